"""Blind batches S133 (an inbox for 23 December), S134 (vigils, anniversaries and solidarity), S135 (an inbox for
24 December), S136 (occasions, written fresh after S134's round), S137 (an inbox for 28 December) and S138 (statements
and appeals: a state's denial for everyone, a call to free someone held, is no step).

An occasion for someone jailed long ago (a mural, an open letter, a prize accepted in their absence, a march held every
year, "Il y a deux ans", an appeal for a release) frames a report that retells the old case in a new case's words: the
headline names the occasion and no step, whatever state of the person it names ("jailed Tunisian commentator",
"reportero … preso desde 2021": `findings._held`). A step taken at or over the occasion is still read.
"""

import pytest

from tests.classifier.factories import judged, reported_and_relevant
from tocsin_classifier.calibration import features
from tocsin_classifier.findings import read_signals
from tocsin_classifier.rules import relevance
from tocsin_lexicon import Signal

OCCASIONS_RETOLD = [
    pytest.param(
        "en",
        "Jailed Belarusian editor wins press freedom award in absentia",
        "Imprisoned editor Alena Karpovich was named winner of a Strasbourg-based journalists' association's annual "
        "award on Thursday, with her sister accepting on her behalf. Karpovich was detained in Minsk in 2021, "
        "charged with facilitating extremist activity and sentenced after a closed trial to nine years in a penal "
        "colony.",
        id="en-award-in-absentia",
    ),
    pytest.param(
        "en",
        "Mural honouring jailed Tunisian commentator unveiled in Marseille",
        "A three-storey portrait of radio commentator Salma Dridi was unveiled on a wall in the Noailles district "
        "on Sunday by Tunisian exiles and local artists. Dridi was arrested in Tunis in 2024 and sentenced to two "
        "years in prison under Article 24 of Decree-Law 54 over remarks made on air.",
        id="en-mural",
    ),
    pytest.param(
        "en",
        "Security researchers in Kuala Lumpur pay tribute to colleague charged a decade ago under Computer Crimes "
        "Act after reporting bank flaw",
        "",
        id="en-tribute-a-decade-ago",
    ),
    pytest.param(
        "fr",
        "Genève : le prix de la Fondation pour la presse libre remis en son absence au journaliste algérien Farid "
        "Benali",
        "Emprisonné depuis 2022, le directeur du site Le Quotidien du Sud purge une peine de sept ans prononcée en "
        "appel pour « atteinte à la sûreté de l'État » et « réception de fonds de l'étranger ». C'est sa fille qui "
        "a reçu la distinction, dotée de 20 000 francs, lors d'une cérémonie au Palais Eynard.",
        id="fr-prix-en-son-absence",
    ),
    pytest.param(
        "fr",
        "Un an après sa grâce royale, le journaliste Yassine Amrani fêté par ses confrères à Rabat",
        "Condamné en 2021 à six ans de prison ferme dans une affaire de mœurs qu'il a toujours dite montée de "
        "toutes pièces pour faire taire ses éditoriaux, il avait été gracié en juillet 2024 avec plusieurs autres "
        "détenus d'opinion. La soirée, organisée dans un café culturel de l'Agdal, s'est tenue sans incident.",
        id="fr-un-an-apres-sa-grace",
    ),
    pytest.param(
        "es",
        "Develan en Culiacán un mural en memoria del periodista Saúl Ibarra, asesinado en 2017",
        "",
        id="es-mural",
    ),
    pytest.param(
        "es",
        "Más de 60 organizaciones piden en carta abierta la liberación de la defensora Mireya Salcedo",
        "La misiva, dirigida al Alto Comisionado de la ONU para los Derechos Humanos, recuerda que la coordinadora "
        "de una ONG de Barquisimeto fue detenida en marzo de 2024 por funcionarios de la Dgcim y acusada de "
        "'traición a la patria' y 'terrorismo', y que sigue recluida a la espera de juicio.",
        id="es-carta-abierta",
    ),
    pytest.param(
        "es",
        "Exiliados cubanos marchan en Madrid por el 11J, como cada año",
        "Convocados por la plataforma de Orlando Vidal, varios centenares de cubanos recorrieron el centro de la "
        "capital para recordar a los manifestantes detenidos en julio de 2021, muchos de ellos condenados por "
        "sedición y desórdenes públicos a penas de hasta 25 años de prisión.",
        id="es-como-cada-ano",
    ),
    pytest.param(
        "vi",
        "Nhà báo đang thụ án Nguyễn Thị Hằng được trao giải Tự do Báo chí vắng mặt",
        "Bà Hằng, cựu phóng viên tự do, bị Công an TP.HCM bắt năm 2020 và bị Tòa án Nhân dân TP.HCM tuyên 9 năm tù "
        "theo Điều 117 vì các bài viết và video phê phán chính quyền. Tại lễ trao giải ở Paris tối thứ Ba, con gái "
        "bà đã đọc thay bài phát biểu của mẹ.",
        id="vi-trao-giai-vang-mat",
    ),
    pytest.param(
        "vi",
        "Cộng đồng người Việt tại Berlin tuần hành thường niên, nhắc lại vụ blogger bị bắt cóc từ Thái Lan",
        "Blogger Đặng Quốc Huy bị bắt cóc tại Bangkok tháng 1/2019, bị đưa về Việt Nam và sau đó bị tuyên 12 năm tù "
        "theo Điều 117. Như mỗi năm, khoảng 200 người đã tuần hành từ Đại sứ quán Việt Nam đến Cổng Brandenburg hôm "
        "Chủ nhật để đòi trả tự do cho ông.",
        id="vi-nhac-lai-vu",
    ),
    pytest.param(
        "es",
        "El Parlamento Europeo pide la liberación del periodista venezolano Jesús Carrasquero",
        "La resolución, aprobada por 487 votos a favor, recuerda que Carrasquero fue detenido en enero de 2024 por "
        "el Sebin, acusado de 'instigación al odio' y 'terrorismo' por sus publicaciones y mantenido incomunicado "
        "durante semanas en El Helicoide. Los eurodiputados instan también a Caracas a liberar a todos los presos "
        "políticos.",
        id="es-pide-la-liberacion",
    ),
    pytest.param(
        "en",
        "Viet Nam says no one is arrested for expressing opinions",
        "",
        id="en-no-one-arrested-for-opinions",
    ),
    pytest.param(
        "en",
        "European Parliament resolution calls on Azerbaijan to free jailed reporters",
        "MEPs adopted a resolution recalling that several journalists from the outlet Meydan Dalga were sentenced "
        "last year to terms of up to nine years on smuggling charges. The text urges Baku to release them and calls "
        "on the Commission to review cooperation.",
        id="en-calls-on-to-free",
    ),
    pytest.param(
        "es",
        "Fiscal General: 'En Venezuela nadie está preso por lo que escribe en redes sociales'",
        "El fiscal respondió así al informe de la Misión Internacional Independiente de Determinación de los Hechos "
        "de la ONU, al que calificó de 'panfleto'. Aseguró que quienes son procesados bajo la Ley contra el Odio lo "
        "están por cometer delitos y no por opinar.",
        id="es-nadie-esta-preso",
    ),
    pytest.param(
        "vi",
        "Người phát ngôn Bộ Ngoại giao: ở Việt Nam không có ai bị bắt vì 'tự do ngôn luận'",
        "Trả lời câu hỏi của phóng viên về báo cáo nhân quyền mới công bố của một tổ chức nước ngoài, người phát "
        "ngôn khẳng định các trường hợp bị xử lý đều do vi phạm pháp luật, không phải vì bày tỏ chính kiến. Bà cho "
        "rằng báo cáo 'dựa trên thông tin sai lệch, thiếu khách quan'.",
        id="vi-khong-co-ai-bi-bat",
    ),
    pytest.param(
        "en",
        "India paid ethical hackers a record ₹4 crore in bug bounties this year, CERT-In says",
        "The national computer emergency response team said security researchers reported more than 1,900 "
        "vulnerabilities in government websites under its responsible disclosure programme, up from about 1,200 in "
        "2025.",
        id="en-bug-bounties",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), OCCASIONS_RETOLD)
def test_an_occasion_for_someone_jailed_long_ago_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())


STEPS_AT_OCCASIONS = [
    pytest.param(
        "en",
        "Cybercrime agency summons Peshawar reporter over vigil speech for slain colleague",
        "The National Cyber Crime Investigation Agency has served a notice on reporter Sana Gul under Section 26-A "
        "of PECA, directing her to appear over a clip of her speech at last week's candlelight vigil at the "
        "Peshawar Press Club in which she accused police of shielding her colleague's killers. The notice says the "
        'video spread "false and fake information".',
        id="en-summons-over-vigil-speech",
    ),
    pytest.param(
        "es",
        "Acusan de lesa majestad a tres jóvenes que participaron en una vigilia por un preso político en Bangkok",
        "La policía tailandesa citó a los tres activistas por los discursos que pronunciaron junto al Monumento a "
        "la Democracia durante el acto por el aniversario de la detención de un estudiante, y les imputó el "
        "artículo 112 del Código Penal. Quedaron en libertad bajo fianza.",
        id="es-acusan-de-lesa-majestad",
    ),
    pytest.param(
        "vi",
        "Bốn người bị phạt hành chính vì thắp nến bên ngoài phiên xử nhà hoạt động môi trường Đặng Thị Lan",
        "Bốn thành viên một nhóm bảo vệ môi trường ở Quảng Ngãi mỗi người bị phạt 6 triệu đồng theo Nghị định "
        '144/2021/NĐ-CP với lý do "tụ tập đông người gây mất trật tự công cộng", sau khi thắp nến và cầm ảnh bà '
        "Lan trước trụ sở Tòa án Nhân dân tỉnh Quảng Ngãi hôm 3/10.",
        id="vi-phat-vi-thap-nen",
    ),
    pytest.param(
        "fr",
        "Niger : le journaliste Abdou Moussa libéré après quatre mois de détention pour une publication sur Facebook",
        "",
        id="fr-libere-apres-detention",
    ),
    pytest.param(
        "fr",
        "Des banderoles pour Yacine Merabet : quatre supporters de la JSK condamnés à six mois avec sursis",
        "Les jeunes avaient déployé dans les tribunes du stade Hocine-Aït-Ahmed une banderole réclamant la "
        "libération du détenu d'opinion. Poursuivis en comparution immédiate pour « exposition au regard du public "
        "de publications de nature à nuire à l'intérêt national » (article 96 du code pénal), ils ont été condamnés "
        "mardi par le tribunal de Tizi Ouzou.",
        id="fr-banderoles",
    ),
    pytest.param(
        "fr",
        "Niamey : la Maison de la presse suspendue après une journée d'hommage à Ibrahim Moussa",
        "Le ministère de la Communication a suspendu « jusqu'à nouvel ordre » les activités de la Maison de la "
        "presse, lui reprochant des « propos de nature à troubler l'ordre public » tenus lors de la cérémonie "
        "organisée pour le reporter détenu depuis l'an dernier. Plusieurs intervenants avaient critiqué la gestion "
        "de la transition par les autorités militaires.",
        id="fr-maison-de-la-presse-suspendue",
    ),
    pytest.param(
        "es",
        "Jueza ordena a periodista ayacuchano revelar quién le entregó los audios del gobierno regional",
        "El Juzgado de Investigación Preparatoria de Huamanga le dio cinco días para identificar a la persona que "
        "le facilitó las grabaciones, bajo apercibimiento de denunciarlo por desobediencia a la autoridad. 'Es una "
        "orden que pisotea el secreto profesional que garantiza la Constitución', dijo su abogado, Raúl Cárdenas.",
        id="es-revelar-quien-le-entrego",
    ),
    pytest.param(
        "es",
        "Foro Penal denuncia la desaparición de una de sus abogadas tras ser detenida por el Sebin en Caracas",
        "",
        id="es-desaparicion-tras-ser-detenida",
    ),
    pytest.param(
        "fr",
        "Guinée : l'URTELGUI fustige la suspension d'Horizon FM par la HAC après un débat jugé « tendancieux »",
        "",
        id="fr-suspension-d-horizon-fm",
    ),
    pytest.param(
        "es",
        "Vía Libre rechaza la citación a indagatoria de un programador que reportó una falla en el portal de salud "
        "de Mendoza",
        "Según la fundación, el joven avisó al Ministerio de Salud provincial que el sitio exponía historias "
        "clínicas y, semanas después, un juez federal ordenó allanar su casa, secuestrar sus computadoras y lo citó "
        "por acceso ilegítimo a un sistema informático (art. 153 bis del Código Penal).",
        id="es-citacion-a-indagatoria",
    ),
    pytest.param(
        "en",
        "LSK demands police produce blogger taken after posting AI image of the President",
        "The Law Society of Kenya said Kevin Otieno, 24, was bundled into an unmarked car outside his home in "
        "Kitengela on Saturday, hours after sharing an AI-generated image of the head of state on X. Police have "
        "neither acknowledged holding him nor brought him to court, and his lawyers say every station they visited "
        "denied he was there.",
        id="en-produce-blogger",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), STEPS_AT_OCCASIONS)
def test_a_step_at_or_over_an_occasion_is_read(language: str, title: str, summary: str) -> None:
    assert reported_and_relevant(language, title, summary)


@pytest.mark.parametrize(
    ("language", "text", "framed"),
    [
        (
            "en",
            "Mural honouring jailed Tunisian commentator unveiled in Marseille\nThe portrait went up on Sunday.",
            True,
        ),
        ("en", "Jailed Belarusian editor wins press freedom award in absentia\nHer sister accepted it.", True),
        # the role's verb, not its state
        ("en", "Blogger detained after posting obituary of jailed dissident\nPolice came at dawn.", False),
        (
            "es",
            "Premio de periodismo en ausencia para el reportero cubano Yunior Batista, preso desde 2021\nSu hermana"
            " recogió el galardón.",
            True,
        ),
        ("en", "Police detain 12 at vigil for jailed journalist\nThey were taken to a station.", False),
    ],
)
def test_a_role_s_state_in_the_headline_is_no_step(language: str, text: str, framed: bool) -> None:
    assert read_signals(text, language, year=2026).framed_title is framed


@pytest.mark.parametrize(
    ("language", "text", "tallied"),
    [
        (
            "fr",
            "Liberté de la presse : une année sombre\nSelon le bilan annuel de RSF, au moins onze journalistes"
            " restent détenus au Mali.",
            True,
        ),
        ("es", "Informe anual: decenas de periodistas encarcelados\nEl balance anual del CPJ cuenta los casos.", True),
        ("fr", "Bilan annuel : deux journalistes détenus\nLe rapport annuel les nomme.", False),
    ],
)
def test_a_tally_counts_in_words_too(language: str, text: str, tallied: bool) -> None:
    assert read_signals(text, language, year=2026).tallied is tallied


def test_a_month_s_year_dates_a_vietnamese_retelling() -> None:
    text = (
        "Hơn 40 tổ chức quốc tế gửi thư ngỏ kêu gọi trả tự do cho luật sư Võ Hoàng Phúc\nLuật sư Phúc bị bắt"
        " tháng 7/2021 và bị tuyên 11 năm tù theo Điều 117."
    )
    assert read_signals(text, "vi", year=2026).dated_past
    assert not read_signals(text, "vi", year=2022).dated_past


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Kampong Cham man apologises on video, released after arrest over border post",
            "Provincial police released a 38-year-old motorbike taxi driver after he signed a pledge and read an "
            "apology"
            " on camera for a TikTok post questioning the government's handling of the border dispute.",
            id="en-post-questioning-the-government",
        ),
        pytest.param(
            "fr",
            "Un étudiant présente des excuses filmées après un mème visant un ministre",
            "Interpellé vendredi par la PLCC à Cocody, l'étudiant a été relâché samedi après avoir lu, face caméra, un"
            " texte dans lequel il reconnaît avoir « manqué de respect aux institutions ».",
            id="fr-meme-visant-un-ministre",
        ),
    ],
)
def test_speech_questioning_those_in_power_is_dissent(language: str, title: str, summary: str) -> None:
    assert "free-expression" in reported_and_relevant(language, title, summary)


def test_a_genre_s_report_with_no_step_left_is_an_input() -> None:
    vigil = (
        "Vigil in Geneva marks five years since Hanoi journalist's arrest\nAbout 40 people gathered on Tuesday evening"
        " holding photographs of Tran Minh Khoa, who is serving a nine-year sentence under Article 117."
    )
    signals = read_signals(vigil, "en", year=2026)
    assert "genre-no-step" in features(signals, relevance(signals))
    new_step = (
        "Five years after the Bangkok protests, a fresh summons for a Chiang Mai organiser\nOn Monday police served"
        " activist Ploy Siriwan with a new summons over a Facebook post marking the anniversary."
    )
    signals = read_signals(new_step, "en", year=2026)
    assert "genre-no-step" not in features(signals, relevance(signals))


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Police halt Papuan students' congress in Yogyakarta, summon five organisers"),
        ("en", "Police seize copies of freed Cambodian union leader's memoir at Phnom Penh launch, summon him"),
        ("fr", "La police disperse un atelier de formation de journalistes à Niamey et arrête trois formateurs"),
        (
            "fr",
            "À peine libéré, le chroniqueur Slim Ayari reconvoqué par la brigade criminelle pour une chronique radio",
        ),
        ("es", "Entrevista con la madre de un preso político: horas después, la policía la detiene"),
    ],
)
def test_a_new_step_told_beside_a_genre_s_words_is_a_step(language: str, title: str) -> None:
    assert read_signals(title, language, year=2026).has(Signal.ARREST)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vigil marks anniversary of his arrest\nHe was jailed in ²⁰²¹ after a post."),
        ("vi", "Buổi thắp nến cho blogger\nÔng bị bắt tháng ⁷ 2021 theo Điều 117."),
        ("en", "Annual report finds ²² journalists jailed\nThe index counts them."),
    ],
)
def test_digits_that_are_not_decimal_read_as_words(language: str, text: str) -> None:
    # superscript digits pass str.isdigit() yet int() refuses them: a feed's footnote mark must not stop the reading
    signals = read_signals(text, language, year=2026)
    assert not signals.dated_past
    assert not signals.tallied
