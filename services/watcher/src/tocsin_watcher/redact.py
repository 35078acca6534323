"""Source URLs as they may be shown in logs and events: passwords and token-like query values masked (pure).

A configured feed URL may carry a credential (`https://user:pw@host/feed`, `?token=…`); the watcher fetches
with the real URL and shows everyone else this form.
"""

import urllib.parse

MASK = "REDACTED"
_SECRET_WORDS = ("token", "secret", "password", "passwd", "apikey", "api_key", "auth", "signature", "session")
_SECRET_NAMES = frozenset({"key", "sig", "pwd", "pass", "code", "access_key", "private_key", "client_id"})


def _is_secret(name: str) -> bool:
    key = urllib.parse.unquote_plus(name).strip().lower()
    return key in _SECRET_NAMES or any(word in key for word in _SECRET_WORDS)


def redact_url(source: str) -> str:
    """`source` with any userinfo password and the values of secret-looking query parameters masked."""
    if "://" not in source:
        return source  # a path: nothing secret in it that the operator did not put in the file system
    try:
        parts = urllib.parse.urlsplit(source)
        password = parts.password
    except ValueError:
        return source.split("://", 1)[0] + "://" + MASK
    netloc = parts.netloc
    if password is not None:
        netloc = f"{parts.username or ''}:{MASK}@{netloc.rpartition('@')[2]}"
    query = "&".join(
        f"{name}={MASK}" if sep and _is_secret(name) else f"{name}{sep}{value}"
        for name, sep, value in (pair.partition("=") for pair in parts.query.split("&"))
    ) if parts.query else ""  # fmt: skip
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc, query=query))
