"""The interfaces a screen reader is given for the canvas (a list) and for each of its people, groups
and connections (list items it can press, focus, or open the menu of), the name box and the legend.
accessible.CanvasReader makes them when a reader first asks, so the window starts without them; they
ask the reader for every word.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QAccessibleTextInterface,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QGraphicsView, QWidget

from ..widgets.accessible_leaf import LeafAccessible
from ..widgets.tab_bar_accessible import action_pointer

# One child of the canvas: ("node", id) or ("edge", id).
Key = tuple[str, str]

_PRESS = QAccessibleActionInterface.pressAction()
_SET_FOCUS = QAccessibleActionInterface.setFocusAction()
_SHOW_MENU = QAccessibleActionInterface.showMenuAction()


class _CanvasChild(LeafAccessible):
    """What the canvas's children share: the view's CanvasReader, the view as the widget they sit in,
    and the one Qt interface each offers besides QAccessibleInterface (OFFERS: a subclass derives
    from it second, after this class)."""

    OFFERS: QAccessible.InterfaceType | None = None

    def __init__(self, reader: QObject) -> None:  # reader: the view's CanvasReader
        LeafAccessible.__init__(self)
        self._reader = reader

    def parent_widget(self) -> QWidget:
        return self._reader.view

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        if kind == self.OFFERS:
            # The second C++ base's pointer, as action_pointer explains (whichever interface it is).
            return action_pointer(self)
        return shiboken6.VoidPtr(0)


class ItemAccessible(_CanvasChild, QAccessibleActionInterface):
    """One person, group or connection of the canvas, as the reader meets it (a list item a reader
    can press to select, focus, or open the context menu of)."""

    OFFERS = QAccessible.InterfaceType.ActionInterface

    def __init__(self, reader: QObject, key: Key) -> None:
        _CanvasChild.__init__(self, reader)
        QAccessibleActionInterface.__init__(self)
        self.key = key
        self.leaving = False

    def isValid(self) -> bool:  # noqa: N802 - Qt's names from here on
        try:
            return self.leaving or self._reader.exists(self.key)
        except RuntimeError:  # the window has closed
            return False

    def text(self, kind: QAccessible.Text) -> str:
        if self.leaving or not self.isValid():
            return ""
        if kind == QAccessible.Text.Name:
            return self._reader.name(self.key)
        if kind == QAccessible.Text.Description:
            return self._reader.description(self.key)
        return ""

    def setText(self, _kind, _text: str) -> None:
        return None  # names are changed through the map (Enter or F2 on the canvas), never here

    def rect(self) -> QRect:
        return QRect() if self.leaving or not self.isValid() else self._reader.screen_rect(self.key)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = state.selectable = True
        item = None if self.leaving or not self.isValid() else self._reader.item(self.key)
        if item is None:
            state.invalid = True
            return state
        view = self._reader.view
        state.selected = item.isSelected()
        state.focused = view.hasFocus() and self._reader.focus_key() == self.key
        state.invisible = not item.isVisible()
        state.offscreen = not view.viewport().rect().intersects(
            view.mapFromScene(item.sceneBoundingRect()).boundingRect())
        return state

    def actionNames(self) -> list[str]:
        return [] if self.leaving or not self.isValid() else [_PRESS, _SET_FOCUS, _SHOW_MENU]

    def doAction(self, name: str) -> None:
        if not self.leaving and self.isValid() and name in (_PRESS, _SET_FOCUS, _SHOW_MENU):
            self._reader.do_action(self.key, name)

    def keyBindingsForAction(self, name: str) -> list[str]:
        if name != _SHOW_MENU:
            return []
        return [QKeySequence(Qt.Key.Key_Menu).toString(QKeySequence.SequenceFormat.NativeText)]


class NameBoxAccessible(_CanvasChild, QAccessibleTextInterface):
    """The name box open on the canvas (a person's or group's name typed in place), as the editable
    text it is: a reader says it is typing into a name, reads the name so far (by character, word or
    the whole), follows the caret, and hears what is typed (CanvasReader sends the text's changes).

    Offsets are the box's own (Qt's, counted in UTF-16 units, as QTextCursor counts them). The
    selection is never reported (selectionCount is 0): PySide cannot hand a reader its ends
    (QAccessibleTextInterface.selection is not in its bindings), and a count with no ends would make
    a reader read made-up offsets. A reader can still select and move the caret.
    """

    OFFERS = QAccessible.InterfaceType.TextInterface

    def __init__(self, reader: QObject) -> None:
        _CanvasChild.__init__(self, reader)
        QAccessibleTextInterface.__init__(self)

    def _editor(self):
        try:
            return self._reader.scene.label_editor()
        except RuntimeError:  # the window has closed
            return None

    def isValid(self) -> bool:  # noqa: N802 - Qt's names from here on
        return self._editor() is not None

    def text(self, kind_or_start, end: int | None = None) -> str:
        """QAccessibleInterface.text(kind), or QAccessibleTextInterface.text(start, end): PySide
        sends both here, told apart by their arguments."""
        editor = self._editor()
        if editor is None:
            return ""
        if end is not None:
            return self._cursor(editor, kind_or_start, end).selectedText()
        kind = kind_or_start
        if kind == QAccessible.Text.Name:
            return self._reader.name_box_words()
        if kind == QAccessible.Text.Value:
            return editor.toPlainText()
        if kind == QAccessible.Text.Description:
            return self._reader.name_box_words(how=True)
        return ""

    def setText(self, _kind, _text: str) -> None:
        return None  # typed on the canvas: Enter keeps it as one undo step, Esc leaves it as it was

    def rect(self) -> QRect:
        editor = self._editor()
        if editor is None:
            return QRect()
        return self._on_screen(editor.sceneBoundingRect())

    def _on_screen(self, scene_rect: QRectF) -> QRect:
        view = self._reader.view
        local = view.mapFromScene(scene_rect).boundingRect()
        return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.EditableText

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        editor = self._editor()
        if editor is None:
            state.invalid = True
            return state
        state.editable = state.focusable = state.selectableText = True
        state.focused = self._reader.view.hasFocus() and editor.hasFocus()
        return state

    # ----- the text interface ------------------------------------------------------------------

    @staticmethod
    def _count(editor) -> int:
        return editor.document().characterCount() - 1  # less the end of the last paragraph

    def _cursor(self, editor, start: int, end: int | None = None) -> QTextCursor:
        """A cursor at *start*, selecting to *end* (each kept within the text)."""
        count = self._count(editor)
        cursor = QTextCursor(editor.document())
        cursor.setPosition(max(0, min(start, count)))
        if end is not None:
            end = count if end < 0 else end  # -1: to the end, as Qt's own interfaces take it
            cursor.setPosition(max(0, min(end, count)), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def characterCount(self) -> int:
        editor = self._editor()
        return 0 if editor is None else self._count(editor)

    def cursorPosition(self) -> int:
        editor = self._editor()
        return 0 if editor is None else editor.textCursor().position()

    def setCursorPosition(self, position: int) -> None:
        editor = self._editor()
        if editor is not None:
            editor.setTextCursor(self._cursor(editor, position))

    def selectionCount(self) -> int:
        return 0  # see the class's docstring

    def addSelection(self, start: int, end: int) -> None:
        self.setSelection(0, start, end)

    def setSelection(self, _index: int, start: int, end: int) -> None:
        editor = self._editor()
        if editor is not None:
            editor.setTextCursor(self._cursor(editor, start, end))

    def removeSelection(self, _index: int) -> None:
        editor = self._editor()
        if editor is not None:
            cursor = editor.textCursor()
            cursor.clearSelection()
            editor.setTextCursor(cursor)

    def characterRect(self, offset: int) -> QRect:
        editor = self._editor()
        if editor is None or not 0 <= offset < self._count(editor):
            return QRect()
        block = editor.document().findBlock(offset)
        layout, at = block.layout(), offset - block.position()
        line = layout.lineForTextPosition(at)
        if not line.isValid():
            return QRect()
        left, right = line.cursorToX(at)[0], line.cursorToX(at + 1)[0]
        corner = layout.position()
        box = QRectF(corner.x() + min(left, right), corner.y() + line.y(), abs(right - left), line.height())
        return self._on_screen(editor.mapRectToScene(box))

    def offsetAtPoint(self, point: QPoint) -> int:
        editor = self._editor()
        if editor is None:
            return -1
        view = self._reader.view
        scene_point = view.mapToScene(view.viewport().mapFromGlobal(point))
        return editor.document().documentLayout().hitTest(editor.mapFromScene(scene_point),
                                                          Qt.HitTestAccuracy.ExactHit)

    def scrollToSubstring(self, _start: int, _end: int) -> None:
        editor = self._editor()
        if editor is not None:
            self._reader.view.ensureVisible(editor.sceneBoundingRect(), 20, 20)


class LegendAccessible(_CanvasChild, QAccessibleActionInterface):
    """The legend on the map: its title as its name, what each kind of line means as its description
    (read whether it is open or folded to its title), and pressing it opens or folds it."""

    OFFERS = QAccessible.InterfaceType.ActionInterface

    def __init__(self, reader: QObject) -> None:
        _CanvasChild.__init__(self, reader)
        QAccessibleActionInterface.__init__(self)

    def _fold(self) -> str:
        try:
            return self._reader.scene.legend_item().fold()
        except RuntimeError:  # the window has closed
            return "away"

    def isValid(self) -> bool:  # noqa: N802 - Qt's names from here on
        try:
            return self._reader.legend() is not None
        except RuntimeError:
            return False

    def text(self, kind: QAccessible.Text) -> str:
        if not self.isValid():
            return ""
        title, entries = self._reader.legend_words()
        if kind == QAccessible.Text.Name:
            return title
        if kind == QAccessible.Text.Description:
            return entries
        return ""

    def setText(self, _kind, _text: str) -> None:
        return None  # the legend's words are the map's (Map details), never typed here

    def rect(self) -> QRect:
        return self._reader.legend_rect() if self.isValid() else QRect()

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem  # the last of the canvas's list, one a reader can expand

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        if not self.isValid():
            state.invalid = True
            return state
        state.expandable = True
        fold = self._fold()
        state.expanded, state.collapsed = fold == "open", fold != "open"
        return state

    def actionNames(self) -> list[str]:
        return [_PRESS] if self.isValid() else []

    def doAction(self, name: str) -> None:
        if name == _PRESS and self.isValid():
            self._reader.open_or_fold_legend()

    def keyBindingsForAction(self, name: str) -> list[str]:
        from .legend_place import KEYS

        return [QKeySequence(KEYS).toString(QKeySequence.SequenceFormat.NativeText)] if name == _PRESS else []


class CanvasAccessible(QAccessibleWidget):
    """The canvas view: a list of the map's people, groups and connections, after the widgets shown
    over the map that a reader must meet too (the first start's hint: see overlays())."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view, QAccessible.Role.List)

    @property
    def _reader(self) -> QObject:  # the view's CanvasReader
        # Asked of the view each time: PySide keeps every interface its factory made, and this one
        # must not keep the window's parts alive after the window has gone.
        return self.widget().canvas_reader

    def _overlays(self) -> list[QWidget]:
        return self._reader.overlays()

    def _before_items(self) -> list[QAccessibleInterface]:
        """What a reader meets before the map's people: the widgets shown over the canvas, then the
        name box while one is open."""
        before = [QAccessible.queryAccessibleInterface(overlay) for overlay in self._overlays()]
        name_box = self._reader.name_box()
        return before + [name_box] if name_box is not None else before

    def childCount(self) -> int:  # noqa: N802 - Qt's names from here on
        legend = 1 if self._reader.legend() is not None else 0
        return len(self._before_items()) + len(self._reader.keys()) + legend

    def child(self, index: int):
        before = self._before_items()
        if 0 <= index < len(before):
            return before[index]
        keys = self._reader.keys()
        index -= len(before)
        if index == len(keys):  # after the map's people and lines, as on paper: the legend
            return self._reader.legend()
        return self._reader.child(keys[index]) if 0 <= index < len(keys) else None

    def indexOfChild(self, child) -> int:
        before = self._before_items()
        key = getattr(child, "key", None)
        if key is not None:
            index = self._reader.index_of(key)
            return index + len(before) if index >= 0 else -1
        if isinstance(child, LegendAccessible):
            legend = self._reader.legend()
            return len(before) + len(self._reader.keys()) if legend is child else -1
        if isinstance(child, NameBoxAccessible):
            return next((i for i, iface in enumerate(before) if iface is child), -1)
        widget = child.object() if child is not None else None
        return next((i for i, iface in enumerate(before)
                     if widget is not None and iface.object() is widget), -1)

    def focusChild(self):
        for overlay in self._overlays():
            if overlay.isAncestorOf(QApplication.focusWidget()):
                return QAccessible.queryAccessibleInterface(overlay)
        name_box = self._reader.name_box()
        if name_box is not None and name_box.state().focused:
            return name_box
        key = self._reader.focus_key() if self._reader.view.hasFocus() else None
        return self._reader.child(key) if key is not None else None

    def childAt(self, x: int, y: int):
        for overlay in self._overlays():
            if QRect(overlay.mapToGlobal(QPoint(0, 0)), overlay.size()).contains(x, y):
                return QAccessible.queryAccessibleInterface(overlay)
        name_box = self._reader.name_box()
        if name_box is not None and name_box.rect().contains(x, y):
            return name_box
        legend = self._reader.legend()
        if legend is not None and legend.rect().contains(x, y):  # drawn over the map
            return legend
        key = self._reader.key_at(QPoint(x, y))
        return self._reader.child(key) if key is not None else None

