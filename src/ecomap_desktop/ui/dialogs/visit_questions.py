"""The questions about visits: Map ▸ New visit… (a date, today unless told, and a label) and
whether to delete a visit."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, \
    QMessageBox, QVBoxLayout, QWidget

from ...dates import date_pattern
from ...i18n import current_locale
from ...model.visits import MAX_VISIT_LABEL, date_in_words
from ecomap_desktop.i18n import fill, translate as _tr
from ..widgets.reader_language import tell_reader


def _qdate(date: str) -> QDate:
    return QDate.fromString(date, "yyyy-MM-dd")


class VisitDialog(QDialog):
    """A visit's date (kept between *earliest* and *latest*, and told why) and its optional label."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, date: str, earliest: str | None,
                 latest: str | None, label: str, why: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)

        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("visitDate")
        self.date_edit.setCalendarPopup(True)
        # Written as every list of visits writes a date: the month's name in the app's language, in
        # its region's order, whatever the machine's own language is.
        locale = current_locale()
        self.date_edit.setLocale(locale)
        self.date_edit.setDisplayFormat(date_pattern(locale))
        if earliest is not None:
            self.date_edit.setMinimumDate(_qdate(earliest))
        if latest is not None:
            self.date_edit.setMaximumDate(_qdate(latest))
        self.date_edit.setDate(_qdate(date))
        tell_reader(self.date_edit, name=lambda: _tr("Visits", "Date of the visit"))
        self.label_edit = QLineEdit(label)
        self.label_edit.setObjectName("visitLabel")
        self.label_edit.setMaxLength(MAX_VISIT_LABEL)
        self.label_edit.setPlaceholderText(_tr("Visits", "for example: 30-day review"))
        tell_reader(self.label_edit, name=lambda: _tr("Visits", "Label (optional)"))
        form = QFormLayout()
        form.addRow(_tr("Visits", "&Date:"), self.date_edit)
        form.addRow(_tr("Visits", "&Label (optional):"), self.label_edit)
        layout.addLayout(form)
        # Why some dates cannot be picked, said before anyone tries.
        why_label = QLabel(why)
        why_label.setObjectName("visitDateWhy")
        why_label.setWordWrap(True)
        layout.addWidget(why_label)

        kinds = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(kinds.Ok | kinds.Cancel)
        buttons.button(kinds.Ok).setText(ok_text)
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


class NewVisitDialog(VisitDialog):
    """Map ▸ New visit…: the date (today, never before the current visit's) and a label."""

    def __init__(self, parent: QWidget | None, today: str, current_date: str) -> None:
        super().__init__(
            parent, _tr("Visits", "New visit"),
            _tr("Visits", "Today's map is kept as it is, as a past visit. The new visit starts as a copy of "
                          "it, ready to be redrawn with the family."),
            max(today, current_date), current_date, None, "",
            fill(_tr("Visits", "The date cannot be before the current visit (%1): visits are kept in the "
                               "order they happened."), date_in_words(current_date)),
            _tr("Visits", "Start the visit"))
        self.setObjectName("newVisitDialog")


class EditVisitDialog(VisitDialog):
    """A visit's "Change date or label…": its date stays between the visits before and after it."""

    def __init__(self, parent: QWidget | None, date: str, label: str, earliest: str | None,
                 latest: str | None) -> None:
        if earliest and latest:
            why = _tr("Visits", "The date stays between the visits before and after it (%1 and %2): visits "
                                "are kept in the order they happened.")
            why = fill(why, date_in_words(earliest), date_in_words(latest))
        elif earliest:
            why = fill(_tr("Visits", "The date cannot be before the visit before it (%1): visits are kept in "
                                     "the order they happened."), date_in_words(earliest))
        elif latest:
            why = fill(_tr("Visits", "The date cannot be after the visit after it (%1): visits are kept in "
                                     "the order they happened."), date_in_words(latest))
        else:
            why = ""
        super().__init__(
            parent, _tr("Visits", "Change the visit"),
            _tr("Visits", "Only the visit's date and label change; its map stays as it was."),
            date, earliest, latest, label, why, _tr("Visits", "Change"))
        self.setObjectName("editVisitDialog")


def ask_delete_visit(parent: QWidget, date: str) -> bool:
    """Delete the visit of *date* ("YYYY-MM-DD")? Asked first, although it can be undone."""
    box = QMessageBox(parent)
    box.setObjectName("deleteVisitQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Visits", "Delete visit"))
    box.setText(fill(_tr("Visits", "Delete the visit of %1? Its map is removed from this file. You can undo "
                                   "this."), date_in_words(date)))
    delete = box.addButton(_tr("Visits", "Delete visit"), QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("deleteVisitButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is delete
