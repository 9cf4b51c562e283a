"""SVG and PNG pictures of the canvas, through Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from export_support import GROUP_NAMES, LEGEND, SCRIPT_NAMES, sample_doc

from ecomap_desktop.export import images
from ecomap_desktop.export.options import ExportError
from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import save_document
from ecomap_desktop.model.document import Document
from ecomap_desktop.model.vocabulary import ModelError

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def doc():
    return sample_doc()


def _svg_texts(data: bytes) -> str:
    root = ET.fromstring(data)
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


def test_svg_parses_and_holds_every_label_and_legend_entry(qapp, tmp_path, doc):
    out = tmp_path / "map.svg"
    images.export_svg(doc, out)
    text = _svg_texts(out.read_bytes())
    for label in SCRIPT_NAMES + GROUP_NAMES + ["Familia Núñez"]:
        assert label in text, label
    for entry in LEGEND:
        assert entry["label"] in text
    root = ET.fromstring(out.read_bytes())
    assert root.tag == f"{SVG}svg"
    assert root.find(f".//{SVG}image") is None  # vectors and text, not the canvas's cached bitmaps
    # Metadata travels with the file: a generic title, never the map's (usually the family's name).
    assert root.find(f"{SVG}title").text == "Eco-map"
    assert "Our circle of support" not in "".join(root.find(f"{SVG}title").itertext())


XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


def _svg_image(data: bytes, width: int):
    """The SVG drawn by Qt's own SVG renderer (glyph outlines and shapes; no font of the machine's)."""
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(data))
    assert renderer.isValid()
    box = renderer.viewBoxF()
    image = QImage(width, round(box.height() * width / box.width()), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def _without(data: bytes, unwanted) -> bytes:
    """The SVG without the elements *unwanted* picks."""
    ET.register_namespace("", SVG[1:-1])
    ET.register_namespace("xlink", XLINK_HREF[1:XLINK_HREF.index("}")])
    root = ET.fromstring(data)
    for parent in list(root.iter()):
        for child in list(parent):
            if unwanted(child):
                parent.remove(child)
    return ET.tostring(root)


def _share_unlike(a, b) -> float:
    """The share of pixels whose lightness differs clearly, on images smoothed to a third of their size
    (so that two renderers' anti-aliasing of the same line does not count)."""
    from PySide6.QtCore import Qt

    def smooth(image):
        return image.scaled(image.width() // 3, image.height() // 3, Qt.AspectRatioMode.IgnoreAspectRatio,
                            Qt.TransformationMode.SmoothTransformation)

    a, b = smooth(a), smooth(b)
    width, height = min(a.width(), b.width()), min(a.height(), b.height())
    unlike = sum(1 for y in range(height) for x in range(width)
                 if abs(a.pixelColor(x, y).lightness() - b.pixelColor(x, y).lightness()) > 64)
    return unlike / (width * height)


def test_svg_scales_to_its_window_and_draws_names_as_outlines(qapp, doc):
    root = ET.fromstring(images.svg_bytes(doc))
    # A browser fits it to the window: a viewBox, and a size relative to the window, not millimetres.
    x, y, width, height = (float(v) for v in root.get("viewBox").split())
    assert (x, y) == (0, 0) and width > 100 and height > 100
    assert root.get("width") == root.get("height") == "100%"
    # Every name is drawn with glyph outlines placed by Qt; the words stay as invisible text for search
    # and screen readers, so no reader's choice of font can change the picture.
    glyphs = {path.get("id") for path in root.iter(f"{SVG}path") if path.get("id")}
    uses = list(root.iter(f"{SVG}use"))
    assert len(glyphs) > 50 and len(uses) > len(glyphs)
    assert {use.get(XLINK_HREF)[1:] for use in uses} <= glyphs
    texts = list(root.iter(f"{SVG}text"))
    assert texts and all(t.get("opacity") == t.get("fill-opacity") == "0" for t in texts)
    families = {e.get("font-family") for e in root.iter() if e.get("font-family")}
    assert families and all(f.endswith(", sans-serif") for f in families)  # never a serif stand-in
    assert all("'Noto Sans" in t.get("font-family") for t in texts)  # the bundled typeface, named


def test_svg_is_the_pngs_picture_whatever_fonts_the_reader_has(qapp, doc):
    # At the picture's own size (about 980 units wide): a much smaller PNG draws names larger, in
    # shapes grown to hold them, to keep them legible, as a zoomed-out canvas does.
    width = 1000
    svg = images.svg_bytes(doc)
    drawn = _svg_image(svg, width)
    # The <text> adds no ink: a reader with other fonts, or none, draws the same picture.
    no_text = _svg_image(_without(svg, lambda e: e.tag == f"{SVG}text"), width)
    assert drawn == no_text
    # The outlines sit where the app's PNG draws the names: without them the pictures differ far more.
    png = _image_from(images.png_bytes(doc, width))
    glyph_group = lambda e: e.tag == f"{SVG}g" and len(e) and e[0].tag == f"{SVG}use"  # noqa: E731
    no_names = _svg_image(_without(svg, glyph_group), width)
    assert _share_unlike(png, drawn) < _share_unlike(png, no_names) / 3


def test_svg_with_a_pasted_control_character_still_parses(qapp):
    # The map refuses control characters in names (issue #13); should one reach a picture anyway (a
    # graph put in place directly), the SVG still parses.
    with pytest.raises(ModelError):
        Document("Ana\x01 Díaz")
    doc = Document("Ana Díaz")
    person = doc.add_node({"label": "Tía Rosa", "x": 150.0, "y": 0.0})
    graph = doc.graph_copy()
    graph.nodes[doc.centre_id]["label"] = "Ana\x01 Díaz"
    graph.nodes[person]["label"] = "Tía\x0b Rosa"
    doc.replace_graph(graph)
    root = ET.fromstring(images.svg_bytes(doc))
    assert "Tía Rosa" in " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


def _image_from(data: bytes):
    from PySide6.QtGui import QImage

    image = QImage.fromData(data)
    assert not image.isNull()
    return image


def _image(path):
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    return image


@pytest.mark.parametrize("width", [2000, 640])
def test_png_has_the_asked_width_and_a_drawing(qapp, tmp_path, doc, width):
    out = tmp_path / "map.png"
    images.export_png(doc, out, width=width)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = _image(out)
    assert image.width() == width
    assert 0.3 < image.height() / width < 1.5
    # White background at the corner, and ink somewhere in the middle.
    assert image.pixelColor(image.width() - 1, image.height() - 1).name() == "#ffffff"
    dark = sum(
        1
        for x in range(0, image.width(), max(1, image.width() // 200))
        for y in range(0, image.height(), max(1, image.height() // 200))
        if image.pixelColor(x, y).lightness() < 120
    )
    assert dark > 50


def test_png_refuses_silly_widths(qapp, doc):
    with pytest.raises(ExportError):
        images.png_bytes(doc, width=5)


def test_picture_failure_writes_nothing(qapp, tmp_path, doc):
    out = tmp_path / "missing" / "map.png"
    with pytest.raises(MapFileError):
        images.export_png(doc, out, width=300)
    assert not out.exists()


def test_rings_only_when_a_node_is_in_one(qapp):
    doc = Document("C")
    doc.add_node({"label": "Near", "x": 150.0, "y": 0.0, "ring": "closest"})
    picture = images._Picture(doc)
    try:
        assert picture.scene.rings_visible()
        assert picture.scene.ring_item().ring_names() == ["Closest"]
    finally:
        picture.close()
    plain = images._Picture(Document("C"))
    try:
        assert not plain.scene.rings_visible()
    finally:
        plain.close()


def _cli(*args) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # the CLI picks offscreen itself
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "ecomap_desktop", *map(str, args)], capture_output=True,
                          text=True, env=env, check=False)


def test_cli_png_and_svg(qapp, tmp_path):
    source = tmp_path / "family.ecomap"
    save_document(sample_doc(), source)
    result = _cli("export", source, tmp_path / "map.png", "--width", "800")
    assert result.returncode == 0, result.stderr
    assert _image(tmp_path / "map.png").width() == 800
    result = _cli("export", source, tmp_path / "map.svg")
    assert result.returncode == 0, result.stderr
    assert "王小明" in _svg_texts((tmp_path / "map.svg").read_bytes())
    assert _cli("export", source, tmp_path / "x.png", "--width", "0").returncode == 2
    failed = _cli("export", source, tmp_path / "nowhere" / "map.png")
    assert failed.returncode == 1 and len(failed.stderr.strip().splitlines()) == 1


def test_a_long_stressful_line_s_cross_ticks_are_one_path_in_an_svg(qapp):
    # Each tick as an element of its own made a big map's SVG huge and slow to open.
    doc = Document("Centre")
    far = doc.add_node({"label": "Far away", "x": 1500.0, "y": 300.0})
    doc.add_edge(doc.centre_id, far, {"strength": "stressful"})
    root = ET.fromstring(images.svg_bytes(doc))
    shapes = [e for e in root.iter() if e.tag in (f"{SVG}path", f"{SVG}polyline", f"{SVG}line")]
    moves = max(e.get("d", "").count("M") for e in shapes if e.tag == f"{SVG}path")
    assert moves >= 60  # the line's ~85 ticks are drawn, in one path
    assert len(shapes) < 100  # not one element per tick


def _listeners(doc: Document) -> dict[str, int]:
    """How many slots listen to each of the document's signals."""
    meta = doc.metaObject()
    signals = [meta.method(i) for i in range(meta.methodOffset(), meta.methodCount())]
    return {bytes(m.methodSignature()).decode(): doc.receivers("2" + bytes(m.methodSignature()).decode())
            for m in signals if m.methodType() == m.MethodType.Signal}


def test_an_exports_private_scene_stops_listening_to_the_document_when_done(qapp):
    # As a script runs it: Qt's deferred deletes never run between the exports and the reset.
    doc = sample_doc()
    before = _listeners(doc)
    assert "reset()" in before and "node_added(QString)" in before
    images.png_bytes(doc, 300)
    images.svg_bytes(doc)
    with pytest.raises(ExportError):
        images.png_bytes(doc, 5)
    assert _listeners(doc) == before
    # The document can be reset and changed with nothing left over from the exports reacting.
    doc.replace_graph(doc.graph_copy())
    assert images.png_bytes(doc, 300).startswith(b"\x89PNG")
    assert _listeners(doc) == before
