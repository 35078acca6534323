"""`tocsin-watcher` with bad WATCHER_ or KAFKA_ settings: one line on stderr naming the variable, exit 2."""

from pathlib import Path

from tests.watcher.support import run_cli

FEED = Path(__file__).parents[1] / "fixtures" / "feeds" / "presse_fr.rss"


def _assert_one_clean_line(stderr: str, *fragments: str) -> None:
    assert stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr
    assert all(fragment in stderr for fragment in fragments), stderr


def test_feeds_that_are_not_json_are_reported_by_name(tmp_path: Path) -> None:
    """WATCHER_FEEDS=notjson (parsed before validation) names the variable instead of a SettingsError traceback."""
    proc = run_cli("run", cwd=tmp_path, env={"WATCHER_FEEDS": "notjson"})
    assert (proc.returncode, proc.stdout) == (2, "")
    _assert_one_clean_line(proc.stderr, "tocsin-watcher: invalid WATCHER_ settings:", "WATCHER_FEEDS", "JSON")
    assert "notjson" not in proc.stderr


def test_bad_json_in_dotenv_says_it_is_in_dotenv(tmp_path: Path) -> None:
    """A list that is not JSON in .env is reported as coming from .env."""
    (tmp_path / ".env").write_text("WATCHER_MILESTONE_MARKS=[10,\n")
    proc = run_cli("run", cwd=tmp_path, env={"TOCSIN_ENV_FILE": ".env"})  # the suite reads no .env otherwise
    assert proc.returncode == 2
    _assert_one_clean_line(proc.stderr, "WATCHER_MILESTONE_MARKS in .env is not valid JSON")


def test_unknown_kafka_security_protocol_stops_run_cleanly(tmp_path: Path) -> None:
    """`run` with KAFKA_SECURITY_PROTOCOL=FOO lists the protocols aiokafka speaks, with no traceback."""
    proc = run_cli("run", cwd=tmp_path, env={"KAFKA_SECURITY_PROTOCOL": "FOO"})
    assert proc.returncode == 2
    _assert_one_clean_line(
        proc.stderr, "tocsin-watcher: invalid KAFKA_ settings: security_protocol:", "SASL_SSL", "PLAINTEXT"
    )
    assert "FOO" not in proc.stderr


def test_one_shot_to_kafka_checks_kafka_settings_before_reading(tmp_path: Path) -> None:
    """A one-shot read that publishes to Kafka refuses a bad KAFKA_ setting up front and leaves no state."""
    args = ("feed", "--source", str(FEED), "--state", "st")
    proc = run_cli(*args, cwd=tmp_path, env={"KAFKA_SECURITY_PROTOCOL": "FOO"})
    assert proc.returncode == 2
    _assert_one_clean_line(proc.stderr, "invalid KAFKA_ settings: security_protocol:")
    assert not (tmp_path / "st").exists()


def test_print_mode_needs_no_kafka_settings(tmp_path: Path) -> None:
    """With --print nothing goes to Kafka, so a bad KAFKA_ setting does not stop the read."""
    args = ("feed", "--source", str(FEED), "--state", "st", "--print")
    proc = run_cli(*args, cwd=tmp_path, env={"KAFKA_SECURITY_PROTOCOL": "FOO"})
    assert proc.returncode == 0, proc.stderr
    assert "invalid" not in proc.stderr
