"""The window's modal dialogs and the small questions it asks."""
