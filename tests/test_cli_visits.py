"""The visit commands of `ecomap` as a worker or an agency runs them: new-visit, visits, changes,
compare and measures, on real files (protected ones too)."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
import subprocess
import sys

import pytest

from ecomap_desktop import cli
from ecomap_desktop.io import protection
from ecomap_desktop.io.mapfile import file_is_protected, load_document, save_document
from ecomap_desktop.model import visits as visits_module
from ecomap_desktop.model.document import Document

FAST_ARGON = {"memory_kib": 1024, "iterations": 1, "lanes": 1}
FAST_SCRYPT = {"n": 2**10, "r": 8, "p": 1}
# Words that must never reach the measures: every one is somewhere in the maps below.
PRIVATE = ("Zebediah", "Quintessa", "Bartholomew", "Ravensworth", "Okonkwo", "Persimmon", "Marisol",
           "Wexford")


@pytest.fixture
def fast_kdf(monkeypatch):
    monkeypatch.setattr(protection, "ARGON2ID_PARAMS", FAST_ARGON)
    monkeypatch.setattr(protection, "SCRYPT_PARAMS", FAST_SCRYPT)


def _remove(doc: Document, node: str) -> None:
    for edge in doc.edges_of(node):
        doc.remove_edge(edge)
    doc.remove_node(node)


def _three_visits() -> tuple[Document, dict[str, str]]:
    """The Ravensworth family over three visits: intake, 30 days (same day as a second talk), 90 days."""
    doc = Document("Ravensworth household")
    doc.set_visit(doc.current_visit().id, date="2025-03-04", label="Quintessa intake")
    doc.set_meta("title", "Bartholomew's map")
    doc.set_meta("worker_notes", "Okonkwo said the rent is late.")
    ids = {"aunt": doc.add_node({"label": "Aunt Zebediah", "category": "family", "notes": "Persimmon"})}
    ids["teacher"] = doc.add_node({"label": "Mr. Wexford", "category": "school"})
    ids["aunt_edge"] = doc.add_edge(doc.centre_id, ids["aunt"], {"strength": "moderate"})
    doc.add_edge(doc.centre_id, ids["teacher"], {"strength": "stressful"})
    doc.start_visit("2025-04-03", "Marisol 30 days")
    doc.set_edge(ids["aunt_edge"], {"strength": "strong"})
    _remove(doc, ids["teacher"])
    ids["group"] = doc.add_node({"label": "Okonkwo parents group", "kind": "group", "category": "community"})
    doc.start_visit("2025-06-02", "")
    return doc, ids


@pytest.fixture
def family(tmp_path):
    path = tmp_path / "Ravensworth-Bartholomew.ecomap"
    save_document(_three_visits()[0], path)
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    status = cli.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return status, out, err


def ecomap(*args) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ecomap_desktop", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120, check=False)


# ----- new-visit ------------------------------------------------------------------------------

def test_new_visit_keeps_the_map_as_a_past_visit_and_the_old_file_as_bak(tmp_path):
    doc, ids = _three_visits()
    path = tmp_path / "family.ecomap"
    save_document(doc, path)
    before = path.read_bytes()
    result = ecomap("new-visit", path, "--date", "2025-09-01", "--label", "Six months")
    assert result.returncode == 0, result.stderr
    assert "4" in result.stdout and "2025-09-01" in result.stdout
    assert (tmp_path / "family.ecomap.bak").read_bytes() == before
    again = load_document(path)
    assert [(v.date, v.label) for v in again.visits()] == [
        ("2025-03-04", "Quintessa intake"), ("2025-04-03", "Marisol 30 days"), ("2025-06-02", ""),
        ("2025-09-01", "Six months")]
    # The new visit starts as a copy with the same ids; the one before it is kept as it was.
    third, fourth = again.visits()[2:]
    assert set(again.visit_graph(fourth.id).nodes) == set(again.visit_graph(third.id).nodes)
    assert again.visit_graph(fourth.id).graph["worker_notes"] == ""


def test_new_visit_refuses_a_date_before_the_current_visit_and_leaves_the_file_alone(family, capsys):
    before = family.read_bytes()
    status, out, err = run(capsys, "new-visit", family, "--date", "2025-06-01")
    assert status == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "2025-06-02" in err and "Traceback" not in err
    assert family.read_bytes() == before
    assert not family.with_name(family.name + ".bak").exists()


def test_new_visit_never_writes_a_map_open_in_the_app(family, capsys, monkeypatch):
    from ecomap_desktop.io import filelock

    holder = subprocess.Popen(
        [sys.executable, "-c", "import os, sys, time\n"
         "from ecomap_desktop.io.filelock import lock_path_for, make_lock\n"
         "lock = make_lock(lock_path_for(os.path.realpath(sys.argv[1])))\n"
         "print(lock.tryLock(0), flush=True)\n"
         "sys.stdin.read()\n", str(family)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "True"  # another copy of the app has the map open
        monkeypatch.setattr(filelock, "SAVE_WAIT_MS", 50)
        before = family.read_bytes()
        status, out, err = run(capsys, "new-visit", family, "--date", "2025-09-01")
        assert status == 1 and out == "" and len(err.strip().splitlines()) == 1 and "open" in err
        assert family.read_bytes() == before
    finally:
        holder.communicate("", timeout=30)


def test_new_visit_on_the_same_day_is_allowed(family, capsys):
    assert run(capsys, "new-visit", family, "--date", "2025-06-02")[0] == 0
    assert [v.date for v in load_document(family).visits()][-2:] == ["2025-06-02", "2025-06-02"]


def test_new_visit_dates_the_visit_today_by_default(family, capsys, monkeypatch):
    monkeypatch.setattr(visits_module, "today", lambda: "2026-01-15")
    assert run(capsys, "new-visit", family)[0] == 0
    assert load_document(family).current_visit().date == "2026-01-15"


@pytest.mark.parametrize("date", ["2025-13-01", "4/3/2025", "2025-3-4", "tomorrow"])
def test_new_visit_with_a_date_that_is_not_a_date_is_a_usage_error(family, capsys, date):
    before = family.read_bytes()
    status, _out, err = run(capsys, "new-visit", family, "--date", date)
    assert status == 2 and "year-month-day" in err
    assert family.read_bytes() == before


def test_new_visit_refuses_a_label_too_long(family, capsys):
    before = family.read_bytes()
    status, _out, err = run(capsys, "new-visit", family, "--label", "x" * 81)
    assert status == 1 and len(err.strip().splitlines()) == 1
    assert family.read_bytes() == before


# ----- visits ---------------------------------------------------------------------------------

def test_visits_prints_one_line_per_visit(family, capsys):
    status, out, err = run(capsys, "visits", family)
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].split()[:2] == ["1", "2025-03-04"] and "Quintessa intake" in lines[0]
    assert lines[0].endswith("2 people, 0 groups, 2 connections")
    assert lines[1].split()[:2] == ["2", "2025-04-03"] and "Marisol 30 days" in lines[1]
    assert lines[1].endswith("1 person, 1 group, 1 connection")
    assert lines[2].split()[:2] == ["3", "2025-06-02"]


def test_visits_in_spanish(family, capsys):
    status, out, _err = run(capsys, "visits", family, "--language", "es")
    assert status == 0
    assert out.splitlines()[0].endswith("2 personas, 0 grupos, 2 conexiones")
    assert out.splitlines()[1].endswith("1 persona, 1 grupo, 1 conexión")


# ----- changes --------------------------------------------------------------------------------

def test_changes_by_default_compares_the_last_two_visits(family, capsys):
    status, out, _err = run(capsys, "changes", family)
    assert status == 0
    assert out == "Nothing changed between visit 2 (April 3, 2025) and visit 3 (June 2, 2025).\n"


def test_changes_between_chosen_visits_names_the_people(family, capsys):
    status, out, _err = run(capsys, "changes", family, "--from", "1", "--to", "2025-06-02")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "What changed between visit 1 (March 4, 2025) and visit 3 (June 2, 2025):"
    body = "\n".join(lines[1:])
    assert "Okonkwo parents group" in body and "Mr. Wexford" in body and "Aunt Zebediah" in body
    assert "stronger" in body
    assert all(line.startswith("- ") for line in lines[1:])
    # Mr. Wexford's connection is told in his own sentence, once.
    assert sum("Mr. Wexford" in line for line in lines) == 1
    # Whichever way round the visits are given, the story runs forward in time.
    assert run(capsys, "changes", family, "--from", "3", "--to", "1")[1] == out


def test_changes_json_shape(family, capsys):
    status, out, _err = run(capsys, "changes", family, "--from", "1", "--json")
    assert status == 0
    data = json.loads(out)
    assert data["older"] == {"visit": 1, "date": "2025-03-04", "label": "Quintessa intake"}
    assert data["newer"] == {"visit": 3, "date": "2025-06-02", "label": ""}
    kinds = [change["kind"] for change in data["changes"]]
    assert {"added", "removed", "stronger", "connection_removed"} <= set(kinds)
    for change in data["changes"]:
        assert {"kind", "node_id", "ends", "edge_id", "old_edge_id", "before", "after", "under",
                "older_name", "newer_name", "sentence"} <= set(change)
    ended = next(change for change in data["changes"] if change["kind"] == "connection_removed")
    assert ended["sentence"] is None and ended["under"] == ended["node_id"]  # told under Mr. Wexford
    stronger = next(change for change in data["changes"] if change["kind"] == "stronger")
    assert (stronger["before"], stronger["after"]) == ("moderate", "strong")
    assert "Aunt Zebediah" in stronger["sentence"]


def test_changes_in_spanish(family, capsys):
    status, out, _err = run(capsys, "changes", family, "--from", "1", "--language", "es")
    assert status == 0
    assert out.splitlines()[0] == ("Qué cambió entre la visita 1 (4 de marzo de 2025) y la visita 3 "
                                   "(2 de junio de 2025):")
    assert "Aunt Zebediah" in out and "stronger" not in out and "on the map" not in out


def test_a_date_with_two_visits_is_ambiguous(tmp_path, capsys):
    doc, _ids = _three_visits()
    doc.start_visit("2025-06-02")
    path = tmp_path / "twice.ecomap"
    save_document(doc, path)
    status, out, err = run(capsys, "changes", path, "--from", "2025-06-02")
    assert status == 1 and out == ""
    assert "visits 3 and 4" in err and "number" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("argv, words", [
    (["--from", "7"], "visits 1 to 3"),
    (["--from", "2024-01-01"], "no visit on that date"),
    (["--to", "1"], "no visit before it"),
    (["--from", "last week"], "number or its date"),
])
def test_changes_refuses_a_visit_that_is_not_there_in_one_line(family, capsys, argv, words):
    status, out, err = run(capsys, "changes", family, *argv)
    assert status == 1 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1


def test_changes_on_a_map_with_one_visit_says_there_is_nothing_to_compare(tmp_path, capsys):
    path = tmp_path / "one.ecomap"
    save_document(Document("Only once"), path)
    status, _out, err = run(capsys, "changes", path)
    assert status == 1 and "only one visit" in err and "new-visit" in err


def test_changes_of_a_bad_file_is_one_plain_line(tmp_path):
    bad = tmp_path / "bad.ecomap"
    bad.write_text("{ not json")
    result = ecomap("changes", bad)
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


# ----- compare ---------------------------------------------------------------------------------

def _two_files(tmp_path):
    """Two copies kept by hand: the map at intake, and the same map three months later."""
    doc, ids = _three_visits()
    old, new = tmp_path / "march.ecomap", tmp_path / "june.ecomap"
    early = Document("Ravensworth household")
    early.replace_graph(doc.visit_graph(doc.visits()[0].id).copy())
    save_document(early, old)
    save_document(doc, new)
    return old, new


def test_compare_two_files(tmp_path, capsys):
    old, new = _two_files(tmp_path)
    status, out, _err = run(capsys, "compare", old, new)
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("What changed between “march.ecomap” (")
    assert lines[0].endswith(" and “june.ecomap” (June 2, 2025):")
    assert any("Okonkwo parents group" in line for line in lines[1:])
    assert any("Aunt Zebediah" in line and "stronger" in line for line in lines[1:])
    status, out, _err = run(capsys, "compare", old, new, "--json", "--language", "es")
    data = json.loads(out)
    assert data["older"]["file"] == "march.ecomap" and data["newer"] == {"file": "june.ecomap",
                                                                         "date": "2025-06-02"}
    assert {"added", "removed", "stronger"} <= {change["kind"] for change in data["changes"]}
    assert run(capsys, "compare", new, new)[1].startswith("Nothing changed between")


# ----- measures --------------------------------------------------------------------------------

def _other_family(tmp_path):
    doc = Document("Persimmon Okonkwo")
    doc.set_visit(doc.current_visit().id, date="2024-11-20", label="Wexford first")
    friend = doc.add_node({"label": "Marisol", "category": "friend"})
    doc.add_edge(friend, doc.centre_id, {"strength": "tenuous", "flow": "to_target"})
    doc.start_visit("2025-01-10")
    path = tmp_path / "Okonkwo-Persimmon.ecomap"
    save_document(doc, path)
    return path


def test_measures_csv_holds_counts_and_no_names(family, tmp_path, capsys):
    other = _other_family(tmp_path)
    out = tmp_path / "measures.csv"
    status, printed, err = run(capsys, "measures", family, other, "--csv", out)
    assert status == 0 and printed == "" and err == ""
    raw = out.read_bytes()
    for word in PRIVATE + ("Ravensworth", "family.ecomap", ".ecomap", "2025-", "2024-"):
        assert word.lower().encode() not in raw.lower(), word
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    assert len(rows) == 3 + 2
    ids = [row["map"] for row in rows]
    assert len(set(ids[:3])) == 1 and len(set(ids[3:])) == 1 and ids[0] != ids[3]
    assert [row["visit"] for row in rows] == ["1", "2", "3", "1", "2"]
    assert [row["days_since_first_visit"] for row in rows] == ["0", "30", "90", "0", "51"]
    first, second = rows[0], rows[1]
    assert (first["people"], first["groups"], first["connections"]) == ("2", "0", "2")
    assert (first["connections_moderate"], first["connections_stressful"]) == ("1", "1")
    assert first["changes"] == "" and second["changes"] == "3"
    assert (second["changes_added"], second["changes_removed"], second["changes_stronger"]) == ("1", "1", "1")
    assert rows[2]["changes"] == "0"
    assert rows[3]["support_to_family"] == "1" and rows[3]["connections_tenuous"] == "1"
    # Printed without --csv: the same rows.
    status, printed, _err = run(capsys, "measures", family, other)
    assert printed.splitlines() == raw.decode("utf-8").splitlines()


def test_measures_says_when_two_files_hold_the_same_map(family, tmp_path, capsys):
    copy = tmp_path / "copy.ecomap"
    copy.write_bytes(family.read_bytes())
    status, printed, err = run(capsys, "measures", family, copy)
    assert status == 0 and len(printed.splitlines()) == 1 + 3 + 3
    assert "note" in err and "2 of the files" in err and len(err.splitlines()) == 1
    assert "Ravensworth" not in err and "copy.ecomap" not in err


def test_measures_writes_nothing_when_a_map_cannot_be_read(family, tmp_path, capsys):
    bad = tmp_path / "Zebediah.ecomap"
    bad.write_text("{ not json")
    out = tmp_path / "measures.csv"
    out.write_text("earlier figures\n")
    status, _printed, err = run(capsys, "measures", family, bad, "--csv", out)
    assert status == 1 and "Traceback" not in err
    assert out.read_text() == "earlier figures\n"


def test_measures_never_writes_over_a_map(family, capsys):
    before = family.read_bytes()
    status, _printed, err = run(capsys, "measures", family, "--csv", family)
    assert status == 2 and family.read_bytes() == before


# ----- password files ---------------------------------------------------------------------------

def test_every_visit_command_reads_a_protected_map_with_its_password_file(tmp_path, capsys, fast_kdf):
    doc, _ids = _three_visits()
    path = tmp_path / "protected.ecomap"
    save_document(doc, path, password="the pass phrase")
    secret = tmp_path / "pw.txt"
    secret.write_text("the pass phrase\n", encoding="utf-8")
    for argv in (["visits", path], ["changes", path], ["measures", path], ["compare", path, path],
                 ["new-visit", path]):
        status, _out, err = run(capsys, *argv)
        assert status == 1 and "--password-file" in err, argv
    old, _new = _two_files(tmp_path)
    for argv in (["visits", path], ["changes", path, "--from", "1"], ["measures", path],
                 ["compare", old, path]):
        status, out, err = run(capsys, *argv, "--password-file", secret)
        assert status == 0 and out and err == "", argv
    assert run(capsys, "new-visit", path, "--date", "2025-09-01", "--password-file", secret)[0] == 0
    # Still protected after the save, and so is its backup.
    assert file_is_protected(path) and file_is_protected(path.with_name(path.name + ".bak"))
    assert load_document(path, password="the pass phrase").visit_count() == 4


def test_a_missing_catalogue_is_a_plain_message(family, capsys, monkeypatch, tmp_path):
    from ecomap_desktop import i18n

    monkeypatch.setattr(i18n, "qm_path", lambda language: tmp_path / f"ecomap_{language}.qm")
    for argv in (["changes", family, "--language", "es"], ["visits", family, "--language", "es"],
                 ["compare", family, family, "--language", "es"]):
        status, out, err = run(capsys, *argv)
        assert status == 1 and out == "" and "reinstall" in err and "Traceback" not in err, argv


def test_measures_count_changes_as_the_trends_do():
    """The CSV's change count per visit is the Summary's trend figure (one per sentence)."""
    from ecomap_desktop.analysis.changes import trends
    from ecomap_desktop.cli.measures import columns, map_rows

    doc, ids = _three_visits()
    doc.start_visit("2025-07-01")
    doc.set_node(ids["group"], {"label": "Okonkwo parents circle"})
    _remove(doc, ids["aunt"])
    rows = [dict(zip(columns(), row, strict=True)) for row in map_rows(doc)]
    expected = ["" if changes is None else changes for _counts, changes in trends(doc)]
    assert [row["changes"] for row in rows] == expected == ["", 3, 0, 2]
    assert rows[3]["changes_connection_removed"] == 1  # Aunt Zebediah's line, told in her sentence


@pytest.mark.parametrize("system", ["de_DE.UTF-8", "fr_FR.UTF-8", "es_MX.UTF-8"])
def test_changes_writes_dates_in_the_language_of_its_sentences(system):
    """The command line speaks English: a German, French or Mexican system's region must not put
    "3. April 2025" or "3 de abril de 2025" inside an English sentence."""
    example = Path(__file__).resolve().parent.parent / "examples" / "03-rivera-family-three-visits.ecomap"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG=system, LC_ALL=system, LANGUAGE="")
    result = subprocess.run([sys.executable, "-m", "ecomap_desktop", "changes", str(example)],
                            capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("What changed between visit 2 (April 3, 2025) and visit 3 (June 2, 2025)"), first
