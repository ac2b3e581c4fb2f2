"""What an import did, or would do: counts per record kind, skipped rows and bad rows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from stationdesk.domain.messages import localize


@dataclass(frozen=True)
class RowProblem:
    """A bad row: its number as the spreadsheet shows it, the column heading, and why."""

    row: int
    column: str
    reason: str

    def line(self, lang: str = "en") -> str:
        """'row 7, 身份证号: reason' for the command line, in `lang`."""
        where = f"row {self.row}, {self.column}" if self.column else f"row {self.row}"
        colon = "：" if lang == "zh" else ": "
        return f"{localize(where, lang)}{colon}{localize(self.reason, lang)}"


@dataclass
class ImportReport:
    """The outcome of one import run (a dry run, a blocked run, or a committed one)."""

    kind: str
    file_name: str
    rows: int = 0
    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    encoding: str = ""
    unknown_headings: tuple[str, ...] = ()
    dry_run: bool = False
    committed: bool = False
    cancelled: bool = False  # stopped by the user before the end: nothing was imported

    @property
    def bad_rows(self) -> list[int]:
        """Numbers of the rows with a problem, in order."""
        return sorted({problem.row for problem in self.problems})

    def summary(self) -> str:
        """One paragraph saying what was (or would be) done."""
        if self.cancelled:
            return f"{self.file_name}: cancelled; nothing was imported"
        verb = {True: "would add", False: "added"}[not self.committed]
        added = ", ".join(f"{n:,} {kind}" for kind, n in self.added.items() if n) or "nothing"
        read_as = f" (read as {self.encoding.upper()})" if self.encoding else ""
        parts = [f"{self.file_name}{read_as}: {self.rows:,} rows; {verb} {added}"]
        if self.updated:
            changed = ", ".join(f"{n:,} {kind}" for kind, n in self.updated.items() if n)
            parts.append(f"{'would update' if not self.committed else 'updated'} {changed}")
        parts.append(f"{len(self.skipped):,} rows already recorded")
        parts.append(f"{len(self.bad_rows):,} bad rows")
        if not self.committed and not self.dry_run:
            parts.append("nothing was imported because of the bad rows")
        return "; ".join(parts)

    def lines(self, lang: str = "en") -> list[str]:
        """The summary, then every bad row, then the skipped rows grouped by reason, in `lang`."""
        by_reason: dict[str, list[int]] = {}
        for row, reason in self.skipped:
            by_reason.setdefault(localize(reason, lang), []).append(row)
        skipped = (
            f"skipped, {reason}: rows {row_ranges(rows)}" for reason, rows in by_reason.items()
        )
        return [
            localize(self.summary(), lang),
            *(problem.line(lang) for problem in self.problems),
            *(localize(line, lang) for line in skipped),
        ]


def row_ranges(rows: list[int]) -> str:
    """'2-5, 7, 9-12' for rows 2, 3, 4, 5, 7, 9, 10, 11, 12."""
    spans: list[list[int]] = []
    for row in sorted(rows):
        if spans and row == spans[-1][1] + 1:
            spans[-1][1] = row
        else:
            spans.append([row, row])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)
