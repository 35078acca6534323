"""`tocsin-notifier`: serve (consumer, delivery workers and API), api (API only), migrate."""

import argparse
import asyncio
import sys
from collections.abc import Sequence

import structlog
from pydantic_settings import SettingsError

from tocsin_notifier.app import Notifier
from tocsin_notifier.channels.email_content import preload
from tocsin_notifier.database import make_engine, migrate
from tocsin_notifier.errors import StartError
from tocsin_notifier.settings import NotifierSettings
from tocsin_runtime.logging import configure_logging
from tocsin_runtime.settings import KafkaSettings, load_settings


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tocsin-notifier",
        description="Deliver classified Tocsin alerts by signed webhook and email. "
        "Configured by NOTIFIER_* and KAFKA_* environment variables (see .env.example).",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("serve", help="consume alerts, deliver them and serve the HTTP API (needs Kafka)")
    sub.add_parser("api", help="serve the HTTP API only (needs the database, not Kafka)")
    sub.add_parser("migrate", help="bring the database schema up to date and exit")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    args = parser().parse_args(argv)
    try:
        settings = load_settings(NotifierSettings)
        kafka = load_settings(KafkaSettings) if args.command == "serve" else None
    except SettingsError as exc:  # one line naming each bad variable, never its value: it may be a credential
        print(f"tocsin-notifier: {exc}", file=sys.stderr)
        return 2
    configure_logging("notifier", settings.log_level)
    try:
        if args.command == "migrate":
            asyncio.run(_migrate(settings.database_url))
        else:
            preload()  # the templates of this code, kept whatever a `git pull` puts on disk before the restart
            asyncio.run(Notifier(settings, kafka).serve())
    except StartError as exc:  # a port taken, the database not answering: one line saying which, exit 1
        structlog.get_logger().error("notifier_start_failed", reason=str(exc))
        return 1
    return 0


async def _migrate(url: str) -> None:
    engine = make_engine(url)
    try:
        await migrate(engine)
    finally:
        await engine.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
