"""What every page receives: the store's services, the events object and the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from stationdesk.domain.accounts import AccountService
from stationdesk.domain.disputes import DisputeService
from stationdesk.domain.grids import GridService
from stationdesk.domain.people import PeopleService
from stationdesk.domain.roster import RosterService
from stationdesk.domain.search import SearchService
from stationdesk.store import Store
from stationdesk.ui.background import BackgroundReads
from stationdesk.ui.events import Events
from stationdesk.ui.permissions import Permissions
from stationdesk.ui.search_catch_up import SearchCatchUp

if TYPE_CHECKING:
    from stationdesk.domain.households import HouseholdService
    from stationdesk.domain.injuries import InjuryService


@dataclass
class AppContext:
    """The open station and the services the window uses."""

    store: Store
    settings: QSettings
    events: Events = field(default_factory=Events)

    def __post_init__(self) -> None:
        self.grids = GridService(self.store)
        self.roster = RosterService(self.store)
        self.people = PeopleService(self.store)
        self.disputes = DisputeService(self.store)
        self.accounts = AccountService(self.store)
        self.search = SearchService(self.store)
        self.permissions = Permissions(self.store)
        self.reads = BackgroundReads(self.store)
        self.indexing = SearchCatchUp(self.store)
        self.events.watch(self.store)

    # The ledgers the window does not open on are imported when first used.
    @cached_property
    def injuries(self) -> InjuryService:
        """Injuries on duty."""
        from stationdesk.domain.injuries import InjuryService

        return InjuryService(self.store)

    @cached_property
    def households(self) -> HouseholdService:
        """Households, residents and visits (with the disputes' notion of today)."""
        from stationdesk.domain.households import HouseholdService

        return HouseholdService(self.store, today=lambda: self.disputes.today())

    @property
    def station_name(self) -> str:
        """The station's name, as the status bar and printouts show it."""
        return self.store.setting("station_name")

    @property
    def language(self) -> str:
        """'zh' or 'en': the language printouts use, following the window's."""
        return str(self.settings.value("ui/effective_language", "en"))
