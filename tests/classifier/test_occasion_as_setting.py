"""An arrest at a festival, a ceremony, a book launch, an exhibition or a seminar is a case told with its place: the
occasion is where it happened, not the news (`tocsin_lexicon.occasions.where_arrested`), in four languages; a film,
a debate or a prize about an arrest stays an occasion."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant
from tocsin_lexicon import Signal, lexicon_for
from tocsin_lexicon.occasions import where_arrested

ARRESTED_AT_AN_OCCASION = [
    ("en", "Filmmaker arrested at film festival over documentary criticising the government"),
    ("en", "Journalist detained at awards ceremony after speech criticising president"),
    ("en", "Activist detained at museum after anti-war post"),
    ("en", "Blogger arrested at book launch over Telegram posts"),
    ("fr", "Un blogueur interpellé en marge de la cérémonie, son téléphone saisi"),
    ("fr", "Un journaliste arrêté au festival après un article critiquant le président"),
    ("fr", "Un militant arrêté lors d'un gala pour des publications sur Facebook"),
    ("es", "Detienen a periodista durante la ceremonia de graduación por criticar al Gobierno en Facebook"),
    ("es", "Detienen a periodista en el festival de cine por un video contra el Gobierno"),
    ("es", "Detienen a activista en el museo tras publicar críticas en X"),
    ("vi", "Công an bắt giữ nhà báo tại hội thảo vì bài viết trên Facebook"),
    ("vi", "Blogger bị bắt tại lễ trao giải vì bài viết phê phán chính quyền"),
    ("vi", "Nhà hoạt động bị bắt sau triển lãm tranh châm biếm lãnh đạo"),
    # the eleventh review's: who made the arrest between it and the place, "custody", the end or the opening of it
    ("en", 'Journalist arrested by police at book launch for "communicating falsehoods"'),
    ("en", "Kurdish journalist taken into custody at film festival over news reports"),
    ("en", "Artist arrested at the opening of his exhibition for satirical posts about the government"),
    (
        "fr",
        "Le journaliste a été arrêté par des gendarmes lors d'une cérémonie officielle pour fausses nouvelles",
    ),
    ("fr", "Une journaliste interpellée à la fin d'une cérémonie officielle pour atteinte à la sûreté de l'État"),
    ("vi", "Khởi tố, bắt tạm giam nhà báo ngay tại hội thảo vì đăng tin sai sự thật trên mạng xã hội"),
    # when, and who, told between the arrest and its place
    ("en", "Blogger arrested on Friday by plain-clothes police at book launch over Facebook posts"),
    ("en", "Poet detained as she left film festival over verses mocking army chief"),
    ("en", "Writer arrested hours after book launch over novel criticising military"),
    ("fr", "Un journaliste arrêté vendredi soir à la sortie du festival pour des publications sur Facebook"),
    ("fr", "Un youtubeur arrêté alors qu'il quittait le festival pour des vidéos critiquant le roi"),
    ("vi", "Nhà báo bị bắt hôm thứ Sáu tại lễ trao giải vì bài viết"),
    # the occasion in a clause about the one arrested: their background, not the news (S46)
    ("en", "Journalist who won a press freedom award last week detained at airport, phone seized"),
    (
        "es",
        "La periodista, que la semana pasada recibió en Madrid un premio, fue retenida nueve horas en el aeropuerto",
    ),
    # a thirteenth review's: a place's name, a longer time, a name after the role, an arrest during the occasion
    ("en", "Journalist detained as she left Tehran film festival"),
    ("es", "Detienen a periodista el sábado por la noche a la salida de la feria del libro en Managua"),
    (
        "vi",
        "Nhà báo tự do bị bắt hôm thứ Sáu tại lễ trao giải\nCông an đã bắt nhà báo tự do Lê Văn Tâm ngay tại lễ trao"
        " giải",
    ),
    ("es", "Mientras entregan los premios de periodismo, el SEBIN detiene a una periodista en Caracas"),
]

ABOUT_AN_ARREST_AT_AN_OCCASION = [
    ("en", "Film about blogger's arrest premieres at Berlin film festival"),
    ("en", "Debate on jailed reporters held at literary festival"),
    ("en", "Documentary on journalist's detention wins top prize at film festival"),
    ("en", "Jailed reporter honoured in absentia at awards ceremony"),
    ("en", "Arrested activist's story told at book launch in Nairobi"),
    ("en", "Play about arrested poet opens at theatre festival"),
    ("fr", "Un documentaire sur l'arrestation d'un blogueur primé au festival de Cannes"),
    ("fr", "La détention du journaliste évoquée lors d'un colloque à Dakar"),
    ("es", "Presentan en la Feria del Libro una novela sobre un periodista detenido"),
    ("es", "El arresto del youtuber, tema central en el festival de cine"),
    ("vi", "Phim về nhà báo bị bắt đoạt giải tại liên hoan phim"),
    ("vi", "Hội thảo về các vụ bắt giữ blogger diễn ra tại Hà Nội"),
    # the eleventh review: a tribute to the jailed, said with a word of a state or with another verb before the place
    ("en", "Families of jailed reporters speak at awards ceremony"),
    ("fr", "Hommage aux journalistes emprisonnés lors de la cérémonie des Assises du journalisme"),
    ("fr", "Un journaliste emprisonné honoré lors d'une cérémonie au Parlement européen"),
    ("es", "Homenaje a periodistas encarcelados durante la ceremonia de los premios Ortega y Gasset"),
    ("es", "Periodista encarcelado recibe premio en ceremonia en Madrid"),
    # an arrest long past, another verb between it and the place
    ("en", "Journalist arrested last year honoured on Friday at awards ceremony"),
    ("fr", "Un journaliste arrêté l'an dernier honoré vendredi lors d'une cérémonie"),
    ("es", "Periodista detenido el año pasado recibe premio el viernes en ceremonia"),
    ("vi", "Nhà báo từng bị bắt được vinh danh hôm thứ Sáu tại lễ trao giải"),
    # a clause about a prize, then arrests told or a noun: no arrest of the one in the clause
    ("en", "Journalist who won award last year recalls arrests of colleagues"),
    ("en", "Journalist who won award for reporting on the arrest of activists speaks at festival"),
    ("en", "Rights lawyer who defended bloggers in sedition cases dies at 78. She was jailed in 1985."),
    # the same review's: an arrest in a clause of someone else's, an obituary, an arrest as an adjective
    ("fr", "Le militant qui a organisé le festival où deux dealers ont été interpellés se félicite du bilan"),
    ("en", "Journalist who won award for exposing police who detained children gets book deal"),
    ("es", "Muere el periodista que ganó el Premio Nacional y fue detenido por la dictadura en 1973"),
    ("en", "Protesters remember detained Hong Kong editor at museum vigil"),
]

# The same review: a violent act by someone in a rights role (told as what was done: "charged with killing"), and
# what a paper exposed about the one arrested
NOT_SPEECH = [
    ("en", "Activist charged with assaulting police officer during protest"),
    ("en", "Union leader charged with assaulting a mine manager"),
    ("en", "Journalist arrested for stabbing neighbour"),
    ("en", "Environmental activist charged with killing a rancher"),
    ("en", "Activist arrested for raping a minor"),
    ("en", "Police arrest MLA after the paper exposed land scam"),
    ("en", "Care home owner arrested after the paper's reporting on neglect"),
]


@pytest.mark.parametrize(("language", "title"), ARRESTED_AT_AN_OCCASION)
def test_an_arrest_at_an_occasion_is_a_case_the_watcher_reports(language: str, title: str) -> None:
    reported_and_relevant(language, title)


@pytest.mark.parametrize(("language", "title"), ABOUT_AN_ARREST_AT_AN_OCCASION)
def test_a_film_a_debate_or_a_prize_about_an_arrest_stays_an_occasion(language: str, title: str) -> None:
    assert judged(language, title)[0] is False


@pytest.mark.parametrize(("language", "title"), NOT_SPEECH)
def test_a_violent_act_or_an_exposed_wrong_is_no_speech_case(language: str, title: str) -> None:
    assert judged(language, title)[0] is False


def test_posts_defaming_someone_are_the_bloggers_and_his_papers_exposure_a_cause() -> None:
    """The one before "defaming" is its author, tied to the arrest; an editor's own paper's exposure is the cause."""
    assert judged("en", "Pune police arrest blogger for posts defaming women's rights activist")[0]
    assert judged(
        "en",
        "Editor charged with blackmail after his paper exposed a governor's contracts",
        "Press groups called the case retaliation for the newspaper's reporting.",
    )[0]


def test_only_the_occasion_that_is_an_arrests_place_is_dropped() -> None:
    """The festival where the filmmaker was arrested goes; the premiere the item is about, and a festival where a
    debate was "held", stay."""
    text = "Filmmaker arrested at film festival; his film premieres on Friday"
    hits, words = lexicon_for("en").read(text)
    kept = where_arrested(hits, words, "en")
    assert [h.quote for h in hits if h.signal is Signal.OCCASION] == ["film festival", "premieres on"]
    assert [h.quote for h in kept if h.signal is Signal.OCCASION] == ["premieres on"]
    hits, words = lexicon_for("en").read("A debate was held at the film festival")
    assert where_arrested(hits, words, "en") == hits


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Journalist arrested over report on bank's quarterly earnings fraud"),
        ("en", "Reporter jailed after story on mining company's share price manipulation"),
        ("en", "Blogger detained over posts criticising Football Federation president"),
        ("en", "Journalist arrested over report on football federation graft"),
        ("en", "Police raid newsroom over report criticising army"),
        ("en", "Reporter detained after story about a murder cover-up by officers"),
    ],
)
def test_company_or_sports_body_words_a_report_was_about_are_its_subject(language: str, title: str) -> None:
    """Earnings, share prices, a federation or a murder the report or the posts were about are their subject, as a
    crime exposed is (`topics.SUBJECTS`), not company news, a sports body's sanction or the one arrested's violence."""
    assert judged(language, title)[0]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Striker banned for three matches after posts criticising the Football Association"),
        ("en", "Coach fined by disciplinary committee over tweets criticising referees"),
        ("es", "Sancionan a futbolista por criticar a la Federación en redes sociales"),
        ("en", "Bank shares fall after report on fraud; CEO questioned by police"),
    ],
)
def test_a_sports_bodys_sanction_or_company_news_stays_so(language: str, title: str) -> None:
    assert judged(language, title)[0] is False


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "en",
            "Activists arrested for beating pots and pans in protest against junta",
            "Police detained 12 people in Yangon after the nightly protest, which began on social media.",
        ),
        (
            "en",
            "Lawyer arrested after accusing officers of torturing her client",
            "The human rights lawyer was held for 36 hours without access to counsel.",
        ),
        (
            "en",
            "Journalist arrested on charges of killing a soldier, based on a tweet he posted",
            "Prosecutors cite the tweet as evidence of membership in a terrorist organisation.",
        ),
    ],
)
def test_a_protest_a_denunciation_or_a_charge_built_on_a_tweet_is_no_violent_crime(
    language: str, title: str, summary: str
) -> None:
    """Pots beaten in protest, the torture a lawyer accused officers of (a subject, as a crime exposed is) and a
    killing charged on a tweet are not the one arrested's violence (the twelfth review)."""
    assert judged(language, title, summary)[0]
