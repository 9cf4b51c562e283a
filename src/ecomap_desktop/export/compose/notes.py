"""The conversation as flowing text: step notes, the reflection, worker's notes and insights, in rows.

The commitment box among them is drawn as its own row (commitment_row).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...i18n import translate as _tr
from ...model.vocabulary import STEPS
from .. import text as T
from .mapinfo import MapInfo
from .measures import (
    BODY_LEADING,
    BODY_SIZE,
    COMMIT_BLANK_LINES,
    COMMIT_BORDER,
    COMMIT_FILL,
    COMMIT_RULE,
    COMMIT_RULE_GAP,
    COMMIT_TEXT_SIZE,
    COMMIT_TITLE_SIZE,
    HEADING_SIZE,
    TEXT,
)
from .painter import Painter


# Headings for the conversation steps, in our own words (the guide's steps, not its wording).
STEP_HEADINGS = {
    "support": QT_TRANSLATE_NOOP("Export", "What support means for us"),
    "people": QT_TRANSLATE_NOOP("Export", "The people in our life"),
    "groups": QT_TRANSLATE_NOOP("Export", "Groups and places we are part of"),
    "strength": QT_TRANSLATE_NOOP("Export", "How each connection feels"),
    "next": QT_TRANSLATE_NOOP("Export", "What we would like next"),
}

@dataclass
class Row:
    """One unbreakable piece of the flowing text: a line, a heading or the commitment box."""

    height: float
    draw: object  # callable(painter, x, y_top, width)
    keep_with_next: bool = False
    space_before: float = 0.0

# The notes on people, groups and connections a page holds at most, in characters (some 300
# pages). A map may hold more, up to its file-size cap, but no one reads such a printout and it
# would take minutes to make.
MAX_PRINTED_NOTES = 1_000_000


def conversation_blocks(info: MapInfo, include_worker_notes: bool) -> list[tuple[str, str]]:
    """(kind, text) blocks in reading order: headings, paragraphs, then the commitment."""
    blocks: list[tuple[str, str]] = []
    for step in STEPS:
        note = (info.step_notes.get(step) or "").strip()
        if note:
            blocks += [("heading", _tr("Export", STEP_HEADINGS[step])), ("para", note)]
    if info.reflection.strip():
        blocks += [("heading", _tr("Export", "Looking at the map together")),
                   ("para", info.reflection.strip())]
    blocks.append(("commitment", info.commitment.strip()))
    if include_worker_notes:
        if info.worker_notes.strip():
            blocks += [("heading", _tr("Export", "Worker's notes")), ("para", info.worker_notes.strip())]
        node_notes = [n for n in info.nodes.values() if n.notes.strip()]
        edge_notes = [e for e in info.edges if e.note.strip()]
        if node_notes or edge_notes:
            blocks.append(("heading", _tr("Export", "Notes on people, groups and connections")))
            paras = [f"{n.label.strip() or '?'}: {n.notes.strip()}" for n in node_notes]
            for e in edge_notes:
                a, b = info.nodes[e.source].label.strip(), info.nodes[e.target].label.strip()
                paras.append(f"{a} \u2013 {b}: {e.note.strip()}")
            printed = 0
            for para in paras:
                printed += len(para)
                if printed > MAX_PRINTED_NOTES:
                    blocks.append(("para", _tr("Export", "The other notes are too long to print; they are "
                                               "kept in the map.")))
                    break
                blocks.append(("para", para))
    return blocks

def insight_blocks(info: MapInfo) -> list[tuple[str, str]]:
    """What the map shows (analysis.insights), as a heading and one paragraph per sentence."""
    from ...analysis.insights import compute_from_parts, sentences

    found = compute_from_parts(((n.id, n.kind, n.category, n.label) for n in info.nodes.values()),
                               ((e.source, e.target, e.strength, e.flow) for e in info.edges), info.title)
    return [("heading", _tr("Export", "What the map shows"))] + [("para", s) for s in sentences(found)]

def _text_row(line: T.TextLine, leading: float, colour: str, space_before: float = 0.0,
              keep: bool = False) -> Row:
    def draw(p: Painter, x: float, y: float, w: float) -> None:
        if line.rtl:
            p.text(x + w, y + line.size * 0.95, line, colour, "right")
        else:
            p.text(x, y + line.size * 0.95, line, colour)

    return Row(leading, draw, keep, space_before)

def block_rows(kind: str, content: str, width: float) -> list[Row]:
    """The rows of one heading or paragraph of the conversation."""
    rows: list[Row] = []
    if kind == "heading":
        lines = T.wrap_lines(content, HEADING_SIZE, width, bold=True)
        for i, line in enumerate(lines):
            rows.append(_text_row(line, HEADING_SIZE * 1.45, TEXT, 10.0 if i == 0 else 0.0, keep=True))
    elif kind == "para":
        lines = T.wrap_lines(content, BODY_SIZE, width)
        last = len(lines) - 1
        for i, line in enumerate(lines):
            # No line of a paragraph alone at the foot or the top of a page: its first two lines
            # stay together and so do its last two (a note of three lines or fewer stays whole).
            keep = i < last and (i == 0 or i == last - 1 or last <= 2)
            rows.append(_text_row(line, BODY_LEADING, TEXT, keep=keep))
        rows.append(Row(4.0, lambda *a: None))
    return rows

def rows_height(rows: list[Row]) -> float:
    return sum(r.height + (r.space_before if i else 0.0) for i, r in enumerate(rows))


def commitment_row(text: str, width: float, min_height: float = 0.0) -> Row:
    """The box for "one thing I will do this week", with the parent's words or lines to write on.

    With *min_height* the box is stretched to that height (and, when blank, gets more lines)."""
    pad = 12.0
    title = T.wrap_lines(_tr("Export", "One thing I will do this week\u2026"), COMMIT_TITLE_SIZE,
                         width - 2 * pad, bold=True)
    body = T.wrap_lines(text, COMMIT_TEXT_SIZE, width - 2 * pad) if text else []
    title_h = len(title) * COMMIT_TITLE_SIZE * 1.3
    blank_lines = COMMIT_BLANK_LINES
    body_h = len(body) * COMMIT_TEXT_SIZE * 1.45 if body else blank_lines * COMMIT_RULE_GAP
    height = pad + title_h + 6 + body_h + pad
    if min_height > height:
        if not body:
            blank_lines += int((min_height - height) // COMMIT_RULE_GAP)
        height = min_height

    def draw(p: Painter, x: float, y: float, w: float) -> None:
        p.rounded_rect(x, y, w, height, 8.0, COMMIT_FILL, COMMIT_BORDER, 1.6)
        ty = y + pad
        for line in title:
            p.text(x + pad, ty + COMMIT_TITLE_SIZE * 0.95, line, TEXT)
            ty += COMMIT_TITLE_SIZE * 1.3
        ty += 6
        if body:
            for line in body:
                if line.rtl:
                    p.text(x + w - pad, ty + COMMIT_TEXT_SIZE * 1.0, line, TEXT, "right")
                else:
                    p.text(x + pad, ty + COMMIT_TEXT_SIZE * 1.0, line, TEXT)
                ty += COMMIT_TEXT_SIZE * 1.45
        else:
            for _ in range(blank_lines):
                ty += COMMIT_RULE_GAP
                p.line(x + pad, ty - 4, x + w - pad, ty - 4, 0.7, COMMIT_RULE)

    return Row(height, draw, False, 10.0)

def build_rows(blocks: list[tuple[str, str]], width: float) -> list[Row]:
    """The conversation's rows: its text (notes.block_rows) and the commitment box in its place."""
    rows: list[Row] = []
    for kind, content in blocks:
        if kind == "commitment":
            rows.append(commitment_row(content, width))
        else:
            rows += block_rows(kind, content, width)
    return rows
