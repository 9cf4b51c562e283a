"""The rules every text field follows, each refusal saying the first problem, whether the text is
plain ASCII (checked in one look) or not."""

import pytest

from ecomap_desktop.io.mapfile import MapFileError, data_to_graph
from ecomap_desktop.model.vocabulary import (
    MAX_LABEL,
    ModelError,
    check_edge_value,
    check_node_value,
    check_short_text,
)


@pytest.mark.parametrize("value, problem", [
    ("x" * MAX_LABEL, None),
    ("é" * MAX_LABEL, None),
    ("", None),
    ("x" * (MAX_LABEL + 1), "longer than"),
    ("é" * (MAX_LABEL + 1), "longer than"),
    ("Ana\x00", "NUL"),
    ("Añá\x00", "NUL"),
    ("Ana\x7f", "control"),
    ("Ana\tB", "control"),
    ("Ana\u0085", "control"),
    ("Ana\ufffe", "not valid text"),
    ("\ud800", "not valid text"),
    (7, "must be text"),
])
def test_a_label_is_refused_for_its_first_problem(value, problem):
    if problem is None:
        assert check_node_value("label", value) == value
    else:
        with pytest.raises(ModelError, match=problem):
            check_node_value("label", value)


def test_notes_may_hold_line_breaks_and_tabs_but_no_other_control():
    assert check_node_value("notes", "one\n\ttwo\r\n") == "one\n\ttwo\r\n"
    assert check_edge_value("note", "a\nb") == "a\nb"
    for bad in ("a\x0bb", "a\x00", "a\x1b"):
        with pytest.raises(ModelError):
            check_node_value("notes", bad)


def test_a_text_that_must_not_be_empty_refuses_spaces():
    assert check_short_text("Visit", "visit label", 40, allow_empty=False) == "Visit"
    for blank in ("", "   ", "\u3000"):
        with pytest.raises(ModelError, match="empty"):
            check_short_text(blank, "visit label", 40, allow_empty=False)


def test_empty_support_and_household_are_kept_as_new_empty_lists():
    given = []
    assert check_node_value("support", given) == [] and check_node_value("support", given) is not given
    assert check_node_value("household", given) == [] and check_node_value("household", given) is not given


@pytest.mark.parametrize("node_id, ok", [("a" * 64, True), ("a" * 65, False), ("", False), ("a\x00", False),
                                         ("a\x1f", False), ("ñ", True), ("a\ud800", False), (3, False)])
def test_a_file_ids_rules(node_id, ok):
    data = {"format": "ecomap", "version": 1, "directed": True, "multigraph": False, "graph": {},
            "nodes": [{"id": "c", "label": "Family", "kind": "centre"},
                      {"id": node_id, "label": "Ana", "kind": "person"}], "edges": []}
    if ok:
        assert node_id in data_to_graph(data, "map.ecomap").nodes
    else:
        with pytest.raises(MapFileError, match="id is missing or wrong"):
            data_to_graph(data, "map.ecomap")


def test_every_field_a_map_file_may_hold_has_its_check_and_a_number_keeps_its_value():
    """A field given a default is read from a file (not refused as unknown), and a coordinate comes back
    as the same float, whether it was written as a float or an int; out of range or not a number is
    refused as before."""
    from ecomap_desktop.model.vocabulary import EDGE_CHECKS, EDGE_DEFAULTS, NODE_CHECKS, NODE_DEFAULTS

    assert set(NODE_CHECKS) == set(NODE_DEFAULTS) and set(EDGE_CHECKS) == set(EDGE_DEFAULTS)
    for value in (12.5, -0.0, 1_000_000.0, -1_000_000):
        assert check_node_value("x", value) == float(value) and type(check_node_value("y", value)) is float
    for value, problem in ((1_000_000.5, "out of range"), (float("nan"), "out of range"), (True, "number"),
                           (10 ** 400, "out of range"), ("3", "number")):
        with pytest.raises(ModelError, match=problem):
            check_node_value("x", value)
