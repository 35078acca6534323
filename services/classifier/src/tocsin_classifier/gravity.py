"""What makes a rights case graver than its tags say: a death sentence, a prison sentence of five years or more, a
death in custody, a person held incommunicado, disappeared or abducted (`severity` raises for each).

Prison terms are read from the text by number ("8 năm tù", "ocho años de prisión", "jailed for seven years", "cinq
ans de prison"), never from what a charge carries or a prosecutor asks ("faces up to 10 years", "khung hình phạt từ 5
đến 12 năm tù", "le parquet a requis", "la fiscalía pide"). Custody the family cannot find is read from the phrases
the lexicon already found (`Signal.DUE_PROCESS`, `Signal.ARREST`): "incommunicado", "paradero", "mất tích", "sans
nouvelles", "abducted".
"""

import re
from functools import lru_cache

from tocsin_classifier.findings import Signals
from tocsin_lexicon import Signal, fold

LONG_SENTENCE_YEARS = 5
DEATH_SENTENCE = "death-sentence"
DIED_IN_CUSTODY = "died-in-custody"
LONG_SENTENCE = "long-sentence"
INCOMMUNICADO = "incommunicado"

_NUMBERS = {
    "en": "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty",
    "fr": "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
    "dix-huit dix-neuf vingt",
    "es": "un dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete "
    "dieciocho diecinueve veinte",
}
_WORD_NUMBERS = {word: n for words in _NUMBERS.values() for n, word in enumerate(words.split(), start=1)}
# a term of years: its unit ("năm tù" is Vietnamese for years of prison), the number just before it ("8", "ocho",
# "nine-"), and, for the other languages, what it is of after it ("in prison", "de prisión") or a verb of sentencing
# before it ("jailed for", "condenan a")
_UNIT = re.compile(r"\b(?:years?|ans|años)\b|\bnăm tù", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(r"([\w-]+?)[- ]$")
_OF_PRISON = re.compile(
    r"(?:'|’)?\s*(?:in prison|in jail|imprisonment|prison|jail|sentence|term|behind bars|de prison|d'emprisonnement|"
    r"d’emprisonnement|de réclusion|de détention|ferme|de prisión|de cárcel|de privación|de reclusión|tras las rejas)",
    re.IGNORECASE,
)
_SENTENCED_BEFORE = re.compile(
    r"(?:jail\w*|imprison\w*|sentenc\w*|given|handed|conden\w* a)\W+(?:[\w'’-]+\W+){0,5}$", re.IGNORECASE
)
# folded stems of the lexicon's words for a sentence passed: only then is the text read for a term
_SENTENCING = (
    "sentenc",
    "jail",
    "prison",
    "convict",
    "nam tu",
    "tuyen",
    "an tu",
    "tu hinh",
    "condam",
    "conden",
    "anos de",
    "carcel",
    "reclusion",
    "ans de",
    "perpetu",
    "chung than",
)
# words just before a term that make it a maximum, a risk or a request, not a sentence passed
_NOT_PASSED = re.compile(
    r"(?:up to|maximum|faces?|facing|could|would|punish\w*|carries|carry|risks?|sought|seeks?|demanded|requested|"
    r"provides? for|puni\w*|prévoi\w*|castig\w*|sanciona\w*|prevé|contempla\w*|"
    r"asked for|jusqu'à|jusqu’à|encour\w*|passible|risque|requis|réclam\w*|hasta|máxim\w*|enfrenta\w*|expone|"
    r"pid\w*|solicit\w*|đến|tới|cao nhất|khung|đối mặt|đề nghị)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
_LIFE_SAID = re.compile(
    "|".join(("life imprisonment", "life sentence", "jailed for life", "chung thân", "perpétuité", "cadena perpetua"))
)
# a death sentence passed: not the death penalty as a topic ("campaigns against the death penalty", "la pena de muerte")
_DEATH = re.compile(
    r"\bsentenc\w* (?:\w+ ){0,4}to death|\bdeath sentence|\b(?:tuyên án|tuyên phạt|kết án|lĩnh án|mức án) tử hình|"
    r"\bcondamn\w* à mort|\bconden\w* a muerte|\bconden\w* (?:\w+ ){0,4}a (?:la )?pena de muerte",
    re.IGNORECASE,
)
_DEATH_WORDS = ("death", "tử hình", "mort", "muerte")  # without one of them, no death sentence to look for
# a death sentence or life as a risk, not passed: "faces a death sentence", "passible de la perpétuité"
_RISK_BEFORE = re.compile(
    r"(?:faces?|facing|could|punishable|passible|risque|encour\w*|enfrenta\w*|khung|đối mặt)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
# folded stems of the phrases that say nobody knows where the person is held, or that they were taken by force
_UNSEEN = (
    "incommunicado",
    "incomunicad",
    "au secret",
    "whereabouts",
    "paradero",
    "mat tich",
    "khong ro tung tich",
    "khong biet",
    "biet giam",
    "sans nouvelles",
    "no word",
    "disappear",
    "desapareci",
    "disparition",
    "disparu",
    "abduct",
    "enleve",
    "secuestr",
    "bat coc",
    "desconoce",
    "sin saber donde",
)
# folded stems of the custody-defect phrases that say the person died in the state's hands
_DIED = (
    "died",
    "dies",
    "death in",
    "found dead",
    "muere",
    "murio",
    "muerte",
    "meurt",
    "mort en",
    "morte en",
    "decede",
    "chet trong",
    "tu vong",
    "qua doi",
)


def grave_facts(text: str, signals: Signals) -> tuple[str, ...]:
    """The reasons, among DEATH_SENTENCE, LONG_SENTENCE, DIED_IN_CUSTODY and INCOMMUNICADO, that `text` (read as
    `signals`) gives."""
    found: list[str] = []
    arrest = "\x1f".join(map(_folded, signals.phrases(Signal.ARREST)))
    lowered = text.casefold()
    if any(word in lowered for word in _DEATH_WORDS) and any(
        _passed(lowered, m.start()) for m in _DEATH.finditer(lowered)
    ):
        found.append(DEATH_SENTENCE)
    elif any(stem in arrest for stem in _SENTENCING) and (
        any(_passed(lowered, m.start()) for m in _LIFE_SAID.finditer(lowered)) or _long_term(text)
    ):
        found.append(LONG_SENTENCE)
    custody = "\x1f".join(map(_folded, signals.phrases(Signal.DUE_PROCESS)))
    if any(stem in custody for stem in _DIED):
        found.append(DIED_IN_CUSTODY)
    elif any(stem in arrest or stem in custody for stem in _UNSEEN):
        found.append(INCOMMUNICADO)
    return tuple(found)


@lru_cache(maxsize=1 << 14)
def _folded(phrase: str) -> str:
    """`fold`, remembered: the same few hundred phrases come back in every report."""
    return fold(phrase)


def _passed(lowered: str, at: int) -> bool:
    """Whether what stands at `at` is a sentence passed, not a risk ("faces a death sentence")."""
    return not _RISK_BEFORE.search(lowered[max(0, at - 60) : at])


def _long_term(text: str) -> bool:
    """Whether a prison term of LONG_SENTENCE_YEARS or more stands in `text` as passed."""
    for unit in _UNIT.finditer(text):
        window = max(0, unit.start() - 16)
        number = _NUMBER_BEFORE.search(text, window, unit.start())
        if number is None:
            continue
        word = number.group(1).casefold()
        years = int(word) if word.isdigit() and len(word) <= 2 else _WORD_NUMBERS.get(word, 0)
        if years < LONG_SENTENCE_YEARS:
            continue
        before = text[max(0, number.start(1) - 60) : number.start(1)]
        of_prison = unit.group().casefold() == "năm tù" or _OF_PRISON.match(text, unit.end())
        if (of_prison or _SENTENCED_BEFORE.search(before)) and not _NOT_PASSED.search(before):
            return True
    return False
