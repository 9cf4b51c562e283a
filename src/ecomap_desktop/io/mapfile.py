"""The .ecomap file: networkx node-link JSON with a format name and version on top.

Reading is strict and bounded; every failure raises MapFileError with a plain message that names the
file and the place (node 3, connection 7, map details) but never repeats text from the file, since
that text is a family's personal information.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping
from functools import partial
from json.encoder import encode_basestring as _encode_string  # the C version where available
from pathlib import Path
from typing import Any

import networkx as nx

from ..i18n import translate as _tr
from ..model.document import Document, clone
from ..model.vocabulary import (
    CENTRE_KIND,
    EDGE_DEFAULTS,
    MAX_EDGES,
    MAX_HOUSEHOLD,
    MAX_NODES,
    META_DEFAULTS,
    NODE_DEFAULTS,
    ModelError,
    check_edge_value,
    check_meta_value,
    check_node_value,
    has_control,
    is_encodable,
)
from .atomic import write_bytes_atomically, write_target
from .errors import MapFileError, fill, os_reason
from .filelock import lock_for_saving
from .migrations import MigrationError, migrate
from .protection import MAX_HEADER_BYTES, PasswordNeededError, decrypt, encrypt, is_protected
from .regular import SpecialFileError, open_regular

FORMAT_NAME = "ecomap"
FORMAT_VERSION = 1
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
MAX_ID = 64
_INF = float("inf")


# ----- document <-> node-link data ------------------------------------------------------------


def document_to_data(doc: Document) -> dict[str, Any]:
    """The document as node-link data in a canonical order, so equal maps give equal bytes."""
    centre = doc.centre_id
    meta = {key: doc.meta(key) for key in META_DEFAULTS}
    # Read through the graph's read-only view, copying each value once (clone passes text and
    # numbers through): a 5,000-person map is written without copying every attribute twice.
    graph = doc.graph_view()
    nodes = []
    for node_id in sorted(graph.nodes, key=lambda n: (n != centre, n)):
        data = graph.nodes[node_id]
        entry = {"id": node_id}
        entry.update({key: clone(data.get(key, NODE_DEFAULTS[key])) for key in NODE_DEFAULTS})
        nodes.append(entry)
    edges = []
    for source, target, data in sorted(graph.edges(data=True), key=lambda e: e[2]["id"]):
        entry = {"source": source, "target": target, "id": data["id"]}
        entry.update({key: clone(data.get(key, EDGE_DEFAULTS[key])) for key in EDGE_DEFAULTS})
        edges.append(entry)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "directed": True,
        "multigraph": False,
        "graph": meta,
        "nodes": nodes,
        "edges": edges,
    }


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


def data_to_bytes(data: Mapping[str, Any]) -> bytes:
    """The file's bytes: UTF-8 JSON indented by two spaces, with a final newline."""
    try:
        text = _encode(data, 0) if type(data) is dict else json.dumps(data, ensure_ascii=False, indent=2)
    except (TypeError, RecursionError):
        text = json.dumps(data, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def document_to_bytes(doc: Document) -> bytes:
    return data_to_bytes(document_to_data(doc))


def _person_or_group(index: int) -> str:
    return fill(_tr("MapFile", "person or group %1"), str(index))


def _connection(index: int) -> str:
    return fill(_tr("MapFile", "connection %1"), str(index))


def _fail(name: str, where: str | Callable[[], str], problem: str) -> MapFileError:
    """*problem* and *where* are already translated; neither ever holds text from the file.

    *where* may be a function giving the place, so that a valid file's thousands of places are
    never put into words.
    """
    if callable(where):
        where = where()
    if where:
        text = _tr("MapFile", "“%1” is not a valid eco-map file (%2): %3.")
        return MapFileError(fill(text, name, where, problem))
    return MapFileError(fill(_tr("MapFile", "“%1” is not a valid eco-map file: %2."), name, problem))


def not_a_map(name: str) -> MapFileError:
    """A file that is not an eco-map at all (a text file, a picture) or is too damaged to tell: one
    plain sentence, with no line and column numbers that mean nothing to its reader."""
    return MapFileError(fill(_tr("MapFile", "“%1” is not an eco-map, or it is damaged."), name))


def data_to_graph(data: Any, name: str = "the file") -> nx.DiGraph:
    """Validate node-link data and build the graph. Raises MapFileError naming *name* and the place."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise not_a_map(name)
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _fail(name, "", _tr("MapFile", "its version number is missing or wrong"))
    if version > FORMAT_VERSION:
        raise MapFileError(fill(
            _tr("MapFile", "“%1” was made by a newer version of Ecomap Desktop (file version %2; this "
                "version reads up to %3). Please update the app to open it."),
            name, str(version) if version < 1_000_000 else _tr("MapFile", "unknown"), str(FORMAT_VERSION)))
    if version < FORMAT_VERSION:
        try:
            data = migrate(data, FORMAT_VERSION)
        except MigrationError as exc:
            raise _fail(name, "", str(exc)) from None
    allowed_top = {"format", "version", "directed", "multigraph", "graph", "nodes", "edges"}
    if set(data) - allowed_top:
        raise _fail(name, "", _tr("MapFile", "it has unexpected top-level entries"))
    if data.get("directed", True) is not True or data.get("multigraph", False) is not False:
        raise _fail(name, "", _tr("MapFile", "its graph type is wrong"))

    meta_in = data.get("graph", {})
    if not isinstance(meta_in, dict):
        raise _fail(name, _tr("MapFile", "map details"), _tr("MapFile", "they are not an object"))
    meta = {}
    for key, value in meta_in.items():
        if key not in META_DEFAULTS:
            raise _fail(name, _tr("MapFile", "map details"), _tr("MapFile", "there is an unknown field"))
        try:
            meta[key] = check_meta_value(key, value)
        except ModelError as exc:
            raise _fail(name, _tr("MapFile", "map details"), str(exc)) from None
    graph = nx.DiGraph()
    for key, default in META_DEFAULTS.items():
        graph.graph[key] = meta.get(key, default)

    nodes = data.get("nodes")
    if not isinstance(nodes, list):
        raise _fail(name, "", _tr("MapFile", "the list of people and groups is missing"))
    if len(nodes) > MAX_NODES:
        raise _fail(name, "", fill(_tr("MapFile", "it has more than %1 people and groups"), str(MAX_NODES)))
    centres = 0
    for index, node in enumerate(nodes, start=1):
        where = partial(_person_or_group, index)
        if not isinstance(node, dict):
            raise _fail(name, where, _tr("MapFile", "it is not an object"))
        node_id = node.get("id")
        if (not isinstance(node_id, str) or not 0 < len(node_id) <= MAX_ID or not is_encodable(node_id)
                or has_control(node_id)):
            raise _fail(name, where, _tr("MapFile", "its id is missing or wrong"))
        if node_id in graph:
            raise _fail(name, where, _tr("MapFile", "its id is used twice"))
        if "label" not in node or "kind" not in node:
            raise _fail(name, where, _tr("MapFile", "its label or kind is missing"))
        attrs = dict(NODE_DEFAULTS)
        for key, value in node.items():
            if key == "id":
                continue
            if key not in NODE_DEFAULTS:  # never repeat the file's own text, even a field name
                raise _fail(name, where, _tr("MapFile", "there is an unknown field"))
            try:
                attrs[key] = check_node_value(key, value)
            except ModelError as exc:
                raise _fail(name, where, str(exc)) from None
        if attrs["kind"] == CENTRE_KIND:
            centres += 1
        graph.add_node(node_id, **attrs)
    if centres != 1:
        raise _fail(name, "", _tr("MapFile", "it must have exactly one centre"))

    edges = data.get("edges", [])
    if not isinstance(edges, list):
        raise _fail(name, "", _tr("MapFile", "the list of connections is wrong"))
    if len(edges) > MAX_EDGES:
        raise _fail(name, "", fill(_tr("MapFile", "it has more than %1 connections"), str(MAX_EDGES)))
    edge_ids = set()
    for index, edge in enumerate(edges, start=1):
        where = partial(_connection, index)
        if not isinstance(edge, dict):
            raise _fail(name, where, _tr("MapFile", "it is not an object"))
        source, target, edge_id = edge.get("source"), edge.get("target"), edge.get("id")
        if (not isinstance(edge_id, str) or not 0 < len(edge_id) <= MAX_ID or edge_id in edge_ids
                or not is_encodable(edge_id) or has_control(edge_id)):
            raise _fail(name, where, _tr("MapFile", "its id is missing, wrong or used twice"))
        if not isinstance(source, str) or not isinstance(target, str):
            raise _fail(name, where, _tr("MapFile", "its ends are missing"))
        if source not in graph or target not in graph:
            raise _fail(name, where, _tr("MapFile", "it joins a person or group that is not in the map"))
        if source == target:
            raise _fail(name, where, _tr("MapFile", "it joins a node to itself"))
        if graph.has_edge(source, target) or graph.has_edge(target, source):
            raise _fail(name, where, _tr("MapFile", "the same two are connected twice"))
        attrs = dict(EDGE_DEFAULTS)
        for key, value in edge.items():
            if key in ("source", "target", "id"):
                continue
            if key not in EDGE_DEFAULTS:
                raise _fail(name, where, _tr("MapFile", "there is an unknown field"))
            try:
                attrs[key] = check_edge_value(key, value)
            except ModelError as exc:
                raise _fail(name, where, str(exc)) from None
        edge_ids.add(edge_id)
        graph.add_edge(source, target, id=edge_id, **attrs)
    return graph


def _too_many_entries(raw: bytes) -> bool:
    """Whether *raw* holds more lists, objects or values than any map can (strings not counted)."""
    if (raw.count(b"[") + raw.count(b"{") <= MAX_CONTAINERS
            and raw.count(b",") + raw.count(b":") <= MAX_SEPARATORS):
        return False  # every map the app writes: no need to look inside its strings
    bare = _JSON_STRING.sub(b'""', raw)
    return (bare.count(b"[") + bare.count(b"{") > MAX_CONTAINERS
            or bare.count(b",") + bare.count(b":") > MAX_SEPARATORS)


def _reject_constant(value: str) -> Any:
    raise ValueError("not a finite number")


def bytes_to_graph(raw: bytes, name: str = "the file", password: str | None = None) -> nx.DiGraph:
    """Parse and validate the bytes of a map file (plain or password-protected).

    A protected file without *password* raises PasswordNeededError, with a wrong one
    WrongPasswordError (both MapFileError).
    """
    if len(raw) > MAX_STORED_BYTES or (len(raw) > MAX_FILE_BYTES and not is_protected(raw)):
        raise _fail(name, "", _tr("MapFile", "it is too large"))
    if not raw.strip():
        raise _fail(name, "", _tr("MapFile", "it is empty"))
    if is_protected(raw):
        if password is None:
            raise PasswordNeededError(fill(_tr("MapFile", "“%1” is protected with a password."), name))
        raw = decrypt(raw, password, name)
        if is_protected(raw):
            raise _fail(name, "", _tr("MapFile", "it is protected twice"))
        return bytes_to_graph(raw, name)
    if _too_many_entries(raw):
        raise _fail(name, "", _tr("MapFile", "it has more entries than a map can hold"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise not_a_map(name) from None
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError:
        raise not_a_map(name) from None
    except RecursionError:
        raise _fail(name, "", _tr("MapFile", "it is nested too deeply")) from None
    except ValueError:
        # Numbers too long to convert, or NaN/Infinity.
        raise _fail(name, "", _tr("MapFile", "it contains a number out of range")) from None
    return data_to_graph(data, name)


# ----- files on disk -----------------------------------------------------------------------------


def read_graph(path: str | os.PathLike[str], password: str | None = None) -> nx.DiGraph:
    """Read and validate a map file into a graph (no Qt objects involved)."""
    return bytes_to_graph(read_file_bytes(path), Path(path).name, password)


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
                raise _fail(name, "", _tr("MapFile", "it is too large"))
            raw = handle.read(limit + 1)
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
        raise _fail(name, "", _tr("MapFile", "it is too large"))
    return raw


def load_document(
    path: str | os.PathLike[str], doc: Document | None = None, password: str | None = None
) -> Document:
    """Load a map file into *doc* (or a new document). On any error *doc* is left untouched."""
    graph = read_graph(path, password)
    doc = doc if doc is not None else Document()
    doc.replace_graph(graph)
    return doc


def backup_path(path: str | os.PathLike[str]) -> Path:
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
