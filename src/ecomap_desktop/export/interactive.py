"""Export from the window: ask where (and, for a PDF, which paper), export, and say how it went.

The main window's File menu can call ``export_with_dialogs(doc, parent, "pdf")`` (or "png", "svg",
"graphml", "worksheet") and ``printing.print_document(doc, parent)``. Import this module only when
the user chooses an export, like the rest of the package.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from .options import ExportError, PageOptions, default_page_size

FORMATS = {
    "pdf": ("PDF (*.pdf)", ".pdf"),
    "worksheet": ("PDF (*.pdf)", ".pdf"),
    "png": ("PNG picture (*.png)", ".png"),
    "svg": ("SVG drawing (*.svg)", ".svg"),
    "graphml": ("GraphML for network tools (*.graphml)", ".graphml"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


class PageOptionsDialog(QDialog):
    """Paper, orientation and whether the worker's own notes go in."""

    def __init__(self, parent: QWidget | None = None, worksheet: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Blank worksheet") if worksheet else _tr("PDF for the family"))
        form = QFormLayout(self)
        self.paper = QComboBox()
        self.paper.addItem(_tr("Letter"), "letter")
        self.paper.addItem(_tr("A4"), "a4")
        self.paper.setCurrentIndex(self.paper.findData(default_page_size()))
        form.addRow(_tr("Paper:"), self.paper)
        self.orientation = QComboBox()
        if not worksheet:
            self.orientation.addItem(_tr("Best fit for the map"), "auto")
        self.orientation.addItem(_tr("Portrait (tall)"), "portrait")
        self.orientation.addItem(_tr("Landscape (wide)"), "landscape")
        form.addRow(_tr("Page:"), self.orientation)
        self.worker_notes = QCheckBox(_tr("Include the worker's own notes"))
        self.worker_notes.setChecked(False)
        if not worksheet:
            form.addRow("", self.worker_notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> PageOptions:
        return PageOptions(self.paper.currentData(), self.orientation.currentData(), self.worker_notes.isChecked())


def suggested_name(doc, fmt: str) -> str:
    """A file name from the map's title (letters, digits, spaces and dashes only)."""
    if fmt == "worksheet":
        base = _tr("eco-map worksheet")
    else:
        base = (doc.meta("title") or doc.node(doc.centre_id)["label"] or _tr("eco-map")).strip()
    base = re.sub(r"[^\w\- ]+", "", base, flags=re.UNICODE).strip()[:60] or "eco-map"
    return base + FORMATS[fmt][1]


def export_with_dialogs(doc, parent: QWidget | None, fmt: str, start_folder: str = "") -> str | None:
    """Ask for options (PDF) and a file name, export, and tell the user. Returns the path or None."""
    from ..io.mapfile import MapFileError

    options = None
    if fmt in ("pdf", "worksheet"):
        dialog = PageOptionsDialog(parent, worksheet=fmt == "worksheet")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options = dialog.options()
    name_filter, suffix = FORMATS[fmt]
    start = f"{start_folder.rstrip('/')}/{suggested_name(doc, fmt)}" if start_folder else suggested_name(doc, fmt)
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Export"), start, name_filter)
    if not path:
        return None
    if not path.lower().endswith(suffix):
        path += suffix
    warnings: list[str] = []
    try:
        if fmt == "pdf":
            from .pdf import export_pdf

            warnings = export_pdf(doc, path, options).warnings
        elif fmt == "worksheet":
            from .worksheet import export_worksheet

            export_worksheet(path, options)
        elif fmt == "png":
            from .images import export_png

            export_png(doc, path)
        elif fmt == "svg":
            from .images import export_svg

            export_svg(doc, path)
        else:
            from ..io.graphml import export_graphml

            export_graphml(doc, path)
    except (MapFileError, ExportError) as exc:
        QMessageBox.warning(parent, _tr("Export"), str(exc))
        return None
    if warnings:
        QMessageBox.information(parent, _tr("Export"), "\n\n".join(warnings))
    return path
