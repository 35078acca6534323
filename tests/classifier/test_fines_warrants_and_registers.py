"""Blind batches P and Q (2026-11-29): a fine for a post is a penalty on speech in every language, a firm fined is
company news; an international arrest warrant for a blogger abroad reaches across borders; Myanmar's s. 505-A is a
speech offence; the one a post defamed, or who complained, is not the one acted against; a beating is ordinary
harm; police showing suspects "à la presse" names no journalist."""

import pytest

from tests.classifier.factories import arrest, judged
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus


@pytest.mark.parametrize(
    ("language", "title", "summary", "tags"),
    [
        pytest.param(
            "en",
            "Police fined environmental activist Budi Santoso under the ITE Law for a Facebook post",
            "He had criticised a nickel smelter in the post.",
            {"free-expression", "human-rights-defenders"},
            id="en-fined-activist",
        ),
        pytest.param(
            "es",
            "Multan a periodista independiente por una publicación en Facebook",
            "Se le impuso una multa de 3 000 pesos conforme al Decreto-Ley 370 por criticar los apagones.",
            {"free-expression", "press-freedom"},
            id="es-multa-periodista",
        ),
        pytest.param(
            "vi",
            "Sở TT&TT xử phạt nhà báo Lê Thị Hoa 7,5 triệu đồng vì bài đăng trên Facebook",
            "Bà bị cho là đăng tải thông tin sai sự thật về việc sáp nhập tỉnh.",
            {"free-expression", "press-freedom"},
            id="vi-xu-phat-nha-bao",
        ),
        pytest.param(
            "fr",
            "Le parquet de N'Djamena émet un mandat d'arrêt international contre un blogueur résidant en France",
            "Il est poursuivi pour des vidéos critiquant le gouvernement publiées sur Facebook.",
            {"free-expression", "transnational-repression"},
            id="fr-mandat-international",
        ),
        pytest.param(
            "en",
            "Man sentenced under Section 505-A over Facebook posts about the State",
            "The township court gave him three years' imprisonment for posts 'causing public fear'.",
            {"free-expression"},
            id="en-505-a",
        ),
    ],
)
def test_penalties_on_speech_are_read(language: str, title: str, summary: str, tags: set[str]) -> None:
    relevant, found = judged(language, title, summary)
    assert relevant
    assert tags <= found, found


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Ride-hailing firm fined RM250,000 for exposing passengers' data",
            "The regulator said the company had left customer records open for months.",
            id="en-firm-fined",
        ),
        pytest.param(
            "es",
            "La Profeco multó a la empresa de telefonía con 2 millones de pesos",
            "La compañía cobró de más a sus usuarios durante un año.",
            id="es-empresa-multada",
        ),
        pytest.param(
            "fr",
            "Kinshasa : la police a présenté à la presse 45 présumés bandits interpellés",
            "Ils seront mis à la disposition de la justice après une opération contre le banditisme urbain.",
            id="fr-presente-a-la-presse",
        ),
    ],
)
def test_look_alikes_of_those_penalties_are_not(language: str, title: str, summary: str) -> None:
    """A firm's fine, a bandits' round-up shown to the press: not relevant."""
    relevant, found = judged(language, title, summary)
    assert not relevant, found


def test_the_one_a_post_defamed_is_not_named_as_the_one_acted_against() -> None:
    """The blogger's arrest over posts is the case; the activist the posts defamed, who complained, is not its
    target, and the rationale must not say she is."""
    alert = classify(
        arrest(
            "Pune police arrest blogger for posts defaming women's rights activist",
            "Kavita Rao, who filed the complaint, said the posts had made up quotes.",
            language="en",
        ),
        ConventionStatus(),
    )
    assert alert.relevance >= 0.5
    assert "('activist') is the one acted against" not in alert.rationale, alert.rationale
