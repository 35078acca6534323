"""Blind batches S71 (courts and the press) and S72 (reach across borders).

S71 missed a court's order restraining reporting told inside a civil suit (an injunction to take reports down, a
judge forbidding a reporter to publish about an official, an order to name a source), a regulator fining a channel
over a talk show, criminal defamation complaints in Spanish; a civil suit's damages alone stay no case
(`tocsin_lexicon.restraints`). S72 missed a consulate refusing an exile's passport, an international arrest warrant
for an exiled reporter, a ban on travel for a journalist's mother, and read an exile's memoir launch as a case.
"""

import pytest

from tests.classifier.factories import judged, reported_and_relevant
from tocsin_classifier.findings import read_signals
from tocsin_lexicon import Signal


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "es",
            "Jueza de Campeche prohíbe a un periodista publicar sobre la secretaria de Finanzas estatal",
            "Una jueza civil concedió medidas cautelares a la funcionaria, que demandó por daño moral al comunicador.",
            id="es-gag-in-civil-suit",
        ),
        pytest.param(
            "en",
            "Delhi court orders news portal to take down reports on infrastructure group",
            "The High Court granted an interim injunction in a defamation suit filed by the conglomerate, directing"
            " the portal and two of its reporters to remove the articles.",
            id="en-injunction-in-defamation-suit",
        ),
        pytest.param(
            "es",
            "Un juez de Palma ordena a dos periodistas identificar la fuente de la filtración de un sumario",
            "",
            id="es-source-order",
        ),
        pytest.param(
            "fr",
            "Guinée : la HAC suspend pour un mois le site Conakry Direct",
            "La Haute Autorité de la communication reproche au site d'avoir publié un reportage « portant atteinte à"
            " l'unité nationale ».",
            id="fr-site-suspended",
        ),
        pytest.param(
            "en",
            "Georgian regulator fines opposition channel over talk-show remarks",
            "",
            id="en-channel-fined",
        ),
        pytest.param(
            "es",
            "Gobernador denuncia por difamación a la dirigente guaraní Celia Yaguari por sus publicaciones",
            "",
            id="es-criminal-complaint",
        ),
        pytest.param(
            "es",
            "Cámara absuelve al periodista Julián Ferrer en la querella por calumnias del intendente",
            "",
            id="es-acquitted-of-calumny",
        ),
        pytest.param(
            "fr",
            "Le consulat d'Égypte à Berlin refuse de renouveler le passeport d'une militante féministe",
            "",
            id="fr-passport-refused-abroad",
        ),
        pytest.param(
            "es",
            "Cuba prohíbe viajar a la madre de un periodista de un medio independiente con sede en Miami",
            "",
            id="es-mother-barred-from-travel",
        ),
    ],
)
def test_courts_regulators_and_consulates_acting_on_the_press_are_reported_and_relevant(
    language: str, title: str, summary: str
) -> None:
    assert reported_and_relevant(language, title, summary)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        ("en", "Malaysian appeals court slashes damages owed by news portal to ex-minister", ""),
        ("fr", "Québec : un chroniqueur condamné à verser 50 000 $ à un maire pour diffamation", ""),
        ("en", "Governor wins N500m libel award against online newspaper", ""),
        ("en", "Exiled Iranian journalist launches memoir at London bookshop", ""),
    ],
)
def test_damages_between_parties_and_a_memoir_launch_are_no_case(language: str, title: str, summary: str) -> None:
    assert not judged(language, title, summary)[0]


def test_a_restraint_unweighs_the_civil_suit_and_damages_alone_keep_it() -> None:
    restrained = read_signals("Una jueza civil prohíbe a un periodista publicar; la demanda es por daño moral", "es")
    assert not restrained.has(Signal.CIVIL)
    assert restrained.has(Signal.ARREST)
    damages = read_signals("Una jueza civil condena a un periodista a pagar por daño moral", "es")
    assert damages.has(Signal.CIVIL)


def test_a_suits_award_is_no_prize() -> None:
    """ "wins … award" read around "libel award" is the suit's award: neither a prize nor a weight against the rest of
    the report (the twenty-fifth review); a press award stays an occasion, and libel damages a civil suit."""
    damages = read_signals("Governor wins N500m libel award against online newspaper", "en")
    assert not damages.has(Signal.OCCASION)
    assert not damages.has(Signal.CIVIL)
    assert read_signals("Editor wins press freedom award", "en").has(Signal.OCCASION)
    assert read_signals("MP wins libel damages over newspaper's false expenses story", "en").has(Signal.CIVIL)
    assert judged(
        "en", "Kano editor jailed for criminal defamation weeks after governor won libel award against his paper"
    )[0]
