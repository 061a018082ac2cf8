// Package runtime owns the action sandbox: untrusted JavaScript actions run
// with goja inside a separate, hardened worker process (the same binary,
// started with the hidden "sandbox-worker" subcommand), and talk to the node
// only through a framed protocol over pipes. The node side (Sandbox) keeps a
// pool of pre-started workers, enforces every limit, serves or refuses each
// Lit.Actions call, fetch and console.log, and returns a Result listing the
// response, the logs and the signature requests. The runtime never decides
// permissions: it asks a Host, which the node implements. Action identity
// (the CID of the code) is package actionid's.
package runtime
