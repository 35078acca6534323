"""Talk about what laws, spyware or courts do to a whole profession is no case; the same words about someone in
particular (singular, counted, named, or the headline's own arrest) are, and a bare "Journalist arrested" stays
relevant in every language however the weighing moves (`targets`, `calibration.features`)."""

import pytest

from tests.classifier.factories import arrest, judged
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.findings import read_signals

STATUS = ConventionStatus()

EN_TALK = (
    "UN expert: cybercrime laws are being used to jail reporters",
    "She told the Human Rights Council that vaguely worded offences let governments detain journalists and bloggers.",
)
TALK = [
    pytest.param("en", *EN_TALK, id="en-laws-used-to-jail-reporters"),
    pytest.param(
        "es",
        "La FLIP advierte que el proyecto contra las noticias falsas podría llevar a periodistas a la cárcel",
        "En una audiencia en el Senado, la fundación dijo que el delito podría usarse para judicializar a reporteros.",
        id="es-podria-llevar-a-periodistas",
    ),
    pytest.param(
        "fr",
        "Des ONG redoutent que la convention serve à poursuivre des opposants réfugiés à l'étranger",
        "Lors d'une table ronde à Genève, des juristes ont estimé que l'extradition d'opposants deviendrait plus"
        " facile.",
        id="fr-poursuivre-des-opposants",
    ),
    pytest.param(
        "vi",
        "Quy định mới có thể khiến các nhà báo bị bắt vì đưa tin",
        "Nhiều tổ chức quốc tế cho rằng điều khoản này có thể bị dùng để truy tố các nhà báo.",
        id="vi-cac-nha-bao",
    ),
]

PARTICULAR = [
    pytest.param(
        "en", "Three reporters arrested over their coverage of the protest", {"press-freedom"}, id="en-counted"
    ),
    pytest.param(
        "en", "Journalists detained in Minsk after covering a rally", {"press-freedom"}, id="en-headline-arrest"
    ),
    pytest.param(
        "en",
        "Police arrest activists Ana Kiprop and Joseph Mutua after a sit-in",
        {"human-rights-defenders"},
        id="en-named",
    ),
    pytest.param(
        "es",
        "Detienen a dos periodistas por una publicación en Facebook",
        {"press-freedom", "free-expression"},
        id="es-counted",
    ),
    pytest.param(
        "fr",
        "Deux militants interpellés après une vidéo sur les réseaux sociaux",
        {"human-rights-defenders", "free-expression"},
        id="fr-counted",
    ),
    pytest.param(
        "vi",
        "Hai nhà báo bị bắt vì bài viết trên Facebook",
        {"press-freedom", "free-expression"},
        id="vi-counted",
    ),
    pytest.param(
        "es",
        "Detienen a integrantes de un colectivo de madres buscadoras en Sonora",
        {"human-rights-defenders"},
        id="es-members-of-a-collective",
    ),
    pytest.param(
        "es",
        "Amenazan y detienen a madres buscadoras tras publicar hallazgo de fosas",
        {"human-rights-defenders", "free-expression"},
        id="es-arrest-first",
    ),
    pytest.param("en", "Police detain journalists in Minsk", {"press-freedom"}, id="en-arrest-first"),
    pytest.param(
        "en", "KGB raids Viasna offices, detains human rights defenders", {"human-rights-defenders"}, id="en-defenders"
    ),
    pytest.param("en", "Police detain rights activists in Minsk", {"human-rights-defenders"}, id="en-one-qualifier"),
]

# An English arrest before the role said as what may be done, as the role's adjective, or with the role someone
# else's: still a whole profession
EN_NOT_ARRESTED_FIRST = [
    "Laws let governments detain journalists and bloggers, UN expert says",
    "Bill would let police detain activists without charge",
    "Families of detained journalists march at festival",
    "Award for jailed journalists presented at ceremony in London",
    "Police detain men targeting activists",
    # a thirteenth review's: an explainer's question, a Title Case outlet-like name, a possessive role
    "Why do governments detain journalists?",
    "How Turkey Jails Journalists",
    "Police Arrest Fans Who Abused Sky Sports Reporters",
    "Police arrest pro-gun activists' neighbour after shooting",
]


@pytest.mark.parametrize(("language", "title", "summary"), TALK)
def test_a_whole_profession_acted_against_in_talk_raises_no_alarm(language: str, title: str, summary: str) -> None:
    """Reports, hearings and panels on what a law could do to "journalists" or "opposants" name no one: no alert."""
    assert read_signals(f"{title}\n{summary}", language).profession
    assert judged(language, title, summary) == (False, set())


def test_the_rationale_says_the_roles_are_a_whole_profession() -> None:
    """When the rules alone found a case and the weighing clears it as talk, the rationale says why."""
    alert = classify(arrest(*EN_TALK, language="en"), STATUS)
    assert alert.relevance < 0.5
    assert "the rules alone" in alert.rationale
    assert "'journalists': a whole profession, no one in particular" in alert.rationale


@pytest.mark.parametrize(("language", "title", "tags"), PARTICULAR)
def test_someone_in_particular_is_a_case(language: str, title: str, tags: set[str]) -> None:
    """The same roles counted, named or arrested in the headline are people acted against, with their tags."""
    assert not read_signals(title, language).profession
    assert judged(language, title) == (True, tags)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Journalist arrested"),
        ("es", "Detienen a un periodista"),
        ("fr", "Un journaliste interpellé"),
        ("vi", "Nhà báo bị bắt"),
    ],
)
def test_a_bare_journalist_arrested_stays_relevant(language: str, title: str) -> None:
    """The headline alone, nothing else said, is a press-freedom case in every language."""
    assert judged(language, title) == (True, {"press-freedom"})


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Detectives carry off laptops from land-rights group in Nakuru, question coordinator", "en"),
        ("Police raid the offices of a digital rights organisation and detain its director", "en"),
    ],
)
def test_rights_as_a_complement_is_no_plural(text: str, language: str) -> None:
    """ "A land-rights group", "a digital rights organisation": "rights" qualifies the role, it is not its plural."""
    assert not read_signals(text, language).profession


@pytest.mark.parametrize("title", EN_NOT_ARRESTED_FIRST)
def test_an_english_arrest_said_as_talk_or_as_an_adjective_names_no_one(title: str) -> None:
    """ "let police detain activists", "detained journalists" as an adjective, "men targeting activists": no one
    in particular acted against, where "Police detain journalists" is the headline's own case."""
    assert read_signals(title, "en").profession
