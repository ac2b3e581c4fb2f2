"""Who may see what: the one place the rules about private records live.

Accounts and roles come in a later version; until then every user may see everything, and
the window and printouts still mark the private sections as private.
"""

from __future__ import annotations


def may_see_medical(user: str) -> bool:
    """Whether `user` may see an officer's medical details (injuries, treatment, support)."""
    del user
    return True
