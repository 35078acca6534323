"""Blind batches S17 (what aggregator feeds deliver: forty headlines with no summary), S18 (cases followed through
their stages) and S19 (a hundred headlines alone), read end to end.

First scores 0.97, 0.96 and 0.87. A headline alone gave the calibration too few words to weigh: "Man jailed over
Facebook posts" read 0.13, "Saudi court sentences man to death over tweets" too. The calibration now knows when a
headline alone ties speech to an action (`Signals.headline_only`), and that a headline's "man" with no role beside
it is the one arrested, not someone else. The watcher missed "gets 20 years", relatives questioned, a fine for a
clip and a release after the term; the classifier, a tuitero's "críticas al alcalde", a "youtubeur", detention
renewed, and took the arrest of a journalist's killers for a case of his.
"""

import pytest

from tests.classifier.factories import arrest, judged, reported_and_relevant
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.findings import read_signals
from tocsin_watcher.feeds.match import match_item


@pytest.mark.parametrize(
    ("language", "title", "tag"),
    [
        pytest.param("en", "Man jailed over Facebook posts", "free-expression", id="en-man-jailed-over-posts"),
        pytest.param("en", "Woman arrested over TikTok video mocking police", "free-expression", id="en-woman"),
        pytest.param(
            "en",
            "Saudi teacher gets 20 years over tweets criticising the crown prince",
            "free-expression",
            id="en-gets",
        ),
        pytest.param("en", "Saudi woman who got 34 years for tweets loses appeal", "free-expression", id="en-who-got"),
        pytest.param("es", "Detienen a tuitero por críticas al alcalde de Cúcuta", "free-expression", id="es-criticas"),
        pytest.param(
            "fr",
            "Maroc : trois ans de prison pour un youtubeur qui critiquait le gouvernement",
            "free-expression",
            id="fr-youtubeur",
        ),
        pytest.param(
            "vi", "TikToker bị phạt 5 triệu đồng vì đăng clip xuyên tạc về bão", "free-expression", id="vi-fine"
        ),
        pytest.param(
            "en", "Egypt renews pretrial detention of blogger Omar Said for 45 days", "due-process", id="en-renews"
        ),
        pytest.param(
            "es",
            "Juez amplía prisión preventiva a periodista acusado de lavado de dinero",
            "due-process",
            id="es-amplia",
        ),
        pytest.param(
            "es",
            "Seguridad del Estado cita a interrogatorio a la madre de un youtuber exiliado",
            "transnational-repression",
            id="es-cita-a-interrogatorio",
        ),
    ],
)
def test_a_rights_case_told_in_a_headline_alone_is_reported_and_relevant(language: str, title: str, tag: str) -> None:
    assert tag in reported_and_relevant(language, title)


def test_relatives_of_an_activist_questioned_are_reported_and_relevant() -> None:
    reported_and_relevant("en", "Hong Kong police question relatives of UK-based activist")


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param("en", "Two suspects arrested over killing of radio broadcaster in Mindanao", "", id="en-killers"),
        pytest.param("fr", "Haïti : deux suspects arrêtés après l'assassinat d'un journaliste", "", id="fr-assassins"),
        pytest.param("es", "Capturan a dos presuntos asesinos de periodista en La Ceiba", "", id="es-asesinos"),
        pytest.param(
            "fr",
            "Apologie du terrorisme : prison ferme pour des appels aux attentats sur TikTok",
            "",
            id="fr-attentats",
        ),
        pytest.param(
            "es",
            "Poder Judicial amplía prisión preventiva a exalcalde investigado por colusión",
            "La Sala confirmó la ampliación por doce meses de la prisión preventiva del exalcalde, investigado por "
            "colusión agravada y lavado de activos en la construcción de un hospital.",
            id="es-exalcalde",
        ),
        pytest.param("en", "Man arrested over cocaine found in his car", "", id="en-headline-drugs"),
        pytest.param("en", "Influencer jailed for romance fraud", "", id="en-headline-fraud"),
        pytest.param("en", "Man arrested over Facebook post threatening to kill minister", "", id="en-headline-threat"),
    ],
)
def test_killers_arrested_incitement_and_ordinary_cases_are_no_rights_case(
    language: str, title: str, summary: str
) -> None:
    relevant, tags = judged(language, title, summary)
    assert not relevant
    assert not tags


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "RDC : le journaliste Patient Mbuyi libéré après avoir purgé sa peine"),
        ("vi", "Nhà báo Trần Văn Hải ra tù sau khi mãn hạn tù"),
    ],
)
def test_a_release_after_the_term_is_reported(language: str, title: str) -> None:
    assert match_item(title, "", language=language).matched


@pytest.mark.parametrize(
    ("language", "title", "summary", "tag"),
    [
        pytest.param(
            "vi",
            "Luật sư bào chữa cho các nhà hoạt động bị xóa tên khỏi Đoàn luật sư",
            "",
            "human-rights-defenders",
            id="vi-lawyer-struck-off",
        ),
        pytest.param(
            "fr",
            "Cameroun : le caricaturiste du journal Le Messager interpellé après un dessin",
            "",
            "press-freedom",
            id="fr-caricaturiste-du-journal",
        ),
        pytest.param(
            "en",
            "Russia deports Tajik opposition activist to Dushanbe, where he faces charges",
            "",
            "transnational-repression",
            id="en-deports",
        ),
        pytest.param(
            "vi",
            "Nhà báo độc lập bị bắt ở Hà Nội",
            "Vợ ông cho biết gia đình không biết nơi giam giữ.",
            "due-process",
            id="vi-khong-biet-noi-giam-giu",
        ),
    ],
)
def test_the_tag_the_headline_gives(language: str, title: str, summary: str, tag: str) -> None:
    assert tag in reported_and_relevant(language, title, summary)


def test_data_open_without_a_password_is_the_flaw_reported_not_a_password_demanded() -> None:
    tags = reported_and_relevant(
        "fr",
        "Poursuivi pour avoir signalé une faille, un étudiant relaxé en appel",
        "Il avait alerté l'hébergeur qu'un fichier de patients était accessible sans mot de passe.",
    )
    assert "security-research" in tags
    assert "privacy" not in tags


@pytest.mark.parametrize(
    ("language", "title", "severity"),
    [
        ("en", "Saudi teacher gets 20 years over tweets criticising the crown prince", "high"),
        ("en", "Saudi woman who got 34 years for tweets loses appeal", "high"),
        ("es", "Muere en prisión preso político condenado por publicaciones en Facebook", "critical"),
    ],
)
def test_a_headlines_term_or_death_in_prison_raises_severity(language: str, title: str, severity: str) -> None:
    assert classify(arrest(title, "", language=language), ConventionStatus()).severity == severity


def test_a_report_is_its_headline_alone_with_no_summary_or_one_that_repeats_it() -> None:
    assert read_signals("Journalist arrested\n", "en").headline_only
    assert read_signals("Journalist arrested\nJournalist arrested ", "en").headline_only
    assert not read_signals("Journalist arrested\nPolice held him overnight.", "en").headline_only


@pytest.mark.parametrize(
    ("language", "title"),
    [
        # a review of the round found each raised as a case: a term's verb far from its number, a journalist's
        # questions, the adjective "amplia"
        ("en", "Activist given award for 20 years of campaigning"),
        ("en", "Whistleblower handed over documents spanning 10 years to journalists"),
        ("en", "Dissident writer receives prize, 10 years after leaving prison"),
        ("en", "Journalist questions wife of minister over luxury villa"),
        # what was posted is itself the offence
        ("en", "Suspect arrested over threats posted on Facebook against protesters"),
        ("en", "Man arrested after video shows him kicking dog"),
        ("fr", "Un individu interpellé après des messages menaçants sur Facebook"),
        ("es", "Capturan a sujeto que publicaba videos amenazando a vecinos"),
    ],
)
def test_look_alikes_of_a_headlines_case_are_no_rights_case(language: str, title: str) -> None:
    relevant, tags = judged(language, title)
    assert not relevant
    assert not tags


def test_a_relevant_headline_alone_that_ties_speech_to_an_action_is_always_reviewed() -> None:
    alert = classify(arrest("Man jailed over Facebook posts", "", language="en"), ConventionStatus())
    assert alert.relevance >= 0.5
    assert alert.needs_review


def test_the_adjective_amplia_is_no_detention_extended() -> None:
    _, tags = judged("es", "Detienen a periodista", "Su detención generó una amplia condena internacional.")
    assert "due-process" not in tags


@pytest.mark.parametrize(
    "text",
    [
        "Journalist jailed for two years; she had received threats for 10 years",
        "Blogger jailed for two years after he forgot 10 years of passwords",
        "Blogger jailed for two years. The regime targets 10 years of his archive.",
    ],
)
def test_a_number_of_years_far_from_a_verb_of_sentencing_is_no_long_sentence(text: str) -> None:
    raised = classify(arrest(text, "", language="en"), ConventionStatus()).country_context["severity_raised_by"]
    assert "long-sentence" not in raised


@pytest.mark.parametrize(
    ("language", "title"),
    [("vi", "Nhà báo đưa ra tư liệu mới về vụ án"), ("en", "Students get two years of free internet access")],
)
def test_the_watcher_does_not_read_a_release_or_a_term_into_other_words(language: str, title: str) -> None:
    assert not match_item(title, "", language=language).matched


def test_a_summary_that_repeats_the_headline_with_a_publishers_name_is_a_headline_alone() -> None:
    assert read_signals("Man jailed over posts\nMan jailed over posts - BBC News", "en").headline_only
    assert read_signals("Man jailed over posts\nMan jailed over posts - The Times of India", "en").headline_only
    assert read_signals("Man jailed over posts\nMan jailed over…", "en").headline_only
    assert not read_signals("Journalist held\nJournalist - a veteran of RFE - was detained.", "en").headline_only


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        # a second review found each cleared: a press group's "atentado contra la libertad de prensa", a shooting the
        # journalist covered, an article an official calls a hoax, lawyers' fears, a divorce beside the case
        ("es", "Detienen a periodista en Tegucigalpa", "La SIP calificó la detención de atentado contra la prensa."),
        ("es", "Detienen a periodista que cubría un tiroteo en Monterrey", ""),
        ("fr", "Un journaliste arrêté après un article que le gouvernement qualifie de canular", ""),
        ("fr", "Un militant arrêté ; ses avocats craignent que sa détention serve à intimider les autres", ""),
        ("fr", "Un journaliste arrêté au lendemain de son divorce pour ses articles sur le président", ""),
        ("en", "Two men jailed over Facebook posts", ""),
        ("en", "Journalist gets twenty years over posts", ""),
        # a third: a phrase that hid the role it named, the verb "summons", a victim word anywhere, a retired teacher
        ("en", "Police book journalist over tweet", ""),
        ("en", "FIR against journalist for report on flood relief", ""),
        ("en", "Police summons journalist over Facebook post", ""),
        ("en", "Kano police summons man who liked post criticising governor", ""),
        ("es", "Detienen a periodista que denunció al militar que mató a un campesino", ""),
        ("fr", "Un militant arrêté après avoir dénoncé le policier qui avait tué Nahel", ""),
        ("en", "Saudi court sentences retired teacher to death over tweets and YouTube comments", ""),
    ],
)  # fmt: skip
def test_what_the_reviews_found_cleared_is_a_rights_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary)[0]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        # ... and raised: a killer arrested or acquitted, an accusation made by the role, a complaint it filed, an
        # opinion column's verb, a reporter's years of experience
        ("en", "Police arrest killer of journalist"),
        ("es", "Capturan al asesino del periodista"),
        ("en", "Police officer acquitted of killing journalist"),
        ("es", "Activista acusa de represión a la policía"),
        ("en", "Journalist files FIR against MLA for threats"),
        ("es", "Opinión: la historia juzgará a los periodistas que callaron"),
        ("en", "Veteran reporter got 30 years of experience"),
        ("en", "Man who got 10 years for fraud released"),
        # a third: the attacker, a deepfake of a classmate, a former footballer, a bomb joke, the accuser's trial, a
        # civil award against a paper, a fake agency's page
        ("en", "Police officer who shot activist granted bail"),
        ("en", "Student arrested over AI image of classmate"),
        ("en", "Man jailed over abusive posts about his neighbour"),
        ("en", "Former footballer arrested over Instagram post"),
        ("es", "Detienen a pasajero por chiste sobre bomba en avión"),
        ("es", "Activista celebra juicio oral contra militares por masacre"),
        ("es", "Fiscalía acusa a policías de torturar a activista"),
        ("es", "El Supremo condena a un diario digital a indemnizar a un futbolista por publicar fotos de su boda"),
        ("vi", "Tạm giữ người điều hành trang tin tức giả mạo cơ quan nhà nước"),
    ],
)
def test_what_the_reviews_found_raised_is_no_rights_case(language: str, title: str) -> None:
    assert not judged(language, title)[0]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Blogger jailed over posts; he was given an award for 20 years of work", ""),
        ("Detienen a bloguero", "La detención provocó un amplio repudio internacional."),
    ],
)
def test_an_award_for_years_of_work_and_a_wide_repudiation_are_no_graver_facts(title: str, summary: str) -> None:
    alert = classify(arrest(title, summary, language="es" if "Detienen" in title else "en"), ConventionStatus())
    assert "long-sentence" not in alert.country_context["severity_raised_by"]
    assert "due-process" not in {t.tag for t in alert.tags if t.confidence >= 0.5}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        # blind batch S23 (bare headlines again, after the S20–S22 round): first score 0.87, 12 of 46 cases missed
        ("en", "Blogger granted bail after 40 days in Kuje over Facebook post on governor"),
        ("en", "Kenyan court frees man charged under cybercrimes law over AI image of the president"),
        ("en", "Saudi court sentences retired teacher to death over tweets and YouTube comments"),
        ("fr", "Sénégal : un chroniqueur télé déféré au parquet pour « diffusion de fausses nouvelles »"),
        ("fr", "Côte d'Ivoire : la détention d'un cyberactiviste prolongée de six mois sans procès"),
        ("es", "El Supremo absuelve a tuitera condenada por chistes sobre un ministro"),
        ("es", "Fiscalía cita a estudiante por video en TikTok que parodiaba a la presidenta"),
        ("vi", "Sinh viên bị điều tra sau khi báo lỗ hổng bảo mật của trường"),
        ("vi", "Phạt 7,5 triệu đồng chủ tài khoản Facebook đăng tin xuyên tạc về lãnh đạo tỉnh"),
    ],
)
def test_a_bare_headlines_case_in_words_s23_used_is_reported_and_relevant(language: str, title: str) -> None:
    reported_and_relevant(language, title)


def test_an_activist_rescued_from_kidnappers_is_a_crime_solved() -> None:
    assert not judged("es", "Rescatan a activista secuestrada en Puebla; detienen a banda que pedía rescate")[0]


def test_a_ban_received_beside_a_short_term_is_no_long_sentence() -> None:
    text = "Journalist jailed for two years; colleague received a 10-year travel ban"
    raised = classify(arrest(text, "", language="en"), ConventionStatus()).country_context["severity_raised_by"]
    assert "long-sentence" not in raised


@pytest.mark.parametrize(
    ("language", "title", "relevant"),
    [
        # a fourth review: murders told as crimes, "condena" as reproach, "cita" as quoting, a journalist rescued from
        # kidnappers; and the cases its predecessors' phrases cleared: footage shot, a neighbour's report, a phone
        # seized, effigies burned, audios of threats published, a kidnapping denounced, a column on a referee, damages
        # beside a prison term
        ("en", "Killer of schoolgirl jailed after Facebook confession", False),
        ("es", "Capturan al hombre que mató a un taxista tras publicar video en Facebook", False),
        ("fr", "L'assassin de la policière condamné après une vidéo publiée sur TikTok", False),
        ("es", "El gobierno condena a líder de la oposición por críticas en redes", False),
        ("es", "El diario cita a periodista de la BBC sobre la censura", False),
        ("es", "Rescatan a periodista secuestrado; detienen a sus captores", False),
        ("en", "Cameraman who shot footage of police brutality arrested", True),
        ("en", "Journalist arrested after his neighbour reported his posts to police", True),
        ("en", "Journalist jailed; phone snatched by police", True),
        ("en", "Activist arrested for urging residents to burn effigies", True),
        ("es", "Detienen a periodista que publicó audios del alcalde amenazando a comerciantes", True),
        ("es", "Detienen a periodista que denunció el rapto de niños en la frontera", True),
        ("en", "Journalist arrested after criticising the referee in column", True),
        ("es", "Condenan a periodista a dos años de cárcel y a indemnizar a exgobernador por calumnias", True),
    ],
)
def test_what_a_fourth_review_found(language: str, title: str, relevant: bool) -> None:
    assert judged(language, title)[0] is relevant


def test_a_summary_that_goes_on_after_the_headline_and_a_dash_is_no_headline_alone() -> None:
    text = "Man arrested over TikTok video\nMan arrested over TikTok video - police say the clip showed a staged prank."
    assert not read_signals(text, "en").headline_only
