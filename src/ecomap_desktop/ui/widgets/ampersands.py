"""People's own words shown whole in menu items and buttons.

Qt reads a single "&" in a menu item's or a button's text as the mark of its shortcut letter: a name
like "AT&T" would show as "ATT" with the T underlined, and "Tom & Jerry" as "Tom  Jerry". Names,
visit labels and file names are doubled ("&&", which Qt shows as one "&") before they go there.
"""

from __future__ import annotations


def keep_ampersands(text: str) -> str:
    """*text* (a person's own words) as a menu item's or button's text, every "&" shown as typed."""
    return text.replace("&", "&&")
