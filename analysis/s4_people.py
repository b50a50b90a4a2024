"""Stage 4, match (people): a cleaned body and its actor spans -> `PersonMention`s with name, title and organisation.

A run of capitalised words is a person when the text says so: a position
before it ("Kepala BNPT ...", "Duta Besar ... untuk Indonesia ...", "Head of
..."), a rank or honorific ("Komjen Pol.", "H.E. Mr."), a verb of saying
after it ("... mengatakan", "... said") or before it ("kata ...", "ujar
..."), or a title in apposition ("..., Kepala CUTA"). Ranks, honorifics and
degrees are stripped from the name; the organisation is the first actor named
in the title. A later short mention ("kata Boy", "Amar said") resolves to the
full name met earlier in the same article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .s4_match import Span
from .vocabulary import Vocabulary

_TOKEN = re.compile(r"[A-Z][\w'’-]*\.?|[A-Z]\.|(?:bin|binti|al|van|de|der|da|dos|la|le)\b|\(|\)|,|[^\s\w]|\w+")


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str
    text: str  # as written
    title: str
    actor_id: str  # the person's organisation, or ""


@dataclass(frozen=True)
class _Lexicon:
    title_heads: re.Pattern
    ranks: frozenset[str]
    degrees: frozenset[str]
    after: frozenset[str]
    before: re.Pattern
    not_names: frozenset[str]
    title_words: frozenset[str]
    run: re.Pattern


def _words(items) -> frozenset[str]:
    return frozenset(str(i).casefold().rstrip(".") for i in items)


_CACHE: dict[str, _Lexicon] = {}


def lexicon_for(vocabulary: Vocabulary) -> _Lexicon:
    cached = _CACHE.get(vocabulary.fingerprint)
    if cached:
        return cached
    lex = vocabulary.lexicon
    heads = sorted((str(h) for h in lex.get("person_title_heads", ())), key=len, reverse=True)
    before = sorted((str(h) for h in lex.get("speech_verbs_before_name", ())), key=len, reverse=True)
    # A name token: a capitalised word, an initial ("R.", "Y."), or a particle inside Arabic/Dutch names.
    name_token = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*|[A-Z]\.|[A-Z]{2,3}\b|(?:bin|binti|al|Al|van|de|der|El|The)\b)"
    run = re.compile(rf"{name_token}(?:\s+{name_token}){{1,5}}")
    built = _Lexicon(
        title_heads=re.compile(r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")\b"),
        ranks=_words(lex.get("person_ranks", ())),
        degrees=_words(lex.get("person_degrees", ())),
        after=_words(lex.get("speech_verbs_after_name", ())),
        before=re.compile(r"\b(?:" + "|".join(re.escape(b) for b in before) + r")\s*$", re.I),
        not_names=_words(lex.get("not_name_words", ())),
        title_words=_words(lex.get("title_words", ())),
        run=run,
    )
    _CACHE[vocabulary.fingerprint] = built
    return built


def find_people(body: str, actor_spans: list[Span], vocabulary: Vocabulary,
                other_spans: list[Span] = ()) -> list[PersonMention]:
    """Every person mention in the body, short mentions resolved to the full name met earlier."""
    lex = lexicon_for(vocabulary)
    blocked = sorted((s.start, s.end) for s in list(actor_spans) + list(other_spans))
    people: list[PersonMention] = []
    full_names: list[str] = []
    for match in lex.run.finditer(body):
        for start, end in _split_on_blocked(match.start(), match.end(), blocked):
            person = _person_in(body, start, end, lex, actor_spans)
            if person:
                people.append(person)
                full_names.append(person.name)
    people += _short_mentions(body, people, lex, blocked)
    return sorted(people, key=lambda p: (p.start, p.end))


def _split_on_blocked(start: int, end: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of a capitalised run that are not an actor or programme mention."""
    parts = [(start, end)]
    for b_start, b_end in blocked:
        if b_end <= start or b_start >= end:
            continue
        new = []
        for p_start, p_end in parts:
            if b_end <= p_start or b_start >= p_end:
                new.append((p_start, p_end))
                continue
            if b_start > p_start:
                new.append((p_start, b_start))
            if b_end < p_end:
                new.append((b_end, p_end))
        parts = new
    return parts


def _tokens(body: str, start: int, end: int) -> list[re.Match]:
    return list(re.finditer(r"\S+", body[start:end]))


def _person_in(body: str, start: int, end: int, lex: _Lexicon, actor_spans: list[Span]) -> PersonMention | None:
    words = [(start + m.start(), start + m.end(), m.group(0)) for m in _tokens(body, start, end)]
    had_rank = False
    # strip leading titles, ranks and non-name words; trailing degrees and non-name words
    while words and _key(words[0][2]) in lex.ranks | lex.not_names | lex.title_words:
        had_rank |= _key(words[0][2]) in lex.ranks
        words.pop(0)
    while words and (_key(words[-1][2]) in lex.degrees | lex.not_names | lex.title_words or words[-1][2][0].islower()):
        words.pop()
    while words and words[0][2][0].islower():
        words.pop(0)
    if len(words) < 2 or len(words) > 5:
        return None
    if sum(len(w[2].rstrip(".")) > 1 for w in words) < 2:
        return None  # initials only
    if any(_key(w[2]) in lex.not_names for w in words):
        return None
    name_start, name_end = words[0][0], words[-1][1]
    before_start = max(0, name_start - 120)
    before = body[before_start:name_start]
    after = body[name_end:name_end + 60]
    title, title_start = _title_before(before, lex)
    title_start += before_start
    evidence = had_rank or bool(title) or _rank_just_before(before, lex)
    next_word = re.match(r"[\s,]*(\w+)", after)
    if next_word and next_word.group(1).casefold() in lex.after:
        evidence = True
    if lex.before.search(before.rstrip(" ,")):
        evidence = True
    apposition = re.match(r",\s*((?:[A-Z][\w.]*\s*)+)", after)
    if not title and apposition and lex.title_heads.match(apposition.group(1)):
        evidence = True
        title = apposition.group(1).strip(" ,")
        title_start = name_end + apposition.start(1)
    if not evidence:
        return None
    name = " ".join(w[2] for w in words).rstrip(",")
    organisation = ""
    if title:
        # the title text was tidied (ranks, brackets removed), so look in the raw stretch it came from
        stretch_end = name_start if title_start < name_start else title_start + len(title) + 20
        inside = [s for s in actor_spans if title_start <= s.start and s.end <= stretch_end]
        if inside:
            organisation = inside[0].entry_id
    return PersonMention(name_start, name_end, name, body[name_start:name_end], title, organisation)


def _key(word: str) -> str:
    return word.strip(",;:()").casefold().rstrip(".")


def _rank_just_before(before: str, lex: _Lexicon) -> bool:
    tail = re.findall(r"[\w.']+", before[-40:])
    return bool(tail) and _key(tail[-1]) in lex.ranks


def _title_before(before: str, lex: _Lexicon) -> tuple[str, int]:
    """The position phrase ending right before a name: from its head word, ranks removed."""
    clause = re.split(r"[.;:!?\"“”]\s|\n", before)[-1]
    offset = len(before) - len(clause)
    heads = list(lex.title_heads.finditer(clause))
    if not heads:
        return "", 0
    head = heads[0]
    for candidate in heads:
        # the nearest head that still leads up to the name without a sentence break
        between = clause[candidate.start():]
        if len(between) <= 100:
            head = candidate
            break
    phrase = clause[head.start():]
    words = phrase.split()
    while words and _key(words[-1]) in lex.ranks:
        words.pop()
    phrase = " ".join(words).strip(" ,")
    phrase = re.sub(r"\s*\([^)]*\)", "", phrase).strip(" ,")
    return phrase, offset + head.start()


def _short_mentions(body: str, people: list[PersonMention], lex: _Lexicon,
                    blocked: list[tuple[int, int]]) -> list[PersonMention]:
    """Single-word mentions ("kata Boy", "Amar said") of a person named in full earlier in the article."""
    if not people:
        return []
    by_token: dict[str, PersonMention] = {}
    for person in people:
        for token in person.name.split():
            if len(token) > 2 and not token.endswith("."):
                by_token.setdefault(token, person)
    taken = [(p.start, p.end) for p in people] + blocked
    found = []
    for match in re.finditer(r"\b[A-Z][a-zà-ÿ'’]+\b", body):
        person = by_token.get(match.group(0))
        if not person or match.start() < person.start:
            continue
        if any(s <= match.start() < e for s, e in taken):
            continue
        found.append(PersonMention(match.start(), match.end(), person.name, match.group(0), person.title, person.actor_id))
    return found
