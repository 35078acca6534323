"""South Asia and prisons (S203-S204): a member of the Ladies in White detained, a site ordered to take down "false
statements", a photojournalist charged under an anti-terror law, a newsroom searched and its phones and laptops taken,
a defender stopped from boarding, an Indigenous defender freed after years on remand, a takedown ordered of a news
site in Vietnamese, a journalist's family barred from visiting him are rights cases."""

import pytest

from tests.classifier.factories import reported_and_relevant

CASES = [
    pytest.param("en", "Ladies in White member detained on her way to Sunday mass", "human-rights-defenders", id="en"),
    pytest.param(
        "fr",
        "Un site sommé de retirer des « déclarations fausses » sur le ministre",
        "free-expression",
        id="fr-declarations",
    ),
    pytest.param(
        "fr", "Cuba : une Dame en blanc arrêtée à la sortie de la messe", "human-rights-defenders", id="fr-dame"
    ),
    pytest.param(
        "es",
        "Kashmir: la policía acusa bajo la ley antiterrorista a un fotoperiodista",
        "press-freedom",
        id="es-antiterrorista",
    ),
    pytest.param(
        "es",
        "La policía registra la redacción de un diario digital y se lleva teléfonos y portátiles",
        "surveillance",
        id="es-redaccion",
    ),
    pytest.param(
        "es",
        "Impiden a una defensora de derechos humanos embarcar rumbo a Ginebra",
        "human-rights-defenders",
        id="es-embarcar",
    ),
    pytest.param(
        "es", "Detienen a una Dama de Blanco tras visitar a su esposo preso", "human-rights-defenders", id="es-dama"
    ),
    pytest.param(
        "es",
        "Liberan al defensor tseltal tras tres años en prisión preventiva",
        "human-rights-defenders",
        id="es-tseltal",
    ),
    pytest.param(
        "vi", "Sri Lanka: cơ quan quản lý buộc trang tin gỡ bài viết về bộ trưởng", "free-expression", id="vi-go-bai"
    ),
    pytest.param("vi", "Trại giam cấm gia đình thăm gặp nhà báo bị tạm giam", "due-process", id="vi-tham-gap"),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_defenders_reporters_sites_and_prisoners_acted_against_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")
