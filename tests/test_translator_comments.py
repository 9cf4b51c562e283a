"""Translator comments: pyside6-lupdate reads a Python `#:` comment as a note to the translator and
attaches it to the next message it finds, however far below. Code comments use plain `#`, so a
translator never sees a note about some unrelated setting next to a message."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATION_CALL = re.compile(r"\b(_tr|tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\(")


def _translator_comments() -> dict[str, tuple[str, str]]:
    """Each `#:` comment in the app's code (joined over its lines), by the place it starts, with the
    line it stands above."""
    found = {}
    for path in sorted((ROOT / "src").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        index = 0
        while index < len(lines):
            if not lines[index].lstrip().startswith("#:"):
                index += 1
                continue
            start, words = index, []
            while index < len(lines) and lines[index].lstrip().startswith("#:"):
                words.append(lines[index].lstrip()[2:].strip())
                index += 1
            below = lines[index] if index < len(lines) else ""
            found[f"{path.relative_to(ROOT)}:{start + 1}"] = (" ".join(words), below)
    return found


def test_a_translator_comment_stands_right_above_its_message():
    astray = [where for where, (_words, below) in _translator_comments().items()
              if not TRANSLATION_CALL.search(below)]
    assert astray == [], "plain # for code comments (lupdate shows #: to translators): " + ", ".join(astray)


def test_the_catalogues_carry_only_notes_written_for_translators():
    written = {words for words, _below in _translator_comments().values()}
    for catalogue in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        notes = {note.text for note in ET.parse(catalogue).getroot().iter("extracomment")}
        assert notes <= written, f"{catalogue.name}: {sorted(notes - written)[:3]}"
