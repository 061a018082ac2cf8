// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title TestWallet
/// @notice A minimal EIP-1271 contract wallet for tests: one owner EOA, and
/// isValidSignature returns the magic value iff the signature is the owner's
/// ECDSA signature of the hash. pkpnet nodes verify session authorisations
/// signed by contract wallets with it (node/auth). Not for production use.
contract TestWallet {
    bytes4 internal constant MAGIC = 0x1626ba7e;
    // secp256k1n / 2: signatures with a larger s are malleable copies.
    uint256 internal constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    address public immutable owner;

    constructor(address owner_) {
        owner = owner_;
    }

    /// @notice EIP-1271: MAGIC iff signature is owner's 65-byte [r||s||v]
    /// signature of hash (v 27/28 or 0/1, low s); 0xffffffff otherwise.
    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        if (signature.length != 65) return 0xffffffff;
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if (v < 27) v += 27;
        if ((v != 27 && v != 28) || uint256(s) > HALF_N) return 0xffffffff;
        address signer = ecrecover(hash, v, r, s);
        if (signer == address(0) || signer != owner) return 0xffffffff;
        return MAGIC;
    }
}
