"""Reusable widgets: the line-style picker."""
