"""Blind batch S15 (a hard month: look-alikes of every rights shape, cases told in unusual shapes), read end to end.

Its first score was 0.99 (one false alarm, no rights case missed); what it showed: a migrant-aid founder convicted of
"abus de confiance" read as a defender's case; and tags lost for a feminist convicted of "atteinte à la religion
musulmane", a teachers' union's "secrétaire général", the "avocate de plusieurs opposants", a programmer fined under
Germany's "spying on data" charge after reporting a flaw, a journalist convicted in absentia over "her reports", and
a political prisoner who "qua đời tại trại giam" (died at the prison).
"""

import pytest

from tests.classifier.factories import arrest, judged, reported_and_relevant
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus


@pytest.mark.parametrize(
    ("language", "title", "summary", "tag"),
    [
        pytest.param(
            "fr",
            "Une militante condamnée à un an de prison pour « atteinte à la religion musulmane »",
            "Le tribunal lui reproche une publication sur Facebook.",
            "free-expression",
            id="fr-atteinte-a-la-religion",
        ),
        pytest.param(
            "fr",
            "Le secrétaire général du syndicat des enseignants inculpé après un appel à la grève",
            "Il a été interpellé à son domicile.",
            "human-rights-defenders",
            id="fr-secretaire-general-du-syndicat",
        ),
        pytest.param(
            "fr",
            "Une avocate placée sous mandat de dépôt pour des propos tenus à l'audience",
            "Me Hammami, avocate de plusieurs opposants détenus, est poursuivie pour outrage.",
            "human-rights-defenders",
            id="fr-avocate-d-opposants",
        ),
        pytest.param(
            "en",
            "Programmer fined after reporting a database flaw in a retailer's software",
            "A district court fined the programmer for spying on data after he reported the flaw to the vendor.",
            "security-research",
            id="en-spying-on-data",
        ),
        pytest.param(
            "en",
            "Court sentences exiled journalist in absentia to six years for extremism",
            "She was convicted over her reports for an outlet the authorities designated extremist.",
            "free-expression",
            id="en-over-her-reports",
        ),
    ],
)
def test_a_rights_case_keeps_the_tag_its_words_give(language: str, title: str, summary: str, tag: str) -> None:
    assert tag in reported_and_relevant(language, title, summary)


def test_a_charity_founder_convicted_of_embezzlement_is_no_defenders_case() -> None:
    relevant, tags = judged(
        "fr",
        "Le fondateur d'une association d'aide aux migrants condamné pour abus de confiance",
        "Le tribunal l'a condamné à dix-huit mois avec sursis pour avoir détourné les dons de l'association.",
    )
    assert not relevant
    assert not tags


def test_a_political_prisoner_dying_at_the_prison_is_critical() -> None:
    alert = classify(
        arrest(
            "Tù nhân chính trị qua đời tại trại giam",
            "Ông đang thụ án 7 năm tù theo Điều 117 vì các bài viết trên Facebook.",
            language="vi",
        ),
        ConventionStatus(),
    )
    assert alert.severity == "critical"
    assert "died-in-custody" in alert.country_context["severity_raised_by"]
