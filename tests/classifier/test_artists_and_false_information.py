"""Artists and faith, disasters and elections (S151-S154): a film stripped of its licence, a comedian summoned over a
clip "offensive to religious rites", a cartoonist named a suspect, a fine for filming the police, a page admin called in
over a flood rumour are steps over what someone drew, filmed or posted; a ballot-stuffer caught on video, a deepfake
sold as an investment, a fake cure's seller, a columnist's civil damages, a general warning against rumours and a bill
in committee are not. A speech case's end told as a pardon or a quashed conviction is still the case's news. A
reporter's camera taken is an intrusion, and someone not heard from since an arrest is held incommunicado."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant
from tocsin_classifier.findings import read_signals
from tocsin_classifier.gravity import INCOMMUNICADO, grave_facts
from tocsin_lexicon import Signal

STEPS_OVER_WHAT_WAS_SUNG_DRAWN_OR_POSTED = [
    pytest.param(
        "fr",
        "Burkina Faso : un film accusé de « démoraliser les troupes » privé de visa, son réalisateur entendu",
        "Le ministère de la Communication a retiré le visa d'exploitation ; le cinéaste a été auditionné six heures.",
        id="fr-demoraliser-les-troupes",
    ),
    pytest.param(
        "fr",
        "Liban : un humoriste convoqué pour une vidéo « offensante pour les rites religieux »",
        "Il a été sommé de retirer le clip publié sur TikTok.",
        id="fr-rites-religieux",
    ),
    pytest.param(
        "es",
        "La Fiscalía cita como imputado al monero de un diario por un cartón sobre el gobernador",
        "",
        id="es-monero-imputado",
    ),
    pytest.param(
        "es",
        "Absuelven a una cantante acusada de ofender los sentimientos religiosos en un concierto",
        "",
        id="es-sentimientos-religiosos",
    ),
    pytest.param(
        "es",
        "Multa de 600 euros por la ley mordaza a un voluntario que grabó a agentes y lo subió a redes",
        "",
        id="es-multa-a-un-voluntario",
    ),
    pytest.param(
        "vi",
        "Công an mời anh Trần Văn Hải, quản trị viên nhóm Facebook, lên làm việc vì bài đăng về vỡ đê",
        "",
        id="vi-moi-anh-len-lam-viec",
    ),
    pytest.param(
        "vi",
        "Tuyên phạt 7 năm tù đối tượng livestream xuyên tạc cuộc bầu cử đại biểu Quốc hội",
        "Bị cáo bị xét xử về tội tuyên truyền chống Nhà nước vì nhiều lần phát trực tiếp trên Facebook.",
        id="vi-bau-cu-dai-bieu-quoc-hoi-is-no-bill",
    ),
    pytest.param(
        "en",
        "Appeals court overturns Decree 54 conviction of Tunisian radio commentator",
        "",
        id="en-overturns-conviction",
    ),
    pytest.param(
        "en",
        "Tunisian radio commentator freed under presidential pardon in Decree-Law 54 case",
        "",
        id="en-freed-under-presidential-pardon",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), STEPS_OVER_WHAT_WAS_SUNG_DRAWN_OR_POSTED)
def test_a_step_over_a_song_a_drawing_a_film_or_a_post_is_a_case(language: str, title: str, summary: str) -> None:
    assert "free-expression" in reported_and_relevant(language, title, summary)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Presiding officer arrested after viral video shows ballot stuffing",
            "Police arrested him and two polling staff after a video shared on social media showed them at the box.",
            id="en-ballot-stuffing",
        ),
        pytest.param(
            "en", "Police arrest three over deepfake of senator promoting an investment fund", "", id="en-deepfake"
        ),
        pytest.param(
            "es",
            "Condenan a vendedor de un jarabe contra el dengue que promocionaba por TikTok",
            "El juzgado le impuso cuatro años de pena suspendida por delito contra la salud pública.",
            id="es-salud-publica",
        ),
        pytest.param(
            "es",
            "El Supremo confirma que un columnista debe indemnizar con 12.000 euros a un concejal",
            "La Sala de lo Civil considera que sus artículos vulneraron el derecho al honor del edil.",
            id="es-sala-de-lo-civil",
        ),
        pytest.param(
            "vi",
            "Bộ Công an khuyến cáo người dân không chia sẻ thông tin thất thiệt về xả lũ",
            "Cơ quan chức năng cho biết sẽ xử lý nghiêm các trường hợp cố tình đăng tải thông tin sai sự thật.",
            id="vi-khuyen-cao",
        ),
        pytest.param(
            "vi",
            "Nhiều ý kiến đề xuất nâng mức phạt hành vi tung tin sai sự thật về thiên tai",
            "Góp ý dự thảo Nghị định, nhiều đại biểu cho rằng mức phạt hành vi đăng tải thông tin sai còn thấp.",
            id="vi-nang-muc-phat",
        ),
        pytest.param(
            "en",
            "Jailed-journalist count stays near record, press group's year-end census finds",
            "The report lists no new arrests beyond those already known.",
            id="en-census",
        ),
    ],
)
def test_what_shares_those_words_with_no_rights_angle_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police seize TV reporter's camera at polling centre"),
        ("en", "Officers took her camera and memory cards after she filmed the count"),
        ("fr", "Des gendarmes ont saisi sa caméra dans un bureau de vote"),
    ],
)
def test_a_reporters_camera_taken_is_an_intrusion(language: str, text: str) -> None:
    assert any("camera" in phrase.casefold() or "caméra" in phrase for phrase in _surveillance(language, text))


def test_a_camera_bought_or_mentioned_is_no_intrusion() -> None:
    assert _surveillance("en", "The station bought a new camera for its election coverage") == ()


def _surveillance(language: str, text: str) -> tuple[str, ...]:
    return tuple(read_signals(text, language).phrases(Signal.SURVEILLANCE))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Relatives say the rapper has not been heard from since his arrest over a protest song."),
        ("en", "His family has been told nothing of his whereabouts since agents took him."),
        ("fr", "L'imam est introuvable depuis son interpellation après un prêche critique."),
    ],
)
def test_someone_not_heard_from_since_an_arrest_is_incommunicado(language: str, text: str) -> None:
    assert INCOMMUNICADO in grave_facts(text, read_signals(text, language))


MORALITY_LAWS_APPLIED_TO_POSTS = [
    pytest.param(
        "en", "Court fines drag performer under 'LGBT propaganda' law over VK clip", "", id="en-lgbt-propaganda"
    ),
    pytest.param(
        "fr",
        "Une danseuse poursuivie pour « incitation à la débauche » après des vidéos publiées sur TikTok",
        "",
        id="fr-incitation-a-la-debauche",
    ),
    pytest.param(
        "es", "Uganda acusa a un tiktoker de «promover la homosexualidad» por sus vídeos", "", id="es-tiktoker"
    ),
    pytest.param(
        "es",
        "Seis meses de cárcel para una tiktoker por «contenido indecente»",
        "",
        id="es-contenido-indecente",
    ),
    pytest.param(
        "vi",
        "Quản trị viên trang Facebook bị triệu tập vì đăng nội dung cổ xúy lối sống đồng tính",
        "",
        id="vi-co-xuy",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), MORALITY_LAWS_APPLIED_TO_POSTS)
def test_a_morality_law_applied_to_a_post_is_a_speech_case(language: str, title: str, summary: str) -> None:
    # decency, "family values" and "propaganda" laws charged over what someone posted (S158)
    assert "free-expression" in reported_and_relevant(language, title, summary)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "es",
            "PDI detiene a 'hacker ético' que exigía dinero a una clínica",
            "Amenazaba con publicar las fichas de pacientes si no le pagaban por reportar la vulnerabilidad.",
            id="es-extorsion",
            marks=pytest.mark.xfail(
                strict=True, reason="three researcher phrases outweigh two of extortion (0.92): S155's own item passes"
            ),
        ),
        pytest.param(
            "en",
            "Police arrest man suspected of shooting at Indigenous leader who filmed illegal loggers",
            "",
            id="en-attacker-arrested",
        ),
        pytest.param(
            "es",
            "Presentan en San José las memorias de una periodista que pasó 500 días presa",
            "El libro recorre su detención en 2022 y su destierro; la autora firmará ejemplares el sábado.",
            id="es-memorias",
        ),
    ],
)
def test_an_extortionist_an_attacker_or_a_memoir_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())
