"""Naming a node on the canvas: the in-place label editor of the editing scene (MapScene)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ... import style
from ...model.commands import EditNodeCommand
from ...model.vocabulary import MAX_LABEL, has_control, strip_controls
from ..widgets.length_limit import show_limit_note_under
from ..widgets.plain_text import show_refusal_under

if TYPE_CHECKING:  # imported when a name is first edited, not at start
    from ...canvas.items.label_editor import LabelEditor


class LabelEditing:
    """MapScene's label editing; MapScene sets _editor and _editing_id (None) and owns the rest."""

    _editor: LabelEditor | None
    _editing_id: str | None

    def edit_selected_label(self) -> bool:
        ids = self.selected_node_ids()
        return bool(ids) and self.edit_label(ids[-1])

    def edit_label(self, node_id: str, select_all: bool = True) -> bool:
        """Open the in-place editor on a node's label (Enter commits, Esc cancels)."""
        if node_id not in self._nodes:
            return False
        from ...canvas.items.label_editor import LabelEditor

        self.commit_label_edit()
        item = self._nodes[node_id]
        width = style.LABEL_WRAP_WIDTH.get(item.kind, style.LABEL_WRAP_WIDTH["person"]) + 24
        editor = LabelEditor(self.document.node(node_id)["label"], width, MAX_LABEL,
                             accepts=lambda text: not has_control(text))
        height = editor.document().size().height()
        editor.setScale(self._text_scale)  # the text-size setting applies while typing too
        editor.setPos(item.x() - width * self._text_scale / 2, item.y() - height * self._text_scale / 2)
        editor.committed.connect(partial(self._on_label_committed, node_id))
        editor.cancelled.connect(self._close_editor)
        editor.limit_reached.connect(partial(show_limit_note_under, editor, MAX_LABEL))
        editor.refused.connect(partial(show_refusal_under, editor))
        self._editor, self._editing_id = editor, node_id
        self.addItem(editor)
        item.set_label_hidden(True)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if select_all:
            editor.select_all()
        self.ensure_node_visible(node_id)
        return True

    def is_editing_label(self) -> bool:
        return self._editor is not None

    def editing_node_id(self) -> str | None:
        """The node whose name is open for typing, or None."""
        return self._editing_id

    def commit_label_edit(self) -> None:
        if self._editor is not None:
            self._editor.commit()

    def cancel_label_edit(self) -> None:
        if self._editor is not None:
            self._editor.cancel()

    def _on_label_committed(self, node_id: str, text: str) -> None:
        self._close_editor()
        # One line, no control characters (pasted text can carry them; the model refuses them).
        text = strip_controls(" ".join(text.split()))[:MAX_LABEL]
        if node_id in self._nodes and text and text != self.document.node(node_id)["label"]:
            self.undo_stack.push(EditNodeCommand(self.document, node_id, {"label": text}))

    def _close_editor(self) -> None:
        editor, node_id = self._editor, self._editing_id
        self._editor, self._editing_id = None, None
        if editor is None:
            return
        if node_id in self._nodes:
            self._nodes[node_id].set_label_hidden(False)
        # The editor may be inside its own key handler: hide it now and let Qt delete it (which
        # also takes it off the scene) once that handler has returned.
        editor.hide()
        editor.deleteLater()
        self._sync_focus_item()
