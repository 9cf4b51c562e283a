"""Ecomap Desktop: draw a family's eco-map, side by side, offline."""

__version__ = "0.1.0"
APP_NAME = "Ecomap Desktop"
# Where Qt keeps the app's settings (QSettings): the app sets it, the command line reads the same.
ORGANIZATION = "Ecomap"
