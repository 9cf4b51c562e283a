"""The default palette works for colour-blind readers and low vision.

Category fills are compared as people with protanopia, deuteranopia and tritanopia see them
(Machado et al. 2009 simulation) with CIEDE2000; text and lines are checked with the WCAG contrast
ratio. The colour arithmetic itself is first checked against published reference values.
"""

from __future__ import annotations

import itertools

import pytest

from colour_vision import VISIONS, ciede2000, contrast_ratio, hex_rgb, seen_difference, simulate, to_lab
from ecomap_desktop import style
from ecomap_desktop.model.vocabulary import CATEGORIES, STRENGTHS

#: Categories next to each other in the legend (and round the circle after Arrange) differ at least
#: this much, in every kind of vision: "clearly different" side by side.
ADJACENT_MIN = 12.0
#: Any two categories, normal vision / simulated dichromacy: still told apart when compared.
ANY_PAIR_MIN = 10.0
ANY_PAIR_SIMULATED_MIN = 3.5
#: Connection colours from each other and from the default ink.
LINE_COLOUR_MIN = 10.0


# ----- the arithmetic is right -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lab1", "lab2", "expected"),
    [  # Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17 and 24
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ],
)
def test_ciede2000_matches_the_published_pairs(lab1, lab2, expected):
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)


def test_simulation_keeps_greys_and_merges_the_classic_confusions():
    for grey in ("#000000", "#777777", "#ffffff"):
        for vision in VISIONS:
            assert all(abs(a - b) < 1.0 for a, b in zip(simulate(grey, vision), hex_rgb(grey)))
    red, green = "#d62728", "#2ca02c"  # told apart at once with normal vision...
    assert seen_difference(red, green, "normal") > 60
    assert seen_difference(red, green, "deuteranopia") < 8  # ...much alike with deuteranopia
    assert seen_difference(red, green, "protanopia") < seen_difference(red, green, "normal") / 2
    blue, purple = "#1f77b4", "#7b4fc0"
    assert seen_difference(blue, purple, "protanopia") < seen_difference(blue, purple, "normal") / 2


def test_contrast_ratio_matches_wcag():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert to_lab((255, 255, 255)) == pytest.approx((100.0, 0.0, 0.0), abs=1e-3)


# ----- category fills -------------------------------------------------------------------------------------


def test_every_category_has_its_own_fill_in_the_legend_order():
    assert tuple(style.CATEGORY_FILLS) == CATEGORIES
    assert len(set(style.CATEGORY_FILLS.values())) == len(CATEGORIES)


@pytest.mark.parametrize("vision", VISIONS)
def test_neighbouring_categories_look_different(vision):
    fills = [style.CATEGORY_FILLS[c] for c in CATEGORIES]
    worst = min((seen_difference(a, b, vision), i) for i, (a, b) in enumerate(itertools.pairwise(fills)))
    assert worst[0] >= ADJACENT_MIN, (vision, CATEGORIES[worst[1]], CATEGORIES[worst[1] + 1], worst[0])


@pytest.mark.parametrize("vision", VISIONS)
def test_any_two_categories_can_be_told_apart(vision):
    least = ANY_PAIR_MIN if vision == "normal" else ANY_PAIR_SIMULATED_MIN
    worst = min((seen_difference(style.CATEGORY_FILLS[a], style.CATEGORY_FILLS[b], vision), a, b)
                for a, b in itertools.combinations(CATEGORIES, 2))
    assert worst[0] >= least, (vision, worst)


def test_labels_read_clearly_on_every_fill():
    for fill in [*style.CATEGORY_FILLS.values(), style.CENTRE_FILL, style.DEFAULT_FILL]:
        assert contrast_ratio(style.LABEL_COLOUR, fill) >= 4.5, fill
    assert contrast_ratio(style.HOUSEHOLD_COLOUR, style.CENTRE_FILL) >= 4.5
    assert contrast_ratio(style.RING_LABEL_COLOUR, style.CANVAS_BACKGROUND) >= 4.5
    assert contrast_ratio(style.LABEL_COLOUR, style.LEGEND_BACKGROUND) >= 4.5


# ----- connections ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("vision", VISIONS)
def test_connection_colours_stay_apart(vision):
    inks = [colour or style.LINE_COLOUR for colour in style.CONNECTION_COLOURS]
    assert len(set(inks)) == len(inks)
    worst = min((seen_difference(a, b, vision), a, b) for a, b in itertools.combinations(inks, 2))
    assert worst[0] >= LINE_COLOUR_MIN, (vision, worst)


def test_lines_and_highlights_stand_out_from_the_canvas_and_the_page():
    """WCAG 1.4.11: graphics a reader needs reach 3:1 against what is behind them."""
    for ink in [colour or style.LINE_COLOUR for colour in style.CONNECTION_COLOURS]:
        for background in (style.CANVAS_BACKGROUND, "#ffffff"):
            assert contrast_ratio(ink, background) >= 3.0, (ink, background)
    for colour in (style.NODE_OUTLINE, style.HIGHLIGHT, style.FOCUS_RING_COLOUR):
        assert contrast_ratio(colour, style.CANVAS_BACKGROUND) >= 3.0, colour


def test_meaning_is_in_the_line_pattern_not_the_colour():
    drawings = {(s.width, s.dash, s.ticks) for s in (style.LINE_STYLES[k] for k in STRENGTHS)}
    assert len(drawings) == len(STRENGTHS)  # every strength is drawn differently in black alone
    assert style.LINE_STYLES["strong"].width > style.LINE_STYLES["moderate"].width
    assert style.LINE_STYLES["tenuous"].dash and style.LINE_STYLES["stressful"].ticks


def test_high_contrast_is_black_on_white():
    hc = style.HIGH_CONTRAST
    for category in CATEGORIES:
        assert contrast_ratio(hc.label_colour, hc.fill(category)) == pytest.approx(21.0)
    assert contrast_ratio(hc.line_colour, hc.background) == pytest.approx(21.0)
    assert contrast_ratio(hc.node_outline, hc.background) == pytest.approx(21.0)
    assert contrast_ratio(hc.highlight, hc.background) >= 7.0
    assert contrast_ratio(hc.ring_colour, hc.background) >= 4.5
    assert hc.node_outline_width > style.STANDARD.node_outline_width and hc.line_width_scale > 1
    assert style.STANDARD.fill("friend") == style.CATEGORY_FILLS["friend"]
