"""Export from the window: options dialog, file dialog, messages (dialogs answered by the test)."""

from __future__ import annotations

import pytest
from export_support import pdf_info, sample_doc

from ecomap_desktop.export import interactive
from ecomap_desktop.model.document import Document


@pytest.fixture
def answer(monkeypatch):
    """Answer the dialogs: the options dialog with OK (after a tweak) and the file dialog with a path."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    state = {"path": "", "messages": [], "tweak": None, "options_ok": True}

    def exec_options(self):
        if state["tweak"]:
            state["tweak"](self)
        return QDialog.DialogCode.Accepted if state["options_ok"] else QDialog.DialogCode.Rejected

    monkeypatch.setattr(interactive.PageOptionsDialog, "exec", exec_options)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (state["path"], "")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: state["messages"].append(("warning", a[2]))))
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *a: state["messages"].append(("information", a[2]))))
    return state


def test_pdf_with_chosen_paper_and_orientation(qapp, tmp_path, answer):
    def tweak(dialog):
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        dialog.orientation.setCurrentIndex(dialog.orientation.findData("landscape"))

    answer["tweak"] = tweak
    answer["path"] = str(tmp_path / "family")  # the suffix is added
    path = interactive.export_with_dialogs(sample_doc(), None, "pdf")
    assert path == str(tmp_path / "family.pdf")
    assert pdf_info(tmp_path / "family.pdf")["Page size"].startswith("792 x 612")
    assert answer["messages"] == []


def test_cancel_writes_nothing(qapp, tmp_path, answer):
    answer["options_ok"] = False
    answer["path"] = str(tmp_path / "family.pdf")
    assert interactive.export_with_dialogs(sample_doc(), None, "pdf") is None
    answer["options_ok"], answer["path"] = True, ""
    assert interactive.export_with_dialogs(sample_doc(), None, "png") is None
    assert list(tmp_path.iterdir()) == []


def test_failure_is_told_plainly(qapp, tmp_path, answer):
    answer["path"] = str(tmp_path / "missing" / "map.svg")
    assert interactive.export_with_dialogs(sample_doc(), None, "svg") is None
    kind, text = answer["messages"][0]
    assert kind == "warning" and "\n" not in text


def test_warnings_are_shown(qapp, tmp_path, answer):
    doc = Document("Centre")
    for i in range(300):
        doc.add_node({"label": f"P{i}", "x": (i % 20) * 500.0, "y": (i // 20) * 500.0})
    answer["path"] = str(tmp_path / "big.pdf")
    assert interactive.export_with_dialogs(doc, None, "pdf") is not None
    assert answer["messages"][0][0] == "information"


@pytest.mark.parametrize("fmt", ["worksheet", "graphml", "png"])
def test_other_formats(qapp, tmp_path, answer, fmt):
    answer["path"] = str(tmp_path / f"out{interactive.FORMATS[fmt][1]}")
    assert interactive.export_with_dialogs(sample_doc(), None, fmt) == answer["path"]
    assert (tmp_path / f"out{interactive.FORMATS[fmt][1]}").stat().st_size > 0


def test_suggested_name_keeps_only_plain_characters():
    doc = Document("Familia Núñez / ../etc")
    assert interactive.suggested_name(doc, "pdf") == "Familia Núñez  etc.pdf"
    assert interactive.suggested_name(doc, "worksheet").endswith(".pdf")
