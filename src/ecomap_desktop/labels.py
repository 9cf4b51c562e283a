"""Words shown to people for the map's vocabulary (categories, strengths, flows, rings...).

One place for these names so the canvas, panels, legend and exports say the same thing. Each goes
through Qt's translation function (context "Labels") so a translation covers every place at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

_CONTEXT = "Labels"

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

_RING = {
    None: QT_TRANSLATE_NOOP("Labels", "No circle"),
    "closest": QT_TRANSLATE_NOOP("Labels", "Closest people"),
    "friends": QT_TRANSLATE_NOOP("Labels", "Friends and family"),
    "participation": QT_TRANSLATE_NOOP("Labels", "Groups I take part in"),
    "paid": QT_TRANSLATE_NOOP("Labels", "Paid helpers and services"),
}

_SUPPORT = {
    "emotional": QT_TRANSLATE_NOOP("Labels", "Emotional"),
    "practical": QT_TRANSLATE_NOOP("Labels", "Practical help"),
    "advice": QT_TRANSLATE_NOOP("Labels", "Advice"),
    "social": QT_TRANSLATE_NOOP("Labels", "Company and fun"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def category_name(category: str) -> str:
    """The display name of a category; a map's own category is shown as it is."""
    return _tr(_CATEGORY[category]) if category in _CATEGORY else category


def kind_name(kind: str) -> str:
    return _tr(_KIND[kind])


def strength_name(strength: str) -> str:
    return _tr(_STRENGTH[strength])


def flow_name(flow: str) -> str:
    return _tr(_FLOW[flow])


def flow_between(flow: str, source_label: str, target_label: str) -> str:
    """A flow described with the two ends' names, e.g. "Support flows from Ana to Maria"."""
    if flow == "to_target":
        return _tr("Support flows from %1 to %2").replace("%1", source_label).replace("%2", target_label)
    if flow == "to_source":
        return _tr("Support flows from %1 to %2").replace("%1", target_label).replace("%2", source_label)
    if flow == "both":
        return _tr("Support flows both ways")
    return _tr("No arrow")


def ring_name(ring: str | None) -> str:
    return _tr(_RING[ring])


def support_name(support: str) -> str:
    return _tr(_SUPPORT[support])
