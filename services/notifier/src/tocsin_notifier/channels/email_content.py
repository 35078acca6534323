"""What an alert email says: titles, subjects and template views built from classified events (pure).

Rendering uses jinja2 with autoescape for every `.html.j2` template, so text from feeds (titles, evidence,
rationales) can never become markup. Header text is made single-line by `header_text`, and so is every field of an
alert's view that comes from an event (title, summary, rationale, evidence, country name, severity reasons): a line
break in a crafted rationale drew a fake footer with its own "Unsubscribe" link in the plain-text part.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import jinja2

from tocsin_notifier.channels.treaty_reading import CONVENTION_ID, treaty_name, treaty_reading
from tocsin_notifier.i18n import HtmlTranslator, Translator, capitalised, translator
from tocsin_notifier.sample import is_test_alert
from tocsin_runtime.invisible import INVISIBLE
from tocsin_schemas import (
    ASSIGNED_AT,
    AlertClassifiedEvent,
    ArrestReportedEvent,
    SourceHealthEvent,
    TreatyActionEvent,
    TreatyMilestoneEvent,
)

CONVENTION_STATUS_URL = (
    "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18&clang=_en"
)
SEVERITY_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
# A source health alert's title, by status (a message of `translations`).
_HEALTH_TITLES = {
    "failing": "Source failing: {source}",
    "recovered": "Source recovered: {source}",
    "anomaly": "Source anomaly: {source}",
}
# A treaty action's title, by action: a message of `translations` ("{state} ratified {treaty} on {date}").
_ACTION_TITLES = {
    "signature": "{state} signed {treaty} on {date}",
    "ratification": "{state} ratified {treaty} on {date}",
    "acceptance": "{state} accepted {treaty} on {date}",
    "approval": "{state} approved {treaty} on {date}",
    "accession": "{state} acceded to {treaty} on {date}",
    "succession": "{state} succeeded to {treaty} on {date}",
}
# Why the classifier raised an alert's severity (`country_context.severity_raised_by`), as the email says it; a
# reason this table does not know yet is shown as written.
SEVERITY_REASONS = {
    "at-risk-person": "a journalist, defender or researcher is the one acted against",
    "transnational-repression": "a state reaches abroad",
    # not "a party": a state becomes one only once the Convention is in force for it (art. 65; VCLT art. 2(1)(g))
    "convention-party": "the country has ratified (or otherwise consented to be bound by) the UN Convention against "
    "Cybercrime",
    "convention-signatory": "the country has signed the UN Convention against Cybercrime",
    "not-free-ratification": 'a country rated "Not Free" ratified it',
    "long-sentence": "a prison sentence of five years or more (or life) was passed",
    "death-sentence": "a death sentence was passed",
    "incommunicado": "the person is held incommunicado, has disappeared or was abducted",
    "died-in-custody": "the person died in the state's hands",
    "spyware": "spyware was found on the person's phone",
}
# A test alert's own title, not the milestone it is made of ("0 of 40 instruments toward entry into force" read
# like news).
TEST_TITLE = "Test alert: your Tocsin subscription works"
SUMMARY_LIMIT = 600
# Evidence that names a rule or an internal kind rather than words of the report.
_INTERNAL_EVIDENCE = re.compile(
    r"^(rule:|milestone: |(signature|ratification|acceptance|approval|accession|succession): )"
)
_WORD = re.compile(r"\w+")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
# Any character that could end a header line, for any parser (CR, LF, NEL, LS, PS, other controls).
_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


@dataclass(frozen=True)
class Link:
    """A source link; `clickable` is False for anything but http(s), which is then shown as text only. `host` is
    shown beside the label, so a link never hides where it leads."""

    label: str
    url: str

    @property
    def clickable(self) -> bool:
        # a feed URL whose credentials the watcher masked leads nowhere: shown as text
        return self.url.lower().startswith(("https://", "http://")) and "REDACTED" not in self.url

    @property
    def host(self) -> str:
        try:
            return urlsplit(self.url).hostname or ""
        except ValueError:
            return ""


@dataclass(frozen=True)
class TagView:
    """One assigned tag with its confidence and the evidence the classifier gave."""

    tag: str
    confidence: float
    evidence: tuple[str, ...]
    label: str = ""  # the tag's name in the mail's language ("libertad de prensa"); the tag itself in English


@dataclass(frozen=True)
class AlertView:
    """Everything a template shows about one alert.

    `time` is when Tocsin detected the item (the watcher's event time); `published` is when the source itself
    published it (an arrest report's `published_at`), None for events that carry no such date (`_published`).
    """

    id: str
    title: str
    severity: str
    country: str | None
    kind: str
    time: datetime
    published: datetime | None
    tags: tuple[TagView, ...]
    rationale: str  # Tocsin's reading: a treaty alert's in the mail's language, else the classifier's own (English)
    needs_review: bool
    links: tuple[Link, ...]
    severity_raised_by: tuple[str, ...] = ()  # the reasons, in words (SEVERITY_REASONS)
    language: str = "en"  # of the report's own text (its title), for the HTML part's lang attribute
    test: bool = False  # a test alert sent on request (POST /v1/subscriptions/{id}/test): it reports nothing
    summary: str = ""  # an arrest report's own summary (who, where, why), shortened
    country_name: str | None = None  # the country's short name, for the reader who does not know the code
    when: str = ""  # `time` as the mail's language says it ("2026-03-01 09:30 UTC", "1er mars 2026 à 09:30 UTC")
    published_when: str | None = None  # `published`, likewise
    rationale_language: str = "en"  # the language `rationale` is written in


def header_text(value: str, limit: int = 200) -> str:
    """`value` on one line: every line break or control character becomes a space, bidi controls and what shows
    nothing go (a right-to-left override in a title reversed the rest of the subject as mail clients show it); at
    most `limit` chars."""
    text = " ".join(_LINE_BREAKING.sub(" ", INVISIBLE.sub("", value)).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def alert_view(alert: AlertClassifiedEvent, t: Translator | None = None) -> AlertView:
    """The view of one classified alert: title, country, assigned tags, rationale and source links; Tocsin's own
    words (a treaty alert's title, link labels, why the severity was raised) in the language of `t`."""
    t = t or translator()
    verdict = alert.data
    event = verdict.event
    tags = sorted((t for t in verdict.tags if t.confidence >= ASSIGNED_AT), key=lambda t: -t.confidence)
    test = is_test_alert(alert)
    read = None if t.language == "en" or test else treaty_reading(event, t)  # English: the classifier's, as it is
    return AlertView(
        id=alert.id,
        title=t(TEST_TITLE) if test else header_text(event_title(event, t), limit=1000),
        severity=verdict.severity,
        country=getattr(event.data, "country_code", None),
        kind=event.type,
        time=_utc(event.time),
        published=_published(event),
        tags=tuple(TagView(tag.tag, tag.confidence, _readable_evidence(tag.evidence), t.tag(tag.tag)) for tag in tags),
        rationale=header_text(read or verdict.rationale, limit=2000),
        needs_review=verdict.needs_review,
        links=() if test else _links(event, t),
        severity_raised_by=_severity_reasons(verdict.country_context, t),
        language=_language(event, t),
        test=test,
        summary=_summary(event),
        country_name=_country_name(getattr(event.data, "country_code", None), verdict.country_context, t),
        when=t.moment(event.time),
        published_when=t.moment(published) if (published := _published(event)) else None,
        rationale_language=t.language if read else "en",
    )


def _summary(event: object) -> str:
    """An arrest report's summary on one paragraph, at most SUMMARY_LIMIT characters; "" for other events."""
    if not isinstance(event, ArrestReportedEvent):
        return ""
    return header_text(event.data.summary, limit=SUMMARY_LIMIT)


def _country_name(code: str | None, context: Mapping[str, Any], t: Translator) -> str | None:
    """The country's short name in the mail's language ("Bolivia", "Bolivie"); in English, the classifier's name for
    it first (its `country_context`), as before."""
    said = _one_line(context.get("country_name")) if t.language == "en" else None
    return said or t.country(code) or _one_line(context.get("country_name"))


def _readable_evidence(evidence: Sequence[str]) -> tuple[str, ...]:
    """The phrases a subscriber can read: no rule names ("rule:treaty-event") or internal kinds ("milestone:
    entry_into_force"), a gapped phrase's parts apart ("Facebook; post"), and no phrase whose words all stand, in
    order, in a longer one ("posts", "Facebook" beside "Facebook posts"; "criticising governor" beside "criticising
    the governor")."""
    parts = (header_text(part) for entry in evidence for part in entry.split(";"))
    phrases = list(dict.fromkeys(p for p in parts if p and not _INTERNAL_EVIDENCE.match(p)))
    words = {phrase: _WORD.findall(phrase.casefold()) for phrase in phrases}
    return tuple(
        phrase
        for phrase in phrases
        if not any(other != phrase and _within(words[phrase], words[other]) for other in phrases)
    )


def _within(short: list[str], long: list[str]) -> bool:
    """Whether every word of `short` stands in `long`, in order, as a word or the start of one ("post" in
    "posts"), and `long` says more."""
    if not short or len(short) > len(long) or short == long:
        return False
    rest = iter(long)
    return all(any(word.startswith(part) for word in rest) for part in short)


def _language(event: object, t: Translator) -> str:
    """The language of an alert's title: an arrest report's own (BCP 47, when it looks like a tag: "vi", "pt-BR";
    else English), the mail's for Tocsin's own titles (treaty and health alerts), so a screen reader voices them
    right."""
    if isinstance(event, ArrestReportedEvent):
        return event.data.language if _LANGUAGE_TAG.fullmatch(event.data.language) else "en"
    if isinstance(event, TreatyActionEvent) and event.data.action not in _ACTION_TITLES:
        return "en"  # an action the contract may add, said in English words (`event_title`)
    if isinstance(event, SourceHealthEvent) and event.data.status not in _HEALTH_TITLES:
        return "en"
    return t.language


def _severity_reasons(context: Mapping[str, Any], t: Translator) -> tuple[str, ...]:
    raised = context.get("severity_raised_by")
    if not isinstance(raised, list):
        return ()
    return tuple(
        t(SEVERITY_REASONS[str(reason)]) if str(reason) in SEVERITY_REASONS else header_text(str(reason))
        for reason in raised
    )


def _one_line(value: object) -> str | None:
    """A text field of the classifier's country context on one line; None when it is missing or not text."""
    return header_text(value) if isinstance(value, str) and value.strip() else None


def _published(event: object) -> datetime | None:
    """An arrest report's own publication time; None when it has none of its own. The watcher dates an undated
    item with the poll time, which is also the event's time to the microsecond: then no publication time was
    stated, and none is shown."""
    if not isinstance(event, ArrestReportedEvent) or event.data.published_at == event.time:
        return None
    return _utc(event.data.published_at)


def event_title(
    event: TreatyActionEvent | TreatyMilestoneEvent | ArrestReportedEvent | SourceHealthEvent,
    t: Translator | None = None,
) -> str:
    """A one-line human title for a watcher event; Tocsin's own titles (treaty actions and milestones) in the
    language of `t`, a state by its UN English name (in another language, by that language's name for its country)."""
    t = t or translator()
    if isinstance(event, ArrestReportedEvent):
        return event.data.title
    if isinstance(event, TreatyActionEvent):
        data = event.data
        treaty = treaty_name(data.treaty, t)
        title = _ACTION_TITLES.get(data.action)
        if title is None:  # an action the contract may add: said as written, in English words
            return f"{data.participant} {data.action} {treaty} on {data.action_date.isoformat()}"
        state = _state_name(data.participant, data.country_code, t)
        return t(title, state=state, treaty=treaty, date=t.day(data.action_date))
    if isinstance(event, TreatyMilestoneEvent):
        m = event.data
        name = treaty_name(m.treaty, t)
        if m.kind == "entry_into_force":
            if m.entry_into_force_date:
                when = t.day(m.entry_into_force_date)
                return t("{treaty} enters into force on {date}", treaty=capitalised(name), date=when)
            return t("{treaty} enters into force", treaty=capitalised(name))
        if m.kind == "signature_deadline":
            if m.deadline:
                return t("Signature deadline for {treaty}: {date}", treaty=name, date=t.day(m.deadline))
            return t("Signature deadline for {treaty}", treaty=name)
        return t(
            "{instruments} of {threshold} instruments toward entry into force of {treaty}",
            instruments=m.instruments,
            threshold=m.threshold,
            treaty=name,
        )
    title = _HEALTH_TITLES.get(event.data.status)
    return t(title, source=event.data.source) if title else f"Source {event.data.status}: {event.data.source}"


def alert_subject(views: Sequence[AlertView], *, discreet: bool = False, t: Translator | None = None) -> str:
    """'[HIGH] VNM: <title>' for one alert, 'Tocsin digest: N alerts' for several ('[CRITICAL] Tocsin: N alerts'
    when one of them is critical), '[TEST] ...' for a test alert; always one line. Discreet: 'Tocsin: 1 new alert',
    'Tocsin: N new alerts', whatever they are (a test alert still says so). Tocsin's words in the language of `t`."""
    t = t or translator()
    if discreet and not (len(views) == 1 and views[0].test):
        return new_alerts(len(views), t)
    if len(views) != 1:
        if any(v.severity == "critical" for v in views):
            return f"[{severity_label('critical', t)}] Tocsin{t.colon} {t('{n} alerts', n=len(views))}"
        return t("Tocsin digest: {n} alerts", n=len(views))
    view = views[0]
    if view.test:
        return f"[{t('TEST')}] {view.title}"
    country = f"{view.country}{t.colon} " if view.country else ""
    return header_text(f"[{severity_label(view.severity, t)}] {country}{view.title}")


def new_alerts(n: int, t: Translator) -> str:
    """'Tocsin: 1 new alert', 'Tocsin: 3 new alerts': a discreet subject, and the first words of its mail."""
    return t("Tocsin: {n} new alert" if n == 1 else "Tocsin: {n} new alerts", n=n)


def severity_label(severity: str, t: Translator) -> str:
    """A severity upper-cased in the language of `t` ("HIGH"); one the contract may add, as written."""
    return (t(severity) if severity in SEVERITY_RANK else severity).upper()


def by_severity(views: Sequence[AlertView]) -> list[AlertView]:
    """Most severe first, then newest first."""
    return sorted(views, key=lambda v: (-SEVERITY_RANK.get(v.severity, 0), -v.time.timestamp()))


def _templates() -> Traversable:
    """The package's email templates."""
    return resources.files("tocsin_notifier.channels").joinpath("templates")


def preload() -> None:
    """Read the templates now, so the running service keeps the ones it started with whatever the disk holds later."""
    _environment()


def render(template: str, context: Mapping[str, Any]) -> str:
    """Render a template from channels/templates (HTML ones autoescaped: Tocsin's own words as written, what fills
    them escaped)."""
    translate = context.get("t")
    if template.endswith(".html.j2") and isinstance(translate, Translator):
        context = {**context, "t": HtmlTranslator(translate)}
    return _environment().get_template(template).render(**context)


@cache
def _environment() -> jinja2.Environment:
    """Every template read into memory once, when the first mail is composed (the service's start calls `preload`).

    Read from disk on use, a template changed under a running service (`git pull` before a restart) was the new one,
    needing variables the old code never passed: every email failed for good until a restart and a redelivery.
    """
    sources = {
        item.name: item.read_text(encoding="utf-8") for item in _templates().iterdir() if item.name.endswith(".j2")
    }
    return jinja2.Environment(
        loader=jinja2.DictLoader(sources),
        auto_reload=False,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _state_name(participant: str, code: str | None, t: Translator) -> str:
    """A treaty participant as the mail's language names it: its country's name, "La Unión Europea"; in English, and
    for a participant no message names, the UN's English name ("Viet Nam")."""
    if t.language == "en":
        return participant
    if code is None:
        return t.text(participant)  # a participant no message names stays as the UN wrote it
    return t.country(code) or participant


def _link(label: str, url: str) -> Link:
    """A link whose URL is one line too: a feed's `source` with line breaks drew a fake footer (it is any text in
    the contract). A host in another script is shown in its ASCII form ("www.xn--mnesty-2nf.org", not an
    "amnesty.org" spelt with a Cyrillic "а"): the link leads to the same place and no longer passes for another."""
    return Link(label, _ascii_host(header_text(url, limit=2000)))


def _ascii_host(url: str) -> str:
    """`url` with an internationalised host in its IDNA (punycode) form; as it was when it has none or is unreadable."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        if host is None or host.isascii():
            return url
        ascii_host = host.encode("idna").decode("ascii")
        port = parts.port
    except (ValueError, UnicodeError):
        return url
    userinfo, at, _ = parts.netloc.rpartition("@")
    netloc = f"{userinfo}{at}{ascii_host}" + (f":{port}" if port is not None else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _links(
    event: TreatyActionEvent | TreatyMilestoneEvent | ArrestReportedEvent | SourceHealthEvent, t: Translator
) -> tuple[Link, ...]:
    if isinstance(event, ArrestReportedEvent):
        report, feed = _link(t("Report"), event.data.url), _link(t("Feed"), event.data.source)
        return (report, feed) if feed.clickable else (report,)  # a file path is the operator's business
    if isinstance(event, TreatyActionEvent):
        return (_link(t("UN Treaty Collection"), event.data.source_url),)
    if isinstance(event, SourceHealthEvent):
        return (_link(t("Source"), event.data.source),)
    if event.data.treaty == CONVENTION_ID:
        return (Link(t("UN Treaty Collection"), CONVENTION_STATUS_URL),)
    return ()
