"""Who may see what: the one place the rules about private records live.

The role matrix (`stationdesk.domain.access`) says which roles may see medical details; on a
station file without accounts everyone may. The window and printouts still mark the private
sections as private.
"""

from __future__ import annotations

from stationdesk.domain import access
from stationdesk.store import Store


def may_see_medical(store: Store) -> bool:
    """Whether the one signed in to `store` may see an officer's medical details."""
    return store.may(access.SEE_MEDICAL)
