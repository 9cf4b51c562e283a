"""Languages: which translations exist, installing them, and printing in another language.

Every user-visible string goes through :func:`translate` with a literal context, written as
``_tr("Context", "Text")`` so ``pyside6-lupdate -tr-function-alias translate+=_tr`` finds it
(``make translations``). The .qm files live in resources/translations, one per language.

An export can be made in a language other than the interface's (the worker reads English, the
parent takes home Spanish): inside :func:`export_language` every :func:`translate` call reads that
language's catalogue directly, without touching the application's installed translators, so the
window never flickers into another language.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from ecomap_desktop.languages import LANGUAGES, SOURCE_LANGUAGE
from ecomap_desktop.resources import resource_path

__all__ = ["LANGUAGES", "SOURCE_LANGUAGE", "Plurals", "export_language", "fill", "install", "resolve",
           "translate", "window_translate"]

_local = threading.local()


def translations_dir():
    return resource_path("translations")


def qm_path(language: str):
    return translations_dir() / f"ecomap_{language}.qm"


def normalise(language: str | None) -> str | None:
    """'es_MX', 'es-419', 'ES' -> 'es'; None or an unknown language -> None."""
    if not language:
        return None
    code = language.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def _system_locale() -> QLocale:
    return QLocale.system()


def system_language() -> str:
    """The first of the system's preferred UI languages we have, else English."""
    for name in _system_locale().uiLanguages():
        code = normalise(name)
        if code:
            return code
    return SOURCE_LANGUAGE


def resolve(choice: str | None) -> str:
    """The language to use for a settings choice ('' or None means follow the system)."""
    return normalise(choice) or system_language()


def _load(language: str) -> QTranslator | None:
    """Our catalogue for *language*, or None for English (the source text is the English)."""
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator()
    if not translator.load(str(qm_path(language))):
        raise FileNotFoundError(f"A bundled file is missing (translations/ecomap_{language}.qm); please "
                                "reinstall Ecomap Desktop.")
    return translator


def _load_qt(language: str) -> QTranslator | None:
    """Qt's own catalogue (standard dialog buttons, colour and file dialogs) when Qt ships one."""
    if language == SOURCE_LANGUAGE:
        return None
    # Named here, for a translated window only: PySide builds a Qt class's type and enums the first
    # time it is named, which an English start would pay for nothing (issue 18).
    from PySide6.QtCore import QLibraryInfo

    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder):
        return translator
    return None


# Qt's own file dialog words that the catalogue Qt ships still has under their older wording (Qt 6
# writes "&Look in:" where qtbase_es has "Look in:"), so Open and Save showed them in English. Ours
# carries them, with "File name" too so the three read alike ("archivo", as the rest of ours says);
# it is installed after Qt's, so it is asked first.
QT_FILE_DIALOG_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_installed: list[QTranslator] = []


def install(language: str) -> str:
    """Install *language* (a code from LANGUAGES) for the whole application; returns the code used.

    Replaces whatever this module installed before. A missing catalogue falls back to English.
    """
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = normalise(language) or SOURCE_LANGUAGE
    try:
        ours = _load(code)
    except FileNotFoundError:
        code, ours = SOURCE_LANGUAGE, None
    for translator in (_load_qt(code), ours):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    # Dates and numbers follow the chosen language, unless the system already speaks it (then
    # the system's own regional formats are kept: Mexican Spanish stays Mexican). Set every time, so
    # installing another language later never leaves the previous one's dates behind.
    QLocale.setDefault(_regional_locale(code, (_system_locale(),)))
    global _installed_code
    _installed_code = code
    return code


_installed_code = SOURCE_LANGUAGE


def installed_language() -> str:
    """The interface's language as installed by :func:`install` (English before that)."""
    return _installed_code


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of *text* in the current language (see :func:`export_language`)."""
    override = getattr(_local, "override", None)
    if override is None:
        return QCoreApplication.translate(context, text, disambiguation, n)
    translator = override[1]
    found = translator.translate(context, text, disambiguation, n) if translator is not None else ""
    result = found or text
    # QCoreApplication.translate fills %n; a bare QTranslator leaves that to the caller.
    return result.replace("%n", str(n)) if n >= 0 else result


_MARKER = re.compile(r"%([1-9])")


def fill(template: str, *values: str) -> str:
    """*template* (a translated sentence) with %1 ... %9 replaced by *values*, in one pass.

    Replacing the markers one after another would fill a marker inside an earlier value again: a
    person typed as "Ana %2" would come out as "Ana Jess helps Jess". A marker with no value (and any
    other "%", such as "40%") stays as written; %n is filled by :func:`translate` before this.
    """
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return values[index - 1] if index <= len(values) else match.group(0)

    return _MARKER.sub(value, template)


class Plurals:
    """Base of a small class named after a context, for counted sentences.

    pyside6-lupdate reads ``MapList.tr("%n people", None, n)`` as a plural message of the context
    "MapList" (the name before ``.tr``), but not ``_tr("MapList", "%n people", None, n)``: that one
    comes out singular only (or not at all when the count is an expression), and Spanish then falls
    back to English. Translates through :func:`translate`, so :func:`export_language` holds.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(cls.__name__, text, disambiguation, n)


def window_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """*text* in the interface's language even inside :func:`export_language`: for what the user is
    told about an export (its warnings and errors), as opposed to the words printed on its pages.

    Mark the text where it is written with ``QT_TRANSLATE_NOOP("Context", "Text")`` so lupdate finds it.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def current_locale() -> QLocale:
    """The locale for dates and numbers in the current language (see :func:`export_language`)."""
    override = getattr(_local, "override", None)
    if override is None:
        # The installed language's (the window's default locale, set by install()). The command line
        # installs none and speaks English: a German system's "3. April" would sit in English words.
        return _regional_locale(_installed_code, (QLocale(), _system_locale()))
    # Mexican Spanish stays Mexican even when the window is in English.
    return _regional_locale(override[0], (QLocale(), _system_locale()))


def _regional_locale(code: str, candidates: tuple[QLocale, ...]) -> QLocale:
    """The locale for *code*: the region of the first candidate that speaks it, else the language's own.

    Built from the name, not the candidate itself: on Linux the system locale formats dates from
    LC_TIME, which may be another language than its name says (LANGUAGE=en with LANG=es_ES gave
    Spanish dates on an English page)."""
    for candidate in candidates:
        if normalise(candidate.name()) == code:
            return QLocale(candidate.name())
    return QLocale(code)


@contextlib.contextmanager
def export_language(language: str | None) -> Iterator[str]:
    """Within the block, :func:`translate` speaks *language* (None: the interface's language, also
    inside another export_language block). Per thread: other threads keep their own language."""
    if language is None:
        code, override = installed_language(), None
    else:
        code = normalise(language)
        if code is None:
            raise ValueError(f"unknown language {language!r}; available: {', '.join(LANGUAGES)}")
        override = (code, _load(code))
    previous = getattr(_local, "override", None)
    _local.override = override
    try:
        yield code
    finally:
        _local.override = previous
