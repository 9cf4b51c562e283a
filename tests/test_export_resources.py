"""Bundled fonts are found from a checkout and from an installed (built) package."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ecomap_desktop.resources import resource_path, resources_root

ROOT = Path(__file__).resolve().parent.parent
FONTS = [
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansThai-Regular.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "DroidSansFallbackFull.ttf",
]


def test_checkout_finds_fonts_and_licences():
    for name in FONTS + ["LICENSE-OFL-1.1.txt", "LICENSE-Apache-2.0.txt", "README.md"]:
        path = resource_path("fonts", name)
        assert path.is_file() and path.stat().st_size > 0
    assert resources_root() == ROOT / "resources"


def test_fonts_are_truetype_with_glyf_outlines_and_small_enough():
    total = 0
    for name in FONTS:
        data = resource_path("fonts", name).read_bytes()
        total += len(data)
        assert data[:4] == b"\x00\x01\x00\x00", name  # TrueType, not CFF ("OTTO")
        count = int.from_bytes(data[4:6], "big")
        tags = {data[12 + 16 * i : 16 + 16 * i] for i in range(count)}
        assert b"glyf" in tags and b"CFF " not in tags, name
    assert total < 15 * 1024 * 1024


def test_missing_resource_is_a_plain_error():
    with pytest.raises(FileNotFoundError, match="reinstall"):
        resource_path("fonts", "no-such-font.ttf")


def test_built_package_carries_the_fonts(tmp_path):
    """setup.py maps resources/ into the package; a build must contain it and the code must find it."""
    build = tmp_path / "lib"
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(build)],
        cwd=ROOT, check=True, capture_output=True,
    )
    installed = build / "ecomap_desktop" / "_resources" / "fonts"
    for name in FONTS + ["LICENSE-OFL-1.1.txt", "LICENSE-Apache-2.0.txt"]:
        assert (installed / name).is_file(), name
    code = (
        "import ecomap_desktop.resources as r;"
        "print(r.__file__);print(r.resource_path('fonts','NotoSans-Regular.ttf'))"
    )
    env = dict(os.environ, PYTHONPATH=str(build))
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, check=True,
                         capture_output=True, text=True).stdout.split("\n")
    assert out[0].startswith(str(build))
    assert out[1] == str(installed / "NotoSans-Regular.ttf")
