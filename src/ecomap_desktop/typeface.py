"""The app's own typeface: the bundled font files, and their registration with Qt.

Names are drawn with these files everywhere (canvas, pictures, print and PDF), never with whatever
the system offers, so a map looks the same on every computer and on paper. Qt is imported only when
the fonts are registered; menus and panels keep the system's interface font.
"""

from __future__ import annotations

import functools
import re

# Our font name (reportlab registers the files under these) -> file in resources/fonts.
FONT_FILES = {
    "EcoSans": "NotoSans-Regular.ttf",
    "EcoSans-Bold": "NotoSans-Bold.ttf",
    "EcoArabic": "NotoSansArabic-Regular.ttf",
    "EcoArabic-Bold": "NotoSansArabic-Bold.ttf",
    "EcoHebrew": "NotoSansHebrew-Regular.ttf",
    "EcoHebrew-Bold": "NotoSansHebrew-Bold.ttf",
    "EcoThai": "NotoSansThai-Regular.ttf",
    "EcoThai-Bold": "NotoSansThai-Bold.ttf",
    "EcoEthiopic": "NotoSansEthiopic-Regular.ttf",
    "EcoCJK": "DroidSansFallbackFull.ttf",
}

# Family names Qt reports for the same files, in the order a label font falls back through them:
# Noto Sans first (Latin, Greek, Cyrillic), then the other scripts.
QT_FAMILIES = (
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Thai",
    "Noto Sans Ethiopic",
    "Droid Sans Fallback",
)

# The first character of these scripts in a name puts its family first, so Qt draws the whole
# name, spaces included, with one font: one piece of text in an SVG, not a piece per word.
_SCRIPT_RANGES = (
    ("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe]", "Noto Sans Arabic"),
    ("[\u0590-\u05ff\ufb1d-\ufb4f]", "Noto Sans Hebrew"),
    ("[\u0e00-\u0e7f]", "Noto Sans Thai"),
    ("[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]", "Noto Sans Ethiopic"),
    ("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]", "Droid Sans Fallback"),
)

_FIRST_SCRIPT_CHARACTER = "\u0590"  # the lowest character of the ranges above


@functools.cache
def _script_patterns() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """Any of the scripts, and each with its family. Compiled the first time a name holds a
    character from them: these wide ranges take a few milliseconds to compile, which every start
    would otherwise pay."""
    each = tuple((re.compile(pattern), family) for pattern, family in _SCRIPT_RANGES)
    return re.compile("|".join(pattern for pattern, _ in _SCRIPT_RANGES)), each


_families: list[str] | None = None


def register_qt_fonts() -> list[str]:
    """Add the bundled files to Qt's font database (once; needs a QGuiApplication).

    Returns the families that were registered, in QT_FAMILIES order (a missing file is left out,
    and names then fall back to the system's font rather than failing).
    """
    global _families
    if _families is not None:
        return _families
    from PySide6.QtGui import QFontDatabase

    from .resources import resource_path

    found: set[str] = set()
    for file_name in dict.fromkeys(FONT_FILES.values()):
        try:
            path = resource_path("fonts", file_name)
        except FileNotFoundError:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            found.update(QFontDatabase.applicationFontFamilies(font_id))
    _families = [f for f in QT_FAMILIES if f in found] + sorted(found.difference(QT_FAMILIES))
    return _families


def families_for(text: str = "") -> list[str]:
    """The registered families to draw *text* with: the one for its first non-Latin script first."""
    families = register_qt_fonts()
    if text.isascii() or max(text) < _FIRST_SCRIPT_CHARACTER:  # Latin, Greek, Cyrillic: Noto Sans
        return families
    any_script, scripts = _script_patterns()
    found = any_script.search(text)
    if found is None:
        return families
    for pattern, family in scripts:
        if pattern.match(found.group()) and family in families:
            return [family] + [f for f in families if f != family]
    return families
