"""Shared helpers for the export tests: sample maps, poppler/qpdf runners, a recording painter."""

from __future__ import annotations

import math
import re
import subprocess
import unicodedata
from pathlib import Path

from ecomap_desktop.model.document import Document

#: Names in several scripts: Spanish, Vietnamese, Chinese, Arabic, Hebrew, Russian, Thai, Amharic.
SCRIPT_NAMES = [
    "José Núñez",
    "Nguyễn Thị Hương",
    "王小明",
    "فاطمة",
    "שרה כהן",
    "Ольга",
    "สมชาย",
    "ሰላም",
]
GROUP_NAMES = ["St. Mary's Church", "Lincoln Elementary", "Clínica del Pueblo"]
LEGEND = [
    {"key": "strong", "label": "Very close to us"},
    {"key": "moderate", "label": "Ordinary tie"},
    {"key": "tenuous", "label": "Faint tie"},
    {"key": "stressful", "label": "Hard going"},
    {"key": "flow", "label": "Support goes this way"},
]
COMMITMENT = "Call Hương on Tuesday about the school run."
STEP_NOTES = {
    "support": "Support means a ride to appointments.",
    "people": "Grandma helps every day.",
    "next": "Meet other parents at the school gate.",
}
REFLECTION = "More people care than I thought."
WORKER_NOTES = "Housing form still pending."
NODE_NOTE = "Knows the family from church."
STRENGTHS = ("strong", "moderate", "tenuous", "stressful")
FLOWS = ("none", "to_target", "to_source", "both")


def sample_doc(*, notes: bool = True, radius: float = 300.0) -> Document:
    """A realistic map: a centre with a household, people and groups in several scripts, every line
    style and flow, one connection between two outer people, and (optionally) the conversation."""
    doc = Document("Familia Núñez")
    doc.set_meta("title", "Our circle of support")
    doc.set_meta("modified", "2026-03-14T10:30:00+00:00")
    doc.set_meta("created", "2026-03-14T09:00:00+00:00")
    doc.set_visit(doc.current_visit().id, date="2026-03-14")  # not the day the tests run
    doc.set_meta("legend", LEGEND)
    doc.set_node(doc.centre_id, {"household": [{"name": "Ana", "age": "5", "relationship": "daughter"}]})
    names = [(n, "person") for n in SCRIPT_NAMES] + [(g, "group") for g in GROUP_NAMES]
    ids = []
    for i, (label, kind) in enumerate(names):
        angle = 2 * math.pi * i / len(names)
        attrs = {
            "label": label,
            "kind": kind,
            "category": ("family", "friend", "neighbour", "faith", "school", "health")[i % 6],
            "x": radius * math.cos(angle),
            "y": radius * math.sin(angle),
        }
        if i == 0:
            attrs["notes"] = NODE_NOTE
        node = doc.add_node(attrs)
        ids.append(node)
        doc.add_edge(doc.centre_id, node, {"strength": STRENGTHS[i % 4], "flow": FLOWS[(i // 4) % 4]})
    doc.add_edge(ids[1], ids[2], {"strength": "tenuous"})
    if notes:
        doc.set_meta("step_notes", STEP_NOTES)
        doc.set_meta("reflection", REFLECTION)
        doc.set_meta("commitment", COMMITMENT)
        doc.set_meta("worker_notes", WORKER_NOTES)
    return doc


def run(*cmd: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, check=False)


def pdf_text(path: Path) -> str:
    """pdftotext's text in both its reading modes, normalised: NFKC (Arabic presentation forms back
    to letters), no bidi control marks, whitespace collapsed. The default mode puts right-to-left
    lines in logical order; raw mode keeps each wrapped label's lines together."""
    parts = [run("pdftotext", *mode, path, "-").stdout for mode in ([], ["-raw"])]
    out = unicodedata.normalize("NFKC", "\n".join(parts))
    out = "".join(c for c in out if unicodedata.category(c) != "Cf")
    return re.sub(r"\s+", " ", out)


def pdf_info(path: Path, *extra: str) -> dict[str, str]:
    out = run("pdfinfo", *extra, path).stdout
    info = {}
    for line in out.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_fonts(path: Path) -> list[list[str]]:
    lines = run("pdffonts", path).stdout.splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


def qpdf_ok(path: Path) -> bool:
    result = run("qpdf", "--check", path)
    return result.returncode == 0 and "No syntax or stream encoding errors" in result.stdout


def pdf_language(path: Path) -> str | None:
    """The /Lang of the PDF's document catalogue, as qpdf reads it (None when there is none)."""
    root = re.search(r"/Root (\d+) 0 R", run("qpdf", "--show-object=trailer", path).stdout)
    assert root, "no document catalogue"
    catalogue = run("qpdf", f"--show-object={root.group(1)}", path).stdout
    match = re.search(r"/Lang \((.*?)\)", catalogue)
    return match.group(1) if match else None


class RecordingPainter:
    """A compose.Painter that records calls, to check geometry and sizes without parsing PDFs."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.pages: list[tuple[float, float]] = []

    def begin_page(self, width, height):
        self.pages.append((width, height))
        self.calls.append(("page", width, height))

    def end_page(self):
        pass

    def line(self, x1, y1, x2, y2, width, colour, dash=None, round_cap=False):
        self.calls.append(("line", x1, y1, x2, y2, width, colour, dash, round_cap))

    def segments(self, segs, width, colour):
        self.calls.append(("segments", list(segs), width, colour))

    def polygon(self, points, fill):
        self.calls.append(("polygon", list(points), fill))

    def circle(self, cx, cy, r, fill, stroke, width=1.0):
        self.calls.append(("circle", cx, cy, r, fill, stroke, width))

    def rounded_rect(self, x, y, w, h, radius, fill, stroke, width=1.0, alpha=1.0):
        self.calls.append(("rrect", x, y, w, h, radius, fill, stroke, width, alpha))

    def text(self, x, baseline, line, colour, align="left"):
        self.calls.append(("text", x, baseline, line, colour, align))

    def of(self, kind: str) -> list[tuple]:
        return [c for c in self.calls if c[0] == kind]
