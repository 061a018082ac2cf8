// Package p2p owns pkpnet's networking: the libp2p host and its persistent
// identity, resource limits and connection gating, Kademlia DHT discovery of
// the node set in a private namespace, gossipsub topics with validators, the
// libp2p implementation of mpc.Transport (broadcasts on gossipsub,
// point-to-point messages on the /pkpnet/mpc/1.0.0 stream protocol, reliable
// delivery with acknowledgements and retransmission), and the framework for
// client stream protocols (/pkpnet/handshake/1.0.0 and the ones the node adds).
//
// The wire formats are specified in docs/p2p.md.
package p2p
