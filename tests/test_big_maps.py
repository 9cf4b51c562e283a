"""A 5,000-node map opens, edits and saves without trouble, and the shortcuts that make it quick give
exactly the results of the slow, obvious code (benchmarks/bench_files.py has the timings)."""

import copy
import gc
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecomap_desktop.io import mapfile
from ecomap_desktop.io.filelock import lock_path_for
from ecomap_desktop.io.mapfile import data_to_bytes, document_to_bytes, read_graph, save_document
from ecomap_desktop.model.commands import AddNodeCommand, MoveNodesCommand
from ecomap_desktop.model.document import Document, clone
from ecomap_desktop.ui.dialogs import questions as dialogs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_files import build_map  # noqa: E402

COLLECTOR_ON_AFTER = True  # conftest's _collector_pause_ended: on after each test here

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=8), json_values, max_size=6))
def test_fast_writer_gives_the_bytes_json_dumps_gives(data):
    expected = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    assert data_to_bytes(data) == expected


def test_fast_writer_falls_back_for_unusual_values():
    data = {"n": float("nan"), 1: "not text key", "t": (1, 2)}
    assert data_to_bytes(data) == (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_clone_is_a_deep_copy(value):
    copied = clone(value)
    assert copied == value
    if isinstance(value, (dict, list)) and value:
        assert copied is not value
        # Changing the clone never reaches the original.
        before = copy.deepcopy(value)
        (copied.clear() if isinstance(copied, dict) else copied.append("x"))
        assert value == before


def test_node_and_edge_copies_are_independent():
    doc = Document("x")
    a = doc.add_node({"label": "a", "support": ["emotional"]})
    doc.set_node(doc.centre_id, {"household": [{"name": "Lena", "age": "3", "relationship": "daughter"}]})
    e = doc.add_edge(a, doc.centre_id)
    doc.node(a)["support"].append("practical")
    doc.node(doc.centre_id)["household"][0]["name"] = "changed"
    doc.edge(e)["strength"] = "strong"
    doc.meta("legend")[0]["label"] = "changed"
    assert doc.node(a)["support"] == ["emotional"]
    assert doc.node(doc.centre_id)["household"][0]["name"] == "Lena"
    assert doc.edge(e)["strength"] == "moderate" and doc.meta("legend")[0]["label"] != "changed"


def test_loading_pauses_the_collector_and_always_turns_it_back_on(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from ecomap_desktop.collector import collector_paused
    from ecomap_desktop.ui.window.file_controller import FileController

    states = []
    with collector_paused():
        states.append(gc.isenabled())
    states.append(gc.isenabled())
    with pytest.raises(RuntimeError):
        with collector_paused():
            raise RuntimeError
    states.append(gc.isenabled())
    assert states == [False, True, True]

    widget = QWidget()
    qtbot.addWidget(widget)
    doc = Document()
    files = FileController(widget, doc, QUndoStack(widget))
    seen = []
    doc.reset.connect(lambda: seen.append(gc.isenabled()))
    path = tmp_path / "m.ecomap"
    save_document(Document("x"), path)
    assert files.load_path(str(path))
    assert seen == [False] and gc.isenabled()
    monkeypatch.setattr(dialogs, "show_error", lambda *a: None)
    path.write_text("{", encoding="utf-8")
    assert not files.load_path(str(path)) and gc.isenabled()


def test_what_a_load_drops_is_freed_as_soon_as_the_collector_is_back_on():
    """What a load makes and drops again (pieces that hold each other in cycles) is freed when the
    pause ends, not left waiting for the collector's next turn."""
    import weakref

    from ecomap_desktop.collector import collector_paused

    class Part:
        pass

    assert gc.isenabled()
    with collector_paused():
        dropped = Part()
        dropped.itself = dropped  # a cycle: only the collector frees it
        gone = weakref.ref(dropped)
        del dropped
        assert gone() is not None  # paused: nothing is collected during the load
    assert gone() is None and gc.isenabled()


def test_a_5000_node_map_opens_edits_and_saves_in_the_window(qtbot, tmp_path, monkeypatch):
    from ecomap_desktop.ui.main_window import MainWindow

    path = tmp_path / "big.ecomap"
    nodes, edges = build_map(path, 5000)
    assert (nodes, edges) == (5000, 5999)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(path))
    assert len(window.scene.node_ids()) == 5000 and len(window.scene.edge_ids()) == 5999
    doc = window.document
    node = doc.node_ids()[42]
    x, y = doc.node_position(node)
    window.undo_stack.push(MoveNodesCommand(doc, {node: (x + 30.0, y)}))
    window.undo_stack.push(AddNodeCommand(doc, {"label": "One more friend"}))
    assert window.isWindowModified()
    window.actions.save.trigger()
    assert not window.isWindowModified()
    again = read_graph(path)
    assert again.number_of_nodes() == 5001 and again.nodes[node]["x"] == x + 30.0
    assert document_to_bytes(doc) == path.read_bytes()
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda parent, name: "discard")
    window.close()


def test_locks_are_released_when_a_program_ends_without_closing(tmp_path):
    path = tmp_path / "m.ecomap"
    save_document(Document("x"), path)
    script = textwrap.dedent("""
        import sys
        from ecomap_desktop.io.filelock import MapFileLock
        lock = MapFileLock()
        print(lock.acquire(sys.argv[1]).value)
    """)
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True,
                         timeout=60)
    assert out.stdout.strip() == "acquired"
    assert not lock_path_for(path).exists()


def test_save_still_writes_what_json_dumps_would(tmp_path):
    doc = Document("Héritage — 王")
    doc.add_node({"label": "Nurse \"Ana\"", "notes": "\n", "support": ["advice"], "x": 1e-7, "y": -3.0})
    path = tmp_path / "m.ecomap"
    save_document(doc, path)
    expected = (json.dumps(mapfile.document_to_data(doc), ensure_ascii=False, indent=2) + "\n").encode()
    assert path.read_bytes() == expected


def test_opening_a_map_fits_it_first_and_draws_each_connection_once(qtbot, tmp_path, monkeypatch):
    from ecomap_desktop.canvas.items import edge_item
    from ecomap_desktop.geometry import outline_distance
    from ecomap_desktop.ui.main_window import MainWindow

    path = tmp_path / "map.ecomap"
    _, edges = build_map(path, 300)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    placed = []
    real_clip = edge_item.geometry.clipped_segment
    monkeypatch.setattr(edge_item.geometry, "clipped_segment", lambda *a: placed.append(a) or real_clip(*a))
    assert window.open_path(str(path))
    assert len(placed) == edges  # each placed once: not before the zoom to fit and again after it
    monkeypatch.setattr(edge_item.geometry, "clipped_segment", real_clip)
    scene = window.scene
    drawn = [e for e in scene.edge_ids() if scene.edge_item(e).drawn_ends() is not None]
    assert len(scene.edge_ids()) == edges and len(drawn) > edges * 3 // 4  # a few join overlapping nodes
    assert window.view.zoom() < 1.0 and window.scene.text_boost() > 1.0  # fitted: names enlarged
    for edge_id in drawn[:50]:  # and the lines end on the outlines as drawn at that zoom
        source, target = window.document.edge_ends(edge_id)
        start, _end = scene.edge_item(edge_id).drawn_ends()
        item = scene.node_item(source)
        offset = start - item.pos()
        reach = outline_distance(item.outline(), offset.x(), offset.y())
        assert abs((offset.x() ** 2 + offset.y() ** 2) ** 0.5 - reach) < 0.5
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda parent, name: "discard")
    window.close()


def test_a_big_map_just_opened_has_its_lines_filed_before_the_first_edit(qtbot, tmp_path, monkeypatch):
    """Filing where a big map's lines run (for repainting a few of them) waits until the window waits
    for the user after the map is shown, not until the first rename or move, which then stalled."""
    from ecomap_desktop import geometry
    from ecomap_desktop.canvas.items import line_layer
    from ecomap_desktop.model.commands import EditNodeCommand
    from PySide6.QtCore import QPointF
    from window_support import open_window, wait_painted

    path = tmp_path / "big.ecomap"
    _, edges = build_map(path, 600)
    assert edges >= line_layer.IDLE_GRID_LINES
    window = open_window(qtbot, (1280, 800), activate=False)
    filed = []
    real_put = geometry.SegmentGrid.put
    monkeypatch.setattr(geometry.SegmentGrid, "put", lambda grid, item, *a: filed.append(item) or
                        real_put(grid, item, *a))
    assert window.open_path(str(path))
    layer = window.scene.line_layer()
    drawn = {item for item in layer.lines() if item.segment() is not None}  # not those of overlapping people
    qtbot.waitUntil(lambda: set(filed) == drawn)  # once the window waits for the user
    filed.clear()
    doc = window.document
    person = next(n for n in doc.node_ids() if n != doc.centre_id)
    window.undo_stack.push(EditNodeCommand(doc, person, {"label": "Somebody with a longer name"}))
    # At the rename's repaint only its person's lines are filed again (at once), not every line.
    qtbot.waitUntil(lambda: len(filed) > 0)
    assert set(filed) <= {window.scene.edge_item(e) for e in doc.edges_of(person)}
    # Dragging the family moves every line at each step: none is filed while the drag runs, even
    # when the window waits for the user between steps, only once it is over.
    filed.clear()
    scene = window.scene
    start = scene.node_item(doc.centre_id).pos()
    scene.begin_live_move([doc.centre_id])
    for step in range(1, 4):
        scene.move_nodes_live({doc.centre_id: start + QPointF(15.0 * step, 0.0)})
        wait_painted(qtbot, window.view.viewport())
    assert not filed
    scene.end_live_move()
    drawn = {item for item in layer.lines() if item.segment() is not None}
    qtbot.waitUntil(lambda: set(filed) == drawn)
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda parent, name: "discard")
    window.close()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.dictionaries(st.text(max_size=6), json_values, max_size=4), min_size=1, max_size=4),
       st.text(max_size=8))
def test_past_maps_are_written_on_one_line_whatever_they_hold(maps, title):
    """Each past visit's map on one line (its bytes put in as they are), the rest as json.dumps writes
    it, whatever text the maps hold (control characters included)."""
    data = {"format": "ecomap", "title": title + "\x00",
            "visits": [{"id": str(i), "map": m} for i, m in enumerate(maps)] + [{"id": "now", "map": None}]}
    slots = copy.deepcopy(data)
    for i, entry in enumerate(slots["visits"][:-1]):
        entry["map"] = f"@@map {i}@@"
    expected = json.dumps(slots, ensure_ascii=False, indent=2) + "\n"
    for i, m in enumerate(maps):
        one_line = json.dumps(m, ensure_ascii=False, separators=(",", ":"))
        expected = expected.replace(f'"@@map {i}@@"', one_line)
    assert data_to_bytes(data) == expected.encode("utf-8")


def test_names_fitted_before_their_items_are_the_shapes_each_item_fits_alone(qapp, monkeypatch):
    """A whole map's names are fitted in one go before its items are made (fit_names: quicker than
    between the items). Each item then finds its name fitted, with exactly the outline and lines it
    fits by itself: in every kind, with a household's line, in another script."""
    from ecomap_desktop import node_shape
    from ecomap_desktop.canvas.items import node_item, text_layout
    from ecomap_desktop.canvas.items.text_layout import forget_measures

    names = [("person", "Grandma Rosa", []), ("person", "Dr. Aziz (Yusuf's therapist)", []),
             ("group", "Lincoln Elementary after-school homework club", []),
             ("centre", "Haddad family", ["Amira Haddad (31)", "Yusuf (12)", "Lina (8)"]),
             ("person", "Tía Lupe", []), ("person", "مريم الحداد", []), ("group", "王小明 老师的 学校", [])]

    def drawn(kind, label, household):
        item = node_item.NodeItem("n", kind, label, household=household)
        return item.outline(), item.text_lines()

    forget_measures()
    alone = [drawn(*name) for name in names]
    # Some names grew their node: their shapes were fitted, not the kind's own.
    assert any(outline != node_shape.node_half_size(kind) for (outline, _), (kind, _, _) in zip(alone, names))
    forget_measures()
    text_layout.fit_names(names)

    def fitted_again(*args, **kwargs):
        raise AssertionError("a name fitted again though fit_names had fitted it")

    monkeypatch.setattr(text_layout, "node_shape", fitted_again)
    assert [drawn(*name) for name in names] == alone


def test_a_big_maps_first_paint_comes_before_the_collector_and_it_always_comes_back_on(qtbot, tmp_path,
                                                                                       monkeypatch):
    """Opening a big map, Python's cycle collector stays paused until the canvas has painted it (its
    first drawing makes thousands of objects more), then runs again; in a window that never paints
    (hidden), it runs again all the same. A small map turns it back on at once."""
    from PySide6.QtCore import QEvent, QObject

    from ecomap_desktop.ui.editor import collector_wait
    from ecomap_desktop.ui.main_window import MainWindow

    class Paints(QObject):
        collector_on = None  # whether the collector was on at the first paint seen

        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and self.collector_on is None:
                self.collector_on = gc.isenabled()
            return False

    big, small = tmp_path / "big.ecomap", tmp_path / "small.ecomap"
    build_map(big, collector_wait.BIG_MAP_NODES + 100)
    build_map(small, 60)
    shown = MainWindow()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    paints = Paints()
    shown.view.viewport().installEventFilter(paints)
    assert shown.open_path(str(big))
    assert not gc.isenabled()  # the map made, not painted yet
    qtbot.waitUntil(gc.isenabled, timeout=10_000)
    assert paints.collector_on is False  # painted first, then on again
    shown.view.viewport().removeEventFilter(paints)
    assert shown.open_path(str(small)) and gc.isenabled()

    monkeypatch.setattr(collector_wait, "LATEST_MS", 200)
    hidden = MainWindow()
    qtbot.addWidget(hidden)
    assert hidden.open_path(str(big))
    assert not gc.isenabled() and not hidden.view.viewport().isVisible()
    qtbot.waitUntil(gc.isenabled, timeout=10_000)


def test_a_kept_pause_is_ended_by_its_own_resume_only():
    """What was due to end an earlier map's pause (its latest time, come while a later map is being
    drawn) leaves the later map's pause alone."""
    from ecomap_desktop.collector import collector_paused, keep_paused, resume

    assert gc.isenabled()
    assert not keep_paused()  # no pause under way: nothing to keep
    with collector_paused():
        first = keep_paused()
        assert keep_paused() == first  # the same pause, asked twice
    assert not gc.isenabled()
    resume(first)
    assert gc.isenabled()
    with collector_paused():
        second = keep_paused()
    resume(first)  # the earlier pause's, late
    assert not gc.isenabled()
    resume(second)
    assert gc.isenabled()


def test_a_big_map_whose_canvas_goes_before_it_paints_turns_the_collector_back_on(qtbot, tmp_path,
                                                                                  monkeypatch):
    """The window closed, or the canvas gone, before the map was painted: no paint will come, so the
    collector's pause ends then, not seconds later (nor never, with no event loop running after)."""
    from ecomap_desktop.ui.editor import collector_wait
    from ecomap_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(collector_wait, "LATEST_MS", 600_000)  # only the canvas going may end it
    big = tmp_path / "big.ecomap"
    build_map(big, collector_wait.BIG_MAP_NODES + 100)
    shown = MainWindow()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.open_path(str(big)) and not gc.isenabled()
    shown.undo_stack.setClean()
    shown.close()  # before any paint
    assert gc.isenabled()

    hidden = MainWindow()  # never shown: it never paints
    assert hidden.open_path(str(big)) and not gc.isenabled()
    hidden.undo_stack.setClean()
    hidden.deleteLater()
    qtbot.waitUntil(gc.isenabled, timeout=10_000)
