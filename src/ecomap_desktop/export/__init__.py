"""Printing and export: the PDF for the family, the blank worksheet, images, and print.

Nothing here is imported when the app starts: reportlab and the export modules load only when the
user exports or prints. Import the submodule you need (``from ecomap_desktop.export import pdf``).

- options: page size and orientation choices, the locale's default paper (no heavy imports)
- fonts, text: bundled fonts, choosing a font per character, wrapping, right-to-left lines
- compose/: the page layout and drawing, written once against a small painter interface
- pdf: the painter for reportlab, and export_pdf()
- worksheet: the blank worksheet PDF
- printing: the painter for QPainter/QPrinter, and print_document()
- images: SVG and PNG of the canvas through Qt
"""
