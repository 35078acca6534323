"""The root README's "Try it" watcher commands, run as documented (with --print instead of Kafka), still emit."""

import json
import shlex
from pathlib import Path

from tests.watcher.support import run_cli

ROOT = Path(__file__).resolve().parents[2]


def _documented_watcher_commands() -> list[list[str]]:
    """The `tocsin-watcher` arguments of every line of the Try-it block, comments dropped."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Try it", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = []
    for line in block.splitlines():
        if line.startswith("uv run tocsin-watcher "):
            commands.append(shlex.split(line, comments=True)[3:])
    return commands


def _runnable(args: list[str], state: Path) -> list[str]:
    """The documented arguments with sources under the repository, the state in `state`, and --print."""
    runnable = list(args)
    for position, word in enumerate(args[:-1]):
        if word == "--source":
            runnable[position + 1] = str(ROOT / args[position + 1])
        elif word == "--state":
            runnable[position + 1] = str(state)
    return [*runnable, "--print"]


def test_the_documented_demo_emits_backfill_then_treaty_news_then_arrest_reports(tmp_path: Path) -> None:
    """The sample feeds date from 2025: the documented feed command must still print arrest reports."""
    commands = _documented_watcher_commands()
    assert [args[0] for args in commands] == ["treaty", "treaty", "feed"]
    printed = []
    for args in commands:
        proc = run_cli(*_runnable(args, tmp_path / "demo"), cwd=tmp_path, env={"WATCHER_SIGNATURE_DEADLINES": "{}"})
        assert proc.returncode == 0, proc.stderr
        printed.append([json.loads(line) for line in proc.stdout.splitlines()])
    backfill, news, reports = printed
    assert backfill
    assert all(event["data"]["backfill"] for event in backfill)
    assert [event["data"]["backfill"] for event in news if event["type"] == "tocsin.treaty.action"] == [False, False]
    assert len(reports) == 9
    assert {event["type"] for event in reports} == {"tocsin.arrest.reported"}
