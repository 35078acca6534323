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


# The twenty-ninth review: 60 adversarial probes on this session's phrases (46 right before its fixes)
REVIEW_29 = [
    (
        "en",
        "Journalist arrested in Lahore for spreading 'rumours' about army chief under PECA 26-A",
        "FIA officials said Daily Indus Voice reporter Adeel Qureshi shared rumours about the general's health on X "
        "and was taken into custody on Tuesday.",
        True,
    ),
    (
        "en",
        "Thai activist re-arrested on anniversary of her first lese majeste arrest",
        "Police detained Pimchanok Wongsa at her Bangkok home on Friday over new Facebook posts, a year to the day "
        "after her first arrest under Section 112.",
        True,
    ),
    (
        "en",
        "Supporters light candles outside Hoa Lo prison for jailed Hanoi blogger on 800th day behind bars",
        "About thirty friends of Nguyen Van Duc gathered on Sunday evening; no new hearing has been scheduled in "
        "his Article 117 case.",
        False,
    ),
    (
        "en",
        "Kenyan blogger says he was never held by police, calls arrest posts fake",
        "Otieno Kamau said in a video on Sunday that he had not been detained and that claims circulating on X were "
        "invented by a parody account.",
        False,
    ),
    (
        "en",
        "Police deny detaining Abuja reporter, but his lawyer says he has been held incommunicado for six days",
        "The DSS spokesman denied the arrest; the lawyer of Chinedu Okafor, who wrote about fuel subsidy fraud, "
        "says he saw him through a window at the agency's Abuja office.",
        True,
    ),
    (
        "en",
        "Court orders newspaper editor to disclose source of leaked Treasury audit",
        "The Nairobi High Court gave the editor of The Coast Ledger 14 days to name who gave the paper the "
        "document, or face contempt proceedings.",
        True,
    ),
    (
        "en",
        "X blocks accounts of two Kashmiri journalists in India after government demand",
        "The platform said it had acted on legal orders from India's IT ministry under Section 69A and disagreed "
        "with them.",
        True,
    ),
    (
        "en",
        "Delhi High Court issues blocking order against 40 pirate cricket streaming sites",
        "The order, sought by the tournament's broadcaster, directs internet providers to block the domains within "
        "48 hours.",
        False,
    ),
    (
        "en",
        "Self-described ethical hacker jailed for demanding $50,000 from Manila hospital after breaching its records",
        "A Quezon City court convicted Paolo Reyes under the Cybercrime Prevention Act; he never reported the "
        "intrusion and threatened to publish patient files.",
        False,
    ),
    (
        "en",
        "Researcher charged with extortion after asking bank for bug bounty for flaw he reported",
        "Prosecutors in Lagos say Emeka Nwosu's request for payment, sent with his vulnerability report to the "
        "bank, amounted to extortion under the Cybercrimes Act.",
        True,
    ),
    (
        "en",
        "Rights group director quits after board-commissioned audit finds misused donor funds",
        "The board of Open Delta Watch said it would refer the findings to Nigeria's Economic and Financial Crimes "
        "Commission.",
        False,
    ),
    (
        "en",
        "Columnist arrested over report that governor billed personal expenses to the state",
        "Police in Kano detained Musa Bello under the Cybercrimes Act's cyberstalking section after his column on "
        "the governor's travel claims.",
        True,
    ),
    (
        "en",
        "High Court orders columnist to pay damages and bars her paper from publishing further articles on senator",
        "The Nairobi court also barred The Rift Times from running any further reports on Senator Wanjiru's land "
        "deals pending trial.",
        True,
    ),
    (
        "en",
        "Court keeps suspected drug kingpin in custody for three more months",
        "Magistrates in Lagos extended the remand of the alleged head of a methamphetamine network while NDLEA "
        "investigations continue.",
        False,
    ),
    (
        "en",
        "Berlinale drama follows Vietnamese blogger jailed under Article 117",
        "Director Linh Tran's film follows a Hanoi blogger arrested for Facebook posts and held for months without "
        "a lawyer.",
        False,
    ),
    (
        "fr",
        "Un journaliste condamné à un an de prison pour « propagation de rumeurs » en vertu du décret-loi 54",
        "Le tribunal de première instance de Tunis a jugé Karim Ben Salah pour une chronique radio sur les pénuries "
        "de médicaments.",
        True,
    ),
    (
        "fr",
        "Un an après son arrestation, le blogueur Idrissa Koné condamné à cinq ans de prison",
        "Le tribunal de Bamako l'a reconnu coupable d'« atteinte au crédit de l'État » pour des vidéos publiées sur "
        "TikTok.",
        True,
    ),
    (
        "fr",
        "Le blogueur n'a pas été arrêté mais inculpé pour ses publications, précise son avocat",
        "Convoqué par la Division des investigations criminelles à Dakar, Ousmane Diallo a été inculpé pour "
        "diffusion de fausses nouvelles et placé sous contrôle judiciaire.",
        True,
    ),
    (
        "fr",
        "Le défenseur des droits humains Yassine Bouzid bloqué six heures à l'aéroport d'Alger puis refoulé",
        "La police des frontières lui a confisqué son passeport sans lui notifier de décision, selon la Ligue "
        "algérienne de défense des droits de l'homme.",
        True,
    ),
    (
        "fr",
        "Un juge d'instruction de Rabat ordonne à l'hebdomadaire L'Écho du Sahel de révéler ses sources",
        "Le magistrat exige l'identité de la personne qui a transmis au journal des documents sur des marchés "
        "publics du ministère de l'Équipement.",
        True,
    ),
    (
        "fr",
        "Meta restreint l'accès aux publications d'un journaliste algérien à la demande des autorités",
        "Trois articles de Sofiane Merabet partagés sur Facebook ne sont plus visibles en Algérie depuis mardi, a "
        "confirmé l'entreprise.",
        True,
    ),
    (
        "fr",
        "Des policiers en civil bloquent l'entrée du siège de la Ligue tunisienne des droits de l'homme",
        "Les membres du bureau exécutif n'ont pas pu accéder à leurs locaux à Tunis jeudi, à la veille d'une "
        "conférence de presse.",
        True,
    ),
    (
        "fr",
        "Le réalisateur du film, qui suit un journaliste emprisonné, arrêté à son tour à Alger",
        "Le cinéaste Amine Haddad a été placé en garde à vue à son retour du festival de Carthage pour « atteinte à "
        "l'unité nationale », selon son avocat.",
        True,
    ),
    (
        "fr",
        "Des passagers d'Air Algérie retenus huit heures à l'aéroport d'Orly après une panne",
        "La compagnie a promis des bons de repas et un vol de remplacement dans la nuit.",
        False,
    ),
    (
        "fr",
        "L'interpellation d'un cambrioleur filmée par des voisins à Marseille fait le tour des réseaux",
        "L'homme, recherché pour une série de vols dans des appartements, a été placé en garde à vue.",
        False,
    ),
    (
        "fr",
        "Intox : l'humoriste tunisien Slim Gharbi n'est pas en prison",
        "La vidéo de son « arrestation » qui circule date de 2019 ; l'artiste s'est produit samedi soir à Sousse.",
        False,
    ),
    (
        "fr",
        "Le parquet de Dakar dément l'arrestation de la chroniqueuse Aïssatou Ndiaye",
        "Aucune procédure n'est ouverte contre elle, précise le procureur, qui évoque un faux compte.",
        False,
    ),
    (
        "fr",
        "Mille jours de détention pour le journaliste Ahmed Farès : une veillée à Paris",
        "Une centaine de personnes se sont réunies place de la République ; aucune date de procès n'a été fixée.",
        False,
    ),
    (
        "fr",
        "Un audit commandé par son conseil d'administration révèle que la présidente d'une ONG ivoirienne a "
        "détourné 80 000 euros",
        "Le conseil a porté plainte et suspendu la dirigeante de l'association.",
        False,
    ),
    (
        "fr",
        "Dans « Silence radio », la réalisatrice met en scène un animateur arrêté après une émission satirique",
        "Le long-métrage de la Tunisienne Leïla Ben Amor sort en salles mercredi.",
        False,
    ),
    (
        "es",
        "Detienen a tuitero en Managua por 'difundir rumores' sobre la salud de Ortega",
        "La Policía Nacional lo acusó de propagar noticias falsas bajo la Ley Especial de Ciberdelitos.",
        True,
    ),
    (
        "es",
        "A un año del arresto, condenan a ocho años de prisión al periodista nicaragüense Mario Quiñónez",
        "Un juez de Managua lo declaró culpable de propagación de noticias falsas por sus transmisiones en Facebook.",
        True,
    ),
    (
        "es",
        "El periodista no fue detenido, pero la Fiscalía lo imputó por incitación al odio por sus tuits",
        "El reportero venezolano Luis Ferrer quedó con régimen de presentación cada 15 días bajo la Ley contra el "
        "Odio.",
        True,
    ),
    (
        "es",
        "Tribunal exige al semanario El Centinela revelar quién le filtró los contratos del ministerio",
        "Una jueza de Tegucigalpa dio cinco días al medio para identificar a su fuente o enfrentar desacato.",
        True,
    ),
    (
        "es",
        "Imputan a estudiante que reportó una falla en el portal del SAT; la fiscalía dice que 'aprovechó una "
        "vulnerabilidad'",
        "Diego Salas había avisado por correo al organismo mexicano antes de que lo acusaran de acceso ilícito a "
        "sistemas.",
        True,
    ),
    (
        "es",
        "Detienen a periodista y a activista en Matagalpa y los acusan a los dos por difundir noticias falsas",
        "La Policía Nacional se llevó a ambos de sus casas tras publicaciones en Facebook sobre la represión.",
        True,
    ),
    (
        "es",
        "Defensora cubana cumple 40 días presa sin que su familia sepa dónde está ni su abogado pueda verla",
        "Yanet Robaina, del colectivo Mujeres por la Libertad, fue detenida tras convocar una protesta por WhatsApp.",
        True,
    ),
    (
        "es",
        "Es falso que el periodista Andrés Lobo esté preso: el video es de 2019",
        "El comunicador venezolano publicó este martes desde Caracas y dijo que nunca ha sido citado por el Sebin.",
        False,
    ),
    (
        "es",
        "A dos años de la detención del periodista Óscar Reyes, colegas marchan en Managua",
        "Familiares y reporteros pidieron su liberación; el caso no registra novedades judiciales.",
        False,
    ),
    (
        "es",
        "Grupo radial cierra Radio Sabor 95.3 por pérdidas y despide a 30 empleados",
        "La emisora de Barquisimeto dejará de transmitir el 1 de marzo, informó la empresa.",
        False,
    ),
    (
        "es",
        "Detienen a hacker que vendía datos del Registro Nacional de las Personas en la dark web",
        "La Fiscalía de Honduras dice que ofrecía los registros de 4 millones de ciudadanos por Telegram.",
        False,
    ),
    (
        "es",
        "Trasladan al cabecilla de Los Lobos a destino desconocido tras motín en Guayaquil",
        "El Gobierno de Ecuador dijo que el traslado responde a razones de seguridad.",
        False,
    ),
    (
        "es",
        "Condenan a un diputado a indemnizar a una periodista por insultarla en televisión",
        "Un juzgado civil de Lima fijó el resarcimiento en 50.000 soles.",
        False,
    ),
    (
        "es",
        "La película sigue a un reportero detenido por el Sebin y se estrena en San Sebastián",
        "La cinta de la directora venezolana Paula Ríos compite en la sección Horizontes Latinos.",
        False,
    ),
    (
        "es",
        "Auditoría revela que directora de ONG hondureña pagó gastos personales con donaciones",
        "La junta directiva de la organización la separó del cargo y presentó una denuncia ante el Ministerio Público.",
        False,
    ),
    (
        "vi",
        "Sau năm ngày bị tạm giữ, nhà hoạt động Trần Minh Khoa bị bắt tạm giam vì bài đăng Facebook",
        "Công an tỉnh Nghệ An khởi tố ông Khoa theo Điều 331 Bộ luật Hình sự.",
        True,
    ),
    (
        "vi",
        "Bắt người phụ nữ tung tin đồn thất thiệt về dịch bệnh trên Facebook",
        "Công an TP Cần Thơ khởi tố bà theo Điều 288 về đưa thông tin trái phép lên mạng máy tính.",
        True,
    ),
    (
        "vi",
        "Nhà báo Lê Quang Vinh không bị tạm giữ nhưng bị khởi tố theo Điều 331, cấm đi khỏi nơi cư trú",
        "Cơ quan điều tra Công an Hà Nội cho biết ông bị điều tra vì loạt bài đăng trên trang cá nhân.",
        True,
    ),
    (
        "vi",
        "Công an bác tin đồn về vụ bắt giữ, nhưng xác nhận đã khởi tố blogger Phạm Thu Hà theo Điều 117",
        "Bà Hà bị cáo buộc tuyên truyền chống Nhà nước qua các video trên YouTube.",
        True,
    ),
    (
        "vi",
        "Sinh viên báo lỗ hổng cho trường bị khởi tố vì 'xâm nhập trái phép hệ thống'",
        "Công an Đà Nẵng khởi tố sinh viên Võ Thanh Tùng theo Điều 289 dù em đã gửi email báo lỗi cho phòng đào tạo.",
        True,
    ),
    (
        "vi",
        "Facebook chặn bài viết của nhà báo Đỗ Minh theo yêu cầu của Bộ Thông tin và Truyền thông",
        "Ba bài viết về vụ thu hồi đất ở Đồng Nai không còn hiển thị tại Việt Nam từ thứ Ba.",
        True,
    ),
    (
        "vi",
        "Ba tháng sau khi bị bắt, gia đình vẫn không biết nhà hoạt động môi trường Đặng Văn Lực bị giam ở đâu",
        "Luật sư của ông nói đã ba lần đề nghị gặp thân chủ nhưng đều bị từ chối.",
        True,
    ),
    (
        "vi",
        "Công an bác bỏ thông tin blogger Nguyễn Hữu Tài bị bắt",
        "Đại diện Công an TP.HCM khẳng định không có quyết định tố tụng nào liên quan đến người này.",
        False,
    ),
    (
        "vi",
        "Tròn ba năm kể từ khi blogger Vũ Thị Lan bị tạm giam, bạn bè thắp nến cầu nguyện",
        "Vụ án theo Điều 117 của bà Lan vẫn chưa được đưa ra xét xử.",
        False,
    ),
    (
        "vi",
        "Bắt người phụ nữ trộm xe máy ở chợ Bến Thành",
        "Công an quận 1 đã thu giữ chiếc xe và lập hồ sơ xử lý.",
        False,
    ),
    (
        "vi",
        "Khởi tố nhóm đối tượng bán dữ liệu cá nhân của 10 triệu khách hàng qua Telegram",
        "Công an TP Hà Nội cho biết nhóm này thu lợi hàng tỷ đồng.",
        False,
    ),
    (
        "vi",
        "Thu hồi giấy phép ba tạp chí theo lộ trình sắp xếp cơ quan báo chí",
        "Bộ Thông tin và Truyền thông cho biết các tạp chí này được sáp nhập vào cơ quan chủ quản mới.",
        False,
    ),
    (
        "vi",
        "Phim về nhà báo bị bắt đoạt giải tại Liên hoan phim Busan",
        "Bộ phim của đạo diễn Hà Linh kể về một phóng viên bị bắt giam sau loạt bài điều tra tham nhũng.",
        False,
    ),
    (
        "vi",
        "Kiểm toán phát hiện giám đốc một tổ chức phi chính phủ dùng tiền tài trợ chi tiêu cá nhân",
        "Hội đồng quản trị đã đình chỉ công tác bà giám đốc và chuyển hồ sơ cho cơ quan công an.",
        False,
    ),
    (
        "vi",
        "Clip 'nhà báo bị còng tay' lan truyền là cảnh diễn tập của công an",
        "Công an tỉnh Bình Dương cho biết đoạn video được quay trong buổi diễn tập phòng chống khủng bố.",
        False,
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "relevant"), REVIEW_29)
def test_what_the_twenty_ninth_review_found(language: str, title: str, summary: str, relevant: bool) -> None:
    assert judged(language, title, summary)[0] is relevant


# S102 (an inbox for 9 December): a sentence being served is what a vigil recalls; a fine upheld against a programmer
# who reported a flaw is a case
@pytest.mark.parametrize(
    ("language", "title", "summary", "relevant"),
    [
        pytest.param(
            "en",
            "Supporters mark 1,000 days since Cambodian union leader's jailing",
            "About 200 garment workers and members of rights groups gathered in Phnom Penh on Tuesday holding portraits"
            " of Sok Chanthy, who is serving a five-year sentence for incitement.",
            False,
            id="en-days-since-jailing",
        ),
        pytest.param(
            "en",
            "German court upholds fine against programmer who reported exposed password in shop software",
            "The Aachen regional court confirmed a fine for unauthorised data access against a freelance developer who"
            " found a hard-coded database password in a vendor's software and reported the flaw to the company.",
            True,
            id="en-fine-upheld-after-reporting-a-flaw",
        ),
    ],
)
def test_what_s102_found(language: str, title: str, summary: str, relevant: bool) -> None:
    assert judged(language, title, summary)[0] is relevant
