"""Blind batches S103 (an inbox for Human Rights Day), S104 (a step and an occasion in one report), S105 (an inbox for
11 December) and S106 (security research and data).

Human Rights Day brought appeals to every state ("urges states to release journalists held over their posts"),
vigils and exhibitions for the world's jailed journalists, and documentaries on old cases: none tells a step against
anyone, and the step inside such a phrase is the appeal's or the occasion's (`findings`: a genre phrase says what the
step inside it is; a banishment commemorated goes too). S104 set real steps beside prizes, launches and festivals,
and denied or fictional ones beside the same occasions. S106 asked for researchers and programmers acted against
after reporting a flaw, and the state exposing or retaining people's data, beside insiders who sold records.
"""

import pytest

from tests.classifier.factories import arrest, judged, reported_and_relevant
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.findings import read_signals
from tocsin_lexicon import Signal

NO_STEP = [
    pytest.param(
        "en",
        "UN rights chief calls on governments to free journalists and bloggers detained over their posts",
        "The statement, issued for the anniversary of the Universal Declaration, named no country.",
        id="en-appeal-to-every-state",
    ),
    pytest.param(
        "fr",
        "La Haute-Commissaire appelle les États à libérer tous les blogueurs et journalistes détenus",
        "Dans une déclaration publiée à Genève, elle n'a cité aucun pays.",
        id="fr-appel-aux-etats",
    ),
    pytest.param(
        "fr",
        "Lyon : une exposition de portraits pour les journalistes incarcérés dans le monde",
        "",
        id="fr-exposition-journalistes-du-monde",
    ),
    pytest.param(
        "en",
        "Documentary about jailed Thai rapper premieres at Busan",
        "",
        id="en-documentary-about-jailed",
    ),
    pytest.param(
        "en",
        "Police deny detaining photographer at stadium after cup final",
        "A spokesman said the photographer had been asked to move from a restricted area and left freely.",
        id="en-denied",
    ),
    pytest.param(
        "es",
        "Fiscalía niega que exista una orden de captura contra periodista de San Pedro Sula",
        "El fiscal regional calificó de falsas las publicaciones que circularon el fin de semana.",
        id="es-orden-negada",
    ),
    pytest.param(
        "es",
        "Estrena en Málaga 'Sin cobertura', la película sobre una reportera espiada y detenida por la policía",
        "",
        id="es-plot",
    ),
    pytest.param(
        "en",
        "Colleagues gather to mark two years since editor Amos Kiprop was detained under the Computer Misuse Act",
        "He remains in Kamiti prison; no new hearing has been set.",
        id="en-years-since-was-detained",
    ),
    pytest.param(
        "es",
        "A dos años de su exilio, periodista nicaragüense presenta un libro en Madrid",
        "",
        id="es-a-dos-anos-de-su-exilio",
    ),
    pytest.param(
        "vi",
        "Cựu tù nhân chính trị, người từng bị kết án 5 năm tù, phát biểu tại hội thảo ở Paris",
        "Ông kêu gọi các nước châu Âu quan tâm hơn tới nhân quyền tại Việt Nam.",
        id="vi-tung-bi-ket-an",
    ),
    pytest.param(
        "es",
        "Condenan a un tertuliano a pagar 8.000 euros a una concejala por vulnerar su honor",
        "La sentencia considera que sus comentarios en un programa de radio le atribuyeron sin pruebas un delito.",
        id="es-civil-honour-suit",
    ),
    pytest.param(
        "en",
        "National CERT thanks student who found bug in tax portal; hole closed within hours",
        "Officials said no personal data was accessed and invited him to join its disclosure programme.",
        id="en-disclosure-thanked",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), NO_STEP)
def test_an_appeal_an_occasion_a_denial_or_a_plot_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())


def test_the_step_inside_an_appeal_to_every_state_is_the_appeals() -> None:
    signals = read_signals("UN expert urges governments to release bloggers jailed over their posts", "en")
    assert signals.phrases(Signal.GENRE)
    assert not signals.phrases(Signal.ARREST)


STEPS = [
    pytest.param(
        "en",
        "FIA picks up Karachi journalist over YouTube programme on flood relief",
        "Officials of the agency's cybercrime wing took him from his office under section 26-A of PECA.",
        {"press-freedom", "free-expression"},
        id="en-picks-up-journalist",
    ),
    pytest.param(
        "en",
        "Ministry orders X to block two Manipur news portals' accounts under Section 69A",
        "The editors said neither outlet was given a hearing before the accounts were withheld.",
        {"press-freedom"},
        id="en-orders-platform-to-block",
    ),
    pytest.param(
        "en",
        "Prosecutors declare Vilnius-based rights group Free Steppe 'undesirable'",
        "",
        {"human-rights-defenders"},
        id="en-group-declared-undesirable",
    ),
    pytest.param(
        "en",
        "Egyptian activist stopped at Cairo airport on her way to Berlin conference",
        "She was turned back under a travel ban ordered by the state security prosecutor in a case over her posts.",
        {"human-rights-defenders", "free-expression"},
        id="en-stopped-at-airport",
    ),
    pytest.param(
        "fr",
        "Bénin : la HAAC suspend un hebdomadaire pour trois mois après une enquête sur le port",
        "",
        {"press-freedom"},
        id="fr-regulateur-suspend-hebdomadaire",
    ),
    pytest.param(
        "es",
        "Un juez prohíbe a un diario de Murcia publicar informaciones sobre la investigación a un constructor",
        "El magistrado ordenó además retirar dos reportajes ya publicados; la APM habló de censura previa.",
        {"press-freedom"},
        id="es-prohibe-publicar",
    ),
    pytest.param(
        "es",
        "Sala revoca la condena contra columnista procesado por sus artículos de opinión",
        "El periodista había sido condenado a tres años de prisión por sus columnas sobre una diputada.",
        {"press-freedom", "free-expression"},
        id="es-condena-revocada",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "tags"), STEPS)
def test_a_step_in_other_words_is_read(language: str, title: str, summary: str, tags: set[str]) -> None:
    assert tags <= reported_and_relevant(language, title, summary)


RESEARCH = [
    pytest.param(
        "en",
        "Police search home of Lyon developer who flagged exposed patient records to a clinic chain",
        "Officers took two laptops and a phone; prosecutors are investigating unauthorised access to a computer "
        "system.",
        id="en-developer-who-flagged",
    ),
    pytest.param(
        "es",
        "Detienen a un estudiante en Cuenca tras reportar una falla en el portal de la universidad",
        "La Fiscalía lo investiga por acceso no consentido a un sistema informático.",
        id="es-tras-reportar-una-falla",
    ),
    pytest.param(
        "es",
        "Gobierno difunde nombre y domicilio del ingeniero que alertó sobre la filtración de datos del padrón",
        "El ministerio anunció una denuncia penal en su contra por acceso ilegítimo.",
        id="es-estado-expone-al-que-alerto",
    ),
    pytest.param(
        "vi",
        "Kỹ sư công bố lỗ hổng website của sở y tế bị xử phạt 10 triệu đồng",
        "",
        id="vi-cong-bo-lo-hong",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), RESEARCH)
def test_someone_acted_against_after_reporting_a_flaw_is_security_research(
    language: str, title: str, summary: str
) -> None:
    assert "security-research" in reported_and_relevant(language, title, summary)


def test_an_insider_who_sold_records_keeps_the_crimes_words() -> None:
    assert judged(
        "en",
        "FIA arrests telecom employee accused of selling citizens' records to loan sharks",
        "The cybercrime wing said the records were allegedly sold for Rs300 each; his phone was sent for forensic "
        "analysis.",
    ) == (False, set())


# The thirtieth review: 60 probes on the session's phrases, written before any was run (39 right, 56 after its
# fixes). The four still wrong are kept as strict expected failures, each with what it shows.
REVIEW_30 = [
    pytest.param(
        "en",
        "Egyptian rights lawyer turned back at Cairo airport on her way to UN session in Geneva",
        "Security officers at Cairo International Airport told Hoda Mansour, a lawyer with a Cairo-based rights "
        "commission, that she is under a travel ban linked to case 173 over foreign funding of NGOs.",
        True,
        id="r30-01",
    ),
    pytest.param(
        "en",
        "Passenger stopped at Lagos airport with 90 cocaine pellets in his stomach, NDLEA says",
        "The 34-year-old trader, returning from São Paulo, was detained at Murtala Muhammed International Airport "
        "after a body scan.",
        False,
        id="r30-02",
    ),
    pytest.param(
        "en",
        "IT ministry asks Meta to take down Instagram handle of Manipur news outlet over conflict coverage",
        "The Imphal-based portal The Valley Ledger said the ministry cited Section 69A of the IT Act after it "
        "published interviews with displaced families.",
        True,
        id="r30-03",
    ),
    pytest.param(
        "en",
        "Court orders Meta to block accounts of crypto scam ring impersonating Bank of Ghana",
        "The Accra High Court said the pages had defrauded more than 2,000 people with fake investment schemes "
        "using the central bank's logo.",
        False,
        id="r30-04",
    ),
    pytest.param(
        "en",
        "Police pick up Peshawar vlogger hours after his video on enforced disappearances",
        "Family members said plain-clothes officers took Zubair Afridi from his home in Hayatabad; the CTD later "
        "said he was held under PECA over 'anti-state content'.",
        True,
        id="r30-05",
    ),
    pytest.param(
        "en",
        "Lahore reporter picks up Agahi award for series on water tanker mafia",
        "Daily Ravi Times correspondent Saima Batool received the investigative journalism prize at a ceremony in "
        "Islamabad on Saturday.",
        False,
        id="r30-06",
    ),
    pytest.param(
        "en",
        "Police register FIR against Karachi journalist under PECA's fake news clause over flood report",
        "The case against Faraz Memon of Sindh Morning was lodged at the Cybercrime Reporting Centre after his "
        "story on embankment breaches near Dadu.",
        True,
        id="r30-07",
    ),
    pytest.param(
        "en",
        "Food authority notice served on Lahore food vlogger's restaurant over rats in kitchen",
        "The Punjab Food Authority sealed the outlet owned by YouTuber Hamza Eats after inspectors found expired "
        "stock and rodents.",
        False,
        id="r30-08",
    ),
    pytest.param(
        "en",
        "Kenyan student charged under Computer Misuse Act over AI-generated picture of President Ruto in a coffin",
        "Brian Mwangi, 22, was arraigned in Nairobi for 'publication of false information' after the image was "
        "shared widely on X.",
        True,
        id="r30-09",
    ),
    pytest.param(
        "en",
        "Teacher jailed over AI-generated images of pupils at Leeds school",
        "Crown court sentenced the 41-year-old to six years for making indecent images of children using an app.",
        False,
        id="r30-10",
    ),
    pytest.param(
        "en",
        "Prosecutors charge Dutch student who told a hospital its patient portal was open to anyone",
        "The 20-year-old from Utrecht emailed the hospital's IT desk in March; the Public Prosecution Service now "
        "accuses him of computer intrusion.",
        True,
        id="r30-11",
    ),
    pytest.param(
        "en",
        "Programmer who reported 'hack' at Nairobi bank charged with staging it to cover theft of KSh 40m",
        "Investigators say the developer deleted transaction logs himself and invented the intrusion to hide "
        "transfers to his relatives' accounts.",
        False,
        id="r30-12",
    ),
    pytest.param(
        "en",
        "Ministry thanks student who found bug in tax portal, then police seize his laptop and charge him",
        "Officers in Manila arrested the 19-year-old under the Cybercrime Prevention Act two weeks after the "
        "finance department publicly thanked him for reporting the flaw.",
        True,
        id="r30-13",
    ),
    pytest.param(
        "en",
        "PTA orders operators to retain subscribers' internet history for three years",
        "The Pakistan Telecommunication Authority directive requires mobile and broadband providers to hand the "
        "records to the FIA on request without a court order.",
        True,
        marks=pytest.mark.xfail(strict=True, reason="a data-retention order with no one named reads too weakly"),
        id="r30-14",
    ),
    pytest.param(
        "en",
        "Telegram says it will keep users' data for only 30 days under new privacy policy",
        "The messaging company said logs of IP addresses would be deleted automatically and it would publish a "
        "transparency report twice a year.",
        False,
        id="r30-15",
    ),
    pytest.param(
        "en",
        "Director of documentary on jailed Vietnamese blogger arrested in Ho Chi Minh City",
        "Police detained filmmaker Tran Quoc Bao at his home on Thursday and charged him under Article 117 over the "
        "film and posts promoting it.",
        True,
        id="r30-16",
    ),
    pytest.param(
        "en",
        "UN rapporteur urges states to release jailed critics as Tunisian lawyer is arrested under Decree-Law 54",
        "Police in Tunis detained lawyer Mehdi Ben Salah on Tuesday over a radio interview criticising the "
        "judiciary, hours before the statement was issued.",
        True,
        id="r30-17",
    ),
    pytest.param(
        "en",
        "Friends gather in Bangkok two years on from the day activist Anon P. was jailed",
        "About forty people read her letters aloud outside the Criminal Court; she remains in prison and no new "
        "hearing is scheduled.",
        False,
        id="r30-18",
    ),
    pytest.param(
        "en",
        "Thai activist arrested again three years after she was jailed for lèse-majesté posts",
        "Police arrested Kanokwan Srisuk in Chiang Mai on Monday over a new Facebook post about the monarchy, three "
        "years after her first conviction under Section 112.",
        True,
        id="r30-19",
    ),
    pytest.param(
        "en",
        "Netflix series centres on a fictional Hanoi blogger jailed over his Facebook posts",
        "The eight-episode drama, shot in Bangkok, stars Lam Thanh as a blogger interrogated under Article 117.",
        False,
        id="r30-20",
    ),
    pytest.param(
        "en",
        "Premier League club declares racist fans 'undesirable' and bans them for life",
        "The club said the three supporters had been identified from CCTV after abuse directed at a visiting player.",
        False,
        id="r30-21",
    ),
    pytest.param(
        "fr",
        "« Silence radio » : dans ce long-métrage, le réalisateur algérien Karim Belaïd met en scène un journaliste "
        "emprisonné pour un article",
        "Présenté à la Mostra de Venise, le film retrace trois jours d'interrogatoire dans un commissariat d'Oran.",
        False,
        id="r30-22",
    ),
    pytest.param(
        "fr",
        "Tunis : la réalisatrice de « Cellule 9 », son premier long-métrage, placée en garde à vue pour une "
        "publication Facebook",
        "Leïla Mejri a été entendue par la brigade criminelle en vertu du décret-loi 54 après avoir critiqué la "
        "présidence sur sa page.",
        True,
        id="r30-23",
    ),
    pytest.param(
        "fr",
        "Des poursuites ont été annoncées contre les auteurs du braquage d'une bijouterie à Abidjan",
        "Trois hommes ont été interpellés à Cocody après l'attaque à main armée de samedi, selon le procureur.",
        False,
        id="r30-24",
    ),
    pytest.param(
        "fr",
        "Frappé d'une interdiction de stade de deux ans, un supporter du Wydad conteste la décision",
        "Le jeune homme avait lancé un fumigène sur la pelouse lors du derby de Casablanca.",
        False,
        id="r30-25",
    ),
    pytest.param(
        "fr",
        "Le CSC suspend pour un mois le journal L'Éveil de Niamey après un article sur l'armée",
        "Le Conseil supérieur de la communication reproche au bihebdomadaire d'avoir publié le témoignage d'un "
        "soldat sur des pertes à Tillabéri.",
        True,
        id="r30-26",
    ),
    pytest.param(
        "fr",
        "L'OM suspend son défenseur pour trois matchs, selon le quotidien Le Phocéen",
        "Le club reproche au joueur une altercation avec un coéquipier à l'entraînement.",
        False,
        id="r30-27",
    ),
    pytest.param(
        "fr",
        "Lyon : un lycéen mis en examen après avoir signalé à la mairie que des actes d'état civil étaient en libre "
        "accès en ligne",
        "Le jeune homme de 17 ans avait prévenu le service informatique par courriel ; le parquet lui reproche un "
        "accès frauduleux à un système de traitement automatisé de données.",
        True,
        marks=pytest.mark.xfail(
            strict=True, reason="a flaw told as records 'en libre accès' reported to a town hall, eight words apart"
        ),
        id="r30-28",
    ),
    pytest.param(
        "fr",
        "Un informaticien qui avait écrit à la direction pour signaler un « piratage » mis en examen pour avoir "
        "lui-même détourné 300 000 euros",
        "Selon le parquet de Lille, il avait simulé l'intrusion pour masquer des virements vers ses propres comptes.",
        False,
        id="r30-29",
    ),
    pytest.param(
        "fr",
        "Cameroun : le ministre de l'Administration territoriale diffuse à la télévision l'identité et l'adresse de "
        "blogueurs accusés de « tribalisme »",
        "Sur la CRTV, le ministre a montré les photos et les numéros de téléphone de six internautes qu'il accuse "
        "d'inciter à la haine.",
        True,
        marks=pytest.mark.xfail(
            strict=True, reason="a state exposing people on television, told without a data word the tables know"
        ),
        id="r30-30",
    ),
    pytest.param(
        "fr",
        "Une application de rencontres expose noms, photos et numéros de 40 000 utilisateurs après une fuite",
        "La CNIL a ouvert une enquête sur la société montpelliéraine, dont la base de données était mal protégée.",
        False,
        id="r30-31",
    ),
    pytest.param(
        "fr",
        "Un journaliste poursuivi à Rabat après avoir révélé que des dossiers de patients étaient revendus sur le "
        "darkweb",
        "Le parquet reproche à Youssef Alami, du site Le Fil, d'avoir « porté atteinte à une institution publique » "
        "par son enquête sur l'hôpital Ibn Sina.",
        True,
        id="r30-32",
    ),
    pytest.param(
        "fr",
        "Le blogueur Ahmed Z. arrêté à Alger le jour où la liberté de la presse est célébrée à travers le monde",
        "Placé sous mandat de dépôt pour des publications Facebook critiquant le gouvernement, il est poursuivi "
        "pour « atteinte à l'unité nationale ».",
        True,
        id="r30-33",
    ),
    pytest.param(
        "fr",
        "Dans un huis clos étouffant, le tribunal de Tunis juge l'avocate Sonia D. sans public ni journalistes",
        "L'avocate est poursuivie en vertu du décret-loi 54 pour des propos tenus à la radio ; la presse a été "
        "refoulée à l'entrée de la salle.",
        True,
        id="r30-34",
    ),
    pytest.param(
        "fr",
        "Rabat réfute avoir utilisé un logiciel espion contre des journalistes",
        "Le gouvernement marocain qualifie d'« infondées » les conclusions d'un consortium de médias publiées la "
        "semaine dernière.",
        False,
        id="r30-35",
    ),
    pytest.param(
        "es",
        "Una jueza de Valencia impide a un periódico digital seguir publicando sobre la investigación a un concejal",
        "La magistrada atendió la petición del edil y ordenó al diario El Turia Digital abstenerse de difundir "
        "nuevos detalles del sumario.",
        True,
        id="r30-36",
    ),
    pytest.param(
        "es",
        "Sanidad prohíbe a un portal de venta online publicar nuevas ofertas de medicamentos sin receta",
        "La Agencia Española de Medicamentos detectó la venta de antibióticos sin prescripción en la web, con sede "
        "en Murcia.",
        False,
        id="r30-37",
    ),
    pytest.param(
        "es",
        "Un juzgado ordena a una radio comunitaria de Oaxaca entregar las grabaciones de sus entrevistas a la Fiscalía",
        "Radio Tierra Zapoteca denunció que la orden busca identificar a los vecinos que hablaron de la mina en sus "
        "programas.",
        True,
        id="r30-38",
    ),
    pytest.param(
        "es",
        "Estreno: «Mordaza», el filme en el que una reportera es encarcelada por un tuit",
        "La directora chilena Paula Reyes firma un drama carcelario con tintes de thriller político.",
        False,
        id="r30-39",
    ),
    pytest.param(
        "es",
        "Detienen en Managua al director de la película sobre una periodista exiliada",
        "La Policía Nacional arrestó a Julio Cerna y lo acusa de «propagación de noticias falsas» bajo la Ley "
        "Especial de Ciberdelitos por el documental.",
        True,
        id="r30-40",
    ),
    pytest.param(
        "es",
        "El Ministerio Público imputa a un periodista de Quetzaltenango por sus publicaciones sobre un diputado",
        "Lo acusan de «obstrucción a la justicia» por una serie de reportajes sobre contratos de obra pública.",
        True,
        id="r30-41",
    ),
    pytest.param(
        "es",
        "Tribunal anula la condena de un narcotraficante por un error en la cadena de custodia",
        "La Sala de lo Penal ordenó repetir el juicio contra el acusado de traficar 400 kilos de cocaína por el "
        "puerto de Manzanillo.",
        False,
        id="r30-42",
    ),
    pytest.param(
        "es",
        "Procesan a un estudiante de la UNAM que informó a la universidad de que los expedientes de alumnos estaban "
        "al alcance de cualquiera",
        "La Fiscalía capitalina lo acusa de acceso ilícito a sistemas informáticos pese a que envió un correo al "
        "área de cómputo antes de decir nada en público.",
        True,
        id="r30-43",
    ),
    pytest.param(
        "es",
        "El programador que alertó del «hackeo» a la cooperativa era el autor: detenido por desviar 2 millones de "
        "pesos",
        "Según la Fiscalía de Jalisco, simuló el ataque para ocultar transferencias a cuentas de familiares.",
        False,
        id="r30-44",
    ),
    pytest.param(
        "es",
        "Un hacker publica nombre y domicilio de 3.000 clientes de una aseguradora chilena",
        "El atacante exige un rescate a la empresa, que presentó una denuncia ante la PDI.",
        False,
        id="r30-45",
    ),
    pytest.param(
        "es",
        "A un año de su exilio, Nicaragua despoja de la nacionalidad al periodista Tomás Urbina y confisca su casa",
        "La resolución del Ministerio del Interior, publicada el lunes, lo declara «traidor a la patria» por sus "
        "reportajes desde Costa Rica.",
        True,
        marks=pytest.mark.xfail(
            strict=True,
            reason="a new step in a commemoration's headline (nationality stripped) does not stop it framing it",
        ),
        id="r30-46",
    ),
    pytest.param(
        "es",
        "Se cumplen dos años del destierro de la activista Marta Solís, que sigue en Costa Rica",
        "Amigos y colegas recordaron su trabajo en un acto en San José; no hay novedades en su caso.",
        False,
        id="r30-47",
    ),
    pytest.param(
        "es",
        "Juzgado condena a un periodista de Huelva a un año de cárcel y a pagar 10.000 euros al alcalde por "
        "calumnias en sus artículos",
        "La sentencia considera probado que el periodista atribuyó al regidor el cobro de comisiones en tres "
        "artículos publicados en 2023.",
        True,
        id="r30-48",
    ),
    pytest.param(
        "es",
        "Un tribunal obliga a una periodista a indemnizar con 8.000 euros a un concejal por un artículo",
        "El juzgado de primera instancia de Oviedo estima la demanda civil del edil por una columna sobre las obras "
        "del puerto.",
        False,
        id="r30-49",
    ),
    pytest.param(
        "vi",
        "Khởi tố sinh viên CNTT tìm ra lỗi bảo mật trên hệ thống đặt lịch khám và báo cho bệnh viện",
        "Công an TP Cần Thơ khởi tố Trần Minh Khoa về tội xâm nhập trái phép vào mạng máy tính theo Điều 289, dù "
        "Khoa đã gửi email báo lỗi cho bệnh viện từ tháng trước.",
        True,
        id="r30-50",
    ),
    pytest.param(
        "vi",
        "Học sinh lớp 11 ở Đà Nẵng bị công an triệu tập, phạt 7,5 triệu đồng vì báo lỗi trang tuyển sinh của Sở "
        "Giáo dục",
        "Em Nguyễn Hoàng Phúc cho biết chỉ nhắn tin cho quản trị viên rằng thông tin thí sinh có thể xem được mà "
        "không cần đăng nhập.",
        True,
        id="r30-51",
    ),
    pytest.param(
        "vi",
        "Nhóm hacker công bố lỗ hổng website ngân hàng để tống tiền, bị bắt tại TP.HCM",
        "Ba đối tượng đòi ngân hàng chuyển 2 tỷ đồng bằng tiền mã hoá nếu không muốn dữ liệu khách hàng bị tung lên "
        "mạng.",
        False,
        id="r30-52",
    ),
    pytest.param(
        "vi",
        "Microsoft công bố lỗ hổng nghiêm trọng trên Windows, khuyến cáo người dùng cập nhật ngay",
        "Cục An toàn thông tin đề nghị các cơ quan, doanh nghiệp rà soát và vá lỗi trước ngày 30.",
        False,
        id="r30-53",
    ),
    pytest.param(
        "vi",
        "Công ty bị phạt 200 triệu đồng vì để lộ dữ liệu khách hàng qua lỗ hổng website",
        "Sở Thông tin và Truyền thông Hà Nội xử phạt một công ty bán lẻ điện máy vì không bảo vệ dữ liệu cá nhân.",
        False,
        id="r30-54",
    ),
    pytest.param(
        "vi",
        "Bắt lại người từng bị tuyên 4 năm tù theo Điều 331, lần này bị cáo buộc theo Điều 117 vì livestream",
        "Công an tỉnh Nghệ An bắt tạm giam ông Hồ Văn Tâm sau các buổi phát trực tiếp trên Facebook bình luận về "
        "đất đai.",
        True,
        id="r30-55",
    ),
    pytest.param(
        "vi",
        "Facebooker Lê Văn Tùng, người đã chấp hành xong án 3 năm tù theo Điều 331, mở quán cà phê ở Đà Lạt",
        "Quán nhỏ trên đường Hoàng Diệu do anh và vợ tự tay trang trí, mở cửa từ tuần trước.",
        False,
        id="r30-56",
    ),
    pytest.param(
        "vi",
        "Bộ Ngoại giao bác bỏ báo cáo của HRW; cùng ngày, công an Thái Bình bắt một nhà hoạt động theo Điều 117",
        "Ông Đỗ Văn Lực bị bắt tại nhà ở huyện Kiến Xương vì các bài viết trên Facebook về quyền sử dụng đất.",
        True,
        id="r30-57",
    ),
    pytest.param(
        "vi",
        "Việt Nam phản đối đánh giá sai lệch của RSF về tự do báo chí",
        "Người phát ngôn Bộ Ngoại giao cho rằng bảng xếp hạng thiếu khách quan và không phản ánh thực tế.",
        False,
        id="r30-58",
    ),
    pytest.param(
        "vi",
        "Công an Hà Nội bắt tạm giam blogger Phạm Văn Hưng theo Điều 331, vụ mới nhất trong chuỗi các vụ bắt giữ, "
        "xét xử người dùng Facebook",
        "Ông Hưng bị cáo buộc đăng tải bài viết xuyên tạc về lãnh đạo thành phố.",
        True,
        id="r30-59",
    ),
    pytest.param(
        "vi",
        "Dù được nói 'không có cái gọi là tù nhân lương tâm', toà Nghệ An vẫn xử 6 năm tù nhà hoạt động môi trường",
        "Bà Lê Thị Hoà bị kết án theo Điều 117 vì các bài viết về ô nhiễm sông Lam.",
        True,
        id="r30-60",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "relevant"), REVIEW_30)
def test_what_the_thirtieth_review_found(language: str, title: str, summary: str, relevant: bool) -> None:
    assert judged(language, title, summary)[0] is relevant


# S107 (a weekend's reading) and S108 (custody and its defects in each press's idioms)
WEEKEND_NO_STEP = [
    pytest.param(
        "fr",
        "2026, l'année noire des radios communautaires : notre rétrospective",
        "Fréquences retirées, animateurs convoqués, stations fermées : retour sur douze mois de restrictions.",
        id="fr-retrospective",
    ),
    pytest.param(
        "es",
        "Foro en Quito: expertos advierten que el convenio puede habilitar la vigilancia de periodistas",
        "",
        id="es-forum-warning",
    ),
    pytest.param(
        "fr",
        "« Les Ondes muettes », le roman qui met en scène une journaliste jetée en prison pour un message",
        "Dans son deuxième livre, l'autrice imagine une journaliste poursuivie au titre d'une loi sur les fausses"
        " nouvelles.",
        id="fr-novel-plot",
    ),
    pytest.param(
        "es",
        "Vigilia en Managua a seis años de la detención del periodista Ernesto Ruiz",
        "",
        id="es-a-seis-anos-de",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), WEEKEND_NO_STEP)
def test_a_retrospective_a_warning_a_novel_or_a_vigil_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())


CUSTODY = [
    pytest.param(
        "en",
        "Magistrate allows police to hold Mombasa blogger for another 14 days over TikTok videos",
        "It is the second such extension since his arrest under the Computer Misuse and Cybercrimes Act.",
        id="en-held-for-another-14-days",
    ),
    pytest.param(
        "es",
        "Renuevan la prisión preventiva de cinco defensores del agua en Guapinol",
        "",
        id="es-renuevan-preventiva",
    ),
    pytest.param(
        "fr",
        "Lomé : le rédacteur en chef de « La Voix » toujours retenu à la police judiciaire, son avocat éconduit",
        "",
        id="fr-avocat-econduit",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), CUSTODY)
def test_custody_defects_in_each_presss_idiom_are_due_process(language: str, title: str, summary: str) -> None:
    assert "due-process" in reported_and_relevant(language, title, summary)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Family of Lahore vlogger says no word of him since men in plain clothes took him",
            "Police and the FIA deny holding him; his lawyer has filed a habeas petition over his videos.",
            id="en-deny-holding",
        ),
        pytest.param(
            "es",
            "Periodista de Camagüey 'desaparecido' tras una citación: nadie sabe de él desde el lunes",
            "En la unidad policial le dijeron a su esposa que no estaba registrado.",
            id="es-nadie-sabe-de-el",
        ),
    ],
)
def test_someone_held_where_no_one_may_know_is_graver(language: str, title: str, summary: str) -> None:
    alert = classify(arrest(title, summary, language=language), ConventionStatus())
    assert alert.relevance >= 0.5
    assert alert.severity in ("high", "critical")


# S109 (an inbox for 14 December) and S110 (reach across borders): an exile's prize or book names a state, not a step;
# a passport cancelled abroad, a citizenship stripped, a wanted list naming an exile and an exile's mother summoned are
# steps
@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en", "Exiled Azerbaijani reporter honoured at Oslo press freedom gala", "", id="en-exile-honoured"
        ),
        pytest.param(
            "fr",
            "Une blogueuse guinéenne en exil récompensée à Genève pour ses vidéos sur la transition",
            "",
            id="fr-exilee-recompensee",
        ),
        pytest.param(
            "es",
            "Periodista venezolano exiliado en Bogotá recibe el Premio Gabo por su cobertura de las protestas",
            "",
            id="es-exiliado-premiado",
        ),
    ],
)
def test_an_exiles_prize_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Kuwait strips citizenship of Istanbul-based activist over posts criticising the emir",
            "",
            id="en-strips-citizenship",
        ),
        pytest.param(
            "es",
            "Anulan el pasaporte de un periodista nicaragüense mientras cubría una cumbre en Panamá",
            "",
            id="es-anulan-el-pasaporte",
        ),
        pytest.param(
            "es",
            "La policía cita a la madre de un tuitero venezolano radicado en Madrid",
            "Le advirtieron que su hijo debe dejar de publicar críticas al Gobierno.",
            id="es-madre-de-exiliado-citada",
        ),
        pytest.param(
            "vi",
            "Tước quốc tịch Việt Nam đối với một người đăng video xuyên tạc trên YouTube từ Đức",
            "",
            id="vi-tuoc-quoc-tich",
        ),
    ],
)
def test_a_state_reaching_an_exile_is_transnational_repression(language: str, title: str, summary: str) -> None:
    assert "transnational-repression" in reported_and_relevant(language, title, summary)


# S111 (a step and an occasion, written again) and S112 (the press's quieter restraints): a step denied or long past
# beside an occasion is no case; a regulator's suspension, a pass withdrawn, a briefing shut, a tax audit after a story,
# a source to name and a channel blocked are
@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Interior ministry denies satirist was summoned under the cybercrimes law before Jerash festival",
            "",
            id="en-denied-summons",
        ),
        pytest.param(
            "en",
            "Abuja editor once detained under the Cybercrimes Act receives lifetime achievement award",
            "",
            id="en-once-detained",
        ),
        pytest.param(
            "vi",
            "Không có nhà báo nào bị bắt vì viết bài, người phát ngôn khẳng định",
            "",
            id="vi-khong-co-nha-bao-nao",
        ),
    ],
)
def test_a_step_denied_or_long_past_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Judge orders Brisbane reporter to reveal who leaked Defence procurement memo",
            "",
            id="en-reveal-who-leaked",
        ),
        pytest.param(
            "en",
            "Parliament withdraws reporter's gallery pass after questions on MPs' allowances",
            "",
            id="en-gallery-pass",
        ),
        pytest.param(
            "fr",
            "Dakar : la journaliste Awa Sarr interdite d'accès à la séance plénière après un reportage",
            "",
            id="fr-interdite-d-acces",
        ),
        pytest.param(
            "es",
            "Retiran la acreditación a reportera de un portal tras preguntar por los desaparecidos",
            "",
            id="es-retiran-acreditacion",
        ),
        pytest.param(
            "vi",
            "Kênh YouTube của nhà báo độc lập không còn xem được tại Việt Nam",
            "",
            id="vi-kenh-bi-chan",
        ),
    ],
)
def test_the_press_quieter_restraints_are_press_freedom(language: str, title: str, summary: str) -> None:
    assert "press-freedom" in reported_and_relevant(language, title, summary)
