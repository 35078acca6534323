"""Blind batches S92 (a regional press digest), S93 and S94 (look-alikes that must not raise an alarm), S95 (an
analyst's inbox for 6 December), S96 (the rights beat's genres, a third time), S97 (what follows a case), S98 (an
inbox for 7 December) and S99 (claims, denials, rumours and corrections).

S93 and S94 showed that a step can be what a report commemorates rather than one taken: "vigil marks second
anniversary of blogger's sentence", "1,000 days since … founder's arrest", "candles for jailed blogger", "nhân 10 năm
ngày … bị kết án". A genre phrase that holds the step says what it is (`findings`: the step inside goes), so such a
headline frames its report (`framed-title`). The same batches' look-alikes (a self-styled researcher who extorted, a
ransomware crew that broke in through a flaw, a reporter caught in a bribery sting, an NGO's own board finding its
director took the money) keep their crime's words; the cases they resemble (a court ordering an outlet to take its
reporting down, a student charged after warning of a leak) are read.
"""

import pytest

from tests.classifier.factories import judged, reported_and_relevant
from tocsin_classifier.findings import read_signals
from tocsin_lexicon import Signal

COMMEMORATIONS = [
    pytest.param(
        "en",
        "Five years on, candles for jailed Hanoi blogger outside embassy",
        "Around forty people held a vigil in Canberra marking the anniversary of the arrest of a Vietnamese blogger"
        " serving nine years under Article 117. Organisers read out letters from her family.",
        id="en-candles-for-jailed",
    ),
    pytest.param(
        "en",
        "Supporters mark 1,000 days since Guatemalan newspaper founder's arrest with vigil",
        "About 200 people gathered outside the Palace of Justice in Guatemala City on Saturday carrying photographs of"
        " newspaper founder Rodrigo Estrada Pineda. Organisers read messages of support from press groups across the"
        " region.",
        id="en-days-since-arrest",
    ),
    pytest.param(
        "vi",
        "Cộng đồng người Việt ở Westminster cầu nguyện nhân 10 năm ngày blogger Điếu Cày Mới bị kết án",
        "Hàng trăm người đã tham dự buổi thắp nến tại Little Saigon chiều thứ Bảy, nhắc lại phiên tòa năm 2016 và những"
        " bài viết khiến ông bị kết án theo Điều 88 cũ. Ban tổ chức kêu gọi tiếp tục viết thư gửi các dân biểu Hoa Kỳ.",
        id="vi-nam-ngay-bi-ket-an",
    ),
    pytest.param(
        "fr",
        "JCC 2026 : « Le Silence des ondes », sur un journaliste emprisonné, remporte le Tanit d'or",
        "Le long-métrage de la réalisatrice Leïla Ferchichi suit un animateur radio arrêté après une émission"
        " satirique, et sa famille pendant les mois de procès. Le jury a salué « un film courageux sur la parole"
        " confisquée ».",
        id="fr-film-plot",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), COMMEMORATIONS)
def test_a_step_commemorated_or_told_in_a_plot_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())


def test_a_genre_phrase_holding_a_step_says_what_the_step_is() -> None:
    signals = read_signals("Vigil in Bangkok marks second anniversary of blogger's lese majeste sentence", "en")
    assert signals.phrases(Signal.GENRE)
    assert not signals.phrases(Signal.ARREST)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Police detain blogger at vigil marking anniversary of his brother's arrest",
            "Officers took the blogger, who had livestreamed the gathering, to a police station in Hanoi.",
            id="en-arrested-at-the-vigil",
        ),
        pytest.param(
            "es",
            "Detienen a periodista durante vigilia por el aniversario de la detención de su colega",
            "Agentes de la policía se llevaron al reportero mientras transmitía en vivo la vigilia frente a la cárcel.",
            id="es-detained-at-the-vigil",
        ),
    ],
)
def test_a_step_taken_at_a_commemoration_is_still_a_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary)[0]


LOOK_ALIKES = [
    pytest.param(
        "en",
        "'Ethical hacker' who demanded bitcoin from Lagos fintech charged under Cybercrimes Act",
        "A 27-year-old who described himself as a security researcher was arraigned at the Federal High Court in Lagos"
        " for unauthorised access and extortion after emailing a payments firm that he would leak its customer records"
        " unless paid $40,000 in bitcoin. Prosecutors said he never reported the flaw to the company.",
        id="en-self-styled-researcher-extorted",
    ),
    pytest.param(
        "es",
        "PDI detiene a 'hacker' que secuestró los servidores de una cadena de farmacias y exigió US$ 200 mil en"
        " bitcoins",
        "Según la fiscal, el imputado, de 24 años, entró por una vulnerabilidad del portal de proveedores, cifró los"
        " sistemas y amenazó con filtrar los datos de los clientes si no se pagaba el rescate.",
        id="es-ransomware-through-a-flaw",
    ),
    pytest.param(
        "en",
        "TV reporter caught taking Rs 5 lakh from contractor in ACB trap",
        "Telangana's Anti-Corruption Bureau arrested the Hyderabad channel's district reporter as he accepted marked"
        " notes from a road contractor to drop a story about substandard work. The handover was recorded on video.",
        id="en-bribery-sting",
    ),
    pytest.param(
        "en",
        "Head of Amman media-freedom NGO resigns after audit finds misused donor funds",
        "The board of the Centre for Journalists' Rights said an external audit found that executive director Rami"
        " Haddad had charged about JD 85,000 in personal expenses to European grants. Haddad, a prominent critic of the"
        " 2023 Cybercrimes Law, repaid part of the sum and stepped down.",
        id="en-ngo-audit",
    ),
    pytest.param(
        "en",
        "Kenyan student who found bank app flaw gets Sh300,000 reward, not charges",
        "Fourth-year computer science student Kevin Otieno reported a vulnerability in a lender's mobile app through"
        " its bug bounty programme; the bank fixed it within days and thanked him publicly.",
        id="en-reward-not-charges",
    ),
    pytest.param(
        "fr",
        "Nantes : un militant écologiste condamné à six mois avec sursis pour avoir frappé un vigile",
        "Le tribunal correctionnel a retenu les images de vidéosurveillance montrant le prévenu asséner plusieurs coups"
        " à l'agent de sécurité d'un supermarché, en dehors de toute action militante.",
        id="fr-activist-struck-a-guard",
    ),
    pytest.param(
        "vi",
        "Bộ VHTTDL trao giấy phép hoạt động cho 5 cơ quan báo chí hình thành sau sắp xếp, hợp nhất",
        "Cục Báo chí đồng thời thu hồi giấy phép của các tạp chí cũ đã chấm dứt hoạt động theo đề nghị của cơ quan chủ"
        " quản.",
        id="vi-licences-after-mergers",
    ),
    pytest.param(
        "es",
        "Madre buscadora encabeza marcha en Hermosillo; Fiscalía detiene a dos por la desaparición de su hijo",
        "Cecilia Ramos, fundadora en 2015 del colectivo Rastreadoras del Desierto, encabezó el domingo una marcha en"
        " Hermosillo. Horas después, la Fiscalía de Sonora informó de la detención de dos hombres presuntamente"
        " implicados en la desaparición de su hijo Marco Antonio, ocurrida en 2019.",
        id="es-two-held-for-her-sons-disappearance",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), LOOK_ALIKES)
def test_look_alikes_keep_their_crimes_words(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())


CASES = [
    pytest.param(
        "es",
        "Juez de Cajamarca ordena a radio y portal retirar reportajes sobre derrame en proyecto minero",
        "La medida cautelar, dictada a pedido de la empresa minera, obliga a Radio Cumbe y al portal El Fiscalizador"
        " Andino a eliminar tres informes sobre la contaminación del río.",
        {"press-freedom", "free-expression"},
        id="es-radio-and-portal-ordered",
    ),
    pytest.param(
        "es",
        "Un juzgado de Madrid ordena a un digital retirar su investigación sobre contratos sanitarios y revelar quién"
        " le filtró los correos",
        "El auto, dictado como medida cautelar a petición de la empresa adjudicataria, obliga a la redacción de Crónica"
        " Sur a despublicar tres piezas en 48 horas y a identificar a su fuente.",
        {"press-freedom"},
        id="es-a-digital-ordered",
    ),
    pytest.param(
        "en",
        "Specialized Criminal Court hands retired Qassim teacher 20 years over tweets and YouTube comments",
        "",
        {"free-expression"},
        id="en-hands-20-years",
    ),
    pytest.param(
        "vi",
        'Bắt người phụ nữ ở Cần Thơ "lợi dụng các quyền tự do dân chủ" đăng video xuyên tạc lên TikTok',
        "",
        {"free-expression"},
        id="vi-bat-nguoi-phu-nu",
    ),
    pytest.param(
        "en",
        "San Salvador prosecutors search offices of rights NGO after it refuses to register as 'foreign agent'",
        "The Fiscalía General took computers and financial records from the Fundación Tierra Viva, days after the"
        " Registry of Foreign Agents ordered its bank accounts frozen under the Foreign Agents Law.",
        {"human-rights-defenders", "surveillance"},
        id="en-ngo-offices-searched",
    ),
    pytest.param(
        "en",
        "Student who warned county about data leak now faces cybercrime charges",
        "He was arrested weeks later and charged with unauthorised access under the Computer Misuse and Cybercrimes"
        " Act.",
        {"security-research"},
        id="en-warned-of-a-leak",
    ),
    pytest.param(
        "es",
        "Análisis forense confirma Pegasus en los teléfonos de una defensora de desaparecidos y de un periodista de"
        " Sinaloa",
        "Citizen Lab y la organización R3D verificaron al menos siete infecciones entre 2022 y 2023.",
        {"surveillance"},
        id="es-pegasus-on-the-phones-of",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "tags"), CASES)
def test_the_cases_they_resemble_are_read(language: str, title: str, summary: str, tags: set[str]) -> None:
    assert tags <= reported_and_relevant(language, title, summary)


# S96, S97: a step said not to have happened, a civil award, a platform's own rules
NO_STEP = [
    pytest.param(
        "en",
        "Fact check: Video does not show arrest of Abuja reporter under Cybercrimes Act",
        "A clip shared more than 40,000 times claims police arrested Premium Herald reporter Tunde Alao on Monday over"
        " a report on fuel subsidies. The footage was filmed during the 2020 #EndSARS protests in Lekki.",
        id="en-fact-check",
    ),
    pytest.param(
        "fr",
        "Non, le caricaturiste Amine Lounes n'a pas été arrêté, selon son journal",
        "",
        id="fr-fact-check",
    ),
    pytest.param(
        "es",
        "Condenan a un empresario a indemnizar con $15 millones a una periodista por injurias en X",
        "La Cámara Nacional de Apelaciones en lo Civil confirmó el resarcimiento a favor de la conductora radial Lorena"
        " Battaglia, a quien el empresario había llamado 'operadora a sueldo' en una serie de posteos.",
        id="es-civil-award",
    ),
    pytest.param(
        "es",
        "YouTube cierra el canal de un comunicador hondureño por desinformación médica; él denuncia 'censura'",
        "La plataforma alegó reiteradas infracciones de sus políticas sobre información médica falsa tras varios videos"
        " que promovían el consumo de dióxido de cloro.",
        id="es-platform-closes-a-channel",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), NO_STEP)
def test_a_step_denied_a_civil_award_or_a_platforms_rule_is_no_case(language: str, title: str, summary: str) -> None:
    assert not judged(language, title, summary)[0]


STEPS_IN_A_GENRE_OR_AFTER_A_CASE = [
    pytest.param(
        "fr",
        "Classement RSF : l'Algérie stagne, le correspondant de l'ONG retenu six heures à l'aéroport d'Alger",
        "La police des frontières a saisi son ordinateur et son téléphone, dont elle a exigé le code de"
        " déverrouillage.",
        {"press-freedom", "surveillance"},
        id="fr-held-at-the-airport-on-the-index-day",
    ),
    pytest.param(
        "fr",
        "Rabat : la présentation du rapport annuel de l'AMDH empêchée, des ordinateurs saisis",
        "Des agents en civil ont bloqué jeudi l'accès au siège de l'Association marocaine des droits humains, où"
        " devait se tenir la conférence de presse.",
        {"human-rights-defenders"},
        id="fr-seat-blocked-on-the-report-day",
    ),
    pytest.param(
        "en",
        "Nairobi weekly ordered to reveal source of leaked procurement memo",
        "The High Court directed the editor of The Lakeside Observer to disclose within 14 days who gave the paper an"
        " internal Treasury memo on a tender.",
        {"press-freedom"},
        id="en-source-to-be-named",
    ),
    pytest.param(
        "en",
        "X withholds posts of Kashmir journalist in India following government orders",
        "X said it had received blocking orders from the Ministry of Electronics and IT under Section 69A of the IT"
        " Act.",
        {"press-freedom"},
        id="en-posts-withheld-on-order",
    ),
    pytest.param(
        "fr",
        "Sénégal : Meta a restreint des publications du journaliste Babacar Ndiaye à la demande du gouvernement",
        "Le groupe américain indique avoir bloqué localement trois vidéos du directeur du site après une requête du"
        " ministère de la Communication.",
        {"press-freedom"},
        id="fr-posts-restricted-on-request",
    ),
    pytest.param(
        "en",
        "Budapest court clears student who reported flaw in transit ticketing app",
        "",
        {"security-research"},
        id="en-cleared-after-reporting-a-flaw",
    ),
    pytest.param(
        "fr",
        "Maroc : la Cour de cassation rejette le pourvoi du youtubeur Hamza Tazi, condamné à quatre ans pour ses"
        " vidéos",
        "",
        {"free-expression"},
        id="fr-sentence-upheld-over-videos",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "tags"), STEPS_IN_A_GENRE_OR_AFTER_A_CASE)
def test_a_step_told_in_a_genre_or_after_a_case_is_read(
    language: str, title: str, summary: str, tags: set[str]
) -> None:
    assert tags <= reported_and_relevant(language, title, summary)


# S99: a step that is a rumour's, a claim's or a denial's (a genre phrase holding the step, or a denial hiding it)
DENIED = [
    pytest.param(
        "en",
        "Exiled Cambodian activist says 'arrest' posts came from an impostor account",
        "A Facebook page using the name and photos of Sok Dara announced on Sunday that she had been detained at Phnom"
        " Penh airport. Dara, who lives in Melbourne, said the page was fake, that she had not travelled and was safe.",
        id="en-impostor-account",
    ),
    pytest.param(
        "en",
        "Amman journalist denies being arrested under Cybercrimes Law: 'I was never even summoned'",
        "",
        id="en-denies-being-arrested",
    ),
    pytest.param(
        "fr",
        "« Je suis libre et à Marseille » : le blogueur tunisien Mehdi Ferchichi dément la rumeur de son arrestation",
        "Des pages Facebook affirmaient depuis jeudi qu'il avait été interpellé à l'aéroport de Tunis-Carthage et"
        " poursuivi sur la base du décret-loi 54.",
        id="fr-rumour-denied",
    ),
    pytest.param(
        "fr",
        "Manifestation à Bruxelles : la police dément avoir arrêté un photographe de presse",
        "Une publication virale affirmait qu'un photojournaliste avait été menotté place du Luxembourg. La police"
        " précise que l'homme interpellé, sans lien avec la presse, est soupçonné d'avoir dérobé un appareil photo.",
        id="fr-police-deny-a-press-arrest",
    ),
    pytest.param(
        "es",
        "Rectificación: el abogado de derechos humanos Esteban Pardo no fue detenido en Bogotá",
        "En una versión anterior de esta nota se informó que Pardo había sido capturado por la Policía. En realidad, el"
        " abogado acudió a la Fiscalía a radicar una denuncia y salió por sus propios medios.",
        id="es-correction",
    ),
    pytest.param(
        "vi",
        "Luật sư Trịnh Hữu Nghĩa: 'Tôi không bị tạm giữ, chỉ lỡ chuyến bay nên vắng mặt tại phiên tòa'",
        "",
        id="vi-not-held",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), DENIED)
def test_a_step_rumoured_claimed_or_denied_is_no_case(language: str, title: str, summary: str) -> None:
    assert not judged(language, title, summary)[0]


@pytest.mark.parametrize(
    ("language", "title", "summary", "tags"),
    [
        pytest.param(
            "fr",
            "Bénin : l'arrestation de l'activiste Romaric Agossa, d'abord qualifiée de rumeur, confirmée par son"
            " avocat",
            "Son interpellation a bien eu lieu : l'activiste a été déféré devant la CRIET pour harcèlement par le biais"
            " d'une communication électronique, après une série de publications dénonçant la vie chère.",
            {"human-rights-defenders"},
            id="fr-rumour-confirmed",
        ),
        pytest.param(
            "fr",
            "Togo : le rappeur Kossi « K-Dro » Amévor interpellé à Lomé après la sortie de son titre « Mandat sans"
            " fin »",
            "",
            {"free-expression"},
            id="fr-rapper-after-his-song",
        ),
    ],
)
def test_a_step_confirmed_after_a_rumour_is_a_case(language: str, title: str, summary: str, tags: set[str]) -> None:
    assert tags <= reported_and_relevant(language, title, summary)
