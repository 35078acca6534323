"""`tocsin-watcher gdelt` as operators run it: events on stdout, the same exit codes as `feed`."""

import json
from pathlib import Path

from tests.watcher.gdelt.conftest import FIXTURES
from tests.watcher.support import run_cli
from tocsin_schemas import ArrestReportedEvent, from_structured_json


def test_gdelt_prints_seven_arrest_reports_then_nothing(tmp_path: Path) -> None:
    """First run: seven structured CloudEvents on stdout, logs on stderr; second run: exit 0, empty stdout."""
    source = str(FIXTURES / "lastupdate.txt")
    proc = run_cli("gdelt", "--source", source, "--state", "st", "--print", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    events = [from_structured_json(line) for line in proc.stdout.splitlines()]
    assert len(events) == 7
    assert all(isinstance(e, ArrestReportedEvent) for e in events)
    assert all(json.loads(line)["specversion"] == "1.0" for line in proc.stdout.splitlines())
    assert "gdelt_polled" in proc.stderr
    again = run_cli("gdelt", "--source", source, "--state", "st", "--print", cwd=tmp_path)
    assert (again.returncode, again.stdout) == (0, "")


def test_an_export_csv_path_is_a_source_too(tmp_path: Path) -> None:
    """The CSV itself (no zip, no lastupdate) reads the same seven reports."""
    proc = run_cli("gdelt", "--source", str(FIXTURES / "export.CSV"), "--state", "st", "--print", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 7


def test_unreadable_sources_exit_3_and_leave_no_state(tmp_path: Path) -> None:
    """A missing file or a truncated zip exits 3 with empty stdout and no seen-keys file."""
    broken = tmp_path / "x.export.CSV.zip"
    broken.write_bytes((FIXTURES / "20250312103000.export.CSV.zip").read_bytes()[:500])
    for source in [str(tmp_path / "missing.zip"), str(broken)]:
        proc = run_cli("gdelt", "--source", source, "--state", "st", "--print", cwd=tmp_path)
        assert (proc.returncode, proc.stdout) == (3, "")
    assert not (tmp_path / "st" / "feeds-seen.json").exists()


def test_missing_arguments_exit_2(tmp_path: Path) -> None:
    """No --state (or no --source) is a usage error."""
    assert run_cli("gdelt", "--source", "x", "--print", cwd=tmp_path).returncode == 2
    assert run_cli("gdelt", "--state", "st", "--print", cwd=tmp_path).returncode == 2


def test_corrupt_state_exits_1(tmp_path: Path) -> None:
    """A corrupt feeds-seen.json is left for an operator: exit 1, nothing printed."""
    (tmp_path / "st").mkdir()
    (tmp_path / "st" / "feeds-seen.json").write_text("{nope")
    proc = run_cli("gdelt", "--source", str(FIXTURES / "export.CSV"), "--state", "st", "--print", cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (1, "")
