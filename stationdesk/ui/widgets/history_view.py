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
}


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
        actions = {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "void": self.tr("voided"),
            "assign": self.tr("officer assigned"),
            "unassign": self.tr("officer removed"),
            "injury": self.tr("injury recorded"),
            "case": self.tr("case updated"),
            "compensation": self.tr("compensation paid"),
            "legal aid": self.tr("legal aid given"),
            "comfort visit": self.tr("comfort visit"),
            "clarification": self.tr("publicly cleared"),
            "close": self.tr("case closed"),
            "reopen": self.tr("case reopened"),
            "void entry": self.tr("entry voided"),
            "merge": self.tr("records merged"),
            "unmerge": self.tr("merge undone"),
            "member": self.tr("members changed"),
            "visit": self.tr("visit recorded"),
            "void visit": self.tr("visit voided"),
            "void member": self.tr("member voided"),
        }
        for entry, lines in self.reader.entries(kind, record_id):
            when = datetime.fromisoformat(entry.at).astimezone().strftime("%Y-%m-%d %H:%M")
            action = actions.get(entry.action, entry.action)
            top = QTreeWidgetItem(self, [f"{when}  {entry.actor}  {action}"])
            top.setFirstColumnSpanned(True)
            for line in lines:
                label = QCoreApplication.translate(
                    "Field", FIELD_LABELS.get(line.field, line.field)
                )
                QTreeWidgetItem(top, [label, line.old, line.new])
        newest = self.topLevelItem(0)
        if newest is not None:
            newest.setExpanded(True)
        self.resizeColumnToContents(0)
