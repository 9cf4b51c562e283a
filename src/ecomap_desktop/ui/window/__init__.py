"""The parts the main window is assembled from: actions, file handling, autosave, menus, display."""
