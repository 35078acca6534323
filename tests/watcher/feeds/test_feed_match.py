"""The arrest-report matcher: both signal families, per language, and the ordinary news it must ignore."""

import pytest

from tests.watcher.feeds.feed_files import load
from tocsin_watcher.feeds.match import match_item
from tocsin_watcher.feeds.parse import parse_feed
from tocsin_watcher.feeds.poll import _body


def _verdicts(name: str) -> dict[str, tuple[bool, str, str | None]]:
    feed = parse_feed(load(name))
    verdicts = {}
    for item in feed.items:
        verdict = match_item(item.title, _body(item), language=item.language or feed.language)
        verdicts[item.title] = (verdict.matched, verdict.reason, verdict.country_code)
    return verdicts


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        (
            "wordpress_en.rss",
            [
                (True, "VNM"),
                (True, "PAK"),
                (True, "NGA"),
                (True, "THA"),
                (True, "JOR"),
                (True, "TUN"),
                (True, "KEN"),
                (True, "DEU"),
                (True, "UKR"),
                (False, None),
                (False, None),
                (False, None),
                (False, None),
                (False, None),
                (False, None),
                (False, None),
            ],
        ),
        ("voices_atom.xml", [(True, "EGY"), (True, "PAK"), (True, "BLR"), (False, None)]),
        ("congan_vi.rss", [(True, "VNM")] * 3 + [(False, None)] * 4),
        ("presse_fr.rss", [(True, "TUN"), (True, "NGA"), (True, "THA")] + [(False, None)] * 3),
        ("prensa_es.rss", [(True, "NIC"), (True, "VEN"), (True, "PAK")] + [(False, None)] * 3),
    ],
)
def test_fixture_items_match_exactly_the_arrest_reports(fixture: str, expected: list[tuple[bool, str | None]]) -> None:
    """Every true arrest report in the fixtures matches with its country; every other item does not."""
    verdicts = _verdicts(fixture)
    assert [(matched, country) for matched, _, country in verdicts.values()] == expected


@pytest.mark.parametrize(
    ("title", "body", "terms", "country"),
    [
        (
            "Vietnamese blogger prosecuted under Article 117",
            "Police in Hanoi detained him over Facebook posts.",
            {"prosecuted", "detained", "blogger", "Article 117"},
            "VNM",
        ),
        (
            "Pakistani journalist booked under PECA",
            "The FIA registered a case over a tweet.",
            {"booked under", "journalist", "PECA", "tweet"},
            "PAK",
        ),
        (
            "Security researcher charged after disclosing a vulnerability",
            "Prosecutors in Germany say he accessed data while testing the portal.",
            {"charged after", "Security researcher", "vulnerability"},
            "DEU",
        ),
        (
            "Kenyan man arrested over tweets about the president",
            "He faces charges under the Computer Misuse and Cybercrimes Act.",
            {"arrested", "faces charges", "tweets", "Computer Misuse"},
            "KEN",
        ),
    ],
)
def test_english_arrest_reports_match_with_their_terms(title: str, body: str, terms: set[str], country: str) -> None:
    """English reports match; the terms are reported as printed and the country found from the text."""
    verdict = match_item(title, body)
    assert verdict.matched
    assert terms <= set(verdict.matched_terms)
    assert verdict.country_code == country
    assert verdict.language == "en"


@pytest.mark.parametrize(
    ("title", "body", "reason"),
    [
        ("Man arrested for murder after Facebook argument", "Police said the victim was stabbed.", "off_topic"),
        ("Three detained over cocaine haul", "Customs found 40 kg in a container.", "no_context"),
        ("Car theft suspect arrested after selling cars online", "The stolen vehicles were recovered.", "off_topic"),
        ("City arrested the slide with a late winner", "Fans online celebrated.", "no_action"),
        ("Cardiac arrest: blogger's health scare", "The journalist recovered in hospital.", "no_action"),
        ("Exports fail to arrest the decline", "Online retail sales fell again.", "no_action"),
        ("Striker charged by the FA over social media post", "He has until Friday to respond.", "no_action"),
        ("Viet Nam signs UN cybercrime convention", "Rights groups say bloggers were arrested.", "treaty_news"),
        ("Journalists gather for press freedom awards", "An arresting design won the blog prize.", "no_action"),
        ("Facebook launches new privacy tools", "Users can now review online activity.", "no_action"),
    ],
)
def test_ordinary_news_does_not_match(title: str, body: str, reason: str) -> None:
    """Ordinary crime, sport, health, economics, treaty and tech news are not arrest reports."""
    verdict = match_item(title, body)
    assert not verdict.matched
    assert verdict.reason == reason
    assert verdict.matched_terms == ()


@pytest.mark.parametrize(
    ("title", "body", "terms"),
    [
        ("Khởi tố blogger theo Điều 117", "Công an tỉnh Đồng Tháp bắt tạm giam ông A.", {"Khởi tố", "Điều 117"}),
        (
            "Bị bắt vì đăng tin giả trên Facebook",
            "Công an tỉnh Nghệ An tạm giữ ông B.",
            {"Bị bắt", "tin giả", "tạm giữ"},
        ),
        (
            "Truy tố nhà báo",
            "Viện kiểm sát truy tố theo Điều 331 vì lợi dụng các quyền tự do dân chủ.",
            {"Truy tố", "nhà báo", "Điều 331", "lợi dụng các quyền tự do dân chủ"},
        ),
        ("Xét xử người tuyên truyền chống Nhà nước", "Tòa tuyên án 8 năm tù.", {"Xét xử", "tuyên án", "năm tù"}),
    ],
)
def test_vietnamese_police_phrasing_matches(title: str, body: str, terms: set[str]) -> None:
    """Vietnamese reports match with their accented terms, language vi, and Viet Nam as the country."""
    verdict = match_item(title, body)
    assert verdict.matched
    assert terms <= set(verdict.matched_terms)
    assert verdict.language == "vi"
    assert verdict.country_code == "VNM"


def test_vietnamese_text_without_accents_still_matches() -> None:
    """Accents are folded (đ -> d), so unaccented Vietnamese matches the same vocabulary."""
    verdict = match_item("Khoi to blogger theo Dieu 117", "Cong an bat tam giam ong A vi dang tai bai viet.")
    assert verdict.matched
    assert {"Khoi to", "Dieu 117", "bat tam giam"} <= set(verdict.matched_terms)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Khởi tố đối tượng giết người", "Nạn nhân đăng tải bài viết trên Facebook."),
        ("Bắt giữ nhóm buôn lậu ma túy", "Thu giữ 20 bánh heroin."),
        ("Việt Nam ký Công ước chống tội phạm mạng", "Lễ ký diễn ra tại Hà Nội."),
    ],
)
def test_vietnamese_ordinary_news_does_not_match(title: str, body: str) -> None:
    """Vietnamese murder, drug and treaty news do not match."""
    assert not match_item(title, body).matched


@pytest.mark.parametrize(
    ("title", "body", "terms", "country"),
    [
        (
            "Un blogueur nigérian interpellé",
            "Il a été placé en garde à vue pour une publication sur Facebook.",
            {"interpellé", "placé en garde à vue", "blogueur"},
            "NGA",
        ),
        (
            "Tunisie : une journaliste condamnée en vertu du décret-loi 54",
            "Elle a été arrêtée pour des fausses nouvelles.",
            {"condamnée", "arrêtée", "journaliste", "décret-loi 54", "fausses nouvelles"},
            "TUN",
        ),
        (
            "Un militant mis en examen pour des messages sur les réseaux sociaux",
            "Le militant algérien est inculpé.",
            {"mis en examen", "inculpé", "militant", "réseaux sociaux"},
            "DZA",
        ),
    ],
)
def test_french_reports_match(title: str, body: str, terms: set[str], country: str) -> None:
    """French reports match with accents kept in the reported terms."""
    verdict = match_item(title, body)
    assert verdict.matched
    assert terms <= set(verdict.matched_terms)
    assert verdict.language == "fr"
    assert verdict.country_code == country


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Un suspect mis en examen pour meurtre", "La police avait lancé un appel sur Facebook."),
        ("Un arrêté préfectoral encadre les réseaux sociaux", "L'arrêté entre en vigueur lundi."),
        ("La France ratifie la convention sur la cybercriminalité", "Des journalistes ont été condamnés."),
    ],
)
def test_french_ordinary_news_does_not_match(title: str, body: str) -> None:
    """French murder news, a prefectoral decree (arrêté) and treaty news do not match."""
    assert not match_item(title, body).matched


@pytest.mark.parametrize(
    ("title", "body", "terms", "country"),
    [
        (
            "Periodista detenido en Pakistán",
            "Fue arrestado por publicar noticias falsas en redes sociales.",
            {"detenido", "arrestado", "Periodista", "noticias falsas", "redes sociales"},
            "PAK",
        ),
        (
            "Activista imputada por un tuit",
            "La activista nicaragüense fue procesada por ciberdelitos.",
            {"imputada", "procesada", "Activista", "tuit", "ciberdelitos"},
            "NIC",
        ),
        (
            "Condenado un hacker mexicano",
            "El joven fue condenado por hackeo de sitios del gobierno.",
            {"Condenado", "hacker", "hackeo"},
            "MEX",
        ),
    ],
)
def test_spanish_reports_match(title: str, body: str, terms: set[str], country: str) -> None:
    """Spanish reports match; demonyms and accented names find the country."""
    verdict = match_item(title, body)
    assert verdict.matched
    assert terms <= set(verdict.matched_terms)
    assert verdict.language == "es"
    assert verdict.country_code == country


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Detenidos por narcotráfico", "Coordinaban envíos de cocaína por WhatsApp."),
        ("Arrestado por robo de vehículos", "Vendía autos robados en internet."),
        ("Las exportaciones crecen", "El comercio en línea detuvo la caída."),
    ],
)
def test_spanish_ordinary_news_does_not_match(title: str, body: str) -> None:
    """Spanish drug, car-theft and economic news do not match."""
    assert not match_item(title, body).matched


def test_declared_language_wins_over_vocabulary() -> None:
    """The feed's <language> is used (normalised to BCP 47) when present."""
    verdict = match_item("Blogger arrested over Facebook posts", "", language="en-us")
    assert verdict.language == "en-US"


def test_invalid_declared_language_falls_back_to_detection() -> None:
    """A declared language that is not a BCP 47 tag is ignored."""
    verdict = match_item("Periodista detenido por un tuit", "Fue arrestado por la policía.", language="??")
    assert verdict.language == "es"


def test_default_country_applies_when_the_text_names_none() -> None:
    """A per-source default country is used only when the text names no country."""
    assert match_item("Blogger arrested over posts", "", default_country="KHM").country_code == "KHM"
    named = match_item("Thai blogger arrested over posts", "", default_country="KHM")
    assert named.country_code == "THA"


def test_feed_context_is_the_last_hint_for_the_country() -> None:
    """Without a mention or a default, the feed's own title names the country."""
    verdict = match_item("Blogger arrested over posts", "", feed_context="Dawn - Pakistan news")
    assert verdict.country_code == "PAK"
    assert match_item("Blogger arrested over posts", "").country_code is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hà Nội: blogger bị bắt vì bài viết trên Facebook", "VNM"),
        ("Periodista detenido en Pakistán por un tuit", "PAK"),
        ("Un blogueur nigérian interpellé pour un tweet", "NGA"),
        ("Un blogueur nigérien interpellé pour un tweet", "NER"),
        ("US journalist detained in Moscow, Russia over posts", "RUS"),
        ("Journalist detained in the U.S. over posts", "USA"),
        ("Journalist detained over posts in Kinshasa, DRC", "COD"),
    ],
)
def test_country_is_found_from_names_demonyms_and_capitals(text: str, country: str) -> None:
    """Names, demonyms and capitals in the four languages map to ISO alpha-3; the most named wins."""
    assert match_item(text, "").country_code == country


def test_news_agencies_do_not_count_as_a_country() -> None:
    """A wire credit (Agence France-Presse, Radio Free Asia) is not a mention of France or Asia."""
    verdict = match_item("Blogger arrested over posts", "Agence France-Presse reported the arrest.")
    assert verdict.country_code is None


@pytest.mark.parametrize(
    ("title", "terms"),
    [
        ("Police arrest man for TikTok video mocking the king", {"Police arrest", "TikTok"}),
        ("Viet Nam jails blogger for eight years over Facebook posts", {"jails", "blogger", "Facebook posts"}),
        ("Egypt detains journalist over report on prison conditions", {"detains", "journalist"}),
    ],
)
def test_present_tense_headlines_match(title: str, terms: set[str]) -> None:
    """Headline verbs in the present tense ("Police arrest", "jails", "detains") count as arrest actions."""
    verdict = match_item(title, "")
    assert verdict.matched
    assert terms <= set(verdict.matched_terms)


@pytest.mark.parametrize(
    "title",
    ["Overcrowded jails hold twice their capacity, report says", "Police arrest suspect in Lagos jewellery robbery"],
)
def test_present_tense_verbs_without_online_or_speech_context_do_not_match(title: str) -> None:
    """The new headline verbs still need a context: prisons and robberies are not arrest reports."""
    assert not match_item(title, "").matched


@pytest.mark.parametrize(
    ("title", "body", "verb"),
    [
        ("Venezuela: detienen a periodista por una publicación en Facebook", "", "detienen"),
        ("La policía detuvo al bloguero que criticó al alcalde", "", "detuvo"),
        ("Capturan a activista ambiental en Honduras", "", "Capturan"),
        ("Nicaragua: arrestan a dos periodistas independientes", "", "arrestan"),
        ("Imputan a un tuitero por noticias falsas", "", "Imputan"),
    ],
)
def test_spanish_active_voice_headlines_match(title: str, body: str, verb: str) -> None:
    """Spanish headlines say "detienen a", "detuvo", "capturan", "arrestan", "imputan": active verbs match too."""
    verdict = match_item(title, body)
    assert verdict.matched
    assert verb in verdict.matched_terms
    assert verdict.language == "es"


def test_a_spanish_active_verb_without_a_rights_context_does_not_match() -> None:
    """ "Detienen a un hombre por robo" names an arrest with no speech, journalism or activism: no report."""
    assert not match_item("Detienen a un hombre por robo de vehículos en Monterrey", "").matched


@pytest.mark.parametrize(
    ("title", "body", "terms"),
    [
        ("Campuchia bắt nhà hoạt động môi trường vì bài đăng trên Facebook", "", {"bắt nhà hoạt động"}),
        # the role inside a step that names it beside, counted: "bắt 15 nhà báo" ties its own "nhà báo"
        ("Lớp tập huấn bị giải tán, công an bắt 15 nhà báo", "", {"bắt 15 nhà báo", "nhà báo"}),
        ("Campuchia bắt 12 nhà hoạt động môi trường", "", {"bắt 12 nhà hoạt động"}),
        ("La Audiencia Nacional procesa a un rapero por sus tuits", "", {"procesa a", "rapero"}),
        ("Jueza envía a prisión preventiva a directora de medio digital", "", {"envía a prisión", "medio digital"}),
        ("Lecturer denied bail for third time in WhatsApp blasphemy case", "", {"denied bail"}),
        (
            "Kyrgyz NGO director charged under 'foreign representatives' law",
            "",
            {"charged under", "foreign representatives"},
        ),
        ("RDC : un militant inculpé pour « imputations dommageables »", "", {"inculpé", "imputations dommageables"}),
    ],
)
def test_arrests_told_with_less_common_verbs_and_laws_match(title: str, body: str, terms: set[str]) -> None:
    """'bắt' right before the one taken, 'procesa a', bail refused, foreign-agent laws and Central African press
    offences are arrest reports (a second blind batch found them unmatched)."""
    verdict = match_item(title, body)
    assert verdict.matched, verdict.reason
    assert terms <= set(verdict.matched_terms)


@pytest.mark.parametrize(
    "title",
    [
        "Thủ môn bắt penalty xuất sắc, đội nhà vào chung kết",
        "Công an bắt đầu chiến dịch tuyên truyền trên mạng xã hội",
        "Công an bắt 12 đối tượng lừa đảo qua mạng",
        "La empresa procesa datos de millones de usuarios en la nube",
    ],
)
def test_words_that_only_look_like_an_arrest_do_not_match(title: str) -> None:
    """'bắt penalty', 'bắt đầu' and 'procesa datos' are no arrest, whatever context follows."""
    assert not match_item(title, "").matched


@pytest.mark.parametrize(
    ("title", "terms"),
    [
        ("Egyptian human rights lawyer's passport confiscated at Cairo airport", {"passport confiscated"}),
        ("Ethiopian reporter held under hate speech law, denied lawyer for 12 days", {"held under", "reporter"}),
        (
            "RDC : interdiction de sortie du territoire pour un défenseur des droits humains",
            {"interdiction de sortie du territoire"},
        ),
        ("Denuncian penalmente a investigador de seguridad que reveló una falla", {"Denuncian penalmente"}),
        ("Fiscalía allana la redacción de un diario en Guatemala", {"allana", "redacción de un diario"}),
        ("Nhà hoạt động môi trường bị cấm xuất cảnh tại sân bay", {"cấm xuất cảnh", "Nhà hoạt động"}),
        ("Kỹ sư bảo mật bị khởi tố vì công bố lỗ hổng của ứng dụng ngân hàng", {"khởi tố", "Kỹ sư bảo mật"}),
    ],
)
def test_travel_bans_newsroom_raids_and_complaints_match(title: str, terms: set[str]) -> None:
    """A third blind batch: travel bans, 'held under' a law, a criminal complaint against a researcher, a newsroom
    raided, a security engineer prosecuted were not emitted at all."""
    verdict = match_item(title, "")
    assert verdict.matched, verdict.reason
    assert terms <= set(verdict.matched_terms)


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "Radio broadcaster shot dead in Mindanao days after exposé on illegal logging", ""),
        ("en", "Dalit rights activist dies in police custody, family alleges torture", ""),
        ("fr", "Un journaliste abattu à Ouagadougou après ses articles critiques", ""),
        ("fr", "RDC : un défenseur des droits humains meurt en détention à Kinshasa", ""),
        ("es", "Asesinan a periodista en Guerrero; cubría desapariciones en la región", ""),
        ("es", "Muere bajo custodia un activista detenido tras publicar un video", ""),
        ("vi", "Nhà báo bị bắn chết trước cửa nhà ở Mindanao", ""),
        ("vi", "Nhà hoạt động tử vong trong trại tạm giam sau ba tháng bị bắt", ""),
    ],
)
def test_a_journalist_or_activist_killed_or_dead_in_custody_is_reported(language: str, title: str, body: str) -> None:
    """Blind analysts alert on journalists killed and detainees dead in custody; the watcher read neither as an arrest
    report, so the classifier never saw them. It emits them (the classifier judges)."""
    assert match_item(title, body, language=language).matched


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Veteran journalist killed in road accident on the Pan-American Highway"),
        ("en", "Man shot dead in bar brawl; police hunt two suspects"),
        ("es", "Asesinan a comerciante en Acapulco; la Fiscalía investiga"),
        ("fr", "Un commerçant abattu lors d'un braquage à Abidjan"),
    ],
)
def test_a_killing_with_no_journalist_or_activist_or_an_accident_is_not(language: str, title: str) -> None:
    """A killing counts only next to a strong context (a journalist, an activist): a shopkeeper shot in a robbery is
    crime news, a journalist killed on the road no attack."""
    assert not match_item(title, "", language=language).matched
