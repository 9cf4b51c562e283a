"""The NAME.ecomap.bak beside a map: after every save, and after every failed or cut-off one, it is a
whole earlier version and the map itself is whole, whichever way the backup was made (a second name
for the old file where the file system allows it, else a copy)."""

import errno
import os
import stat
import time

import pytest

from ecomap_desktop.io import atomic
from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import read_graph, save_document
from ecomap_desktop.model.document import Document

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and hard links as POSIX has them")


def _version(path, title):
    doc = Document("Tran family")
    doc.set_meta("title", title)
    save_document(doc, path)
    return path.read_bytes()


def _temps(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def map_path(tmp_path):
    return tmp_path / "tran.ecomap"


def test_each_save_keeps_the_version_before_it(map_path):
    first = _version(map_path, "first")
    second = _version(map_path, "second")
    backup = map_path.with_name("tran.ecomap.bak")
    assert backup.read_bytes() == first and map_path.read_bytes() == second
    third = _version(map_path, "third")
    assert backup.read_bytes() == second and map_path.read_bytes() == third
    assert _temps(map_path.parent) == []
    if os.name == "posix":
        # Two separate files: writing one never changes the other.
        assert os.stat(map_path).st_ino != os.stat(backup).st_ino
        assert os.stat(map_path).st_nlink == os.stat(backup).st_nlink == 1
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_where_there_are_no_hard_links_the_backup_is_a_copy(map_path, monkeypatch):
    first = _version(map_path, "first")
    tried = []

    def no_links(src, dst, **kwargs):
        tried.append(dst)
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    second = _version(map_path, "second")
    assert map_path.with_name("tran.ecomap.bak").read_bytes() == first and map_path.read_bytes() == second
    assert _temps(map_path.parent) == []
    if os.name == "posix":
        assert tried  # a hard link was tried first, then the copy was made
        assert stat.S_IMODE(map_path.with_name("tran.ecomap.bak").stat().st_mode) == 0o600


@posix_only
def test_a_map_another_program_made_readable_to_others_gets_a_private_backup(map_path, monkeypatch):
    first = _version(map_path, "first")
    map_path.chmod(0o644)
    backup = map_path.with_name("tran.ecomap.bak")
    real_replace = os.replace

    def map_held(src, dst):
        if str(dst) == str(map_path):
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", map_held)
    with pytest.raises(MapFileError):
        _version(map_path, "second")
    # The failed save changed nothing of the map, not even who may read it.
    assert map_path.read_bytes() == first and stat.S_IMODE(map_path.stat().st_mode) == 0o644
    assert backup.read_bytes() == first and stat.S_IMODE(backup.stat().st_mode) == 0o600
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    _version(map_path, "second")
    assert backup.read_bytes() == first and stat.S_IMODE(backup.stat().st_mode) == 0o600


def _fail_fsync(monkeypatch, map_path):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)


def _fail_replace_of(name):
    def install(monkeypatch, map_path):
        real_replace = os.replace
        target = map_path.with_name(name)

        def failing(src, dst):
            if str(dst) == str(target):
                raise OSError(errno.EIO, "Input/output error")
            real_replace(src, dst)

        monkeypatch.setattr(atomic.os, "replace", failing)
    return install


@pytest.mark.parametrize("fail, backup_is", [
    (_fail_fsync, "the backup before"),  # the disk filled up while the new version was written
    (_fail_replace_of("tran.ecomap.bak"), "the backup before"),  # the backup could not be put in place
    (_fail_replace_of("tran.ecomap"), "the map before"),  # the backup was made, the map not replaced
])
def test_a_failed_save_leaves_the_map_and_a_good_backup(map_path, monkeypatch, fail, backup_is):
    first = _version(map_path, "first")
    second = _version(map_path, "second")
    backup = map_path.with_name("tran.ecomap.bak")
    fail(monkeypatch, map_path)
    with pytest.raises(MapFileError):
        _version(map_path, "third")
    assert map_path.read_bytes() == second
    assert backup.read_bytes() == (first if backup_is == "the backup before" else second)
    assert read_graph(backup).graph["title"] in ("first", "second")
    assert _temps(map_path.parent) == []


@posix_only
def test_a_save_cut_off_after_the_backup_was_named_harms_nothing(map_path, monkeypatch):
    """Killed between naming the old file as the backup-to-be and putting it in place: the name left
    behind is not removed while it may be a running save's, and removing it later leaves the map."""
    first = _version(map_path, "first")
    leftover = map_path.with_name(".tran.ecomap.backup-cutoff.tmp")
    os.link(map_path, leftover)
    old = time.time() - 3600
    os.utime(map_path, (old, old))  # the map was saved an hour ago: so were its other names
    second = _version(map_path, "second")
    assert leftover.exists()  # named just now: it could belong to a save still running
    monkeypatch.setattr(atomic, "STALE_TEMP_AGE", -1.0)
    third = _version(map_path, "third")
    assert not leftover.exists()
    assert map_path.read_bytes() == third and map_path.with_name("tran.ecomap.bak").read_bytes() == second
    assert first != second != third


@posix_only
def test_a_pipe_where_the_backup_goes_is_replaced_without_waiting(map_path):
    first = _version(map_path, "first")
    backup = map_path.with_name("tran.ecomap.bak")
    os.mkfifo(backup)
    second = _version(map_path, "second")  # never opens the pipe (that would wait for a writer)
    assert backup.is_file() and backup.read_bytes() == first and map_path.read_bytes() == second
