"""Undo commands for visits: start one, delete one, change a visit's date or label."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ecomap_desktop.i18n import fill, translate as _tr

from .document import Document
from .visits import (
    MAX_VISITS,
    RemovedVisit,
    check_date_fits,
    check_visit_date,
    check_visit_label,
    date_in_words,
    new_visit_id,
)
from .vocabulary import ModelError


class NewVisitCommand(QUndoCommand):
    """Keep the map as it is now as a past visit and start a new visit from a copy of it."""

    def __init__(self, doc: Document, date: str, label: str = "") -> None:
        super().__init__(_tr("Commands", "New visit"))
        self._doc = doc
        self._date = check_visit_date(date)
        self._label = check_visit_label(label)
        if date < doc.current_visit().date:
            raise ModelError(_tr("Visits", "a new visit cannot be dated before the visit it follows"))
        if doc.visit_count() >= MAX_VISITS:
            raise ModelError(fill(_tr("Visits", "a map holds at most %1 visits"), str(MAX_VISITS)))
        # The same id on every redo, so later commands that name this visit still find it.
        self.visit_id = new_visit_id()

    def redo(self) -> None:
        self._doc.start_visit(self._date, self._label, self.visit_id)

    def undo(self) -> None:
        self._doc.undo_start_visit(self.visit_id)


class DeleteVisitCommand(QUndoCommand):
    """Delete one visit (not the only one); deleting the current one makes the one before current."""

    def __init__(self, doc: Document, visit_id: str) -> None:
        index = doc.visit_index(visit_id)
        if doc.visit_count() == 1:
            raise ModelError(_tr("Visits", "the only visit of a map cannot be deleted"))
        date = doc.visits()[index].date
        super().__init__(fill(_tr("Commands", "Delete visit of %1"), date_in_words(date)))
        self._doc = doc
        self._id = visit_id
        self._token: RemovedVisit | None = None

    def redo(self) -> None:
        self._token = self._doc.remove_visit(self._id)

    def undo(self) -> None:
        assert self._token is not None
        self._doc.restore_visit(self._token)
        self._token = None


class EditVisitCommand(QUndoCommand):
    """Change a visit's date and/or label."""

    def __init__(
        self, doc: Document, visit_id: str, date: str | None = None, label: str | None = None
    ) -> None:
        super().__init__(_tr("Commands", "Change visit"))
        visit = doc.visits()[doc.visit_index(visit_id)]
        self._doc = doc
        self._id = visit_id
        self._new = (None if date is None else check_visit_date(date),
                     None if label is None else check_visit_label(label))
        self._old = (visit.date if date is not None else None, visit.label if label is not None else None)
        if self._new[0] is not None:  # refused now, before the command reaches the undo stack
            check_date_fits(doc.visits(), doc.visit_index(visit_id), self._new[0])

    def redo(self) -> None:
        self._doc.set_visit(self._id, date=self._new[0], label=self._new[1])

    def undo(self) -> None:
        self._doc.set_visit(self._id, date=self._old[0], label=self._old[1])
