"""A court's order restraining the press is the state's act, whoever brought the suit (`restraint_over_suit`, used
by the classifier and the watcher).

A civil suit between parties (a defamation claim, damages, a privacy action: `Signal.CIVIL`) tells of no case: a
journalist who wins damages from a mayor, a columnist ordered to pay one. But a court that, in such a suit, orders a
report taken down, bars an outlet from publishing or orders a reporter to name a source restrains the press itself
(S71: "Jueza de Campeche prohíbe a un periodista publicar sobre la secretaria de Finanzas", "Delhi High Court orders
news site to take down investigation … interim injunction in a defamation suit"). Where one of the tables' steps
against reporting acts on publication (`RESTRAINTS`, words of the step's own phrase) and the press is named, the
suit's words do not count; damages alone stay a civil matter, and so does an order to take down a neighbour's posts
(the twenty-seventh review: "Tòa tuyên buộc gỡ bài viết bôi nhọ hàng xóm và bồi thường"). Nor is a suit's award a
prize: "wins … award" read around "libel award" ("Governor wins N500m libel award against online newspaper") is the
suit's; both readings go, so that the award weighs neither as an occasion nor against what else the report tells
("Kano editor jailed for criminal defamation weeks after governor won libel award against his paper": the
twenty-fifth review).
"""

from tocsin_lexicon.signals import Hit, Signal

# What such a step acts on, as its phrase says it: a report taken down or barred, access to it blocked, an account
# withheld, a source to be named
RESTRAINTS = (
    *("publish", "publier", "publicar", "paraître", "take down", "to remove", "to pull", "retirar", "retrait"),
    *("supprimer", "borrar", "eliminar", "access ban", "blocks access", "withh", "further reports", "sources"),
    *("fuente", "hand over", "dar de baja", "gỡ", "retirer", "dépublier"),
)


# What a step demanding a source names (S212, S214: « ordonne à une journaliste de révéler l'identité de son
# informateur » in a property-fraud case): the crime the court tries is the case the source told of, not the reporter's.
# Not among `RESTRAINTS`, which also decide the free-expression tag
_SOURCE_WORDS = ("source", "fuente", "informateur", "informatrice", "informante", "informant")
_RESTRAINED = (*RESTRAINTS, *_SOURCE_WORDS)


def restrains(hit: Hit) -> bool:
    """A step (`Signal.ARREST`) that restrains publication (`RESTRAINTS`)."""
    return _step_naming(hit, RESTRAINTS)


def _step_naming(hit: Hit, words: tuple[str, ...]) -> bool:
    return hit.signal is Signal.ARREST and any(word in hit.phrase.casefold() for word in words)


def restraint_over_suit(hits: list[Hit]) -> list[Hit]:
    """`hits` without an occasion read around a suit's award, and, where a step restrains publication or demands a
    reporter's source and the press is named, without the suit's phrases nor any crime words: they tell
    the case the report or the source was about (S212, S216: « retirer son enquête » on « soupçons de favoritisme »)."""
    suits = [h for h in hits if h.signal is Signal.CIVIL]
    awards = [s for s in suits if any(_around(h, s) for h in hits if h.signal is Signal.OCCASION)]
    if awards:  # a prize read around an award: neither reading stands
        hits = [
            h
            for h in hits
            if h not in awards and not (h.signal is Signal.OCCASION and any(_around(h, s) for s in awards))
        ]
    # the press first: most reports name none, and then no step's words need reading
    if any(h.signal is Signal.JOURNALIST for h in hits) and any(_step_naming(h, _RESTRAINED) for h in hits):
        return [h for h in hits if h.signal not in _CASE_WORDS]
    return hits


_CASE_WORDS = frozenset({Signal.CIVIL, Signal.ORDINARY_CRIME, Signal.CYBERCRIME, Signal.BUSINESS})


def _around(outer: Hit, inner: Hit) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end
