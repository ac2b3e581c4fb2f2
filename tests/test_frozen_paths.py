"""Resources are found from inside a PyInstaller bundle as from a checkout or a wheel."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from stationdesk import paths


def test_a_bundle_uses_the_resources_it_carries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "_internal" / "stationdesk" / "resources"
    (bundled / "fonts").mkdir(parents=True)
    (bundled / "translations").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths.resources_dir() == bundled
    assert paths.font_file() == bundled / "fonts" / "wqy-microhei.ttf"
    assert paths.translations_dir() == bundled / "translations"


def test_a_bundle_without_resources_falls_back_to_the_installed_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.font_file().is_file()
