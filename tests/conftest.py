"""Shared fixtures: every folder points at tmp_path, and one demo station is built per session."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from stationdesk.domain.demo import build_demo
from stationdesk.store import Store, open_store, search_index

DEMO_SEED = 2026
DEMO_AS_OF = date(2026, 11, 25)
TEST_ACTOR = "tester"


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data folder, the default database and the home folders at tmp_path."""
    home = tmp_path / "home"
    data = tmp_path / "data"
    for folder in (home, data):
        folder.mkdir()
    monkeypatch.setenv("STATIONDESK_DATA_DIR", str(data))
    monkeypatch.setenv("STATIONDESK_DB", str(data / "station.sqlite"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    return data


@pytest.fixture(scope="session")
def demo_seed() -> int:
    """The seed the shared demo station was built with."""
    return DEMO_SEED


@pytest.fixture(scope="session")
def demo_as_of() -> date:
    """The day the shared demo station's history ends."""
    return DEMO_AS_OF


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo station per session (seed 2026, as of 2026-11-25), WAL folded into the file.

    Built without the demo accounts, so it enforces no roles: the ledgers' own tests; the
    role tests use `accounts_template`, the demo exactly as users get it.
    """
    return build_template(tmp_path_factory.mktemp("demo-template") / "demo.sqlite")


@pytest.fixture(scope="session")
def demo_template_without_households(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo station with no household registered yet (for importing a register)."""
    folder = tmp_path_factory.mktemp("demo-template-no-households")
    return build_template(folder / "demo.sqlite", households=0)


def build_template(
    path: Path,
    *,
    households: int | None = None,
    disputes: int | None = None,
    accounts: bool = False,
) -> Path:
    """Build a demo station at `path` for tests to copy (`households=0`: none registered)."""
    with build_demo(
        path,
        seed=DEMO_SEED,
        as_of=DEMO_AS_OF,
        households=households,
        disputes=disputes,
        accounts=accounts,
    ):
        pass
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo station, the test's to change."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_store(demo_path: Path) -> Iterator[Store]:
    """The demo copy, open as user 'tester'."""
    store = open_store(demo_path, TEST_ACTOR)
    yield store
    store.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    """A new, empty station file, open as user 'tester'."""
    store = open_store(tmp_path / "new.sqlite", TEST_ACTOR, create=True)
    yield store
    store.close()


@pytest.fixture(scope="session")
def accounts_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo station as users get it: one account per role, password 'demo'."""
    path = tmp_path_factory.mktemp("accounts-template") / "demo.sqlite"
    return build_template(path, disputes=40, accounts=True)


@pytest.fixture
def accounts_path(accounts_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo station with its accounts, the test's to change."""
    path = tmp_path / "accounts-demo.sqlite"
    shutil.copyfile(accounts_template, path)
    return path


@pytest.fixture
def large_imports(monkeypatch: pytest.MonkeyPatch) -> None:
    """Imports of two records or more count as large (a register of thousands, in real use):
    their search indexing waits for afterwards, two records a transaction."""
    monkeypatch.setattr(search_index, "DEFER_AT", 2)
    monkeypatch.setattr(search_index, "CATCH_UP_CHUNK", 2)
