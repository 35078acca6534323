"""Rights defenders named the way local news names them: community, land and water leaders, social leaders, peasant
and union leaders, democracy campaigners, in four languages. Tied to an arrest, they earn the defenders' tag."""

import pytest

from tests.classifier.factories import judged


@pytest.mark.parametrize(
    ("language", "title"),
    [
        pytest.param(
            "en", "Community leader arrested after leading a protest against a dam project", id="en-community"
        ),
        pytest.param("en", "Water defender detained over her campaign against a bottling plant", id="en-water"),
        pytest.param("vi", "Bắt tạm giam nhà đấu tranh dân chủ vì các bài viết trên Facebook", id="vi-dau-tranh"),
        pytest.param("fr", "Un leader paysan arrêté après une marche contre l'accaparement des terres", id="fr-paysan"),
        pytest.param("es", "Capturan a lideresa social que denunció amenazas contra su comunidad", id="es-lideresa"),
        pytest.param("es", "Detienen a defensora de DDHH tras una protesta frente a la fiscalía", id="es-ddhh"),
        pytest.param("es", "Detienen a una defensora nahua que se opone a una concesión minera", id="es-nahua"),
        pytest.param("es", "Amplían la prisión preventiva del lonko que reclama tierras forestales", id="es-lonko"),
    ],
)
def test_local_names_for_rights_defenders_earn_the_defenders_tag(language: str, title: str) -> None:
    relevant, tags = judged(language, title)
    assert relevant
    assert "human-rights-defenders" in tags
