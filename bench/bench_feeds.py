"""Benchmark the feed path on a generated 500-item WordPress-style feed.

Measures parse (defuse + feedparser + field caps), match, and a full poll (parse, match, dedupe, events, state
save) on a first and a second run, against plain `feedparser.parse` of the same bytes in the same process.
Run: `uv run python bench/bench_feeds.py [--items N] [--repeat R]`.
"""

import argparse
import asyncio
import datetime as dt
import io
import logging
import statistics
import tempfile
import time
from collections.abc import Callable
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import feedparser
import structlog

from tocsin_watcher.feeds import match_item, parse_feed, poll_feeds
from tocsin_watcher.feeds.poll import _body

SOURCE = "https://bench.example.org/feed/"

_TEMPLATES = (
    ("Vietnamese blogger {n} prosecuted under Article 117 for Facebook posts",
     "Police in Hanoi detained blogger number {n} over posts criticising officials."),
    ("Pakistani journalist {n} arrested under PECA section 26-A",
     "The FIA detained the journalist over a YouTube video about flood relief."),
    ("Un blogueur nigérian {n} interpellé pour une publication sur Facebook",
     "Le militant a été placé en garde à vue à Abuja."),
    ("Periodista {n} detenido en Nicaragua por un tuit",
     "Fue acusado de difundir noticias falsas en redes sociales."),
    ("Khởi tố, bắt tạm giam đối tượng {n} theo Điều 331",
     "Công an tỉnh Đồng Tháp khởi tố bị can vì đăng tải bài viết trên Facebook."),
    ("Man {n} arrested over murder in the market",
     "Police said the suspect was detained after the stabbing."),
    ("Exports rise {n} per cent as online sales grow",
     "Economists expect the central bank to hold rates."),
    ("Team wins match {n} to arrest the slide",
     "Fans celebrated online after the final whistle."),
)  # fmt: skip


def generate_feed(items: int) -> bytes:
    """A WordPress RSS 2.0 feed of `items` items, mixing reports and ordinary news in four languages."""
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>Bench feed</title><link>https://bench.example.org/</link>"
        "<description>Generated</description><language>en-US</language>"
    ]
    for n in range(items):
        title, lead = _TEMPLATES[n % len(_TEMPLATES)]
        paragraph = "<p>" + escape(lead.format(n=n)) + " Background paragraph with more context.</p>"
        parts.append(
            f"<item><title>{escape(title.format(n=n))}</title>"
            f"<link>https://bench.example.org/2025/{n}/story-{n}/?utm_source=rss&amp;utm_medium=rss</link>"
            f"<dc:creator><![CDATA[Desk]]></dc:creator>"
            f"<pubDate>{format_datetime(start + dt.timedelta(hours=n))}</pubDate>"
            f"<category><![CDATA[News]]></category>"
            f'<guid isPermaLink="false">https://bench.example.org/?p={n}</guid>'
            f"<description><![CDATA[{paragraph}]]></description>"
            f"<content:encoded><![CDATA[{paragraph * 8}]]></content:encoded></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def timed(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median wall time of `repeat` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    data = generate_feed(args.items)

    baseline, _ = timed(lambda: feedparser.parse(io.BytesIO(data)), args.repeat)
    parse_time, parsed = timed(lambda: parse_feed(data), args.repeat)

    def match_all() -> int:
        return sum(match_item(i.title, _body(i), language=parsed.language).matched for i in parsed.items)

    match_time, matched = timed(match_all, args.repeat)

    async def read(source: str) -> bytes:
        return data

    def poll_twice() -> tuple[float, float, int, int]:
        with tempfile.TemporaryDirectory() as state:
            started = time.perf_counter()
            first = asyncio.run(poll_feeds([SOURCE], read, Path(state)))
            middle = time.perf_counter()
            second = asyncio.run(poll_feeds([SOURCE], read, Path(state)))
            return middle - started, time.perf_counter() - middle, len(first.events), len(second.events)

    runs = [poll_twice() for _ in range(args.repeat)]
    first_run = statistics.median(r[0] for r in runs)
    second_run = statistics.median(r[1] for r in runs)
    _, _, first_events, second_events = runs[-1]

    print(f"feed: {args.items} items, {len(data) / 1024:.0f} KiB; median of {args.repeat} runs")
    print(f"baseline feedparser.parse       {baseline * 1000:8.1f} ms  1.00x")
    print(f"parse_feed (defuse + caps)      {parse_time * 1000:8.1f} ms  {parse_time / baseline:.2f}x")
    print(
        f"match_item x {len(parsed.items):<4}               {match_time * 1000:8.1f} ms  {match_time / baseline:.2f}x"
    )
    print(f"poll_feeds first run            {first_run * 1000:8.1f} ms  {first_run / baseline:.2f}x")
    print(f"poll_feeds second run (dedupe)  {second_run * 1000:8.1f} ms  {second_run / baseline:.2f}x")
    print(f"matched {matched}/{len(parsed.items)} items; events first run {first_events}, second run {second_events}")
    print(f"per item: poll {first_run / max(len(parsed.items), 1) * 1e6:.0f} us")


if __name__ == "__main__":
    main()
