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
    r"|repaso semanal|la semana en)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|\s*;\s*")  # a bulletin lists its reports with semicolons too
_HEADLINE_PARTS = re.compile(r"\s*[;|]\s*")
LEAST_WORDS = 4  # a line shorter than this is a heading, not a report


def is_roundup(title: str) -> bool:
    return ROUNDUP.search(title) is not None


def reports_in(title: str, summary: str) -> list[str]:
    """The reports a round-up tells: its headline's parts after the heading ("Legal briefs: A; B; C"), then each
    sentence or semicolon-separated part of its summary. Empty when there is only one."""
    listed = title.split(":", 1)[1] if ":" in title else title
    parts = [*_HEADLINE_PARTS.split(listed), *_SENTENCE_END.split(summary)]
    reports = [part.strip() for part in parts if len(part.split()) >= LEAST_WORDS]
    return reports if len(reports) > 1 else []
