// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {AuthMethod, PKPTypes} from "./PKPTypes.sol";
import {PKPNFT} from "./PKPNFT.sol";

/// @title PKPPermissions
/// @notice Who may use a PKP: permitted actions (IPFS CID multihash bytes), addresses and
/// auth methods, each with a set of scopes (0 auth only, 1 sign anything, 2 personal sign).
/// Internally all three are auth methods: an address is type 1 with the 20 address bytes as
/// id, an action type 2 with the multihash as id. Only the current NFT owner may change a
/// PKP's permissions; once the PKP is burned or owned by its own address they are fixed.
/// The owner always counts as a permitted address. Every change emits an event that
/// carries the full (type, id), so a watcher can apply it without reading state; a call
/// that changes nothing emits nothing.
///
/// A credential's user public key belongs to one PKP's entry: each PKP that permits the
/// same (type, id) stores its own, so nobody can bind a key to another user's credential.
///
/// Permissions follow the token through a transfer (a PKP may be sold with its actions).
/// A buyer checks what it buys with one call to getPermissions(tokenId) and removes what it
/// does not want after the transfer; see docs/chain.md.
contract PKPPermissions {
    using EnumerableSet for EnumerableSet.Bytes32Set;
    using EnumerableSet for EnumerableSet.UintSet;

    PKPNFT public immutable pkpNFT;

    struct Stored {
        uint256 authMethodType;
        bytes id;
    }

    /// methods known by hash = keccak256(abi.encode(type, id)).
    mapping(bytes32 => Stored) private _methods;
    mapping(uint256 => EnumerableSet.Bytes32Set) private _permitted;
    /// scope bit mask per token and method.
    mapping(uint256 => mapping(bytes32 => uint256)) private _scopes;
    mapping(bytes32 => EnumerableSet.UintSet) private _tokensOf;
    /// user public key per token and method.
    mapping(uint256 => mapping(bytes32 => bytes)) private _pubkeys;

    /// `scopes` is the method's full scope bit mask after the change.
    event PermissionAdded(
        uint256 indexed tokenId, uint256 indexed authMethodType, bytes id, bytes userPubkey, uint256 scopes
    );
    event PermissionRemoved(uint256 indexed tokenId, uint256 indexed authMethodType, bytes id);
    event PermissionScopeAdded(uint256 indexed tokenId, uint256 indexed authMethodType, bytes id, uint256 scopeId);
    event PermissionScopeRemoved(uint256 indexed tokenId, uint256 indexed authMethodType, bytes id, uint256 scopeId);

    error NotPKPOwner(uint256 tokenId, address caller);
    error PermissionsFrozen(uint256 tokenId);
    error BadAuthMethodType(uint256 authMethodType);
    error BadId();
    error BadUserPubkey();
    error BadScope(uint256 scopeId);
    error UserPubkeyMismatch();
    error NotPermitted();
    error TooManyPermissions(uint256 tokenId);

    constructor(PKPNFT nft) {
        pkpNFT = nft;
    }

    modifier onlyPKPOwner(uint256 tokenId) {
        if (pkpNFT.isBurned(tokenId)) revert PermissionsFrozen(tokenId);
        address owner = pkpNFT.ownerOf(tokenId);
        if (owner == pkpNFT.pkpAddressOf(tokenId)) revert PermissionsFrozen(tokenId);
        if (msg.sender != owner) revert NotPKPOwner(tokenId, msg.sender);
        _;
    }

    // ----- changes -----

    function addPermittedAction(uint256 tokenId, bytes calldata ipfsCid, uint256[] calldata scopes)
        external
        onlyPKPOwner(tokenId)
    {
        _add(tokenId, PKPTypes.AUTH_ACTION, ipfsCid, "", scopes);
    }

    function removePermittedAction(uint256 tokenId, bytes calldata ipfsCid) external onlyPKPOwner(tokenId) {
        _remove(tokenId, PKPTypes.AUTH_ACTION, ipfsCid);
    }

    function addPermittedAddress(uint256 tokenId, address user, uint256[] calldata scopes)
        external
        onlyPKPOwner(tokenId)
    {
        _add(tokenId, PKPTypes.AUTH_ADDRESS, abi.encodePacked(user), "", scopes);
    }

    function removePermittedAddress(uint256 tokenId, address user) external onlyPKPOwner(tokenId) {
        _remove(tokenId, PKPTypes.AUTH_ADDRESS, abi.encodePacked(user));
    }

    /// @notice Permits an auth method other than an address (type 1) or action (type 2).
    function addPermittedAuthMethod(uint256 tokenId, AuthMethod calldata authMethod, uint256[] calldata scopes)
        external
        onlyPKPOwner(tokenId)
    {
        uint256 t = authMethod.authMethodType;
        if (t == PKPTypes.AUTH_ADDRESS || t == PKPTypes.AUTH_ACTION) revert BadAuthMethodType(t);
        _add(tokenId, t, authMethod.id, authMethod.userPubkey, scopes);
    }

    function removePermittedAuthMethod(uint256 tokenId, uint256 authMethodType, bytes calldata id)
        external
        onlyPKPOwner(tokenId)
    {
        _remove(tokenId, authMethodType, id);
    }

    /// @notice Adds a scope to a permitted method of any type (1 address, 2 action, others).
    function addPermittedAuthMethodScope(uint256 tokenId, uint256 authMethodType, bytes calldata id, uint256 scopeId)
        external
        onlyPKPOwner(tokenId)
    {
        if (scopeId > PKPTypes.MAX_SCOPE) revert BadScope(scopeId);
        bytes32 h = _hash(authMethodType, id);
        if (!_permitted[tokenId].contains(h)) revert NotPermitted();
        uint256 old = _scopes[tokenId][h];
        if (old & (1 << scopeId) != 0) return;
        _scopes[tokenId][h] = old | (1 << scopeId);
        emit PermissionScopeAdded(tokenId, authMethodType, id, scopeId);
    }

    function removePermittedAuthMethodScope(
        uint256 tokenId,
        uint256 authMethodType,
        bytes calldata id,
        uint256 scopeId
    ) external onlyPKPOwner(tokenId) {
        if (scopeId > PKPTypes.MAX_SCOPE) revert BadScope(scopeId);
        bytes32 h = _hash(authMethodType, id);
        if (!_permitted[tokenId].contains(h)) revert NotPermitted();
        uint256 old = _scopes[tokenId][h];
        if (old & (uint256(1) << scopeId) == 0) return;
        _scopes[tokenId][h] = old & ~(uint256(1) << scopeId);
        emit PermissionScopeRemoved(tokenId, authMethodType, id, scopeId);
    }

    function _hash(uint256 t, bytes memory id) private pure returns (bytes32) {
        return keccak256(abi.encode(t, id));
    }

    function _add(uint256 tokenId, uint256 t, bytes memory id, bytes memory userPubkey, uint256[] calldata scopes)
        private
    {
        if (t == 0 || t > type(uint64).max) revert BadAuthMethodType(t);
        if (id.length == 0 || id.length > PKPTypes.MAX_ID_BYTES) revert BadId();
        if (userPubkey.length > PKPTypes.MAX_PUBKEY_BYTES) revert BadUserPubkey();
        uint256 mask;
        for (uint256 i = 0; i < scopes.length; i++) {
            if (scopes[i] > PKPTypes.MAX_SCOPE) revert BadScope(scopes[i]);
            mask |= (1 << scopes[i]);
        }
        bytes32 h = _hash(t, id);
        Stored storage m = _methods[h];
        if (m.id.length == 0) {
            m.authMethodType = t;
            m.id = id;
        }
        if (_permitted[tokenId].add(h)) {
            if (_permitted[tokenId].length() > PKPTypes.MAX_PERMISSIONS_PER_PKP) revert TooManyPermissions(tokenId);
            _tokensOf[h].add(tokenId);
            if (userPubkey.length != 0) _pubkeys[tokenId][h] = userPubkey;
        } else {
            // One entry has one public key: remove the method to change it.
            if (keccak256(_pubkeys[tokenId][h]) != keccak256(userPubkey)) revert UserPubkeyMismatch();
            uint256 old = _scopes[tokenId][h];
            if (old | mask == old) return; // nothing changes: no event
        }
        mask |= _scopes[tokenId][h];
        _scopes[tokenId][h] = mask;
        emit PermissionAdded(tokenId, t, id, userPubkey, mask);
    }

    function _remove(uint256 tokenId, uint256 t, bytes memory id) private {
        bytes32 h = _hash(t, id);
        if (!_permitted[tokenId].remove(h)) revert NotPermitted();
        _tokensOf[h].remove(tokenId);
        delete _scopes[tokenId][h];
        delete _pubkeys[tokenId][h];
        emit PermissionRemoved(tokenId, t, id);
    }

    // ----- views -----

    function _owner(uint256 tokenId) private view returns (address) {
        if (pkpNFT.exists(tokenId)) return pkpNFT.ownerOf(tokenId);
        return address(0);
    }

    function _has(uint256 tokenId, uint256 t, bytes memory id) private view returns (bool) {
        return _permitted[tokenId].contains(_hash(t, id));
    }

    function isPermittedAction(uint256 tokenId, bytes calldata ipfsCid) external view returns (bool) {
        return _has(tokenId, PKPTypes.AUTH_ACTION, ipfsCid);
    }

    /// @notice True for an explicitly permitted address and for the current owner.
    function isPermittedAddress(uint256 tokenId, address user) external view returns (bool) {
        if (user != address(0) && user == _owner(tokenId)) return true;
        return _has(tokenId, PKPTypes.AUTH_ADDRESS, abi.encodePacked(user));
    }

    function isPermittedAuthMethod(uint256 tokenId, uint256 authMethodType, bytes calldata id)
        external
        view
        returns (bool)
    {
        return _has(tokenId, authMethodType, id);
    }

    function isPermittedAuthMethodScopePresent(uint256 tokenId, uint256 authMethodType, bytes calldata id, uint256 scopeId)
        external
        view
        returns (bool)
    {
        if (scopeId > 255) return false;
        return (_scopes[tokenId][_hash(authMethodType, id)] >> scopeId) & 1 == 1;
    }

    /// @notice The scope bit mask of a permitted method (bit i set = scope i granted).
    function getPermittedAuthMethodScopeMask(uint256 tokenId, uint256 authMethodType, bytes calldata id)
        external
        view
        returns (uint256)
    {
        return _scopes[tokenId][_hash(authMethodType, id)];
    }

    /// @notice Scope flags 0..maxScopeId of a permitted method.
    function getPermittedAuthMethodScopes(uint256 tokenId, uint256 authMethodType, bytes calldata id, uint256 maxScopeId)
        external
        view
        returns (bool[] memory scopes)
    {
        if (maxScopeId > 255) maxScopeId = 255;
        uint256 mask = _scopes[tokenId][_hash(authMethodType, id)];
        scopes = new bool[](maxScopeId + 1);
        for (uint256 i = 0; i <= maxScopeId; i++) {
            scopes[i] = (mask >> i) & 1 == 1;
        }
    }

    function getPermittedActions(uint256 tokenId) external view returns (bytes[] memory out) {
        bytes32[] memory hs = _permitted[tokenId].values();
        uint256 n;
        for (uint256 i = 0; i < hs.length; i++) {
            if (_methods[hs[i]].authMethodType == PKPTypes.AUTH_ACTION) n++;
        }
        out = new bytes[](n);
        n = 0;
        for (uint256 i = 0; i < hs.length; i++) {
            if (_methods[hs[i]].authMethodType == PKPTypes.AUTH_ACTION) out[n++] = _methods[hs[i]].id;
        }
    }

    /// @notice The permitted addresses, the current owner first (when the PKP has one).
    function getPermittedAddresses(uint256 tokenId) external view returns (address[] memory out) {
        bytes32[] memory hs = _permitted[tokenId].values();
        address owner = _owner(tokenId);
        uint256 n = owner == address(0) ? 0 : 1;
        for (uint256 i = 0; i < hs.length; i++) {
            Stored storage m = _methods[hs[i]];
            if (m.authMethodType == PKPTypes.AUTH_ADDRESS && address(bytes20(m.id)) != owner) n++;
        }
        out = new address[](n);
        n = 0;
        if (owner != address(0)) out[n++] = owner;
        for (uint256 i = 0; i < hs.length; i++) {
            Stored storage m = _methods[hs[i]];
            if (m.authMethodType == PKPTypes.AUTH_ADDRESS && address(bytes20(m.id)) != owner) {
                out[n++] = address(bytes20(m.id));
            }
        }
    }

    /// @notice The permitted auth methods other than addresses and actions.
    function getPermittedAuthMethods(uint256 tokenId) external view returns (AuthMethod[] memory out) {
        bytes32[] memory hs = _permitted[tokenId].values();
        uint256 n;
        for (uint256 i = 0; i < hs.length; i++) {
            uint256 t = _methods[hs[i]].authMethodType;
            if (t != PKPTypes.AUTH_ADDRESS && t != PKPTypes.AUTH_ACTION) n++;
        }
        out = new AuthMethod[](n);
        n = 0;
        for (uint256 i = 0; i < hs.length; i++) {
            Stored storage m = _methods[hs[i]];
            if (m.authMethodType != PKPTypes.AUTH_ADDRESS && m.authMethodType != PKPTypes.AUTH_ACTION) {
                out[n++] = AuthMethod(m.authMethodType, m.id, _pubkeys[tokenId][hs[i]]);
            }
        }
    }

    /// @notice The PKPs that permit auth method (type, id). Addresses are type 1 with the
    /// 20 address bytes, actions type 2 with the multihash.
    function getTokenIdsForAuthMethod(uint256 authMethodType, bytes calldata id)
        external
        view
        returns (uint256[] memory)
    {
        return _tokensOf[_hash(authMethodType, id)].values();
    }

    /// @notice The user public key PKP `tokenId` stores for auth method (type, id), empty
    /// when it permits the method without one or does not permit it.
    function getUserPubkeyForAuthMethod(uint256 tokenId, uint256 authMethodType, bytes calldata id)
        external
        view
        returns (bytes memory)
    {
        return _pubkeys[tokenId][_hash(authMethodType, id)];
    }

    /// @notice Every explicit permission of `tokenId` (actions, addresses and other auth
    /// methods, in one list) with its scope bit mask: what a buyer checks before taking
    /// over a PKP, in one call. The owner's implicit permission is not listed.
    function getPermissions(uint256 tokenId)
        external
        view
        returns (AuthMethod[] memory methods, uint256[] memory scopeMasks)
    {
        bytes32[] memory hs = _permitted[tokenId].values();
        methods = new AuthMethod[](hs.length);
        scopeMasks = new uint256[](hs.length);
        for (uint256 i = 0; i < hs.length; i++) {
            Stored storage m = _methods[hs[i]];
            methods[i] = AuthMethod(m.authMethodType, m.id, _pubkeys[tokenId][hs[i]]);
            scopeMasks[i] = _scopes[tokenId][hs[i]];
        }
    }
}
