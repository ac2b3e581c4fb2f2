"""A record's history as the detail view shows it: who changed what, when."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from stationdesk.domain.history import HistoryReader
from stationdesk.domain.labels import CONTEXT, QT_TRANSLATE_NOOP
from stationdesk.store import Store

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "badge_no": QT_TRANSLATE_NOOP("Field", "Badge number"),
    "post": QT_TRANSLATE_NOOP("Field", "Post"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "team": QT_TRANSLATE_NOOP("Field", "Team"),
    "grids": QT_TRANSLATE_NOOP("Field", "Grids responsible for"),
    "committee_member": QT_TRANSLATE_NOOP("Field", "On the village two committees"),
    "committee_grid_id": QT_TRANSLATE_NOOP("Field", "Committee of"),
    "active": QT_TRANSLATE_NOOP("Field", "Active"),
    "left_on": QT_TRANSLATE_NOOP("Field", "Left on"),
    "joined_on": QT_TRANSLATE_NOOP("Field", "Joined on"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "void_reason": QT_TRANSLATE_NOOP("Field", "Reason voided"),
    "code": QT_TRANSLATE_NOOP("Field", "Code"),
    "head_name": QT_TRANSLATE_NOOP("Field", "Grid head"),
    "head_phone": QT_TRANSLATE_NOOP("Field", "Grid head's phone"),
    "administrators": QT_TRANSLATE_NOOP("Field", "Grid administrators"),
    "has_police_room": QT_TRANSLATE_NOOP("Field", "Community police room"),
    "level": QT_TRANSLATE_NOOP("Field", "Level"),
    "parent_id": QT_TRANSLATE_NOOP("Field", "Belongs to"),
    "officer": QT_TRANSLATE_NOOP("Field", "Responsible officer"),
    "officer_id": QT_TRANSLATE_NOOP("Field", "Officer"),
    "day": QT_TRANSLATE_NOOP("Field", "Day"),
    "patrols": QT_TRANSLATE_NOOP("Field", "Patrols"),
    "note": QT_TRANSLATE_NOOP("Field", "Note"),
    "station_name": QT_TRANSLATE_NOOP("Field", "Station name"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "occurred_at": QT_TRANSLATE_NOOP("Field", "Occurred at"),
    "activity": QT_TRANSLATE_NOOP("Field", "Doing"),
    "cause": QT_TRANSLATE_NOOP("Field", "How it happened"),
    "description": QT_TRANSLATE_NOOP("Field", "What happened"),
    "officers": QT_TRANSLATE_NOOP("Field", "Officers involved"),
    "dispute_id": QT_TRANSLATE_NOOP("Field", "From dispute"),
    "visit_id": QT_TRANSLATE_NOOP("Field", "From visit"),
    "injury": QT_TRANSLATE_NOOP("Field", "Injury record"),
    "outcome": QT_TRANSLATE_NOOP("Field", "Outcome"),
    "case_number": QT_TRANSLATE_NOOP("Field", "Case number"),
    "offenders_dealt": QT_TRANSLATE_NOOP("Field", "Persons dealt with"),
    "offender_handling": QT_TRANSLATE_NOOP("Field", "How dealt with"),
    "case_outcome": QT_TRANSLATE_NOOP("Field", "Case outcome"),
    "clarified_on": QT_TRANSLATE_NOOP("Field", "Cleared on"),
    "clarification": QT_TRANSLATE_NOOP("Field", "How cleared"),
    "closed_on": QT_TRANSLATE_NOOP("Field", "Closed on"),
    "closed_by": QT_TRANSLATE_NOOP("Field", "Closed by"),
    "compensation_payments": QT_TRANSLATE_NOOP("Field", "Compensation payment"),
    "legal_aid": QT_TRANSLATE_NOOP("Field", "Legal aid"),
    "comfort_visits": QT_TRANSLATE_NOOP("Field", "Comfort visit"),
    "merged_from": QT_TRANSLATE_NOOP("Field", "Merged from person"),
    "merged_into": QT_TRANSLATE_NOOP("Field", "Merged into person"),
    "dispute_parties": QT_TRANSLATE_NOOP("Field", "Disputes moved"),
    "session_statements": QT_TRANSLATE_NOOP("Field", "Session statements moved"),
    "obligations": QT_TRANSLATE_NOOP("Field", "Obligations moved"),
    "residents": QT_TRANSLATE_NOOP("Field", "Residences moved"),
    "taken": QT_TRANSLATE_NOOP("Field", "Details taken over"),
    "reason": QT_TRANSLATE_NOOP("Field", "Reason"),
    "address_id": QT_TRANSLATE_NOOP("Field", "Address"),
    "grid_id": QT_TRANSLATE_NOOP("Field", "Grid"),
    "registered_on": QT_TRANSLATE_NOOP("Field", "Registered on"),
    "members": QT_TRANSLATE_NOOP("Field", "Members"),
    "moved_in": QT_TRANSLATE_NOOP("Field", "Moved in"),
    "moved_out": QT_TRANSLATE_NOOP("Field", "Moved out"),
    "corrected": QT_TRANSLATE_NOOP("Field", "Personal details corrected"),
    "member": QT_TRANSLATE_NOOP("Field", "Member"),
    "visit": QT_TRANSLATE_NOOP("Field", "Visit No."),
    "household_id": QT_TRANSLATE_NOOP("Field", "Household"),
    "person_id": QT_TRANSLATE_NOOP("Field", "Person"),
    "relationship": QT_TRANSLATE_NOOP("Field", "Relationship"),
    "moved_in_on": QT_TRANSLATE_NOOP("Field", "Moved in on"),
    "moved_out_on": QT_TRANSLATE_NOOP("Field", "Moved out on"),
    "elderly_alone": QT_TRANSLATE_NOOP("Field", "Elderly living alone"),
    "left_behind_child": QT_TRANSLATE_NOOP("Field", "Left-behind child"),
    "disability": QT_TRANSLATE_NOOP("Field", "Person with a disability"),
    "under_care": QT_TRANSLATE_NOOP("Field", "Under community correction or care"),
    "key_person": QT_TRANSLATE_NOOP("Field", "Key person for disputes"),
    "visited_on": QT_TRANSLATE_NOOP("Field", "Visited on"),
    "purpose": QT_TRANSLATE_NOOP("Field", "Purpose"),
    "found": QT_TRANSLATE_NOOP("Field", "What was found"),
    "anti_fraud_app": QT_TRANSLATE_NOOP("Field", "Anti-fraud app installed"),
    "followup_needed": QT_TRANSLATE_NOOP("Field", "Follow-up needed"),
    "followup_note": QT_TRANSLATE_NOOP("Field", "Follow-up"),
    "officer_ids": QT_TRANSLATE_NOOP("Field", "Officers who went"),
    "address": QT_TRANSLATE_NOOP("Field", "Address"),
    "agreement": QT_TRANSLATE_NOOP("Field", "Agreement"),
    "agreement_id": QT_TRANSLATE_NOOP("Field", "Agreement"),
    "agreement_on": QT_TRANSLATE_NOOP("Field", "Agreement signed on"),
    "amount_fen": QT_TRANSLATE_NOOP("Field", "Amount (yuan)"),
    "birth_date": QT_TRANSLATE_NOOP("Field", "Date of birth"),
    "body_parts": QT_TRANSLATE_NOOP("Field", "Parts of the body injured"),
    "broken_on": QT_TRANSLATE_NOOP("Field", "Broken on"),
    "building": QT_TRANSLATE_NOOP("Field", "Building"),
    "cancelled_followups": QT_TRANSLATE_NOOP("Field", "Follow-ups cancelled"),
    "cancelled_on": QT_TRANSLATE_NOOP("Field", "Cancelled on"),
    "category": QT_TRANSLATE_NOOP("Field", "Category"),
    "confirmed_by": QT_TRANSLATE_NOOP("Field", "Confirmed by"),
    "confirmed_on": QT_TRANSLATE_NOOP("Field", "Confirmed on"),
    "contact": QT_TRANSLATE_NOOP("Field", "Contact"),
    "court_confirmation": QT_TRANSLATE_NOOP("Field", "Confirmed by a court"),
    "created_at": QT_TRANSLATE_NOOP("Field", "Created at"),
    "days_away": QT_TRANSLATE_NOOP("Field", "Days off work"),
    "deadline": QT_TRANSLATE_NOOP("Field", "Deadline"),
    "demo": QT_TRANSLATE_NOOP("Field", "Demo account"),
    "district": QT_TRANSLATE_NOOP("Field", "District"),
    "done_on": QT_TRANSLATE_NOOP("Field", "Done on"),
    "due_on": QT_TRANSLATE_NOOP("Field", "Due on"),
    "facts": QT_TRANSLATE_NOOP("Field", "Facts"),
    "failed_sign_ins": QT_TRANSLATE_NOOP("Field", "Failed sign-ins"),
    "file": QT_TRANSLATE_NOOP("Field", "File"),
    "flat": QT_TRANSLATE_NOOP("Field", "Flat"),
    "floor": QT_TRANSLATE_NOOP("Field", "Floor"),
    "followup": QT_TRANSLATE_NOOP("Field", "Follow-up"),
    "followups": QT_TRANSLATE_NOOP("Field", "Follow-ups"),
    "form": QT_TRANSLATE_NOOP("Field", "Form"),
    "full": QT_TRANSLATE_NOOP("Field", "In full"),
    "full_name": QT_TRANSLATE_NOOP("Field", "Full name"),
    "given_on": QT_TRANSLATE_NOOP("Field", "Given on"),
    "held_at": QT_TRANSLATE_NOOP("Field", "Held at"),
    "hospital_id": QT_TRANSLATE_NOOP("Field", "Hospital"),
    "house_no": QT_TRANSLATE_NOOP("Field", "House number"),
    "id_number": QT_TRANSLATE_NOOP("Field", "ID number"),
    "incident_id": QT_TRANSLATE_NOOP("Field", "Injury on duty"),
    "kept": QT_TRANSLATE_NOOP("Field", "Kept"),
    "list": QT_TRANSLATE_NOOP("Field", "List"),
    "locked_until": QT_TRANSLATE_NOOP("Field", "Locked until"),
    "mediator_ids": QT_TRANSLATE_NOOP("Field", "Mediators"),
    "nature": QT_TRANSLATE_NOOP("Field", "Nature of the injury"),
    "obligation_id": QT_TRANSLATE_NOOP("Field", "Obligation"),
    "other_mediators": QT_TRANSLATE_NOOP("Field", "Other mediators"),
    "outcome_on": QT_TRANSLATE_NOOP("Field", "Outcome on"),
    "outcome_reason": QT_TRANSLATE_NOOP("Field", "Reason for the outcome"),
    "paid_on": QT_TRANSLATE_NOOP("Field", "Paid on"),
    "participants": QT_TRANSLATE_NOOP("Field", "Participants"),
    "parties": QT_TRANSLATE_NOOP("Field", "Parties"),
    "password_hash": QT_TRANSLATE_NOOP("Field", "Password"),
    "payer": QT_TRANSLATE_NOOP("Field", "Paid by"),
    "person_times": QT_TRANSLATE_NOOP("Field", "Person-times"),
    "place": QT_TRANSLATE_NOOP("Field", "Place"),
    "position": QT_TRANSLATE_NOOP("Field", "Order"),
    "provided": QT_TRANSLATE_NOOP("Field", "What was provided"),
    "provider": QT_TRANSLATE_NOOP("Field", "Provider"),
    "psychological_support": QT_TRANSLATE_NOOP("Field", "Psychological support"),
    "received_how": QT_TRANSLATE_NOOP("Field", "How received"),
    "received_on": QT_TRANSLATE_NOOP("Field", "Received on"),
    "referred_to": QT_TRANSLATE_NOOP("Field", "Referred to"),
    "referred_where": QT_TRANSLATE_NOOP("Field", "Referred where"),
    "reopened_count": QT_TRANSLATE_NOOP("Field", "Times reopened"),
    "responsibility": QT_TRANSLATE_NOOP("Field", "Responsibility"),
    "result": QT_TRANSLATE_NOOP("Field", "Result"),
    "result_text": QT_TRANSLATE_NOOP("Field", "Result in words"),
    "risk_grade": QT_TRANSLATE_NOOP("Field", "Risk grade"),
    "risk_reason": QT_TRANSLATE_NOOP("Field", "Why this grade"),
    "road": QT_TRANSLATE_NOOP("Field", "Road"),
    "role": QT_TRANSLATE_NOOP("Field", "Role"),
    "rows": QT_TRANSLATE_NOOP("Field", "Rows"),
    "session": QT_TRANSLATE_NOOP("Field", "Mediation session"),
    "sex": QT_TRANSLATE_NOOP("Field", "Sex"),
    "signed_on": QT_TRANSLATE_NOOP("Field", "Signed on"),
    "source_visit_id": QT_TRANSLATE_NOOP("Field", "From visit"),
    "statements": QT_TRANSLATE_NOOP("Field", "Statements"),
    "summary": QT_TRANSLATE_NOOP("Field", "Summary"),
    "treatment": QT_TRANSLATE_NOOP("Field", "Treatment"),
    "unit": QT_TRANSLATE_NOOP("Field", "Unit"),
    "username": QT_TRANSLATE_NOOP("Field", "User name"),
    "visitors": QT_TRANSLATE_NOOP("Field", "Visitors"),
    "what": QT_TRANSLATE_NOOP("Field", "What"),
    "why": QT_TRANSLATE_NOOP("Field", "Why"),
}


ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("HistoryView", "created"),
    "update": QT_TRANSLATE_NOOP("HistoryView", "changed"),
    "void": QT_TRANSLATE_NOOP("HistoryView", "voided"),
    "assign": QT_TRANSLATE_NOOP("HistoryView", "officer assigned"),
    "unassign": QT_TRANSLATE_NOOP("HistoryView", "officer removed"),
    "injury": QT_TRANSLATE_NOOP("HistoryView", "injury recorded"),
    "case": QT_TRANSLATE_NOOP("HistoryView", "case updated"),
    "compensation": QT_TRANSLATE_NOOP("HistoryView", "compensation paid"),
    "legal aid": QT_TRANSLATE_NOOP("HistoryView", "legal aid given"),
    "comfort visit": QT_TRANSLATE_NOOP("HistoryView", "comfort visit"),
    "clarification": QT_TRANSLATE_NOOP("HistoryView", "publicly cleared"),
    "close": QT_TRANSLATE_NOOP("HistoryView", "case closed"),
    "reopen": QT_TRANSLATE_NOOP("HistoryView", "case reopened"),
    "void entry": QT_TRANSLATE_NOOP("HistoryView", "entry voided"),
    "merge": QT_TRANSLATE_NOOP("HistoryView", "records merged"),
    "unmerge": QT_TRANSLATE_NOOP("HistoryView", "merge undone"),
    "member": QT_TRANSLATE_NOOP("HistoryView", "members changed"),
    "visit": QT_TRANSLATE_NOOP("HistoryView", "visit recorded"),
    "void visit": QT_TRANSLATE_NOOP("HistoryView", "visit voided"),
    "void member": QT_TRANSLATE_NOOP("HistoryView", "member voided"),
    "sign_in": QT_TRANSLATE_NOOP("HistoryView", "signed in"),
    "sign_out": QT_TRANSLATE_NOOP("HistoryView", "signed out"),
    "sign_in_failed": QT_TRANSLATE_NOOP("HistoryView", "sign-in failed"),
    "lockout": QT_TRANSLATE_NOOP("HistoryView", "locked out"),
    "password_change": QT_TRANSLATE_NOOP("HistoryView", "password changed"),
    "print": QT_TRANSLATE_NOOP("HistoryView", "printed"),
    "export": QT_TRANSLATE_NOOP("HistoryView", "exported"),
    "view_medical": QT_TRANSLATE_NOOP("HistoryView", "medical details seen"),
    "session": QT_TRANSLATE_NOOP("HistoryView", "mediation session recorded"),
    "outcome": QT_TRANSLATE_NOOP("HistoryView", "outcome recorded"),
    "confirm": QT_TRANSLATE_NOOP("HistoryView", "signed off"),
    "followup": QT_TRANSLATE_NOOP("HistoryView", "follow-up recorded"),
    "amend": QT_TRANSLATE_NOOP("HistoryView", "intake amended"),
    "restore": QT_TRANSLATE_NOOP("HistoryView", "restored from a backup"),
}
SOURCED = {  # an action done by an import names its file: "imported from 名册.xlsx"
    "imported from ": QT_TRANSLATE_NOOP("HistoryView", "imported from %1"),
    "updated from ": QT_TRANSLATE_NOOP("HistoryView", "updated from %1"),
}


def action_words(action: str) -> str:
    """An entry's action as the window says it."""
    for prefix, words in SOURCED.items():
        if action.startswith(prefix):
            text = QCoreApplication.translate("HistoryView", words)
            return text.replace("%1", action.removeprefix(prefix))
    return QCoreApplication.translate("HistoryView", ACTIONS.get(action, action))


def field_label(field: str) -> str:
    """A field's name as the window says it."""
    return QCoreApplication.translate("Field", FIELD_LABELS.get(field, field))


def _label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class HistoryView(QTreeWidget):
    """Entries newest first; each opens to show the fields it changed, old and new."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = HistoryReader(store, _label)
        self.setObjectName("historyView")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("When / field"), self.tr("Before"), self.tr("After")])
        self.setAlternatingRowColors(True)
        self.setRootIsDecorated(True)

    def show_record(self, kind: str, record_id: int | None) -> None:
        """Show the history of one record (or nothing for None)."""
        self.clear()
        if record_id is None:
            return
        for entry, lines in self.reader.entries(kind, record_id):
            when = datetime.fromisoformat(entry.at).astimezone().strftime("%Y-%m-%d %H:%M")
            action = action_words(entry.action)
            top = QTreeWidgetItem(self, [f"{when}  {entry.actor}  {action}"])
            top.setFirstColumnSpanned(True)
            for line in lines:
                QTreeWidgetItem(top, [field_label(line.field), line.old, line.new])
        self.expandAll()  # the field names of every entry fit, not only of the one open
        self.resizeColumnToContents(0)
        self.collapseAll()
        newest = self.topLevelItem(0)
        if newest is not None:
            newest.setExpanded(True)
