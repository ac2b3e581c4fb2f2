"""The shipped Chinese translation covers every string the window shows."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "stationdesk_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")

sys.path.insert(0, str(ROOT / "scripts"))
from update_translations import sources  # noqa: E402


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = translation
    return found


def test_every_string_has_a_chinese_translation() -> None:
    unfinished = [
        f"{context}: {source}"
        for (context, source), translation in messages(TS_FILE).items()
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not translation.text
    ]
    assert unfinished == []


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs Qt's lupdate tool")
def test_the_translation_file_knows_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS_FILE, fresh)
    subprocess.run(
        ["pyside6-lupdate", "-no-obsolete", "-locations", "none", *sources(), "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert set(messages(fresh)) == set(messages(TS_FILE))


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="needs Qt's lrelease tool")
def test_the_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run(
        ["pyside6-lrelease", str(TS_FILE), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == QM_FILE.read_bytes()
