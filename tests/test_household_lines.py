"""Who lives at home, in the family's circle: a line breaks only between two members, so a member's
name and age are read together ("Amira Haddad (31)," never "Amira Haddad" / "(31), Yusuf"), on the
page (the PDF's own words) and on the canvas, which share one rule."""

from __future__ import annotations

import math

import pytest
from paper_support import page_words

from ecomap_desktop.export import pdf
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.model.document import Document

HOUSEHOLD = [{"name": "Amira Haddad", "age": "31"}, {"name": "Yusuf", "age": "12"},
             {"name": "Lina", "age": "8"}, {"name": "Omar", "age": "3"}]
MEMBERS = ["Amira Haddad (31)", "Yusuf (12)", "Lina (8)", "Omar (3)"]


def _family(helpers: int, radius: float) -> Document:
    """The family with its household, and *helpers* people around it *radius* units away."""
    doc = Document("Haddad family")
    doc.set_node(doc.centre_id, {"household": HOUSEHOLD})
    for i in range(helpers):
        angle = 2 * math.pi * i / helpers
        node = doc.add_node({"label": f"Helper {i}", "kind": "person", "category": "friend",
                             "x": radius * math.cos(angle), "y": radius * math.sin(angle)})
        doc.add_edge(doc.centre_id, node, {"strength": "moderate", "flow": "none"})
    return doc


def _lines(words) -> list[str]:
    """The page's words put together in lines: words whose letters share a middle height."""
    rows: dict[float, list] = {}
    for word, (left, top, _right, bottom) in words:
        middle = round((top + bottom) / 2)
        key = next((k for k in rows if abs(k - middle) <= 1), middle)
        rows.setdefault(key, []).append((left, word))
    return [" ".join(word for _left, word in sorted(row)) for row in rows.values()]


def _assert_members_whole(lines: list[str]) -> None:
    household = [line for line in lines if any(age in line for age in ("(31)", "(12)", "(8)", "(3)"))]
    assert household, lines
    text = " ".join(household)
    for member in MEMBERS:
        assert member in text
        # The member starts and ends on one line.
        assert any(member in line for line in household), (member, household)


@pytest.mark.parametrize(("helpers", "radius"), [(0, 0.0), (8, 200.0), (40, 300.0)])
def test_a_household_member_and_their_age_share_a_line_on_paper(tmp_path, helpers, radius):
    out = tmp_path / "map.pdf"
    pdf.export_pdf(_family(helpers, radius), out, PageOptions("letter", "auto", language="en"))
    lines = _lines(page_words(out))
    _assert_members_whole([line for line in lines if not line.startswith("At home")])


def test_a_household_member_and_their_age_share_a_line_on_screen(qapp):
    from ecomap_desktop.canvas.items.node_item import NodeItem

    item = NodeItem("n", "centre", "Haddad family", household=MEMBERS)
    lines = item.text_lines()
    assert lines[0] == "Haddad family"
    _assert_members_whole(lines[1:])
    assert len(lines) > 2  # the list still breaks, between members


def test_a_squeezed_family_circle_wraps_its_household_between_members_only():
    """Where the family's circle has no room to grow, the page wraps its words shorter to draw them
    larger inside it (compact_of): still never between a member's name and age."""
    from ecomap_desktop.export.compose.mapinfo import read_map
    from ecomap_desktop.export.compose.mapshapes import compact_of

    info = read_map(_family(0, 0.0))
    squeezed = compact_of(info.centre, info.shapes[info.centre.id])
    _assert_members_whole(list(squeezed.household))


def test_a_member_too_long_for_one_line_breaks_between_words_never_inside_one(qapp):
    """A long name (a double surname) wider than any line the circle has: it breaks at its spaces,
    as every other name does, with its age kept on the last word; no word is ever cut in two."""
    from ecomap_desktop.canvas.items.node_item import NodeItem

    long_name = "Maria Fernanda de los Santos Villalobos (45)"
    item = NodeItem("n", "centre", "Santos family", household=[long_name, "Jo (3)"])
    household = item.text_lines()[1:]
    assert len(household) > 1
    words = " ".join(household).replace(",", "").split()
    assert words == "Maria Fernanda de los Santos Villalobos (45) Jo (3)".split(), household
    assert not any(line.startswith("(45)") for line in household), household
