"""Text normalisation for the database backend, the same for what is stored and what is asked.

The engine analyses text with Lucene filters; the database backend cannot, so
it stores in ``SearchEntry.terms`` words already normalised here: folded
(lower case, accents removed, French elisions and English possessives
dropped) and lightly stemmed (plural, feminine and -ing/-ed endings), so that
"Musées", "musee" and "MUSÉE" meet, as do "réseaux sociaux" and "réseau
social". Queries go through the very same functions, then widen each word
with its synonyms (search/synonyms.txt, as the engine reads it) and, in the
backend, with its near spellings in the stored vocabulary.

Nothing here touches the database: these are pure functions of text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .analysis import SYNONYMS_FILE, load_synonyms

# Separates the title, body and accepted-answer words inside ``terms``; no word contains "|".
PART_SEPARATOR = " | "
SNIPPET_LENGTH = 180
# How far before the first match a snippet starts, so the match has some context.
SNIPPET_LEAD = 50

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_APOSTROPHE = re.compile(r"['’]")
# The articles the engine's French elision filter removes ("l'équipe" is "equipe").
_ELISIONS = frozenset(
    {"l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"}
)
# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "ı": "i"}
)
_FEMININE_ENDINGS = (
    ("trice", "teu"),
    ("teur", "teu"),
    ("euse", "eu"),
    ("eur", "eu"),
    ("elle", "el"),
    ("enne", "en"),
    ("ere", "er"),
    ("ive", "if"),
)
# The combining accents of Latin, Greek and Cyrillic letters, once decomposed.
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_DOUBLED = ("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")


def fold(text: str) -> str:
    """Lower case without accents: "Musées" → "musees", "Œuvre" → "oeuvre"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return _COMBINING.sub("", decomposed).translate(_UNDECOMPOSED)


def _pieces(token: str) -> list[str]:
    """A word with apostrophes split, French elided articles and English possessives left out."""
    pieces = _APOSTROPHE.split(token)
    if len(pieces) > 1 and pieces[0] in _ELISIONS:
        pieces = pieces[1:]
    if len(pieces) > 1 and pieces[-1] == "s":
        pieces = pieces[:-1]
    return pieces


def _tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, folded word) for each word of ``text`` (NFC), to find where words stand.

    Gives the words of ``words(text)``, one token at a time.
    """
    for match in _WORD.finditer(text):
        position = match.start()
        spans = []
        for piece in _APOSTROPHE.split(match.group()):
            spans.append((position, position + len(piece), fold(piece)))
            position += len(piece) + 1
        if len(spans) > 1 and spans[0][2] in _ELISIONS:
            spans = spans[1:]
        if len(spans) > 1 and spans[-1][2] == "s":
            spans = spans[:-1]
        for start, end, folded in spans:
            for word in _WORD.findall(folded):
                yield start, end, word


def words(text: str) -> list[str]:
    """The folded words of ``text``: "L'équipe des Musées" → ["equipe", "des", "musees"]."""
    found = []
    for token in _WORD.findall(fold(unicodedata.normalize("NFC", text))):
        if "'" in token or "’" in token:
            found.extend(_pieces(token))
        else:
            found.append(token)
    return found


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """The light stem of one folded word (see ``_stem``), remembered."""
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) > 200_000:
            _STEMS.clear()
        found = _STEMS[word] = _stem(word)
    return found


def _stem(word: str) -> str:
    """A light French and English stem of one folded word, the same whatever its language.

    Plural, feminine and -ing/-ed endings go ("réseaux" and "réseau", "animatrice"
    and "animateur", "tweeting" and "tweets" meet). Over-stemming is harmless
    as long as stored words and queries go through the same function.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("aux") and not word.endswith("eaux"):
        word = word[:-2] + "l"
    elif word.endswith("ux") or (word.endswith("s") and not word.endswith("ss")):
        word = word[:-1]
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            if word.endswith(_DOUBLED):
                word = word[:-1]
            break
    for ending, replacement in _FEMININE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            word = word[: -len(ending)] + replacement
            break
    if len(word.rstrip("e")) >= 3:
        word = word.rstrip("e")
    if word.endswith("y") and len(word) > 3:
        word = word[:-1] + "i"
    return word


def stems(text: str) -> list[str]:
    return list(map(stem, words(text)))


def index_terms(title: str, body: str = "", accepted_answer: str = "") -> str:
    """What ``SearchEntry.terms`` holds: the stems of title, body and answer, in that order."""
    return PART_SEPARATOR.join(
        " ".join(stems(part or "")) for part in (title, body, accepted_answer)
    )


def allowed_edits(word: str) -> int:
    """Typo tolerance by length, as the engine's fuzziness "AUTO:4,8"."""
    if len(word) < 4:
        return 0
    return 1 if len(word) < 8 else 2


def within_edits(first: str, second: str, limit: int) -> bool:
    """Whether the optimal-string-alignment distance (a swap of two letters is one edit) ≤ limit."""
    if abs(len(first) - len(second)) > limit:
        return False
    if len(set(first) ^ set(second)) > 2 * limit:
        return False
    before: list[int] = []
    previous = list(range(len(second) + 1))
    for i, char in enumerate(first, start=1):
        current = [i] + [0] * len(second)
        for j, other in enumerate(second, start=1):
            cost = char != other
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char == second[j - 2] and first[i - 2] == other:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return False
        before, previous = previous, current
    return previous[-1] <= limit


def near_spellings(word: str, vocabulary: Iterable[str]) -> list[str]:
    """Words of ``vocabulary`` within the allowed edits of ``word``, sharing its first letter."""
    limit = allowed_edits(word)
    if not limit or not word.isalpha():
        return []
    return [
        candidate
        for candidate in vocabulary
        if candidate != word and candidate[:1] == word[:1] and within_edits(word, candidate, limit)
    ]


Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Synonyms:
    """Each known phrase (as stems) → the phrases a query may match instead, itself included."""

    equivalents: dict[Phrase, frozenset[Phrase]] = field(default_factory=dict)

    @classmethod
    def from_rules(cls, rules: Iterable[str]) -> Synonyms:
        """Solr rules: "a, b, c" makes them equivalent; "a, b => c" turns a or b into c."""
        equivalents: dict[Phrase, set[Phrase]] = {}
        for rule in rules:
            sources, arrow, targets = rule.partition("=>")
            left = [
                phrase for phrase in (tuple(stems(item)) for item in sources.split(",")) if phrase
            ]
            right = [
                phrase for phrase in (tuple(stems(item)) for item in targets.split(",")) if phrase
            ]
            replacements = right if arrow else left
            for phrase in left:
                equivalents.setdefault(phrase, set()).update(replacements)
        return cls({phrase: frozenset(found) for phrase, found in equivalents.items()})

    @property
    def longest(self) -> int:
        return max((len(phrase) for phrase in self.equivalents), default=0)


@lru_cache(maxsize=4)
def _synonyms_of(path: Path, modified: float) -> Synonyms:
    return Synonyms.from_rules(load_synonyms(path))


def synonyms(path: Path = SYNONYMS_FILE) -> Synonyms:
    """The editors' synonyms file, read again whenever it changes."""
    return _synonyms_of(path, path.stat().st_mtime)


@dataclass(frozen=True)
class Unit:
    """One thing a match must contain: any of ``phrases`` (a query word, or a known phrase).

    ``typed`` is the stem of a one-word unit, the word that typo tolerance widens.
    """

    phrases: frozenset[Phrase]
    typed: str = ""

    def widened(self, spellings: Iterable[str]) -> Unit:
        return replace(self, phrases=self.phrases | {(word,) for word in spellings})


def query_units(text: str, known: Synonyms | None = None) -> list[Unit]:
    """Splits a query into units, the longest phrase the synonyms know taken first."""
    known = known if known is not None else synonyms()
    query = stems(text)
    units = []
    position = 0
    while position < len(query):
        for length in range(min(known.longest, len(query) - position), 0, -1):
            phrase = tuple(query[position : position + length])
            if phrase in known.equivalents:
                typed = phrase[0] if length == 1 else ""
                units.append(Unit(known.equivalents[phrase], typed))
                position += length
                break
        else:
            word = query[position]
            units.append(Unit(frozenset({(word,)}), word))
            position += 1
    return units


def all_phrases(units: Iterable[Unit]) -> frozenset[Phrase]:
    return frozenset(phrase for unit in units for phrase in unit.phrases)


def matched_spans(
    text: str, phrases: Iterable[Phrase], *, reach: int | None = None
) -> list[tuple[int, int]]:
    """Where the phrases occur in ``text`` (NFC), word by word, in order.

    With ``reach``, reading stops that many characters after the first
    match: a snippet needs no more, and bodies can be long.
    """
    by_last: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        by_last.setdefault(phrase[-1], []).append(phrase)
    tokens: list[tuple[int, int, str]] = []
    marked: set[int] = set()
    end = None
    for start, stop, word in _tokens(text):
        if end is not None and start > end:
            break
        tokens.append((start, stop, stem(word)))
        last = len(tokens) - 1
        for phrase in by_last.get(tokens[last][2], ()):
            first = last - len(phrase) + 1
            if first >= 0 and tuple(token[2] for token in tokens[first:]) == phrase:
                marked.update(range(first, last + 1))
                if end is None and reach is not None:
                    end = tokens[first][0] + reach
    return [(tokens[index][0], tokens[index][1]) for index in sorted(marked)]


def _passage(text: str, spans: Sequence[tuple[int, int]], length: int) -> SafeString:
    start = 0
    if spans:
        start = max(0, spans[0][0] - SNIPPET_LEAD)
        if start:
            # Start on a word boundary, never cutting the match itself.
            space = text.find(" ", start, spans[0][0])
            start = space + 1 if space != -1 else spans[0][0]
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        inside_a_mark = any(first < end <= last for first, last in spans)
        if space > start and not inside_a_mark:
            end = space
        if inside_a_mark:
            end = next(last for first, last in spans if first < end <= last)
    pieces = []
    cursor = start
    for first, last in spans:
        if first < start or last > end:
            continue
        pieces.append(escape(text[cursor:first]))
        pieces.append(f"<mark>{escape(text[first:last])}</mark>")
        cursor = last
    pieces.append(escape(text[cursor:end]))
    html = " ".join("".join(pieces).split())
    # Adjacent words of one phrase read as one highlight, as the engine shows them.
    return mark_safe(html.replace("</mark> <mark>", " "))  # noqa: S308  (every piece escaped above)


def snippet(
    *, title: str, body: str, accepted_answer: str = "", phrases: Iterable[Phrase]
) -> SafeString:
    """An escaped passage around the first match, matched words in <mark>.

    As the engine's highlighter: a marked passage of the accepted answer or the
    body; the start of the body when only the title matched; the marked title
    when there is no body at all.
    """
    phrases = list(phrases)
    texts = [unicodedata.normalize("NFC", text or "") for text in (accepted_answer, body, title)]
    answer, body, title = texts
    for text in (answer, body):
        spans = matched_spans(text, phrases, reach=SNIPPET_LENGTH) if phrases else []
        if spans:
            return _passage(text, spans, SNIPPET_LENGTH)
    if body.strip():
        return _passage(body, [], SNIPPET_LENGTH)
    spans = matched_spans(title, phrases) if phrases else []
    return _passage(title, spans, SNIPPET_LENGTH) if spans else mark_safe("")
