"""A report whose kind is talk about cases (an index, a tally, a training, a hearing, an interview, a memoir, an
anniversary: `Signal.GENRE`) with no one in particular acted against is weighed as no case
(`calibration.no_case_told`, the `genre-no-case` input); a case told beside or inside such a report stays a case."""

import pytest

from tests.classifier.factories import judged
from tocsin_classifier.calibration import calibrate, no_case_told
from tocsin_classifier.findings import read_signals
from tocsin_classifier.rules import relevance
from tocsin_lexicon import Signal

# A review's probes (written blind, 200 on both sides): these read as cases before the genre input
TALK_ABOUT_CASES = [
    (
        "en",
        "Workshop teaches activists what to do if arrested at a protest",
        "Lawyers from a legal aid group walked 60 participants through their rights during detention and"
        " interrogation.",
    ),
    (
        "en",
        "UN experts urge Vietnam to revise Article 117 used to jail bloggers",
        "",
    ),
    (
        "fr",
        "À Abidjan, des journalistes formés à se protéger contre la surveillance et les logiciels espions",
        "Pendant trois jours, une trentaine de reporters ont appris à chiffrer leurs communications et à réagir en cas"
        " d'arrestation ou de saisie de matériel.",
    ),
    (
        "es",
        "Periodistas hondureños reciben capacitación en seguridad digital y protección frente al espionaje",
        "El taller, organizado por la Unesco, enseñó a detectar software espía y a actuar en caso de detención o"
        " allanamiento.",
    ),
    (
        "es",
        "Taller enseña a activistas qué hacer en caso de detención durante una protesta",
        "Abogados de una organización de derechos humanos explicaron a 50 jóvenes sus derechos frente a la policía.",
    ),
]

# cases told beside or inside such a report: someone in particular acted against, speech named as the cause, or
# criticism of those in power
CASES_BESIDE_A_GENRE = [
    (
        "en",
        "Journalist detained hours after interview with BBC",
        "Security agents in Addis Ababa took editor Dawit Mekonnen from his home hours after he gave an interview.",
    ),
    ("en", "Police raid press freedom seminar in Harare, detain two organisers", ""),
    (
        "fr",
        "Rwanda : un youtubeur condamné à sept ans de prison alors que débute la commémoration du génocide",
        "Le tribunal de Kigali a condamné le youtubeur Eric Nsengiyumva pour des vidéos critiquant le gouvernement.",
    ),
    ("fr", "Colloque sur la liberté d'expression : un universitaire arrêté à la sortie de la salle à Lomé", ""),
    ("es", "Taller de seguridad digital interrumpido: policía detiene a cuatro activistas en Caracas", ""),
    (
        "es",
        "Cuba: activista citada por la Seguridad del Estado tras dar una entrevista a un medio independiente",
        "La activista Yanelis Rodríguez fue citada a una estación policial en La Habana.",
    ),
    ("vi", "Ba nhà báo bị bắt sau hội thảo về tự do báo chí ở Phnom Penh", ""),
    ("en", "Filmmakers charged with distributing false publications over police documentary", ""),
]


@pytest.mark.parametrize(("language", "title", "summary"), TALK_ABOUT_CASES)
def test_talk_about_cases_with_no_one_acted_against_weighs_less(language: str, title: str, summary: str) -> None:
    signals = read_signals(f"{title}\n{summary}", language)
    judged_by_rules = relevance(signals)
    assert no_case_told(signals)
    assert calibrate(signals, judged_by_rules).score < judged_by_rules.score


@pytest.mark.parametrize(("language", "title", "summary"), TALK_ABOUT_CASES[2:])
def test_a_training_with_no_one_acted_against_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary)[0] is False


@pytest.mark.parametrize(("language", "title", "summary"), CASES_BESIDE_A_GENRE)
def test_a_case_told_beside_a_genre_stays_a_case(language: str, title: str, summary: str) -> None:
    assert read_signals(f"{title}\n{summary}", language).has(Signal.GENRE)
    assert not no_case_told(read_signals(f"{title}\n{summary}", language))
    assert judged(language, title, summary)[0] is True


def test_genre_words_hide_no_evidence_inside_them() -> None:
    signals = read_signals("World Press Freedom Index: Norway tops the ranking again\n", "en")
    assert signals.has(Signal.GENRE)
    assert "Press Freedom" in signals.phrases(Signal.JOURNALIST)


def test_a_genre_inside_a_longer_phrase_of_evidence_is_that_phrase() -> None:
    """ "trả lời phỏng vấn" (gave an interview) is an act of speech, not a report that is an interview."""
    signals = read_signals("Công an triệu tập một người vì trả lời phỏng vấn đài nước ngoài\n", "vi")
    assert "trả lời phỏng vấn" in signals.phrases(Signal.SPEECH)
    assert not signals.has(Signal.GENRE)


ARREST_FEARED_OR_RECALLED = [
    ("en", "Exiled Belarusian journalist says she would be arrested if she returned home"),
    ("en", "Workshop teaches activists what to do if arrested at a protest"),
    ("en", "Freed Iranian journalist recalls her detention in Evin"),
    ("fr", "Un journaliste exilé craint d'être arrêté s'il rentre au pays"),
    ("fr", "Un journaliste libéré raconte sa détention"),
    ("es", "Periodista exiliada teme ser detenida si regresa a Venezuela"),
    ("es", "Taller enseña a activistas qué hacer en caso de detención durante una protesta"),
    ("vi", "Nhà báo lưu vong lo ngại bị bắt nếu trở về Việt Nam"),
]


@pytest.mark.parametrize(("language", "title"), ARREST_FEARED_OR_RECALLED)
def test_an_arrest_feared_imagined_or_recalled_is_no_arrest(language: str, title: str) -> None:
    assert not read_signals(f"{title}\n", language).has(Signal.ARREST)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Journalist who feared arrest detained at Minsk airport"),
        ("fr", "Un journaliste qui craignait d'être arrêté placé en garde à vue à Tunis"),
        ("es", "Detienen en Managua a periodista que temía ser detenida"),
        ("vi", "Nhà báo lo ngại bị bắt đã bị khởi tố"),
    ],
)
def test_an_arrest_told_beside_the_fear_of_one_is_still_read(language: str, title: str) -> None:
    assert judged(language, title)[0] is True


# the review of this round: a decision said in the conditional, a summons beside the fear, a fact-check that confirms
@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "en",
            "Chengdu police say blogger would be detained for 10 days over WeChat posts",
            "A notice from the public security bureau said Li Wenhao would be detained for ten days for posting"
            " comments about the city's flood response.",
        ),
        (
            "es",
            "La periodista que teme ser detenida recibe una citación de la Fiscalía en Caracas",
            "Andreína Salas, que denunció irregularidades en el Sebin, fue notificada de una investigación por"
            " instigación al odio.",
        ),
        (
            "fr",
            "Vérification faite : la journaliste Fatou Diarra a bien été arrêtée à Bamako",
            "Contrairement à ce qu'affirmaient des comptes pro-junte, la journaliste est détenue depuis jeudi par la"
            " sécurité d'État, a confirmé son employeur.",
        ),
    ],
)
def test_what_the_rounds_review_found_stays_a_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary)[0] is True
