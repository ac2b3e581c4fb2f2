"""Subcommands of search: find anything, print a person's history, merge duplicate people."""

from __future__ import annotations

import argparse
from typing import Any

from stationdesk.cli.common import (
    CliError,
    Commands,
    add_output,
    catch_up_search,
    open_existing,
    output_file,
    output_language,
    positive,
    print_json,
)
from stationdesk.domain.labels import SEARCH_KINDS, label
from stationdesk.domain.people_merge import DuplicatePair, MergeService
from stationdesk.domain.search import PER_KIND, Hit, SearchService
from stationdesk.textable import format_table

HISTORY_KINDS: dict[str, str] = {}
DUPLICATE_REASONS = {"phone": "same name and phone", "birth_date": "same name and birth date"}


def cmd_search(args: argparse.Namespace) -> int:
    """Records matching the query, grouped by kind, best first."""
    if not args.query.strip():
        raise CliError("type something to search for")
    lang = output_language(args)
    with open_existing(args) as store:
        catch_up_search(store, lang)
        groups = SearchService(store).search(args.query, args.kind, args.limit)
    if args.json:
        print_json([_hit_json(hit) for group in groups for hit in group.hits])
        return 0
    if not groups:
        print("没有找到" if lang == "zh" else "nothing found")
    for group in groups:
        print(f"{label(group.label, lang)} ({len(group.hits)})")
        for hit in group.hits:
            details = " · ".join(label(part, lang) for part in hit.details)
            print(f"  {hit.record_id:>8}  {hit.title}  {details}".rstrip())
    return 0


def _hit_json(hit: Hit) -> dict[str, Any]:
    return {"kind": hit.kind, "id": hit.record_id, "title": hit.title, "details": list(hit.details)}


def cmd_print_person(args: argparse.Namespace) -> int:
    """A person's whole history as a PDF."""
    output = output_file(args)
    from stationdesk.reports.person_history import write_person_history

    with open_existing(args) as store:
        write_person_history(store, args.id, output, lang=output_language(args))
    print(f"person {args.id} written to {output}")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    """People who are likely one person recorded twice."""
    with open_existing(args) as store:
        pairs = MergeService(store).duplicates(args.limit)
    if args.json:
        print_json([_pair_json(pair) for pair in pairs])
        return 0
    rows = [
        [p.first.id, p.second.id, p.first.name, p.first.phone or p.first.birth_date or "", p.reason]
        for p in pairs
    ]
    print(format_table(("first", "second", "name", "phone / born", "why"), rows))
    return 0


def _pair_json(pair: DuplicatePair) -> dict[str, Any]:
    return {
        "first": pair.first.id,
        "second": pair.second.id,
        "name": pair.first.name,
        "reason": pair.reason,
    }


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge one person's record into another's, keeping every link."""
    with open_existing(args) as store:
        moved = MergeService(store).merge(args.keep, args.drop, args.reason)
    count = sum(len(keys) for keys in moved.values())
    print(f"person {args.drop} merged into person {args.keep} ({count} links moved)")
    return 0


def cmd_unmerge(args: argparse.Namespace) -> int:
    """Undo the merge of a person's record, as an amendment."""
    with open_existing(args) as store:
        MergeService(store).unmerge(args.id, args.reason)
    print(f"person {args.id} restored")
    return 0


def register(cmd: Commands) -> None:
    """search, print person, list duplicates, merge, unmerge."""
    search = cmd.top.add_parser(
        "search", parents=cmd.parents(), help="find people, addresses and records as you type"
    )
    search.add_argument("query", help="any part of a name, address, summary or number; pinyin")
    search.add_argument("--kind", choices=SEARCH_KINDS, help="only records of this kind")
    search.add_argument(
        "--limit", type=positive, default=PER_KIND, help=f"at most this many per kind ({PER_KIND})"
    )
    search.add_argument("--json", action="store_true", help="print JSON instead of text")
    search.set_defaults(handler=cmd_search)
    person = cmd.forms.add_parser(
        "person", parents=cmd.parents(), help="a person's whole history across the ledgers"
    )
    person.add_argument("id", type=int, help="the person's id")
    add_output(person)
    person.set_defaults(handler=cmd_print_person)
    duplicates = cmd.listing.add_parser(
        "duplicates", parents=cmd.parents(), help="people likely recorded twice"
    )
    duplicates.add_argument("--json", action="store_true", help="print JSON instead of a table")
    duplicates.add_argument("--limit", type=positive, default=200, help="at most this many pairs")
    duplicates.set_defaults(handler=cmd_duplicates)
    merge = cmd.top.add_parser(
        "merge", parents=cmd.parents(), help="merge two records of one person, keeping every link"
    )
    merge.add_argument("keep", type=int, help="the person record to keep")
    merge.add_argument("drop", type=int, help="the record merged into it (voided, links moved)")
    merge.add_argument("--reason", default="", help="why, for the history")
    merge.set_defaults(handler=cmd_merge)
    unmerge = cmd.top.add_parser(
        "unmerge", parents=cmd.parents(), help="undo the merge of a person record"
    )
    unmerge.add_argument("id", type=int, help="the person record that was merged away")
    unmerge.add_argument("--reason", required=True, help="why, for the history")
    unmerge.set_defaults(handler=cmd_unmerge)
