"""Custody defects, devices carried off and people's roles as families, lawyers and rights groups say them, not in the
wire's stock words: charges never served, officials denying they hold anyone, "not heard from since", phones kept
by the officers, a line located in real time, and a group saying who the person in the police statement is (four
languages); and the same words where nobody's rights are at stake."""

import pytest

from tests.classifier.factories import judged


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        pytest.param(
            "en",
            "Blogger held over posts on the governor; his lawyers say they were never served the charge sheet",
            "",
            {"free-expression", "due-process"},
            id="en-charge-sheet-never-served",
        ),
        pytest.param(
            "en",
            "Rights lawyer arrested at dawn; security officials deny holding him, his wife says",
            "",
            {"human-rights-defenders", "due-process"},
            id="en-deny-holding",
        ),
        pytest.param(
            "en",
            "Reporter taken from his home by plain-clothes police has not been heard from since",
            "",
            {"press-freedom", "due-process"},
            id="en-not-heard-from",
        ),
        pytest.param(
            "en",
            "Police detain a reporter over his articles on the port deal and carry away his laptop and two phones",
            "",
            {"press-freedom", "free-expression", "surveillance"},
            id="en-devices-carried-away",
        ),
        pytest.param(
            "en",
            "Labour leader detained after calling a strike in the textile zone",
            "",
            {"human-rights-defenders"},
            id="en-labour-leader",
        ),
        pytest.param(
            "fr",
            "Un militant arrêté à Niamey ; aucune charge ne lui a été notifiée, selon ses proches",
            "",
            {"human-rights-defenders", "due-process"},
            id="fr-aucune-charge-notifiee",
        ),
        pytest.param(
            "fr",
            "Un journaliste détenu par les services ; sa famille dit n'avoir pu voir aucun avocat",
            "",
            {"press-freedom", "due-process"},
            id="fr-aucun-avocat",
        ),
        pytest.param(
            "fr",
            "Des syndicalistes interpellés, localisés grâce aux données fournies par les opérateurs téléphoniques",
            "",
            {"human-rights-defenders", "surveillance"},
            id="fr-localises-operateurs",
        ),
        pytest.param(
            "es",
            "Detienen a un periodista en Estelí y su familia desconoce el paradero",
            "",
            {"press-freedom", "due-process"},
            id="es-desconoce-paradero",
        ),
        pytest.param(
            "es",
            "Activista lleva dos años en prisión preventiva, más de lo que permite la ley",
            "",
            {"human-rights-defenders", "due-process"},
            id="es-mas-de-lo-que-permite",
        ),
        pytest.param(
            "es",
            "La fiscalía pidió la ubicación en tiempo real del teléfono de un reportero detenido",
            "",
            {"press-freedom", "surveillance"},
            id="es-ubicacion-tiempo-real",
        ),
        pytest.param(
            "es",
            "Capturan al secretario general del sindicato de maestros tras un paro",
            "",
            {"human-rights-defenders"},
            id="es-secretario-sindicato",
        ),
        pytest.param(
            "es",
            "Allanan la sede de una organización que acompaña a comunidades en la defensa de sus tierras",
            "Los agentes se llevaron tres computadoras y los teléfonos de dos coordinadoras.",
            {"human-rights-defenders", "surveillance"},
            id="es-defensa-de-sus-tierras",
        ),
        pytest.param(
            "vi",
            "Một blogger bị bắt tại nhà, gia đình mất liên lạc với anh từ đó",
            "",
            {"due-process"},
            id="vi-mat-lien-lac",
        ),
        pytest.param(
            "vi",
            "Nhà hoạt động bị tạm giam hai tháng, không được tiếp xúc luật sư",
            "",
            {"human-rights-defenders", "due-process"},
            id="vi-tiep-xuc-luat-su",
        ),
        pytest.param(
            "en",
            "Poet jailed for a year over verses mocking the president; the verdict was read in his absence",
            "",
            {"free-expression", "due-process"},
            id="en-verdict-in-his-absence",
        ),
        pytest.param(
            "en",
            "Activist charged over a rally speech; her lawyers were not told the hearing had been brought forward",
            "",
            {"human-rights-defenders", "free-expression", "due-process"},
            id="en-hearing-brought-forward",
        ),
        pytest.param(
            "en",
            "Campaigner charged after a rally; prosecutors say her messages were supplied by Safaricom",
            "",
            {"human-rights-defenders", "surveillance"},
            id="en-records-from-operator",
        ),
        pytest.param(
            "en",
            "Police arrest Grace Akinyi, who leads a campaign against evictions in the valley",
            "",
            {"human-rights-defenders"},
            id="en-campaign-against-evictions",
        ),
        pytest.param(
            "en",
            "Ugandan activist detained in Nairobi and handed to Kampala's security agents",
            "",
            {"human-rights-defenders", "transnational-repression"},
            id="en-handed-to-agents",
        ),
        pytest.param(
            "fr",
            "Un militant condamné à six mois de prison, le jugement rendu hors de sa présence",
            "",
            {"human-rights-defenders", "due-process"},
            id="fr-hors-de-sa-presence",
        ),
        pytest.param(
            "fr",
            "Une syndicaliste poursuivie : la retranscription de ses appels versée au dossier",
            "",
            {"human-rights-defenders", "surveillance"},
            id="fr-retranscription-appels",
        ),
        pytest.param(
            "es",
            "Adelantan sin aviso la audiencia de un activista; su abogado se enteró cuando ya había terminado",
            "",
            {"human-rights-defenders", "due-process"},
            id="es-adelantan-sin-aviso",
        ),
        pytest.param(
            "es",
            "Detienen a una periodista; la defensa denuncia que le clonaron la línea meses antes",
            "",
            {"press-freedom", "surveillance"},
            id="es-clonaron-la-linea",
        ),
        pytest.param(
            "es",
            "Detenido el director de una organización de derechos humanos en Maracaibo",
            "",
            {"human-rights-defenders"},
            id="es-director-derechos-humanos",
        ),
        pytest.param(
            "vi",
            "Tòa xử sớm vụ án một nhà hoạt động mà không báo luật sư",
            "",
            {"human-rights-defenders", "due-process"},
            id="vi-xu-som-khong-bao-luat-su",
        ),
    ],
)
def test_said_by_family_and_counsel_the_tags_follow(
    language: str, title: str, summary: str, expected: set[str]
) -> None:
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert tags == expected


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        pytest.param(
            "en",
            "Man held over Facebook posts insulting the president",
            "The rights group Civic Watch said Mr Otieno is an activist who has campaigned with it for years.",
            {"free-expression", "human-rights-defenders"},
            id="en-group-says-who",
        ),
        pytest.param(
            "es",
            "Aprehendido un ciudadano por mensajes contra el gobernador en TikTok",
            "La ONG Provea señaló que Rondón es dirigente sindical.",
            {"free-expression", "human-rights-defenders"},
            id="es-senalo-que-es",
        ),
        pytest.param(
            "fr",
            "Un homme placé sous mandat de dépôt pour des publications contre le président",
            "La Ligue des droits de l'homme précise que M. Diallo est militant de son association.",
            {"free-expression", "human-rights-defenders"},
            id="fr-precise-que-est",
        ),
        pytest.param(
            "vi",
            "Khởi tố đối tượng đăng bài xuyên tạc trên Facebook",
            "Một tổ chức quốc tế cho biết bà Lan là nhà hoạt động môi trường.",
            {"free-expression", "human-rights-defenders"},
            id="vi-cho-biet-la",
        ),
    ],
)
def test_a_group_saying_who_the_detained_person_is_names_their_role(
    language: str, title: str, summary: str, expected: set[str]
) -> None:
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert tags == expected


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Hiker missing on Mount Kenya has not been heard from since Friday",
            "Rescue teams resumed the search at first light.",
            id="en-missing-hiker",
        ),
        pytest.param(
            "en",
            "Burglars carried away laptops and phones from a school in Nakuru",
            "Police said two men were arrested and the goods recovered.",
            id="en-burglars-carried-away",
        ),
        pytest.param(
            "en",
            "Striker fined for dissent; the club said he is a role model to young players",
            "",
            id="en-said-he-is-a",
        ),
        pytest.param(
            "es",
            "Hallan con vida a un pescador cuya familia desconocía su paradero",
            "El hombre fue rescatado por la Armada tras tres días a la deriva.",
            id="es-pescador",
        ),
        pytest.param(
            "vi",
            "Tàu cá mất liên lạc trên biển, 12 ngư dân được cứu",
            "Bộ đội biên phòng đã tìm thấy tàu cá sau hai ngày.",
            id="vi-tau-ca",
        ),
        pytest.param(
            "fr",
            "Escroquerie aux faux placements : le suspect localisé grâce aux données fournies par les opérateurs",
            "L'homme, qui avait soutiré 400 000 euros à des retraités, a été mis en examen pour escroquerie.",
            id="fr-escroc-localise",
        ),
        pytest.param(
            "en",
            "Fugitive fraudster sentenced in his absence to seven years for a pension scam",
            "",
            id="en-fraudster-in-absentia",
        ),
        pytest.param(
            "en",
            "A new play about a wiretapped editor opens to a full house",
            "The director said the story was fictional.",
            id="en-play",
        ),
        pytest.param(
            "en",
            "Two men arrested for cloning a reporter's SIM card and emptying his mobile money account",
            "",
            id="en-sim-swap-victim",
        ),
        pytest.param(
            "fr",
            "Le cinéma Le Lux projette un documentaire sur les journalistes espionnés, suivie d'un débat",
            "",
            id="fr-projection",
        ),
        pytest.param(
            "fr",
            "Le procureur projette les aveux d'un dealer lors d'une conférence de presse",
            "L'homme, interpellé avec trois kilos de cannabis, a été placé en détention provisoire.",
            id="fr-procureur-projette-dealer",
        ),
    ],
)
def test_the_same_words_with_no_case_raise_no_alarm(language: str, title: str, summary: str) -> None:
    relevant, tags = judged(language, title, summary)
    assert not relevant
    assert not tags


@pytest.mark.parametrize(
    ("language", "title", "summary", "expected"),
    [
        pytest.param(
            "en",
            "Union organiser held for a week without charge, relatives of the detained woman say",
            "",
            {"human-rights-defenders", "due-process"},
            id="en-relatives-at-home",
        ),
        pytest.param(
            "fr",
            "Un journaliste enlevé à Ouagadougou par des hommes armés, sa famille sans nouvelles",
            "",
            {"press-freedom", "due-process"},
            id="fr-enleve-chez-lui",
        ),
        pytest.param(
            "vi",
            "Nhà báo tự do bị bắt vì viết bài cho các trang tin tiếng Việt ở nước ngoài",
            "",
            {"press-freedom"},
            id="vi-trang-tin-o-nuoc-ngoai",
        ),
    ],
)
def test_relatives_at_home_and_outlets_abroad_are_no_reach_abroad(
    language: str, title: str, summary: str, expected: set[str]
) -> None:
    """A detainee's relatives speaking at home, an abduction in the home capital and articles sent to a site abroad
    are no state reaching abroad: transnational-repression needs an exile, an extradition or a border crossed."""
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert tags == expected
