"""How old a feed item may be and still be reported: the cutoff that keeps a feed's back catalogue quiet.

A feed read for the first time lists weeks or years of items; only those published within the maximum age
are news. Older ones are remembered as seen but never emitted. `feeds.poll` applies it to a source's first
successful read only: later, a report is news however late it is seen. `None` turns the cutoff off.
"""

import datetime as dt
from typing import Annotated

from pydantic import BeforeValidator, Field, TypeAdapter

DEFAULT_MAX_AGE = dt.timedelta(days=7)
OFF_WORDS = frozenset({"none", "off"})


def _off_word_is_none(value: object) -> object:
    """An environment variable or a command-line flag cannot say null: "none" or "off" (any case) can."""
    return None if isinstance(value, str) and value.strip().lower() in OFF_WORDS else value


MaxAge = Annotated[Annotated[dt.timedelta, Field(gt=dt.timedelta(0))] | None, BeforeValidator(_off_word_is_none)]
"""An ISO 8601 duration above zero (`P7D`, `PT36H`), or None / "none" / "off" for no cutoff."""

_MAX_AGE = TypeAdapter(MaxAge)


def parse_max_age(text: str) -> dt.timedelta | None:
    """`P7D` -> 7 days, `none` -> None; ValueError for anything else (zero and negative durations too)."""
    return _MAX_AGE.validate_python(text)


def format_max_age(max_age: dt.timedelta | None) -> str:
    """The cutoff as settings spell it: `P7D`, `PT36H`, or `none`."""
    return "none" if max_age is None else str(_MAX_AGE.dump_python(max_age, mode="json"))


def too_old(published: dt.datetime | None, *, now: dt.datetime, max_age: dt.timedelta | None) -> bool:
    """True when the item was published more than `max_age` before `now`; an undated item never is."""
    return max_age is not None and published is not None and published < now - max_age
