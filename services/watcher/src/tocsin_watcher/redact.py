"""Source URLs as they may be shown in logs and events: userinfo and token-like query values masked (pure).

A configured feed URL may carry a credential (`https://user:pw@host/feed`, `https://TOKEN@host/feed`, `?token=…`,
`?x-api-key=…`); the watcher fetches with the real URL and shows everyone else this form. The form reaches
subscribers' mail and integrators' topics, so it masks generously: a whole userinfo, and any parameter one of
whose words names a secret.
"""

import re
import urllib.parse
from collections.abc import Callable

MASK = "REDACTED"
_SECRET_WORDS = ("token", "secret", "password", "passwd", "apikey", "api_key", "auth", "signature", "session")
_SECRET_NAMES = frozenset({"key", "sig", "pwd", "pass", "code", "access_key", "private_key", "client_id"})
# Words of a parameter name ("x-api-key" -> x, api, key) that name a secret, beside the substrings above.
_SECRET_PARTS = frozenset({"key", "sig", "pwd", "pass", "code", "credential", "credentials", "jwt", "bearer", "hmac"})
_NAME_PARTS = re.compile(r"[^a-z0-9]+")


def _is_secret_v1(name: str) -> bool:
    key = urllib.parse.unquote_plus(name).strip().lower()
    return key in _SECRET_NAMES or any(word in key for word in _SECRET_WORDS)


def _is_secret(name: str) -> bool:
    key = urllib.parse.unquote_plus(name).strip().lower()
    return _is_secret_v1(name) or any(part in _SECRET_PARTS for part in _NAME_PARTS.split(key))


def redact_url(source: str) -> str:
    """`source` with its whole userinfo and the values of secret-looking query parameters masked."""
    return _redact(source, _is_secret, whole_userinfo=True)


def state_shown(source: str) -> str:
    """The masked form the watcher's state files have named sources by since they began (only a userinfo password
    and the first list of parameter names masked). Frozen: a source named otherwise would lose its state, and its
    next read be taken for a first one (its new items remembered as back catalogue, never sent)."""
    return _redact(source, _is_secret_v1, whole_userinfo=False)


def _redact(source: str, is_secret: Callable[[str], bool], *, whole_userinfo: bool) -> str:
    if "://" not in source:
        return source  # a path: nothing secret in it that the operator did not put in the file system
    try:
        parts = urllib.parse.urlsplit(source)
        password = parts.password
    except ValueError:
        return source.split("://", 1)[0] + "://" + MASK
    netloc, host = parts.netloc, parts.netloc.rpartition("@")[2]
    if whole_userinfo and "@" in netloc:
        netloc = f"{MASK}@{host}"
    elif password is not None:
        netloc = f"{parts.username or ''}:{MASK}@{host}"
    query = "&".join(
        f"{name}={MASK}" if sep and is_secret(name) else f"{name}{sep}{value}"
        for name, sep, value in (pair.partition("=") for pair in parts.query.split("&"))
    ) if parts.query else ""  # fmt: skip
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc, query=query))
