// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @notice What NodeRegistry needs from the key router.
interface IRootKeyRouter {
    function hasRootKey() external view returns (bool);
}

/// @title NodeRegistry
/// @notice The pkpnet node set: a stable, ordered list of node operators with their
/// libp2p peer IDs and multiaddr hints. Every change of the set starts a new epoch. The
/// set is managed by the owner.
///
/// A node's party ID (its threshold-key share index, as a decimal string) is its party
/// number: the lowest number in 1..MAX_NODES that no current node holds when it joins
/// (and, in a transition, no node of the next set either). It stays the same for as long
/// as the node is a member, across epochs, so that resharing can address old and new
/// members in one namespace. Without removals, party numbers equal the 1-based positions.
///
/// Before the root key exists (genesis), the owner builds the set with addNode and
/// removeNode. Afterwards the set changes by epoch transitions: the owner proposes a next
/// set (the current one minus some operators, plus some new ones appended in order; the
/// same set again is a proactive refresh), the nodes reshare the root key off chain, and
/// every node of the next set votes the (unchanged) root key for the transition in the
/// key router. The last vote completes it: the next set becomes the current one and the
/// epoch grows by one. Until then the current epoch serves. The owner may abort an open
/// transition at any time, anybody once its deadline block has passed.
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
    /// _party[operator]: the node's party number (0: not a node). _partyBits: bit p-1 is
    /// set when party number p is held by a current node (or reserved by the open
    /// transition's next set).
    mapping(address => uint256) private _party;
    uint256 private _partyBits;

    /// The key router (PubkeyRouter): it reports whether a root key exists and completes a
    /// transition once every next node voted. Set once by the owner.
    IRootKeyRouter private _router;
    /// Blocks a proposed transition may stay open before anybody may abort it.
    uint256 public transitionTimeout = 7200;
    /// The open transition (id 0: none yet). Ids grow by one with every proposal.
    uint256 private _tid;
    bool private _open;
    uint256 private _deadline;
    address[] private _propRemoved;
    address[] private _propAdded;
    /// _propState[id][operator]: 1 removed from the current set, 2 added to the next set.
    mapping(uint256 => mapping(address => uint8)) private _propState;
    mapping(address => Node) private _propNode;
    mapping(address => uint256) private _propParty;

    uint256 public constant MAX_CHANGES = 16;

    event NodeAdded(address indexed operator, uint256 indexed epoch, uint256 index, bytes peerId, string[] hints);
    event NodeRemoved(address indexed operator, uint256 indexed epoch);
    event NodeHintsUpdated(address indexed operator, string[] hints);
    /// A transition to epoch `epoch` was proposed. The next set is the current one without
    /// `removed`, followed by the NextNodeAdded operators of this id in event order.
    event TransitionProposed(uint256 indexed id, uint256 indexed epoch, address[] removed, uint256 deadline);
    /// Operator joins the next set of transition `id` with party number `party`.
    event NextNodeAdded(uint256 indexed id, address indexed operator, uint256 party, bytes peerId, string[] hints);
    /// Every next node voted: the next set is the current one from epoch `epoch` on.
    event TransitionCompleted(uint256 indexed id, uint256 indexed epoch);
    /// The transition was aborted (by the owner, or by anybody after its deadline).
    event TransitionAborted(uint256 indexed id, uint256 indexed epoch, bool expired);
    event KeyRouterSet(address router);
    event TransitionTimeoutSet(uint256 blocks);

    error ZeroOperator();
    error AlreadyRegistered(address operator);
    error NotRegistered(address operator);
    error PeerIdTaken();
    error BadPeerId();
    error BadHints();
    error TooManyNodes();
    error TransitionOpen();
    error NoTransition();
    error NotExpired(uint256 deadline);
    error NoRootKey();
    error NotRouter();
    error RouterAlreadySet();
    error BadChange();

    constructor(address initialOwner) Ownable(initialOwner) {}

    /// @notice Appends a node at the end of the list and starts a new epoch.
    /// It is refused while a transition is open.
    function addNode(address operator, bytes calldata peerId, string[] calldata hints) external onlyOwner {
        if (_open) revert TransitionOpen();
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
        _link(operator);
        _party[operator] = _takeParty();
        _epoch++;
        emit NodeAdded(operator, _epoch, _count, peerId, hints);
    }

    /// The lowest free party number, marked taken.
    function _takeParty() private returns (uint256) {
        uint256 bits = _partyBits;
        for (uint256 p = 0; p < MAX_NODES; p++) {
            if (bits & (1 << p) == 0) {
                _partyBits = bits | (1 << p);
                return p + 1;
            }
        }
        revert TooManyNodes();
    }

    function _link(address operator) private {
        if (_last == address(0)) {
            _first = operator;
        } else {
            _next[_last] = operator;
            _prev[operator] = _last;
        }
        _last = operator;
        _count++;
    }

    /// @notice Removes a node, keeps the order of the others, and starts a new epoch. Its
    /// gas does not depend on the number of nodes (only on the removed node's own hints).
    /// It is refused while a transition is open.
    function removeNode(address operator) external onlyOwner {
        if (_open) revert TransitionOpen();
        if (_node[operator].operator == address(0)) revert NotRegistered(operator);
        _unlink(operator);
        _epoch++;
        emit NodeRemoved(operator, _epoch);
    }

    function _unlink(address operator) private {
        Node storage n = _node[operator];
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
        _partyBits &= ~(uint256(1) << (_party[operator] - 1));
        delete _party[operator];
        _count--;
    }

    // ---- epoch transitions ----

    /// @notice Sets the key router once (deployment wires it to the PubkeyRouter).
    function setKeyRouter(IRootKeyRouter router) external onlyOwner {
        if (address(_router) != address(0)) revert RouterAlreadySet();
        if (address(router) == address(0)) revert ZeroOperator();
        _router = router;
        emit KeyRouterSet(address(router));
    }

    function keyRouter() external view returns (address) {
        return address(_router);
    }

    /// @notice Sets how many blocks a proposed transition may stay open (applies to the next proposal).
    function setTransitionTimeout(uint256 blocks) external onlyOwner {
        if (blocks == 0) revert BadChange();
        transitionTimeout = blocks;
        emit TransitionTimeoutSet(blocks);
    }

    /// @notice Proposes the next node set: the current set without `removals`, then
    /// `additions` appended in order. No removals and no additions is a proactive refresh
    /// of the same set. Needs an active root key and no open transition; at most
    /// MAX_CHANGES removals and MAX_CHANGES additions; the next set has at least 2 nodes, and
    /// the current and next sets together at most MAX_NODES (party numbers are unique across both).
    function proposeTransition(address[] calldata removals, Node[] calldata additions)
        external
        onlyOwner
        returns (uint256 id)
    {
        if (_open) revert TransitionOpen();
        if (address(_router) == address(0) || !_router.hasRootKey()) revert NoRootKey();
        if (removals.length > MAX_CHANGES || additions.length > MAX_CHANGES) revert BadChange();
        // The next set has at least two nodes (a threshold key needs two parties).
        if (_count + additions.length < removals.length + 2) revert BadChange();
        // The current and the next set together fit the party numbers.
        if (_count + additions.length > MAX_NODES) revert TooManyNodes();
        id = ++_tid;
        _open = true;
        _deadline = block.number + transitionTimeout;
        delete _propRemoved;
        delete _propAdded;
        for (uint256 i = 0; i < removals.length; i++) {
            address a = removals[i];
            if (_node[a].operator == address(0)) revert NotRegistered(a);
            if (_propState[id][a] != 0) revert BadChange();
            _propState[id][a] = 1;
            _propRemoved.push(a);
        }
        emit TransitionProposed(id, _epoch + 1, removals, _deadline);
        for (uint256 i = 0; i < additions.length; i++) {
            Node calldata add = additions[i];
            address a = add.operator;
            if (a == address(0)) revert ZeroOperator();
            if (_node[a].operator != address(0) || _propState[id][a] != 0) revert AlreadyRegistered(a);
            if (add.peerId.length == 0 || add.peerId.length > MAX_PEER_ID_BYTES) revert BadPeerId();
            _checkHints(add.hints);
            bytes32 ph = keccak256(add.peerId);
            if (_peerIdTaken[ph]) revert PeerIdTaken();
            for (uint256 j = 0; j < i; j++) {
                if (keccak256(additions[j].peerId) == ph) revert PeerIdTaken();
            }
            _propState[id][a] = 2;
            _propAdded.push(a);
            Node storage n = _propNode[a];
            delete n.hints;
            n.operator = a;
            n.peerId = add.peerId;
            for (uint256 k = 0; k < add.hints.length; k++) {
                n.hints.push(add.hints[k]);
            }
            uint256 party = _takeParty(); // reserved until the transition ends
            _propParty[a] = party;
            emit NextNodeAdded(id, a, party, add.peerId, add.hints);
        }
    }

    /// @notice Aborts the open transition: the owner at any time, anybody after its deadline.
    function abortTransition() external {
        if (!_open) revert NoTransition();
        bool expired = block.number > _deadline;
        if (msg.sender != owner() && !expired) revert NotExpired(_deadline);
        _open = false;
        for (uint256 i = 0; i < _propAdded.length; i++) {
            _partyBits &= ~(uint256(1) << (_propParty[_propAdded[i]] - 1));
        }
        emit TransitionAborted(_tid, _epoch + 1, expired);
    }

    /// @notice Called by the key router when every node of the next set voted the root key
    /// for transition `id`: applies the next set and starts its epoch.
    function completeTransition(uint256 id) external returns (uint256) {
        if (msg.sender != address(_router)) revert NotRouter();
        if (!_open || id != _tid) revert NoTransition();
        if (block.number > _deadline) revert NoTransition();
        _open = false;
        for (uint256 i = 0; i < _propRemoved.length; i++) {
            _unlink(_propRemoved[i]);
        }
        for (uint256 i = 0; i < _propAdded.length; i++) {
            address a = _propAdded[i];
            Node storage src = _propNode[a];
            Node storage n = _node[a];
            n.operator = a;
            n.peerId = src.peerId;
            for (uint256 k = 0; k < src.hints.length; k++) {
                n.hints.push(src.hints[k]);
            }
            _peerIdTaken[keccak256(src.peerId)] = true;
            _link(a);
            _party[a] = _propParty[a];
            delete _propNode[a];
            delete _propParty[a];
        }
        _epoch++;
        emit TransitionCompleted(id, _epoch);
        return _epoch;
    }

    /// @notice The latest transition: its id (0: none ever), whether it is open, the epoch
    /// it starts, its deadline block and the size of its next set.
    function transition()
        external
        view
        returns (uint256 id, bool open, uint256 nextEpoch, uint256 deadline, uint256 nextCount)
    {
        return (_tid, _open, _epoch + 1, _deadline, _count - _propRemoved.length + _propAdded.length);
    }

    /// @notice Whether `operator` is in the next set of the open transition `id`.
    function isNextNode(uint256 id, address operator) public view returns (bool) {
        if (!_open || id != _tid) return false;
        uint8 st = _propState[id][operator];
        if (st == 2) return true;
        return st == 0 && _node[operator].operator != address(0);
    }

    /// @notice The next set of the open transition in list order, with each node's party
    /// number (empty when none is open).
    function getNextNodes() external view returns (Node[] memory out, uint256[] memory parties) {
        if (!_open) return (out, parties);
        uint256 n = _count - _propRemoved.length + _propAdded.length;
        out = new Node[](n);
        parties = new uint256[](n);
        uint256 j = 0;
        for (address a = _first; a != address(0); a = _next[a]) {
            if (_propState[_tid][a] != 1) {
                parties[j] = _party[a];
                out[j++] = _node[a];
            }
        }
        for (uint256 i = 0; i < _propAdded.length; i++) {
            parties[j] = _propParty[_propAdded[i]];
            out[j++] = _propNode[_propAdded[i]];
        }
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

    /// @notice The party numbers of the node set, in the order of getNodes.
    function getParties() external view returns (uint256[] memory out) {
        out = new uint256[](_count);
        address a = _first;
        for (uint256 i = 0; i < out.length; i++) {
            out[i] = _party[a];
            a = _next[a];
        }
    }

    /// @notice The party number of `operator`, 0 when it is not a node.
    function partyOf(address operator) external view returns (uint256) {
        return _party[operator];
    }

    /// @notice The node at 1-based position `index` of the list.
    function nodeAt(uint256 index) external view returns (Node memory) {
        if (index == 0 || index > _count) revert NotRegistered(address(0));
        address a = _first;
        for (uint256 i = 1; i < index; i++) {
            a = _next[a];
        }
        return _node[a];
    }

    /// @notice The 1-based position of `operator` in the list, 0 when it is not registered.
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
