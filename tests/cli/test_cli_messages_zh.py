"""The command line in Chinese: bad input and refusals are told in Chinese, on one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from stationdesk.__main__ import main
from stationdesk.store import open_store


def run(*argv: str) -> int:
    try:
        return main(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)


def one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_a_bad_phone_number_is_refused_in_chinese(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(demo_path, "tester") as store:
        household = store.scalar("SELECT min(id) FROM households WHERE voided_at IS NULL")
        phone = store.get("households", household)["phone"]
    db = ("--db", str(demo_path))
    assert run("--lang", "zh", "household", "correct", str(household), *db, "--phone", "12ab") == 2
    assert one_line(capsys.readouterr().err) == (
        "stationdesk: 电话：电话号码不正确：应为以1开头的11位手机号码，或如0375-1234567的固定电话"
    )
    with open_store(demo_path, "tester") as store:
        assert store.get("households", household)["phone"] == phone


def test_the_same_bad_input_in_english_reads_as_before(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(demo_path, "tester") as store:
        household = store.scalar("SELECT min(id) FROM households WHERE voided_at IS NULL")
    db = ("--db", str(demo_path))
    assert run("--lang", "en", "household", "correct", str(household), *db, "--phone", "12ab") == 2
    assert one_line(capsys.readouterr().err) == (
        "stationdesk: phone: not a phone number: 11 digits starting with 1,"
        " or a landline like 0375-1234567"
    )


def test_a_refusal_is_told_in_chinese(
    accounts_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STATIONDESK_PASSWORD", "demo")
    with open_store(accounts_path, "tester") as store:
        closed = store.scalar("SELECT min(id) FROM disputes WHERE status = 'settled'")
    db = ("--db", str(accounts_path), "--user", "clerk")
    assert run("--lang", "zh", "sign-off", str(closed), *db) == 3
    assert one_line(capsys.readouterr().err) == "stationdesk: 无权操作：内勤无权审核签结纠纷"
