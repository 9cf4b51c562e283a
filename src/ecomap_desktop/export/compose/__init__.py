"""The printed map's pages: measures, the painter protocol, map info, legend, notes, map drawing and
page layout (page.compose_document, which the PDF and Print both call)."""
