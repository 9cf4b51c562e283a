"""Step-by-step upgrades of older .ecomap files, applied on load before validation.

``STEPS[n]`` takes the parsed JSON data of a version-n file and returns version n+1 data. Loading a
version-k file runs ``STEPS[k]``, ``STEPS[k+1]``, ... up to the current ``FORMAT_VERSION``, so every
old version only ever needs one small function written when the format changed, and the result is
validated like any other current file.

Version 2 added the list of visits (a map keeps every visit's picture). To change the format:

1. Raise ``FORMAT_VERSION`` in io/mapfile.py to N+1 and change the writer.
2. Add ``def _v{N}_to_v{N+1}(data): ...`` here and register it as ``STEPS[N]``. A step gets a deep copy
   it may change freely, must not trust the data (validation happens after the whole chain), and
   raises ``MigrationError`` with a plain reason (never quoting file text) when it cannot upgrade.
3. Freeze a real file of version N as tests/fixtures/formats/v{N}.ecomap (keep the older fixtures);
   tests/test_migrations.py loads every fixture and checks the chain has no gaps.
4. Describe the change in docs/file-format.md.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from ..i18n import fill, translate as _tr
from ..model.visits import date_from_stamp, new_visit_id

Step = Callable[[dict[str, Any]], dict[str, Any]]


class MigrationError(Exception):
    """An old file could not be upgraded; str() is a plain reason without file contents."""


def _not_upgraded(version: int) -> str:
    return fill(_tr("Migrations", "its version %1 contents could not be upgraded"), str(version))


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 lists the visits: a version-1 map becomes its one visit (the current one), dated from
    the calendar-date part of "created" as written, else of "modified", else today (local)."""
    if "visits" in data:
        raise MigrationError(_not_upgraded(1))
    meta = data.get("graph")
    stamps = (meta.get("created"), meta.get("modified")) if isinstance(meta, dict) else ()
    data["visits"] = [{"id": new_visit_id(), "date": date_from_stamp(*stamps), "label": "", "map": None}]
    return data


# version n -> function turning version-n data into version n+1 data.
STEPS: dict[int, Step] = {1: _v1_to_v2}


def missing_steps(current: int, steps: Mapping[int, Step] | None = None) -> list[int]:
    """Versions below *current* that have no upgrade step (should always be empty)."""
    steps = STEPS if steps is None else steps
    return [v for v in range(1, current) if v not in steps]


def migrate(data: dict[str, Any], current: int, steps: Mapping[int, Step] | None = None) -> dict[str, Any]:
    """Upgrade *data* (already checked to have an integer version from 1 to *current*) to *current*.

    Returns *data* itself when it is current, otherwise a new dict; the input is never changed.
    """
    steps = STEPS if steps is None else steps
    version = data["version"]
    if version == current:
        return data
    data = copy.deepcopy(data)
    while version < current:
        step = steps.get(version)
        if step is None:
            raise MigrationError(fill(_tr("Migrations", "there is no way to upgrade a version %1 file"),
                                      str(version)))
        try:
            data = step(data)
        except MigrationError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            raise MigrationError(_not_upgraded(version)) from None
        if not isinstance(data, dict):
            raise MigrationError(_not_upgraded(version))
        version += 1
        data["version"] = version
    return data
