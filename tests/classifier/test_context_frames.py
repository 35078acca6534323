"""Why and where a report is set: speech as the cause of an arrest or only its medium; bills, obituaries, prizes,
debunked rumours, civil suits and sports discipline, where rights words appear and no one is prosecuted."""

import pytest

from tests.classifier.factories import judged
from tocsin_classifier.findings import Signals, read_signals
from tocsin_classifier.rules import tag_hits
from tocsin_lexicon import Hit, Signal

CAUSED = [
    pytest.param("en", "Trader jailed for mocking the governor in a Facebook comment", "", id="en-for"),
    pytest.param("vi", "Một người đàn ông bị bắt vì đăng bài chê chính quyền xã", "", id="vi-vi"),
    pytest.param("fr", "Un enseignant interpellé pour une vidéo moquant le préfet", "", id="fr-pour"),
    pytest.param("es", "Detienen a un vecino tras publicar un video contra el alcalde", "", id="es-tras"),
]


@pytest.mark.parametrize(("language", "title", "summary"), CAUSED)
def test_speech_named_as_the_cause_of_an_arrest_is_a_free_expression_case(
    language: str, title: str, summary: str
) -> None:
    """An arrest "for", "over", "after" a post or a video is about that expression."""
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert "free-expression" in tags


MEDIUM = [
    pytest.param(
        "en",
        "Gang that sold stolen phones on Telegram broken up",
        "Police arrested six men; their Telegram channel had 4,000 members.",
        id="en-shop-on-telegram",
    ),
    pytest.param(
        "vi",
        "Khởi tố chủ kênh YouTube giết mổ động vật hoang dã",
        "Đối tượng quay video rồi đăng lên mạng để kiếm lượt xem.",
        id="vi-wildlife-youtuber",
    ),
    pytest.param(
        "fr",
        "Un réseau de passeurs démantelé, il recrutait sur TikTok",
        "Les suspects ont été arrêtés; ils diffusaient des vidéos de traversées.",
        id="fr-smugglers-on-tiktok",
    ),
    pytest.param(
        "es",
        "Detienen a una influencer que vendía boletos falsos en Instagram",
        "La mujer cobraba por adelantado a través de sus historias.",
        id="es-influencer-scam",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), MEDIUM)
def test_a_platform_a_crime_was_done_on_is_not_speech_under_pressure(language: str, title: str, summary: str) -> None:
    """Telegram, TikTok or a YouTube channel that served a crime make no free-expression case."""
    assert judged(language, title, summary) == (False, set())


NO_CASE = [
    pytest.param(
        "en",
        "Book review: a debut novel in which a blogger is arrested over a post and held without a lawyer",
        "",
        id="en-book-review",
    ),
    pytest.param(
        "es",
        "Reseña | Las memorias de un periodista detenido en 1969 salen a la venta el miércoles",
        "",
        id="es-memoir-review",
    ),
    pytest.param(
        "en",
        "Museum exhibition recalls the night police detained a newspaper's editor in 1977",
        "The show reconstructs the raid from the paper's own confiscated proofs.",
        id="en-history-exhibition",
    ),
    pytest.param(
        "es",
        "Columna: ¿y si mañana te detienen por un tuit? La reforma abre la puerta a procesar a periodistas",
        "Nadie ha sido acusado aún con base en el texto, advierte la abogada.",
        id="es-opinion-imagined-case",
    ),
    pytest.param(
        "fr",
        "Deux militants d'une liste municipale interpellés après une bagarre lors d'un collage d'affiches",
        "",
        id="fr-party-campaigners-in-a-brawl",
    ),
    pytest.param(
        "vi",
        "Công an lên tiếng về tin đồn một nhà báo bị bắt vì bài viết",
        "Công an tỉnh khẳng định thông tin nhà báo bị bắt là không đúng sự thật; anh vẫn làm việc bình thường.",
        id="vi-rumour-denied",
    ),
    pytest.param(
        "en",
        "Police dismiss viral claim that two reporters were detained at the border",
        "The reporters say they were never held and crossed without incident.",
        id="en-viral-claim-dismissed",
    ),
    pytest.param(
        "en",
        "Senate panel delays vote on bill letting police keep users' traffic data",
        "Members split over the surveillance clause; the bill returns next month.",
        id="en-bill-debated",
    ),
    pytest.param(
        "fr",
        "Les députés rejettent l'article sur l'accès aux messageries chiffrées",
        "Après un long débat sur la surveillance et la vie privée, le projet de loi repart au Sénat.",
        id="fr-bill-debated",
    ),
    pytest.param(
        "es",
        "Comisión legislativa aplaza la votación del proyecto de ley de interceptaciones",
        "El dictamen sobre la vigilancia de comunicaciones volverá a debate en marzo.",
        id="es-bill-debated",
    ),
    pytest.param(
        "vi",
        "Thảo luận dự thảo quy định giám sát tài khoản mạng xã hội",
        "Đại biểu Quốc hội đề nghị làm rõ việc lưu trữ dữ liệu người dùng.",
        id="vi-draft-discussed",
    ),
    pytest.param(
        "en",
        "Editor jailed under military rule dies at 91",
        "He spent two years in prison in the 1970s and later founded a weekly.",
        id="en-obituary",
    ),
    pytest.param(
        "fr",
        "Mort d'un grand reporter, otage pendant deux ans",
        "Détenu par un groupe armé en 1986, il est mort jeudi à Lyon à l'âge de 84 ans.",
        id="fr-obituary",
    ),
    pytest.param(
        "es",
        "Periodista gana premio por investigación sobre desaparecidos",
        "La reportera fue galardonada en una ceremonia en Bogotá.",
        id="es-prize",
    ),
    pytest.param(
        "vi",
        "Công an khẳng định clip bắt giữ nhà báo là sai sự thật",
        "Đoạn video lan truyền trên mạng xã hội được quay từ năm 2019.",
        id="vi-debunked-clip",
    ),
    pytest.param(
        "fr",
        "Un député condamné au civil à verser des dommages-intérêts à une journaliste",
        "Il l'avait accusée dans une vidéo sur Facebook.",
        id="fr-civil-damages",
    ),
    pytest.param(
        "en",
        "Striker charged by Football Association over post mocking referee",
        "The disciplinary committee said the Instagram post broke its rules.",
        id="en-sports-discipline",
    ),
    pytest.param(
        "es",
        "Periodista gana demanda por daño moral contra un exdiputado",
        "El juez civil condenó al exlegislador a pagarle una indemnización.",
        id="es-plaintiff-wins",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), NO_CASE)
def test_bills_obituaries_prizes_debunked_rumours_and_civil_suits_are_no_rights_case(
    language: str, title: str, summary: str
) -> None:
    """Rights words in a debate, a life recalled, an award, a false rumour or a civil suit: nobody is prosecuted."""
    assert judged(language, title, summary) == (False, set())


def test_a_bill_does_not_hide_surveillance_of_a_journalist() -> None:
    """The lawmaking frame only discounts surveillance words when no one in a rights role is named."""
    relevant, tags = judged(
        "en",
        "Police hacked a reporter's phone while MPs debated the surveillance bill",
        "Forensic analysis found spyware installed on the investigative reporter's phone.",
    )
    assert relevant
    assert {"surveillance", "press-freedom"} <= tags


def test_speech_that_is_neither_tied_nor_the_cause_earns_no_free_expression_tag() -> None:
    """A researcher charged; an article mentioned in another sentence is no act of speech anyone acted against."""
    text = (
        "Student who reported a flaw in the tax portal charged with illegal access. "
        "His university later shared an article about the portal's security."
    )
    tags = {t.tag for t in tag_hits(read_signals(text, "en"))}
    assert "security-research" in tags
    assert "free-expression" not in tags


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param("en", "Student charged under Articles 494 and 495 of the Criminal Code", id="en"),
        pytest.param("fr", "Un étudiant poursuivi sur la base de l'article 323 du Code pénal", id="fr"),
        pytest.param("es", "Procesado un programador por el artículo 234 del COIP", id="es"),
    ],
)
def test_a_numbered_article_of_a_law_is_no_act_of_speech(language: str, text: str) -> None:
    """ "Article 24" names a law's article, not a press article: no speech, so no free-expression case."""
    signals = read_signals(text, language)
    assert not signals.has(Signal.SPEECH)
    assert signals.has(Signal.LAW_ARTICLE)


def test_speech_offence_articles_and_the_article_19_group_still_count() -> None:
    """The legal hooks ("Article 117") and the rights group Article 19 keep their own meaning beside it."""
    signals = read_signals("Blogger held under Article 117; Article 19 condemned the arrest", "en")
    assert signals.phrases(Signal.SPEECH_OFFENCE) == ("Article 117",)
    assert signals.phrases(Signal.RIGHTS) == ("Article 19",)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "fr", "Une journaliste enlevée puis relâchée contre rançon, deux ravisseurs arrêtés", id="fr-kidnappers"
        ),
        pytest.param(
            "es", "Detienen a los secuestradores de un periodista liberado tras pagar rescate", id="es-kidnappers"
        ),
        pytest.param(
            "vi",
            "Chuyên gia bảo mật ra tòa với tư cách người giám định trong phiên xét xử băng nhóm mã độc tống tiền",
            id="vi-expert-witness",
        ),
    ],
)
def test_kidnappers_arrested_and_an_expert_at_a_trial_tie_no_role(language: str, text: str) -> None:
    """The arrest names the kidnappers; the expert testifies at someone else's trial: no rights case."""
    assert judged(language, text) == (False, set())


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param("en", "Reporter charged with invasion of privacy over article on a minister's villa", id="en"),
        pytest.param(
            "fr", "Un journaliste poursuivi pour atteinte à la vie privée après un article sur un ministre", id="fr"
        ),
        pytest.param(
            "es", "Periodista imputada por violación a la intimidad tras publicar audios de un diputado", id="es"
        ),
        pytest.param("vi", "Nhà báo bị khởi tố tội xâm phạm bí mật đời tư sau loạt bài về một giám đốc sở", id="vi"),
    ],
)
def test_a_charge_named_after_privacy_against_a_journalist_is_press_not_privacy(language: str, text: str) -> None:
    """The privacy tag is the state exposing or demanding data; a privacy-named charge for publishing is not that."""
    relevant, tags = judged(language, text)
    assert relevant
    assert "press-freedom" in tags
    assert "privacy" not in tags


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param("en", "TikToker who posted prank video arrested after mall chaos", id="en-who-before-the-arrest"),
        pytest.param(
            "en", "Police, who posted a video of the raid on Facebook, arrested three men", id="en-police-post"
        ),
        pytest.param("es", "Detienen a un hombre. Luego publicó un video en TikTok", id="es-other-sentence"),
    ],
)
def test_speech_is_no_cause_without_an_action_before_the_cause_word_in_its_sentence(language: str, text: str) -> None:
    """ "who posted … arrested" tells what someone did, not why they were arrested; nor does another sentence."""
    assert not read_signals(text, language).caused


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param("en", "Man arrested because of a tweet mocking the king", id="en-because-of"),
        pytest.param("fr", "Un homme interpellé à cause de la vidéo", id="fr-a-cause-de"),
        pytest.param("es", "Detenido un joven debido a la publicación de un meme", id="es-debido-a"),
        pytest.param("vi", "Một người bị bắt vì đăng bài", id="vi-vi"),
    ],
)
def test_a_cause_of_several_words_reaches_the_speech_across_articles(language: str, text: str) -> None:
    """ "because of a tweet", "à cause de la vidéo", "debido a la publicación": articles do not count."""
    assert read_signals(text, language).caused


def test_speech_named_as_a_cause_does_not_hide_role_tags_when_nobody_is_tied() -> None:
    """With no one tied, every role named is tagged; a cause word must not make speech the only tied signal."""
    hits = [
        Hit(Signal.JOURNALIST, "journalist", "journalist", 0, 1),
        Hit(Signal.ARREST, "arrested", "arrested", 1, 2),
        Hit(Signal.SPEECH, "post", "post", 3, 4),
    ]
    tags = {t.tag for t in tag_hits(Signals(hits, (), caused=True))}
    assert {"press-freedom", "free-expression"} <= tags


def test_a_news_item_about_the_convention_carries_no_treaty_adoption_tag() -> None:
    """treaty-adoption marks treaty events only; news that names the convention counts it towards relevance."""
    relevant, tags = judged("en", "Workshop on implementing the UN Convention against Cybercrime opens in Hanoi")
    assert "treaty-adoption" not in tags
    assert not relevant


def test_a_post_beside_an_arrest_earns_free_expression_only_when_named_as_its_cause() -> None:
    """The police's own video of an arrest is no expression of the person arrested; "held for a post" is."""
    _, by_police = judged(
        "en",
        "Police detain land rights activist and post a video of the arrest on Facebook",
        "Officers said she was held for blocking a road.",
    )
    _, for_a_post = judged("en", "Police detain land rights activist for a Facebook post on evictions")
    assert "human-rights-defenders" in by_police
    assert "free-expression" not in by_police
    assert "free-expression" in for_a_post
