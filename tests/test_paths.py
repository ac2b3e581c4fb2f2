"""Where StationDesk keeps its files: overridable, and never the real user folders in tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from stationdesk import paths


def test_tests_run_in_a_private_data_folder(isolated_folders: Path, tmp_path: Path) -> None:
    assert paths.data_dir() == isolated_folders
    assert paths.default_db_path().is_relative_to(tmp_path)
    assert paths.demo_db_path().parent == isolated_folders
    assert paths.settings_file().parent == isolated_folders


def test_data_folder_is_made_on_first_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "portable" / "StationDesk"
    monkeypatch.setenv(paths.DATA_ENV, str(folder))
    monkeypatch.delenv(paths.DB_ENV)
    assert paths.data_dir() == folder
    assert folder.is_dir()
    assert paths.default_db_path() == folder / "station.sqlite"


def test_bundled_font_is_found() -> None:
    assert paths.font_file().is_file()
    assert paths.font_file().parent.parent == paths.resources_dir()
