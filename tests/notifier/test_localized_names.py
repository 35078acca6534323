"""Dates, countries, tags and punctuation as the subscriber's language writes them.

A French subscriber read "Viet Nam a ratifié la Convention … le 2026-11-27", "Vietnam (VNM): …", tags such as
"free-expression" and "Rapport: https://…"; a Vietnamese one read English country names and ISO dates in the middle of
Vietnamese sentences. Countries now take CLDR's name in her language, dates and times its month names and word
order, tags a name a reader understands, and French its space before a colon. English mails are unchanged.
"""

import datetime as dt
import html
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest

from tests.notifier.channels.test_email_channel import SENDER, TO, UNSUBSCRIBE_URL, arrest_alert, parts
from tests.notifier.fakes import make_alert
from tests.notifier.test_api_abuse import ADMIN, FORM, Api, api  # noqa: F401 (fixture)
from tocsin_notifier import pages
from tocsin_notifier.channels.email import compose_alert_email, compose_confirmation_email
from tocsin_notifier.channels.email_content import event_title
from tocsin_notifier.i18n import HtmlTranslator, _contracted, translator
from tocsin_notifier.signup import REFUSED
from tocsin_notifier.subscription import settings_said
from tocsin_schemas import AlertClassifiedEvent

MARCH_FIRST = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


def _mail(*alerts: AlertClassifiedEvent, language: str) -> tuple[str, str, str]:
    mail = compose_alert_email(list(alerts), to=TO, sender=SENDER, unsubscribe_url=UNSUBSCRIBE_URL, language=language)
    text_part, html_part = parts(mail)
    return str(mail["Subject"]), text_part, html_part


@pytest.mark.parametrize(
    ("language", "day", "moment"),
    [
        ("en", "2026-11-27", "2026-03-01 09:30 UTC"),
        ("es", "27 de noviembre de 2026", "1 de marzo de 2026, a las 09:30 UTC"),
        ("fr", "27 novembre 2026", "1er mars 2026 à 09:30 UTC"),
        ("vi", "27 tháng 11 năm 2026", "09:30 UTC ngày 1 tháng 3 năm 2026"),
    ],
)
def test_days_and_times_read_as_each_language_writes_them(language: str, day: str, moment: str) -> None:
    t = translator(language)
    assert t.day(dt.date(2026, 11, 27)) == day
    assert t.moment(MARCH_FIRST) == moment
    assert t.moment(MARCH_FIRST.replace(tzinfo=None)) == moment  # a naive time is UTC
    in_hanoi = MARCH_FIRST.astimezone(dt.timezone(dt.timedelta(hours=7)))
    assert t.moment(in_hanoi) == moment  # said in UTC, whatever zone it came in


def test_only_french_says_the_first_of_the_month_as_1er() -> None:
    assert translator("fr").day(dt.date(2027, 1, 1)) == "1er janvier 2027"
    assert translator("fr").day(dt.date(2027, 1, 11)) == "11 janvier 2027"
    assert translator("es").day(dt.date(2027, 1, 1)) == "1 de enero de 2027"


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", ("Vietnam", "Bolivia", "United States")),
        ("es", ("Vietnam", "Bolivia", "Estados Unidos")),
        ("fr", ("Viêt Nam", "Bolivie", "États-Unis")),
        ("vi", ("Việt Nam", "Bolivia", "Hoa Kỳ")),
    ],
)
def test_countries_take_their_name_in_her_language(language: str, names: tuple[str, str, str]) -> None:
    t = translator(language)
    assert (t.country("VNM"), t.country("BOL"), t.country("USA")) == names
    assert t.country("XXX") is None
    assert t.country(None) is None


def test_a_french_alert_names_country_date_and_tags_in_french_with_french_punctuation() -> None:
    subject, text_part, html_part = _mail(arrest_alert(raised_by=("at-risk-person", "convention-party")), language="fr")
    assert subject.startswith("[ÉLEVÉE] VNM : ")
    assert "Viêt Nam (VNM) : Blogger detained under art. 117" in text_part
    assert "Détecté par Tocsin le 1er mars 2026 à 09:30 UTC" in text_part
    assert "détecté par Tocsin le 1er mars 2026 à 09:30 UTC" in html_part
    assert "- liberté d'expression (92%) : 'propaganda against the State'" in text_part
    assert "- Rapport : https://news.example/vn/blogger-detained" in text_part
    assert "un chercheur ; le pays a ratifié" in text_part  # the reasons, French semicolon
    for english in ("free-expression", "Vietnam", "2026-03-01", "Rapport: "):
        assert english not in text_part
    assert "<li><strong>liberté d&#39;expression</strong> (92%) : &#39;propaganda" in html_part


def test_a_treaty_alert_names_the_state_and_the_day_in_her_language() -> None:
    treaty = make_alert(key="t", kind="treaty")  # Viet Nam ratified on 2026-11-27
    # French names a country with an article ("le Viêt Nam", "les Pays-Bas"): its titles say the act first
    assert (
        "Ratification de la Convention des Nations Unies contre la cybercriminalité — Viêt Nam, le 27 novembre"
        in (_mail(treaty, language="fr")[0])
    )
    assert (
        "Vietnam ratificó la Convención de las Naciones Unidas contra la Ciberdelincuencia el 27 de noviembre"
        in (_mail(treaty, language="es")[0])
    )
    assert (
        "Việt Nam đã phê chuẩn Công ước của Liên hợp quốc về chống tội phạm mạng vào ngày 27 tháng 11 năm 2026"
        in (_mail(treaty, language="vi")[0])
    )
    milestone = make_alert(key="m", kind="milestone")  # in force on 2027-02-08
    assert "entra en vigor el 8 de febrero de 2027" in _mail(milestone, language="es")[0]


def test_the_european_union_is_named_in_her_language_and_another_participant_as_the_un_names_it() -> None:
    union = make_alert(key="eu", kind="treaty", country=None, participant="European Union")
    assert _mail(union, language="es")[0].startswith("[ALTA] La Unión Europea ratificó")
    assert _mail(union, language="fr")[0].endswith("— Union européenne, le 27 novembre 2026")
    assert _mail(union, language="en")[0].startswith("[HIGH] European Union ratified")
    other = make_alert(key="x", kind="treaty", country=None, participant="Some Organisation")
    assert "Some Organisation ratificó" in _mail(other, language="es")[0]


@pytest.mark.parametrize(
    ("language", "code", "name"),
    [
        ("fr", "PSE", "État de Palestine"),
        ("es", "VAT", "Santa Sede"),
        ("vi", "COD", "Cộng hòa Dân chủ Congo"),
        ("fr", "MMR", "Myanmar"),
        ("vi", "CPV", "Cabo Verde"),
    ],
)
def test_a_treaty_party_is_named_as_the_un_lists_it_not_as_cldr_does(language: str, code: str, name: str) -> None:
    """CLDR says "Territoires palestiniens", "Ciudad del Vaticano", "Congo - Kinshasa", "Myanmar (Birmanie)" (beside
    "(MMR)"), and Vietnamese "Cape Verde": the parties are the State of Palestine and the Holy See."""
    assert translator(language).country(code) == name


def test_spanish_says_one_o_clock_in_the_singular() -> None:
    t = translator("es")
    assert t.moment(MARCH_FIRST.replace(hour=1, minute=5)) == "1 de marzo de 2026, a la 01:05 UTC"
    assert t.moment(MARCH_FIRST.replace(hour=13, minute=5)) == "1 de marzo de 2026, a las 13:05 UTC"


def test_a_treaty_alerts_title_is_marked_in_the_mails_language_for_screen_readers() -> None:
    _, _, html_part = _mail(make_alert(key="t", kind="treaty"), language="vi")
    assert '<h2 style="font-size: 18px; margin: 4px 0 8px;" lang="vi">Việt Nam đã phê chuẩn' in html_part
    _, _, report = _mail(make_alert(key="r"), language="vi")  # a report written in English
    assert 'lang="en">Blogger arrested (r)</h2>' in report  # keeps its own language


def test_english_mails_are_as_before() -> None:
    subject, text_part, _ = _mail(arrest_alert(), make_alert(key="t", kind="treaty"), language="en")
    assert subject == "Tocsin digest: 2 alerts"
    assert "[HIGH] Vietnam (VNM): Viet Nam ratified the UN Convention against Cybercrime on 2026-11-27" in text_part
    assert "Detected by Tocsin 2026-03-01 09:30 UTC" in text_part
    assert "- free-expression (92%): 'propaganda against the State'" in text_part
    assert "- Report: https://news.example/vn/blogger-detained" in text_part


def test_a_digest_in_vietnamese_says_its_times_and_tags_in_vietnamese() -> None:
    subject, text_part, _ = _mail(make_alert(key="a"), make_alert(key="b", severity="critical"), language="vi")
    assert subject == f"[{translator('vi')('critical').upper()}] Tocsin: 2 cảnh báo"
    assert "Tocsin phát hiện lúc 12:30 UTC ngày 28 tháng 11 năm 2026" in text_part
    assert "- tự do ngôn luận (90%)" in text_part
    assert "Việt Nam (VNM): " in text_part


def test_the_confirmation_mail_says_until_when_in_her_language() -> None:
    mail = compose_confirmation_email(
        to=TO,
        sender=SENDER,
        confirm_page_url="https://t.example/c",
        expires=dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC),
        language="fr",
    )
    text_part, _ = parts(mail)
    assert "Le lien est valable jusqu'au 1er décembre 2026 à 10:00 UTC." in text_part


def test_her_settings_in_words_name_tags_and_event_types_in_her_language() -> None:
    sub = SimpleNamespace(  # what settings_said reads of a subscription
        channel="email",
        language="fr",
        digest="daily",
        discreet=False,
        min_severity="medium",
        filters={
            "countries": ["VNM"],
            "tags": ["press-freedom", "surveillance"],
            "event_types": ["tocsin.arrest.reported"],
        },
    )
    said = settings_said(sub)  # type: ignore[arg-type]
    assert "étiquettes : liberté de la presse, surveillance" in said.casefold()
    assert "types d'événements : arrestations et poursuites signalées" in said  # lower case after a colon
    assert "tocsin.arrest.reported" not in said
    assert " ; " in said
    assert "; " not in said.replace(" ; ", "")


def test_the_settings_page_shows_tags_and_event_types_by_name_and_sends_their_identifiers() -> None:
    page = bytes(pages.signup_page("es").body).decode()
    assert '<input type="checkbox" name="tags" value="press-freedom">\nlibertad de prensa</label>' in page
    english = bytes(pages.signup_page("en").body).decode()
    assert '<input type="checkbox" name="tags" value="press-freedom">\npress-freedom</label>' in english
    assert 'value="tocsin.arrest.reported">\nDetenciones y procesamientos denunciados</label>' in page
    assert 'value="tocsin.arrest.reported">\nReported arrests and prosecutions</label>' in english


async def test_the_signup_page_says_the_refusals_last_day_in_her_language(api: Api) -> None:  # noqa: F811
    form = {"address": "ana@example.org", "countries": "", "min_severity": "info", "digest": "daily", "language": "es"}
    assert (await api.client.post("/v1/subscribe", content=urlencode(form), headers=FORM)).status_code == 200
    listing = await api.client.get("/v1/subscriptions", headers=ADMIN)
    (made,) = listing.json()["items"]
    token = await api.ctx.subscriptions.unsubscribe_token_for(str(made["id"]))
    await api.client.post(f"/v1/unsubscribe/{token}")  # she refused a request she had not made
    until = await api.ctx.subscriptions.refused_until("ana@example.org", now=api.ctx.clock())
    assert until is not None
    asked = await api.client.post("/v1/subscribe", content=urlencode(form), headers=FORM)
    assert asked.status_code == 409
    t = translator("es")
    day = t.day(until.date() + dt.timedelta(days=1))
    assert " de 20" in day
    assert html.escape(t(REFUSED, day=day), quote=False) in asked.text


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "a prison sentence of five years or more (or life) was passed; the person is held incommunicado, has "
            "disappeared or was abducted.",
        ),
        (
            "fr",
            "une peine de cinq ans de prison ou plus (ou la perpétuité) a été prononcée ; la personne est détenue au "
            "secret, a disparu ou a été enlevée.",
        ),
    ],
)
def test_the_graver_facts_the_classifier_names_are_said_in_words(language: str, said: str) -> None:
    _, text_part, _ = _mail(arrest_alert(raised_by=("long-sentence", "incommunicado")), language=language)
    assert said in " ".join(text_part.split())
    assert "long-sentence" not in text_part


def test_a_death_in_custody_is_said_in_her_language() -> None:
    _, text_part, _ = _mail(arrest_alert(raised_by=("died-in-custody",)), language="es")
    assert "la persona murió bajo custodia del Estado." in " ".join(text_part.split())


def test_a_title_tocsin_cannot_translate_is_marked_english() -> None:
    """A source status a newer contract adds is titled in English words: marked so, not as the mail's language."""
    alert = make_alert(key="h", kind="health")
    event = alert.data.event
    newer = event.model_copy(update={"data": event.data.model_copy(update={"status": "degraded"})})
    odd = alert.model_copy(update={"data": alert.data.model_copy(update={"event": newer})})
    _, _, html_part = _mail(odd, language="fr")
    assert 'lang="en">Source degraded: https://treaties.un.org/</h2>' in html_part
    _, _, known = _mail(alert, language="fr")
    assert 'lang="fr">Source en échec : https://treaties.un.org/</h2>' in known


def test_french_fuses_de_and_a_with_the_article_of_another_treatys_name() -> None:
    ratified = make_alert(key="t", kind="treaty")
    other = ratified.data.event.data.model_copy(update={"treaty": "XVIII-17"})
    action = ratified.data.event.model_copy(update={"data": other})
    assert event_title(action, translator("fr")) == "Ratification du traité XVIII-17 — Viêt Nam, le 27 novembre 2026"
    acceded = action.model_copy(update={"data": other.model_copy(update={"action": "accession"})})
    assert event_title(acceded, translator("fr")).startswith("Adhésion au traité XVIII-17 — ")
    assert translator("fr")("{state} ratified {treaty} on {date}", state="X", treaty="les traités", date="d") == (
        "Ratification des traités — X, le d"
    )
    # the Convention keeps "de la"; a message with no placeholder is as it was
    assert event_title(ratified.data.event, translator("fr")).startswith("Ratification de la Convention")
    assert translator("fr")("Sources:") == "Sources :"


def test_french_fuses_only_the_word_de_or_a_and_in_html_too() -> None:
    assert _contracted("garde {x}", {"x": "le traité"}, "fr") == ("garde {x}", {"x": "le traité"})
    assert _contracted("de {x}", {"x": "le"}, "fr") == ("de {x}", {"x": "le"})  # an article with no noun: as it is
    said = HtmlTranslator(translator("fr"))(
        "{state} acceded to {treaty} on {date}", state="X", treaty="le traité", date="d"
    )
    assert said == "Adhésion au traité — X, le d"
