"""A report whose kind is talk about cases (an index, a tally, a training, a hearing, an interview, a memoir, an
anniversary: `Signal.GENRE`) with no one in particular acted against is weighed as no case
(`calibration.no_case_told`, the `genre-no-case` input); a case told beside or inside such a report stays a case."""

import pytest

from tests.classifier.factories import judged
from tocsin_classifier.calibration import calibrate, features, no_case_told
from tocsin_classifier.findings import TALLY_GENRES, read_signals
from tocsin_classifier.rules import relevance
from tocsin_lexicon import Signal, en, es, fr, vi

# A review's probes (written blind, 200 on both sides): these read as cases before the genre input
TALK_ABOUT_CASES = [
    (
        "en",
        "Workshop teaches activists what to do if arrested at a protest",
        "Lawyers from a legal aid group walked 60 participants through their rights during detention and"
        " interrogation.",
    ),
    (
        "en",
        "UN experts urge Vietnam to revise Article 117 used to jail bloggers",
        "",
    ),
    (
        "fr",
        "À Abidjan, des journalistes formés à se protéger contre la surveillance et les logiciels espions",
        "Pendant trois jours, une trentaine de reporters ont appris à chiffrer leurs communications et à réagir en cas"
        " d'arrestation ou de saisie de matériel.",
    ),
    (
        "es",
        "Periodistas hondureños reciben capacitación en seguridad digital y protección frente al espionaje",
        "El taller, organizado por la Unesco, enseñó a detectar software espía y a actuar en caso de detención o"
        " allanamiento.",
    ),
    (
        "es",
        "Taller enseña a activistas qué hacer en caso de detención durante una protesta",
        "Abogados de una organización de derechos humanos explicaron a 50 jóvenes sus derechos frente a la policía.",
    ),
]

# cases told beside or inside such a report: someone in particular acted against, speech named as the cause, or
# criticism of those in power
CASES_BESIDE_A_GENRE = [
    (
        "en",
        "Journalist detained hours after interview with BBC",
        "Security agents in Addis Ababa took editor Dawit Mekonnen from his home hours after he gave an interview.",
    ),
    ("en", "Police raid press freedom seminar in Harare, detain two organisers", ""),
    (
        "fr",
        "Rwanda : un youtubeur condamné à sept ans de prison alors que débute la commémoration du génocide",
        "Le tribunal de Kigali a condamné le youtubeur Eric Nsengiyumva pour des vidéos critiquant le gouvernement.",
    ),
    ("fr", "Colloque sur la liberté d'expression : un universitaire arrêté à la sortie de la salle à Lomé", ""),
    ("es", "Taller de seguridad digital interrumpido: policía detiene a cuatro activistas en Caracas", ""),
    (
        "es",
        "Cuba: activista citada por la Seguridad del Estado tras dar una entrevista a un medio independiente",
        "La activista Yanelis Rodríguez fue citada a una estación policial en La Habana.",
    ),
    ("vi", "Ba nhà báo bị bắt sau hội thảo về tự do báo chí ở Phnom Penh", ""),
    ("en", "Filmmakers charged with distributing false publications over police documentary", ""),
]


@pytest.mark.parametrize(("language", "title", "summary"), TALK_ABOUT_CASES)
def test_talk_about_cases_with_no_one_acted_against_weighs_less(language: str, title: str, summary: str) -> None:
    signals = read_signals(f"{title}\n{summary}", language)
    judged_by_rules = relevance(signals)
    assert no_case_told(signals)
    assert calibrate(signals, judged_by_rules).score < judged_by_rules.score


@pytest.mark.parametrize(("language", "title", "summary"), TALK_ABOUT_CASES[2:])
def test_a_training_with_no_one_acted_against_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary)[0] is False


@pytest.mark.parametrize(("language", "title", "summary"), CASES_BESIDE_A_GENRE)
def test_a_case_told_beside_a_genre_stays_a_case(language: str, title: str, summary: str) -> None:
    assert read_signals(f"{title}\n{summary}", language).has(Signal.GENRE)
    assert not no_case_told(read_signals(f"{title}\n{summary}", language))
    assert judged(language, title, summary)[0] is True


def test_genre_words_hide_no_evidence_inside_them() -> None:
    signals = read_signals("World Press Freedom Index: Norway tops the ranking again\n", "en")
    assert signals.has(Signal.GENRE)
    assert "Press Freedom" in signals.phrases(Signal.JOURNALIST)


def test_a_genre_inside_a_longer_phrase_of_evidence_is_that_phrase() -> None:
    """ "trả lời phỏng vấn" (gave an interview) is an act of speech, not a report that is an interview."""
    signals = read_signals("Công an triệu tập một người vì trả lời phỏng vấn đài nước ngoài\n", "vi")
    assert "trả lời phỏng vấn" in signals.phrases(Signal.SPEECH)
    assert not signals.has(Signal.GENRE)


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        ("vi", "Công an khám xét nhà một nhà nghiên cứu sau buổi phỏng vấn với đài RFA\n", "sau buổi phỏng vấn"),
        ("en", "Police raid academic's home after he gave an interview to RFA\n", "gave an interview"),
        ("fr", "Perquisition chez un universitaire après une interview à RFI\n", "après une interview"),
        ("es", "Allanan la casa de una profesora tras una entrevista con la BBC\n", "tras una entrevista"),
    ],
)
def test_an_interview_given_is_speech_not_the_reports_genre(language: str, text: str, phrase: str) -> None:
    """An interview the story says someone gave is an act of speech that may be an action's cause, not the kind of
    report this is: no `genre-no-case` (a blind probe: a researcher's home searched "sau buổi phỏng vấn", 0.34)."""
    signals = read_signals(text, language)
    assert phrase in signals.phrases(Signal.SPEECH)
    assert not signals.has(Signal.GENRE)
    assert Signal.SPEECH in signals.tied()


def test_a_vietnamese_index_is_an_index_of_something() -> None:
    """ "chỉ số" (index) alone also read "địa chỉ, số điện thoại" (address, phone number: a doxxing case's words, the
    comma unread) and the stock market's "Chỉ số VN-Index" as a report's genre."""
    doxxed = read_signals("Công an đăng địa chỉ, số điện thoại của người phụ nữ chia sẻ bài viết\n", "vi")
    assert not doxxed.has(Signal.GENRE)
    ranked = read_signals("Việt Nam đứng thứ 173/180 trong Chỉ số Tự do Báo chí của RSF\n", "vi")
    assert ranked.has(Signal.GENRE)


RETOLD = (
    "Cựu tù nhân Lê Thanh Sơn: “Bản án năm 2012 đã thay đổi cả cuộc đời tôi”\nTrong cuộc phỏng vấn tại California, ông"
    " Lê Thanh Sơn, người từng lĩnh 5 năm tù theo Điều 88 vì các bài viết trên blog, kể về những năm trong trại giam."
)


def test_a_report_of_a_genre_dated_years_back_is_told_as_past() -> None:
    """An interview, a memoir or an anniversary that dates what it tells two years or more before the report is a
    story retold, not a case now (the `genre-dated-past` input; a blind batch's exiles retelling old sentences)."""
    signals = read_signals(RETOLD, "vi", year=2026)
    assert signals.dated_past
    assert "genre-dated-past" in features(signals, relevance(signals))
    assert (
        calibrate(signals, relevance(signals)).score < calibrate(read_signals(RETOLD, "vi"), relevance(signals)).score
    )
    assert not read_signals(RETOLD, "vi", year=2013).dated_past  # told the year after: recent
    assert not read_signals(RETOLD, "vi").dated_past  # no date of its own: nothing is past


def test_only_a_genre_report_is_dated_and_only_by_a_year() -> None:
    # a case told with its year, no genre: the case's own date, not a story retold
    assert not read_signals(
        "Blogger jailed in 2019 has sentence extended\nA court added three years.", "en", year=2026
    ).dated_past
    # counts of four digits are not years
    counted = "Annual report: rights group counts 1152 political prisoners\nThe group lists 1870 cases."
    assert not read_signals(counted, "en", year=2026).dated_past


@pytest.mark.parametrize(
    ("language", "text", "tallied"),
    [
        (
            "fr",
            "Bilan annuel de RSF : 550 journalistes détenus dans le monde\nLa Chine reste la plus grande prison.",
            True,
        ),
        (
            "es",
            "Informe anual: 20 periodistas encarcelados en Venezuela, según el CPJ\nEl censo se cerró en diciembre.",
            True,
        ),
        ("vi", "Báo cáo thường niên: hơn 160 tù nhân lương tâm bị giam giữ\nTổ chức này công bố hôm thứ Ba.", True),
        # counted, but no report of a genre: a case
        ("en", "Police detain 12 journalists covering protest in Minsk\nThey were taken to a district station.", False),
        # a report of a genre, counting a few: not a tally
        ("en", "Three journalists detained hours after interview with BBC\nThey were taken from their homes.", False),
        # the review of the tally: an age, a term, a law's number, an occasion's mass arrest, an arrest told as an act
        ("en", "Reporter detained after interview with BBC\nThe 28-year-old journalist was held overnight.", False),
        (
            "vi",
            "Tuyên phạt 10 năm tù nhà báo sau bài phỏng vấn với đài nước ngoài\nÔng bị kết án theo Điều 117.",
            False,
        ),
        ("fr", "Rapport annuel : une journaliste poursuivie au titre du décret-loi 54\nElle risque cinq ans.", False),
        ("en", "Police detain 40 journalists at a press-freedom forum in Harare\nThey were taken to a station.", False),
        ("en", "Court jails 10 journalists of independent outlet\nThe case features in RSF's annual report.", False),
        # a count inside the arrest's own phrase (the twentieth review): "arrête 20 journalistes", "bắt 15 nhà báo"
        ("fr", "Rapport annuel : la police arrête 20 journalistes à Lomé\nIls couvraient une conférence.", False),
        ("vi", "Báo cáo thường niên: công an bắt 15 nhà báo\nHọ dự một lớp tập huấn.", False),
    ],
)
def test_a_report_of_a_genre_counting_people_by_tens_is_a_tally(language: str, text: str, tallied: bool) -> None:
    """The `genre-tally` input: an index, an annual report or a census counts the people it names by tens ("550
    journalistes détenus dans le monde"); the counted roles made them someone in particular, so `genre-no-case` could
    not reach them."""
    signals = read_signals(text, language)
    assert signals.tallied is tallied
    assert ("genre-tally" in features(signals, relevance(signals))) is tallied


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a law's year (a review: "PECA 2016", "Luật An ninh mạng 2018" pulled live cases down)
        ("en", "YouTuber booked under PECA 2016 after interview with foreign channel\nHe was held overnight."),
        ("vi", "Nhà báo bị khởi tố theo Bộ luật Hình sự 2015 sau cuộc phỏng vấn\nÔng bị tạm giữ tại Hà Nội."),
        ("en", "Interview: blogger charged under the 2023 Cybercrimes Law\nHe was held for a week in Amman."),
        # a detention going on since that year
        (
            "fr",
            "Entretien : la famille d'un journaliste détenu depuis 2021 réclame sa libération\nIl attend son procès.",
        ),
    ],
)
def test_a_laws_year_or_a_detentions_start_dates_nothing_past(language: str, text: str) -> None:
    assert not read_signals(text, language, year=2026).dated_past


ARREST_FEARED_OR_RECALLED = [
    ("en", "Exiled Belarusian journalist says she would be arrested if she returned home"),
    ("en", "Workshop teaches activists what to do if arrested at a protest"),
    ("en", "Freed Iranian journalist recalls her detention in Evin"),
    ("fr", "Un journaliste exilé craint d'être arrêté s'il rentre au pays"),
    ("fr", "Un journaliste libéré raconte sa détention"),
    ("es", "Periodista exiliada teme ser detenida si regresa a Venezuela"),
    ("es", "Taller enseña a activistas qué hacer en caso de detención durante una protesta"),
    ("vi", "Nhà báo lưu vong lo ngại bị bắt nếu trở về Việt Nam"),
]


@pytest.mark.parametrize(("language", "title"), ARREST_FEARED_OR_RECALLED)
def test_an_arrest_feared_imagined_or_recalled_is_no_arrest(language: str, title: str) -> None:
    assert not read_signals(f"{title}\n", language).has(Signal.ARREST)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Journalist who feared arrest detained at Minsk airport"),
        ("fr", "Un journaliste qui craignait d'être arrêté placé en garde à vue à Tunis"),
        ("es", "Detienen en Managua a periodista que temía ser detenida"),
        ("vi", "Nhà báo lo ngại bị bắt đã bị khởi tố"),
    ],
)
def test_an_arrest_told_beside_the_fear_of_one_is_still_read(language: str, title: str) -> None:
    assert judged(language, title)[0] is True


# the review of this round: a decision said in the conditional, a summons beside the fear, a fact-check that confirms
@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "en",
            "Chengdu police say blogger would be detained for 10 days over WeChat posts",
            "A notice from the public security bureau said Li Wenhao would be detained for ten days for posting"
            " comments about the city's flood response.",
        ),
        (
            "es",
            "La periodista que teme ser detenida recibe una citación de la Fiscalía en Caracas",
            "Andreína Salas, que denunció irregularidades en el Sebin, fue notificada de una investigación por"
            " instigación al odio.",
        ),
        (
            "fr",
            "Vérification faite : la journaliste Fatou Diarra a bien été arrêtée à Bamako",
            "Contrairement à ce qu'affirmaient des comptes pro-junte, la journaliste est détenue depuis jeudi par la"
            " sécurité d'État, a confirmé son employeur.",
        ),
    ],
)
def test_what_the_rounds_review_found_stays_a_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary)[0] is True


def test_every_counting_genre_is_a_genre_phrase_of_the_tables() -> None:
    """`findings.TALLY_GENRES` names phrases of the tables' `Signal.GENRE` lists: one no table holds would never
    match, and the tally would silently miss that kind of report."""
    tables = (en.TABLE, fr.TABLE, es.TABLE, vi.TABLE)
    genres = {phrase.casefold() for table in tables for phrase in table[Signal.GENRE]}
    assert not TALLY_GENRES - genres


@pytest.mark.parametrize(
    ("language", "text", "framed"),
    [
        (
            "en",
            "Exiled Iranian journalist launches prison memoir at London book fair\nHer account of 14 months in Evin"
            " prison, where she was held over her reporting, describes interrogations.",
            True,
        ),
        (
            "vi",
            "Ra mắt hồi ký của cựu tù nhân chính trị tại Little Saigon\nCuốn sách kể lại chín năm ông bị giam giữ.",
            True,
        ),
        # a step in the headline: the occasion is only where it happened
        ("en", "Blogger arrested at book launch over Telegram posts\nPolice detained him at the venue.", False),
        # a headline alone frames nothing: it is read as a headline (`headline_alone`)
        ("en", "Exiled journalist launches prison memoir at London book fair", False),
    ],
)
def test_a_headline_of_a_genre_with_no_step_frames_the_report(language: str, text: str, framed: bool) -> None:
    """S86: a memoir's launch, an index's unveiling, an interview's headline names no step of its own; the arrests its
    summary tells are that report's matter (`Signals.framed_title`, the `framed-title` input of the calibration)."""
    assert read_signals(text, language).framed_title is framed


def test_a_story_s_plot_is_no_report_of_its_steps() -> None:
    """ "a debut novel in which a blogger is arrested … and held without a lawyer": the story's steps, dropped; a real
    arrest told further on is kept."""
    plot = read_signals("Book review: a debut novel in which a blogger is arrested over a post", "en")
    assert not plot.has(Signal.ARREST)
    later = read_signals(
        "A film in which a reporter hides from the police premiered in Lagos on Friday to a full house of critics and"
        " students.\nIts director was arrested on Monday over the film.",
        "en",
    )
    assert later.has(Signal.ARREST)
