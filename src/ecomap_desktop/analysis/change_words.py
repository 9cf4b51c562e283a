"""The words for what changed between two visits: a plain sentence per change, naming the people, and
the short words written on a changed line in the comparison overlay (context "Changes").

Names are whole, never cut: a parent reads these sentences about their own people. With
*parent_words* (the parent view) a line's style and its arrow are named as the parent view's toolbar
and legend name them ("A big help", "They help me"); the PDF and the command line keep the worker's
words. A circle is named as the map names it ("Closest"), in every view and on paper.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import labels
from ..i18n import Plurals, fill, translate as _tr
from ..model.vocabulary import RINGS, STRENGTHS, SUPPORT_TYPES

if TYPE_CHECKING:
    from .changes import Change, Comparison


# The changes of a line's style (strength); the parent view names the style they came to.
_STYLE_KINDS = ("stronger", "weaker", "now_stressful", "no_longer_stressful")
_FAMILY_FLOWS = ("none", "to_family", "from_family", "both")


class Changes(Plurals):
    """Counted sentences: Changes.tr("%n ...", None, n) (see i18n.Plurals)."""


def _name(label: str) -> str:
    return label or _tr("Changes", "(no name)")


def _counted(n: int, none: str, one: str, many: str) -> str:
    """The sentence for *n*: English has no plural forms without a catalogue, so 0 and 1 are their own
    sentences; *many* comes from Changes.tr so a translation gives its plural forms."""
    return none if n == 0 else one if n == 1 else many


def _arrived(change: Change, name: str) -> str:
    n = change.connections
    if change.kind == "returned":
        text = _counted(n, _tr("Changes", "%1 is back on the map."),
                        _tr("Changes", "%1 is back on the map, with 1 connection."),
                        Changes.tr("%1 is back on the map, with %n connections.", None, n))
    else:
        text = _counted(n, _tr("Changes", "%1 is new on the map."),
                        _tr("Changes", "%1 is new on the map, with 1 connection."),
                        Changes.tr("%1 is new on the map, with %n connections.", None, n))
    return fill(text, name)


def _left(change: Change, name: str) -> str:
    n = change.connections
    return fill(_counted(n, _tr("Changes", "%1 is no longer on the map."),
                         _tr("Changes", "%1 is no longer on the map (1 connection ended)."),
                         Changes.tr("%1 is no longer on the map (%n connections ended).", None, n)), name)


def _ring(change: Change, name: str) -> str:
    from_ring, to_ring = change.before, change.after
    if to_ring is None:
        return fill(_tr("Changes", "%1 is no longer in a circle of support."), name)
    if from_ring is None:
        text = _tr("Changes", "%1 is now in the circle “%2”.")
    elif _closeness(to_ring) < _closeness(from_ring):
        text = _tr("Changes", "%1 moved closer (now in the circle “%2”).")
    else:
        text = _tr("Changes", "%1 moved further out (now in the circle “%2”).")
    return fill(text, name, labels.ring_words(to_ring))


def _closeness(ring: str) -> int:
    return RINGS.index(ring) if ring in RINGS else len(RINGS)


def _support_list(types) -> str:
    return ", ".join(labels.support_name(t) if t in SUPPORT_TYPES else str(t) for t in types)


def _support(change: Change, name: str) -> str:
    if not change.before:
        text = _tr("Changes", "Support from %1 is now marked: %2.")
    elif not change.after:
        text = _tr("Changes", "Support from %1 is no longer marked (before: %3).")
    else:
        text = _tr("Changes", "Support from %1 is now marked: %2 (before: %3).")
    return fill(text, name, _support_list(change.after), _support_list(change.before))


def _with_family(change: Change) -> str:
    """The connection's sentence when one end is the family in the centre (%1 the other end)."""
    kind = change.kind
    if kind == "flow":
        return {
            "both": _tr("Changes", "Support now goes both ways with %1."),
            "to_family": _tr("Changes", "Support now comes to the family from %1."),
            "from_family": _tr("Changes", "Support now goes from the family to %1."),
        }.get(change.after, _tr("Changes", "The connection with %1 no longer shows which way support goes."))
    return {
        "connection_added": _tr("Changes", "There is a new connection with %1."),
        "connection_removed": _tr("Changes", "The connection with %1 has ended."),
        "stronger": _tr("Changes", "The connection with %1 is stronger."),
        "weaker": _tr("Changes", "The connection with %1 is weaker."),
        "now_stressful": _tr("Changes", "The connection with %1 is now stressful."),
        "no_longer_stressful": _tr("Changes", "The connection with %1 is no longer stressful."),
    }[kind]


def _style_words(value: Any, family_flow: bool) -> str:
    """A line's style (or, with *family_flow*, its arrow seen from the family) in the parent's words."""
    if family_flow:
        return labels.family_flow_name(value, True) if value in _FAMILY_FLOWS else str(value)
    return labels.strength_words(value, True) if value in STRENGTHS else str(value)


def _in_parent_words(change: Change) -> str | None:
    """The sentence of a changed line style, or a changed arrow to the family, in the parent's words
    (the same words as the toolbar and the legend); None for a change said the same in both views."""
    kind = change.kind
    family_flow = kind == "flow" and change.node_id is not None
    if kind not in _STYLE_KINDS and not family_flow:
        return None
    now, before = _style_words(change.after, family_flow), _style_words(change.before, family_flow)
    if change.node_id is not None:
        return fill(_tr("Changes", "The line with %1 is now “%2” (before: “%3”)."),
                    _name(change.newer_name or change.older_name), now, before)
    first, second = (_name(n) for n in (change.end_names or ("", "")))
    return fill(_tr("Changes", "The line between %1 and %2 is now “%3” (before: “%4”)."),
                first, second, now, before)


def _between(change: Change) -> str:
    """The connection's sentence when neither end is the centre (%1 and %2 the two ends)."""
    kind = change.kind
    if kind == "flow":
        return {
            "both": _tr("Changes", "Support now goes both ways between %1 and %2."),
            "to_target": _tr("Changes", "Support now goes from %1 to %2."),
            "to_source": _tr("Changes", "Support now goes from %2 to %1."),
        }.get(change.after,
              _tr("Changes", "The connection between %1 and %2 no longer shows which way support goes."))
    return {
        "connection_added": _tr("Changes", "There is a new connection between %1 and %2."),
        "connection_removed": _tr("Changes", "The connection between %1 and %2 has ended."),
        "stronger": _tr("Changes", "The connection between %1 and %2 is stronger."),
        "weaker": _tr("Changes", "The connection between %1 and %2 is weaker."),
        "now_stressful": _tr("Changes", "The connection between %1 and %2 is now stressful."),
        "no_longer_stressful": _tr("Changes", "The connection between %1 and %2 is no longer stressful."),
    }[kind]


def sentence(change: Change, comparison: Comparison | None = None, parent_words: bool = False) -> str:
    """*change* as a plain sentence naming the people, in the current language (with *parent_words*,
    in the parent view's words).

    *comparison* (the one *change* belongs to) is accepted for callers that hold it; a change carries
    all its sentence needs.
    """
    kind = change.kind
    if parent_words:
        said = _in_parent_words(change)
        if said is not None:
            return said
    name = _name(change.newer_name or change.older_name)
    if kind in ("added", "returned"):
        return _arrived(change, name)
    if kind == "removed":
        return _left(change, name)
    if kind == "renamed":
        return fill(_tr("Changes", "%1 is now called %2."), _name(change.before), _name(change.after))
    if kind == "ring":
        return _ring(change, name)
    if kind == "category":
        return fill(_tr("Changes", "%1 is now listed as %2 (before: %3)."), name,
                    labels.category_name(change.after), labels.category_name(change.before))
    if kind == "support":
        return _support(change, name)
    if change.node_id is not None:
        return fill(_with_family(change), name)
    first, second = (_name(n) for n in (change.end_names or ("", "")))
    return fill(_between(change), first, second)


def sentences(comparison: Comparison, parent_words: bool = False) -> list[str]:
    """One sentence per change in comparison.reported(), in the same order."""
    return [sentence(change, comparison, parent_words) for change in comparison.reported()]


def edge_word(change: Change, parent_words: bool = False) -> str:
    """The short words written on a changed connection in the comparison overlay (with
    *parent_words*, a changed style or arrow to the family says what it is now, as the legend does)."""
    kind = change.kind
    if parent_words and (kind in _STYLE_KINDS or (kind == "flow" and change.node_id is not None)):
        return fill(_tr("Changes", "now “%1”"), _style_words(change.after, kind == "flow"))
    if kind == "flow":
        return {
            "both": _tr("Changes", "support now both ways"),
            "to_family": _tr("Changes", "support now to the family"),
            "from_family": _tr("Changes", "support now from the family"),
            "none": _tr("Changes", "no arrow now"),
        }.get(change.after, _tr("Changes", "support now one way"))
    return {
        "connection_added": _tr("Changes", "new"),
        "connection_removed": _tr("Changes", "ended"),
        "stronger": _tr("Changes", "stronger"),
        "weaker": _tr("Changes", "weaker"),
        "now_stressful": _tr("Changes", "now stressful"),
        "no_longer_stressful": _tr("Changes", "no longer stressful"),
    }[kind]
