"""A journalist or activist killed, or a detainee dead or tortured in the state's hands, in four languages: the
gravest cases are rights cases, not crime reports; a person in such a role who kills is still a crime report."""

import pytest

from tests.classifier.factories import judged


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Radio broadcaster murdered in Mindanao days after criticising the mayor on air",
            "Police arrested two suspects.",
            id="en-broadcaster-murdered",
        ),
        pytest.param(
            "fr",
            "Un journaliste abattu à Ouagadougou après ses articles critiques",
            "Deux suspects ont été arrêtés par la police.",
            id="fr-journaliste-abattu",
        ),
        pytest.param(
            "es",
            "Periodista asesinado en Guerrero tras denunciar a la policía en Facebook",
            "La Fiscalía detuvo a un sospechoso.",
            id="es-periodista-asesinado",
        ),
    ],
)
def test_a_journalist_killed_is_a_press_freedom_case(language: str, title: str, summary: str) -> None:
    """'Murdered' after a journalist is what was done to them, not the crime they are charged with."""
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert "press-freedom" in tags


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Reporter died in custody weeks after his arrest over posts on corruption",
            "His family says he was denied medical care.",
            id="en-died-in-custody",
        ),
        pytest.param(
            "fr",
            "Un blogueur retrouvé mort après avoir été arrêté par des gendarmes",
            "Il avait dénoncé le racket aux barrages sur Facebook.",
            id="fr-retrouve-mort-apres-arrestation",
        ),
        pytest.param(
            "es",
            "Defensora ambiental hallada muerta tras ser detenida por militares",
            "Su familia denuncia que fue torturada.",
            id="es-hallada-muerta-tras-detencion",
        ),
        pytest.param(
            "vi",
            "Blogger tử vong trong trại tạm giam sau ba tháng bị bắt theo Điều 117",
            "Gia đình nói ông bị từ chối chăm sóc y tế.",
            id="vi-tu-vong-trong-trai-tam-giam",
        ),
    ],
)
def test_a_death_in_custody_is_a_due_process_case(language: str, title: str, summary: str) -> None:
    """Dying in the state's hands after an arrest over speech or rights work is the gravest custody defect."""
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert "due-process" in tags


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Newspaper editor arrested after his wife was found murdered at their home", "Police cite domestic violence."),
        ("Former activist charged after business partner found dead in car boot", "The men argued over a debt."),
    ],
)
def test_a_person_in_a_rights_role_suspected_of_a_killing_is_a_crime_report(title: str, summary: str) -> None:
    """The role next to a death does not make the death an attack on the role."""
    relevant, tags = judged("en", title, summary)
    assert not relevant
    assert not tags


@pytest.mark.parametrize(
    ("language", "title", "tag"),
    [
        pytest.param(
            "en",
            "Dalit rights activist dies in police custody days after arrest over a post",
            "due-process",
            id="en-dies",
        ),
        pytest.param(
            "fr", "Un défenseur des droits humains meurt en détention après une vidéo", "due-process", id="fr-meurt"
        ),
        pytest.param("vi", "Nhà báo chết trong nhà tù sau khi bị kết án vì đưa tin", "due-process", id="vi-nha-tu"),
        pytest.param(
            "es", "Asesinan a periodista en Guerrero; cubría desapariciones", "press-freedom", id="es-asesinan-a"
        ),
    ],
)
def test_deaths_told_in_the_present_or_active_voice_count_too(language: str, title: str, tag: str) -> None:
    """Blind batch R9 wrote "dies in police custody", "meurt en détention", "chết trong nhà tù", "Asesinan a
    periodista": the tables had only "died", "mort", "trại giam", "asesinado"."""
    relevant, tags = judged(language, title)
    assert relevant
    assert tag in tags


def test_residential_surveillance_at_a_designated_location_is_detention_not_surveillance() -> None:
    """China's RSDL, in Vietnamese "giám sát cư trú tại địa điểm chỉ định": incommunicado detention, whose
    "giám sát" (surveillance) is no spyware."""
    relevant, tags = judged(
        "vi",
        "Luật sư nhân quyền bị 'giám sát cư trú tại địa điểm chỉ định' 6 tháng",
        "Gia đình chưa nhận được thông báo chính thức nào.",
    )
    assert relevant
    assert "due-process" in tags
    assert "surveillance" not in tags


@pytest.mark.parametrize(
    ("language", "title"),
    [
        pytest.param("vi", "Thái Lan: Nhà hoạt động trẻ lĩnh án 3 năm vì bài đăng xúc phạm hoàng gia", id="vi-linh-an"),
        pytest.param(
            "es",
            "Tribunal sancionó a cinco años a ciudadano por propaganda contra el orden constitucional en Facebook",
            id="es-sanciono-a-anos",
        ),
    ],
)
def test_a_sentence_in_the_words_of_its_register_is_an_adverse_action(language: str, title: str) -> None:
    """ "lĩnh án" (received a sentence) and the Cuban press's "sancionó a cinco años" are sentences."""
    relevant, tags = judged(language, title)
    assert relevant
    assert "free-expression" in tags
