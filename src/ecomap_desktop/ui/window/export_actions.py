"""File-menu entries that make something from the map: PDF, picture, GraphML, blank worksheet, print.

Installed into a window's File menu by install_export_actions(window), above Close. The paper size
starts from Edit ▸ Settings (preferences.page_size()). The questions are module functions
(ask_pdf_export, ask_picture_initials, ask_graphml_options, ask_export_path) so tests can answer them;
the work is done by export/ and io/. Each export's dialog has an "Initials only" tick box: the file is
then made from a copy of the map where every name is its initials (export/initials_only.py), with the
notes, the title and the commitment left out unless the worker includes the notes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from ...io.errors import MapFileError
from .. import preferences
from ..dialogs import questions as dialogs
from .export_shown import Shown, shown_for_export
from .file_controller import file_stem
from ecomap_desktop.i18n import LANGUAGES, fill, installed_language, translate as _tr
from ..widgets.reader_language import tell_reader

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialogButtonBox

# export/ is imported only when the user exports or prints (start-up stays light; see
# tests/test_export_pdf.py::test_reportlab_is_not_loaded_at_start_up).


class PdfOptionsDialog(QDialog):
    """Paper, orientation, language and what to include, asked before choosing where to save a PDF
    (or, with *for_print*, before the printer dialog: a printout is laid out as the PDF is)."""

    def __init__(self, parent: QWidget | None, protected: bool = False, for_print: bool = False,
                 visits: int = 1, note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("printOptionsDialog" if for_print else "pdfOptionsDialog")
        self.setWindowTitle(_tr("ExportActions", "Print the map") if for_print
                            else _tr("ExportActions", "Export as PDF"))
        self.page_size = QComboBox()
        self.page_size.addItem(_tr("ExportActions", "US Letter"), "letter")
        self.page_size.addItem(_tr("ExportActions", "A4"), "a4")
        self.page_size.setCurrentIndex(self.page_size.findData(preferences.page_size()))
        self.orientation = QComboBox()
        self.orientation.addItem(_tr("ExportActions", "To suit the map's shape"), "auto")
        self.orientation.addItem(_tr("ExportActions", "Portrait (upright)"), "portrait")
        self.orientation.addItem(_tr("ExportActions", "Landscape (sideways)"), "landscape")
        self.worker_notes = QCheckBox(
            _tr("ExportActions", "Include my notes (on the map, the people and the lines)"))
        self.insights = QCheckBox(_tr("ExportActions", "Include a summary of what the map shows"))
        # On by default: the family sees what changed since the last visit. A map of one visit has
        # nothing to compare, so the box is shown off and disabled.
        self.changes = QCheckBox(_tr("ExportActions", "Include a page on what changed since the last visit"))
        self.changes.setChecked(visits > 1)
        self.changes.setEnabled(visits > 1)
        if visits <= 1:
            self.changes.setToolTip(_tr("ExportActions", "This map has only one visit so far."))
        self.initials_only = _initials_box()
        # The worker may read English while the family takes home Spanish: the PDF's own words can be
        # in another language than the window's (names and notes stay as typed).
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(_last_pdf_language())))
        tell_reader(self.language, name=lambda: _tr("ExportActions", "Language of the printout") if for_print
                    else _tr("ExportActions", "Language of the PDF"))
        form = QFormLayout()
        form.addRow(_tr("ExportActions", "Paper:"), self.page_size)
        form.addRow(_tr("ExportActions", "Page:"), self.orientation)
        form.addRow(_tr("ExportActions", "Language:"), self.language)
        form.addRow("", self.worker_notes)
        form.addRow("", self.insights)
        form.addRow("", self.changes)
        if not for_print:  # a printout is for the family, with their names
            form.addRow("", self.initials_only)
        layout = QVBoxLayout(self)
        _add_note(layout, note)
        layout.addLayout(form)
        if protected and not for_print:
            note = QLabel(_tr("ExportActions", "This map is protected with a password; the PDF will not be. "
                              "Keep it somewhere only you and the family can open."))
            note.setWordWrap(True)
            layout.addWidget(note)
        from PySide6.QtWidgets import QDialogButtonBox  # named when a dialog is made: see _save_buttons

        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.button(standard.Ok).setText(_tr("ExportActions", "Choose a printer…") if for_print
                                            else _tr("ExportActions", "Choose where to save…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self):
        from ...export.options import PageOptions

        return PageOptions(
            page_size=self.page_size.currentData(),
            orientation=self.orientation.currentData(),
            include_worker_notes=self.worker_notes.isChecked(),
            include_insights=self.insights.isChecked(),
            language=self.language.currentData(),
            include_changes=self.changes.isChecked(),
        )


# A language chosen for PDFs unlike the window's own (the family reads Spanish, the worker English).
# Only such a choice is remembered: a PDF made in the window's language leaves nothing behind, so
# after switching the window to Spanish the next PDF is Spanish too. (The older key remembered every
# PDF's language, even one nobody chose, and is forgotten.)
PDF_LANGUAGE_KEY = "export/pdf_other_language"
_OLD_PDF_LANGUAGE_KEY = "export/pdf_language"


def _last_pdf_language() -> str:
    """The language chosen on purpose for PDFs, else the window's own."""
    saved = str(QSettings().value(PDF_LANGUAGE_KEY, "") or "")
    return saved if saved in LANGUAGES else installed_language()


def _remember_pdf_language(language: str | None) -> None:
    settings = QSettings()
    settings.remove(_OLD_PDF_LANGUAGE_KEY)
    if language and language != installed_language():
        settings.setValue(PDF_LANGUAGE_KEY, language)
    else:  # back to the window's language: later PDFs follow the window again
        settings.remove(PDF_LANGUAGE_KEY)


def ask_pdf_options(parent: QWidget, protected: bool, for_print: bool = False, visits: int = 1,
                    note: str = ""):
    """The PDF's (or printout's) PageOptions, or None when the user cancels. *visits*: how many
    visits the map has (the page on what changed is offered from two); *note*: what is printed, when
    it is not simply today's map (export_shown)."""
    dialog = PdfOptionsDialog(parent, protected, for_print, visits, note)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    options = dialog.options()
    _remember_pdf_language(options.language)
    return options


def ask_pdf_export(parent: QWidget, protected: bool, visits: int = 1, note: str = ""):
    """(PageOptions, initials only) for a PDF, or None when the user cancels."""
    dialog = PdfOptionsDialog(parent, protected, visits=visits, note=note)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    options = dialog.options()
    _remember_pdf_language(options.language)
    return options, dialog.initials_only.isChecked()


def ask_print_options(parent: QWidget, visits: int = 1, note: str = ""):
    """The printout's PageOptions (the same choices as a PDF's), or None when the user cancels."""
    return ask_pdf_options(parent, False, for_print=True, visits=visits, note=note)


class GraphmlOptionsDialog(QDialog):
    """What to put in a GraphML file for network tools, asked before choosing where to save it."""

    def __init__(self, parent: QWidget | None, note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("graphmlOptionsDialog")
        self.setWindowTitle(_tr("ExportActions", "Export for research"))
        about = QLabel(_tr("ExportActions", "For network tools such as Gephi, igraph or R: the people, "
                           "groups and connections, with a number for how strong each connection is."))
        about.setWordWrap(True)
        # The same choice as the PDF's: the worker's notes stay out of a file that leaves the room.
        self.notes = QCheckBox(
            _tr("ExportActions", "Include my notes (on the map, the people and the lines)"))
        self.initials_only = _initials_box()
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        _add_note(layout, note)
        layout.addWidget(self.notes)
        layout.addWidget(self.initials_only)
        layout.addWidget(_save_buttons(self))


def ask_graphml_options(parent: QWidget, note: str = "") -> tuple[bool, bool] | None:
    """(the worker's notes included, initials only) for a GraphML file, or None when the user cancels."""
    dialog = GraphmlOptionsDialog(parent, note)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.notes.isChecked(), dialog.initials_only.isChecked()


class PictureOptionsDialog(QDialog):
    """Asked before choosing where to save a picture: whether it is a copy with initials only."""

    def __init__(self, parent: QWidget | None, note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pictureOptionsDialog")
        self.setWindowTitle(_tr("ExportActions", "Export as picture"))
        about = QLabel(_tr("ExportActions", "A PNG picture or an SVG drawing of the map, with its legend."))
        about.setWordWrap(True)
        self.initials_only = _initials_box()
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        _add_note(layout, note)
        layout.addWidget(self.initials_only)
        layout.addWidget(_save_buttons(self))


def ask_picture_initials(parent: QWidget, note: str = "") -> bool | None:
    """Whether the picture is a copy with initials only, or None when the user cancels."""
    dialog = PictureOptionsDialog(parent, note)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.initials_only.isChecked()


def _add_note(layout: QVBoxLayout, note: str) -> None:
    """Say what the file is made of when it is not simply today's map (a past visit, a comparison)."""
    if note:
        label = QLabel(note)
        label.setObjectName("shownNote")
        label.setWordWrap(True)
        layout.addWidget(label)


def _save_buttons(dialog: QDialog) -> QDialogButtonBox:
    """The options dialogs' OK ("Choose where to save…") and Cancel, wired to *dialog*."""
    # Named only when a dialog is made: PySide builds a Qt class's type and enums the first time a
    # module names it, and no start shows an export's questions (~0.5 ms of every start).
    from PySide6.QtWidgets import QDialogButtonBox

    standard = QDialogButtonBox.StandardButton
    buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
    buttons.button(standard.Ok).setText(_tr("ExportActions", "Choose where to save…"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _initials_box() -> QCheckBox:
    box = QCheckBox(_tr("ExportActions", "Initials only: a copy safe to share"))
    box.setToolTip(_tr("ExportActions", "For supervision or training: every name becomes its initials, the "
                       "household's too. The title, the commitment and the notes are left out unless "
                       "your notes are included."))
    return box


def initials_copy_name(files, extension: str) -> str:
    """Where a copy with initials only is first offered: beside the map, never under the map's own
    name (it often is the family's), else in Documents."""
    if files.path is not None:
        folder = str(files.path.parent)
    else:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / (_tr("ExportActions", "eco-map, initials only") + extension))


def ask_export_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    """A file name to write, or "" when the user cancels. The first filter's extension is added if missing."""
    from PySide6.QtWidgets import QFileDialog  # named when asked: see _save_buttons

    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    if path and not Path(path).suffix:
        match = re.search(r"\*(\.\w+)", chosen or filters)
        if match:
            path += match.group(1)
    return path


class ExportActions(QObject):
    """Owns the export entries of one window's File menu."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.files = window.files
        self.export_pdf = self._action(
            _tr("ExportActions", "&Export as PDF…"), "Ctrl+E",
            _tr("ExportActions", "Make a PDF of the map to keep, share or print"), self.on_export_pdf)
        self.export_picture = self._action(
            _tr("ExportActions", "Export as p&icture…"), None,
            _tr("ExportActions", "Save the map as a PNG picture or an SVG drawing"), self.on_export_picture)
        self.export_graphml = self._action(
            _tr("ExportActions", "Export for research (&GraphML)…"), None,
            _tr("ExportActions", "Save the people and connections for network analysis tools"),
            self.on_export_graphml)
        self.worksheet = self._action(
            _tr("ExportActions", "&Blank worksheet (PDF)…"), None,
            _tr("ExportActions", "A blank eco-map page to fill in by hand"), self.on_worksheet)
        self.print = self._action(_tr("ExportActions", "&Print…"), QKeySequence.StandardKey.Print,
                                  _tr("ExportActions", "Print the map with its legend"), self.on_print)
        menu = window.actions.file_menu
        before = window.actions.close
        actions = menu.actions()
        at = actions.index(before) if before in actions else -1
        if at > 0 and not actions[at - 1].isSeparator():
            menu.insertSeparator(before)
        menu.insertActions(before,
                           [self.export_pdf, self.export_picture, self.export_graphml, self.worksheet])
        menu.insertSeparator(before)
        menu.insertAction(before, self.print)
        menu.insertSeparator(before)

    def _action(self, text: str, shortcut, tip: str, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # ----- helpers ---------------------------------------------------------------------------

    def _suggested(self, extension: str, initials_only: bool = False, date: str = "") -> str:
        """Where the file is first offered; a past visit's *date* ("YYYY-MM-DD") joins its name."""
        dated = (" " + date + extension) if date else extension
        if initials_only:
            return initials_copy_name(self.files, dated)
        if self.files.path is not None:
            return str(self.files.path.with_name(self.files.path.stem + dated))
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / ((file_stem(self.files.display_name()) or _tr("ExportActions", "eco-map"))
                                   + dated))

    def _map(self, shown: Shown, initials_only: bool, keep_notes: bool):
        """The map to export: the one on show, or a copy of it with initials only (the window's stays
        as it is)."""
        if not initials_only:
            return shown.document
        from ...export.initials_only import initials_only_document

        return initials_only_document(shown.document, keep_notes=keep_notes)

    def _done(self, path: str, warnings=(), initials_only: bool = False) -> None:
        message = fill(_tr("ExportActions", "Saved “%1” with initials only.") if initials_only
                       else _tr("ExportActions", "Saved “%1”."), Path(path).name)
        if warnings:
            message += " " + " ".join(warnings)
        self.window.statusBar().showMessage(message, 10000)

    def _failed(self, exc: Exception) -> None:
        from ...export.options import ExportError

        text = str(exc) if isinstance(exc, (ExportError, MapFileError)) else _tr(
            "ExportActions",
            "The file could not be written. Check the folder and try again.")
        dialogs.show_error(self.window, _tr("ExportActions", "Could not export the map"), text)

    # ----- the actions -------------------------------------------------------------------------

    def on_export_pdf(self) -> bool:
        shown = shown_for_export(self.window)
        answer = ask_pdf_export(self.window, self.files.is_protected,
                                visits=shown.document.visit_count(), note=shown.page_note)
        if answer is None:
            return False
        options, initials = answer
        options = replace(options, changes_since=shown.changes_since)
        path = ask_export_path(self.window, _tr("ExportActions", "Save the PDF as"),
                               self._suggested(".pdf", initials, shown.past_date),
                               _tr("ExportActions", "PDF (*.pdf)"))
        if not path:
            return False
        from ...export.options import ExportError
        from ...export.pdf import export_pdf

        try:
            report = export_pdf(self._map(shown, initials, options.include_worker_notes), path, options)
        except (ExportError, MapFileError, OSError) as exc:
            self._failed(exc)
            return False
        self._done(path, report.warnings, initials)
        return True

    def on_export_picture(self) -> bool:
        shown = shown_for_export(self.window)
        initials = ask_picture_initials(self.window, shown.picture_note)
        if initials is None:
            return False
        filters = (_tr("ExportActions", "PNG picture (*.png)") + ";;"
                   + _tr("ExportActions", "SVG drawing (*.svg)"))
        path = ask_export_path(self.window, _tr("ExportActions", "Save the picture as"),
                               self._suggested(".png", initials, shown.past_date), filters)
        if not path:
            return False
        from ...export.images import export_png, export_svg
        from ...export.options import ExportError

        try:
            if Path(path).suffix.lower() == ".svg":
                warnings = export_svg(self._map(shown, initials, False), path)
            else:
                warnings = export_png(self._map(shown, initials, False), path)
        except (ExportError, MapFileError, OSError) as exc:
            self._failed(exc)
            return False
        self._done(path, warnings, initials)
        return True

    def on_export_graphml(self) -> bool:
        shown = shown_for_export(self.window)
        answer = ask_graphml_options(self.window, shown.picture_note)
        if answer is None:
            return False
        include_notes, initials = answer
        path = ask_export_path(self.window, _tr("ExportActions", "Save for research as"),
                               self._suggested(".graphml", initials, shown.past_date),
                               _tr("ExportActions", "GraphML (*.graphml)"))
        if not path:
            return False
        from ...export.options import ExportError
        from ...io.graphml import export_graphml

        try:
            export_graphml(self._map(shown, initials, include_notes), path, include_notes=include_notes)
        except (ExportError, MapFileError, OSError) as exc:
            self._failed(exc)
            return False
        self._done(path, initials_only=initials)
        return True

    def on_worksheet(self) -> bool:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = ask_export_path(self.window, _tr("ExportActions", "Save the blank worksheet as"),
                               str(Path(folder) / (_tr("ExportActions", "eco-map worksheet") + ".pdf")),
                               _tr("ExportActions", "PDF (*.pdf)"))
        if not path:
            return False
        from ...export.options import ExportError, PageOptions
        from ...export.worksheet import export_worksheet

        try:
            export_worksheet(path, PageOptions(preferences.page_size(), "portrait"))
        except (ExportError, MapFileError, OSError) as exc:
            self._failed(exc)
            return False
        self._done(path)
        return True

    def on_print(self) -> bool:
        from ...export.options import ExportError
        from ...export.printing import print_document

        shown = shown_for_export(self.window)
        options = ask_print_options(self.window, visits=shown.document.visit_count(), note=shown.page_note)
        if options is None:
            return False
        try:
            return print_document(shown.document, self.window,
                                  replace(options, changes_since=shown.changes_since))
        except ExportError as exc:
            self._failed(exc)
            return False


def install_export_actions(window: QMainWindow) -> ExportActions:
    return ExportActions(window)
