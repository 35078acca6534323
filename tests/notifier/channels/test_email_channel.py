"""The email channel: composition (pure) and delivery to a real aiosmtpd SMTP server on 127.0.0.1."""

import hashlib
import re
import socket
from collections.abc import Iterator
from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.notifier.fakes import make_alert
from tocsin_notifier.channels import email as email_channel
from tocsin_notifier.channels.email import (
    EmailSender,
    SmtpConfig,
    compose_alert_email,
    compose_confirmation_email,
    compose_disabled_notice,
    validate_address,
)
from tocsin_notifier.errors import InvalidAddressError
from tocsin_notifier.sample import sample_alert
from tocsin_schemas import (
    AlertClassified,
    AlertClassifiedEvent,
    ArrestReported,
    ArrestReportedEvent,
    Evidence,
    TagScore,
    TreatyAction,
    TreatyActionEvent,
    TreatyCounts,
    new_event,
)
from tocsin_schemas.events import Severity

SENDER = "Tocsin <alerts@tocsin.example>"
TO = "alice@example.org"
UNSUBSCRIBE_URL = "https://tocsin.example/v1/unsubscribe/opaque-token-123"
UNSUBSCRIBE_MAILTO = "mailto:unsubscribe@tocsin.example?subject=unsubscribe%20opaque-token-123"
WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def arrest_alert(
    title: str = "Blogger detained under art. 117",
    *,
    severity: Severity = "high",
    url: str = "https://news.example/vn/blogger-detained",
    alert_id: str = "alert-1",
    published_at: datetime = WHEN,
    raised_by: tuple[str, ...] = (),
    feed: str = "https://news.example/feed.xml",
) -> AlertClassifiedEvent:
    """A classified arrest report from Viet Nam (`raised_by`: the severity rules that fired)."""
    arrest = new_event(
        ArrestReportedEvent,
        id=f"arrest-{alert_id}",
        source="tocsin://watcher",
        time=WHEN,
        data=ArrestReported(
            title=title,
            summary="Police detained a blogger over Facebook posts.",
            url=url,
            published_at=published_at,
            source=feed,
            country_code="VNM",
            language="vi",
            matched_terms=["art. 117"],
        ),
    )
    verdict = AlertClassified(
        event=arrest,
        tags=[
            TagScore(tag="free-expression", confidence=0.92, evidence=["'propaganda against the State'"]),
            TagScore(tag="privacy", confidence=0.2, evidence=["weak privacy hint"]),
        ],
        relevance=0.9,
        severity=severity,
        needs_review=False,
        rationale="A blogger was detained under Viet Nam's art. 117 for posts critical of the State.",
        country_context={"country_code": "VNM", "severity_raised_by": list(raised_by)},
    )
    return new_event(AlertClassifiedEvent, id=alert_id, source="tocsin://classifier", time=WHEN, data=verdict)


def ratification_alert(participant: str = "Viet Nam") -> AlertClassifiedEvent:
    """A classified treaty action: a ratification of XVIII-16."""
    action = new_event(
        TreatyActionEvent,
        id="action-1",
        source="tocsin://watcher",
        time=WHEN,
        data=TreatyAction(
            treaty="XVIII-16",
            participant=participant,
            country_code="VNM",
            action="ratification",
            action_date=date(2026, 2, 3),
            backfill=False,
            counts=TreatyCounts(signatories=72, parties=3, toward_entry_into_force=3),
            source_url="https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16",
            evidence=Evidence(content_sha256="0" * 64),
        ),
    )
    verdict = AlertClassified(
        event=action,
        tags=[TagScore(tag="treaty-adoption", confidence=1.0, evidence=["ratification"])],
        relevance=0.8,
        severity="medium",
        needs_review=False,
        rationale="Viet Nam ratified the convention.",
    )
    return new_event(AlertClassifiedEvent, id="alert-r", source="tocsin://classifier", time=WHEN, data=verdict)


def compose(
    *alerts: AlertClassifiedEvent, to: str = TO, mailto: str | None = None, unsubscribe_url: str = UNSUBSCRIBE_URL
) -> EmailMessage:
    return compose_alert_email(
        alerts or (arrest_alert(),),
        to=to,
        sender=SENDER,
        unsubscribe_url=unsubscribe_url,
        unsubscribe_mailto=mailto,
        manage_url="https://tocsin.example/manage",
    )


def compose_discreet(*alerts: AlertClassifiedEvent) -> EmailMessage:
    return compose_alert_email(alerts, to=TO, sender=SENDER, unsubscribe_url=UNSUBSCRIBE_URL, discreet=True)


def parts(message: EmailMessage) -> tuple[str, str]:
    """The plain-text and HTML bodies of a multipart/alternative message."""
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert isinstance(text, EmailMessage)
    assert isinstance(html, EmailMessage)
    return str(text.get_content()), str(html.get_content())


class RecordingHandler:
    """An aiosmtpd handler: refuses refuse@ with 550 and later@ with 451, records the rest."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]) -> str:
        if address.startswith("refuse@"):
            return f"550 5.1.1 <{address}>: Recipient address rejected"
        if address.startswith("later@"):
            return "451 4.3.0 try again later"
        if address.startswith("bob.secret@"):
            return "550 5.1.1 The email account that you tried to reach does not exist: BOB.SECRET"
        if address.startswith("relay@"):
            return "554 5.7.1 <relay@example.org>: Relay access denied"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def received(self) -> EmailMessage:
        [envelope] = self.envelopes
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        return message


def free_port() -> int:
    """A port nobody listens on right now (aiosmtpd cannot bind port 0 itself)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[RecordingHandler, EmailSender]]:
    handler = RecordingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield handler, EmailSender(SmtpConfig(host="127.0.0.1", port=controller.port, timeout=5.0))
    finally:
        controller.stop()


async def test_alert_email_arrives_as_text_and_html_with_one_click_unsubscribe(
    smtp: tuple[RecordingHandler, EmailSender],
) -> None:
    """A real SMTP server receives multipart/alternative with RFC 8058 headers, subject and evidence."""
    handler, sender = smtp
    result = await sender.send(compose(mailto=UNSUBSCRIBE_MAILTO))
    assert (result.ok, result.error) == (True, None)
    received = handler.received()
    assert handler.envelopes[0].rcpt_tos == [TO]
    assert received.get_content_type() == "multipart/alternative"
    assert received["Subject"] == "[HIGH] VNM: Blogger detained under art. 117"
    assert received["List-Unsubscribe"] == f"<{UNSUBSCRIBE_URL}>, <{UNSUBSCRIBE_MAILTO}>"
    assert received["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert received["Message-ID"].endswith("@tocsin.example>")
    assert received["Date"]
    text, html = parts(received)
    for body in (text, html):
        assert "free-expression" in body
        assert "propaganda against the State" in body
        assert "art. 117 for posts critical of the State" in body
        assert "https://news.example/vn/blogger-detained" in body
        assert UNSUBSCRIBE_URL in body
        assert "weak privacy hint" not in body


async def test_html_part_escapes_markup_from_titles(smtp: tuple[RecordingHandler, EmailSender]) -> None:
    """A title carrying <script> arrives escaped in the HTML part, never as markup."""
    handler, sender = smtp
    await sender.send(compose(arrest_alert('<script>alert("x")</script> detained')))
    _, html = parts(handler.received())
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; detained" in html
    assert "<script>" not in html


async def test_crlf_in_a_title_never_becomes_a_header(smtp: tuple[RecordingHandler, EmailSender]) -> None:
    """A title trying to inject Bcc and a body stays one Subject line; nobody else gets the mail."""
    handler, sender = smtp
    evil = "Blogger detained\r\nBcc: victim@evil.example\r\n\r\n<html>fake body"
    result = await sender.send(compose(arrest_alert(evil)))
    assert result.ok
    assert handler.envelopes[0].rcpt_tos == [TO]
    received = handler.received()
    assert received["Bcc"] is None
    assert received["Subject"] == "[HIGH] VNM: Blogger detained Bcc: victim@evil.example <html>fake body"
    header_block = handler.envelopes[0].content.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in header_block


def test_unicode_line_separators_are_neutralised_in_headers() -> None:
    """NEL, LS and PS (which some parsers split lines on) are flattened too, as are To and From."""
    message = compose(ratification_alert("Viet Nam\u2028Bcc: x@evil.example\x85X: y"), to="alice@example.org\nBcc: a@b")
    for name in ("Subject", "To", "From"):
        value = str(message[name])
        assert not any(c in value for c in "\r\n\x85\u2028\u2029")
    assert "Bcc" not in message


def test_treaty_action_subject_names_severity_country_and_action() -> None:
    """A ratification reads as a sentence with the country code in front."""
    message = compose(ratification_alert())
    assert message["Subject"] == ("[MEDIUM] VNM: Viet Nam ratified the UN Convention against Cybercrime on 2026-02-03")
    text, _ = parts(message)
    assert "UN Treaty Collection: https://treaties.un.org/" in text


def test_digest_lists_every_alert_most_severe_first() -> None:
    """Several alerts make one digest, critical before medium before low."""
    message = compose(
        arrest_alert("Low one", severity="low", alert_id="a"),
        ratification_alert(),
        arrest_alert("Critical one", severity="critical", alert_id="b"),
    )
    assert message["Subject"] == "[CRITICAL] Tocsin: 3 alerts"  # one of them is critical
    text, html = parts(message)
    for body in (text, html):
        positions = [body.index(s) for s in ("Critical one", "Viet Nam ratified", "Low one")]
        assert positions == sorted(positions)
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_arrest_alert_shows_when_the_report_was_published_and_when_it_was_detected() -> None:
    """The report's own published_at is shown, labelled, beside the detection time; other alerts show detection only."""
    published = datetime(2026, 2, 27, 8, 15, tzinfo=UTC)
    text, html = parts(compose(arrest_alert(published_at=published), ratification_alert()))
    assert "Report published 2026-02-27 08:15 UTC · detected by Tocsin 2026-03-01 09:30 UTC" in text
    assert "report published 2026-02-27 08:15 UTC · detected by Tocsin 2026-03-01 09:30 UTC" in html
    for body in (text, html):
        assert body.count("published") == 1  # the ratification carries no publication date
        assert body.lower().count("detected by tocsin 2026-03-01 09:30 utc") == 2


def test_an_undated_report_shows_no_publication_time() -> None:
    """The watcher dates an undated item with its poll time, the event's own time: no publication time is invented."""
    text, html = parts(compose(arrest_alert(published_at=WHEN)))
    for body in (text, html):
        assert "published" not in body.lower()
        assert "detected by tocsin 2026-03-01 09:30 utc" in body.lower()


def test_non_http_links_are_never_clickable() -> None:
    """A javascript: URL (the contract refuses one; this is the email's own guard) is shown as text, never an href."""
    alert = arrest_alert()
    report = alert.data.event
    assert isinstance(report, ArrestReportedEvent)
    hostile = report.model_copy(update={"data": report.data.model_copy(update={"url": "javascript:alert(1)"})})
    alert = alert.model_copy(update={"data": alert.data.model_copy(update={"event": hostile})})
    _, html = parts(compose(alert))
    assert 'href="javascript:' not in html
    assert "javascript:alert(1)" in html


def test_long_unsubscribe_header_survives_folding() -> None:
    """A long one-click URL and mailto URI come back intact after the message is serialised and parsed."""
    url = "https://tocsin.example/v1/unsubscribe/" + "t" * 120
    mailto = "mailto:unsubscribe@tocsin.example?subject=unsubscribe%20" + "t" * 120
    message = compose_alert_email(
        [arrest_alert()], to=TO, sender=SENDER, unsubscribe_url=url, unsubscribe_mailto=mailto
    )
    parsed = message_from_bytes(message.as_bytes(), policy=policy.default)
    assert parsed["List-Unsubscribe"] == f"<{url}>, <{mailto}>"


def test_empty_alert_list_is_a_clear_error() -> None:
    """Composing an email about nothing is a programming error."""
    with pytest.raises(ValueError, match="at least one alert"):
        compose_alert_email([], to=TO, sender=SENDER, unsubscribe_url=UNSUBSCRIBE_URL)


async def test_confirmation_email_links_to_a_page_not_an_action(
    smtp: tuple[RecordingHandler, EmailSender],
) -> None:
    """The confirmation mail points at the confirm page and says opening it changes nothing."""
    handler, sender = smtp
    page = "https://tocsin.example/v1/confirm/opaque-token"
    result = await sender.send(compose_confirmation_email(to=TO, sender=SENDER, confirm_page_url=page))
    assert result.ok
    received = handler.received()
    assert received["Subject"] == "Confirm your Tocsin subscription"
    text, html = parts(received)
    assert page in text
    assert f'href="{page}"' in html
    assert "Opening the page alone changes nothing" in text


def test_disabled_notice_names_target_host_and_reason() -> None:
    """The owner learns which subscription stopped, the target's host (never its path) and why."""
    message = compose_disabled_notice(
        to=TO,
        sender=SENDER,
        subscription_id="sub-42",
        target="https://hooks.example.org/tocsin",
        reason="HTTP 410 Gone: the receiver asked to stop deliveries",
    )
    text, html = parts(message)
    for body in (text, html):
        assert "sub-42" in body
        assert "hooks.example.org" in body
        assert "/tocsin" not in body
        assert "410 Gone" in body


@pytest.mark.parametrize("mailto", [None, UNSUBSCRIBE_MAILTO], ids=["https-only", "https-and-mailto"])
def test_every_kind_of_email_offers_the_https_uri_and_the_mailto_only_when_given(mailto: str | None) -> None:
    """Alert, confirmation and notice: List-Unsubscribe is the https URL, then the mailto URI when one is read."""
    messages = [
        compose(mailto=mailto),
        compose_confirmation_email(
            to=TO,
            sender=SENDER,
            confirm_page_url="https://tocsin.example/v1/confirm/c",
            unsubscribe_url=UNSUBSCRIBE_URL,
            unsubscribe_mailto=mailto,
        ),
        compose_disabled_notice(
            to=TO,
            sender=SENDER,
            subscription_id="sub-42",
            target="https://hooks.example.org/tocsin",
            reason="HTTP 410 Gone",
            unsubscribe_url=UNSUBSCRIBE_URL,
            unsubscribe_mailto=mailto,
        ),
    ]
    expected = f"<{UNSUBSCRIBE_URL}>" if mailto is None else f"<{UNSUBSCRIBE_URL}>, <{mailto}>"
    for message in messages:
        parsed = message_from_bytes(message.as_bytes(), policy=policy.default)
        assert parsed["List-Unsubscribe"] == expected
        assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert ("mailto" in message.as_string()) is (mailto is not None)


async def test_smtp_5xx_refusal_is_permanent_with_its_code(smtp: tuple[RecordingHandler, EmailSender]) -> None:
    """550 for the recipient will not change on retry."""
    _, sender = smtp
    result = await sender.send(compose(to="refuse@example.org"))
    assert (result.ok, result.retryable) == (False, False)
    assert result.error is not None
    assert result.error.startswith("SMTP 550")


async def test_an_smtp_refusal_names_no_address(smtp: tuple[RecordingHandler, EmailSender]) -> None:
    """The error goes to logs, the outcome topic and dead letters: the subscriber's address, which the server quotes
    back, must not."""
    _, sender = smtp
    result = await sender.send(compose(to="refuse@example.org"))
    assert result.error is not None
    assert "@" not in result.error
    assert result.error == "SMTP 550 for the recipient: 5.1.1 <address>: Recipient address rejected"


async def test_an_smtp_refusal_quoting_the_local_part_alone_names_it_not(
    smtp: tuple[RecordingHandler, EmailSender],
) -> None:
    """ "… does not exist: BOB.SECRET" reached the outcome topic and the log as the server wrote it."""
    _, sender = smtp
    result = await sender.send(compose(to="bob.secret@example.org"))
    assert result.error is not None
    assert "bob" not in result.error.casefold()
    assert result.error.endswith("does not exist: <address>")


async def test_a_relay_refusing_to_relay_is_retried_not_given_up(smtp: tuple[RecordingHandler, EmailSender]) -> None:
    """A relay misconfigured for a few minutes ("554 5.7.1 Relay access denied") failed every mail of those minutes
    for good: only an address that does not exist (5.1.x) is permanent."""
    _, sender = smtp
    result = await sender.send(compose(to="relay@example.org"))
    assert (result.ok, result.retryable) == (False, True)


@pytest.mark.parametrize(
    ("code", "message", "for_good"),
    [
        (550, "5.1.1 <a@b>: Recipient address rejected: User unknown", True),
        (550, "5.1.10 RESOLVER.ADR.RecipientNotFound", True),
        (550, "5.2.1 mailbox disabled", True),
        (550, "no such user here", True),
        (553, "mailbox name not allowed", True),
        (552, "5.2.2 mailbox full", False),
        (554, "5.7.1 Relay access denied", False),
        (550, "5.7.1 Service unavailable; client host blocked", False),
        (554, "transaction failed", False),
        (450, "4.2.0 greylisted", False),
    ],
)
def test_only_an_address_that_does_not_exist_is_refused_for_good(code: int, message: str, for_good: bool) -> None:
    """The enhanced status says who is refused: the address (5.1.x, 5.2.1) or the relay, a policy, a full box."""
    assert email_channel._no_such_recipient(code, message) is for_good


async def test_smtp_4xx_refusal_is_retryable(smtp: tuple[RecordingHandler, EmailSender]) -> None:
    """451 is the server asking us to come back later."""
    _, sender = smtp
    result = await sender.send(compose(to="later@example.org"))
    assert (result.ok, result.retryable) == (False, True)
    assert result.error is not None
    assert result.error.startswith("SMTP 451")


async def test_connection_refused_is_retryable() -> None:
    """No SMTP server listening is transient."""
    sender = EmailSender(SmtpConfig(host="127.0.0.1", port=free_port(), timeout=2.0))
    result = await sender.send(compose())
    assert (result.ok, result.retryable) == (False, True)
    assert result.error is not None


def test_smtp_config_repr_hides_the_password() -> None:
    """A logged config never shows the SMTP password."""
    assert "hunter2" not in repr(SmtpConfig(host="smtp.example", port=587, username="u", password="hunter2"))


def test_valid_address_is_normalised() -> None:
    """The domain is lower-cased; the local part is kept."""
    assert validate_address("Alice@Example.ORG") == "Alice@example.org"


@pytest.mark.parametrize(
    "address",
    ["not-an-address", "a@b@example.org", "alice@example.org\r\nBcc: x@evil.example", "Alice <alice@example.org>"],
)
def test_invalid_address_is_refused_with_a_reason(address: str) -> None:
    """Anything but one plain mailbox raises InvalidAddressError."""
    with pytest.raises(InvalidAddressError):
        validate_address(address)


def test_an_alert_says_why_its_severity_was_raised() -> None:
    """The rules that raised the severity (`severity_raised_by`) are said in words, in both parts; none, nothing."""
    raised = arrest_alert(severity="critical", raised_by=("at-risk-person", "convention-party", "new-rule"))
    text, html = parts(compose(raised))
    for body in (text, html):
        assert "Critical because a journalist, defender or researcher is the one acted against;" in body
        # not "is a party": a state is one only once the Convention is in force for it
        assert "the country has ratified (or otherwise consented to be bound by) the UN Convention against " in body
        assert "Cybercrime; new-rule." in body
        assert "is a party" not in body
    plain_text, plain_html = parts(compose(arrest_alert()))
    assert "High because" not in plain_text
    assert "High because" not in plain_html


def test_a_report_title_carries_its_own_language_in_html() -> None:
    """A Vietnamese report's title is marked lang="vi" (screen readers, hyphenation); Tocsin's own words stay en."""
    _, html = parts(compose(arrest_alert(), ratification_alert()))
    assert '<h2 style="font-size: 18px; margin: 4px 0 8px;" lang="vi">Blogger detained under art. 117</h2>' in html
    assert 'lang="en">Viet Nam ratified' in html


def test_bidi_controls_in_a_title_cannot_reverse_the_subject_line() -> None:
    """A right-to-left override left open in a feed's title would make the subject read as something else; zero-width
    and tag characters would hide text in it."""
    title = (
        "Blog\u200dger \u202edeniaL\u202c de\xadtained \u2067x\u2069\u200b\u2060\ufeff\U000e0041\u034f\u3164 في الحجز"
    )
    subject = str(compose(arrest_alert(title))["Subject"])
    assert not any(
        c in subject for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u2060\ufeff\U000e0041"
    )
    assert "Blogger deniaL detained x في الحجز" in subject


def test_a_test_alert_says_it_is_a_test_not_a_treaty_milestone() -> None:
    """A test email used to read "[INFO] 0 of 40 instruments toward entry into force ..." with a UNTC link: news."""
    sent = compose_alert_email(
        [sample_alert("sub-1", datetime(2026, 11, 29, 6, 0, tzinfo=UTC))],
        to="a@example.org",
        sender="tocsin@example.org",
        unsubscribe_url="https://t/u",
    )
    assert sent["Subject"] == "[TEST] Test alert: your Tocsin subscription works"
    text = sent.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "instruments" not in text + sent["Subject"]
    assert "treaties.un.org" not in text
    assert "it reports nothing" in text
    assert "Sent on request 2026-11-29 06:00 UTC" in text
    assert "Detected by Tocsin" not in text  # nothing was detected


def test_an_alert_that_only_looks_like_a_test_is_shown_as_what_it_reports() -> None:
    real = sample_alert("sub-1", datetime(2026, 11, 29, 6, 0, tzinfo=UTC)).model_copy(
        update={"source": "urn:tocsin:classifier"}
    )
    message = compose_alert_email([real], to="a@example.org", sender="t@example.org", unsubscribe_url="https://t/u")
    assert "instruments toward entry into force" in message["Subject"]


def test_an_alert_email_reads_without_tocsins_jargon() -> None:
    """A journalist read "rule:treaty-event", "milestone: entry_into_force", the same word five times in the
    evidence and "(awaiting human review)" with no review to wait for; and never the report's own summary."""
    report = make_alert(key="r")
    judged = report.data.model_copy(
        update={
            "needs_review": True,
            "tags": [
                TagScore(
                    tag="free-expression",
                    confidence=0.9,
                    # as the classifier gives it: a gapped phrase's parts joined by "; " ("Facebook; post")
                    evidence=[
                        "Article 117",
                        "blogger",
                        "Facebook posts",
                        "posts",
                        "Facebook; post",
                        "criticising governor",
                        "criticising the governor",
                    ],
                )
            ],
            "country_context": {"country_code": "VNM", "country_name": "Viet Nam"},
        }
    )
    treaty = make_alert(kind="treaty", key="t")
    treaty_judged = treaty.data.model_copy(
        update={
            "tags": [
                TagScore(
                    tag="treaty-adoption", confidence=1.0, evidence=["rule:treaty-event", "ratification: Viet Nam"]
                )
            ]
        }
    )
    message = compose_alert_email(
        [report.model_copy(update={"data": judged}), treaty.model_copy(update={"data": treaty_judged})],
        to="a@example.org",
        sender="t@example.org",
        unsubscribe_url="https://t/u",
    )
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "- free-expression (90%): Article 117; blogger; Facebook posts; criticising the governor\n" in text
    assert "- treaty-adoption (100%)\n" in text
    assert "rule:" not in text + html
    assert "ratification: Viet Nam" not in text + html
    assert "awaiting human review" not in text + html
    assert "Uncertain: the classifier's signals are weak or disagree" in text
    assert "Arrested under article 117." in text  # the report's summary
    assert "[HIGH] Viet Nam (VNM): Blogger arrested (r)" in text
    assert "Viet Nam (VNM)" in html


def test_a_long_non_ascii_subject_is_folded_into_short_encoded_words() -> None:
    """A Vietnamese headline went out as one 172-character encoded word on a 194-character line (RFC 5322
    recommends 78 per line); it now reads back whole, spaces included, and the one-click unsubscribe URL stays on
    one line."""
    report = make_alert(key="vi")
    title = "Công an tỉnh Đắk Lắk khởi tố, bắt tạm giam một blogger vì đăng tải nội dung xuyên tạc trên mạng xã hội"
    event = report.data.event.model_copy(update={"data": report.data.event.data.model_copy(update={"title": title})})
    message = compose_alert_email(
        [report.model_copy(update={"data": report.data.model_copy(update={"event": event})})],
        to="a@example.org",
        sender="t@example.org",
        unsubscribe_url="https://tocsin.example/v1/unsubscribe/" + "t" * 150,
    )
    raw = message.as_bytes(policy=message.policy)
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    subject_end = next(i for i, line in enumerate(head[1:], 1) if not line.startswith(b" "))
    subject_lines = head[:subject_end]
    assert len(subject_lines) > 1
    assert all(len(line) <= 78 for line in subject_lines)
    words = [word for line in subject_lines for word in re.findall(rb"=\?utf-8\?[bq]\?[^?]*\?=", line)]
    assert all(len(word) <= 76 for word in words)  # the email package's own bound (RFC 2047 says 75)
    (unsubscribe,) = [line for line in head if line.startswith(b"List-Unsubscribe: ")]
    assert b"t" * 150 in unsubscribe
    parsed = message_from_bytes(raw, policy=policy.default)
    assert title in str(parsed["Subject"])


def test_line_breaks_in_a_crafted_alert_cannot_draw_a_fake_footer_in_the_text_part() -> None:
    """A rationale, country name, evidence or severity reason with line breaks (anyone who can write to the alerts
    topic) drew a fake "Unsubscribe" footer and a "Bcc:" line in the plain-text part: each stays on its line."""
    alert = arrest_alert(raised_by=("at-risk-person", "new\nrule"))
    fake_footer = "Rights case.\n\n--\nYou receive this because you subscribed.\nUnsubscribe: https://phish.example/u"
    verdict = alert.data.model_copy(
        update={
            "rationale": fake_footer + "\n" * 28,
            "country_context": {**alert.data.country_context, "country_name": "Viet Nam\r\nBcc: x@evil.example"},
            "tags": [TagScore(tag="free-expression", confidence=0.9, evidence=["posts\n\nUnsubscribe: https://x"])],
            "event": alert.data.event.model_copy(
                update={
                    "data": alert.data.event.data.model_copy(
                        update={"source": "https://news.example/feed\n\n--\nUnsubscribe: https://x/SOURCE"}
                    )
                }
            ),
        }
    )
    text, _ = parts(compose(alert.model_copy(update={"data": verdict})))
    lines = text.splitlines()
    assert not any(
        line.startswith(("Unsubscribe: https://phish", "Bcc:", "rule", "Unsubscribe: https://x")) for line in lines
    )
    assert any(
        "Rights case. -- You receive this because you subscribed. Unsubscribe: https://phish.example/u" in line
        for line in lines
    )
    assert any("Viet Nam Bcc: x@evil.example" in line for line in lines)
    assert "\n\n\n\n" not in text


def test_a_confirmation_mail_says_when_its_link_ends_and_how_to_refuse_it() -> None:
    """ "The link works for 7 days" was false for a resent mail (the link ends 7 days after the request), and the mail
    did not say that unsubscribing refuses further requests."""
    message = compose_confirmation_email(
        to=TO,
        sender="Tocsin <alerts@tocsin.example>",
        confirm_page_url="https://tocsin.example/v1/confirm/t",
        unsubscribe_url=UNSUBSCRIBE_URL,
        expires=datetime(2026, 12, 6, 9, 30, tzinfo=UTC),
    )
    for body in parts(message):
        assert "The link works until 2026-12-06 09:30 UTC" in body
        assert "no confirmation request will reach this address again for 30 days" in body


def test_a_look_alike_host_is_shown_in_ascii_and_every_link_names_its_host() -> None:
    """An "amnesty.org" spelt with a Cyrillic "а" read as Amnesty's in the text part and was hidden behind "Report"
    in the HTML part; its ASCII form cannot pass for another, and the HTML names every link's host."""
    text, html = parts(compose(arrest_alert(url="https://www.\u0430mnesty.org/en/latest/news/")))
    assert "- Report: https://www.xn--mnesty-2nf.org/en/latest/news/" in text
    assert '<a href="https://www.xn--mnesty-2nf.org/en/latest/news/">Report</a> (www.xn--mnesty-2nf.org)' in html
    assert '<a href="https://news.example/feed.xml">Feed</a> (news.example)' in html
    assert "\u0430" not in text + html


def test_a_local_feed_path_is_not_shown_to_subscribers() -> None:
    """A feed read from a file names a path on the operator's machine: the subscriber gets the report's link only."""
    text, html = parts(compose(arrest_alert(feed="/srv/tocsin/feeds/local.rss")))
    assert "/srv/tocsin" not in text + html
    assert "- Report: https://news.example/vn/blogger-detained" in text


def test_the_reports_words_and_tocsins_reading_are_told_apart() -> None:
    """A summary that writes "Tocsin: critical because ..." must not read as Tocsin's own verdict."""
    text, html = parts(compose(arrest_alert()))
    assert "The report: Police detained a blogger over Facebook posts." in text
    assert "Tocsin's reading: " in text
    assert 'The report:</span> <span lang="vi">Police detained a blogger over Facebook posts.</span>' in html
    assert "Tocsin's reading:</span>" in html


def test_the_same_alerts_to_the_same_address_are_one_message_id_however_often_sent() -> None:
    """A send retried after an SMTP timeout whose mail had arrived gave a third copy a new random Message-ID: a mail
    client could not drop it. The same alerts to the same address now carry one Message-ID, and an alert its id."""
    first, again = compose(arrest_alert()), compose(arrest_alert())
    assert first["Message-ID"] == again["Message-ID"]
    assert first["Message-ID"].startswith("<tocsin.")
    assert first["X-Tocsin-Alert-Id"] == "alert-1"
    other = compose(arrest_alert(), to="someone.else@example.org", unsubscribe_url=UNSUBSCRIBE_URL + "-other")
    digest = compose(arrest_alert(), arrest_alert(alert_id="alert-2"))
    assert len({first["Message-ID"], other["Message-ID"], digest["Message-ID"]}) == 3
    assert digest["X-Tocsin-Alert-Id"] is None


def test_a_message_id_does_not_tell_who_received_the_alert() -> None:
    """Message-IDs travel in replies and forwards: an unkeyed hash of address and alert ids let anyone holding a
    forwarded alert test candidate addresses offline. It is keyed by the subscription's secret link now."""
    message_id = compose(arrest_alert())["Message-ID"]
    for candidate in (TO, TO.upper(), TO.casefold()):
        guess = hashlib.sha256("\x1f".join([candidate.casefold(), "alert-1"]).encode()).hexdigest()[:32]
        assert guess not in message_id
    assert compose(arrest_alert(), to="someone.else@example.org")["Message-ID"] == message_id  # no address in it


def test_a_feed_link_with_masked_credentials_is_left_out() -> None:
    """ "http://REDACTED@host/feed" as a link led nowhere: the mail gives the report's link alone, as for a file."""
    text, html = parts(compose(arrest_alert(feed="https://REDACTED@feeds.example.org/rss?token=REDACTED")))
    assert "REDACTED" not in text + html
    assert "- Report: https://news.example/vn/blogger-detained" in text


def test_an_alert_mail_says_its_links_act_for_its_reader() -> None:
    """Its links stop or change the subscription and show its address without a password: whoever it is forwarded to
    could; the mail says so, in both parts."""
    text, html = parts(compose(arrest_alert()))
    assert "forward the report's link, not this mail" in text
    assert "forward the report's link, not this mail" in html
