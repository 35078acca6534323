"""South Asia and an inbox (S223-S224): a case against an editor quashed or revived (en), a media commission fining
a channel (fr, es), a cybercrime agency summoning reporters to explain their posts and charges under the Digital
Security Act withdrawn (es), an NGO declared 'undesirable' (fr) and a driver made to take down a clip about traffic
police (vi) are rights cases; a vigil recalling a journalist murdered years ago (es) is not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

CASES = [
    pytest.param("en", "Court quashes cyber case against Rajshahi editor over flood report", "press-freedom"),
    pytest.param("en", "Sedition case against Sylhet reporter revived after two years", "press-freedom", id="revived"),
    pytest.param(
        "fr", "La Commission des médias inflige une amende à une chaîne pour un talk-show", "press-freedom", id="fr"
    ),
    pytest.param("es", "La Comisión de Medios multa a un canal de televisión por una entrevista", "press-freedom"),
    pytest.param(
        "es", "La agencia cita a dos periodistas para que expliquen sus tuits sobre el ejército", "press-freedom"
    ),
    pytest.param(
        "es",
        "Retiran los cargos bajo la Ley de Seguridad Digital contra una periodista de Rangpur",
        "press-freedom",
        id="es-retiran",
    ),
    pytest.param(
        "fr",
        "Une ONG de défense des droits déclarée indésirable par le parquet général russe",
        "human-rights-defenders",
        id="fr-indesirable",
    ),
    pytest.param(
        "vi",
        "Người đàn ông bị công an triệu tập, buộc gỡ clip phản ánh CSGT",
        "free-expression",
        id="vi-csgt",
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_quashed_or_revived_cases_commission_fines_summonses_and_undesirable_ngos_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")


def test_a_vigil_recalling_a_journalist_murdered_years_ago_is_no_rights_case() -> None:
    relevant, tags = judged(
        "es",
        "Colegas recuerdan a periodista asesinado hace cinco años en Tegucigalpa",
        "Con una vigilia frente al Congreso pidieron que no se olvide el caso, juzgado en 2022.",
    )
    assert not relevant
    assert not tags
