"""Print: the same pages as the PDF, drawn with QPainter on a QPrinter.

Qt for Python's Essentials wheel has no QtPdf module to rasterise our PDF, so printing shares the
layout instead: compose/ lays the pages out once and draws them through a painter interface;
here that interface is implemented with QPainter. The layout, sizes and wrapping are the PDF's (text
is measured with the same fonts); Qt shapes the text itself, so right-to-left and joined scripts
print with Qt's full shaping.

The main window's File > Print calls ``print_document(doc, parent_widget)``.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPen, QPolygonF,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from .compose.mapinfo import read_map
from .compose.page import ComposeResult, choose_landscape, compose_info, read_changes_for
from . import text as T
from .options import PageOptions, default_page_size
from ..i18n import export_language, translate as _tr
from ..typeface import register_qt_fonts

_PAGE_IDS = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}


class QtPainter:
    """compose.painter.Painter on a QPainter, in points from the paper's top-left corner."""

    def __init__(self, painter: QPainter, printer: QPrinter | None = None, dpi: float = 72.0) -> None:
        self.p = painter
        self.printer = printer
        self.k = dpi / 72.0
        self._pages = 0
        # Noto Sans first, so Latin text prints in the PDF's face; the others cover their scripts.
        self._families = register_qt_fonts()
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self._colours: dict[str, QColor] = {}

    def _colour(self, colour: str) -> QColor:
        found = self._colours.get(colour)
        if found is None:
            found = self._colours[colour] = QColor(colour)
        return found

    def _pen(self, colour: str | None, width: float, round_cap: bool = False, dash=None) -> QPen:
        if colour is None:
            return QPen(Qt.PenStyle.NoPen)
        pen = QPen(self._colour(colour), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap if round_cap else Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dash:
            pen.setDashPattern([d / width for d in dash])  # Qt counts dashes in pen widths
        return pen

    def _brush(self, colour: str | None) -> QBrush:
        return QBrush(self._colour(colour)) if colour else QBrush(Qt.BrushStyle.NoBrush)

    # ----- Painter -----------------------------------------------------------------------------

    def begin_page(self, width: float, height: float) -> None:
        if self._pages and self.printer is not None:
            self.printer.newPage()
        self._pages += 1
        self.p.resetTransform()
        self.p.scale(self.k, self.k)
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)

    def end_page(self) -> None:
        pass

    def line(self, x1, y1, x2, y2, width, colour, dash=None, round_cap=False) -> None:
        self.p.setPen(self._pen(colour, width, round_cap, dash))
        self.p.drawLine(QLineF(x1, y1, x2, y2))

    def segments(self, segs, width, colour) -> None:
        self.p.setPen(self._pen(colour, width))
        self.p.drawLines([QLineF(a, b, c, d) for a, b, c, d in segs])

    def polygon(self, points, fill) -> None:
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(self._brush(fill))
        self.p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))

    def circle(self, cx, cy, r, fill, stroke, width=1.0) -> None:
        self.p.setPen(self._pen(stroke, width))
        self.p.setBrush(self._brush(fill))
        self.p.drawEllipse(QPointF(cx, cy), r, r)

    def rounded_rect(self, x, y, w, h, radius, fill, stroke, width=1.0, alpha=1.0) -> None:
        self.p.save()
        if alpha < 1.0:
            self.p.setOpacity(alpha)
        self.p.setPen(self._pen(stroke, width))
        self.p.setBrush(self._brush(fill))
        self.p.drawRoundedRect(QRectF(x, y, w, h), radius, radius)
        self.p.restore()

    def _font(self, size: float, bold: bool) -> QFont:
        key = (size, bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont()
            font.setFamilies(self._families)
            font.setPointSizeF(size)
            font.setBold(bold)
            # As reportlab measures and draws the PDF: no kerning, no hinting.
            font.setKerning(False)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[key] = font
        return font

    def text(self, x, baseline, line: T.TextLine, colour, align="left") -> None:
        if not line.logical:
            return
        p = self.p
        p.save()
        # Fonts are sized in points for the device; drawing in device units keeps Qt's sizes exact.
        p.resetTransform()
        font = self._font(line.size, line.bold)
        p.setFont(font)
        p.setPen(self._colour(colour))
        width = QFontMetricsF(font, p.device()).horizontalAdvance(line.logical)
        dx = x * self.k
        if align == "center":
            dx -= width / 2
        elif align == "right":
            dx -= width
        p.drawText(QPointF(dx, baseline * self.k), line.logical)
        p.restore()


def _page_points(printer: QPrinter) -> tuple[float, float]:
    rect = printer.pageLayout().fullRect(QPageLayout.Unit.Point)
    return rect.width(), rect.height()


def prepare_printer(printer: QPrinter, doc, options: PageOptions) -> None:
    """Set paper, orientation and the document name the way the PDF would be laid out."""
    info = read_map(doc)
    landscape = choose_landscape(info, options)
    printer.setPageSize(QPageSize(_PAGE_IDS[options.page_size]))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)  # our own margins; coordinates start at the paper's corner
    # Print queues show and log the job name: never the family's name.
    printer.setDocName(_tr("Export", "Eco-map"))


def render_to_printer(doc, printer: QPrinter, options: PageOptions | None = None) -> ComposeResult:
    """Draw every page on *printer* (already set up, e.g. by the print dialog)."""
    options = options or PageOptions(default_page_size(), "auto")
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        from .options import ExportError

        raise ExportError(_tr("Export", "The printer could not be started."))
    try:
        qt = QtPainter(painter, printer, printer.resolution())
        with export_language(options.language):
            return compose_info(read_map(doc), options, qt, page=_page_points(printer),
                                changes=read_changes_for(doc, options))
    finally:
        painter.end()


def print_document(doc, parent_widget=None, options: PageOptions | None = None,
                   printer: QPrinter | None = None) -> bool:
    """Show the print dialog and print the map's pages; False when the user cancels."""
    options = options or PageOptions(default_page_size(), "auto", False)
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, doc, options)
    dialog = QPrintDialog(printer, parent_widget)
    dialog.setWindowTitle(_tr("Export", "Print the map"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render_to_printer(doc, printer, options)
    return True
