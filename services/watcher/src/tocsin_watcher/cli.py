"""`tocsin-watcher`: one-shot reads publishing CloudEvents (or printing them: --print) and the service (`run`).

The one-shot reads are `treaty`, `feed` and `gdelt`.

Exit status: 0 when the source was read (with or without events; for `feed`, at least one source), 3 when
it could not be read or parsed (state untouched), 2 for usage errors, 1 when the run could not finish for
another reason (saved state unreadable, Kafka unreachable, stdout closed; state untouched).
With `--print`, stdout carries only one structured CloudEvent JSON per line; logs go to stderr.
"""

import argparse
import asyncio
import datetime as dt
import os
import pathlib
import sys
from collections.abc import Sequence

import structlog
from aiokafka.errors import KafkaError
from pydantic_settings import SettingsError

from tocsin_runtime.errors import KafkaUnavailableError
from tocsin_runtime.logging import configure_logging, log_level
from tocsin_runtime.settings import KafkaSettings, load_settings
from tocsin_schemas import CloudEvent, to_structured_json
from tocsin_watcher.errors import StartError, StateUnreadable
from tocsin_watcher.feeds.age import parse_max_age
from tocsin_watcher.fetch import Fetcher
from tocsin_watcher.jobs import Jobs
from tocsin_watcher.settings import WatcherSettings
from tocsin_watcher.treaty.sources import DEFAULT_TREATY, treaty_named_by

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3
log = structlog.get_logger()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tocsin-watcher", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--log-level", default=None, type=log_level, help="DEBUG, INFO, WARNING or ERROR (logs go to stderr)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    treaty = commands.add_parser("treaty", help="read a treaty status page (HTML) or MTDSG document (XML)")
    treaty.add_argument(
        "--source",
        action="append",
        required=True,
        metavar="SRC",
        help="http(s) URL, file:// URL or path; repeat for fallbacks tried in order",
    )
    treaty.add_argument("--treaty", default=None, help=f"MTDSG id (default: named by SRC, else {DEFAULT_TREATY})")
    _common(treaty)

    feed = commands.add_parser("feed", help="poll RSS / Atom feeds for arrest reports")
    feed.add_argument("--source", action="append", required=True, metavar="SRC", help="feed URL or path; repeatable")
    feed.add_argument(
        "--max-age",
        type=_max_age,
        default=argparse.SUPPRESS,
        metavar="DURATION",
        help="remember but do not report items published longer ago: an ISO 8601 duration (P7D, PT36H), or "
        "'none' to report every new item however old (default: WATCHER_FEED_MAX_AGE, else P7D)",
    )
    _common(feed)

    gdelt = commands.add_parser("gdelt", help="read a GDELT 2.0 events export for arrest reports")
    gdelt.add_argument(
        "--source", required=True, metavar="SRC", help="lastupdate.txt URL or path, or an export .zip / .CSV"
    )
    _common(gdelt)

    commands.add_parser("run", help="run the service: poll every configured source, publish to Kafka")
    return parser  # fmt: skip


def _max_age(text: str) -> dt.timedelta | None:
    try:
        return parse_max_age(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is neither an ISO 8601 duration above zero nor 'none'") from None


def _common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--state", required=True, type=pathlib.Path, metavar="DIR", help="state directory")
    command.add_argument(
        "--print",
        action="store_true",
        dest="print_events",
        help="write events to stdout as structured CloudEvents, one JSON per line, not to Kafka",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        settings = load_settings(WatcherSettings)
        needs_kafka = args.command == "run" or not args.print_events
        kafka = load_settings(KafkaSettings) if needs_kafka else None
    except SettingsError as exc:  # one line naming each bad variable, never its value: it may be a credential
        print(f"tocsin-watcher: {exc}", file=sys.stderr)
        return EXIT_USAGE
    configure_logging("watcher", args.log_level or settings.log_level)
    if args.command == "run":
        from tocsin_watcher.app import run_service

        try:
            asyncio.run(run_service(settings, kafka))
        except (KafkaUnavailableError, KafkaError) as exc:
            log.error("kafka_unavailable", error=str(exc))
            return EXIT_FAILURE
        except StartError as exc:
            log.error("watcher_start_failed", reason=str(exc))
            return EXIT_FAILURE
        except KeyboardInterrupt:
            log.info("watcher_stopped")
        return EXIT_OK
    settings = settings.model_copy(update={"state_dir": args.state})
    if args.command == "treaty":
        named = {name for name in map(treaty_named_by, args.source) if name}
        if args.treaty is None and len(named) > 1:
            print(f"tocsin-watcher: sources name different treaties {sorted(named)}; pass --treaty", file=sys.stderr)
            return EXIT_USAGE
        treaty = args.treaty or (named.pop() if named else DEFAULT_TREATY)
        return asyncio.run(_one_shot(settings, kafka, treaty=treaty, sources=args.source))
    if args.command == "gdelt":
        return asyncio.run(_one_shot(settings, kafka, treaty=None, sources=[args.source], gdelt=True))
    if "max_age" in vars(args):  # --max-age given: it overrides WATCHER_FEED_MAX_AGE
        settings = settings.model_copy(update={"feed_max_age": args.max_age})
    return asyncio.run(_one_shot(settings, kafka, treaty=None, sources=args.source))


async def _one_shot(
    settings: WatcherSettings,
    kafka: KafkaSettings | None,
    *,
    treaty: str | None,
    sources: list[str],
    gdelt: bool = False,
) -> int:
    """Poll once; events go to Kafka, or to stdout (`--print`) when `kafka` is None."""
    from tocsin_watcher.app import fetch_policy, kafka_emitter

    validators = settings.state_dir / "http_validators.json"
    try:
        async with Fetcher(fetch_policy(settings), validators_path=validators) as fetcher:
            if kafka is None:
                return await _poll(Jobs.build(settings, fetcher, print_events), treaty, sources, gdelt)
            async with kafka_emitter(kafka) as emit:
                return await _poll(Jobs.build(settings, fetcher, emit), treaty, sources, gdelt)
    except (KafkaUnavailableError, KafkaError) as exc:  # nothing was saved: the next run publishes it all
        log.error("kafka_unavailable", error=str(exc))
        return EXIT_FAILURE


async def _poll(jobs: Jobs, treaty: str | None, sources: list[str], gdelt: bool = False) -> int:
    try:
        return await _poll_once(jobs, treaty, sources, gdelt)
    except StateUnreadable as exc:
        log.error("state_unreadable", error=str(exc))
        return EXIT_FAILURE
    except BrokenPipeError:  # the reader of stdout went away: nothing was saved, the next run re-emits
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        log.error("stdout_closed")
        return EXIT_FAILURE


async def _poll_once(jobs: Jobs, treaty: str | None, sources: list[str], gdelt: bool = False) -> int:
    if gdelt:
        gdelt_result = await jobs.gdelt(sources[0])
        return EXIT_OK if gdelt_result.error is None else EXIT_UNREADABLE
    if treaty is not None:
        result = await jobs.treaty(treaty, sources)
        return EXIT_OK if result.read else EXIT_UNREADABLE
    feeds = await jobs.feeds(sources)
    every_source_failed = set(dict.fromkeys(sources)) <= set(feeds.errors)
    return EXIT_UNREADABLE if every_source_failed else EXIT_OK


async def print_events(events: Sequence[CloudEvent]) -> None:
    """The CLI's emitter: structured-mode JSON, one event per line, flushed at once."""
    for event in events:
        sys.stdout.write(to_structured_json(event) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
