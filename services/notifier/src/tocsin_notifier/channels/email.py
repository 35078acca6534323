"""Email channel: compose alert, confirmation and notice emails, and send them over SMTP (aiosmtplib).

Every email is multipart/alternative (plain text + autoescaped HTML) and carries RFC 8058 one-click
unsubscribe headers (alerts always; confirmations and notices when given a link), plus the unsubscribe
mailbox's mailto URI when one is read (unsubscribe_mail.py). Header values taken
from data pass through `header_text`, so CR/LF never reaches a header. SMTP 4xx and connection trouble
are retryable; 5xx answers are permanent and keep their code.
"""

import email.policy
import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from typing import Any
from urllib.parse import urlsplit

import aiosmtplib
from email_validator import EmailNotValidError, validate_email

from tocsin_notifier.channels.email_content import (
    alert_subject,
    alert_view,
    by_severity,
    header_text,
    new_alerts,
    render,
    severity_label,
)
from tocsin_notifier.errors import InvalidAddressError
from tocsin_notifier.i18n import translator
from tocsin_notifier.retry import SendResult
from tocsin_schemas import AlertClassifiedEvent

__all__ = [
    "EmailSender",
    "InvalidAddressError",
    "SmtpConfig",
    "compose_alert_email",
    "compose_confirmation_email",
    "compose_disabled_notice",
    "compose_settings_notice",
    "validate_address",
]

SEVERITY_COLOURS = {
    "critical": "#8b0000",
    "high": "#c0392b",
    "medium": "#d35400",
    "low": "#2c3e50",
    "info": "#555555",
}
_ERROR_LIMIT = 300
# Any address an SMTP server quotes back ("<ana@example.org>: Recipient address rejected"): a subscriber's address
# must not reach integrators' topics or the logs (`_failure`).
_ADDRESS = re.compile(r"<?[^\s<>()\[\]@,;:\"']+@[^\s<>()\[\]@,;:\"']+>?")


@dataclass(frozen=True)
class SmtpConfig:
    """How to reach the SMTP relay. `starttls` requires STARTTLS; `use_tls` is implicit TLS (port 465)."""

    host: str
    port: int
    username: str | None = None
    password: str | None = None
    starttls: bool = False
    use_tls: bool = False
    timeout: float = 30.0
    sender: str = "Tocsin <alerts@localhost>"

    def __repr__(self) -> str:
        # The password must never reach a log line through a repr.
        return f"SmtpConfig(host={self.host!r}, port={self.port}, username={self.username!r}, password=***)"


class _WholeLinks(email.policy.EmailPolicy):
    """RFC 5322 allows 998-character lines: folding at 78 would turn a long List-Unsubscribe URL into RFC 2047
    encoded words, which mail clients do not decode in that header, breaking one-click unsubscribe. The Subject is
    still folded at 78: a Vietnamese headline was one 172-character encoded word on a 194-character line (RFC 2047
    allows 75; the email package's words come out at 76 at most, and narrower folding loses spaces between them)."""

    def fold(self, name: str, value: str) -> str:
        if name.lower() == "subject":
            return str(_SUBJECT_FOLDING.clone(linesep=self.linesep).fold(name, value))
        return str(super().fold(name, value))

    def fold_binary(self, name: str, value: str) -> bytes:
        if name.lower() == "subject":
            return bytes(_SUBJECT_FOLDING.clone(linesep=self.linesep).fold_binary(name, value))
        return bytes(super().fold_binary(name, value))


_SUBJECT_FOLDING = email.policy.EmailPolicy(max_line_length=78)


_POLICY = _WholeLinks(max_line_length=998, linesep="\r\n")


def validate_address(addr: str) -> str:
    """Return the normalised form of one email address; raise InvalidAddressError saying why it is not one.

    Syntax only: no DNS lookups (deliverability is learnt from the confirmation email). Internationalised
    domains are kept in their IDNA ASCII form (`user@xn--bcher-kva.de`); a local part that needs SMTPUTF8
    (`josé@...`) is refused, since not every relay can carry it and the confirmation could never arrive.
    """
    try:
        return validate_email(addr, check_deliverability=False, allow_smtputf8=False).ascii_email or addr
    except EmailNotValidError as exc:
        raise InvalidAddressError(str(exc)) from None


def compose_alert_email(
    alerts: Sequence[AlertClassifiedEvent],
    *,
    to: str,
    sender: str,
    unsubscribe_url: str,
    unsubscribe_mailto: str | None = None,
    manage_url: str | None = None,
    discreet: bool = False,
    language: str = "en",
) -> EmailMessage:
    """One alert, or a digest of several (most severe first), with RFC 8058 one-click unsubscribe headers;
    `discreet`: a subject that names no country, severity or headline; `language`: of Tocsin's own words (the
    reports' stay as written)."""
    if not alerts:
        raise ValueError("an alert email needs at least one alert")
    t = translator(language)
    views = by_severity([alert_view(a, t) for a in alerts])
    subject = alert_subject(views, discreet=discreet, t=t)
    context = {
        "alerts": views,
        "subject": subject,
        "unsubscribe_url": unsubscribe_url,
        "manage_url": manage_url,
        "severity_colours": SEVERITY_COLOURS,
        "discreet": discreet,
        "new_alerts": new_alerts(len(views), t),
        "severity_label": lambda severity: severity_label(severity, t),
        "t": t,
        "lang": t.language,
    }
    message = _compose(
        "alert", context, to=to, sender=sender, subject=subject, unsubscribe=(unsubscribe_url, unsubscribe_mailto)
    )
    # The same alerts to the same subscription are the same message, however often sent: a send retried after a
    # timeout whose mail had in fact arrived carries the Message-ID of the first, so mail clients and filters can drop
    # it. Keyed by the subscription's secret unsubscribe link, never derived from the address: a Message-ID travels in
    # replies and forwards, and a plain hash of address and alert ids let anyone test who received an alert.
    ids = sorted(alert.id for alert in alerts)
    digest = hmac.new(unsubscribe_url.encode(), "\x1f".join(ids).encode(), hashlib.sha256).hexdigest()[:32]
    message.replace_header("Message-ID", f"<tocsin.{digest}@{_domain_of(sender)}>")
    # the alert's id, as a webhook's body carries it (a digest's ids would overflow a header); not in a discreet mail:
    # the id derives from the report's URL, so whoever reads headers could test which report it was
    if len(ids) == 1 and not discreet:
        message["X-Tocsin-Alert-Id"] = ids[0]
    return message


def compose_confirmation_email(
    *,
    to: str,
    sender: str,
    confirm_page_url: str,
    unsubscribe_url: str | None = None,
    unsubscribe_mailto: str | None = None,
    expires: datetime | None = None,
    language: str = "en",
) -> EmailMessage:
    """Ask the owner of `to` to confirm; the link opens a page whose button POSTs (GET never confirms). `expires`:
    when the link stops working and the address is forgotten (said as a UTC time)."""
    t = translator(language)
    subject = t("Confirm your Tocsin subscription")
    context = {
        "t": t,
        "lang": t.language,
        "subject": subject,
        "to": to,
        "confirm_page_url": confirm_page_url,
        "unsubscribe_url": unsubscribe_url,
        "expires": t.moment(expires) if expires else None,
    }
    return _compose(
        "confirmation",
        context,
        to=to,
        sender=sender,
        subject=subject,
        unsubscribe=(unsubscribe_url, unsubscribe_mailto),
    )


def compose_contact_confirmation(
    *, to: str, sender: str, subscription_id: str, confirm_page_url: str, refuse_page_url: str | None = None
) -> EmailMessage:
    """Ask the owner of a webhook's contact address to confirm it before any notice goes there, or to refuse it."""
    subject = "Confirm your Tocsin contact address"
    context = {
        "subject": subject,
        "to": to,
        "subscription_id": subscription_id,
        "confirm_page_url": confirm_page_url,
        "refuse_page_url": refuse_page_url,
    }
    return _compose("contact_confirmation", context, to=to, sender=sender, subject=subject)


def compose_disabled_notice(
    *,
    to: str,
    sender: str,
    subscription_id: str,
    target: str,
    reason: str,
    unsubscribe_url: str | None = None,
    unsubscribe_mailto: str | None = None,
    signup_url: str | None = None,
    language: str = "en",
) -> EmailMessage:
    """Tell a subscription's owner that it was disabled and why, naming the target by its host only.

    The rest of a webhook URL is text the subscriber chose: echoing it would let anyone send our mail
    with their words in it. `signup_url`: an email subscription's way back (its owner holds no manage token), said in
    her `language`.
    """
    t = translator(language)
    subject = t("Your Tocsin subscription was disabled")
    context = {
        "t": t,
        "lang": t.language,
        "signup_url": signup_url,
        "subject": subject,
        "subscription_id": subscription_id,
        "target_host": target_host(target),
        "reason": reason,
        "unsubscribe_url": unsubscribe_url,
    }
    return _compose(
        "disabled", context, to=to, sender=sender, subject=subject, unsubscribe=(unsubscribe_url, unsubscribe_mailto)
    )


def compose_settings_notice(
    *,
    to: str,
    sender: str,
    subscription_id: str,
    settings: str,
    unsubscribe_url: str | None = None,
    unsubscribe_mailto: str | None = None,
    settings_url: str | None = None,
    language: str = "en",
) -> EmailMessage:
    """Tell the owner of an email subscription's address that its settings were changed, and what they are now:
    whoever created it holds its manage token, and could otherwise narrow it to nothing unseen."""
    t = translator(language)
    subject = t("The settings of your Tocsin subscription were changed")
    context = {
        "t": t,
        "lang": t.language,
        "subject": subject,
        "subscription_id": subscription_id,
        "settings": settings,
        "unsubscribe_url": unsubscribe_url,
        "settings_url": settings_url,
    }
    return _compose(
        "settings_changed",
        context,
        to=to,
        sender=sender,
        subject=subject,
        unsubscribe=(unsubscribe_url, unsubscribe_mailto),
    )


def target_host(target: str) -> str:
    """The host of a webhook URL, or the domain of an email address: all a notice says about the target."""
    if "://" in target:
        try:
            return urlsplit(target).hostname or "(no host)"
        except ValueError:  # an unreadable URL (e.g. an unclosed "["): say so rather than fail the notice
            return "(invalid URL)"
    return target.rpartition("@")[2]


class EmailSender:
    """Sends composed messages through the configured SMTP relay, one connection per message."""

    def __init__(self, config: SmtpConfig) -> None:
        self._config = config

    async def send(self, message: EmailMessage) -> SendResult:
        """Send `message` to its To address; classify any failure as retryable or permanent."""
        config, to = self._config, parseaddr(str(message["To"]))[1]
        try:
            # Flatten with our policy: aiosmtplib's own would re-fold (and RFC 2047-encode) long headers.
            await aiosmtplib.send(
                message.as_bytes(policy=_POLICY.clone(linesep="\r\n")),
                sender=parseaddr(str(message["From"]))[1],
                recipients=[to],
                hostname=config.host,
                port=config.port,
                username=config.username,
                password=config.password,
                use_tls=config.use_tls,
                start_tls=config.starttls,
                timeout=config.timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            refusals = exc.recipients
            retryable = not refusals or not all(_no_such_recipient(r.code, r.message) for r in refusals)
            detail = "; ".join(f"SMTP {r.code} for the recipient: {r.message}" for r in refusals)
            return _failure(retryable, detail or "all recipients refused", to)
        except aiosmtplib.SMTPResponseException as exc:
            # Refused at connection, login, sender or data: the relay's or the operator's problem, not the address's
            # (a "relaying denied" for a few minutes made every mail of those minutes fail for good). Retried on the
            # schedule, so it is fixed in time, and failed (dead-lettered) only when the schedule ends.
            return _failure(True, f"SMTP {exc.code}: {exc.message}", to)
        except (aiosmtplib.SMTPException, OSError) as exc:
            return _failure(True, f"{type(exc).__name__}: {exc}", to)
        except ValueError as exc:
            return _failure(False, f"message cannot be sent: {exc}", to)
        return SendResult(ok=True, retryable=False)


def _compose(
    template: str,
    context: Mapping[str, Any],
    *,
    to: str,
    sender: str,
    subject: str,
    unsubscribe: tuple[str | None, str | None] = (None, None),
) -> EmailMessage:
    """The message from `template`'s text and HTML parts; with an `unsubscribe` URL (and mailto), its one-click
    headers."""
    context = {"t": translator("en"), "lang": "en", **context}  # a webhook owner's notices are in English
    message = EmailMessage(policy=_POLICY)
    message["Subject"] = header_text(subject)
    message["From"] = header_text(sender)
    message["To"] = header_text(to)
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(domain=_domain_of(sender))
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(render(f"{template}.txt.j2", context), cte="quoted-printable")
    message.add_alternative(render(f"{template}.html.j2", context), subtype="html", cte="quoted-printable")
    message["Content-Language"] = context["lang"]  # after the content: setting it clears Content-* headers
    url, mailto = unsubscribe
    if url:
        _one_click(message, url, mailto)
    return message


def _one_click(message: EmailMessage, url: str, mailto: str | None) -> None:
    """RFC 8058: the https URL that unsubscribes on a bare POST, and the one-click marker.

    The mailto URI comes second, and only when given: the notifier's inbound SMTP endpoint reads that mailbox.
    """
    uris = [url] if mailto is None else [url, mailto]
    message["List-Unsubscribe"] = ", ".join(f"<{_angle_safe(uri)}>" for uri in uris)
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"


def _domain_of(sender: str) -> str:
    address = parseaddr(header_text(sender))[1]
    domain = address.rpartition("@")[2]
    return domain if domain and all(c.isalnum() or c in ".-" for c in domain) else "tocsin.localhost"


def _angle_safe(url: str) -> str:
    """A URL that cannot break out of its <...> in a header."""
    text = header_text(url, limit=2000)
    return text.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E").replace(",", "%2C")


_ENHANCED_STATUS = re.compile(r"^\s*([245])\.(\d{1,3})\.(\d{1,3})\b")
_NO_SUCH_MAILBOX = (550, 551, 553)  # mailbox unavailable, not local, name not allowed (RFC 5321)


def _no_such_recipient(code: int, message: str) -> bool:
    """Whether a refusal at RCPT says the address itself will never take mail: an addressing status (5.1.x: no such
    user, bad domain) or a disabled mailbox (5.2.1); without an enhanced status, 550, 551 or 553. Policy and
    relaying refusals (5.7.x), a full mailbox and anything temporary are retried."""
    if not 500 <= code < 600:
        return False
    status = _ENHANCED_STATUS.match(message)
    if status is None:
        return code in _NO_SUCH_MAILBOX
    return status.group(2) == "1" or (status.group(2), status.group(3)) == ("2", "1")


def _failure(retryable: bool, error: str, to: str) -> SendResult:
    """A failed send to `to`; the error travels to logs, the outcome topic and dead letters, so it names no address:
    none a server quotes back, nor the recipient's local part quoted alone ("does not exist: bob.secret")."""
    error = _ADDRESS.sub("<address>", error)
    if len(local := to.rpartition("@")[0]) >= 3:
        error = re.sub(re.escape(local), "<address>", error, flags=re.IGNORECASE)
    return SendResult(ok=False, retryable=retryable, error=header_text(error, limit=_ERROR_LIMIT))
