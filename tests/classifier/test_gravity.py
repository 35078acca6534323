"""Graver cases rank higher: a long or death sentence passed, custody no one can find.

On dev, 58 of the 787 reports labelled as clearly serious (eval/README.md: long sentences, incommunicado detention,
abduction) were rated below that: the severity rules knew who was acted against and where, not what was done to
them. "Tuyên phạt 6 năm tù" over Facebook posts, "condenan a ocho años", a blogger "mất tích" in Bangkok, a tweeter
"incomunicado" five days rated medium like a summons. A term is read as passed, never as what a charge carries or
a prosecutor asks.
"""

import pytest

from tests.classifier.factories import arrest
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.findings import read_signals
from tocsin_classifier.gravity import DEATH_SENTENCE, DIED_IN_CUSTODY, INCOMMUNICADO, LONG_SENTENCE, grave_facts
from tocsin_classifier.severity import STEPS


def _grave(language: str, text: str) -> tuple[str, ...]:
    return grave_facts(text, read_signals(text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Blogger sentenced to eight years in prison over Facebook posts"),
        ("en", "Court jails two investigative reporters for nine years"),
        ("en", "Appeals court upholds 27-year sentence for student over retweets"),
        ("en", "Activist sentenced to life imprisonment"),
        ("vi", "Tuyên phạt 6 năm tù đối tượng tuyên truyền chống Nhà nước trên Facebook"),
        ("fr", "Un blogueur condamné à cinq ans de prison ferme pour ses publications"),
        ("es", "Condenan a ocho años a usuaria de Facebook por «noticias falsas»"),
        ("es", "Periodista condenado a 12 años de cárcel por sus columnas"),
    ],
)
def test_a_prison_term_of_five_years_or_more_passed_is_a_long_sentence(language: str, text: str) -> None:
    assert _grave(language, text) == (LONG_SENTENCE,)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Blogger faces up to 10 years in prison if convicted over his posts"),
        ("en", "Prosecutors sought eight years in prison for the journalist"),
        ("en", "Journalist sentenced to two years in prison"),
        ("en", "The law is punishable by seven years in prison, critics said"),
        ("vi", "Blogger bị khởi tố theo Điều 117, khung hình phạt từ 5 đến 12 năm tù"),
        ("fr", "Le parquet a requis dix ans de prison contre le militant"),
        ("fr", "Le décret-loi 54 punit de cinq ans de prison la diffusion de fausses nouvelles"),
        ("es", "La Fiscalía pide 10 años de prisión para el periodista"),
        ("es", "Detienen a un tuitero; se expone a una pena de hasta ocho años de prisión"),
        ("en", "Activist faces a death sentence if convicted"),
        ("es", "Detenida una activista contra la pena de muerte"),
    ],
)
def test_a_term_a_charge_carries_or_a_prosecutor_asks_is_no_sentence_passed(language: str, text: str) -> None:
    assert LONG_SENTENCE not in _grave(language, text)
    assert DEATH_SENTENCE not in _grave(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Saudi court sentences retired teacher to death over tweets"),
        ("vi", "Bị cáo lĩnh án tử hình"),
        ("fr", "Un militant condamné à mort pour ses publications"),
    ],
)
def test_a_death_sentence_passed_is_one_and_not_also_a_long_sentence(language: str, text: str) -> None:
    assert _grave(language, text) == (DEATH_SENTENCE,)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Columnist held incommunicado since his arrest over posts"),
        ("es", "Tuitero detenido por sus mensajes; su familia desconoce su paradero"),
        ("fr", "Sans nouvelles d'un journaliste enlevé à son domicile"),
        ("vi", "Blogger mất tích ở Bangkok xuất hiện tại trại tạm giam ở Hà Nội"),
    ],
)
def test_custody_no_one_can_find_is_incommunicado(language: str, text: str) -> None:
    assert INCOMMUNICADO in _grave(language, text)


def test_each_graver_fact_raises_a_relevant_reports_severity_and_is_named() -> None:
    """An ordinary user's eight years over shared posts: medium for the report, high for the sentence; a teacher's
    death sentence over tweets: two steps, critical."""
    eight = classify(
        arrest(
            "Condenan a ocho años a usuaria de Facebook por «noticias falsas»",
            "Compartió publicaciones sobre presos políticos; fue juzgada bajo la Ley Especial de Ciberdelitos.",
            language="es",
            country="NIC",
        ),
        ConventionStatus(),
    )
    assert eight.severity == "high"
    assert eight.country_context["severity_raised_by"] == [LONG_SENTENCE]
    death = classify(
        arrest(
            "Saudi court sentences retired teacher to death over tweets and YouTube comments",
            "The Specialized Criminal Court convicted him under the counter-terrorism law over posts criticising the "
            "government.",
            country="SAU",
        ),
        ConventionStatus(),
    )
    assert death.severity == "critical"
    assert DEATH_SENTENCE in death.country_context["severity_raised_by"]


def test_a_report_judged_not_relevant_stays_info_whatever_its_sentence() -> None:
    fraud = classify(
        arrest("Ransomware gang leader sentenced to nine years in prison", "He extorted hospitals.", country="USA"),
        ConventionStatus(),
    )
    assert fraud.relevance < 0.5
    assert fraud.severity == "info"
    assert fraud.country_context["severity_raised_by"] == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Muere bajo custodia un sindicalista detenido hace diez meses sin cargos"),
        ("en", "Blogger died in custody a week after his arrest over Facebook posts"),
        ("vi", "Blogger tử vong trong trại tạm giam sau khi bị bắt vì các bài viết"),
    ],
)
def test_a_death_in_the_states_hands_is_named_and_counts_two_steps(language: str, text: str) -> None:
    assert _grave(language, text) == (DIED_IN_CUSTODY,)
    assert STEPS[DIED_IN_CUSTODY] == 2


def test_a_family_that_cannot_find_a_detainee_is_incommunicado_in_spanish_too() -> None:
    text = "Estudiante detenido por un video en TikTok; cinco días después su familia desconoce dónde se encuentra."
    assert INCOMMUNICADO in _grave("es", text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a request, a possibility: no sentence passed (a code review found each raised)
        ("en", "Prosecutors demanded the death sentence for the detained journalist."),
        ("en", "Prosecutors asked the court to sentence the activist to death."),
        ("fr", "Le procureur a requis la condamnation à mort du journaliste, arrêté en mars."),
        ("es", "La fiscalía pide condenar a muerte al periodista detenido."),
        ("vi", "Viện kiểm sát đề nghị tuyên án tử hình đối với nhà báo bị bắt."),
        ("en", "Prosecutors sought a life sentence for the jailed journalist."),
        ("en", "Prosecutors are demanding 15 years in prison for the jailed journalist."),
        ("es", "La Fiscalía reclama 12 años de prisión para el periodista detenido."),
        ("en", "The blogger, arrested in May, may be sentenced to 10 years."),
        # an age, a time, a term of office, a reduction, a decimal under five, a suspended term
        ("en", "A court sentenced the 45-year-old journalist to two years in prison."),
        ("es", "Condenan a periodista de 62 años a tres años de cárcel."),
        ("en", "He was sentenced to three years in prison, five years after his first arrest."),
        ("en", "The blogger, who was jailed 10 years ago and released in 2022, was arrested again."),
        ("en", "The president, elected to a five-year term, had the journalist arrested."),
        ("en", "The court reduced the journalist's sentence from 10 years to 2 years."),
        ("fr", "Le journaliste a été condamné à 3,5 ans de prison."),
        ("fr", "Le militant a été condamné à cinq ans de prison avec sursis."),
        ("vi", "Tòa tuyên phạt blogger 5 năm tù treo."),
        # the penalty as a topic; a death in custody the journalist reported on
        ("en", "The court overturned the journalist's death sentence."),
        ("en", "The journalist was arrested for reporting on a death in custody last year."),
        # a digit int() cannot read once took the alert to the dead letters
        ("en", "The journalist was sentenced to ² years in prison."),
        # a term already served, told as background or as the release the news is about
        ("en", "The blogger, who previously served six years in prison for his posts, was arrested again."),
        ("en", "Journalist released after serving seven years in prison."),
        ("fr", "Le blogueur, libéré après avoir purgé cinq ans de prison, a de nouveau été arrêté."),
        ("es", "El periodista, detenido de nuevo tras cumplir seis años de prisión, fue trasladado a El Chipote."),
    ],
)
def test_nothing_graver_is_read_into_a_request_an_age_a_past_or_a_topic(language: str, text: str) -> None:
    assert _grave(language, text) == ()


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "Blogger sentenced to eight years in prison on charges of sedition", LONG_SENTENCE),
        ("en", "Activist sentenced to life in prison over posts", LONG_SENTENCE),
        ("en", "Journalist sentenced to twenty-five years in prison", LONG_SENTENCE),
        ("vi", "Blogger lĩnh tám năm tù vì bài viết", LONG_SENTENCE),
        ("vi", "Nhà báo bị tuyên tử hình", DEATH_SENTENCE),
        ("fr", "Le militant condamné à la peine capitale", DEATH_SENTENCE),
        ("en", "The court upheld the death sentence of the blogger", DEATH_SENTENCE),
        ("es", "Activista denuncia la desaparición forzada de su hermano detenido", INCOMMUNICADO),
    ],
)
def test_other_common_wordings_of_a_grave_outcome_are_read(language: str, text: str, reason: str) -> None:
    assert _grave(language, text) == (reason,)
