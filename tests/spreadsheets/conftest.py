"""Spreadsheet tests import into a demo station whose household ledger is still empty."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def demo_template(demo_template_without_households: Path) -> Path:
    """Registers are imported into a station that has no households yet."""
    return demo_template_without_households
