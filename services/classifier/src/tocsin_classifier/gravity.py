"""What makes a rights case graver than its tags say: a death sentence, a prison sentence of five years or more, a
death in custody, a person held incommunicado, disappeared or abducted (`severity` raises for each).

Prison terms are read from the text by number ("8 năm tù", "ocho años de prisión", "jailed for seven years", "cinq
ans de prison", a headline's "gets 20 years" with the number right after the verb), never from what a charge
carries, a prosecutor asks or a court may do ("faces up to 10 years", "khung hình phạt từ 5 đến 12 năm tù", "le
parquet a requis", "la fiscalía pide", "prosecutors are seeking"), nor from an age ("the 45-year-old journalist", "de
62 años"), a time ("five years after", "10 years ago"), a suspended term ("avec sursis", "tù treo"), a term of office
("a five-year term") or a term already served ("previously served six years", "released after seven years in
prison", "tras cumplir seis años"). A death sentence is one passed ("sentenced …
to death", "lĩnh án tử hình"), not the penalty as a topic ("abolition of the death sentence"). Custody is read from
the phrases the lexicon found: a custody defect ("held incommunicado", "paradero", "mất tích", "sans nouvelles",
"muere bajo custodia"), or an abduction only when it is the step taken against the person the report is about (its
tie), not one they reported on.
"""

import re
import unicodedata
from functools import lru_cache

from tocsin_classifier.findings import Signals
from tocsin_lexicon import Signal, fold

LONG_SENTENCE_YEARS = 5
DEATH_SENTENCE = "death-sentence"
DIED_IN_CUSTODY = "died-in-custody"
LONG_SENTENCE = "long-sentence"
INCOMMUNICADO = "incommunicado"
SPYWARE = "spyware"

_NUMBERS = {
    "en": "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty",
    "fr": "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
    "dix-huit dix-neuf vingt",
    "es": "un dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete "
    "dieciocho diecinueve veinte",
    "vi": "một hai ba bốn năm sáu bảy tám chín mười",
}
_WORD_NUMBERS = {word: n for words in _NUMBERS.values() for n, word in enumerate(words.split(), start=1)}
_WORD_NUMBERS["dieciseis"] = 16
# twenty-five, thirty, vingt-cinq, trente, veinticinco, treinta and up: long, whatever follows the tens
_TENS = ("twenty", "thirty", "forty", "fifty", "vingt", "trente", "quarante", "cinquante", "veinti", "treinta",
         "cuarenta", "cincuenta")  # fmt: skip
# a term of years: its unit ("năm tù" is Vietnamese for years of prison), the number just before it ("8", "ocho",
# "nine-", "3,5"), and what it is of after it ("in prison", "de prisión") or a verb of sentencing just before it
# ("jailed him for", "condenan a")
_UNIT = re.compile(r"\b(?:years?|ans|años)\b|\bnăm tù", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(r"(\d{1,3}(?:[.,]\d+)?|[^\W\d_][\w-]*?)[- ]$")
_OF_PRISON = re.compile(
    r"(?:'|’)?\s*(?:in prison|in jail|imprisonment|prison|jail|sentence|behind bars|de prison|d'emprisonnement|"
    r"d’emprisonnement|de réclusion|de détention|ferme|de prisión|de cárcel|de privación|de reclusión|tras las rejas)",
    re.IGNORECASE,
)
_SENTENCED_BEFORE = re.compile(
    r"\b(?:jail\w*|imprison\w*|sentenc\w*|conden\w* a|condamn\w* à)\W+(?:[\w'’-]+\W+){0,3}?"
    r"(?:to|for|a|à)?\W*$",
    re.IGNORECASE,
)
# a headline's term, the number right after the verb: "Saudi teacher gets 20 years" (not "received threats for 10");
# "who got" only with the prison or the reason after the unit: "woman who got 34 years for tweets" (not "who got 20
# years at CNN", "got 30 years of experience")
_GOT_BEFORE = re.compile(r"\b(?:gets|given|handed|receives|received)\s+(?:almost\s+|nearly\s+)?$", re.IGNORECASE)
_WHO_GOT_BEFORE = re.compile(r"\bwho got\s+$", re.IGNORECASE)
_GOT_AFTER = re.compile(r"\s+(?:in prison|in jail|behind bars|for|over)\b", re.IGNORECASE)
# what after a unit makes it no term served: an age, a time, a suspended term
_NOT_A_TERM_AFTER = re.compile(
    r"(?:-| )?old\b|\s+(?:ago|after|later|earlier|before)\b|\s+(?:\w+\s+){0,3}?(?:suspended|avec sursis|"
    r"de sursis|con suspensi|condicional|treo|en suspenso)",
    re.IGNORECASE,
)
# folded stems of the lexicon's words for a sentence passed: only then is the text read for a term
_SENTENCING = ("sentenc", "jail", "prison", "convict", "nam tu", "tuyen", "an tu", "tu hinh", "condam", "conden",
               "anos de", "carcel", "reclusion", "ans de", "perpetu", "chung than", "gets ", "given ", "handed ",
               "receives ", "received ", "who got ")  # fmt: skip
# words just before a term or a sentence that make it a maximum, a risk, a request or a possibility, not one passed
_NOT_PASSED = re.compile(
    r"(?:up to|maximum|faces?|facing|could|would|may|might|will|nearly got|almost got|punish\w*|carries|carry|risks?|"
    r"threaten\w*|"
    r"seek\w*|sought|demand\w*|request\w*|asked|asks|ask|calls? for|called for|urged|provides? for|from|reduced|"
    r"puni\w*|prévoi\w*|jusqu'à|jusqu’à|encour\w*|passible|risque|réclam\w*|requi\w*|"
    r"castig\w*|sanciona\w*|prevé|contempla\w*|hasta|máxim\w*|enfrenta\w*|expone|pid\w*|pedía|solicit\w*|reclama\w*|"
    r"đến|tới|cao nhất|khung|đối mặt|đề nghị|đề xuất|có thể|"
    # a term already served, told as background: "previously served six years", "freed after five years in prison"
    r"previously|served|after serving|having served|released after|freed after|après avoir purgé|tras cumplir|"
    r"luego de cumplir|sau khi mãn hạn)\W+(?:[\w'’-]+\W+){0,3}$",
    re.IGNORECASE,
)
_LIFE_SAID = re.compile(
    r"life imprisonment|life sentence|sentenced to life|jailed for life|life in prison|life term|chung thân|"
    r"perpétuité|prison à vie|cadena perpetua|prisión perpetua"
)
# a death sentence passed: not the death penalty as a topic ("abolition of the death sentence")
_DEATH = re.compile(
    r"\bsentenc\w* (?:\w+ ){0,4}to death|\b(?:handed|given|received|upheld|confirmed) (?:\w+ ){0,3}death sentence|"
    r"\b(?:tuyên án|tuyên phạt|tuyên|kết án|lĩnh án|lãnh án|mức án) tử hình|"
    r"\bcondamn\w* (?:\w+ ){0,3}à (?:mort|la peine capitale)|"
    r"\bconden\w* (?:\w+ ){0,4}a (?:muerte|la pena (?:de muerte|capital))",
    re.IGNORECASE,
)
_DEATH_WORDS = ("death", "tử hình", "mort", "capitale", "muerte", "capital")  # without one, no death sentence to seek
# folded stems of the phrases that say nobody knows where the person is held, or that they were taken by force
_UNSEEN = ("incommunicado", "incomunicad", "au secret", "whereabouts", "paradero", "mat tich", "khong ro tung tich",
           "khong biet", "biet giam", "sans nouvelles", "disappear", "desapareci", "desaparici", "disparition",
           "abduct", "enleve", "secuestr", "bat coc", "desconoce", "sin saber donde", "been seen since",
           "told where", "told nothing of where", "missing in custody",
           # S108: "police and the FIA deny holding him", "no contact for eight months", "not been allowed calls",
           # "nadie sabe de él", "'no estaba registrado'", "ningún letrado ni familiar", "placée à l'isolement"
           "deny holding", "denied holding", "missing since", "no contact for", "allowed calls", "nadie sabe de",
           "no estaba registrad", "letrado ni familiar", "a l'isolement",
           # S152: "has not been heard from since arrest", "l'imam … introuvable depuis son prêche"
           "heard from since", "heard from him since", "heard from her since", "introuvable")  # fmt: skip
# folded stems of spyware, and its finding on someone's phone told beside it: "infección con Pegasus", "Pegasus found
# on the phones of two journalists" (not "a report on Predator spyware sales", nor ministers "targeted")
_SPYWARE = ("pegasus", "predator", "spyware", "logiciel espion", "logiciels espions", "software espia",
            "programa espia", "phan mem gian diep", "malware espia")  # fmt: skip
_SPYWARE_WORDS = "|".join(re.escape(stem) for stem in _SPYWARE)
_INFECTION = re.compile(
    rf"\b(?:infect\w*|infecc\w*|nhiem)\W+(?:\w+\W+){{0,3}}?(?:{_SPYWARE_WORDS})|"
    rf"(?:{_SPYWARE_WORDS})\W+(?:\w+\W+){{0,2}}?(?:found on|detected on|en (?:el |su )?telefono|sur (?:le |son )?"
    rf"telephone|tren dien thoai)"
)
# folded stems of the custody-defect phrases that say the person died in the state's hands (a verb: "a death in
# custody" they reported on is no death of theirs)
_DIED = ("died", "dies", "found dead", "muere", "murio", "fallec", "meurt", "mort en", "morte en", "decede",
         "chet trong", "tu vong", "qua doi")  # fmt: skip


def grave_facts(text: str, signals: Signals) -> tuple[str, ...]:
    """The reasons, among DEATH_SENTENCE, LONG_SENTENCE, DIED_IN_CUSTODY, INCOMMUNICADO and SPYWARE, that `text`
    (read as `signals`) gives."""
    found: list[str] = []
    text = unicodedata.normalize("NFC", text)
    lowered = text.casefold()
    arrest = "\x1f".join(map(_folded, signals.phrases(Signal.ARREST)))
    if any(word in lowered for word in _DEATH_WORDS) and any(
        _passed(lowered, m.start()) for m in _DEATH.finditer(lowered)
    ):
        found.append(DEATH_SENTENCE)
    elif any(stem in arrest for stem in _SENTENCING) and (
        any(_passed(lowered, m.start()) for m in _LIFE_SAID.finditer(lowered)) or _long_term(text)
    ):
        found.append(LONG_SENTENCE)
    custody = "\x1f".join(map(_folded, signals.phrases(Signal.DUE_PROCESS)))
    taken = "\x1f".join(_folded(action) for _, _, action in signals.ties)  # the steps taken against the person
    if any(stem in custody for stem in _DIED):
        found.append(DIED_IN_CUSTODY)
    elif any(stem in custody or stem in taken for stem in _UNSEEN):
        found.append(INCOMMUNICADO)
    if _spied_on(signals, lowered):
        found.append(SPYWARE)
    return tuple(found)


def _spied_on(signals: Signals, lowered: str) -> bool:
    """Spyware found on a phone, in a report that ties someone to an action: an infection told beside the spyware's
    name ("infección con Pegasus en teléfono de reportera"; not "a report on Predator spyware sales", nor a journalist
    "who exposed Pegasus targeting of ministers")."""
    watched = "\x1f".join(map(_folded, signals.phrases(Signal.SURVEILLANCE)))
    if not signals.ties or not any(stem in watched for stem in _SPYWARE):
        return False
    return _INFECTION.search(fold(lowered)) is not None


@lru_cache(maxsize=1 << 14)
def _folded(phrase: str) -> str:
    """`fold`, remembered: the same few hundred phrases come back in every report."""
    return fold(phrase)


def _passed(lowered: str, at: int) -> bool:
    """Whether what stands at `at` is a sentence passed, not a risk, a request or a possibility."""
    return not _NOT_PASSED.search(lowered, max(0, at - 60), at)


def _years(word: str) -> float:
    """The number a term is written with ("8", "3,5", "ocho", "vingt-cinq"); 0 for a word that is none."""
    word = word.casefold()
    if word[:1].isascii() and word[:1].isdecimal():
        return float(word.replace(",", "."))
    if word.startswith(_TENS):
        return 20.0
    return float(_WORD_NUMBERS.get(word, 0))


def _long_term(text: str) -> bool:
    """Whether a prison term of LONG_SENTENCE_YEARS or more stands in `text` as passed."""
    for unit in _UNIT.finditer(text):
        number = _NUMBER_BEFORE.search(text, max(0, unit.start() - 16), unit.start())
        if number is None or _years(number.group(1)) < LONG_SENTENCE_YEARS:
            continue
        if _NOT_A_TERM_AFTER.match(text, unit.end()):
            continue
        begins = number.start(1)
        before = text[max(0, begins - 60) : begins]
        of_prison = _OF_PRISON.match(text, unit.end())
        if before.rstrip().casefold().endswith(" de") and not of_prison:
            continue  # "periodista de 62 años": an age
        vietnamese = unit.group().casefold() == "năm tù"
        got = _GOT_BEFORE.search(before) or (_WHO_GOT_BEFORE.search(before) and _GOT_AFTER.match(text, unit.end()))
        told = of_prison or _SENTENCED_BEFORE.search(before) or got
        if (vietnamese or told) and not (_NOT_PASSED.search(before)):
            return True
    return False
