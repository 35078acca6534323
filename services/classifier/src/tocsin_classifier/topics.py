"""Crimes a report says someone exposed, not crimes anyone is charged with (`reported_subjects`, used by `findings`).

"detained two days after his newspaper published his investigation into bribes paid to officers", "over a post
alleging that a member of parliament had taken bribes", "tras publicar un reportaje sobre corrupción policial",
"après une enquête sur la corruption", "sau loạt bài phanh phui tham nhũng": the bribes and the corruption are what
the journalist or blogger wrote about. Read as the offence, they made a crime report of a reprisal (found by an
independent tester: five such cases of 51 cleared). A crime word standing at most TOPIC_REACH words (FILLERS not
counted) after a reporting cue (CUES) in the same sentence is the subject of that reporting, and is not read as a
crime, nor is one a cue right after it names as reported on (AFTER_CUES: "el caso de corrupción que investigaba").
"Arrested over alleged bribery", "une enquête pour corruption", "denunciado por fraude" name the charge: none of
"alleged", "enquête pour" or "denunciado" is a cue; nor is a crime one whose arrest stands between it and the cue
("'Me quieren callar por denunciar', dice alcalde detenido por peculado"). Company news, a sports body and violence are
read so too (`SUBJECTS`): "arrested over report on bank's quarterly earnings fraud", "posts criticising Football
Federation president", "after story about a murder cover-up by officers" are what was reported or criticised.
"""

from bisect import bisect_right
from collections.abc import Iterable

from tocsin_classifier.ties import FILLERS
from tocsin_lexicon import Hit, Signal
from tocsin_lexicon.words import Words, fold, fold_word

CRIMES = frozenset({Signal.CYBERCRIME, Signal.ORDINARY_CRIME, Signal.PRETEXT})
# ... and company news, a sports body and violence, the subject of a report as a crime is: "arrested over report on
# bank's quarterly earnings fraud", "posts criticising Football Federation president", "story about a murder cover-up"
SUBJECTS = CRIMES | {Signal.BUSINESS, Signal.CIVIL, Signal.HARM}
TOPIC_REACH = 6  # "a post alleging that a member of parliament had taken bribes": five words between, fillers aside
# Words (as phrases, folded word by word) after which the crime named is what someone reported, exposed or denounced.
CUES_WRITTEN = (
    *("investigation into", "investigations into", "investigating", "investigative report on", "exposed"),
    *("exposing", "exposé of", "exposé on", "alleging", "reporting on", "reported on", "report on", "reports on"),
    *("story on", "story about", "stories on", "stories about", "article on", "article about", "articles on"),
    *("articles about", "wrote about", "writing about", "revealed", "revealing", "revelations of", "uncovered"),
    *("uncovering", "documented", "documenting", "denounced", "denouncing", "post about", "posts about"),
    *("enquête sur", "enquêtes sur", "reportage sur", "reportages sur", "article sur", "articles sur"),
    *("révélations sur", "révélé", "dénoncé", "dénonçant", "dénoncer", "mis au jour", "sur des soupçons de"),
    *("investigación sobre", "investigaciones sobre", "reportaje sobre", "reportajes sobre", "artículo sobre"),
    *("artículos sobre", "denunciar", "denunció", "denunciaba", "denunciando", "reveló", "revelar", "destapó"),
    *("destapar", "publicar sobre", "informaciones sobre", "investigar", "denuncia sobre", "denuncias sobre"),
    *("investigaba", "investigaban", "investigó", "investigaron", "sau khi điều tra"),
    # what a whistleblower leaked: "filtró documentos sobre corrupción", "leaked documents on bribes"
    *("filtró", "filtrar", "filtrado", "leaked", "leaking", "enquêté sur", "a enquêté", "documents sur"),
    # a book or film about the crime: "tras presentar su libro sobre corrupción", "his documentary on police bribes"
    *("book on", "book about", "books on", "books about", "documentary on", "documentary about", "film about"),
    *("chapters on", "chapter on", "chapitres sur", "capítulos sobre"),
    *("livre sur", "livres sur", "documentaire sur", "libro sobre", "libros sobre", "documental sobre", "cuốn sách về"),
    # what the one named accused SOMEONE ELSE of: "contra el periodista que lo acusó de corrupción"
    *("que lo acusó de", "que la acusó de", "que lo acusaba de", "que la acusaba de", "who accused him of"),
    *("who accused her of", "qui l'accusait de", "qui l'avait accusé de", "qui l'a accusé de"),
    # what someone criticised: "posts criticising Football Federation president", "critiquant la corruption"
    *("criticising", "criticizing", "critiquant", "criticando", "chỉ trích"),
    # what a video or a post accused officials of: "des vidéos accusant des responsables locaux de corruption"
    *("video accusing", "videos accusing", "post accusing", "posts accusing", "vidéo accusant", "vidéos accusant"),
    *("publication accusant", "publications accusant", "video acusando", "videos acusando", "vídeo acusando"),
    *("vídeos acusando", "publicación acusando", "publicaciones acusando"),
    *("messages accusing", "message accusing", "group accusing"),  # S210: "a WeChat group accusing village cadres"
    # what a programme aired: "suspend la radio privée Zéphyr FM après un débat sur la corruption" (the twenty-third
    # review)
    *("debate on", "debate about", "programme on", "programme about", "show about", "débat sur", "émission sur"),
    *("debate sobre", "programa sobre", "entradas sobre", "publicaciones sobre", "posts on"),  # S71
    # what a reporter covered: "La reportera, que cubrió durante años casos de corrupción judicial" (S72)
    *("que cubrió", "que cubría", "qui a couvert", "qui couvrait"),  # (not "covered up")
    *("documentaba", "documentó", "documentan", "documentait", "documentaient"),  # S75: "que documentaba violencia"
    *("phanh phui", "loạt bài về", "bài viết về", "viết về", "phản ánh về", "tố cáo", "clip tố", "bài tố", "video tố"),
)
AFTER_CUES_WRITTEN = (
    *("que investigaba", "que investigaban", "que denunció", "que denunciaba", "que había denunciado"),
    *("he was investigating", "she was investigating", "he had exposed", "she had exposed", "he was reporting on"),
    *("she was reporting on", "qu'il enquêtait", "qu'elle enquêtait", "qu'il avait dénoncé", "qu'elle avait dénoncé"),
    *("mà anh điều tra", "mà chị điều tra", "mà ông điều tra", "mà bà điều tra"),
)
AFTER_REACH = 2  # words from the crime's end to such a cue: "el caso de corrupción que investigaba"


def _folded(cues: Iterable[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold_word(w) for w in fold(cue).replace("'", " ").split()) for cue in cues)


def _by_word(cues: frozenset[tuple[str, ...]], at: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The cues indexed by their word at `at` (0: first, -1: last): a word of the text that ends or opens no cue
    costs one dict lookup, not a slice per cue."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for cue in sorted(cues):
        index.setdefault(cue[at], []).append(cue)
    return {word: tuple(found) for word, found in index.items()}


CUES = _folded(CUES_WRITTEN)
AFTER_CUES = _folded(AFTER_CUES_WRITTEN)
_CUES_ENDING = _by_word(CUES, -1)
_AFTER_CUES_OPENING = _by_word(AFTER_CUES, 0)
_FILLERS = frozenset(fold_word(w) for w in FILLERS) | {"that", "que", "rang", "ve"}


def reported_subjects(hits: list[Hit], words: Words, starts: list[int]) -> frozenset[int]:
    """Where the crime hits start that are the subject of reporting (module docstring); `starts`: each sentence's
    first word after the headline."""
    folded = [fold_word(w) for w in words.words]
    arrests = {at for h in hits if h.signal is Signal.ARREST for at in range(h.start, h.end)}
    found = set()
    for hit in hits:
        if hit.signal not in SUBJECTS:
            continue
        n = bisect_right(starts, hit.start)
        first = starts[n - 1] if n else 0
        last = starts[n] if n < len(starts) else len(folded)
        if _cue_after(folded, hit.end, last) or _cue_before(folded, hit.start, first, arrests):
            found.add(hit.start)
    return frozenset(found)


def _cue_before(folded: list[str], start: int, first: int, arrests: set[int]) -> bool:
    counted, at = 0, start - 1
    while at >= first and counted <= TOPIC_REACH and at not in arrests:
        for cue in _CUES_ENDING.get(folded[at], ()):  # a cue ending on this word, within the sentence
            if at - len(cue) + 1 >= first and tuple(folded[at - len(cue) + 1 : at + 1]) == cue:
                return True
        counted += folded[at] not in _FILLERS
        at -= 1
    return False


def _cue_after(folded: list[str], end: int, last: int) -> bool:
    return any(
        tuple(folded[at : at + len(cue)]) == cue
        for at in range(end, min(end + AFTER_REACH, last))
        for cue in _AFTER_CUES_OPENING.get(folded[at], ())
    )
