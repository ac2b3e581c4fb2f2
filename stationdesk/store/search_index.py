"""The search index: one FTS5 row per record, kept current by the store's write path.

Records are turned into space-separated tokens that a plain unicode61 FTS5 table can match:
Chinese unigrams and bigrams (so one- and two-character names are found), pinyin of names in
full and as initials ("zhangwei", "zw"), Latin words, and numbers as their overlapping
four-digit runs in order (so any run of four or more digits of an ID or phone number is a
phrase of those runs). Words and pinyin are stored with all their prefixes, so what is typed
so far is one exact term, never a merge of every term it starts. The rowid carries the
record's kind in its high bits, so a per-kind query is a rowid range and the newest records
come first by reading it backwards.

A bulk write adding DEFER_AT or more records of a kind (a register import) does not index them
in its own transaction: it notes their id ranges in `search_pending`, committed with them, and
`catch_up` indexes them afterwards, a short transaction at a time, so the records are saved and
listed at once and become searchable shortly after.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import groupby

INDEX_VERSION = "3"
KIND_SHIFT = 40
MIN_DIGITS = 4
MAX_WORD_PREFIX = 16
CHUNK = 5000
DEFER_AT = 5000  # new records of a kind in one bulk write from which their indexing waits
CATCH_UP_CHUNK = 1000  # records indexed per transaction when catching up: a save waits no longer
# Patterns, compiled on first use (and then kept by `re`): the window opens without them.
_RUNS = r"[\u3400-\u9fff\uf900-\ufaff]+|[0-9]+x?|[a-z]+"
_CJK = r"[\u3400-\u9fff\uf900-\ufaff]"
_DIGIT_GAP = r"(?<=\d)-+(?=\d)"
_TYPED_DIGIT_GAP = r"(?<=\d)[\s-]+(?=\d)"
_regex = cache(re.compile)  # each pattern compiled on first use, not at start-up


@dataclass(frozen=True)
class DocKind:
    """How records of one kind become index rows."""

    kind: str
    code: int
    sql: str  # selects id, name, text for all (or, with a WHERE id IN, some) live records
    sources: tuple[str, ...]  # tables whose writes change these documents
    key: str = "id"  # the record id column in `sql`

    def rowid(self, record_id: int) -> int:
        """The index row of a record."""
        return (self.code << KIND_SHIFT) + record_id

    @property
    def rowid_range(self) -> tuple[int, int]:
        """First and last rowid this kind may use."""
        return self.code << KIND_SHIFT, ((self.code + 1) << KIND_SHIFT) - 1


def _concat(*columns: str) -> str:
    return " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)


DOC_KINDS: tuple[DocKind, ...] = (
    DocKind(
        "people",
        1,
        f"SELECT id, name, {_concat('id_number', 'phone', 'address', 'notes')}"
        " FROM people WHERE voided_at IS NULL",
        ("people",),
    ),
    DocKind(
        "households",
        2,
        "SELECT h.id, '', "
        + _concat(
            "a.district",
            "a.road",
            "a.house_no",
            "a.building",
            "a.unit",
            "a.floor",
            "a.flat",
            "h.phone",
            "h.notes",
        )
        + " FROM households h JOIN addresses a ON a.id = h.address_id"
        " WHERE h.voided_at IS NULL",
        ("households", "addresses"),
        key="h.id",
    ),
    DocKind(
        "disputes",
        3,
        "SELECT id, '', "
        + _concat("summary", "place", "risk_reason", "outcome_reason", "referred_where")
        + " FROM disputes WHERE voided_at IS NULL",
        ("disputes",),
    ),
    DocKind(
        "visits",
        4,
        f"SELECT id, '', {_concat('found', 'followup_note')} FROM visits WHERE voided_at IS NULL",
        ("visits",),
    ),
    DocKind(
        "injuries",
        5,
        "SELECT id, '', "
        + _concat(
            "description",
            "place",
            "case_number",
            "offender_handling",
            "case_outcome",
            "clarification",
        )
        + " FROM incidents WHERE voided_at IS NULL",
        ("incidents",),
    ),
    DocKind(
        "officers",
        6,
        f"SELECT id, name, {_concat('badge_no', 'phone', 'post', 'notes')}"
        " FROM officers WHERE voided_at IS NULL",
        ("officers",),
    ),
)
KINDS = {doc.kind: doc for doc in DOC_KINDS}
# Which documents a write to a table touches: (kind, SQL giving their record ids from some row
# ids, or None when they are the row ids themselves).
_AFFECTED: dict[str, list[tuple[DocKind, str | None]]] = {}
for _doc in DOC_KINDS:
    for _table in _doc.sources:
        _link = (
            "SELECT id FROM households WHERE address_id IN ({marks})"
            if (_doc.kind, _table) == ("households", "addresses")
            else None
        )
        _AFFECTED.setdefault(_table, []).append((_doc, _link))


def normalize(text: str) -> str:
    """Half-width, lower case, no dashes inside numbers: how records and queries are matched."""
    return _regex(_DIGIT_GAP).sub("", unicodedata.normalize("NFKC", text).lower())


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """A Chinese name's pinyin in full and as initials ('zhangwei', 'zw'), besides its text."""
    return _name_pinyin(name)


def _name_pinyin(name: str) -> tuple[str, ...]:
    hanzi = "".join(_regex(_CJK).findall(name))
    if not hanzi:
        return ()
    syllables = _pinyin(hanzi)
    return ("".join(syllables), "".join(s[0] for s in syllables if s))


def _pinyin(hanzi: str) -> list[str]:
    """pypinyin's reading of a run of characters, character by character (each looked up once)
    unless a phrase pypinyin knows is in it, when the phrase decides (same result, far faster
    for the hundreds of thousands of names of a register)."""
    from pypinyin.constants import PHRASES_DICT  # a fifth of a second to load: not at start-up

    if any(
        hanzi[i:j] in PHRASES_DICT
        for i in range(len(hanzi) - 1)
        for j in range(i + 2, len(hanzi) + 1)
    ):
        return _phrase_pinyin(hanzi)
    return [syllable for char in hanzi for syllable in _char_pinyin(char)]


@cache
def _char_pinyin(char: str) -> tuple[str, ...]:
    return tuple(_phrase_pinyin(char))


def _phrase_pinyin(hanzi: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(hanzi, style=Style.NORMAL, errors="ignore")


def text_tokens(text: str) -> tuple[str, ...]:
    """Index tokens of free text: Chinese unigrams and bigrams, word prefixes, digit runs."""
    return tuple(dict.fromkeys(_token_list(text)))


def _token_list(text: str, tokens: list[str] | None = None) -> list[str]:
    """The tokens of `text` (repeats included) added to `tokens`. An ID or phone number goes
    straight to its digit runs; other words are tokenized once each (they repeat)."""
    found = [] if tokens is None else tokens
    for part in text.split(" "):
        if not part:
            continue
        if part.isascii() and part.isalnum():
            lowered = part.lower()
            if lowered[:-1].isdigit() and (lowered[-1].isdigit() or lowered[-1] == "x"):
                found.append(" ".join(digit_grams(lowered)))
                continue
        found.extend(_cached_part_tokens(part))
    return found


@lru_cache(maxsize=65536)
def _cached_part_tokens(part: str) -> tuple[str, ...]:
    """Tokens of words that repeat across records (addresses, names, places)."""
    tokens: list[str] = []
    for run in _regex(_RUNS).findall(normalize(part)):
        if _regex(_CJK).match(run):
            tokens.extend(run)
            tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
        elif run[0].isdigit():
            tokens.append(" ".join(digit_grams(run)))
        else:
            tokens.extend(word_tokens(run))
    return tuple(tokens)


def digit_grams(run: str) -> list[str]:
    """A number as its overlapping runs of MIN_DIGITS digits, in order (short ones whole)."""
    return [run[i : i + MIN_DIGITS] for i in range(max(1, len(run) - MIN_DIGITS + 1))]


def word_tokens(word: str) -> list[str]:
    """A Latin word (or pinyin) and every prefix of it up to MAX_WORD_PREFIX letters."""
    longer = [word] if len(word) > MAX_WORD_PREFIX else []
    return [word[:i] for i in range(1, min(len(word), MAX_WORD_PREFIX) + 1)] + longer


def document(name: str, text: str) -> tuple[str, str]:
    """The two indexed columns of a record: all its tokens, and its exact name."""
    tokens, exact = _name_document(name)
    return " ".join(dict.fromkeys(_token_list(text, [*tokens]))), exact


@lru_cache(maxsize=65536)
def _name_document(name: str) -> tuple[tuple[str, ...], str]:
    """A name's tokens (its text, then its pinyin with prefixes) and its exact form."""
    tokens = _token_list(name)
    for word in _name_pinyin(name):
        tokens.extend(word_tokens(word))
    return tuple(tokens), normalize(name).replace(" ", "")


def forget_tokens() -> None:
    """Empty the token caches: after a bulk write they hold the tokens of every name and
    address written, a couple of hundred MB for a register of 300,000 people."""
    for cached in (name_tokens, _name_document, _cached_part_tokens):
        cached.cache_clear()


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(query: str) -> str:
    """The FTS5 expression for what a user typed; '' when nothing can be searched for."""
    terms: list[str] = []
    for run in _regex(_RUNS).findall(_regex(_TYPED_DIGIT_GAP).sub("", normalize(query))):
        if _regex(_CJK).match(run):
            grams = [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]
            terms.extend(_quoted(gram) for gram in grams)
        elif run[0].isdigit():
            terms.append(_quoted(" ".join(digit_grams(run))))
        elif len(run) > MAX_WORD_PREFIX:
            terms.append(_quoted(run) + "*")
        else:
            terms.append(_quoted(run))
    return " ".join(dict.fromkeys(terms))


def exact_name_expression(query: str) -> str:
    """The FTS5 expression matching records whose name is exactly the query."""
    name = normalize(query).replace(" ", "")
    return f"name : {_quoted(name)}" if name else ""


def matching_ids_sql(kind: str, query: str) -> tuple[str, list[object]]:
    """A subquery of the ids of `kind`'s records matching what was typed, and its parameters.

    Ledger lists put it in an `id IN (...)` filter, so they keep their own order and keyset
    paging; nothing can be searched for in `query`: the subquery gives no ids.
    """
    expression = match_expression(query)
    if not expression:
        return "SELECT NULL WHERE 0", []
    low, high = KINDS[kind].rowid_range
    return (
        "SELECT rowid - ? FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?",
        [low, expression, low, high],
    )


def found_condition(
    query: str, kind: str, id_column: str, via_kind: str, via_link: str
) -> tuple[str, list[object]]:
    """A WHERE condition for a ledger list narrowed by the find box: its `kind` records matching
    `query` themselves, or linked to a matching `via_kind` record; `via_link` selects the
    list's ids from the linked ids given as `{ids}`."""
    own, own_params = matching_ids_sql(kind, query)
    linked, linked_params = matching_ids_sql(via_kind, query)
    return (
        f"({id_column} IN ({own}) OR {id_column} IN ({via_link.format(ids=linked)}))",
        [*own_params, *linked_params],
    )


REFRESH_CHUNK = 500  # records re-indexed per statement after a bulk write


class SearchIndex:
    """Writes and reads the `search_index` FTS5 table of one connection."""

    def __init__(self, conn: sqlite3.Connection, pulse: Callable[[], None] = lambda: None) -> None:
        self.conn = conn
        self.pulse = pulse  # called between chunks of a long write
        tables = {
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE name IN ('search_index', 'search_pending')"
            )
        }  # in a file whose schema predates them, the index or its waiting list is missing
        self.present = "search_index" in tables
        self.deferring = "search_pending" in tables

    # -- keeping current -------------------------------------------------------
    def on_write(self, table: str, record_ids: Sequence[int], *, new: bool = False) -> None:
        """Re-index the documents that writes to rows `record_ids` of `table` touched (`new`:
        the rows were just added, so documents of their own have no index rows to replace)."""
        if not self.present:
            return
        for doc, link in _AFFECTED.get(table, ()):
            if link is not None:
                if not new:  # rows just added are linked to no record yet
                    self._refresh_all(doc, self._linked(link, record_ids))
            elif new and self.deferring and len(record_ids) >= DEFER_AT:
                self._defer(doc, record_ids)
            else:
                self._refresh_all(doc, sorted(record_ids), new=new)

    def _refresh_all(self, doc: DocKind, record_ids: list[int], *, new: bool = False) -> None:
        for start in range(0, len(record_ids), REFRESH_CHUNK):
            self.refresh(doc, record_ids[start : start + REFRESH_CHUNK], new=new)

    def _defer(self, doc: DocKind, record_ids: Sequence[int]) -> None:
        """Leave new records for `catch_up`: their id ranges, committed with them."""
        self.conn.executemany(
            "INSERT INTO search_pending (kind, first_id, last_id) VALUES (?, ?, ?)",
            [(doc.kind, first, last) for first, last in id_ranges(record_ids)],
        )

    def pending(self) -> int:
        """How many records bulk writes left to be indexed."""
        if not self.deferring:
            return 0
        sql = "SELECT coalesce(sum(last_id - first_id + 1), 0) FROM search_pending"
        return int(self.conn.execute(sql).fetchone()[0])

    def catch_up(
        self,
        stopped: Callable[[], bool] = lambda: False,
        told: Callable[[int], None] = lambda _left: None,
    ) -> int:
        """Index the records bulk writes left for later, CATCH_UP_CHUNK a transaction (of its
        own: call it outside one), until none are left or `stopped()`; `told(records left)`
        after each transaction. Returns how many records it went through."""
        done = 0
        while self.deferring and not stopped():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                covered = self._catch_up_chunk()
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.execute("COMMIT")
            if not covered:
                break
            done += covered
            told(self.pending())
        if done:
            forget_tokens()
        return done

    def _catch_up_chunk(self) -> int:
        """Index the first records of the first pending range; how many it covered (0: none
        pending). A record indexed meanwhile (a save after the bulk write) is left as it is."""
        row = self.conn.execute(
            "SELECT rowid, kind, first_id, last_id FROM search_pending ORDER BY rowid LIMIT 1"
        ).fetchone()
        if row is None:
            return 0
        pending_row, kind, first, last = row
        doc, end = KINDS[kind], min(last, first + CATCH_UP_CHUNK - 1)
        indexed = {
            rowid
            for (rowid,) in self.conn.execute(
                "SELECT rowid FROM search_index WHERE rowid BETWEEN ? AND ?",
                [doc.rowid(first), doc.rowid(end)],
            )
        }
        rows = self.conn.execute(f"{doc.sql} AND {doc.key} BETWEEN ? AND ?", [first, end])
        self._write(doc, (row for row in rows if doc.rowid(row[0]) not in indexed))
        if end == last:
            self.conn.execute("DELETE FROM search_pending WHERE rowid = ?", [pending_row])
        else:
            self.conn.execute(
                "UPDATE search_pending SET first_id = ? WHERE rowid = ?", [end + 1, pending_row]
            )
        return end - first + 1

    def _linked(self, link: str, record_ids: Sequence[int]) -> list[int]:
        """The record ids `link` gives for some row ids, in order."""
        touched: set[int] = set()
        for start in range(0, len(record_ids), REFRESH_CHUNK):
            chunk = list(record_ids[start : start + REFRESH_CHUNK])
            sql = link.format(marks=", ".join("?" * len(chunk)))
            touched.update(row[0] for row in self.conn.execute(sql, chunk))
        return sorted(touched)

    def refresh(self, doc: DocKind, record_ids: list[int], *, new: bool = False) -> None:
        """Replace the index rows of some records (a voided or missing one is dropped); `new`
        records have none yet."""
        if not record_ids:
            return
        if not new:
            self.conn.executemany(
                "DELETE FROM search_index WHERE rowid = ?", [(doc.rowid(i),) for i in record_ids]
            )
        marks = ", ".join("?" * len(record_ids))
        rows = self.conn.execute(f"{doc.sql} AND {doc.key} IN ({marks})", record_ids)
        self._write(doc, rows)

    def rebuild(self) -> None:
        """Index every live record again (after bulk writes that bypass the store)."""
        self.conn.execute("DELETE FROM search_index")
        if self.deferring:
            self.conn.execute("DELETE FROM search_pending")
        for doc in DOC_KINDS:
            self._write(doc, self.conn.execute(doc.sql))
        self.conn.execute(
            "INSERT INTO search_state (key, value) VALUES ('version', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [INDEX_VERSION],
        )
        self.conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
        forget_tokens()

    def is_current(self) -> bool:
        """True when the index was built by this version of the tokenizer (or cannot be)."""
        if not self.present:
            return True
        row = self.conn.execute("SELECT value FROM search_state WHERE key = 'version'").fetchone()
        return row is not None and row[0] == INDEX_VERSION

    def _write(self, doc: DocKind, rows: Iterable[tuple[int, str, str]]) -> None:
        for chunk in _chunks(rows, CHUNK):
            self.conn.executemany(
                "INSERT INTO search_index (rowid, terms, name) VALUES (?, ?, ?)",
                [(doc.rowid(record_id), *document(name, text)) for record_id, name, text in chunk],
            )
            self.pulse()

    # -- reading ---------------------------------------------------------------
    def match(self, kind: str, expression: str, limit: int) -> list[int]:
        """Record ids of one kind matching an FTS5 expression, newest first.

        No bm25: FTS5 computes it by counting every row each term matches, which for a one-
        letter query is most of the table; the caller ranks the newest matches itself.
        """
        low, high = KINDS[kind].rowid_range
        rows = self.conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ?"
            " AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?",
            [expression, low, high, limit],
        )
        return [rowid - low for (rowid,) in rows]

    def count(self, kind: str, expression: str, cap: int) -> int:
        """How many records of one kind match, counting no further than `cap`."""
        low, high = KINDS[kind].rowid_range
        return int(
            self.conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ?"
                " AND rowid BETWEEN ? AND ? LIMIT ?)",
                [expression, low, high, cap],
            ).fetchone()[0]
        )


def id_ranges(record_ids: Iterable[int]) -> list[tuple[int, int]]:
    """Ids as runs of consecutive ids: (first, last) pairs, in order."""
    runs = groupby(enumerate(sorted(record_ids)), key=lambda pair: pair[1] - pair[0])
    return [(run[0][1], run[-1][1]) for run in (list(group) for _, group in runs)]


def _chunks(rows: Iterable[tuple[int, str, str]], size: int) -> Iterator[list]:
    chunk: list = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
