"""The dispute forms read back from the PDF, as a mediator, a party or an inspector reads them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pdfcheck import missing_glyphs, page_texts, text_of
from pypdf import PdfReader

from stationdesk.domain.disputes import DisputeService
from stationdesk.domain.labels import DISPUTE_CATEGORIES, label
from stationdesk.domain.roster import RosterService
from stationdesk.domain.rules import mask_phone
from stationdesk.errors import NotFoundError, ValidationError
from stationdesk.reports.dispute_forms import (
    write_agreement,
    write_ledger,
    write_registration_form,
    write_session_record,
)
from stationdesk.store import Store

FIRST, LAST = date(2025, 1, 1), date(2025, 12, 31)
LANGS = ("zh", "en")


def agreement_with_parties(store: Store, count: int) -> int:
    """An agreement whose dispute has `count` parties, all with ID numbers."""
    return int(
        store.scalar(
            "SELECT a.id FROM agreements a JOIN dispute_parties dp ON dp.dispute_id = a.dispute_id"
            " JOIN people p ON p.id = dp.person_id WHERE a.voided_at IS NULL GROUP BY a.id"
            " HAVING count(*) = ? AND count(p.id_number) = ? ORDER BY a.id LIMIT 1",
            [count, count],
        )
    )


@pytest.fixture
def ids(demo_store: Store) -> dict[str, int]:
    """An agreement of a three-party dispute, that dispute, and its last session."""
    agreement = agreement_with_parties(demo_store, 3)
    dispute = int(demo_store.scalar("SELECT dispute_id FROM agreements WHERE id = ?", [agreement]))
    session = int(
        demo_store.scalar(
            "SELECT id FROM mediation_sessions WHERE dispute_id = ? ORDER BY held_at DESC",
            [dispute],
        )
    )
    return {"agreement": agreement, "dispute": dispute, "session": session}


def write(store: Store, form: str, ids: dict[str, int], path: Path, **options: object) -> Path:
    """Print one of the four forms for the fixture's records."""
    if form == "ledger":
        write_ledger(store, FIRST, LAST, path, **options)  # type: ignore[arg-type]
        return path
    writer = {
        "dispute": write_registration_form,
        "session": write_session_record,
        "agreement": write_agreement,
    }[form]
    writer(store, ids[form], path, **options)  # type: ignore[operator]
    return path


def full_numbers(store: Store, dispute_id: int) -> list[tuple[str, str]]:
    """(ID number, phone) of each party, as stored."""
    rows = store.conn.execute(
        "SELECT p.id_number, p.phone FROM dispute_parties dp JOIN people p ON p.id = dp.person_id"
        " WHERE dp.dispute_id = ?",
        [dispute_id],
    )
    return [(row[0] or "", row[1] or "") for row in rows]


@pytest.mark.parametrize("form", ["dispute", "session"])
def test_registration_and_session_mask_id_and_phone_numbers(
    demo_store: Store, ids: dict[str, int], tmp_path: Path, form: str
) -> None:
    text = text_of(write(demo_store, form, ids, tmp_path / f"{form}.pdf"))
    numbers = full_numbers(demo_store, ids["dispute"])
    for id_number, phone in numbers:
        assert id_number not in text
        assert f"{id_number[:6]}********{id_number[14:]}" in text
        assert phone not in text
        assert mask_phone(phone) in text


def test_registration_form_shows_the_dispute(
    demo_store: Store, ids: dict[str, int], tmp_path: Path
) -> None:
    dispute = DisputeService(demo_store).get(ids["dispute"])
    for lang in LANGS:
        text = text_of(write(demo_store, "dispute", ids, tmp_path / f"{lang}.pdf", lang=lang))
        assert label(DISPUTE_CATEGORIES[dispute.category], lang) in text
        assert all(party.person.name in text for party in dispute.parties)
        assert dispute.summary in text
        assert RosterService(demo_store).get(dispute.officer_id).name in text
    assert "矛盾纠纷登记表" in text_of(tmp_path / "zh.pdf")
    assert "Dispute registration form" in text_of(tmp_path / "en.pdf")


def test_session_record_has_each_statement_and_a_line_to_sign(
    demo_store: Store, ids: dict[str, int], tmp_path: Path
) -> None:
    service = DisputeService(demo_store)
    session = service.session(ids["session"])
    dispute = service.get(session.dispute_id)
    text = text_of(write(demo_store, "session", ids, tmp_path / "session.pdf"))
    assert "调解笔录" in text
    assert session.statements
    flat = text.replace("\n", "")
    assert all(statement.text in flat for statement in session.statements)
    for party in dispute.parties:
        assert f"{party.person.name}（签名或按指印）" in text
    for officer in session.mediator_ids:
        assert f"调解员 {RosterService(demo_store).get(officer).name}（签名）" in text


def test_agreement_has_a_copy_per_party_and_the_stations(
    demo_store: Store, ids: dict[str, int], tmp_path: Path
) -> None:
    dispute = DisputeService(demo_store).get(ids["dispute"])
    names = [party.person.name for party in dispute.parties]
    pages = page_texts(write(demo_store, "agreement", ids, tmp_path / "agreement.pdf"))
    total = len(names) + 1
    starts = [i for i, page in enumerate(pages) if re.search(rf"第\d+份 共{total}份", page)]
    assert len(starts) == total
    copies = ["\n".join(pages[a:b]) for a, b in zip(starts, [*starts[1:], len(pages)], strict=True)]
    holders = [*(f"当事人 {name} 收执" for name in names), "派出所存档"]
    for number, (copy, holder) in enumerate(zip(copies, holders, strict=True), 1):
        assert f"第{number}份 共{total}份" in copy
        assert holder in copy
        assert copy.count("按指印") >= 1 and "签名" in copy
        signers = copy[copy.index("签署人") :]
        assert all(name in signers for name in names)
        assert "调解员" in signers
        assert "司法确认" in copy and "30日内" in copy
        for id_number, phone in full_numbers(demo_store, dispute.id):
            assert id_number in copy
            assert phone not in copy


def test_english_agreement_names_its_copies(
    demo_store: Store, ids: dict[str, int], tmp_path: Path
) -> None:
    path = write(demo_store, "agreement", ids, tmp_path / "en.pdf", lang="en")
    text = text_of(path)
    for number in range(1, 5):
        assert f"Copy {number} of 4" in text
    assert "Station's copy" in text
    assert text.count("Thumbprint") == 4
    assert "judicial confirmation within 30 days" in text.replace("\n", " ")


def test_ledger_totals_match_the_tables(
    demo_store: Store, ids: dict[str, int], tmp_path: Path
) -> None:
    text = text_of(write(demo_store, "ledger", ids, tmp_path / "ledger.pdf"))
    between = [FIRST.isoformat(), LAST.isoformat()]
    scope = "FROM disputes WHERE voided_at IS NULL AND received_on BETWEEN ? AND ?"
    received = demo_store.scalar(f"SELECT count(*) {scope}", between)
    settled = demo_store.scalar(f"SELECT count(*) {scope} AND outcome = 'agreement'", between)
    overdue = demo_store.scalar(
        f"SELECT count(*) {scope} AND status = 'open' AND deadline < ?",
        [*between, date.today().isoformat()],
    )
    grades = [
        demo_store.scalar(f"SELECT count(*) {scope} AND risk_grade = ?", [*between, grade])
        for grade in "ABCD"
    ]
    lines = [line.strip() for line in text.splitlines()]
    start = lines.index("合计") + 1
    values = lines[start + 14 : start + 28]
    assert values[:8] == [
        str(received),
        str(settled),
        f"{settled / received:.1%}",
        str(overdue),
        *map(str, grades),
    ]
    assert received > 100
    assert text.count(f"{FIRST.year}-") >= received


def test_ledger_repeats_its_header_on_every_landscape_page(
    demo_store: Store, ids: dict[str, int], tmp_path: Path
) -> None:
    path = write(demo_store, "ledger", ids, tmp_path / "ledger.pdf", lang="en")
    reader = PdfReader(path)
    assert len(reader.pages) > 3
    for page in reader.pages:
        assert page.mediabox.width > page.mediabox.height
        assert "Summary" in page.extract_text()


def test_ledger_of_an_empty_range_and_a_backwards_one(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    write_ledger(demo_store, date(2000, 1, 1), date(2000, 1, 31), path, lang="en")
    assert "No disputes received in this period" in text_of(path)
    with pytest.raises(ValidationError):
        write_ledger(demo_store, LAST, FIRST, tmp_path / "backwards.pdf")
    assert not (tmp_path / "backwards.pdf").exists()


@pytest.mark.parametrize("form", ["dispute", "session", "agreement"])
def test_unknown_record(demo_store: Store, tmp_path: Path, form: str) -> None:
    with pytest.raises(NotFoundError):
        write(demo_store, form, {form: 999_999}, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("form", ["dispute", "session", "agreement", "ledger"])
def test_every_character_has_a_glyph(
    demo_store: Store, ids: dict[str, int], tmp_path: Path, form: str
) -> None:
    for lang in LANGS:
        missing = missing_glyphs(write(demo_store, form, ids, tmp_path / f"{lang}.pdf", lang=lang))
        assert not missing, f"{form} {lang}: no glyph for {sorted(missing)}"


@pytest.mark.parametrize("form", ["dispute", "session", "agreement", "ledger"])
def test_invariant_output_is_byte_identical(
    demo_store: Store, ids: dict[str, int], tmp_path: Path, form: str
) -> None:
    first = write(demo_store, form, ids, tmp_path / "1.pdf", invariant=True).read_bytes()
    second = write(demo_store, form, ids, tmp_path / "2.pdf", invariant=True).read_bytes()
    assert first == second
