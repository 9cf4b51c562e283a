"""The map's data: the document that owns it, its vocabulary and the undo commands that change it."""

from .document import Document
from .vocabulary import ModelError

__all__ = ["Document", "ModelError"]
