"""The questions about visits: Map ▸ New visit… (a date, today unless told, and a label) and
whether to delete a visit."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, \
    QMessageBox, QVBoxLayout, QWidget

from ...i18n import installed_language
from ...model.visits import MAX_VISIT_LABEL, date_in_words
from ecomap_desktop.i18n import translate as _tr


def _qdate(date: str) -> QDate:
    return QDate.fromString(date, "yyyy-MM-dd")


class NewVisitDialog(QDialog):
    """Asks for the new visit's date (never before the current visit's) and a label."""

    def __init__(self, parent: QWidget | None, today: str, current_date: str) -> None:
        super().__init__(parent)
        self.setObjectName("newVisitDialog")
        self.setWindowTitle(_tr("Visits", "New visit"))
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("Visits", "Today's map is kept as it is, as a past visit. The new visit starts "
                                     "as a copy of it, ready to be redrawn with the family."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        earliest = _qdate(current_date)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("newVisitDate")
        self.date_edit.setCalendarPopup(True)
        # The month's name in the app's language, whatever the machine's own language is.
        self.date_edit.setLocale(QLocale(installed_language()))
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setMinimumDate(earliest)
        self.date_edit.setDate(max(_qdate(today), earliest))
        self.date_edit.setAccessibleName(_tr("Visits", "Date of the visit"))
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("newVisitLabel")
        self.label_edit.setMaxLength(MAX_VISIT_LABEL)
        self.label_edit.setPlaceholderText(_tr("Visits", "for example: 30-day review"))
        self.label_edit.setAccessibleName(_tr("Visits", "Label (optional)"))
        form = QFormLayout()
        form.addRow(_tr("Visits", "&Date:"), self.date_edit)
        form.addRow(_tr("Visits", "&Label (optional):"), self.label_edit)
        layout.addLayout(form)
        # Why an earlier date cannot be picked, said before anyone tries.
        why = QLabel(_tr("Visits", "The date cannot be before the current visit (%1): visits are kept "
                                   "in the order they happened.").replace("%1", date_in_words(current_date)))
        why.setObjectName("newVisitWhy")
        why.setWordWrap(True)
        layout.addWidget(why)

        kinds = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(kinds.Ok | kinds.Cancel)
        buttons.button(kinds.Ok).setText(_tr("Visits", "Start the visit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def date(self) -> str:
        """The chosen date, "YYYY-MM-DD"."""
        return self.date_edit.date().toString("yyyy-MM-dd")

    def label(self) -> str:
        return self.label_edit.text().strip()


def ask_delete_visit(parent: QWidget, date: str) -> bool:
    """Delete the visit of *date* ("YYYY-MM-DD")? Asked first, although it can be undone."""
    box = QMessageBox(parent)
    box.setObjectName("deleteVisitQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Visits", "Delete visit"))
    box.setText(_tr("Visits", "Delete the visit of %1? Its map is removed from this file. You can undo this.")
                .replace("%1", date_in_words(date)))
    delete = box.addButton(_tr("Visits", "Delete visit"), QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("deleteVisitButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is delete
