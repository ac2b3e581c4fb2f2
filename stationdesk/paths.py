"""The one place that finds bundled resources and per-user folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "StationDesk"
DB_ENV = "STATIONDESK_DB"
DATA_ENV = "STATIONDESK_DATA_DIR"


def resources_dir() -> Path:
    """Folder holding fonts and translations, inside a wheel, a bundle or a checkout."""
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "stationdesk" / "resources")
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("StationDesk resources are missing from this installation")


def font_file() -> Path:
    """The bundled font covering Chinese and Latin text (TrueType outlines)."""
    return resources_dir() / "fonts" / "wqy-microhei.ttf"


def translations_dir() -> Path:
    """Folder holding the compiled Qt translations (.qm)."""
    return resources_dir() / "translations"


def data_dir() -> Path:
    """Per-user data folder; STATIONDESK_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get(DATA_ENV)
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The database used when no --db is given: STATIONDESK_DB, else the data folder."""
    override = os.environ.get(DB_ENV)
    return Path(override) if override else data_dir() / "station.sqlite"


def demo_db_path() -> Path:
    """Where the demo station lives when opened with --demo."""
    return data_dir() / "demo-station.sqlite"


def settings_file() -> Path:
    """The INI file holding window and language settings."""
    return data_dir() / "settings.ini"


def backup_dir() -> Path:
    """Where backups go until the station chooses a folder (a second disk or a USB drive)."""
    return data_dir() / "backups"
