"""wrapping.Paragraph: the same lines as the plain rule (wrap_paragraph, and balancing by bisection)
at every width, for any text, with its work shared between widths."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ecomap_desktop.wrapping import Paragraph, balanced, widest_word, wrap_paragraph


def measure(text: str) -> float:
    # Not additive on purpose (wide letters, a little extra per space), like a real font's advances.
    return sum(11.0 if c in "MWmw" else 3.0 if c in "il.,'" else 6.5 for c in text) + 0.5 * text.count(" ")


def kerned(text: str) -> float:
    """A measure under which a run can be narrower than a run inside it (long runs drawn a little
    tighter): Paragraph cannot lean on widths growing along a line there."""
    return measure(text) * (0.75 if len(text) > 8 else 1.0)


def bisected(text: str, max_width: float, measure=measure) -> list[str]:
    """balanced() as it was written before Paragraph: the reference the fast path must match."""
    lines = wrap_paragraph(text, max_width, measure)
    if len(lines) < 2:
        return lines
    low = widest_word(text, measure)
    if low >= max_width:
        return lines
    high = max_width
    for _ in range(8):
        middle = (low + high) / 2
        if len(wrap_paragraph(text, middle, measure)) == len(lines):
            high = middle
        else:
            low = middle
    return wrap_paragraph(text, high, measure)


words = st.text(alphabet="abcMWil-. 字ひ", min_size=1, max_size=14)
texts = st.lists(words, min_size=1, max_size=10).map(" ".join)
widths = st.lists(st.floats(min_value=5.0, max_value=400.0), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(texts, widths)
def test_one_paragraph_wrapped_at_many_widths_gives_the_plain_rules_lines(text, max_widths):
    paragraph = Paragraph(text, measure)
    for width in max_widths:  # one Paragraph, many widths, in any order: nothing carried over wrongly
        assert paragraph.wrap(width) == wrap_paragraph(text, width, measure)
        assert paragraph.balanced(width) == bisected(text, width)
        assert balanced(text, width, measure) == bisected(text, width)


@settings(max_examples=300, deadline=None)
@given(texts, widths)
@example("ab cdefg h ijk", [50.0])  # "ab cdefg" is too wide, "ab cdefg h" fits again
def test_where_a_longer_run_can_be_narrower_the_lines_are_the_plain_rules_too(text, max_widths):
    paragraph = Paragraph(text, kerned)
    for width in max_widths:
        assert paragraph.wrap(width) == wrap_paragraph(text, width, kerned)
        assert paragraph.balanced(width) == bisected(text, width, kerned)


def test_each_run_of_words_is_measured_once_however_many_widths_are_tried():
    calls: list[str] = []

    def counting(text: str) -> float:
        calls.append(text)
        return measure(text)

    paragraph = Paragraph("Food pantry at the Y", counting)
    for width in (40.0, 55.0, 60.0, 70.0, 80.0, 90.0, 100.0, 120.0):
        assert paragraph.balanced(width) == bisected("Food pantry at the Y", width)
    assert len(calls) == len(set(calls))


def test_a_line_may_break_between_cjk_characters_but_never_inside_a_latin_word():
    from ecomap_desktop.wrapping import tokens

    assert tokens("Renée Côté-Smith") == ["Renée ", "Côté-", "Smith"]
    assert tokens("Ольга Иванова") == ["Ольга ", "Иванова"]
    assert tokens("Renée 王小明") == ["Renée ", "王", "小", "明"]
    assert tokens("東京タワー and 한국") == ["東", "京", "タ", "ワ", "ー ", "and ", "한", "국"]
