"""Who the tied roles are: someone in particular, or a whole profession (`profession_only`, used by `findings`).

A report of a case names or counts the people acted against ("reporter John Mwangi", "three journalists", "la
periodista", "nhà báo Nguyễn Văn A"). Talk about what laws, spyware or courts do to a profession names none of them:
"cybercrime laws are being used to jail reporters", "el proyecto podría llevar a periodistas a la cárcel", "spyware
found on the phones of journalists and activists in 45 countries", "các nhà báo bị theo dõi". When every role tied to
an action is such a bare plural, the calibration weighs the report as talk (`calibration.features`, "profession").

A role counts as particular when it is singular, counted, quantified or grouped just before ("two", "dos",
"plusieurs", "hai", "members of", "un colectivo de"), followed by a name, or, as headlines write, followed at once
by its arrest in the headline ("Journalists detained in Minsk", "Periodistas detenidos"; not in Vietnamese, where
"các nhà báo bị bắt" is as much a law's threat), or preceded by it: in Spanish and French with its object marker
("Detienen a madres buscadoras"; not an infinitive: "podría encarcelar a periodistas" is talk), in English said as
done, at most EN_QUALIFIERS words between ("Police detain journalists in Minsk", "detains human rights defenders",
"detains women's rights activists"; not "could jail", "lets police detain", "How Turkey Jails Journalists", nor a
participle: "families of detained journalists", nor a possessive: "activists' neighbour"), in Vietnamese for the
press and activists after the headline's own verb ("y án tù các nhà báo công dân"; not after "có thể", "để", "đề
xuất"), or named by their place or outlet and at once acted against ("periodistas de Sinaloa fueron espiados",
"journalistes du Monde mis sur écoute", "Periodistas salvadoreños fueron espiados"; in English the outlet before
them: "Abzas Media reporters", "BBC
journalists", not in a Title Case headline), or a group's members named as such ("integrantes de colectivo de
derechos humanos"). Plural is
read on the role's head word: the last word in English ("rights defenders"), the first in French and Spanish
("défenseurs des droits humains"); Vietnamese nouns do not inflect, so there a role is plural only after "các",
"những", "nhiều" or "giới". A real case told with a bare plural and no one counted or named ("le procureur publie
l'adresse de militants exilés") reads as a profession too: the price of clearing the talk.
"""

from tocsin_classifier.ties import ANCHORS, ROLE_PEOPLE
from tocsin_lexicon import Hit, Signal
from tocsin_lexicon.words import Words, fold_word

HEAD_FIRST = frozenset({"fr", "es"})  # languages whose role phrases put the noun first ("periodistas de investigación")
PLURAL_ENDINGS = ("s", "x")  # "journalists", "periodistas", "journaux"
# Words ending like plurals that are a complement, not the role's head ("a land-rights group", "offices of a digital
# rights organisation", "news site"), and what a step against the press acts on, no people at all ("blocks access to
# news reports": S222)
NO_HEAD = frozenset({"rights", "news", "derechos", "droits", "humains", "humanos", "reports", "articles", "stories"})
VI_PLURAL = frozenset({"cac", "nhung", "nhieu", "gioi"})  # các, những, nhiều, giới (folded)
# words before a Vietnamese arrest (lower case, not folded: "Cơ quan" is no "có") that make it a threat or a purpose:
# "có thể bắt các nhà báo", "để truy tố"
VI_TALK_BEFORE = frozenset({"có", "thể", "sẽ", "để", "nhằm", "phép", "dùng", "xuất", "thảo"})  # đề xuất, dự thảo
# the roles a Vietnamese headline's own group may be: the press and activists, not "các luật sư" or "các giáo sư"
# summoned to or tried in an ordinary case
VI_GROUPS = frozenset({Signal.JOURNALIST})
VI_GROUP_WORDS = ("nhà hoạt động", "blogger", "người bất đồng chính kiến")
COUNT_REACH = 3  # words before a role where a number counts it: "two young reporters", "once periodistas de"
# Numbers and quantities written out, folded, in the four languages: "three journalists", "una veintena de"
COUNTS = frozenset(
    {
        *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen"),
        *("dozens", "several", "both", "couple", "pair", "hundreds", "thousands"),
        *("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "docena"),
        *("decena", "veintena", "varios", "varias", "ambos", "ambas", "cientos", "centenares", "miles"),
        *("deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze", "douze", "douzaine"),
        *("dizaine", "vingtaine", "plusieurs", "centaines", "milliers"),
        *("hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi", "hang"),
        # members of a group, or one group: "integrantes de un colectivo de madres buscadoras", "a group of students"
        *("members", "miembros", "integrantes", "membres", "membre", "thanh"),
        *("group", "collective", "grupo", "colectivo", "groupe", "collectif", "nhom"),
    }
)
# In a Spanish or French headline the arrest comes first and takes its object with a personal "a" ("Detienen a
# madres buscadoras", "Arrestan a periodistas"): the headline's own case. An infinitive ("podría encarcelar a
# periodistas", "pour arrêter des militants", "poursuivre des opposants") is talk about what may happen.
INFINITIVE_ENDINGS = ("r", "re")  # -ar, -er, -ir; -er, -ir, -re
OBJECT_MARKERS = frozenset({"a", "al", "des", "les", "los", "las"})
# a participle before a role is its adjective, not an arrest the headline tells: "Families of detained journalists
# march", "Award for jailed reporters", "Films about arrested dissidents"
EN_PARTICIPLE = ("ed", "held")
EN_QUALIFIERS = 3  # words that may stand between an English arrest and its role: "detains women's rights activists"
# (the possessive is a word of its own)
# words between an English arrest and a role that make the role someone else's: "arrest attackers of journalists"
EN_NOT_QUALIFIERS = frozenset(
    {"of", "for", "who", "that", "which", "with", "by", "and", "or", "on", "over", "against", "from", "after"}
)
# An English headline's arrest before its object is its own case ("Police detain journalists in Minsk", "KGB detains
# human rights defenders") unless one of the two words before it makes it talk: "used to jail reporters", "could
# arrest journalists", "lets governments detain bloggers"
EN_TALK_BEFORE = frozenset(
    {
        *("to", "could", "can", "may", "might", "would", "will", "should", "must", "cannot", "not", "never"),
        *("let", "lets", "letting", "allow", "allows", "allowing", "enable", "enables", "power", "powers"),
        *("why", "how", "do", "does", "did"),  # an explainer's question: "How Turkey Jails Journalists"
    }
)
OF = frozenset({"de", "del", "du", "des"})  # "periodistas de Sinaloa", "journalistes du Monde"
# folded words of a headline that retells a case in a work or at an event: "Libro narra cómo periodistas de …"
RETOLD = frozenset(
    {
        *("libro", "narra", "novela", "serie", "temporada", "pelicula", "documental", "foro", "exposicion", "obra"),
        *("recuerdan", "recuerda", "livre", "roman", "saison", "film", "documentaire", "forum", "exposition"),
        *("spectacle", "raconte"),
    }
)
# folded auxiliaries between a group and what was done to it: "fueron espiados", "ont été mis sur écoute"
AUXILIARIES = frozenset({"fue", "fueron", "ha", "han", "sido", "son", "a", "ont", "ete", "sont", "est", "mis", "mises"})


def profession_only(
    hits: list[Hit], ties: list[tuple[Signal, str, str]], words: Words, starts: list[int], language: str
) -> bool:
    """Whether roles are tied to an action and every one of them, wherever it stands, is a bare plural (`starts`:
    the first word of each sentence after the headline)."""
    tied = {phrase.casefold() for signal, phrase, _ in ties if signal in ROLE_PEOPLE}
    if not tied:
        return False
    written = words.words
    language = language.split("-")[0].casefold()
    headline_end = starts[0] if starts else len(written)
    in_headline = [h for h in hits if h.signal is Signal.ARREST and h.end <= headline_end and language != "vi"]
    arrests, arrest_ends = {h.start for h in in_headline}, {h.end for h in in_headline}
    if language == "en":  # only an arrest said as done: "Police detain journalists", not "could detain journalists"
        arrest_ends = {
            h.end
            for h in in_headline
            if not {fold_word(word) for word in written[max(0, h.start - 2) : h.start]} & EN_TALK_BEFORE
            and not fold_word(written[h.end - 1]).endswith(EN_PARTICIPLE)
        }
    if language == "vi":  # "Tòa phúc thẩm y án tù các nhà báo công dân": the sentence said of the group, not a threat
        arrest_ends = {
            h.end
            for h in hits
            if h.signal is Signal.ARREST
            and h.end <= headline_end
            and not {word.casefold() for word in written[max(0, h.start - 3) : h.start]} & VI_TALK_BEFORE
        }
    acted = _acted_in_headline(hits, written, headline_end) if language in HEAD_FIRST else set()
    if language == "en" and not title_case(written[:headline_end]):
        # a role after its outlet's name counts as acted on where it stands (in a headline in Title Case every word
        # looks like a name: "Police Arrest Fans Who Abused Sky Sports Reporters")
        opens = {0, *starts}
        acted = {h.start for h in hits if h.signal in ROLE_PEOPLE and _of_a_named_outlet(h, written, opens)}
    return all(
        not _particular(h, words, arrests, arrest_ends, acted, language)
        for h in hits
        if h.signal in ROLE_PEOPLE and h.quote.casefold() in tied
    )


def _arrested_first(role: Hit, written: list[str], arrest_ends: set[int]) -> bool:
    """A finite arrest verb just before the role in the headline, with at most an object marker between."""
    gap = role.start - 1 if role.start and fold_word(written[role.start - 1]) in OBJECT_MARKERS else role.start
    return gap in arrest_ends and not fold_word(written[gap - 1]).endswith(INFINITIVE_ENDINGS)


def _detained_first(role: Hit, written: list[str], arrest_ends: set[int]) -> bool:
    """An English headline's arrest said as done just before the role, at most EN_QUALIFIERS words between: "Police
    detain journalists in Minsk", "detain rights activists", "detains women's rights activists" (not "arrest attackers
    of journalists")."""
    for gap in range(EN_QUALIFIERS + 1):
        if role.start - gap in arrest_ends:
            return all(_qualifies(fold_word(word)) for word in written[role.start - gap : role.start])
    return False


def _possessive(role: Hit, words: Words) -> bool:
    """The role is said in the possessive, a word qualifying someone else: "Police arrest pro-gun activists'
    neighbour"."""
    return _after(role, words, 1) in ("'", "’")


def _owner(role: Hit, words: Words) -> bool:
    """A singular role in the possessive is still someone, the owner of what is acted on: "opens probe into
    anti-corruption watchdog's foreign funding" (S221; not "activists' neighbour", nor a closing quote)."""
    return _after(role, words, 2) in ("'s", "’s")


def _after(role: Hit, words: Words, width: int) -> str:
    """The `width` characters of the text just after the role's last word."""
    end = words.starts()[role.end - 1] + len(words.words[role.end - 1])
    return words.text[end : end + width]


def _qualifies(word: str) -> bool:
    """A word that may qualify a role: not one that makes it someone else's, nor a verb's "-ing" ("detain men
    targeting activists")."""
    return word.isalpha() and word not in EN_NOT_QUALIFIERS and not word.endswith("ing")


def _of_a_named_outlet(role: Hit, written: list[str], opens: set[int]) -> bool:
    """English names the outlet before its people: "Abzas Media reporters", "BBC journalists" (an acronym, or two
    capitalised words, neither of them opening a sentence: "RightsCon. Digital rights advocates" names none)."""
    if role.start < 1:
        return False
    before = written[role.start - 1]
    if before.isupper() and len(before) > 1:
        return True
    named = (role.start - 1, role.start - 2)
    return role.start >= 2 and all(written[at][:1].isupper() and at not in opens for at in named)


def title_case(headline: list[str]) -> bool:
    """Most of a headline's longer words capitalised, as some outlets print every headline."""
    longer = [word for word in headline if len(word) > 3]
    return len(longer) >= 3 and sum(word[:1].isupper() for word in longer) > 0.7 * len(longer)


def _acted_in_headline(hits: list[Hit], written: list[str], headline_end: int) -> set[int]:
    """Where the headline's actions start, read for a group acted against (`_acted_on_group`); none when the headline
    tells of a book, a series, a forum or an ordinary crime."""
    if {fold_word(word) for word in written[:headline_end]} & RETOLD:
        return set()
    if any(h.signal is Signal.ORDINARY_CRIME and h.end <= headline_end for h in hits):
        return set()
    return {h.start for h in hits if h.signal in ANCHORS and h.end <= headline_end}


def _acted_on_group(role: Hit, written: list[str], acted: set[int]) -> bool:
    """A group by its place or outlet, then at once what was done to it in the headline: "periodistas de Sinaloa
    fueron espiados", "journalistes du Monde mis sur écoute", "Periodistas salvadoreños fueron espiados" (S56; not
    "periodistas de México debaten", "journalistes de Radio Sénégal formés", "periodistas independientes podrían ser
    encarcelados")."""
    at = role.end
    if at + 1 >= len(written):
        return False
    if fold_word(written[at]) in OF and written[at + 1][:1].isupper():
        at += 1
        while at < len(written) and written[at][:1].isupper():  # the name's words: "El Faro", "Radio France"
            at += 1
    elif written[at][:1].islower() and fold_word(written[at]) not in AUXILIARIES:
        at += 1  # one word of where they are from: "Periodistas salvadoreños fueron espiados"
        if at < len(written) and written[at].casefold() == "à":  # "opposants réfugiés à l'étranger": a place
            return False
    else:
        return False
    while at not in acted and at < len(written) and fold_word(written[at]) in AUXILIARIES:
        at += 1  # "fueron espiados", and "fueron vigilados" where the phrase holds the auxiliary
    return at in acted


def _particular(
    role: Hit, words: Words, arrests: set[int], arrest_ends: set[int], acted: set[int], language: str
) -> bool:
    written = words.words
    before = [fold_word(w) for w in written[max(0, role.start - COUNT_REACH) : role.start]]
    if any(w.isdigit() or w in COUNTS for w in before) or fold_word(written[role.start]) in COUNTS:
        return True  # counted, or a group's members named as such: "integrantes de colectivo de derechos humanos"
    after = written[role.end] if role.end < len(written) else ""
    if after[:1].isupper() and not after.isupper():  # a name follows: "activists Ana López and …"
        return True
    if role.end in arrests:  # the headline's own case: "Journalists detained in Minsk"
        return True
    if language in HEAD_FIRST and _arrested_first(role, written, arrest_ends):
        return True
    if language == "en" and (_detained_first(role, written, arrest_ends) or role.start in acted):
        return not _possessive(role, words) or _owner(role, words)
    if acted and language in HEAD_FIRST and _acted_on_group(role, written, acted):
        return True
    if language == "vi":  # a plural word makes a group, unless the headline's arrest stands just before it
        grouped = role.start - 1 in arrest_ends and (
            role.signal in VI_GROUPS or role.quote.casefold().startswith(VI_GROUP_WORDS)
        )
        return not before or before[-1] not in VI_PLURAL or grouped
    head = fold_word(written[role.start] if language in HEAD_FIRST else written[role.end - 1])
    return head in NO_HEAD or not head.endswith(PLURAL_ENDINGS)
