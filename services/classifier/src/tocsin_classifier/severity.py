"""Severity by documented rules (info < low < medium < high < critical).

Source health                      info (operational, not a human-rights alert)
Treaty action, backfill            info (found on a first read; never notified)
Treaty action, signature           low
Treaty action, consent instrument  medium (ratification, acceptance, approval, accession, succession)
  + 1 "not-free-ratification"      the participant is rated "Not Free" (Freedom on the Net, else in the World)
Treaty milestone                   signature_deadline low; instruments medium (high at the threshold);
                                   entry_into_force high
News item judged not relevant      info
News item judged relevant          medium (low when relevance < 0.65)
  + 1 "at-risk-person"             press-freedom, human-rights-defenders or security-research assigned
  + 1 "transnational-repression"   transnational-repression assigned
  + 1 "convention-signatory" / "convention-party"   the country signed / ratified the convention
  + 1 "long-sentence"              a prison term of five years or more, or life, passed (`gravity`)
  + 2 "death-sentence"             a death sentence passed (instead of "long-sentence")
  + 2 "died-in-custody"            the person died in the state's hands (instead of "incommunicado")
  + 1 "incommunicado"              held incommunicado, disappeared, whereabouts unknown, or abducted
  ≥ high "spyware"                 spyware (Pegasus, Predator …) found on the phone of someone the report names
Capped at critical. Every step up is named in `raised_by`, which the alert carries in `country_context`.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from tocsin_classifier.convention import ParticipantStatus
from tocsin_classifier.countries import CountryIndices
from tocsin_schemas import RELEVANT_AT, SEVERITIES, TreatyAction, TreatyMilestone
from tocsin_schemas.events import Severity

_ORDER: tuple[Severity, ...] = ("info", "low", "medium", "high", "critical")
assert _ORDER == SEVERITIES

AT_RISK_TAGS = frozenset({"press-freedom", "human-rights-defenders", "security-research"})
UNCERTAIN_BELOW = 0.65


@dataclass(frozen=True, slots=True)
class SeverityDecision:
    """The severity and the names of the rules that raised it above its base."""

    severity: Severity
    raised_by: tuple[str, ...] = ()


STEPS = {"death-sentence": 2, "died-in-custody": 2, "spyware": 0}  # steps a reason raises severity by, if not one
# the least severity a reason sets, whatever the steps: spyware on someone's phone is high, not critical with the
# journalist it targets counted again
FLOORS: dict[str, Severity] = {"spyware": "high"}


def _raise(base: Severity, reasons: Iterable[str]) -> SeverityDecision:
    raised_by = tuple(reasons)
    index = min(_ORDER.index(base) + sum(STEPS.get(r, 1) for r in raised_by), len(_ORDER) - 1)
    index = max([index, *(_ORDER.index(FLOORS[r]) for r in raised_by if r in FLOORS)])
    return SeverityDecision(_ORDER[index], raised_by)


def treaty_action_severity(action: TreatyAction, indices: CountryIndices | None) -> SeverityDecision:
    """Signature low, consent medium, one step up for a "Not Free" ratifier; backfill stays info."""
    if action.backfill:
        return SeverityDecision("info")
    if action.action == "signature":
        return SeverityDecision("low")
    not_free = indices is not None and indices.not_free
    return _raise("medium", ["not-free-ratification"] if not_free else [])


def milestone_severity(milestone: TreatyMilestone) -> SeverityDecision:
    """Deadline reminders low, instrument counts medium (high once the threshold is met), entry into force high."""
    match milestone.kind:
        case "entry_into_force":
            return SeverityDecision("high")
        case "signature_deadline":
            return SeverityDecision("low")
    return SeverityDecision("high" if milestone.instruments >= milestone.threshold else "medium")


def news_severity(
    relevance: float, tags: Iterable[str], status: ParticipantStatus | None, grave: Iterable[str] = ()
) -> SeverityDecision:
    """Severity of an arrest report from its relevance, assigned tags, the state's convention status and what makes
    the case graver (`gravity.grave_facts`: a long or death sentence, custody no one can find)."""
    if relevance < RELEVANT_AT:
        return SeverityDecision("info")
    assigned = set(tags)
    reasons: list[str] = []
    if assigned & AT_RISK_TAGS:
        reasons.append("at-risk-person")
    if "transnational-repression" in assigned:
        reasons.append("transnational-repression")
    if status is not None and status.ratified:
        reasons.append("convention-party")
    elif status is not None and status.signed:
        reasons.append("convention-signatory")
    reasons.extend(grave)
    return _raise("low" if relevance < UNCERTAIN_BELOW else "medium", reasons)
