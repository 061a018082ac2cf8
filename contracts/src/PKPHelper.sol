// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {AuthMethod} from "./PKPTypes.sol";
import {PKPNFT} from "./PKPNFT.sol";
import {PKPPermissions} from "./PKPPermissions.sol";

/// @title PKPHelper
/// @notice Mints a PKP and sets up its permissions in one transaction. The helper holds
/// the NFT only for the duration of the call: it mints it to itself, adds the
/// permissions as the owner, then hands it to the caller or to the PKP's own address.
contract PKPHelper is IERC721Receiver {
    PKPNFT public immutable pkpNFT;
    PKPPermissions public immutable permissions;

    struct MintParams {
        bytes[] permittedActions;
        uint256[][] permittedActionScopes;
        address[] permittedAddresses;
        uint256[][] permittedAddressScopes;
        AuthMethod[] permittedAuthMethods;
        uint256[][] permittedAuthMethodScopes;
        /// Also permit the PKP's own Ethereum address, with pkpEthAddressScopes.
        bool addPkpEthAddressAsPermittedAddress;
        uint256[] pkpEthAddressScopes;
        /// Transfer the NFT to the PKP's own address (its permissions are then fixed)
        /// instead of to the caller.
        bool sendPkpToItself;
    }

    error LengthMismatch();
    error UnexpectedNFT();

    constructor(PKPNFT nft, PKPPermissions perms) {
        pkpNFT = nft;
        permissions = perms;
    }

    /// @notice Mints the next PKP (msg.value pays the mint cost), adds the permissions and
    /// transfers the NFT. Returns the token ID.
    function mintNextAndAddPermissions(MintParams calldata p) external payable returns (uint256 tokenId) {
        if (
            p.permittedActions.length != p.permittedActionScopes.length
                || p.permittedAddresses.length != p.permittedAddressScopes.length
                || p.permittedAuthMethods.length != p.permittedAuthMethodScopes.length
        ) revert LengthMismatch();
        tokenId = pkpNFT.mintNext{value: msg.value}();
        for (uint256 i = 0; i < p.permittedActions.length; i++) {
            permissions.addPermittedAction(tokenId, p.permittedActions[i], p.permittedActionScopes[i]);
        }
        for (uint256 i = 0; i < p.permittedAddresses.length; i++) {
            permissions.addPermittedAddress(tokenId, p.permittedAddresses[i], p.permittedAddressScopes[i]);
        }
        for (uint256 i = 0; i < p.permittedAuthMethods.length; i++) {
            permissions.addPermittedAuthMethod(tokenId, p.permittedAuthMethods[i], p.permittedAuthMethodScopes[i]);
        }
        address pkp = pkpNFT.pkpAddressOf(tokenId);
        if (p.addPkpEthAddressAsPermittedAddress) {
            permissions.addPermittedAddress(tokenId, pkp, p.pkpEthAddressScopes);
        }
        address to = p.sendPkpToItself ? pkp : msg.sender;
        pkpNFT.safeTransferFrom(address(this), to, tokenId);
    }

    /// @notice Accepts only PKPs minted by this helper for itself.
    function onERC721Received(address operator, address, uint256, bytes calldata) external view returns (bytes4) {
        if (msg.sender != address(pkpNFT) || operator != address(this)) revert UnexpectedNFT();
        return IERC721Receiver.onERC721Received.selector;
    }
}
