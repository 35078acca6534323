"""Blind batch S14 (what feeds deliver: short wires, sentencing and custody news, press freedom beyond arrests).

Missed: a correspondent whose accreditation was withdrawn and who was given 48 hours to leave (no action to the
watcher), a radio suspended for "atteinte au moral des troupes" after a broadcast debate (a "débat sur" read as a
bill's), a news portal blocked and its director summoned; tags missed: an opponent's abduction by consular agents, a
YouTuber's parents told to make her take her videos down, a rapper sentenced over protest songs. The false alarm:
videos calling to attack synagogues, an "apologie du terrorisme" that is violence.
"""

import pytest

from tests.classifier.factories import judged, reported_and_relevant


@pytest.mark.parametrize(
    ("language", "title", "summary", "tag"),
    [
        pytest.param(
            "en",
            "Authorities revoke press accreditation of foreign correspondent over war coverage",
            "The media authority withdrew the accreditation of the journalist and gave him 48 hours to leave the "
            "country, citing his reports on air strikes.",
            "press-freedom",
            id="en-accreditation-withdrawn",
        ),
        pytest.param(
            "fr",
            "La HAC suspend une radio privée après un débat critique sur l'armée",
            "Le régulateur a suspendu la radio pour « atteinte au moral des troupes » ; son directeur a été convoqué.",
            "press-freedom",
            id="fr-radio-suspendue",
        ),
        pytest.param(
            "es",
            "Bloquean un portal de noticias y citan a su director tras una investigación sobre contratos",
            "El director del portal de noticias fue citado a declarar, denunció el Sindicato Nacional de "
            "Trabajadores de la Prensa.",
            "press-freedom",
            id="es-portal-de-noticias",
        ),
        pytest.param(
            "fr",
            "Enlèvement d'un influenceur opposant : un agent consulaire mis en examen",
            "Un employé du consulat a été mis en examen et écroué dans l'enquête sur le rapt de l'influenceur.",
            "transnational-repression",
            id="fr-agent-consulaire",
        ),
        pytest.param(
            "vi",
            "Cha mẹ của một YouTuber sống ở Đức bị công an triệu tập ba lần",
            "Họ được yêu cầu khuyên con gỡ các video chỉ trích chính quyền.",
            "transnational-repression",
            id="vi-khuyen-con-go",
        ),
        pytest.param(
            "en",
            "Rapper sentenced to death over protest songs",
            "The court convicted him over songs he posted supporting the protests, his lawyer said.",
            "free-expression",
            id="en-protest-songs",
        ),
    ],
)
def test_a_step_against_the_press_or_across_borders_is_a_case(
    language: str, title: str, summary: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, summary)


def test_videos_calling_for_attacks_are_violence_not_opinion() -> None:
    relevant, tags = judged(
        "fr",
        "Apologie du terrorisme : quatre ans de prison pour des vidéos appelant à attaquer des lieux de culte",
        "Il a été condamné pour provocation directe à des actes de terrorisme et pour des tutoriels sur des engins "
        "explosifs diffusés sur Telegram.",
    )
    assert not relevant
    assert not tags


def test_a_law_adopted_after_a_debate_on_surveillance_is_still_lawmaking() -> None:
    """ "débat sur" is a bill's only with a bill after it now; the Assembly adopting a text says so itself."""
    relevant, _ = judged(
        "fr",
        "L'Assemblée adopte la révision du Code du numérique après un débat sur la surveillance",
        "L'opposition, qui réclamait un contrôle judiciaire préalable, a voté contre.",
    )
    assert not relevant
