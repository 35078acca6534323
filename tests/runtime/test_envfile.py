"""scripts/up and scripts/down read .env as the services do (tocsin_runtime.envfile), not with bash's `source`."""

import subprocess
import sys
from pathlib import Path

from tocsin_runtime.envfile import exports
from tocsin_runtime.settings import KafkaSettings

DOTENV = "NOTIFIER_ADMIN_TOKEN=s3cr$tPa55word\nNOTIFIER_SMTP_PASSWORD=pa$$w0rd\nKAFKA_PORT=19392\n# KAFKA_CLIENT_ID=x\n"


def _as_bash_sees(path: Path, environ: dict[str, str]) -> dict[str, str]:
    script = "\n".join(exports(path, environ))
    shown = subprocess.run(
        ["bash", "-c", f'{script}\nprintf "%s\\n" "$NOTIFIER_ADMIN_TOKEN" "$NOTIFIER_SMTP_PASSWORD" "$KAFKA_PORT"'],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", **environ},
    ).stdout.splitlines()
    return dict(zip(("NOTIFIER_ADMIN_TOKEN", "NOTIFIER_SMTP_PASSWORD", "KAFKA_PORT"), shown, strict=True))


def test_a_dollar_in_a_secret_reaches_the_shell_as_the_services_read_it(tmp_path: Path) -> None:
    """`source .env` turned "s3cr$tPa55word" into "s3cr" and "pa$$w0rd" into "pa<pid>w0rd", and scripts/up exported
    that over the services' own reading."""
    path = tmp_path / ".env"
    path.write_text(DOTENV)
    assert _as_bash_sees(path, {}) == {
        "NOTIFIER_ADMIN_TOKEN": "s3cr$tPa55word",
        "NOTIFIER_SMTP_PASSWORD": "pa$$w0rd",
        "KAFKA_PORT": "19392",
    }


def test_the_environment_wins_over_the_file_as_it_does_for_the_services(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    path.write_text(DOTENV + "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1\n")
    assert _as_bash_sees(path, {"KAFKA_PORT": "9092"})["KAFKA_PORT"] == "9092"
    assert not any(line.startswith("export KAFKA_CLIENT_ID") for line in exports(path, {}))
    assert KafkaSettings(_env_file=path).bootstrap_servers == "127.0.0.1:1"  # the same file, the same reading


def test_no_file_means_no_exports(tmp_path: Path) -> None:
    assert exports(tmp_path / "missing.env", {}) == []
    done = subprocess.run([sys.executable, "-m", "tocsin_runtime.envfile"], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""  # the suite sets TOCSIN_ENV_FILE to "": no file at all
