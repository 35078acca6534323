"""A crime a journalist or blogger exposed is the subject of their work, not their charge (`topics`); a killing of a
journalist or activist is an attack on their work; and the rationale says "target" only of a role arrested."""

import pytest

from tests.classifier.factories import arrest, judged
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.findings import read_signals
from tocsin_classifier.topics import CRIMES

EXPOSED = [
    pytest.param("en", "Reporter detained after exposing bribery at the port authority", id="en-exposing"),
    pytest.param(
        "en", "Blogger charged under the Cybercrimes Act over a post alleging the mayor took bribes", id="en-alleging"
    ),
    pytest.param("en", "Editor held days after publishing an investigation into fraud at the ministry", id="en-into"),
    pytest.param(
        "fr", "Un journaliste interpellé après une enquête sur la corruption à la mairie", id="fr-enquete-sur"
    ),
    pytest.param(
        "es", "Detienen a un periodista tras publicar un reportaje sobre corrupción en el puerto", id="es-sobre"
    ),
    pytest.param("es", "Detienen al periodista que denunció corrupción en la alcaldía", id="es-denuncio"),
    pytest.param("vi", "Nhà báo bị bắt sau loạt bài phanh phui tham nhũng ở cảng biển", id="vi-phanh-phui"),
]


@pytest.mark.parametrize(("language", "title"), EXPOSED)
def test_a_crime_the_reporter_exposed_is_no_charge_and_the_case_is_a_rights_case(language: str, title: str) -> None:
    """The corruption reported on is not read as a crime: the item is the reprisal it is."""
    assert not read_signals(title, language).present() & CRIMES
    relevant, tags = judged(language, title)
    assert relevant
    assert tags & {"press-freedom", "free-expression"}


CHARGED = [
    pytest.param("en", "Journalist arrested over alleged bribery at the port authority", id="en-alleged"),
    pytest.param("en", "Editor jailed for taking bribes to drop stories", id="en-no-cue"),
    pytest.param("fr", "Un journaliste mis en examen dans une enquête pour corruption", id="fr-enquete-pour"),
    pytest.param("es", "'Me quieren callar por denunciar', dice alcalde detenido por peculado", id="es-arrest-between"),
]


@pytest.mark.parametrize(("language", "title"), CHARGED)
def test_a_crime_someone_is_charged_with_stays_a_crime(language: str, title: str) -> None:
    """ "Alleged", "enquête pour" and an arrest between the cue and the crime name the charge: it still counts."""
    assert read_signals(title, language).present() & CRIMES


def test_a_crime_the_journalist_was_investigating_is_the_subject_of_the_work() -> None:
    """A cue right after the crime counts too: "el caso de corrupción que investigaba"."""
    text = "Fiscalía pide los registros de llamadas del periodista detenido por el caso de corrupción que investigaba"
    assert not read_signals(text, "es").present() & CRIMES


KILLED = [
    pytest.param("en", "Radio journalist murdered in Guerrero", id="en-murdered"),
    pytest.param("en", "Reporter Ana Ruiz was shot dead outside her station", id="en-shot-dead"),
    pytest.param("es", "Asesinan a periodista en Guerrero, el quinto en el año", id="es-asesinan-a"),
    pytest.param("es", "El periodista Mauricio Cruz fue asesinado a balazos", id="es-asesinado"),
    pytest.param("fr", "Un journaliste assassiné à Bangui", id="fr-assassine"),
    pytest.param("vi", "Phóng viên bị sát hại tại nhà riêng", id="vi-bi-sat-hai"),
    pytest.param("es", "Asesinan a reportero en Guerrero", id="es-asesinan-a-reportero"),
    pytest.param("fr", "Un journaliste tué par balles à Douala", id="fr-tue"),
    pytest.param("en", "Gunmen kill radio broadcaster who criticised mayor", id="en-gunmen-kill"),
]


@pytest.mark.parametrize(("language", "title"), KILLED)
def test_a_journalist_killed_is_a_press_freedom_case(language: str, title: str) -> None:
    """Press-freedom groups count every journalist killed: the killing is no ordinary crime report."""
    relevant, tags = judged(language, title)
    assert relevant
    assert "press-freedom" in tags


def test_a_prize_in_a_biography_is_no_ceremony() -> None:
    """ "từng nhận giải Goldman" says who she is; the arrest stays the story."""
    signals = read_signals("Bà Khanh, nhà hoạt động môi trường từng nhận giải Goldman, bị bắt", "vi")
    assert "occasion" not in {s.value for s in signals.present()}


def test_the_rationale_says_who_was_arrested_only_of_a_role_and_links_anything_else_by_kind() -> None:
    """ "'Facebook' is the target of 'arrested'" read as nonsense, and "'publicaciones' (speech) is tied to
    'contraseñas'" meant nothing to a reader: a role arrested is "the one acted against", other ties say what kinds of
    thing the report links."""
    role = classify(arrest("Police arrested journalist Ana Ruiz over a Facebook post"), ConventionStatus())
    assert "a journalist ('journalist') is the one acted against ('arrested')" in role.rationale
    speech = classify(arrest("Man sentenced to two years for comments on Facebook under art. 331"), ConventionStatus())
    assert "the report links speech or its author (" in speech.rationale
    assert "to an arrest, charge, summons or sentence ('sentenced')" in speech.rationale
    assert "the one acted against" not in speech.rationale
    research = classify(
        arrest("Student charged after he reported a flaw in the ministry's website"), ConventionStatus()
    )
    assert "the report links security research ('reported a flaw') to an arrest, charge, summons or sentence" in (
        research.rationale
    )


def test_the_rationale_names_the_tie_to_an_arrest_before_a_tie_to_anything_else() -> None:
    """A blogger tied to a phone seized said less than the videos tied to the arrest in the same report."""
    text = "The blogger's phone was seized. He was later arrested over his videos criticising the mayor"
    alert = classify(arrest(text), ConventionStatus())
    assert (
        "the report links speech or its author ('videos') to an arrest, charge, summons or sentence ('arrested')"
        in alert.rationale
    )


@pytest.mark.parametrize(
    ("language", "title"),
    [
        pytest.param("en", "Man arrested for threatening to kill journalist on Facebook", id="en-threat"),
        pytest.param("en", "Journalist killed in car crash on ring road", id="en-crash"),
        pytest.param("es", "Asesinan a un comerciante en Guerrero", id="es-merchant"),
    ],
)
def test_a_threat_an_accident_or_a_killing_of_someone_else_is_no_press_freedom_case(language: str, title: str) -> None:
    """Only a journalist or activist killed reads as an attack on their work."""
    assert judged(language, title) == (False, set())


BACK_TO_PRISON = [
    pytest.param("en", "Court orders dissident journalist back to prison over new articles", id="en"),
    pytest.param("fr", "Le tribunal renvoie en prison un journaliste pour ses nouveaux articles", id="fr"),
    pytest.param("fr", "Un blogueur gardé à vue après une vidéo critiquant le gouverneur", id="fr-garde-a-vue"),
    pytest.param("vi", "Nhà báo bị buộc quay lại nhà tù vì các bài viết mới", id="vi"),
]


@pytest.mark.parametrize(("language", "title"), BACK_TO_PRISON)
def test_a_critic_sent_back_to_prison_or_held_in_custody_is_a_rights_case(language: str, title: str) -> None:
    """The watcher emits these reports (it learnt their wording); the classifier reads them as cases too."""
    relevant, tags = judged(language, title)
    assert relevant
    assert "free-expression" in tags


def test_a_rights_phrase_that_names_its_target_says_so_in_the_rationale() -> None:
    """ "'journalist' (journalist) is tied to 'journalist murdered'" read badly: the phrase names its target."""
    alert = classify(arrest("Asesinan a reportero en Guerrero", language="es"), ConventionStatus())
    assert "'Asesinan a reportero' names its target, 'reportero'" in alert.rationale
