"""Amounts of money: typed in yuan, stored in fen (integers), shown as 1,500.00."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from stationdesk.domain import rules

MAX_FEN = 100_000_000  # one million yuan: more than any payment to one officer
_CURRENCY = re.compile(r"^(¥|￥|RMB|CNY)|(元|yuan|RMB|CNY)$", re.IGNORECASE)


def parse_yuan(value: str | int | Decimal) -> int:
    """Fen from '1500', '1,500.50', '¥1500', '1500元'; ValueError saying what is wrong."""
    text = rules.clean(str(value)).replace(",", "").replace("，", "").replace(" ", "")
    text = _CURRENCY.sub("", text).strip()
    if not text:
        raise ValueError("an amount is required")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"'{value}' is not an amount of yuan like 1500 or 1500.50") from None
    if not amount.is_finite():
        raise ValueError(f"'{value}' is not an amount of yuan like 1500 or 1500.50")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError("an amount has at most two decimals (fen)")
    fen = int(amount * 100)
    if fen <= 0:
        raise ValueError("an amount paid is more than 0 yuan")
    if fen > MAX_FEN:
        raise ValueError(f"{yuan_text(fen)} yuan is more than any one payment can be")
    return fen


def yuan_text(fen: int) -> str:
    """1,500.00 for 150000 fen."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"
