"""Regenerate the guide's screenshots from the demo station.

    python scripts/screenshots.py [--lang en zh] [--out docs/screenshots]

Builds the demo station in a temporary folder, opens the real main window (offscreen unless a
DISPLAY is given with --display), and saves one PNG per entry of SHOTS into OUT/<lang>/, 1280x800,
reduced to a 256-colour palette. A shot whose page is still a placeholder, or whose menu command
does not exist yet, is skipped with a message. Adding a shot is one line in SHOTS.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from stationdesk.app import install_font, install_translations
from stationdesk.domain.demo import build_demo
from stationdesk.store import open_store
from stationdesk.ui.context import AppContext
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.pages.base import PlaceholderPage
from stationdesk.ui.pages.disputes_page import DisputesPage

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)
SCREEN = (1280, 860)  # the preview opens 800 high on it
COLOURS = 256
DISPUTES, HOUSEHOLDS, ROSTER, INJURIES, REPORTS, SEARCH = range(6)


class NotBuiltError(Exception):
    """The part of the window a shot shows does not exist yet."""


Action = Callable[[MainWindow], None]


@dataclass(frozen=True)
class Shot:
    """One screenshot: its file name, the navigation row it opens, what to do there first."""

    name: str
    page: int
    action: Action | None = None


# -- actions: put the window in the state a shot shows --------------------------------------
def disputes_page(window: MainWindow) -> DisputesPage:
    """The disputes page of the window."""
    page = window.pages.widget(DISPUTES)
    assert isinstance(page, DisputesPage)
    return page


def detail_tab(page: DisputesPage, index: int) -> None:
    """Show one tab of the dispute details (0 intake, then sessions, outcome, follow-ups)."""
    page.tabs.setCurrentIndex(index)


def new_dispute(window: MainWindow) -> None:
    """Ctrl+N on the disputes page, with the first lines typed in."""
    page = disputes_page(window)
    page.new_record()
    form = page.form
    form.place.setText("东安路街道龙山社区32号楼下")
    form.summary.setPlainText("两户因楼道堆放杂物发生争吵，要求派出所调解。")
    applicant = form.parties[0] if form.parties else form.add_party()
    applicant.name.setText("王秀英")
    applicant.phone.setText("13912345678")


def dispute_with_agreement(window: MainWindow) -> None:
    """The newest dispute that ended in an agreement, on its Outcome & agreement tab."""
    page = disputes_page(window)
    with_agreement = {
        row["dispute_id"] for row in page.ctx.store.rows("SELECT dispute_id FROM agreements")
    }
    for row in range(page.model.rowCount()):
        if page.model.id_at(row) in with_agreement:
            page.table.selectRow(row)
            detail_tab(page, 2)
            return
    raise NotBuiltError("no agreement among the listed disputes")


def tab(index: int) -> Action:
    """Open a tab of the page shown (e.g. the week roster of Roster & grids)."""

    def open_tab(window: MainWindow) -> None:
        tabs = window.pages.currentWidget().findChild(QTabWidget)
        if tabs is None:
            raise NotBuiltError("the page has no tabs")
        tabs.setCurrentIndex(index)

    return open_tab


def then(*actions: Action) -> Action:
    """Several actions in turn."""

    def run(window: MainWindow) -> None:
        for action in actions:
            action(window)

    return run


def print_preview(window: MainWindow) -> None:
    """Ctrl+P on the page shown: the print preview opens (and is captured)."""
    window.pages.currentWidget().print_current()


def menu_command(text: str) -> Action:
    """A menu command, found by its English text; skipped while no menu has it."""

    def trigger(window: MainWindow) -> None:
        for action in window.findChildren(QAction):
            if action.text().replace("&", "").rstrip(".") == text:
                action.trigger()
                return
        raise NotBuiltError(f"no menu command {text!r}")

    return trigger


SHOTS = [
    Shot("first-start", ROSTER),
    Shot("disputes", DISPUTES),
    Shot("dispute-new", DISPUTES, new_dispute),
    Shot("dispute-agreement", DISPUTES, dispute_with_agreement),
    Shot("week-roster", ROSTER, tab(1)),
    Shot("print-preview", ROSTER, then(tab(1), print_preview)),
    Shot("dispute-print-preview", DISPUTES, print_preview),
    Shot("household-visit", HOUSEHOLDS),
    Shot("injury", INJURIES),
    Shot("weekly-report", REPORTS),
    Shot("search", SEARCH),
    Shot("backup-restore", ROSTER, menu_command("Back up")),
    Shot("import-spreadsheet", ROSTER, menu_command("Import spreadsheet")),
]


# -- taking the shots ---------------------------------------------------------------------
class DialogCatcher:
    """Stands in for QDialog.exec: shows the dialog, keeps it to be grabbed, closes it."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.dialog: QDialog | None = None

    def catch(self, dialog: QDialog) -> int:
        """Show the dialog without waiting for it."""
        dialog.show()
        self.app.processEvents()
        self.dialog = dialog
        return QDialog.DialogCode.Rejected


def save_png(widget: QWidget, path: Path) -> None:
    """Grab `widget` and write it as a palette PNG."""
    raw = path.with_suffix(".raw.png")
    widget.grab().save(str(raw))
    with Image.open(raw) as image:
        image.convert("RGB").quantize(COLOURS, method=Image.Quantize.MEDIANCUT).save(
            path, optimize=True
        )
    raw.unlink()


def take(window: MainWindow, shot: Shot, catcher: DialogCatcher, folder: Path) -> str:
    """Take one shot; what happened, in a line."""
    page = window.pages.widget(shot.page)
    if isinstance(page, PlaceholderPage):
        return f"skipped {shot.name}: its page is still a placeholder"
    window.navigation.setCurrentRow(shot.page)
    catcher.dialog = None
    try:
        if shot.action is not None:
            shot.action(window)
    except NotBuiltError as reason:
        return f"skipped {shot.name}: {reason}"
    catcher.app.processEvents()
    target = catcher.dialog or window
    path = folder / f"{shot.name}.png"
    save_png(target, path)
    if catcher.dialog is not None:
        catcher.dialog.done(QDialog.DialogCode.Rejected)
    window.pages.currentWidget().cancel()  # Esc: the next shot starts from the saved records
    return f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"


def offscreen_platform(folder: Path) -> str:
    """The offscreen platform on a screen of a clerk's size, so dialogs open as they would."""
    config = folder / "screen.json"
    screen = {"name": "desk", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1]}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def use_language(app: QApplication, lang: str) -> None:
    """Drop the translations of the language before, then load `lang`'s."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    install_translations(app, lang)


def open_window(folder: Path, lang: str) -> MainWindow:
    """The main window on a fresh demo station, in `lang`."""
    settings = QSettings(str(folder / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/effective_language", lang)
    db = folder / "demo-station.sqlite"
    if not db.exists():
        build_demo(db).close()
    window = MainWindow(AppContext(open_store(db, "clerk"), settings))
    window.resize(*SIZE)
    window.show()
    return window


def start_app(folder: Path, display: str | None) -> DialogCatcher:
    """The application on an X display or offscreen, its dialogs shown without waiting."""
    if display:
        os.environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        os.environ["QT_QPA_PLATFORM"] = offscreen_platform(folder)
    os.environ["STATIONDESK_DATA_DIR"] = str(folder)
    app = QApplication([])
    install_font(app)
    catcher = DialogCatcher(app)
    QDialog.exec = lambda dialog: catcher.catch(dialog)  # type: ignore[method-assign]
    return catcher


def main() -> None:
    """Every shot in every language asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["en", "zh"], choices=["en", "zh"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--display", help="an X display (e.g. :99) instead of offscreen")
    args = parser.parse_args()
    # A fixed folder, so the path in the status bar is the same in every run.
    folder = Path(tempfile.gettempdir()) / "stationdesk-screenshots"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        catcher = start_app(folder, args.display)
        for lang in args.lang:
            use_language(catcher.app, lang)
            out = args.out / lang
            out.mkdir(parents=True, exist_ok=True)
            window = open_window(folder, lang)
            for shot in SHOTS:
                print(take(window, shot, catcher, out))
            window.close()
            window.ctx.store.close()
            window.ctx.settings.sync()  # nothing left to write after the folder is gone
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
