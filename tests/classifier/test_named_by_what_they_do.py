"""People, acts and custody named by what they are or do rather than by the obvious word: defenders by their group or
cause, journalists by their programme, devices taken in any word order, whereabouts and counsel kept from families;
and the same words where there is no case (four languages)."""

import pytest

from tests.classifier.factories import judged
from tocsin_classifier.findings import read_signals


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        pytest.param(
            "en",
            "Police detain three leaders of the farmers' union before dawn",
            "",
            {"human-rights-defenders"},
            id="en-union-leaders",
        ),
        pytest.param(
            "en",
            "Police arrest Mary Wanjiku, who organised villagers against the planned dam, after a march",
            "",
            {"human-rights-defenders"},
            id="en-organised-villagers",
        ),
        pytest.param(
            "fr",
            "La présidente d'une association LGBT placée en garde à vue à Yaoundé",
            "",
            {"human-rights-defenders"},
            id="fr-association-lgbt",
        ),
        pytest.param(
            "es",
            "Detienen a integrantes del comité en defensa del agua de su municipio",
            "",
            {"human-rights-defenders"},
            id="es-comite-agua",
        ),
        pytest.param(
            "vi",
            "Tạm giữ người phản đối dự án thủy điện ở Quảng Nam",
            "",
            {"human-rights-defenders"},
            id="vi-thuy-dien",
        ),
        pytest.param(
            "en",
            "Community radio presenter detained over his comments on evictions",
            "",
            {"press-freedom", "free-expression"},
            id="en-presenter",
        ),
        pytest.param(
            "fr",
            "Une animatrice de radio associative arrêtée après son émission sur l'eau",
            "",
            {"press-freedom", "free-expression"},
            id="fr-animatrice",
        ),
        pytest.param(
            "vi",
            "Bắt tạm giam thông tín viên của một đài phát thanh vì các bài viết trên mạng",
            "",
            {"press-freedom", "free-expression"},
            id="vi-thong-tin-vien",
        ),
        pytest.param(
            "en",
            "TV commentator charged with publishing false information over remarks on a panel",
            "",
            {"press-freedom", "free-expression"},
            id="en-tv-commentator",
        ),
        pytest.param(
            "en",
            "Activist detained at the airport",
            "Officers downloaded the contents of her laptop before releasing her.",
            {"human-rights-defenders", "surveillance"},
            id="en-contents",
        ),
        pytest.param(
            "es",
            "Retienen a una activista en el aeropuerto",
            "Le exigieron desbloquear su celular y luego se lo decomisaron.",
            {"human-rights-defenders", "surveillance", "privacy"},
            id="es-device-first",
        ),
        pytest.param(
            "fr",
            "Perquisition chez un militant écologiste",
            "Les gendarmes sont repartis avec deux ordinateurs et son téléphone.",
            {"human-rights-defenders", "surveillance"},
            id="fr-repartis-avec",
        ),
        pytest.param(
            "en",
            "Blogger held for a week over posts on flood relief",
            "Police will not reveal where he is held.",
            {"free-expression", "due-process"},
            id="en-whereabouts",
        ),
        pytest.param(
            "fr",
            "Un blogueur en garde à vue pour une publication sur le préfet",
            "Ses avocats dénoncent une garde à vue qui dépasse le délai légal.",
            {"free-expression", "due-process"},
            id="fr-delai-legal",
        ),
        pytest.param(
            "es",
            "Periodista detenido por sus reportajes sobre la minería",
            "Su defensa no ha tenido acceso completo a la evidencia.",
            {"press-freedom", "free-expression", "due-process"},
            id="es-evidencia",
        ),
        pytest.param(
            "vi",
            "Bắt một người dùng Facebook theo Điều 117",
            "Gia đình không biết ông bị giam ở đâu.",
            {"free-expression", "due-process"},
            id="vi-giam-o-dau",
        ),
        pytest.param(
            "fr",
            "Un blogueur débouté de l'asile renvoyé à Conakry et écroué pour ses publications",
            "",
            {"free-expression", "transnational-repression"},
            id="fr-asile",
        ),
        pytest.param(
            "es",
            "Investigan por acceso ilícito al programador que alertó sobre una falla en la web municipal",
            "La policía difundió su DNI y su domicilio en una nota de prensa.",
            {"security-research", "privacy"},
            id="es-difundio-dni",
        ),
        pytest.param(
            "es",
            "Condenan a seis años a un activista que transmitió una protesta por Facebook",
            "El juicio se celebró a puertas cerradas.",
            {"human-rights-defenders", "free-expression", "due-process"},
            id="es-puertas-cerradas",
        ),
        pytest.param(
            "fr",
            "Une chroniqueuse condamnée en vertu du décret-loi 54 pour des propos tenus à l'antenne",
            "Ses avocats affirment que l'audience s'est tenue en leur absence.",
            {"press-freedom", "free-expression", "due-process"},
            id="fr-en-leur-absence",
        ),
        pytest.param(
            "en",
            "Protest convener charged over posts on X",
            "Her advocates said they were turned away from the cells four times.",
            {"human-rights-defenders", "free-expression", "due-process"},
            id="en-advocates-turned-away",
        ),
        pytest.param(
            "vi",
            "Bắt nhà báo tự do theo Điều 117",
            "Gần hai tháng qua, gia đình vẫn không được biết ông bị giam ở đâu.",
            {"press-freedom", "free-expression", "due-process"},
            id="vi-khong-duoc-biet",
        ),
        pytest.param(
            "es",
            "La policía detuvo a un periodista, supuesto autor de las publicaciones contra el gobernador",
            "",
            {"press-freedom", "free-expression"},
            id="es-role-before-supuesto",
        ),
        pytest.param(
            "en",
            "Police arrested the journalist, former BBC correspondent John Doe, over posts criticising the government",
            "",
            {"press-freedom", "free-expression"},
            id="en-role-before-former",
        ),
    ],
)
def test_named_by_what_they_do_the_tags_follow(language: str, title: str, summary: str, expected: set[str]) -> None:
    """Each report is relevant and earns exactly its tags, the one named the unusual way among them."""
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert tags == expected


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en", "Radio presenter arrested after failing a breath test on the ring road", "", id="en-presenter-driving"
        ),
        pytest.param(
            "fr",
            "Un animateur de radio arrêté pour conduite avec les capacités affaiblies",
            "",
            id="fr-animateur-alcool",
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
        pytest.param("fr", "Un chroniqueur sportif écroué pour des chèques sans provision", "", id="fr-cheques"),
        pytest.param(
            "vi", "Khởi tố phóng viên tạp chí về tội cưỡng đoạt tài sản của doanh nghiệp", "", id="vi-cuong-doat"
        ),
        pytest.param(
            "en", "Police arrest 20 in a campaign against illegal mining and logging", "", id="en-police-campaign"
        ),
        pytest.param(
            "en",
            "Bank manager arrested for fraud after auditors warned of a weakness in its controls",
            "",
            id="en-weakness-controls",
        ),
        pytest.param(
            "fr",
            "Un « hacker éthique » autoproclamé mis en examen pour l'extorsion de plusieurs PME",
            "Se présentant comme un chercheur en sécurité, il exigeait des honoraires sous peine de publication.",
            id="fr-autoproclame",
        ),
        pytest.param(
            "en",
            "Cybersecurity consultant jailed for installing stalkerware on his ex-partner's phone",
            "",
            id="en-stalkerware",
        ),
    ],
)
def test_the_same_words_with_no_case_raise_no_alarm(language: str, title: str, summary: str) -> None:
    """Roles, devices and transfers in ordinary crime or police work: not relevant, no tag."""
    relevant, tags = judged(language, title, summary)
    assert not relevant
    assert not tags


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        pytest.param(
            "fr",
            "Tunis : une personne placée en garde à vue pour diffusion de fausses nouvelles",
            "Le parquet a indiqué qu'une personne avait été placée en garde à vue. Il s'agit de Salma B., "
            "chroniqueuse d'une matinale radio.",
            {"press-freedom", "free-expression"},
            id="fr-il-s-agit-de",
        ),
        pytest.param(
            "es",
            "Capturan a un hombre acusado de usurpación en Tocoa",
            "La policía informó de la captura de un hombre acusado de usurpación. Se trata de Wilmer R., "
            "activista del comité que defiende el río.",
            {"human-rights-defenders"},
            id="es-se-trata-de",
        ),
        pytest.param(
            "en",
            "Police hold a suspect over 'anti-state' posts",
            "A suspect was arrested under Section 26-A of PECA. His lawyer said the man is a district "
            "correspondent of an Urdu daily.",
            {"press-freedom", "free-expression"},
            id="en-the-man-is",
        ),
    ],
)
def test_a_role_named_in_the_sentence_after_the_arrest_is_the_one_arrested(
    language: str, title: str, summary: str, expected: set[str]
) -> None:
    """Official releases name "a person"; the next sentence says who it is: that role is the one acted against."""
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert tags == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "en", "A suspect was arrested on Monday. A local journalist said the man is a neighbour.", id="en-before"
        ),
        pytest.param(
            "fr",
            "Un homme a été interpellé et son téléphone saisi. Il s'agit d'un voisin de la journaliste.",
            id="fr-complement",
        ),
        pytest.param(
            "es",
            "La policía detuvo a un hombre. Se trata de una periodista a la que acosaba desde hacía meses.",
            id="es-victim-after",
        ),
        pytest.param(
            "fr",
            "Un supporter a été interpellé. Il s'agit d'un fait divers qui a choqué le journaliste présent au stade.",
            id="fr-too-far",
        ),
    ],
)
def test_an_identifying_sentence_ties_only_the_role_it_names(language: str, text: str) -> None:
    """A role before the phrase, inside a complement, harmed after it, or far from it is not who was arrested."""
    assert not read_signals(text, language).ties
