"""The demo station's dispute ledger: realistic, complete and consistent with the rules."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from stationdesk.domain import demo_disputes, idnumbers
from stationdesk.domain.dispute_records import COURT_CONFIRMATION_DAYS, GRADE_FOLLOWUP
from stationdesk.store import Store


def test_a_few_hundred_disputes_a_year_for_two_years(demo_store: Store, demo_as_of: date) -> None:
    rows = demo_store.rows("SELECT received_on FROM disputes")
    assert len(rows) == demo_disputes.default_count()
    assert 200 <= len(rows) / 2 <= 500
    first = min(date.fromisoformat(r["received_on"]) for r in rows)
    last = max(date.fromisoformat(r["received_on"]) for r in rows)
    assert demo_as_of - timedelta(days=2 * 365) <= first < demo_as_of - timedelta(days=600)
    assert demo_as_of - timedelta(days=30) < last <= demo_as_of
    per_year = Counter(r["received_on"][:4] for r in rows)
    assert len(per_year) >= 2


def test_every_dispute_has_parties_with_sound_id_numbers(
    demo_store: Store, demo_as_of: date
) -> None:
    too_few = demo_store.scalar(
        "SELECT count(*) FROM disputes d WHERE"
        " (SELECT count(*) FROM dispute_parties p WHERE p.dispute_id = d.id) < 2"
    )
    assert too_few == 0
    people = demo_store.rows("SELECT * FROM people")
    with_number = [p for p in people if p["id_number"]]
    assert len(with_number) > 0.8 * len(people)
    for person in with_number:
        assert idnumbers.problem(person["id_number"], today=demo_as_of) is None
        parsed = idnumbers.parse(person["id_number"], today=demo_as_of)
        assert (parsed.sex, parsed.birth_date.isoformat()) == (person["sex"], person["birth_date"])
    assert all(2 <= len(p["name"]) <= 3 for p in people)


def test_the_ledger_has_every_kind_of_case(demo_store: Store, demo_as_of: date) -> None:
    statuses = dict(demo_store.conn.execute("SELECT status, count(*) FROM disputes GROUP BY 1"))
    assert {"open", "settled", "confirmed", "referred", "withdrawn"} <= set(statuses)
    categories = dict(demo_store.conn.execute("SELECT category, count(*) FROM disputes GROUP BY 1"))
    assert len(categories) == 8
    assert max(categories, key=lambda c: categories[c]) == "neighbours"
    overdue = demo_store.scalar(
        "SELECT count(*) FROM disputes WHERE status = 'open' AND deadline < ?",
        [demo_as_of.isoformat()],
    )
    broken = demo_store.scalar("SELECT count(*) FROM agreements WHERE broken_on IS NOT NULL")
    assert overdue > 0 and broken > 0
    assert demo_store.scalar("SELECT count(*) FROM disputes WHERE reopened_count > 0") == broken
    pending = demo_store.scalar(
        "SELECT count(*) FROM followups WHERE done_on IS NULL AND cancelled_on IS NULL"
    )
    assert pending > 0


def test_agreements_and_follow_ups_follow_the_rules(demo_store: Store) -> None:
    assert (
        demo_store.scalar(
            "SELECT count(*) FROM agreements a WHERE NOT EXISTS"
            " (SELECT 1 FROM obligations o WHERE o.agreement_id = a.id)"
        )
        == 0
    )
    rows = demo_store.rows(
        "SELECT f.*, d.risk_grade, a.signed_on, a.court_confirmation, o.due_on AS obligation_due"
        " FROM followups f JOIN disputes d ON d.id = f.dispute_id"
        " JOIN agreements a ON a.id = f.agreement_id"
        " LEFT JOIN obligations o ON o.id = f.obligation_id"
    )
    assert rows
    for row in rows:
        kind, days = GRADE_FOLLOWUP[row["risk_grade"]]
        signed = date.fromisoformat(row["signed_on"])
        assert row["kind"] == kind
        expected_due = {
            "grade": (signed + timedelta(days=days)).isoformat(),
            "obligation": row["obligation_due"],
            "court_confirmation": (signed + timedelta(days=COURT_CONFIRMATION_DAYS)).isoformat(),
        }[row["reason"]]
        assert row["due_on"] == expected_due
        if row["reason"] == "court_confirmation":
            assert row["court_confirmation"] == 1


def test_sessions_fall_between_receipt_and_outcome(demo_store: Store) -> None:
    bad = demo_store.scalar(
        "SELECT count(*) FROM mediation_sessions s JOIN disputes d ON d.id = s.dispute_id"
        " WHERE substr(s.held_at, 1, 10) < d.received_on"
        " OR (d.outcome_on IS NOT NULL AND substr(s.held_at, 1, 10) > d.outcome_on)"
    )
    assert bad == 0
    assert demo_store.scalar("SELECT count(*) FROM session_statements") > 0


def test_each_dispute_history_tells_its_story(demo_store: Store) -> None:
    dispute_id = demo_store.scalar(
        "SELECT id FROM disputes WHERE reopened_count > 0 ORDER BY id LIMIT 1"
    )
    actions = [entry.action for entry in demo_store.history("disputes", dispute_id)]
    assert actions[0] == "create"
    assert "outcome" in actions and actions[-1] == "reopen"
    version = demo_store.scalar("SELECT version FROM disputes WHERE id = ?", [dispute_id])
    changed_row = {"outcome", "confirm", "reopen"}
    assert version == 1 + sum(1 for a in actions if a in changed_row)
