"""Importing this module stops PySide6 looking at every module imported after it.

PySide6 puts a function of its own in front of `import`, for its opt-in `__feature__` switches
(snake_case and the like, which this app never turns on): each import statement after it runs that
function's Python code (about 16k instructions a statement, where importing a module already loaded
takes about 8k), and the whole source of each new module is read to see whether it names "PySide6".
The window's start runs about 1,100 import statements after PySide.

Imported just before the first of our modules that imports Qt (model.document, which the window's
start imports first), this module takes that function out of the way again: `import` is what it
was before, the import that function passed each statement on to (builtins.__orig_import__), and
`from __feature__ import ...` switches nothing on in this process (about 13M instructions of each
start). If a later PySide puts no such function in front, or another one, `import` is left
as it is and PySide is only told the answer for our modules and Python's library, so that it reads
none of their sources.
"""

from __future__ import annotations

import builtins
import os
import sys

import PySide6  # noqa: F401 - puts PySide's import function and feature module in place


def read_none_of_our_sources() -> None:
    """Answer PySide's question for our modules and Python's library without reading their source.

    Our modules are answered as a module that names PySide6 is (switching default 0, no feature),
    Python's own library as one that does not (-1, left alone); any other module is still read. The
    hook is PySide's own internal one: if a later PySide has no such hook, nothing is changed and it
    reads the sources as before. Answered once, however often this is called.
    """
    feature = sys.modules.get("PySide6.support.feature")
    reads_source = getattr(feature, "_mod_uses_pyside", None)
    if not callable(reads_source) or getattr(reads_source, "answers_ours", False):
        return
    package = __package__.partition(".")[0]
    ours = package + "."
    python_library = os.path.dirname(os.__file__) + os.sep

    def uses_pyside(module) -> bool:
        name = getattr(module, "__name__", "")
        if name == package or name.startswith(ours):
            return True
        path = getattr(module, "__file__", None) or ""
        if path.startswith(python_library) and "-packages" not in path:
            return False
        return reads_source(module)

    uses_pyside.answers_ours = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


def skip_feature_import() -> None:
    """Take PySide's feature function out from in front of `import`, if that is what is there (PySide
    keeps what it stood in front of as builtins.__orig_import__); otherwise change nothing."""
    passed_on_to = getattr(builtins, "__orig_import__", None)
    feature_import = getattr(builtins, "__feature_import__", None)
    if passed_on_to is not None and feature_import is not None and builtins.__import__ is feature_import:
        builtins.__import__ = passed_on_to


read_none_of_our_sources()
skip_feature_import()
