// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {NodeRegistry} from "./NodeRegistry.sol";

/// @notice What PubkeyRouter needs from the PKP NFT.
interface IPKPKeyIds {
    function keyIdOf(uint256 tokenId) external view returns (bytes32);
}

/// @title PubkeyRouter
/// @notice Root key voting and PKP address derivation. In every epoch, each registered
/// operator votes for the root public key its node computed in keygen, and may change its
/// vote until the epoch's key is active. The key is active for the epoch once the
/// registry's signing threshold T = ceil(2n/3) of the epoch's n nodes voted it: the same
/// quorum that signs, so one silent or wrong node cannot veto it, and since T > n/2 no two
/// keys can both reach it. The first active key is the network's root key for good: every
/// PKP address depends on it, so a later epoch must vote the same key again (resharing
/// keeps the key).
///
/// PKP key derivation (DESIGN §3): delta = keccak256("pkpnet/derive/v1" || rootPub33 || keyId)
/// mod q and P = P_root + delta*G. The contract computes P's address with ecrecover:
/// ecrecover(h = -(delta*r) mod q, v = 27 + parity(P_root.y), r = P_root.x, s = r).
contract PubkeyRouter is Ownable {
    /// secp256k1 field prime p and group order q.
    uint256 internal constant P = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F;
    uint256 internal constant Q = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    bytes internal constant DERIVE_DOMAIN = "pkpnet/derive/v1";

    NodeRegistry public immutable registry;
    IPKPKeyIds public pkpNFT;

    bytes private _rootKey;
    uint256 private _rootKeyEpoch;
    bool private _active;

    /// votes[epoch][operator] = keccak256 of the voted key; voteCount[epoch][keyHash].
    mapping(uint256 => mapping(address => bytes32)) private _votes;
    mapping(uint256 => mapping(bytes32 => uint256)) private _voteCount;
    /// epochs whose key reached the threshold.
    mapping(uint256 => bool) private _epochActive;

    event RootKeyVoted(uint256 indexed epoch, address indexed operator, bytes pubkey);
    event RootKeyActivated(uint256 indexed epoch, bytes pubkey);
    event PKPNFTSet(address pkpNFT);
    /// A node of the next set of transition `id` (to epoch `epoch`) holds its share of the root key.
    event TransitionVoted(uint256 indexed id, uint256 indexed epoch, address indexed operator, bytes pubkey);

    error NotANode(address caller);
    error AlreadyVoted(uint256 epoch, address operator);
    error BadRootKey();
    error RootKeyMismatch();
    error NoRootKey();
    error PKPNFTAlreadySet();
    error NotANextNode(uint256 id, address caller);
    error TransitionExpired(uint256 id);

    /// _tvoted[transition id][operator]; _tvotes[transition id].
    mapping(uint256 => mapping(address => bool)) private _tvoted;
    mapping(uint256 => uint256) private _tvotes;

    constructor(address initialOwner, NodeRegistry registry_) Ownable(initialOwner) {
        registry = registry_;
    }

    /// @notice Sets the PKP NFT whose key IDs this router derives. Once only.
    function setPKPNFT(IPKPKeyIds nft) external onlyOwner {
        if (address(pkpNFT) != address(0)) revert PKPNFTAlreadySet();
        pkpNFT = nft;
        emit PKPNFTSet(address(nft));
    }

    /// @notice A registered operator votes for the root key of the current epoch.
    /// `pubkey` is the 33-byte SEC1-compressed secp256k1 key. A second vote with another key
    /// replaces the first; once a key is active only that key can be voted.
    function voteRootKey(bytes calldata pubkey) external {
        if (!registry.isNode(msg.sender)) revert NotANode(msg.sender);
        uint256 ep = registry.epoch();
        if (!isValidRootKey(pubkey)) revert BadRootKey();
        bytes32 h = keccak256(pubkey);
        bytes32 prev = _votes[ep][msg.sender];
        if (prev == h) revert AlreadyVoted(ep, msg.sender);
        if (_active && h != keccak256(_rootKey)) revert RootKeyMismatch();
        if (prev != bytes32(0)) _voteCount[ep][prev]--;
        _votes[ep][msg.sender] = h;
        uint256 c = ++_voteCount[ep][h];
        emit RootKeyVoted(ep, msg.sender, pubkey);
        if (!_epochActive[ep] && c >= registry.threshold()) {
            _epochActive[ep] = true;
            if (!_active) {
                _rootKey = pubkey;
                _active = true;
            }
            _rootKeyEpoch = ep;
            emit RootKeyActivated(ep, pubkey);
        }
    }

    /// @notice A node of the next set of the open transition `id` votes that it holds its
    /// share of the root key for the next epoch. `pubkey` must be the active root key. When
    /// every node of the next set has voted, the registry switches to the next set and the
    /// key is active for the new epoch (RootKeyActivated).
    function voteTransition(uint256 id, bytes calldata pubkey) external {
        if (!_active) revert NoRootKey();
        if (keccak256(pubkey) != keccak256(_rootKey)) revert RootKeyMismatch();
        (uint256 tid, bool open, uint256 nextEpoch, uint256 deadline, uint256 nextCount) = registry.transition();
        if (!open || tid != id || !registry.isNextNode(id, msg.sender)) revert NotANextNode(id, msg.sender);
        if (block.number > deadline) revert TransitionExpired(id);
        if (_tvoted[id][msg.sender]) revert AlreadyVoted(nextEpoch, msg.sender);
        _tvoted[id][msg.sender] = true;
        uint256 c = ++_tvotes[id];
        emit TransitionVoted(id, nextEpoch, msg.sender, pubkey);
        if (c == nextCount) {
            uint256 ep = registry.completeTransition(id);
            _epochActive[ep] = true;
            _rootKeyEpoch = ep;
            emit RootKeyActivated(ep, pubkey);
        }
    }

    /// @notice Whether `operator` voted for transition `id`, and how many nodes did.
    function transitionVotes(uint256 id, address operator) external view returns (bool voted, uint256 count) {
        return (_tvoted[id][operator], _tvotes[id]);
    }

    /// @notice The number of current votes for keccak256(pubkey) `keyHash` in `epoch_`.
    function voteCount(uint256 epoch_, bytes32 keyHash) external view returns (uint256) {
        return _voteCount[epoch_][keyHash];
    }

    /// @notice True when `pubkey` is a compressed secp256k1 point usable as root key:
    /// prefix 02/03, x < p, on the curve, and x < q (ecrecover needs r = x < q).
    function isValidRootKey(bytes calldata pubkey) public view returns (bool) {
        if (pubkey.length != 33) return false;
        uint8 prefix = uint8(pubkey[0]);
        if (prefix != 2 && prefix != 3) return false;
        uint256 x = uint256(bytes32(pubkey[1:33]));
        if (x == 0 || x >= Q) return false; // Q < P, so this also gives x < p
        uint256 rhs = addmod(mulmod(mulmod(x, x, P), x, P), 7, P);
        // p = 3 mod 4: y = rhs^((p+1)/4) is a square root when one exists.
        uint256 y = _modexp(rhs, (P + 1) / 4, P);
        return mulmod(y, y, P) == rhs;
    }

    function _modexp(uint256 b, uint256 e, uint256 m) private view returns (uint256 r) {
        bytes memory input = abi.encode(uint256(32), uint256(32), uint256(32), b, e, m);
        (bool ok, bytes memory out) = address(0x05).staticcall(input);
        require(ok && out.length == 32, "modexp");
        r = abi.decode(out, (uint256));
    }

    /// @notice The active root key (33 bytes), or empty bytes before the first activation.
    function rootKey() external view returns (bytes memory) {
        return _rootKey;
    }

    /// @notice The latest epoch in which a threshold of nodes voted the root key (0 with no key).
    function rootKeyEpoch() external view returns (uint256) {
        return _rootKeyEpoch;
    }

    function hasRootKey() external view returns (bool) {
        return _active;
    }

    /// @notice keccak256 of the key `operator` voted in `epoch_`, zero when it did not vote.
    function voteOf(uint256 epoch_, address operator) external view returns (bytes32) {
        return _votes[epoch_][operator];
    }

    /// @notice The key ID the PKP NFT assigned to `tokenId`.
    function keyIdOf(uint256 tokenId) public view returns (bytes32) {
        return pkpNFT.keyIdOf(tokenId);
    }

    /// @notice delta = keccak256("pkpnet/derive/v1" || rootKey || keyId) mod q.
    function tweak(bytes32 keyId) public view returns (uint256) {
        if (!_active) revert NoRootKey();
        return uint256(keccak256(abi.encodePacked(DERIVE_DOMAIN, _rootKey, keyId))) % Q;
    }

    /// @notice The Ethereum address of the key P_root + delta(keyId)*G.
    function deriveAddress(bytes32 keyId) public view returns (address) {
        uint256 delta = tweak(keyId);
        bytes memory rk = _rootKey;
        uint256 r;
        uint8 prefix;
        assembly {
            prefix := byte(0, mload(add(rk, 32)))
            r := mload(add(rk, 33))
        }
        uint8 v = prefix == 3 ? 28 : 27;
        uint256 dr = mulmod(delta, r, Q);
        uint256 h = dr == 0 ? 0 : Q - dr;
        return ecrecover(bytes32(h), v, bytes32(r), bytes32(r));
    }

    /// @notice The Ethereum address of PKP `tokenId`, computed on chain.
    function pkpAddress(uint256 tokenId) external view returns (address) {
        return deriveAddress(keyIdOf(tokenId));
    }

    // ---- Network encryption key (threshold decryption, docs/crypto.md §11) ----
    // Separate from the root key. In every epoch each operator votes the key set its node
    // got from the encryption DKG: keySet = P(33) || X_1(33) || ... || X_n(33), the
    // network key and every node's public share in party order "1".."n". Clients verify
    // decryption shares against the public shares, so the whole set is voted, not only P.
    // It is active for the epoch once T = threshold() nodes voted the same set. The first
    // active P is the network's encryption key for good: a later epoch (after resharing)
    // must vote a set with the same P and its own public shares.

    mapping(uint256 => mapping(address => bytes32)) private _encVotes;
    mapping(uint256 => mapping(bytes32 => uint256)) private _encVoteCount;
    mapping(uint256 => bytes) private _encKeySet;
    uint256 private _encKeyEpoch;
    bool private _encActive;
    bytes private _encKey;

    event EncryptionKeyVoted(uint256 indexed epoch, address indexed operator, bytes32 keySetHash);
    event EncryptionKeyActivated(uint256 indexed epoch, bytes keySet);

    error BadEncryptionKeySet();
    error EncryptionKeyMismatch();

    /// @notice A registered operator votes for the encryption key set of the current epoch.
    /// A second vote with another set replaces the first until the epoch's set is active.
    function voteEncryptionKey(bytes calldata keySet) external {
        if (!registry.isNode(msg.sender)) revert NotANode(msg.sender);
        uint256 ep = registry.epoch();
        if (keySet.length != 33 * (registry.nodeCount() + 1)) revert BadEncryptionKeySet();
        if (!isValidRootKey(keySet[0:33])) revert BadEncryptionKeySet();
        if (_encActive && keccak256(keySet[0:33]) != keccak256(_encKey)) revert EncryptionKeyMismatch();
        bytes32 h = keccak256(keySet);
        bytes32 prev = _encVotes[ep][msg.sender];
        if (prev == h) revert AlreadyVoted(ep, msg.sender);
        if (prev != bytes32(0)) _encVoteCount[ep][prev]--;
        _encVotes[ep][msg.sender] = h;
        uint256 c = ++_encVoteCount[ep][h];
        emit EncryptionKeyVoted(ep, msg.sender, h);
        if (_encKeySet[ep].length == 0 && c >= registry.threshold()) {
            _encKeySet[ep] = keySet;
            if (!_encActive) {
                _encKey = keySet[0:33];
                _encActive = true;
            }
            _encKeyEpoch = ep;
            emit EncryptionKeyActivated(ep, keySet);
        }
    }

    /// @notice The active encryption key (33 bytes), empty before the first activation.
    function encryptionKey() external view returns (bytes memory) {
        return _encKey;
    }

    /// @notice The latest epoch whose encryption key set is active (0 with none).
    function encryptionKeyEpoch() external view returns (uint256) {
        return _encKeyEpoch;
    }

    /// @notice The active encryption key set of `epoch_`, empty when none is active.
    function encryptionKeySet(uint256 epoch_) external view returns (bytes memory) {
        return _encKeySet[epoch_];
    }

    /// @notice keccak256 of the key set `operator` voted in `epoch_`, zero when it did not vote.
    function encryptionVoteOf(uint256 epoch_, address operator) external view returns (bytes32) {
        return _encVotes[epoch_][operator];
    }
}
