"""Meetings, reports, fundraisers and debunked rumours are no case; state media and exile outlets are sources, not
journalists acted against; and the case words a later round of blind batches showed missing (organisations that
document abuses, migrant-aid associations, a flaw reported "después de que avisara", call records, the identity
and address a prosecutor publishes), in four languages."""

import pytest

from tests.classifier.factories import judged


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "fr",
            "À Abidjan, un colloque sur la surveillance numérique et la liberté de la presse",
            "Juristes et journalistes se sont réunis pour débattre de la surveillance de masse et ont adopté une"
            " déclaration.",
            id="fr-colloque",
        ),
        pytest.param(
            "es",
            "Expertos debaten sobre vigilancia estatal en el Foro Regional de Privacidad",
            "Periodistas y activistas participaron en el encuentro, donde se presentaron estudios sobre espionaje.",
            id="es-foro",
        ),
        pytest.param(
            "en",
            "Press freedom charity's marathon runners raise record sum for legal defence fund",
            "Forty runners raised £86,000, money that will go to a fund paying lawyers for journalists and activists"
            " facing prosecution.",
            id="en-marathon",
        ),
        pytest.param(
            "en",
            "Cyprus pulls export licence of spyware maker after end-user audit",
            "The ministry revoked the dual-use export licence of the company, whose phone-interception suite is sold"
            " to police and intelligence agencies; it denies its spyware has been used against journalists.",
            id="en-export-licence",
        ),
        pytest.param(
            "vi",
            "Sở Y tế bác tin 'dịch lạ' lan truyền trên mạng xã hội",
            "Sở Y tế khẳng định thông tin về 'dịch bệnh lạ' đang lan truyền trên Facebook và Zalo là tin giả, đồng thời"
            " đề nghị người dân chỉ theo dõi nguồn tin chính thống.",
            id="vi-bac-tin",
        ),
        pytest.param(
            "es",
            "Condenan a un exalcalde a indemnizar a una periodista a la que llamó 'sicaria' en Facebook",
            "Un juzgado civil ordenó al exalcalde pagar 15.000 dólares a la periodista, a quien insultó en una"
            " publicación tras un reportaje.",
            id="es-juzgado-civil",
        ),
        pytest.param(
            "en",
            "UN expert tells Human Rights Council that cybercrime laws are being used to jail reporters",
            "Presenting her annual report in Geneva, the Special Rapporteur said governments use 'fake news'"
            " offences to arrest journalists, bloggers and activists.",
            id="en-annual-report",
        ),
        pytest.param(
            "en",
            "Journalists learn to check phones for spyware at Nairobi security workshop",
            "Thirty reporters spent three days at a digital security workshop learning to protect their data if"
            " devices are seized at a border crossing.",
            id="en-security-workshop",
        ),
        pytest.param(
            "fr",
            "Classement mondial de la liberté de la presse : la situation jugée « très grave » dans un pays sur deux",
            "Reporters sans frontières recense plus de 550 journalistes détenus et s'inquiète des poursuites fondées"
            " sur les lois contre les « fausses nouvelles ».",
            id="fr-classement-mondial",
        ),
        pytest.param(
            "es",
            "Expertos advierten en Santiago sobre los riesgos de la Convención contra la Ciberdelincuencia",
            "Académicos y organizaciones de derechos digitales debatieron los alcances del tratado; los panelistas"
            " coincidieron en que las cláusulas sobre intervención de comunicaciones y extradición requieren"
            " salvaguardas.",
            id="es-panelistas",
        ),
        pytest.param(
            "en",
            "'Security consultant' who threatened to publish firms' flaws unless paid is convicted",
            "A man who described himself online as an independent security researcher was sentenced for extorting"
            " eleven small businesses.",
            id="en-described-himself",
        ),
        pytest.param(
            "fr",
            "Un faux militant d'une ONG de défense des droits humains arrêté pour escroquerie",
            "",
            id="fr-faux-militant",
        ),
        pytest.param(
            "fr",
            "Diffamation : un site d'information relaxé, l'influenceur débouté de sa plainte",
            "La directrice de publication et le journaliste, poursuivis en diffamation par un influenceur, ont été"
            " relaxés.",
            id="fr-diffamation-privee",
        ),
    ],
)
def test_meetings_reports_and_denials_raise_no_alarm(language: str, title: str, summary: str) -> None:
    relevant, tags = judged(language, title, summary)
    assert not relevant
    assert not tags


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        pytest.param(
            "es",
            "Detienen a la coordinadora de una organización que documenta detenciones arbitrarias",
            "",
            {"human-rights-defenders"},
            id="es-organizacion-que-documenta",
        ),
        pytest.param(
            "fr",
            "La présidente d'une association d'aide aux migrants placée en garde à vue",
            "Les enquêteurs ont emporté ordinateurs et téléphones lors d'une perquisition au siège.",
            {"human-rights-defenders", "surveillance"},
            id="fr-association-aide-aux-migrants",
        ),
        pytest.param(
            "vi",
            "Bắt tạm giam người nhiều năm vận động ngư dân đòi bồi thường",
            "",
            {"human-rights-defenders"},
            id="vi-van-dong-ngu-dan",
        ),
        pytest.param(
            "vi",
            "Nhà hoạt động bị tạm giam; luật sư nói cơ quan điều tra đưa ra bản ghi các cuộc gọi của ông",
            "",
            {"human-rights-defenders", "surveillance"},
            id="vi-ban-ghi-cuoc-goi",
        ),
        pytest.param(
            "es",
            "Detienen a un programador después de que informara al Servicio Electoral de una falla que permitía"
            " descargar datos",
            "",
            {"security-research"},
            id="es-avisara-falla",
        ),
        pytest.param(
            "es",
            "Procesan a un programador que reportó una falla de seguridad en la web de multas",
            "El día de su detención, el Ministerio de Seguridad difundió en redes su nombre completo y domicilio.",
            {"security-research", "privacy"},
            id="es-difundio-en-redes-su",
        ),
        pytest.param(
            "fr",
            "Le procureur publie l'identité et l'adresse de militants exilés visés par des mandats d'arrêt",
            "",
            {"human-rights-defenders", "privacy", "transnational-repression"},
            id="fr-publie-identite-adresse",
        ),
        pytest.param(
            "en",
            "Reporter held five days over a story on the governor without letting his lawyers see him",
            "",
            {"press-freedom", "due-process"},
            id="en-without-letting-lawyers",
        ),
        pytest.param(
            "en",
            "Security forces raid the offices of a digital rights organisation and detain its director",
            "",
            {"human-rights-defenders"},
            id="en-digital-rights-organisation",
        ),
        pytest.param(
            "fr",
            "Une avocate placée en garde à vue",
            "Elle est membre du comité directeur de la Ligue tunisienne des droits de l'homme.",
            {"human-rights-defenders"},
            id="fr-membre-ligue",
        ),
        pytest.param(
            "fr",
            "Une journaliste poursuivie ; le relevé détaillé de ses appels versé au dossier",
            "",
            {"press-freedom", "surveillance"},
            id="fr-fadettes",
        ),
        pytest.param(
            "vi",
            "Lập trình viên công bố lỗ hổng trong ứng dụng ngân hàng bị tạm giữ hình sự",
            "",
            {"security-research"},
            id="vi-lo-hong-trong-ung-dung",
        ),
        pytest.param(
            "en",
            "State TV airs private Telegram chats of a jailed activist",
            "",
            {"human-rights-defenders", "privacy"},
            id="en-private-chats-aired",
        ),
        pytest.param(
            "fr",
            "Arrêté pour une vidéo satirique, un étudiant voit son numéro de carte nationale diffusé par la police",
            "",
            {"free-expression", "privacy"},
            id="fr-carte-nationale",
        ),
    ],
)
def test_case_words_from_the_later_batches_give_their_tags(
    language: str, title: str, summary: str, expected: set[str]
) -> None:
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert tags == expected


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        pytest.param(
            "es",
            "La televisión estatal difunde chats privados de un activista detenido",
            "",
            {"human-rights-defenders", "privacy"},
            id="es-television-estatal",
        ),
        pytest.param(
            "en",
            "Brother of exiled blogger detained over his videos, the exile news site Payom reported",
            "",
            {"free-expression", "transnational-repression"},
            id="en-exile-news-site",
        ),
        pytest.param(
            "vi",
            "Tạm giam người đàn ông đăng bài chê trách chủ tịch xã trên Facebook",
            "Công an tỉnh đã khởi tố, bắt tạm giam ông Lâm Văn Sang theo Điều 331. Theo cơ quan điều tra, các bài viết"
            " có nội dung sai sự thật.",
            {"free-expression"},
            id="vi-noi-dung-sai-su-that",
        ),
    ],
)
def test_media_that_report_and_words_that_accuse_are_not_the_target(
    language: str, title: str, summary: str, expected: set[str]
) -> None:
    """State television airing the chats and an exile site reporting the case are no journalists acted against;
    "nội dung sai sự thật" in a charge is the accusation, not a debunked rumour."""
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert tags == expected
