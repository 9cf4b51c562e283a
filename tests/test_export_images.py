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
from ecomap_desktop.io.mapfile import MapFileError, save_document
from ecomap_desktop.model.document import Document

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
    assert root.find(f"{SVG}title").text == "Our circle of support"


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
