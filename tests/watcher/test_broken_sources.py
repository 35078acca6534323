"""Sources that break in odd ways (redirect loops, bogus gzip, bad paths) are unreadable, never a crash."""

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.http import QuietHandler, http_server
from tests.watcher.support import Recorder, run_cli
from tocsin_schemas import SourceHealthEvent, TreatyActionEvent
from tocsin_watcher.app import WatcherService
from tocsin_watcher.errors import SourceUnavailable
from tocsin_watcher.fetch import Fetcher, FetchPolicy
from tocsin_watcher.jobs import Jobs
from tocsin_watcher.settings import WatcherSettings

STATUS_PAGE = (Path(__file__).parents[1] / "fixtures" / "untc" / "status_2026-03.html").read_bytes()
NOT_GZIP = b"<html>this body is not gzip at all</html>"


class BrokenHandler(QuietHandler):
    """/loop/... redirects to itself, /gzip/... lies about gzip, /ftp redirects off http, /status.html is good."""

    hits: dict[str, int] = {}  # noqa: RUF012 - shared by the server's handler instances on purpose

    def do_GET(self) -> None:
        BrokenHandler.hits[self.path] = BrokenHandler.hits.get(self.path, 0) + 1
        if self.path.startswith("/loop"):
            self._send(302, b"", {"Location": self.path})
        elif self.path.startswith("/gzip"):
            self._send(200, NOT_GZIP, {"Content-Encoding": "gzip"})
        elif self.path == "/ftp":
            self._send(301, b"", {"Location": "ftp://127.0.0.1/status.html"})
        elif self.path == "/status.html":
            self._send(200, STATUS_PAGE, {"Content-Type": "text/html; charset=utf-8"})
        else:
            self._send(404, b"not found")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Base URL of the broken-source server on 127.0.0.1 (random port)."""
    with http_server(BrokenHandler) as url:
        yield url


async def _no_sleep(delay: float) -> None:
    """Backoff that does not wait."""


def _fetcher(**policy: int) -> Fetcher:
    return Fetcher(FetchPolicy(attempts=3, timeout=5.0, **policy), sleep=_no_sleep)


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/loop/a", "too many redirects"), ("/gzip/a", "undecodable response body"), ("/ftp", "unsupported")],
)
async def test_a_broken_response_is_unavailable_at_once(server: str, path: str, reason: str) -> None:
    """Redirect loops, bodies that are not the gzip they claim and redirects off http fail without retries."""
    async with _fetcher() as fetcher:
        with pytest.raises(SourceUnavailable, match=reason):
            await fetcher.read(f"{server}{path}")
    assert BrokenHandler.hits[path] == (6 if path.startswith("/loop") else 1)  # 5 redirects followed, no retry


@pytest.mark.parametrize(
    "source",
    [
        "http://[::1",
        "http://",
        "https:///no-host",
        "https://127.0.0.1:99999/",
        "http://xn--a.org/",
        "http://127.0.0.1:1/\ud800",
        "file:///tmp/a%00b",
        "a\x00b",
        "/tmp/\ud800",
        "/etc/hostname/child",
    ],
)
async def test_a_malformed_source_is_unavailable_not_a_crash(source: str) -> None:
    """Bad URLs and impossible paths raise SourceUnavailable with a reason, never ValueError or the like."""
    async with _fetcher() as fetcher:
        with pytest.raises(SourceUnavailable) as raised:
            await fetcher.read(source)
    assert raised.value.reason


async def test_a_directory_is_unavailable(tmp_path: Path) -> None:
    """A directory, as a path or a file:// URL, is SourceUnavailable."""
    async with _fetcher() as fetcher:
        for source in (str(tmp_path), tmp_path.as_uri()):
            with pytest.raises(SourceUnavailable, match="directory"):
                await fetcher.read(source)


async def test_permission_denied_is_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the process may not open is SourceUnavailable (simulated: the suite may run as root)."""
    page = tmp_path / "page.html"
    page.write_bytes(b"<html></html>")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    async with _fetcher() as fetcher:
        with pytest.raises(SourceUnavailable, match="Permission denied"):
            await fetcher.read(str(page))


async def test_an_endless_device_is_cut_at_the_cap() -> None:
    """A file whose size is not known in advance (/dev/zero) is refused at the cap, not read forever."""
    async with _fetcher(max_bytes=4096) as fetcher:
        with pytest.raises(SourceUnavailable, match="4096-byte cap"):
            await fetcher.read("/dev/zero")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cwd=cwd, env={"WATCHER_HTTP_ATTEMPTS": "2"})


@pytest.mark.parametrize("command", ["treaty", "feed", "gdelt"])
@pytest.mark.parametrize("path", ["/loop/cli", "/gzip/cli"])
def test_cli_exits_3_on_a_redirect_loop_or_bad_gzip(server: str, tmp_path: Path, command: str, path: str) -> None:
    """Every one-shot command exits 3 with empty stdout, no traceback, and no treaty state."""
    proc = _run(command, "--source", f"{server}{path}", "--state", "st", "--print", cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (3, ""), proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "st" / "treaties").exists()


async def test_treaty_service_falls_back_past_a_redirect_loop_and_counts_it(server: str, tmp_path: Path) -> None:
    """The service reads the next source after a redirect loop, and the loop turns `failing` at the threshold."""
    settings = WatcherSettings(
        state_dir=tmp_path,
        treaty_sources=[f"{server}/loop/{{treaty}}", f"{server}/gzip/{{treaty}}", f"{server}/status.html"],
        signature_deadlines={},
        failure_threshold=2,
    )
    recorder = Recorder()
    async with _fetcher() as fetcher:
        jobs = Jobs.build(settings, fetcher, recorder)
        service = WatcherService(settings, jobs)
        await service.poll_treaty("XVIII-16")
        assert len([e for e in recorder.events if isinstance(e, TreatyActionEvent)]) == 20
        await service.poll_treaty("XVIII-16")
    health = [e for e in recorder.events if isinstance(e, SourceHealthEvent)]
    loop, gzip = f"{server}/loop/XVIII-16", f"{server}/gzip/XVIII-16"
    assert sorted((e.data.status, e.data.source) for e in health) == [("failing", gzip), ("failing", loop)]
    assert jobs.health.record(loop).failures == 2
    assert "too many redirects" in (jobs.health.record(loop).last_error or "")
    assert jobs.health.record(f"{server}/status.html").failures == 0


def test_a_parser_crash_on_hostile_bytes_is_a_snapshot_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the parser library throws on hostile bytes becomes a SnapshotError: the source failed, no crash."""
    from tocsin_watcher.errors import NotAStatusPage
    from tocsin_watcher.treaty import poll

    def explode(content: bytes) -> None:
        raise ValueError("lxml surprise")

    monkeypatch.setattr(poll, "parse_snapshot", explode)
    with pytest.raises(NotAStatusPage, match="lxml surprise"):
        poll._parse(b"<html>")
