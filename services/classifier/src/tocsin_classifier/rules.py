"""Tag and relevance rules for news items: signals from the lexicon in, explained judgements out.

Every tag carries the phrases (or the rule name) that produced it, so an operator can see why it is there.
The weights below are the whole model: change them here and re-run `tocsin-classifier evaluate`.

Relevance is structural: a journalist, activist, researcher or act of speech counts fully only when it is TIED
to an adverse action (`ties_of`): in the same sentence as the arrest, charge, seizure, extradition, ... (or named
in a headline whose summary opens with the action), at most WINDOW words away, with no harm or victim word
between them, no victim / witness / source word beside it, and not a past role. Only a tied person earns the
"person under pressure" bonus and the pretext discount on crime charges; an untied one (the robbed photographer,
the activist who testified, the former editor) weighs half. When someone is tied, only the tied roles are tagged;
when nobody is (hackers "inside the email accounts of four journalists": no arrest to tie to), the roles named are
tagged, and like every rights tag only on an item judged relevant on its evidence as a whole.

An act of speech with no rights role tied counts as speech under pressure only when the report names it as the
cause ("jailed for a post", "interpellé pour un dessin": `ties.speech_caused`) or gives another link (a speech
offence, a cyber law used on speech, a rights group's word, ...): a gang that sold phones on Telegram or a YouTuber
who killed wildlife "for views" is a crime that used a platform. Frames with no case weigh against relevance: an
occasion (a festival, a prize, an obituary, a debunked rumour), a civil suit or sports sanction, and a bill under
debate, which makes surveillance or privacy words no adverse action unless a rights role or a crowd is named.
"""

import math
from dataclasses import dataclass

from tocsin_classifier.findings import Signals
from tocsin_classifier.ties import PEOPLE, ROLE_PEOPLE
from tocsin_lexicon import Signal
from tocsin_lexicon.restraints import RESTRAINTS
from tocsin_schemas.events import ASSIGNED_AT, RELEVANT_AT, Tag

S = Signal


@dataclass(frozen=True, slots=True)
class TagHit:
    """A tag with its confidence (0-1, assigned when >= ASSIGNED_AT) and the evidence strings that fired."""

    tag: Tag
    confidence: float
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TagRule:
    """`signal` yields `tag` at `confidence` when every signal in `needs` is present and none in `unless`."""

    tag: Tag
    signal: Signal
    confidence: float
    needs: tuple[Signal, ...] = ()
    unless: tuple[Signal, ...] = ()
    tied: bool = False  # `signal` must be the one attached to an adverse action (`ties_of`) when anyone is
    not_by: frozenset[str] = frozenset()  # phrases (case-folded) of `signal` that do not earn the tag on their own
    only_by: tuple[str, ...] = ()  # if given, only phrases holding one of these (case-folded) earn the tag
    caused: bool = False  # an act of speech must be named as the action's cause (`findings.Signals.caused`)


# --- tags -------------------------------------------------------------------------------------------------

# A political opponent, or plain counsel ("luật sư" is most often the defence lawyer): people the state may target,
# so they count for relevance like any defender, but not rights defenders by trade (activists, campaigners, rights
# lawyers, NGO workers, union leaders): named alone, they earn no human-rights-defenders tag.
NOT_A_TRADE = frozenset(
    {
        *("opposition", "oposición", "opposant", "opposants", "opposante", "opposantes"),
        *("opositor", "opositora", "opositores", "opositoras", "luật sư"),
    }
)
# Secrets demanded of a person: the words that make a privacy phrase the state's demand, whatever else is said.
SECRETS = (
    *("password", "passcode", "unlock", "pin code", "mot de passe", "mots de passe", "code", "déverrouill"),
    *("contraseña", "clave", "desbloque", "mật khẩu", "mở khóa"),
)
# The state spreading a person's own identity papers or address ("difundió su DNI"): its act, not what a flaw exposed.
STATE_EXPOSURE = (
    *("difundió su", "difundieron su", "filtró su", "filtraron su", "publicó su", "publicaron su"),
    *("difundió en redes su", "publicó en redes su", "difundieron en redes su"),
    *("divulgó su", "divulgaron su"),
    *(
        "published his",
        "published her",
        "posted his",
        "posted her",
        "leaked his",
        "leaked her",
        "aired his",
        "aired her",
    ),
    *("publié son", "diffusé son", "divulgué son", "công bố"),
)
# Privacy as a topic (a data-protection report quoted, a trial closed "to protect private life", a charge named
# after privacy): words that count for relevance but do not show the state exposing or demanding anyone's data.
PRIVACY_TOPICS = frozenset(
    {
        *("privacy", "personal data", "data protection", "encrypted", "encryption", "anonymity"),
        *("vie privée", "données personnelles", "protection des données", "chiffrement"),
        *("privacidad", "datos personales", "protección de datos", "intimidad", "cifrado"),
        *("dữ liệu cá nhân", "quyền riêng tư", "bí mật đời tư", "thông tin cá nhân"),
    }
)
TAG_RULES: tuple[TagRule, ...] = (
    TagRule("free-expression", S.SPEECH_OFFENCE, 0.9),
    TagRule("free-expression", S.DISSENT, 0.8, needs=(S.ARREST,)),  # held over words aimed at those in power
    TagRule("free-expression", S.SPEECH, 0.7, needs=(S.ARREST,), tied=True, caused=True),  # acted on FOR the speech
    TagRule("free-expression", S.CYBER_LAW, 0.7, needs=(S.SPEECH,)),
    # An exile (or their family) pursued over what they publish abroad: the pressure cites their expression. Not
    # when the state exposes their data: "published their addresses" is the state's act, not the exile's speech.
    TagRule("free-expression", S.SPEECH, 0.7, needs=(S.TRANSNATIONAL,), unless=(S.PRIVACY,)),
    # a step that restrains publication acts on expression itself: a report taken down, a ban on publishing, a source
    # to be named (S71: "Delhi High Court orders news site to take down investigation into port operator")
    TagRule("free-expression", S.ARREST, 0.7, only_by=RESTRAINTS),
    # the journalist, activist or researcher must be the one acted against, not a witness, victim or source
    TagRule("press-freedom", S.JOURNALIST, 0.85, tied=True),
    TagRule("human-rights-defenders", S.DEFENDER, 0.8, tied=True, not_by=NOT_A_TRADE),
    TagRule("security-research", S.RESEARCHER, 0.85, needs=(S.ARREST,), tied=True),  # prosecuted, not praised
    TagRule("surveillance", S.SURVEILLANCE, 0.8),
    # In a disclosure story the personal data is what the flaw exposed, not what the state took; but passwords and
    # unlock codes demanded of the researcher, or their own papers spread by the police, are the state's doing.
    TagRule("privacy", S.PRIVACY, 0.75, unless=(S.RESEARCHER,), not_by=PRIVACY_TOPICS),
    TagRule("privacy", S.PRIVACY, 0.75, needs=(S.RESEARCHER,), only_by=SECRETS + STATE_EXPOSURE),
    TagRule("transnational-repression", S.TRANSNATIONAL, 0.8),
    TagRule("due-process", S.DUE_PROCESS, 0.8),
)
# Tags that claim a human-rights dimension; never assigned to an item judged not relevant. (`treaty-adoption` is
# no rule of the words: it marks every treaty event and nothing else, assigned in `classify`; a news item that
# mentions the convention counts it only towards relevance.)
RIGHTS_TAGS = frozenset(r.tag for r in TAG_RULES)
_EXTRA_PHRASE_BONUS = 0.04


def tag_hits(signals: Signals) -> list[TagHit]:
    """Apply TAG_RULES; a tag's confidence is its best rule plus a little per extra distinct phrase."""
    return _apply(signals, strict=True)


def fallback_tag_hits(signals: Signals) -> list[TagHit]:
    """For a report judged relevant that no tag rule fits: the same rules without their conditions of tie, cause or
    company, and with the words they leave out taken back (an opponent or counsel named alone: human-rights-defenders),
    each at ASSIGNED_AT (assigned, and no more), so that a subscriber filtering by tag still receives it ("Government
    suspends broadcast licence of Kashmir TV station": free-expression, named by "broadcast")."""
    return _apply(signals, strict=False)


FALLBACK_EVIDENCE = "rule:relevant-with-no-tag"


def _conditions_met(rule: TagRule, signals: Signals, tied: set[Signal]) -> bool:
    """A rule's conditions of company (`needs`), tie (with nobody tied, no role is preferred) and cause."""
    return (
        all(signals.has(n) for n in rule.needs)
        and not (rule.tied and tied and rule.signal not in tied)
        and not (rule.caused and not signals.caused)
    )


def _apply(signals: Signals, *, strict: bool) -> list[TagHit]:
    best: dict[Tag, float] = {}
    evidence: dict[Tag, list[str]] = {}
    tied = signals.tied()
    if tied and signals.caused:  # speech named as the action's cause counts as tied (with nobody tied, none does)
        tied.add(S.SPEECH)
    for rule in TAG_RULES:
        if not signals.has(rule.signal):
            continue
        if strict and not _conditions_met(rule, signals, tied):
            continue
        if any(signals.has(u) for u in rule.unless):
            continue
        found = [p for p in signals.phrases(rule.signal) if not strict or p.casefold() not in rule.not_by]
        if rule.only_by:
            found = [p for p in found if any(word in p.casefold() for word in rule.only_by)]
        if not found:
            continue
        phrases = evidence.setdefault(rule.tag, [])
        phrases.extend(p for p in found if p not in phrases)
        best[rule.tag] = max(best.get(rule.tag, 0.0), rule.confidence)
    if not strict:
        return [TagHit(tag, ASSIGNED_AT, (FALLBACK_EVIDENCE, *evidence[tag])) for tag in best]
    return [
        TagHit(tag, round(min(0.98, conf + _EXTRA_PHRASE_BONUS * (len(evidence[tag]) - 1)), 3), tuple(evidence[tag]))
        for tag, conf in best.items()
    ]


# --- relevance --------------------------------------------------------------------------------------------

# Evidence for a rights dimension (positive) and for ordinary cybercrime or crime (negative).
WEIGHTS: dict[Signal, float] = {
    S.SPEECH_OFFENCE: 1.6,
    S.DISSENT: 0.6,
    S.JOURNALIST: 0.8,
    S.DEFENDER: 0.7,
    S.RESEARCHER: 1.0,
    S.RIGHTS: 1.0,
    S.SPEECH: 0.4,
    S.CYBER_LAW: 0.3,
    S.SURVEILLANCE: 0.6,
    S.PRIVACY: 0.4,
    S.TRANSNATIONAL: 0.7,
    S.DUE_PROCESS: 0.7,
    S.TREATY: 0.8,
    S.CYBERCRIME: -1.8,
    S.ORDINARY_CRIME: -1.2,
    S.HARM: -1.2,
    S.PRETEXT: -1.2,
    S.BUSINESS: -1.5,
    S.OCCASION: -2.0,  # an event about cases outweighs any one rights signal: no case is reported
    S.CIVIL: -1.5,
}
BIAS = -1.2  # with no signal at all, an item is not relevant (relevance ~0.23)
ROLES = ROLE_PEOPLE  # a journalist, defender or researcher (`ties`)
UNTIED = 0.5  # a person or speech phrase tied to no adverse action (a victim, a witness, a source) weighs half
# A speech offence named with nobody arrested, watched or exposed is a law under debate, not a harm.
ADVERSE = frozenset({S.ARREST, S.SURVEILLANCE, S.PRIVACY, S.TRANSNATIONAL, S.DUE_PROCESS, S.RIGHTS})
PERSON_UNDER_PRESSURE = 0.9  # someone who speaks, reports, defends or probes AND an adverse action against them
WATCHED = frozenset({S.SURVEILLANCE, S.PRIVACY})  # the state watching people or taking their data
# What makes a tied act of speech (with no role tied) a case about that speech when no cause word names it.
SPEECH_LINKS = frozenset(
    {
        *(S.SPEECH_OFFENCE, S.DISSENT, S.CYBER_LAW, S.RIGHTS, S.ASSEMBLY, S.TRANSNATIONAL),
        *(S.DUE_PROCESS, S.SURVEILLANCE, S.PRIVACY),
    }
)
# People gathered to protest count as people under pressure when they are watched (not merely when arrested:
# a protest arrest alone has no tag in the vocabulary).
NOTHING_ADVERSE = -1.6  # a journalist's book launch, a hacking contest, a bill: vocabulary without a rights harm
PRETEXT_FACTOR = 0.3  # crime charges against a journalist or activist weigh less: pretexts are common ...
# ... but only when the report ties the case to their work: their speech, a protest, exile, an abused procedure,
# a rights group's word, a known pretext charge, or (for researchers) the flaw they reported. A journalist
# arrested for drink-driving with nothing else said is a crime report. Device and data words (phones, passwords,
# personal data) are no tie: they fill every cybercrime report, where the journalist is often the victim. A
# former role is no role: "former columnist", "ancien journaliste" are NOISE in the tables, so a crime charge
# against someone who no longer reports is judged as the crime it is.
LINKS = frozenset(
    {
        *(S.SPEECH, S.SPEECH_OFFENCE, S.DISSENT, S.RIGHTS, S.ASSEMBLY, S.TRANSNATIONAL),
        *(S.DUE_PROCESS, S.PRETEXT, S.RESEARCHER),
    }
)
# Violence, threats and sexual abuse are seldom pretexts: discounted only when the report itself calls the case
# retaliation (a rights group's word) or names a speech offence.
FRAMED = frozenset({S.RIGHTS, S.SPEECH_OFFENCE})
EXTRA_PHRASE = 0.15  # each further distinct rights phrase adds a little, up to EXTRA_CAP
EXTRA_CAP = 0.6
STRONG = frozenset({S.SPEECH_OFFENCE, S.JOURNALIST, S.DEFENDER, S.RESEARCHER, S.RIGHTS})
CRIME = frozenset({S.CYBERCRIME, S.ORDINARY_CRIME, S.PRETEXT, S.HARM})


def adverse_signals(present: set[Signal]) -> set[Signal]:
    """The adverse actions in an item; privacy words alone are one only against a rights role or a crowd.

    "Encryption", "personal data" and "privacy" name a topic (a product, a regulator's fine on a shop) as often as
    a harm: with no one in a rights role or protesting, and nothing else adverse, they are not an action against
    anyone.
    """
    adverse = present & ADVERSE
    if adverse == {S.PRIVACY} and not present & (ROLES | {S.ASSEMBLY}):
        return set()
    if S.LAWMAKING in present and adverse <= WATCHED and not present & (ROLES | {S.ASSEMBLY}):
        return set()  # surveillance powers or data retention debated in a bill: nobody is watched yet
    return adverse


@dataclass(frozen=True, slots=True)
class Relevance:
    """Relevance 0-1 with the facts that decide whether a human should look at it."""

    score: float
    conflicting: bool  # rights vocabulary and crime vocabulary in the same item
    weak: bool  # relevant on a single kind of signal


def relevance(signals: Signals) -> Relevance:
    """Logistic of the weighted signals and their interactions (see the constants above).

    People and speech count in full only when tied to an adverse action (module docstring, `ties_of`).
    """
    present = signals.present()
    tied = signals.tied()
    positive = {s for s in present if WEIGHTS.get(s, 0.0) > 0}
    # math.fsum: exact, so the score does not depend on the order a set is walked in (hash seeds differ by process)
    z = BIAS + math.fsum(WEIGHTS[s] * (UNTIED if s in PEOPLE and s not in tied else 1.0) for s in positive)
    extra = sum(len(signals.phrases(s)) - 1 for s in positive)
    z += min(EXTRA_CAP, EXTRA_PHRASE * extra)
    adverse = adverse_signals(present)
    # a role acted against, speech acted against BECAUSE it was said (not a platform a crime used), or anyone
    # arrested, charged or sentenced under a speech offence
    pressed = (
        tied & ROLES or (tied and (signals.caused or present & SPEECH_LINKS)) or {S.SPEECH_OFFENCE, S.ARREST} <= present
    )
    if (pressed and adverse) or (S.ASSEMBLY in present and present & WATCHED):
        z += PERSON_UNDER_PRESSURE
    if not adverse:
        z += NOTHING_ADVERSE
    crime = math.fsum(WEIGHTS[s] for s in present & (CRIME - {S.HARM}))
    crime -= 0.3 * max(0, len(signals.phrases(S.CYBERCRIME)) - 1)
    linked = present & (LINKS - {S.SPEECH}) or (S.SPEECH in present and signals.caused)
    z += crime * (PRETEXT_FACTOR if tied & ROLES and linked else 1.0)
    if S.HARM in present:
        z += WEIGHTS[S.HARM] * (PRETEXT_FACTOR if tied & ROLES and present & FRAMED else 1.0)
    z += math.fsum(WEIGHTS[s] for s in present & {S.BUSINESS, S.OCCASION, S.CIVIL})
    score = 1.0 / (1.0 + math.exp(-z))
    return Relevance(
        score=round(score, 3),
        conflicting=bool(present & STRONG) and bool(present & CRIME),
        weak=score >= RELEVANT_AT and len(positive) == 1,
    )
