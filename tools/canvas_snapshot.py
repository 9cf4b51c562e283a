"""Render the canvas for a map file (or a built-in sample) to a PNG, to look at it as a person would.

Usage: QT_QPA_PLATFORM=offscreen python tools/canvas_snapshot.py [MAP.ecomap] OUT.png [--zoom Z]
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ecomap_desktop.io.mapfile import load_document  # noqa: E402
from ecomap_desktop.model.document import Document  # noqa: E402
from ecomap_desktop.ui.editor.scene import MapScene  # noqa: E402
from ecomap_desktop.ui.editor.view import MapView  # noqa: E402


def sample_document() -> Document:
    """A worksheet-like map: a family, people and groups, every strength and flow."""
    doc = Document("Rivera family")
    c = doc.centre_id
    doc.set_node(c, {"household": [{"name": "Ana", "age": "", "relationship": "mother"},
                                   {"name": "Leo", "age": "7", "relationship": "son"},
                                   {"name": "Mia", "age": "3", "relationship": "daughter"}]})
    people = [
        ("Grandma Rosa", "person", "family", -260, -170, "strong", "to_target"),
        ("Tía Carmen", "person", "family", -330, 60, "moderate", "both"),
        ("Neighbour Mr Okafor", "person", "neighbour", 300, -210, "tenuous", "none"),
        ("Leo's dad", "person", "family", 60, 330, "stressful", "none"),
        ("Best friend Jess", "person", "friend", -90, -330, "strong", "both"),
        ("St Mary's Church", "group", "faith", 350, 60, "moderate", "to_target"),
        ("Sunshine Nursery", "group", "school", 230, 290, "moderate", "to_source"),
        ("Health visitor", "person", "professional", -300, 290, "tenuous", "to_target"),
        ("Housing office", "group", "government", 120, -360, "stressful", "to_source"),
    ]
    ids = []
    for label, kind, cat, x, y, strength, flow in people:
        n = doc.add_node({"label": label, "kind": kind, "category": cat, "x": float(x), "y": float(y)})
        ids.append(n)
        doc.add_edge(n, c, {"strength": strength, "flow": flow})
    doc.add_edge(ids[0], ids[1], {"strength": "moderate"})
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--zoom", type=float, default=0.0, help="0 = zoom to fit")
    parser.add_argument("--size", default="1100x750")
    parser.add_argument("--select", action="store_true", help="select the first person, to see the handle")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    *inputs, out = args.paths
    doc = load_document(inputs[0]) if inputs else sample_document()
    stack = QUndoStack()
    scene = MapScene(doc, stack)
    view = MapView(scene)
    w, h = (int(v) for v in args.size.split("x"))
    view.resize(w, h)
    view.show()
    app.processEvents()
    if args.zoom:
        view.set_zoom(args.zoom)
        view.centerOn(scene.node_item(doc.centre_id))
    else:
        view.zoom_to_fit()
    if args.select:
        others = [n for n in doc.node_ids() if n != doc.centre_id]
        scene.select_ids(others[:1])
    app.processEvents()
    view.grab().save(out)
    print(out, f"zoom={view.zoom():.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
