"""Reusable widgets: the line-style picker, the household editor and the guide's step button."""
