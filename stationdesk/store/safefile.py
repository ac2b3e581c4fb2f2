"""Writing a file whole or not at all: a temporary file in the same folder, renamed into place.

A crash, a full disk or an unplugged drive in the middle of a write leaves the old file (or
no file) under the final name, never half of a new one.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from stationdesk.errors import StationDeskError

TEMP_SUFFIX = ".part"


class WriteError(StationDeskError):
    """A file could not be written; what was there before is untouched."""


def explain_os_error(exc: OSError, path: Path) -> str:
    """One line a user can act on for a failed write to `path`."""
    if exc.errno == errno.ENOSPC:
        return f"the disk holding {path.parent} is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"StationDesk may not write in {path.parent} (the folder is read-only)"
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO):
        return f"the folder {path.parent} cannot be reached (is the drive plugged in?)"
    return f"{path} could not be written: {exc.strerror or exc}"


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened, as on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; when the block succeeds it becomes `path`.

    The temporary file is flushed to disk before the rename; on any failure it is removed
    and an OSError becomes a WriteError saying what went wrong.
    """
    path = Path(path)
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent
        )
    except OSError as exc:
        raise WriteError(explain_os_error(exc, path)) from exc
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        _fsync_file(temp)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise WriteError(explain_os_error(exc, path)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all."""
    with replacing(path) as temp:
        temp.write_bytes(data)


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 `text` to `path` whole or not at all."""
    write_bytes(path, text.encode("utf-8"))


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
