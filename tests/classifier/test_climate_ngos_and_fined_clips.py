"""Viet Nam, Cambodia and Laos, and an inbox (S217-S218): the head of an NGO jailed on a tax-evasion charge (fr, vi:
the charge routinely brought against climate groups), a member of the Independent Journalists Association (one body,
not the whole profession), an online magazine suspended (fr), an opposition supporter charged with incitement over a
comment (es), a YouTuber fined and his videos taken down (es), a driver fined for posting a clip (en, vi), and a
critic taken by men who said they were police (es) are rights cases; counterfeit goods sold on livestreams (es), a
crypto scheme promoted on Telegram (en) and a civil judgement for a legislator's tweets (es) are not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

CASES = [
    pytest.param(
        "fr",
        "Le fondateur de l'ONG écologiste condamné à trois ans de prison pour évasion fiscale",
        "human-rights-defenders",
        id="fr-ngo-tax",
    ),
    pytest.param(
        "vi",
        "Một nhà vận động khí hậu bị tuyên 3 năm tù về tội trốn thuế",
        "human-rights-defenders",
        id="vi-climate-tax",
    ),
    pytest.param(
        "fr",
        "Deux membres de l'Association des journalistes indépendants inculpés pour leurs articles",
        "press-freedom",
        id="fr-ija",
    ),
    pytest.param(
        "fr",
        "Le ministère suspend pour deux mois une revue en ligne après un reportage sur les expropriations",
        "press-freedom",
        id="fr-revue",
    ),
    pytest.param(
        "es",
        "La fiscalía acusa de incitación a un militante opositor por una publicación en Facebook",
        "free-expression",
        id="es-incitacion",
    ),
    pytest.param(
        "es", "Multa de 5 millones de dongs para una bloguera por sus videos sobre las inundaciones", "free-expression"
    ),
    pytest.param("en", "Farmer fined for posting video of officials at flooded dyke", "free-expression", id="en-clip"),
    pytest.param(
        "vi", "Một nông dân bị phạt 5 triệu đồng vì đăng video xúc phạm cán bộ xã", "free-expression", id="vi-clip"
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_ngo_heads_on_tax_charges_journalists_association_members_and_fined_posters_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")


def test_a_critic_taken_by_men_who_said_they_were_police_is_a_due_process_case() -> None:
    assert "due-process" in reported_and_relevant(
        "es",
        "Paradero desconocido de un crítico del gobierno",
        "Vecinos cuentan que dos hombres que se identificaron como policías lo subieron a un auto. "
        "Las autoridades niegan tenerlo detenido.",
    )


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("es", "Capturan a tres personas que vendían productos falsificados en transmisiones en vivo por TikTok"),
        ("en", "Police arrest eight over crypto investment scheme promoted on Telegram"),
    ],
)
def test_counterfeits_and_crypto_schemes_sold_online_are_no_rights_case(language: str, title: str) -> None:
    relevant, tags = judged(language, title, "")
    assert not relevant
    assert not tags


def test_a_civil_judgement_over_a_legislators_tweets_is_no_rights_case() -> None:
    relevant, tags = judged(
        "es",
        "Juez ordena a diputado pagar 20.000 dólares a un empresario por sus tuits",
        "La sentencia civil concluye que el legislador afectó el honor del empresario sin pruebas.",
    )
    assert not relevant
    assert not tags
