"""Refresh the translation catalogues from the code and compile them (`make translations`).

    python tools/translations.py          # update every resources/translations/ecomap_LANG.ts, then .qm
    python tools/translations.py --check  # exit 1 if a catalogue or compiled file is out of date

pyside6-lupdate reads every ``_tr("Context", "Text")`` call (``_tr`` is ecomap_desktop.i18n.translate)
and every ``QT_TRANSLATE_NOOP`` and ``self.tr`` in src/; pyside6-lrelease compiles each .ts to the .qm
the app loads. tests/test_translations.py runs the same functions, so the check and the update agree.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "ecomap_desktop"
CATALOGUES = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python, else from PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project first (pip install -e .)")
    return found


def source_files() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


def catalogues() -> list[Path]:
    return sorted(CATALOGUES.glob("ecomap_*.ts"))


def lupdate(ts_files: list[Path], locations: str = "relative") -> None:
    """Bring *ts_files* in step with the code: new strings unfinished, vanished ones dropped."""
    if not ts_files:
        return
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-tr-function-alias", "translate+=_tr", "-no-obsolete",
         "-locations", locations, *map(str, source_files()), "-ts", *map(str, ts_files)],
        check=True, cwd=ROOT,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def update() -> None:
    files = catalogues()
    lupdate(files)
    for ts_file in files:
        lrelease(ts_file, ts_file.with_suffix(".qm"))


def stale() -> list[str]:
    """What is out of date, as sentences (empty when every .ts and .qm matches the code)."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts_file in catalogues():
            # lupdate writes paths relative to the .ts, so the copy sits in a same-depth folder.
            copy = Path(tmp) / "resources" / "translations" / ts_file.name
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ts_file, copy)
            lupdate([copy], locations="none")
            if _messages(copy) != _messages(ts_file):
                problems.append(f"{ts_file.name} does not match the code's strings: run `make translations`")
            qm_file = ts_file.with_suffix(".qm")
            fresh = Path(tmp) / qm_file.name
            lrelease(ts_file, fresh)
            if not qm_file.exists() or (qm_file.read_bytes() != fresh.read_bytes()
                                        and not _same_translations(ts_file, qm_file)):
                problems.append(f"{qm_file.name} is older than {ts_file.name}: run `make translations`")
    return problems


def _same_translations(ts_file: Path, qm_file: Path) -> bool:
    """Whether *qm_file* gives every translation *ts_file* holds (another lrelease version may lay
    out the same catalogue in other bytes)."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm_file)):
        return False
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, comment = message.findtext("source") or "", message.findtext("comment")
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if forms:
                if translator.translate(name, source, comment, 1) not in forms:
                    return False
            elif translator.translate(name, source, comment) != (translation.text or ""):
                return False
    return True


def _messages(ts_file: Path) -> set[tuple[str, str, str]]:
    """(context, source, comment) of every message still in use."""
    import xml.etree.ElementTree as ET

    found = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in {"obsolete", "vanished"}:
                continue
            found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        issues = stale()
        print("\n".join(issues) or "translations are up to date")
        sys.exit(1 if issues else 0)
    update()
