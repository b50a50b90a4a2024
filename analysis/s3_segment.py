"""Stage 3, segment: a cleaned body -> `Sentence` spans (id, start, end) that cover it, never crossing a paragraph.

A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or
brackets) followed by white space and a capital, digit or opening quote,
unless the word before the stop is an abbreviation from the lexicon (titles
and ranks such as "Dr.", "Brigjen.", "Pol.", "H.E.", "No.") or a single
initial ("R. Ahmad"). Paragraph breaks always end a sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .vocabulary import Vocabulary

_CANDIDATE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Ý])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    sentence_id: int  # 0-based position in the article
    start: int
    end: int


@lru_cache(maxsize=4)
def _abbreviations(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.casefold().rstrip(".") for w in words)


def abbreviations(vocabulary: Vocabulary) -> frozenset[str]:
    return _abbreviations(tuple(vocabulary.lexicon.get("abbreviations", ())))


def split_sentences(body: str, abbreviations: frozenset[str] = frozenset()) -> list[Sentence]:
    """Sentence spans over `body`, in order, with surrounding white space excluded."""
    spans: list[Sentence] = []
    position = 0
    for paragraph in body.split("\n"):
        para_start = position
        position += len(paragraph) + 1
        start = 0
        for match in _CANDIDATE_END.finditer(paragraph):
            stop = match.start()
            if paragraph[stop] == "." and _abbreviation_before(paragraph, start, stop, abbreviations):
                continue
            _append(spans, paragraph, para_start, start, match.end())
            start = match.end()
        _append(spans, paragraph, para_start, start, len(paragraph))
    return spans


def ends_a_sentence(text: str, abbreviations: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence ends inside `text` (a stop before a capitalised word that no abbreviation explains:
    "kata Budi Santoso. Delegasi ..." ends one, "Irjen. Pol. (Purn.) Budi" does not)."""
    return any(text[m.start()] != "." or not _abbreviation_before(text, 0, m.start(), abbreviations)
               for m in _CANDIDATE_END.finditer(text))


def _abbreviation_before(text: str, start: int, stop: int, abbreviations: frozenset[str]) -> bool:
    """`_is_abbreviation(text[start:stop], ...)` without copying the sentence and without trying the
    pattern at every one of its positions: the word before a stop is searched for in its last characters
    first, and in the whole stretch only when it fills them all."""
    low = max(start, stop - 48)
    match = _WORD_BEFORE.search(text, low, stop)
    if match and match.start() == low and low > start:
        match = _WORD_BEFORE.search(text, start, stop)
    return _is_word_abbreviation(match.group(1), abbreviations) if match else False


def _is_abbreviation(before: str, abbreviations: frozenset[str]) -> bool:
    match = _WORD_BEFORE.search(before)
    if not match:
        return False
    return _is_word_abbreviation(match.group(1), abbreviations)


def _is_word_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    last = word.split(".")[-1] if "." in word else word
    if len(last) == 1 and last.isalpha() and last.isupper():
        return True  # an initial: "R. Ahmad Nurwakhid", "Sung Y. Kim"
    return word.casefold().rstrip(".") in abbreviations or last.casefold() in abbreviations


def _append(spans: list[Sentence], paragraph: str, offset: int, start: int, end: int) -> None:
    text = paragraph[start:end]
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    if right > left:
        spans.append(Sentence(len(spans), offset + start + left, offset + start + right))


def sentence_of(spans: list[Sentence], starts: list[int], offset: int) -> int:
    """The id of the sentence containing a character offset (`starts` = the sentences' start offsets)."""
    index = bisect_right(starts, offset) - 1
    return spans[max(index, 0)].sentence_id


SUBHEADING_MAX_WORDS = 8


def in_a_subheading(body: str, offset: int) -> bool:
    """Whether `offset` lies on a short line without a closing full stop: a heading inside the story."""
    line_start = body.rfind("\n", 0, offset) + 1
    line_end = body.find("\n", offset)
    line = body[line_start:line_end if line_end != -1 else len(body)].strip()
    if line_start == 0 and line_end == -1:
        return False  # a one-line text is no story with sections
    words = line.split()
    return not line.endswith((".", "!", "?", '"', "”", ")")) and len(words) <= SUBHEADING_MAX_WORDS and \
        sum(w[:1].isupper() for w in words) * 5 >= len(words) * 3  # mostly capitalised, like a title


QUOTE_MARKS = ('"', "“", "”")


def in_a_quotation(text: str, at: int) -> bool:
    """Whether a position lies inside a quotation of its paragraph ("Today a teenager can be radicalised ...,"
    Teguh said): what a speaker says is their present and their anecdote, not the reporter's account."""
    paragraph = text.rfind("\n", 0, at) + 1
    return sum(text.count(mark, paragraph, at) for mark in QUOTE_MARKS) % 2 == 1
