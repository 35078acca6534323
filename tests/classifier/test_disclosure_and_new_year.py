"""Disclosure and the New Year (S143-S146): someone prosecuted for a flaw they reported, told in the words of the
security press and of the authority ("a 22-year-old … after he reported a flaw", "qui avait signalé une faille",
"por mostrar fallas en un portal"); the reports of an outlook piece or a day's round-up read one by one, even when
its headline names the Convention; a prisoner's first New Year and a memoir, retold, as no new step; a disclosure
programme's promise not to prosecute as no prosecution."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant
from tocsin_lexicon.roundups import is_roundup
from tocsin_watcher.feeds.match import match_item

DISCLOSURES = [
    pytest.param(
        "en",
        "Shymkent police detain 22-year-old on unlawful-access charges",
        "Police detained a 22-year-old on unlawful-access charges two days after he reported a flaw in the city's "
        "parking portal to the akimat.",
        id="en-suspect-word-does-not-untie-the-flaw-he-reported",
    ),
    pytest.param(
        "en",
        "Court acquits coder prosecuted for reporting hard-coded password in bank app",
        "",
        id="en-hard-coded-password-reported",
    ),
    pytest.param(
        "fr",
        "Lyon : garde à vue pour un étudiant",
        "L'étudiant, qui avait signalé au rectorat une faille exposant les bulletins de notes, est en garde à vue "
        "depuis lundi pour « accès frauduleux ».",
        id="fr-who-had-reported-a-flaw-held",
    ),
    pytest.param(
        "fr",
        "Bobo-Dioulasso : un développeur inculpé après son signalement",
        "Le développeur avait prévenu la mairie que des actes d'état civil étaient accessibles sans authentification ; "
        "il a été placé sous mandat de dépôt.",
        id="fr-open-records-reported",
    ),
    pytest.param(
        "fr",
        "Rennes : un lycéen accusé d'accès frauduleux après avoir signalé une faille dans l'ENT",
        "",
        id="fr-accused-of-fraudulent-access",
    ),
    pytest.param(
        "es",
        "Suspenden a un alumno de la UNAM tras una querella del Ministerio por mostrar fallas en un portal",
        "",
        id="es-ministrys-complaint-for-showing-flaws",
    ),
    pytest.param(
        "es",
        "La Fiscalía pide la captura del informático que expuso el fallo en el sistema del registro civil",
        "",
        id="es-arrest-sought-for-exposing-a-flaw",
    ),
    pytest.param(
        "en",
        "Delhi coder booked under IT Act after reporting data exposure in state transport app",
        "",
        id="en-data-exposure-reported",
    ),
    pytest.param(
        "en",
        "Man, 31, arrested after he publicised a weakness in a ministry booking site on a forum",
        "",
        id="en-weakness-publicised",
    ),
    pytest.param(
        "en",
        "Court bars Curtin researchers from presenting their findings on a weakness in the transit card",
        "The injunction was granted on the transport department's application; the researchers say they notified it.",
        id="en-barred-from-presenting",
    ),
    pytest.param(
        "fr",
        "Namur : la justice interdit à un chercheur de publier ses travaux sur les failles du portail fiscal",
        "",
        id="fr-barred-from-publishing-his-work-on-flaws",
    ),
    pytest.param(
        "es",
        "Jueza ordena a un portal no difundir los detalles de la vulnerabilidad hallada en el sistema del registro",
        "",
        id="es-ordered-not-to-spread",
    ),
    pytest.param(
        "es",
        "Fiscalía investiga por acceso ilícito a una estudiante que alertó de una falla en la web del SAT",
        "",
        id="es-investigated-for-unlawful-access",
    ),
    pytest.param(
        "vi",
        "Sinh viên bị mời làm việc sau khi chỉ ra lỗi hệ thống đăng ký học phần",
        "Công an tạm giữ máy tính của sinh viên này.",
        id="vi-pointed-out-a-system-error",
    ),
    pytest.param(
        "es",
        "Allanan la casa de una programadora que había advertido una falla en el sistema de citas del IMSS",
        "La policía se llevó dos computadoras.",
        id="es-had-warned-of-a-flaw",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), DISCLOSURES)
def test_a_step_against_someone_for_a_flaw_they_reported_is_security_research(
    language: str, title: str, summary: str
) -> None:
    assert "security-research" in reported_and_relevant(language, title, summary)


def test_an_extortionist_who_found_a_flaw_is_no_researcher() -> None:
    assert judged(
        "en",
        "Police detain 30-year-old who demanded money from a clinic",
        "Police detained a 30-year-old on extortion charges after he threatened to publish patient files unless the "
        "clinic paid him; he had found a flaw in its booking system.",
    ) == (False, set())
    # an "ethical hacker" he only called himself
    assert judged(
        "es",
        "Sentencian a hacker que se presentaba como 'hacker ético' por extorsionar a una aseguradora",
        "Amenazó con filtrar datos si no le pagaban.",
    ) == (False, set())


@pytest.mark.parametrize(
    "title",
    [
        "Ten things to watch in 2027: the Convention's ratifications and a blogger's trial",
        "What to watch this week: budget talks and a press bill",
        "Lo que dejó el 31: excarcelaciones, fuegos artificiales y lluvias",
        "Revue cyber de la semaine : rançongiciels, fuites et une garde à vue",
    ],
)
def test_an_outlook_a_days_leftovers_and_a_weekly_cyber_review_are_round_ups(title: str) -> None:
    assert is_roundup(title)


def test_a_round_up_naming_the_convention_in_its_headline_still_tells_its_reports_case() -> None:
    title = "Ten things to watch in 2027: the cybercrime convention's ratifications and a blogger's trial"
    summary = (
        "The UN convention needs 40 ratifications. On Monday a court in Bishkek charged blogger Aibek Tursunov over "
        "posts about the border deal."
    )
    assert match_item(title, summary, language="en").matched
    assert "free-expression" in reported_and_relevant("en", title, summary)
    # an item about the Convention that recalls a case is still treaty news, not an arrest
    treaty = match_item(
        "Cybercrime convention: what ratification would change",
        "Critics point to the case of a blogger detained over posts in Hanoi.",
        language="en",
    )
    assert (treaty.matched, treaty.reason) == (False, "treaty_news")


def test_a_release_buried_in_a_days_leftovers_is_read() -> None:
    title = "Lo que dejó el 31: excarcelaciones, fuegos artificiales y lluvias"
    summary = (
        "Entre los excarcelados figura la periodista Ana Ruiz, presa desde marzo por un video de protestas; deberá "
        "presentarse cada mes ante el tribunal."
    )
    assert match_item(title, summary, language="es").matched
    assert "press-freedom" in reported_and_relevant("es", title, summary)


RETOLD_OR_PROMISED = [
    pytest.param(
        "en",
        "Blogger's prison diaries go on display in Tunis",
        "The gallery shows notebooks Amine Zribi kept while jailed in 2022 under Decree-Law 54 over a post; he was "
        "freed in 2023.",
        id="en-diaries-on-display",
    ),
    pytest.param(
        "fr",
        "Détenu à Hanoï, le blogueur Vu Van Hai reçoit en son absence le prix « Voix libre »",
        "",
        id="fr-prix-en-son-absence",
        # on the boundary: 0.49 on the S143-S150 refit, 0.506 on the S151-S158 one (a strict xfail then), 0.49 again
        # on the S177-S178 one. A speech role ("blogueur") in a headline alone with a state before it reads as a new
        # step (`headline-only-speech`); a prize in absentia is a genre the headline alone barely frames
    ),
    pytest.param("es", "Premio in absentia para la bloguera cubana Ana Lima, presa desde 2021", "", id="es-premio"),
    pytest.param(
        "vi",
        "Năm năm ngày blogger Trần Văn Nam bị bắt",
        "Ông bị kết án 6 năm tù theo Điều 117 năm 2022; gia đình vẫn thăm ông hằng tháng.",
        id="vi-nam-nam-ngay-bi-bat",
    ),
    pytest.param(
        "en",
        "A reporter's first New Year behind bars",
        "Her family set a place for her at dinner. She was jailed in May for three years over a report on the port.",
        id="en-first-new-year-behind-bars",
    ),
    pytest.param(
        "fr",
        "Le premier réveillon derrière les barreaux d'un blogueur",
        "Sa mère a dressé un couvert pour lui. Il a été condamné en juin à deux ans de prison pour des publications.",
        id="fr-premier-reveillon",
    ),
    pytest.param(
        "es",
        "La primera Navidad tras las rejas de un tuitero",
        "Su familia le guardó un sitio en la mesa. Fue condenado en abril a dos años por unos tuits.",
        id="es-primera-navidad",
    ),
    pytest.param(
        "en",
        "Ministry launches vulnerability disclosure programme",
        "Researchers who report flaws in government systems in good faith will not face prosecution under the "
        "Computer Misuse Act.",
        id="en-will-not-face-prosecution",
    ),
    pytest.param(
        "fr",
        "Genève lance un programme de prime aux bogues",
        "Les hackers éthiques qui signalent des vulnérabilités ne seront pas poursuivis pour accès indu.",
        id="fr-ne-seront-pas-poursuivis",
    ),
    pytest.param(
        "es",
        "El Gobierno lanza un programa de divulgación de vulnerabilidades",
        "Los investigadores que reporten fallas de buena fe no serán procesados por acceso ilícito.",
        id="es-no-seran-procesados",
    ),
    pytest.param(
        "fr",
        "L'ancien détenu d'opinion Karim Ben Ali publie ses mémoires",
        "Condamné en 2021 pour des publications Facebook puis libéré, il raconte la cellule et le parloir.",
        id="fr-publie-ses-memoires",
    ),
    pytest.param(
        "es",
        "La periodista Rosa Díaz relata en un libro sus 11 meses presa",
        "Excarcelada en 2024, presenta unas memorias sobre el juicio que la condenó por 'noticias falsas'.",
        id="es-relata-en-un-libro",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), RETOLD_OR_PROMISED)
def test_a_first_new_year_a_memoir_a_prize_or_a_programmes_promise_is_no_new_step(
    language: str, title: str, summary: str
) -> None:
    # a prisoner's first New Year, a memoir, a prize in absentia and an anniversary retell a past case (S143-S150); a
    # disclosure programme promises not to prosecute
    assert judged(language, title, summary) == (False, set())


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "After her book launch, reporter called in by police cybercrime unit over excerpts"),
        ("fr", "La chroniqueuse visée par une nouvelle plainte au titre du décret-loi 54"),
    ],
)
def test_a_new_step_told_beside_an_occasion_is_read(language: str, title: str) -> None:
    assert "press-freedom" in reported_and_relevant(language, title)
