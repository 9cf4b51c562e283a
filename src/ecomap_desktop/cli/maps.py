"""`ecomap validate` and `ecomap summary`: check map files, say what a map shows."""

from __future__ import annotations

import argparse
import re
import sys

from .common import PasswordFileError, add_language_argument, add_password_argument, password, report


def _validate(args: argparse.Namespace) -> int:
    from ..io.errors import MapFileError
    from ..io.mapfile import read_graph

    try:
        secret = password(args)
    except PasswordFileError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    status = 0
    for path in args.files:
        try:
            read_graph(path, secret)
        except MapFileError as exc:
            report(exc)
            status = 1
    return status


def _summary(args: argparse.Namespace) -> int:
    import json

    from ..analysis.insights import compute, summary_data, summary_text
    from ..io.errors import MapFileError, escape_controls
    from ..io.mapfile import read_graph

    try:
        secret = password(args)
    except PasswordFileError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    try:
        insights = compute(read_graph(args.file, secret))
    except MapFileError as exc:
        report(exc)
        return 1
    if args.json:
        print(json_for_terminal(json.dumps(summary_data(insights), ensure_ascii=False, indent=2)))
    else:
        from ..i18n import export_language

        try:
            with export_language(args.language):
                text = summary_text(insights)
        except FileNotFoundError as exc:  # the language's catalogue is missing: a broken install
            print(f"ecomap summary: {exc}", file=sys.stderr)
            return 1
        # Names cannot hold control characters, but nothing read from a file reaches a terminal raw.
        sys.stdout.write(escape_controls(text, keep="\n\t"))
    return 0


def json_for_terminal(text: str) -> str:
    """JSON text safe to print: json escapes the C0 controls itself; DEL and C1 could still drive a
    terminal."""
    return re.sub("[\x7f-\x9f]", lambda m: f"\\u{ord(m.group(0)):04x}", text)


def add_parsers(sub) -> None:
    p_validate = sub.add_parser("validate", help="check map files; exit 1 if any is not valid")
    p_validate.add_argument("files", nargs="+", metavar="FILE")
    add_password_argument(p_validate)
    p_validate.set_defaults(func=_validate)


def add_summary_parser(sub) -> None:
    p_summary = sub.add_parser("summary",
                               help="say what a map shows: counts, stressful and one-way connections")
    p_summary.add_argument("file", metavar="FILE")
    add_password_argument(p_summary)
    p_summary.add_argument("--json", action="store_true", help="print the numbers as JSON, for other tools")
    add_language_argument(p_summary, "the sentences")
    p_summary.set_defaults(func=_summary)
