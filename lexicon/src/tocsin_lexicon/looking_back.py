"""A report that looks back: a year in review, an anniversary, a memoir, an interview about years gone by.

December brings them by the dozen (S125: "2025 in review", "Bilan 2025 : l'Algérie compte toujours quatre
journalistes derrière les barreaux", "Los 12 periodistas que terminan el año tras las rejas", "Điểm lại 10 phiên tòa",
"Where are they now: Kenyan blogger cleared under cybercrimes law opens his own law practice"). Read word by word they
are full of arrests, charges and sentences, all of them old: the blind batch scored 0.71 on first sight, 17 of its 52
such reports taken for new cases.

`looks_back` tells the calibration (`tocsin_classifier.calibration`, the `look-back` input) that a report has the
words of one and no word placing anything it tells in the present ("on Monday", "cette semaine", "nuevamente",
"hôm qua", "again"): a retrospective that reports a new step says when it was taken ("summoned him again on Monday",
"Esta semana, además, un juzgado … citó como investigado"). It is one input among the others, weighed on dev like
them, not a verdict: an old case retold still counts when the rest of the report makes it one.
"""

import re

# the words of a report that looks back, in the four languages
_LOOK_BACK = re.compile(
    r"\b(?:in review|year[- ]end(?:er)?|year in (?:review|pictures)|looking back|looks back|where are they now"
    r"|(?:years?|months?|decades?) on(?=\s*[,:;.!?—–]|\s*$)|(?:years?|decades?) (?:after|since) (?:his|her|their|the)"
    r"|anniversary|memoirs?|recalls|remembers|retrospective|ends? the year|talks about"
    r"|bilan|rétrospective|retour sur|il y a \w+ ans|ans (?:après|plus tard)|anniversaire|mémoires|raconte|récit"
    r"|se souvient|fin d'année|que sont-ils devenus|revient sur"
    r"|balance anual|repaso|repasamos|recuento|lo que dejó|retrospectiva|años después|aniversario|memorias"
    r"|recuerda|terminan? el año|fin de año|hace \w+ años"
    r"|điểm lại|nhìn lại|tổng kết|hồi ký|kỷ niệm|tròn \w+ năm|năm ngày|sau \w+ năm|năm sau ngày|nhớ lại|kể lại"
    r"|ngày này \w+ năm trước)\b",
    re.MULTILINE,
)
# the words that place what a report tells in the present: a weekday, this week, yesterday, again
_NOW = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|this week|last week|yesterday|today|tonight"
    r"|this month|this morning|again|anew|fresh|re-\w+|once more|(?:days|hours|weeks) (?:after|later)|the next day"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|cette semaine|la semaine dernière|hier|aujourd'hui"
    r"|ce mois-ci|de nouveau|à nouveau|une nouvelle fois|re(?:convoqu|arrêt|interpell)\w*|au lendemain|le lendemain"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|esta semana|la semana pasada|ayer|hoy|este mes"
    r"|nuevamente|de nuevo|otra vez|volvi(?:ó|era|eron) a|días después|horas después|después de que|al día siguiente"
    r"|thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|chủ nhật|hôm qua|hôm nay|tuần này|tuần qua|một lần nữa"
    r"|lại bị|tiếp tục bị|hôm sau)\b",
)


def looks_back(text: str) -> bool:
    """The report has a look-back's words and nothing it tells is placed in the present (module docstring)."""
    folded = text.lower()  # the patterns are lower case: faster than matching case-insensitively
    return _LOOK_BACK.search(folded) is not None and _NOW.search(folded) is None
