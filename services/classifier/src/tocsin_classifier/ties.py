"""Structure: is the person in a rights role the one acted against? (`ties_of`, used by `findings.read_signals`)

Positions of the lexicon's hits, sentence starts counted in the lexicon's words, and the tie rule: a journalist,
activist, researcher or act of speech is tied to an adverse action in the same sentence, near it, with nothing
between them that makes the person a victim, a witness, a relative or a past role; or, after an identifying phrase
("il s'agit de", "se trata de"), to one in the sentence before.
"""

import re
import sys
import unicodedata
from bisect import bisect_left, bisect_right

from tocsin_lexicon import Hit, Signal
from tocsin_lexicon.words import Words, fold_word

S = Signal

# A journalist, activist, researcher or an act of speech counts as under pressure only when it is ATTACHED to an
# adverse action: in the same sentence as an arrest, charge, seizure, extradition, ... with no crime, harm or
# victim word standing between the two, not next to a victim / witness / source word, not a relative of the
# person ("the son of an activist"), and not a past role. An arrest whose own slot names someone else ("a suspect
# was arrested", "detuvieron a un hombre") is that person's: no role elsewhere in the sentence ties to it. A rights
# phrase that names a role names its target ("murder of radio journalist").
# "Police arrested two men who robbed a photojournalist" (robbed stands between), "the activist testified",
# "a former reporter", "a journalist was assaulted. Police arrested a fan" (two sentences) tie nobody.
ANCHORS = frozenset({S.ARREST, S.SURVEILLANCE, S.PRIVACY, S.TRANSNATIONAL, S.DUE_PROCESS, S.SPEECH_OFFENCE})
BLOCKERS = frozenset({S.HARM, S.VICTIM})  # harm done TO the person; a charge's name (fraud) blocks nothing
VICTIM_BEFORE = 4  # words from a victim word to the person after it: "hijacked a news channel's YouTube account"
VICTIM_AFTER = 2  # words from the person to a victim word after it: "the reporter, who testified"
SPOKEN_HARM = frozenset({"defaming"})  # a victim word whose doer, before it, is speech: "posts defaming an activist"
FORMER_REACH = 2  # "former TV anchor", "ancien militant", "cựu phóng viên"
KIN_REACH = 4  # "the son of a well-known housing activist", "el hijo de un conocido activista"
SLOT = 4  # words between an arrest and the person it names: "a man has been charged", "detuvo en Valencia a un hombre"
APPOSITION = 2  # a role this near a suspect word is that person: "a woman journalist", "un homme, militant"
WINDOW = 10  # the most words between a person and the action against them ("arrested the well-known blogger X")
# Victim-table phrases that name a source: they untie only the person after them ("according to the reporter"),
# not one before them ("arrested a journalist, according to RSF").
SOURCES = frozenset(
    {
        *("according to", "complaint by", "complaint from", "complaint filed by", "exposed by", "revealed by"),
        *("uncovered by", "plainte de", "tố giác của", "theo tố giác", "phản ánh của", "theo phản ánh"),
        *("denunciado por", "denunciada por", "revelado por", "destapado por"),
    }
)
# Press words that name a freedom or the groups defending it, not a person acted against ("detention of journalists"
# is in RSF's World Press Freedom Index, not the index's), unless one of the group's people stands beside them
# ("two CPJ staff", "le représentant de RSF": `ORG_PEOPLE`, folded, ORG_REACH words before or after)
NOT_ACTED_ON = frozenset(
    {
        *("press freedom", "freedom of the press", "media freedom", "committee to protect journalists", "cpj"),
        *("reporters without borders", "rsf", "liberté de la presse", "reporters sans frontières"),
        *("libertad de prensa", "reporteros sin fronteras", "sociedad interamericana de prensa", "tự do báo chí"),
    }
)
ORG_PEOPLE = frozenset(
    {
        *("staff", "staffer", "staffers", "representative", "representatives", "director", "head", "chief"),
        *("official", "officials", "member", "members", "correspondent", "employee", "employees", "researcher"),
        *("representant", "representante", "representantes", "directeur", "directrice", "directora", "membre"),
        *("membres", "miembro", "miembros", "correspondant", "correspondante", "corresponsal", "chercheur"),
    }
)
ORG_REACH = 3
# A victim word joined to an action by one of these is done to the same person ("beaten and arrested",
# "golpeado y detenido", "frappé puis interpellé", "hành hung và bắt"): it neither blocks nor unties.
CONJUNCTIONS = frozenset({"and", "then", "y", "e", "luego", "et", "puis", "và", "rồi"})
# An act of speech is the cause of the action when one of these stands just before it, after an adverse action in
# the same sentence: "jailed for defaming", "arrested over a Facebook post", "interpellé pour un dessin", "detenido
# tras publicar", "bị bắt vì đăng bài", "detienen a un cantante que criticó". A post the report merely mentions
# ("the gang advertised on TikTok", "police, who posted a video of the raid, arrested three men") is how a crime was
# done or told, not why anyone was arrested.
CAUSES = frozenset(
    {
        *("over", "for", "after", "because", "about", "pour", "après", "cause", "suite", "lendemain", "raison"),
        *("por", "tras", "debido", "después", "siguiente", "vì", "sau", "về"),
        # the arrested person's own act of speech: "arrested a singer who criticised", "interpellé un chanteur qui"
        *("who", "qui", "que"),
    }
)
CAUSE_REACH = 2  # words from a cause word to the speech it names, not counting FILLERS: "over a Facebook post"
# Articles, possessives and the prepositions of "because of", "à cause de", "debido a", "suite à": not counted.
FILLERS = frozenset(
    {
        *("a", "an", "the", "his", "her", "their", "its", "of", "to", "un", "une", "le", "la", "les", "l", "du"),
        *("des", "de", "d", "à", "au", "aux", "son", "sa", "ses", "leur", "leurs", "el", "los", "las", "lo", "al"),
        *("del", "su", "sus", "các", "những", "một"),
        # the auxiliary of a past infinitive: "exclue pour avoir partagé une vidéo", "expulsado por haber difundido"
        *("avoir", "haber"),
    }
)
# A bare lawyer beside a custody defect is the defence saying it, not the one held: "Bị cáo tham ô chưa được tiếp cận
# hồ sơ, luật sư đề nghị hoãn" (the twenty-first review), "denied access to his lawyer"
COUNSEL = frozenset(
    fold_word(word)
    for word in (
        *("luật sư", "lawyer", "lawyers", "avocat", "avocate", "avocats"),
        *("abogado", "abogada", "abogados", "abogadas"),
    )
)
# An identifying phrase that ends on the word a role opens with: the role begins inside it ("she is a member of")
ROLE_OPENERS = frozenset({"membre", "member", "miembro", "miembra", "integrante"})
NAMED_REACH = 4  # words from an identifying phrase to the role it names: "il s'agit de Salma B., chroniqueuse"
# "Il s'agit d'un voisin de la journaliste": a role inside a complement is someone else, not the one identified
COMPLEMENTS = frozenset({"of", "de", "del", "d", "du", "des", "của"})
# Claims that follow the role they qualify ("un « hacker éthique » autoproclamé"); other past-role words ("former",
# "ancien", "cựu") come before the role they qualify and leave the one before them alone ("the journalist, former …")
CLAIMED_AFTER = frozenset({"autoproclamé", "autoproclamée", "autoproclamés", "autoproclamado", "autoproclamada"})
PEOPLE = frozenset({S.JOURNALIST, S.DEFENDER, S.RESEARCHER, S.SPEECH})  # who speaks, reports, defends, probes
ROLE_PEOPLE = PEOPLE - {S.SPEECH}  # a suspect's own posts are still speech: a claimed arrest only unties roles


def may_tie(hits: list[Hit]) -> bool:
    signals = {h.signal for h in hits}
    return bool(signals & PEOPLE) and bool(signals & (ANCHORS | {S.RIGHTS}))


def ties_of(hits: list[Hit], text: str) -> list[tuple[Signal, str, str]]:
    """(signal, phrase, action) for each person or speech phrase attached to an adverse action, first per phrase."""
    if not may_tie(hits):
        return []
    words = Words(text if text.isascii() else unicodedata.normalize("NFC", text))  # as the lexicon reads it
    return ties(hits, sentence_starts(text, words), words)


def complements_of(identifying: list[Hit], words: Words) -> frozenset[int]:
    """Where complement words ("of", "de", "của") stand within NAMED_REACH after the identifying phrases."""
    said = words.words
    return frozenset(
        at
        for h in identifying
        for at in range(h.end, min(h.end + NAMED_REACH, len(said)))
        if said[at].casefold() in COMPLEMENTS
    )


def joined_victims(hits: list[Hit], words: Words) -> frozenset[int]:
    """Where the victim words start that a conjunction joins to the action after it: "beaten and arrested"
    (`words`: the text as the lexicon read it)."""
    anchors = {h.start for h in hits if h.signal in ANCHORS}
    found = [h for h in hits if h.signal is S.VICTIM and h.end + 1 in anchors]
    return frozenset(h.start for h in found if words.words[h.end].casefold() in CONJUNCTIONS)


def speech_caused(hits: list[Hit], words: Words, starts: list[int]) -> bool:
    """Whether an act of speech is named as the cause of an adverse action: a cause word (CAUSES) at most
    CAUSE_REACH words before it (FILLERS not counted), or opening its own phrase ("over report on", "sau báo cáo
    về"), after an adverse action in the same sentence (`starts`)."""
    actions = [h.start for h in hits if h.signal in ANCHORS]
    if not actions:
        return False
    for h in hits:
        if h.signal is not S.SPEECH:
            continue
        first = _sentence_of(h, starts)[0]
        at = _cause_word(h, words.words, first)
        if at is not None and any(first <= a < at for a in actions):
            return True
    return False


def _cause_word(h: Hit, said: list[str], first: int) -> int | None:
    """Where the cause word (CAUSES) stands that names the hit as a cause: at most CAUSE_REACH words before it
    (FILLERS not counted) and not before `first` (its sentence's first word), or its own first word."""
    counted, at = 0, h.start - 1
    if said[h.start].casefold() in CAUSES and h.end - h.start > 1:
        at = h.start  # the phrase's own first word is its cause word
    while at >= first and counted < CAUSE_REACH:
        word = said[at].casefold()
        if word in CAUSES:
            return at
        counted += word not in FILLERS
        at -= 1
    return None


def ties(hits: list[Hit], starts: list[int], words: Words) -> list[tuple[Signal, str, str]]:
    """`ties_of`, given the sentences of the text by the words that start them (`sentence_starts`) and the text
    as the lexicon read it (`words`: for the victim words joined to an action and the complements after an
    identifying phrase)."""
    joined = joined_victims(hits, words)
    people: list[Hit] = []
    actions: list[Hit] = []
    blockers: list[tuple[int, int]] = []
    suspects: list[Hit] = []
    framed: list[Hit] = []
    identifying: list[Hit] = []
    apart_start: set[int] = set()  # where a person may not start to be the one acted against ...
    apart_end: set[int] = set()  # ... and where one may not end
    past: set[int] = set()  # where a role is a past one ("former editor"): speech there is still the one's words
    for h in hits:
        signal = h.signal
        if signal in PEOPLE:
            if h.phrase.casefold() not in NOT_ACTED_ON or _of_its_people(h, words):
                people.append(h)
        elif signal in ANCHORS:
            actions.append(h)
        elif signal is S.VICTIM and h.start in joined:  # "the journalist was beaten and arrested"
            continue
        elif signal in BLOCKERS:
            blockers.append((h.start, h.end))
            if signal is S.VICTIM:  # "robbed a photojournalist", "the reporter testified"
                first, after = _sentence_of(h, starts)
                apart_start.update(range(h.start, min(h.end + VICTIM_BEFORE + 1, after)))
                # "according to" names whoever follows it; "posts defaming an activist" have their author before them
                # and the one defamed after (not every act in "-ing": "activist charged with assaulting police officer"
                # is the assault's doer, and a violent crime, a tenth review found)
                if h.phrase not in SOURCES and h.phrase not in SPOKEN_HARM:
                    apart_end.update(range(max(h.start - VICTIM_AFTER, first + 1), h.start + 1))
        elif signal is S.SUSPECT:
            suspects.append(h)
        elif signal is S.IDENTIFY:
            identifying.append(h)
        elif signal is S.RIGHTS and h.end - h.start > 1:
            framed.append(h)
        elif signal is S.FORMER:  # "former editor", and a claim after the role: "un « hacker éthique » autoproclamé"
            first, after = _sentence_of(h, starts)
            past.update(range(h.end, min(h.end + FORMER_REACH + 1, after)))
            if h.start > first and h.phrase.casefold() in CLAIMED_AFTER:
                apart_end.add(h.start)
        elif signal is S.RELATIVE:  # "son of a journalist", "the journalist's son"
            first, after = _sentence_of(h, starts)
            apart_start.update(range(h.end, min(h.end + KIN_REACH + 1, after)))
            if h.start > first:
                apart_end.add(h.start)
    claimed = _claimed(actions, suspects, people, starts) if suspects else set()
    placed = [(bisect_right(starts, a.start), a, a.start in claimed) for a in actions]
    # "Police arrested a suspect. It is X, a reporter": a role after an identifying phrase is the one acted against
    # in the sentence before, even where that arrest's own slot names "a suspect" or "une personne"
    # ("elle est membre", "es integrante": the role "membre du comité directeur de la Ligue" opens on its last word)
    naming = [(bisect_right(starts, h.start), h.end - _opens_role(h, words)) for h in identifying]
    complements = complements_of(identifying, words) if identifying else frozenset()
    # a headline names the role and the summary the arrest ("she was detained"): the summary's first sentence
    # counts when the headline has no action and no harm or victim word of its own
    free = bool(starts) and not any(n == 0 for n, _, _ in placed) and not any(b0 < starts[0] for b0, _ in blockers)
    ties: list[tuple[Signal, str, str]] = []
    seen: set[tuple[Signal, str]] = set()
    for person in people:
        key = (person.signal, person.quote.casefold())
        start, end = person.start, person.end
        if key in seen:
            continue
        framing = next((r for r in framed if r.start <= start and end <= r.end), None) if framed else None
        if framing is not None:  # "murder of radio journalist": the rights phrase names its target
            seen.add(key)
            ties.append((person.signal, person.quote, framing.quote))
            continue
        if start in apart_start or end in apart_end or (start in past and person.signal in ROLE_PEOPLE):
            # a relative, a victim or a witness; a past role, not the speech of its holder ("ex alcalde por
            # publicaciones")
            continue
        sentence = bisect_right(starts, start)
        follow = 1 if sentence == 0 and free else -1
        named = bool(naming) and sentence > 0 and _named(start, sentence, naming, complements, blockers, starts)
        if named:
            follow = sentence - 1
        # a flaw reported as the cause ("detained a 24-year-old … days after he reported a flaw", "l'étudiant, qui
        # avait signalé … une faille, est en garde à vue") is the suspect's own act, as speech is: a suspect word in
        # the arrest's slot does not untie it (S144)
        role = person.signal in ROLE_PEOPLE and not (
            person.signal is S.RESEARCHER
            and _cause_word(person, words.words, starts[sentence - 1] if sentence else 0) is not None
        )
        counsel = fold_word(person.quote) in COUNSEL
        for n, action, taken in placed:
            if (n != sentence and n != follow) or (taken and role and not (named and n == follow)):
                continue
            if counsel and action.signal is S.DUE_PROCESS:  # the defence's complaint, not a lawyer held
                continue
            low, high = (end, action.start) if action.start >= start else (action.end, start)
            if (n != sentence or high - low <= WINDOW) and not any(low <= b0 and b1 <= high for b0, b1 in blockers):
                seen.add(key)
                ties.append((person.signal, person.quote, action.quote))
                break
    return ties


def _of_its_people(org: Hit, words: Words) -> bool:
    """One of a press group's people stands beside its name: "two CPJ staff", "le représentant de RSF"."""
    beside = words.words[max(0, org.start - ORG_REACH) : org.start] + words.words[org.end : org.end + ORG_REACH]
    return any(fold_word(word) in ORG_PEOPLE for word in beside)


def _opens_role(identifying: Hit, words: Words) -> int:
    """1 when the identifying phrase's last word opens the role after it ("elle est membre"), else 0."""
    return int(words.words[identifying.end - 1].casefold() in ROLE_OPENERS)


def _named(
    start: int,
    sentence: int,
    naming: list[tuple[int, int]],
    complements: frozenset[int],
    blockers: list[tuple[int, int]],
    starts: list[int],
) -> bool:
    """Whether the role starting at `start` is the one an identifying phrase of its sentence names: at most
    NAMED_REACH words after it, not inside a complement ("un voisin de la journaliste"), and with no harm or
    victim word after it in the sentence ("une journaliste qu'il harcelait")."""
    after_sentence = starts[sentence] if sentence < len(starts) else sys.maxsize
    if any(start <= b0 < after_sentence for b0, _ in blockers):
        return False
    return any(
        n == sentence and end <= start <= end + NAMED_REACH and not any(end <= c < start for c in complements)
        for n, end in naming
    )


def _sentence_of(hit: Hit, starts: list[int]) -> tuple[int, int]:
    """The first word of the hit's sentence and the first word after it: a victim, past role or kin word reaches
    no further ("A man was robbed. The journalist was arrested" ties the journalist)."""
    n = bisect_right(starts, hit.start)
    return (starts[n - 1] if n else 0), (starts[n] if n < len(starts) else sys.maxsize)


def _claimed(actions: list[Hit], suspects: list[Hit], people: list[Hit], starts: list[int]) -> set[int]:
    """Where the arrests start whose own slot names someone in no rights role: "un suspect a été interpellé".

    The suspect word stands at most SLOT words before or after the arrest, in its sentence, with no person or
    speech word between them and no role within APPOSITION words of it ("a woman journalist was detained").
    """
    claimed = set()
    for action in actions:
        if action.signal is not S.ARREST:
            continue
        for suspect in suspects:
            low, high = (suspect.end, action.start) if suspect.end <= action.start else (action.end, suspect.start)
            if not 0 <= high - low <= SLOT or bisect_right(starts, suspect.start) != bisect_right(starts, action.start):
                continue
            s0, s1 = suspect.start, suspect.end
            if not any(
                (low <= p.start and p.end <= high) or s0 - APPOSITION <= p.end <= s0 or s1 <= p.start <= s1 + APPOSITION
                for p in people
            ):
                claimed.add(action.start)
                break
    return claimed


# A sentence ends at a line break, or at . ! ? … (then closing quotes and blanks) before a capital or a digit:
# "art. 117", "s. 26-A", "Dr. Ali Khan", "M. Dupont", "TP. HCM" go on. A match starts only at the first mark of a
# run and its quantifiers are possessive, so a run of 20,000 dots is read once, not once per dot.
_SENTENCE_END = re.compile(
    r"[.!?\u2026\n\r\u2028\u2029](?<![.!?\u2026][.!?\u2026])"
    r"(?:(?<=[\n\r\u2028\u2029])|[.!?\u2026]*+[\"'\u201d\u2019\u00bb)\]]*+\s+[\"'\u201c\u2018\u00ab(\u00bf\u00a1\[]*)"
)  # one character class first: the scanner skips ahead to it
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")
_BEFORE_DOT = re.compile(r"[^\W_]+(?:\.[^\W_]+)*\Z")  # the word before a dot, with its inner dots: "U.S", "Dr"
# Titles, ranks and legal or place abbreviations: a dot after them ends no sentence ("Mr. Nguyen", "art. 117").
# A single capital ("John F. Kennedy", "M. Dupont") and dotted initials ("U.S", "e.g") are abbreviations too.
ABBREVIATIONS = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "rev", "hon", "mt", "ft", "vs", "v"),  # en
        *("gen", "col", "lt", "sgt", "capt", "maj", "cpl", "gov", "sen", "rep", "pres", "supt", "insp"),  # ranks
        *("art", "arts", "s", "ss", "sec", "secs", "para", "paras", "no", "nos", "p", "pp", "ch", "cl", "reg", "vol"),
        *("sra", "srta", "dra", "lic", "ing", "gral", "cnel", "av", "núm", "num"),  # es: "el Sr. Pérez"
        *("m", "mm", "mme", "mmes", "mlle", "mlles", "pr", "ste", "al", "bd"),  # fr: "M. Dupont", "al. 2"
        *("tp", "q", "tt", "tx", "ts", "ths", "gs", "pgs", "bs", "ls"),  # vi: "TP. HCM", "LS. Lê", "Q. 1"
    }
)


def sentence_starts(text: str, words: Words | None = None) -> list[int]:
    """The index of the first word of each sentence after the first, words counted as the lexicon counts them
    (`words`: the text as the lexicon read it, when at hand)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)  # as the lexicon reads it
    ends = [found.end() for found in _SENTENCE_END.finditer(text) if _ends_sentence(text, found.start(), found.end())]
    if not ends:
        return []
    if text.isascii():  # words are runs of letters and digits: count where one starts, since the previous end
        marks = b" " + text.encode().translate(_MARKS)
        counts, seen, last = [], 0, 0
        for end in ends:
            seen += marks.count(b" a", last, end + 1)
            counts.append(seen)
            last = end
    else:  # the lexicon's own words: "李偉", "🚨" and "Свобода" count as it counts them (or not at all)
        offsets = (words or Words(text)).starts()
        counts = [bisect_left(offsets, end) for end in ends]
    starts: list[int] = []
    for n in counts:  # a blank line or a break before any word starts no new sentence
        if n and (not starts or n != starts[-1]):
            starts.append(n)
    return starts


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """A line break ends a sentence; a mark does before a capital or a digit, unless it closes an abbreviation."""
    if _LINE_BREAK.search(text, start, end):
        return True
    following = text[end : end + 1]
    if not (following.isupper() or following.isdigit()):
        return False
    if text[start] != ".":
        return True
    before = _BEFORE_DOT.search(text, max(0, start - 16), start)
    if before is None:
        return True
    word = before.group()
    if word.casefold() in ABBREVIATIONS:
        return False
    parts = word.split(".")
    initials = all(len(part) == 1 and part.isalpha() for part in parts)  # "F", "U.S", "e.g"
    return not (initials and (len(parts) > 1 or word.isupper()))


_MARKS = bytes(0x61 if b < 0x80 and chr(b).isalnum() else 0x20 for b in range(256))  # ASCII: word "a", else blank
