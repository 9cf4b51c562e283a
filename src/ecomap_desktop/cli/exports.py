"""`ecomap export` and `ecomap worksheet`: a map as PDF, picture, GraphML or a shareable copy; the
blank worksheet."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from .. import APP_NAME
from .common import PasswordFileError, add_language_argument, add_password_argument, password, report


def _page_options(args: argparse.Namespace):
    from PySide6.QtCore import QSettings

    from .. import ORGANIZATION
    from ..export.options import PageOptions
    from ..ui import preferences

    return PageOptions(
        # Without --page-size: the paper chosen in the app's Edit ▸ Settings, else the region's.
        page_size=args.page_size or preferences.page_size(QSettings(ORGANIZATION, APP_NAME)),
        orientation=args.orientation,
        include_worker_notes=getattr(args, "include_notes", False),
        include_insights=getattr(args, "include_insights", False),
        language=getattr(args, "language", None),
        include_changes=not getattr(args, "no_changes", False),
    )


def _exporters() -> dict[str, Callable[..., list[str] | None]]:
    """Output extension -> function(doc, out_path, args) returning warnings. Imports are lazy."""

    def graphml(doc, out, args):
        from ..io.graphml import export_graphml

        export_graphml(doc, out, include_notes=args.include_notes)

    def pdf(doc, out, args):
        from ..export.pdf import export_pdf

        return export_pdf(doc, out, _page_options(args)).warnings

    def svg(doc, out, _args):
        from ..export.images import export_svg

        return export_svg(doc, out)

    def png(doc, out, args):
        from ..export.images import export_png

        return export_png(doc, out, width=args.width)

    def ecomap(doc, out, _args):
        from ..io.atomic import write_bytes_atomically
        from ..io.mapfile import document_to_bytes

        write_bytes_atomically(out, document_to_bytes(doc), keep_backup=False)

    return {".graphml": graphml, ".pdf": pdf, ".svg": svg, ".png": png, ".ecomap": ecomap}


def same_file(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve() or (Path(b).exists() and Path(a).samefile(b))
    except OSError:
        return False


def _export(args: argparse.Namespace) -> int:
    from ..io.errors import MapFileError
    from ..io.mapfile import load_document

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
    if same_file(args.file, args.output):
        print("ecomap export: OUT is the map itself; give another name so the map is not overwritten.",
              file=sys.stderr)
        return 2
    from ..export.options import ExportError

    try:
        secret = password(args)
    except PasswordFileError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    from ..i18n import export_language

    try:
        doc = load_document(args.file, password=secret)
        if args.initials_only:
            from ..export.initials_only import initials_only_document

            doc = initials_only_document(doc, keep_notes=args.include_notes)
        with export_language(args.language):  # the legend of SVG and PNG pictures too
            warnings = exporters[suffix](doc, args.output, args)
    except (MapFileError, ExportError) as exc:
        report(exc)
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
    from ..export.options import ExportError
    from ..export.worksheet import export_worksheet
    from ..io.errors import MapFileError

    try:
        export_worksheet(args.output, _page_options(args))
    except (MapFileError, ExportError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0


def _add_page_arguments(parser: argparse.ArgumentParser, orientation_default: str) -> None:
    parser.add_argument("--page-size", choices=("letter", "a4"), default=None,
                        help="paper for PDF output (default: as in the app's Settings, "
                        "else from your locale)")
    parser.add_argument("--orientation", choices=("portrait", "landscape", "auto"),
                        default=orientation_default,
                        help=f"page orientation for PDF output (default: {orientation_default}; "
                        "auto follows the map's shape)")


def _positive_width(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("the width is a whole number of pixels") from None
    if not 16 <= value <= 20000:
        raise argparse.ArgumentTypeError("the width must be between 16 and 20000 pixels")
    return value


def add_parsers(sub) -> None:
    p_export = sub.add_parser("export", help="export a map; the format comes from OUT's extension")
    p_export.add_argument("file", metavar="FILE")
    p_export.add_argument("output", metavar="OUT",
                          help="OUT.pdf, OUT.svg, OUT.png, OUT.graphml, or OUT.ecomap with --initials-only")
    add_password_argument(p_export)
    _add_page_arguments(p_export, "auto")
    p_export.add_argument("--include-notes", "--include-worker-notes", dest="include_notes",
                          action="store_true",
                          help="PDF and GraphML: add the worker's own notes (the map's, the conversation's, "
                          "and those on people and connections); left out by default")
    p_export.add_argument("--include-insights", action="store_true",
                          help="PDF: add a summary of what the map shows (as 'ecomap summary' prints it)")
    p_export.add_argument("--no-changes", action="store_true",
                          help="PDF: leave out the page on what changed since the last visit (a map with "
                          "more than one visit has it by default)")
    p_export.add_argument("--initials-only", action="store_true",
                          help="a copy safe to share: every name becomes its initials (household names "
                          "too); the notes, the title and the commitment are left out unless "
                          "--include-notes is given")
    p_export.add_argument("--width", type=_positive_width, default=2000, metavar="PX",
                          help="PNG: image width in pixels (default 2000)")
    add_language_argument(p_export, "the pages' and pictures' own words (the map's names stay as typed)")
    p_export.set_defaults(func=_export)
    p_sheet = sub.add_parser("worksheet", help="write a blank eco-map worksheet PDF to fill in by hand")
    p_sheet.add_argument("output", metavar="OUT.pdf")
    _add_page_arguments(p_sheet, "portrait")
    add_language_argument(p_sheet, "the worksheet")
    p_sheet.set_defaults(func=_worksheet)
