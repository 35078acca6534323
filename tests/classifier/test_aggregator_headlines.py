"""Blind batch S27: what Google News and other aggregators deliver ("Headline - Publisher", the title repeated as the
summary). Each case below failed on the tables before it (missed at the watcher, or read as no rights case):

- a state's step against a satirist, vlogger, podcaster, columnist, editor, writer or lecturer named right after it
  ("FIA books satirist under PECA");
- a fine for the one who posted ("Phạt 7,5 triệu đồng người đăng tin sai sự thật");
- a rights lawyer held with no word to her lawyers and no place known ("no se le ha permitido comunicarse con sus
  abogados", "no puede ver a sus defensores");
- a teaching post left ("cựu giảng viên", "former lecturer") is where she worked, like a retirement, not another story;
  and a past role no longer unties the speech beside it ("ex alcalde por publicaciones");
- a plural group named by its place or outlet and acted against at once ("periodistas de Sinaloa fueron espiados"),
  while the same group at a forum, a workshop or a prize stays talk.

Blind batch S28 (an ordinary month of regional outlets and rights groups), after S27's fixes: a hearing declared
closed ("audiencia inicial declarada reservada") and a file kept from the defence ("no se le permitió acceder al
expediente"); a union leader ("líder sindical") whose phone was intercepted; a man "not seen since" his arrest.
"""

import pytest

from tests.classifier.factories import arrest, judged, reported_and_relevant
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.findings import read_signals
from tocsin_schemas import MACHINE_SUMMARY


@pytest.mark.parametrize(
    ("language", "title", "summary", "tag"),
    [
        ("en", "FIA books satirist under PECA over 'anti-state' video on army chief - The Express Tribune", "", None),
        ("vi", "Phạt 7,5 triệu đồng người đăng tin sai sự thật về bão Yagi - VnExpress", "", "free-expression"),
        (
            "es",
            "Detienen a abogada de derechos humanos; Cristosal denuncia que no puede ver a sus defensores",
            "La abogada, acusada de peculado, no ha podido comunicarse con nadie. La organización denunció que no se "
            "le ha permitido comunicarse con sus abogados ni se conoce el lugar donde permanece.",
            "due-process",
        ),
        ("vi", "Cựu giảng viên đại học lĩnh 5 năm tù vì các bài viết trên Facebook", "", "free-expression"),
        ("en", "Former lecturer jailed for five years over Facebook posts", "", "free-expression"),
        ("es", "Citizen Lab confirma que periodistas de Sinaloa fueron espiados con Pegasus", "", "surveillance"),
        (
            "es",
            "Capturan a abogada de derechos humanos acusada de enriquecimiento ilícito",
            "Su defensa denunció que la audiencia inicial fue declarada reservada y que no se le permitió acceder al "
            "expediente.",
            "due-process",
        ),
        ("es", "Fiscalía investiga interceptación del teléfono de líder sindical de la USO", "", "surveillance"),
        ("en", "Bahraini man 'has not been seen since' arrest over posts on X, rights group says", "", "due-process"),
    ],
)
def test_an_aggregators_headline_of_a_rights_case_is_reported_and_relevant(
    language: str, title: str, summary: str, tag: str | None
) -> None:
    tags = reported_and_relevant(language, title, summary)
    assert tag is None or tag in tags


def test_a_past_role_does_not_untie_the_speech_beside_it() -> None:
    assert judged("es", "Detienen a ex profesor por publicaciones en Facebook")[0]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        # a teaching post left, in another story
        ("en", "Former teacher jailed for sexual abuse of pupils"),
        ("en", "Former lecturer jailed over fraud"),
        # not seen since, with no state's hand
        ("en", "Missing hiker has not been seen since Tuesday"),
        # a group named by its place or outlet, not acted against: a forum, a workshop, a prize
        ("es", "Foro en Monterrey: periodistas de México debaten sobre espionaje y Pegasus"),
        ("fr", "Atelier à Dakar : des journalistes de Radio Sénégal formés contre les logiciels espions"),
        ("es", "Periodistas de Clarín premiados por su investigación sobre Pegasus"),
    ],
)
def test_the_same_words_in_another_story_are_no_rights_case(language: str, title: str) -> None:
    assert not judged(language, title)[0]


def test_a_rights_lawyer_held_incommunicado_on_an_embezzlement_charge_is_a_case_not_a_crime_report() -> None:
    alert = classify(
        arrest(
            "Detienen a abogada de derechos humanos acusada de peculado",
            "Su organización denunció que no se le ha permitido comunicarse con sus abogados.",
            language="es",
        ),
        ConventionStatus(),
    )
    assert alert.relevance >= 0.5
    assert {"human-rights-defenders", "due-process"} <= {t.tag for t in alert.tags if t.confidence >= 0.5}


def test_a_man_not_seen_since_his_arrest_is_held_incommunicado() -> None:
    title = "Bahraini man 'has not been seen since' arrest over posts on X, rights group says"
    alert = classify(arrest(title, "", language="en"), ConventionStatus())
    assert "incommunicado" in alert.country_context["severity_raised_by"]


GDELT_SUMMARY = (
    f"{MACHINE_SUMMARY} (CAMEO 173: arrest, detain or charge with legal action). Actors: Police (SAU) -> Saudi Arabia "
    "(SAU). Place: Riyadh, Ar Riyad, Saudi Arabia. GDELT event ids: 1234567."
)


def test_a_gdelt_report_is_its_title_alone_and_read_as_a_headline() -> None:
    assert read_signals(f"Man jailed over Facebook posts\n{GDELT_SUMMARY}", "en").headline_only
    assert judged("en", "Saudi court sentences man to death over tweets", GDELT_SUMMARY)[0]
    assert not judged("en", "Man jailed for stabbing neighbour", GDELT_SUMMARY)[0]


@pytest.mark.parametrize(
    ("title", "relevant"),
    [
        ("Vietnam arrests Facebook user for 'anti-state' posts", True),
        ("FIA arrests man over anti-state video", True),
        ("Five arrested for anti-state activities in Balochistan", False),
        ("Police arrest Facebook user who sold fake gold online", False),
    ],
)
def test_anti_state_posts_and_a_facebook_user_are_speech(title: str, relevant: bool) -> None:
    assert judged("en", title)[0] is relevant
