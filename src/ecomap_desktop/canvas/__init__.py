"""The drawing of a map: the document projected onto a QGraphicsScene, and the graphics items.

Below the window and the exports: it takes no undo stack and never imports ui/. The editing scene
(ui/editor/scene.py) extends the projection; the PNG and SVG exports draw the projection alone.
"""
