"""Recall of the arrest-report matcher: detention, abduction, sentencing and re-imprisonment worded without
"arrested", in English, French, Spanish and Vietnamese, and the look-alikes ("held talks") that must stay out.

The bodies come from items an acceptance tester found dropped; the title is deliberately uninformative, as in
feeds that put the news in the description only.
"""

import pytest

from tocsin_watcher.feeds.match import match_item

_TITLE = "News in brief"


@pytest.mark.parametrize(
    ("title", "body", "terms"),
    [
        pytest.param(
            "Cartoonist held over drawing of prime minister",
            "",
            {"held over", "Cartoonist"},
            id="en-held-over-title",
        ),
        pytest.param(
            "Journalist held for criticising minister",
            "",
            {"held for criticising", "Journalist"},
            id="en-held-for-criticising",
        ),
        pytest.param(
            _TITLE,
            "A political cartoonist was held by police for two days and questioned over a drawing of the prime "
            "minister.",
            {"held by police", "cartoonist"},
            id="en-held-by-police",
        ),
        pytest.param(
            _TITLE,
            "Prosecutors are seeking a two-year sentence for an ethical hacker who found and reported an "
            "unprotected database at the electoral commission.",
            {"Prosecutors are seeking", "year sentence", "ethical hacker", "unprotected database"},
            id="en-seeking-sentence",
        ),
        pytest.param(
            "Ethical hacker faces prison after exposing data leak at electoral commission",
            "",
            {"faces prison", "Ethical hacker", "data leak"},
            id="en-faces-prison",
        ),
        pytest.param(
            _TITLE,
            "Lawyer and commentator Sonia Dahmani was arrested in Tunis over remarks she made on television.",
            {"arrested", "commentator", "over remarks"},
            id="en-commentator-remarks",
        ),
        pytest.param(
            _TITLE,
            "Journalist Atiana Serge Oulon was abducted from his home by men who said they were intelligence agents.",
            {"abducted", "Journalist"},
            id="en-abducted",
        ),
        pytest.param(
            _TITLE,
            "A court ordered journalist Jose Ruben Zamora back to prison.",
            {"back to prison", "journalist"},
            id="en-back-to-prison",
        ),
    ],
)
def test_english_detention_without_the_word_arrest_matches(title: str, body: str, terms: set[str]) -> None:
    """Held, abducted, a sentence sought, back to prison: English detentions worded without "arrest" match."""
    verdict = match_item(title, body)
    assert verdict.matched, verdict.reason
    assert terms <= set(verdict.matched_terms)
    assert verdict.language == "en"


@pytest.mark.parametrize(
    ("body", "terms"),
    [
        pytest.param(
            "Un caricaturiste a été retenu par la police pendant deux jours pour un dessin du Premier ministre.",
            {"retenu par la police", "caricaturiste", "pour un dessin"},
            id="fr-retenu",
        ),
        pytest.param(
            "Le parquet requiert deux ans de prison contre un hacker éthique qui avait signalé une fuite de données "
            "à la commission électorale.",
            {"parquet requiert", "ans de prison", "hacker éthique", "fuite de données"},
            id="fr-requiert",
        ),
        pytest.param(
            "L'avocate et chroniqueuse Sonia Dahmani a été arrêtée à Tunis pour des propos tenus à la télévision.",
            {"arrêtée", "chroniqueuse", "pour des propos"},
            id="fr-arretee-propos",
        ),
        pytest.param(
            "L'avocate et chroniqueuse Sonia Dahmani a été interpellée à Tunis pour ses déclarations à la télévision.",
            {"interpellée", "chroniqueuse", "pour ses déclarations"},
            id="fr-interpellee-declarations",
        ),
        pytest.param(
            "Le journaliste Atiana Serge Oulon a été enlevé à son domicile par des hommes se présentant comme des "
            "agents du renseignement.",
            {"enlevé", "journaliste"},
            id="fr-enleve",
        ),
        pytest.param(
            "Un tribunal a ordonné la réincarcération du journaliste José Rubén Zamora.",
            {"réincarcération", "journaliste"},
            id="fr-reincarceration",
        ),
    ],
)
def test_french_detention_without_the_word_arrest_matches(body: str, terms: set[str]) -> None:
    """Retenu, requiert, enlevé, réincarcéré; chroniqueuse and "des propos": French equivalents match."""
    verdict = match_item(_TITLE, body)
    assert verdict.matched, verdict.reason
    assert terms <= set(verdict.matched_terms)
    assert verdict.language == "fr"


@pytest.mark.parametrize(
    ("body", "terms"),
    [
        pytest.param(
            "Un caricaturista fue retenido por la policía durante dos días por un dibujo del primer ministro.",
            {"retenido por la policía", "caricaturista", "por un dibujo"},
            id="es-retenido",
        ),
        pytest.param(
            "La fiscalía pide dos años de prisión para un hacker ético que descubrió una fuga de datos en la "
            "comisión electoral.",
            {"fiscalía pide", "años de prisión", "hacker ético", "fuga de datos"},
            id="es-pide",
        ),
        pytest.param(
            "La abogada y comentarista Sonia Dahmani fue detenida en Túnez por unas declaraciones en televisión.",
            {"detenida", "comentarista", "por unas declaraciones"},
            id="es-comentarista-declaraciones",
        ),
        pytest.param(
            "El periodista Atiana Serge Oulon fue secuestrado en su casa por hombres que dijeron ser agentes de "
            "inteligencia.",
            {"secuestrado", "periodista"},
            id="es-secuestrado",
        ),
        pytest.param(
            "Un tribunal ordenó el regreso a prisión del periodista José Rubén Zamora.",
            {"regreso a prisión", "periodista"},
            id="es-regreso-a-prision",
        ),
        pytest.param(
            "La policía allanó la vivienda de un programador que reveló graves vulnerabilidades en el sistema de "
            "voto electrónico.",
            {"allanó", "vulnerabilidades"},
            id="es-allano",
        ),
    ],
)
def test_spanish_detention_without_the_word_arrest_matches(body: str, terms: set[str]) -> None:
    """Retenido, pide años, secuestrado, regreso a prisión, allanó: Spanish equivalents match."""
    verdict = match_item(_TITLE, body)
    assert verdict.matched, verdict.reason
    assert terms <= set(verdict.matched_terms)
    assert verdict.language == "es"


@pytest.mark.parametrize(
    ("body", "terms"),
    [
        pytest.param(
            "Họa sĩ biếm họa bị công an giữ hai ngày vì bức tranh vẽ thủ tướng.",
            {"bị công an giữ", "Họa sĩ biếm họa"},
            id="vi-bi-cong-an-giu",
        ),
        pytest.param(
            "Viện kiểm sát đề nghị mức án đối với hacker mũ trắng đã phát hiện lỗ hổng bảo mật của ủy ban bầu cử.",
            {"đề nghị mức án", "hacker mũ trắng", "lỗ hổng bảo mật"},
            id="vi-de-nghi-muc-an",
        ),
        pytest.param(
            "Luật sư và nhà bình luận Sonia Dahmani bị bắt tại Tunis vì những phát ngôn trên truyền hình.",
            {"bị bắt", "nhà bình luận", "những phát ngôn"},
            id="vi-phat-ngon",
        ),
        pytest.param(
            "Những người tự xưng là nhân viên tình báo đã bắt cóc nhà báo Atiana Serge Oulon tại nhà riêng.",
            {"bắt cóc", "nhà báo"},
            id="vi-bat-coc",
        ),
        pytest.param(
            "Tòa án ra lệnh đưa nhà báo José Rubén Zamora trở lại nhà tù.",
            {"trở lại nhà tù", "nhà báo"},
            id="vi-tro-lai-nha-tu",
        ),
    ],
)
def test_vietnamese_detention_without_the_word_arrest_matches(body: str, terms: set[str]) -> None:
    """Bị công an giữ, đề nghị mức án, bắt cóc, trở lại nhà tù; nhà bình luận and phát ngôn match in Vietnamese."""
    verdict = match_item(_TITLE, body)
    assert verdict.matched, verdict.reason
    assert terms <= set(verdict.matched_terms)
    assert verdict.language == "vi"


def test_a_ransomware_leader_sentenced_is_a_cyber_law_case_and_matches() -> None:
    """A ransomware sentence is a prosecution under a cyber law: the watcher passes it, the classifier ranks it."""
    verdict = match_item(_TITLE, "The ransomware gang's leader was sentenced to ten years in prison.")
    assert verdict.matched
    assert {"sentenced", "ransomware"} <= set(verdict.matched_terms)


@pytest.mark.parametrize(
    ("title", "body", "reason"),
    [
        pytest.param(
            "Police held a press conference on the blogger's award",
            "Journalists attended a press conference held by police in the capital.",
            "no_action",
            id="en-press-conference",
        ),
        pytest.param(
            "Ministers held talks on press freedom", "Journalists and activists joined.", "no_action", id="en-talks"
        ),
        pytest.param(
            "The striker was held scoreless again",
            "Bloggers mocked the club online after the defenders held him all game.",
            "no_action",
            id="en-striker-held",
        ),
        pytest.param(
            "Cartoon festival held over until May",
            "Cartoonists and journalists will exhibit their drawings in the old market.",
            "no_action",
            id="en-cartoon-festival",
        ),
        pytest.param(
            "Businessman abducted for ransom by a gang in Lagos",
            "The kidnappers demanded 50 million naira from his family.",
            "no_context",
            id="en-ransom",
        ),
        pytest.param(
            "Trader abducted for ransom after meeting a buyer on Facebook",
            "The gang demanded a ransom from his family.",
            "off_topic",
            id="en-ransom-facebook",
        ),
        pytest.param(
            "Le journaliste retenu par le jury du prix Albert-Londres",
            "Son reportage a été retenu parmi dix finalistes.",
            "no_action",
            id="fr-retenu-par-le-jury",
        ),
        pytest.param(
            "Un commerçant enlevé contre une rançon",
            "Les ravisseurs réclament une rançon en ligne.",
            "off_topic",
            id="fr-rancon",
        ),
        pytest.param(
            "Empresario secuestrado por una banda",
            "Los captores exigen un rescate por internet.",
            "off_topic",
            id="es-rescate",
        ),
        pytest.param(
            "Doanh nhân bị bắt cóc đòi tiền chuộc",
            "Nhóm bắt cóc liên lạc với gia đình qua Zalo.",
            "off_topic",
            id="vi-tien-chuoc",
        ),
        pytest.param(
            "Người phát ngôn Bộ Công an thông tin vụ trộm cắp",
            "Công an đã tạm giữ đối tượng trộm cắp xe máy.",
            "no_context",
            id="vi-nguoi-phat-ngon",
        ),
    ],
)
def test_look_alikes_of_detention_do_not_match(title: str, body: str, reason: str) -> None:
    """Press conferences, talks, sport, festivals held over and kidnappings for ransom are not arrest reports."""
    verdict = match_item(title, body)
    assert not verdict.matched
    assert verdict.reason == reason


@pytest.mark.parametrize(
    ("title", "body", "terms"),
    [
        pytest.param(
            "Luật sư bị triệu tập sau bình luận trên mạng",
            "Luật sư Đặng Văn T. bị công an triệu tập lên làm việc sau khi ông bình luận trên mạng xã hội.",
            {"triệu tập", "mạng xã hội"},
            id="vi-trieu-tap",
        ),
        pytest.param(
            "Nga: Nhà báo bị quản thúc tại gia vì bài viết về chiến sự",
            "",
            {"quản thúc tại gia", "Nhà báo"},
            id="vi-quan-thuc",
        ),
        pytest.param(
            "Iran : une journaliste convoquée par le parquet après un reportage",
            "",
            {"convoquée", "journaliste"},
            id="fr-convoquee",
        ),
        pytest.param(
            "Tunisie : une militante assignée à résidence",
            "",
            {"assignée à résidence", "militante"},
            id="fr-assignee",
        ),
        pytest.param(
            "Maroc : un youtubeur condamné à trois ans de prison pour « outrage aux institutions »",
            "",
            {"condamné", "youtubeur", "outrage aux institutions"},
            id="fr-youtubeur",
        ),
        pytest.param("Journalist summoned by police over Facebook post", "", {"summoned by", "Journalist"}, id="en"),
        pytest.param("Periodista citada a declarar por sus columnas", "", {"citada a declarar", "Periodista"}, id="es"),
    ],
)
def test_a_summons_or_house_arrest_of_a_critic_matches(title: str, body: str, terms: set[str]) -> None:
    """Found dropped by a blind tester: a summons and house arrest are steps against critics short of arrest."""
    verdict = match_item(title, body)
    assert verdict.matched, verdict.reason
    assert terms <= set(verdict.matched_terms)


@pytest.mark.parametrize(
    "title", ["Ambassador summoned over trade dispute", "Le ministre a convoqué les syndicats à Matignon"]
)
def test_a_diplomatic_or_political_summons_does_not_match(title: str) -> None:
    """Without a journalist, activist or speech context a summons is no arrest report."""
    assert not match_item(title, "").matched


def test_a_vietnamese_name_in_a_spanish_report_does_not_make_it_french() -> None:
    """ "Lê" folded to French "le" and tipped a Spanish report to French; the classifier, reading it as French,
    cleared it (1 of 134 Spanish cases lost in an operator's soak run). A common word found only by folding away
    accents it does not have counts for nothing; "été" written "ete" still counts as French."""
    body = (
        "La policía detuvo al periodista Lê Minh Đức en Managua acusado de propagar noticias falsas en redes sociales "
        "bajo la Ley Especial de Ciberdelitos."
    )
    assert match_item("Periodista Lê Minh Đức detenido en Managua", body).language != "fr"
    assert match_item("Periodista Carlos Mejía detenido en Managua", body.replace("Lê Minh Đức", "X")).language == "es"
    assert match_item("Le journaliste a ete arrete", "Il a ete place en garde a vue pour des propos").language == "fr"


def test_capitalised_common_words_inside_names_do_not_count() -> None:
    """Unaccented, "Le Thi Le y Le Van De" still read as French "le" four times (the re-test): a common word
    capitalised where no sentence starts is part of a name. The summary's first word, after the title, still counts."""
    body = "Los blogueros Le Thi Le y Le Van De fueron arrestados por sus publicaciones en Facebook."
    assert match_item("Arrestan a Le Thi Le y Le Van De", body).language == "es"
    assert match_item("Journaliste arrêté à Tunis", "Le journaliste a été placé en garde à vue.").language == "fr"


@pytest.mark.parametrize(
    ("language", "title", "body", "terms"),
    [
        ("en", "Campaigner charged for refusing to hand phone passwords to border police", "", {"Campaigner"}),
        ("en", "Kazakh student charged after flagging a flaw in the e-government portal", "", {"flagging a flaw"}),
        ("en", "Union organiser held incommunicado for eleven days, family says", "", {"incommunicado", "organiser"}),
        (
            "en",
            "Predator spyware found on the phone of an investigative journalist",
            "",
            {"Predator spyware", "journalist"},
        ),
        ("vi", "Sinh viên báo lỗ hổng cổng dịch vụ công bị khởi tố tội xâm nhập trái phép", "", {"báo lỗ hổng"}),
        ("vi", "Bắt tạm giam người đại diện công nhân sau cuộc đình công", "", {"Bắt tạm giam", "người đại diện"}),
        (
            "fr",
            "Un consultant en cybersécurité poursuivi après avoir alerté un hôpital d'une brèche",
            "",
            {"poursuivi"},
        ),
        (
            "fr",
            "Burkina Faso : le secrétaire général d'un syndicat enlevé à son domicile",
            "",
            {"enlevé à son domicile", "secrétaire général d'un syndicat"},
        ),
        ("es", "Detienen a abogada de presos políticos y se llevan sus computadoras", "", {"presos políticos"}),
        ("es", "Nicaragua pide a Costa Rica la extradición de un periodista exiliado", "", {"periodista"}),
        # an intrusion on someone over what they wrote, told by a bare headline (S70)
        (
            "vi",
            "Blogger Vũ Đức Long bị thu giữ điện thoại, máy tính và buộc khai mật khẩu Facebook vì bài viết về dự án",
            "",
            {"thu giữ điện thoại", "bài viết"},
        ),
    ],
)
def test_cases_only_the_shared_tables_read_match(language: str, title: str, body: str, terms: set[str]) -> None:
    """The watcher's own vocabulary misses these (no speech, journalism or cyber-law word of its own); the
    classifier's shared tables read a detention, extradition or intrusion next to a rights role."""
    verdict = match_item(title, body, language=language)
    assert verdict.matched, verdict
    assert terms <= set(verdict.matched_terms), verdict.matched_terms


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Police raid gang hideout in Lagos and seize 40 phones", "Officers also found weapons."),
        ("Man held over murder after argument on Facebook", "The victim was stabbed outside a bar."),
        ("Ministers held talks with journalists and activists", "The meeting lasted two hours."),
        ("Spyware maker shows its interception kit at a trade fair", "Journalists and buyers attended."),
        ("Privacy regulator fines shopping app over tracking", "The company will appeal."),
        ("Kidnapped for ransom, trader freed after police raid", "The gang used WhatsApp to demand money."),
        ("Un arrêté municipal encadre les drones au-dessus du festival", "Les journalistes devront être accrédités."),
        # an intrusion beside plain speech, where the case is a fraud (S70's intrusion tied to speech needs no crime)
        ("Police seize phones of scam gang that posted fake job ads on Facebook", "Victims lost $2 million."),
    ],
)
def test_the_shared_tables_let_no_look_alike_through(title: str, body: str) -> None:
    """Gangs' phones, ordinary crime with a social network in it, talks, fairs, fines on companies: no case."""
    assert not match_item(title, body, language=None).matched
