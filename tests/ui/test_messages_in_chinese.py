"""The window in Chinese tells bad input in Chinese: the reasons the domain gives are shown
in the window's language on the form, in its tooltips and in the import wizard."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyboard_input import retype
from messy_files import HEADINGS, household_rows, write_xlsx
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from stationdesk.app import install_translations
from stationdesk.errors import NotFoundError, ValidationError
from stationdesk.store import Store
from stationdesk.ui.context import AppContext
from stationdesk.ui.dialogs.import_wizard import CHECK, ImportWizard
from stationdesk.ui.main_window import MainWindow
from stationdesk.ui.messages import use_language, user_errors, user_reasons, user_text

PHONE_ZH = "电话号码不正确：应为以1开头的11位手机号码，或如0375-1234567的固定电话"
pytestmark = pytest.mark.usefixtures("no_unexpected_dialogs")


@pytest.fixture(scope="session")
def demo_template(demo_template_without_households: Path) -> Path:
    """A station with no households yet, so a household register can be imported."""
    return demo_template_without_households


@pytest.fixture
def in_chinese(qapp: QApplication, ctx: AppContext) -> Iterator[None]:
    """The window's language is Chinese, as `--lang zh` makes it; English again afterwards."""
    before = QLocale()
    ctx.settings.setValue("ui/effective_language", "zh")
    install_translations(qapp, "zh")
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)
    use_language("en")


@pytest.mark.usefixtures("in_chinese")
def test_a_bad_phone_number_is_marked_in_chinese_and_nothing_saved(
    qtbot: QtBot, ctx: AppContext, demo_store: Store
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.disputes_page
    before = ctx.disputes.counts()
    people = demo_store.scalar("SELECT count(*) FROM people")
    page.new_record()
    form = page.form
    form.grid.setCurrentIndex(1)
    retype(qtbot, form.summary, "楼上漏水，邻里争吵")
    first, second = form.parties
    retype(qtbot, first.name, "王芳")
    retype(qtbot, first.phone, "12345")
    retype(qtbot, second.name, "陈刚")
    retype(qtbot, second.phone, "13812340001")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert "parties.0.phone" in form.invalid_fields()
    assert first.phone.toolTip() == f"当事人 1（王芳）：{PHONE_ZH}"
    assert form.error.isVisible()
    assert f"当事人 1（王芳）：{PHONE_ZH}" in form.error.text().splitlines()
    assert "phone" not in form.error.text()
    assert page.shown_id() is None
    assert ctx.disputes.counts() == before
    assert demo_store.scalar("SELECT count(*) FROM people") == people


@pytest.mark.usefixtures("in_chinese")
def test_the_import_wizard_lists_bad_rows_in_chinese(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    path = write_xlsx(tmp_path / "户籍登记.xlsx", HEADINGS, household_rows(), title="户籍登记表")
    wizard.choose.kinds.setCurrentIndex(wizard.choose.kinds.findData("households"))
    retype(qtbot, wizard.choose.file, str(path))
    for _page in range(2):
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == CHECK

    table = wizard.check.problems
    reasons = [table.item(row, 2).text() for row in range(table.rowCount())]
    english = [r for r in reasons if re.search(r"[A-Za-z]{3,}", r.replace("Excel", ""))]
    assert reasons and not english, reasons
    summary = wizard.check.summary.text()
    assert (
        summary.startswith("户籍登记.xlsx：共 8 行；将新增 住户 2 户、") and "3 行有错" in summary
    )
    assert ctx.store.scalar("SELECT count(*) FROM households") == 0


@pytest.mark.usefixtures("in_chinese")
def test_the_helpers_follow_the_window_language() -> None:
    error = ValidationError(
        {"phone": "not a phone number: 11 digits starting with 1, or a landline like 0375-1234567"}
    )
    assert user_errors(error.errors) == {"phone": PHONE_ZH}
    assert user_reasons(error) == [PHONE_ZH]
    assert user_text(error) == f"电话：{PHONE_ZH}"
    assert user_text(NotFoundError("dispute", 4)) == "没有编号为 4 的纠纷"


def test_in_english_the_messages_are_as_the_domain_wrote_them() -> None:
    reason = "a name is required"
    assert user_errors({"name": reason}) == {"name": reason}
    assert user_text(ValidationError({"name": reason})) == f"name: {reason}"
