"""The injury forms read back from the PDF, as a chief, a bureau clerk or an inspector would."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfcheck import missing_glyphs, text_of

from stationdesk.domain import privacy
from stationdesk.domain.injuries import InjuryService
from stationdesk.domain.money import yuan_text
from stationdesk.errors import NotFoundError
from stationdesk.reports.injury_forms import (
    write_case_summary,
    write_injury_register,
    write_injury_report,
)
from stationdesk.store import Store

LANGS = ("zh", "en")


def assault_with_payments(store: Store) -> int:
    """A demo assault whose officer was paid compensation."""
    return int(
        store.scalar(
            "SELECT i.id FROM incidents i JOIN compensation_payments c ON c.incident_id = i.id"
            " WHERE i.cause = 'assault' ORDER BY i.id LIMIT 1"
        )
    )


@pytest.mark.parametrize("lang", LANGS)
def test_the_injury_report_names_the_officers_and_marks_medical_details_private(
    demo_store: Store, tmp_path: Path, lang: str
) -> None:
    incident_id = assault_with_payments(demo_store)
    service = InjuryService(demo_store)
    path = tmp_path / "report.pdf"
    write_injury_report(demo_store, incident_id, path, lang=lang, invariant=True)
    text = text_of(path)
    hurt = [i for i in service.injuries(incident_id) if i.hurt]
    assert all(i.officer_name in text for i in service.injuries(incident_id))
    assert hurt and all(i.body_parts in text for i in hurt)
    private = "保密：以下为医疗信息" if lang == "zh" else "PRIVATE: medical details"
    assert private in text
    assert ("民警因公受伤（受侵害）情况报告表" if lang == "zh" else "Injury-on-duty report") in text
    assert not missing_glyphs(path)


def test_the_report_withholds_medical_details_from_those_who_may_not_see_them(
    demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident_id = assault_with_payments(demo_store)
    hurt = next(i for i in InjuryService(demo_store).injuries(incident_id) if i.hurt)
    monkeypatch.setattr(privacy, "may_see_medical", lambda _store: False)
    path = tmp_path / "report.pdf"
    write_injury_report(demo_store, incident_id, path, lang="zh", invariant=True)
    text = text_of(path)
    assert "医疗信息不予显示" in text and hurt.body_parts not in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_case_summary_adds_up_the_payments(
    demo_store: Store, tmp_path: Path, lang: str
) -> None:
    incident_id = assault_with_payments(demo_store)
    service = InjuryService(demo_store)
    path = tmp_path / "case.pdf"
    write_case_summary(demo_store, incident_id, path, lang=lang, invariant=True)
    text = text_of(path)
    total = sum(p.amount_fen for p in service.compensation(incident_id))
    assert yuan_text(total) in text
    assert service.get(incident_id).case_number.replace(" ", "") in text.replace(" ", "")
    assert (
        "民警执法权益保护案件情况表" if lang == "zh" else "Rights-protection case summary"
    ) in text
    assert not missing_glyphs(path)


def test_the_register_lists_the_year_and_compares_with_last(
    demo_store: Store, tmp_path: Path
) -> None:
    service = InjuryService(demo_store)
    path = tmp_path / "register.pdf"
    write_injury_register(demo_store, 2025, path, lang="zh", invariant=True)
    text = text_of(path)
    this, last = service.year_figures(2025), service.year_figures(2024)
    assert "民警因公受伤及执法权益保护登记簿" in text and "统计数据（与上年对比）" in text
    assert yuan_text(this.compensation_fen) in text
    assert last.incidents == 0 and "2024" in text
    assert not missing_glyphs(path)


def test_an_unknown_incident_prints_nothing(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "none.pdf"
    with pytest.raises(NotFoundError):
        write_injury_report(demo_store, 999, path)
    assert not path.exists()
