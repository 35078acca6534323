"""East Africa, the Horn, China and Hong Kong (S209-S210): sedition told in French and Spanish, China's charge for a
VPN, a court ordering a protest song's videos removed, the police visiting an exile's parents, civilians sent before
a court martial, a regulator suspending a channel's licence, a daily closed for a set number of days, 'spreading
rumours' in Vietnamese, an editorialist held, a trader jailed over a WeChat group are rights cases; a presenter's
fraud and a forum on surveillance are not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

CASES = [
    pytest.param(
        "fr", "Hong Kong : un enseignant inculpé de sédition pour des messages sur Facebook", "free-expression", id="fr"
    ),
    pytest.param("es", "Detienen a un estudiante acusado de sedición por un eslogan en Instagram", "free-expression"),
    pytest.param(
        "en",
        "Shanghai programmer fined for 'illegally connecting to international networks' after posts on X",
        "free-expression",
        id="en-vpn",
    ),
    pytest.param(
        "en",
        "Court grants injunction ordering removal of protest song from video sites",
        "free-expression",
        id="en-song",
    ),
    pytest.param(
        "es",
        "Policías visitan a los padres de una youtuber exiliada en Canadá",
        "transnational-repression",
        id="es-padres",
    ),
    pytest.param(
        "fr",
        "Ouganda : douze militants renvoyés devant la cour martiale pour une manifestation",
        "due-process",
        id="fr-cm",
    ),
    pytest.param(
        "fr",
        "Tanzanie : le régulateur a suspendu pour un mois la licence de la radio après un débat sur les disparitions",
        "press-freedom",
        id="fr-licence",
    ),
    pytest.param(
        "es", "El Gobierno cierra durante 15 días un semanario por una caricatura del presidente", "press-freedom"
    ),
    pytest.param("vi", "Blogger lĩnh 5 năm tù vì lan truyền tin đồn trên Facebook", "free-expression", id="vi"),
    pytest.param("fr", "Un éditorialiste interpellé après une chronique sur l'armée", "press-freedom", id="fr-edito"),
    pytest.param(
        "es", "Condenan a un comerciante uigur por compartir audios religiosos en un grupo de WeChat", "free-expression"
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_sedition_vpn_charges_bans_on_songs_exiles_parents_martial_courts_and_closed_outlets_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "TV host charged with obtaining money by false pretences from fans promised concert tickets"),
        ("fr", "Dakar accueille un forum africain sur la cybersécurité et la surveillance en ligne"),
    ],
)
def test_a_presenters_fraud_and_a_forum_on_surveillance_are_no_rights_cases(language: str, title: str) -> None:
    assert judged(language, title) == (False, set())
