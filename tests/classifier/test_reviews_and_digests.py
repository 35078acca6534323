"""Reviews and digests (S139-S142): a week's review, a newsletter or a day's digest tells news, and each of its
reports is read alone, as a headline with no summary is (`tocsin_lexicon.roundups`); a year's review looks back, and
only a report dated to a day in it is news. Beside them, the steps those batches told in words no table had, the
occasions they retold, and a media regulator's step against an outlet (`tocsin_lexicon.groups.REGULATORS`)."""

import pytest

from tests.classifier.factories import arrest, judged, reported_and_relevant
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_lexicon.roundups import is_roundup, reports_in
from tocsin_watcher.feeds.match import match_item


@pytest.mark.parametrize(
    ("title", "roundup"),
    [
        ("Uganda week in review: fuel prices, a cup final and a summons for a comedian", True),
        ("2025 in review: the Cybercrimes Act cases of the year", True),
        ("Ghana's year in review: elections and the cedi", True),
        ("What we're watching: spyware contracts and a new press bill", True),
        ("Revue du mois : rentrée scolaire, inondations et une garde à vue", True),
        ("Lo que estamos siguiendo: remesas, apagones y una multa", True),
        ("Resumen del día: lluvias en Lara y un portal bloqueado", True),
        ("Pháp luật tuần qua: bắt nhóm lừa đảo, phạt tài xế", True),
        ("Tin nhanh ngày 9/6: nắng nóng, giá vàng, một blogger bị triệu tập", True),
        ("Court agrees to review blogger's conviction", False),
        ("Editor's memoir reviewed: a newsroom under pressure", False),
    ],
)
def test_a_review_or_a_digest_is_known_by_its_heading(title: str, roundup: bool) -> None:
    assert is_roundup(title) is roundup


def test_a_headlines_list_is_split_at_its_commas() -> None:
    reports = reports_in(
        "Weekend round-up: sugar levy talks stall, police summon Kisumu podcaster over episode, Gor Mahia win derby",
        "",
    )
    assert reports == [
        "sugar levy talks stall",
        "police summon Kisumu podcaster over episode",
        "Gor Mahia win derby",
    ]
    # a number's commas are no list's
    assert reports_in("Court roundup: trader fined N1,000,000 for fake drugs, blogger held over posts", "") == [
        "trader fined N1,000,000 for fake drugs",
        "blogger held over posts",
    ]


def test_a_years_review_keeps_only_the_reports_dated_to_a_day() -> None:
    title = "2026 in review: Jordan's cybercrime courts"
    old = "We also look back at the bloggers detained during last year's fuel protests, most of them since freed."
    new = "On Thursday a magistrate in Irbid jailed activist Samer Odeh for a month over a post about the governor."
    assert reports_in(title, f"{old} {new}") == [new]
    assert reports_in(title, f"{old} Most of those cases were withdrawn by the summer.") == []
    # a week's review keeps every report: its lines are the week's news
    assert reports_in("Jordan week in review: courts", f"{old} {new}") == [old, new]


REVIEWS = [
    pytest.param(
        "en",
        "Georgia week in review: a wine record, a snowy pass, and an arrest order for an exiled blogger",
        "Tbilisi City Court on Thursday ordered the pre-trial detention in absentia of blogger Levan Gelashvili, who "
        "writes from Berlin, over posts calling for protests, and added him to the wanted list.",
        True,
        id="en-week-in-review-warrant-abroad",
    ),
    pytest.param(
        "en",
        "Pakistan's year in review: floods, a new cabinet and a record harvest",
        "The economy grew faster than forecast in the last quarter. On Monday, FIA officers took the father and "
        "brother of UK-based journalist Ayesha Rauf in Rawalpindi for questioning over her reporting, her lawyer said.",
        True,
        id="en-year-in-review-relatives-questioned-on-a-day",
    ),
    pytest.param(
        "en",
        "2025 in review: the PECA cases that marked the year",
        "From the 2024 amendment to the string of reporters booked over their vlogs that spring, we look back at how "
        "the law was used. Editors still disagree on whether the courts changed anything.",
        False,
        id="en-year-in-review-looking-back-only",
    ),
    pytest.param(
        "es",
        "Lo que ha pasado esta semana: el IPC baja, lluvias en Galicia y un tuitero citado como investigado por sus "
        "tuits sobre la Corona",
        "",
        True,
        id="es-week-headline-tuitero-investigado",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "relevant"), REVIEWS)
def test_a_reviews_buried_step_is_read_and_its_look_back_is_not(
    language: str, title: str, summary: str, relevant: bool
) -> None:
    alert = classify(arrest(title, summary, language=language), ConventionStatus())
    assert (alert.relevance >= 0.5) is relevant
    assert match_item(title, summary, language=language).matched is relevant


STEPS = [
    pytest.param(
        "en",
        "DCI summons Eldoret TikToker over skit mocking county officials",
        "",
        {"free-expression"},
        id="en-summons",
    ),
    pytest.param(
        "en",
        "Munich court upholds fine for pupil who reported flaw in school app",
        "The regional court confirmed an 800-euro fine against a 17-year-old who found that the app exposed grades and "
        "told its vendor.",
        {"security-research"},
        id="en-upholds-fine-for-reporter-of-flaw",
    ),
    pytest.param(
        "fr",
        "Un défenseur des droits privé de voyage à Dakar",
        "Samedi, la police de l'air et des frontières a confisqué le passeport de Cheikh Diop, porte-parole d'une "
        "coalition de défense des droits humains, qui partait pour Genève.",
        {"human-rights-defenders"},
        id="fr-passport-taken-at-airport",
    ),
    pytest.param(
        "es",
        "Multan a un profesor de Holguín por un post sobre los apagones",
        "La Seguridad del Estado lo citó el martes y lo multó con 2.000 pesos por una publicación en Facebook, bajo "
        "el Decreto-Ley 370.",
        {"free-expression"},
        id="es-fined-for-a-post",
    ),
    pytest.param(
        "es",
        "El portal de noticias El Llanero Digital, bloqueado por orden de Conatel tras sus reportajes",
        "Los lectores no pueden abrir el medio desde el lunes; la redacción había publicado una serie sobre contratos.",
        {"press-freedom"},
        id="es-site-blocked-on-regulators-order",
    ),
    pytest.param(
        "vi",
        "Trang tin độc lập Gió Sông không thể truy cập sau loạt bài về đất đai",
        "Cơ quan quản lý đã yêu cầu các nhà mạng chặn tên miền của trang tin này từ tối thứ Hai.",
        {"press-freedom"},
        id="vi-domain-blocked",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "tags"), STEPS)
def test_a_step_in_the_batches_words_is_read(language: str, title: str, summary: str, tags: set[str]) -> None:
    assert tags <= reported_and_relevant(language, title, summary)


OCCASIONS = [
    pytest.param(
        "en",
        "Friends light candles outside Cairo court as the year ends with cartoonist still behind bars",
        "About thirty people gathered on Tuesday to mark two years since the cartoonist was jailed over a drawing. "
        "No hearing has been set.",
        id="en-candles-still-behind-bars",
    ),
    pytest.param(
        "en",
        "Awards round-up: jailed Cambodian blogger honoured in absentia, Kenyan data desk takes regional prize",
        "Blogger Sok Dara, serving a seven-year sentence handed down in 2024, was named laureate of a Paris rights "
        "prize; his daughter accepted on his behalf.",
        id="en-laureate-in-absentia",
    ),
    pytest.param(
        "fr",
        "Veillée de Noël devant la prison de Mornaguia pour les blogueurs détenus",
        "Une trentaine de proches se sont rassemblés avec des bougies. « Ce sera leur troisième Noël en prison », a "
        "dit une mère.",
        id="fr-vigil-for-those-held",
    ),
    pytest.param(
        "es",
        "Mil días preso: la historia del reportero Julio Prado, contada desde el principio",
        "Prado fue detenido en 2023 tras publicar fotos de una protesta; su juicio se ha aplazado once veces.",
        id="es-thousand-days-retold",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), OCCASIONS)
def test_an_occasion_that_retells_a_case_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())


def test_a_digests_report_is_read_as_a_headline_is() -> None:
    # read as text with no line break, "jailed editor's memoir launched" was a case; as a headline, a memoir's frame
    title = "Media newsletter: jailed editor's memoir launched; Reuters names new bureau chief in Nairobi"
    assert judged("en", title, "") == (False, set())
    assert judged("en", "jailed editor's memoir launched", "") == (False, set())


REGULATED = [
    pytest.param("en", "PEMRA fines Karachi news channel Rs1m over talk show on military courts", "", id="en-pemra"),
    pytest.param(
        "en",
        "UCC switches off Gulu radio station after programme hosting opposition MP",
        "The Uganda Communications Commission said the station had broken minimum broadcasting standards.",
        id="en-ucc-switch-off",
    ),
    pytest.param(
        "fr", "La HAC suspend le quotidien Le Réveil pour un mois après un article sur le Premier ministre", "", id="fr"
    ),
    pytest.param(
        "es",
        "Conatel ordena bloquear el portal de noticias El Pitazo Andino tras su reportaje sobre el gobernador",
        "",
        id="es-conatel-block",
    ),
    pytest.param(
        "vi", "Cục Báo chí đình chỉ tạp chí điện tử Nông Thôn Mới ba tháng vì loạt bài về thu hồi đất", "", id="vi"
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), REGULATED)
def test_a_regulators_step_against_an_outlet_for_what_it_aired_is_a_press_case(
    language: str, title: str, summary: str
) -> None:
    assert "press-freedom" in reported_and_relevant(language, title, summary)


def test_a_regulators_fine_for_adverts_is_no_case() -> None:
    title = "NBC fines Lagos radio station for airing betting adverts during children's programmes"
    assert judged("en", title, "") == (False, set())
    assert not match_item(title, "", language="en").matched


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Provincial offices told to stop ads in Peshawar daily after series on hospital tenders"),
        ("es", "Gobierno de Jujuy retira la pauta oficial a un diario tras sus notas sobre la policía"),
    ],
)
def test_state_advertising_withheld_after_reporting_is_read(language: str, title: str) -> None:
    assert judged(language, title, "") == (True, {"press-freedom"})
