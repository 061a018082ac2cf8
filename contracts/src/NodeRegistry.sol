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

    Node[] private _nodes;
    /// 1-based position of an operator in _nodes, 0 when not registered.
    mapping(address => uint256) private _indexOf;
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
        if (_indexOf[operator] != 0) revert AlreadyRegistered(operator);
        if (_nodes.length >= MAX_NODES) revert TooManyNodes();
        if (peerId.length == 0 || peerId.length > MAX_PEER_ID_BYTES) revert BadPeerId();
        bytes32 ph = keccak256(peerId);
        if (_peerIdTaken[ph]) revert PeerIdTaken();
        _checkHints(hints);
        _peerIdTaken[ph] = true;
        _nodes.push();
        Node storage n = _nodes[_nodes.length - 1];
        n.operator = operator;
        n.peerId = peerId;
        for (uint256 i = 0; i < hints.length; i++) {
            n.hints.push(hints[i]);
        }
        _indexOf[operator] = _nodes.length;
        _epoch++;
        emit NodeAdded(operator, _epoch, _nodes.length, peerId, hints);
    }

    /// @notice Removes a node, keeps the order of the others, and starts a new epoch.
    function removeNode(address operator) external onlyOwner {
        uint256 idx = _indexOf[operator];
        if (idx == 0) revert NotRegistered(operator);
        delete _peerIdTaken[keccak256(_nodes[idx - 1].peerId)];
        for (uint256 i = idx; i < _nodes.length; i++) {
            _nodes[i - 1] = _nodes[i];
            _indexOf[_nodes[i - 1].operator] = i;
        }
        _nodes.pop();
        delete _indexOf[operator];
        _epoch++;
        emit NodeRemoved(operator, _epoch);
    }

    /// @notice A registered operator replaces its own multiaddr hints. This does not
    /// change the epoch: hints are not part of a node's identity.
    function updateHints(string[] calldata hints) external {
        uint256 idx = _indexOf[msg.sender];
        if (idx == 0) revert NotRegistered(msg.sender);
        _checkHints(hints);
        Node storage n = _nodes[idx - 1];
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
        return _nodes.length;
    }

    /// @notice The number of signers needed: ceil(2n/3).
    function threshold() external view returns (uint256) {
        return (2 * _nodes.length + 2) / 3;
    }

    /// @notice The node set in party order.
    function getNodes() external view returns (Node[] memory) {
        return _nodes;
    }

    /// @notice The node with 1-based party index `index`.
    function nodeAt(uint256 index) external view returns (Node memory) {
        return _nodes[index - 1];
    }

    /// @notice The 1-based party index of `operator`, 0 when it is not registered.
    function indexOf(address operator) external view returns (uint256) {
        return _indexOf[operator];
    }

    function isNode(address operator) external view returns (bool) {
        return _indexOf[operator] != 0;
    }
}
