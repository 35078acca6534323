"""Parse-and-diff of a generated 200-participant UNTC page, HTML and XML, against a bare lxml parse.

Run: `uv run python bench/bench_treaty.py [--participants 200] [--rounds 200]`. Prints the median time per
read and the ratio to the baseline (lxml parsing the same bytes, nothing else) measured in the same run.
"""

import argparse
import datetime as dt
import logging
import statistics
import time
from collections.abc import Callable

import lxml.etree
import lxml.html
import structlog

from tocsin_watcher.countries import un_names
from tocsin_watcher.data.make_un_names import UN_MEMBERS
from tocsin_watcher.treaty.diff import TreatyRules, observe
from tocsin_watcher.treaty.parse import parse_snapshot
from tocsin_watcher.treaty.state import TreatyState, content_sha256

TABLE_ID = "ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_tblgrid"
HEADER = ("Participant", "Signature", "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)")
SUFFIXES = ("", " A", " AA", " a", " d")
NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


def rows(count: int) -> list[tuple[str, str, str]]:
    """Participant rows with the quirks of real pages: footnotes, &nbsp;, tabs, suffixes, brackets."""
    names = [*UN_MEMBERS, "Holy See", "State of Palestine", "European Union", "Cook Islands", "Niue"]
    names += [f"Territory {chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(max(0, count - len(names)))]
    out = []
    for i in range(count):
        name = names[i]
        name = name if i % 7 else f"{name}<sup>{i % 9 + 1}</sup>"
        signature = f"{i % 28 + 1} Nov\xa0\xa02025" if i % 3 else f"{i % 28 + 1} Nov\t2025"  # after the opening
        instrument = f"{i % 28 + 1} Mar 2026{SUFFIXES[i % 5]}" if i % 2 else ""
        out.append((name, signature, f"[{instrument}]" if i % 11 == 0 and instrument else instrument))
    return out


def html_page(table: list[tuple[str, str, str]]) -> bytes:
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>\n" for a, b, c in [HEADER, *table])
    return (
        "<!DOCTYPE html><html><head><title>UNTC</title></head><body>"
        "<span>STATUS AS AT : 01-06-2026 05:00:16 EDT</span>"
        f'<table id="{TABLE_ID}">\n{cells}</table></body></html>'
    ).encode()


def xml_document(table: list[tuple[str, str, str]]) -> bytes:
    def cell(text: str) -> str:
        return text.replace("<sup>", "<superscript>").replace("</sup>", "</superscript>")

    body = "".join(
        f"<Row><Entry>{cell(a)}</Entry><Entry>{cell(b)}</Entry><Entry>{cell(c)}</Entry></Row>\n"
        for a, b, c in [HEADER, *table]
    )
    return (
        '<?xml version="1.0" encoding="ISO-8859-1"?><Treaty><Participants><Table><TGroup><Tbody><Rows>\n'
        f"{body}</Rows></Tbody></TGroup></Table></Participants></Treaty>"
    ).encode("iso-8859-1")


def median_seconds(work: Callable[[], object], rounds: int) -> float:
    work()  # warm-up
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.ERROR))
    names = un_names()
    rules = TreatyRules("XVIII-16")
    table = rows(args.participants)
    # The previous state lacks the last row: each read diffs 200 rows and finds that row's actions new.
    previous_doc = html_page(table[:-1])
    previous = observe(
        rules, parse_snapshot(previous_doc), None, source_url="bench", content_sha256=content_sha256(previous_doc),
        archive=None, names=names, now=NOW,
    ).state  # fmt: skip
    print(f"{args.participants} participants, median of {args.rounds} rounds")
    baselines: list[tuple[str, bytes, Callable[[bytes], object]]] = [
        ("html", html_page(table), lxml.html.document_fromstring),
        ("xml", xml_document(table), lxml.etree.fromstring),
    ]
    for label, content, baseline in baselines:
        snapshot = parse_snapshot(content)
        assert len(snapshot.participants) == args.participants

        def parse_and_diff(content: bytes = content, state: TreatyState = previous) -> object:
            return observe(
                rules, parse_snapshot(content), state, source_url="bench", content_sha256=content_sha256(content),
                archive=None, names=names, now=NOW,
            )  # fmt: skip

        ours = median_seconds(parse_and_diff, args.rounds)

        def bare_parse(content: bytes = content, parse: Callable[[bytes], object] = baseline) -> object:
            return parse(content)

        base = median_seconds(bare_parse, args.rounds)
        print(
            f"{label:4} {len(content) / 1024:6.1f} KiB  parse+diff {ours * 1000:7.3f} ms  "
            f"bare lxml parse {base * 1000:7.3f} ms  ratio {ours / base:5.1f}x"
        )


if __name__ == "__main__":
    main()
