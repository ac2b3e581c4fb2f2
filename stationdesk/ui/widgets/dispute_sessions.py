"""The mediation sessions of a dispute, and the form an instructor fills as a session happens."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QDateTime, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stationdesk.domain.disputes import SessionInput, StatementInput
from stationdesk.domain.labels import PARTY_ROLES, SESSION_PLACES, SESSION_RESULTS
from stationdesk.errors import StationDeskError, ValidationError
from stationdesk.ui.context import AppContext
from stationdesk.ui.permissions import show_if
from stationdesk.ui.printing import preview_pdf
from stationdesk.ui.widgets.dispute_panel import (
    DisputePanel,
    ErrorMarks,
    hbox,
    label,
    make_label,
    text_box,
)

HELD, PLACE, MEDIATORS, RESULT = range(4)


class SessionsPanel(DisputePanel):
    """List the dispute's sessions; record a new one or correct the one selected."""

    SAVES = True
    WATCHED = frozenset({"disputes", "mediation_sessions", "officers", "people"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("sessionsPanel")
        self.session_id: int | None = None
        self.statement_boxes: list[tuple[int, QPlainTextEdit]] = []
        self._build()
        self.marks = ErrorMarks(self.error, self._field_widgets)
        self.show_dispute(None)

    # -- construction --------------------------------------------------------
    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_form())
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([140, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def _build_list(self) -> QWidget:
        self.table = QTreeWidget()
        self.table.setObjectName("sessionList")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [self.tr("Held at"), self.tr("Place"), self.tr("Mediators"), self.tr("Result")]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.table.currentItemChanged.connect(self._on_session_chosen)
        self.new_button = QPushButton(self.tr("New session"))
        self.new_button.setToolTip(self.tr("An empty form for the session being held now"))
        self.new_button.clicked.connect(self.new_session)
        self.print_button = QPushButton(self.tr("Print session record…"))
        self.print_button.clicked.connect(self.print_session)
        self.count = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.print_button)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return pane

    def _build_form(self) -> QWidget:
        self._make_fields()
        self.heading = make_label("panelHeading")
        self.locked_note = make_label("lockedNote")
        self.locked_note.hide()
        self.error = make_label("formError")
        self.message = make_label("formMessage")
        self.save_button = QPushButton(self.tr("Save session"))
        self.save_button.setToolTip(self.tr("Save the session (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Date and &time"), self.held_at)
        form.addRow(self.tr("&Place"), hbox(self.place, self.place_detail))
        form.addRow(self.tr("&Mediators"), self.mediators)
        form.addRow(self.tr("&Other mediators"), self.other_mediators)
        form.addRow(self.tr("P&articipants"), self.participants)
        form.addRow(self.statements_label)
        form.addRow(self.statements_area)
        form.addRow(self.tr("&Result"), self.result)
        form.addRow(self.tr("Result in &words"), self.result_text)
        self.form = form
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.locked_note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return pane

    def _make_fields(self) -> None:
        self.held_at = QDateTimeEdit()
        self.held_at.setCalendarPopup(True)
        self.held_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.place = QComboBox()
        for code, text in SESSION_PLACES.items():
            self.place.addItem(label(text), code)
        self.place_detail = QLineEdit()
        self.place_detail.setPlaceholderText(self.tr("Where exactly, e.g. mediation room 2"))
        self.mediators = QListWidget()
        self.mediators.setObjectName("mediatorList")
        self.mediators.setFlow(QListWidget.Flow.LeftToRight)
        self.mediators.setWrapping(True)
        self.mediators.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.mediators.setSpacing(2)
        self.mediators.setFixedHeight(64)
        self.mediators.setToolTip(self.tr("Tick the officers who mediated (space ticks)"))
        self.other_mediators = QLineEdit()
        self.other_mediators.setPlaceholderText(
            self.tr("People's mediators, village cadres… by name")
        )
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("Who else was there"))
        self.statements_label = make_label("panelNote")
        self.statements_label.setText(self.tr("What each side stated"))
        self.statements_area = QWidget()
        self.statements_layout = QFormLayout(self.statements_area)
        self.statements_layout.setContentsMargins(0, 0, 0, 0)
        self.result = QComboBox()
        for code, text in SESSION_RESULTS.items():
            self.result.addItem(label(text), code)
        self.result_text = text_box(self.tr("What was agreed, or where the sides still differ"))

    # -- showing -------------------------------------------------------------
    def load(self) -> None:
        """A new dispute: its sessions, its parties' statement boxes, and an empty form."""
        self._fill_mediators()
        self._build_statements()
        self.refresh()
        self.new_session()

    def refresh(self) -> None:
        """Re-read the sessions list and whether the dispute is locked."""
        self.table.blockSignals(True)
        self.table.clear()
        sessions = self.ctx.disputes.sessions(self.dispute_id) if self.dispute_id else []
        names = self.officer_names()
        for session in sessions:
            mediators = [names.get(i, "?") for i in session.mediator_ids]
            if session.other_mediators:
                mediators.append(session.other_mediators)
            item = QTreeWidgetItem(
                [
                    session.held_at.replace("T", " "),
                    self._place_text(session.place, session.place_detail),
                    ", ".join(mediators),
                    label(SESSION_RESULTS.get(session.result, session.result)),
                ]
            )
            item.setData(HELD, Qt.ItemDataRole.UserRole, session.id)
            self.table.addTopLevelItem(item)
            if session.id == self.session_id:
                self.table.setCurrentItem(item)
        self.table.blockSignals(False)
        self.count.setText(self.tr("%n session(s)", "", len(sessions)))
        self._sync_enabled()

    def _place_text(self, place: str, detail: str) -> str:
        text = label(SESSION_PLACES.get(place, place))
        return f"{text} · {detail}" if detail else text

    def _fill_mediators(self) -> None:
        self.mediators.clear()
        for officer in self.ctx.roster.officers(include_left=False):
            item = QListWidgetItem(officer.name)
            item.setData(Qt.ItemDataRole.UserRole, officer.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.mediators.addItem(item)

    def _build_statements(self) -> None:
        while self.statements_layout.rowCount():
            self.statements_layout.removeRow(0)
        self.statement_boxes = []
        for party in self.dispute.parties if self.dispute else ():
            role = label(PARTY_ROLES.get(party.role, party.role))
            box = text_box(self.tr("What %1 said").replace("%1", party.person.name))
            box.setObjectName(f"statement{len(self.statement_boxes)}")
            self.statements_layout.addRow(f"{party.person.name}\n({role})", box)
            self.statement_boxes.append((party.person.id, box))
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.held_at,
            self.place,
            self.place_detail,
            self.mediators,
            self.other_mediators,
            self.participants,
            *(box for _pid, box in self.statement_boxes),
            self.result,
            self.result_text,
            self.save_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _sync_enabled(self) -> None:
        locked = bool(self.dispute and self.dispute.locked)
        shown = self.dispute is not None
        editing = self.ctx.permissions.records("disputes", self.dispute_id)
        note = editing.why_not if shown else ""
        if locked and self.dispute:
            note = self.tr("Signed off on %1: the sessions can no longer be changed.").replace(
                "%1", self.dispute.confirmed_on or ""
            )
        self.locked_note.setText(note)
        self.locked_note.setVisible(bool(note))
        show_if((self.save_button, self.new_button), editing)
        editable: list[QWidget] = [
            self.held_at,
            self.place,
            self.place_detail,
            self.mediators,
            self.other_mediators,
            self.participants,
            self.statements_area,
            self.result,
            self.result_text,
            self.save_button,
            self.new_button,
        ]
        for widget in editable:
            widget.setEnabled(shown and not locked and editing.allowed)
        self.print_button.setEnabled(self.session_id is not None)

    # -- the form ------------------------------------------------------------
    def new_session(self) -> None:
        """An empty form: now, at the station, the responsible officer as mediator."""
        self.session_id = None
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.table.blockSignals(False)
        self.marks.clear()
        self.held_at.setDateTime(QDateTime.currentDateTime())
        self.place.setCurrentIndex(0)
        for widget in (self.place_detail, self.other_mediators, self.participants):
            widget.clear()
        officer = self.dispute.officer_id if self.dispute else None
        self._check_mediators((officer,) if officer else ())
        for _pid, box in self.statement_boxes:
            box.clear()
        self.result.setCurrentIndex(0)
        self.result_text.clear()
        self.heading.setText(self._heading())
        self._sync_enabled()

    def _heading(self) -> str:
        if self.dispute is None:
            return self.tr("Choose a dispute to see its mediation sessions")
        if self.session_id is None:
            return self.tr("New mediation session of dispute %1").replace(
                "%1", str(self.dispute.id)
            )
        return (
            self.tr("Session %1 of dispute %2 (correcting)")
            .replace("%1", str(self.session_id))
            .replace("%2", str(self.dispute.id))
        )

    def _on_session_chosen(self, item: QTreeWidgetItem | None, _old: object) -> None:
        if item is None:
            return
        session = self.ctx.disputes.session(int(item.data(HELD, Qt.ItemDataRole.UserRole)))
        self.session_id = session.id
        self.marks.clear()
        self.message.clear()
        held = QDateTime.fromString(session.held_at, Qt.DateFormat.ISODate)
        self.held_at.setDateTime(held)
        self.place.setCurrentIndex(max(0, self.place.findData(session.place)))
        self.place_detail.setText(session.place_detail)
        self._check_mediators(session.mediator_ids)
        self.other_mediators.setText(session.other_mediators)
        self.participants.setText(session.participants)
        said = {s.person_id: s.text for s in session.statements}
        for person_id, box in self.statement_boxes:
            box.setPlainText(said.get(person_id, ""))
        self.result.setCurrentIndex(max(0, self.result.findData(session.result)))
        self.result_text.setPlainText(session.result_text)
        self.heading.setText(self._heading())
        self._sync_enabled()

    def _check_mediators(self, officer_ids: tuple[int, ...]) -> None:
        for row in range(self.mediators.count()):
            item = self.mediators.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in officer_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def read(self) -> SessionInput:
        """What the form holds, as the dispute service takes it."""
        held: datetime = self.held_at.dateTime().toPython()  # type: ignore[assignment]
        return SessionInput(
            held_at=held,
            place=str(self.place.currentData()),
            place_detail=self.place_detail.text(),
            result=str(self.result.currentData()),
            result_text=self.result_text.toPlainText(),
            mediator_ids=self._ticked_mediators(),
            other_mediators=self.other_mediators.text(),
            participants=self.participants.text(),
            statements=tuple(
                StatementInput(pid, box.toPlainText()) for pid, box in self.statement_boxes
            ),
        )

    def _ticked_mediators(self) -> tuple[int, ...]:
        items = (self.mediators.item(row) for row in range(self.mediators.count()))
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    # -- actions -------------------------------------------------------------
    def save(self) -> None:
        """Ctrl+S: save the session, or mark what is wrong and save nothing."""
        if self.dispute_id is None or not self.save_button.isEnabled():
            return
        data = self.read()
        try:
            if self.session_id is None:
                self.session_id = self.ctx.disputes.add_session(self.dispute_id, data)
                note = self.tr("Session %1 saved.")
            else:
                self.ctx.disputes.update_session(self.session_id, data)
                note = self.tr("Session %1 corrected.")
        except ValidationError as exc:
            self.marks.mark(exc.errors, self._field_titles())
            return
        except StationDeskError as exc:
            self.marks.mark({"record": str(exc)}, self._field_titles())
            return
        self.marks.clear()
        self.message.setText(note.replace("%1", str(self.session_id)))
        self.refresh()
        self.heading.setText(self._heading())

    def print_session(self) -> None:
        """Preview the record of the selected session, to print or save as PDF."""
        if self.session_id is None:
            return
        from stationdesk.reports.dispute_forms import write_session_record

        session_id = self.session_id
        preview_pdf(
            self,
            self.ctx,
            self.tr("Mediation session record %1").replace("%1", str(session_id)),
            f"session-{session_id}.pdf",
            lambda path: write_session_record(
                self.ctx.store, session_id, path, lang=self.ctx.language
            ),
            record=("mediation_sessions", session_id, "session"),
        )

    # -- errors --------------------------------------------------------------
    def _field_widgets(self) -> dict[str, QWidget]:
        widgets: dict[str, QWidget] = {
            "held_at": self.held_at,
            "place": self.place,
            "place_detail": self.place_detail,
            "mediator_ids": self.mediators,
            "other_mediators": self.other_mediators,
            "participants": self.participants,
            "result": self.result,
            "result_text": self.result_text,
        }
        said = [box for _pid, box in self.statement_boxes if box.toPlainText().strip()]
        widgets.update({f"statements.{i}": box for i, box in enumerate(said)})
        return widgets

    def _field_titles(self) -> dict[str, str]:
        return {
            "held_at": self.tr("Date and time"),
            "place": self.tr("Place"),
            "place_detail": self.tr("Place"),
            "mediator_ids": self.tr("Mediators"),
            "other_mediators": self.tr("Other mediators"),
            "participants": self.tr("Participants"),
            "result": self.tr("Result"),
            "result_text": self.tr("Result in words"),
            "statements": self.tr("Statement"),
        }
