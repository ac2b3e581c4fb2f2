"""Opening a dispute from a household visit in one step: the intake form, prefilled with the
household's people, the visit's day, grid, address and findings, the visit as its source."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from stationdesk.ui.context import AppContext
from stationdesk.ui.forms.dispute_form import DisputeForm
from stationdesk.ui.forms.dispute_intake import IntakeController


class DisputeFromVisitDialog(QDialog):
    """The dispute intake form over a visit; closes once the dispute is saved."""

    def __init__(self, ctx: AppContext, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Open a dispute from visit No. %1").replace("%1", str(visit_id))
        )
        self.dispute_id: int | None = None
        self.form = DisputeForm()
        self.intake = IntakeController(ctx, self.form, self)
        draft, people = ctx.households.dispute_draft(visit_id)
        self.intake.start_from(draft, people)
        self.intake.saved.connect(self._on_saved)
        self.form.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.intake.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.resize(640, 820)
        self.form.category.setFocus()

    def _on_saved(self, dispute_id: int) -> None:
        self.dispute_id = dispute_id
        self.accept()

    @classmethod
    def open_from(
        cls, ctx: AppContext, visit_id: int, parent: QWidget | None = None
    ) -> tuple[int | None, bool]:
        """Open the dialog; (the new dispute's id, True) once saved."""
        dialog = cls(ctx, visit_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.dispute_id, accepted
