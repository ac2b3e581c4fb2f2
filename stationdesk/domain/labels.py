"""Fixed choices of the ledgers and their labels, in English with Simplified Chinese.

`QT_TRANSLATE_NOOP` marks each label for Qt's lupdate without importing Qt; the window
translates them through its .qm file (context "Label"), while printed forms and the
command line use `label()` with the same Chinese table.
"""

from __future__ import annotations

CONTEXT = "Label"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns it unchanged."""
    del context
    return text


OFFICER_KINDS = {
    "police": QT_TRANSLATE_NOOP("Label", "Police officer"),
    "auxiliary": QT_TRANSLATE_NOOP("Label", "Auxiliary police"),
}

TEAMS = {
    "community": QT_TRANSLATE_NOOP("Label", "Community policing team"),
    "case": QT_TRANSLATE_NOOP("Label", "Case-handling team"),
    "command": QT_TRANSLATE_NOOP("Label", "Integrated command room"),
}

SHIFT_KINDS = {
    "day": QT_TRANSLATE_NOOP("Label", "Day"),
    "night": QT_TRANSLATE_NOOP("Label", "Night"),
    "standby": QT_TRANSLATE_NOOP("Label", "Standby"),
    "rest": QT_TRANSLATE_NOOP("Label", "Rest"),
    "leave": QT_TRANSLATE_NOOP("Label", "Leave"),
    "sick": QT_TRANSLATE_NOOP("Label", "Sick"),
}

ON_DUTY_SHIFTS = frozenset({"day", "night", "standby"})

GRID_LEVELS = {
    1: QT_TRANSLATE_NOOP("Label", "Street / town"),
    2: QT_TRANSLATE_NOOP("Label", "Village / community"),
    3: QT_TRANSLATE_NOOP("Label", "Village group / grid"),
}

ZH = {
    "Police officer": "民警",
    "Auxiliary police": "辅警",
    "Community policing team": "社区警务队",
    "Case-handling team": "办案队",
    "Integrated command room": "综合指挥室",
    "Day": "白班",
    "Night": "夜班",
    "Standby": "备勤",
    "Rest": "休息",
    "Leave": "请假",
    "Sick": "病假",
    "Street / town": "街道/乡镇",
    "Village / community": "村/社区",
    "Village group / grid": "村民小组/网格",
}


def label(text: str, lang: str) -> str:
    """`text` in `lang` ('zh' or 'en')."""
    return ZH.get(text, text) if lang == "zh" else text
