"""Mails and pages in the subscriber's language: English, Spanish, French or Vietnamese.

A subscriber in Viet Nam, Nicaragua or Tunisia read every word Tocsin wrote to her in English: the confirmation mail
she must act on, the alerts, the privacy warnings, the page where she changes what she receives. An email
subscription now has a `language` (API and settings page), and Tocsin's own words follow it; reports' titles and
summaries stay as written, and the classifier's reading stays in English (said so).
"""

import html
import re
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.notifier.channels.test_email_channel import SENDER, TO, UNSUBSCRIBE_URL, arrest_alert, parts
from tests.notifier.fakes import NOW, Clock, Db, FakeEmail, FakeReporter, FakeWebhooks, make_alert, make_worker
from tests.notifier.test_api_abuse import ADMIN, FORM, Api, _confirmed_email, api  # noqa: F401 (fixture)
from tests.notifier.test_discreet_subjects import upgraded_from
from tocsin_notifier import pages
from tocsin_notifier.channels.email import compose_alert_email, compose_confirmation_email, compose_settings_notice
from tocsin_notifier.i18n import CATALOGS, LANGUAGES, HtmlTranslator, Translator, translator
from tocsin_notifier.mail import Links, Mailer
from tocsin_notifier.routing import Filters
from tocsin_notifier.store import NewSubscription
from tocsin_notifier.translations import MESSAGE_IDS
from tocsin_schemas import AlertClassifiedEvent

TRANSLATED = [language for language in LANGUAGES if language != "en"]
PLACEHOLDER = re.compile(r"{[^}]*}")


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    catalog = CATALOGS[language]
    assert list(catalog) == list(MESSAGE_IDS)
    for message in MESSAGE_IDS:
        assert sorted(PLACEHOLDER.findall(catalog[message])) == sorted(PLACEHOLDER.findall(message)), message
        assert catalog[message].strip(), message
    long_ones = [m for m in MESSAGE_IDS if len(m) > 30]
    assert not [m for m in long_ones if catalog[m] == m]  # a sentence left in English is no translation


@pytest.fixture
def only_known_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every message said while inside must be one of `MESSAGE_IDS` (a new English sentence the catalogs lack
    would otherwise reach a Vietnamese reader in English, silently)."""
    unknown: list[str] = []
    known = set(MESSAGE_IDS)
    said = Translator.text

    def text_of(self: Translator, message: str) -> str:
        if message not in known:
            unknown.append(message)
        return said(self, message)

    monkeypatch.setattr(Translator, "text", text_of)
    yield unknown
    assert not unknown


def _alert_mail(*alerts: AlertClassifiedEvent, language: str, discreet: bool = False) -> EmailMessage:
    return compose_alert_email(
        alerts or (arrest_alert(raised_by=("at-risk-person",)),),
        to=TO,
        sender=SENDER,
        unsubscribe_url=UNSUBSCRIBE_URL,
        manage_url="https://tocsin.example/manage",
        discreet=discreet,
        language=language,
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_mail_a_subscriber_gets_is_said_in_known_messages(language: str, only_known_messages: list[str]) -> None:
    alerts = [
        arrest_alert(raised_by=("at-risk-person", "convention-party")),
        make_alert(key="treaty", kind="treaty"),
        make_alert(key="milestone", kind="milestone"),
        make_alert(key="critical", severity="critical"),
    ]
    for mail in (
        _alert_mail(*alerts, language=language),
        _alert_mail(alerts[0], language=language),
        _alert_mail(*alerts[:2], language=language, discreet=True),
        compose_confirmation_email(
            to=TO,
            sender=SENDER,
            confirm_page_url="https://t.example/c",
            unsubscribe_url=UNSUBSCRIBE_URL,
            language=language,
        ),
        compose_settings_notice(
            to=TO,
            sender=SENDER,
            subscription_id="s1",
            settings="…",
            unsubscribe_url=UNSUBSCRIBE_URL,
            settings_url="https://t.example/s",
            language=language,
        ),
    ):
        assert mail["Content-Language"] == language
        _, html_part = parts(mail)
        assert f'<html lang="{language}">' in html_part


def test_a_vietnamese_alert_is_in_vietnamese_but_the_report_keeps_its_own_words() -> None:
    t = translator("vi")
    alert = arrest_alert("Bắt tạm giam blogger theo Điều 117", raised_by=("at-risk-person",))
    mail = _alert_mail(alert, language="vi")
    high = t("high").upper()
    assert high != "HIGH"
    assert mail["Subject"] == f"[{high}] VNM: Bắt tạm giam blogger theo Điều 117"
    text_part, html_part = parts(mail)
    for said in (
        t("The report:"),
        t("Tocsin's reading (in English):"),  # a news report's reading is the classifier's, in English
        t("These links act for you, without a password: forward the report's link, not this mail."),
        t("a journalist, defender or researcher is the one acted against"),
    ):
        assert said in text_part
        assert said in html_part
    assert "These links act for you" not in text_part
    assert alert.data.rationale in text_part  # the classifier's reading, as it wrote it


def test_a_discreet_spanish_subject_is_as_discreet_and_in_spanish() -> None:
    one = _alert_mail(make_alert(key="a", severity="critical"), language="es", discreet=True)
    assert one["Subject"] == translator("es")("Tocsin: {n} new alert", n=1) != "Tocsin: 1 new alert"
    two = _alert_mail(make_alert(key="a"), make_alert(key="b"), language="es", discreet=True)
    assert two["Subject"] == translator("es")("Tocsin: {n} new alerts", n=2)
    text_part, _ = parts(one)
    assert text_part.startswith(translator("es")("Tocsin: {n} new alert", n=1) + ". ")
    assert "VNM" not in text_part[:200]


def test_a_french_treaty_alert_names_the_convention_in_french() -> None:
    mail = _alert_mail(make_alert(key="treaty", kind="treaty"), language="fr")
    assert "la Convention des Nations Unies contre la cybercriminalité" in mail["Subject"]


def test_what_fills_a_translated_message_is_escaped_in_html_and_the_message_is_not() -> None:
    """Tocsin's own sentences are written as they are ("l'abonnement", not "l&#39;abonnement"); the address and the
    report's title that fill them are text from outside."""
    mail = compose_confirmation_email(
        to="<b>x</b>@example.org", sender=SENDER, confirm_page_url="https://t.example/c", language="fr"
    )
    _, html_part = parts(mail)
    assert "&lt;b&gt;x&lt;/b&gt;@example.org" in html_part
    assert "<b>x</b>" not in html_part
    assert html.escape(translator("fr")("Confirm your Tocsin subscription"), quote=False) in html_part
    alert = _alert_mail(arrest_alert('<img src=x onerror="alert(1)">'), language="es")
    _, alert_html = parts(alert)
    assert "<img" not in alert_html


async def test_the_worker_mails_a_subscription_in_its_language(db: Db) -> None:
    new = NewSubscription("email", "linh@example.org", Filters(), language="vi")
    created = await db.subscriptions.create(new, secret=None, now=NOW)
    await db.subscriptions.confirm(await db.subscriptions.confirm_token_for(created.subscription.id), now=NOW)
    assert await db.outbox.record(make_alert(key="vi", severity="high"), now=NOW) == 1
    email = FakeEmail()
    worker = make_worker(db, webhooks=FakeWebhooks(), email=email, reporter=FakeReporter(), clock=Clock())
    await worker.run_once()
    (mail,) = email.sent
    assert mail["Content-Language"] == "vi"
    assert mail["Subject"].startswith(f"[{translator('vi')('high').upper()}]")


async def test_language_is_set_on_creation_changed_by_patch_and_refused_for_webhooks(api: Api) -> None:  # noqa: F811
    made = await api.create({"channel": "email", "target": "linh@example.org", "language": "vi"})
    assert made["language"] == "vi"
    (confirmation,) = [m for m in api.email.sent if m["To"] == "linh@example.org"]
    assert confirmation["Content-Language"] == "vi"
    assert confirmation["Subject"] == translator("vi")("Confirm your Tocsin subscription")
    owner = {"Authorization": f"Bearer {made['manage_token']}"}
    changed = await api.client.patch(f"/v1/subscriptions/{made['id']}", json={"language": "fr"}, headers=owner)
    assert (changed.status_code, changed.json()["language"]) == (200, "fr")
    for body in (
        {"channel": "webhook", "target": "https://example.org/hook", "language": "fr"},
        {"channel": "email", "target": "a@example.org", "language": "de"},
        {"channel": "email", "target": "a@example.org", "language": "VI"},
    ):
        refused = await api.client.post("/v1/subscriptions", json=body)
        assert refused.status_code == 422, body
        assert "language" in refused.text
    default = await api.create({"channel": "email", "target": "b@example.org"})
    assert default["language"] == "en"


async def test_a_confirmed_subscriptions_language_is_its_owners_and_her_test_mail_speaks_it(api: Api) -> None:  # noqa: F811
    """Whoever holds the manage token could switch her mails to a language she cannot read, and the notice of the
    change came in that language: once confirmed, only her settings page changes it. Her test mail speaks it."""
    created, token = await _confirmed_email(api, "ana@example.org", filters={}, language="es")
    owner = {"Authorization": f"Bearer {created['manage_token']}"}
    refused = await api.client.patch(f"/v1/subscriptions/{created['id']}", json={"language": "vi"}, headers=owner)
    assert refused.status_code == 409
    assert "settings page" in refused.text
    same = await api.client.patch(f"/v1/subscriptions/{created['id']}", json={"language": "es"}, headers=owner)
    assert same.status_code == 200
    tested = await api.client.post(f"/v1/subscriptions/{created['id']}/test", headers=owner)
    assert tested.status_code == 200, tested.text
    mail = api.email.sent[-1]
    assert mail["Content-Language"] == "es"
    assert (
        mail["Subject"]
        == f"[{translator('es')('TEST')}] {translator('es')('Test alert: your Tocsin subscription works')}"
    )
    page = await api.client.get(f"/v1/settings/{token}")
    assert page.headers["Content-Language"] == "es"


async def test_the_confirmation_page_speaks_the_subscriptions_language(api: Api) -> None:  # noqa: F811
    made = await api.create({"channel": "email", "target": "luis@example.org", "language": "es"})
    token = await api.ctx.subscriptions.confirm_token_for(made["id"])
    t = translator("es")
    page = await api.client.get(f"/v1/confirm/{token}")
    assert page.status_code == 200
    assert '<html lang="es">' in page.text
    shown = html.unescape(page.text)
    assert t("Confirm subscription") in shown
    assert t("language: {language}", language="Español") in shown
    confirmed = await api.client.post(f"/v1/confirm/{token}")
    assert t("Subscription confirmed") in html.unescape(confirmed.text)


async def test_the_owner_chooses_the_language_on_her_settings_page(api: Api) -> None:  # noqa: F811
    created, token = await _confirmed_email(api, "amel@example.org", filters={})
    page = await api.client.get(f"/v1/settings/{token}")
    assert '<html lang="en">' in page.text
    assert '<option value="fr" lang="fr">Français</option>' in page.text
    form = "countries=&min_severity=info&digest=immediate&language=fr"
    saved = await api.client.post(f"/v1/settings/{token}", content=form, headers=FORM)
    assert saved.status_code == 200, saved.text
    assert '<html lang="fr">' in saved.text
    assert translator("fr")("Saved.") in html.unescape(saved.text)
    assert (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=ADMIN)).json()["language"] == "fr"
    unsubscribe = await api.client.get(f"/v1/unsubscribe/{token}")
    assert translator("fr")("Unsubscribe") in html.unescape(unsubscribe.text)
    kept = await api.client.post(
        f"/v1/settings/{token}", content="countries=&min_severity=info&digest=immediate", headers=FORM
    )  # a form from a page without the language select keeps the language
    assert (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=ADMIN)).json()["language"] == "fr"
    assert kept.status_code == 200
    refused = await api.client.post(
        f"/v1/settings/{token}", content="countries=&min_severity=info&digest=immediate&language=de", headers=FORM
    )
    assert refused.status_code == 422


async def test_the_upgrade_keeps_every_earlier_subscription_in_english(tmp_path: Path) -> None:
    insert = (
        "INSERT INTO subscriptions (id, channel, target, status, filters, min_severity, digest, manage_token_hash, "
        "unsubscribe_token_hash, secrets, created_at, updated_at) VALUES ('s1', 'email', 'a@example.org', 'active', "
        "'{}', 'info', 'immediate', 'm', 'u', '[]', '2026-11-28', '2026-11-28')"
    )
    async with upgraded_from("0008", insert, tmp_path=tmp_path) as engine, engine.connect() as conn:
        assert (await conn.execute(text("SELECT language FROM subscriptions"))).scalar_one() == "en"


def test_an_email_subscriber_is_told_in_her_language_that_her_subscription_stopped_and_how_to_come_back() -> None:
    """The disabled notice told her to PATCH with a manage token, in English: one who subscribed from the signup page
    holds none. An email subscriber's notice says, in her language, to subscribe again, and links the page."""
    mailer = Mailer(sender=SENDER, links=Links("https://tocsin.example"))
    notice = mailer.disabled_notice(
        to=TO,
        subscription_id="s1",
        target=TO,
        reason="550 mailbox unavailable",
        unsubscribe_token="u",
        email=True,
        language="vi",
    )
    t = translator("vi")
    assert notice["Subject"] == t("Your Tocsin subscription was disabled")
    assert notice["Content-Language"] == "vi"
    text_part, html_part = parts(notice)
    assert "https://tocsin.example/v1/subscribe?lang=vi" in text_part
    assert t("To receive alerts here again, subscribe again:") in html.unescape(html_part)
    assert "PATCH" not in text_part
    webhook = mailer.disabled_notice(
        to=TO, subscription_id="s2", target="https://hooks.example/x", reason="410", unsubscribe_token="u"
    )
    assert "PATCH /v1/subscriptions/s2" in parts(webhook)[0]


def test_a_source_health_alerts_title_is_in_her_language() -> None:
    mail = _alert_mail(make_alert(key="health", kind="health"), language="fr")
    assert translator("fr")("Source failing: {source}", source="https://treaties.un.org/") in mail["Subject"]


def test_text_that_is_not_one_of_tocsins_messages_is_escaped_and_never_filled() -> None:
    t = HtmlTranslator(translator("fr"))
    assert t("<b>{x}</b>") == "&lt;b&gt;{x}&lt;/b&gt;"
    with pytest.raises(ValueError, match="not one of Tocsin's messages"):
        t("{x.__class__}", x=1)


async def test_a_change_of_wording_does_not_unconfirm_an_open_confirmation_page(
    api: Api,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The button's digest was of the settings as worded: a corrected translation deployed while she read the page made
    her press twice. It is of the settings themselves now."""
    made = await api.create({"channel": "email", "target": "luis@example.org", "language": "es"})
    token = await api.ctx.subscriptions.confirm_token_for(made["id"])
    shown = await api.client.get(f"/v1/confirm/{token}")
    action = re.search(r'action="([^"]+)"', shown.text)
    assert action is not None
    monkeypatch.setattr(pages, "settings_said", lambda sub: "otra redacción")
    confirmed = await api.client.post(html.unescape(action.group(1)))
    assert translator("es")("Subscription confirmed") in html.unescape(confirmed.text)


async def test_an_unreadable_settings_form_is_said_in_her_language(api: Api) -> None:  # noqa: F811
    _, token = await _confirmed_email(api, "minh@example.org", filters={}, language="vi")
    answered = await api.client.post(f"/v1/settings/{token}", content=b"countries=\xff", headers=FORM)
    assert answered.status_code == 422
    assert translator("vi")("The form could not be read; nothing was changed.") in html.unescape(answered.text)
