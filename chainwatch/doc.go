// Package chainwatch follows pkpnet's contracts on an EVM chain and keeps a local,
// reorg-safe index of the node set, epoch, root key, PKPs (owner, burned, key ID,
// address) and their permissions with scopes. The index answers the action API's
// permission views and CanSign without an RPC round trip.
//
// A Watcher applies contract events only once they have the configured number of
// confirmations, verifies that every applied log belongs to the canonical chain, and
// persists the index together with its checkpoint (block number and hash) in one bbolt
// transaction per batch, so that a restart resumes with no missed and no doubled event.
// If the checkpoint block is no longer canonical (a reorg deeper than the confirmation
// depth), the index is rebuilt from the start block. Malformed or unknown logs are
// logged with a reason and skipped.
package chainwatch
