"""Write examples/03-rivera-family-three-visits.ecomap: the Rivera map redrawn at 30 and 90 days.

The first visit is examples/01-rivera-family.ecomap as it is. Then, through the model's own API (as a
worker would do it in the app): at 30 days the housing office fixed the heater (no longer
stressful), Sofía joined the after-school club (new), and Maria met Renée again (stronger); at 90
days Luis has moved away (he leaves the map with his connection), Ana from the parent café is a new
friend close by, Renée moved to the closest circle, the preschool is now called Pre-K and the food
pantry's Saturday hours help. Each visit keeps its own notes, reflection and commitment.

Every id and date is fixed, so running it again gives the same bytes (tests/test_examples.py checks
that the file in examples/ is what this script writes):

    .venv/bin/python tools/make_visits_example.py [OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST = ROOT / "examples" / "01-rivera-family.ecomap"
OUT = ROOT / "examples" / "03-rivera-family-three-visits.ecomap"

VISIT_IDS = ("8441fd62-db5c-445b-94af-d1544738ac60", "c870c7e2-1d87-40c3-83a1-8317eddd0ff7",
             "edccb80c-3108-4ebc-81ff-d14a212eeefc")
CLUB, CLUB_LINE = "918ddf7a-dfaf-48fe-9dea-e46b108f1d30", "67fde83d-40a4-4339-bad3-261062f59797"
ANA, ANA_LINE = "0fece9ad-cc4a-49cc-b0cf-bf368978aacf", "9d43a582-1860-4f0a-bb4d-8dcf2ba4c049"


def build():
    """The three-visit Document."""
    from ecomap_desktop.io.mapfile import load_document
    from ecomap_desktop.model.visits import Visit, VisitList

    doc = load_document(FIRST)
    doc.replace_graph(doc.graph_copy(), VisitList([Visit(VISIT_IDS[0], "2025-03-04", "First visit")], {}))
    doc.set_meta("title", "Rivera family")
    by_name = {doc.node(n)["label"]: n for n in doc.node_ids()}
    centre = doc.centre_id

    def line_with(name: str) -> str:
        edge = doc.edge_between(centre, by_name[name])
        assert edge is not None, name
        return edge

    # 30 days.
    doc.start_visit("2025-04-03", "30 days", VISIT_IDS[1])
    housing = line_with("Housing Authority")
    toward_family = "to_target" if doc.edge_ends(housing)[1] == centre else "to_source"
    doc.set_edge(housing, {"strength": "moderate", "flow": toward_family,
                           "note": "The heater was fixed at last; the waiting list is still long."})
    doc.set_edge(line_with("Renée Côté"), {"strength": "moderate", "flow": "both",
                                           "note": "Met for coffee twice since the last visit."})
    doc.add_node({"kind": "group", "category": "school", "label": "Lincoln After-School Club",
                  "x": 470.0, "y": -40.0, "support": ["practical", "social"],
                  "notes": "Sofía goes on Tuesdays and Thursdays."}, CLUB)
    doc.add_edge(CLUB, centre, {"strength": "moderate", "flow": "to_target",
                                "note": "On club days Maria can take the later shift."}, CLUB_LINE)
    doc.set_meta("reflection", "\u201cClub days are easier. The heater is fixed, so I sleep better.\u201d "
                 "The housing office is no longer a stressful line.")
    doc.set_meta("commitment", "Invite Renée and the kids to the park on a Sunday.")
    doc.set_meta("worker_notes", "Luis is moving out of state in May; Maria expects the hand-overs to end. "
                 "Ask about the food pantry's new Saturday hours.")

    # 90 days.
    doc.start_visit("2025-06-02", "90 days", VISIT_IDS[2])
    luis = by_name["Luis (kids' dad)"]
    for edge in doc.edges_of(luis):
        doc.remove_edge(edge)
    doc.remove_node(luis)
    doc.add_node({"kind": "person", "category": "friend", "label": "Ana (café friend)",
                  "x": -270.0, "y": 155.0, "ring": "friends", "support": ["emotional", "social"],
                  "notes": "Met at the parent café; lives two streets away."}, ANA)
    doc.add_edge(centre, ANA, {"strength": "moderate", "flow": "both",
                               "note": "They swap school pick-ups."}, ANA_LINE)
    doc.set_node(by_name["Renée Côté"], {"ring": "closest"})
    doc.set_edge(line_with("Renée Côté"), {"strength": "strong"})
    doc.set_node(by_name["Little Sprouts Preschool"], {"label": "Little Sprouts Pre-K"})
    doc.set_edge(line_with("Food pantry at the Y"), {
        "strength": "moderate", "note": "The Saturday hours fit around her shifts."})
    doc.set_meta("reflection", "\u201cI don't lean only on Mom now. Ana is close by and Renée is back.\u201d "
                 "Work and the school are still stressful lines.")
    doc.set_meta("commitment", "Ask the resource center about summer programs for Sofía and Mateo.")
    doc.set_meta("worker_notes", "Redraw the map again at six months.")
    doc.set_meta("modified", "2025-06-02T17:30:00+00:00")
    return doc


def main(argv: list[str]) -> int:
    from ecomap_desktop.io.atomic import write_bytes_atomically
    from ecomap_desktop.io.mapfile import document_to_bytes

    out = Path(argv[0]) if argv else OUT
    write_bytes_atomically(out, document_to_bytes(build()), keep_backup=False)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
