"""Regenerate the guide's screenshots from the demo station.

    python scripts/screenshots.py [--lang en zh] [--out docs/screenshots]

Builds the demo station in a temporary folder, signs in as its chief (the demo's accounts all
have the password `demo`), opens the real main window (offscreen unless a DISPLAY is given with
--display), and saves one PNG per entry of SHOTS into OUT/<lang>/, 1280x800
(wider where the page names would not fit), reduced to a 256-colour palette. A dialog a shot opens
is filled in by its `in_dialog` step and grabbed instead of the window; the import shot writes a
small messy household register and shows the wizard's dry run. `--only NAME...` takes only those
shots. A shot whose page is a placeholder,
or whose record or menu command is not there, is skipped with a message. Adding a shot is one
line in SHOTS.
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
from datetime import date
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import xlsxwriter
from PIL import Image
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QTabWidget,
    QWidget,
)

from stationdesk.app import install_font, install_translations
from stationdesk.domain import idnumbers
from stationdesk.domain.accounts import AccountService
from stationdesk.domain.demo import build_demo
from stationdesk.store import open_store
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.audit_trail_dialog import AuditTrailDialog
from stationdesk.ui.dialogs.backup_dialog import BackupDialog
from stationdesk.ui.dialogs.import_wizard import ImportWizard
from stationdesk.ui.dialogs.sign_in_dialog import FirstRunDialog, SignInDialog
from stationdesk.ui.forms.visit_dialog import VisitDialog
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.pages.base import PlaceholderPage
from stationdesk.ui.pages.disputes_page import DisputesPage
from stationdesk.ui.pages.households_page import HouseholdsPage
from stationdesk.ui.pages.injuries_page import InjuriesPage
from stationdesk.ui.pages.search_page import SearchPage

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)
SCREEN = (1280, 860)  # the preview opens 800 high on it
COLOURS = 256
# A fixed folder, so the path in the status bar is the same in every run.
WORK = Path(tempfile.gettempdir()) / "stationdesk-screenshots"
DISPUTES, HOUSEHOLDS, ROSTER, INJURIES, REPORTS, SEARCH = range(6)
DEMO_PASSWORD = "demo"
SHOWN_AS = "chief"  # may write every record the shots save; the admin keeps backups and accounts


PageT = TypeVar("PageT", bound=QWidget)


class NotBuiltError(Exception):
    """The part of the window a shot shows does not exist yet."""


Action = Callable[[MainWindow], None]
DialogStep = Callable[[QDialog], None]


@dataclass(frozen=True)
class Shot:
    """One screenshot: its file name, the navigation row it opens, what to do there first,
    and what to do in the dialog that opens (filled in before it is grabbed)."""

    name: str
    page: int
    action: Action | None = None
    in_dialog: DialogStep | None = None


# -- actions: put the window in the state a shot shows --------------------------------------
def disputes_page(window: MainWindow) -> DisputesPage:
    """The disputes page of the window."""
    page = window.pages.widget(DISPUTES)
    assert isinstance(page, DisputesPage)
    return page


def detail_tab(page: DisputesPage, index: int) -> None:
    """Show one tab of the dispute details (0 intake, then sessions, outcome, follow-ups)."""
    page.tabs.setCurrentIndex(index)


def choose_containing(combo: QComboBox, text: str) -> None:
    """Choose the first item of a combo box whose text contains `text`."""
    for index in range(combo.count()):
        if text in combo.itemText(index):
            combo.setCurrentIndex(index)
            return


def new_dispute(window: MainWindow) -> None:
    """Ctrl+N on the disputes page, filled in as far as Save."""
    page = disputes_page(window)
    page.new_record()
    form = page.form
    choose_containing(form.grid, "龙山社区第一网格")
    form.place.setText("东安路街道龙山社区32号楼下")
    form.summary.setPlainText("两户因楼道堆放杂物发生争吵，要求派出所调解。")
    choose_containing(form.officer, "董平")
    people = [
        ("王秀英", idnumbers.make("410403", date(1968, 3, 2), 402, "female"), "13912345678"),
        ("赵国强", idnumbers.make("410403", date(1975, 9, 14), 411, "male"), "13783456120"),
    ]
    while len(form.parties) < len(people):
        form.add_party()
    for party, (name, id_number, phone) in zip(form.parties, people, strict=False):
        party.name.setText(name)
        party.id_number.setText(id_number)
        party.phone.setText(phone)


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


def menu_command(source: str) -> Action:
    """A menu command, found by its English source text (e.g. "&Backups...") in any language."""

    def trigger(window: MainWindow) -> None:
        shown = QApplication.translate("MainWindow", source)
        for action in window.findChildren(QAction):
            if action.text() == shown:
                action.trigger()
                return
        raise NotBuiltError(f"no menu command {source!r}")

    return trigger


def page_of(window: MainWindow, row: int, kind: type[PageT]) -> PageT:
    """The page at a navigation row, as the type it is."""
    page = window.pages.widget(row)
    assert isinstance(page, kind)
    return page


def first_id(window: MainWindow, sql: str) -> int:
    """The first id a query of the demo station finds."""
    found = window.ctx.store.scalar(sql)
    if found is None:
        raise NotBuiltError(f"nothing found by {sql!r}")
    return int(found)


def sign_in_as(window: MainWindow, username: str) -> None:
    """Sign in to the demo as `username`, and show the window as they would see it."""
    AccountService(window.ctx.store).sign_in(username, DEMO_PASSWORD)
    window._show_user()
    window._allow_actions()


def as_user(username: str, action: Action) -> Action:
    """An action done as another demo account (e.g. the admin's backups), then the chief again."""

    def run(window: MainWindow) -> None:
        sign_in_as(window, username)
        try:
            action(window)
        finally:
            sign_in_as(window, SHOWN_AS)

    return run


def sign_in_dialog(window: MainWindow) -> None:
    """The sign-in dialog of the demo station (as at start-up and after signing out)."""
    SignInDialog.sign_in(window.ctx.store, window)


def type_sign_in(dialog: QDialog) -> None:
    """A clerk's user name and password typed in, not yet sent."""
    assert isinstance(dialog, SignInDialog)
    dialog.user.setText("clerk")
    dialog.password.setText(DEMO_PASSWORD)


def first_run(window: MainWindow) -> None:
    """The set-up wizard of a new, empty station file (as `stationdesk` opens it)."""
    store = open_store(WORK / "new-station.sqlite", "clerk", create=True)
    try:
        FirstRunDialog.set_up(store, window)
    finally:
        store.close()


def fill_first_run(dialog: QDialog) -> None:
    """The station's name and its administrator, as the person setting it up types them."""
    assert isinstance(dialog, FirstRunDialog)
    dialog.station_name.setText("东安路派出所")
    dialog.full_name.setText("李建华")
    dialog.password.setText("dongan-2026")
    dialog.repeated.setText("dongan-2026")


def lock(window: MainWindow) -> None:
    """Ctrl+L: the lock screen over the window (the last shot: it stays locked)."""
    window.lock()


HOUSEHOLD_WITH_DISPUTE = (
    "SELECT v.household_id FROM disputes d JOIN visits v ON v.id = d.source_visit_id"
    " WHERE d.voided_at IS NULL"
    " ORDER BY (SELECT count(*) FROM visits w WHERE w.household_id = v.household_id) DESC,"
    " d.id DESC LIMIT 1"
)


def household(window: MainWindow) -> None:
    """A household whose visit led to a dispute: members, visits and disputes all filled."""
    page = page_of(window, HOUSEHOLDS, HouseholdsPage)
    household_id = first_id(window, HOUSEHOLD_WITH_DISPUTE)
    grid_id = window.ctx.store.scalar("SELECT grid_id FROM households WHERE id = ?", [household_id])
    page.grid_filter.setCurrentIndex(page.grid_filter.findData(grid_id))
    page.apply_household_filter()  # its grid listed, so the household is in the list
    page.show_household(household_id)


def record_visit(window: MainWindow) -> None:
    """Record a visit to that household (the visit form opens)."""
    household(window)
    page_of(window, HOUSEHOLDS, HouseholdsPage).panel.record_visit()


def fill_visit(dialog: QDialog) -> None:
    """The visit form as an officer fills it in at the door."""
    assert isinstance(dialog, VisitDialog)
    dialog.purpose.setCurrentIndex(min(1, dialog.purpose.count() - 1))
    if dialog.officers.count():
        dialog.officers.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.found.setPlainText("老人独居，子女在外地；已讲解冒充客服退款类诈骗手法，留下联系电话。")
    dialog.app.setChecked(True)


def dispute_from_visit(window: MainWindow) -> None:
    """Open a dispute from the household's newest visit."""
    household(window)
    panel = page_of(window, HOUSEHOLDS, HouseholdsPage).panel
    panel.visits.selectRow(0)
    panel.open_dispute()


INCIDENT_WITH_CASE = (
    "SELECT i.id FROM incidents i WHERE i.voided_at IS NULL"
    " AND EXISTS (SELECT 1 FROM compensation_payments c WHERE c.incident_id = i.id)"
    " ORDER BY EXISTS (SELECT 1 FROM legal_aid l WHERE l.incident_id = i.id) DESC,"
    " i.occurred_at DESC LIMIT 1"
)


def incident_tab(index: int) -> Action:
    """An incident with compensation paid, on a tab of its own (1: Injuries, 2: Rights)."""

    def show(window: MainWindow) -> None:
        page = page_of(window, INJURIES, InjuriesPage)
        page.sections.setCurrentIndex(0)
        page.year.setCurrentIndex(0)
        page.status.setCurrentIndex(0)
        page.apply_filter()
        wanted = first_id(window, INCIDENT_WITH_CASE)
        for row in range(page.model.rowCount()):
            if page.model.id_at(row) == wanted:
                page.table.selectRow(row)
        page.detail.setCurrentIndex(index)

    return show


def injury_section(index: int) -> Action:
    """A tab of Injuries on duty (1: Summary, 2: Green-channel hospitals)."""

    def show(window: MainWindow) -> None:
        page_of(window, INJURIES, InjuriesPage).sections.setCurrentIndex(index)

    return show


PERSON_WITH_HISTORY = (
    "SELECT p.name FROM people p JOIN dispute_parties dp ON dp.person_id = p.id"
    " JOIN residents r ON r.person_id = p.id JOIN visits v ON v.household_id = r.household_id"
    " WHERE p.voided_at IS NULL GROUP BY p.id ORDER BY count(DISTINCT dp.dispute_id) DESC,"
    " count(DISTINCT v.id) DESC LIMIT 1"
)


def search_person(window: MainWindow) -> None:
    """Type the first two characters of a name; the person with the richest history is shown."""
    page = page_of(window, SEARCH, SearchPage)
    page.tabs.setCurrentIndex(0)
    name = str(window.ctx.store.scalar(PERSON_WITH_HISTORY))
    page.box.setText(name[:2])
    page.run_search()
    for item in page.hit_items():
        if item.text(0) == name:
            page.results.setCurrentItem(item)
            return


def find_a_person(window: MainWindow) -> None:
    """Ctrl+F and the name of the person with the richest history: the results under the box,
    the disputes list narrowed to theirs."""
    window.find_anything()
    window.find_box.setText(str(window.ctx.store.scalar(PERSON_WITH_HISTORY)))
    window.find_box.settle()
    QApplication.processEvents()  # the chip's row is laid out again once it shows


def back_up_once(dialog: QDialog) -> None:
    """Back up now, so the list holds a copy, and show what it holds."""
    assert isinstance(dialog, BackupDialog)
    dialog.back_up_now()
    dialog.table.selectRow(0)


def chosen_sign_in(dialog: QDialog) -> None:
    """The trail's newest sign-ins and account changes, the newest selected."""
    assert isinstance(dialog, AuditTrailDialog)
    dialog.group.setCurrentIndex(dialog.group.findData("accounts"))
    dialog.entries.setCurrentItem(dialog.entries.topLevelItem(0))


def check_messy_register(dialog: QDialog) -> None:
    """Choose a small messy household register in the wizard and go on to its dry run."""
    assert isinstance(dialog, ImportWizard)
    dialog.choose.kinds.setCurrentIndex(dialog.choose.kinds.findData("households"))
    dialog.choose.file.setText(str(write_messy_register(WORK)))
    dialog.next()  # the columns
    dialog.next()  # the dry run


def write_messy_register(folder: Path) -> Path:
    """A household register as clerks keep them: a title row, odd dates, two bad ID numbers."""

    def person(sequence: int, sex: str = "male") -> str:
        return idnumbers.make("410403", date(1980, 5, 17), sequence, sex)

    grid = "姚电社区第一网格"
    rows: list[list[object]] = [
        [
            "张建国",
            "户主",
            "张建国",
            "男",
            person(401),
            "13812345678",
            "建设路12号501室",
            grid,
            "2026/11/3",
        ],
        [
            "张建国",
            "妻子",
            "李秀英",
            "女",
            person(402, "female"),
            "１３９１２３４５６７８",
            "建设路12号501室",
            grid,
            "2026年11月3日",
        ],
        ["王芳", "户主", "王芳", "女", person(404, "female"), "", "建设路14号", grid, 46000],
        ["钱多", "户主", "钱多", "男", 4.10403198005171e17, "", "人民路9号", grid, "2026-10-01"],
        [
            "孙丽",
            "户主",
            "孙丽",
            "女",
            person(406, "female")[:17],
            "",
            "人民路10号",
            "第九网格",
            "2026.10.01",
        ],
    ]
    headings = [
        "户主姓名",
        "与户主关系",
        "姓名",
        "性别",
        "身份证号码",
        "联系电话",
        "住址",
        "所属网格",
        "登记日期",
    ]
    path = folder / "户籍登记表.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("户籍登记")
    sheet.merge_range(0, 0, 0, len(headings) - 1, "姚电社区第一网格 户籍登记表")
    sheet.write_row(1, 0, headings)
    for offset, row in enumerate(rows, start=2):
        for column, value in enumerate(row):
            if isinstance(value, float | int):
                sheet.write_number(offset, column, value)
            elif value:
                sheet.write_string(offset, column, str(value))
    workbook.close()
    return path


SHOTS = [
    Shot("first-run", ROSTER, first_run, fill_first_run),
    Shot("sign-in", ROSTER, sign_in_dialog, type_sign_in),
    Shot("first-start", ROSTER),
    Shot("disputes", DISPUTES),
    Shot("dispute-new", DISPUTES, new_dispute),
    Shot("dispute-agreement", DISPUTES, dispute_with_agreement),
    Shot("dispute-print-preview", DISPUTES, print_preview),
    Shot("week-roster", ROSTER, tab(1)),
    Shot("print-preview", ROSTER, then(tab(1), print_preview)),
    Shot("household-visit", HOUSEHOLDS, household),
    Shot("visit-new", HOUSEHOLDS, record_visit, fill_visit),
    Shot("visit-dispute", HOUSEHOLDS, dispute_from_visit),
    Shot("coverage", HOUSEHOLDS, tab(2)),
    Shot("injury", INJURIES, incident_tab(1)),
    Shot("injury-rights", INJURIES, incident_tab(2)),
    Shot("injury-summary", INJURIES, injury_section(1)),
    Shot("weekly-report", REPORTS),
    Shot("weekly-report-preview", REPORTS, print_preview),
    Shot("search", SEARCH, search_person),
    Shot("find-box", DISPUTES, find_a_person),
    Shot("backup-restore", ROSTER, as_user("admin", menu_command("&Backups...")), back_up_once),
    Shot(
        "import-spreadsheet", ROSTER, menu_command("&Import spreadsheet..."), check_messy_register
    ),
    Shot("accounts", ROSTER, as_user("admin", menu_command("&Accounts..."))),
    Shot(
        "audit-trail", ROSTER, as_user("auditor", menu_command("Audit &trail...")), chosen_sign_in
    ),
    Shot("lock-screen", DISPUTES, lock),
]


# -- taking the shots ---------------------------------------------------------------------
class DialogCatcher:
    """Stands in for QDialog.exec: shows the dialog, keeps it to be grabbed, closes it."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.dialog: QDialog | None = None
        self.in_dialog: DialogStep | None = None

    def catch(self, dialog: QDialog) -> int:
        """Show the dialog without waiting for it, and do in it what the shot asks."""
        dialog.show()
        self.app.processEvents()
        if self.in_dialog is not None:
            self.in_dialog(dialog)
            self.app.processEvents()
        self.dialog = dialog
        return QDialog.DialogCode.Rejected


SETTLE_ROUNDS = 3


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
    catcher.in_dialog = shot.in_dialog
    try:
        if shot.action is not None:
            shot.action(window)
    except NotBuiltError as reason:
        return f"skipped {shot.name}: {reason}"
    for _ in range(SETTLE_ROUNDS):  # reads the first paint starts, then their answers shown
        catcher.app.processEvents()
        window.ctx.reads.wait()
    catcher.app.processEvents()
    target = catcher.dialog or window
    path = folder / f"{shot.name}.png"
    save_png(target, path)
    if catcher.dialog is not None:
        catcher.dialog.done(QDialog.DialogCode.Rejected)
    window.pages.currentWidget().cancel()  # Esc: the next shot starts from the saved records
    window.find_box.clear_query()  # and with every list whole
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
    """The main window on a fresh demo station, in `lang`, signed in as its chief."""
    settings = QSettings(str(folder / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/effective_language", lang)
    db = folder / "demo-station.sqlite"
    if not db.exists():
        build_demo(db).close()
    store = open_store(db, "clerk")
    AccountService(store).sign_in(SHOWN_AS, DEMO_PASSWORD)
    window = MainWindow(AppContext(store, settings))
    # The names of the pages in full, even where a wide page would squeeze them.
    window.navigation.setMinimumWidth(window.navigation.sizeHintForColumn(0) + 12)
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
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these shots (by name)")
    args = parser.parse_args()
    folder = WORK
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
                if args.only is None or shot.name in args.only:
                    print(take(window, shot, catcher, out))
            window.close()
            window.ctx.store.close()
            window.ctx.settings.sync()  # nothing left to write after the folder is gone
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
