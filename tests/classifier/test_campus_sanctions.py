"""Universities and schools (S147-S148): a university's or a school's sanction against a student, a lecturer or a
professor over what they said, shared or wrote, often at the state's request ("after police letter", "sur plainte du
ministère", "un oficio del Ministerio del Interior", "công văn của Công an"), is a step; the same sanction for cheating
or plagiarism is not. A past infinitive's auxiliary ("pour avoir partagé", "por haber difundido") does not keep the
speech from being named as the cause."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant
from tocsin_watcher.feeds.match import match_item

SANCTIONED_FOR_SPEECH = [
    pytest.param(
        "en", "University sacks professor over Facebook post criticising the president", id="en-sacks-professor"
    ),
    pytest.param(
        "fr",
        "Un enseignant de l'université de Tizi Ouzou suspendu sur plainte du ministère après une tribune critique",
        id="fr-suspendu-sur-plainte-du-ministere",
    ),
    pytest.param(
        "fr",
        "Une étudiante exclue un an pour avoir partagé une vidéo de la marche sur Facebook",
        id="fr-exclue-pour-avoir-partage",
    ),
    pytest.param(
        "es",
        "Expulsan a estudiante de la UNA que compartió un video de las protestas en Facebook",
        id="es-expulsan-a-estudiante",
    ),
    pytest.param(
        "vi",
        "Sinh viên bị buộc thôi học sau khi chia sẻ bài viết phản đối dự án",
        id="vi-buoc-thoi-hoc",
    ),
    pytest.param(
        "fr",
        "Des policiers ont saisi l'ensemble des exemplaires du journal étudiant qui critiquait le recteur",
        id="fr-exemplaires-saisis",
    ),
]


@pytest.mark.parametrize(("language", "title"), SANCTIONED_FOR_SPEECH)
def test_a_campus_sanction_over_what_someone_said_is_a_case(language: str, title: str) -> None:
    assert "free-expression" in reported_and_relevant(language, title)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "University expels 14 students for exam cheating"),
        ("fr", "Un étudiant exclu pour fraude aux examens"),
        ("es", "Universidad suspende a profesor por plagio en su tesis doctoral"),
        ("vi", "Giảng viên bị đình chỉ giảng dạy vì đạo văn luận án"),
    ],
)
def test_the_same_sanction_for_cheating_or_plagiarism_is_no_case(language: str, title: str) -> None:
    assert judged(language, title) == (False, set())
    assert not match_item(title, "", language=language).matched


def test_a_fuel_theft_suspects_detention_extended_is_no_custody_case() -> None:
    assert judged("es", "Prorrogan prisión preventiva a presunto huachicolero") == (False, set())


def test_a_civil_judges_damages_against_a_columnist_are_a_civil_matter() -> None:
    assert judged(
        "es",
        "Juez de Cusco ordena a columnista pagar S/ 25 000 a un regidor por daños a su honor",
        "El magistrado civil consideró que sus columnas le atribuyeron delitos; la defensa apelará.",
    ) == (False, set())
