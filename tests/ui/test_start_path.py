"""What the window's start imports: only what the first list needs (checked in a fresh
interpreter, as a cold start is). Spreadsheets, PDFs, the subcommands and sqlite-utils wait
until they are used."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from stationdesk.cli import build_parser, window_arguments

ROOT = Path(__file__).resolve().parents[2]
LATER = (
    "sqlite_utils",
    "xlsxwriter",
    "reportlab",
    "pypdfium2",
    "orjson",
    "stationdesk.cli.spreadsheets",
    "stationdesk.cli.disputes",
    "stationdesk.domain.demo",
    "stationdesk.domain.injuries",
    "stationdesk.ui.pages.reports_page",
    "stationdesk.ui.dialogs.accounts_dialog",
    "stationdesk.domain.household_records",
    "stationdesk.ui.widgets.dispute_sessions",
    "stationdesk.ui.widgets.dispute_outcome",
    "stationdesk.ui.widgets.dispute_followups",
    "socket",
)
START = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from stationdesk.cli import window_arguments
import stationdesk.app
from stationdesk.store import open_store
from stationdesk.ui.context import AppContext
from stationdesk.ui.main_window import MainWindow
args = window_arguments(["--db", sys.argv[1]])
app = QApplication([])
store = open_store(Path(args.db), "tester")
window = MainWindow(AppContext(store, QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
app.processEvents()
assert window.disputes_page.model.rowCount() > 0
print(json.dumps(sorted(sys.modules)))
"""


def test_the_window_opens_on_the_list_without_loading_what_waits(
    demo_path: Path, tmp_path: Path
) -> None:
    child = subprocess.run(
        [sys.executable, "-c", START, str(demo_path), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        check=False,
    )
    assert child.returncode == 0, child.stderr
    loaded = set(json.loads(child.stdout.splitlines()[-1]))
    assert sorted(loaded & set(LATER)) == []


@pytest.mark.parametrize(
    "argv", [[], ["--db", "x.sqlite", "--lang", "zh"], ["--demo"], ["--user", "clerk"]]
)
def test_the_window_s_options_need_no_subcommand(argv: list[str]) -> None:
    args = window_arguments(argv)
    assert args is not None
    assert {**vars(args), "command": None} == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["list", "disputes"], ["-h"], ["--db", "x", "report", "weekly"]])
def test_a_subcommand_or_help_goes_to_the_full_command_line(argv: list[str]) -> None:
    assert window_arguments(argv) is None
