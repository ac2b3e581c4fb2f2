"""Files are written whole or not at all: a failed write leaves the old file as it was."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from stationdesk.reports.page import PageInfo, paragraph_style, write_pdf
from stationdesk.store import safefile


def leftovers(folder: Path) -> list[str]:
    """Temporary files a write left behind."""
    return [p.name for p in folder.iterdir() if p.name.endswith(safefile.TEMP_SUFFIX)]


def fail_rename(code: int):  # type: ignore[no-untyped-def]
    """An os.replace that fails the way a full disk or a read-only folder does."""

    def replace(_src: object, _dst: object) -> None:
        raise OSError(code, os.strerror(code))

    return replace


def test_a_write_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old")
    safefile.write_text(target, "新的内容")
    assert target.read_text("utf-8") == "新的内容"
    assert leftovers(tmp_path) == []


def test_a_crash_in_the_middle_leaves_the_old_file_and_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), safefile.replacing(target) as temp:
        temp.write_text("half of the new")
        raise RuntimeError("the program stopped here")
    assert target.read_text() == "old"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.ENOSPC, "is full"),
        (errno.EROFS, "read-only"),
        (errno.ENOENT, "is the drive plugged in"),
    ],
)
def test_disk_full_read_only_or_unplugged_say_so_and_keep_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, message: str
) -> None:
    target = tmp_path / "settings.json"
    target.write_text("{}")
    monkeypatch.setattr(safefile.os, "replace", fail_rename(code))
    with pytest.raises(safefile.WriteError, match=message):
        safefile.write_text(target, '{"new": 1}')
    assert target.read_text() == "{}"
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(safefile.WriteError, match="cannot be reached"):
        safefile.write_text(tmp_path / "unplugged" / "file.txt", "x")


def test_a_pdf_that_fails_to_write_leaves_the_earlier_print(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = tmp_path / "form.pdf"
    info = PageInfo(station="东安路派出所", title="登记表", actor="clerk", lang="zh")
    story = [Paragraph("调解记录", paragraph_style("body", 10))]
    write_pdf(pdf, story, info, invariant=True)
    first = pdf.read_bytes()
    assert first.startswith(b"%PDF")
    monkeypatch.setattr(safefile.os, "replace", fail_rename(errno.ENOSPC))
    with pytest.raises(safefile.WriteError, match="is full"):
        write_pdf(pdf, [*story, Paragraph("第二页", paragraph_style("body", 10))], info)
    assert pdf.read_bytes() == first
    assert leftovers(tmp_path) == []
