"""`tocsin-classifier run` with bad CLASSIFIER_ or KAFKA_ settings: one line on stderr, exit 2, nothing started."""

from pathlib import Path

import pytest

from tocsin_classifier.cli import main
from tocsin_classifier.settings import ClassifierSettings


@pytest.fixture(autouse=True)
def _no_dotenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # settings also read ./.env: keep a developer's file out of these tests


@pytest.mark.parametrize("port", ["99999", "-1", "65536"])
def test_http_port_outside_0_to_65535_is_refused(
    port: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """CLASSIFIER_HTTP_PORT=99999 is a settings error naming http_port, not an OverflowError at bind time."""
    monkeypatch.setenv("CLASSIFIER_HTTP_PORT", port)
    assert main(["run"]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("tocsin-classifier: invalid CLASSIFIER_ settings: http_port:")
    assert captured.err.count("\n") == 1
    assert captured.out == ""


@pytest.mark.parametrize("port", ["0", "8082", "65535"])
def test_http_ports_in_range_are_accepted(port: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bounds are the watcher's and notifier's: 0 (any free port) to 65535."""
    monkeypatch.setenv("CLASSIFIER_HTTP_PORT", port)
    assert ClassifierSettings(_env_file=None).http_port == int(port)


def test_unknown_kafka_security_protocol_is_reported_without_its_value(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """KAFKA_SECURITY_PROTOCOL=FOO gives one clean line naming the field and the accepted protocols."""
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "FOO")
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tocsin-classifier: invalid KAFKA_ settings: security_protocol:")
    assert "SASL_PLAINTEXT" in err
    assert "FOO" not in err
