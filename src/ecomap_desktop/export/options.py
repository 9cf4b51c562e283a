"""Page choices for the PDF, the worksheet and printing, and the locale's default paper size.

Kept free of reportlab and Qt widgets so the app and the command line can build options cheaply.
"""

from __future__ import annotations

import locale as _locale
from dataclasses import dataclass

# Page sizes in PostScript points (1/72 inch), portrait.
PAGE_SIZES = {
    "letter": (612.0, 792.0),
    "a4": (595.2756, 841.8898),
}
ORIENTATIONS = ("portrait", "landscape", "auto")

# Countries (ISO 3166 codes) whose offices use US Letter paper; everywhere else uses A4.
LETTER_COUNTRIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "PR", "DO", "SV", "NI", "BZ", "BO"}
)


class ExportError(Exception):
    """An export could not be made. str() is one plain sentence for the user (no personal content)."""


@dataclass(frozen=True)
class PageOptions:
    """How to lay out a printed map."""

    page_size: str = "a4"  # "letter" or "a4"
    orientation: str = "auto"  # "portrait", "landscape" or "auto" (by the map's shape)
    include_worker_notes: bool = False  # the worker's own notes and the per-person notes
    include_insights: bool = False  # a summary of what the map shows (analysis.insights), after the notes
    language: str | None = None  # "es", "en"...: the page's language; None: the interface's language
    include_changes: bool = True  # a page on what changed since the last visit (maps with 2+ visits)
    # The earlier visit that page compares with (its id), as the window's comparison does; None, or an
    # id the map no longer has: the visit before the current one.
    changes_since: str | None = None

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page size must be one of: {', '.join(PAGE_SIZES)}")
        if self.orientation not in ORIENTATIONS:
            raise ValueError(f"orientation must be one of: {', '.join(ORIENTATIONS)}")
        if self.language is not None:
            from ..languages import LANGUAGES

            if self.language not in LANGUAGES:
                raise ValueError(f"language must be one of: {', '.join(LANGUAGES)}")


def _country_of(locale_name: str) -> str:
    """'en_US.UTF-8' -> 'US'; 'es-MX' -> 'MX'; 'C' -> ''."""
    name = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = name.split("_")
    return parts[-1].upper() if len(parts) >= 2 else ""


def default_page_size(locale_name: str | None = None) -> str:
    """'letter' for the Americas' Letter countries and the Philippines, else 'a4'.

    With no argument the system locale decides: Qt's QLocale when Qt is loaded (the app), else the C
    library's locale settings (the command line).
    """
    if locale_name is None:
        locale_name = _system_locale_name()
    return "letter" if _country_of(locale_name) in LETTER_COUNTRIES else "a4"


def _system_locale_name() -> str:
    import os
    import sys

    if "PySide6.QtCore" in sys.modules:  # always so in the app; Qt reads the platform's settings
        from PySide6.QtCore import QLocale

        return QLocale.system().name()
    for var in ("LC_ALL", "LC_PAPER", "LANG"):  # POSIX precedence for the paper category
        if os.environ.get(var):
            return os.environ[var]
    try:
        return _locale.getlocale()[0] or ""
    except ValueError:
        return ""


def page_dimensions(page_size: str, landscape: bool) -> tuple[float, float]:
    width, height = PAGE_SIZES[page_size]
    return (height, width) if landscape else (width, height)
