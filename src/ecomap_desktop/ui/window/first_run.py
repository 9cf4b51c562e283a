"""The first start: a new map with the centre ready to name, and a calm hint of what to do first.

`start_first_run(window)` is called by app.start_windows when the app starts on a new map. The very
first time (the settings flag preferences.FIRST_RUN_KEY is not set) it opens the centre's name for
typing and shows a small banner at the top of the canvas; the flag is set at once, so the hint is
shown on one start only. "Got it" hides it; the quick guide button opens Help ▸ Quick guide. Once
the family has STEP_ASIDE_AFTER people and groups the hint has done its work and steps aside by
itself, giving the canvas back (at 1280 x 720 its band left too little room to keep them all in view),
and a screen reader is told so, once and politely (it was there for the reader too, and went silently).

While the hint shows, the canvas draws the map below it (the view's top margin is the hint's band),
so it hides no one the parent and the worker draw; a screen reader finds it first among the canvas's
children (editor.accessible.OVERLAY_PROPERTY).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ecomap_desktop.i18n import translate as _tr

from .. import preferences
from ..editor.accessible import OVERLAY_PROPERTY, OVERLAY_WORDS_PROPERTY
from ..widgets import announce as speech
from ..widgets.reader_language import tell_reader

# People and groups drawn, besides the family, after which the hint steps aside by itself.
STEP_ASIDE_AFTER = 3


class FirstRunHint(QFrame):
    """A banner across the top of the canvas, the map drawn below it; follows the canvas's size and
    is dismissed with "Got it"."""

    # The user asked for the quick guide.
    guide_requested = Signal()
    # "Got it": the hint is gone.
    dismissed = Signal()
    # Gone either way ("Got it", or stepped aside): the canvas is the map's again.
    closed = Signal()

    MAX_WIDTH = 660
    # Between the hint and the canvas's edge above it, and between the hint and the map below it.
    GAP = 10

    def __init__(self, canvas: QWidget) -> None:
        super().__init__(canvas)
        self.setObjectName("firstRunHint")
        self.setProperty(OVERLAY_PROPERTY, True)
        tell_reader(self, name=lambda: _tr("FirstRun", "First steps"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#firstRunHint { background: #fffdf5; border: 2px solid #0072b2; border-radius: 10px; }"
            "#firstRunHint QLabel { background: transparent; color: #1f1f1f; }"
        )
        title = QLabel(_tr("FirstRun", "Welcome. Start in the middle."))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        self.message = QLabel(_tr(
            "FirstRun",
            "Type the family's name in the big circle, then press Enter. Then add the people and groups "
            "in their life with Add person and Add group, and join each one to the family with a line "
            "that shows how the connection feels. Anything can be undone."
        ))
        self.message.setWordWrap(True)
        # Said once when the map first gets the keys, just after the reader is told of the name box
        # there (it sits on the canvas, where no focus passes through it): said before, the focus
        # move into the name box cut it short on some readers.
        self.setProperty(OVERLAY_WORDS_PROPERTY, f"{title.text()} {self.message.text()}")
        self.guide_button = QPushButton(_tr("FirstRun", "Quick guide"))
        self.guide_button.setToolTip(
            _tr("FirstRun", "How to draw the map, what the lines mean, saving and privacy (F1)"))
        self.dismiss_button = QPushButton(_tr("FirstRun", "Got it"))
        self.dismiss_button.setDefault(True)
        self.guide_button.clicked.connect(self.guide_requested)
        self.dismiss_button.clicked.connect(self.dismiss)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.guide_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        canvas.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            # Its buttons grew (touch mode) or its words changed size: as tall as it now needs,
            # or the message would be cut.
            self._place()
        return handled

    def _place(self) -> None:
        canvas = self.parentWidget()
        width = max(280, min(self.MAX_WIDTH, canvas.width() - 40))
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        self.setGeometry((canvas.width() - width) // 2, canvas.frameWidth() + self.GAP, width, height)
        if self.isVisible():
            self._keep_the_map_clear()

    def _keep_the_map_clear(self) -> None:
        """The canvas draws the map below the hint's band (its viewport starts there), so no name or
        circle is ever under it, and a new person is placed where it can be seen."""
        self._set_top_margin(self.height() + 2 * self.GAP)

    def _set_top_margin(self, top: int) -> None:
        canvas = self.parentWidget()
        if canvas is not None and canvas.viewportMargins().top() != top:
            canvas.setViewportMargins(0, top, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._keep_the_map_clear()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self._set_top_margin(0)  # the whole canvas is the map's again

    def dismiss(self) -> None:
        self.hide()  # start_first_run has already noted that the hint was shown
        self.dismissed.emit()
        self.closed.emit()

    def step_aside(self) -> None:
        """Hide, the family's first people drawn, and tell a screen reader the hint has gone (said
        on behalf of the canvas it sat on: the hint is hidden by then). Nothing if already hidden."""
        if self.isHidden():
            return  # "Got it" came first: the reader heard the button
        self.hide()
        speech.announce(self.parentWidget(), _tr(
            "FirstRun", "The welcome hint has closed. The whole canvas shows the map now."))
        self.closed.emit()


def start_first_run(window) -> FirstRunHint | None:
    """On the first start, open the centre's name for typing and show the hint; None on later starts."""
    if preferences.first_run_hint_shown():
        return None
    preferences.set_first_run_hint_shown()
    scene = window.scene
    centre = window.document.centre_id
    scene.select_ids([centre])
    scene.edit_label(centre)
    window.view.setFocus()
    hint = FirstRunHint(window.view)
    hint.guide_requested.connect(lambda: _open_guide(window))
    hint.dismissed.connect(lambda: _back_to_the_map(window))
    # The band's room goes back to the map: fitted again unless someone zoomed or scrolled (naming
    # the family is no reason to stay zoomed in for a band that has gone), once the layout settles.
    hint.closed.connect(lambda: QTimer.singleShot(0, window.view, window.view.refit_unless_moved))
    hint.show()
    hint.raise_()
    # The new map fitted below the hint's band, the family's circle and its closest circle's name
    # whole: at 100% the band left the top of the map (the circle's name) scrolled out of sight on
    # a 1280 x 720 screen. The view keeps it fitted while the band or the window changes size and
    # no one has drawn, zoomed or scrolled yet (touch mode makes the band taller).
    window.view.zoom_to_fit()
    window.first_run_hint = hint
    document = window.document

    def step_aside_when_drawing(_node_id: str) -> None:
        # After the add has finished (its name box is open): the keys stay where they are. Once
        # only: an undo and a redo, or more people, neither bring it back nor say it again.
        if shiboken6.isValid(hint) and document.node_count() - 1 >= STEP_ASIDE_AFTER:
            document.node_added.disconnect(step_aside_when_drawing)
            QTimer.singleShot(0, hint, hint.step_aside)

    document.node_added.connect(step_aside_when_drawing)
    return hint


def _back_to_the_map(window) -> None:
    """After "Got it": the keys go back to the map (not to whatever widget Qt picks next), and a
    family not named yet has its name open for typing again (clicking the button closed it)."""
    scene, document = window.scene, window.document
    centre = document.centre_id
    # The canvas first: gaining the focus gives it back to the item that last had it, which would
    # take it from a name box opened before.
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    if not document.node(centre)["label"] and not scene.is_editing_label():
        scene.select_ids([centre])
        scene.edit_label(centre)


def _open_guide(window) -> None:
    from ..dialogs.help import show_guide

    show_guide(window)
