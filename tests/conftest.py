"""Test set-up: Qt runs offscreen so the suite works on machines with no screen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
