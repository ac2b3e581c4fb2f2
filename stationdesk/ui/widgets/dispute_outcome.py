"""How mediation ended: the outcome form with the agreement and its obligations, and sign-off."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain import access
from stationdesk.domain.dispute_records import CLOSED_STATUSES, Agreement
from stationdesk.domain.disputes import AgreementInput, ObligationInput, OutcomeInput
from stationdesk.domain.labels import (
    DISPUTE_OUTCOMES,
    DISPUTE_STATUSES,
    PARTY_ROLES,
    REFERRED_TO,
)
from stationdesk.errors import ConflictError, StationDeskError, ValidationError
from stationdesk.ui.context import AppContext
from stationdesk.ui.messages import user_reasons
from stationdesk.ui.printing import preview_pdf
from stationdesk.ui.widgets.dispute_panel import (
    DisputePanel,
    ErrorMarks,
    date_edit,
    hbox,
    label,
    make_label,
    text_box,
)

WHO, WHAT, DUE = range(3)
DEFAULT_DUE_DAYS = 14


def may_sign_off(ctx: AppContext) -> bool:
    """Whether the signed-in user may sign off disputes as station chief (the role matrix)."""
    return ctx.permissions.may(access.SIGN_OFF).allowed


class OutcomePanel(DisputePanel):
    """Show the outcome and agreement; record an outcome; the chief's sign-off."""

    SAVES = True
    WATCHED = frozenset({"disputes", "agreements", "obligations", "people"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("outcomePanel")
        self.agreement: Agreement | None = None
        self._build()
        self.marks = ErrorMarks(self.error, self._field_widgets)
        self.show_dispute(None)

    # -- construction --------------------------------------------------------
    def _build(self) -> None:
        self.heading = make_label("panelHeading")
        self.current = make_label("outcomeCurrent", rich=True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.locked_note = make_label("lockedNote")
        self.print_button = QPushButton(self.tr("Print agreement…"))
        self.print_button.setToolTip(self.tr("Three copies: one for each party and the station's"))
        self.print_button.clicked.connect(self.print_agreement)
        self.sign_button = QPushButton(self.tr("Sign off (chief)…"))
        self.sign_button.setToolTip(self.tr("The station chief signs off; the record is locked"))
        self.sign_button.clicked.connect(self.sign_off)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.sign_button)
        self.form_box = self._build_form()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.locked_note)
        layout.addWidget(self.current)
        layout.addLayout(actions)
        layout.addWidget(self.form_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_form(self) -> QWidget:
        self.kind = QComboBox()
        for code, text in DISPUTE_OUTCOMES.items():
            self.kind.addItem(label(text), code)
        self.kind.currentIndexChanged.connect(self._sync_kind)
        self.on = date_edit()
        self._make_agreement_fields()
        self._make_referral_fields()
        self.reason = text_box(self.tr("Why"))
        self.error = make_label("formError")
        self.save_button = QPushButton(self.tr("Record outcome"))
        self.save_button.setToolTip(self.tr("Record how mediation ended (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        box = QWidget()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        title = make_label("panelHeading")
        title.setText(self.tr("Record how mediation ended"))
        form.addRow(title)
        form.addRow(self.tr("&Outcome"), hbox(self.kind, self.on_label(), self.on))
        self.agreement_rows = self._add_agreement_rows(form)
        form.addRow(self.tr("Referred &to"), self.referral_row)
        self.reason_label = make_label("")
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.form = form
        return box

    def on_label(self) -> QWidget:
        """'on' between the outcome and its date."""
        widget = make_label("")
        widget.setText(self.tr("on"))
        return widget

    def _make_agreement_fields(self) -> None:
        self.facts = text_box(self.tr("What happened, as the parties now agree"), 70)
        self.responsibility = text_box(self.tr("Who is responsible, and how far"))
        self.court = QCheckBox(
            self.tr("The parties will ask a court to confirm it (within 30 days)")
        )
        self.obligations = QTableWidget(0, 3)
        self.obligations.setObjectName("obligationTable")
        self.obligations.setHorizontalHeaderLabels(
            [self.tr("Party"), self.tr("Will do"), self.tr("By")]
        )
        header = self.obligations.horizontalHeader()
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.Fixed)
        self.obligations.setColumnWidth(DUE, date_edit().sizeHint().width() + 16)
        self.obligations.verticalHeader().hide()
        self.obligations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.obligations.setMinimumHeight(110)
        self.add_row_button = QPushButton(self.tr("Add obligation"))
        self.add_row_button.clicked.connect(lambda: self.add_obligation())
        self.remove_row_button = QPushButton(self.tr("Remove obligation"))
        self.remove_row_button.clicked.connect(self.remove_obligation)

    def _add_agreement_rows(self, form: QFormLayout) -> list[int]:
        """The agreement's rows of the outcome form; returns their row numbers."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_row_button)
        buttons.addWidget(self.remove_row_button)
        first = form.rowCount()
        form.addRow(self.tr("&Facts"), self.facts)
        form.addRow(self.tr("Respo&nsibility"), self.responsibility)
        form.addRow(self.tr("Obligations"), self.obligations)
        form.addRow("", buttons)
        form.addRow("", self.court)
        return list(range(first, form.rowCount()))

    def _make_referral_fields(self) -> None:
        self.referred_to = QComboBox()
        for code, text in REFERRED_TO.items():
            self.referred_to.addItem(label(text), code)
        self.referred_where = QLineEdit()
        self.referred_where.setPlaceholderText(self.tr("Which court, office or committee"))
        self.referral_row = hbox(self.referred_to, self.referred_where)

    # -- obligations ---------------------------------------------------------
    def add_obligation(self, person_id: int | None = None) -> int:
        """A new obligation row (party, what, due in two weeks); returns its row."""
        row = self.obligations.rowCount()
        self.obligations.insertRow(row)
        who = QComboBox()
        for party in self.dispute.parties if self.dispute else ():
            role = label(PARTY_ROLES.get(party.role, party.role))
            who.addItem(f"{party.person.name} ({role})", party.person.id)
        who.setCurrentIndex(max(0, who.findData(person_id)))
        what = QLineEdit()
        what.setPlaceholderText(self.tr("e.g. pay 2,000 yuan for the wall"))
        due = date_edit()
        due.setDate(self.on.date().addDays(DEFAULT_DUE_DAYS))
        self.obligations.setCellWidget(row, WHO, who)
        self.obligations.setCellWidget(row, WHAT, what)
        self.obligations.setCellWidget(row, DUE, due)
        self.obligations.setRowHeight(row, max(who.sizeHint().height(), due.sizeHint().height()))
        return row

    def remove_obligation(self) -> None:
        """Remove the selected obligation row (the last one when none is selected)."""
        row = self.obligations.currentRow()
        if row < 0:
            row = self.obligations.rowCount() - 1
        if row >= 0:
            self.obligations.removeRow(row)

    def _cell(self, row: int, column: int) -> QWidget:
        widget = self.obligations.cellWidget(row, column)
        assert widget is not None
        return widget

    def _obligation(self, row: int) -> ObligationInput:
        who, what, due = (self._cell(row, c) for c in (WHO, WHAT, DUE))
        assert isinstance(who, QComboBox) and isinstance(what, QLineEdit)
        assert isinstance(due, QDateEdit)
        person = who.currentData()
        return ObligationInput(
            int(person) if person is not None else None,
            what.text(),
            due.date().toString("yyyy-MM-dd"),
        )

    # -- showing -------------------------------------------------------------
    def load(self) -> None:
        """A new dispute: its outcome, and an empty form with one obligation row."""
        self.marks.clear()
        self.kind.setCurrentIndex(0)
        self.on.setDate(QDate.fromString(self.ctx.disputes.today().isoformat(), "yyyy-MM-dd"))
        for box in (self.facts, self.responsibility, self.reason):
            box.clear()
        self.court.setChecked(False)
        self.referred_to.setCurrentIndex(0)
        self.referred_where.clear()
        self.obligations.setRowCount(0)
        if self.dispute is not None:
            self.add_obligation()
        self._sync_kind()
        self.refresh()

    def refresh(self) -> None:
        """Re-read the outcome, the agreement and the sign-off."""
        dispute = self.dispute
        agreements = self.ctx.disputes.agreements(dispute.id) if dispute else []
        self.agreement = agreements[-1] if agreements else None
        self.heading.setText(
            self.tr("Outcome of dispute %1").replace("%1", str(dispute.id))
            if dispute
            else self.tr("Choose a dispute to see its outcome")
        )
        self.current.setText(self._current_html(agreements) if dispute else "")
        self.current.setVisible(dispute is not None)
        editing = self.ctx.permissions.records("disputes", self.dispute_id)
        is_open = bool(dispute and dispute.is_open)
        note = editing.why_not if is_open else ""
        if dispute and dispute.locked:
            note = (
                self.tr(
                    "Confirmed on %1 by %2. The record is locked;"
                    " corrections go through an amendment."
                )
                .replace("%1", dispute.confirmed_on or "")
                .replace("%2", dispute.confirmed_by or "")
            )
        self.locked_note.setText(note)
        self.locked_note.setVisible(bool(note))
        self.form_box.setVisible(is_open and editing.allowed)
        self.print_button.setVisible(self.agreement is not None)
        closed = bool(dispute and dispute.status in CLOSED_STATUSES)
        self.sign_button.setVisible(closed and may_sign_off(self.ctx))

    def _current_html(self, agreements: list[Agreement]) -> str:
        dispute = self.dispute
        assert dispute is not None
        status = label(DISPUTE_STATUSES.get(dispute.status, dispute.status))
        lines = ["<b>" + escape(self.tr("Status:")) + "</b> " + escape(status)]
        if dispute.outcome:
            lines.append(self._outcome_line())
        elif dispute.reopened_count:
            lines.append(escape(self.tr("Mediation goes on: an earlier agreement was broken.")))
        else:
            lines.append(escape(self.tr("No outcome yet: mediation goes on.")))
        if dispute.status in CLOSED_STATUSES:
            lines.append(escape(self.tr("Waiting for the station chief's sign-off.")))
        if dispute.outcome == "agreement" and agreements:
            lines.append(self._agreement_html(agreements[-1]))
        broken = [a for a in agreements if a.broken_on]
        for old in broken:
            lines.append(
                escape(
                    self.tr("The agreement signed on %1 was broken on %2.")
                    .replace("%1", old.signed_on)
                    .replace("%2", old.broken_on or "")
                )
            )
        return "<br>".join(lines)

    def _outcome_line(self) -> str:
        dispute = self.dispute
        assert dispute is not None and dispute.outcome
        text = label(DISPUTE_OUTCOMES.get(dispute.outcome, dispute.outcome))
        line = f"<b>{escape(text)}</b> {escape(self.tr('on'))} {escape(dispute.outcome_on or '')}"
        if dispute.referred_to:
            where = label(REFERRED_TO.get(dispute.referred_to, dispute.referred_to))
            line += f" · {escape(where)}: {escape(dispute.referred_where)}"
        if dispute.outcome_reason:
            line += f"<br>{escape(self.tr('Reason'))}: {escape(dispute.outcome_reason)}"
        return line

    def _agreement_html(self, agreement: Agreement) -> str:
        names = {p.person.id: p.person.name for p in self.dispute.parties} if self.dispute else {}
        parts = [f"<b>{escape(self.tr('Facts'))}:</b> {escape(agreement.facts)}"]
        if agreement.responsibility:
            parts.append(
                f"<b>{escape(self.tr('Responsibility'))}:</b> {escape(agreement.responsibility)}"
            )
        items = "".join(
            f"<li>{escape(names.get(o.person_id, '?'))}: {escape(o.what)}"
            + " — "
            + escape(self.tr("by %1").replace("%1", o.due_on))
            + "</li>"
            for o in agreement.obligations
        )
        parts.append(f"<b>{escape(self.tr('Obligations'))}:</b><ul>{items}</ul>")
        court = (
            self.tr("The parties will ask a court to confirm it by %1.").replace(
                "%1", agreement.court_confirmation_by.isoformat()
            )
            if agreement.court_confirmation
            else self.tr("No court confirmation sought.")
        )
        parts.append(escape(court))
        return "<br>".join(parts)

    def _sync_kind(self) -> None:
        kind = self.kind.currentData()
        self.marks.clear()
        for row in self.agreement_rows:
            self.form.setRowVisible(row, kind == "agreement")
        self.form.setRowVisible(self.referral_row, kind == "referred")
        self.reason_label.setText(
            {
                "referred": self.tr("Why referred"),
                "escalated": self.tr("Why escalated"),
                "withdrawn": self.tr("Why withdrawn"),
            }.get(kind, "")
        )
        self.reason_label.setVisible(kind != "agreement")
        self.reason.setVisible(kind != "agreement")

    # -- actions -------------------------------------------------------------
    def read(self) -> OutcomeInput:
        """What the form holds, as the dispute service takes it."""
        kind = str(self.kind.currentData())
        agreement = None
        if kind == "agreement":
            agreement = AgreementInput(
                facts=self.facts.toPlainText(),
                responsibility=self.responsibility.toPlainText(),
                court_confirmation=self.court.isChecked(),
                obligations=tuple(
                    self._obligation(row) for row in range(self.obligations.rowCount())
                ),
            )
        return OutcomeInput(
            kind=kind,
            on=self.on.date().toString("yyyy-MM-dd"),
            agreement=agreement,
            referred_to=str(self.referred_to.currentData()) if kind == "referred" else "",
            referred_where=self.referred_where.text() if kind == "referred" else "",
            reason="" if kind == "agreement" else self.reason.toPlainText(),
        )

    def save(self) -> None:
        """Ctrl+S: record the outcome, or mark what is wrong and record nothing."""
        if self.dispute is None or not self.dispute.is_open or self.form_box.isHidden():
            return
        try:
            self.ctx.disputes.set_outcome(
                self.dispute.id, self.read(), expected_version=self.dispute.version
            )
        except ValidationError as exc:
            self.marks.mark(exc.errors, self._field_titles())
            return
        except ConflictError as exc:
            self.marks.mark({"record": str(exc)}, {})
            self.show_dispute(self.dispute_id)
            return
        except StationDeskError as exc:
            self.marks.mark({"record": str(exc)}, {})
            return
        self.load()

    def print_agreement(self) -> None:
        """Preview the agreement (one copy per party plus the station's), to print or save."""
        if self.agreement is None:
            return
        from stationdesk.reports.dispute_forms import write_agreement

        agreement_id = self.agreement.id
        preview_pdf(
            self,
            self.ctx,
            self.tr("Mediation agreement %1").replace("%1", str(agreement_id)),
            f"agreement-{agreement_id}.pdf",
            lambda path: write_agreement(
                self.ctx.store, agreement_id, path, lang=self.ctx.language
            ),
            record=("agreements", agreement_id, "agreement"),
        )

    def sign_off(self) -> None:
        """The station chief signs off the dispute: it is locked from then on."""
        dispute = self.dispute
        if dispute is None or not may_sign_off(self.ctx):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Sign off dispute"),
            self.tr(
                "Sign off dispute %1 as %2?\n\nThe record is locked afterwards; corrections"
                " then go through an amendment with a reason."
            )
            .replace("%1", str(dispute.id))
            .replace("%2", self.ctx.store.actor),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.disputes.confirm(
                dispute.id, self.ctx.store.actor, expected_version=dispute.version
            )
        except StationDeskError as exc:
            reasons = user_reasons(exc)
            QMessageBox.warning(self, self.tr("Not signed off"), "\n".join(reasons))
            self.show_dispute(self.dispute_id)

    # -- errors --------------------------------------------------------------
    def _field_widgets(self) -> dict[str, QWidget]:
        widgets: dict[str, QWidget] = {
            "kind": self.kind,
            "on": self.on,
            "reason": self.reason,
            "referred_to": self.referred_to,
            "referred_where": self.referred_where,
            "agreement": self.facts,
            "agreement.facts": self.facts,
            "agreement.responsibility": self.responsibility,
            "agreement.obligations": self.obligations,
        }
        for row in range(self.obligations.rowCount()):
            prefix = f"agreement.obligations.{row}"
            widgets[prefix] = self._cell(row, WHAT)
            widgets[f"{prefix}.person_id"] = self._cell(row, WHO)
            widgets[f"{prefix}.what"] = self._cell(row, WHAT)
            widgets[f"{prefix}.due_on"] = self._cell(row, DUE)
        return widgets

    def _field_titles(self) -> dict[str, str]:
        return {
            "kind": self.tr("Outcome"),
            "on": self.tr("Date"),
            "reason": self.tr("Reason"),
            "referred_to": self.tr("Referred to"),
            "referred_where": self.tr("Where"),
            "agreement.facts": self.tr("Facts"),
            "agreement.responsibility": self.tr("Responsibility"),
            "agreement.obligations": self.tr("Obligations"),
        }
