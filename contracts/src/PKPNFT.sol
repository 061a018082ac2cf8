// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC721Burnable} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721Burnable.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {PubkeyRouter} from "./PubkeyRouter.sol";
import {PKPTypes} from "./PKPTypes.sol";

/// @notice What PKPNFT needs from the permissions contract.
interface IPKPPermissionsGrant {
    function addPermittedAction(uint256 tokenId, bytes calldata ipfsCid, uint256[] calldata scopes) external;
}

/// @title PKPNFT
/// @notice Ownership of Programmable Key Pairs. Token IDs are sequential from 1. At mint
/// the PKP gets keyId = keccak256(abi.encode(block.chainid, address(this), tokenId)), and
/// its address is derived on chain by the PubkeyRouter from the active root key.
contract PKPNFT is ERC721, ERC721Burnable, Ownable {
    PubkeyRouter public immutable router;
    IPKPPermissionsGrant public permissions;

    uint256 public mintCost;
    uint256 private _lastTokenId;
    mapping(uint256 => bytes32) private _keyIds;
    mapping(uint256 => address) private _pkpAddresses;
    mapping(address => uint256) private _tokenIdOfAddress;

    event PKPMinted(uint256 indexed tokenId, bytes32 indexed keyId, address indexed pkpAddress);
    event MintCostSet(uint256 mintCost);
    event PermissionsSet(address permissions);
    event Withdrawn(address indexed to, uint256 amount);

    error WrongMintCost(uint256 sent, uint256 cost);
    error UnknownToken(uint256 tokenId);
    error PermissionsAlreadySet();
    error NoPermissionsContract();
    error WithdrawFailed();
    error NotTokenOwner(uint256 tokenId, address caller);

    constructor(address initialOwner, PubkeyRouter router_, uint256 mintCost_)
        ERC721("pkpnet Programmable Key Pair", "PKP")
        Ownable(initialOwner)
    {
        router = router_;
        mintCost = mintCost_;
        emit MintCostSet(mintCost_);
    }

    /// @notice Sets the permissions contract used by mintGrantAndBurnNext. Once only.
    function setPermissions(IPKPPermissionsGrant permissions_) external onlyOwner {
        if (address(permissions) != address(0)) revert PermissionsAlreadySet();
        permissions = permissions_;
        emit PermissionsSet(address(permissions_));
    }

    function setMintCost(uint256 cost) external onlyOwner {
        mintCost = cost;
        emit MintCostSet(cost);
    }

    /// @notice Mints the next PKP to the caller. msg.value must equal mintCost.
    function mintNext() external payable returns (uint256 tokenId) {
        tokenId = _mintPKP(msg.sender);
    }

    /// @notice Mints the next PKP, permits action `ipfsCid` with scope 1 (sign anything)
    /// and burns the NFT, in one transaction. The result is a PKP that only that action can
    /// ever use: nobody owns it, so nobody can change its permissions.
    function mintGrantAndBurnNext(bytes calldata ipfsCid) external payable returns (uint256 tokenId) {
        if (address(permissions) == address(0)) revert NoPermissionsContract();
        tokenId = _mintPKP(address(this));
        uint256[] memory scopes = new uint256[](1);
        scopes[0] = PKPTypes.SCOPE_SIGN_ANYTHING;
        permissions.addPermittedAction(tokenId, ipfsCid, scopes);
        _burn(tokenId);
    }

    function _mintPKP(address to) private returns (uint256 tokenId) {
        if (msg.value != mintCost) revert WrongMintCost(msg.value, mintCost);
        tokenId = ++_lastTokenId;
        bytes32 keyId = keccak256(abi.encode(block.chainid, address(this), tokenId));
        address pkp = router.deriveAddress(keyId);
        _keyIds[tokenId] = keyId;
        _pkpAddresses[tokenId] = pkp;
        _tokenIdOfAddress[pkp] = tokenId;
        if (to == address(this) || to.code.length == 0) {
            _mint(to, tokenId);
        } else {
            _safeMint(to, tokenId);
        }
        emit PKPMinted(tokenId, keyId, pkp);
    }

    /// @notice Burns `tokenId`. Only its owner may: burning fixes the PKP's permissions for
    /// good, so an approved operator (a marketplace, say) must not be able to freeze them.
    function burn(uint256 tokenId) public override {
        address owner = _ownerOf(tokenId);
        if (owner == address(0)) revert ERC721NonexistentToken(tokenId);
        if (msg.sender != owner) revert NotTokenOwner(tokenId, msg.sender);
        _burn(tokenId);
    }

    /// @notice Sends the collected mint fees to the owner.
    function withdraw() external onlyOwner {
        uint256 amount = address(this).balance;
        (bool ok,) = payable(owner()).call{value: amount}("");
        if (!ok) revert WithdrawFailed();
        emit Withdrawn(owner(), amount);
    }

    /// @notice The key ID of `tokenId` (also after it was burned).
    function keyIdOf(uint256 tokenId) external view returns (bytes32) {
        if (tokenId == 0 || tokenId > _lastTokenId) revert UnknownToken(tokenId);
        return _keyIds[tokenId];
    }

    /// @notice The PKP's Ethereum address, as derived at mint (also after it was burned).
    function pkpAddressOf(uint256 tokenId) external view returns (address) {
        if (tokenId == 0 || tokenId > _lastTokenId) revert UnknownToken(tokenId);
        return _pkpAddresses[tokenId];
    }

    /// @notice The token ID whose PKP has address `pkp`, 0 when none.
    function tokenIdOfAddress(address pkp) external view returns (uint256) {
        return _tokenIdOfAddress[pkp];
    }

    /// @notice True once `tokenId` was minted and then burned.
    function isBurned(uint256 tokenId) public view returns (bool) {
        return tokenId != 0 && tokenId <= _lastTokenId && _ownerOf(tokenId) == address(0);
    }

    function exists(uint256 tokenId) external view returns (bool) {
        return _ownerOf(tokenId) != address(0);
    }

    /// @notice The number of PKPs minted so far (burned ones included).
    function totalMinted() external view returns (uint256) {
        return _lastTokenId;
    }
}
