"""The languages the app is translated into (kept free of Qt so the command line can read it cheaply).

Code -> the language's own name, shown untranslated so a reader finds their language whatever the
interface says. English is the source language: its text is in the code. docs/translating.md says how
to add one.
"""

from __future__ import annotations

LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
}

SOURCE_LANGUAGE = "en"
