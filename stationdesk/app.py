"""QApplication start-up: settings, language, fonts, single-instance guard, store, window."""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from stationdesk import __version__, paths
from stationdesk.cli import current_user
from stationdesk.domain.demo import build_demo
from stationdesk.errors import StationDeskError
from stationdesk.store import Store, open_store
from stationdesk.ui.context import AppContext
from stationdesk.ui.main_window import MainWindow

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
    """Load StationDesk's and Qt's own translations for `language`."""
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
    """A lock per database file, so two windows never edit the same station at once."""
    digest = hashlib.sha1(str(db_path.resolve()).encode()).hexdigest()[:16]
    lock = QLockFile(str(paths.data_dir() / f"open-{digest}.lock"))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None


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
        build_demo(path).close()
    return open_store(path, current_user(), create=True)


def ask_station_name(store: Store) -> None:
    """A new database starts by naming its station."""
    if store.setting("station_name"):
        return
    name, accepted = QInputDialog.getText(
        None, "StationDesk", QApplication.translate("app", "Name of this police station:")
    )
    store.set_setting(
        "station_name", name.strip() if accepted and name.strip() else "Community police station"
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
    lock = acquire_single_instance(path)
    if lock is None:
        QMessageBox.warning(
            None,
            "StationDesk",
            QApplication.translate("app", "StationDesk is already open on %1.").replace(
                "%1", str(path)
            ),
        )
        return 1
    try:
        store = open_station(path, is_demo)
    except StationDeskError as exc:
        QMessageBox.critical(None, "StationDesk", str(exc))
        return 1
    ask_station_name(store)
    window = MainWindow(AppContext(store, settings))
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    window.show()
    _keep.extend([lock, window])
    status = app.exec()
    store.close()
    lock.unlock()
    return status
