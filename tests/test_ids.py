"""The ids a map's people, groups, connections and visits get, and a recovery copy's keys, have the
form uuid.uuid4() gives (model/ids.py makes them without importing uuid at start; issue 18)."""

from __future__ import annotations

import re
import uuid

from ecomap_desktop.io.recovery import new_key
from ecomap_desktop.model.document import Document, new_id
from ecomap_desktop.model.ids import random_hex, random_id
from ecomap_desktop.model.visits import new_visit_id

TEXT_FORM = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def test_an_id_is_a_version_4_uuid_in_its_usual_text():
    for make in (random_id, new_id, new_visit_id):
        made = [make() for _ in range(2000)]
        for text in made:
            parsed = uuid.UUID(text)
            assert str(parsed) == text and TEXT_FORM.match(text)
            assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert len(set(made)) == len(made)


def test_a_recovery_key_is_a_version_4_uuid_in_hex():
    for make in (random_hex, new_key):
        made = [make() for _ in range(2000)]
        for text in made:
            parsed = uuid.UUID(hex=text)
            assert parsed.hex == text and len(text) == 32
            assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert len(set(made)) == len(made)


def test_every_random_bit_is_used():
    """Apart from the six fixed version and variant bits, each of the 122 bits is sometimes 0 and
    sometimes 1 (a bit stuck at either would be a mistake in setting the fixed ones)."""
    fixed = (0xF << 76) | (0x3 << 62)
    seen_one, seen_zero = 0, 0
    for _ in range(500):
        value = int(random_hex(), 16)
        seen_one |= value
        seen_zero |= ~value
    free = ((1 << 128) - 1) & ~fixed
    assert seen_one & free == free and seen_zero & free == free


def test_a_new_map_and_what_is_added_to_it_get_such_ids():
    document = Document()
    person = document.add_node({"label": "Ana", "x": 10, "y": 20})
    edge = document.add_edge(document.centre_id, person)
    for text in (document.centre_id, person, edge, document.current_visit().id):
        assert TEXT_FORM.match(text), text
