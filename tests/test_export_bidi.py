"""Right-to-left text on paper reads as on screen: brackets mirrored, one direction per paragraph."""

from __future__ import annotations

import re

import pytest
from export_support import qpdf_ok, run

from ecomap_desktop.export import pdf
from ecomap_desktop.export import text as T
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.model.document import Document

ARABIC_NAME = "فاطمة الزهراء"
# Latin first, one Arabic word on the second of its three lines on an A4 page.
MIXED_NOTE = ("We talked for a long while about the week, the school run and the bus, and then about her "
              "aunt Fatima, who is called فاطمة at home, and who could help on Tuesdays when the clinic "
              "is open late and the buses are few.")


def _drawn(line: T.TextLine) -> str:
    return "".join(text for _font, text in line.runs)


def test_a_household_member_s_age_prints_in_brackets_that_open_and_close(tmp_path):
    doc = Document("Familia")
    doc.set_node(doc.centre_id, {"household": [{"name": ARABIC_NAME, "age": "12"}]})
    out = tmp_path / "household.pdf"
    pdf.export_pdf(doc, out, PageOptions("a4", "portrait"))
    assert qpdf_ok(out)
    raw = run("pdftotext", "-raw", out, "-").stdout
    assert "(12)" in raw
    assert ")12(" not in raw


@pytest.mark.parametrize("pair", ["()", "[]", "{}", "<>", "«»"])
def test_every_bracket_pair_is_mirrored_in_a_right_to_left_run(pair):
    opening, closing = pair
    line = T.make_line(f"{ARABIC_NAME} {opening}12{closing}", 10.0)
    drawn = _drawn(line)
    # Drawn left to right, the bracket that opens is to the left of the number, as Qt shows it.
    assert drawn.index(opening) < drawn.index("12") < drawn.index(closing), drawn
    # Brackets in a left-to-right run are left alone.
    assert _drawn(T.make_line(f"Ana {opening}café friend{closing} {ARABIC_NAME}", 10.0)).startswith(
        f"Ana {opening}café friend{closing} ")


def test_a_right_to_left_paragraph_gives_every_line_its_direction():
    # Arabic first: every line reads right to left and aligns right, even a line of Latin words,
    # whose full stop ends the sentence on its left (as Qt draws a right-to-left paragraph).
    lines = T.wrap_lines("فاطمة تساعد كل يوم Ana Maria.\nAna Maria.", 10.0, 90.0)
    assert [line.logical for line in lines] == ["فاطمة تساعد كل يوم", "Ana Maria.", "Ana Maria."]
    assert [line.rtl for line in lines] == [True, True, False]
    assert _drawn(lines[1]) == ".Ana Maria"
    assert _drawn(lines[2]) == "Ana Maria."


def test_a_latin_paragraph_with_one_arabic_word_keeps_every_line_on_the_left_margin(tmp_path):
    doc = Document("Familia")
    doc.set_meta("reflection", MIXED_NOTE)
    out = tmp_path / "notes.pdf"
    pdf.export_pdf(doc, out, PageOptions("a4", "portrait"))
    assert qpdf_ok(out)
    layout = run("pdftotext", "-bbox-layout", out, "-").stdout
    block = next(b for b in re.findall(r"<block.*?</block>", layout, re.S) if "Tuesdays" in b)
    starts = [float(x) for x in re.findall(r'<line xMin="([\d.]+)"', block)]
    assert len(starts) >= 3
    assert max(starts) - min(starts) < 0.5, starts
