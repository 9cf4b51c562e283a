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


# The files a map whose names are all Latin, Greek or Cyrillic is drawn with: the faces a start
# registers before the window's first paint. The other scripts' files follow just after it
# (ui.app), or at once when a name needs one of them (families_for).
_FIRST_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
_FIRST_FAMILY = "Noto Sans"  # their family

# Below this character (Armenian's first), Noto Sans draws every character of a name: the other
# files are not needed to draw it exactly as they would with all of them registered.
_NOTO_SANS_END = "\u0530"

_registered: set[str] = set()  # file names added to Qt's font database
_found: set[str] = set()  # the families Qt reported for them
_families: list[str] | None = None  # every family, once every file has been registered
_first_families: list[str] | None = None  # what a label font lists until then (_families_so_far)


def _register(file_names) -> None:
    from PySide6.QtGui import QFontDatabase

    from .resources import resource_path

    for file_name in file_names:
        if file_name in _registered:
            continue
        _registered.add(file_name)
        try:
            path = resource_path("fonts", file_name)
        except FileNotFoundError:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            _found.update(QFontDatabase.applicationFontFamilies(font_id))


def register_first_fonts() -> None:
    """Add the Latin, Greek and Cyrillic faces to Qt's font database (needs a QGuiApplication).

    What a window's first paint needs for most maps; register_qt_fonts adds the rest. Reading a font
    file (its name and every character it has) cost a start ~12 million instructions for the
    other scripts' files, the Chinese, Japanese and Korean one above all."""
    _register(_FIRST_FILES)


def registered_font_files() -> frozenset[str]:
    """The bundled files added to Qt's font database so far."""
    return frozenset(_registered)


def register_qt_fonts() -> list[str]:
    """Add the bundled files to Qt's font database (once; needs a QGuiApplication).

    Returns the families that were registered, in QT_FAMILIES order (a missing file is left out,
    and names then fall back to the system's font rather than failing).
    """
    global _families
    if _families is None:
        _register(dict.fromkeys(FONT_FILES.values()))
        _families = [f for f in QT_FAMILIES if f in _found] + sorted(_found.difference(QT_FAMILIES))
    return _families


def _families_so_far() -> list[str]:
    """Every family a label font lists: those registered, then the names the files still to come
    will have. Qt skips a name it does not know yet; once its file is registered, Qt loads its
    fonts anew, and a font made before then falls back to it too. Made once: a big map asks for
    every name."""
    global _first_families
    if _families is not None:
        return _families
    if _first_families is None:
        register_first_fonts()
        _first_families = [f for f in QT_FAMILIES if f in _found or f != _FIRST_FAMILY] + sorted(
            _found.difference(QT_FAMILIES))
    return _first_families


def families_for(text: str = "") -> list[str]:
    """The registered families to draw *text* with: the one for its first non-Latin script first."""
    if text.isascii() or max(text) < _NOTO_SANS_END:  # Latin, Greek, Cyrillic: Noto Sans
        return _families_so_far()
    families = register_qt_fonts()  # another script (or a sign Noto Sans may not have): every file now
    if max(text) < _FIRST_SCRIPT_CHARACTER:
        return families
    any_script, scripts = _script_patterns()
    found = any_script.search(text)
    if found is None:
        return families
    for pattern, family in scripts:
        if pattern.match(found.group()) and family in families:
            return [family] + [f for f in families if f != family]
    return families
