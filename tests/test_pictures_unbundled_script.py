"""Pictures of a map with a name in a script none of the bundled fonts has (Devanagari, Khmer)."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

from ecomap_desktop.io.mapfile import save_document
from ecomap_desktop.model.document import Document

SVG = "{http://www.w3.org/2000/svg}"
UNBUNDLED = "नमस्ते दीदी"  # Devanagari: no bundled font, and reportlab could not shape it anyway


def _cli(*args) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # the CLI picks offscreen itself
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "ecomap_desktop", *map(str, args)], capture_output=True,
                          text=True, env=env, check=False)


def _map(tmp_path, *labels: str):
    doc = Document("Family")
    for i, label in enumerate(labels):
        doc.add_node({"label": label, "x": 300.0, "y": 150.0 * i})
    path = tmp_path / "family.ecomap"
    save_document(doc, path)
    return path


def test_an_svg_of_a_name_no_bundled_font_has_is_written_with_the_name_as_text(tmp_path):
    # Qt drew the name with its "box" engine, whose raw font crashed the export (a segfault, which
    # in the window closes the app with the map unsaved).
    out = tmp_path / "map.svg"
    result = _cli("export", _map(tmp_path, UNBUNDLED, "Ana"), out)
    assert result.returncode == 0, result.stderr[-500:]
    root = ET.parse(out).getroot()
    texts = {"".join(t.itertext()): t for t in root.iter(f"{SVG}text")}
    # Its lines stay visible text, for the reader's own fonts; the others are outlines as before.
    lines = [t for words, t in texts.items() if any("\u0900" <= c <= "\u097f" for c in words)]
    assert " ".join("".join(t.itertext()) for t in lines) == UNBUNDLED
    assert all(t.get("opacity") != "0" for t in lines)
    assert texts["Ana"].get("opacity") == "0"
    assert len(list(root.iter(f"{SVG}use"))) >= 3


def test_a_pdf_marks_each_character_no_bundled_font_has(tmp_path):
    # reportlab drew such characters as nothing: a name in Devanagari left an empty circle, and
    # the warning spoke of boxes nobody could see.
    from ecomap_desktop.export import pdf
    from ecomap_desktop.export.options import PageOptions

    doc = Document("Family")
    doc.add_node({"label": UNBUNDLED, "x": 300.0, "y": 0.0})
    doc.add_node({"label": "Abuela \U0001F33B", "x": -300.0, "y": 0.0})
    out = tmp_path / "map.pdf"
    report = pdf.export_pdf(doc, out, PageOptions("a4", "portrait"))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    # न म स त, द ी द ी: eight (the virama and the vowel signs that combine go with them), and the flower.
    assert text.count("\ufffd") == 9
    assert "Abuela" in text
    assert len(report.warnings) == 1 and "\ufffd" in report.warnings[0]


def test_a_picture_of_a_name_no_bundled_font_has_says_so_in_one_line(tmp_path):
    # The PNG showed empty boxes without a word, and Qt wrote hundreds of lines about fonts to
    # the terminal instead.
    source = _map(tmp_path, UNBUNDLED, "Ana")
    for out in ("map.png", "map.svg"):
        result = _cli("export", source, tmp_path / out)
        assert result.returncode == 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "none of the bundled fonts" in lines[0], result.stderr[:300]
    # Names in the bundled scripts say nothing.
    source = _map(tmp_path, "Ana", "Nguyễn Thị Hương", "فاطمة", "שרה", "王小明")
    result = _cli("export", source, tmp_path / "plain.png")
    assert result.returncode == 0 and result.stderr == ""
