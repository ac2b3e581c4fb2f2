"""Language choice shared by the window, the printed forms and the command line (no Qt)."""

from __future__ import annotations

import os

LANGUAGES = ("zh", "en")


def system_language() -> str:
    """'zh' on a Chinese system, 'en' otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    import locale  # only when no variable says: the window opens without it

    code = locale.getlocale()[0] or ""
    return "zh" if code.lower().startswith(("zh", "chinese")) else "en"
