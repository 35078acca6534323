"""A round-up tells several reports in one item: a court round-up, a legal-news bulletin, a digest of briefs.

Read whole, a rights case buried in one of its lines is outweighed by the fraud, drug and traffic cases beside it
(S117: "Tin pháp luật sáng 14/5: Triệt phá đường dây lừa đảo … Tại Đồng Tháp, ông … bị bắt tạm giam … theo Điều
331 … do đăng nhiều bài viết"). Each of its reports is therefore read alone too (`reports_in`): the classifier
finds the item relevant when one of them is (`tocsin_classifier.classify`), and the watcher emits it when one of them
reports a case (`tocsin_watcher.feeds.match`), whatever its other lines are ("le SIAO ouvre ses portes samedi" is
another report's occasion, not this case's).
"""

import re

# the words a round-up's headline is announced by, in the four languages
ROUNDUP = re.compile(
    r"\b(?:round-?ups?|digest|briefs|in brief|news in brief|this week in|en bref|brèves|les décisions de la semaine"
    r"|breves|resumen judicial|resumen de|boletín legal|boletín judicial|tin pháp luật|điểm tin|bản tin pháp luật"
    # S119: "Ouagadougou : ce qu'il faut savoir ce lundi", "Agenda legal de la semana", "what you need to know"
    r"|ce qu'il faut savoir|agenda legal|lo que hay que saber|what you need to know|morning briefing"
    # S127: "La semana en Centroamérica: …", "En el repaso semanal: …"
    r"|repaso semanal|la semana en"
    # S139-S140: "Kenya week in review: …", "2025 in review: …" (`YEAR_REVIEW`), "What we're watching: …", "Revue
    # du mois : …", "Lo que estamos siguiendo: …", "Resumen del día: …", "Pháp luật tuần qua: …", "Tin nhanh ngày 3/4"
    r"|in review|what we(?:'|’)re watching|what we are watching|newsletter|revue du mois|revue de la semaine"
    r"|lo que estamos siguiendo|lo que ha pasado|lo que pasó|resumen del|tuần qua|tin nhanh"
    # S143-S144: "Ten things to watch in 2027: …", "Lo que dejó el 31: …", "Revue cyber de la semaine : …"
    r"|things to watch|what to watch|lo que dejó|revue \w+ de la semaine)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|\s*;\s*")  # a bulletin lists its reports with semicolons too
# "Weekend round-up: Finance Bill talks stall, DCI summons …, …" (a comma before a space: not "N1,000,000")
_HEADLINE_PARTS = re.compile(r"\s*[;|]\s*|,\s+")
LEAST_WORDS = 4  # a line shorter than this is a heading, not a report
# A year's review looks back on cases told before: only a report dated to a day in it tells news ("On Wednesday,
# national security police took the parents … for questioning"; not "We also revisit the arrests of bloggers … during
# last year's demonstrations")
YEAR_REVIEW = re.compile(r"\b(?:year|\d{4}) in review\b", re.IGNORECASE)
DAY_NAMED = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last night|this week"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|cette semaine"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|esta semana"
    r"|thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|chủ nhật|hôm qua|hôm nay|tuần này)\b",
    re.IGNORECASE,
)


def is_roundup(title: str) -> bool:
    return ROUNDUP.search(title) is not None


def reports_in(title: str, summary: str) -> list[str]:
    """The reports a round-up tells: its headline's parts after the heading ("Legal briefs: A; B; C"), then each
    sentence or semicolon-separated part of its summary; in a year's review only those dated to a day (`DAY_NAMED`).
    Empty when there is only one."""
    listed = title.split(":", 1)[1] if ":" in title else title
    parts = [*_HEADLINE_PARTS.split(listed), *_SENTENCE_END.split(summary)]
    reports = [part.strip() for part in parts if len(part.split()) >= LEAST_WORDS]
    if len(reports) < 2:
        return []
    return [report for report in reports if DAY_NAMED.search(report)] if YEAR_REVIEW.search(title) else reports
