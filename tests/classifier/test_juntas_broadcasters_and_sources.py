"""West Africa, the Sahel and an inbox (S213-S214): a junta's regulator suspending an international broadcaster (en,
es, vi) or a channel's airing (fr), licences withdrawn, an imam fined over a Friday sermon, 'undermining troop morale'
and its Vietnamese wording, a critic conscripted, a reporter ordered to name a source in a fraud trial (the fraud is
the case the source told of), NGO workers held, a student who found a flaw charged are rights cases; officers held
after a foiled coup are not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

CASES = [
    pytest.param("en", "Mali's media regulator suspends RFI broadcasts over reports on the army", "press-freedom"),
    pytest.param("en", "Guinea's media regulator withdraws licences of two private TV channels", "press-freedom"),
    pytest.param("en", "Ouagadougou court fines imam over a Friday sermon criticising the junta", "free-expression"),
    pytest.param("en", "Radio host charged with undermining troop morale after phone-in show", "free-expression"),
    pytest.param("es", "La junta suspende la emisión de una cadena internacional por sus reportajes", "press-freedom"),
    pytest.param(
        "fr", "Sénégal : le régulateur suspend pour trois jours la diffusion de la chaîne Walf TV", "press-freedom"
    ),
    pytest.param("vi", "Niger đình chỉ phát sóng kênh France 24", "press-freedom", id="vi-france24"),
    pytest.param("vi", "Nhà báo bị gọi nhập ngũ sau khi chỉ trích chính quyền quân sự", "press-freedom", id="vi-nn"),
    pytest.param("vi", "Giáo sĩ bị bắt vì bài giảng làm suy giảm tinh thần quân đội", "free-expression", id="vi-bg"),
    pytest.param(
        "fr",
        "Un juge ordonne à un journaliste de révéler l'identité de sa source dans un dossier de fraude fiscale",
        "press-freedom",
    ),
    pytest.param(
        "es",
        "Juez ordena a una periodista revelar la identidad de su fuente en un juicio por estafa",
        "press-freedom",
    ),
    pytest.param("es", "Detienen a cuatro integrantes de una ONG de apoyo a migrantes", "human-rights-defenders"),
    pytest.param(
        "es", "Imputan a un estudiante que descubrió el fallo en el portal del ministerio", "security-research"
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_broadcasters_suspended_sermons_conscripted_critics_sources_ngo_workers_and_finders_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")


def test_officers_held_after_a_foiled_coup_are_no_rights_case() -> None:
    relevant, tags = judged(
        "es",
        "Níger asegura haber frustrado un intento de golpe y detiene a varios oficiales",
        "Los militares detenidos serán juzgados por un tribunal militar.",
    )
    assert not relevant
    assert not tags
