"""Helpers for the feed tests: the feed files under tests/fixtures/feeds and a fake reader."""

from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "feeds"


def load(name: str) -> bytes:
    """The bytes of one feed fixture."""
    return (FIXTURES / name).read_bytes()


def huge_feed(size: int = 5_000_000) -> bytes:
    """The huge-description fixture with a `size`-character description inserted."""
    return load("huge_description.rss.tmpl").replace(b"@@HUGE@@", b"A" * size, 1)


def fake_reader(bodies: Mapping[str, bytes | Exception | None]) -> Callable[[str], Awaitable[bytes | None]]:
    """A `read` for poll_feeds that serves fixed bodies, None (not modified) or raises, per source."""

    async def read(source: str) -> bytes | None:
        body = bodies[source]
        if isinstance(body, Exception):
            raise body
        return body

    return read
