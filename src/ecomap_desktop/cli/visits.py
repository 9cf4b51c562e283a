"""`ecomap new-visit`, `ecomap visits`, `ecomap changes` and `ecomap compare`: a map's visits over
time and what changed between them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..i18n import Plurals
from ..i18n import translate as _tr
from ..io.errors import fill
from .common import PasswordFileError, add_language_argument, add_password_argument, password, report


class CommandLine(Plurals):  # counted words as CommandLine.tr("%n people", None, n)
    """The words the visit commands print (the sentences themselves come from analysis.changes)."""


class _Refused(Exception):
    """The command cannot go on; str() is its one plain line (English, like every CLI error)."""


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def _counts_text(counts) -> str:
    people, groups, connections = counts.people, counts.groups, counts.connections
    return ", ".join((
        _count(people, _tr("CommandLine", "1 person"), CommandLine.tr("%n people", None, people)),
        _count(groups, _tr("CommandLine", "1 group"), CommandLine.tr("%n groups", None, groups)),
        _count(connections, _tr("CommandLine", "1 connection"),
               CommandLine.tr("%n connections", None, connections)),
    ))


def _open(path: str, args: argparse.Namespace):
    """The map at *path* as a Document; _Refused with the loader's plain message."""
    from ..io.errors import MapFileError
    from ..io.mapfile import load_document

    try:
        return load_document(path, password=password(args))
    except PasswordFileError as exc:
        raise _Refused(str(exc)) from None
    except MapFileError as exc:
        report(exc)
        raise _Refused("") from None


def _run(command: str, body, args: argparse.Namespace) -> int:
    """Run *body(args)*, turning a refusal into one line on stderr and exit 1."""
    try:
        return body(args)
    except _Refused as exc:
        if str(exc):
            print(f"ecomap {command}: {exc}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:  # the language's catalogue is missing: a broken install
        print(f"ecomap {command}: {exc}", file=sys.stderr)
        return 1


# ----- new-visit ------------------------------------------------------------------------------

def _visit_date(text: str) -> str:
    """argparse type for --date: a calendar date written YYYY-MM-DD."""
    import datetime

    try:
        if len(text) == 10 and datetime.date.fromisoformat(text).isoformat() == text:
            return text
    except ValueError:
        pass
    raise argparse.ArgumentTypeError("give the date as year-month-day, for example 2025-03-04")


def _new_visit(args: argparse.Namespace) -> int:
    from ..io.errors import MapFileError
    from ..io.mapfile import save_document
    from ..model.visits import MAX_VISITS, check_visit_label, today
    from ..model.vocabulary import ModelError

    date = args.date or today()
    try:
        label = check_visit_label(args.label)
    except ModelError as exc:
        raise _Refused(f"the label cannot be used: {exc}.") from None
    doc = _open(args.file, args)
    current = doc.current_visit()
    if date < current.date:
        raise _Refused(f"the new visit's date {date} is before the current visit's ({current.date}); "
                       f"give --date {current.date} or later. The map is unchanged.")
    if doc.visit_count() >= MAX_VISITS:
        raise _Refused(f"the map already has {doc.visit_count()} visits, the most a map can keep. "
                       "The map is unchanged.")
    try:
        doc.start_visit(date, label)
    except ModelError as exc:
        raise _Refused(f"{exc}. The map is unchanged.") from None
    try:
        save_document(doc, args.file, password(args))
    except MapFileError as exc:
        report(exc)
        return 1
    print(f"Visit {doc.visit_count()} started, dated {date}; the earlier visits are kept.")
    return 0


# ----- visits ---------------------------------------------------------------------------------

def _visits(args: argparse.Namespace) -> int:
    from ..analysis.changes import visit_counts
    from ..i18n import export_language
    from ..io.errors import escape_controls

    doc = _open(args.file, args)
    visits = doc.visits()
    width = len(str(len(visits)))
    labels = [escape_controls(visit.label) for visit in visits]
    label_width = max(len(label) for label in labels)
    with export_language(args.language):
        for number, (visit, label) in enumerate(zip(visits, labels, strict=True), start=1):
            counts = _counts_text(visit_counts(doc.visit_graph(visit.id), visit.date))
            columns = [f"{number:>{width}}", visit.date]
            if label_width:
                columns.append(label.ljust(label_width))
            columns.append(counts)
            print("  ".join(columns))
    return 0


# ----- changes and compare ----------------------------------------------------------------------

def _pick(visits: list, text: str, which: str) -> int:
    """The index of the visit *text* names (its number as `ecomap visits` prints it, or its date)."""
    if text.isdigit():
        number = int(text)
        if not 1 <= number <= len(visits):
            raise _Refused(f"{which} {text}: the map has visits 1 to {len(visits)} "
                           "(ecomap visits FILE lists them).")
        return number - 1
    try:
        _visit_date(text)
    except argparse.ArgumentTypeError:
        raise _Refused(f"{which}: give a visit's number or its date (year-month-day, for example "
                       "2025-03-04).") from None
    found = [index for index, visit in enumerate(visits) if visit.date == text]
    if not found:
        raise _Refused(f"{which} {text}: the map has no visit on that date (ecomap visits FILE lists them).")
    if len(found) > 1:
        numbers = " and ".join(str(index + 1) for index in found)
        raise _Refused(f"{which} {text}: visits {numbers} are both on that date; give the visit's "
                       "number instead.")
    return found[0]


def _pair(visits: list, args: argparse.Namespace) -> tuple[int, int]:
    """The indexes of the two visits to compare: by default the last two."""
    if len(visits) < 2 and args.first is None and args.second is None:
        raise _Refused("the map has only one visit, so there is nothing to compare it with yet "
                       "(ecomap new-visit FILE starts the next one).")
    second = len(visits) - 1 if args.second is None else _pick(visits, args.second, "--to")
    if args.first is not None:
        first = _pick(visits, args.first, "--from")
    elif second == 0:
        raise _Refused("--to 1 is the first visit: there is no visit before it to compare it with.")
    else:
        first = second - 1
    return min(first, second), max(first, second)


def _json_value(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(type(value).__name__)


def _change_data(change, text: str | None) -> dict[str, Any]:
    from dataclasses import asdict

    data = asdict(change)
    data["sentence"] = text
    return data


def _print_comparison(comparison, between: tuple[str, str], args: argparse.Namespace,
                      older: dict[str, Any], newer: dict[str, Any]) -> None:
    """The comparison's sentences under a heading naming the two sides (*between*), or as JSON."""
    from ..analysis.changes import sentence
    from ..io.errors import escape_controls
    from .maps import json_for_terminal

    # A connection that came or went with a person is told in that person's sentence, not its own.
    texts = {index: sentence(change, comparison) for index, change in enumerate(comparison.changes)
             if change.under is None}
    if args.json:
        data = {"older": older, "newer": newer,
                "changes": [_change_data(change, texts.get(index))
                            for index, change in enumerate(comparison.changes)]}
        print(json_for_terminal(json.dumps(data, ensure_ascii=False, indent=2, default=_json_value)))
        return
    if texts:
        heading = fill(_tr("CommandLine", "What changed between %1 and %2:"), *between)
    else:
        heading = fill(_tr("CommandLine", "Nothing changed between %1 and %2."), *between)
    lines = [heading] + [f"- {text}" for text in texts.values()]
    # Names cannot hold control characters, but nothing read from a file reaches a terminal raw.
    sys.stdout.write(escape_controls("\n".join(lines) + "\n", keep="\n"))


def _visit_words(number: int, date: str) -> str:
    from ..model.visits import date_in_words

    return fill(_tr("CommandLine", "visit %1 (%2)"), str(number), date_in_words(date))


def _changes(args: argparse.Namespace) -> int:
    from ..analysis.changes import compare_visits
    from ..i18n import export_language

    doc = _open(args.file, args)
    visits = doc.visits()
    first, second = _pair(visits, args)
    older, newer = visits[first], visits[second]
    with export_language(args.language):
        comparison = compare_visits(doc, older.id, newer.id)
        between = (_visit_words(first + 1, older.date), _visit_words(second + 1, newer.date))
        _print_comparison(comparison, between, args,
                          {"visit": first + 1, "date": older.date, "label": older.label},
                          {"visit": second + 1, "date": newer.date, "label": newer.label})
    return 0


def _seen_before(doc) -> frozenset[str]:
    """The ids of everyone on the visits before the map's current one (so they come "back again")."""
    seen: set[str] = set()
    for visit in doc.visits()[:-1]:
        seen.update(doc.visit_graph(visit.id).nodes)
    return frozenset(seen)


def _compare(args: argparse.Namespace) -> int:
    from ..analysis.changes import compare_maps
    from ..i18n import export_language
    from ..model.visits import date_in_words

    old_doc = _open(args.old, args)
    new_doc = _open(args.new, args)
    old_date, new_date = old_doc.current_visit().date, new_doc.current_visit().date
    old_graph = old_doc.visit_graph(old_doc.current_visit().id)
    new_graph = new_doc.visit_graph(new_doc.current_visit().id)
    with export_language(args.language):
        comparison = compare_maps(old_graph, new_graph, seen_before=_seen_before(old_doc))
        names = [Path(path).name for path in (args.old, args.new)]
        between = tuple(fill(_tr("CommandLine", "“%1” (%2)"), name, date_in_words(date))
                        for name, date in zip(names, (old_date, new_date), strict=True))
        _print_comparison(comparison, between, args,
                          {"file": names[0], "date": old_date}, {"file": names[1], "date": new_date})
    return 0


def add_parsers(sub) -> None:
    p_new = sub.add_parser("new-visit", help="start a new visit: the map as it is now is kept as a past "
                           "visit, and the new visit starts as a copy of it")
    p_new.add_argument("file", metavar="FILE")
    p_new.add_argument("--date", type=_visit_date, default=None, metavar="YYYY-MM-DD",
                       help="the new visit's date (default: today); not before the current visit's")
    p_new.add_argument("--label", default="", metavar="TEXT", help="a short label, such as '30 days'")
    add_password_argument(p_new)
    p_new.set_defaults(func=lambda args: _run("new-visit", _new_visit, args))
    p_visits = sub.add_parser("visits", help="list a map's visits: number, date, label, counts")
    p_visits.add_argument("file", metavar="FILE")
    add_password_argument(p_visits)
    add_language_argument(p_visits, "the counts")
    p_visits.set_defaults(func=lambda args: _run("visits", _visits, args))
    p_changes = sub.add_parser("changes", help="say what changed between two visits of a map "
                               "(by default the last two)")
    p_changes.add_argument("file", metavar="FILE")
    p_changes.add_argument("--from", dest="first", default=None, metavar="N|DATE",
                           help="the earlier visit: its number as 'ecomap visits' prints it, or its date")
    p_changes.add_argument("--to", dest="second", default=None, metavar="N|DATE",
                           help="the later visit (default: the current one)")
    p_changes.add_argument("--json", action="store_true", help="print the changes as JSON, for other tools")
    add_password_argument(p_changes)
    add_language_argument(p_changes, "the sentences")
    p_changes.set_defaults(func=lambda args: _run("changes", _changes, args))
    p_compare = sub.add_parser("compare", help="say what changed between two separate map files "
                               "(each file's current visit)")
    p_compare.add_argument("old", metavar="OLD.ecomap")
    p_compare.add_argument("new", metavar="NEW.ecomap")
    p_compare.add_argument("--json", action="store_true", help="print the changes as JSON, for other tools")
    add_password_argument(p_compare)
    add_language_argument(p_compare, "the sentences")
    p_compare.set_defaults(func=lambda args: _run("compare", _compare, args))
