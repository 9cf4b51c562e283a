"""Help ▸ About: the version, what the app is for, and the licences of everything it is made with.

The licence texts are bundled (resources/licenses/, resources/fonts/) and shown inside the dialog,
so they can be read with no internet.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import Qt, QT_TRANSLATE_NOOP, QUrl, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__
from ...i18n import fill, translate as _tr
from ...resources import resource_path
from ..icons.app import app_icon
from ..widgets.screen_fit import resize_within_screen
from ..widgets.reader_language import tell_reader
from ..widgets.swipe_scroll import swipe_to_scroll


@dataclass(frozen=True)
class Component:
    name: str
    purpose: str
    licence: str
    texts: tuple[tuple[str, ...], ...]  # bundled licence files, as resource_path parts
    distribution: str = ""  # package name, for the installed version


_NOTICES = ("licenses", "THIRD-PARTY-NOTICES.txt")
_LGPL = (("licenses", "LGPL-3.0.txt"), ("licenses", "GPL-3.0.txt"))


# Names and licences are shown through translate() too: most are proper names and stay as they are,
# the few with ordinary words in them ("fonts", "and", "or") are marked.
COMPONENTS = (
    Component("Qt", QT_TRANSLATE_NOOP("AboutDialog", "windows, drawing and printing"), "GNU LGPL 3.0", _LGPL),
    Component("Qt for Python (PySide6, shiboken6)", QT_TRANSLATE_NOOP("AboutDialog", "Qt from Python"),
              "GNU LGPL 3.0", _LGPL, "PySide6-Essentials"),
    Component("NetworkX", QT_TRANSLATE_NOOP("AboutDialog", "the map's people and connections"),
              QT_TRANSLATE_NOOP("AboutDialog", "BSD (3-clause)"), (_NOTICES,), "networkx"),
    Component(QT_TRANSLATE_NOOP("AboutDialog", "ReportLab and rl-accel"),
              QT_TRANSLATE_NOOP("AboutDialog", "PDF files"), "BSD", (_NOTICES,), "reportlab"),
    Component("cryptography", QT_TRANSLATE_NOOP("AboutDialog", "password-protected maps"),
              QT_TRANSLATE_NOOP("AboutDialog", "Apache 2.0 or BSD"), (_NOTICES,), "cryptography"),
    Component("python-bidi", QT_TRANSLATE_NOOP("AboutDialog", "right-to-left writing in PDFs"),
              "GNU LGPL 3.0", _LGPL + (_NOTICES,), "python-bidi"),
    Component("arabic-reshaper", QT_TRANSLATE_NOOP("AboutDialog", "Arabic letters in PDFs"), "MIT",
              (_NOTICES,), "arabic-reshaper"),
    Component("Pillow, charset-normalizer, cffi",
              QT_TRANSLATE_NOOP("AboutDialog", "needed by ReportLab and cryptography"),
              QT_TRANSLATE_NOOP("AboutDialog", "MIT-style"), (_NOTICES,)),
    Component("Python", QT_TRANSLATE_NOOP("AboutDialog", "the language the app is written in"), "PSF License",
              (_NOTICES,)),
    Component(QT_TRANSLATE_NOOP("AboutDialog", "Noto Sans fonts"),
              QT_TRANSLATE_NOOP("AboutDialog", "the text in PDFs and pictures"),
              "SIL Open Font License 1.1", (("fonts", "LICENSE-OFL-1.1.txt"),)),
    Component(QT_TRANSLATE_NOOP("AboutDialog", "Droid Sans Fallback font"),
              QT_TRANSLATE_NOOP("AboutDialog", "Chinese, Japanese and Korean text"),
              "Apache 2.0", (("fonts", "LICENSE-Apache-2.0.txt"),)),
)


def _version(component: Component) -> str:
    if component.name == "Qt":
        return qVersion()
    if component.name == "Python":
        import sys

        return ".".join(str(n) for n in sys.version_info[:3])
    if not component.distribution:
        return ""
    try:
        return metadata.version(component.distribution)
    except metadata.PackageNotFoundError:  # an installer built without that package's metadata
        return ""


def licence_url(parts: tuple[str, ...]) -> str:
    return "licence:" + "/".join(parts)


def components_html() -> str:
    """The table of components, each with its licence and links to the bundled licence texts."""
    rows = []
    for component in COMPONENTS:
        version = _version(component)
        name = html.escape(_tr("AboutDialog", component.name))
        if version:
            name += f" <span style='color:#666'>{html.escape(version)}</span>"
        purpose = html.escape(_tr("AboutDialog", component.purpose))
        licence = html.escape(_tr("AboutDialog", component.licence))
        links = " · ".join(
            f"<a href='{licence_url(parts)}'>{html.escape(parts[-1])}</a>" for parts in component.texts
        )
        rows.append(
            f"<tr><td><b>{name}</b><br><span style='color:#555'>{purpose}</span></td>"
            f"<td>{licence}<br>{links}</td></tr>"
        )
    return (
        "<p>" + html.escape(_tr("AboutDialog", "Ecomap Desktop is made with these free components. Their "
                                "licences are included; choose a file name to read it.")) + "</p>"
        "<table cellspacing='0' cellpadding='5' width='100%'>" + "".join(rows) + "</table>"
    )


class AboutDialog(QDialog):
    """The version, the app's own licence, and the third-party licences with their texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(fill(_tr("AboutDialog", "About %1"), APP_NAME))
        resize_within_screen(self, 640, 600)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(72, 72))
        title = QLabel(f"<span style='font-size:18pt; font-weight:600'>{html.escape(APP_NAME)}</span><br>"
                       + html.escape(fill(_tr("AboutDialog", "Version %1"), __version__)))
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addSpacing(8)
        header.addWidget(title, 1)

        summary = QLabel(
            html.escape(_tr("AboutDialog", "Draw a family's eco-map side by side with a parent: the people "
                            "and groups around them and how each connection feels. It works without the "
                            "internet; maps are kept only where you save them."))
            + "<br><br>"
            + html.escape(_tr("AboutDialog", "Free software: you may use, share and change it under the GNU "
                              "General Public License, version 3 or later."))
            + f" <a href='{licence_url(('licenses', 'GPL-3.0.txt'))}'>GPL-3.0.txt</a>"
        )
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.RichText)
        summary.setOpenExternalLinks(False)
        summary.linkActivated.connect(lambda url: self.show_licence(QUrl(url)))

        self.browser = QTextBrowser()
        self.browser.setObjectName("aboutLicences")
        self.browser.setOpenLinks(False)
        swipe_to_scroll(self.browser)
        self.browser.anchorClicked.connect(self.show_licence)
        tell_reader(self.browser, name=lambda: _tr("AboutDialog", "Licences"))

        self.back = QPushButton(_tr("AboutDialog", "Back to the list"))
        self.back.clicked.connect(self.show_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.back, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(summary)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.show_list()

    def show_list(self) -> None:
        self.browser.setHtml(components_html())
        self.back.setEnabled(False)

    def show_licence(self, url: QUrl) -> None:
        """Show a bundled licence text (a "licence:folder/file" link) in the dialog."""
        text = url.toString()
        if not text.startswith("licence:"):
            return
        parts = tuple(text[len("licence:"):].split("/"))
        try:
            content = resource_path(*parts).read_text(encoding="utf-8")
        except (FileNotFoundError, OSError, UnicodeDecodeError) as exc:
            content = str(exc)
        self.browser.setPlainText(content)
        self.back.setEnabled(True)


def show_about(parent: QWidget | None = None) -> None:
    AboutDialog(parent).exec()
