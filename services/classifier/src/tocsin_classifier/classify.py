"""classify(event, context) -> AlertClassified: the pure judgement of one watcher event.

Treaty events always carry `treaty-adoption`; news items are judged by `rules`; source health is operational.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tocsin_classifier.calibration import Calibrated, calibrate, headline_speech
from tocsin_classifier.convention import CONVENTION, ConventionStatus, ParticipantStatus
from tocsin_classifier.countries import NOT_COVERED, country_name, indices_for
from tocsin_classifier.findings import Signals, read_signals
from tocsin_classifier.gravity import grave_facts
from tocsin_classifier.rules import (
    FALLBACK_EVIDENCE,
    RIGHTS_TAGS,
    Relevance,
    TagHit,
    fallback_tag_hits,
    relevance,
    tag_hits,
)
from tocsin_classifier.severity import (
    SeverityDecision,
    milestone_severity,
    news_severity,
    treaty_action_severity,
)
from tocsin_classifier.ties import ROLE_PEOPLE
from tocsin_lexicon import Signal
from tocsin_lexicon.roundups import is_roundup, reports_in
from tocsin_schemas import (
    ASSIGNED_AT,
    ENTRY_INTO_FORCE_INSTRUMENTS,
    RELEVANT_AT,
    AlertClassified,
    AlertClassifiedEvent,
    ArrestReported,
    ArrestReportedEvent,
    SourceHealth,
    SourceHealthEvent,
    TagScore,
    TreatyAction,
    TreatyActionEvent,
    TreatyMilestone,
    TreatyMilestoneEvent,
    WatcherEvent,
    event_id,
    is_regional_organization,
    new_event,
)

SOURCE = "urn:tocsin:classifier"
WATCHER_EVENTS = (TreatyActionEvent, TreatyMilestoneEvent, ArrestReportedEvent, SourceHealthEvent)
TREATY_RELEVANCE = 0.9
REVIEW_BAND = (0.35, 0.65)
# Below this a report is clearly no rights case, and rights and crime words side by side are a reason to review it
# only when a journalist, defender or researcher is the one charged (a crime charge can be a pretext: a human
# looks). On dev (2026-11-29) the other 395 such reports flagged held 2 rights cases (0.5%, the rate of the 2,185
# unflagged ones, 0.6%); with a rights role charged, 2 of 166; calibration overruling the rules, 4 of 90.
CLEAR_BELOW = 0.1


def classify(event: WatcherEvent, context: ConventionStatus) -> AlertClassified:
    """Judge one watcher event against the current convention-status table (which it never changes)."""
    match event:
        case TreatyActionEvent():
            return _treaty_action(event, context)
        case TreatyMilestoneEvent():
            return _milestone(event)
        case ArrestReportedEvent():
            return _news(event, context)
        case SourceHealthEvent():
            return _source_health(event)
    raise TypeError(f"not a watcher event: {type(event).__name__}")


def classified_event(event: WatcherEvent, context: ConventionStatus) -> AlertClassifiedEvent:
    """The `tocsin.alert.classified` event for `event`: deterministic id, same subject."""
    return new_event(
        AlertClassifiedEvent,
        id=event_id("tocsin.alert.classified", event.id),
        source=SOURCE,
        subject=event.subject,
        data=classify(event, context),
        time=dt.datetime.now(dt.UTC),
    )


def _treaty_action(event: TreatyActionEvent, context: ConventionStatus) -> AlertClassified:
    action = event.data
    decision = treaty_action_severity(action, indices_for(action.country_code))
    status = context.for_country(action.country_code) or context.for_participant(action.participant)
    verb = {"signature": "signed", "succession": "deposited a notification of succession to"}.get(
        action.action, f"deposited an instrument of {action.action} to"
    )
    who = f"The {action.participant}" if is_regional_organization(action.participant) else action.participant
    return AlertClassified(
        event=event,
        tags=[_score(TagHit("treaty-adoption", 1.0, ("rule:treaty-event", f"{action.action}: {action.participant}")))],
        relevance=TREATY_RELEVANCE,
        severity=decision.severity,
        needs_review=False,
        rationale=(
            f"{who} {verb} {_treaty_named(action.treaty)} on "
            f"{action.action_date.isoformat()}{' (backfill, not notified)' if action.backfill else ''}; "
            f"{_toward_entry_into_force(action, read_on=event.time.date())}."
        ),
        country_context=_country_context(action.country_code, status, decision, known=True),
    )


def _milestone(event: TreatyMilestoneEvent) -> AlertClassified:
    milestone = event.data
    decision = milestone_severity(milestone)
    return AlertClassified(
        event=event,
        tags=[_score(TagHit("treaty-adoption", 1.0, ("rule:treaty-event", f"milestone: {milestone.kind}")))],
        relevance=TREATY_RELEVANCE,
        severity=decision.severity,
        needs_review=False,
        rationale=_milestone_said(milestone, today=event.time.date()),
        country_context={"country_code": None, "severity_raised_by": list(decision.raised_by)},
    )


@dataclass(frozen=True, slots=True)
class _Judgement:
    """What the words of a news item alone decide: relevance, tags (scored) and the rationale."""

    relevance: Relevance  # the hand-set rules' judgement
    final: Calibrated  # the final relevance: the rules' findings re-weighed (`calibration`)
    tags: tuple[TagScore, ...]
    assigned: tuple[str, ...]  # the tags with confidence >= ASSIGNED_AT
    rationale: str


UNTAGGED = 0.49  # the relevance reported for a report weighed relevant that names no rights tag


@lru_cache(maxsize=4096)
def _judge(signals: Signals) -> _Judgement:
    """Pure in `signals` (and the calibration, read once per process), so cached: news items often share the
    same handful of phrases. Tests that swap the calibration clear this cache."""
    judged = relevance(signals)
    final = calibrate(signals, judged)
    relevant = final.score >= RELEVANT_AT
    hits = [h for h in tag_hits(signals) if relevant or h.tag not in RIGHTS_TAGS]
    if relevant and not any(h.confidence >= ASSIGNED_AT for h in hits):  # relevant, yet no tag a filter could match
        kept = {h.tag for h in hits}
        hits = [*hits, *(h for h in fallback_tag_hits(signals) if h.tag not in kept)]
    weighed = None
    if relevant and not any(h.confidence >= ASSIGNED_AT for h in hits):
        # the weighing found it relevant, yet its words name no rights tag, not even on the fallback: a report is
        # relevant only with a tag a subscriber's filter could match ("ONG reduce su equipo tras recorte de fondos")
        weighed, final = final.score, Calibrated(min(final.score, UNTAGGED), judged.score)
        hits = [h for h in hits if h.tag not in RIGHTS_TAGS]
    crime = [
        p for s in (Signal.CYBERCRIME, Signal.ORDINARY_CRIME, Signal.HARM, Signal.PRETEXT) for p in signals.phrases(s)
    ]
    rules_alone = judged.score if final.overruled else None
    rationale = (
        _news_rationale(final.score, hits, crime, signals, rules_alone)
        if weighed is None
        else f"Not human-rights relevant ({final.score:.2f}; weighed {weighed:.2f}): its words name no rights tag."
    )
    return _Judgement(
        relevance=judged,
        final=final,
        tags=tuple(_score(h) for h in hits),  # frozen models: safe to share between alerts
        assigned=tuple(h.tag for h in hits if h.confidence >= ASSIGNED_AT),
        rationale=rationale,
    )


MAX_TEXT_CHARS = 20_000  # the watcher's own per-field cap


def news_text(item: ArrestReported) -> str:
    """The text the rules read: headline and summary, cut at MAX_TEXT_CHARS (matching time grows with text)."""
    return f"{item.title}\n{item.summary}"[:MAX_TEXT_CHARS]


def news_findings(item: ArrestReported) -> tuple[Signals, Relevance]:
    """The rules' signals and hand-set relevance for a news item: what `calibration` is fitted on."""
    signals = read_signals(news_text(item), item.language, year=item.published_at.year)
    return signals, relevance(signals)


def _news(event: ArrestReportedEvent, context: ConventionStatus) -> AlertClassified:
    item = event.data
    text = news_text(item)
    signals = read_signals(text, item.language, year=item.published_at.year)
    judgement = _judge(signals)
    rationale = judgement.rationale
    found = _case_in_roundup(item) if judgement.final.score < RELEVANT_AT and is_roundup(item.title) else None
    if found is not None:  # one of its reports is a case read alone
        text, signals, judgement = found
        rationale = f"In a round-up: {judgement.rationale}"
    judged = judgement.relevance
    score = judgement.final.score
    status = context.for_country(item.country_code)
    grave = grave_facts(text, signals) if score >= RELEVANT_AT else ()  # graver only matters if relevant
    decision = news_severity(score, judgement.assigned, status, grave)
    low, high = REVIEW_BAND
    return AlertClassified(
        event=event,
        tags=list(judgement.tags),
        relevance=score,
        severity=decision.severity,
        needs_review=judgement.final.overruled
        or low <= score <= high
        or (score >= RELEVANT_AT and headline_speech(signals))
        or ((score >= CLEAR_BELOW or _charged(signals.ties) is not None) and (judged.conflicting or judged.weak)),
        rationale=rationale,
        country_context=_country_context(item.country_code, status, decision, known=len(context) > 0),
    )


def _case_in_roundup(item: ArrestReported) -> tuple[str, Signals, _Judgement] | None:
    """The first report of a round-up that is relevant alone: its text, signals and judgement (`roundups`)."""
    for report in reports_in(item.title, item.summary):  # each read as a headline with no summary, as one is alone
        signals = read_signals(f"{report}\n", item.language, year=item.published_at.year)
        judgement = _judge(signals)
        if judgement.final.score >= RELEVANT_AT:
            return report, signals, judgement
    return None


def _charged(ties: Sequence[tuple[Signal, str, str]]) -> tuple[Signal, str] | None:
    """The first journalist, defender or researcher tied to the adverse action (as the one charged), as its role and
    the words naming them; None when no one in a rights role is."""
    return next(((signal, person) for signal, person, _ in ties if signal in ROLE_PEOPLE), None)


def _source_health(event: SourceHealthEvent) -> AlertClassified:
    health = event.data
    return AlertClassified(
        event=event,
        tags=[],
        relevance=0.0,
        severity="info",
        needs_review=False,
        rationale=_health_rationale(health),
        country_context={"country_code": None, "severity_raised_by": []},
    )


def _health_rationale(health: SourceHealth) -> str:
    """What an operator needs from a health alert: the source, its state, since when, how many reads failed, why."""
    since = health.since.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    detail = f"{health.failures} failed read(s) since {since}" if health.status == "failing" else f"since {since}"
    error = f"; last error: {health.last_error[:300]}" if health.last_error else ""
    return f"Operational event: source {health.source} is {health.status} ({detail}{error}), not a human-rights alert."


def _treaty_named(treaty: str) -> str:
    """The Convention by its name; any other treaty a watcher was told to follow by its MTDSG id only."""
    return f"the UN Convention against Cybercrime ({treaty})" if treaty == CONVENTION else f"treaty {treaty}"


def _toward_entry_into_force(action: TreatyAction, *, read_on: dt.date) -> str:
    """Where the count of art. 65 stands. The count is the whole page's as read (several actions found in one read
    all carry the same), so it is said as of that read, never as this action's doing ("bringing ... to 40 of 40"
    was said of the 7th). A state's ratification, acceptance, approval or accession counts; a signature does not,
    nor does a regional organization's instrument (art. 65: the European Union's is not added to its members')."""
    if action.treaty != CONVENTION:  # its own entry-into-force clause is not art. 65, nor known to Tocsin
        return f"{action.counts.parties} parties and {action.counts.signatories} signatories as read"
    count = action.counts.toward_entry_into_force
    as_of = (
        f"as of the UN Treaty Collection's status at {action.status_as_at.isoformat()}"
        if action.status_as_at
        else f"as of the UN Treaty Collection read on {read_on.isoformat()}"
    )
    standing = (
        f"{count} instrument{'s' if count != 1 else ''} counting toward entry into force had been deposited "
        f"{as_of} (art. 65: the Convention enters into force on the 90th day after the "
        f"{ENTRY_INTO_FORCE_INSTRUMENTS}th)"
    )
    if action.action == "signature":
        return f"a signature does not count toward entry into force; {standing}"
    if is_regional_organization(action.participant):
        return f"a regional organization's instrument does not count toward entry into force; {standing}"
    return standing


def _milestone_said(milestone: TreatyMilestone, *, today: dt.date) -> str:
    """What a milestone means, in the tense its date calls for: an entry into force or a deadline announced ahead
    ("reached entry into force on 2027-02-08", said in November 2026, read as already in force)."""
    name = _treaty_named(milestone.treaty)
    name = name[0].upper() + name[1:]
    nth = f"{milestone.threshold}th"
    if milestone.treaty != CONVENTION and milestone.kind != "signature_deadline":  # its own clause, not art. 65
        when = milestone.entry_into_force_date
        reached = f"; entry into force on {when.isoformat()} by the watcher's count" if when else ""
        return f"{name}: {milestone.instruments} instruments counting toward entry into force deposited{reached}."
    if milestone.kind == "instruments":
        return (
            f"{milestone.instruments} instruments counting toward entry into force have been deposited; the "
            f"Convention enters into force on the 90th day after the {nth} (art. 65)."
        )
    if milestone.kind == "entry_into_force":
        when = milestone.entry_into_force_date
        if when is None:
            return f"The {nth} instrument has been deposited: {name} enters into force on the 90th day after it."
        tense = "enters" if when > today else "entered"
        return (
            f"The {nth} instrument counting toward entry into force has been deposited: {name} {tense} into force "
            f"on {when.isoformat()}, the 90th day after its deposit (art. 65)."
        )
    deadline = milestone.deadline
    if deadline is None:
        return f"{name} approaches its signature deadline."
    if deadline >= today:
        return f"{name} is open for signature until {deadline.isoformat()} ({(deadline - today).days} days left)."
    return f"{name} closed for signature on {deadline.isoformat()}."


def _news_rationale(
    score: float,
    hits: list[TagHit],
    crime: list[str],
    signals: Signals,
    rules_alone: float | None = None,
) -> str:
    ties = signals.ties
    scored = f"{score:.2f}" if rules_alone is None else f"{score:.2f}; the rules alone {rules_alone:.2f}"
    if score >= RELEVANT_AT:
        because = "; ".join(_tag_said(h) for h in hits)
        target = f"{_tie_said(signals)}; " if ties else ""
        return f"Human-rights relevant ({scored}): {target}{because or 'rights framing in the report'}."
    if crime:
        quoted = ", ".join(repr(p) for p in crime[:3])
        charged = _charged(ties)
        if charged is not None and not signals.has(Signal.HARM):  # fraud, smuggling, tax: a common pretext
            who = f"{CHARGED_SAID[charged[0]]} ({charged[1]!r})"
            return (
                f"Not human-rights relevant ({scored}) on its words: {who} accused of a crime ({quoted}); such "
                "charges are sometimes a pretext, so read the report."
            )
        return f"Not human-rights relevant ({scored}): a crime report ({quoted}) with no rights dimension."
    if rules_alone is not None and signals.profession:
        named = ", ".join(repr(p) for s, p, _ in ties if s in ROLE_PEOPLE)
        return f"Not human-rights relevant ({scored}): {named}: a whole profession, no one in particular."
    if rules_alone is not None:
        return f"Not human-rights relevant ({scored}): on weighing, the signals found fall short of a rights case."
    return f"Not human-rights relevant ({scored}): no sign that speech, journalism or rights work is at stake."


# What the rationale calls each side of a tie, in a reader's words rather than the lexicon's signal names.
PERSON_SAID = {
    Signal.JOURNALIST: "a journalist",
    Signal.DEFENDER: "an activist or rights defender",
    Signal.RESEARCHER: "security research",
    Signal.SPEECH: "speech or its author",
}
# Who is accused, when a person in a rights role is charged with a crime: a person, not their work.
CHARGED_SAID = {**PERSON_SAID, Signal.RESEARCHER: "a security researcher"}
ACTION_SAID = {
    Signal.ARREST: "an arrest, charge, summons or sentence",
    Signal.SPEECH_OFFENCE: "a speech offence",
    Signal.SURVEILLANCE: "surveillance or seized devices",
    Signal.PRIVACY: "an intrusion on privacy",
    Signal.TRANSNATIONAL: "pressure across borders",
    Signal.DUE_PROCESS: "a due-process violation",
}


def _tag_said(hit: TagHit) -> str:
    """ "press-freedom ('journalist', 'reporter')"; a tag given for want of any other names only the words it rests on,
    and says so ("free-expression (named: 'broadcast')")."""
    if hit.evidence and hit.evidence[0] == FALLBACK_EVIDENCE:
        return f"{hit.tag} (named: {', '.join(repr(e) for e in hit.evidence[1:3])})"
    return f"{hit.tag} ({', '.join(repr(e) for e in hit.evidence[:2])})"


def _tie_said(signals: Signals) -> str:
    """The tie the rationale names, most telling first: a journalist, defender or researcher tied to an arrest,
    charge, summons or sentence; then any tie of theirs; then speech tied to one or to a speech offence; then the
    first.

    A journalist or defender the report says was arrested is "the one acted against"; a rights phrase naming its
    target says so ("murder of radio journalist"); any other tie links the two kinds by name ("links speech
    ('posts') to an intrusion on privacy ('passwords')"), never calling a post or a finding "the target"."""
    kinds = {phrase.casefold(): signal for signal in ACTION_SAID for phrase in signals.phrases(signal)}

    def rank(tie: tuple[Signal, str, str]) -> int:
        arrest = kinds.get(tie[2].casefold()) in (Signal.ARREST, Signal.SPEECH_OFFENCE)
        return (0 if arrest else 1) if tie[0] in ROLE_PEOPLE else (2 if arrest else 3)

    signal, person, action = min(signals.ties, key=rank)
    kind = kinds.get(action.casefold())
    if person.casefold() in action.casefold():  # a rights phrase naming its target: "murder of radio journalist"
        return f"{action!r} names its target, {person!r}"
    if kind is Signal.ARREST and signal in (Signal.JOURNALIST, Signal.DEFENDER):
        return f"{PERSON_SAID[signal]} ({person!r}) is the one acted against ({action!r})"
    said = ACTION_SAID[kind] if kind is not None else "the case"
    return f"the report links {PERSON_SAID[signal]} ({person!r}) to {said} ({action!r})"


def _country_context(
    code: str | None, status: ParticipantStatus | None, decision: SeverityDecision, *, known: bool
) -> dict[str, Any]:
    """`known`: whether the status table holds any participant. An empty table (no treaty action read yet, or the
    offline CLI without --context-from) cannot say a state has not ratified: `ratified` is then null, not false."""
    context: dict[str, Any] = {"country_code": code}
    if code is not None:
        indices = indices_for(code)
        gap = {"status": None, "score": None, "year": None, "source": None, "note": NOT_COVERED}
        context["country_name"] = country_name(code)
        context["freedom_on_the_net"] = indices.freedom_on_the_net.as_context() if indices else gap
        context["freedom_in_the_world"] = indices.freedom_in_the_world.as_context() if indices else gap
    context["convention"] = (
        status.as_context()
        if status
        else {
            "treaty": "XVIII-16",
            "participant": None,
            "signed": None,
            "ratified": False if known else None,
            "consent": None,
        }
    )
    context["severity_raised_by"] = list(decision.raised_by)
    return context


def _score(hit: TagHit) -> TagScore:
    return TagScore(tag=hit.tag, confidence=hit.confidence, evidence=list(hit.evidence))
