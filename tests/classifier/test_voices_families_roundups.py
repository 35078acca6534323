"""Blind batches S113 (an inbox for 15 December), S114 (told through quotes and voices), S115 (families and
relatives), S116 (an inbox for 16 December), S117 (round-ups, briefs and digests), S118 (an inbox for 17 December), S119
(round-ups again), S120 (officials speaking), S121 (an inbox for 18 December) and S122 (lawyers and the courtroom).

A state's denial ("No journalist is in prison for what he wrote") and a family keeping faith with someone jailed long
ago (a vigil, prayers, a hunger strike) hold the step they name; a family questioned or detained over someone abroad
is a reach across borders. A round-up tells several reports in one item: each is judged alone too, so a case buried
among fraud and traffic lines is not outweighed by them (`tocsin_classifier.roundups`).
"""

import pytest

from tests.classifier.factories import arrest, judged, reported_and_relevant
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.findings import read_signals
from tocsin_lexicon import Signal
from tocsin_lexicon.roundups import is_roundup, reports_in
from tocsin_watcher.feeds.match import match_item

NO_STEP = [
    pytest.param(
        "en", "'No journalist is in prison for what he wrote,' minister tells parliament", "", id="en-state-denial"
    ),
    pytest.param(
        "fr",
        "« Aucun blogueur n'est poursuivi pour ses publications », affirme le porte-parole du gouvernement",
        "",
        id="fr-dementi",
    ),
    pytest.param(
        "es", "«Ningún periodista está preso por informar», asegura el canciller ante la ONU", "", id="es-desmentido"
    ),
    pytest.param(
        "en",
        "Mother of jailed poet keeps vigil outside Evin prison on his birthday",
        "She has stood there every year since his arrest in 2019.",
        id="en-mother-vigil",
    ),
    pytest.param(
        "en",
        "Wife of jailed union leader starts hunger strike outside parliament",
        "Her husband has been held since 2021; she says nothing has changed in his case.",
        id="en-wife-hunger-strike",
    ),
    pytest.param(
        "fr",
        "Dix-huit ans sans nouvelles : la famille du reporter rallume les bougies devant l'ambassade",
        "",
        id="fr-bougies",
    ),
    pytest.param("en", "Vigil marks two years since blogger's death in custody", "", id="en-death-in-custody-marked"),
    pytest.param(
        "vi", "Mười hai năm sau khi mãn hạn tù, nhà báo ra mắt hồi ký tại Berlin", "", id="vi-nam-sau-khi-ra-tu"
    ),
    pytest.param(
        "vi",
        "Tự xưng là hacker mũ trắng, đối tượng tống tiền ngân hàng lĩnh 6 năm tù",
        "Bị cáo đã cài mã độc và đòi 1 triệu USD.",
        id="vi-tu-xung-hacker-mu-trang",
    ),
    pytest.param("en", "Forward charged by FA over tweet about referee", "", id="en-sport-discipline"),
    pytest.param(
        "en", "Lagos reporter honoured in Nairobi for series on families of the disappeared", "", id="en-prize"
    ),
    # S120 (officials speaking): a promise or a denial for everyone names no one acted against
    pytest.param(
        "en", "No journalist will be jailed under the new cybercrime rules, minister pledges", "", id="en-promise"
    ),
    pytest.param(
        "fr",
        "« Aucun journaliste ne sera emprisonné pour un délit de presse », promet le ministre",
        "",
        id="fr-promesse",
    ),
    pytest.param(
        "es",
        "El ministro insiste en que la Ley de Agentes Extranjeros «no cierra a ninguna ONG»",
        "",
        id="es-ley-defendida",
    ),
    pytest.param(
        "en", "Interior ministry: 'no one is prosecuted for an opinion in this country'", "", id="en-no-one-prosecuted"
    ),
    # S121-S122 (an inbox, lawyers): a rights lawyer's appointment, years behind bars marked, a lawyer's absence
    pytest.param(
        "en",
        "Veteran human rights lawyer sworn in as attorney general",
        "She spent 25 years representing torture survivors and political detainees.",
        id="en-lawyer-appointed",
    ),
    pytest.param(
        "en", "Friends mark three years behind bars for Belarusian editor with a reading in Riga", "", id="en-marked"
    ),
    pytest.param("vi", "Hoãn phiên tòa xử nhóm lừa đảo qua mạng vì luật sư xin vắng mặt", "", id="vi-luat-su-vang-mat"),
]


@pytest.mark.parametrize(("language", "title", "summary"), NO_STEP)
def test_a_denial_a_familys_vigil_or_a_prize_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())


def test_the_step_a_family_keeps_faith_with_is_the_vigils() -> None:
    signals = read_signals("Family of jailed blogger marks five years since his arrest with prayers", "en")
    assert signals.phrases(Signal.GENRE)
    assert not signals.phrases(Signal.ARREST)


def test_a_laws_year_is_no_past_case() -> None:
    assert not read_signals(
        "Rapport annuel : un journaliste poursuivi au titre de la loi de 2010", "fr", year=2026
    ).dated_past
    assert read_signals("Rapport annuel : un journaliste condamné en 2010 pour ses écrits", "fr", year=2026).dated_past


STEPS = [
    pytest.param(
        "en",
        "Security officers questioned her parents for a day, says Berlin-based Uyghur activist",
        "They told them to make her stop posting videos about the camps.",
        {"transnational-repression"},
        id="en-parents-questioned",
    ),
    pytest.param(
        "en",
        "Three brothers of Toronto-based Eritrean blogger detained in Asmara",
        "",
        {"transnational-repression"},
        id="en-brothers-detained",
    ),
    pytest.param(
        "en",
        "High Court directs a news portal to reveal who leaked the tender file",
        "The portal's editor said it would appeal.",
        {"press-freedom"},
        id="en-portal-source-order",
    ),
    pytest.param(
        "en",
        "Police delivered a summons to student activist's home over lese majeste post",
        "",
        {"human-rights-defenders", "free-expression"},
        id="en-summons-delivered",
    ),
    pytest.param(
        "en",
        "Family of Tay Ninh activist refused lawyer as Article 117 investigation is extended",
        "",
        {"due-process", "human-rights-defenders"},
        id="en-refused-lawyer",
    ),
    pytest.param(
        "fr",
        "La police interroge le père d'une journaliste exilée à Paris",
        "",
        {"press-freedom", "transnational-repression"},
        id="fr-pere-interroge",
    ),
    pytest.param(
        "fr",
        "Un reporter emmené de nuit par des hommes armés, sa famille sans nouvelles",
        "Ni sa famille ni son avocat ne savent où il se trouve depuis mardi.",
        {"press-freedom", "due-process"},
        id="fr-emmene-de-nuit",
    ),
    pytest.param(
        "fr",
        "Tunis : la justice suspend pour trois mois les activités de l'Observatoire",
        "L'association, qui documente la torture dans les prisons, dénonce une décision politique.",
        {"human-rights-defenders"},
        id="fr-observatoire-suspendu",
    ),
    pytest.param(
        "fr",
        "Retenue à l'aéroport, une journaliste affirme que des agents ont copié ses conversations",
        "",
        {"press-freedom", "surveillance"},
        id="fr-conversations-copiees",
    ),
    pytest.param(
        "fr",
        "Privée de toute nouvelle depuis son placement en cellule disciplinaire : le défenseur des droits humains à "
        "l'isolement",
        "",
        {"due-process", "human-rights-defenders"},
        id="fr-cellule-disciplinaire",
    ),
    pytest.param(
        "es",
        "Juez ordena a un diario bajar su investigación sobre la alcaldía de Cúcuta",
        "",
        {"press-freedom"},
        id="es-bajar-investigacion",
    ),
    pytest.param(
        "es",
        "Liberan a activista tras 72 horas en la Seguridad del Estado en Santiago de Cuba",
        "",
        {"human-rights-defenders"},
        id="es-horas-en-la-seguridad",
    ),
    pytest.param(
        "es",
        "Citan a la madre de una bloguera residente en Madrid por las publicaciones de su hija",
        "",
        {"transnational-repression"},
        id="es-madre-residente-en",
    ),
    pytest.param(
        "es",
        "«Un tribunal nos ordena revelar nuestra fuente», denuncia el director de medio",
        "",
        {"press-freedom"},
        id="es-nuestra-fuente",
    ),
]


# S119-S120: steps an official announces, and a round-up's case read by the watcher too
STEPS += [
    pytest.param(
        "es",
        "Conatel suspende por 15 días a canal de Olancho tras un reportaje sobre las obras del alcalde",
        "",
        {"press-freedom"},
        id="es-canal-suspendido",
    ),
    pytest.param(
        "vi",
        "Cục Báo chí đình chỉ 2 tháng tạp chí điện tử vì đăng bài sai sự thật",
        "",
        {"press-freedom"},
        id="vi-tap-chi-dinh-chi",
    ),
    pytest.param(
        "es",
        "El Gobierno declara agente extranjero a una fundación ambientalista de Chalatenango",
        "",
        {"human-rights-defenders"},
        id="es-agente-extranjero",
    ),
    pytest.param(
        "en",
        "NCCIA books Karachi journalist under Peca over vlog on flour prices",
        "",
        {"press-freedom"},
        id="en-nccia",
    ),
    pytest.param(
        "fr",
        "Le gouvernement confirme la réquisition du journaliste ; sa famille n'a aucune nouvelle de lui",
        "",
        {"press-freedom", "due-process"},
        id="fr-requisition",
    ),
    pytest.param(
        "en",
        "Authorities ordered a rights association that documents deaths in custody to suspend its activities",
        "",
        {"human-rights-defenders"},
        id="en-association-suspended",
    ),
    pytest.param(
        "es",
        "Breves: excarcelan a tuitero preso por la Ley contra el Odio; cierre de vía en Caracas",
        "",
        {"free-expression"},
        id="es-breves-excarcelan",
    ),
    pytest.param(
        "fr",
        "Bamako : ce qu'il faut savoir ce mardi",
        "Le journaliste Moussa Keita, enlevé à son domicile jeudi, n'a plus donné signe de vie ; ni sa famille ni ses "
        "avocats ne savent où il est détenu. Le salon de l'artisanat ouvre ses portes samedi.",
        {"press-freedom", "due-process"},
        id="fr-ce-quil-faut-savoir",
    ),
]


# S121-S122: lawyers acted against over their work, a release, groups closed by the dozen
STEPS += [
    pytest.param(
        "en",
        "Justice ministry strips defence lawyer of licence",
        "He had represented several people jailed after the 2021 protests.",
        {"human-rights-defenders"},
        id="en-licence-stripped",
    ),
    pytest.param(
        "en",
        "Court drops cybercrime charge against rights lawyer over posts on police abuses",
        "",
        {"human-rights-defenders", "free-expression"},
        id="en-charge-dropped",
    ),
    pytest.param(
        "en",
        "Police raid office of lawyer for the families of the disappeared, take laptops and case files",
        "",
        {"human-rights-defenders", "surveillance"},
        id="en-lawyer-raided",
    ),
    pytest.param(
        "fr",
        "Le conseil de l'ordre suspend un an l'avocat des familles de manifestants tués",
        "Il avait critiqué le parquet à la télévision.",
        {"human-rights-defenders"},
        id="fr-avocat-suspendu",
    ),
    pytest.param(
        "es",
        "Seguridad del Estado registra la casa de una abogada que asesora a familias de presos políticos",
        "",
        {"human-rights-defenders"},
        id="es-casa-registrada",
    ),
    pytest.param(
        "es",
        "Corte cancela la licencia a abogado que criticó en medios el juicio contra un obispo",
        "",
        {"free-expression"},
        id="es-licencia-cancelada",
    ),
    pytest.param(
        "vi",
        "Nhà báo Trần Văn Hùng ra tù sau 5 năm thụ án vì các bài viết trên blog",
        "",
        {"press-freedom", "free-expression"},
        id="vi-ra-tu",
    ),
    pytest.param(
        "es",
        "Ortega cierra 15 asociaciones más, entre ellas el Centro de Derechos Humanos de Matagalpa",
        "",
        {"human-rights-defenders"},
        id="es-asociaciones-cerradas",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "tags"), STEPS)
def test_a_step_told_by_a_voice_or_a_family_is_read(language: str, title: str, summary: str, tags: set[str]) -> None:
    assert tags <= reported_and_relevant(language, title, summary)


def test_the_watcher_reads_a_roundups_reports_alone() -> None:
    # read whole, the other report's occasion ("ouvre ses portes") would make the item no case
    title = "Bamako : ce qu'il faut savoir ce mardi"
    case = (
        "Le président d'une association de défense des droits humains n'a plus donné signe de vie depuis mercredi ; ni"
        " sa famille ni ses avocats ne savent où il est détenu. "
    )
    other = "Le salon de l'artisanat ouvre ses portes samedi."
    assert match_item(title, case + other, language="fr").matched
    assert not match_item("Bamako : le salon de l'artisanat", case + other, language="fr").matched


def test_a_step_phrase_names_its_object_with_nothing_in_its_gap() -> None:
    # the watcher ties "ordena a un diario … retirar" to its "diario" whether or not words stand in the gap
    assert match_item("Juez ordena a un diario retirar su investigación sobre el alcalde", "", language="es").matched


@pytest.mark.parametrize(
    ("title", "roundup"),
    [
        ("Court roundup: bail in fraud case, activist jailed", True),
        ("Tin pháp luật 20/12: bắt nhóm lừa đảo", True),
        ("Justice romande en bref", True),
        ("Resumen judicial | Jueza ordena retirar reportajes", True),
        ("Blogger jailed for six years over Facebook posts", False),
        ("Digital rights group condemns arrest of blogger", False),
    ],
)
def test_a_roundup_is_known_by_its_heading(title: str, roundup: bool) -> None:
    assert is_roundup(title) is roundup


def test_a_roundups_reports_are_its_headlines_parts_and_its_sentences() -> None:
    reports = reports_in(
        "Legal briefs: trader jailed for export fraud; Facebook user gets 7 years for propaganda",
        "Police arrested eleven men over a crypto scam. A drunk driver was fined in Binh Duong.",
    )
    assert reports == [
        "trader jailed for export fraud",
        "Facebook user gets 7 years for propaganda",
        "Police arrested eleven men over a crypto scam.",
        "A drunk driver was fined in Binh Duong.",
    ]
    assert reports_in("Court roundup", "One sentence only, about a fraud trial.") == []


ROUNDUPS = [
    pytest.param(
        "en",
        "Court roundup: bank manager jailed for fraud; blogger sentenced to six years over Facebook posts",
        "A drunk driver was convicted in Cebu.",
        True,
        id="en-blogger-in-court-roundup",
    ),
    pytest.param(
        "vi",
        "Tin pháp luật 20/12: bắt nhóm lừa đảo tiền ảo; xử phạt tài xế say rượu",
        "Công an tỉnh An Giang bắt tạm giam ông Trần Văn Bình về tội lợi dụng các quyền tự do dân chủ theo Điều 331 vì "
        "các bài viết trên Facebook. Tại Cần Thơ, một tài xế say rượu bị phạt 40 triệu đồng.",
        True,
        id="vi-dieu-331-in-tin-phap-luat",
    ),
    pytest.param(
        "en",
        "Legal briefs: ransomware crew extradited; bus driver jailed for fatal crash",
        "Police in Lagos arrested three men over a loan app scam. A court fined a trucking firm for overloading.",
        False,
        id="en-every-line-ordinary",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "relevant"), ROUNDUPS)
def test_a_case_buried_in_a_roundup_is_judged_alone(language: str, title: str, summary: str, relevant: bool) -> None:
    alert = classify(arrest(title, summary, language=language), ConventionStatus())
    assert (alert.relevance >= 0.5) is relevant
    assert alert.rationale.startswith("In a round-up: ") is relevant
