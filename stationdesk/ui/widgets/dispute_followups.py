"""The follow-ups of a dispute, and the small dialog that records what one found."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.dispute_records import Followup, FollowupResult
from stationdesk.domain.labels import FOLLOWUP_KINDS, FOLLOWUP_REASONS
from stationdesk.errors import StationDeskError, ValidationError
from stationdesk.ui.context import AppContext
from stationdesk.ui.messages import user_errors, user_text
from stationdesk.ui.permissions import offer
from stationdesk.ui.widgets.dispute_panel import (
    INVALID_EXTRA,
    PANEL_STYLE,
    DisputePanel,
    ErrorMarks,
    date_edit,
    hbox,
    label,
    make_label,
    text_box,
)

DUE, KIND, REASON, OFFICER, DONE, FOUND = range(6)
BROKEN_COLOUR = "#b00020"
KEPT_COLOUR = "#1b5e20"
LATE_COLOUR = "#8a6d00"


class FollowupDialog(QDialog):
    """Done on, kept or broken, notes; built in code, opened through get_result()."""

    def __init__(self, parent: QWidget | None, followup: Followup, today: QDate) -> None:
        super().__init__(parent)
        self.setObjectName("followupDialog")
        self.setWindowTitle(self.tr("Record follow-up"))
        self.setStyleSheet(PANEL_STYLE + INVALID_EXTRA)
        what = make_label("panelNote")
        what.setText(
            self.tr("%1 due %2: is the agreement being kept?")
            .replace("%1", label(FOLLOWUP_KINDS.get(followup.kind, followup.kind)))
            .replace("%2", followup.due_on)
        )
        self.done_on = date_edit()
        self.done_on.setMaximumDate(today)
        self.done_on.setDate(today)
        self.kept = QRadioButton(self.tr("&Kept"))
        self.broken = QRadioButton(self.tr("&Broken"))
        self.kept.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.kept)
        group.addButton(self.broken)
        self.notes = text_box(self.tr("What was found; when broken, how"), 80)
        self.error = QLabel()
        self.marks = ErrorMarks(self.error, self._field_widgets)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(what)
        form.addRow(self.tr("&Done on"), self.done_on)
        form.addRow(self.tr("The agreement is"), hbox(self.kept, self.broken))
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.error)
        form.addRow(buttons)
        self.resize(440, self.sizeHint().height())

    @classmethod
    def get_result(
        cls,
        parent: QWidget | None,
        followup: Followup,
        today: QDate,
        *,
        previous: FollowupResult | None = None,
        errors: dict[str, str] | None = None,
    ) -> tuple[FollowupResult | None, bool]:
        """Ask what the follow-up found; (result, True), or (None, False) when cancelled."""
        dialog = cls(parent, followup, today)
        if previous is not None:
            dialog.fill(previous)
        if errors:
            dialog.marks.mark(errors, dialog.field_titles())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.read() if accepted else None
        dialog.deleteLater()
        return result, accepted

    def fill(self, result: FollowupResult) -> None:
        """Show an earlier answer again (after the service refused it)."""
        self.done_on.setDate(QDate.fromString(str(result.done_on), "yyyy-MM-dd"))
        (self.kept if result.kept else self.broken).setChecked(True)
        self.notes.setPlainText(result.notes)

    def read(self) -> FollowupResult:
        """What the dialog holds."""
        return FollowupResult(
            done_on=self.done_on.date().toString("yyyy-MM-dd"),
            kept=self.kept.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def _field_widgets(self) -> dict[str, QWidget]:
        return {"done_on": self.done_on, "notes": self.notes}

    def field_titles(self) -> dict[str, str]:
        """How each field is named in an error message."""
        return {"done_on": self.tr("Done on"), "notes": self.tr("Notes")}


class FollowupsPanel(DisputePanel):
    """The dispute's follow-ups; record what the selected one found."""

    WATCHED = frozenset({"disputes", "followups", "agreements", "officers"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("followupsPanel")
        self.heading = make_label("panelHeading")
        self.table = self._build_table()
        self.record_button = QPushButton(self.tr("Record follow-up…"))
        self.record_button.setToolTip(self.tr("Record what the selected follow-up found"))
        self.record_button.clicked.connect(self.record_selected)
        self.count = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_dispute(None)

    def _build_table(self) -> QTreeWidget:
        table = QTreeWidget()
        table.setObjectName("followupList")
        table.setRootIsDecorated(False)
        table.setAlternatingRowColors(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setHeaderLabels(
            [
                self.tr("Due"),
                self.tr("Kind"),
                self.tr("Why"),
                self.tr("Officer"),
                self.tr("Done on"),
                self.tr("Found"),
            ]
        )
        table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.header().setStretchLastSection(True)
        table.currentItemChanged.connect(self._sync_enabled)
        table.itemDoubleClicked.connect(self.record_selected)
        return table

    # -- showing -------------------------------------------------------------
    def load(self) -> None:
        """A new dispute: its follow-ups, the first one still to do selected."""
        self.table.clear()
        self.refresh()

    def refresh(self) -> None:
        """Re-read the follow-ups, keeping the selection."""
        chosen = self.selected_id()
        self.table.clear()
        followups = self.ctx.disputes.followups(self.dispute_id) if self.dispute_id else []
        names = self.officer_names()
        if chosen is None:
            chosen = next((f.id for f in followups if f.pending), None)
        for followup in followups:
            item = self._item(followup, names)
            self.table.addTopLevelItem(item)
            if followup.id == chosen:
                self.table.setCurrentItem(item)
        self.heading.setText(
            self.tr("Follow-ups of dispute %1").replace("%1", str(self.dispute_id))
            if self.dispute_id
            else self.tr("Choose a dispute to see its follow-ups")
        )
        pending = sum(1 for f in followups if f.pending)
        self.count.setText(
            self.tr("%1 follow-ups, %2 still to do")
            .replace("%1", str(len(followups)))
            .replace("%2", str(pending))
        )
        self._sync_enabled()

    def _item(self, followup: Followup, names: dict[int, str]) -> QTreeWidgetItem:
        found, colour = self._found(followup)
        item = QTreeWidgetItem(
            [
                followup.due_on,
                label(FOLLOWUP_KINDS.get(followup.kind, followup.kind)),
                label(FOLLOWUP_REASONS.get(followup.reason, followup.reason)),
                names.get(followup.officer_id, "?"),
                followup.done_on or "",
                found,
            ]
        )
        item.setData(DUE, Qt.ItemDataRole.UserRole, followup.id)
        if followup.notes:
            item.setToolTip(FOUND, followup.notes)
        if colour:
            item.setForeground(FOUND, QBrush(QColor(colour)))
        return item

    def _found(self, followup: Followup) -> tuple[str, str | None]:
        if followup.cancelled_on:
            return self.tr("Cancelled on %1").replace("%1", followup.cancelled_on), None
        if followup.kept is True:
            return self.tr("Kept"), KEPT_COLOUR
        if followup.kept is False:
            return self.tr("Broken"), BROKEN_COLOUR
        late = followup.due_on < self.ctx.disputes.today().isoformat()
        return (self.tr("Late") if late else self.tr("To do")), LATE_COLOUR if late else None

    def selected_id(self) -> int | None:
        """The follow-up selected, or None."""
        item = self.table.currentItem()
        return int(item.data(DUE, Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, followup_id: int) -> None:
        """Select a follow-up in the list."""
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            if item is not None and item.data(DUE, Qt.ItemDataRole.UserRole) == followup_id:
                self.table.setCurrentItem(item)

    def _sync_enabled(self) -> None:
        chosen = self.selected_id()
        pending = chosen is not None and self.ctx.disputes.followup(chosen).pending
        offer(
            self.record_button, self.ctx.permissions.records("disputes", self.dispute_id), pending
        )

    # -- recording -----------------------------------------------------------
    def record_selected(self) -> None:
        """Ask what the selected follow-up found and record it; say so when the dispute reopens."""
        chosen = self.selected_id()
        if chosen is None or not self.record_button.isEnabled():
            return
        followup = self.ctx.disputes.followup(chosen)
        today = QDate.fromString(self.ctx.disputes.today().isoformat(), "yyyy-MM-dd")
        previous: FollowupResult | None = None
        errors: dict[str, str] | None = None
        while True:
            result, accepted = FollowupDialog.get_result(
                self, followup, today, previous=previous, errors=errors
            )
            if not accepted or result is None:
                return
            try:
                reopened = self.ctx.disputes.record_followup(chosen, result)
            except ValidationError as exc:
                previous, errors = result, user_errors(exc.errors)
                continue
            except StationDeskError as exc:
                QMessageBox.warning(self, self.tr("Follow-up not recorded"), user_text(exc))
                return
            break
        if reopened:
            self._say_reopened(followup.dispute_id)

    def _say_reopened(self, dispute_id: int) -> None:
        dispute = self.ctx.disputes.get(dispute_id)
        QMessageBox.information(
            self,
            self.tr("Agreement broken"),
            self.tr(
                "The agreement is broken: dispute %1 is open again, with a new deadline of %2."
                "\nIts other pending follow-ups are cancelled; hold a new mediation session."
            )
            .replace("%1", str(dispute_id))
            .replace("%2", dispute.deadline),
        )
