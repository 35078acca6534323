"""`tocsin-watcher` as operators and tests run it: a subprocess, events on stdout, exit codes."""

import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.watcher.support import run_cli
from tocsin_schemas import TreatyActionEvent, from_structured_json
from tocsin_watcher.cli import main

UNTC = Path(__file__).parents[1] / "fixtures" / "untc"
FEEDS = Path(__file__).parents[1] / "fixtures" / "feeds"


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # event counts must not depend on how near a signature deadline is
    return run_cli(*args, cwd=cwd, env={"WATCHER_SIGNATURE_DEADLINES": "{}", **(env or {})})


def _events(stdout: str) -> list[TreatyActionEvent]:
    events = [from_structured_json(line) for line in stdout.splitlines()]
    return [e for e in events if isinstance(e, TreatyActionEvent)]


def test_treaty_prints_one_cloudevent_per_line_and_nothing_else(tmp_path: Path) -> None:
    """The first read prints 20 structured CloudEvents on stdout (every line valid JSON), logs on stderr."""
    proc = _run("treaty", "--source", str(UNTC / "status_2026-03.html"), "--state", "st", "--print", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 20
    assert all(json.loads(line)["specversion"] == "1.0" for line in lines)
    assert len(_events(proc.stdout)) == 20
    assert "treaty_polled" in proc.stderr


def test_second_run_prints_nothing_and_exits_zero(tmp_path: Path) -> None:
    """Reading the same page again exits 0 with empty stdout."""
    page = str(UNTC / "status_2026-03.html")
    _run("treaty", "--source", page, "--state", "st", "--print", cwd=tmp_path)
    proc = _run("treaty", "--source", page, "--state", "st", "--print", cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (0, "")


def test_xml_file_url_then_html_emit_the_same_ids(tmp_path: Path) -> None:
    """A file:// URL to the MTDSG XML and the HTML page give the same event ids."""
    xml = _run("treaty", "--source", (UNTC / "XVIII-16.en.xml").as_uri(), "--state", "a", "--print", cwd=tmp_path)
    html = _run("treaty", "--source", str(UNTC / "status_2026-03.html"), "--state", "b", "--print", cwd=tmp_path)
    assert xml.returncode == html.returncode == 0
    assert sorted(e.id for e in _events(xml.stdout)) == sorted(e.id for e in _events(html.stdout))
    assert {e.data.treaty for e in _events(xml.stdout)} == {"XVIII-16"}


def test_unparseable_page_exits_3_and_leaves_no_state(tmp_path: Path) -> None:
    """A maintenance page exits 3, prints nothing, and writes no treaty state."""
    proc = _run("treaty", "--source", str(UNTC / "maintenance.html"), "--state", "st", "--print", cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (3, "")
    assert "maintenance" in proc.stderr
    assert not (tmp_path / "st" / "treaties").exists()


def test_missing_source_file_exits_3(tmp_path: Path) -> None:
    """A source that cannot be read exits 3."""
    proc = _run("treaty", "--source", str(tmp_path / "nope.html"), "--state", "st", "--print", cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (3, "")


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    """A missing --source, an unknown command, or no command at all exit 2."""
    assert _run("treaty", "--state", "st", "--print", cwd=tmp_path).returncode == 2
    assert main(["sing"]) == 2
    assert main([]) == 2


def test_sources_naming_different_treaties_are_a_usage_error(tmp_path: Path) -> None:
    """Two sources for two treaties without --treaty exit 2 rather than mixing them."""
    proc = _run(
        "treaty", "--source", "https://x.test/ViewDetails.aspx?mtdsg_no=XVIII-16",
        "--source", "https://x.test/ViewDetails.aspx?mtdsg_no=IV-4", "--state", "st", "--print", cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 2


def test_corrupt_state_exits_1_without_touching_it(tmp_path: Path) -> None:
    """An unreadable saved state is reported, kept as it is, and the run exits 1."""
    state = tmp_path / "st" / "treaties" / "XVIII-16.json"
    state.parent.mkdir(parents=True)
    state.write_text("{broken")
    proc = _run("treaty", "--source", str(UNTC / "status_2026-03.html"), "--state", "st", "--print", cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (1, "")
    assert state.read_text() == "{broken"


def test_help_returns_zero_in_process(capsys: object) -> None:
    """main(['--help']) returns 0 instead of raising SystemExit."""
    assert main(["--help"]) == 0
    assert main(["treaty", "--help"]) == 0


def test_feed_with_every_source_failing_exits_3(tmp_path: Path) -> None:
    """`feed` exits 3 when no feed could be read, with nothing on stdout."""
    proc = _run("feed", "--source", str(tmp_path / "a.xml"), "--source", str(tmp_path / "b.xml"),
                "--state", "st", "--print", cwd=tmp_path)  # fmt: skip
    assert (proc.returncode, proc.stdout) == (3, "")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Rights Watch Asia</title><link>https://news.example.org/</link>
<description>Human rights news</description>
<item><title>Vietnamese blogger arrested for Facebook posts under Article 117</title>
<link>https://news.example.org/2026/03/blogger-arrested?utm_source=rss</link>
<guid>https://news.example.org/?p=101</guid><pubDate>Sat, 14 Mar 2026 08:00:00 +0000</pubDate>
<description>Police in Hanoi arrested a blogger and charged him with "propaganda against the State"
under Article 117 of the Penal Code over posts criticising officials on Facebook.</description></item>
<item><title>Football: Hanoi FC wins the cup</title><link>https://news.example.org/2026/03/cup</link>
<guid>https://news.example.org/?p=102</guid><pubDate>Sat, 14 Mar 2026 09:00:00 +0000</pubDate>
<description>A late goal decided the final.</description></item>
</channel></rss>
"""


def test_feed_prints_arrest_reports_once_and_survives_a_failing_source(tmp_path: Path) -> None:
    """One good feed and one missing: exit 0, the arrest report printed once, nothing on the next run."""
    (tmp_path / "feed.xml").write_text(RSS, encoding="utf-8")
    # the sample is dated March 2026: without the cutoff whatever day the test runs
    args = ("feed", "--source", "feed.xml", "--source", "missing.xml", "--state", "st", "--print", "--max-age", "none")
    first = _run(*args, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    [line] = first.stdout.splitlines()
    event = from_structured_json(line)
    assert event.type == "tocsin.arrest.reported"
    again = _run(*args, cwd=tmp_path)
    assert (again.returncode, again.stdout) == (0, "")


def test_feed_keeps_a_back_catalogue_quiet_unless_told_otherwise(tmp_path: Path) -> None:
    """By default a months-old report is remembered, not printed; `--max-age` or WATCHER_FEED_MAX_AGE lift it."""
    (tmp_path / "feed.xml").write_text(RSS, encoding="utf-8")
    args = ("feed", "--source", "feed.xml", "--print")
    quiet = _run(*args, "--state", "default", cwd=tmp_path)
    assert (quiet.returncode, quiet.stdout) == (0, ""), quiet.stderr
    assert "feed_items_too_old" in quiet.stderr
    assert _run(*args, "--state", "default", "--max-age", "none", cwd=tmp_path).stdout == ""  # remembered as seen
    from_env = _run(*args, "--state", "env", cwd=tmp_path, env={"WATCHER_FEED_MAX_AGE": "none"})
    from_flag = _run(
        *args, "--state", "flag", "--max-age", "P10000D", cwd=tmp_path, env={"WATCHER_FEED_MAX_AGE": "P1D"}
    )
    for proc in (from_env, from_flag):
        assert proc.returncode == 0, proc.stderr
        assert [json.loads(line)["type"] for line in proc.stdout.splitlines()] == ["tocsin.arrest.reported"]


@pytest.mark.parametrize("value", ["soon", "P0D", "-P1D"])
def test_a_max_age_that_is_not_a_positive_duration_is_a_usage_error(tmp_path: Path, value: str) -> None:
    """`--max-age` takes an ISO 8601 duration above zero or `none`; anything else exits 2 before reading."""
    proc = _run("feed", "--source", "feed.xml", "--state", "st", "--print", "--max-age", value, cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert "--max-age" in proc.stderr
    assert not (tmp_path / "st").exists()


@pytest.mark.parametrize("args", [["--help"], ["treaty", "--help"], ["feed", "--help"], ["run", "--help"]])
def test_console_script_help_exits_zero(args: list[str], tmp_path: Path) -> None:
    """The installed `tocsin-watcher` script prints help for itself and each command, exiting 0."""
    script = shutil.which("tocsin-watcher", path=str(Path(sys.executable).parent))
    assert script is not None
    proc = subprocess.run([script, *args], capture_output=True, text=True, timeout=60, cwd=tmp_path, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("usage: tocsin-watcher")


def test_debug_logging_still_leaves_stdout_to_events(tmp_path: Path) -> None:
    """At DEBUG, every log line goes to stderr: stdout holds only the 20 CloudEvents of a first read."""
    proc = _run("--log-level", "DEBUG", "treaty", "--source", (UNTC / "XVIII-16.en.xml").as_uri(), "--state", "st",
                "--print", cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["type"] for line in proc.stdout.splitlines()] == ["tocsin.treaty.action"] * 20
    assert "treaty_polled" in proc.stderr


def test_feed_with_only_hostile_sources_exits_3_and_prints_nothing(tmp_path: Path) -> None:
    """An HTML error page and a feed cut before its first item: no crash, nothing printed, exit 3."""
    proc = _run("feed", "--source", str(FEEDS / "html_error_page.html"), "--source",
                str(FEEDS / "truncated_before_first_item.rss"), "--state", "st", "--print", cwd=tmp_path)  # fmt: skip
    assert (proc.returncode, proc.stdout) == (3, "")
    assert "feed_unreadable" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unreachable_kafka_exits_1_and_saves_nothing(tmp_path: Path) -> None:
    """Without --print and with no broker to publish to, the run exits 1 and leaves no treaty state behind."""
    kafka = {"KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1", "KAFKA_CREATE_TOPICS": "false"}
    proc = _run("treaty", "--source", str(UNTC / "status_2026-03.html"), "--state", "st", cwd=tmp_path, env=kafka)
    assert (proc.returncode, proc.stdout) == (1, "")
    assert "kafka_unavailable" in proc.stderr
    assert not (tmp_path / "st" / "treaties").exists()


def _start_failure(proc: subprocess.CompletedProcess[str]) -> str:
    """The run's only log line: `watcher_start_failed`, exit 1, no traceback; returns its reason."""
    assert proc.returncode == 1, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    record = json.loads(lines[0])
    assert record["event"] == "watcher_start_failed"
    return str(record["reason"])


def test_run_with_a_state_directory_it_cannot_write_stops_at_once_with_one_line(tmp_path: Path) -> None:
    """It used to run on, every poll crashing with a traceback; now it stops before reading or publishing."""
    (tmp_path / "a-file").write_text("not a directory\n")
    env = {"WATCHER_STATE_DIR": str(tmp_path / "a-file" / "state"), "KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1"}
    reason = _start_failure(_run("run", cwd=tmp_path, env=env))
    assert f"{tmp_path / 'a-file' / 'state'} (WATCHER_STATE_DIR) cannot be written: Not a directory" in reason


def test_run_with_its_http_port_taken_stops_with_one_line(tmp_path: Path, kafka_bootstrap: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {
            "WATCHER_STATE_DIR": str(tmp_path / "state"),
            "WATCHER_HTTP_PORT": str(port),
            "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        }
        reason = _start_failure(_run("run", cwd=tmp_path, env=env))
    assert reason == f"cannot listen on 127.0.0.1:{port}: Address already in use (WATCHER_HTTP_HOST/PORT)"
