"""On a crowded page every name finds room: on more, shorter lines inside its node, beside its node,
and the family's household under the page's title, rather than over its neighbours. Measured on the
PDF's own words (pdftotext) against the shapes the page draws, and on the page's layout."""

from __future__ import annotations

import math

import pytest
from export_support import RecordingPainter
from paper_support import CROWDED, EXAMPLES, export_and_compose, inside_box, inside_circle

from ecomap_desktop import style
from ecomap_desktop.export.compose import beside as beside_module
from ecomap_desktop.export.compose import mapshapes
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.compose.mapdraw import ring_names
from ecomap_desktop.export.compose.mapinfo import read_map
from ecomap_desktop.export.options import ORIENTATIONS, PageOptions
from ecomap_desktop.i18n import export_language
from ecomap_desktop.io.mapfile import load_document
from ecomap_desktop.model.document import Document

PAGES = [(size, orientation, language) for size in ("a4", "letter") for orientation in ORIENTATIONS
         for language in ("en", "es")]


def _meets_circle(box, circle) -> bool:
    cx, cy, radius = circle
    x = min(max(cx, box[0]), box[2])
    y = min(max(cy, box[1]), box[3])
    return math.hypot(x - cx, y - cy) < radius - 0.5


def _meets_box(box, outline) -> bool:
    return (min(box[2], outline[2]) > max(box[0], outline[0]) + 0.5
            and min(box[3], outline[3]) > max(box[1], outline[1]) + 0.5)


@pytest.mark.parametrize("page", PAGES, ids="-".join)
def test_every_name_on_the_crowded_map_is_inside_its_shape_or_beside_it_clear_of_all(tmp_path, page):
    """The agency map on A4 and Letter, in English and Spanish: each word of the map is inside one
    person's, group's or the family's shape, or meets none (a name printed beside its node)."""
    example = next(p for p in EXAMPLES if p.stem == CROWDED)
    words, circles, boxes, warnings = export_and_compose(tmp_path, example, page)
    left = min([x - r for x, _y, r in circles] + [b[0] for b in boxes])
    top = min([y - r for _x, y, r in circles] + [b[1] for b in boxes])
    right = max([x + r for x, _y, r in circles] + [b[2] for b in boxes])
    bottom = max([y + r for _x, y, r in circles] + [b[3] for b in boxes])
    with export_language(page[2]):
        ring_words = {word for name in ring_names().values() for word in name.split()}
    beside = 0
    for word, box in words:
        if box[2] < left or box[0] > right or box[3] < top or box[1] > bottom or word in ring_words:
            continue  # the title, the key, a circle's name
        if any(inside_circle(box, c) for c in circles) or any(inside_box(box, b) for b in boxes):
            continue
        assert not any(_meets_circle(box, c) for c in circles), word
        assert not any(_meets_box(box, b) for b in boxes), word
        beside += 1
    assert beside  # some names on this map have room only beside their nodes
    assert not any("reach past" in w for w in warnings)


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_a_name_beside_its_node_touches_it_and_its_lines_are_printed_there(monkeypatch, size):
    """Each name put beside its node stands just outside the node's outline as drawn (or a little
    apart, joined to it by a leader), and the page prints that name's lines inside that place."""
    placed = []

    def recording(info, shapes, names, scale, *args):
        found = beside_module.place_beside(info, shapes, names, scale, *args)
        placed.append((info, scale, found))
        return found

    monkeypatch.setattr(compose, "place_beside", recording)
    doc = load_document(next(p for p in EXAMPLES if p.stem == CROWDED))
    painter = RecordingPainter()
    with export_language("es"):
        compose.compose_document(doc, PageOptions(size, "auto", language="es"), painter)
    info, scale, _found = placed[-1]  # the page as printed (a first try may have been laid out again)
    found = {key: place for seen, _scale, each in placed if seen is info for key, place in each.items()}
    assert found
    gap = beside_module.BESIDE_GAP / scale
    texts = _texts(painter)
    for node_id, place in found.items():
        n = info.nodes[node_id]
        hw, hh, _ = info.shapes[node_id].outline  # set back to the canvas's size
        left, top, right, bottom = place.box
        if n.kind == "group":
            apart = math.hypot(max(left - (n.x + hw), (n.x - hw) - right, 0.0),
                               max(top - (n.y + hh), (n.y - hh) - bottom, 0.0))
        else:
            near_x, near_y = min(max(n.x, left), right), min(max(n.y, top), bottom)
            apart = math.hypot(near_x - n.x, near_y - n.y) - hw
        if place.leader is None:
            assert gap - 1e-6 <= apart <= gap * 1.5, n.label
        else:  # a little apart, joined to it by a leader (test_paper_beside_leaders)
            assert apart <= gap + max(beside_module.LEADER_REACH) / scale + 1e-6, n.label
        assert set(place.shape.lines) <= {text for _baseline, text in texts}


def test_a_name_that_fits_its_canvas_circle_is_never_counted_as_reaching_out():
    """Two friends drawn almost touching on the canvas: their short names fit their circles at any
    size a page prints them, so neither is counted (nor patched over) as reaching past its circle."""
    doc = Document("Centre")
    a = doc.add_node({"label": "Al", "kind": "person", "x": 800.0, "y": 0.0})
    b = doc.add_node({"label": "Bo", "kind": "person", "x": 895.0, "y": 0.0})
    doc.add_edge(a, b, {"strength": "strong", "flow": "both"})
    info = read_map(doc)
    shapes, short, _smaller = mapshapes.shapes_at(info, 0.3)
    assert not short & {a, b}
    assert shapes[a].outline == info.shapes[a].outline


def test_a_name_is_wrapped_shorter_to_fit_its_circle_on_a_crowded_page():
    """"Uncle Karim" on one line needs nearly all of a circle; on two lines it can be printed half as
    large again in the same circle, so a crowded page prints it that way rather than smaller."""
    doc = Document("Centre")
    uncle = doc.add_node({"label": "Uncle Karim", "kind": "person", "x": 300.0, "y": 0.0})
    info = read_map(doc)
    canvas = info.shapes[uncle]
    wrapped = mapshapes.compact_of(info.nodes[uncle], canvas)
    assert canvas.lines == ("Uncle Karim",)
    assert wrapped.lines == ("Uncle", "Karim")
    assert wrapped.need[0] * 1.4 < canvas.half_w  # 40% larger text still inside the canvas's circle
    # Neighbours all round, so the circle cannot grow: the page prints the two lines.
    for angle in range(0, 360, 45):
        doc.add_node({"label": "Neighbour", "kind": "person",
                      "x": 300.0 + 100 * math.cos(math.radians(angle)),
                      "y": 100 * math.sin(math.radians(angle))})
    info = read_map(doc)
    scale = 6.5 / (13.0 * 1.4)  # names must be printed 1.4 times larger than the map to be 6.5 pt
    shapes, short, _smaller = mapshapes.shapes_at(info, scale)
    assert uncle not in short and shapes[uncle].lines == ("Uncle", "Karim")


def _texts(painter: RecordingPainter) -> list[tuple[float, str]]:
    """(size, text) of each line on page 1 but the circles' names."""
    first = [i for i, call in enumerate(painter.calls) if call[0] == "page"][1:2] or [len(painter.calls)]
    return [(c[3].size, c[3].logical) for c in painter.calls[:first[0]]
            if c[0] == "text" and c[4] != style.RING_LABEL_COLOUR]


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_the_household_goes_under_the_title_when_the_family_circle_has_no_room(size):
    """On the agency map the family's circle cannot grow around four household names: the page
    lists them under its title, and the family's name fits its circle."""
    doc = load_document(next(p for p in EXAMPLES if p.stem == CROWDED))
    painter = RecordingPainter()
    with export_language("en"):
        result = compose.compose_document(doc, PageOptions(size, "auto", language="en"), painter)
    texts = _texts(painter)
    assert any(text.endswith("At home: Amira Haddad (31), Yusuf (12), Lina (8), Omar (3)") and size > 10
               for size, text in texts)
    on_map = [text for size, text in texts if size < 9]  # the title and the key are larger
    assert "Haddad" in on_map and not any("(31)" in t or "(12)" in t for t in on_map)
    assert result.warnings == []


@pytest.mark.parametrize("example", [p for p in EXAMPLES if p.stem != CROWDED], ids=lambda p: p.stem)
def test_a_family_circle_with_room_keeps_its_household(example):
    painter = RecordingPainter()
    with export_language("en"):
        compose.compose_document(load_document(example), PageOptions("letter", "auto", language="en"),
                                 painter)
    texts = [text for _baseline, text in _texts(painter)]
    assert not any("At home" in t for t in texts)
    household = load_document(example).node(load_document(example).centre_id).get("household") or []
    assert household and all(any(m["name"] in t for t in texts) for m in household)


def test_the_examples_need_no_name_under_the_smallest_size(tmp_path):
    """Names are printed 6 pt or more but where a name has room neither inside nor beside its node,
    and never under 5 pt."""
    for example in EXAMPLES:
        for page in PAGES:
            painter = RecordingPainter()
            with export_language(page[2]):
                compose.compose_document(load_document(example), PageOptions(*page[:2], language=page[2]),
                                         painter)
            sizes = [size for size, _text in _texts(painter)]
            assert min(sizes) >= mapshapes.SMALLEST_MAP_TEXT - 1e-6
            if example.stem != CROWDED:
                assert min(sizes) >= compose.MIN_MAP_TEXT - 1e-6



def _centre_radius(painter: RecordingPainter) -> float:
    return next(c[3] for c in painter.of("circle") if c[4] == style.CENTRE_FILL)


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_a_page_to_suit_the_map_turns_whichever_way_draws_the_map_larger(size):
    """The agency map is a fifth wider than tall: on Letter the key under it leaves it more room
    upright than the key beside it does sideways, on A4 the other way round. "To suit the map's
    shape" takes the larger; portrait and landscape, when chosen, are kept."""
    doc = load_document(next(p for p in EXAMPLES if p.stem == CROWDED))
    drawn = {}
    for orientation in ORIENTATIONS:
        painter = RecordingPainter()
        with export_language("en"):
            compose.compose_document(doc, PageOptions(size, orientation, language="en"), painter)
        width, height = painter.pages[0]
        drawn[orientation] = (width > height, _centre_radius(painter))
    assert drawn["portrait"][0] is False and drawn["landscape"][0] is True
    larger = max(("portrait", "landscape"), key=lambda o: drawn[o][1])
    assert drawn["auto"] == drawn[larger]
    assert larger == ("portrait" if size == "letter" else "landscape")
