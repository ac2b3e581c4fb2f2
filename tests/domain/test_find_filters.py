"""The ledger lists narrowed by the window's find box: what the search index matches, kept in
each list's own order and keyset paging."""

from __future__ import annotations

from stationdesk.domain.dispute_ledger import DisputeFilter, DisputeLedger
from stationdesk.domain.household_ledger import HouseholdFilter, HouseholdLedger, VisitFilter
from stationdesk.domain.injury_ledger import IncidentFilter, IncidentLedger
from stationdesk.domain.search import SearchService
from stationdesk.store import Store


def a_party(store: Store) -> tuple[str, set[int]]:
    """The name of the demo person in most disputes, and the ids of their live disputes."""
    name, person_id = store.rows(
        "SELECT p.name, p.id FROM people p JOIN dispute_parties dp ON dp.person_id = p.id"
        " GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1"
    )[0].values()
    theirs = {
        row["dispute_id"]
        for row in store.rows(
            "SELECT dp.dispute_id FROM dispute_parties dp JOIN disputes d ON d.id = dp.dispute_id"
            " WHERE dp.person_id = ? AND d.voided_at IS NULL",
            [person_id],
        )
    }
    return name, theirs


def test_disputes_found_by_a_partys_name_page_and_count_like_the_whole_list(
    demo_store: Store,
) -> None:
    ledger = DisputeLedger(demo_store)
    name, theirs = a_party(demo_store)
    found = DisputeFilter(found=name)
    every = ledger.ids(found)
    assert theirs <= set(every)
    assert len(every) < len(ledger.ids())
    assert ledger.counts(found).total == len(every)
    first = ledger.ids(found, limit=1)
    line = ledger.rows(first)[0]
    rest = ledger.ids(found, after=(line.sort_value("received_on"), line.id))
    assert first + rest == every
    narrowed = DisputeFilter(found=name, statuses=("open",))
    assert set(ledger.ids(narrowed)) <= set(every)


def test_households_and_visits_found_by_a_members_name(demo_store: Store) -> None:
    name, household_id = demo_store.rows(
        "SELECT p.name, r.household_id FROM residents r JOIN people p ON p.id = r.person_id"
        " WHERE r.moved_out_on IS NULL AND r.voided_at IS NULL ORDER BY r.id LIMIT 1"
    )[0].values()
    ledger = HouseholdLedger(demo_store)
    found = ledger.household_ids(HouseholdFilter(found=name))
    assert household_id in found
    assert len(found) < ledger.household_count()
    visited = set(ledger.visit_ids(VisitFilter(found=name)))
    to_them = {
        row["id"]
        for row in demo_store.rows(
            "SELECT id FROM visits WHERE household_id = ? AND voided_at IS NULL", [household_id]
        )
    }
    assert to_them <= visited


def test_incidents_found_by_an_officer_hurt_in_them(demo_store: Store) -> None:
    name, incident_id = demo_store.rows(
        "SELECT o.name, j.incident_id FROM injuries j JOIN officers o ON o.id = j.officer_id"
        " WHERE j.voided_at IS NULL ORDER BY j.id LIMIT 1"
    )[0].values()
    ledger = IncidentLedger(demo_store)
    found = IncidentFilter(found=name)
    assert incident_id in ledger.ids(found)
    assert ledger.count(found) == len(ledger.ids(found)) < ledger.count()


def test_nothing_searchable_finds_nothing_and_a_broad_query_is_told_apart(
    demo_store: Store,
) -> None:
    assert DisputeLedger(demo_store).ids(DisputeFilter(found="，。")) == []
    search = SearchService(demo_store)
    name, _theirs = a_party(demo_store)
    assert not search.too_broad(name, ("disputes", "people"))
    assert not search.too_broad("，。", ("disputes",))
