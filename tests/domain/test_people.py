"""People: one person, one record; found as one types; duplicates pointed out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from stationdesk.domain import idnumbers
from stationdesk.domain.people import PeopleService, PersonInput
from stationdesk.errors import ValidationError
from stationdesk.store import Store, open_store


def number(born: date, order: int) -> str:
    """A valid ID number from Weidong district (order 0-999; odd = male)."""
    first17 = f"410403{born:%Y%m%d}{order:03d}"
    return first17 + idnumbers.check_char(first17)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "people.sqlite", "clerk", create=True) as opened:
        yield opened


@pytest.fixture
def service(store: Store) -> PeopleService:
    return PeopleService(store)


def row_counts(store: Store) -> tuple[int, int]:
    return (
        store.scalar("SELECT count(*) FROM people"),
        store.scalar("SELECT count(*) FROM audit_log"),
    )


def test_a_valid_id_number_fills_in_sex_and_birth_date(service: PeopleService) -> None:
    born = date(1980, 5, 6)
    person_id = service.create(PersonInput("张三", number(born, 137), phone="13812345678"))
    person = service.get(person_id)
    assert (person.sex, person.birth_date) == ("male", born.isoformat())
    assert person.id_number == number(born, 137)


def test_a_wrong_check_digit_is_refused_and_nothing_is_saved(
    store: Store, service: PeopleService
) -> None:
    good = number(date(1980, 5, 6), 137)
    bad = good[:17] + ("1" if good[17] == "0" else "0")
    before = row_counts(store)
    with pytest.raises(ValidationError) as caught:
        service.create(PersonInput("张三", bad))
    assert caught.value.errors == {
        "id_number": f"the check digit should be {good[17]}, not {bad[17]}"
    }
    assert row_counts(store) == before


def test_a_sex_contradicting_the_id_number_is_pointed_out(service: PeopleService) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create(PersonInput("李四", number(date(1975, 1, 2), 582), sex="male"))
    assert caught.value.errors == {"sex": "the ID number says female"}


def test_the_same_id_number_cannot_belong_to_two_people(service: PeopleService) -> None:
    same = number(date(1990, 7, 1), 21)
    first = service.create(PersonInput("王五", same))
    with pytest.raises(ValidationError, match=f"already recorded for 王五 \\(person {first}\\)"):
        service.create(PersonInput("王武", same.lower()))


def test_find_as_you_type_by_id_prefix_name_part_and_phone_part(service: PeopleService) -> None:
    zhang = service.create(PersonInput("张建国", number(date(1970, 1, 1), 11), phone="13800001111"))
    wang = service.create(PersonInput("王建华", number(date(1985, 2, 2), 22), phone="13955552222"))
    other = service.create(PersonInput("赵丽", phone="0375-1234567"))
    assert [p.id for p in service.find("张")] == [zhang]
    assert {p.id for p in service.find("建")} == {zhang, wang}
    assert [p.id for p in service.find("41040319850202")] == [wang]
    assert [p.id for p in service.find("5555")] == [wang]
    assert [p.id for p in service.find("1380000")] == [zhang]
    assert [p.id for p in service.find("0375")] == [other]
    assert [p.id for p in service.find("0375-1234567")] == [other]
    assert service.find("  ") == []


def test_find_puts_name_prefix_matches_first_and_stops_at_the_limit(
    service: PeopleService,
) -> None:
    inner = service.create(PersonInput("李王"))
    starts = [service.create(PersonInput(f"王{c}")) for c in "一二三四五"]
    found = service.find("王", limit=3)
    assert len(found) == 3
    assert {p.id for p in found} <= set(starts)
    assert inner in {p.id for p in service.find("王", limit=10)}


def test_voided_people_are_not_found(service: PeopleService) -> None:
    person_id = service.create(PersonInput("钱多多"))
    service.void(person_id, "entered twice")
    assert service.find("钱") == []


def test_find_uses_indexes_for_prefixes(store: Store) -> None:
    for sql, param in (
        ("SELECT id FROM people WHERE id_number >= ? AND id_number < ?", ["4104", "4104\uffff"]),
        ("SELECT id FROM people WHERE name >= ? AND name < ?", ["王", "王\uffff"]),
        ("SELECT id FROM people WHERE phone >= ? AND phone < ?", ["138", "138\uffff"]),
    ):
        plan = " ".join(row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql, param))
        assert "USING" in plan and "INDEX" in plan, plan


def test_likely_duplicates_same_id_number_or_same_name_and_phone(service: PeopleService) -> None:
    with_number = number(date(1966, 6, 6), 99)
    first = service.create(PersonInput("孙立", with_number, phone="13700000001"))
    second = service.create(PersonInput("周红", phone="13700000002"))
    service.create(PersonInput("周红", phone="13700000003"))  # namesake, other phone
    assert [p.id for p in service.likely_duplicates(PersonInput("孙力", with_number.lower()))] == [
        first
    ]
    assert [p.id for p in service.likely_duplicates(PersonInput("周红", phone="13700000002"))] == [
        second
    ]
    assert service.likely_duplicates(PersonInput("周红")) == []
    assert service.likely_duplicates(PersonInput("孙立", with_number), exclude_id=first) == []


def test_corrections_are_audited(store: Store, service: PeopleService) -> None:
    person_id = service.create(PersonInput("吴敏", phone="13611112222"))
    changes = service.update(
        person_id, PersonInput("吴敏", phone="13633334444", address="姚电社区")
    )
    assert changes == {
        "phone": ["13611112222", "13633334444"],
        "address": ["", "姚电社区"],
    }
    actions = [entry.action for entry in store.history("people", person_id)]
    assert actions == ["create", "update"]
