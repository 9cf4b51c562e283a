"""The blank worksheet PDF for visits without a laptop."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from export_support import RecordingPainter, pdf_fonts, pdf_info, pdf_language, pdf_text, qpdf_ok

from ecomap_desktop import APP_NAME, __version__, style
from ecomap_desktop.export import worksheet
from ecomap_desktop.export.compose import measures as compose
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.model.vocabulary import default_legend


@pytest.mark.parametrize(
    "page_size,orientation,expect",
    [("letter", "portrait", "612 x 792"), ("a4", "portrait", "595.276 x 841.89"),
     ("letter", "landscape", "792 x 612"), ("a4", "landscape", "841.89 x 595.276")],
)
def test_worksheet_is_one_valid_page(tmp_path, page_size, orientation, expect):
    out = tmp_path / "sheet.pdf"
    worksheet.export_worksheet(out, PageOptions(page_size, orientation))
    assert qpdf_ok(out)
    info = pdf_info(out)
    assert info["Pages"] == "1"
    assert info["Page size"].startswith(expect)
    assert info["Author"] == ""
    assert info["Producer"] == f"{APP_NAME} {__version__}"
    text = pdf_text(out)
    for words in ("My circle of support", "Name:", "Date:", "One thing I will do this week",
                  "Closest", "Friends", "Taking part", "Paid helpers"):
        assert words in text, words
    for entry in default_legend():
        assert entry["label"] in text
    assert all(row[-5] == "yes" for row in pdf_fonts(out))


def test_worksheet_draws_rings_centre_empty_shapes_and_lines_to_write_on():
    painter = RecordingPainter()
    worksheet.compose_worksheet(painter, PageOptions("a4", "portrait"))
    rings = [c for c in painter.of("circle") if c[5] == style.RING_COLOUR]
    assert len(rings) == 4
    assert len([c for c in painter.of("circle") if c[4] == style.CENTRE_FILL]) == 1
    empty_people = [c for c in painter.of("circle") if c[4] == "#ffffff"]
    empty_groups = [c for c in painter.of("rrect") if c[6] == "#ffffff" and c[7] == style.NODE_OUTLINE]
    assert len(empty_people) >= 6 and len(empty_groups) >= 3
    assert len([c for c in painter.of("line") if c[6] == compose.COMMIT_RULE]) >= compose.COMMIT_BLANK_LINES
    # Every shape stays on the page.
    width, height = painter.pages[0]
    for call in painter.of("circle"):
        _, cx, cy, r = call[:4]
        assert r <= cx <= width - r and r <= cy <= height - r


def test_worksheet_is_deterministic():
    options = PageOptions("letter", "portrait")
    assert worksheet.worksheet_bytes(options) == worksheet.worksheet_bytes(options)


@pytest.mark.parametrize("language", ["en", "es"])
def test_worksheet_declares_its_language(tmp_path, language):
    out = tmp_path / "sheet.pdf"
    worksheet.export_worksheet(out, PageOptions("a4", "portrait", language=language))
    assert pdf_language(out) == language


def test_worksheet_failure_writes_nothing(tmp_path):
    out = tmp_path / "missing" / "sheet.pdf"
    with pytest.raises(MapFileError):
        worksheet.export_worksheet(out)
    assert not out.exists()


def _cli(*args) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ecomap_desktop", *map(str, args)], capture_output=True,
                          text=True, env=env, check=False)


def test_cli_worksheet(tmp_path):
    out = tmp_path / "sheet.pdf"
    result = _cli("worksheet", out, "--page-size", "letter")
    assert result.returncode == 0, result.stderr
    assert pdf_info(out)["Page size"].startswith("612 x 792")
    assert _cli("worksheet", tmp_path / "sheet.png").returncode == 2
    assert _cli("worksheet", out, "--page-size", "b5").returncode == 2
    failed = _cli("worksheet", tmp_path / "nowhere" / "sheet.pdf")
    assert failed.returncode == 1 and len(failed.stderr.strip().splitlines()) == 1
