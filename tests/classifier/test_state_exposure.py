"""Privacy as the state's act: officials or state media publishing the addresses, phone numbers, ID numbers and
children's names of people they arrested, and a PIN typed in under pressure, in four languages."""

import pytest

from tests.classifier.factories import judged


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "vi",
            "Bắt tạm giam người đăng bài phê phán chính quyền, đài tỉnh công bố địa chỉ nhà của ông",
            "",
            id="vi-cong-bo-dia-chi",
        ),
        pytest.param(
            "es",
            "Detienen a activista por sus publicaciones y la Policía difundió su domicilio en redes",
            "",
            id="es-difundio-domicilio",
        ),
        pytest.param(
            "en",
            "Activist questioned over her posts; officers made her type in her PIN and kept the phone",
            "",
            id="en-type-in-pin",
        ),
        pytest.param(
            "fr",
            "Une avocate des détenus retenue à un barrage : les gendarmes ont exigé le code de son téléphone",
            "",
            id="fr-exige-le-code",
        ),
    ],
)
def test_the_state_exposing_or_demanding_personal_data_is_privacy(language: str, title: str, summary: str) -> None:
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert "privacy" in tags
