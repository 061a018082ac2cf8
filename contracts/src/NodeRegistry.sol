// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title NodeRegistry
/// @notice The pkpnet node set: a stable, ordered list of node operators with their
/// libp2p peer IDs and multiaddr hints. A node's party ID is its 1-based position in the
/// list, as a decimal string. Every change of the set starts a new epoch. The set is
/// managed by the owner.
contract NodeRegistry is Ownable {
    struct Node {
        address operator;
        bytes peerId;
        string[] hints;
    }

    uint256 public constant MAX_NODES = 64;
    uint256 public constant MAX_PEER_ID_BYTES = 64;
    uint256 public constant MAX_HINTS = 8;
    uint256 public constant MAX_HINT_BYTES = 256;

    /// The set is a doubly linked list of operators in party order, so that a removal is
    /// O(1) in the number of nodes and keeps the order of the others. Views walk it.
    mapping(address => Node) private _node;
    mapping(address => address) private _next;
    mapping(address => address) private _prev;
    address private _first;
    address private _last;
    uint256 private _count;
    mapping(bytes32 => bool) private _peerIdTaken;
    uint256 private _epoch;

    event NodeAdded(address indexed operator, uint256 indexed epoch, uint256 index, bytes peerId, string[] hints);
    event NodeRemoved(address indexed operator, uint256 indexed epoch);
    event NodeHintsUpdated(address indexed operator, string[] hints);

    error ZeroOperator();
    error AlreadyRegistered(address operator);
    error NotRegistered(address operator);
    error PeerIdTaken();
    error BadPeerId();
    error BadHints();
    error TooManyNodes();

    constructor(address initialOwner) Ownable(initialOwner) {}

    /// @notice Appends a node at the end of the list and starts a new epoch.
    function addNode(address operator, bytes calldata peerId, string[] calldata hints) external onlyOwner {
        if (operator == address(0)) revert ZeroOperator();
        if (_node[operator].operator != address(0)) revert AlreadyRegistered(operator);
        if (_count >= MAX_NODES) revert TooManyNodes();
        if (peerId.length == 0 || peerId.length > MAX_PEER_ID_BYTES) revert BadPeerId();
        bytes32 ph = keccak256(peerId);
        if (_peerIdTaken[ph]) revert PeerIdTaken();
        _checkHints(hints);
        _peerIdTaken[ph] = true;
        Node storage n = _node[operator];
        n.operator = operator;
        n.peerId = peerId;
        for (uint256 i = 0; i < hints.length; i++) {
            n.hints.push(hints[i]);
        }
        if (_last == address(0)) {
            _first = operator;
        } else {
            _next[_last] = operator;
            _prev[operator] = _last;
        }
        _last = operator;
        _count++;
        _epoch++;
        emit NodeAdded(operator, _epoch, _count, peerId, hints);
    }

    /// @notice Removes a node, keeps the order of the others, and starts a new epoch. Its
    /// gas does not depend on the number of nodes (only on the removed node's own hints).
    function removeNode(address operator) external onlyOwner {
        Node storage n = _node[operator];
        if (n.operator == address(0)) revert NotRegistered(operator);
        delete _peerIdTaken[keccak256(n.peerId)];
        address p = _prev[operator];
        address q = _next[operator];
        if (p == address(0)) _first = q;
        else _next[p] = q;
        if (q == address(0)) _last = p;
        else _prev[q] = p;
        delete _prev[operator];
        delete _next[operator];
        delete _node[operator];
        _count--;
        _epoch++;
        emit NodeRemoved(operator, _epoch);
    }

    /// @notice A registered operator replaces its own multiaddr hints. This does not
    /// change the epoch: hints are not part of a node's identity.
    function updateHints(string[] calldata hints) external {
        Node storage n = _node[msg.sender];
        if (n.operator == address(0)) revert NotRegistered(msg.sender);
        _checkHints(hints);
        delete n.hints;
        for (uint256 i = 0; i < hints.length; i++) {
            n.hints.push(hints[i]);
        }
        emit NodeHintsUpdated(msg.sender, hints);
    }

    function _checkHints(string[] calldata hints) private pure {
        if (hints.length > MAX_HINTS) revert BadHints();
        for (uint256 i = 0; i < hints.length; i++) {
            if (bytes(hints[i]).length > MAX_HINT_BYTES) revert BadHints();
        }
    }

    /// @notice The current epoch. It starts at 0 and grows by one with every set change.
    function epoch() external view returns (uint256) {
        return _epoch;
    }

    function nodeCount() public view returns (uint256) {
        return _count;
    }

    /// @notice The number of signers needed: ceil(2n/3).
    function threshold() external view returns (uint256) {
        return (2 * _count + 2) / 3;
    }

    /// @notice The node set in party order.
    function getNodes() external view returns (Node[] memory out) {
        out = new Node[](_count);
        address a = _first;
        for (uint256 i = 0; i < out.length; i++) {
            out[i] = _node[a];
            a = _next[a];
        }
    }

    /// @notice The node with 1-based party index `index`.
    function nodeAt(uint256 index) external view returns (Node memory) {
        if (index == 0 || index > _count) revert NotRegistered(address(0));
        address a = _first;
        for (uint256 i = 1; i < index; i++) {
            a = _next[a];
        }
        return _node[a];
    }

    /// @notice The 1-based party index of `operator`, 0 when it is not registered.
    function indexOf(address operator) external view returns (uint256) {
        if (_node[operator].operator == address(0)) return 0;
        uint256 i = 1;
        for (address a = _first; a != operator; a = _next[a]) {
            i++;
        }
        return i;
    }

    function isNode(address operator) external view returns (bool) {
        return _node[operator].operator != address(0);
    }
}
