"""Occasions that are only where an arrest happened (`where_arrested`, used by the classifier and the watcher).

An occasion (a festival, a ceremony, a book launch, an exhibition, a seminar) says an item is about an event, not a
case: a film premiered, a prize given, a law debated. But a case is also told with the occasion it broke up:
"Filmmaker arrested at film festival over documentary", "Un blogueur interpellé en marge de la cérémonie", "Detienen
a periodista durante la ceremonia", "Blogger bị bắt tại lễ trao giải". There the occasion is the arrest's place or
time, and weighing it as the news cleared every such case (an audit: 14 of 14 read below 0.35). An occasion counts
as a setting when a word of place or time stands just before it (articles and the like between them skipped:
"lors d'un gala", "en marge de la cérémonie") and an arrest ends at most SETTING_REACH words before that word with
nothing but the one arrested, who arrested them and when between ("detain cartoonist at exhibition", "Detienen a
periodista durante", "arrested on Friday by plain-clothes police at book launch", "detained as she left film
festival"; a sixteenth-session audit; a place's name skipped before the occasion, a name after the role allowed:
"as she left Tehran film festival", "bắt nhà báo tự do Lê Văn Tâm ngay tại", not "remember detained Hong Kong editor
at museum vigil"). A "held" is no arrest here (talks and debates are held at festivals too), nor a word of a state:
"Hommage aux journalistes emprisonnés lors de la cérémonie", "Jailed reporters' families speak at awards ceremony"
tell of a tribute, not of an arrest (an eleventh review's probes).

An occasion told in a relative clause about the one arrested is their background too: "Journalist who won a press
freedom award last week detained at airport", "La periodista, que la semana pasada recibió en Madrid un premio, fue
retenida" (0.02 and 0.01 before; a sixteenth-session blind batch). It counts so when a role ends at most NAME_REACH
words before "who", "que", "qui" or "quien", the occasion starts at most CLAUSE_REACH words after it, and an arrest
said as a verb follows in the same sentence with no word of saying between ("who won an award last year recalls
arrests of colleagues" tells of other arrests; "Rights lawyer who defended bloggers dies at 78. She was jailed in
1985" is an obituary). A thirteenth review found arrests in a clause of someone else's taken for the role's ("the
festival where two dealers were arrested", "exposing police who detained children") and obituaries in one sentence
("Muere el periodista que ganó el Premio Nacional y fue detenido por la dictadura en 1973"): a relative word between,
a year just after the arrest or a word of death before the role keep the occasion. The same review's: an occasion
opened by "while" or "mientras" is the time of an arrest told after it ("Mientras entregan los premios, el SEBIN
detiene a una periodista").
"""

import re

from tocsin_lexicon.signals import Hit, Signal
from tocsin_lexicon.words import Words, fold_word

# words from an arrest's end to the word of place: "Detienen a periodista durante", "arrested on Friday by
# plain-clothes police at"
SETTING_REACH = 10
# words skipped between that word and the occasion, and names: "en marge de la cérémonie", "à la fin d'une
# cérémonie", "as she left Tehran film festival"
FILLER_REACH = 4
# Folded words of place or time before an occasion; English ones in every language, as the tables apply English
# phrases to every language
PLACE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"at", "during", "after", "before", "outside", "inside", "attending", "left", "leaving"}),
    "fr": frozenset(
        {"au", "aux", "a", "en", "lors", "pendant", "apres", "avant", "marge", "dans", "devant", "sortie", "quittait"}
    ),
    "es": frozenset({"en", "durante", "tras", "antes", "despues", "afuera", "fuera", "salida", "salia", "saliendo"}),
    "vi": frozenset({"tai", "o", "sau", "trong", "truoc", "khi", "roi"}),
}
_PLACES = {language: PLACE_WORDS["en"] | words for language, words in PLACE_WORDS.items()}
FILLERS = frozenset(
    {
        *("the", "a", "an", "his", "her", "their", "its", "this", "that", "of"),
        *("la", "le", "l", "les", "un", "une", "d", "de", "du", "des", "sa", "son", "ses", "cette", "ce"),
        *("el", "los", "las", "una", "del", "su", "sus", "esta", "este", "al", "lo"),
        *("buoi", "mot", "cac", "nhung", "le", "dang"),
        # "en plein festival", "en plena ceremonia", "at the opening of his exhibition"
        *("plein", "pleine", "plena", "pleno", "opening", "closing", "fin", "inauguration", "inauguracion"),
    }
)
NOT_ARRESTS = frozenset({"held", "holds", "holding"})  # talks, debates and press conferences are held too
# Words of a state, not an event: "journalistes emprisonnés lors de la cérémonie" are honoured there, not arrested
STATES = frozenset(
    {
        *("jailed", "imprisoned", "emprisonne", "emprisonnee", "emprisonnes", "emprisonnees", "incarcere"),
        *("incarceree", "incarceres", "incarcerees", "detenu", "detenue", "detenus", "detenues", "encarcelado"),
        *("encarcelada", "encarcelados", "encarceladas", "preso", "presa", "presos", "presas"),
    }
)
# What may stand between an arrest and the word of place besides the one arrested: "Detienen a periodista durante"
# ... who made it: "arrested by police at", "arrêté par des gendarmes lors d'une cérémonie", and when: "arrested on
# Friday at", "arrested hours after", "detained as she left", "arrêté vendredi soir à la sortie"
BETWEEN = frozenset(
    {
        *("a", "al", "the", "an", "la", "el", "le", "les", "des", "un", "une", "una", "los", "las", "en", "while"),
        *("ngay", "by", "par", "por", "police", "officers", "agents", "gendarmes", "policiers", "agentes", "policia"),
        *("plain", "clothes", "plainclothes", "civil", "security", "soldiers", "militaires", "soldats", "militares"),
        *("cong", "an", "luc", "luong", "chuc", "nang"),
        *("on", "last", "this", "as", "he", "she", "they", "alors", "qu", "il", "elle", "cuando", "just", "shortly"),
        *("hours", "minutes", "moments", "days", "heures", "quelques", "peu", "horas", "minutos", "pocas", "poco"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"),
        *("night", "morning", "evening", "afternoon", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"),
        *("dimanche", "hier", "soir", "matin", "nuit", "lunes", "martes", "miercoles", "jueves", "viernes"),
        *("sabado", "domingo", "ayer", "noche", "manana", "tarde", "hom", "qua", "thu", "chu", "nhat", "toi"),
        *("hai", "ba", "tu", "nam", "sau", "bay", "da", "do"),  # "hôm thứ Sáu": Friday; "đã bắt"; "nhà báo tự do"
    }
)
PEOPLE = frozenset({Signal.JOURNALIST, Signal.DEFENDER, Signal.RESEARCHER, Signal.SPEECH})

# An occasion told in a clause about the one arrested is their background, not the news: "Journalist who won a press
# freedom award last week detained at airport", "La periodista, que la semana pasada recibió en Madrid un premio, fue
# retenida" (a sixteenth-session blind batch; 0.02 and 0.01 before)
RELATIVES = frozenset({"who", "que", "qui", "quien"})
NAME_REACH = 5  # words from the role to its relative pronoun: "La periodista de investigación Andreína Rojas, que"
CLAUSE_REACH = 8  # words from the pronoun to the occasion: "que la semana pasada recibió en Madrid un premio"
ARREST_REACH = 16  # words from the occasion to the arrest it is background to: "… por su trabajo sobre …, fue retenida"
# Words of saying between the occasion and the arrest: the arrest is told, not done to the one in the clause ("who won
# an award last year recalls arrests of colleagues", "who attended the ceremony says police detained her brother")
SAYING = frozenset(
    {
        *("says", "said", "say", "recalls", "recalled", "speaks", "spoke", "told", "tells", "describes", "denounces"),
        *("dice", "dijo", "recuerda", "relata", "denuncia", "denunció", "afirma", "habla", "cuenta"),
        *("dit", "raconte", "rappelle", "denonce", "affirme", "parle", "temoigne", "evoque"),
    }
)
SENTENCE_END = re.compile(r"[.!?\n]")
# Folded words that open a clause of someone else's between the occasion and an arrest: "the festival where police
# detained three students", "le festival où deux dealers ont été interpellés" ("où" folds to "ou", "or", as well)
CLAUSES = frozenset({"who", "whom", "which", "where", "que", "qui", "quien", "donde", "ou", "dont", "whose"})
YEAR_REACH = 6  # words after the arrest where a year makes it a past one: "fue detenido por la dictadura en 1973"
# Folded words of a death before the clause: an obituary recalls an arrest, it does not report one
DEATHS = frozenset(
    {
        *("dies", "died", "dead", "obituary", "muere", "murio", "fallece", "fallecio", "meurt", "decede", "deces"),
        *("mort", "disparition", "hommage", "tribute", "remembering", "recuerdan", "homenaje"),
    }
)
# Folded words before an occasion that make it the time of an arrest told after it: "Mientras entregan los premios"
WHILE = frozenset({"while", "mientras", "pendant", "tandis", "alors"})
_MARKERS = WHILE.union(*PLACE_WORDS.values())  # never skipped as a name when capitalised: "During", "Mientras"
# Words before an arrest that make it a noun the occasion was about: "award for reporting on the arrest of activists"
NOMINAL = frozenset(
    {
        *("the", "a", "an", "of", "on", "about", "for", "over", "his", "her", "their", "its", "de", "del", "la", "el"),
        *("los", "las", "su", "sus", "sur", "sobre", "les", "des", "du", "d", "l", "sa", "son", "ses", "une", "un"),
    }
)


def where_arrested(hits: list[Hit], read: Words, language: str) -> list[Hit]:
    """`hits` less the occasions that only say where or when an arrest happened, or are the arrested one's background
    (module docstring); `read`: the text as the lexicon read it."""
    words = read.words
    occasions = [h for h in hits if h.signal is Signal.OCCASION]
    if not occasions:
        return hits
    arrests = [
        h
        for h in hits
        if h.signal is Signal.ARREST and h.quote.casefold() not in NOT_ARRESTS and fold_word(h.quote) not in STATES
    ]
    if not arrests:
        return hits
    arrest_ends = [h.end for h in arrests]
    people = {at for h in hits if h.signal in PEOPLE for at in range(h.start, h.end)}
    place_words = _PLACES.get(language.split("-")[0].casefold(), PLACE_WORDS["en"])
    settings = set()
    for occasion in occasions:
        at = _word_before(occasion, words)
        before = fold_word(words[at]) if at >= 0 else ""
        if before in place_words and any(
            at - SETTING_REACH <= end <= at
            and _only_agents_between(words, people, end, at)
            and _one_sentence(read, end - 1, occasion.start)
            for end in arrest_ends
        ):  # no other verb between: "jailed reporters speak at", "encarcelado recibe premio en" tell no arrest
            settings.add(occasion.start)
        elif (before in WHILE or _of_the_arrested(occasion, hits, read)) and _arrest_follows(occasion, read, arrests):
            # the time of an arrest told after it ("Mientras entregan los premios, la policía detiene a dos
            # reporteros"), or the arrested one's background
            settings.add(occasion.start)
    if not settings:
        return hits
    return [h for h in hits if h.signal is not Signal.OCCASION or h.start not in settings]


def _word_before(occasion: Hit, words: list[str]) -> int:
    """Where the word before the occasion stands, its articles and names skipped ("en marge de la cérémonie", "left
    Tehran film festival"); -1 when none."""
    at = occasion.start - 1
    while at >= 0 and occasion.start - at <= FILLER_REACH and _filler(words[at]):
        at -= 1
    return at


def _of_the_arrested(occasion: Hit, hits: list[Hit], read: Words) -> bool:
    """The occasion stands in a relative clause after a role, in no obituary (an arrest said as a verb must follow
    it in the same sentence, `_arrest_follows`: "Rights lawyer who defended bloggers dies at 78. He was jailed in
    1985" is an obituary)."""
    words = read.words
    pronoun = next(
        (
            at
            for at in range(occasion.start - 1, max(-1, occasion.start - 1 - CLAUSE_REACH), -1)
            if fold_word(words[at]) in RELATIVES
        ),
        None,
    )
    if pronoun is None or not any(h.signal in PEOPLE and h.end <= pronoun <= h.end + NAME_REACH for h in hits):
        return False
    # not an obituary: "Muere el periodista que ganó el Premio Nacional y fue detenido en 1973"
    return not any(fold_word(word) in DEATHS for word in words[max(0, pronoun - CLAUSE_REACH) : pronoun])


def _arrest_follows(occasion: Hit, read: Words, arrests: list[Hit]) -> bool:
    """An arrest said as a verb follows the occasion in its sentence, with no word of saying, no clause of someone
    else's and no year of its own between or just after ("who won award for exposing police who detained children",
    "le festival où deux dealers ont été interpellés", "fue detenido por la dictadura en 1973")."""
    words = read.words
    for a in arrests:
        if not occasion.end <= a.start <= occasion.end + ARREST_REACH or fold_word(words[a.start - 1]) in NOMINAL:
            continue
        between = {fold_word(word) for word in words[occasion.end : a.start]}
        after = words[a.end : a.end + YEAR_REACH]
        if (
            not between & (SAYING | CLAUSES)
            and not any(word.isdigit() and len(word) == 4 for word in after)
            and _one_sentence(read, occasion.end - 1, a.start)
        ):
            return True
    return False


def _one_sentence(read: Words, first: int, last: int) -> bool:
    """No sentence ends between the `first` word and the `last` ("…había sido capturada en Chalatenango. «No existe
    orden de captura»": the capital after the full stop is no name of a place)."""
    offsets = read.starts()
    return not SENTENCE_END.search(read.text, offsets[first], offsets[last])


def _filler(word: str) -> bool:
    """An article, a determiner or a name (a place's: "left Tehran film festival") between a place word and the
    occasion."""
    folded = fold_word(word)
    return folded in FILLERS or (word[:1].isupper() and folded not in _MARKERS)


def _only_agents_between(words: list[str], people: set[int], end: int, at: int) -> bool:
    """Between an arrest's end and the place word, only the one arrested and a name after their role ("bắt nhà báo tự
    do Lê Văn Tâm ngay tại"; not one before it, where the arrest is an adjective: "remember detained Hong Kong editor
    at museum vigil"), agents, times and pronouns."""
    named = end - 1 in people  # "bắt nhà báo": the arrest's phrase ends with the role
    for between in range(end, at):
        word = words[between]
        agent = fold_word(word) in BETWEEN
        named = between in people or (named and (word[:1].isupper() or agent))
        if not named and not agent:
            return False
    return True
