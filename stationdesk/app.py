"""QApplication start-up: settings, language, fonts, single-instance guard, start-up check,
store, window, automatic backups."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLibraryInfo,
    QLocale,
    QLockFile,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from stationdesk import __version__, paths
from stationdesk.cli.common import current_user
from stationdesk.errors import PermissionDenied, StationDeskError
from stationdesk.store import Store, backup, open_store
from stationdesk.store.backup import CopyReport
from stationdesk.store.database import open_read_only
from stationdesk.store.health import (
    Health,
    StartupReport,
    lock_file,
    restore_over_damaged,
    unsafe_location,
)
from stationdesk.store.migrations import LATEST_VERSION, schema_version
from stationdesk.ui.auto_backup import LAST_FOLDER_KEY, AutoBackup
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.sign_in_dialog import FirstRunDialog, SignInDialog
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.messages import use_language, user_text
from stationdesk.ui.printing import STATUS_MS
from stationdesk.ui.start_check import DailyCheck, StartCheck

_keep: list[object] = []


def open_settings() -> QSettings:
    """The app's INI settings in the per-user data folder."""
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def effective_language(settings: QSettings, override: str | None = None) -> str:
    """'zh' or 'en': the command line's choice, else the setting, else the system's."""
    chosen = override or str(settings.value("ui/language", "auto"))
    if chosen in ("zh", "en"):
        return chosen
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translations(app: QApplication, language: str) -> None:
    """Load StationDesk's and Qt's own translations for `language`, and show the messages
    of the domain and the store in it."""
    use_language(language)
    if language != "zh":
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    for name, folder in (
        ("stationdesk_zh_CN", str(paths.translations_dir())),
        ("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)


def install_font(app: QApplication) -> None:
    """Register the bundled font so Chinese shows even where the system has no Chinese font."""
    font_id = QFontDatabase.addApplicationFont(str(paths.font_file()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = app.font()
        font.setFamilies([font.family(), *families])
        app.setFont(font)
        QFont.insertSubstitutions(font.family(), families)


def acquire_single_instance(db_path: Path) -> QLockFile | None:
    """A lock per database file, so two windows never edit the same station at once.

    A lock left by a window that crashed is taken over (its process is gone).
    """
    lock = QLockFile(str(lock_file(db_path, paths.data_dir())))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None


def refuse_second_window(path: Path) -> None:
    """Say clearly why a second window on the same file does not open."""
    QMessageBox.warning(
        None,
        "StationDesk",
        QApplication.translate(
            "app",
            "This station file is already open in another StationDesk window:\n%1\n\n"
            "Only one window may work on a station file at a time, so that no one's changes "
            "are lost. Switch to that window, or close it and start StationDesk again.",
        ).replace("%1", str(path)),
    )


def resolve_database(args: argparse.Namespace) -> tuple[Path, bool]:
    """The file to open and whether it is the demo station."""
    if args.db:
        return Path(args.db), False
    if args.demo:
        return paths.demo_db_path(), True
    return paths.default_db_path(), False


def open_station(path: Path, is_demo: bool) -> Store:
    """Open the station file, making the demo or a new empty station when missing."""
    if is_demo and not path.exists():
        from stationdesk.domain.demo import build_demo  # the demo's names: only to make it

        build_demo(path).close()
    return open_store(path, current_user(), create=True)


def open_for_sign_in(path: Path) -> Store | None:
    """The station opened without writing anything, kept read-only until the start-up check's
    verdict, so the sign-in can show while the check runs.

    None when opening would write (a new file, a schema or search index to bring up to date)
    or fails: then the check's verdict comes first.
    """
    if not path.exists():
        return None
    try:
        peek = open_read_only(path, current_user())
        try:
            current = schema_version(peek.conn) == LATEST_VERSION
            current = current and peek.search_index.is_current()
        finally:
            peek.close()
        if not current:
            return None
        store = open_store(path, current_user())
    except (StationDeskError, sqlite3.Error):
        return None
    store.conn.execute("PRAGMA query_only = ON")
    return store


def writes_after_check(store: Store, checking: StartCheck) -> Callable[[QWidget | None], bool]:
    """The gate before the first write: wait for the check; True (writes allowed) if sound."""

    def gate(parent: QWidget | None) -> bool:
        if checking.report(parent).damaged:
            return False
        store.conn.execute("PRAGMA query_only = OFF")
        return True

    return gate


def sign_in_at_start(
    store: Store, before: Callable[[QWidget | None], bool] = lambda _parent: True
) -> bool:
    """A station with accounts asks who is there; a new station sets up its administrator.

    A station file from before accounts (named, without accounts) opens as it always did,
    until its administrator adds the first account. `before` is asked before anything is
    written. False: do not open.
    """
    if store.enforced:
        return SignInDialog.sign_in(store, before=before)
    if not before(None):
        return False
    if store.setting("station_name"):
        return True
    return FirstRunDialog.set_up(store)


def open_checked(path: Path, is_demo: bool, health: Health, settings: QSettings) -> Store | int:
    """The station, signed in, once the start-up check found it sound (or the user chose what
    to do about its damage); the check runs while the sign-in shows. Else the exit status."""
    checking = StartCheck(health)
    warn_if_unsafe_place(path)
    early = open_for_sign_in(path)
    if early is not None:
        if sign_in_at_start(early, writes_after_check(early, checking)):
            return early
        early.close()
        if checking.running or not checking.report().damaged:  # the clerk chose Quit
            checking.abandon()
            health.end_unused()
            return 0
    if not recover_if_damaged(path, health, checking.report(), settings):
        return 1
    try:
        store = open_station(path, is_demo)
    except StationDeskError as exc:
        QMessageBox.critical(None, "StationDesk", user_text(exc))
        return 1
    if not sign_in_at_start(store):
        store.close()
        return 0
    return store


def recover_if_damaged(
    path: Path, health: Health, report: StartupReport, settings: QSettings
) -> bool:
    """On damage, offer the newest good backup. False: do not open."""
    if not report.damaged:
        return True
    folders = [Path(str(settings.value(LAST_FOLDER_KEY, paths.backup_dir()))), paths.backup_dir()]
    good = next(
        (found for folder in dict.fromkeys(folders) if (found := backup.newest_good(folder, path))),
        None,
    )
    choice = offer_recovery(path, report.problems, good)
    if choice == "quit":
        return False
    if choice == "keep":
        health.accept_as_is()
        return True
    assert good is not None
    try:
        damaged = restore_over_damaged(path, good, current_user())
    except StationDeskError as exc:
        QMessageBox.critical(None, "StationDesk", user_text(exc))
        return False
    QMessageBox.information(
        None,
        "StationDesk",
        QApplication.translate(
            "app",
            "The backup is restored: the records are as they were on %1.\n"
            "The damaged file is kept, untouched, as\n%2",
        )
        .replace("%1", backup.local_time(good.last_change))
        .replace("%2", str(damaged)),
    )
    health.seal()
    return True


def offer_recovery(path: Path, problems: Sequence[str], good: CopyReport | None) -> str:
    """Ask what to do with a damaged file: 'restore', 'keep' (open as it is) or 'quit'."""
    from stationdesk.ui.dialogs.backup_dialog import count_text  # only ever after damage

    box = QMessageBox(QMessageBox.Icon.Critical, "StationDesk", "")
    lines = [
        QApplication.translate("app", "StationDesk found damage in the station file\n%1:").replace(
            "%1", str(path)
        ),
        "  " + "\n  ".join(user_text(problem) for problem in problems[:5]),
        "",
    ]
    restore = None
    if good is not None:
        lines.append(
            QApplication.translate(
                "app",
                "The newest good backup holds the records as they were on %1 (%2). Anything "
                "entered after that would have to be entered again. The damaged file is kept "
                "aside, never overwritten.",
            )
            .replace("%1", backup.local_time(good.last_change))
            .replace("%2", count_text(good.counts))
        )
        restore = box.addButton(
            QApplication.translate("app", "Restore the backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        lines.append(QApplication.translate("app", "No good backup of this file was found."))
    keep = box.addButton(
        QApplication.translate("app", "Open the file as it is"), QMessageBox.ButtonRole.ActionRole
    )
    quit_button = box.addButton(
        QApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setText("\n".join(lines))
    box.setDefaultButton(restore or quit_button)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore"
    return "keep" if clicked is keep else "quit"


UNSAFE_PLACES = {
    "network_share": QT_TRANSLATE_NOOP("app", "it is on a network share"),
    "cloud_folder": QT_TRANSLATE_NOOP("app", "it is in a cloud-synced folder"),
    "network_drive": QT_TRANSLATE_NOOP("app", "it is on a mapped network drive"),
    "network_filesystem": QT_TRANSLATE_NOOP("app", "it is on a network file system"),
}


def warn_if_unsafe_place(path: Path) -> None:
    """Warn when the file sits on a network share or in a cloud-synced folder."""
    place = unsafe_location(path)
    if place is None:
        return
    QMessageBox.warning(
        None,
        "StationDesk",
        QApplication.translate(
            "app",
            "The station file %1 is not in a safe place: %2.\n\n"
            "SQLite, which keeps the records, cannot lock a file safely there, and a sync "
            "program may copy it half-written, so records can be lost. Keep the station file "
            "on this computer's own disk, and put backups on the shared or USB drive instead "
            "(File > Settings).",
        )
        .replace("%1", str(path))
        .replace("%2", QApplication.translate("app", str(UNSAFE_PLACES[place]))),
    )


def start_auto_backup(ctx: AppContext, window: MainWindow) -> AutoBackup:
    """Backups while the window is open; each result is shown in the status bar."""
    auto = AutoBackup(ctx, window)
    window.auto_backup = auto
    auto.finished.connect(
        lambda path: window.statusBar().showMessage(
            QApplication.translate("app", "Backed up to %1").replace("%1", path), STATUS_MS
        )
    )
    auto.failed.connect(
        lambda message: window.statusBar().showMessage(
            QApplication.translate("app", "Backup failed; the records are untouched: %1").replace(
                "%1", message
            )
        )
    )
    return auto


def backup_at_close(auto: AutoBackup) -> None:
    """The closing backup; say so if it could not be made."""
    problem = auto.at_close()
    if problem:
        QMessageBox.warning(
            None,
            "StationDesk",
            QApplication.translate(
                "app",
                "The backup at closing could not be made; the records are untouched.\n%1",
            ).replace("%1", problem),
        )


def show_refusals() -> None:
    """A change the signed-in role may not make is refused with a message, wherever it starts.

    Every write is checked in the store; a form that did not expect the refusal still shows it.
    """
    original = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, trace: TracebackType | None) -> None:
        if not isinstance(exc, PermissionDenied):
            original(kind, exc, trace)
            return
        QMessageBox.warning(
            QApplication.activeWindow(),
            "StationDesk",
            QApplication.translate("app", "Not allowed: %1").replace("%1", user_text(exc)),
        )

    sys.excepthook = hook


def check_daily_while_open(health: Health, window: QWidget, path: Path) -> DailyCheck | None:
    """The day's full check, on a worker while the window works; damage found is shown."""
    report = health.last_report
    if report is None or not report.daily_due:
        return None
    daily = DailyCheck(health, window)
    daily.found.connect(lambda problems: show_damage_found(window, path, problems))
    return daily


def show_damage_found(window: QWidget, path: Path, problems: Sequence[str]) -> None:
    """The daily check found damage: name it and say how to get the records back."""
    QMessageBox.critical(
        window,
        "StationDesk",
        "\n".join(
            [
                QApplication.translate(
                    "app", "The daily check found damage in the station file\n%1:"
                ).replace("%1", str(path)),
                "  " + "\n  ".join(user_text(problem) for problem in problems[:5]),
                "",
                QApplication.translate(
                    "app",
                    "Do not enter new records. Restore the newest good backup from File > "
                    "Backups (the file as it is now is kept aside), or close StationDesk: its "
                    "next start checks the file again and offers the newest good backup.",
                ),
            ]
        ),
    )


def run_app(args: argparse.Namespace) -> int:
    """Start the window; returns the application's exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("StationDesk")
    app.setApplicationVersion(__version__)
    settings = open_settings()
    language = effective_language(settings, args.lang)
    settings.setValue("ui/effective_language", language)
    install_translations(app, language)
    install_font(app)
    path, is_demo = resolve_database(args)
    path = path.absolute()  # messages name the file in full
    lock = acquire_single_instance(path)
    if lock is None:
        refuse_second_window(path)
        return 1
    health = Health(path, paths.data_dir())
    store = open_checked(path, is_demo, health, settings)
    if not isinstance(store, Store):
        lock.unlock()
        return store
    ctx = AppContext(store, settings)
    show_refusals()
    window = MainWindow(ctx)
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    auto = start_auto_backup(ctx, window)
    window.show()
    if health.recovered_from_crash():
        window.statusBar().showMessage(
            QApplication.translate(
                "app",
                "StationDesk was not closed properly last time; the full check found every "
                "saved record sound.",
            ),
            STATUS_MS * 3,
        )
    daily = check_daily_while_open(health, window, path)
    ctx.indexing.start()  # what a large import left when the app last closed
    _keep.extend([lock, window])
    status = app.exec()
    ctx.indexing.stop()
    if daily is not None:
        daily.stop()
    backup_at_close(auto)
    ctx.accounts.sign_out()
    store.close()
    health.finish()
    lock.unlock()
    return status
