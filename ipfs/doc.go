// Package ipfs owns actions on IPFS: a local trustless HTTP gateway over an
// in-memory blockstore (the devnet's, where `pkpnet action add` puts code)
// and the verified fetch by CID that nodes use against any trustless
// gateway: every block is requested as application/vnd.ipld.raw, checked
// against its CID before it is decoded, and the file is reassembled from
// the verified UnixFS DAG, within a size limit.
package ipfs
