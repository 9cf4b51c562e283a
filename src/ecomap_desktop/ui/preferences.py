"""The user's settings that several parts of the app read, each with its QSettings key and default.

Settings owned by one module stay there and are reused, not copied: the autosave interval
(autosave.INTERVAL_KEY, "autosave/interval_seconds") and the recent-maps switch
(file_controller.REMEMBER_RECENT_KEY, "privacy/remember_recent_files"). This module adds the paper
size for PDF export and printing, the interface language, the first-run hint's flag and touch mode.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QT_TRANSLATE_NOOP

from ..languages import LANGUAGES as TRANSLATED

PAGE_SIZE_KEY = "export/page_size"
PAGE_SIZES = ("letter", "a4")  # as export.options.PAGE_SIZES, which is imported only when exporting
LANGUAGE_KEY = "ui/language"
FIRST_RUN_KEY = "first_run/hint_shown"

# Interface languages offered in Settings: (code, name). "" follows the computer's language. Names
# are written in their own language so a reader finds theirs whatever the interface is in.
LANGUAGES = (
    ("", QT_TRANSLATE_NOOP("Preferences", "The computer's language")),
    *TRANSLATED.items(),
)


def page_size(settings: QSettings | None = None) -> str:
    """"letter" or "a4": the saved choice, else the paper of the computer's region.

    *settings*: where to read (default: the running app's own settings)."""
    value = str((settings or QSettings()).value(PAGE_SIZE_KEY, "") or "")
    if value in PAGE_SIZES:
        return value
    from ..export.options import default_page_size

    return default_page_size()


def set_page_size(value: str) -> None:
    if value not in PAGE_SIZES:
        raise ValueError(f"page size must be one of: {', '.join(PAGE_SIZES)}")
    QSettings().setValue(PAGE_SIZE_KEY, value)


def language() -> str:
    """The chosen interface language code, or "" for the computer's language."""
    value = str(QSettings().value(LANGUAGE_KEY, "") or "")
    return value if value in {code for code, _ in LANGUAGES} else ""


def set_language(code: str) -> None:
    """Remember the interface language; it is applied the next time the app starts."""
    if code not in {c for c, _ in LANGUAGES}:
        raise ValueError(f"unknown language code: {code!r}")
    QSettings().setValue(LANGUAGE_KEY, code)


def first_run_hint_shown() -> bool:
    return str(QSettings().value(FIRST_RUN_KEY, "false")).lower() == "true"


def set_first_run_hint_shown() -> None:
    QSettings().setValue(FIRST_RUN_KEY, True)


# Touch mode (fingertip-sized handles and toolbar): "auto" turns it on when the screen is touched.
TOUCH_MODE_KEY = "ui/touch_mode"
TOUCH_MODES = ("auto", "on", "off")


def touch_mode() -> str:
    value = str(QSettings().value(TOUCH_MODE_KEY, "auto") or "auto")
    return value if value in TOUCH_MODES else "auto"


def set_touch_mode(value: str) -> None:
    if value not in TOUCH_MODES:
        raise ValueError(f"touch mode must be one of: {', '.join(TOUCH_MODES)}")
    QSettings().setValue(TOUCH_MODE_KEY, value)
