"""People, acts and custody named by what they are or do rather than by the obvious word: defenders by their group or
cause, journalists by their programme, devices taken in any word order, whereabouts and counsel kept from families,
a return that ends in arrest; and the same words where there is no case (four languages)."""

import pytest

from tests.classifier.factories import judged


@pytest.mark.parametrize(
    ("language", "title", "summary", "tag"),
    [
        pytest.param(
            "en",
            "Farmers' leaders held before dawn",
            "Police detained three leaders of the farmers' union after the sit-in.",
            "human-rights-defenders",
            id="en-union-leaders",
        ),
        pytest.param(
            "en",
            "Police arrest Mary Wanjiku, who organised villagers against the planned dam, after a march",
            "",
            "human-rights-defenders",
            id="en-organised-villagers",
        ),
        pytest.param(
            "fr",
            "La présidente d'une association LGBT placée en garde à vue à Yaoundé",
            "",
            "human-rights-defenders",
            id="fr-association-lgbt",
        ),
        pytest.param(
            "es",
            "Detienen a integrantes del comité en defensa del agua de su municipio",
            "",
            "human-rights-defenders",
            id="es-comite-agua",
        ),
        pytest.param(
            "vi",
            "Tạm giữ người đại diện các hộ dân phản đối dự án thủy điện",
            "",
            "human-rights-defenders",
            id="vi-thuy-dien",
        ),
        pytest.param(
            "en",
            "Community radio presenter detained over a phone-in about evictions",
            "",
            "press-freedom",
            id="en-presenter",
        ),
        pytest.param(
            "fr",
            "Une animatrice de radio associative arrêtée après son émission sur l'eau",
            "",
            "press-freedom",
            id="fr-animatrice",
        ),
        pytest.param(
            "vi", "Bắt thông tín viên của một đài phát thanh ở nước ngoài", "", "press-freedom", id="vi-thong-tin-vien"
        ),
        pytest.param(
            "es",
            "Detienen al conductor de radio que criticó al alcalde en su programa",
            "",
            "press-freedom",
            id="es-conductor",
        ),
        pytest.param(
            "en",
            "Activist detained at the airport",
            "Officers downloaded the contents of her laptop before releasing her.",
            "surveillance",
            id="en-contents",
        ),
        pytest.param(
            "es",
            "Retienen a una activista en el aeropuerto",
            "Le exigieron desbloquear su celular y luego se lo decomisaron.",
            "surveillance",
            id="es-device-first",
        ),
        pytest.param(
            "fr",
            "Perquisition chez un militant écologiste",
            "Les gendarmes sont repartis avec deux ordinateurs et son téléphone.",
            "surveillance",
            id="fr-repartis-avec",
        ),
        pytest.param(
            "en",
            "Blogger held for a week over posts on flood relief",
            "His family has not been told where he is held.",
            "due-process",
            id="en-whereabouts",
        ),
        pytest.param(
            "fr",
            "Un blogueur en garde à vue pour une publication sur le préfet",
            "Ses avocats dénoncent une garde à vue qui dépasse le délai légal.",
            "due-process",
            id="fr-delai-legal",
        ),
        pytest.param(
            "es",
            "Periodista detenido por sus reportajes sobre la minería",
            "Su defensa no ha tenido acceso al expediente.",
            "due-process",
            id="es-expediente",
        ),
        pytest.param(
            "vi",
            "Bắt một người dùng Facebook theo Điều 117",
            "Gia đình không biết ông bị giam ở đâu.",
            "due-process",
            id="vi-giam-o-dau",
        ),
        pytest.param(
            "en",
            "Journalist deported from Thailand arrested on arrival in Phnom Penh",
            "",
            "transnational-repression",
            id="en-on-arrival",
        ),
        pytest.param(
            "fr",
            "Un blogueur débouté de l'asile arrêté à sa descente d'avion à Conakry",
            "",
            "transnational-repression",
            id="fr-asile",
        ),
        pytest.param(
            "en",
            "TV commentator charged with publishing false information over remarks on a panel",
            "",
            "press-freedom",
            id="en-tv-commentator",
        ),
        pytest.param(
            "en",
            "Student held after he emailed the board describing a weakness in its exam portal",
            "Police charged him under the Cybercrimes Act.",
            "security-research",
            id="en-weakness",
        ),
        pytest.param(
            "es",
            "Investigan a programador que alertó sobre una falla en la web municipal",
            "La policía difundió su DNI y su domicilio en una nota de prensa.",
            "privacy",
            id="es-difundio-dni",
        ),
    ],
)
def test_named_by_what_they_do_the_tag_follows(language: str, title: str, summary: str, tag: str) -> None:
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert tag in tags


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en", "Radio presenter banned from driving after failing a breath test", "", id="en-presenter-driving"
        ),
        pytest.param(
            "fr",
            "Un animateur de radio arrêté pour conduite avec les capacités affaiblies",
            "",
            id="fr-animateur-alcool",
        ),
        pytest.param(
            "en", "Rights group's gala raises $1m as honoree recalls being detained in 2009", "", id="en-gala"
        ),
        pytest.param(
            "es",
            "Startup de reconocimiento facial cierra una ronda de inversión de US$10 millones",
            "",
            id="es-startup",
        ),
        pytest.param(
            "es",
            "Detienen a dirigente sindical señalado como cabecilla de una banda que cobraba cupos a obras",
            "",
            id="es-cupos",
        ),
        pytest.param(
            "fr", "Le frère d'un blogueur exilé condamné pour un trafic de voitures volées", "", id="fr-voitures"
        ),
        pytest.param(
            "fr",
            "Un supporter en garde à vue après une vidéo de cris de singe",
            "Il sera jugé pour injure publique à caractère racial.",
            id="fr-injure-raciale",
        ),
        pytest.param(
            "es",
            "La serie sobre un periodista espiado con Pegasus se estrena el jueves",
            "",
            id="es-serie",
        ),
        pytest.param("fr", "Un chroniqueur sportif écroué pour des chèques sans provision", "", id="fr-cheques"),
        pytest.param(
            "vi", "Khởi tố phóng viên tạp chí về tội cưỡng đoạt tài sản của doanh nghiệp", "", id="vi-cuong-doat"
        ),
    ],
)
def test_the_same_words_with_no_case_raise_no_alarm(language: str, title: str, summary: str) -> None:
    relevant, tags = judged(language, title, summary)
    assert not relevant
    assert not tags
