"""Property tests: random edit/undo/redo sequences, and random or mutated files.

(a) A state machine pushes random edits as undo commands, undoes and redoes them, and checks after
every step that the document saves to exactly the bytes recorded at the current undo index; undoing
everything gives back the original bytes.
(b) Fuzzing: generated JSON documents and byte-level mutations of the example files only ever raise
MapFileError, and whatever loads can be saved and loads again unchanged. A quick set runs by default;
`make test-slow` runs 10,000+ cases of each.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtGui import QUndoStack

from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import bytes_to_map, document_to_bytes
from ecomap_desktop.model.commands import (
    AddEdgeCommand,
    AddNodeCommand,
    EditEdgeCommand,
    EditMetaCommand,
    EditNodeCommand,
    MoveNodesCommand,
    RemoveItemsCommand,
)
from ecomap_desktop.model.document import Document
from ecomap_desktop.model.vocabulary import (
    CATEGORIES,
    FLOWS,
    LEGEND_KEYS,
    RINGS,
    STEPS,
    STRENGTHS,
    SUPPORT_TYPES,
    ModelError,
)

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.ecomap"))

# ----- strategies for valid values -----------------------------------------------------------------

# Any text a person could type: every plane, accents, right-to-left scripts, emoji; never a control
# character (a note may hold tabs and line breaks), a lone surrogate or U+FFFE/U+FFFF (which no
# keyboard produces and no file may hold).
typed_text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
                     | st.sampled_from("\t\n"), max_size=24)
labels = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
                 max_size=24)
categories = st.sampled_from(CATEGORIES) | st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1, max_size=12,
).filter(lambda s: s.strip())
coords = st.floats(min_value=-5000, max_value=5000, allow_nan=False).map(lambda v: round(v, 2))
supports = st.lists(st.sampled_from(SUPPORT_TYPES), unique=True, max_size=4)
rings = st.none() | st.sampled_from(RINGS)
household = st.lists(
    st.fixed_dictionaries({"name": labels, "age": st.text("0123456789", max_size=3), "relationship": labels}),
    max_size=3,
)
node_attrs = st.fixed_dictionaries(
    {"label": labels, "kind": st.sampled_from(("person", "group"))},
    optional={"category": categories, "x": coords, "y": coords, "ring": rings, "notes": typed_text,
              "support": supports},
)
node_changes_outer = st.fixed_dictionaries(
    {},
    optional={"label": labels, "kind": st.sampled_from(("person", "group")), "category": categories,
              "ring": rings, "notes": typed_text, "support": supports},
).filter(bool)
node_changes_centre = st.fixed_dictionaries(
    {}, optional={"label": labels, "notes": typed_text, "household": household, "ring": rings}
).filter(bool)
colours = st.none() | st.from_regex(r"\A#[0-9a-fA-F]{6}\Z")
edge_attrs = st.fixed_dictionaries(
    {}, optional={"strength": st.sampled_from(STRENGTHS), "flow": st.sampled_from(FLOWS), "colour": colours,
                  "note": typed_text}
)
edge_changes = edge_attrs.filter(bool)
meta_edits = st.one_of(
    st.tuples(st.just("title"), labels),
    st.tuples(st.sampled_from(("worker_notes", "reflection", "commitment")), typed_text),
    st.tuples(st.just("step_notes"), st.dictionaries(st.sampled_from(STEPS), typed_text, max_size=3)),
    st.tuples(st.just("steps_done"), st.lists(st.sampled_from(STEPS), unique=True)),
    st.tuples(st.just("legend"), st.lists(st.sampled_from(LEGEND_KEYS), unique=True).flatmap(
        lambda keys: st.tuples(*[st.fixed_dictionaries({"key": st.just(k), "label": labels}) for k in keys])
    ).map(list)),
)


class UndoMachine(RuleBasedStateMachine):
    """Random edits through the undo stack, checked against byte snapshots at every undo index."""

    def __init__(self) -> None:
        super().__init__()
        self.doc = Document("Start family")
        self.stack = QUndoStack()
        self.snapshots = [document_to_bytes(self.doc)]

    # ----- helpers -----

    def push(self, command) -> None:
        self.stack.push(command)
        # A push drops the redo history; a merged edit (typing into one field) replaces the top entry.
        index = self.stack.index()
        self.snapshots = self.snapshots[:index] + [document_to_bytes(self.doc)]

    # Ids are random uuids, so draws pick from the map's own (insertion) order, never a sorted one:
    # replaying a failing example must pick the same nodes again.
    def outer_nodes(self) -> list[str]:
        return [n for n in self.doc.node_ids() if n != self.doc.centre_id]

    # ----- edits -----

    @rule(attrs=node_attrs)
    def add_node(self, attrs):
        self.push(AddNodeCommand(self.doc, attrs))

    @precondition(lambda self: self.doc.node_count() > 1 or self.doc.edge_count())
    @rule(data=st.data())
    def remove_items(self, data):
        outer = self.outer_nodes()
        nodes = data.draw(st.lists(st.sampled_from(outer), max_size=3)) if outer else []
        edges = self.doc.edge_ids()
        edges = data.draw(st.lists(st.sampled_from(edges), max_size=2)) if edges else []
        command = RemoveItemsCommand(self.doc, nodes, edges)
        if not command.is_empty():
            self.push(command)

    @rule(data=st.data())
    def edit_node(self, data):
        node_id = data.draw(st.sampled_from(self.doc.node_ids()))
        changes = data.draw(node_changes_centre if node_id == self.doc.centre_id else node_changes_outer)
        self.push(EditNodeCommand(self.doc, node_id, changes))

    @rule(data=st.data())
    def move_nodes(self, data):
        ids = data.draw(st.lists(st.sampled_from(self.doc.node_ids()), min_size=1, max_size=4, unique=True))
        positions = {n: (data.draw(coords), data.draw(coords)) for n in ids}
        self.push(MoveNodesCommand(self.doc, positions))

    @precondition(lambda self: self.doc.node_count() >= 2)
    @rule(data=st.data())
    def connect(self, data):
        nodes = self.doc.node_ids()
        pairs = [(a, b) for a in nodes for b in nodes if a != b and self.doc.edge_between(a, b) is None]
        if not pairs:
            return
        source, target = data.draw(st.sampled_from(pairs))
        self.push(AddEdgeCommand(self.doc, source, target, data.draw(edge_attrs)))

    @precondition(lambda self: self.doc.edge_count() > 0)
    @rule(data=st.data())
    def edit_connection(self, data):
        edge_id = data.draw(st.sampled_from(self.doc.edge_ids()))
        self.push(EditEdgeCommand(self.doc, edge_id, data.draw(edge_changes)))

    @rule(edit=meta_edits)
    def edit_meta(self, edit):
        self.push(EditMetaCommand(self.doc, *edit))

    @rule(data=st.data())
    def refused_edit_changes_nothing(self, data):
        """An edit the model refuses raises before it reaches the stack and leaves the map as it was."""
        before, count = document_to_bytes(self.doc), self.stack.count()
        nodes = self.doc.node_ids()
        choice = data.draw(st.integers(0, 3))
        with pytest.raises(ModelError):
            if choice == 0:
                EditNodeCommand(self.doc, data.draw(st.sampled_from(nodes)), {"label": "x" * 201})
            elif choice == 1:
                RemoveItemsCommand(self.doc, [self.doc.centre_id])
            elif choice == 2:
                AddEdgeCommand(self.doc, self.doc.centre_id, self.doc.centre_id)
            else:
                MoveNodesCommand(self.doc, {self.doc.centre_id: (float("nan"), 0.0)})
        assert document_to_bytes(self.doc) == before and self.stack.count() == count

    # ----- undo and redo -----

    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo(self):
        self.stack.undo()

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self):
        self.stack.redo()

    @precondition(lambda self: self.stack.count() > 0)
    @rule(data=st.data())
    def jump(self, data):
        """Clicking an entry in an undo history view: many undos or redos at once."""
        self.stack.setIndex(data.draw(st.integers(0, self.stack.count())))

    # ----- the property -----

    @invariant()
    def document_equals_snapshot_at_undo_index(self):
        assert len(self.snapshots) == self.stack.count() + 1
        assert document_to_bytes(self.doc) == self.snapshots[self.stack.index()]

    def teardown(self):
        try:
            self.stack.setIndex(0)
            assert document_to_bytes(self.doc) == self.snapshots[0]
        finally:
            # Delete the commands now, while the document they point at is alive, rather than
            # leaving Qt-owned commands to interpreter shutdown (which crashes after a failure).
            self.stack.clear()


UndoMachine.TestCase.settings = settings(
    max_examples=30, stateful_step_count=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestUndoMachine = UndoMachine.TestCase


# ----- fuzzing the loader ----------------------------------------------------------------------------


def _example_data() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def jsonish_documents(draw) -> bytes:
    """Mostly-valid maps with one part replaced by something random, or a random value altogether."""
    if draw(st.integers(0, 9)) == 0:
        return json.dumps(draw(json_values)).encode("utf-8")
    data = draw(st.sampled_from(_example_data()))
    for _ in range(draw(st.integers(1, 3))):
        # Walk to a random place in the tree and replace, delete or add something there.
        parent, key = None, None
        node = data
        while isinstance(node, (dict, list)) and node and draw(st.booleans()):
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            parent, key = node, draw(st.sampled_from(keys))
            node = node[key]
        action = draw(st.sampled_from(("replace", "delete", "add")))
        if parent is None:
            if isinstance(data, dict):
                data[draw(st.sampled_from(["format", "version", "graph", "nodes", "edges", "extra"]))] = draw(
                    json_values)
            continue
        if action == "replace":
            parent[key] = draw(json_values)
        elif action == "delete":
            del parent[key]
        elif isinstance(parent, list):
            parent.insert(key, draw(json_values))
        else:
            parent[draw(st.text(max_size=10))] = draw(json_values)
    return json.dumps(data, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")


@st.composite
def mutated_example_bytes(draw) -> bytes:
    raw = bytearray(draw(st.sampled_from(EXAMPLES)).read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(("flip", "delete", "insert", "truncate", "duplicate")))
        pos = draw(st.integers(0, max(len(raw) - 1, 0)))
        if kind == "flip" and raw:
            raw[pos] = draw(st.integers(0, 255))
        elif kind == "delete":
            del raw[pos:pos + draw(st.integers(1, 64))]
        elif kind == "insert":
            raw[pos:pos] = draw(st.binary(min_size=1, max_size=16) | st.sampled_from(
                [b"[", b"{", b'"', b",", b"\\", b"\\ud800", b"1e999", b"NaN", b"-", b"null",
                 b"\xff", b"\xc3"]))
        elif kind == "truncate":
            del raw[pos:]
        else:
            end = min(len(raw), pos + draw(st.integers(1, 200)))
            raw[pos:pos] = raw[pos:end]
    return bytes(raw)


def _only_mapfile_error(raw: bytes) -> None:
    """Load; anything but success or MapFileError fails the test. What loads must save and reload."""
    try:
        loaded = bytes_to_map(raw, "fuzzed.ecomap")
    except MapFileError as exc:
        message = str(exc)
        assert "fuzzed.ecomap" in message and "\n" not in message
        return
    doc = Document()
    doc.replace_graph(loaded.graph, loaded.visits)
    saved = document_to_bytes(doc)
    again = Document()
    reloaded = bytes_to_map(saved, "saved.ecomap")
    again.replace_graph(reloaded.graph, reloaded.visits)
    assert document_to_bytes(again) == saved


QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LONG = settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))


@QUICK
@given(jsonish_documents())
def test_generated_documents_raise_only_mapfile_error(raw):
    _only_mapfile_error(raw)


@QUICK
@given(mutated_example_bytes())
def test_mutated_examples_raise_only_mapfile_error(raw):
    _only_mapfile_error(raw)


@pytest.mark.slow
@LONG
@given(jsonish_documents())
def test_generated_documents_raise_only_mapfile_error_long(raw):
    _only_mapfile_error(raw)


@pytest.mark.slow
@LONG
@given(mutated_example_bytes())
def test_mutated_examples_raise_only_mapfile_error_long(raw):
    _only_mapfile_error(raw)


class LongUndoMachine(UndoMachine):
    """The same machine, longer and many more times (make test-slow)."""


LongUndoMachine.TestCase.settings = settings(
    max_examples=1000, stateful_step_count=60, deadline=None, suppress_health_check=list(HealthCheck)
)
TestUndoMachineLong = pytest.mark.slow(LongUndoMachine.TestCase)
