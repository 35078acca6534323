"""The templates a running notifier composes with are the ones it started with, whatever is on disk later."""

import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from tocsin_notifier.channels import email_content
from tocsin_notifier.channels.email import compose_settings_notice


@pytest.fixture
def templates_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the package's templates that the environment reads from, and may be changed under it."""
    shutil.copytree(
        Path(str(resources.files("tocsin_notifier.channels").joinpath("templates"))), tmp_path / "templates"
    )
    monkeypatch.setattr(email_content, "_templates", lambda: tmp_path / "templates")
    email_content._environment.cache_clear()
    yield tmp_path / "templates"
    email_content._environment.cache_clear()


def _notice() -> str:
    mail = compose_settings_notice(to="a@ngo.example", sender="t@tocsin.example", subscription_id="s", settings="x")
    body = mail.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def test_a_template_changed_after_the_start_is_not_used(templates_on_disk: Path) -> None:
    """`git checkout` of a newer release under a running notifier made it read templates needing variables the old
    code never passed: every email failed for good (a tester's upgrade). The running service keeps its own."""
    email_content.preload()
    before = _notice()
    (templates_on_disk / "settings_changed.txt.j2").write_text("{{ a_variable_the_old_code_never_passes }}")
    (templates_on_disk / "base.html.j2").write_text("{{ nor_this_one }}")
    assert _notice() == before
