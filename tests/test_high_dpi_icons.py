"""Icons are painted for the size and screen scale they are shown at, so they are crisp at 150% and
200% rather than a 100% picture blown up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage

from ecomap_desktop.ui.icons import toolbar as icons
from ecomap_desktop.ui.icons import lines as line_icons
from ecomap_desktop.ui.window.conversation import parent_view_icon

TOOLBAR_ICONS = [icons.person, icons.group, icons.connect, icons.delete, icons.undo, icons.redo,
                 icons.zoom_fit, icons.arrange, icons.rings, icons.legend, parent_view_icon]


def _soft_pixels(image: QImage) -> int:
    """Pixels neither clear nor nearly solid: the blur at the edges of a drawing."""
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            alpha = QColor.fromRgba(image.pixel(x, y)).alpha()
            if 40 < alpha < 215:
                count += 1
    return count


@pytest.mark.parametrize("make", TOOLBAR_ICONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_toolbar_icons_have_a_pixel_for_every_screen_pixel(qapp, make, scale):
    pixmap = make().pixmap(QSize(36, 36), scale)
    assert pixmap.devicePixelRatio() == pytest.approx(scale)
    assert pixmap.size() == QSize(round(36 * scale), round(36 * scale))
    assert not pixmap.toImage().isNull()


@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_line_pictures_are_drawn_at_the_screen_scale(qapp, scale):
    for icon in (line_icons.strength_icon("stressful"), line_icons.flow_icon("both"),
                 line_icons.colour_icon("#0072b2")):
        size = icon.actualSize(QSize(64, 24))
        pixmap = icon.pixmap(size, scale)
        assert pixmap.size() == QSize(round(size.width() * scale), round(size.height() * scale))


def test_edges_are_as_sharp_at_200_percent_as_at_100(qapp):
    """An upscaled 100% picture has twice as many soft edge pixels per unit length; ours does not."""
    icon = icons.person()
    crisp = icon.pixmap(QSize(36, 36), 2.0).toImage()
    upscaled = icon.pixmap(QSize(36, 36), 1.0).toImage().scaled(72, 72)
    assert crisp.size() == upscaled.size() == QSize(72, 72)
    # The same drawing, drawn at 72 px, has fewer blurred pixels than the 36 px one blown up.
    assert _soft_pixels(crisp) < _soft_pixels(upscaled) * 0.75


def test_disabled_icons_are_greyed(qapp):
    icon = icons.delete()
    normal = icon.pixmap(QSize(36, 36), 2.0, QIcon.Mode.Normal).toImage()
    disabled = icon.pixmap(QSize(36, 36), 2.0, QIcon.Mode.Disabled).toImage()
    assert disabled.size() == normal.size() and disabled != normal


@pytest.mark.parametrize("window_colour", [None, "#202020"])
def test_disabled_icons_are_greyed_as_the_style_greys_them(qapp, window_colour):
    """Our icons are greyed without calling QStyle from Python (which costs every start ~4 ms), and
    come out as the style's own greying with the application's palette, a dark one included."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QStyleOption

    before = qapp.palette()
    if window_colour is not None:
        dark = QPalette(before)
        dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, QColor(window_colour))
        qapp.setPalette(dark)
    try:
        for make in (icons.delete, icons.undo, icons.person):
            icon = make()  # a new icon: none of its pictures made yet
            normal = icon.pixmap(QSize(36, 36), 2.0, QIcon.Mode.Normal)
            normal.setDevicePixelRatio(1.0)
            expected = QApplication.style().generatedIconPixmap(QIcon.Mode.Disabled, normal, QStyleOption())
            disabled = icon.pixmap(QSize(36, 36), 2.0, QIcon.Mode.Disabled)
            assert disabled.devicePixelRatio() == pytest.approx(2.0)
            assert disabled.toImage().convertToFormat(QImage.Format.Format_ARGB32) == \
                expected.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    finally:
        qapp.setPalette(before)


def _dark_rows(image: QImage, away_from: int) -> tuple[int, int]:
    """How many rows the drawing's ink spans, and how many of its pixels lie more than 3 rows from
    row *away_from* (the line itself): the ticks'."""
    rows, off = set(), 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = QColor.fromRgba(image.pixel(x, y))
            if colour.alpha() > 128 and colour.lightness() < 128:
                rows.add(y)
                off += abs(y - away_from) > 3
    return max(rows) - min(rows) + 1, off


def test_a_stressful_lines_picture_shows_its_ticks_plainly(qapp):
    """The Line picker's picture of a stressful line: ticks across most of its height, bold enough to
    tell it from an ordinary line at a glance (they were 12 of 24 rows, a 1.4-pixel stroke)."""
    image = line_icons.strength_icon("stressful").pixmap(QSize(64, 24)).toImage()
    span, ticks = _dark_rows(image, 12)
    assert span >= 16 and ticks >= 50
    assert _dark_rows(line_icons.strength_icon("moderate").pixmap(QSize(64, 24)).toImage(), 12)[1] == 0
