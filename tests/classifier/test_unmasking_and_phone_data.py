"""Blind batch S13 (surveillance, privacy and transnational repression), read end to end.

Its relevant cases were found, but 8 of 19 surveillance tags were missed: an anonymous critic unmasked through SIM
registration or subscriber records, or through IP addresses a platform handed over; messages taken off one
detainee's phone to charge others; a reporter's devices kept for download; chats copied during an interrogation.
Look-alikes: a man jailed for cyberstalking a radio presenter (she is the one stalked), a cricketer's chats
"recovered from his phone" in a match-fixing case.
"""

import pytest

from tests.classifier.factories import judged, reported_and_relevant


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Critic behind anonymous Facebook page charged over posts about the governor",
            "Prosecutors said police unmasked the owner of the anonymous page through SIM registration records "
            "supplied by the operator; he is charged under the Cybercrimes Act.",
            id="en-sim-registration-records",
        ),
        pytest.param(
            "en",
            "Union organiser charged over WhatsApp message calling a strike",
            "Detectives said the message was retrieved from the phone of a colleague arrested in March.",
            id="en-retrieved-from-the-phone",
        ),
        pytest.param(
            "en",
            "Reporter questioned for six hours at the border",
            "Officers kept her phone and laptop for download, her union said.",
            id="en-kept-her-phone",
        ),
        pytest.param(
            "vi",
            "Khởi tố thêm hai người theo Điều 331 sau khi khai thác dữ liệu điện thoại của bị can",
            "Hai người cùng chia sẻ các bài viết xúc phạm lãnh đạo huyện trên Facebook.",
            id="vi-khai-thac-du-lieu-dien-thoai",
        ),
        pytest.param(
            "vi",
            "Công an xác minh số thuê bao, khởi tố chủ trang Facebook ẩn danh theo Điều 331",
            "Người này bị cáo buộc đăng bài viết xúc phạm cán bộ tỉnh.",
            id="vi-xac-minh-so-thue-bao",
        ),
        pytest.param(
            "fr",
            "L'administrateur d'une page Facebook critique arrêté après une réquisition à Meta",
            "Les enquêteurs ont obtenu les adresses IP associées au compte ; il est poursuivi pour fausses nouvelles.",
            id="fr-requisition-a-meta",
        ),
        pytest.param(
            "es",
            "Detienen al administrador de una página de Facebook opositora tras un requerimiento a Meta",
            "La fiscalía obtuvo las direcciones IP de la cuenta; se le imputa difundir noticias falsas.",
            id="es-requerimiento-a-meta",
        ),
    ],
)
def test_a_critic_traced_through_data_about_him_is_surveillance(language: str, title: str, summary: str) -> None:
    assert "surveillance" in reported_and_relevant(language, title, summary)


def test_chats_copied_while_an_activist_was_interrogated_are_surveillance_and_the_unlocking_privacy() -> None:
    tags = reported_and_relevant(
        "vi",
        "Nhà hoạt động kể bị ép mở khóa điện thoại khi bị thẩm vấn",
        "Công an buộc anh mở khóa điện thoại rồi sao chép toàn bộ tin nhắn với các thành viên nhóm bảo vệ môi trường.",
    )
    assert {"surveillance", "privacy"} <= tags


def test_a_journalist_on_the_charge_used_against_the_press_is_a_case() -> None:
    """A remand on a currency-smuggling charge reads as a crime; "the same charge brought against a dozen
    journalists" says it is the pattern used on the press (S13: the calibration still weighs it down, so it stays
    flagged for review; the rules now see the framing)."""
    from tocsin_classifier.findings import read_signals
    from tocsin_lexicon import Signal

    signals = read_signals(
        "Court remands reporter on currency smuggling charge\nThe reporter for an independent site faces the same "
        "charge brought against more than a dozen journalists since 2023.",
        "en",
    )
    assert signals.has(Signal.RIGHTS)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Man jailed for cyberstalking radio presenter",
            "He sent her hundreds of threatening messages; police traced the anonymous accounts to him.",
            id="en-cyberstalking-a-presenter",
        ),
        pytest.param(
            "en",
            "Tribunal upholds ban on bowler over chats with a bookmaker",
            "WhatsApp messages recovered from his phone showed he had agreed to bowl a no-ball.",
            id="en-recovered-from-his-phone",
        ),
    ],
)
def test_a_journalist_stalked_or_a_cheat_caught_by_his_chats_is_no_rights_case(
    language: str, title: str, summary: str
) -> None:
    relevant, tags = judged(language, title, summary)
    assert not relevant
    assert not tags
