"""Words shown to people for the map's vocabulary (categories, strengths, flows, rings...).

One place for these names so the canvas, panels, legend and exports say the same thing. Each goes
through Qt's translation function (context "Labels") so a translation covers every place at once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from ecomap_desktop.i18n import fill, translate as _tr

_CATEGORY = {
    "family": QT_TRANSLATE_NOOP("Labels", "Family"),
    "friend": QT_TRANSLATE_NOOP("Labels", "Friend"),
    "neighbour": QT_TRANSLATE_NOOP("Labels", "Neighbour"),
    "professional": QT_TRANSLATE_NOOP("Labels", "Helping professional"),
    "faith": QT_TRANSLATE_NOOP("Labels", "Faith community"),
    "school": QT_TRANSLATE_NOOP("Labels", "School or childcare"),
    "work": QT_TRANSLATE_NOOP("Labels", "Work"),
    "health": QT_TRANSLATE_NOOP("Labels", "Health"),
    "community": QT_TRANSLATE_NOOP("Labels", "Community"),
    "government": QT_TRANSLATE_NOOP("Labels", "Government or social services"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

_KIND = {
    "centre": QT_TRANSLATE_NOOP("Labels", "Family (centre)"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "group": QT_TRANSLATE_NOOP("Labels", "Group or organisation"),
}

_STRENGTH = {
    "strong": QT_TRANSLATE_NOOP("Labels", "Strong"),
    "moderate": QT_TRANSLATE_NOOP("Labels", "Ordinary"),
    "tenuous": QT_TRANSLATE_NOOP("Labels", "Weak or distant"),
    "stressful": QT_TRANSLATE_NOOP("Labels", "Stressful"),
}

_FLOW = {
    "none": QT_TRANSLATE_NOOP("Labels", "No arrow"),
    "to_target": QT_TRANSLATE_NOOP("Labels", "Arrow one way"),
    "to_source": QT_TRANSLATE_NOOP("Labels", "Arrow the other way"),
    "both": QT_TRANSLATE_NOOP("Labels", "Arrows both ways"),
}

# The circles of support, named as each circle is on the map (and in its legend, the printout, the
# sentences, the menus and Details, in both views): one name for one circle wherever it is said.
_RING = {
    None: QT_TRANSLATE_NOOP("Labels", "No circle"),
    "closest": QT_TRANSLATE_NOOP("Labels", "Closest"),
    "friends": QT_TRANSLATE_NOOP("Labels", "Friends"),
    "participation": QT_TRANSLATE_NOOP("Labels", "Taking part"),
    "paid": QT_TRANSLATE_NOOP("Labels", "Paid helpers"),
}

_SUPPORT = {
    "emotional": QT_TRANSLATE_NOOP("Labels", "Emotional"),
    "practical": QT_TRANSLATE_NOOP("Labels", "Practical help"),
    "advice": QT_TRANSLATE_NOOP("Labels", "Advice"),
    "social": QT_TRANSLATE_NOOP("Labels", "Company and fun"),
}


def category_name(category: str) -> str:
    """The display name of a category; a map's own category is shown as it is."""
    return _tr("Labels", _CATEGORY[category]) if category in _CATEGORY else category


def kind_name(kind: str) -> str:
    return _tr("Labels", _KIND[kind])


def strength_name(strength: str) -> str:
    return _tr("Labels", _STRENGTH[strength])


def flow_name(flow: str) -> str:
    return _tr("Labels", _FLOW[flow])


def _giver_first(flow: str, source_label: str, target_label: str) -> tuple[str, str]:
    """The two ends' names, the one support comes from first (*flow* one way or the other)."""
    return (target_label, source_label) if flow == "to_source" else (source_label, target_label)


def flow_between(flow: str, source_label: str, target_label: str) -> str:
    """A flow described with the two ends' names, e.g. "Support flows from Ana to Maria"."""
    if flow in ("to_target", "to_source"):
        giver, receiver = _giver_first(flow, source_label, target_label)
        return fill(_tr("Labels", "Support flows from %1 to %2"), giver, receiver)
    if flow == "both":
        return _tr("Labels", "Support flows both ways")
    return _tr("Labels", "No arrow")


def flow_seen_from(flow: str, name: str, name_is_target: bool) -> str:
    """A flow in words as seen from one end (*name*, the connection's target end or its source end):
    "Support comes to Okafor family", "Support goes from Okafor family", "Both ways", "No arrow"."""
    if flow in ("to_target", "to_source"):
        toward_name = (flow == "to_target") == name_is_target
        text = (_tr("Labels", "Support comes to %1") if toward_name
                else _tr("Labels", "Support goes from %1"))
        return fill(text, name)
    if flow == "both":
        return _tr("Labels", "Both ways")
    return _tr("Labels", "No arrow")


def ring_words(ring: str | None) -> str:
    """A circle's name (or "No circle" for None), as the circle itself is named on the map."""
    return _tr("Labels", _RING[ring])


def support_name(support: str) -> str:
    return _tr("Labels", _SUPPORT[support])


# ----- parent words: the same line styles said the way a parent might say them ------------------

_STRENGTH_PARENT = {
    "strong": QT_TRANSLATE_NOOP("Labels", "A big help"),
    "moderate": QT_TRANSLATE_NOOP("Labels", "Some help"),
    "tenuous": QT_TRANSLATE_NOOP("Labels", "Distant"),
    "stressful": QT_TRANSLATE_NOOP("Labels", "Hard going"),
}

#: The arrow's legend entry in the parent view.
_FLOW_PARENT_LEGEND = QT_TRANSLATE_NOOP("Labels", "Arrow: who helps whom")

# Which way support goes, seen from the family in the centre (see analysis.connections.flow_for_family).
_FAMILY_FLOW = {
    "none": QT_TRANSLATE_NOOP("Labels", "No arrow"),
    "to_family": QT_TRANSLATE_NOOP("Labels", "Support comes to the family"),
    "from_family": QT_TRANSLATE_NOOP("Labels", "The family gives support"),
    "both": QT_TRANSLATE_NOOP("Labels", "Support goes both ways"),
}

_FAMILY_FLOW_PARENT = {
    "none": QT_TRANSLATE_NOOP("Labels", "No arrow"),
    "to_family": QT_TRANSLATE_NOOP("Labels", "They help me"),
    "from_family": QT_TRANSLATE_NOOP("Labels", "I help them"),
    "both": QT_TRANSLATE_NOOP("Labels", "We help each other"),
}


def strength_words(strength: str, parent_words: bool = False) -> str:
    """The name of a line style; with *parent_words*, said the way a parent might say it."""
    return _tr("Labels", _STRENGTH_PARENT[strength]) if parent_words else strength_name(strength)


def family_flow_name(direction: str, parent_words: bool = False) -> str:
    """A flow seen from the family: "none", "to_family", "from_family" or "both"."""
    return _tr("Labels", (_FAMILY_FLOW_PARENT if parent_words else _FAMILY_FLOW)[direction])


def helps_between(flow: str, source_label: str, target_label: str) -> str:
    """A flow on a line between two others than the family, as the parent view says it: "Ana helps
    Jess", "They help each other" or "No arrow"."""
    if flow in ("to_target", "to_source"):
        return fill(_tr("Labels", "%1 helps %2"), *_giver_first(flow, source_label, target_label))
    if flow == "both":
        return _tr("Labels", "They help each other")
    return _tr("Labels", "No arrow")


# Categories as they sound in a sentence ("No connection yet with: neighbours, community groups").
_CATEGORY_PHRASE = {
    "family": QT_TRANSLATE_NOOP("Labels", "family"),
    "friend": QT_TRANSLATE_NOOP("Labels", "friends"),
    "neighbour": QT_TRANSLATE_NOOP("Labels", "neighbours"),
    "professional": QT_TRANSLATE_NOOP("Labels", "helping professionals"),
    "faith": QT_TRANSLATE_NOOP("Labels", "a faith community"),
    "school": QT_TRANSLATE_NOOP("Labels", "school or childcare"),
    "work": QT_TRANSLATE_NOOP("Labels", "work"),
    "health": QT_TRANSLATE_NOOP("Labels", "health services"),
    "community": QT_TRANSLATE_NOOP("Labels", "community groups"),
    "government": QT_TRANSLATE_NOOP("Labels", "government or social services"),
    "other": QT_TRANSLATE_NOOP("Labels", "others"),
}


def category_phrase(category: str) -> str:
    """A category as it reads inside a sentence; a map's own category is used as it is."""
    return _tr("Labels", _CATEGORY_PHRASE[category]) if category in _CATEGORY_PHRASE else category


# The words of a new map's legend: model.vocabulary.default_legend writes this English into the file.
LEGEND_WORDS = {
    "strong": QT_TRANSLATE_NOOP("Labels", "Strong connection"),
    "moderate": QT_TRANSLATE_NOOP("Labels", "Ordinary connection"),
    "tenuous": QT_TRANSLATE_NOOP("Labels", "Weak or distant connection"),
    "stressful": QT_TRANSLATE_NOOP("Labels", "Stressful connection"),
    "flow": QT_TRANSLATE_NOOP("Labels", "Arrow: the way support flows"),
}


def legend_label(key: str, label: str, parent_words: bool = False) -> str:
    """A legend entry as shown: the standard wording in the reader's language (with *parent_words*,
    the words the toolbar uses in the parent view), a map's own words as typed.

    The file keeps the standard English, so a map drawn in Spanish prints in English for the case
    file and in Spanish for the family, until someone writes their own words for an entry.
    """
    if LEGEND_WORDS.get(key) != label:
        return label
    if parent_words:
        return strength_words(key, True) if key in _STRENGTH_PARENT else _tr("Labels", _FLOW_PARENT_LEGEND)
    return _tr("Labels", LEGEND_WORDS[key])


def household_line(member: dict) -> str:
    """One member of the household as the centre shows them: "Name (age)", or either alone."""
    name = member.get("name", "").strip()
    age = member.get("age", "").strip()
    if name and age:
        return fill(_tr("MapScene", "%1 (%2)"), name, age)
    return name or age
