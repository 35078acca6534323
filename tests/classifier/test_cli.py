"""`tocsin-classifier` as a subprocess: classify contract (order, invalid lines, exit codes), evaluate, help."""

import json
import subprocess
import sys
from pathlib import Path

from tests.classifier.factories import arrest, source_health, treaty_action
from tocsin_schemas import event_id, from_structured_json, to_structured_json

CLI = [sys.executable, "-c", "import sys; from tocsin_classifier.cli import main; sys.exit(main())"]


# A bound on a hung process, not on speed: `evaluate --split dev` reads every dev item (about 50 s for 25,000 on this
# machine alone, more when other work shares its two cores)
TIMEOUT_S = 600


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)


def test_help_lists_the_commands() -> None:
    """--help exits 0 and names classify, evaluate and run."""
    result = _run("--help")
    assert result.returncode == 0
    assert all(word in result.stdout for word in ("classify", "evaluate", "run"))


def test_classify_writes_one_alert_per_line_in_input_order() -> None:
    """Three valid lines give three alerts, same order, deterministic ids, same subjects."""
    events = [arrest("Blogger jailed under Article 117", n=1), source_health(), arrest("Ransomware gang held", n=2)]
    result = _run("classify", stdin="".join(to_structured_json(e) + "\n" for e in events))
    assert result.returncode == 0, result.stderr
    alerts = [from_structured_json(line) for line in result.stdout.splitlines()]
    assert [a.data.event.id for a in alerts] == [e.id for e in events]  # type: ignore[union-attr]
    assert [a.id for a in alerts] == [event_id("tocsin.alert.classified", e.id) for e in events]
    assert [a.subject for a in alerts] == [e.subject for e in events]
    assert all(a.type == "tocsin.alert.classified" and a.source == "urn:tocsin:classifier" for a in alerts)


def test_a_reader_that_goes_away_stops_it_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    """`classify | head -1`: the closed pipe ends it with status 1 and one line on stderr, not a traceback."""
    source = tmp_path / "events.jsonl"
    source.write_text("".join(to_structured_json(arrest(f"Blogger {n} jailed", n=n)) + "\n" for n in range(100)))
    with (
        source.open("rb") as stdin,
        subprocess.Popen([*CLI, "classify"], stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process,
    ):
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.readline()  # the first alert, then the reader goes away
        process.stdout.close()
        status = process.wait(timeout=60)
        stderr = process.stderr.read().decode()
    assert status == 1
    assert "stdout closed" in stderr
    assert "Traceback" not in stderr


def test_invalid_lines_are_reported_and_the_rest_still_classified() -> None:
    """Bad JSON, an invalid event and a non-watcher event each give 'line N: reason'; exit status 2."""
    good = to_structured_json(arrest("Journalist detained", n=3))
    invalid_event = json.dumps({"specversion": "1.0", "type": "tocsin.arrest.reported", "id": "x"})
    alert_line = _run("classify", stdin=good + "\n").stdout.strip()
    result = _run("classify", stdin="\n".join(["{oops", good, invalid_event, alert_line, good]) + "\n")
    assert result.returncode == 2
    assert len(result.stdout.splitlines()) == 2
    errors = result.stderr.splitlines()
    assert [e.split(":")[0] for e in errors] == ["line 1", "line 3", "line 4"]
    assert "not a watcher event" in errors[2]


def test_a_pathologically_nested_line_is_reported_not_a_crash() -> None:
    """A line nested beyond the JSON parser's limit is 'line N: reason', and the next line is still classified."""
    good = to_structured_json(arrest("Journalist detained", n=4))
    result = _run("classify", stdin="[" * 100_000 + "\n" + good + "\n")
    assert result.returncode == 2, result.stderr[-500:]
    assert result.stderr.startswith("line 1: ")
    assert len(result.stdout.splitlines()) == 1


def test_a_line_over_the_services_record_limit_is_reported_like_the_service_dead_letters_it() -> None:
    """The service dead-letters a record over 512 KiB (its alert embeds it and would exceed Kafka's message size);
    the offline contract must agree: 'line N: ... KiB', exit 2, the next line still classified."""
    good = to_structured_json(arrest("Journalist detained", n=6))
    huge = good.replace("Journalist detained", "Journalist detained " + "x" * 600_000)
    result = _run("classify", stdin="\n".join([huge, good]) + "\n")
    assert result.returncode == 2, result.stderr[-500:]
    assert result.stderr.startswith("line 1: ")
    assert "512 KiB" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_a_lone_surrogate_line_is_reported_and_the_next_line_still_classified() -> None:
    """A title holding a lone UTF-16 surrogate is 'line N: reason', never a crash of the whole stream."""
    good = to_structured_json(arrest("Journalist detained", n=5))
    bad = good.replace("Journalist detained", "Blogger \\ud800 arrested")
    result = _run("classify", stdin="\n".join([good, bad, good]) + "\n")
    assert result.returncode == 2, result.stderr[-500:]
    assert result.stderr.startswith("line 2: ")
    assert len(result.stdout.splitlines()) == 2


def test_treaty_lines_update_the_context_for_later_lines() -> None:
    """A signature on stdin makes a later arrest in that state a signatory-state arrest."""
    lines = [treaty_action("Pakistan", "PAK", "signature"), arrest("Journalist arrested over posts", country="PAK")]
    result = _run("classify", stdin="".join(to_structured_json(e) + "\n" for e in lines))
    last = json.loads(result.stdout.splitlines()[-1])
    assert "convention-signatory" in last["data"]["country_context"]["severity_raised_by"]


def test_context_from_file_preloads_convention_status(tmp_path: Path) -> None:
    """--context-from FILE applies its treaty actions before stdin is read."""
    context = tmp_path / "treaty.jsonl"
    context.write_text(to_structured_json(treaty_action("Nigeria", "NGA")) + "\n")
    line = to_structured_json(arrest("Blogger charged over Facebook post", country="NGA"))
    result = _run("classify", "--context-from", str(context), stdin=line + "\n")
    assert result.returncode == 0, result.stderr
    alert = json.loads(result.stdout)
    assert alert["data"]["country_context"]["convention"]["ratified"] is True


def test_missing_context_file_is_an_error_but_stdin_is_still_classified(tmp_path: Path) -> None:
    """An unreadable --context-from gives a message and exit 2; valid input lines are not dropped."""
    line = to_structured_json(arrest("Journalist detained", n=4))
    result = _run("classify", "--context-from", str(tmp_path / "absent.jsonl"), stdin=line + "\n")
    assert result.returncode == 2
    assert len(result.stdout.splitlines()) == 1
    assert "absent.jsonl" in result.stderr


def test_evaluate_prints_the_table_for_the_dev_split() -> None:
    """`evaluate --split dev` prints accuracy, false alarms and per-tag scores."""
    result = _run("evaluate", "--split", "dev")
    assert result.returncode == 0, result.stderr
    assert "relevance accuracy" in result.stdout
    assert "false alarms on non-relevant" in result.stdout
    assert "treaty-adoption" in result.stdout
