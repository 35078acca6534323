"""A treaty alert's reading in the mail's language (`channels.treaty_reading`); a news report's rationale in English.

The classifier's rationale is English; a French, Spanish or Vietnamese subscriber read "L'analyse de Tocsin (en
anglais) : 3 instruments counting toward entry into force had been deposited ..." under a title in her language. A
treaty alert's reading is now said from the event in hers, with the same facts; a news report's stays the
classifier's, in English, and the mail says so.
"""

import datetime as dt

import pytest

from tests.notifier.channels.test_email_channel import SENDER, TO, UNSUBSCRIBE_URL, parts
from tests.notifier.fakes import make_alert
from tocsin_notifier.channels.email import compose_alert_email
from tocsin_notifier.channels.treaty_reading import treaty_reading
from tocsin_notifier.i18n import translator
from tocsin_schemas import AlertClassifiedEvent, TreatyActionEvent, TreatyMilestoneEvent


def mail(alert: AlertClassifiedEvent, language: str) -> tuple[str, str]:
    return parts(compose_alert_email([alert], to=TO, sender=SENDER, unsubscribe_url=UNSUBSCRIBE_URL, language=language))


def action(**changes: object) -> TreatyActionEvent:
    event = make_alert(kind="treaty").data.event
    assert isinstance(event, TreatyActionEvent)
    return event.model_copy(update={"data": event.data.model_copy(update=changes)})


def milestone(**changes: object) -> TreatyMilestoneEvent:
    event = make_alert(kind="milestone").data.event
    assert isinstance(event, TreatyMilestoneEvent)
    return event.model_copy(update={"data": event.data.model_copy(update=changes)})


def test_a_ratification_is_read_in_french_from_the_event_and_the_mail_says_so_in_french() -> None:
    text, html = mail(make_alert(kind="treaty"), "fr")
    assert (
        "L'analyse de Tocsin : Instruments comptant pour l'entrée en vigueur : 3 sur les 40 requis, selon la "
        "Collection des traités des Nations Unies lue le 28 novembre 2026" in text
    )
    assert "(en anglais)" not in text
    assert "Test alert." not in text  # the classifier's English sentence is not shown beside it
    assert '<span lang="fr">Instruments comptant' in html


def test_a_news_reports_rationale_stays_the_classifiers_in_english_and_the_mail_says_so() -> None:
    text, html = mail(make_alert(kind="arrest"), "fr")
    assert "L'analyse de Tocsin (en anglais) : Test alert." in text
    assert '<span lang="en">Test alert.</span>' in html


def test_an_english_mail_shows_the_classifiers_rationale_as_written() -> None:
    text, _ = mail(make_alert(kind="treaty"), "en")
    assert "Tocsin's reading: Test alert." in text
    assert treaty_reading(make_alert(kind="arrest").data.event, translator("fr")) is None


@pytest.mark.parametrize(
    ("event", "language", "said"),
    [
        # the UN Treaty Collection's own date when the page printed one
        (
            action(status_as_at=dt.date(2026, 11, 25)),
            "es",
            "Instrumentos que cuentan para la entrada en vigor: 3 de los 40 necesarios, según el estado de la "
            "Colección de Tratados de las Naciones Unidas al 25 de noviembre de 2026",
        ),
        # a signature, a regional organization's instrument: not counted (art. 65)
        (action(action="signature"), "es", "Una firma no cuenta para la entrada en vigor. Instrumentos que cuentan"),
        (
            action(participant="European Union", country_code=None, action="approval"),
            "vi",
            "Văn kiện của một tổ chức khu vực không được tính vào số văn kiện để có hiệu lực. Số văn kiện",
        ),
        # another treaty: its own counts, and French and Spanish fuse "de le" / "de el"
        (action(treaty="XVIII-17"), "fr", "Parties : 3 ; signataires : 72 (à la lecture)."),
        (
            milestone(treaty="XVIII-17", kind="signature_deadline", deadline=dt.date(2026, 12, 31)),
            "es",
            "La firma del tratado XVIII-17 está abierta hasta el 31 de diciembre de 2026.",
        ),
        (
            milestone(treaty="XVIII-17", kind="instruments", instruments=12, entry_into_force_date=None),
            "fr",
            "Le traité XVIII-17 : instruments comptant pour l'entrée en vigueur : 12.",
        ),
        (
            milestone(treaty="XVIII-17", instruments=12),
            "en",
            "Treaty XVIII-17: instruments counting toward entry into force: 12; entry into force on 2027-02-08 by "
            "Tocsin's count.",
        ),
        # milestones: counted, in force (in the tense the event's date calls for), a deadline passed
        (
            milestone(kind="instruments", instruments=30, entry_into_force_date=None),
            "fr",
            "Instruments comptant pour l'entrée en vigueur : 30 sur les 40 requis (art. 65",
        ),
        (milestone(), "fr", "la Convention entre en vigueur le 8 février 2027, 90e jour suivant son dépôt"),
        (
            milestone(entry_into_force_date=dt.date(2026, 11, 1)),
            "fr",
            "la Convention est entrée en vigueur le 1er novembre 2026",
        ),
        (
            milestone(kind="signature_deadline", deadline=dt.date(2026, 1, 31)),
            "vi",
            "Việc ký Công ước của Liên hợp quốc về chống tội phạm mạng đã kết thúc vào ngày 31 tháng 1 năm 2026.",
        ),
    ],
)
def test_a_treaty_alert_is_read_from_its_event_in_the_mails_language(event: object, language: str, said: str) -> None:
    read = treaty_reading(event, translator(language))
    assert read is not None
    assert said in read
