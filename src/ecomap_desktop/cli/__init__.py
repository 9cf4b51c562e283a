"""The `ecomap` command: open the app, validate maps, export them.

Exit codes: 0 ok, 1 a bad input file or a failed output, 2 a usage error.
Heavy modules (Qt widgets, reportlab) are imported only by the command that needs them. One module
per group of commands: maps (validate, summary), exports (export, worksheet), visits (new-visit,
visits, changes, compare), measures.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from .. import APP_NAME, __version__
from .common import output_failed

SUBCOMMANDS = ("validate", "export", "summary", "worksheet", "new-visit", "visits", "changes", "compare",
               "measures")


def _subcommand_parser() -> argparse.ArgumentParser:
    # Only a command imports the commands' modules: the window starts without them, and so without
    # the Qt modules they bring in before networkx (see main).
    from . import exports, maps, measures, visits

    parser = argparse.ArgumentParser(prog="ecomap", description=f"{APP_NAME}: draw and share eco-maps.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    maps.add_parsers(sub)
    exports.add_parsers(sub)
    maps.add_summary_parser(sub)
    visits.add_parsers(sub)
    measures.add_parsers(sub)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ecomap",
        description=f"{APP_NAME}: draw and share eco-maps. "
        f"Commands: {', '.join(SUBCOMMANDS)} (see 'ecomap COMMAND --help').",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE", help="a map to open")
    return parser


def _gui_file(argv: list[str]) -> str | None:
    """The map to open in the window, as _gui_parser reads *argv* (SystemExit for --help, --version
    or a usage error)."""
    if not argv or (len(argv) == 1 and not argv[0].startswith("-")):
        # `ecomap` or `ecomap FILE`: what the parser makes of them, without making the parser
        # (argparse takes about 3 ms of each start to set itself up).
        return argv[0] if argv else None
    # Strict: a mistyped command or option is a usage error (exit 2), never a window.
    return _gui_parser().parse_args(argv).file


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .. import crash

    crash.install()  # an unexpected error prints where it happened, never text from a map
    try:
        try:
            if argv and argv[0] in SUBCOMMANDS:
                args = _subcommand_parser().parse_args(argv)
                status = args.func(args)
                sys.stdout.flush()
                return status
            file = _gui_file(argv)
        except SystemExit as exc:  # argparse: --help/--version exit 0, usage errors exit 2
            sys.stdout.flush()
            return int(exc.code or 0)
    except OSError as exc:
        return output_failed(exc)
    # What start-up makes (the modules, the window) lasts as long as the app: the cycle collector,
    # run every few hundred new objects, would look it all over again and again and free nothing
    # (about 15 ms of each start). run_app turns it back on once the window is up.
    gc.disable()
    # The map's own modules (networkx and its hundreds) before Qt's: once PySide6 is imported it
    # reads the source of every module imported after it, looking for its feature switches (about
    # 25 ms of each start of the window).
    from ..model import document  # noqa: F401
    from ..ui.app import run_app

    return run_app(file)
