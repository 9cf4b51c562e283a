"""The PDF for the family: valid, readable in every script, fonts embedded, neutral and repeatable."""

from __future__ import annotations

import getpass
import math
import os
import re
import subprocess
import sys
import unicodedata
import zlib

import pytest
from export_support import (
    COMMITMENT,
    GROUP_NAMES,
    LEGEND,
    NODE_NOTE,
    REFLECTION,
    SCRIPT_NAMES,
    STEP_NOTES,
    WORKER_NOTES,
    RecordingPainter,
    pdf_fonts,
    pdf_info,
    pdf_language,
    pdf_text,
    qpdf_ok,
    sample_doc,
)

from ecomap_desktop import APP_NAME, __version__, geometry, style
from ecomap_desktop.export import pdf
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.compose.mapshapes import SMALLEST_MAP_TEXT
from ecomap_desktop.export.options import PageOptions, default_page_size
from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import load_document, save_document
from ecomap_desktop.model.document import Document

SIZES = {"letter": (612, 792), "a4": (595.276, 841.89)}


@pytest.fixture(scope="module")
def doc():
    return sample_doc()


@pytest.mark.parametrize("page_size", ["letter", "a4"])
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_pdf_is_valid_with_asked_page_size(tmp_path, doc, page_size, orientation):
    out = tmp_path / "map.pdf"
    report = pdf.export_pdf(doc, out, PageOptions(page_size, orientation))
    assert qpdf_ok(out)
    info = pdf_info(out, "-l", "99")
    assert int(info["Pages"]) == report.pages == 2  # map, then the conversation
    w, h = SIZES[page_size]
    if orientation == "landscape":
        w, h = h, w
    for page in range(1, report.pages + 1):
        size = info[f"Page{page:5d} size"] if f"Page{page:5d} size" in info else info["Page size"]
        got_w, got_h = (float(v) for v in size.split(" pts")[0].split(" x "))
        assert (round(got_w, 1), round(got_h, 1)) == (round(w, 1), round(h, 1))


def test_text_has_every_label_legend_entry_and_the_conversation(tmp_path, doc):
    out = tmp_path / "map.pdf"
    pdf.export_pdf(doc, out, PageOptions("a4", "portrait"))
    text = pdf_text(out)
    for label in SCRIPT_NAMES + GROUP_NAMES + ["Familia Núñez", "Our circle of support", "Ana (5)"]:
        assert label in text, label
    for entry in LEGEND:
        assert entry["label"] in text, entry["label"]
    assert "One thing I will do this week" in text
    assert COMMITMENT in text
    for note in STEP_NOTES.values():
        assert note in text
    assert REFLECTION in text
    # The worker's own notes stay out unless asked for.
    assert WORKER_NOTES not in text
    assert NODE_NOTE not in text


def test_worker_notes_only_when_asked(tmp_path, doc):
    out = tmp_path / "worker.pdf"
    pdf.export_pdf(doc, out, PageOptions("letter", "portrait", include_worker_notes=True))
    text = pdf_text(out)
    assert WORKER_NOTES in text
    assert NODE_NOTE in text


def test_right_to_left_names_are_drawn_joined_and_extract_in_logical_order(tmp_path):
    doc = Document("فاطمة")
    out = tmp_path / "rtl.pdf"
    pdf.export_pdf(doc, out, PageOptions("a4", "portrait"))
    raw = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True).stdout
    # Joined letters: the PDF holds presentation forms (U+FExx), which read back as the name.
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in raw)
    assert "فاطمة" in unicodedata.normalize("NFKC", raw)


def test_every_font_is_embedded(tmp_path, doc):
    out = tmp_path / "map.pdf"
    pdf.export_pdf(doc, out, PageOptions("a4", "portrait"))
    fonts = pdf_fonts(out)
    names = " ".join(row[0] for row in fonts)
    for family in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic", "NotoSansHebrew",
                   "DroidSansFallback", "NotoSansThai", "NotoSansEthiopic"):
        assert family in names, family
    for row in fonts:
        # name type [type...] encoding emb sub uni id gen: "emb" is the 5th field from the end
        assert row[-5] == "yes", row
    assert "Helvetica" not in names


def test_metadata_is_neutral(tmp_path, doc):
    folder = tmp_path / "private-folder-name"
    folder.mkdir()
    out = folder / "family-file.pdf"
    pdf.export_pdf(doc, out, PageOptions("a4", "portrait"))
    info = pdf_info(out)
    # The family's name and the map's title are on the page, never in the file's metadata.
    assert info["Title"] == "Eco-map"
    for field in info.values():
        assert "circle of support" not in field and doc.node(doc.centre_id)["label"] not in field
    assert info["Author"] == ""
    assert info["Subject"] == ""
    assert info["Creator"] == info["Producer"] == f"{APP_NAME} {__version__}"
    assert "2026" in info["CreationDate"]  # the map's own date, not the time of export
    inflated = _all_streams(out.read_bytes())
    for secret in ("private-folder-name", "family-file", str(tmp_path)):
        assert secret.encode() not in inflated, secret
    user = getpass.getuser()
    if len(user) >= 3:
        assert f"/Author ({user}".encode() not in inflated


@pytest.mark.parametrize(("language", "title"), [("en", "Eco-map"), ("es", "Ecomapa")])
def test_pdf_declares_the_pages_language_and_keeps_a_generic_title(tmp_path, doc, language, title):
    out = tmp_path / "map.pdf"
    pdf.export_pdf(doc, out, PageOptions("a4", "auto", language=language))
    assert pdf_language(out) == language  # screen readers speak the page in its own language
    assert pdf_info(out)["Title"] == title


def test_cli_pdf_language_follows_the_language_option(tmp_path, map_file):
    out = tmp_path / "map.pdf"
    assert _cli("export", map_file, out, "--language", "es").returncode == 0
    assert pdf_language(out) == "es" and pdf_info(out)["Title"] == "Ecomapa"


def _all_streams(data: bytes) -> bytes:
    """The file with every Flate stream inflated, to search text that compression hides."""
    out = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            out.append(zlib.decompressobj().decompress(match.group(1)))
        except zlib.error:
            pass
    return b"\n".join(out)


def test_same_map_gives_identical_bytes(tmp_path, doc):
    save_document(doc, tmp_path / "m.ecomap")
    first = pdf.pdf_bytes(load_document(tmp_path / "m.ecomap"), PageOptions("letter", "auto"))
    second = pdf.pdf_bytes(load_document(tmp_path / "m.ecomap"), PageOptions("letter", "auto"))
    assert first == second
    other = pdf.pdf_bytes(load_document(tmp_path / "m.ecomap"), PageOptions("a4", "auto"))
    assert other != first


def _font_files(data: bytes) -> list[bytes]:
    """The embedded font files (streams with a /Length1) of a PDF, inflated."""
    streams = re.finditer(rb"/Length1 \d+.*?stream\r?\n(.*?)endstream", data, re.S)
    return [zlib.decompress(m.group(1)) for m in streams]


def test_maps_exported_in_turn_each_embed_their_own_characters(doc):
    """The fonts cut down to a PDF's characters are kept for the next export: each map still embeds
    its own characters (as many as another's, but not the same), and exporting another map between
    two exports of one changes neither file."""
    options = PageOptions("a4", "auto", language="en")

    def family(name: str) -> Document:
        one = Document(name)
        one.add_node({"label": "Ana", "kind": "person", "category": "friend", "x": 200.0, "y": 0.0})
        return one

    zoe = family("Zoë Quinn")
    first, sample = pdf.pdf_bytes(zoe, options), pdf.pdf_bytes(doc, options)
    accented = pdf.pdf_bytes(family("Zoé Quinn"), options)
    assert pdf.pdf_bytes(zoe, options) == first
    assert pdf.pdf_bytes(doc, options) == sample
    assert _font_files(first) != _font_files(accented)  # ë in one, é in the other


def test_short_conversation_stays_on_page_one(tmp_path):
    doc = sample_doc(notes=False)
    out = tmp_path / "one.pdf"
    report = pdf.export_pdf(doc, out, PageOptions("letter", "portrait"))
    assert report.pages == 1
    assert pdf_info(out)["Pages"] == "1"
    text = pdf_text(out)
    assert "One thing I will do this week" in text  # with blank lines to write on


def test_blank_commitment_gets_lines_to_write_on():
    doc = sample_doc(notes=False)
    painter = RecordingPainter()
    compose.compose_document(doc, PageOptions("a4", "portrait"), painter)
    rules = [c for c in painter.of("line") if c[6] == compose.COMMIT_RULE]
    assert len(rules) >= compose.COMMIT_BLANK_LINES
    # With the parent's words there are no lines to write on, and the words are drawn.
    doc.set_meta("commitment", "Walk to the park with Ana.")
    painter = RecordingPainter()
    compose.compose_document(doc, PageOptions("a4", "portrait"), painter)
    assert not [c for c in painter.of("line") if c[6] == compose.COMMIT_RULE]
    assert "Walk to the park with Ana." in [c[3].logical for c in painter.of("text")]


def test_long_notes_flow_onto_more_pages(tmp_path):
    doc = sample_doc()
    reflection = "\n".join(f"Line {i} of a long reflection about the week." for i in range(120))
    doc.set_meta("reflection", reflection)
    out = tmp_path / "long.pdf"
    report = pdf.export_pdf(doc, out, PageOptions("a4", "portrait"))
    assert report.pages >= 3
    assert pdf_info(out)["Pages"] == str(report.pages)
    text = pdf_text(out)
    assert "Line 0 of a long" in text and "Line 119 of a long" in text
    assert f"Page {report.pages} of {report.pages}" in text
    assert qpdf_ok(out)


def test_auto_orientation_follows_the_map_shape():
    wide, tall = Document("Wide"), Document("Tall")
    for i in range(6):
        wide.add_node({"label": f"W{i}", "x": -900 + 360 * i, "y": 0})
        tall.add_node({"label": f"T{i}", "x": 0, "y": -900 + 360 * i})
    for d, landscape in ((wide, True), (tall, False)):
        painter = RecordingPainter()
        compose.compose_document(d, PageOptions("a4", "auto"), painter)
        w, h = painter.pages[0]
        assert (w > h) == landscape


def _map_scale(painter: RecordingPainter) -> float:
    """Points per scene unit, read from the centre circle the map drew."""
    centre = next(c for c in painter.of("circle") if c[4] == style.CENTRE_FILL)
    return centre[3] / style.CENTRE_RADIUS


def test_every_line_style_is_drawn_as_style_says():
    doc = Document("C")
    c = doc.centre_id
    for i, strength in enumerate(("strong", "moderate", "tenuous", "stressful")):
        n = doc.add_node({"label": strength, "x": 400.0, "y": -300.0 + 200 * i})
        doc.add_edge(c, n, {"strength": strength})
    painter = RecordingPainter()
    compose.compose_document(doc, PageOptions("a4", "landscape"), painter)
    ss = max(_map_scale(painter), compose.MIN_STROKE_SCALE)
    # The first four lines in line colour are the connections (the key's samples come later).
    map_lines = [c for c in painter.of("line") if c[6] == style.LINE_COLOUR][:4]
    widths = sorted(round(c[5] / ss, 3) for c in map_lines)
    assert widths == sorted(round(s.width, 3) for s in style.LINE_STYLES.values())
    dashed = [c for c in map_lines if c[7]]
    assert len(dashed) == 1 and dashed[0][8] is True  # tenuous: dashed with round caps
    tenuous = style.LINE_STYLES["tenuous"]
    assert dashed[0][7] == pytest.approx(tuple(d * tenuous.width * ss for d in tenuous.dash))
    solid = [c for c in map_lines if not c[7]]
    assert all(c[8] is False for c in solid)  # flat ends, exactly on the outline
    ticks = painter.of("segments")
    assert ticks and len(ticks[0][1]) >= 3  # stressful: cross-ticks
    assert ticks[0][2] == pytest.approx(style.TICK_WIDTH * ss)
    assert painter.of("polygon")  # the key's flow sample has an arrowhead


def test_arrowheads_touch_the_node_outlines():
    doc = Document("C")
    c = doc.centre_id
    person = doc.add_node({"label": "P", "x": 300.0, "y": 120.0})
    group = doc.add_node({"label": "G", "kind": "group", "x": -260.0, "y": -200.0})
    doc.add_edge(c, person, {"flow": "to_target"})
    doc.add_edge(group, c, {"flow": "both"})
    painter = RecordingPainter()
    compose.compose_document(doc, PageOptions("a4", "portrait"), painter)
    centre_call = next(c for c in painter.of("circle") if c[4] == style.CENTRE_FILL)
    scale = _map_scale(painter)
    ox, oy = centre_call[1], centre_call[2]  # the centre sits at scene (0, 0)
    tips = [poly[1][0] for poly in painter.of("polygon")][:3]  # the map's arrows come before the key's
    assert len(tips) == 3
    nodes = {"centre": (0.0, 0.0), "person": (300.0, 120.0), "group": (-260.0, -200.0)}
    for tx, ty in tips:
        sx, sy = (tx - ox) / scale, (ty - oy) / scale
        touching = []
        for kind, (nx_, ny_) in nodes.items():
            dist = math.hypot(sx - nx_, sy - ny_)
            outline = geometry.outline_distance(kind, sx - nx_, sy - ny_)
            touching.append(abs(dist - outline) < 0.01)
        assert any(touching), (sx, sy)


def test_map_text_stays_readable_and_big_maps_warn(tmp_path):
    doc = Document("Centre")
    for i in range(64):
        doc.add_node({"label": f"Person {i}", "x": (i % 8) * 420.0, "y": (i // 8) * 420.0})
    painter = RecordingPainter()
    result = compose.compose_document(doc, PageOptions("letter", "portrait"), painter)
    sizes = [call[3].size for call in painter.of("text")]
    # 7 pt, or (a name with no room for it: the family and Person 0 share a place) no less than 5 pt.
    assert min(sizes) >= SMALLEST_MAP_TEXT
    assert sum(size < compose.MIN_MAP_TEXT for size in sizes) <= 2
    assert "Person 63" in [call[3].logical for call in painter.of("text")]
    assert result.warnings and "readable size" in result.warnings[0]
    # The command line says so too, and still writes the file.
    save_document(doc, tmp_path / "big.ecomap")
    cli = _cli("export", tmp_path / "big.ecomap", tmp_path / "big.pdf", "--page-size", "letter")
    assert cli.returncode == 0
    assert "readable size" in cli.stderr
    assert qpdf_ok(tmp_path / "big.pdf")


def test_huge_maps_leave_out_names_that_cannot_fit_and_say_so():
    doc = Document("Centre")
    for i in range(400):
        doc.add_node({"label": f"Person {i}", "x": (i % 20) * 400.0, "y": (i // 20) * 400.0})
    painter = RecordingPainter()
    result = compose.compose_document(doc, PageOptions("letter", "portrait"), painter)
    texts = [call[3].logical for call in painter.of("text")]
    assert "Person 5" not in texts and "Centre" in texts
    assert result.warnings and "only their shapes and lines" in result.warnings[0]
    assert min(call[3].size for call in painter.of("text")) >= compose.MIN_MAP_TEXT


def test_small_map_does_not_warn():
    painter = RecordingPainter()
    result = compose.compose_document(sample_doc(), PageOptions("a4", "portrait"), painter)
    assert result.warnings == []


def test_characters_without_a_font_are_reported_without_repeating_them():
    doc = Document("\U00013000 family")  # an Egyptian hieroglyph: no bundled font has it
    _, report = pdf.render(doc, PageOptions("a4", "portrait"))
    assert any("none of the bundled fonts" in w for w in report.warnings)
    assert all("\U00013000" not in w for w in report.warnings)


def test_default_page_size_follows_the_locale():
    assert default_page_size("en_US.UTF-8") == "letter"
    assert default_page_size("es_MX") == "letter"
    assert default_page_size("fr-CA") == "letter"
    assert default_page_size("fil_PH") == "letter"
    assert default_page_size("en_GB.UTF-8") == "a4"
    assert default_page_size("de_DE") == "a4"
    assert default_page_size("C") == "a4"


def test_options_reject_unknown_values():
    with pytest.raises(ValueError):
        PageOptions("a5")
    with pytest.raises(ValueError):
        PageOptions("a4", "sideways")


# ----- failures write nothing -------------------------------------------------------------------


def test_missing_folder_fails_plainly_and_writes_nothing(tmp_path, doc):
    out = tmp_path / "no-such-folder" / "map.pdf"
    with pytest.raises(MapFileError) as err:
        pdf.export_pdf(doc, out)
    assert "\n" not in str(err.value)
    assert not out.parent.exists()


def test_failure_while_replacing_leaves_no_partial_file(tmp_path, doc, monkeypatch):
    out = tmp_path / "map.pdf"

    def refuse(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(MapFileError, match="disk is full"):
        pdf.export_pdf(doc, out)
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_an_existing_file_unchanged(tmp_path, doc, monkeypatch):
    out = tmp_path / "map.pdf"
    out.write_bytes(b"old copy")

    def refuse(*_args, **_kwargs):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(MapFileError):
        pdf.export_pdf(doc, out)
    assert out.read_bytes() == b"old copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.pdf"]


# ----- the command line ------------------------------------------------------------------------------


def _cli(*args) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ecomap_desktop", *map(str, args)], capture_output=True,
                          text=True, env=env, check=False)


@pytest.fixture(scope="module")
def map_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "family.ecomap"
    save_document(sample_doc(), path)
    return path


@pytest.mark.parametrize(
    "page_size,orientation,expect",
    [
        ("letter", "landscape", "792 x 612"),
        ("a4", "portrait", "595.276 x 841.89"),
        ("letter", "portrait", "612 x 792"),
    ],
)
def test_cli_pdf_with_page_options(tmp_path, map_file, page_size, orientation, expect):
    out = tmp_path / "out.pdf"
    result = _cli("export", map_file, out, "--page-size", page_size, "--orientation", orientation)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert pdf_info(out)["Page size"].startswith(expect)
    assert qpdf_ok(out)


def test_cli_include_worker_notes(tmp_path, map_file):
    out = tmp_path / "out.pdf"
    assert _cli("export", map_file, out, "--include-worker-notes").returncode == 0
    assert WORKER_NOTES in pdf_text(out)


def test_cli_bad_page_size_is_a_usage_error(tmp_path, map_file):
    result = _cli("export", map_file, tmp_path / "out.pdf", "--page-size", "a5")
    assert result.returncode == 2
    assert not (tmp_path / "out.pdf").exists()


def test_cli_unwritable_output_exits_1_with_one_line(tmp_path, map_file):
    out = tmp_path / "missing" / "out.pdf"
    result = _cli("export", map_file, out)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_cli_bad_input_exits_1(tmp_path):
    bad = tmp_path / "bad.ecomap"
    bad.write_text("{ not json")
    result = _cli("export", bad, tmp_path / "out.pdf")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.pdf").exists()


def test_reportlab_and_numpy_are_not_loaded_at_start_up():
    code = (
        "import sys, ecomap_desktop.cli, ecomap_desktop.ui.main_window;"
        "print([m for m in sys.modules if m.startswith(('reportlab', 'ecomap_desktop.export', 'bidi', "
        "'arabic_reshaper', 'numpy'))])"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"


def test_the_keys_group_shape_and_the_colour_other_look_clearly_different():
    """A group is a white box in the key; a category is a square swatch of its colour, so "Group or
    organisation" and the pale grey of "Other" are never the same symbol."""
    from ecomap_desktop.export.compose.legend import draw_legend, legend_items
    from ecomap_desktop.export.compose.mapinfo import read_map
    from export_support import RecordingPainter

    doc = Document("Okafor family")
    doc.add_node({"label": "Ada", "category": "other"})
    doc.add_node({"label": "Clinic", "kind": "group", "category": "health"})
    items = legend_items(read_map(doc), 120.0)
    painter = RecordingPainter()
    draw_legend(painter, items, 0.0, 0.0, 300.0, 1, 1.0)
    boxes = painter.of("rrect")[1:]  # the first is the key's own frame
    group_box = next(c for c in boxes if c[5] > 0 and c[3] > c[4])  # rounded and wider than tall
    other_swatch = next(c for c in boxes if c[6] == style.category_fill("other"))
    assert group_box[6] == "#ffffff" and group_box[6] != other_swatch[6]
    assert other_swatch[3] == other_swatch[4] and other_swatch[5] == 0.0  # a square, square-cornered
    assert [c[4] for c in painter.of("circle")] == ["#ffffff"]  # the person's circle: white too
