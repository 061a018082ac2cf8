// Package chainwatch follows pkpnet's contracts on an EVM chain and keeps a local,
// reorg-safe index of the node set, epoch, root key, PKPs (owner, burned, key ID,
// address) and their permissions with scopes. The index answers the action API's
// permission views and CanSign without an RPC round trip.
//
// A Watcher applies contract events only once they have the configured number of
// confirmations, verifies that every applied log belongs to the canonical chain, and
// persists the index together with its checkpoint (block number and hash) in one bbolt
// transaction per batch, so that a restart resumes with no missed and no doubled event.
// Each range is read as one consistent view (the end headers are read before and after
// the log query); a failing log query halves the range. If the checkpoint block is no
// longer canonical (a reorg deeper than the confirmation depth), a new index is built
// from the start block beside the live one and swapped in when complete; a missing header
// only means the endpoint is behind. CheckSynced says whether the index may be trusted
// right now (docs/chain.md lists the guarantees). Malformed or unknown logs are logged
// with a reason and skipped.
package chainwatch
