"""What the guide says at each step, and the quick-add buttons of the people and groups steps.

Marked for translation in the "GuidePanel" context and translated where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Each step: a short name for its button, a title, and its prompts. A prompt is ("ask", question to
# put to the parent), ("say", something to explain) or ("tip", a note for the worker).
STEP_TEXT: dict[str, dict] = {
    "support": {
        "short": QT_TRANSLATE_NOOP("GuidePanel", "Support"),
        "title": QT_TRANSLATE_NOOP("GuidePanel", "Everyone needs support"),
        "prompts": [
            ("say", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Every parent needs help sometimes. This map is a way to see where "
                                      "yours comes from.")),
            ("say", QT_TRANSLATE_NOOP("GuidePanel",
                                      "There is no wrong answer and no wrong way to draw it. Anything can be "
                                      "changed later.")),
            ("say", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Put your name, or your family's name, in the middle circle.")),
        ],
    },
    "people": {
        "short": QT_TRANSLATE_NOOP("GuidePanel", "People"),
        "title": QT_TRANSLATE_NOOP("GuidePanel", "The people around you"),
        "prompts": [
            ("ask", QT_TRANSLATE_NOOP("GuidePanel", "Who are the people you can count on?")),
            ("tip", QT_TRANSLATE_NOOP("GuidePanel",
                                      "If it helps, think of family, friends, neighbours, and people who "
                                      "help through their work, like a home visitor or a nurse.")),
            ("say", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Add each person around the middle circle. People who feel closer can "
                                      "go nearer.")),
        ],
    },
    "groups": {
        "short": QT_TRANSLATE_NOOP("GuidePanel", "Groups"),
        "title": QT_TRANSLATE_NOOP("GuidePanel", "Groups and places"),
        "prompts": [
            ("ask", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Which groups or places are part of your family's life?")),
            ("tip", QT_TRANSLATE_NOOP("GuidePanel",
                                      "For example a place of worship, the children's school or childcare, "
                                      "work, a community centre or a clinic.")),
            ("say", QT_TRANSLATE_NOOP("GuidePanel", "Add them on the map where they belong.")),
        ],
    },
    "strength": {
        "short": QT_TRANSLATE_NOOP("GuidePanel", "Lines"),
        "title": QT_TRANSLATE_NOOP("GuidePanel", "How each connection feels"),
        "prompts": [
            ("ask", QT_TRANSLATE_NOOP("GuidePanel", "How much does each of these help you as a parent?")),
            ("say", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Go round the map one line at a time. Pick the line that shows how it "
                                      "feels, and an arrow for the way help goes.")),
        ],
    },
    "next": {
        "short": QT_TRANSLATE_NOOP("GuidePanel", "Next"),
        "title": QT_TRANSLATE_NOOP("GuidePanel", "Looking at the map together"),
        "prompts": [
            ("ask", QT_TRANSLATE_NOOP("GuidePanel", "Looking at your map, what do you notice?")),
            ("ask", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Would you like more support? Where could it come from?")),
            ("ask", QT_TRANSLATE_NOOP("GuidePanel", "What makes it hard to reach out or meet new people?")),
            ("ask", QT_TRANSLATE_NOOP("GuidePanel",
                                      "What is one thing you could do this week to feel more connected?")),
            ("tip", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Seeing the map can bring up feelings about how much support there is. "
                                      "Take the time that is needed.")),
        ],
    },
}

# Quick-add buttons: (kind, category, button text) for the people and groups steps.
QUICK_ADD = {
    "people": [
        ("person", "family", QT_TRANSLATE_NOOP("GuidePanel", "Family member")),
        ("person", "friend", QT_TRANSLATE_NOOP("GuidePanel", "Friend")),
        ("person", "neighbour", QT_TRANSLATE_NOOP("GuidePanel", "Neighbour")),
        ("person", "professional", QT_TRANSLATE_NOOP("GuidePanel", "Professional")),
        ("person", "other", QT_TRANSLATE_NOOP("GuidePanel", "Someone else")),
    ],
    "groups": [
        ("group", "faith", QT_TRANSLATE_NOOP("GuidePanel", "Faith community")),
        ("group", "school", QT_TRANSLATE_NOOP("GuidePanel", "School, childcare")),
        ("group", "work", QT_TRANSLATE_NOOP("GuidePanel", "Work")),
        ("group", "health", QT_TRANSLATE_NOOP("GuidePanel", "Health")),
        ("group", "community", QT_TRANSLATE_NOOP("GuidePanel", "Community")),
        ("group", "government", QT_TRANSLATE_NOOP("GuidePanel", "Social services")),
        ("group", "other", QT_TRANSLATE_NOOP("GuidePanel", "Another group")),
    ],
}
