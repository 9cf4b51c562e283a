"""The painted button for one step of the conversation guide: a numbered circle and a short name."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from ... import style


class StepButton(QAbstractButton):
    """One step in the row at the top: its number in a circle (a tick when done) and a short name."""

    def __init__(self, number: int, short: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.short = short
        self.done = False
        self.setCheckable(True)
        # One step is on show at a time: a screen reader meets the row as radio buttons, the one on
        # show checked (the name says whether a step is done).
        self.setAutoExclusive(True)
        self.setText(short)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_done(self, done: bool) -> None:
        if done != self.done:
            self.done = done
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        metrics = self.fontMetrics()
        circle = round(metrics.height() * 1.9)
        width = max(circle + 8, metrics.horizontalAdvance(self.short) + 10)
        return QSize(width, circle + metrics.height() + 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = self.sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.short) + 6, hint.height())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        circle = metrics.height() * 1.9
        rect = QRectF((self.width() - circle) / 2, 4, circle, circle)
        palette = self.palette()
        ink = palette.windowText().color()
        accent = QColor(style.HIGHLIGHT)
        if self.isChecked():  # the step on show: a thick ring and a bold name
            painter.setPen(QPen(accent, 3.5))
        else:
            painter.setPen(QPen(ink, 1.5))
        painter.setBrush(QColor("#e5f1e8") if self.done else palette.base().color())
        painter.drawEllipse(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        if self.done:
            path = QPainterPath()
            c = rect.center()
            r = circle / 2
            path.moveTo(c + QPointF(-0.45 * r, 0.02 * r))
            path.lineTo(c + QPointF(-0.12 * r, 0.35 * r))
            path.lineTo(c + QPointF(0.48 * r, -0.33 * r))
            painter.setPen(QPen(QColor("#1b6e3a"), max(2.5, r * 0.2), Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        else:
            number_font = QFont(self.font())
            number_font.setBold(True)
            number_font.setPointSizeF(self.font().pointSizeF() * 1.2)
            painter.setFont(number_font)
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(self.number))
        name_font = QFont(self.font())
        name_font.setBold(self.isChecked())
        painter.setFont(name_font)
        painter.setPen(ink)
        text_rect = QRectF(0, rect.bottom() + 3, self.width(), metrics.height() + 4)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         metrics.elidedText(self.short, Qt.TextElideMode.ElideRight, self.width()))
        if self.hasFocus():
            painter.setPen(QPen(accent, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()
