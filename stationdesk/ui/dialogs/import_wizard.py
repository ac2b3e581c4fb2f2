"""File > Import spreadsheet...: choose kind and file, map headings, check, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from stationdesk.errors import StationDeskError
from stationdesk.spreadsheets.bad_rows import write_bad_rows
from stationdesk.spreadsheets.columns import Layout
from stationdesk.spreadsheets.importing import (
    ImportStoppedError,
    Kind,
    Prepared,
    import_file,
    layout_of,
    remember_headings,
)
from stationdesk.spreadsheets.kinds import KINDS
from stationdesk.spreadsheets.reading import SUFFIXES
from stationdesk.spreadsheets.report import ImportReport
from stationdesk.spreadsheets.templates import write_template
from stationdesk.ui.context import AppContext
from stationdesk.ui.cursor import wait_cursor
from stationdesk.ui.messages import language, user_text

CHOOSE, MAP, CHECK, DONE = range(4)


class ImportWizard(QWizard):
    """Four steps; nothing is written before the last one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import spreadsheet"))
        self.report: ImportReport | None = None
        self.prepared = Prepared()  # the Check page's rows, for Import to reuse
        self.choose = ChoosePage(self)
        self.mapping = MapPage(self)
        self.check = CheckPage(self)
        self.done_page = DonePage(self)
        for page_id, page in enumerate((self.choose, self.mapping, self.check, self.done_page)):
            self.setPage(page_id, page)
        self.resize(820, 560)

    def kind(self) -> Kind:
        """The kind chosen on the first page."""
        return KINDS[self.choose.kinds.currentData()]

    def path(self) -> Path:
        """The file chosen on the first page."""
        return Path(self.choose.file.text().strip())

    def run(self, *, dry_run: bool) -> ImportReport:
        """Import (or check) the chosen file with the chosen block-or-skip, showing the rows
        checked so far; still one transaction."""
        progress = ImportProgress(self, dry_run=dry_run)
        try:
            with wait_cursor():
                return import_file(
                    self.ctx.store,
                    self.kind(),
                    self.path(),
                    dry_run=dry_run,
                    skip_bad=self.check.skip.isChecked(),
                    progress=progress.rows_checked,
                    prepared=self.prepared,
                )
        finally:
            progress.close()

    def headings(self, *, complete: bool) -> Layout:
        """Where the chosen file's headings are (its sheet read once for all the steps);
        SheetImportError, or OSError, when it cannot be imported."""
        with wait_cursor():
            layout, _rows, _encoding = layout_of(
                self.ctx.store, self.kind(), self.path(), complete=complete, prepared=self.prepared
            )
        return layout

    def done(self, result: int) -> None:
        """Closing, however: let go of the rows the Check page read."""
        self.prepared.forget()
        super().done(result)


class ImportProgress(QProgressDialog):
    """The rows checked out of all, then 'Saving...', while a file is checked or imported."""

    def __init__(self, parent: QWidget, *, dry_run: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Checking the file") if dry_run else self.tr("Importing"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setCancelButtonText(self.tr("Stop"))
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(360)
        self.saving = not dry_run

    def rows_checked(self, done: int, total: int) -> None:
        """Show how far the checks are (then a busy bar while the rows are written), and let
        the window repaint; Stop ends the run, which writes nothing then."""
        if self.wasCanceled():
            raise ImportStoppedError
        busy = self.saving and done >= total
        self.setMaximum(0 if busy else max(total, 1))
        self.setValue(0 if busy else done)
        if done < total:
            text = self.tr("Checking row %1 of %2...").replace("%1", f"{done + 1:,}")
            self.setLabelText(text.replace("%2", f"{total:,}"))
        else:
            self.setLabelText(
                self.tr("Saving %1 rows...").replace("%1", f"{total:,}")
                if self.saving
                else self.tr("Checked %1 rows.").replace("%1", f"{total:,}")
            )
        QApplication.processEvents()


class ChoosePage(QWizardPage):
    """What is being imported, and from which file; the template button writes an empty one."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose what to import"))
        self.setSubTitle(
            self.tr("An .xlsx, .xls, .et, .ods or .csv file; its encoding is found by itself.")
        )
        self.kinds = QComboBox()
        for kind in KINDS.values():
            self.kinds.addItem(f"{kind.chinese}  {kind.english}", kind.name)
        self.file = QLineEdit()
        self.file.setObjectName("importFile")
        browse = QPushButton(self.tr("Browse..."))
        browse.clicked.connect(self.browse)
        self.template_button = QPushButton(self.tr("Save an empty template..."))
        self.template_button.clicked.connect(self.save_template)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind:"), self.kinds)
        form.addRow(self.tr("File:"), row)
        form.addRow("", self.template_button)
        form.addRow(self.message)
        self.file.textChanged.connect(self.completeChanged)

    def browse(self) -> None:
        """Pick the file."""
        patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Spreadsheet to import"),
            "",
            self.tr("Spreadsheets (%1)").replace("%1", patterns),
        )
        if chosen:
            self.file.setText(chosen)

    def save_template(self) -> None:
        """Write the template of the chosen kind where the user says."""
        kind = self.wizard_.kind()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save template"),
            f"{kind.chinese}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if chosen:
            write_template(kind, Path(chosen))
            self.message.setText(self.tr("Template saved: %1").replace("%1", chosen))

    def isComplete(self) -> bool:
        """A file name is needed to go on."""
        return bool(self.file.text().strip())

    def validatePage(self) -> bool:
        """The file must be readable and have a row of headings."""
        return _layout_or_message(self.wizard_, self.message, complete=False)


class MapPage(QWizardPage):
    """Headings the app does not know: the user says which column each one is (remembered)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Match the headings"))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Heading in the file"), self.tr("Column")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setObjectName("importMissing")
        layout = QVBoxLayout(self)
        layout.addWidget(self.found)
        layout.addWidget(self.table)
        layout.addWidget(self.missing)

    def initializePage(self) -> None:
        """List the headings found and the unknown ones with a choice each."""
        kind = self.wizard_.kind()
        layout = self.wizard_.headings(complete=False)
        missing = [c for c in kind.columns if c.required and c.key not in layout.headings]
        self.missing.setText(
            self.tr("Still needed: %1").replace(
                "%1", "、".join(f"{c.chinese} ({c.english})" for c in missing)
            )
            if missing
            else ""
        )
        self.found.setText(
            self.tr("Headings on row %1. Recognised: %2")
            .replace("%1", str(layout.header_row))
            .replace("%2", "、".join(layout.headings.values()))
        )
        self.table.setRowCount(len(layout.unknown))
        for row, heading in enumerate(layout.unknown):
            self.table.setItem(row, 0, QTableWidgetItem(heading))
            choice = QComboBox()
            choice.addItem(self.tr("(leave out)"), "")
            for column in kind.columns:
                if column.key not in layout.headings:
                    choice.addItem(f"{column.chinese}  {column.english}", column.key)
            self.table.setCellWidget(row, 1, choice)

    def choices(self) -> dict[str, str]:
        """Heading -> column key for the headings the user matched."""
        found = {}
        for row in range(self.table.rowCount()):
            choice, heading = self.table.cellWidget(row, 1), self.table.item(row, 0)
            if isinstance(choice, QComboBox) and heading is not None and choice.currentData():
                found[heading.text()] = choice.currentData()
        return found

    def validatePage(self) -> bool:
        """Remember the matches for next time (they apply to this import too); every required
        column must be found by now."""
        choices = self.choices()
        if choices:
            remember_headings(self.wizard_.ctx.store, self.wizard_.kind().name, choices)
        return _layout_or_message(self.wizard_, self.missing, complete=True)


class CheckPage(QWizardPage):
    """The dry run: what would be added, updated, skipped, and every bad row."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Check before importing"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Reason")]
        )
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.report: ImportReport | None = None
        self.prepared = Prepared()  # the Check page's rows, for Import to reuse
        self.checked = self.has_problems = False
        self.save_bad_button = QPushButton(self.tr("Save the bad rows to correct..."))
        self.save_bad_button.setObjectName("saveBadRows")
        self.save_bad_button.setToolTip(
            self.tr(
                "Writes the bad rows as they are in the file, with a column saying what is"
                " wrong: correct them there, then import that file."
            )
        )
        self.save_bad_button.clicked.connect(self.save_bad_rows)
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        self.saved_note.setObjectName("badRowsSaved")
        self.block = QRadioButton(self.tr("Import nothing while any row is bad"))
        self.skip = QRadioButton(self.tr("Import the good rows and leave the bad ones out"))
        self.block.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.block)
        group.addButton(self.skip)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        bad_rows = QHBoxLayout()
        bad_rows.addWidget(self.save_bad_button)
        bad_rows.addWidget(self.saved_note, 1)
        layout.addLayout(bad_rows)
        layout.addWidget(self.block)
        layout.addWidget(self.skip)
        self.block.toggled.connect(self.completeChanged)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))

    def initializePage(self) -> None:
        """Run the dry run and show it."""
        report = self.report = self.wizard_.run(dry_run=True)
        self.checked = not report.cancelled
        self.summary.setText(
            user_text(report.summary())
            if self.checked
            else self.tr("The check was stopped. Go Back, then Next, to check the file again.")
        )
        self.save_bad_button.setVisible(bool(report.problems))
        self.saved_note.clear()
        self.problems.setRowCount(len(report.problems))
        for row, problem in enumerate(report.problems):
            for column, value in enumerate(
                (str(problem.row), problem.column, user_text(problem.reason))
            ):
                self.problems.setItem(row, column, QTableWidgetItem(value))
        self.problems.resizeColumnsToContents()
        self.has_problems = bool(report.problems)
        self.completeChanged.emit()

    def save_bad_rows(self) -> None:
        """Write the bad rows, with their reasons, where the user says."""
        source = self.wizard_.path()
        if self.report is None:
            return
        suffix = self.tr("bad rows")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the bad rows"),
            str(source.with_name(f"{source.stem}-{suffix}.xlsx")),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if not chosen:
            return
        try:
            count = write_bad_rows(
                self.wizard_.ctx.store,
                self.wizard_.kind(),
                source,
                self.report,
                Path(chosen),
                lang=language(),
            )
        except (StationDeskError, OSError) as exc:
            self.saved_note.setText(user_text(exc))
            return
        self.saved_note.setText(
            self.tr("%1 bad rows saved to %2.").replace("%1", str(count)).replace("%2", chosen)
        )

    def isComplete(self) -> bool:
        """Bad rows block the import unless the user chose to leave them out."""
        return self.checked and (not self.has_problems or self.skip.isChecked())

    def validatePage(self) -> bool:
        """Import for real (stopped: nothing is imported, and the page stays)."""
        report = self.wizard_.run(dry_run=False)
        if report.cancelled:
            self.summary.setText(self.tr("The import was stopped; nothing was imported."))
            return False
        self.wizard_.report = report
        if report.committed:
            self.wizard_.ctx.indexing.start()  # a large import's records become searchable
        return True


class DonePage(QWizardPage):
    """What was imported."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Imported"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importDone")
        QVBoxLayout(self).addWidget(self.summary)

    def initializePage(self) -> None:
        """Show the report of the real run."""
        report = self.wizard_.report
        text = user_text(report.summary()) if report else ""
        if self.wizard_.ctx.store.search_index.pending():
            text += "\n\n" + self.tr(
                "The records are saved and listed. The find box finds them once they are"
                " made searchable, in the background; the status bar counts them down."
            )
        self.summary.setText(text)


def _layout_or_message(wizard: ImportWizard, message: QLabel, *, complete: bool) -> bool:
    """True when the chosen file can be read as the chosen kind; else the reason is shown."""
    try:
        wizard.headings(complete=complete)
    except (StationDeskError, OSError) as exc:
        message.setText(user_text(exc))
        return False
    message.clear()
    return True
