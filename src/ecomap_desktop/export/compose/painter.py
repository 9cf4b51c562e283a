"""What a page needs from a drawing back end: the PDF (pdf.py) and Print (printing.py) each give one."""

from __future__ import annotations

from typing import Protocol

from .. import text as T


class Painter(Protocol):
    """What a page needs from a drawing back end. Colours are '#rrggbb'; None means none."""

    def begin_page(self, width: float, height: float) -> None: ...

    def end_page(self) -> None: ...

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float, colour: str,
             dash: tuple[float, ...] | None = None, round_cap: bool = False) -> None: ...

    def segments(self, segs: list[tuple[float, float, float, float]], width: float, colour: str) -> None: ...

    def polygon(self, points: list[tuple[float, float]], fill: str) -> None: ...

    def circle(self, cx: float, cy: float, r: float, fill: str | None, stroke: str | None,
               width: float = 1.0) -> None: ...

    def rounded_rect(self, x: float, y: float, w: float, h: float, radius: float, fill: str | None,
                     stroke: str | None, width: float = 1.0, alpha: float = 1.0) -> None: ...

    def text(self, x: float, baseline: float, line: T.TextLine, colour: str, align: str = "left") -> None: ...
