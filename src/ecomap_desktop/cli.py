"""The `ecomap` command: open the app, validate maps, export them.

Exit codes: 0 ok, 1 a bad input file or a failed output, 2 a usage error.
Heavy modules (Qt widgets, reportlab) are imported only by the command that needs them.
"""

from __future__ import annotations

import argparse
import errno
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import APP_NAME, __version__

SUBCOMMANDS = ("validate", "export", "summary", "worksheet")
MAX_PASSWORD_FILE_BYTES = 4096


class _PasswordFileError(Exception):
    """--password-file could not be used; str() is a plain message."""


def _password(args: argparse.Namespace) -> str | None:
    """The password from --password-file: the file's first line (without its line ending), or None."""
    from .io.errors import escape_controls
    from .io.regular import SpecialFileError, open_regular

    path = getattr(args, "password_file", None)
    if path is None:
        return None
    name = escape_controls(Path(path).name)
    try:
        with open_regular(path) as handle:
            raw = handle.read(MAX_PASSWORD_FILE_BYTES + 1)
    except IsADirectoryError:
        raise _PasswordFileError(f"ecomap: the password file “{name}” is a folder.") from None
    except SpecialFileError:
        raise _PasswordFileError(f"ecomap: the password file “{name}” is not a regular file (it is a "
                                 "device, a pipe or another special file).") from None
    except OSError as exc:
        raise _PasswordFileError(
            f"ecomap: the password file “{name}” could not be read ({exc.strerror or 'error'})."
        ) from None
    if len(raw) > MAX_PASSWORD_FILE_BYTES:
        raise _PasswordFileError(f"ecomap: the password file “{name}” is too long.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _PasswordFileError(f"ecomap: the password file “{name}” is not UTF-8 text.") from None
    password = text.split("\n", 1)[0].rstrip("\r")
    if not password:
        raise _PasswordFileError(f"ecomap: the first line of the password file “{name}” is empty.")
    return password


def _report(exc: Exception) -> None:
    """Print a loader's plain message on one line, with a hint when a protected map needs
    --password-file."""
    from .io.protection import PasswordNeededError

    message = str(exc)
    if isinstance(exc, PasswordNeededError):
        message += " Give its password with --password-file FILE (the password on the file's first line)."
    print(message, file=sys.stderr)


def _add_password_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-file", metavar="FILE", default=None,
                        help="for password-protected maps: a file whose first line is the password")


def _validate(args: argparse.Namespace) -> int:
    from .io.errors import MapFileError
    from .io.mapfile import read_graph

    try:
        password = _password(args)
    except _PasswordFileError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    status = 0
    for path in args.files:
        try:
            read_graph(path, password)
        except MapFileError as exc:
            _report(exc)
            status = 1
    return status


def _page_options(args: argparse.Namespace):
    from PySide6.QtCore import QSettings

    from . import ORGANIZATION
    from .export.options import PageOptions
    from .ui import preferences

    return PageOptions(
        # Without --page-size: the paper chosen in the app's Edit ▸ Settings, else the region's.
        page_size=args.page_size or preferences.page_size(QSettings(ORGANIZATION, APP_NAME)),
        orientation=args.orientation,
        include_worker_notes=getattr(args, "include_notes", False),
        include_insights=getattr(args, "include_insights", False),
        language=getattr(args, "language", None),
    )


def _exporters() -> dict[str, Callable[..., list[str] | None]]:
    """Output extension -> function(doc, out_path, args) returning warnings. Imports are lazy."""

    def graphml(doc, out, args):
        from .io.graphml import export_graphml

        export_graphml(doc, out, include_notes=args.include_notes)

    def pdf(doc, out, args):
        from .export.pdf import export_pdf

        return export_pdf(doc, out, _page_options(args)).warnings

    def svg(doc, out, _args):
        from .export.images import export_svg

        export_svg(doc, out)

    def png(doc, out, args):
        from .export.images import export_png

        export_png(doc, out, width=args.width)

    def ecomap(doc, out, _args):
        from .io.atomic import write_bytes_atomically
        from .io.mapfile import document_to_bytes

        write_bytes_atomically(out, document_to_bytes(doc), keep_backup=False)

    return {".graphml": graphml, ".pdf": pdf, ".svg": svg, ".png": png, ".ecomap": ecomap}


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve() or (Path(b).exists() and Path(a).samefile(b))
    except OSError:
        return False


def _export(args: argparse.Namespace) -> int:
    from .io.errors import MapFileError
    from .io.mapfile import load_document

    exporters = _exporters()
    suffix = Path(args.output).suffix.lower()
    if suffix not in exporters:
        known = ", ".join(sorted(exporters))
        print(f"ecomap export: cannot tell the output format from “{suffix or args.output}”; "
              f"use one of {known}.", file=sys.stderr)
        return 2
    if suffix == ".ecomap" and not args.initials_only:
        print("ecomap export: an .ecomap output is the copy safe to share; add --initials-only "
              "(to copy a map as it is, copy its file).", file=sys.stderr)
        return 2
    if _same_file(args.file, args.output):
        print("ecomap export: OUT is the map itself; give another name so the map is not overwritten.",
              file=sys.stderr)
        return 2
    from .export.options import ExportError

    try:
        password = _password(args)
    except _PasswordFileError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    from .i18n import export_language

    try:
        doc = load_document(args.file, password=password)
        if args.initials_only:
            from .export.initials_only import initials_only_document

            doc = initials_only_document(doc, keep_notes=args.include_notes)
        with export_language(args.language):  # the legend of SVG and PNG pictures too
            warnings = exporters[suffix](doc, args.output, args)
    except (MapFileError, ExportError) as exc:
        _report(exc)
        return 1
    except FileNotFoundError as exc:  # the language's catalogue is missing: a broken install
        print(f"ecomap export: {exc}", file=sys.stderr)
        return 1
    for warning in warnings or ():
        print(f"ecomap export: {warning}", file=sys.stderr)
    return 0


def _worksheet(args: argparse.Namespace) -> int:
    if Path(args.output).suffix.lower() != ".pdf":
        print("ecomap worksheet: the worksheet is a PDF; give an output name ending in .pdf.",
              file=sys.stderr)
        return 2
    from .export.options import ExportError
    from .export.worksheet import export_worksheet
    from .io.errors import MapFileError

    try:
        export_worksheet(args.output, _page_options(args))
    except (MapFileError, ExportError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0


def _add_language_argument(parser: argparse.ArgumentParser, what: str) -> None:
    from .languages import LANGUAGES

    names = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
    parser.add_argument("--language", choices=tuple(LANGUAGES), default=None, metavar="CODE",
                        help=f"the language of {what}: {names} (default: English)")


def _add_page_arguments(parser: argparse.ArgumentParser, orientation_default: str) -> None:
    parser.add_argument("--page-size", choices=("letter", "a4"), default=None,
                        help="paper for PDF output (default: as in the app's Settings, "
                        "else from your locale)")
    parser.add_argument("--orientation", choices=("portrait", "landscape", "auto"),
                        default=orientation_default,
                        help=f"page orientation for PDF output (default: {orientation_default}; "
                        "auto follows the map's shape)")


def _summary(args: argparse.Namespace) -> int:
    import json

    from .analysis.insights import compute, summary_data, summary_text
    from .io.errors import MapFileError, escape_controls
    from .io.mapfile import read_graph

    try:
        password = _password(args)
    except _PasswordFileError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    try:
        insights = compute(read_graph(args.file, password))
    except MapFileError as exc:
        _report(exc)
        return 1
    if args.json:
        text = json.dumps(summary_data(insights), ensure_ascii=False, indent=2)
        # json escapes the C0 controls itself; DEL and C1 could still drive a terminal.
        print(re.sub("[\x7f-\x9f]", lambda m: f"\\u{ord(m.group(0)):04x}", text))
    else:
        from .i18n import export_language

        try:
            with export_language(args.language):
                text = summary_text(insights)
        except FileNotFoundError as exc:  # the language's catalogue is missing: a broken install
            print(f"ecomap summary: {exc}", file=sys.stderr)
            return 1
        # Names cannot hold control characters, but nothing read from a file reaches a terminal raw.
        sys.stdout.write(escape_controls(text, keep="\n\t"))
    return 0


def _positive_width(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("the width is a whole number of pixels") from None
    if not 16 <= value <= 20000:
        raise argparse.ArgumentTypeError("the width must be between 16 and 20000 pixels")
    return value


def _subcommand_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ecomap", description=f"{APP_NAME}: draw and share eco-maps.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p_validate = sub.add_parser("validate", help="check map files; exit 1 if any is not valid")
    p_validate.add_argument("files", nargs="+", metavar="FILE")
    _add_password_argument(p_validate)
    p_validate.set_defaults(func=_validate)
    p_export = sub.add_parser("export", help="export a map; the format comes from OUT's extension")
    p_export.add_argument("file", metavar="FILE")
    p_export.add_argument("output", metavar="OUT",
                          help="OUT.pdf, OUT.svg, OUT.png, OUT.graphml, or OUT.ecomap with --initials-only")
    _add_password_argument(p_export)
    _add_page_arguments(p_export, "auto")
    p_export.add_argument("--include-notes", "--include-worker-notes", dest="include_notes",
                          action="store_true",
                          help="PDF and GraphML: add the worker's own notes (the map's, the conversation's, "
                          "and those on people and connections); left out by default")
    p_export.add_argument("--include-insights", action="store_true",
                          help="PDF: add a summary of what the map shows (as 'ecomap summary' prints it)")
    p_export.add_argument("--initials-only", action="store_true",
                          help="a copy safe to share: every name becomes its initials (household names "
                          "too); the notes, the title and the commitment are left out unless "
                          "--include-notes is given")
    p_export.add_argument("--width", type=_positive_width, default=2000, metavar="PX",
                          help="PNG: image width in pixels (default 2000)")
    _add_language_argument(p_export, "the pages' and pictures' own words (the map's names stay as typed)")
    p_export.set_defaults(func=_export)
    p_sheet = sub.add_parser("worksheet", help="write a blank eco-map worksheet PDF to fill in by hand")
    p_sheet.add_argument("output", metavar="OUT.pdf")
    _add_page_arguments(p_sheet, "portrait")
    _add_language_argument(p_sheet, "the worksheet")
    p_sheet.set_defaults(func=_worksheet)
    p_summary = sub.add_parser("summary",
                               help="say what a map shows: counts, stressful and one-way connections")
    p_summary.add_argument("file", metavar="FILE")
    _add_password_argument(p_summary)
    p_summary.add_argument("--json", action="store_true", help="print the numbers as JSON, for other tools")
    _add_language_argument(p_summary, "the sentences")
    p_summary.set_defaults(func=_summary)
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


def _output_failed(exc: OSError) -> int:
    """The terminal, pipe or file we print to failed: a reader that closed early ends the command
    quietly; anything else (a full disk) is one plain line. Exit 1 either way."""
    if not isinstance(exc, BrokenPipeError) and exc.errno != errno.EPIPE:
        reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or "input/output error")
        try:
            os.write(2, f"ecomap: the output could not be written: {reason}.\n".encode())
        except OSError:
            pass
    # What is still buffered must not fail again, with a traceback, when Python exits.
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError):
            pass
    os.close(devnull)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from . import crash

    crash.install()  # an unexpected error prints where it happened, never text from a map
    try:
        try:
            if argv and argv[0] in SUBCOMMANDS:
                args = _subcommand_parser().parse_args(argv)
                status = args.func(args)
                sys.stdout.flush()
                return status
            # Strict: a mistyped command or option is a usage error (exit 2), never a window.
            args = _gui_parser().parse_args(argv)
        except SystemExit as exc:  # argparse: --help/--version exit 0, usage errors exit 2
            sys.stdout.flush()
            return int(exc.code or 0)
    except OSError as exc:
        return _output_failed(exc)
    # The map's own modules (networkx and its hundreds) before Qt's: once PySide6 is imported it
    # reads the source of every module imported after it, looking for its feature switches (about
    # 25 ms of each start of the window).
    from .model import document  # noqa: F401
    from .ui.app import run_app

    return run_app(args.file)


if __name__ == "__main__":
    sys.exit(main())
