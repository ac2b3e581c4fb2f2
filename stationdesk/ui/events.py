"""One app-wide events object: views refresh themselves when a record changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from stationdesk.store import Store


class Events(QObject):
    """Signals every page may listen to."""

    record_changed = Signal(str, int)

    def watch(self, store: Store) -> None:
        """Announce every committed change of `store` as `record_changed(kind, id)`."""
        store.subscribe(self.record_changed.emit)
