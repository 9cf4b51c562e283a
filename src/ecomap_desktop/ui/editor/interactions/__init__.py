"""Mouse and keyboard gestures on the canvas, each a small object that lives while the gesture runs.

The scene asks each gesture type in turn whether a mouse press starts it (`maybe_start`); the one
that does receives the following events until it calls `finish()`. No mode flags, no if-chains.
"""

from .add import AddNodeInteraction
from .base import Interaction
from .connect import ConnectInteraction, KeyboardConnectInteraction, PickFirstEndInteraction
from .move import MoveInteraction

# Tried in this order on every mouse press that no running gesture has claimed.
STARTERS = (AddNodeInteraction, ConnectInteraction, MoveInteraction)

__all__ = [
    "STARTERS",
    "AddNodeInteraction",
    "ConnectInteraction",
    "Interaction",
    "KeyboardConnectInteraction",
    "MoveInteraction",
    "PickFirstEndInteraction",
]
