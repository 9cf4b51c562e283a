"""The eco-map vocabulary: kinds, categories, strengths, flows, rings, limits and their validation.

Shared by the document (which validates every change) and the file loader (which validates every
file), so the two can never disagree about what a valid map is.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..i18n import fill, translate as _tr
from ..labels import LEGEND_WORDS

CENTRE_KIND = "centre"
NODE_KINDS = ("centre", "person", "group")

# Built-in categories (DESIGN.md section 2). A map may also use its own short category names.
CATEGORIES = (
    "family",
    "friend",
    "neighbour",
    "professional",
    "faith",
    "school",
    "work",
    "health",
    "community",
    "government",
    "other",
)

STRENGTHS = ("strong", "moderate", "tenuous", "stressful")

# Which way support flows along a connection, relative to its source and target ends.
FLOWS = ("none", "to_target", "to_source", "both")

# Concentric "circles of support", closest first.
RINGS = ("closest", "friends", "participation", "paid")

SUPPORT_TYPES = ("emotional", "practical", "advice", "social")

# The conversation steps whose notes and done marks the map keeps (the guide issue fills the UI).
STEPS = ("support", "people", "groups", "strength", "next")

# Limits that keep a map sane and keep a hostile file from exhausting memory.
MAX_NODES = 6_000
MAX_EDGES = 12_000
MAX_LABEL = 200
MAX_NOTE = 20_000
MAX_CATEGORY = 40
MAX_HOUSEHOLD = 50
MAX_COORD = 1_000_000.0

_COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
_CATEGORY_RE = re.compile(r"^[^\x00-\x1f\x7f-\x9f]{1,%d}$" % MAX_CATEGORY)
# Control characters (C0, DEL, C1): never in a name or title, where they would reach a terminal as
# escape sequences and make SVG and GraphML invalid XML. Notes may hold tabs and line breaks.
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f]")
_NOTE_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def default_legend() -> list[dict[str, str]]:
    """The standard legend a new map starts with; each map may rename its entries."""
    # In English in the file; labels.legend_label shows these words in the reader's language.
    return [{"key": key, "label": words} for key, words in LEGEND_WORDS.items()]


LEGEND_KEYS = ("strong", "moderate", "tenuous", "stressful", "flow")


class ModelError(ValueError):
    """A value the map cannot hold. The message names the field, never the user's text.

    A file that breaks these rules is refused with the message inside the loader's sentence, so the
    messages a file can cause are translated (into the interface's language) where they are raised.
    """


# The names the messages give the fields, as words for the reader (translated when a message is made).
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Vocabulary", "label"),
    QT_TRANSLATE_NOOP("Vocabulary", "kind"),
    QT_TRANSLATE_NOOP("Vocabulary", "x"),
    QT_TRANSLATE_NOOP("Vocabulary", "y"),
    QT_TRANSLATE_NOOP("Vocabulary", "ring"),
    QT_TRANSLATE_NOOP("Vocabulary", "notes"),
    QT_TRANSLATE_NOOP("Vocabulary", "support"),
    QT_TRANSLATE_NOOP("Vocabulary", "household name"),
    QT_TRANSLATE_NOOP("Vocabulary", "household age"),
    QT_TRANSLATE_NOOP("Vocabulary", "household relationship"),
    QT_TRANSLATE_NOOP("Vocabulary", "strength"),
    QT_TRANSLATE_NOOP("Vocabulary", "flow"),
    QT_TRANSLATE_NOOP("Vocabulary", "note"),
    QT_TRANSLATE_NOOP("Vocabulary", "title"),
    QT_TRANSLATE_NOOP("Vocabulary", "created"),
    QT_TRANSLATE_NOOP("Vocabulary", "modified"),
    QT_TRANSLATE_NOOP("Vocabulary", "worker notes"),
    QT_TRANSLATE_NOOP("Vocabulary", "reflection"),
    QT_TRANSLATE_NOOP("Vocabulary", "commitment"),
    QT_TRANSLATE_NOOP("Vocabulary", "legend key"),
    QT_TRANSLATE_NOOP("Vocabulary", "legend label"),
    QT_TRANSLATE_NOOP("Vocabulary", "step note"),
    QT_TRANSLATE_NOOP("Vocabulary", "step"),
    QT_TRANSLATE_NOOP("Vocabulary", "visit label"),
    QT_TRANSLATE_NOOP("Vocabulary", "visit id"),
)


def _say(text: str, field: str, value: str = "") -> str:
    """A translated message with %1 the field's translated name and %2 *value* (never the user's text)."""
    return fill(text, _tr("Vocabulary", field), value)


def has_control(value: str, *, note: bool = False) -> bool:
    """Whether *value* holds a control character; a *note* may hold tabs and line breaks."""
    return (_NOTE_CONTROL_RE if note else _CONTROL_RE).search(value) is not None


def strip_controls(value: str, *, note: bool = False) -> str:
    """*value* without the control characters has_control finds."""
    return (_NOTE_CONTROL_RE if note else _CONTROL_RE).sub("", value)


def _text(value: Any, field: str, limit: int, *, allow_empty: bool = True, note: bool = False) -> str:
    # Most text is ASCII (always valid UTF-8, never U+FFFE) with no control character (NUL is one):
    # then one look for controls says it is fine. Anything else takes every check in turn, so that
    # the message names the first problem.
    if (type(value) is str and len(value) <= limit and value.isascii() and (allow_empty or value.strip())
            and (_NOTE_CONTROL_RE if note else _CONTROL_RE).search(value) is None):
        return value
    if not isinstance(value, str):
        raise ModelError(_say(_tr("Vocabulary", "%1 must be text"), field))
    if len(value) > limit:
        raise ModelError(_say(_tr("Vocabulary", "%1 is longer than %2 characters"), field, str(limit)))
    if not allow_empty and not value.strip():
        raise ModelError(_say(_tr("Vocabulary", "%1 must not be empty"), field))
    if "\x00" in value:
        raise ModelError(_say(_tr("Vocabulary", "%1 contains a NUL character"), field))
    if has_control(value, note=note):
        raise ModelError(_say(_tr("Vocabulary", "%1 contains a control character"), field))
    if not is_encodable(value):
        raise ModelError(_say(_tr("Vocabulary", "%1 contains a character that is not valid text"), field))
    return value


def check_short_text(value: Any, field: str, limit: int, *, allow_empty: bool = True) -> str:
    """*value* if it is text of at most *limit* characters without control characters, else ModelError.

    *field* is one of FIELD_NAMES (the message names it, translated).
    """
    return _text(value, field, limit, allow_empty=allow_empty)


def is_encodable(value: str) -> bool:
    """False for text holding lone surrogates (JSON allows "\\ud800"), which could never be saved,
    or U+FFFE or U+FFFF, which no XML file (SVG, GraphML) may hold."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\ufffe" not in value and "\uffff" not in value


def _number(value: Any, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ModelError(_say(_tr("Vocabulary", "%1 must be a number"), field))
    if isinstance(value, int) and abs(value) > MAX_COORD:
        # before float(), which overflows on huge ints
        raise ModelError(_say(_tr("Vocabulary", "%1 is out of range"), field))
    value = float(value)
    if not math.isfinite(value) or abs(value) > MAX_COORD:
        raise ModelError(_say(_tr("Vocabulary", "%1 is out of range"), field))
    return value


def _choice(value: Any, field: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ModelError(_say(_tr("Vocabulary", "%1 must be one of: %2"), field, ", ".join(allowed)))
    return value


NODE_DEFAULTS: dict[str, Any] = {
    "label": "",
    "kind": "person",
    "category": "other",
    "x": 0.0,
    "y": 0.0,
    "ring": None,
    "notes": "",
    "support": [],
    "household": [],
}

EDGE_DEFAULTS: dict[str, Any] = {
    "strength": "moderate",
    "flow": "none",
    "colour": None,
    "note": "",
}

META_DEFAULTS: dict[str, Any] = {
    "title": "",
    "created": "",
    "modified": "",
    "legend": [],  # replaced by default_legend() in new documents
    "worker_notes": "",
    "step_notes": {},
    "steps_done": [],
    "reflection": "",
    "commitment": "",
}


def _text_field(field: str, limit: int, *, note: bool = False) -> Callable[[Any], str]:
    """The check of one free-text field: _text's first test made here with the field's own limit and
    rule (a map file has thousands of names and notes), then _text's full checks."""
    controls = _NOTE_CONTROL_RE if note else _CONTROL_RE

    def check(value: Any) -> str:
        if type(value) is str and len(value) <= limit and value.isascii() and controls.search(value) is None:
            return value
        return _text(value, field, limit, note=note)
    return check


_label = _text_field("label", MAX_LABEL)


def _kind(value: Any) -> str:
    return _choice(value, "kind", NODE_KINDS)


def _category(value: Any) -> str:
    if (not isinstance(value, str) or not _CATEGORY_RE.match(value) or not value.strip()
            or not is_encodable(value)):
        raise ModelError(fill(_tr("Vocabulary", "category must be short text of at most %1 characters"),
                              str(MAX_CATEGORY)))
    return value


def _coordinate(field: str) -> Callable[[Any], float]:
    def check(value: Any) -> float:
        # _number's outcome for a plain float or int within range (NaN and infinities fail the
        # comparison and take the full checks, which refuse them).
        kind = type(value)
        if (kind is float or kind is int) and -MAX_COORD <= value <= MAX_COORD:
            return float(value)
        return _number(value, field)
    return check


def _ring(value: Any) -> str | None:
    if value is None:
        return None
    return _choice(value, "ring", RINGS)


_notes = _text_field("notes", MAX_NOTE, note=True)


def _support(value: Any) -> list[str]:
    if not isinstance(value, list) or len(value) > len(SUPPORT_TYPES):
        raise ModelError(_tr("Vocabulary", "support must be a list of support types"))
    if not value:
        return []  # most people and groups
    for item in value:
        _choice(item, "support", SUPPORT_TYPES)
    if len(set(value)) != len(value):
        raise ModelError(_tr("Vocabulary", "support lists a type twice"))
    # Keep a canonical order so equal maps save to equal bytes.
    return [t for t in SUPPORT_TYPES if t in value]


def _household(value: Any) -> list[dict[str, str]]:
    return check_household(value)


# ----- whole columns at once (a map file's thousands of people and connections) --------------------
# Each says, for every value of one field across a map's entries, that the field's check (above)
# passes every one of them unchanged, in one go in C. False says nothing: check them one by one.


def plain_texts(limit: int, *, note: bool = False) -> Callable[[list[Any]], bool]:
    """_text_field(field, limit)'s first test, made on every value at once (they are joined: a
    control character or a character outside ASCII in any of them is in the whole)."""
    controls = _NOTE_CONTROL_RE if note else _CONTROL_RE

    def passes(values: list[Any]) -> bool:
        if not values or set(map(type, values)) != {str} or max(map(len, values)) > limit:
            return False
        joined = "".join(values)
        return joined.isascii() and controls.search(joined) is None
    return passes


def _plain_coordinates(values: list[Any]) -> bool:
    """_coordinate's check of plain floats within range, at once (a NaN or an infinity makes the
    sum one, as would a value out of range; the sum of a map's worth of in-range values stays finite)."""
    return (bool(values) and set(map(type, values)) == {float} and math.isfinite(sum(values))
            and min(values) >= -MAX_COORD and max(values) <= MAX_COORD)


def _empty_lists(values: list[Any]) -> bool:
    """Every value an empty list, which _support and check_household pass as an empty list."""
    return bool(values) and set(map(type, values)) == {list} and not any(values)


# Node and connection fields that have such a test (the others, few values repeated many times, are
# checked once for each value they hold).
NODE_BULK_CHECKS: dict[str, Callable[[list[Any]], bool]] = {
    "label": plain_texts(MAX_LABEL), "notes": plain_texts(MAX_NOTE, note=True),
    "x": _plain_coordinates, "y": _plain_coordinates, "support": _empty_lists, "household": _empty_lists,
}
EDGE_BULK_CHECKS: dict[str, Callable[[list[Any]], bool]] = {"note": plain_texts(MAX_NOTE, note=True)}


# Each node field's check: its normalised value, or ModelError (the same keys as NODE_DEFAULTS).
NODE_CHECKS: dict[str, Callable[[Any], Any]] = {
    "label": _label, "kind": _kind, "category": _category, "x": _coordinate("x"), "y": _coordinate("y"),
    "ring": _ring, "notes": _notes, "support": _support, "household": _household,
}


def check_node_value(key: str, value: Any) -> Any:
    """Return the normalised value for node attribute *key*, or raise ModelError."""
    check = NODE_CHECKS.get(key)
    if check is None:
        raise ModelError(f"unknown person/group field {key!r}")
    return check(value)


def check_household(value: Any) -> list[dict[str, str]]:
    if not isinstance(value, list):
        raise ModelError(_tr("Vocabulary", "household must be a list"))
    if not value:
        return []  # every person and group but the family
    if len(value) > MAX_HOUSEHOLD:
        raise ModelError(
            fill(_tr("Vocabulary", "household has more than %1 members"), str(MAX_HOUSEHOLD)))
    members = []
    for member in value:
        if not isinstance(member, dict) or set(member) - {"name", "age", "relationship"}:
            raise ModelError(_tr("Vocabulary", "each household member has only a name, age and relationship"))
        members.append(
            {
                "name": _text(member.get("name", ""), "household name", MAX_LABEL),
                "age": _text(member.get("age", ""), "household age", 20),
                "relationship": _text(member.get("relationship", ""), "household relationship", MAX_LABEL),
            }
        )
    return members


def _strength(value: Any) -> str:
    return _choice(value, "strength", STRENGTHS)


def _flow(value: Any) -> str:
    return _choice(value, "flow", FLOWS)


def _colour(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _COLOUR_RE.match(value):
        raise ModelError(_tr("Vocabulary", "colour must be #RRGGBB or empty"))
    return value.lower()


_note = _text_field("note", MAX_NOTE, note=True)


# Each connection field's check: its normalised value, or ModelError (the same keys as EDGE_DEFAULTS).
EDGE_CHECKS: dict[str, Callable[[Any], Any]] = {"strength": _strength, "flow": _flow, "colour": _colour,
                                                "note": _note}


def check_edge_value(key: str, value: Any) -> Any:
    """Return the normalised value for connection attribute *key*, or raise ModelError."""
    check = EDGE_CHECKS.get(key)
    if check is None:
        raise ModelError(f"unknown connection field {key!r}")
    return check(value)


def check_meta_value(key: str, value: Any) -> Any:
    """Return the normalised value for map field *key*, or raise ModelError."""
    if key == "title":
        return _text(value, "title", MAX_LABEL)
    if key in ("created", "modified"):
        return _text(value, key, 40)
    if key in ("worker_notes", "reflection", "commitment"):
        return _text(value, key.replace("_", " "), MAX_NOTE, note=True)
    if key == "legend":
        if not isinstance(value, list) or len(value) > 20:
            raise ModelError(_tr("Vocabulary", "legend must be a short list"))
        entries = []
        seen = set()
        for entry in value:
            if not isinstance(entry, dict) or set(entry) != {"key", "label"}:
                raise ModelError(_tr("Vocabulary", "each legend entry has a key and a label"))
            k = _choice(entry["key"], "legend key", LEGEND_KEYS)
            if k in seen:
                raise ModelError(_tr("Vocabulary", "legend lists a key twice"))
            seen.add(k)
            entries.append({"key": k, "label": _text(entry["label"], "legend label", MAX_LABEL)})
        return entries
    if key == "step_notes":
        if not isinstance(value, dict):
            raise ModelError(_tr("Vocabulary", "step notes must be an object"))
        out = {}
        for step in STEPS:  # canonical order
            if step in value:
                out[step] = _text(value[step], "step note", MAX_NOTE, note=True)
        if set(value) - set(STEPS):
            raise ModelError(_tr("Vocabulary", "step notes name an unknown step"))
        return out
    if key == "steps_done":
        if not isinstance(value, list):
            raise ModelError(_tr("Vocabulary", "steps done must be a list"))
        for step in value:
            _choice(step, "step", STEPS)
        return [s for s in STEPS if s in value]
    raise ModelError(f"unknown map field {key!r}")
