"""The bundled fonts made available to Qt, so pictures and printouts draw every script the PDF does.

Qt falls back from the default font to any font that has a missing character, application fonts
included, so registering the files once is enough.
"""

from __future__ import annotations

from .fonts import FONT_FILES

_families: list[str] | None = None


def register_qt_fonts() -> list[str]:
    """Add the bundled TrueType files to Qt's font database (once); returns their family names."""
    global _families
    if _families is not None:
        return _families
    from PySide6.QtGui import QFontDatabase

    from ..resources import resource_path

    families: list[str] = []
    for file_name in dict.fromkeys(FONT_FILES.values()):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file_name)))
        if font_id >= 0:
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in families:
                    families.append(family)
    _families = families
    return families
