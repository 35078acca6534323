"""The dates an action on a treaty can carry: none before the treaty could be acted on, none in the future (pure).

A page printing an impossible date (year 9999, year 0001, a signature before the treaty was opened for
signature) is refused whole, like a page with a cell that cannot be read: announcing "Futureland signed on
9999-12-31" is worse than announcing nothing until the page is fixed.

The floor of the Convention against Cybercrime (XVIII-16): adopted by General Assembly resolution 79/243 on
24 December 2024, it was opened for signature at the signing ceremony in Hanoi on 25 October 2025 (art. 64: open
for signature in Hanoi in 2025, then at UN Headquarters until 31 December 2026). No signature, and so no
instrument, can be dated earlier. Other treaties
have no opening date listed here and get only a sanity floor, well before any treaty the UN Treaty Collection
follows. The ceiling is the day after the read (UTC): a date recorded where the calendar is already ahead of
UTC (Hanoi is UTC+7) can be one day later than the read's UTC date, never more.
"""

import datetime as dt
from collections.abc import Iterable

from tocsin_watcher.errors import ImpossibleDate
from tocsin_watcher.treaty.model import Action

OPENED_FOR_SIGNATURE: dict[str, dt.date] = {"XVIII-16": dt.date(2025, 10, 25)}
SANITY_FLOOR = dt.date(1900, 1, 1)
FUTURE_SLACK = dt.timedelta(days=1)
_SHOWN = 5


def earliest_action(treaty: str) -> dt.date:
    """The earliest date an action on `treaty` can carry: its opening for signature when known."""
    return OPENED_FOR_SIGNATURE.get(treaty, SANITY_FLOOR)


def check_action_dates(actions: Iterable[Action], *, earliest: dt.date, read_at: dt.datetime) -> None:
    """ImpossibleDate naming the actions dated before `earliest` or after the day after `read_at` (UTC)."""
    latest = read_at.astimezone(dt.UTC).date() + FUTURE_SLACK
    wrong = [a for a in actions if not earliest <= a.date <= latest]
    if wrong:
        shown = "; ".join(f"{a.participant} {a.action} {a.date.isoformat()}" for a in wrong[:_SHOWN])
        more = f" and {len(wrong) - _SHOWN} more" if len(wrong) > _SHOWN else ""
        raise ImpossibleDate(
            f"action dated outside {earliest.isoformat()} .. {latest.isoformat()} "
            f"(opened for signature .. the day after this read): {shown}{more}"
        )
