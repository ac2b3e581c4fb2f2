"""Time the import wizard as a clerk goes through it, on a register of N households (3 residents
each) from .xlsx and .csv: Next to the headings, Next to the check (the dry run), Import.

    python benchmarks/import_wizard.py [100000] [--repeat 3]

Each run starts on a fresh copy of a demo station with a new wizard, clicking its own buttons
offscreen. Besides each step's median and p95 it prints the raw baseline measured in the same
run (the file read, and the same rows inserted unchecked; see import_households.py).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from import_households import arguments, raw_baseline, series, show, station_and_files
from PySide6.QtCore import QSettings, Qt, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from stationdesk.store import open_store
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.import_wizard import CHECK, DONE, MAP, ImportWizard

STEPS = ("Next to the headings", "Next to the check", "Import")


def wizard_run(db: Path, source: Path, settings: Path) -> list[float]:
    """The seconds each step of the wizard takes, through its Next button."""
    with open_store(db, "bench") as store:
        ctx = AppContext(store, QSettings(str(settings), QSettings.Format.IniFormat))
        wizard = ImportWizard(ctx)
        wizard.show()
        wizard.choose.kinds.setCurrentIndex(wizard.choose.kinds.findData("households"))
        wizard.choose.file.setText(str(source))
        times = []
        for expected in (MAP, CHECK, DONE):
            start = time.perf_counter()
            QTest.mouseClick(
                wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton
            )
            times.append(time.perf_counter() - start)
            assert wizard.currentId() == expected, wizard.currentId()
        assert wizard.report is not None and wizard.report.committed
        wizard.close()
        ctx.indexing.stop()  # the search indexing the import started goes on at the next start
    return times


def main() -> None:
    """Write the files, then time the baseline and the wizard's steps for each."""
    args = arguments()
    qInstallMessageHandler(lambda *_message: None)  # the offscreen screen's notes, not results
    QApplication([])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        base, files = station_and_files(folder, args.households, args.repeat)
        for source in files:
            baseline = series(args.repeat, base, folder, partial(raw_baseline, source=source))
            show(f"{source.suffix}: raw read + insert (baseline)", baseline)
            runs = []
            for index in range(args.repeat):
                db = folder / f"wizard{index}.sqlite"
                shutil.copyfile(base, db)
                runs.append(wizard_run(db, source, folder / "settings.ini"))
                db.unlink()
            for step, times in zip(STEPS, zip(*runs, strict=True), strict=True):
                show(f"{source.suffix}: {step}", list(times))
            show(f"{source.suffix}: the whole wizard", [sum(run) for run in runs], baseline)


if __name__ == "__main__":
    main()
