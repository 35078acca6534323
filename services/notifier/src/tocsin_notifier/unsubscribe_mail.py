"""The unsubscribe mailbox (RFC 2369 mailto): the URI emails advertise and the token a received mail carries.

Pure: no I/O. An email's `List-Unsubscribe` offers `mailto:MAILBOX?subject=unsubscribe%20TOKEN`; the mail a
client sends for it names the token in its subject (`unsubscribe TOKEN`) or, as a fallback, in a subaddress
(`LOCAL+TOKEN@DOMAIN`). Anything else yields no token: bodies are never read.
"""

import email.policy
import re
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.utils import parseaddr
from typing import Literal

SUBJECT_WORD = "unsubscribe"
# Tokens are unpadded URL-safe base64 (tokens.py); the bounds only keep junk out of the database lookup.
_OPAQUE = r"[A-Za-z0-9_-]{16,128}"
_SUBJECT = re.compile(rf"(?:^|\s){SUBJECT_WORD}(?:\s+|%20)({_OPAQUE})(?:\s|$)", re.IGNORECASE | re.ASCII)
_SUBADDRESS = re.compile(rf"\+({_OPAQUE})\Z", re.ASCII)
_LOCAL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?", re.ASCII)
_DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?", re.ASCII)
_HEADERS = BytesHeaderParser(policy=email.policy.default)

Via = Literal["subject", "subaddress"]


@dataclass(frozen=True)
class FoundToken:
    """An unsubscribe token read from a received mail, and where it was found."""

    token: str
    via: Via


def check_mailbox(address: str) -> str:
    """`address` if it is a plain `local@domain` safe in a mailto URI and a header; else ValueError.

    No `+` in the local part (it starts the token subaddress), no quoting, no comments, no display name.
    """
    local, at, domain = address.rpartition("@")
    if not at or not _LOCAL.fullmatch(local) or not _DOMAIN.fullmatch(domain) or ".." in address:
        raise ValueError("the unsubscribe mailbox must be a plain local@domain address (letters, digits, . _ -)")
    return address


def mailbox_for_sender(sender: str, local: str = "unsubscribe") -> str | None:
    """The default unsubscribe mailbox: `unsubscribe@` the sender's domain, or None when that domain cannot
    receive mail from the world (no dot: `localhost` on a laptop) — no mailbox is advertised that nobody reaches."""
    _, at, domain = parseaddr(sender)[1].rpartition("@")
    return f"{local}@{domain}" if at and _DOMAIN.fullmatch(domain) and "." in domain else None


@dataclass(frozen=True)
class UnsubscribeMailbox:
    """The mailbox that unsubscribes whoever mails it a token (`address` passed check_mailbox)."""

    address: str

    def __post_init__(self) -> None:
        check_mailbox(self.address)

    def mailto(self, token: str) -> str:
        """The RFC 6068 URI for List-Unsubscribe: the client sends a mail whose subject holds the token."""
        return f"mailto:{self.address}?subject={SUBJECT_WORD}%20{token}"

    def accepts(self, recipient: str) -> bool:
        """Whether an envelope recipient is this mailbox, with or without a `+token` subaddress."""
        local, at, domain = recipient.rpartition("@")
        mine_local, _, mine_domain = self.address.rpartition("@")
        base = local.split("+", 1)[0]
        return bool(at) and base.lower() == mine_local.lower() and domain.lower() == mine_domain.lower()

    def token_from(self, recipient: str, message: bytes) -> FoundToken | None:
        """The token in the subject of `message` (headers only), else in the recipient's subaddress."""
        subject = _subject(message)
        found = _SUBJECT.search(subject) if subject else None
        if found:
            return FoundToken(found.group(1), "subject")
        sub = _SUBADDRESS.search(recipient.rpartition("@")[0])
        return FoundToken(sub.group(1), "subaddress") if sub else None


MAX_SUBJECT_CHARS = 1000  # a mailto subject is ~80; decoding a long folded one can take the loop for 0.4 s


def _subject(message: bytes) -> str | None:
    """The decoded Subject of a raw message, or None when it has none, it is absurdly long or cannot be read."""
    try:
        for name, raw in _HEADERS.parsebytes(message).raw_items():
            if name.lower() == "subject":
                if len(raw) > MAX_SUBJECT_CHARS:
                    return None
                return str(email.policy.default.header_fetch_parse(name, raw))
        return None
    except Exception:  # mail from anyone: a header the email package chokes on means "no subject"
        return None
