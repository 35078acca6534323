"""Blind batches S82 (a cybercrime desk's week, where the classifier must not cry wolf) and S83 (civil society squeezed
short of arrest, and its look-alikes).

S83 scored 0.71 on first sight: groups acted against as groups (a union listed as 'extremist', NGOs stripped of legal
status, an association dissolved or suspended, a station taken off the air, accounts frozen, an office searched and
its computers taken) were neither emitted nor weighed, in all four languages. The groups are now read by what they
defend, the steps by their own words; the same steps against a federation, a bank, a fraudulent charity or a tenant
stay no case. A crime word inside a step's own phrase ("freezes its bank accounts") is the step's object, and a
report named as a step's cause ("over report on", "sau báo cáo về") makes it a case of expression.
"""

import pytest

from tests.classifier.factories import arrest, judged, reported_and_relevant
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.findings import read_signals
from tocsin_lexicon import Signal


@pytest.mark.parametrize(
    ("language", "title", "summary", "tags"),
    [
        pytest.param(
            "en",
            "Belarus lists independent miners' union in Salihorsk as 'extremist formation'",
            "",
            {"human-rights-defenders"},
            id="en-union-extremist",
        ),
        pytest.param(
            "en",
            "Tunisian court suspends migrant-rights association for a month over report on desert expulsions",
            "",
            {"human-rights-defenders", "free-expression"},
            id="en-association-suspended-over-report",
        ),
        pytest.param(
            "en",
            "Hong Kong press union says Inland Revenue is auditing its books, committee members' expenses",
            "",
            {"press-freedom"},
            id="en-press-union-audited",
        ),
        pytest.param(
            "fr",
            "Mali : le gouvernement dissout la Coordination citoyenne Jigiya après son communiqué sur la transition",
            "",
            {"human-rights-defenders"},
            id="fr-coordination-dissolved",
        ),
        pytest.param(
            "fr",
            "Tunisie : les comptes de l'association Manara gelés, sa présidente empêchée de voyager",
            "La Commission tunisienne des analyses financières a ordonné le gel des comptes bancaires de Manara, qui "
            "vient en aide aux migrants subsahariens à Sfax.",
            {"human-rights-defenders"},
            id="fr-accounts-frozen",
        ),
        pytest.param(
            "es",
            "Trabajo le suspendió la personería gremial al sindicato de los meteorólogos después del paro",
            "",
            {"human-rights-defenders"},
            id="es-union-status-suspended",
        ),
        pytest.param(
            "es",
            "Conatel ordena sacar del aire a Radio Frontera tras transmitir una entrevista con un dirigente opositor",
            "",
            {"press-freedom", "free-expression"},
            id="es-station-off-air",
        ),
        pytest.param(
            "vi",
            "Hà Nội đình chỉ hoạt động 12 tháng đối với một hội bảo vệ môi trường sau báo cáo về nước thải",
            "",
            {"human-rights-defenders", "free-expression"},
            id="vi-association-suspended-over-report",
        ),
        pytest.param(
            "vi",
            "Công an Đồng Nai khám xét văn phòng nhóm tư vấn pháp lý cho công nhân, thu giữ 5 máy tính và ổ cứng",
            "",
            {"human-rights-defenders", "surveillance"},
            id="vi-office-searched",
        ),
    ],
)
def test_a_group_acted_against_as_a_group_is_a_case(language: str, title: str, summary: str, tags: set[str]) -> None:
    assert tags <= reported_and_relevant(language, title, summary)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        ("en", "Lao Football Federation suspends Vientiane club, freezes prize money over match-fixing", ""),
        (
            "en",
            "Rights group ordered to vacate Braamfontein offices after losing rent dispute",
            "The High Court dismissed the organisation's appeal against an eviction order obtained by the building's "
            "owner over R620,000 in unpaid rent.",
        ),
        ("fr", "Le ministère des Sports suspend la Fédération ivoirienne de taekwondo et gèle ses comptes", ""),
        (
            "es",
            "SAT revoca autorización como donataria a fundación que vendía facturas falsas; la UIF congela sus cuentas",
            "",
        ),
        ("vi", "Thu hồi giấy phép, giải thể quỹ từ thiện sau khi thanh tra phát hiện chi sai gần 5 tỷ đồng", ""),
        (
            "en",
            "HCMC police bust ransomware ring that locked servers of online newspaper, logistics firms",
            "Police have prosecuted five men under Articles 289 and 290 of the Penal Code after the group encrypted "
            "the servers of an online newspaper and demanded VND12 billion in cryptocurrency.",
        ),
        (
            "en",
            "Man charged with threatening to shoot Nyeri MP in TikTok clip; pistol recovered",
            "A man was arraigned accused of posting a TikTok video in which he brandished a pistol, contrary to the "
            "Computer Misuse and Cybercrimes Act.",
        ),
        (
            "es",
            "Detienen en flagrancia a “periodista” de Facebook que cobraba a comerciantes por no publicar notas",
            "Fue arrestado al recibir 30 mil pesos en billetes marcados de un restaurantero que lo había denunciado "
            "por extorsión.",
        ),
    ],
)
def test_the_same_steps_against_a_business_a_fraud_or_a_tenant_are_no_case(
    language: str, title: str, summary: str
) -> None:
    assert judged(language, title, summary)[0] is False


def test_a_crime_word_inside_a_steps_own_phrase_is_its_object() -> None:
    """ "bank accounts" is a fraud ring's word on its own; frozen by the state, it is what the step acts on."""
    signals = read_signals("Nicaragua strips women's rights group of legal status and freezes its bank accounts", "en")
    assert not signals.has(Signal.CYBERCRIME)
    assert signals.has(Signal.ARREST)
    fraud = read_signals("Police trace stolen funds to 40 bank accounts in Lagos", "en")
    assert fraud.has(Signal.CYBERCRIME)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Cambodia suspends land rights NGO for three months over eviction report"),
        ("vi", "Hà Nội đình chỉ hoạt động một hội bảo vệ môi trường sau báo cáo về nước thải"),
    ],
)
def test_a_report_named_as_the_steps_cause_opens_with_its_cause_word(language: str, title: str) -> None:
    assert read_signals(title, language).caused


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "en",
            "Lao woman missing in custody after Facebook Live on dam compensation",
            "Police detained a market vendor days after she broadcast a Facebook Live accusing officials.",
        ),
        ("es", "Familia de joven capturado tras un video en TikTok desconoce su paradero desde hace 40 días", ""),
    ],
)
def test_someone_missing_in_custody_is_held_incommunicado(language: str, title: str, summary: str) -> None:
    alert = classify(arrest(title, summary, language=language), ConventionStatus())
    assert alert.severity in {"high", "critical"}
    assert "due-process" in {t.tag for t in alert.tags if t.confidence >= 0.5}


# Blind batches S84 (civil society again, other writers: 0.69 on S83's phrases, hence `tocsin_lexicon.groups`), S85
# (charges that may be pretexts), S86 and S87 (closing forecasts), S88 (groups written fresh), S89 (the genre shape
# again) and S90 (pretexts again), after their rounds
S84_S90: list[tuple[str, str, str, bool]] = [
    ("en", "Nicaragua strips Miskitu women's association of legal status, hands its clinic to the state", "", True),
    ("en", "Laos refuses to renew registration of Vientiane land-rights association under Decree 238", "", True),
    ("es", "El Mint cancela otras 23 ONG; entre ellas la Red de Mujeres Rurales de Jinotega", "", True),
    ("en", "Tunisian radio commentator gets one year in prison under Decree 54 over on-air remarks", "", True),
    ("fr", "Une association dissoute après le détournement de subventions publiques", "", False),
    ("es", "Cierran fundación tras comprobarse desfalco de su directora", "", False),
    ("fr", "Ligue 2 : le défenseur Mathis Carré suspendu huit matchs pour avoir bousculé un arbitre", "", False),
    ("en", "FA charges Championship midfielder over 'improper' social media post", "", False),
    ("en", "Nairobi TV presenter charged with grievous harm after Ngong Road road-rage incident", "", False),
    ("fr", "Intox : non, le journaliste Hamid Alaoui n'a pas été arrêté par la BNPJ", "", False),
    ("vi", "Ra mắt hồi ký của cựu tù nhân chính trị Hồ Văn Thịnh tại Little Saigon", "", False),
    (
        "es",
        "MP allana oficinas del Consejo Q'anil Tinamit en Sololá y se lleva discos duros y laptops",
        "Agentes de la Fiscalía Especial contra la Impunidad (FECI) y de la Policía Nacional Civil permanecieron "
        "seis horas en la sede de la organización, que acompaña a comunidades kaqchikeles en sus reclamos por el "
        "agua del lago de Atitlán. El Ministerio Público no ha explicado el motivo de la diligencia.",
        True,
    ),
    # S87 (a second closing forecast) and S88 (groups written fresh), after their round
    (
        "en",
        "Nicaragua's Interior Ministry cancels legal status of 12 more NGOs, among them a human rights centre",
        "",
        True,
    ),
    (
        "fr",
        "Niger : le ministère de l'Intérieur suspend pour trois mois les activités de l'ONG Alternative Espaces "
        "Citoyens",
        "",
        True,
    ),
    (
        "fr",
        "Une journaliste sommée par la Cour supérieure de révéler sa source dans l'affaire des contrats de l'UPAC",
        "",
        True,
    ),
    (
        "es",
        "Interior multa con 601 euros a un fotoperiodista por publicar imágenes de agentes en un desahucio en Lavapiés",
        "",
        True,
    ),
    ("es", "R3D documenta nueva infección con Pegasus, esta vez en el teléfono de una buscadora de Culiacán", "", True),
    ("en", "Undergraduate who emailed JPN about exposed records now charged with unauthorised access", "", True),
    ("en", "Fact check: Viral claim that Tunisian journalist was arrested at Carthage airport is false", "", False),
    ("en", "DPR commission opens hearings on yet another ITE Law revision", "", False),
    (
        "vi",
        "Kiểm chứng: Ca sĩ Hồ Quang Vinh không bị bắt vì livestream, tin đồn xuất phát từ video cắt ghép",
        "",
        False,
    ),
    ("en", "MHA cancels FCRA licence of Ranchi Adivasi rights group, foreign contribution account frozen", "", True),
    (
        "en",
        "Nicaragua's Interior Ministry cancels legal personality of Matagalpa women's collective and seizes its clinic",
        "",
        True,
    ),
    (
        "en",
        "Ankara court orders dissolution of LGBTI+ association Rainbow Steps on 'general morality' grounds",
        "",
        True,
    ),
    ("en", "Belarus adds Hrodna journalists' union to list of 'extremist formations'", "", True),
    (
        "es",
        "Ministerio del Interior cancela la personalidad jurídica de 18 asociaciones, entre ellas un colectivo "
        "LGBTIQ+ de León",
        "",
        True,
    ),
    (
        "es",
        "Paraguay: el Gobierno intima a 40 ONG a entregar las listas de sus socios y donantes bajo la nueva ley de "
        "control",
        "",
        True,
    ),
    (
        "vi",
        'Nhóm nữ công nhân "Tiếng Nói Chị Em" bị phong tỏa tài khoản, bị yêu cầu nộp danh sách thành viên',
        "",
        True,
    ),
    # S89 (the genre shape again) and S90 (pretexts again), after their round
    ("fr", "Le CPJ recense 61 journalistes derrière les barreaux en Afrique subsaharienne", "", False),
    (
        "fr",
        "Classement mondial de la liberté de la presse 2026 : la Tunisie perd encore du terrain, le Sénégal remonte",
        "",
        False,
    ),
    ("es", "Censo del CPJ: Venezuela y Cuba concentran los periodistas presos de América Latina", "", False),
    ("vi", "Thông tin nhà báo Trần Minh Khoa bị khởi tố theo Điều 331 là không chính xác", "", False),
    (
        "es",
        "Migración retiene el pasaporte a periodista nicaragüense que iba a presentar su libro en la FIL de "
        "Guadalajara",
        "",
        True,
    ),
    (
        "es",
        "Retienen cinco horas en el aeropuerto de La Habana a periodista independiente premiada en Madrid",
        "",
        True,
    ),
    ("en", "Union leader arrested on factory's theft complaint a month after Kandal wage strike", "", True),
]


@pytest.mark.parametrize(("language", "title", "summary", "relevant"), S84_S90)
def test_what_s84_to_s90_found(language: str, title: str, summary: str, relevant: bool) -> None:
    assert judged(language, title, summary)[0] is relevant
    if relevant:
        assert reported_and_relevant(language, title, summary)


# The twenty-eighth review's probes that this session's tables read as labelled (55 of 60; the five left are in the
# eval README): the steps' look-alikes (a storm, a union's own strike, ultras, a university's restructuring, a
# consumers' association, a charity's proven fraud) and the same steps in other words
REVIEW_28: list[tuple[str, str, str, bool]] = [
    (
        "en",
        "FIFA bans Zimbabwe Football Association over government interference in its board",
        "World football's governing body suspended ZIFA from all international competition after the Sports and "
        "Recreation Commission dismissed its elected executive. The national team will miss the World Cup "
        "qualifiers.",
        False,
    ),
    (
        "en",
        "Storm Éowyn floods legal aid clinic in Galway, destroying client files",
        "Staff at the community legal aid clinic spent the weekend salvaging paperwork after the storm pushed river "
        "water into the ground floor. The clinic will reopen in temporary premises on Monday.",
        False,
    ),
    (
        "en",
        "EU adds 40 election monitors to Mozambique observation mission ahead of run-off",
        "The European Union's mission will deploy the additional long-term observers to Nampula and Zambezia "
        "provinces, its chief observer said on Tuesday.",
        False,
    ),
    (
        "en",
        "Strike suspended as doctors' union and Health Ministry sign pay deal",
        "The Kenya Medical Practitioners, Pharmacists and Dentists Union told members to return to work on Monday "
        "after the ministry agreed to post 3,000 interns and pay salary arrears by March.",
        False,
    ),
    (
        "en",
        "Adani Ports says tax department audited its accounts for 2023, found no irregularities",
        "In a stock exchange filing, the company said the Income Tax Department's routine assessment had closed "
        "without any demand for additional tax.",
        False,
    ),
    (
        "en",
        "US designates Venezuelan gang Tren de Aragua a terrorist organization, freezes accounts of leaders",
        "The Treasury Department said the designation lets it block assets of gang members accused of extortion, "
        "human trafficking and contract killings across South America.",
        False,
    ),
    (
        "en",
        "Police raid NGO-run orphanage in Nakuru, rescue 30 children; founder charged with trafficking",
        "Detectives said the founder of the Hope Haven Foundation had been sending children to work on farms and "
        "pocketing donations from abroad. He was charged with child trafficking at the Nakuru Law Courts.",
        False,
    ),
    (
        "en",
        "Charity founder pleads guilty to pocketing flood-relief donations; regulator deregisters foundation",
        "Mark Ellery admitted at Leeds Crown Court that he moved £410,000 raised for flood victims into his "
        "personal accounts, as bank statements showed. The Charity Commission removed the foundation from its "
        "register.",
        False,
    ),
    (
        "en",
        "Radio host convicted of extorting council chairman after recordings show him demanding cash to kill story",
        "A Lagos court found Segun Adeyemi-Okoro guilty of extortion after prosecutors played calls in which he "
        "asked for 5 million naira to drop a report on contract awards. He was sentenced to three years.",
        False,
    ),
    (
        "en",
        "Charities regulator deregisters 900 dormant associations that filed no accounts for five years",
        "New Zealand's Charities Services said it removed the associations after repeated reminders; most were "
        "sports clubs and parent-teacher groups that had stopped operating.",
        False,
    ),
    (
        "en",
        "Kyrgyz authorities shutter anti-corruption NGO after it published officials' asset declarations",
        "The Justice Ministry ordered the Bishkek-based group to cease operations, saying its online database of "
        "officials' property 'discredited state bodies'. Its director, Aibek Toktosunov, said staff had been "
        "questioned by the security service.",
        True,
    ),
    (
        "en",
        "Pakistan revokes registration of Baloch women's rights forum after Quetta sit-in",
        "The Balochistan Home Department said the forum had 'engaged in activities against the state' by organising "
        "the protest over enforced disappearances. Its bank account was frozen the same day.",
        True,
    ),
    (
        "en",
        "Thai tax police seize laptops, donor files at LGBT rights charity",
        "Officers from the Revenue Department and the Crime Suppression Division spent seven hours at the Bangkok "
        "office of the charity, which had campaigned against a lese-majeste case, and left with five laptops and "
        "its donor records, director Somchai Rattanakul said.",
        True,
    ),
    (
        "en",
        "Reporter arrested after police officer threatened to shoot him at Nairobi protest",
        "Video shows an officer pointing a rifle at NTV reporter Brian Otieno before he was handcuffed and driven "
        "away while filming the march. Police said he was held for 'obstruction' and released on bond the next "
        "morning.",
        True,
    ),
    (
        "en",
        "Kenyan activist pleads guilty to insulting president on X, fined 200,000 shillings",
        "Mercy Wanjiru, who campaigns against police killings, was charged under the Computer Misuse and "
        "Cybercrimes Act over a post calling the president a 'liar'. She told the court she pleaded guilty to avoid "
        "a long trial.",
        True,
    ),
    (
        "en",
        "Uganda's NGO Bureau halts work of 54 civic groups weeks before election",
        "The National Bureau for NGOs said the groups, including several that train election observers and document "
        "police abuses, had failed to 'comply with the law' and must stop all activities immediately.",
        True,
    ),
    (
        "fr",
        "Dissolution de l'association des anciens élèves du lycée Henri-IV, faute de repreneurs",
        "Réunis en assemblée générale extraordinaire, les derniers membres du bureau ont voté la dissolution de "
        "l'association, fondée en 1921, et le versement de ses fonds à la bibliothèque du lycée.",
        False,
    ),
    (
        "fr",
        "Grève à la RATP : suspension du mouvement, le syndicat salue un accord salarial",
        "Après trois jours de perturbations sur le réseau, la CGT-RATP a levé son préavis à la suite d'une "
        "revalorisation de 4 % des salaires des conducteurs.",
        False,
    ),
    (
        "fr",
        "Le gouvernement dissout le conseil municipal de Saint-Denis ; le collectif des riverains se félicite",
        "Un décret publié au Journal officiel met fin au mandat des élus après la démission de la moitié du "
        "conseil. Des élections partielles auront lieu dans trois mois.",
        False,
    ),
    (
        "fr",
        "Les enquêteurs perquisitionnent la fondation d'un ancien footballeur soupçonné d'abus de biens sociaux",
        "Selon le parquet national financier, plus de 2 millions d'euros destinés à des écoles au Sénégal auraient "
        "servi à financer des biens immobiliers.",
        False,
    ),
    (
        "fr",
        "Le gouvernement dissout l'association de supporters ultras après les violences au Vélodrome",
        "Le décret vise le groupe dont plusieurs membres ont été condamnés pour l'agression de stadiers et des jets "
        "d'engins pyrotechniques lors du dernier match.",
        False,
    ),
    (
        "fr",
        "Un journaliste condamné pour avoir exigé de l'argent d'un maire en échange de son silence, enregistrements "
        "à l'appui",
        "Le tribunal de Dakar a condamné Moussa Ndiaye-Fall à deux ans de prison pour extorsion de fonds, sur la "
        "base d'enregistrements où il réclamait 5 millions de francs CFA pour ne pas publier un article.",
        False,
    ),
    (
        "fr",
        "Gel des avoirs d'une association accusée de financer des groupes jihadistes au Sahel",
        "Le ministère de l'Économie a ordonné le gel des comptes de l'association caritative, dont deux dirigeants "
        "sont mis en examen pour financement du terrorisme.",
        False,
    ),
    (
        "fr",
        "Burkina Faso : le gouvernement suspend les activités de plusieurs associations de la société civile",
        "Un arrêté du ministère de l'Administration territoriale reproche à ces associations, dont deux engagées "
        "dans la défense des libertés, des « prises de position de nature à troubler l'ordre public » après leurs "
        "déclarations sur la transition.",
        True,
    ),
    (
        "fr",
        "Tunisie : une association d'aide aux migrants voit ses comptes bancaires saisis par la justice",
        "Le juge d'instruction a ordonné la saisie des avoirs de l'association à Sfax, dont la présidente, Amira "
        "Ben Salah, est poursuivie pour « aide à l'entrée illégale » après avoir hébergé des familles "
        "subsahariennes.",
        True,
    ),
    (
        "fr",
        "Niger : les locaux d'une ONG de défense des droits humains fouillés, trois ordinateurs emportés",
        "Des agents des renseignements ont passé quatre heures au siège de l'organisation à Niamey, selon son "
        "coordonnateur, qui dénonce une tentative d'intimidation après un rapport sur les détentions arbitraires.",
        True,
    ),
    (
        "fr",
        "Algérie : la justice prononce la fermeture de la LADDH, plus ancienne ligue des droits de l'homme du pays",
        "Le tribunal administratif d'Alger a fait droit à la requête du ministère de l'Intérieur, qui reprochait à "
        "la ligue des activités « non conformes à ses statuts ».",
        True,
    ),
    (
        "fr",
        "Journaliste arrêté au lendemain de ses articles sur la fraude fiscale d'un ministre",
        "Le reporter camerounais Hervé Ngando, dont les articles évoquaient un compte caché à l'étranger, a été "
        "placé en garde à vue à Douala pour « diffamation » et « propagation de fausses nouvelles ».",
        True,
    ),
    (
        "fr",
        "Un militant écologiste poursuivi pour diffamation après avoir dénoncé une construction sans permis d'un élu",
        "Le parquet de Bastia a renvoyé devant le tribunal correctionnel Jean-Marc Santoni, membre de l'association "
        "U Levante, pour une publication Facebook sur la villa d'un conseiller territorial.",
        True,
    ),
    (
        "fr",
        "Mali : un journaliste enquêtant sur des enlèvements contre rançon placé sous mandat de dépôt",
        "Le pôle judiciaire spécialisé reproche à Issa Traoré, directeur de publication d'un hebdomadaire de "
        "Bamako, « l'atteinte au crédit de l'État » pour une série d'articles sur des rançons versées à des groupes "
        "armés.",
        True,
    ),
    (
        "fr",
        "Sénégal : le ministère de l'Intérieur retire l'autorisation d'une ONG après son rapport sur la torture",
        "L'organisation, qui documentait les violences en garde à vue depuis 2012, a reçu l'ordre de cesser ses "
        "activités sous quinze jours.",
        True,
    ),
    (
        "vi",
        "Đình chỉ hoạt động 3 quán karaoke vi phạm quy định phòng cháy chữa cháy",
        "Công an quận Cầu Giấy cho biết các cơ sở không trang bị bình chữa cháy, lối thoát hiểm bị khóa trái.",
        False,
    ),
    (
        "vi",
        "Xử phạt doanh nghiệp thép 500 triệu đồng vì vi phạm quy định về bảo vệ môi trường",
        "Thanh tra Bộ Tài nguyên và Môi trường xác định công ty xả nước thải vượt quy chuẩn ra sông Cầu; doanh "
        "nghiệp bị đình chỉ hoạt động lò cao trong 4 tháng.",
        False,
    ),
    (
        "vi",
        "Đại học Quốc gia Hà Nội giải thể 5 trung tâm nghiên cứu để tinh gọn bộ máy",
        "Theo quyết định của Giám đốc ĐHQGHN, nhân sự các trung tâm sẽ được chuyển về các khoa và viện trực thuộc.",
        False,
    ),
    (
        "vi",
        "Khám xét trụ sở, phong tỏa tài khoản mạng lưới bán hàng đa cấp chiếm đoạt 300 tỷ đồng",
        "Công an TP.HCM đã bắt 7 người điều hành mạng lưới, thu giữ nhiều tài liệu, hợp đồng với hơn 4.000 nạn nhân.",
        False,
    ),
    (
        "vi",
        "Khám xét văn phòng công ty bất động sản liên quan vụ Vạn Thịnh Phát",
        "Cơ quan Cảnh sát điều tra Bộ Công an đã khởi tố tổng giám đốc công ty về tội vi phạm quy định về cho vay "
        "trong hoạt động của các tổ chức tín dụng.",
        False,
    ),
    (
        "vi",
        "Nhà báo bị bắt quả tang nhận 200 triệu đồng của doanh nghiệp để gỡ bài",
        "Công an tỉnh Bắc Ninh khởi tố phóng viên Trần Văn Hưng về tội cưỡng đoạt tài sản; camera và tin nhắn cho "
        "thấy anh đòi tiền để không đăng tiếp loạt bài về bãi rác.",
        False,
    ),
    (
        "vi",
        "Đình chỉ hoạt động Hội Bảo vệ quyền lợi người tiêu dùng huyện vì thu phí hội viên trái phép",
        'Sở Nội vụ tỉnh Thanh Hóa cho biết hội đã thu "phí thẩm định" của các cửa hàng trái điều lệ; ban chấp '
        "hành bị yêu cầu hoàn trả hơn 800 triệu đồng.",
        False,
    ),
    (
        "vi",
        "Yêu cầu tạm dừng hoạt động một tổ chức phi lợi nhuận về quyền người khuyết tật sau khi công bố khảo sát",
        'Sở Nội vụ TP.HCM cho rằng khảo sát của tổ chức về việc trường học từ chối nhận trẻ khuyết tật "thiếu '
        'khách quan, gây bức xúc dư luận"; giám đốc tổ chức bị mời lên làm việc ba lần trong tháng.',
        True,
    ),
    (
        "vi",
        "Khởi tố giám đốc một tổ chức phi chính phủ vận động chống nhiệt điện than về tội trốn thuế",
        "Bà Nguyễn Thị Lan, người nhiều năm kêu gọi giảm phụ thuộc vào than, bị tạm giam 4 tháng vì không kê khai "
        "thuế cho các khoản tài trợ quốc tế của tổ chức.",
        True,
    ),
    (
        "vi",
        "Công an thu giữ máy tính, danh sách hội viên tại trụ sở một nhóm bảo vệ quyền lợi người lao động",
        "Nhóm hoạt động tại khu công nghiệp ở Bình Dương cho biết công an đã mang đi 4 máy tính xách tay, sổ ghi "
        "tên công nhân tham gia và yêu cầu trưởng nhóm cung cấp mật khẩu email.",
        True,
    ),
    (
        "vi",
        "Nhà báo bị bắt sau loạt bài về việc làm giả hợp đồng chuyển nhượng đất ở Đồng Nai",
        "Phóng viên Lê Văn Tùng bị khởi tố theo Điều 331 Bộ luật Hình sự về tội lợi dụng các quyền tự do dân chủ, "
        "vài tuần sau khi đăng các bài viết nêu tên cán bộ địa chính.",
        True,
    ),
    (
        "vi",
        "Công an triệu tập 6 thành viên nhóm khiếu kiện đất đai, yêu cầu ký cam kết giải tán nhóm",
        'Các nông dân mất đất ở huyện Văn Giang cho biết họ bị thẩm vấn nhiều giờ và bị cảnh cáo rằng nhóm là "tổ '
        'chức hoạt động trái phép" sau khi gửi đơn kêu cứu tới các đại sứ quán.',
        True,
    ),
    (
        "vi",
        "Bị cấm xuất cảnh, điều phối viên mạng lưới phòng chống bạo lực giới không thể dự phiên họp CEDAW",
        'Bà Đỗ Thu Hà bị an ninh cửa khẩu sân bay Nội Bài giữ lại với lý do "vì an ninh quốc gia" khi chuẩn bị '
        "sang Geneva trình bày báo cáo bóng về quyền phụ nữ.",
        True,
    ),
    (
        "vi",
        "Người phụ nữ bị bắt sau khi đăng bài phản đối việc giải thể trường tiểu học của làng",
        'Bà Hoàng Thị Mai bị khởi tố theo Điều 331 vì các bài đăng Facebook cho rằng chính quyền huyện "bán đất '
        'trường cho doanh nghiệp".',
        True,
    ),
    (
        "es",
        "La Conmebol sanciona a dos defensores de Boca Juniors por agredir al árbitro",
        "El Tribunal de Disciplina suspendió por seis partidos a ambos jugadores tras los incidentes del final del "
        "partido de Copa Libertadores en Asunción.",
        False,
    ),
    (
        "es",
        "Ministerio de Trabajo sanciona a hacienda cafetera por explotar a trabajadores campesinos",
        "La inspección comprobó jornadas de 14 horas y salarios por debajo del mínimo para 80 recolectores en "
        "Risaralda; la multa supera los 900 millones de pesos.",
        False,
    ),
    (
        "es",
        "El Supremo disuelve la asociación cannábica de Barcelona por tráfico de drogas",
        "El tribunal confirmó que el club vendía marihuana a más de 3.000 socios, incluidos turistas, y condenó a "
        "su presidente a tres años de prisión.",
        False,
    ),
    (
        "es",
        "La UIF congela las cuentas de la fundación del exgobernador investigado por peculado",
        "La Unidad de Inteligencia Financiera detectó transferencias por 400 millones de pesos del erario estatal a "
        "la fundación, según la Fiscalía Anticorrupción.",
        False,
    ),
    (
        "es",
        "Condenan a periodista que cobraba a un alcalde a cambio de no difundir un video; la Fiscalía presentó "
        "grabaciones",
        "El Tribunal Oral de Tucumán impuso cuatro años de prisión a Raúl Medina por extorsión tras escuchar audios "
        "en los que exigía dos millones de pesos.",
        False,
    ),
    (
        "es",
        "Detienen a hombre que vendía armas mediante posteos en Facebook",
        "La Policía de la Ciudad secuestró dos pistolas y un revólver en su vivienda de Lomas de Zamora; ofrecía "
        "las armas en grupos de compraventa.",
        False,
    ),
    (
        "es",
        "Agentes del Sebin irrumpen en la sede de una ONG que asiste a presos políticos y se llevan sus archivos",
        "Los funcionarios permanecieron cinco horas en la oficina de Caracas y se retiraron con expedientes de 300 "
        "detenidos, según la directora de la organización.",
        True,
    ),
    (
        "es",
        "El Salvador congela fondos de asociación ambientalista que se opone a la minería",
        "La Fiscalía General ordenó el congelamiento preventivo de los fondos de la asociación de Cabañas tras "
        "acusarla de lavado de dinero por donaciones del exterior; sus dirigentes lo califican de represalia por su "
        "campaña contra la reapertura de minas.",
        True,
    ),
    (
        "es",
        "Procesan a periodista que denunció un desfalco en la alcaldía de Maracaibo por 'instigación al odio'",
        "La jueza ordenó arresto domiciliario para la reportera Ana Lucía Pérez, quien había difundido documentos "
        "sobre el desvío de fondos de la alcaldía.",
        True,
    ),
    (
        "es",
        "Capturan a dirigente campesino días después de encabezar un bloqueo contra una mina en Cajamarca",
        "La Policía acusa a Segundo Vásquez de disturbios; la coordinadora campesina denunció que la orden de "
        "captura fue emitida a pedido de la empresa minera.",
        True,
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "relevant"), REVIEW_28)
def test_what_the_twenty_eighth_review_found(language: str, title: str, summary: str, relevant: bool) -> None:
    assert judged(language, title, summary)[0] is relevant
