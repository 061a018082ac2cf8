// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice An auth method a PKP owner can permit: `authMethodType` says what kind of
/// credential it is, `id` identifies the credential, `userPubkey` is optional data the
/// nodes need to verify it. Type 1 is an Ethereum address and type 2 a Lit-style action
/// (IPFS CID multihash); both are reserved for addPermittedAddress/addPermittedAction.
struct AuthMethod {
    uint256 authMethodType;
    bytes id;
    bytes userPubkey;
}

/// @notice Shared constants of the pkpnet contracts.
library PKPTypes {
    /// Auth method type of a permitted Ethereum address (id = the 20 address bytes).
    uint256 internal constant AUTH_ADDRESS = 1;
    /// Auth method type of a permitted action (id = IPFS CID multihash bytes).
    uint256 internal constant AUTH_ACTION = 2;

    /// Scope 0: the method may authenticate as the PKP but not sign.
    uint256 internal constant SCOPE_AUTH_ONLY = 0;
    /// Scope 1: the method may sign anything.
    uint256 internal constant SCOPE_SIGN_ANYTHING = 1;
    /// Scope 2: the method may sign EIP-191 personal messages only.
    uint256 internal constant SCOPE_PERSONAL_SIGN = 2;
    /// Highest valid scope id.
    uint256 internal constant MAX_SCOPE = 2;

    /// Input limits, so that every event stays small for the nodes' chain watchers.
    uint256 internal constant MAX_ID_BYTES = 256;
    uint256 internal constant MAX_PUBKEY_BYTES = 1024;
    uint256 internal constant MAX_PERMISSIONS_PER_PKP = 64;
}
