"""`ecomap measures`: the counts of what was drawn at each visit, for an agency's program evaluation.

One row per visit per map. Nothing in a row can name the family: a map is known by a pseudonymous id
(a short hash of its centre's id, the same for every visit and every copy of the map), a visit by its
number and the days since the map's first visit (not its calendar date), and the rest are counts.
No names, labels, notes, titles or file names.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import hashlib
import io
import sys

from .common import PasswordFileError, add_password_argument, password, report

PSEUDONYM_LENGTH = 12  # hex digits of the hash: 48 bits, no collision in any agency's caseload


def pseudonym(centre_id: str) -> str:
    """A map's pseudonymous id: a short hash of its centre's id (a random uuid, never a name)."""
    return hashlib.sha256(f"ecomap-centre:{centre_id}".encode()).hexdigest()[:PSEUDONYM_LENGTH]


def columns() -> list[str]:
    """The CSV's header: fixed English names, so other tools can rely on them."""
    from ..analysis.changes import EDGE_KINDS, NODE_KINDS
    from ..model.vocabulary import STRENGTHS

    return (["map", "visit", "days_since_first_visit", "people", "groups", "connections"]
            + [f"connections_{strength}" for strength in STRENGTHS]
            + ["support_to_family", "changes"] + [f"changes_{kind}" for kind in NODE_KINDS + EDGE_KINDS])


def map_rows(doc) -> list[list[object]]:
    """One row per visit of *doc*, oldest first (see columns())."""
    from ..analysis.changes import EDGE_KINDS, NODE_KINDS, compare_visits, visit_counts
    from ..model.vocabulary import STRENGTHS

    kinds_order = NODE_KINDS + EDGE_KINDS
    visits = doc.visits()
    first = datetime.date.fromisoformat(visits[0].date)
    name = pseudonym(doc.centre_id)
    rows: list[list[object]] = []
    for index, visit in enumerate(visits):
        counts = visit_counts(doc.visit_graph(visit.id), visit.date)
        total: object = ""
        kinds: dict[str, object] = dict.fromkeys(kinds_order, "")
        if index:
            kinds = dict.fromkeys(kinds_order, 0)
            changes = compare_visits(doc, visits[index - 1].id, visit.id).changes
            for change in changes:
                kinds[change.kind] += 1
            # As the app's trends count them: one per sentence (a connection that came or went with
            # a person is told in that person's sentence).
            total = sum(1 for change in changes if change.under is None)
        days = (datetime.date.fromisoformat(visit.date) - first).days
        rows.append([name, index + 1, days, counts.people, counts.groups, counts.connections]
                    + [counts.by_strength.get(strength, 0) for strength in STRENGTHS]
                    + [counts.support_to_family, total] + list(kinds.values()))
    return rows


def _measures(args: argparse.Namespace) -> int:
    from ..io.atomic import write_bytes_atomically
    from ..io.errors import MapFileError
    from ..io.mapfile import load_document
    from .exports import same_file

    if args.csv is not None and any(same_file(path, args.csv) for path in args.files):
        print("ecomap measures: OUT is one of the maps; give another name so the map is not overwritten.",
              file=sys.stderr)
        return 2
    try:
        secret = password(args)
    except PasswordFileError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    per_file: list[list[list[object]]] = []
    failed = False
    for path in args.files:
        try:
            per_file.append(map_rows(load_document(path, password=secret)))
        except MapFileError as exc:
            report(exc)
            failed = True
    if failed:  # half the caseload's figures would mislead: nothing is written
        print("ecomap measures: nothing was written; leave out or fix the maps above.", file=sys.stderr)
        return 1
    ids_per_file = [rows_of[0][0] for rows_of in per_file]
    for repeated in sorted({name for name in ids_per_file if ids_per_file.count(name) > 1}):
        # Copies of one map (kept by hand before visits, or a file given twice) share the centre.
        print(f"ecomap measures: note: map {repeated} is in {ids_per_file.count(repeated)} of the files "
              "(copies of one map); its rows are there once per file.", file=sys.stderr)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns())
    for rows in per_file:
        writer.writerows(rows)
    if args.csv is None:
        sys.stdout.write(buffer.getvalue().replace("\r\n", "\n"))
        return 0
    try:
        write_bytes_atomically(args.csv, buffer.getvalue().encode("utf-8"), keep_backup=False)
    except MapFileError as exc:
        report(exc)
        return 1
    return 0


def add_parsers(sub) -> None:
    p_measures = sub.add_parser(
        "measures", help="counts of what was drawn at each visit, one row per visit per map, for program "
        "evaluation: no names, no file names, no notes (each map is known by a pseudonymous id)")
    p_measures.add_argument("files", nargs="+", metavar="FILE")
    p_measures.add_argument("--csv", metavar="OUT", default=None,
                            help="write the rows to OUT as CSV (default: print them)")
    add_password_argument(p_measures)
    p_measures.set_defaults(func=_measures)
