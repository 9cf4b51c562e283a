"""Write resources/licenses/: the licence texts of everything the installer ships besides our own code.

    python tools/collect_licences.py

Reads each runtime dependency's own licence files from its installed package metadata (so run it in
a venv with the app installed) and Python's licence from the running interpreter, and writes:
  GPL-3.0.txt                 the app's own licence (a copy of LICENSE)
  LGPL-3.0.txt                Qt, Qt for Python and python-bidi (read together with GPL-3.0.txt)
  THIRD-PARTY-NOTICES.txt     the BSD, MIT, Apache and PSF notices, one section per component
Help ▸ About lists the components (ui/dialogs/about.py) and shows these files. The font licences stay
beside the fonts in resources/fonts/. Rerun after adding or upgrading a dependency.
"""

from __future__ import annotations

import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "licenses"

#: (distribution, what it is, licence files to take, in order). python-bidi's LGPL text is LGPL-3.0.txt.
NOTICES = (
    ("networkx", "graph data structures (the map's model)", ("LICENSE.txt",)),
    ("reportlab", "PDF writing", ("LICENSE",)),
    ("rl_accel", "ReportLab's speed-ups", ("LICENSE.txt",)),
    ("cryptography", "encryption of password-protected maps", ("LICENSE", "LICENSE.APACHE", "LICENSE.BSD")),
    ("cffi", "used by cryptography", ("LICENSE",)),
    ("python-bidi", "right-to-left text order (its own licence is the LGPL 3.0; its Rust parts:)",
     ("LICENSE-THIRD-PARTY.yml",)),
    ("arabic-reshaper", "Arabic letter joining", ("LICENSE",)),
    ("pillow", "image support required by ReportLab", ("LICENSE",)),
    ("charset-normalizer", "required by ReportLab", ("LICENSE",)),
)


def _licence_file(dist: metadata.Distribution, name: str) -> str:
    for entry in dist.files or ():
        if entry.name == name and ".dist-info" in str(entry):
            return entry.read_text(encoding="utf-8")
    raise SystemExit(f"{dist.metadata['Name']}: no {name} in its package metadata")


def _python_licence() -> str:
    path = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if not path.is_file():
        raise SystemExit(f"Python's licence is not at {path}")
    return path.read_text(encoding="utf-8")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "GPL-3.0.txt").write_text((ROOT / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    bidi = metadata.distribution("python-bidi")
    (OUT / "LGPL-3.0.txt").write_text(_licence_file(bidi, "COPYING.LESSER"), encoding="utf-8")
    rule = "=" * 78
    parts = [
        "Ecomap Desktop: licences of the components it ships with\n",
        "Qt 6 and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser General Public\n"
        "License version 3 (LGPL-3.0.txt, read together with GPL-3.0.txt). Their source code is at\n"
        "https://download.qt.io/official_releases/ and https://code.qt.io/ . The bundled fonts' licences\n"
        "are in the fonts folder (LICENSE-OFL-1.1.txt, LICENSE-Apache-2.0.txt). Each section below is\n"
        "the component's own licence file, unchanged.\n",
    ]
    for dist_name, purpose, files in NOTICES:
        dist = metadata.distribution(dist_name)
        parts.append(f"\n{rule}\n{dist.metadata['Name']}: {purpose}\n{rule}\n")
        for name in files:
            parts.append(_licence_file(dist, name).rstrip() + "\n")
    parts.append(f"\n{rule}\nPython {sys.version_info.major}.{sys.version_info.minor} "
                 f"(the interpreter inside the installed app)\n{rule}\n{_python_licence().rstrip()}\n")
    (OUT / "THIRD-PARTY-NOTICES.txt").write_text("".join(parts), encoding="utf-8")
    for path in sorted(OUT.iterdir()):
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
