"""Stage 4, match (people): a cleaned body and its actor spans -> `PersonMention`s with name, title and organisation.

A run of capitalised words is a person when the text says so: a position
before it ("Kepala BNPT ...", "Duta Besar ... untuk Indonesia ...", "Head of
..."), a rank or honorific ("Komjen Pol.", "H.E. Mr."), a verb of saying
after it ("... mengatakan", "... said") or before it ("kata ...", "ujar
..."), a title in apposition ("..., Kepala CUTA"), or a later short mention
that is quoted ("kata Bedot"). Ranks, honorifics and degrees are stripped
from the name; the organisation is the first actor named in the title.
Short and partial mentions ("kata Boy", "Amar said", "Boy Rafli") resolve to
the full name met in the same article.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from .s4_match import Span, SpanIndex
from .vocabulary import Vocabulary, compiled_for, fold

# A name word: a capitalised word, an initial ("R."), a short all-capital
# suffix ("AW"), or a particle of Arabic, Dutch or Vietnamese names.
_NAME_TOKEN = (r"(?:\b[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*|\b[A-Z]\.|\b[A-Z]{2,3}\b"
               r"|\b(?:bin|binti|al|Al|van|de|der|El|The)\b)")
_PARTICLES = frozenset({"bin", "binti", "al", "van", "de", "der", "el", "the", "da", "dos", "la", "le"})
_RUN = re.compile(rf"{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,12}}")
_TOKEN = re.compile(_NAME_TOKEN)
_SHORT = re.compile(r"\b[A-Z][a-zà-ÿ'’]+\b")
_CLAUSE_BREAK = re.compile(r"[.;!?\"“”]\s|\n")
_WORD_DOT = re.compile(r"[\w']+\.")

MAX_NAME_WORDS = 5
MAX_TITLE_WORDS = 12
_LONGEST_NAME = 300  # characters: no actor or programme name is longer, so older spans cannot reach a run
TITLE_WINDOW = 120  # characters before a name searched for its title


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
    heads: frozenset[str]  # one-word title heads ("Presiden", "Menteri")
    degrees: frozenset[str]
    after: frozenset[str]
    before: re.Pattern
    not_names: frozenset[str]
    title_words: frozenset[str]
    leading: frozenset[str] = frozenset()  # words stripped from the front of a run
    trailing: frozenset[str] = frozenset()  # words stripped from its end
    marks: frozenset[str] = frozenset()  # ranks and titles: a name begins after the last one
    title_organisations: tuple[tuple[tuple[str, ...], str], ...] = ()  # ("menteri",) -> "Kementerian"
    actor_forms: dict[str, tuple[str, str]] | None = None  # the vocabulary's folded forms -> (kind, id)


def _words(items) -> frozenset[str]:
    return frozenset(str(i).casefold().rstrip(".") for i in items)


def _alternation(items) -> str:
    return "|".join(re.escape(str(i)) for i in sorted(items, key=len, reverse=True))


def lexicon_for(vocabulary: Vocabulary) -> _Lexicon:
    """The people cue lists of a vocabulary, compiled once per fingerprint."""
    return compiled_for(vocabulary, _compile)


def _compile(vocabulary: Vocabulary) -> _Lexicon:
    lex = vocabulary.lexicon
    basic = _Lexicon(
        # titles are often written in lower case in running Indonesian text ("kata kepala BNPT")
        title_heads=re.compile(rf"\b(?:{_alternation(lex.get('person_title_heads', ()))})\b", re.I),
        # every word of a multi-word rank is a rank word ("Komisaris Jenderal Polisi"), unless it
        # also belongs to a title ("Besar" of "Komisaris Besar" is also "Besar" of "Duta Besar")
        ranks=_words(lex.get("person_ranks", ()))
        | (_words(w for rank in lex.get("person_ranks", ()) for w in str(rank).split())
           - _words(w for head in lex.get("person_title_heads", ()) for w in str(head).split())),
        heads=_words(h for h in lex.get("person_title_heads", ()) if " " not in str(h)),
        degrees=_words(lex.get("person_degrees", ())),
        after=_words(lex.get("speech_verbs_after_name", ())),
        before=re.compile(rf"\b(?:{_alternation(lex.get('speech_verbs_before_name', ()))})\s*$", re.I),
        not_names=_words(lex.get("not_name_words", ())),
        title_words=_words(lex.get("title_words", ())),
    )
    return replace(
        basic, leading=basic.ranks | basic.not_names | basic.title_words | basic.heads,
        trailing=basic.degrees | basic.not_names | basic.title_words | basic.ranks,
        marks=basic.ranks | basic.heads,
        title_organisations=tuple(sorted(((tuple(str(e["title"]).casefold().split()), str(e["organisation"]))
                                          for e in lex.get("title_organisations", ())), key=lambda e: -len(e[0]))),
        actor_forms=vocabulary.forms)


def find_people(body: str, actor_spans: list[Span], vocabulary: Vocabulary,
                other_spans: list[Span] = ()) -> list[PersonMention]:
    """Every person mention in the body, short and partial mentions resolved to the full name."""
    lex = lexicon_for(vocabulary)
    blocked = sorted((s.start, s.end) for s in [*actor_spans, *other_spans])
    actors = SpanIndex(actor_spans)
    people: list[PersonMention] = []
    pending: list[PersonMention] = []  # name-shaped runs still waiting for evidence
    for match in _RUN.finditer(body):
        for start, end in _split_on_blocked(match.start(), match.end(), blocked):
            candidate, evident = _candidate(body, start, end, lex, actors)
            if candidate:
                (people if evident else pending).append(candidate)
    # a run without evidence is a person if a later short mention of it is quoted ("kata Bedot")
    if pending:
        positions: dict[str, list[int]] = {}
        for match in _SHORT.finditer(body):
            positions.setdefault(match.group(0), []).append(match.start())
        for candidate in pending:
            if any(_quoted_short_mention(body, token, candidate.end, lex, positions) for token in candidate.name.split()[-2:]):
                people.append(candidate)
    people = _merge_partial_names(sorted(people, key=lambda p: (p.start, p.end)))
    people += _short_mentions(body, people, blocked)
    return sorted(people, key=lambda p: (p.start, p.end))


def _split_on_blocked(start: int, end: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of a capitalised run that are not an actor or programme mention (`blocked` sorted by start)."""
    parts = [(start, end)]
    # only spans starting before the run's end can cut it; names are short, so look back a bounded way
    for b_start, b_end in blocked[max(0, bisect_left(blocked, (start - _LONGEST_NAME, 0))):bisect_left(blocked, (end, 0))]:
        if b_end <= start:
            continue
        parts = [piece for p_start, p_end in parts
                 for piece in ((p_start, min(p_end, b_start)), (max(p_start, b_end), p_end))
                 if piece[1] > piece[0]]
    return parts


def _key(word: str) -> str:
    return word.strip(",;:()").casefold().rstrip(".").replace("-", " ")


def _candidate(body: str, start: int, end: int, lex: _Lexicon,
               actors: SpanIndex) -> tuple[PersonMention | None, bool]:
    """The name inside a capitalised run (ranks, titles, degrees stripped) and whether the text marks it as a person."""
    words = [(start + m.start(), start + m.end(), m.group(0)) for m in _TOKEN.finditer(body[start:end])]
    had_rank = False
    # a name begins after the last rank or title word of its run ("Wakil Menteri ... Letnan Jenderal Pham ...")
    marks = [i for i, w in enumerate(words[:-1]) if _key(w[2]) in lex.marks]
    if marks:
        had_rank = any(_key(words[i][2]) in lex.ranks for i in marks)
        words = words[marks[-1] + 1:]
    while words and _key(words[0][2]) in lex.leading:
        had_rank |= _key(words[0][2]) in lex.ranks
        words.pop(0)
    while words and (_key(words[-1][2]) in lex.trailing or words[-1][2][0].islower()):
        words.pop()
    while words and words[0][2][0].islower():
        words.pop(0)
    if not 2 <= len(words) <= MAX_NAME_WORDS or sum(len(w[2].rstrip(".")) > 1 for w in words) < 2:
        return None, False
    if any(_key(w[2]) in lex.not_names and _key(w[2]) not in _PARTICLES for w in words):
        return None, False
    name_start, name_end = words[0][0], words[-1][1]
    if any(name_end <= s.start <= name_end + 1 for s in actors.overlapping(name_end, name_end + 2)):
        return None, False  # "... Perlucutan Senjata Kementerian Luar Negeri": a title running into its organisation
    window_start = max(0, name_start - TITLE_WINDOW)
    before = body[window_start:name_start]
    after = body[name_end:name_end + 80]
    title, title_start = _title_before(before, lex)
    title_start += window_start
    if title:
        # "BNPT head ...", "UNODC Regional Representative ...": an organisation just before the position
        # (capitalised title words may stand between) is part of it
        reach = title_start
        for word in reversed(list(re.finditer(r"[\w']+", body[max(0, title_start - 60):title_start]))):
            if _key(word.group(0)) not in lex.title_words or not word.group(0)[0].isupper():
                break
            reach = max(0, title_start - 60) + word.start()
        previous = [s for s in actors.overlapping(reach - 4, reach) if reach - 4 <= s.end <= reach]
        if previous:
            title = body[previous[0].start:title_start].rstrip() + " " + title
            title_start = previous[0].start
    evidence = had_rank or bool(title) or _rank_just_before(before, lex)
    next_word = re.match(r"[\s,]*(\w+)", after)
    if next_word and next_word.group(1).casefold() in lex.after:
        evidence = True
    if lex.before.search(before.rstrip(" ,")):
        evidence = True
    apposition = re.match(r",\s*((?:[A-Za-z][\w.]*\s*)+)", after)
    if not title and apposition and lex.title_heads.match(apposition.group(1)):
        evidence = True
        title = apposition.group(1).strip(" ,")
        title_start = name_end + apposition.start(1)
    if not evidence and re.search(r"[)\w],\s*$", before) and after.lstrip().startswith(","):
        # "... (DGSI), Francois Bedot, saat ...": a name set off by commas right after an organisation
        evidence = any(name_start - 4 <= s.end <= name_start for s in actors.overlapping(name_start - 4, name_start))
    organisation = ""
    if title:
        # the title text was tidied (ranks, brackets removed), so look in the raw stretch it came from
        stretch_end = name_start if title_start < name_start else title_start + len(title) + 20
        # the first organisation in the title, or the one the title sits in ("Dutch National Coordinator ... X")
        inside = [s for s in actors.overlapping(title_start, stretch_end) if s.end <= stretch_end]
        organisation = inside[0].entry_id if inside else _organisation_of_title(title, lex)
    name = " ".join(w[2] for w in words)
    return PersonMention(name_start, name_end, name, body[name_start:name_end], title, organisation), evidence


def _organisation_of_title(title: str, lex: _Lexicon) -> str:
    """The ministry a minister's title names when the title holds no actor name ("Menteri Sosial" ->
    Kementerian Sosial, "Minister of Social Affairs" -> Ministry of Social Affairs), if the vocabulary knows it."""
    words = title.split()
    folded = [w.casefold().strip(",.") for w in words]
    for head, organisation in lex.title_organisations:
        for i in range(len(words) - len(head) + 1):
            if tuple(folded[i:i + len(head)]) != head:
                continue
            rest = words[i + len(head):]
            # the ministry's name follows the head, perhaps with more after it ("... untuk Indonesia")
            for k in range(len(rest), 0, -1):
                found = lex.actor_forms.get(fold(" ".join([organisation, *rest[:k]])))
                if found and found[0] == "actor":
                    return found[1]
    return ""


def _rank_just_before(before: str, lex: _Lexicon) -> bool:
    tail = re.findall(r"[\w.']+", before[-40:])
    return bool(tail) and _key(tail[-1]) in lex.ranks


def _title_before(before: str, lex: _Lexicon) -> tuple[str, int]:
    """The position phrase ending right before a name, from its head word, ranks and brackets removed."""
    # blank out ranks first: their full stops ("Brigjen. Pol. R.") do not end the clause
    masked = before if "." not in before else _WORD_DOT.sub(
        lambda w: " " * len(w.group(0)) if _key(w.group(0)) in lex.ranks else w.group(0), before)
    clause = _CLAUSE_BREAK.split(masked)[-1]
    offset = len(before) - len(clause)
    # the position nearest the name ("Kepala BNPT, X dan Duta Besar ... Y"), but not an acronym in brackets
    # ("Menteri Koordinator ... (Menko Polhukam) Mahfud MD")
    heads = [h for h in lex.title_heads.finditer(clause) if clause.count("(", 0, h.start()) <= clause.count(")", 0, h.start())]
    if not heads:
        return "", 0
    index = len(heads) - 1
    while index and not clause[heads[index - 1].end():heads[index].start()].strip():
        index -= 1  # adjacent heads make one title: "Menteri Koordinator", "Wakil Ketua"
    head = heads[index]
    phrase = re.sub(r"\s*\([^)]*\)", "", before[offset + head.start():])
    words = phrase.split()
    while words and _key(words[-1]) in lex.ranks:
        words.pop()
    if len(words) > MAX_TITLE_WORDS:
        return "", 0  # too far from the name to be its title ("Ambassador X ... at the office in Y, Z")
    return " ".join(words).strip(" ,"), offset + head.start()


def _quoted_short_mention(body: str, token: str, after: int, lex: _Lexicon, positions: dict[str, list[int]]) -> bool:
    """A later mention of `token` introduced or followed by a verb of saying (`positions`: where each capitalised word stands)."""
    if len(token) < 3 or not token[0].isupper():
        return False
    for start in positions.get(token, ()):
        if start < after:
            continue
        following = re.match(r"[\s,]*(\w+)", body[start + len(token):start + len(token) + 40])
        if lex.before.search(body[max(0, start - 30):start].rstrip(" ,")) or (
                following and following.group(1).casefold() in lex.after):
            return True
    return False


def _merge_partial_names(people: list[PersonMention]) -> list[PersonMention]:
    """A name whose words are all part of a longer name in the article is that person ("Boy Rafli" = "Boy Rafli Amar")."""
    names = sorted({p.name for p in people}, key=lambda n: -len(n.split()))
    canonical: dict[str, str] = {}
    for name in names:
        words = set(name.split())
        fuller = next((n for n in names if len(n.split()) > len(words) and words <= set(n.split())), None)
        canonical[name] = canonical.get(fuller, fuller) if fuller else name
    best_title = {}
    for person in people:
        key = canonical[person.name]
        if person.title and key not in best_title:
            best_title[key] = (person.title, person.actor_id)
    merged = []
    for person in people:
        key = canonical[person.name]
        title, actor_id = (person.title, person.actor_id) if person.title else best_title.get(key, ("", ""))
        merged.append(replace(person, name=key, title=title, actor_id=actor_id))
    return merged


def _short_mentions(body: str, people: list[PersonMention], blocked: list[tuple[int, int]]) -> list[PersonMention]:
    """Single-word mentions ("kata Boy", "Amar said") of a person named in full earlier in the article."""
    if not people:
        return []
    by_token: dict[str, PersonMention] = {}
    for person in people:
        for token in person.name.split():
            if len(token) > 2 and not token.endswith("."):
                by_token.setdefault(token, person)
    taken = bytearray(len(body) + 1)
    for start, end in [(p.start, p.end) for p in people] + blocked:
        taken[start:end] = b"\x01" * (end - start)
    found = []
    for match in _SHORT.finditer(body):
        person = by_token.get(match.group(0))
        if not person or match.start() < person.start or taken[match.start()]:
            continue
        found.append(PersonMention(match.start(), match.end(), person.name, match.group(0), person.title, person.actor_id))
    return found
