"""What the lexicon found in a text, grouped by signal, and which rights roles it ties to an adverse action.

`read_signals` is the one reading of a news item that every rule (`rules`) and the calibration work from.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from tocsin_classifier.named import named_ties
from tocsin_classifier.targets import profession_only
from tocsin_classifier.ties import ROLE_PEOPLE, may_tie, sentence_starts, speech_caused, ties
from tocsin_classifier.topics import SUBJECTS, reported_subjects
from tocsin_lexicon import Hit, Signal, fold, lexicon_for
from tocsin_lexicon.en import PLOTS_EN
from tocsin_lexicon.es import PLOTS_ES
from tocsin_lexicon.fr import PLOTS_FR
from tocsin_lexicon.looking_back import looks_back
from tocsin_lexicon.occasions import where_arrested
from tocsin_lexicon.restraints import restraint_over_suit
from tocsin_lexicon.words import Words
from tocsin_schemas import MACHINE_SUMMARY

_WORDS = re.compile(r"\w+")
REPEAT_EXTRA_WORDS = 3  # words a feed may add to a headline it repeats as the summary: "Reuters:", "BBC News"
_PUBLISHER_SEPARATOR = re.compile(r"\s+[-|–—]\s+")  # "… - The Times of India", "Reuters | …"
PUBLISHER_WORDS = 5  # "Committee to Protect Journalists"
_SENTENCE_END = re.compile(r"[.!?]")
FIRST_YEAR = 1950  # earlier four-digit numbers are counts, not years ("1152 political prisoners")
LAST_YEAR = 2100  # numbers from FIRST_YEAR to LAST_YEAR are years, not counts
PAST_YEARS = 2  # a year this far before the report's own is past: a 2024 sentence told in 2026, not last December's
TALLY_LEAST = 10  # people counted by tens: a tally ("20 periodistas encarcelados"), not "three journalists detained"
TALLY_REACH = 3  # words from the number to the role, all of them `ABOUT`: "plus de 500 journalistes"
# words of approximation between a number and what it counts: "plus de 500", "más de 20", "hơn 160", "at least 40"
ABOUT = frozenset(
    {"plus", "de", "d", "más", "over", "more", "than", "at", "least", "nearly", "almost", "some", "about", "près"}
    | {"environ", "casi", "cerca", "unos", "unas", "hơn", "gần", "ít", "nhất", "khoảng"}
)
# The genres that count: reports, indices, tallies, trainings, retrospectives (not a forum, a conference, an interview,
# a memoir, a documentary or a commemoration: a mass arrest there is news, "detain 40 journalists at a forum")
TALLY_GENRES = frozenset(
    phrase.casefold()
    for phrase in (
        *("press freedom index", "index", "ranking", "annual report", "new report", "tally", "round-up", "roundup"),
        *("report finds", "report says", "report documents", "report maps", "record number", "worldwide", "study"),
        *("prison census", "annual census", "annual count"),
        *("around the world", "training", "trained", "workshop", "seminar", "webinar", "survey", "years after"),
        *("years since", "classement", "indice", "bilan", "rapport annuel", "dans le monde", "une formation"),
        *("session de formation", "formés", "formées", "atelier", "séminaire", "une étude", "enquête annuelle"),
        *("ans après", "clasificación", "índice", "informe anual", "balance anual", "en el mundo", "taller"),
        *("capacitación", "capacitan", "un curso", "curso de", "seminario", "un estudio", "estudio de"),
        *("años después", "se cumplen", "bảng xếp hạng", "chỉ số tự do", "chỉ số dân chủ", "chỉ số nhân quyền"),
        *("báo cáo thường niên", "báo cáo", "tập huấn", "năm sau"),
    )
)
# numbers said in words, by tens or more (S133: "au moins onze journalistes restent détenus", a year's tally)
TALLY_WORDS = frozenset(
    {"ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "dozens", "hundreds"}
    | {"dix", "onze", "douze", "quinze", "vingt", "trente", "quarante", "cinquante", "cent", "centaine", "dizaines"}
    | {"diez", "once", "doce", "quince", "veinte", "treinta", "cuarenta", "cincuenta", "cien", "decenas", "cientos"}
)
COUNTED = ROLE_PEOPLE | {Signal.RIGHTS}  # "550 journalistes", "170 tù nhân lương tâm" (prisoners of conscience)
ONGOING = frozenset({"since", "depuis", "desde", "từ"})  # a year things have gone on since: no past
LAW_ENDS = frozenset({"sự", "mạng", "luật", "act", "law", "code", "loi", "ley", "decree", "décret", "decreto"})
NOT_A_PAST = ONGOING | LAW_ENDS
OF_YEAR = frozenset({"de", "of", "del", "du"})  # a law's year after a word: "la loi de 2010", "the Act of 2012"


class Signals:
    """The words found in a text (quoted as they read), grouped by signal, in first-seen order, and the ties.

    A tie is a person-or-speech phrase attached to an adverse action (see `ties_of`): (signal, phrase, action).
    Two Signals are equal (and hash alike) when they hold the same phrases and ties in the same order: every
    judgement made from them is then the same, so it can be cached.
    """

    def __init__(
        self,
        hits: Iterable[Hit],
        ties: Iterable[tuple[Signal, str, str]] = (),
        *,
        caused: bool = False,
        profession: bool = False,
        headline_only: bool = False,
        dated_past: bool = False,
        tallied: bool = False,
        framed_title: bool = False,
        looked_back: bool = False,
    ) -> None:
        grouped: dict[Signal, list[str]] = {}
        seen: set[tuple[Signal, str]] = set()
        for hit in hits:
            key = (hit.signal, hit.quote.casefold())
            if key not in seen:
                seen.add(key)
                grouped.setdefault(hit.signal, []).append(hit.quote)
        self._by_signal = {signal: tuple(phrases) for signal, phrases in grouped.items()}
        self._ties = tuple(ties)
        self._tied = frozenset(signal for signal, _, _ in self._ties)
        self._caused = caused
        self._profession = profession
        self._headline_only = headline_only
        self._dated_past = dated_past
        self._tallied = tallied
        self._framed_title = framed_title
        self._looked_back = looked_back
        # all a judgement depends on
        self._key = (
            *(tuple(self._by_signal.items()), self._ties, caused, profession),
            *(headline_only, dated_past, tallied, framed_title, looked_back),
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Signals) and self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def has(self, signal: Signal) -> bool:
        return signal in self._by_signal

    @property
    def ties(self) -> tuple[tuple[Signal, str, str], ...]:
        return self._ties

    @property
    def caused(self) -> bool:
        """An act of speech is named as the cause of an adverse action (`ties.speech_caused`)."""
        return self._caused

    @property
    def profession(self) -> bool:
        """Every role tied to an action is a whole profession, no one in particular (`targets.profession_only`)."""
        return self._profession

    @property
    def headline_only(self) -> bool:
        """The report is its headline alone: no summary, or one that repeats the headline (`read_signals`)."""
        return self._headline_only

    @property
    def dated_past(self) -> bool:
        """A report of a kind that talks about cases (`Signal.GENRE`) names a year at least PAST_YEARS before its own
        (`read_signals`): "condamné en 2010", "Bản án năm 2012", what an exile's interview or a memoir retells."""
        return self._dated_past

    @property
    def tallied(self) -> bool:
        """A report of a kind that talks about cases (`Signal.GENRE`) counts the people it names by tens or more
        (`read_signals`): "550 journalistes détenus dans le monde", "20 periodistas encarcelados", a tally."""
        return self._tallied

    @property
    def framed_title(self) -> bool:
        """The headline is a genre's or an occasion's ("launches prison memoir", "Ra mắt hồi ký", "unveil … Index")
        and names no step of its own: what the summary tells of arrests is that report's matter (`read_signals`)."""
        return self._framed_title

    @property
    def looked_back(self) -> bool:
        """The report looks back (a year in review, an anniversary, a memoir) and places nothing it tells in the
        present (`tocsin_lexicon.looking_back`)."""
        return self._looked_back

    def phrases(self, signal: Signal) -> tuple[str, ...]:
        return self._by_signal.get(signal, ())

    def present(self) -> set[Signal]:
        return set(self._by_signal)

    def tied(self) -> set[Signal]:
        """The person and speech signals with at least one phrase attached to an adverse action."""
        return set(self._tied)


def read_signals(text: str, language: str, *, year: int | None = None) -> Signals:
    """Scan `text` with the lexicon for `language` (plus English and the legal hooks), and tie people to actions;
    `year`, the report's own (its publication), dates what a report of a genre tells (`Signals.dated_past`).

    A gapped phrase ("asesinato … activista") never spans two sentences: its words belong to different clauses,
    and a crime someone reported on ("his investigation into bribes") is not read as a crime (`topics`).
    """
    hits, words = lexicon_for(language).read(text, boundary="\n")  # no phrase runs from headline to summary
    hits = where_arrested(hits, words, language)  # an occasion that is only where an arrest happened
    past = tallied = False
    if any(h.signal is Signal.GENRE for h in hits):  # most reports are of no genre: one scan, then nothing more
        hits = [h for h in hits if h.signal is not Signal.GENRE or not _within_another(h, hits)]
        if any(h.signal is Signal.GENRE for h in hits):
            past = year is not None and _dated_past(words, year)
            tallied = _tallied(hits, words)
    alone = headline_alone(text)
    back = looks_back(text) and not _step_in_title(hits, words, text)
    hits = _inside_drop(hits, Signal.RIGHTS, Signal.HARM)  # "journalist murdered": the killing is no crime
    hits = _inside_drop(hits, Signal.ARREST, Signal.CYBERCRIME)  # "freezes its bank accounts": no fraud ring's
    hits = _inside_drop(hits, Signal.CYBERCRIME, Signal.RESEARCHER)  # "never reported the flaw": no researcher's
    # "anniversary of his arrest", "a un año de su destierro" (S104), "a year since … death in custody" (S113): the
    # step a genre phrase holds is commemorated, not taken
    hits = _inside_drop(hits, Signal.GENRE, Signal.ARREST, Signal.TRANSNATIONAL, Signal.DUE_PROCESS)
    hits = _plot_dropped(hits)  # "a debut novel in which a blogger is arrested": the arrest is the story's
    hits = restraint_over_suit(hits)  # a court's order against publishing, whoever sued
    gapped = any(h.gapped for h in hits)
    tying = may_tie(hits)
    subjects = any(h.signal in SUBJECTS for h in hits)
    treaty = any(h.signal is Signal.TREATY for h in hits)
    if not gapped and not tying and not subjects and not treaty:
        framed = _framed_title(hits, words, text)
        return Signals(
            hits, headline_only=alone, dated_past=past, tallied=tallied, framed_title=framed, looked_back=back
        )
    starts = sentence_starts(text, words)
    if treaty:  # what is said of the Convention itself is background to the report, not its case (`about_the_treaty`)
        hits = about_the_treaty(hits, starts)
        gapped, tying, subjects = any(h.gapped for h in hits), may_tie(hits), any(h.signal in SUBJECTS for h in hits)
    if subjects:  # a crime, a company or violence the report was about is no charge nor its frame (`topics`)
        reported = reported_subjects(hits, words, starts)
        if reported:
            hits = [h for h in hits if h.start not in reported or h.signal not in SUBJECTS]
    if gapped and starts:
        hits = [h for h in hits if not h.gapped or bisect_right(starts, h.start) == bisect_right(starts, h.end - 1)]
        tying = may_tie(hits)
    if not tying:
        framed = _framed_title(hits, words, text)
        return Signals(
            hits, headline_only=alone, dated_past=past, tallied=tallied, framed_title=framed, looked_back=back
        )
    tied = ties(hits, starts, words)
    if not alone and not any(signal in ROLE_PEOPLE for signal, _, _ in tied):
        tied += named_ties(hits, words, bisect_left(words.starts(), text.find("\n")))
    return Signals(
        hits,
        tied,
        caused=speech_caused(hits, words, starts),
        profession=profession_only(hits, tied, words, starts, language),
        headline_only=alone,
        dated_past=past,
        tallied=tallied,
        framed_title=_framed_title(hits, words, text),
        looked_back=back,
    )


# What a headline must not name for its genre or occasion to frame the report: a step against someone (an exile is
# no step: "Exiled Iranian journalist launches prison memoir")
STEPS = frozenset({Signal.ARREST, Signal.SURVEILLANCE, Signal.PRIVACY, Signal.DUE_PROCESS})


def _title_end(words: Words, text: str) -> int | None:
    """The index of the first word after the headline; None for a headline alone."""
    end = text.find("\n")
    return bisect_left(words.starts(), end) if end >= 0 else None


def _step_in_title(hits: list[Hit], words: Words, text: str) -> bool:
    """A step told in the headline, which tells news: "Police detain blogger at vigil marking anniversary of his
    brother's arrest" is no look back (`Signals.looked_back`), whatever its words of one."""
    title_end = _title_end(words, text)
    return any(h.signal in STEPS and (title_end is None or h.start < title_end) for h in hits)


# A state said of a role beside it, not a step taken: before it in English ("Mural honouring jailed Tunisian
# commentator"; not "Blogger detained after …"), after it in French, Spanish and Vietnamese ("el reportero cubano …,
# preso desde 2021", "Nhà báo đang thụ án … được trao giải") (S134)
HELD_BEFORE = frozenset(fold(word) for word in ("jailed", "imprisoned", "detained", "incarcerated"))
HELD_AFTER = frozenset(
    fold(word)
    for word in (
        *("emprisonné", "emprisonnée", "détenu", "détenue", "incarcéré", "incarcérée", "encarcelado", "encarcelada"),
        # S139: "Veillée … pour les journalistes détenus"
        *("emprisonnés", "détenus", "détenues", "incarcérés", "encarcelados", "presos", "presas"),
        *("preso", "presa", "đang thụ án", "đang bị giam"),
    )
)
HELD_REACH = 2  # words between the state and its role: "jailed Belarusian editor", "periodista nicaragüense preso"


def _framed_title(hits: list[Hit], words: Words, text: str) -> bool:
    """`Signals.framed_title`: a genre or an occasion in the headline, and no step there (a role's state beside it is
    none: `_held`)."""
    title_end = _title_end(words, text)
    if title_end is None:
        return False  # a headline alone is read as one (`headline_alone`)
    in_title = [h for h in hits if h.start < title_end]
    roles = [h for h in in_title if h.signal in ROLE_PEOPLE or h.signal is Signal.SPEECH]
    return any(h.signal in (Signal.GENRE, Signal.OCCASION) for h in in_title) and not any(
        h.signal in STEPS and not _held(h, roles) for h in in_title
    )


def _held(step: Hit, roles: list[Hit]) -> bool:
    """A step that is a role's state beside it, within HELD_REACH words (`HELD_BEFORE`, `HELD_AFTER`)."""
    said = fold(step.quote)
    if said in HELD_BEFORE:  # and no role just before it, whose verb it is: "Blogger detained after posting …"
        after = any(0 <= r.start - step.end <= HELD_REACH for r in roles)
        return after and not any(0 <= step.start - r.end <= 1 for r in roles)
    return said in HELD_AFTER and any(0 <= step.start - r.end <= HELD_REACH for r in roles)


# A story's plot told after its frame: what happens in it happens to no one (`_plot_dropped`)
PLOTS = frozenset(phrase.casefold() for phrase in (*PLOTS_EN, *PLOTS_FR, *PLOTS_ES))
STORY_STEPS = frozenset({Signal.ARREST, Signal.DUE_PROCESS, Signal.SURVEILLANCE, Signal.TRANSNATIONAL})
PLOT_REACH = 15  # words after the plot's frame that tell the story (a later sentence may report a real arrest)


def _plot_dropped(hits: list[Hit]) -> list[Hit]:
    """`hits` without the steps told right after a plot's frame ("a debut novel in which a blogger is arrested … and
    held without a lawyer"): the story's, not a report of them."""
    plots = [h.end for h in hits if h.signal is Signal.OCCASION and h.phrase.casefold() in PLOTS]
    if not plots:
        return hits
    return [h for h in hits if h.signal not in STORY_STEPS or not any(0 <= h.start - p < PLOT_REACH for p in plots)]


def _inside_drop(hits: list[Hit], outer: Signal, *inner: Signal) -> list[Hit]:
    """`hits` without those of `inner` that lie within a phrase of `outer` longer than a word: the longer phrase says
    what they are ("asesinato del periodista" is the rights phrase's killing, not a crime; "freezes its bank
    accounts" is a step's object, not a fraud ring's)."""
    spans = [(h.start, h.end) for h in hits if h.signal is outer and h.end - h.start > 1]
    if not spans:
        return hits
    return [h for h in hits if h.signal not in inner or not any(a <= h.start and h.end <= b for a, b in spans)]


def _dated_past(words: Words, year: int) -> bool:
    """Whether the text names a year from FIRST_YEAR to PAST_YEARS before `year`: "Cựu tù nhân…: Bản án năm 2012 đã
    thay đổi cả cuộc đời tôi", "Documentary revisits the 2019 trial". Not a law's year ("PECA 2016", "Cybercrimes Act
    2015": after a capitalised word; "Bộ luật Hình sự 2015", "Luật An ninh mạng 2018": `LAW_ENDS`; "la loi de 2010":
    `OF_YEAR`; "the 2023 Cybercrimes Law": before one) nor a detention's start ("since 2022", "depuis 2021", "desde
    2020", "từ năm 2019": still going on)."""
    said = words.words
    for at in range(1, len(said)):
        word = said[at]
        if len(word) != 4 or not word.isdecimal() or not FIRST_YEAR <= int(word) <= year - PAST_YEARS:
            continue
        before, after = said[at - 1], said[at + 1] if at + 1 < len(said) else ""
        if _month_of(said, at):  # "bị bắt tháng 7/2021" (S134)
            return True
        if before[:1].isupper() or before.isdigit() or before.casefold() in NOT_A_PAST or after[:1].isupper():
            continue
        if at >= 2 and said[at - 2].casefold() in ONGOING:  # "từ năm 2019"
            continue
        if at >= 2 and before.casefold() in OF_YEAR and said[at - 2].casefold() in LAW_ENDS:  # "la loi de 2010" (S114)
            continue
        return True
    return False


def _month_of(said: list[str], at: int) -> bool:
    """The year at `at` is a month's, "tháng 7/2021": a date, not a law's number."""
    return at >= 2 and said[at - 2].casefold() == "tháng" and said[at - 1].isdecimal() and 1 <= int(said[at - 1]) <= 12


def _tallied(hits: list[Hit], words: Words) -> bool:
    """Whether a report of the counting kind (an index, a report, a tally, a training: `TALLY_GENRES`, not a forum,
    an interview or a commemoration where a mass arrest may be the news) counts the people it names by TALLY_LEAST or
    more, the number (in digits, or in words: `TALLY_WORDS`) just before the role or a rights phrase ("550
    journalistes", "plus de 500 journalistes", "1,152 political prisoners", "hơn 160 tù nhân lương tâm"; not an age, a
    term, a year or a law's number: "28-year-old journalist", "10 năm tù nhà báo", "Decree-Law 54"), nor people an
    arrest just before the number acts on ("Court jails 10 journalists", "detain 40 activists", nor one inside the
    arrest's own phrase: "arrête 20 journalistes")."""
    if not any(h.signal is Signal.GENRE and h.phrase.casefold() in TALLY_GENRES for h in hits):
        return False
    said = words.words
    # "Court jails 10 journalists", "la police arrête 20 journalistes": an action, no tally
    acted = {at for h in hits if h.signal is Signal.ARREST for at in range(h.start, h.end + 1)}
    for h in hits:
        if h.signal not in COUNTED:
            continue
        at = h.start - 1
        while at >= 0 and h.start - at <= TALLY_REACH and said[at].casefold() in ABOUT:
            at -= 1
        if at < 0 or at in acted:
            continue
        if said[at].casefold() in TALLY_WORDS:
            return True
        if said[at].isdecimal() and int(said[at]) >= TALLY_LEAST and not FIRST_YEAR <= int(said[at]) <= LAST_YEAR:
            return True
    return False


def _within_another(genre: Hit, hits: list[Hit]) -> bool:
    """A genre's words inside a longer phrase of another signal are that phrase's: "trả lời phỏng vấn" (gave an
    interview) is an act of speech, not a report that is an interview; "colloque sur la cybersécurité réunit" is
    already an occasion."""
    return any(
        h.signal is not Signal.GENRE
        and h.start <= genre.start
        and genre.end <= h.end
        and h.end - h.start > genre.end - genre.start
        for h in hits
    )


def headline_alone(text: str) -> bool:
    """Whether "title\nsummary" is a headline alone: no summary, the headline cut short, the headline repeated with
    at most a publisher's name before or after it ("Man jailed over posts - BBC News"), or a summary the watcher wrote
    from GDELT's codes (`MACHINE_SUMMARY`). Text with no line break is a headline."""
    headline, _, summary = text.partition("\n")
    if summary.startswith(MACHINE_SUMMARY):  # GDELT's codes and actors, no newsroom's words: the title stands alone
        return True
    said = _WORDS.findall(headline.casefold())
    repeated = _WORDS.findall(summary.casefold())
    if not repeated or repeated == said[: len(repeated)]:  # no summary, or the headline cut short ("Man jailed…")
        return True
    extra = len(repeated) - len(said)  # "BBC News: Man jailed over posts"
    if (
        said
        and 0 < extra <= REPEAT_EXTRA_WORDS
        and any(repeated[at : at + len(said)] == said for at in range(extra + 1))
    ):
        return True
    parts = _PUBLISHER_SEPARATOR.split(summary)
    # the headline on one side of the first or the last separator, a short name on the other: "… - The Times of India"
    for headline_side, name_side in ((parts[0], parts[1:]), (parts[-1], parts[:-1])) if len(parts) > 1 else ():
        name = " ".join(name_side)
        if (
            _WORDS.findall(headline_side.casefold()) == said
            and len(_WORDS.findall(name)) <= PUBLISHER_WORDS
            and not _SENTENCE_END.search(name)
        ):
            return True
    return False


# What a sentence on the Convention may mention without being about anyone: its critics' fears for journalists and
# activists, surveillance, safeguards, extradition.
BACKGROUND = frozenset(
    {
        Signal.SPEECH,
        Signal.DISSENT,
        Signal.SPEECH_OFFENCE,
        Signal.JOURNALIST,
        Signal.DEFENDER,
        Signal.RESEARCHER,
        Signal.RIGHTS,
        Signal.SURVEILLANCE,
        Signal.PRIVACY,
        Signal.TRANSNATIONAL,
        Signal.DUE_PROCESS,
    }
)


def about_the_treaty(hits: list[Hit], starts: list[int]) -> list[Hit]:
    """The hits less the rights words of each sentence that names the Convention and reports no arrest, charge or
    sentence of its own.

    "The operation comes as states debate the UN cybercrime convention, which rights groups criticise for weak
    safeguards against surveillance of journalists and activists" closed a ransomware arrest, and its journalists,
    activists and surveillance made the arrest a rights case (a blind batch: 3 such false alarms in 45).
    """

    def sentence(at: int) -> int:
        return bisect_right(starts, at)

    naming = {sentence(h.start) for h in hits if h.signal is Signal.TREATY}
    acting = {sentence(h.start) for h in hits if h.signal is Signal.ARREST}
    background = naming - acting
    if not background:
        return hits
    return [h for h in hits if h.signal not in BACKGROUND or sentence(h.start) not in background]
