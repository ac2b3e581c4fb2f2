"""Refresh the Chinese translation from the code and compile it.

Runs pyside6-lupdate over the window's sources (new strings appear as unfinished), fills the
"Label" context from the Chinese table in stationdesk/domain/labels.py (the one source for the
ledgers' fixed choices), then compiles the .qm file with pyside6-lrelease.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stationdesk.domain.labels import CONTEXT, ZH  # noqa: E402

TS_FILE = ROOT / "resources" / "translations" / "stationdesk_zh_CN.ts"
SOURCES = [ROOT / "stationdesk" / "app.py", ROOT / "stationdesk" / "domain" / "labels.py"]


def sources() -> list[str]:
    """Every file whose strings the window shows."""
    files = [*SOURCES, *sorted((ROOT / "stationdesk" / "ui").rglob("*.py"))]
    return [str(path.relative_to(ROOT)) for path in files]


def fill_labels(ts_file: Path) -> int:
    """Write the Chinese label table into the .ts file; returns how many were filled."""
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if source in ZH and translation is not None:
                translation.text = ZH[source]
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def fill_from_json(ts_file: Path, translations: dict[str, dict[str, str]]) -> int:
    """Write translations given as {context: {source: translation}}; returns how many."""
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        given = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            translation = message.find("translation")
            text = given.get(message.findtext("source") or "")
            if text and translation is not None:
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    """lupdate, fill labels (and any --add files), lrelease."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--add", action="append", default=[], help="JSON file of translations")
    args = parser.parse_args()
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pyside6-lupdate", "-no-obsolete", "-locations", "none", *sources(), "-ts", str(TS_FILE)],
        cwd=ROOT,
        check=True,
    )
    print(f"labels filled: {fill_labels(TS_FILE)}")
    for name in args.add:
        added = json.loads(Path(name).read_text(encoding="utf-8"))
        print(f"{name}: {fill_from_json(TS_FILE, added)} filled")
    subprocess.run(["pyside6-lrelease", str(TS_FILE)], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
