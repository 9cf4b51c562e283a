"""What the screen-reader tests share: a walk through every page the panels beside the map show, and
the controls on show that a reader would meet with no name."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from ecomap_desktop.model.vocabulary import STEPS

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractItemView,
               QAbstractSpinBox, QAbstractSlider)


Selection = tuple[list[str], list[str]]  # (node ids, edge ids)


def each_panel(window, selections: Iterable[Selection]) -> Iterator[tuple[Selection, str, object]]:
    """Bring every page of the panels beside the map on show in turn, and yield (selection, step,
    dock) while each is: for each selection on the map (a page of the Details panel), each step of
    the guide, each tab beside the canvas raised."""
    conv = window.conversation
    docks = [window.details_dock, conv.guide_dock, conv.insights_dock, window.accessibility.list_dock]
    for selection in selections:
        window.scene.select_ids(*selection)
        for step in STEPS:
            conv.guide.show_step(step)
            for dock in docks:
                dock.raise_()
                QApplication.processEvents()
                yield selection, step, dock


def _inside_compound_control(widget: QWidget) -> bool:
    """Parts of one control that the control itself names (a combo's pop-up list, a spin box's text)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, (QHeaderView, QScrollBar))


def unnamed_controls(window: QWidget) -> list[str]:
    """Controls on show (or shown once their page or tab is) that have no name a screen reader can say."""
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy() is not None
               and label.text().strip()}
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _inside_compound_control(widget):
            continue
        if not widget.isVisibleTo(window):
            continue  # not on show in this state (another tab or page; a test goes through them)
        if widget.accessibleName().strip():
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue  # a button's own text is its name
        if id(widget) in buddies:
            continue
        chain, parent = [], widget
        while parent is not None and parent is not window:
            chain.append(f"{type(parent).__name__}({parent.objectName()!r})")
            parent = parent.parentWidget()
        missing.append(" < ".join(chain))
    return missing
