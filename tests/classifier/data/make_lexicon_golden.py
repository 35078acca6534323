"""Write lexicon_golden.json.gz: phrase tables frozen as they stood, texts, and the hits `Lexicon.find` gave.

Run from the repository root: `uv run python -m tests.classifier.data.make_lexicon_golden`. The texts are the dev
set (title and summary, in its language and in "und"), the benchmark's templates, every string in the classifier
tests, and a few thousand synthetic texts drawn with a fixed seed from the tables' own words: accented and
unaccented spellings, capitals, prefixes with endings, gaps of every width, punctuation, digits, non-Latin words
and odd Unicode. The hits are the reference matcher's (tests/classifier/reference_matcher.py). The file was first
written by the trie matcher that `Lexicon` replaced, which the reference agreed with on every text; it was written
again (2026-11-29, tables and texts of that day) when phrases written with a gap stopped hiding shorter ones.
"""

import ast
import gzip
import json
import random
import unicodedata
from pathlib import Path

from tests.classifier.reference_matcher import ReferenceLexicon
from tocsin_lexicon import Table, en, es, fr, legal, vi

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).with_name("lexicon_golden.json.gz")
TABLES: dict[str, Table] = {"legal": legal.TABLE, "en": en.TABLE, "vi": vi.TABLE, "fr": fr.TABLE, "es": es.TABLE}
LANGUAGES = ("en", "vi", "fr", "es")

FILLERS = " ".join(
    (
        "the a of to in on and was his her their two police said on Monday at dawn it is not",
        "của và đã được tại một người này ông bà anh chị năm ngày theo về",
        "le la les de des du un une et à au sur pour par avec été",
        "el la los las de del un una y en por con fue según ayer",
    )
).split(" ")
EXOTIC = (  # non-Latin words, ligatures, compatibility forms, combining marks, underscores
    *("中文", "Москва", "журналист", "ß", "Straße", "ﬁle", "İstanbul", "x²", "™", "℅", "㎏", "đ", "Đảng", "Ⅻ", "ǅ"),
    *("ﬀ", "ℌ", "①", "½", "١٢٣", "_", "a_b", "__init__", "ʼn", "ŉ", "ǰ", "ẞ", "ΣΟΦΙΑ", "σοφια", "ﬆ", "Ǆ", "ǈ"),
    *("e\u0301t\u0301e\u0301", "x\u0302y", "Ä\u0308", "co\u0302ng an"),
)
SEPARATORS = (" ",) * 8 + (
    ", ",
    ". ",
    " - ",
    "—",
    " « ",
    " » ",
    "’",
    "'",
    "\n",
    "\u00a0",
    " (",
    ") ",
    ": ",
    "…",
    "/",
    "_",
)
ENDINGS = ("", "", "s", "es", "ed", "ing", "ó", "és", "ción", "ữ", "é", "ers")
ACCENTS = {"a": "àáâãạăắ", "e": "èéêẹế", "i": "ìíîị", "o": "òóôõọơờ", "u": "ùúûụưứ", "y": "ýỳỹ", "d": "đ", "n": "ñ"}


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def variant(rng: random.Random, word: str) -> str:
    """The word as some writer might type it."""
    roll = rng.random()
    if roll < 0.25:
        word = fold(word)
    elif roll < 0.32:
        word = "".join(rng.choice(ACCENTS[c]) if c in ACCENTS and rng.random() < 0.5 else c for c in word)
    roll = rng.random()
    if roll < 0.12:
        return word.upper()
    if roll < 0.3:
        return word.capitalize()
    if roll < 0.33:
        return word.lower()
    return word


def render(rng: random.Random, phrase: str) -> str:
    """A phrase as it might read: its words varied, prefixes given endings, gaps filled with 0 to 7 words."""
    parts = []
    for n, part in enumerate(phrase.split("…")):
        if n:
            parts.append(" ".join(rng.choice(FILLERS) for _ in range(rng.choice((0, 1, 2, 4, 5, 5, 6, 7)))))
        words = []
        for word in part.split():
            if word.endswith("*"):
                word = word[:-1] + rng.choice(ENDINGS)
            words.append(variant(rng, word) if rng.random() < 0.6 else word)
        parts.append(" ".join(words))
    return " ".join(p for p in parts if p)


def synthetic(rng: random.Random, phrases: list[str], words: list[str]) -> str:
    chunks: list[str] = []
    for _ in range(rng.randint(1, 9)):
        roll = rng.random()
        if roll < 0.45:
            chunks.append(render(rng, rng.choice(phrases)))
        elif roll < 0.75:
            chunks.append(" ".join(rng.choice(FILLERS) for _ in range(rng.randint(1, 5))))
        elif roll < 0.88:
            chunks.append(variant(rng, rng.choice(words)))
        elif roll < 0.93:
            chunks.append(str(rng.randint(0, 400)))
        else:
            chunks.append(rng.choice(EXOTIC))
    if len(chunks) > 1 and rng.random() < 0.2:
        chunks.insert(rng.randrange(len(chunks)), rng.choice(chunks))
    text = chunks[0]
    for chunk in chunks[1:]:
        text += rng.choice(SEPARATORS) + chunk
    return text


def test_strings() -> list[str]:
    found: list[str] = []
    for path in sorted((ROOT / "tests" / "classifier").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
                found.append(node.value)
    return list(dict.fromkeys(found))


def bench_texts() -> list[tuple[str, str]]:
    source = (ROOT / "bench" / "bench_classifier.py").read_text(encoding="utf-8")
    start = source.index("TEMPLATES = [")
    templates = ast.literal_eval(source[source.index("[", start) : source.index("\n]\n", start) + 2])
    return [(lang, f"{title.format(n=n)}\n{summary}") for n in (0, 7, 123) for lang, title, summary, _ in templates]


def dev_texts() -> list[tuple[str, str]]:
    out = []
    for line in (ROOT / "services" / "classifier" / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        data = row["event"]["data"]
        text = "\n".join(str(data[key]) for key in ("title", "summary") if data.get(key))
        if text:
            out.append((row["language"], text))
    return out


def cases() -> list[tuple[str, str]]:
    rng = random.Random(20260117)
    out: list[tuple[str, str]] = []
    for lang, text in dev_texts():
        out += [(lang, text), ("und", text)]
    out += bench_texts()
    for text in test_strings():
        out += [("und", text), ("en", text)]
    out += [(lang, text) for lang in ("en", "und") for text in ("", " ", "中文", "—", "_", "a " * 300)]
    for n in range(3600):
        lang = LANGUAGES[n % 4]
        pool = [p for name in ("legal", "en", lang) for phrases in TABLES[name].values() for p in phrases]
        words = [w.rstrip("*") for p in pool for w in p.replace("…", " ").split()]
        text = synthetic(rng, pool, words)
        out.append((lang, text))
        if n % 3 == 0:
            out.append(("und", text))
    return out


def lexicons() -> dict[str, ReferenceLexicon]:
    """What `lexicon_for` puts together, matched by the plain reading of the rules."""
    out = {lang: ReferenceLexicon([TABLES[n] for n in dict.fromkeys(("legal", "en", lang))]) for lang in LANGUAGES}
    out["und"] = ReferenceLexicon([TABLES[name] for name in ("legal", "en", "vi", "fr", "es")])
    return out


def main() -> None:
    chosen = lexicons()
    rows = [[lang, text, [[h.signal.value, *h[1:]] for h in chosen[lang].find(text)]] for lang, text in cases()]
    tables = {name: {s.value: list(p) for s, p in table.items()} for name, table in TABLES.items()}
    payload = json.dumps({"tables": tables, "cases": rows}, ensure_ascii=False, separators=(",", ":"))
    OUT.write_bytes(gzip.compress(payload.encode("utf-8"), mtime=0))
    print(f"{len(rows)} cases, {sum(len(r[2]) for r in rows)} hits, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
