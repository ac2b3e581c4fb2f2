"""Messages of the layers below the window (errors, refusals, reasons) in the window's language.

The language is chosen once at start-up, with the translations (`app.install_translations`);
every place that shows a message from the domain, the store or the importer passes it through
`user_text` or `user_errors`.
"""

from __future__ import annotations

from collections.abc import Mapping

from stationdesk.domain.messages import error_lines, localize, localize_errors
from stationdesk.errors import ValidationError

_language = "en"


def use_language(language: str) -> None:
    """Show the messages in `language` ("zh" or "en") from now on."""
    global _language
    _language = language


def language() -> str:
    """The language messages are shown in ("zh" or "en")."""
    return _language


def user_text(message: BaseException | str) -> str:
    """An error's message (or a message) as the user reads it; a ValidationError's, one
    "field: reason" per line."""
    if isinstance(message, BaseException):
        return "\n".join(error_lines(message, _language))
    return localize(message, _language)


def titled(title: str | None, reason: str) -> str:
    """'Grid: choose ...' (or '网格：请选择……'), or the reason alone when it has no title."""
    if not title:
        return reason
    return f"{title}{'：' if _language == 'zh' else ': '}{reason}"


def user_errors(errors: Mapping[str, str]) -> dict[str, str]:
    """A ValidationError's reasons by field, as the user reads them."""
    return localize_errors(errors, _language)


def user_reasons(error: BaseException) -> list[str]:
    """Every reason an error gives, as the user reads them."""
    if isinstance(error, ValidationError):
        return list(user_errors(error.errors).values())
    return [user_text(error)]
