"""The .ecomap file: networkx node-link JSON with a format name and version on top.

Reading is strict and bounded; every failure raises MapFileError with a plain message that names the
file and the place (node 3, connection 7, map details) but never repeats text from the file, since
that text is a family's personal information.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from json.encoder import encode_basestring as _encode_string  # the C version where available
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx

from ..collector import collector_paused
from ..i18n import translate as _tr
from ..model.document import Document
from ..model.visits import VisitList
from ..model.vocabulary import MAX_EDGES, MAX_HOUSEHOLD, MAX_NODES
from .errors import MapFileError, NewerVersionError, fill, os_reason
from .filelock import lock_for_saving
from .jsonread import parse as parse_json
from .migrations import MigrationError, migrate
from .nodelink import Checked, build_graph, check_map_data, graph_to_map_data, invalid, not_a_map, one_line
from .protection import MAX_HEADER_BYTES, PasswordNeededError, decrypt, encrypt, is_protected
from .regular import SpecialFileError, open_regular
from .visitfile import EncodedMap, read_visits, visits_to_data

FORMAT_NAME = "ecomap"
FORMAT_VERSION = 2
FILE_SUFFIX = ".ecomap"
# No real map comes near this (a 5,000-person map with a note on each is about 3 MB); a file over
# it is refused before it is read. docs/file-format.md has the figures.
MAX_FILE_BYTES = 16 * 1024 * 1024
# The same map saved with a password: base64 of the map and its tag, after the header line.
MAX_STORED_BYTES = MAX_HEADER_BYTES + 4 * ((MAX_FILE_BYTES + 16 + 2) // 3) + 4
# What a map can hold at most, counted in the file before it is parsed, so a file of millions of
# tiny lists or values ("[[],[],...]", a few bytes each but about 60 in memory) is refused at once:
# brackets ({ and [) and separators (, and :) outside strings.
MAX_CONTAINERS = 64 + MAX_NODES * (3 + MAX_HOUSEHOLD) + MAX_EDGES
MAX_SEPARATORS = 512 + MAX_NODES * (24 + 7 * MAX_HOUSEHOLD) + MAX_EDGES * 16
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_INF = float("inf")


# ----- document <-> node-link data ------------------------------------------------------------


def document_to_data(doc: Document) -> dict[str, Any]:
    """The document as the file's data in a canonical order, so equal maps give equal bytes: the
    current visit's map at the top level (node-link data), then every visit, oldest first."""
    return _document_data(doc, encoded=False)


def _document_data(doc: Document, *, encoded: bool) -> dict[str, Any]:
    # Read through the graph's read-only view, copying each value once (clone passes text and
    # numbers through): a 5,000-person map is written without copying every attribute twice.
    current = graph_to_map_data(doc.graph_view())
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, **current,
            "visits": visits_to_data(doc, encoded=encoded)}


# A NamedTuple, not a frozen dataclass: the same read-only record with equality, made at import
# without compiling six generated methods (~0.3 ms of every start each; issue 18).
class LoadedMap(NamedTuple):
    """A map file's contents: the current visit's graph and every visit (past ones with their maps)."""

    graph: nx.DiGraph
    visits: VisitList


_float_repr = float.__repr__
_int_repr = int.__repr__


def _encode(value: Any, level: int) -> str:
    """JSON text of *value* exactly as json.dumps(value, ensure_ascii=False, indent=2) writes it.

    The standard library falls back to its pure-Python encoder whenever indent is set; this one is
    about twice as quick on a big map (a 5,000-node map saves within its time budget). Anything
    unusual (non-text keys, NaN, other types) raises TypeError and the caller uses json.dumps.
    """
    kind = type(value)
    if kind is str:
        return _encode_string(value)
    if kind is float:
        if value != value or value in (_INF, -_INF):
            raise TypeError("not a finite number")
        return _float_repr(value)
    if value is None:
        return "null"
    if kind is _Raw:
        return value.text
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return _int_repr(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = "\n" + "  " * (level + 1)
        parts = []
        for key, item in value.items():
            if type(key) is not str:
                raise TypeError("keys must be text")
            parts.append(_encode_string(key) + ": " + _encode(item, level + 1))
        return "{" + inner + ("," + inner).join(parts) + "\n" + "  " * level + "}"
    if kind is list:
        if not value:
            return "[]"
        inner = "\n" + "  " * (level + 1)
        return "[" + inner + ("," + inner).join([_encode(item, level + 1) for item in value]) + "\n" + \
            "  " * level + "]"
    raise TypeError("not plain JSON data")


class _Raw:
    """JSON text already made, written as it is."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


# Where each past visit's map goes while the rest of the file is written as text: a control
# character, which _encode never writes (every string's are escaped), then replaced by the map's bytes.
_MAP_SLOT = "\x00"


def _map_bytes(value: Any) -> bytes:
    """A past visit's map on one line, UTF-8 (kept with the visit, for the next save)."""
    return value.encoded() if type(value) is EncodedMap else one_line(value).encode("utf-8")


def _file_bytes(data: dict[str, Any]) -> bytes:
    """The file's bytes: indented by two spaces, but each past visit's map on one line (they never
    change, and are many: the file stays smaller and quicker to write and read). The maps' bytes are
    put in as they are, so a file of many visits is not copied through text again at each save."""
    maps: list[Any] = []
    visits = data.get("visits")
    if type(visits) is list and next(reversed(data)) == "visits":
        entries = []
        for entry in visits:
            if type(entry) is dict and entry.get("map") is not None:
                maps.append(entry["map"])
                entry = {**entry, "map": _Raw(_MAP_SLOT)}  # "map" keeps its place among the keys
            entries.append(entry)
        data = {**data, "visits": entries}
    pieces = (_encode(data, 0) + "\n").split(_MAP_SLOT)
    if len(pieces) != len(maps) + 1:
        raise ValueError("a map's place is not where it was put")
    out = [pieces[0].encode("utf-8")]
    for value, piece in zip(maps, pieces[1:]):
        out.append(_map_bytes(value))
        out.append(piece.encode("utf-8"))
    return b"".join(out)


def data_to_bytes(data: Mapping[str, Any]) -> bytes:
    """The file's bytes: UTF-8 JSON indented by two spaces (each past visit's map on one line), with a
    final newline."""
    try:
        if type(data) is dict:
            return _file_bytes(data)
        text = json.dumps(data, ensure_ascii=False, indent=2, default=_plain)
    except (TypeError, ValueError, RecursionError):
        text = json.dumps(data, ensure_ascii=False, indent=2, default=_plain)
    return (text + "\n").encode("utf-8")


def _plain(value: Any) -> Any:
    if isinstance(value, EncodedMap):
        return value.data()
    raise TypeError("not plain JSON data")


def document_to_bytes(doc: Document) -> bytes:
    # Thousands of short-lived values (more with many visits) would set off full collections that
    # scan everything the app holds; none of them can be part of a cycle.
    with collector_paused():
        return data_to_bytes(_document_data(doc, encoded=True))


def data_to_map(data: Any, name: str = "the file") -> LoadedMap:
    """Validate a file's data (every visit) and build its maps. Raises MapFileError naming *name* and
    the place."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise not_a_map(name)
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise invalid(name, "", _tr("MapFile", "its version number is missing or wrong"))
    if version > FORMAT_VERSION:
        raise NewerVersionError(fill(
            _tr("MapFile", "“%1” was made by a newer version of Ecomap Desktop (file version %2; this "
                "version reads up to %3). Please update the app to open it."),
            name, str(version) if version < 1_000_000 else _tr("MapFile", "unknown"), str(FORMAT_VERSION)))
    if version < FORMAT_VERSION:
        try:
            data = migrate(data, FORMAT_VERSION)
        except MigrationError as exc:
            raise invalid(name, "", str(exc)) from None
    allowed_top = {"format", "version", "directed", "multigraph", "graph", "nodes", "edges", "visits"}
    if set(data) - allowed_top:
        raise invalid(name, "", _tr("MapFile", "it has unexpected top-level entries"))
    visits = data.get("visits")
    # Past visits mostly repeat the current map: what it checks, they need not check again. Its own
    # graph then gets its own values, since it is the one that will be edited.
    checked = Checked() if isinstance(visits, list) and len(visits) > 1 else None
    graph = build_graph(check_map_data(data, name, "", checked), own_values=checked is not None)
    loaded = LoadedMap(graph, read_visits(visits, name, checked))
    if checked is not None:
        checked.done_reading()
    return loaded


def data_to_graph(data: Any, name: str = "the file") -> nx.DiGraph:
    """Validate a file's data (every visit) and build the current visit's map."""
    return data_to_map(data, name).graph


def _too_many_entries(raw: bytes) -> bool:
    """Whether *raw* holds more lists, objects or values than any map can (strings not counted)."""
    # Each counted character is a byte of the file: a file shorter than a limit is within it. A list
    # or object takes two bytes at least ([ and ]; only those left open where the reading stops, at
    # most as deep as it may go, take one): a file up to twice the limit holds no more of them.
    if ((len(raw) <= 2 * MAX_CONTAINERS or raw.count(b"[") + raw.count(b"{") <= MAX_CONTAINERS)
            and (len(raw) <= MAX_SEPARATORS or raw.count(b",") + raw.count(b":") <= MAX_SEPARATORS)):
        return False  # every map the app writes: no need to look inside its strings
    bare = _JSON_STRING.sub(b'""', raw)
    return (bare.count(b"[") + bare.count(b"{") > MAX_CONTAINERS
            or bare.count(b",") + bare.count(b":") > MAX_SEPARATORS)


def _reject_constant(value: str) -> Any:
    raise ValueError("not a finite number")


def bytes_to_graph(raw: bytes, name: str = "the file", password: str | None = None) -> nx.DiGraph:
    """The current visit's map from the bytes of a map file (every visit is checked)."""
    return bytes_to_map(raw, name, password).graph


def bytes_to_map(raw: bytes, name: str = "the file", password: str | None = None) -> LoadedMap:
    """Parse and validate the bytes of a map file (plain or password-protected), every visit.

    A protected file without *password* raises PasswordNeededError, with a wrong one
    WrongPasswordError (both MapFileError).
    """
    if len(raw) > MAX_STORED_BYTES or (len(raw) > MAX_FILE_BYTES and not is_protected(raw)):
        raise invalid(name, "", _tr("MapFile", "it is too large"))
    if not raw or raw.isspace():
        raise invalid(name, "", _tr("MapFile", "it is empty"))
    if is_protected(raw):
        if password is None:
            raise PasswordNeededError(fill(_tr("MapFile", "“%1” is protected with a password."), name))
        raw = decrypt(raw, password, name)
        if is_protected(raw):
            raise invalid(name, "", _tr("MapFile", "it is protected twice"))
        return bytes_to_map(raw, name)
    if _too_many_entries(raw):
        raise invalid(name, "", _tr("MapFile", "it has more entries than a map can hold"))
    try:
        # As the "utf-8-sig" codec reads it (one leading byte order mark dropped), without importing
        # that codec's module at every start.
        text = raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        raise not_a_map(name) from None
    try:
        data = parse_json(text, parse_constant=_reject_constant)
    except json.JSONDecodeError:
        raise not_a_map(name) from None
    except RecursionError:
        raise invalid(name, "", _tr("MapFile", "it is nested too deeply")) from None
    except ValueError:
        # Numbers too long to convert, or NaN/Infinity.
        raise invalid(name, "", _tr("MapFile", "it contains a number out of range")) from None
    return data_to_map(data, name)


# ----- files on disk -----------------------------------------------------------------------------


def read_graph(path: str | os.PathLike[str], password: str | None = None) -> nx.DiGraph:
    """Read and validate a map file (every visit) into the current visit's graph (no Qt objects)."""
    return read_map(path, password).graph


def read_map(path: str | os.PathLike[str], password: str | None = None) -> LoadedMap:
    """Read and validate a map file: the current visit's graph and every visit."""
    return bytes_to_map(read_file_bytes(path), Path(path).name, password)


def file_is_protected(path: str | os.PathLike[str]) -> bool:
    """Whether the map file at *path* is password-protected (False when it cannot be read)."""
    try:
        with open_regular(path) as handle:
            return is_protected(handle.read(MAX_HEADER_BYTES + 1))
    except OSError:
        return False


def read_file_bytes(path: str | os.PathLike[str]) -> bytes:
    """The raw bytes of a map file, size-capped, with plain messages for every failure."""
    path = Path(path)
    name = path.name
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            limit = MAX_FILE_BYTES
            if size > limit and is_protected(handle.read(MAX_HEADER_BYTES + 1)):
                limit = MAX_STORED_BYTES  # the protected form of a map just under the cap
                handle.seek(0)
            if size > limit:
                raise invalid(name, "", _tr("MapFile", "it is too large"))
            # As big as the file is, and a byte more to see whether it grew: read(limit + 1) made a
            # buffer of the cap (16 MiB) and cut it down to the file, the longer the bigger the file.
            raw = handle.read(size + 1)
            if len(raw) > size:  # it grew since its size was looked up: the rest, up to the cap
                raw += handle.read(limit + 1 - len(raw))
    except MapFileError:
        raise
    except FileNotFoundError:
        raise MapFileError(fill(_tr("MapFile", "“%1” could not be found."), name)) from None
    except IsADirectoryError:
        raise MapFileError(fill(_tr("MapFile", "“%1” is a folder, not a map file."), name)) from None
    except SpecialFileError:
        text = _tr("MapFile", "“%1” is not a map file: it is a device, a pipe or another special file.")
        raise MapFileError(fill(text, name)) from None
    except PermissionError:
        text = _tr("MapFile", "“%1” could not be opened: permission denied.")
        raise MapFileError(fill(text, name)) from None
    except OSError as exc:
        text = _tr("MapFile", "“%1” could not be read (%2).")
        raise MapFileError(fill(text, name, os_reason(exc))) from None
    if len(raw) > limit:  # it grew while being read
        raise invalid(name, "", _tr("MapFile", "it is too large"))
    return raw


def load_document(
    path: str | os.PathLike[str], doc: Document | None = None, password: str | None = None
) -> Document:
    """Load a map file into *doc* (or a new document). On any error *doc* is left untouched."""
    loaded = read_map(path, password)
    doc = doc if doc is not None else Document()
    doc.replace_graph(loaded.graph, loaded.visits)
    return doc


def backup_path(path: str | os.PathLike[str]) -> Path:
    from .atomic import write_target  # the writing module: imported by the first save, not at start

    path = write_target(path)
    return path.with_name(path.name + ".bak")


def save_document(doc: Document, path: str | os.PathLike[str], password: str | None = None) -> None:
    """Save the document atomically, keeping the previous version as NAME.ecomap.bak.

    The map's lock is held while it is written (see filelock.lock_for_saving): a map open in
    another window or program is not written. With *password* the whole map is encrypted (fresh
    salt and nonce). A protected map never keeps an unprotected backup beside it: the previous
    version is kept only if it was protected too, and a leftover unprotected NAME.ecomap.bak is
    removed once the protected save has succeeded.
    """
    from .atomic import write_bytes_atomically  # the writing module: imported by the first save

    payload = document_to_bytes(doc)
    with lock_for_saving(path):
        if password is None:
            write_bytes_atomically(path, payload)
            return
        payload = encrypt(payload, password)
        write_bytes_atomically(path, payload, keep_backup=file_is_protected(path))
        backup = backup_path(path)
        if backup.is_file() and not file_is_protected(backup):
            try:
                backup.unlink()
            except OSError as exc:
                raise MapFileError(fill(
                    _tr("MapFile", "“%1” was saved with its password, but its old unprotected backup “%2” "
                        "could not be removed (%3). Please delete it yourself."),
                    Path(path).name, backup.name, os_reason(exc))) from None
