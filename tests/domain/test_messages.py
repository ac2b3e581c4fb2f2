"""Messages of the domain, the store and the importer, shown in Chinese."""

from __future__ import annotations

import re
from collections import Counter

from message_sources import normalized, unique_templates

from stationdesk.domain import idnumbers, rules
from stationdesk.domain.access import SIGN_OFF, refusal
from stationdesk.domain.messages import ZH, error_text, localize, localize_errors
from stationdesk.errors import NotFoundError, ValidationError
from stationdesk.spreadsheets.report import ImportReport, RowProblem

PHONE = "not a phone number: 11 digits starting with 1, or a landline like 0375-1234567"
PHONE_ZH = "电话号码不正确：应为以1开头的11位手机号码，或如0375-1234567的固定电话"
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# English a Chinese message keeps: names of programs and formats, and what is typed.
KEPT_ENGLISH = re.compile(r"StationDesk|Excel|ISO|PDF|`stationdesk template |\.\w+|--[\w-]+")


def test_an_exact_message_is_looked_up() -> None:
    assert localize(PHONE, "zh") == PHONE_ZH
    assert localize(rules.phone_problem("12345") or "", "zh") == PHONE_ZH


def test_a_message_with_values_keeps_them() -> None:
    assert localize(rules.name_problem("王" * 31) or "", "zh") == "姓名最多 30 个字"
    assert localize(str(NotFoundError("dispute", 5)), "zh") == "没有编号为 5 的纠纷"
    assert localize("the check digit should be 7, not X", "zh") == "校验码应为 7，不是 X"


def test_values_that_are_words_are_localized_too() -> None:
    assert localize(refusal("clerk", SIGN_OFF), "zh") == "内勤无权审核签结纠纷"
    assert localize("a summary is required", "zh") == "请填写简要情况"
    assert localize("choose a risk grade: A, B, C, D", "zh") == "请选择风险等级：A, B, C, D"
    assert localize("the day of the visit cannot be in the future", "zh") == "走访日期不能晚于今天"


def test_a_reason_given_for_a_party_keeps_the_party() -> None:
    shown = localize(f"party 2 (张三): {PHONE}", "zh")
    assert shown == f"当事人 2（张三）：{PHONE_ZH}"


def test_joined_messages_are_localized_part_by_part() -> None:
    line = f"row 7, 身份证号: {idnumbers.problem('11010519491231002')}"
    assert localize(line, "zh") == "第 7 行，身份证号：身份证号码应为 18 位，不是 17 位"
    assert localize(f"a phone number is required; {PHONE}", "zh") == f"请填写电话号码；{PHONE_ZH}"


def test_an_unknown_message_comes_back_unchanged() -> None:
    for message in ("the moon is made of cheese", "a: b; c, d", "", "手机号码", "7"):
        assert localize(message, "zh") == message


def test_english_stays_english() -> None:
    assert localize(PHONE, "en") == PHONE
    assert localize_errors({"phone": PHONE}, "en") == {"phone": PHONE}


def test_a_validation_error_is_shown_field_by_field() -> None:
    error = ValidationError({"phone": PHONE, "name": "a name is required"})
    assert localize_errors(error.errors, "zh") == {"phone": PHONE_ZH, "name": "请填写姓名"}
    assert error_text(error, "zh") == f"电话：{PHONE_ZH}；姓名：请填写姓名"
    party = ValidationError({"parties.1.phone": f"party 2: {PHONE}"})
    assert error_text(party, "zh") == f"电话：当事人 2：{PHONE_ZH}"
    assert error_text(error, "en") == str(error)
    assert error_text(NotFoundError("person", 3), "zh") == "没有编号为 3 的人员"


def test_a_register_import_report_writes_its_counts_with_thousands_separators() -> None:
    report = ImportReport(kind="households", file_name="户籍.xlsx", rows=300_000, committed=True)
    report.added = Counter({"households": 100_000, "people": 300_000})
    assert report.summary().startswith("户籍.xlsx: 300,000 rows; added 100,000 households,")
    assert localize(report.summary(), "zh").startswith(
        "户籍.xlsx：共 300,000 行；已新增 住户 100,000 户、人员 300,000 人；"
    )


def test_an_import_report_reads_in_chinese() -> None:
    report = ImportReport(kind="disputes", file_name="纠纷.xlsx", rows=12, encoding="gb18030")
    report.added = Counter({"disputes": 3, "people": 4})
    report.skipped = [
        (2, "already in the ledger as dispute 9"),
        (3, "this visit is already recorded"),
    ]
    report.problems = [RowProblem(7, "身份证号", "the check digit should be 7, not X")]
    shown = [localize(line, "zh") for line in report.lines()]
    assert shown[0] == (
        "纠纷.xlsx（按 GB18030 编码读取）：共 12 行；将新增 纠纷 3 起、人员 4 人；"
        "2 行已登记过；1 行有错；因有错误行，未导入任何内容"
    )
    assert shown[1] == "第 7 行，身份证号：校验码应为 7，不是 X"
    assert shown[2] == "已跳过（台账中已有此纠纷（编号 9））：第 2 行"
    assert not [line for line in shown[1:] if ENGLISH_WORD.search(line)]


def test_every_template_is_well_formed() -> None:
    placeholder = re.compile(r"\{(\w+)\}")
    for english, chinese in ZH.items():
        wanted = set(placeholder.findall(english)) - {"article"}
        assert set(placeholder.findall(chinese)) == wanted, english
        assert not ENGLISH_WORD.search(KEPT_ENGLISH.sub("", placeholder.sub("", chinese))), english


def test_every_message_of_the_code_has_chinese() -> None:
    known = {normalized(english) for english in ZH}
    missing = [
        f"{where}: {template!r}" for template, where in unique_templates() if template not in known
    ]
    assert not missing, "messages without Chinese in domain/messages.py ZH:\n" + "\n".join(missing)


def test_the_walk_finds_the_messages_it_should() -> None:
    found = {template for template, _ in unique_templates()}
    assert len(found) > 300
    assert normalized("a name has at most {n} characters") in found
    assert "there is no {} with id {}" in found
    assert "sign off disputes" in found


def test_each_template_matches_its_own_message() -> None:
    """No other template takes a message away from its own (so the Chinese is the right one)."""
    placeholder = re.compile(r"\{(\w+)\}")
    sample = {"more": " and 2 more", "article": "a"}
    wrong = []
    for english, chinese in ZH.items():
        message = placeholder.sub(lambda m: sample.get(m.group(1), "7"), english)
        expected = placeholder.sub(
            lambda m: "（另有 2 起）" if m.group(1) == "more" else "7", chinese
        )
        if localize(message, "zh") != expected:
            wrong.append(f"{message!r} -> {localize(message, 'zh')!r}, not {expected!r}")
    assert not wrong, "\n".join(wrong)
