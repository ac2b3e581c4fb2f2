"""The household forms read back from the PDF: the visit record, the card and the visit ledger."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdfcheck import missing_glyphs, text_of

from stationdesk.domain.households import HouseholdService
from stationdesk.errors import NotFoundError
from stationdesk.reports.dispute_forms import write_registration_form
from stationdesk.reports.household_forms import (
    write_household_card,
    write_visit_ledger,
    write_visit_record,
)
from stationdesk.store import Store

LANGS = ("zh", "en")


@pytest.fixture
def visit_id(demo_store: Store) -> int:
    """A visit on which a dispute was found."""
    return int(demo_store.scalar("SELECT min(source_visit_id) FROM disputes"))


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("lang", LANGS)
def test_visit_record_names_household_officers_and_the_dispute_it_opened(
    demo_store: Store, visit_id: int, tmp_path: Path, lang: str
) -> None:
    service = HouseholdService(demo_store)
    visit = service.visit(visit_id)
    household = service.get(visit.household_id)
    path = tmp_path / "visit.pdf"
    write_visit_record(demo_store, visit_id, path, lang=lang, invariant=True)
    text = flat(text_of(path))
    assert flat("入户走访记录" if lang == "zh" else "Household visit record") in text
    assert flat(household.address.text(lang)) in text
    assert flat(visit.found) in text
    [dispute_id] = service.disputes_from(visit_id)
    assert flat(("纠纷编号" if lang == "zh" else "Dispute no.") + f" {dispute_id}") in text
    for member in household.living:
        number = member.person.id_number
        assert number is not None and number not in text
        assert f"{number[:6]}********{number[14:]}" in text
        if member.person.phone:
            assert member.person.phone not in text
    assert not missing_glyphs(path)


@pytest.mark.parametrize("lang", LANGS)
def test_household_card_lists_members_and_every_visit(
    demo_store: Store, visit_id: int, tmp_path: Path, lang: str
) -> None:
    service = HouseholdService(demo_store)
    household_id = service.visit(visit_id).household_id
    path = tmp_path / "card.pdf"
    write_household_card(demo_store, household_id, path, lang=lang, invariant=True)
    text = flat(text_of(path))
    assert flat("户情登记卡" if lang == "zh" else "Household card") in text
    for member in service.get(household_id).members:
        assert member.person.name in text
    for visit in service.visits_of(household_id):
        assert flat(visit.found) in text
    assert not missing_glyphs(path)


def test_visit_ledger_has_every_visit_of_the_range_and_its_totals(
    demo_store: Store, tmp_path: Path
) -> None:
    first, last = date(2026, 11, 1), date(2026, 11, 25)
    path = tmp_path / "ledger.pdf"
    write_visit_ledger(demo_store, first, last, path, lang="zh", invariant=True)
    text = flat(text_of(path))
    visits = demo_store.rows(
        "SELECT id, household_id, anti_fraud_app FROM visits WHERE visited_on BETWEEN ? AND ?",
        [first.isoformat(), last.isoformat()],
    )
    households = len({v["household_id"] for v in visits})
    installs = sum(v["anti_fraud_app"] for v in visits)
    assert f"走访{len(visits)}次，覆盖{households}户，安装反诈APP{installs}户" in text
    assert all(str(v["id"]) in text for v in visits)
    assert not missing_glyphs(path)


def test_an_empty_range_says_so_and_an_unknown_visit_is_refused(
    demo_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "empty.pdf"
    write_visit_ledger(demo_store, date(2000, 1, 1), date(2000, 1, 31), path, lang="en")
    assert "No visits in this period" in text_of(path)
    with pytest.raises(NotFoundError):
        write_visit_record(demo_store, 10**7, tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_a_dispute_found_on_a_visit_names_that_visit(
    demo_store: Store, visit_id: int, tmp_path: Path
) -> None:
    dispute_id = int(
        demo_store.scalar("SELECT id FROM disputes WHERE source_visit_id = ?", [visit_id])
    )
    path = tmp_path / "registration.pdf"
    write_registration_form(demo_store, dispute_id, path, lang="zh", invariant=True)
    assert f"来源走访第{visit_id}号走访" in flat(text_of(path))
