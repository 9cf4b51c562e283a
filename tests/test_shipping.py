"""What ships: bundled files found the same way from a checkout, a wheel and the installer's folder;
the app icon; the Linux menu entry and file type; the installer recipe."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from ecomap_desktop import resources

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = [
    ("fonts", "NotoSans-Regular.ttf"), ("fonts", "LICENSE-OFL-1.1.txt"), ("icons", "ecomap-desktop.svg"),
    ("icons", "ecomap-desktop-48.png"), ("help", "quick-guide.html"), ("licenses", "LGPL-3.0.txt"),
    ("licenses", "THIRD-PARTY-NOTICES.txt"), ("linux", "ecomap-desktop.desktop"),
    ("linux", "ecomap-desktop-mime.xml"), ("linux", "install-desktop-entry.sh"),
    # The Spanish interface and guide: a wheel or installer without them starts in English.
    ("translations", "ecomap_es.qm"), ("help", "quick-guide.es.html"),
]


@pytest.fixture
def fresh_root():
    resources.resources_root.cache_clear()
    yield
    resources.resources_root.cache_clear()


# ----- resource_path: checkout, wheel, installer --------------------------------------------------


def test_checkout_finds_every_bundled_folder(fresh_root):
    assert resources.resources_root() == ROOT / "resources"
    for parts in BUNDLED:
        assert resources.resource_path(*parts) == ROOT / "resources" / Path(*parts)


def test_installer_bundle_is_found_through_meipass(fresh_root, tmp_path, monkeypatch):
    bundle = tmp_path / "_internal"
    (bundle / "ecomap_desktop" / "_resources" / "fonts").mkdir(parents=True)
    (bundle / "ecomap_desktop" / "_resources" / "fonts" / "NotoSans-Regular.ttf").write_bytes(b"font")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.resources_root() == bundle / "ecomap_desktop" / "_resources"
    assert resources.resource_path("fonts", "NotoSans-Regular.ttf").read_bytes() == b"font"
    with pytest.raises(FileNotFoundError, match="reinstall"):
        resources.resource_path("help", "quick-guide.html")


def test_meipass_without_frozen_is_ignored(fresh_root, tmp_path, monkeypatch):
    (tmp_path / "ecomap_desktop" / "_resources" / "fonts").mkdir(parents=True)
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_root() == ROOT / "resources"


def test_a_built_wheel_carries_every_resource_and_finds_it(tmp_path):
    """pip builds the wheel from a copy of the project; unpacked, the package finds its files inside."""
    source = tmp_path / "src-copy"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "resources", source / "resources")
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--disable-pip-version-check", "-w", str(tmp_path / "wheels"), str(source)],
                   check=True, capture_output=True, timeout=240)
    (wheel,) = (tmp_path / "wheels").glob("ecomap_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for parts in BUNDLED:
            assert "ecomap_desktop/_resources/" + "/".join(parts) in names, parts
        archive.extractall(tmp_path / "site")
    code = ("import ecomap_desktop.resources as r; print(r.__file__); "
            "print(r.resource_path('help', 'quick-guide.html')); "
            "print(r.resource_path('icons', 'ecomap-desktop-256.png'))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(tmp_path / "site")
    out = subprocess.run([sys.executable, "-S", "-c", code], cwd=tmp_path, env=env, check=True,
                         capture_output=True, text=True).stdout.splitlines()
    installed = tmp_path / "site" / "ecomap_desktop"
    assert out == [str(installed / "resources.py"),
                   str(installed / "_resources" / "help" / "quick-guide.html"),
                   str(installed / "_resources" / "icons" / "ecomap-desktop-256.png")]


# ----- the icon ------------------------------------------------------------------------------------


def test_icon_pngs_are_rendered_from_the_svg(qapp):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import render_icons
    finally:
        sys.path.pop(0)
    from PySide6.QtGui import QImage

    for size in render_icons.SIZES:
        committed = QImage(str(ROOT / "resources" / "icons" / render_icons.png_name(size)))
        fresh = QImage.fromData(render_icons.render(size))
        assert committed.size() == fresh.size() and committed.width() == size
        differing = sum(
            1 for y in range(size) for x in range(size)
            if abs(committed.pixelColor(x, y).alpha() - fresh.pixelColor(x, y).alpha()) > 40
        )
        assert differing <= size * size * 0.02, f"{size}px icon is out of date: run tools/render_icons.py"


def test_the_application_and_its_windows_carry_the_icon(qapp):
    from ecomap_desktop.ui.app import create_application
    from ecomap_desktop.ui.icons.app import ICON_SIZES, app_icon

    app = create_application()
    icon = app.windowIcon()
    assert not icon.isNull()
    assert sorted(s.width() for s in app_icon().availableSizes()) == sorted(ICON_SIZES)
    assert app.desktopFileName() == "ecomap-desktop"


# ----- Linux menu entry and file type ------------------------------------------------------------


def _desktop_entry() -> dict[str, str]:
    lines = (ROOT / "resources" / "linux" / "ecomap-desktop.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def test_desktop_entry_opens_ecomap_files_with_the_icon():
    entry = _desktop_entry()
    assert entry["Type"] == "Application" and entry["Name"] == "Ecomap Desktop"
    assert entry["Exec"] == "ecomap %f" and entry["Icon"] == "ecomap-desktop"
    assert "application/x-ecomap;" in entry["MimeType"]
    assert entry["Terminal"] == "false"


def test_mime_type_is_the_ecomap_glob():
    root = ET.parse(ROOT / "resources" / "linux" / "ecomap-desktop-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (mime,) = root.findall("m:mime-type", ns)
    assert mime.get("type") == "application/x-ecomap"
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.ecomap"]
    assert mime.find("m:icon", ns).get("name") == "ecomap-desktop"


def test_install_script_adds_and_removes_the_menu_entry_in_the_users_folder(tmp_path):
    program = tmp_path / "my apps" / "ecomap"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    data = tmp_path / "share"
    env = dict(os.environ, XDG_DATA_HOME=str(data), HOME=str(tmp_path))
    script = ROOT / "resources" / "linux" / "install-desktop-entry.sh"
    subprocess.run(["sh", str(script), str(program)], env=env, check=True, capture_output=True)
    entry = (data / "applications" / "ecomap-desktop.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in entry and f"TryExec={program}" in entry
    assert (data / "mime" / "packages" / "ecomap-desktop.xml").is_file()
    for size in (16, 48, 256):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "ecomap-desktop.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "ecomap-desktop.svg").is_file()
    subprocess.run(["sh", str(script), "--uninstall"], env=env, check=True, capture_output=True)
    assert not (data / "applications" / "ecomap-desktop.desktop").exists()
    assert not (data / "mime" / "packages" / "ecomap-desktop.xml").exists()
    missing = subprocess.run(["sh", str(script), str(tmp_path / "nothing-here")], env=env,
                             capture_output=True, text=True)
    assert missing.returncode == 2 and "can be run" in missing.stderr


# ----- the installer recipe ----------------------------------------------------------------------


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((ROOT / "build_installer.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == name for t in node.targets):
            return list(ast.literal_eval(node.value)) if not isinstance(node.value, ast.ListComp) else [
                "PySide6." + elt.value for elt in node.value.generators[0].iter.elts]
    raise AssertionError(f"{name} not in build_installer.spec")


def test_installer_leaves_out_no_qt_module_the_app_uses():
    used = set()
    for path in (ROOT / "src").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"} <= used
    excluded = {name.split(".", 1)[1] for name in _spec_list("QT_EXCLUDES")}
    assert not used & excluded, used & excluded
    assert {"QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtMultimedia"} <= excluded


def test_installer_is_one_folder_with_the_resources_and_examples():
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert "COLLECT(" in spec  # one folder; a one-file build has no COLLECT
    assert '(str(ROOT / "resources"), "ecomap_desktop/_resources")' in spec
    assert '(str(ROOT / "examples"), "examples")' in spec
    assert "_rl_accel" in _spec_list("HIDDEN_IMPORTS")


def test_installer_extra_pins_a_minimum_pyinstaller():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'installer = \["pyinstaller>=\d+\.\d+"\]', text)
