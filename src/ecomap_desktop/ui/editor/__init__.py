"""The map editor: the canvas scene and view, the gestures on it, placing and arranging nodes."""
