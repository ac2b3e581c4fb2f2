"""The layers below the window never load Qt (checked in a fresh interpreter)."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import stationdesk

QT_FREE_PACKAGES = (
    "stationdesk.store",
    "stationdesk.domain",
    "stationdesk.reports",
    "stationdesk.spreadsheets",
)
QT_FREE_MODULES = (
    "stationdesk.cli",
    "stationdesk.__main__",
    "stationdesk.paths",
    "stationdesk.errors",
    "stationdesk.i18n",
    "stationdesk.textable",
)


def qt_free_modules() -> list[str]:
    """Every module of the Qt-free layers that exists in this checkout."""
    root = Path(stationdesk.__file__).parent
    names = list(QT_FREE_MODULES)
    for package in QT_FREE_PACKAGES:
        folder = root / package.rsplit(".", 1)[1]
        if (folder / "__init__.py").exists():
            names.append(package)
            names.extend(info.name for info in pkgutil.walk_packages([str(folder)], f"{package}."))
    return names


def test_lower_layers_do_not_import_qt() -> None:
    modules = qt_free_modules()
    assert "stationdesk.store.database" in modules
    assert "stationdesk.domain.roster" in modules
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(result.stdout) == []
