"""Reading sources for both halves of the watcher: http(s) URLs, `file://` URLs and plain paths.

HTTP reads are polite and robust: a descriptive User-Agent, timeouts, retries with exponential backoff and
jitter on connection errors, 5xx and 429 (honouring Retry-After), conditional GET with remembered ETag /
Last-Modified (None means "not modified"), and a cap on the response size. Whatever goes wrong with a
source (malformed URL, redirect loop, undecodable body, directory, missing permission) surfaces as
SourceUnavailable with a reason, never as another exception.

A read's validators are only used for the next conditional GET once the caller has `commit`ted that source,
i.e. after its events were published and its state saved: a crash or a failed publish in between makes the
next read fetch the whole document again instead of hearing "not modified" and losing the change.
"""

import asyncio
import ipaddress
import json
import pathlib
import random
import socket
import urllib.parse
import urllib.request
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Self

import httpx
import structlog

from tocsin_watcher.atomic import write_atomic
from tocsin_watcher.errors import SourceUnavailable
from tocsin_watcher.redact import redact_url

USER_AGENT = "Tocsin/0.1 (+https://github.com/tocsin; civil-society alerting)"
SOURCE_HOST = "tocsin_source_host"  # request extension: the configured source's origin, carried along redirects
Resolve = Callable[[str, int], Awaitable[list[ipaddress.IPv4Address | ipaddress.IPv6Address]]]
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})

log = structlog.get_logger()


@dataclass(frozen=True)
class FetchPolicy:
    """Timeouts, retry budget and size cap for one read."""

    timeout: float = 30.0  # seconds one attempt may take in all: connecting, the headers and the whole body
    attempts: int = 4
    backoff: float = 2.0
    max_backoff: float = 60.0
    max_bytes: int = 10 * 1024 * 1024


class Fetcher:
    """`await fetcher.read(source)` -> bytes, or None when an HTTP source is not modified."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        validators_path: pathlib.Path | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        resolve: Resolve | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._validators_path = validators_path
        self._validators: dict[str, dict[str, str]] = _load_validators(validators_path)
        self._fresh: dict[str, dict[str, str]] = {}  # from reads not committed yet
        self._sleep = sleep
        self._resolve = resolve or _system_resolve
        self._client = httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(self.policy.timeout, connect=min(10.0, self.policy.timeout)),
            follow_redirects=True,
            max_redirects=5,
            transport=transport,
            event_hooks={"request": [self._guard_redirect]},
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def read(self, source: str, *, max_bytes: int | None = None) -> bytes | None:
        """The source's bytes; None if unchanged since the last committed read; SourceUnavailable on failure.

        `max_bytes` lowers the policy's size cap for this read (never raises it).
        """
        cap = self.policy.max_bytes if max_bytes is None else min(max_bytes, self.policy.max_bytes)
        try:
            scheme = urllib.parse.urlsplit(source).scheme.lower()
        except ValueError as exc:  # e.g. an unclosed IPv6 bracket
            raise SourceUnavailable(f"malformed source: {exc}") from exc
        if scheme in {"http", "https"}:
            _check_http_url(source)
            return await self._read_http(source, cap)
        if scheme == "file":
            return _read_file(_file_url_path(source), cap)
        if len(scheme) > 1:  # one letter is a Windows drive, anything longer an unsupported scheme
            raise SourceUnavailable(f"unsupported source scheme {scheme!r}")
        return _read_file(pathlib.Path(source), cap)

    def commit(self, source: str) -> None:
        """The last read of `source` was fully handled: use (and persist) its validators from now on."""
        found = self._fresh.pop(source, None)
        if found is None or found == self._validators.get(source, {}):
            return
        if found:
            self._validators[source] = found
        else:
            self._validators.pop(source, None)
        self._save_validators()

    def forget(self, source: str) -> None:
        """Drop remembered validators, so the next read fetches the whole document again."""
        self._fresh.pop(source, None)
        if self._validators.pop(source, None) is not None:
            self._save_validators()

    async def _read_http(self, url: str, cap: int) -> bytes | None:
        policy = self.policy
        self._fresh.pop(url, None)
        reason = "no attempt made"
        for attempt in range(1, policy.attempts + 1):
            delay = min(policy.max_backoff, policy.backoff * 2 ** (attempt - 1)) * random.uniform(0.5, 1.0)
            try:
                # httpx times each socket read, not the response: a server dripping a byte a second would hold
                # this read (and every feed polled after it) for as long as it likes. `timeout` bounds the whole.
                async with (
                    asyncio.timeout(policy.timeout),
                    self._client.stream(
                        "GET", url, headers=self._conditional(url), extensions={SOURCE_HOST: _origin(httpx.URL(url))}
                    ) as response,
                ):
                    if response.status_code == 304:
                        return None
                    if response.status_code in RETRYABLE_STATUS:
                        reason = f"HTTP {response.status_code}"
                        delay = _retry_after(response, default=delay, cap=policy.max_backoff)
                    elif response.is_success:
                        body = await _body(response, cap)
                        self._fresh[url] = _validators_of(response)
                        return body
                    else:
                        raise SourceUnavailable(f"HTTP {response.status_code}")
            except httpx.TimeoutException as exc:
                reason = f"timeout ({type(exc).__name__})"
            except TimeoutError:
                reason = f"timeout (the whole response not read within {policy.timeout:g} s)"
            except httpx.UnsupportedProtocol as exc:  # e.g. a redirect to ftp:// or file://: retrying cannot help
                raise SourceUnavailable(f"unsupported redirect or URL ({exc})") from exc
            except httpx.TransportError as exc:
                reason = f"connection failed ({type(exc).__name__}: {exc})"
            except httpx.TooManyRedirects as exc:
                raise SourceUnavailable(f"too many redirects (more than {self._client.max_redirects})") from exc
            except httpx.DecodingError as exc:
                raise SourceUnavailable(f"undecodable response body ({exc})") from exc
            except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:  # the source's fault, not ours
                raise SourceUnavailable(f"request failed ({type(exc).__name__}: {exc})") from exc
            if attempt < policy.attempts:
                log.info("source_retry", source=redact_url(url), attempt=attempt, reason=reason, delay=round(delay, 3))
                await self._sleep(delay)
        raise SourceUnavailable(f"{reason} after {policy.attempts} attempts")

    async def _guard_redirect(self, request: httpx.Request) -> None:
        """httpx request hook: a redirect to another origin goes only to public addresses, dialled as checked.

        The configured source (host and port) is the operator's choice, wherever it points; another origin it
        redirects to is the feed's choice, so it must not turn the watcher on cloud metadata (169.254.169.254), the
        local machine or a private network. The name is resolved once, every address must be global, and the
        request is pinned to the first one (Host header and TLS name unchanged), so the name cannot resolve elsewhere
        when the socket opens.
        """
        if request.url.scheme not in ("http", "https"):
            return  # ftp://, file://: httpx refuses them itself ("unsupported"), before any connection
        source = request.extensions.get(SOURCE_HOST)
        host, port = _origin(request.url)
        if source is None or (host, port) == source or ((host, port) == (source[0], 443) and source[1] == 80):
            return  # the configured origin, or its own upgrade from http to https
        # Another port of the configured host is another service: the host's name is the feed's owner's to point
        # anywhere, and a redirect to one of its ports reached a local service on the watcher's machine.
        try:
            addresses = await self._resolve(host, port)
        except OSError as exc:
            raise SourceUnavailable(f"redirect to {host}: cannot resolve it ({exc})") from exc
        if not addresses:
            raise SourceUnavailable(f"redirect to {host}: it resolves to no address")
        unsafe = next((a for a in addresses if not a.is_global), None)
        if unsafe is not None:
            raise SourceUnavailable(f"redirect to {host} refused: it resolves to {unsafe}, not a public address")
        request.extensions = {**request.extensions, "sni_hostname": host}
        request.url = request.url.copy_with(host=str(addresses[0]))

    def _conditional(self, url: str) -> dict[str, str]:
        known = self._validators.get(url, {})
        headers = {}
        if "etag" in known:
            headers["If-None-Match"] = known["etag"]
        if "last_modified" in known:
            headers["If-Modified-Since"] = known["last_modified"]
        return headers

    def _save_validators(self) -> None:
        if self._validators_path is not None:
            doc = json.dumps(self._validators, indent=1, sort_keys=True).encode()
            write_atomic(self._validators_path, doc)


async def _body(response: httpx.Response, cap: int) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > cap:
        raise SourceUnavailable(f"response of {declared} bytes exceeds the {cap}-byte cap")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > cap:
            raise SourceUnavailable(f"response exceeds the {cap}-byte cap")
        chunks.append(chunk)
    return b"".join(chunks)


def _read_file(path: pathlib.Path, cap: int) -> bytes:
    """At most `cap` bytes, counted while reading: a device or a growing file cannot exceed it either."""
    try:
        if path.stat().st_size > cap:
            raise SourceUnavailable(f"{path} exceeds the {cap}-byte cap")
        with path.open("rb") as file:
            data = file.read(cap + 1)
    except OSError as exc:
        raise SourceUnavailable(f"cannot read {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:  # a NUL byte or an unencodable character in the path
        raise SourceUnavailable(f"invalid path {str(path)!r}: {exc}") from exc
    if len(data) > cap:
        raise SourceUnavailable(f"{path} exceeds the {cap}-byte cap")
    return data


def _check_http_url(url: str) -> None:
    """SourceUnavailable unless `url` names a host (and a valid port) httpx can request."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError when out of range or not a number
        httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as exc:
        raise SourceUnavailable(f"malformed URL: {exc}") from exc
    if not parts.hostname:
        raise SourceUnavailable("malformed URL: no host")


def _validators_of(response: httpx.Response) -> dict[str, str]:
    found = {"etag": response.headers.get("ETag"), "last_modified": response.headers.get("Last-Modified")}
    return {name: value for name, value in found.items() if value}


def _file_url_path(url: str) -> pathlib.Path:
    parts = urllib.parse.urlsplit(url)
    if parts.netloc not in {"", "localhost"}:
        raise SourceUnavailable(f"file URL on another host: {parts.netloc!r}")
    try:
        return pathlib.Path(urllib.request.url2pathname(parts.path))
    except ValueError as exc:
        raise SourceUnavailable(f"malformed file URL: {exc}") from exc


def _retry_after(response: httpx.Response, *, default: float, cap: float) -> float:
    value = response.headers.get("Retry-After", "")
    return min(float(value), cap) if value.strip().isdigit() else default


def _load_validators(path: pathlib.Path | None) -> dict[str, dict[str, str]]:
    if path is None or not path.exists():
        return {}
    try:
        doc = json.loads(path.read_bytes())
    except (OSError, ValueError):
        log.warning("validators_unreadable", path=str(path))
        return {}
    if not isinstance(doc, dict):
        return {}
    return {
        str(url): {str(k): str(v) for k, v in entry.items()} for url, entry in doc.items() if isinstance(entry, dict)
    }


def _origin(url: httpx.URL) -> tuple[str, int]:
    """Host and effective port (80 or 443 when the URL names none)."""
    return url.host, url.port or (443 if url.scheme == "https" else 80)


async def _system_resolve(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """Every address `host` resolves to (IPv6 scope ids dropped)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
