"""A person the headline names acted against, whom the summary gives a role (`named_ties`, used by `findings`).

Headlines name people as often as they name roles: "Hoàng Văn Tú bị chặn xuất cảnh tại sân bay", "Amina Yusuf
detained at Abuja airport". The role comes in the summary, beside the same name: "Ông Hoàng Văn Tú, nhà hoạt động
nhân quyền", "Amina Yusuf, a reporter with an independent newspaper". The ties read each sentence on its own, so such
a report tied no one. Here the headline's name, standing at most NAME_TO_ACTION words before an action or right after
one ("Police detain Amina Yusuf", "Detienen a Lucía Ortega"; not "arrested in Phnom Penh", a place), and given a
role in apposition to it in the summary, by the whole name or by its last word as news repeats it ("Okafor, an
editor", "Bà Hạnh, nhà hoạt động môi trường"), ties that role to the headline's action.

Not when the headline tells of harm or a victim ("Man arrested for attacking Maria Ressa": the one named is the
victim), a suspect or kin, nor in a headline printed in Title Case (every word would read as a name).
"""

from tocsin_classifier.targets import title_case
from tocsin_classifier.ties import ANCHORS, PEOPLE
from tocsin_lexicon import Hit, Signal
from tocsin_lexicon.words import Words, fold_word

NAME_TO_ACTION = 4  # words from the name to the action after it: "Olga Zhuk, avocate, privée de sa licence"
NAME_TO_ROLE = 2  # words from the summary's name to its role: "Ông Hoàng Văn Tú, nhà hoạt động", "editor Pavel Ignatov"
SHORTEST_NAME = 2  # a name is two capitalised words or more: "Olga Zhuk", "Zhou Wei" (not "Pekín", "Police")
# what in a headline makes the one it names someone else than the one acted against
OTHER_PERSON = frozenset({Signal.HARM, Signal.VICTIM, Signal.SUSPECT, Signal.RELATIVE})
OBJECT_MARKERS = frozenset({"a", "al"})  # Spanish marks a person as the object: "detienen a", "condenan al"
# what may stand between a name and the role after it: "Amina Yusuf, a reporter", "Zhou Wei, abogado", "X, một blogger"
APPOSITION = frozenset({"a", "an", "the", "un", "una", "une", "el", "la", "le", "mot", "is", "est", "es"})
# honorifics written before a name, not part of it: "Ông Hoàng Văn Tú", "Mme Diallo"
HONORIFICS = frozenset(
    fold_word(word) for word in ("Ông", "Bà", "Anh", "Chị", "Mr", "Mrs", "Ms", "Mme", "M", "Sr", "Sra")
)


def named_ties(hits: list[Hit], words: Words, headline_end: int) -> list[tuple[Signal, str, str]]:
    """(signal, role, action) for each role the summary gives a person the headline names at its action; the
    headline is the words before `headline_end`."""
    headline = [h for h in hits if h.start < headline_end]
    actions = [h for h in headline if h.signal in ANCHORS]
    if not actions or any(h.signal in OTHER_PERSON for h in headline):
        return []
    written = words.words
    taken = {at for h in headline for at in range(h.start, h.end)}
    names = _names(written, 0, headline_end, taken)
    named = {at for start, end in names for at in range(start, end)}
    if title_case([word for at, word in enumerate(written[:headline_end]) if at not in named]):
        return []  # the names left out: "Detienen a Lucía Ortega en Managua" is no Title Case headline
    found: list[tuple[Signal, str, str]] = []
    for start, end in names:
        action = next(
            (a for a in actions if 0 <= a.start - end <= NAME_TO_ACTION or _just_before(a, start, written)), None
        )
        if action is None:
            continue
        said = [word.casefold() for word in written[start:end]]
        # the whole name, or its last word as news repeats it: "Okafor, an editor", "Bà Hạnh, nhà hoạt động"
        roles = _roles_beside(hits, written, said, headline_end) or _roles_beside(
            hits, written, said[-1:], headline_end
        )
        for role in roles:
            tie = (role.signal, role.quote, action.quote)
            if tie not in found:
                found.append(tie)
    return found


def _just_before(action: Hit, start: int, written: list[str]) -> bool:
    """The action ends where the name starts, or one object marker before it: "Detienen a Lucía Ortega"."""
    return action.end == start or (action.end == start - 1 and fold_word(written[action.end]) in OBJECT_MARKERS)


def _names(written: list[str], first: int, last: int, taken: set[int]) -> list[tuple[int, int]]:
    """(start, end) of each run of SHORTEST_NAME or more capitalised words from `first` to `last` that no hit holds
    (an honorific before it left out)."""
    runs: list[tuple[int, int]] = []
    at = first
    while at < last:
        if not _capital(written[at]) or at in taken:
            at += 1
            continue
        start = at
        while at < last and _capital(written[at]) and at not in taken:
            at += 1
        if fold_word(written[start]) in HONORIFICS:
            start += 1
        if at - start >= SHORTEST_NAME:
            runs.append((start, at))
    return runs


def _roles_beside(hits: list[Hit], written: list[str], name: list[str], headline_end: int) -> list[Hit]:
    """The summary's roles in apposition to a mention of `name` (case-folded, accents kept: "Nam" is not "năm";
    capitalised where it stands): right before it ("editor Pavel Ignatov", "la periodista Ortega") or after it with
    at most NAME_TO_ROLE words of `APPOSITION` between ("Amina Yusuf, a reporter"; not "Tom Baker followed journalist
    Mary Cole": the verb between makes the journalist someone else)."""
    size = len(name)
    places = [
        at
        for at in range(headline_end, len(written) - size + 1)
        if _capital(written[at]) and [word.casefold() for word in written[at : at + size]] == name
    ]
    return [
        h
        for h in hits
        if h.signal in PEOPLE
        and h.start >= headline_end
        and any(h.end == at or _apposed(written, at + size, h.start) for at in places)
    ]


def _apposed(written: list[str], after: int, start: int) -> bool:
    """Whether the words from `after` to `start` are at most NAME_TO_ROLE words of apposition: "", "a", "một"."""
    return 0 <= start - after <= NAME_TO_ROLE and all(fold_word(word) in APPOSITION for word in written[after:start])


def _capital(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()
