"""Tag and relevance rules in English, Vietnamese, French and Spanish, with hard negatives."""

import pytest

from tests.classifier.factories import arrest
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.rules import RIGHTS_TAGS

RELEVANT = [
    pytest.param(
        "en",
        "Journalist arrested under PECA 'fake news' clause over YouTube report",
        "The FIA arrested reporter Ali Raza under section 26-A of the Prevention of Electronic Crimes Act.",
        {"free-expression", "press-freedom"},
        id="en-peca-journalist",
    ),
    pytest.param(
        "en",
        "Security researcher charged after reporting a vulnerability in a tax portal",
        "Prosecutors charged the researcher with unauthorised access two weeks after he reported the flaw.",
        {"security-research"},
        id="en-security-researcher",
    ),
    pytest.param(
        "en",
        "Exiled activist detained in Dubai on an Interpol red notice",
        "Rights groups say the opposition activist, who criticised the president on Facebook, faces extradition.",
        {"transnational-repression", "human-rights-defenders", "free-expression"},
        id="en-transnational",
    ),
    pytest.param(
        "vi",
        "Bắt tạm giam nhà báo độc lập về tội tuyên truyền chống Nhà nước",
        "Công an tỉnh đã khởi tố nhà báo theo Điều 117 Bộ luật Hình sự vì các bài viết trên mạng xã hội.",
        {"free-expression", "press-freedom"},
        id="vi-art117-journalist",
    ),
    pytest.param(
        "vi",
        "Khởi tố Facebooker theo Điều 331 vì lợi dụng các quyền tự do dân chủ",
        "Ông bị bắt tạm giam; gia đình cho biết ông chưa được gặp luật sư sau bốn tháng.",
        {"free-expression", "due-process"},
        id="vi-art331-no-lawyer",
    ),
    pytest.param(
        "vi",
        "Dieu 117: bat tam giam nha hoat dong moi truong",
        "Khong dau: tuyen truyen chong Nha nuoc.",
        {"free-expression", "human-rights-defenders"},
        id="vi-typed-without-diacritics",
    ),
    pytest.param(
        "fr",
        "Tunisie : une avocate des droits poursuivie au titre du décret-loi 54 pour « fausses nouvelles »",
        "La militante a été placée en garde à vue après une publication sur Facebook critiquant le président.",
        {"free-expression", "human-rights-defenders"},
        id="fr-decree-54",
    ),
    pytest.param(
        "fr",
        "Un journaliste placé sur écoute et ses téléphones saisis avant son arrestation",
        "Reporters sans frontières dénonce la surveillance du journaliste, interpellé à Dakar.",
        {"press-freedom", "surveillance"},
        id="fr-surveillance-journalist",
    ),
    pytest.param(
        "es",
        "Nicaragua: detenido periodista acusado de propagación de noticias falsas",
        "El comunicador fue llevado a El Chipote; su familia desconoce su paradero desde hace 20 días.",
        {"free-expression", "press-freedom", "due-process"},
        id="es-fake-news-journalist",
    ),
    pytest.param(
        "es",
        "Desnacionalizan y destierran a activista opositora tras su excarcelación",
        "La defensora de derechos humanos fue despojada de su nacionalidad y expulsada al exilio.",
        {"human-rights-defenders", "transnational-repression"},
        id="es-exile",
    ),
    pytest.param(
        "en",
        "Opposition aide's phone infected with Paragon's Graphite spyware, Citizen Lab says",
        "The zero-click attack on the pro-democracy campaigner began weeks before the election.",
        {"surveillance", "human-rights-defenders"},
        id="en-mercenary-spyware",
    ),
    pytest.param(
        "en",
        "Court orders platform to hand over the IP addresses of anonymous critics",
        "Prosecutors want to identify users who posted criticism of the governor.",
        {"surveillance"},
        id="en-platform-data-order",
    ),
    pytest.param(
        "en",
        "Programmer detained after warning a ministry about a flaw that exposed voter data",
        "He was charged with unauthorised access.",
        {"security-research"},
        id="en-flaw-disclosure",
    ),
    pytest.param(
        "vi",
        "Thu giữ điện thoại, máy tính của nhà báo tự do",
        "Cơ quan an ninh điều tra yêu cầu ông mở khóa điện thoại và trích xuất dữ liệu.",
        {"surveillance", "press-freedom", "privacy"},
        id="vi-device-seizure",
    ),
    pytest.param(
        "vi",
        "Sinh viên bị triệu tập sau khi báo cho ngân hàng về lỗ hổng cho phép xem số dư",
        "Ngân hàng đã gửi đơn tố giác.",
        {"security-research"},
        id="vi-vulnerability-report",
    ),
    pytest.param(
        "fr",
        "Perquisition chez un militant : son ordinateur et son téléphone portable saisis",
        "Ses conversations avaient été interceptées pendant des mois.",
        {"surveillance", "human-rights-defenders"},
        id="fr-device-seizure-interception",
    ),
    pytest.param(
        "fr",
        "Un humoriste condamné pour « offense au chef de l'État » après une parodie",
        "La vidéo avait été vue un million de fois.",
        {"free-expression"},
        id="fr-satire",
    ),
    pytest.param(
        "es",
        "La Fiscalía pidió a Meta los datos de la cuenta de un periodista crítico",
        "El comunicador denunció persecución.",
        {"surveillance", "press-freedom"},
        id="es-platform-data-request",
    ),
    pytest.param(
        "es",
        "Detienen a estudiante que advirtió a la universidad de un error que permitía ver notas ajenas",
        "Se le imputa acceso ilegítimo a un sistema informático.",
        {"security-research"},
        id="es-bug-report",
    ),
    pytest.param(
        "en",
        "Editor charged with blackmail after his paper exposed a governor's contracts",
        "Press groups called the case retaliation for the newspaper's reporting.",
        {"press-freedom"},
        id="en-pretext-charge-framed-as-retaliation",
    ),
    pytest.param(
        "vi",
        "Bắt nhà hoạt động công đoàn độc lập về tội trốn thuế",
        "Ông bị bắt tạm giam tại nhà riêng.",
        {"human-rights-defenders"},
        id="vi-tax-evasion-is-a-known-pretext",
    ),
    pytest.param(
        "fr",
        "Un militant poursuivi pour « escroquerie » après une cagnotte pour les grévistes",
        "Amnesty International dénonce un dossier monté de toutes pièces.",
        {"human-rights-defenders"},
        id="fr-fraud-charge-against-activist",
    ),
    pytest.param(
        "es",
        "Imputan por «extorsión» a periodista que denunció en la radio a un gobernador",
        "Organizaciones de prensa afirman que la acusación es una represalia.",
        {"press-freedom", "free-expression"},
        id="es-extortion-charge-after-broadcast",
    ),
    pytest.param(
        "es",
        "Detienen a la abogada de los manifestantes presos tras un allanamiento",
        "La policía allanó su oficina de noche.",
        {"human-rights-defenders"},
        id="es-lawyer-of-protesters-is-a-defender",
    ),
    pytest.param(
        "es",
        "Citan a la hermana de un tuitero exiliado por los mensajes que él publica desde Madrid",
        "La policía política la interrogó durante seis horas sobre las críticas de su hermano al gobierno.",
        {"transnational-repression", "free-expression"},
        id="es-exile-pursued-over-his-posts-is-free-expression",
    ),
    pytest.param(
        "en",
        "Police detain election observers and seize their laptops on polling day",
        "Four members of a domestic election monitoring coalition were held at a police station in the capital.",
        {"human-rights-defenders", "surveillance"},
        id="en-election-monitors-are-defenders",
    ),
    pytest.param(
        "fr",
        "Un chanteur poursuivi pour « atteinte à l'unité nationale » après un concert",
        "Le parquet lui reproche des paroles jugées hostiles au gouvernement.",
        {"free-expression"},
        id="fr-national-unity-offence-is-a-speech-offence",
    ),
    pytest.param(
        "fr",
        "Une journaliste arrêtée au lendemain de la diffusion de son reportage sur les expulsions",
        "Elle a été conduite au commissariat central.",
        {"press-freedom", "free-expression"},
        id="fr-journalist-arrested-over-her-reportage",
    ),
    pytest.param(
        "es",
        "Detienen a un cantante que criticó la corrupción del gobierno en un video",
        "La fiscalía lo acusa de instigación pública.",
        {"free-expression"},
        id="es-corruption-as-the-subject-of-speech-is-no-crime-word",
    ),
    pytest.param(
        "en",
        "Reporter charged with extortion a week after publishing articles on a senator's land deals",
        "He was remanded in custody.",
        {"press-freedom"},
        id="en-crime-charge-after-reporting-is-tied-to-the-work",
    ),
    pytest.param(
        "vi",
        "Lào bắt nhà hoạt động vì video trên Facebook về nạn phá rừng",
        "Cảnh sát Viêng Chăn bắt một nhà hoạt động trẻ với cáo buộc kích động sau khi anh đăng video lên mạng.",
        {"free-expression", "human-rights-defenders"},
        id="vi-bat-right-before-the-one-taken",
    ),
    pytest.param(
        "es",
        "La Audiencia Nacional procesa a una tuitera por enaltecimiento del terrorismo",
        "El juez procesó a la usuaria por una serie de tuits que, según la fiscalía, ensalzan a una banda armada.",
        {"free-expression"},
        id="es-procesa-a",
    ),
    pytest.param(
        "es",
        "Detienen a periodista por un video en TikTok; su abogado no ha podido verlo",
        "Agentes de inteligencia detuvieron al periodista en Maracaibo. El juez le negó un defensor de su elección.",
        {"press-freedom", "due-process"},
        id="es-lawyer-kept-away",
    ),
    pytest.param(
        "fr",
        "RDC : une militante inculpée d'« imputations dommageables » pour un message sur X",
        "La coordinatrice d'une ONG de Bukavu est aussi poursuivie pour propagation de faux bruits.",
        {"free-expression", "human-rights-defenders"},
        id="fr-imputations-dommageables",
    ),
    pytest.param(
        "en",
        "Blogger jailed for seven years over posts criticising the king; family barred from the courtroom",
        "The court convicted him under the lese-majeste law for three posts on X.",
        {"free-expression", "due-process"},
        id="en-family-barred-from-court",
    ),
    pytest.param(
        "en",
        "Critical journalist abducted by soldiers, then conscripted into the army",
        "Relatives said the journalist, known for posts criticising the junta, was forcibly enlisted.",
        {"free-expression", "press-freedom"},
        id="en-abducted-and-conscripted",
    ),
    pytest.param(
        "en",
        "Chat administrator gets four years for reposting 'extremist materials'; family not allowed to attend",
        "The hearing was closed to the public. He had reposted a news item from a banned outlet in a Telegram chat.",
        {"free-expression", "due-process"},
        id="en-extremist-materials-closed-hearing",
    ),
    pytest.param(
        "en",
        "Human rights lawyer's passport confiscated at the airport; travel ban never notified",
        "Security officers stopped the lawyer, who represents families of detained bloggers, as she boarded a flight.",
        {"human-rights-defenders"},
        id="en-travel-ban-on-a-defender",
    ),
    pytest.param(
        "en",
        "Blogger arrested under the Cybercrimes Act weeks after Nigeria signed the UN cybercrime convention",
        "Police held him over Facebook posts criticising the governor.",
        {"free-expression"},
        id="en-an-arrest-told-with-the-convention",
    ),
    pytest.param(
        "en",
        "The journalist was tried over his Facebook posts; his lawyer could not see him",
        "Police had refused to let his lawyer visit him in custody.",
        {"free-expression", "press-freedom", "due-process"},
        id="en-tried-and-kept-from-counsel",
    ),
    pytest.param(
        "en",
        "The Taliban conscripted a journalist into their forces after he criticised them on radio",
        "",
        {"free-expression", "press-freedom"},
        id="en-conscripted-active",
    ),
    pytest.param(
        "fr",
        "Maroc : un youtubeur condamné pour « outrage à corps constitués » après une vidéo",
        "Le tribunal l'a aussi reconnu coupable de « diffusion de fausses allégations » visant des douaniers.",
        {"free-expression"},
        id="fr-outrage-a-corps-constitues",
    ),
    pytest.param(
        "es",
        "Denuncian penalmente a investigador de seguridad que reveló una falla en un portal público",
        "El ingeniero había advertido sobre una vulnerabilidad que exponía datos de votantes.",
        {"security-research"},
        id="es-denuncia-penal-a-investigador",
    ),
]

NOT_RELEVANT = [
    pytest.param(
        "en",
        "Police dismantle ransomware gang that extorted hospitals",
        "Europol said the suspects laundered cryptocurrency and sold stolen data on the dark web.",
        id="en-ransomware",
    ),
    pytest.param(
        "en",
        "SIM-swap fraud ring arrested after draining bank accounts",
        "Police told reporters the gang used phishing messages to steal one-time passwords.",
        id="en-sim-swap-told-reporters",
    ),
    pytest.param(
        "en",
        "Veteran journalist launches memoir at city bookshop",
        "The former correspondent will sign copies on Saturday.",
        id="en-journalist-no-harm",
    ),
    pytest.param(
        "vi",
        "Triệt phá đường dây lừa đảo chiếm đoạt tài sản qua mạng",
        "Công an bắt tạm giam 12 đối tượng giả danh cán bộ ngân hàng, dùng mã độc để chiếm quyền tài khoản.",
        id="vi-online-fraud",
    ),
    pytest.param(
        "vi",
        "Bắt đối tượng mua bán ma túy trên sông Hồng",
        "Đối tượng bị bắt quả tang cùng tang vật.",
        id="vi-drugs-song-is-not-a-song",
    ),
    pytest.param(
        "fr",
        "Démantèlement d'un réseau d'escroquerie aux faux conseillers bancaires",
        "Les escrocs, placés en garde à vue, utilisaient l'hameçonnage pour vider des comptes.",
        id="fr-bank-scam",
    ),
    pytest.param(
        "es",
        "Capturan a banda de ciberdelincuentes dedicada a la clonación de tarjetas",
        "La Fiscalía imputó a los detenidos por estafa y lavado de dinero.",
        id="es-card-cloning",
    ),
    pytest.param(
        "es",
        "Hackers éticos compiten en un torneo universitario de ciberseguridad",
        "El equipo ganador encontró la mayor cantidad de vulnerabilidades en el reto.",
        id="es-hacking-contest",
    ),
    pytest.param(
        "en",
        "Wiretaps and trackers bring down cocaine network",
        "Detectives arrested 14 after a year-long surveillance operation.",
        id="en-surveillance-of-drug-ring",
    ),
    pytest.param(
        "en",
        "Surveillance camera maker lifts full-year outlook as revenue jumps",
        "The company sells facial recognition software to retailers; its shares rose 6 percent.",
        id="en-camera-maker-earnings",
    ),
    pytest.param(
        "en",
        "Bank pays $50,000 bug bounty to researcher who reported a flaw in its app",
        "The flaw was fixed within hours.",
        id="en-bug-bounty-payout",
    ),
    pytest.param(
        "vi",
        "Kênh TikTok của nữ đầu bếp đạt 2 triệu người theo dõi",
        "Cô chia sẻ công thức nấu ăn mỗi ngày.",
        id="vi-followers-are-not-surveillance",
    ),
    pytest.param(
        "fr",
        "Trafic de stupéfiants : douze interpellations après des mois d'écoutes",
        "Les enquêteurs avaient placé plusieurs suspects sous surveillance.",
        id="fr-wiretaps-on-drug-ring",
    ),
    pytest.param(
        "es",
        "Cae una banda que infectaba móviles con software espía para vaciar cuentas",
        "Los detenidos robaban las claves de la banca en línea de sus víctimas.",
        id="es-fraud-gang-spyware",
    ),
    pytest.param(
        "en",
        "TV journalist charged with assault after nightclub brawl",
        "Police said the presenter punched a doorman; he was bailed to appear in court next month.",
        id="en-journalist-charged-with-violence",
    ),
    pytest.param(
        "en",
        "Senate committee begins hearings on 'false information' bill",
        "Senators heard from platforms and publishers on the draft's definitions.",
        id="en-speech-law-debated-nobody-charged",
    ),
    pytest.param(
        "vi",
        "Khởi tố nhà hoạt động xã hội về tội giết người sau vụ xô xát",
        "Công an huyện đã bắt tạm giam người này để điều tra.",
        id="vi-activist-charged-with-homicide",
    ),
    pytest.param(
        "fr",
        "Un chroniqueur radio interpellé pour conduite en état d'ivresse",
        "Il a été placé en garde à vue puis relâché avec une convocation.",
        id="fr-columnist-drink-driving",
    ),
    pytest.param(
        "fr",
        "Diffamation : un fabricant de meubles condamné à indemniser son concurrent",
        "Le tribunal de commerce a retenu le dénigrement.",
        id="fr-defamation-between-companies",
    ),
    pytest.param(
        "es",
        "Detienen a dirigente vecinal por violencia intrafamiliar",
        "El juez le impuso prisión preventiva mientras avanza la investigación.",
        id="es-routine-remand-for-violence",
    ),
    pytest.param(
        "en",
        "Documentary about jailed activist screens at Sundance film festival",
        "The film follows a campaigner imprisoned for organising strikes.",
        id="en-film-festival",
    ),
    pytest.param(
        "en",
        "Teen charged over DDoS attack on a newspaper's website",
        "The newspaper said its subscribers' details were safe.",
        id="en-newspaper-is-the-victim-of-a-cyberattack",
    ),
    pytest.param(
        "en",
        "Three men posing as journalists charged with extorting a restaurant owner",
        "They threatened to publish critical articles unless he paid.",
        id="en-impostors-posing-as-journalists",
    ),
    pytest.param(
        "en",
        "Man charged over TikTok video inciting violence against a mosque",
        "Police said the post urged viewers to attack worshippers.",
        id="en-incitement-to-violence-by-nobody-in-a-rights-role",
    ),
    pytest.param(
        "en",
        "Messaging app turns on encryption by default for video calls",
        "Users' personal data stays on the device.",
        id="en-privacy-words-with-no-one-harmed",
    ),
    pytest.param(
        "vi",
        "Bắt đối tượng giả danh nhà báo của một tạp chí để cưỡng đoạt tiền",
        "Người này đe dọa đăng bài viết xấu về doanh nghiệp.",
        id="vi-impostor-posing-as-a-journalist",
    ),
    pytest.param(
        "vi",
        "Xử phạt Youtuber quảng cáo sai sự thật về thuốc giảm cân",
        "Người này bị buộc gỡ các video.",
        id="vi-false-advertising-is-consumer-law",
    ),
    pytest.param(
        "fr",
        "Piratage des comptes d'une chanteuse : un homme interpellé",
        "Il publiait de faux messages sur Instagram pour réclamer de l'argent.",
        id="fr-account-takeover-of-a-celebrity",
    ),
    pytest.param(
        "fr",
        "Un élu placé en garde à vue pour favoritisme, une affaire révélée par la presse",
        "L'enquête porte sur des marchés publics.",
        id="fr-corruption-revealed-by-the-press",
    ),
    pytest.param(
        "es",
        "Detienen a un joven que hackeó las cuentas de un futbolista",
        "Publicaba mensajes en Instagram pidiendo dinero a sus seguidores.",
        id="es-account-takeover-of-a-celebrity",
    ),
    pytest.param(
        "es",
        "Caen falsos periodistas que extorsionaban a comerciantes",
        "Exigían pagos para no publicar reportajes.",
        id="es-impostors-posing-as-journalists",
    ),
    pytest.param(
        "es",
        "El Senado aprueba la ley de ciberseguridad tras un debate sobre vigilancia",
        "Organizaciones de la sociedad civil pidieron controles.",
        id="es-law-adopted-is-no-case",
    ),
    pytest.param(
        "en",
        "Former newspaper columnist jailed for embezzling council funds",
        "The ex-journalist, who became a council treasurer, moved money to his brother's company.",
        id="en-former-journalist-charged-with-ordinary-crime",
    ),
    pytest.param(
        "fr",
        "Un ancien journaliste condamné pour trafic de stupéfiants",
        "L'ancien chroniqueur, reconverti dans la restauration, écoulait de la résine de cannabis.",
        id="fr-former-journalist-drug-trafficking",
    ),
    pytest.param(
        "vi",
        "Cựu phóng viên bị bắt vì tham ô tài sản của công ty",
        "Người này làm kế toán sau khi nghỉ việc ở tòa soạn.",
        id="vi-former-reporter-embezzlement",
    ),
    pytest.param(
        "fr",
        "Un humoriste condamné à indemniser un chanteur qu'il avait insulté dans une vidéo",
        "Le tribunal civil lui ordonne de verser 8 000 euros de dommages et intérêts.",
        id="fr-civil-compensation-is-no-sentence",
    ),
    pytest.param(
        "es",
        "Una influencer condenada a indemnizar a una actriz por mensajes ofensivos",
        "La demanda civil fue presentada por la actriz el año pasado.",
        id="es-civil-compensation-is-no-sentence",
    ),
    pytest.param(
        "es",
        "Detienen a un locutor de radio por agresión a su expareja",
        "El juez le prohibió acercarse a la víctima.",
        id="es-partner-violence-is-harm",
    ),
    pytest.param(
        "en",
        "Influencer arrested for promoting illegal betting sites to her followers",
        "Police said she earned commissions on every deposit.",
        id="en-influencer-promoting-illegal-betting",
    ),
    pytest.param(
        "vi",
        "Ban tổ chức bắt đầu trao giải báo chí cho các nhà báo trẻ",
        "Lễ trao giải diễn ra tại Hà Nội với sự tham gia của hơn 200 nhà báo.",
        id="vi-bat-dau-is-no-arrest",
    ),
    pytest.param(
        "vi",
        "Bắt luật sư nhận 800 triệu đồng để chạy án cho thân chủ",
        "Cơ quan điều tra cho biết luật sư hứa tác động để thân chủ được giảm án.",
        id="vi-lawyer-bribery",
    ),
    pytest.param(
        "es",
        "Empresa procesa a diario millones de pagos con un sistema antifraude",
        "La plataforma procesa datos de clientes en 12 países y detuvo un intento de fraude.",
        id="es-procesa-datos",
    ),
    pytest.param(
        "en",
        "Police rescue businessman abducted for ransom in Lagos",
        "Three suspects were arrested after the family paid part of the ransom.",
        id="en-abducted-for-ransom",
    ),
    pytest.param(
        "es",
        "Rescatan a ganadero secuestrado; los captores exigían el rescate por teléfono",
        "Tres hombres fueron aprehendidos en una vivienda.",
        id="es-secuestro-por-rescate",
    ),
    pytest.param(
        "fr",
        "Un journaliste sportif interpellé en état d'ivresse au volant",
        "Le commentateur affichait un taux d'alcool de 1,2 g par litre de sang.",
        id="fr-sports-journalist-drunk-driving",
    ),
    pytest.param(
        "en",
        "Court upholds travel ban on visitors from seven countries",
        "The administration's policy was challenged by several states.",
        id="en-travel-ban-policy",
    ),
    pytest.param(
        "en",
        "Police arrest suspected ransomware affiliate wanted in the U.S.",
        "Investigators seized servers and wallets. The operation comes as states debate the UN cybercrime convention, "
        "which rights groups criticise for weak safeguards against surveillance of journalists and activists.",
        id="en-convention-critics-as-background",
    ),
    pytest.param(
        "vi", "Nhà báo bị bắt cóc đòi tiền chuộc", "Một nhóm côn đồ đòi 2 tỷ đồng.", id="vi-kidnap-for-ransom"
    ),
    pytest.param(
        "vi", "Một nhà báo ẩm thực bị bắt nạt trên mạng sau bài viết về phở", "", id="vi-bullied-is-not-bi-bat"
    ),
    pytest.param(
        "en", "A drunk sports journalist was arrested after a brawl in a bar, police said", "", id="en-bar-brawl"
    ),
    pytest.param(
        "es",
        "Detienen en Alicante a un presunto miembro de una banda de ransomware",
        "Estados Unidos ha pedido su extradición. Varias organizaciones han criticado la nueva Convención de la ONU "
        "contra la Ciberdelincuencia por sus escasas salvaguardias frente a la vigilancia de periodistas y activistas.",
        id="es-convention-critics-as-background",
    ),
    pytest.param(
        "fr",
        "À Tunis, un colloque sur la cybersécurité réunit experts et magistrats",
        "La société civile a évoqué le décret-loi 54, sous lequel des journalistes ont été poursuivis.",
        id="fr-a-colloquium",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "tags"), RELEVANT)
def test_rights_reports_are_relevant_with_their_tags(language: str, title: str, summary: str, tags: set[str]) -> None:
    """Arrests for speech, journalism, activism or research are relevant and carry the expected tags."""
    alert = classify(arrest(title, summary, language=language), ConventionStatus())
    assigned = {t.tag for t in alert.tags if t.confidence >= 0.5}
    assert alert.relevance >= 0.5, alert.rationale
    assert tags <= assigned, (assigned, alert.rationale)
    assert all(t.evidence for t in alert.tags)


@pytest.mark.parametrize(("language", "title", "summary"), NOT_RELEVANT)
def test_hard_negatives_are_not_relevant_and_carry_no_rights_tags(language: str, title: str, summary: str) -> None:
    """Cybercrime and ordinary-crime arrests, and harmless uses of rights words, do not cry wolf."""
    alert = classify(arrest(title, summary, language=language), ConventionStatus())
    assert alert.relevance < 0.5, alert.rationale
    assert not {t.tag for t in alert.tags} & RIGHTS_TAGS
    assert alert.severity == "info"


def test_evidence_quotes_the_words_as_they_read_in_the_report() -> None:
    """Evidence strings are the source's own words (accents kept), so an operator sees why."""
    alert = classify(arrest("Khởi tố blogger theo Điều 117", "bị bắt tạm giam", language="vi"), ConventionStatus())
    [free] = [t for t in alert.tags if t.tag == "free-expression"]
    assert "Điều 117" in free.evidence


def test_rights_words_next_to_fraud_words_need_review() -> None:
    """A journalist charged with fraud is ambiguous (pretext or crime?): a human should look."""
    alert = classify(
        arrest("Journalist charged with fraud and money laundering", "The editor was remanded in custody."),
        ConventionStatus(),
    )
    assert alert.needs_review


@pytest.mark.parametrize(
    "title",
    [
        "Police arrest fraud suspects who posed as Amnesty International fundraisers",
        "Ransomware gang leader extradited, prosecutors say it hit a human rights group",
    ],
)
def test_rights_words_beside_a_crime_with_no_one_in_a_rights_role_charged_need_no_review(title: str) -> None:
    """Cleared reports (relevance under 0.1) where no journalist, defender or researcher is the one charged were
    flagged by the hundred and held rights cases no more often than the unflagged ones: no review asked."""
    alert = classify(arrest(title, "The men face fraud charges.", country="GBR"), ConventionStatus())
    assert alert.relevance < 0.1
    assert not alert.needs_review


def test_a_journalist_charged_with_a_non_violent_crime_is_not_dismissed_as_a_plain_crime_report() -> None:
    """Journalists held on currency-smuggling charges were rationalised as 'a crime report with no rights dimension':
    the rationale names who is accused and says such charges are sometimes a pretext; a violent crime stays a crime
    report."""
    pretext = classify(arrest("Journalist charged with fraud and money laundering", ""), ConventionStatus())
    assert "a journalist ('Journalist') accused of a crime ('fraud', 'money laundering')" in pretext.rationale
    assert "sometimes a pretext" in pretext.rationale
    assert pretext.needs_review
    violent = classify(
        arrest("Newspaper editor arrested after his wife was found murdered at their home", ""), ConventionStatus()
    )
    assert "a crime report ('murdered') with no rights dimension" in violent.rationale


def test_a_single_weak_signal_needs_review() -> None:
    """An item relevant on one kind of evidence alone is flagged for review."""
    alert = classify(arrest("Man sentenced under Article 117 of the Penal Code", ""), ConventionStatus())
    assert alert.relevance >= 0.5
    assert alert.needs_review


def test_rationale_is_one_sentence() -> None:
    """The rationale is a single sentence ending in a full stop."""
    alert = classify(arrest("Police arrest ransomware gang", "Europol coordinated the raids."), ConventionStatus())
    assert alert.rationale.endswith(".")
    assert alert.rationale.count(". ") == 0


def test_a_crime_charge_weighs_less_only_when_the_report_ties_it_to_the_persons_work() -> None:
    """The same fraud charge against a journalist: relevant with a rights group's word, not without."""
    bare = classify(arrest("Journalist charged with fraud", "He was remanded in custody."), ConventionStatus())
    framed = classify(
        arrest("Journalist charged with fraud", "Rights groups called the charge retaliation for his reporting."),
        ConventionStatus(),
    )
    assert bare.relevance < 0.5 <= framed.relevance


def test_a_routine_remand_is_an_arrest_and_an_extended_one_is_due_process() -> None:
    """ "Pre-trial detention" alone is routine; "extended his pre-trial detention" is a due-process concern."""
    summary = "A court {} the blogger's pre-trial detention over his Facebook posts."
    tags = {
        verb: {t.tag for t in classify(arrest("Blogger held", summary.format(verb)), ConventionStatus()).tags}
        for verb in ("ordered", "extended")
    }
    assert "due-process" not in tags["ordered"]
    assert "due-process" in tags["extended"]


def test_privacy_words_are_an_adverse_action_only_against_someone_in_a_rights_role() -> None:
    """ "Personal data" in a shop's fine is a topic; the same words about activists' data are a harm."""
    shop = classify(
        arrest("Regulator fines video app over personal data", "It kept the data of users who posted videos."),
        ConventionStatus(),
    )
    activists = classify(
        arrest("Ministry publishes personal data of activists", "Names and home addresses were posted online."),
        ConventionStatus(),
    )
    assert shop.relevance < 0.5 <= activists.relevance


def test_device_and_data_words_do_not_tie_a_crime_charge_to_a_journalists_work() -> None:
    """Phones and data fill cybercrime reports: a data-theft case naming journalists as victims stays a crime."""
    alert = classify(
        arrest(
            "Hacker arrested for selling a stolen database", "It held journalists' personal data and home addresses."
        ),
        ConventionStatus(),
    )
    assert alert.relevance < 0.5, alert.rationale


def test_a_poet_detained_over_verse_is_free_expression_not_a_rights_defender() -> None:
    """Writers and poets are known for expression (like bloggers); they are not defenders by trade."""
    alert = classify(arrest("Poet detained over satirical verses about the king", ""), ConventionStatus())
    assigned = {t.tag for t in alert.tags if t.confidence >= 0.5}
    assert "free-expression" in assigned
    assert "human-rights-defenders" not in assigned


def test_state_publishing_exiles_data_is_not_their_expression() -> None:
    """When the state publishes exiles' addresses, "published" is the state's act: no free-expression tag."""
    alert = classify(
        arrest(
            "Police publish home addresses of activists living abroad and offer bounties",
            "The police published the exiled activists' home addresses and questioned their relatives.",
        ),
        ConventionStatus(),
    )
    assigned = {t.tag for t in alert.tags if t.confidence >= 0.5}
    assert "transnational-repression" in assigned, alert.rationale
    assert "free-expression" not in assigned


def test_a_journalists_killer_arrested_is_contested_and_goes_to_review() -> None:
    """An arrest of a reporter's killer, framed by his reporting ("shot for his work"): the labelled data disagree
    (dev-175 relevant; dev-7519 and the blind batches' attackers caught, not), and the calibration fitted on them
    reads it near 0.5 (each refit moves it across the doubt margin) while the rules alone read it relevant: either way
    the alert asks for review, and is relevant on the boundary or says the rules' own reading."""
    alert = classify(
        arrest(
            "Police arrest suspect in the killing of a reporter over his reporting on land grabs",
            "The suspect was charged with murder; CPJ said the reporter was shot for his work.",
            language="en",
        ),
        ConventionStatus(),
    )
    assert alert.needs_review
    assert alert.relevance >= 0.5 or "the rules alone" in alert.rationale
