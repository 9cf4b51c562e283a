"""Names are drawn with the bundled typeface on the canvas and in pictures, whatever the system has."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QImage, QRawFont
from PySide6.QtWidgets import QApplication

from ecomap_desktop.export import images
from ecomap_desktop.io.mapfile import load_document
from ecomap_desktop.resources import resource_path
from ecomap_desktop.canvas.items.text_layout import label_font

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _same_file(font: QFont, file_name: str) -> bool:
    """Whether Qt draws *font* from the bundled *file_name* (same family and same font header)."""
    drawn = QRawFont.fromFont(font)
    bundled = QRawFont(str(resource_path("fonts", file_name)), 13.0)
    return (drawn.familyName() == bundled.familyName()
            and drawn.styleName() == bundled.styleName()
            and drawn.fontTable("head") == bundled.fontTable("head"))


def test_labels_resolve_to_the_bundled_noto_sans(qapp):
    assert _same_file(label_font(13), "NotoSans-Regular.ttf")
    assert _same_file(label_font(16, bold=True), "NotoSans-Bold.ttf")


@pytest.mark.parametrize("name, file_name", [
    ("שרה כהן", "NotoSansHebrew-Regular.ttf"),
    ("فاطمة الزهراء", "NotoSansArabic-Regular.ttf"),
    ("王小明", "DroidSansFallbackFull.ttf"),
    ("Renée and สมชาย", "NotoSansThai-Regular.ttf"),  # the first script past Latin leads
    ("Renée Côté, Ольга", "NotoSans-Regular.ttf"),  # Latin and Cyrillic: Noto Sans itself
])
def test_a_name_in_another_script_leads_with_its_bundled_font(qapp, name, file_name):
    assert _same_file(label_font(13, text=name), file_name)


@pytest.fixture
def odd_system_font(qapp):
    """The application's font set to something no label should inherit; restored afterwards."""
    before = QFont(QApplication.font())
    odd = QFont("Serif")
    odd.setStyleHint(QFont.StyleHint.Serif)
    odd.setPixelSize(23)
    odd.setWeight(QFont.Weight.Black)
    odd.setItalic(True)
    odd.setStretch(QFont.Stretch.Expanded)
    odd.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2.0)
    odd.setKerning(True)
    yield odd
    QApplication.setFont(before)


def test_a_png_is_the_same_picture_whatever_the_systems_default_font(qapp, odd_system_font):
    doc = load_document(EXAMPLES / "01-rivera-family.ecomap")
    plain = QImage.fromData(images.png_bytes(doc, width=900))
    QApplication.setFont(odd_system_font)
    odd = QImage.fromData(images.png_bytes(doc, width=900))
    assert not plain.isNull() and plain.size() == odd.size()
    assert plain == odd


def test_canvas_labels_do_not_change_with_the_systems_default_font(qapp, odd_system_font):
    from PySide6.QtGui import QUndoStack

    from ecomap_desktop.ui.editor.scene import MapScene

    doc = load_document(EXAMPLES / "01-rivera-family.ecomap")

    def drawn():
        scene = MapScene(doc, QUndoStack())
        found = {}
        for node_id in doc.node_ids():
            item = scene.node_item(node_id)
            rect = item.text_rect()
            found[node_id] = (item.text_lines(), round(rect.width(), 3), round(rect.height(), 3))
        return found

    plain = drawn()
    QApplication.setFont(odd_system_font)
    assert drawn() == plain
