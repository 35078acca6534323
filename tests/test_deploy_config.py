"""Keep docker-compose.yml, .env.example and the settings classes honest with each other (no Docker here)."""

import re
import subprocess
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from pydantic_settings import BaseSettings

from tocsin_classifier.settings import ClassifierSettings
from tocsin_notifier.channels.email import SmtpConfig
from tocsin_notifier.settings import NotifierSettings
from tocsin_runtime.settings import KafkaSettings
from tocsin_watcher.settings import WatcherSettings

ROOT = Path(__file__).resolve().parents[1]
SETTINGS: dict[str, type[BaseSettings]] = {
    "watcher": WatcherSettings,
    "classifier": ClassifierSettings,
    "notifier": NotifierSettings,
}


def _env_names(cls: type[BaseSettings]) -> set[str]:
    prefix = str(cls.model_config.get("env_prefix", ""))
    return {f"{prefix}{name}".upper() for name in cls.model_fields}


def _compose() -> dict[str, Any]:
    return dict(yaml.safe_load((ROOT / "docker-compose.yml").read_text()))


def _service_of(name: str, spec: dict[str, Any]) -> str | None:
    args = (spec.get("build") or {}).get("args") or {}
    return args.get("SERVICE") if isinstance(args, dict) else None


def _tocsin_services() -> dict[str, dict[str, Any]]:
    return {n: s for n, s in _compose()["services"].items() if _service_of(n, s)}


@pytest.mark.parametrize("name", ["kafka-topics", "watcher", "classifier", "notifier"])
def test_compose_environment_variables_exist_in_the_services_settings(name: str) -> None:
    """Every variable compose sets on a Tocsin container is a field its settings read."""
    spec = _tocsin_services()[name]
    known = _env_names(KafkaSettings) | _env_names(SETTINGS.get(str(_service_of(name, spec)), KafkaSettings))
    unknown = set(spec.get("environment") or {}) - known
    assert not unknown, f"{name} sets variables no settings class reads: {sorted(unknown)}"


def test_compose_commands_are_the_packages_console_scripts() -> None:
    """Each container runs a console script its package really declares (or a module that exists)."""
    for name, spec in _tocsin_services().items():
        service = _service_of(name, spec)
        scripts = tomllib.loads((ROOT / "services" / str(service) / "pyproject.toml").read_text())["project"]["scripts"]
        command = spec["command"]
        if command[0] == "python":
            assert command[1:3] == ["-m", "tocsin_runtime.admin"]
        else:
            assert command[0] in scripts, f"{name}: {command[0]} is not a console script of tocsin-{service}"


def test_compose_ports_match_settings_and_bind_loopback_only() -> None:
    """Published ports are the ports the services listen on, and only on 127.0.0.1 of the host."""
    services = _compose()["services"]
    for name, spec in services.items():
        for mapping in spec.get("ports", []):
            assert mapping.startswith("127.0.0.1:"), f"{name} publishes {mapping} beyond loopback"
    for name in SETTINGS:
        env = services[name]["environment"]
        port = env[f"{name.upper()}_HTTP_PORT"]
        assert services[name]["ports"] == [f"127.0.0.1:{port}:{port}"]
        assert env[f"{name.upper()}_HTTP_HOST"] == "0.0.0.0"
        assert SETTINGS[name]().model_dump()["http_port"] == int(port)  # compose keeps the laptop default


def test_compose_peers_point_at_services_that_exist() -> None:
    """Kafka, PostgreSQL and the SMTP catcher are addressed by their compose service names and ports."""
    services = _compose()["services"]
    kafka_listeners = services["kafka"]["environment"]["KAFKA_ADVERTISED_LISTENERS"]
    for name, spec in _tocsin_services().items():
        assert spec["environment"]["KAFKA_BOOTSTRAP_SERVERS"] in kafka_listeners, name
    notifier = services["notifier"]["environment"]
    db = urlsplit(notifier["NOTIFIER_DATABASE_URL"])
    pg = services["postgres"]["environment"]
    assert (db.hostname, db.username, db.password, db.path.lstrip("/")) == (
        "postgres",
        pg["POSTGRES_USER"],
        pg["POSTGRES_PASSWORD"],
        pg["POSTGRES_DB"],
    )
    assert notifier["NOTIFIER_SMTP_HOST"] in services
    assert "mailpit" in services[notifier["NOTIFIER_SMTP_HOST"]]["image"]
    assert notifier["NOTIFIER_SMTP_PORT"] == "1025"
    for name, spec in _tocsin_services().items():
        for dependency in spec.get("depends_on", {}):
            assert dependency in services, f"{name} depends on missing service {dependency}"


def test_env_example_lists_exactly_the_variables_the_settings_read() -> None:
    """.env.example documents every setting of every service, and nothing that does not exist."""
    text = (ROOT / ".env.example").read_text()
    listed = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", text, flags=re.MULTILINE))
    expected = _env_names(KafkaSettings).union(*(_env_names(cls) for cls in SETTINGS.values()))
    assert listed == expected, f"missing: {sorted(expected - listed)}; unknown: {sorted(listed - expected)}"


def _k8s_documents() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for path in sorted((ROOT / "deploy" / "k8s").glob("*.yaml")):
        docs.extend(d for d in yaml.safe_load_all(path.read_text()) if d)
    return docs


def _k8s_containers() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    for doc in _k8s_documents():
        pod = (doc.get("spec") or {}).get("template", {}).get("spec")
        if pod:
            out.extend((doc["metadata"]["name"], pod, container) for container in pod["containers"])
    return out


def test_kubernetes_config_and_secret_keys_are_settings_the_services_read() -> None:
    """Every key of the ConfigMap and the example Secret is a variable some settings class reads."""
    known = _env_names(KafkaSettings).union(*(_env_names(cls) for cls in SETTINGS.values()))
    for doc in _k8s_documents():
        if doc["kind"] in ("ConfigMap", "Secret"):
            keys = set(doc.get("data") or {}) | set(doc.get("stringData") or {})
            assert keys <= known, f"{doc['kind']} sets unknown variables: {sorted(keys - known)}"


def test_kubernetes_workloads_run_real_commands_non_root_with_probes_on_their_port() -> None:
    """Each workload runs a console script (or the admin module), as non-root, probing /healthz and /readyz."""
    config = next(d["data"] for d in _k8s_documents() if d["kind"] == "ConfigMap")
    scripts = {
        name: tomllib.loads((ROOT / "services" / name / "pyproject.toml").read_text())["project"]["scripts"]
        for name in SETTINGS
    }
    workloads = _k8s_containers()
    assert {name for name, _, _ in workloads} >= {"tocsin-watcher", "tocsin-classifier", "tocsin-notifier"}
    for name, pod, container in workloads:
        assert pod["securityContext"]["runAsNonRoot"] is True, name
        command = container["command"]
        if command[0] == "python":
            assert command[1:3] == ["-m", "tocsin_runtime.admin"]
            continue
        service = command[0].removeprefix("tocsin-")
        assert command[0] in scripts[service], name
        port = int(config[f"{service.upper()}_HTTP_PORT"])
        assert container["ports"] == [{"name": "http", "containerPort": port}]
        assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"


def test_env_example_uncommented_is_valid_for_bash_and_for_every_settings_class(tmp_path: Path) -> None:
    """Copying .env.example to .env and uncommenting any line works for scripts/up (bash) and the services."""
    lines = []
    for line in (ROOT / ".env.example").read_text().splitlines():
        match = re.match(r"^#\s*([A-Z][A-Z0-9_]+=.*)$", line)
        if match and match.group(1).startswith("NOTIFIER_ADMIN_TOKEN="):
            continue  # a placeholder the start refuses until replaced (tests/runtime/test_settings_env_example.py)
        lines.append(match.group(1) if match else line)
    env_file = tmp_path / ".env"
    env_file.write_text("\n".join(lines) + "\n")
    sourced = subprocess.run(
        ["bash", "-c", f'set -euo pipefail; set -a; source {env_file}; echo "$NOTIFIER_SMTP_SENDER"'],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert sourced.returncode == 0, sourced.stderr
    assert sourced.stdout.strip() == "Tocsin <alerts@localhost>"
    classes: list[type[BaseSettings]] = [KafkaSettings, *SETTINGS.values()]
    for cls in classes:
        cls(_env_file=env_file)  # raises on any value it cannot read
    watcher = WatcherSettings(_env_file=env_file)
    assert watcher.milestone_marks == [10, 20, 30, 35, 38, 39, 40]


def test_every_way_of_stopping_the_notifier_waits_longer_than_its_longest_send() -> None:
    """The notifier finishes its sends in flight on SIGTERM; killed at 10 s (scripts/down, Docker's default), a webhook
    its receiver had answered after 14 s was sent again after the start. Every stopper waits past both timeouts."""
    longest = max(
        NotifierSettings.model_fields["webhook_timeout"].default, SmtpConfig.__dataclass_fields__["timeout"].default
    )
    script = re.search(
        r"NOTIFIER_STOP_GRACE_S=\$\{NOTIFIER_STOP_GRACE_S:-(\d+)\}", (ROOT / "scripts" / "_lib.sh").read_text()
    )
    assert script is not None
    compose = _compose()["services"]["notifier"]["stop_grace_period"]
    [notifier] = [pod for name, pod, _ in _k8s_containers() if name == "tocsin-notifier"]
    graces = {
        "scripts": int(script.group(1)),
        "compose": int(compose.removesuffix("s")),
        "kubernetes": notifier["terminationGracePeriodSeconds"],
    }
    assert all(grace >= longest + 10 for grace in graces.values()), (graces, longest)
