"""Importing this module stops PySide6 reading the source of our modules and Python's own library.

PySide6 reads the whole source of every module imported after it, to see whether it names "PySide6"
and so takes part in PySide's opt-in `__feature__` switches (snake_case and the like, which this app
never turns on). Imported just before the first of our modules that imports Qt (model.document, which
the window's start imports first), so none of the modules imported after it is read: about 15 ms of
each start for the window's ~120 modules and the ~30 of Python's own library they name.
"""

from __future__ import annotations

import os
import sys

import PySide6  # noqa: F401 - makes PySide's feature module, whose question is answered below


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


read_none_of_our_sources()
