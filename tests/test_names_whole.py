"""Every name whole, inside its shape, in the same lines on the canvas and on paper."""

from __future__ import annotations

import math
import unicodedata
from pathlib import Path

import pytest
from canvas_support import assert_text_inside_outline
from export_support import RecordingPainter, pdf_text, run

from ecomap_desktop import geometry, style
from ecomap_desktop.export import pdf
from ecomap_desktop.export.compose import mapshapes
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.io.mapfile import load_document
from ecomap_desktop.model.document import Document
from ecomap_desktop.canvas.projection import MapProjection
from ecomap_desktop.wrapping import tokens

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.ecomap"))
PAGES = [PageOptions("letter", "portrait"), PageOptions("a4", "landscape")]
LONG_NAMES = [
    ("person", "Ms. Adaeze Okonkwo-Whitfield (family home visitor)"),
    ("group", "Riverside Community Health and Family Wellness Centre"),
    ("person", "Grandmother Josephine Alvarez-Montenegro, Abuela"),
    ("group", "Lincoln Elementary School Parent Teacher Association"),
    ("person", "Mr. Bartholomew Oyelaran (school counsellor, Year 4)"),
    ("group", "Eastside Community Food Pantry and Clothing Closet"),
    ("person", "Dr. Maria Fernanda Gutierrez-Villanueva, paediatrician"),
    ("group", "Saint Brigid's Catholic Church Youth and Families Group"),
]


def long_names_doc() -> Document:
    """A family map of people and groups with 40-55-character names, around the centre."""
    doc = Document("The Okonkwo-Abernathy family")
    centre = doc.centre_id
    for i, (kind, label) in enumerate(LONG_NAMES):
        angle = 2 * math.pi * i / len(LONG_NAMES)
        node = doc.add_node({"kind": kind, "label": label, "x": round(330 * math.cos(angle), 1),
                             "y": round(300 * math.sin(angle), 1)})
        doc.add_edge(node, centre, {"flow": "to_target" if i % 2 else "both",
                                    "strength": ("strong", "moderate", "tenuous", "stressful")[i % 4]})
    return doc


MAPS = {path.stem: (lambda p=path: load_document(p)) for path in EXAMPLES}
MAPS["long-names"] = long_names_doc


def _missing_words(text: str, found: set[str]) -> list[str]:
    """Words of *text* not among *found*; a hyphenated word may be found whole or as its two lines."""
    missing = []
    for word in text.split():
        parts = [t.strip() for t in tokens(word)]
        if word not in found and not all(part in found for part in parts):
            missing.append(word)
    return missing


def _page_one_text(path: Path) -> str:
    """pdftotext's words of page 1 (both reading modes), as export_support.pdf_text normalises them."""
    parts = [run("pdftotext", "-f", "1", "-l", "1", *mode, path, "-").stdout for mode in ([], ["-raw"])]
    text = unicodedata.normalize("NFKC", "\n".join(parts))
    return " ".join(text.split())


def _drawn_names(doc: Document) -> list[str]:
    names = []
    for node_id in doc.node_ids():
        data = doc.node(node_id)
        names.append(data["label"])
        if data["kind"] == "centre":
            names.append(mapshapes.household_text(data.get("household") or []))
    return [n for n in names if n.strip()]


def test_the_examples_hold_long_names():
    docs = [make() for make in MAPS.values()]
    names = [doc.node(n)["label"] for doc in docs for n in doc.node_ids()]
    assert "Ms. Okonkwo (home visitor)" in names and "Eastside Community Clinic" in names
    assert sum(40 <= len(label) <= 55 for _, label in LONG_NAMES) == len(LONG_NAMES)


@pytest.mark.parametrize("options", PAGES, ids=["letter-portrait", "a4-landscape"])
@pytest.mark.parametrize("name", list(MAPS))
def test_every_word_of_every_name_is_in_the_pdf(tmp_path, name, options):
    doc = MAPS[name]()
    out = tmp_path / "map.pdf"
    report = pdf.export_pdf(doc, out, options)
    words = set(_page_one_text(out).split(" "))  # every name on the map's own page
    for label in _drawn_names(doc):
        missing = _missing_words(label, words)
        assert not missing, (label, missing)
    assert "\u2026" not in pdf_text(out)  # nothing ellipsised
    if name != "02-agency-caseload-map":  # the big agency map is crowded on one page, and says so
        assert report.warnings == []


@pytest.mark.parametrize("options", [PageOptions(size, orientation) for size in ("a4", "letter")
                                     for orientation in ("portrait", "landscape")])
def test_long_names_fit_their_shapes_on_one_page_of_any_paper(options):
    painter = RecordingPainter()
    result = compose.compose_document(long_names_doc(), options, painter)
    assert result.warnings == []  # every name inside its shape, at a readable size
    map_text = [c[3] for c in painter.calls if c[0] == "text" and c[3].logical]
    assert min(line.size for line in map_text) >= compose.MIN_MAP_TEXT


@pytest.mark.parametrize("name", list(MAPS))
def test_canvas_names_are_whole_and_inside_their_shapes(qapp, name):
    doc = MAPS[name]()
    scene = MapProjection(doc)
    for node_id in doc.node_ids():
        item = scene.node_item(node_id)
        label = " ".join(doc.node(node_id)["label"].split())
        lines = item.text_lines()
        assert "".join(lines).replace(" ", "") .startswith(label.replace(" ", "")), (label, lines)
        assert_text_inside_outline(item)


@pytest.mark.parametrize("name", list(MAPS))
def test_a_name_breaks_into_the_same_lines_on_the_canvas_and_on_paper(qapp, name):
    doc = MAPS[name]()
    scene = MapProjection(doc)
    info = compose.read_map(doc)
    for node_id in doc.node_ids():
        shape = info.shapes[node_id]
        item = scene.node_item(node_id)
        assert item.text_lines() == list(shape.lines + shape.household)
        # And the same size of shape (the two measures of the one font file agree to a point).
        for canvas, paper in zip(item.outline(), shape.outline):
            assert canvas == pytest.approx(paper, abs=1.0)


def test_a_crowded_page_keeps_names_whole_and_arrowheads_clear_of_their_patches():
    doc = Document("The Haddad-Okonkwo family")
    centre = doc.centre_id
    for i in range(36):
        angle = 2 * math.pi * i / 36
        node = doc.add_node({"label": f"Neighbour number {i} from the flats", "x": 1100 * math.cos(angle),
                             "y": 1100 * math.sin(angle)})
        doc.add_edge(node, centre, {"flow": "both"})
    painter = RecordingPainter()
    result = compose.compose_document(doc, PageOptions("letter", "portrait"), painter)
    assert result.warnings and "7 pt" in result.warnings[0] and "larger page" in result.warnings[0]
    texts = [c[3].logical for c in painter.of("text")]
    for i in range(36):
        assert f"Neighbour number {i} from the flats" in " ".join(texts)
    calls = painter.calls
    patches = [(k, c) for k, c in enumerate(calls) if c[0] == "rrect" and c[9] < 1.0]
    assert patches
    heads = [(k, c[1]) for k, c in enumerate(calls) if c[0] == "polygon"]
    assert len(heads) >= 2 * 36  # both arrowheads of every connection: the flow of support shows
    for k, points in heads:
        for j, (_, x, y, w, h, *_rest) in patches:
            if any(x + 0.5 < px < x + w - 0.5 and y + 0.5 < py < y + h - 0.5 for px, py in points):
                # An arrowhead reaching into a name's patch (two patches meeting) is drawn above it.
                assert k > j


def test_rivera_arrowheads_at_the_centre_are_never_under_a_name():
    doc = MAPS["01-rivera-family"]()
    for options in PAGES:
        painter = RecordingPainter()
        compose.compose_document(doc, options, painter)
        # Names fit their shapes: no patch behind any name, so nothing is drawn over an arrowhead.
        assert not [c for c in painter.of("rrect") if c[9] < 1.0]
        centre = next(c for c in painter.of("circle") if c[4] == style.CENTRE_FILL)
        _, cx, cy, r = centre[:4]
        tips = [poly[1][0] for poly in painter.of("polygon")]
        at_centre = [t for t in tips if abs(math.hypot(t[0] - cx, t[1] - cy) - r) < 0.5]
        assert len(at_centre) >= 8  # every support flowing to the family arrives at its circle


def test_enlarged_canvas_text_grows_its_shape_and_the_lines_follow(qapp):
    """Zoomed out (or with larger text), names are drawn larger: their shapes grow to hold them."""
    doc = MAPS["01-rivera-family"]()
    projection = MapProjection(doc)
    clinic = next(n for n in doc.node_ids() if doc.node(n)["label"] == "Housing Authority")
    item = projection.node_item(clinic)
    before = item.outline()
    projection.set_view_scale(0.4)
    boost = projection.text_boost()
    assert boost > 1
    half_w, half_h, _ = item.outline()
    assert half_w > before[0]
    checked = False
    text = item.text_rect()  # the enlarged text, in the item's coordinates
    assert text.width() / 2 <= half_w and text.height() / 2 <= half_h
    for edge_id in projection.edge_ids():
        ends = projection.edge_item(edge_id).drawn_ends()
        data = doc.edge(edge_id)
        if clinic in (data["source"], data["target"]) and ends:
            end = ends[0] if data["source"] == clinic else ends[1]
            x, y = doc.node_position(clinic)
            dx, dy = end.x() - x, end.y() - y
            assert math.hypot(dx, dy) == pytest.approx(geometry.outline_distance(item.outline(), dx, dy),
                                                       abs=0.5)
            checked = True
    assert checked
    projection.set_view_scale(1.0)
    assert item.outline() == before
