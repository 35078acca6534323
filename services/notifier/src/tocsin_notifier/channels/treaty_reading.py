"""Tocsin's reading of a treaty alert in the mail's language (pure).

The classifier's rationale is one English sentence of the event contract. For a treaty action or milestone everything
it says is in the event itself (the count toward entry into force, the UN Treaty Collection's date, the deadline), so
a mail in another language says it in that language from the event, with the same facts and the same art. 65 rule
(`tocsin_classifier.classify`): a signature does not count toward entry into force, nor does a regional
organization's instrument; the Convention enters into force on the 90th day after the 40th instrument. A news
report's rationale quotes the report and weighs its words: it stays in English, and the mail says so.
"""

import datetime as dt

from tocsin_notifier.i18n import Translator, capitalised
from tocsin_schemas import (
    ENTRY_INTO_FORCE_INSTRUMENTS,
    TreatyActionEvent,
    TreatyMilestoneEvent,
    is_regional_organization,
)

CONVENTION_ID = "XVIII-16"
SIGNATURE_UNCOUNTED = "A signature does not count toward entry into force."
REGIONAL_UNCOUNTED = "A regional organization's instrument does not count toward entry into force."


def treaty_name(treaty: str, t: Translator) -> str:
    """The Convention by its name, any other treaty by its MTDSG id, as the language of `t` says them."""
    return t("the UN Convention against Cybercrime") if treaty == CONVENTION_ID else t("treaty {treaty}", treaty=treaty)


def treaty_reading(event: object, t: Translator) -> str | None:
    """What a treaty alert means, in the language of `t`; None for any other event (its rationale is said as
    written)."""
    if isinstance(event, TreatyActionEvent):
        return _action_read(event, t)
    if isinstance(event, TreatyMilestoneEvent):
        return _milestone_read(event, t)
    return None


def _action_read(event: TreatyActionEvent, t: Translator) -> str:
    action = event.data
    if action.treaty != CONVENTION_ID:  # its own entry-into-force clause is not art. 65, nor known to Tocsin
        return t(
            "Parties: {parties}; signatories: {signatories} (as read).",
            parties=action.counts.parties,
            signatories=action.counts.signatories,
        )
    counted = {"count": action.counts.toward_entry_into_force, "threshold": ENTRY_INTO_FORCE_INSTRUMENTS}
    if action.status_as_at is not None:
        standing = t(
            "Instruments counting toward entry into force: {count} of the {threshold} needed, as of the UN Treaty "
            "Collection's status at {date} (art. 65: the Convention enters into force on the 90th day after the "
            "{threshold}th).",
            date=t.day(action.status_as_at),
            **counted,
        )
    else:
        standing = t(
            "Instruments counting toward entry into force: {count} of the {threshold} needed, as of the UN Treaty "
            "Collection read on {date} (art. 65: the Convention enters into force on the 90th day after the "
            "{threshold}th).",
            date=t.day(event.time.date()),
            **counted,
        )
    if action.action == "signature":
        return f"{t(SIGNATURE_UNCOUNTED)} {standing}"
    if is_regional_organization(action.participant):
        return f"{t(REGIONAL_UNCOUNTED)} {standing}"
    return standing


def _milestone_read(event: TreatyMilestoneEvent, t: Translator) -> str:
    milestone, today = event.data, event.time.date()
    name = treaty_name(milestone.treaty, t)
    if milestone.kind == "signature_deadline":
        return _deadline_read(milestone.deadline, name, today, t)
    if milestone.treaty != CONVENTION_ID:  # its own entry-into-force clause, not art. 65
        if milestone.entry_into_force_date is None:
            return t(
                "{treaty}: instruments counting toward entry into force: {instruments}.",
                treaty=capitalised(name),
                instruments=milestone.instruments,
            )
        return t(
            "{treaty}: instruments counting toward entry into force: {instruments}; entry into force on {date} by "
            "Tocsin's count.",
            treaty=capitalised(name),
            instruments=milestone.instruments,
            date=t.day(milestone.entry_into_force_date),
        )
    if milestone.kind == "instruments":
        return t(
            "Instruments counting toward entry into force: {count} of the {threshold} needed (art. 65: the "
            "Convention enters into force on the 90th day after the {threshold}th).",
            count=milestone.instruments,
            threshold=milestone.threshold,
        )
    when = milestone.entry_into_force_date
    if when is None:
        return t(
            "The {threshold}th instrument counting toward entry into force has been deposited: the Convention enters "
            "into force on the 90th day after it (art. 65).",
            threshold=milestone.threshold,
        )
    said = (
        "The {threshold}th instrument counting toward entry into force has been deposited: the Convention enters "
        "into force on {date}, the 90th day after its deposit (art. 65)."
        if when > today
        else "The {threshold}th instrument counting toward entry into force has been deposited: the Convention "
        "entered into force on {date}, the 90th day after its deposit (art. 65)."
    )
    return t(said, threshold=milestone.threshold, date=t.day(when))


def _deadline_read(deadline: dt.date | None, name: str, today: dt.date, t: Translator) -> str:
    if deadline is None:
        return t("The signature deadline of {treaty} approaches.", treaty=name)
    if deadline >= today:
        return t("Signature of {treaty} is open until {date}.", treaty=name, date=t.day(deadline))
    return t("Signature of {treaty} closed on {date}.", treaty=name, date=t.day(deadline))
