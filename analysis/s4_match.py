"""Stage 4, match: a cleaned body -> actor, programme and theme `Span`s, from vocabularies (Aho-Corasick) and from rules for names the vocabulary lacks.

Finding candidates is kept apart from deciding among them (as in spaCy's
EntityRuler): `PhraseMatcher.find` returns every vocabulary hit that sits on
word boundaries, the discovery rules add organisations and programmes the
vocabulary lacks ("Long Name (ACR)", "Kementerian ...", "Ministry of ..."),
and `resolve_overlaps` keeps the longest, vocabulary before rule.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterable, Iterator, NamedTuple

import ahocorasick

from .s3_segment import in_a_quotation, in_a_subheading
from .vocabulary import HOME_COUNTRY, Actor, Vocabulary, compiled_for, fold, is_case_sensitive



@dataclass(frozen=True)
class Pattern:
    """One rule as data: what it labels, the surface form, the entry it names."""

    label: str  # "actor" | "programme" | "theme"
    text: str
    entry_id: str
    weight: float = 1.0
    left_open: bool = False  # may begin inside a word (Indonesian prefixes: me-, pe-)
    right_open: bool = False  # may end inside a word (suffixes: -nya, -kan)


class Span(NamedTuple):
    """A stretch of the body that a rule or vocabulary entry names (a tuple: made by the hundred per article)."""

    start: int
    end: int
    label: str
    entry_id: str
    text: str
    origin: str = "vocabulary"  # or the name of the rule that found it
    weight: float = 1.0


def undash(text: str) -> str:
    """Dashes as spaces, curly apostrophes straight: same length (chained replace is many times faster than translate)."""
    for dash in ("-", "–", "—", "‐"):
        if dash in text:
            text = text.replace(dash, " ")
    if "’" in text or "‘" in text:
        text = text.replace("’", "'").replace("‘", "'")
    return text


class SpanIndex:
    """Spans sorted by start, to find those overlapping a stretch in logarithmic time (long texts stay linear)."""

    def __init__(self, spans: Iterable[Span]):
        self.spans = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]
        self.longest = max((s.end - s.start for s in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[Span]:
        low = bisect_left(self.starts, start - self.longest)
        return [s for s in self.spans[low:bisect_left(self.starts, end)] if s.end > start]


def comparable(text: str) -> str:
    """Lower-cased with dashes as spaces, the same length as `text` so offsets carry over."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters (İ) lower-case to two
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return undash(lowered)


def parse_cue(cue: str) -> tuple[str, bool, bool]:
    """'*rehabilitasi*' -> ('rehabilitasi', left_open, right_open)."""
    left, right = cue.startswith("*"), cue.endswith("*")
    return cue.strip("*").strip(), left, right


class PhraseMatcher:
    """All patterns in two Aho-Corasick automata: case-insensitive forms over `comparable` text, ALL-CAPS
    forms over the text as written (so "RI" is not tried inside every "teRIorisme")."""

    def __init__(self, patterns: Iterable[Pattern]):
        folded_keys: dict[str, list[Pattern]] = {}
        exact_keys: dict[str, list[Pattern]] = {}
        for pattern in patterns:
            if is_case_sensitive(pattern.text):
                key = " ".join(undash(pattern.text).split())
                target = exact_keys
            else:
                key = " ".join(comparable(pattern.text).split())
                target = folded_keys
            if key:
                target.setdefault(key, []).append(pattern)
        self._folded = self._automaton(folded_keys)
        self._exact = self._automaton(exact_keys)
        self.size = len(folded_keys) + len(exact_keys)

    @staticmethod
    def _automaton(keys: dict[str, list[Pattern]]) -> ahocorasick.Automaton | None:
        if not keys:
            return None
        automaton = ahocorasick.Automaton()
        for key, entries in keys.items():
            automaton.add_word(key, (len(key), tuple((p.label, p.entry_id, p.weight, p.left_open, p.right_open)
                                                      for p in entries)))
        automaton.make_automaton()
        return automaton

    def find(self, text: str, folded: str | None = None) -> list[Span]:
        if not self.size:
            return []
        folded = comparable(text) if folded is None else folded
        spans: list[Span] = []
        if self._folded is not None:
            self._collect(self._folded, folded, text, folded, spans)
        if self._exact is not None:
            self._collect(self._exact, undash(text), text, folded, spans)
        return spans

    @staticmethod
    def _collect(automaton: ahocorasick.Automaton, haystack: str, text: str, folded: str, spans: list[Span]) -> None:
        size = len(text)
        append = spans.append
        for end_index, (length, entries) in automaton.iter(haystack):
            end = end_index + 1
            start = end - length
            closed_left = start == 0 or not folded[start - 1].isalnum()
            closed_right = end == size or not folded[end].isalnum()
            for pattern in entries:
                label, entry_id, weight, left_open, right_open = pattern
                if not (closed_left or left_open) or not (closed_right or right_open):
                    continue
                s, e = start, end
                if left_open:
                    while s > 0 and folded[s - 1].isalpha():
                        s -= 1
                if right_open:
                    while e < size and folded[e].isalpha():
                        e += 1
                append(Span(s, e, label, entry_id, text[s:e], "vocabulary", weight))


_ORIGIN_RANK = {"vocabulary": 0, "vocabulary+parties": 0, "definition": 1}


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Keep non-overlapping spans: the longest first, then vocabulary before definitions before other rules, then the earliest."""
    spans = list(spans)
    ordered = sorted(spans)
    # most calls find nothing to decide: spans already apart need no ranking (same result, a fraction of the work)
    if all(a.end <= b.start for a, b in zip(ordered, ordered[1:])):
        return ordered
    ranked = sorted(spans, key=lambda s: (-(s.end - s.start), _ORIGIN_RANK.get(s.origin, 2), s.start, s.entry_id))
    covered = bytearray(max(s.end for s in ranked) + 1)  # linear in text length, whatever the number of spans
    kept = []
    for span in ranked:
        if covered.find(1, span.start, span.end) != -1:
            continue
        covered[span.start:span.end] = b"\x01" * (span.end - span.start)
        kept.append(span)
    return sorted(kept, key=lambda s: (s.start, s.end))


def word_initial_matches(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)` for a pattern meant to begin with `\\b` before a word character.

    A leading `\\b` stops the regex engine from skipping ahead to the characters a pattern can begin with,
    which makes a scan several times slower; so such patterns are compiled without it and the boundary is
    checked here."""
    openings = _openings(pattern)
    search = pattern.search if openings is None else _search_at_openings(pattern, text, openings)
    match = search(text)
    while match:
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            match = search(text, start + 1)
            continue
        yield match
        match = search(text, match.end() if match.end() > start else start + 1)


# Scanning a body with a rule that opens with many words ("[Dd]ialog|[Ss]eminar|[Ww]orkshop|...") tries all of
# them at every letter they could begin with; finding each opening word with `str.find` on the lower-cased body
# and matching only there is several times faster, and finds the same matches.
_MIN_OPENING = 3  # shorter openings occur too often to be worth looking for one by one
_MAX_OPENINGS = 24  # past this many, one `str.find` pass per word costs more than the engine's single scan
_LOOKBEHIND_OR_CASELESS = re.compile(r"\(\?<[=!]|\(\?[a-zA-Z]*i")


@lru_cache(maxsize=None)
def _openings(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case words one of which begins every match of `pattern`, or None where that cannot be said.

    None too for a pattern that ignores case (its letters may match non-ASCII ones that lower-case to
    others) or looks behind (matched at a position, a look-behind cannot see the text before it)."""
    if pattern.flags & re.I or _LOOKBEHIND_OR_CASELESS.search(pattern.pattern):
        return None
    try:
        from re import _parser as parser  # Python 3.11+
        from re import _constants as constants
        parsed = list(parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - no openings: the pattern is searched as it is
        return None

    def openings_of(items) -> list[str] | None:
        if not items:
            return None
        op, arg = items[0]
        if op is constants.SUBPATTERN:  # a group first: what opens the group opens the match
            return openings_of(list(arg[-1]))
        if op is constants.BRANCH:
            alternatives = [openings_of(list(a)) for a in arg[1]]
            return None if any(a is None for a in alternatives) else [w for a in alternatives for w in a]
        word = ""
        for op, arg in items:
            if op is constants.LITERAL and arg < 128:
                word += chr(arg).lower()
            elif op is constants.IN and len(arg) == 2 and all(o is constants.LITERAL and a < 128 for o, a in arg) \
                    and chr(arg[0][1]).lower() == chr(arg[1][1]).lower():  # "[Dd]": one ASCII letter in either case
                word += chr(arg[0][1]).lower()
            else:
                break
        return [word] if len(word) >= _MIN_OPENING else None

    found = openings_of(parsed)
    openings = tuple(sorted(set(found or ())))
    return openings if 0 < len(openings) <= _MAX_OPENINGS else None


@lru_cache(maxsize=4)
def _lower_same_length(text: str) -> str | None:
    """`text.lower()`, once per body (several rules scan the same one); None where a character lower-cases to two."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def _search_at_openings(pattern: re.Pattern, text: str, openings: tuple[str, ...]) -> Callable[..., re.Match | None]:
    """`pattern.search` over `text`, tried only where one of its opening words begins (in any case: `lower()`
    maps every case of an ASCII letter to the lower one, so no place a match can begin is missed)."""
    lowered = _lower_same_length(text)
    if lowered is None:
        return pattern.search
    starts = set()
    for word in openings:
        at = lowered.find(word)
        while at != -1:
            starts.add(at)
            at = lowered.find(word, at + 1)
    ordered = sorted(starts)
    match_at = pattern.match

    def search(text: str, pos: int = 0) -> re.Match | None:
        for index in range(bisect_left(ordered, pos), len(ordered)):
            found = match_at(text, ordered[index])
            if found:
                return found
        return None

    return search


# --------------------------------------------------------------------------- matchers built once per vocabulary

@dataclass(frozen=True, eq=False)  # hashed by identity: one per vocabulary, a key of the definitions cache
class Matchers:
    phrases: PhraseMatcher  # actor forms, blocked phrases, programme forms and theme cues: one scan finds them all
    programme_rules: tuple[tuple[re.Pattern, dict], ...]
    name_before: re.Pattern  # a capitalised name at the end of a window
    name_before_head: re.Pattern  # ... before an organisation's head word: "in" joins no words there
    name_after: re.Pattern  # a capitalised name at the start of a window
    translation: re.Pattern  # a bracketed name in the other language, perhaps with its acronym
    acronym: re.Pattern
    first_heads: re.Pattern  # names opened by a head word ("Kementerian ...")
    next_first_head: re.Pattern  # where such a name is a list of two ("... RI dan Kementerian ...")
    last_heads: re.Pattern  # head words that close a name ("... Police")
    previous_last_head: re.Pattern  # such a head word and the joiners after it: where the next name of a list starts
    head_types: dict[str, str]  # head word -> actor type
    common_rank_words: frozenset[str]  # ranks that are common words too ("Major", "General")
    regional_office_before: re.Pattern | None  # "Kanwil ", "Kantor Wilayah ": an office word before a national body
    place_after: re.Pattern  # a region or city right after a name ("... Jawa Tengah", "... Kabupaten Poso")
    city_after: re.Pattern  # ... one that ends a mission's or office's mention ("KBRI Kairo", "... in Surabaya")
    region_kind_before: re.Pattern  # the kind of region before its name ("Kabupaten ", "Provinsi ")
    # a regional body's name, its acronym in brackets, then its region ("Pemerintah Kabupaten (Pemkab) Poso")
    regional_name_with_acronym: re.Pattern | None
    capital_regions: frozenset[str]  # where national bodies have their head offices ("Kantor BNPT Jakarta")
    head_countries: dict[str, str]  # head word -> the country its names belong to, where the head says so
    org_head_words: frozenset[str]
    programme_head_words: frozenset[str]
    place_offices: frozenset[str]  # "Lapas", "Bapas": heads of offices named by their place
    unit_heads: frozenset[str]  # heads that always name a unit of a body ("Division"), folded
    place_office_kinds: frozenset[str]  # "Khusus", "Perempuan": kinds of prison written after its head
    place_office_classes: frozenset[str]  # "Kelas", "Klas": the word before an office's grade
    place_direction_words: frozenset[str]  # "Selatan", "Utara": words of a place's name after its first
    programme_words_before: frozenset[str]  # "proyek PERISAI (...)": lower-case words saying a definition is a programme
    name_connectors: frozenset[str]
    list_joiners: frozenset[str]  # words between the names of a list ("X dan Y", "X and the Y")
    initials: re.Pattern | None  # "berinisial AS": capitals that stand for a person, not an actor
    initials_cues: tuple[str, ...]  # its cues, lower-cased: an ASCII body holding none of them has no match of it
    leading_noise: frozenset[str]  # sentence openers that are never the first word of a name
    generic_words: frozenset[str]  # words that cannot make a programme name on their own
    places: frozenset[str]  # one-word Indonesian places, folded: a name that goes on after one is a person's
    place_kinds: frozenset[str]  # words closing an English place name ("Bima Regency"): a person may follow
    heads_with_object: frozenset[str]  # English head words a name goes on after ("Institute for ...")
    person_titles: frozenset[str]  # one-word titles of officials: a name holding one names a person ("Foreign Minister X")
    person_title_phrases: tuple[str, ...]  # titles of several words ("duta besar": not the "Duta" of "Duta Damai")
    person_words: frozenset[str]  # ranks, honorifics and title heads: where an organisation name ends
    locatives: frozenset[str]  # words that make a following state a venue ("di", "in")
    ranks: frozenset[str]  # ranks before a name, folded: "Mayjen TNI X" names a person's rank, not TNI
    rank_phrases: frozenset[str]  # ... and the ranks of two words: "Laksamana Madya TNI X", "Mayor Jenderal TNI X"
    title_heads: frozenset[str]  # one-word titles of officials ("Deputi", "Direktur")
    title_run: re.Pattern | None  # an official's title and the capitalised words after it
    generic_institutions: frozenset[str]  # kinds of institution that look like names ("Lembaga Pemasyarakatan")
    venue_words: frozenset[str]  # words that make a name a venue, not a body ("Jakarta Convention Center")
    date_words: frozenset[str]  # month and weekday names, folded: "in November", "on Tuesday" end a name
    place_words: frozenset[str]  # Indonesia's places, folded: "in Jakarta" ends a programme's name too
    funder_adjective: re.Pattern | None  # "EU-funded", "Australia-backed": who pays for a programme, not its name
    medium_before: re.Pattern | None  # a preposition of place and a list of names just before a platform ("di X, Y dan")
    given_name_openers: frozenset[str]  # words that open people's names ("Abdul", "Muhammad"), folded
    states_by_form: dict[str, str]
    apposed: re.Pattern | None = None  # "La Quadrature du Net, a digital rights group": an organisation by its apposition
    armed_words: frozenset[str] = frozenset()  # "a militant group": an armed group, no actor
    language_names: re.Pattern | None = None  # names that are only languages' ("Arabic", "Urdu")
    named_with_parties: frozenset[str] = frozenset()  # programme ids whose names take their two parties
    pair_parties: frozenset[str] = frozenset()  # actor ids that may stand as a pair before a mechanism's name
    from_words: frozenset[str] = frozenset()  # "dari", "from": a body's home place after its name, not its name
    # "the text of a joint statement": words before an agreement's name that make the page its own text
    document_openers: re.Pattern | None = None
    # "Member States" after an organisation inside a programme's name: the group of its members, not the organisation
    member_states_after: tuple[str, ...] = ()
    # "experience in deradicalisation and community policing", "pakar kontra-radikalisasi daring": words that make a
    # bare practice after them somebody's field of knowledge, no programme of theirs
    field_openers: re.Pattern | None = None
    # a reference to a law and its title ("UU Nomor 9 Tahun 2013 tentang Pencegahan ..."): the title in group "title"
    law_title: re.Pattern | None = None


def matchers_for(vocabulary: Vocabulary) -> Matchers:
    """Compile the vocabulary's matchers once per vocabulary fingerprint."""
    return compiled_for(vocabulary, _compile)


ACRONYM = r"[A-Z][A-Za-z0-9&/.-]*[A-Z0-9][A-Za-z0-9&/.-]*(?: (?:on|of) [A-Z]{2,})?"
_PARENTHESES = re.compile(r"\(([^()\n]{2,160})\)")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_LEADING_BOUNDARY = re.compile(r"^(\(\?P<\w+>)?\\b")


def _compile_rule(pattern: str) -> re.Pattern:
    """A rule's regex; a leading word boundary is dropped (and checked by `word_initial_matches` instead): it
    keeps the engine from skipping ahead to the rule's first word, which makes a scan several times slower."""
    return re.compile(_LEADING_BOUNDARY.sub(lambda m: m.group(1) or "", pattern, count=1))


def _compile(vocabulary: Vocabulary) -> Matchers:
    lex = vocabulary.lexicon
    actor_patterns = [Pattern("actor", form, actor.actor_id) for actor in vocabulary.actors.values() for form in actor.forms]
    # phrases that contain an actor's name but name no actor ("bahasa Inggris", "Negara Islam Irak dan Suriah"):
    # matched like forms so that they win the overlap, then dropped
    # ("US$*": a trailing `*` lets the phrase run on into the word, the digits of "US$130,000")
    # armed groups are what cooperation is against, news outlets report it, places host it: named, but neither
    # actors nor people ("Abu Sayyaf", "told Arab News", "Rio de Janeiro")
    actor_patterns += [Pattern("blocked", text, "", left_open=left, right_open=right)
                       for text, left, right in map(parse_cue, [*lex.get("not_actor_phrases", ()),
                                                                 *lex.get("armed_groups", ()),
                                                                 *lex.get("news_outlets", ()),
                                                                 *lex.get("place_names", ())])]
    programme_patterns = [Pattern("programme", form, p.programme_id)
                          for p in vocabulary.programmes.values() for form in p.forms]
    theme_patterns = []
    for theme in vocabulary.themes.values():
        for cue in theme.cues:
            weight = 1.0
            if "|" in cue:  # "keluarga|0.5": a weak cue that needs company
                cue, weight_text = cue.rsplit("|", 1)
                weight = float(weight_text)
            text, left, right = parse_cue(cue)
            theme_patterns.append(Pattern("theme", text, theme.theme_id, weight, left, right))
    programme_rules = tuple((_compile_rule(rule["pattern"]), rule) for rule in vocabulary.programme_patterns)
    connectors = frozenset(lex.get("name_connectors", ()))
    # a capitalised word, a dotted abbreviation ("U.S.") or a number; a full stop ending a word ends the sentence
    # and the name ("... Republik Arab Mesir. Sebanyak 60 ...")
    capital = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’&]*(?:\.[\w'’&]+)*|\d+)"
    connector = "|".join(sorted(map(re.escape, connectors), key=len, reverse=True)) or "of"
    # a word after small words is a capitalised one, not a number: "Yayasan Tirta [pada 3-5 Maret]" is a date
    # (a unit's number and its name after a slash: "Kodim 0735/Surakarta", "Kodam XIII/Merdeka")
    next_word = rf"(?:[ -]{capital}|[ -](?:(?:{connector})[ -])+(?!\d){capital}|(?<=[\dIVX])/[A-Z][\w'’&]*)"
    # a capitalised name ending right where the window ends (searched backwards from an anchor)
    name_before = re.compile(rf"{capital}{next_word}{{0,12}}\s*$")
    # ... before an organisation's head word, where "in" joins no words ("exercise Dawn Kookaburra 2024 in [Centre
    # of Education ...]": where the exercise is held; an acronym's definition may hold one, "... in Indonesia (X)")
    head_connector = "|".join(sorted(map(re.escape, connectors - {"in"}), key=len, reverse=True)) or "of"
    word_before_head = rf"(?:[ -]{capital}|[ -](?:(?:{head_connector})[ -])+(?!\d){capital}|(?<=[\dIVX])/[A-Z][\w'’&]*)"
    name_before_head = re.compile(rf"{capital}{word_before_head}{{0,12}}\s*$")
    name_after = re.compile(rf"\s*{capital}{next_word}{{0,12}}")
    # a name of two words or more in brackets, perhaps with its acronym: "(Ministry of Public Security/MPS)"
    translation = re.compile(rf"\s*(?P<name>{capital}(?:[ -](?:(?:{connector})[ -])*{capital}){{1,12}})"
                             rf"(?:\s*/\s*(?P<acr>{ACRONYM}))?\s*")
    first_heads: dict[str, str] = {}
    last_heads: dict[str, str] = {}
    head_countries: dict[str, str] = {}
    for head in lex.get("organisation_heads", ()):
        target = first_heads if head.get("position", "first") == "first" else last_heads
        for word in head["head"]:
            target.setdefault(word, head.get("type", "other"))
            if head.get("country"):
                head_countries.setdefault(word, head["country"])
    # one pass for all heads that open a name (Kementerian X, Ministry of X) ...
    # (both begin at a word boundary: `word_initial_matches` checks it, a leading \b would slow the scan)
    first = re.compile(rf"(?P<head>{_alternation(first_heads)}){next_word}{{1,8}}")
    # a list inside such a run: a capitalised word, joiners, and another opening head ("... Indonesia dan Kementerian")
    joiners = _alternation(frozenset(lex.get("name_list_joiners", ())) & connectors) or "and"
    next_first_head = re.compile(rf"(?P<last>{capital})(?:[ -](?:{joiners}))+[ -]"
                                 rf"(?P<next>{_alternation(first_heads)})\b")
    # ... and one for heads that close it (Australian Federal Police), walked back from the head
    last = re.compile(rf"(?:{_alternation(last_heads)})\b")
    previous_last_head = re.compile(rf"\b(?:{_alternation(last_heads)})(?:[ -](?:{joiners}))+[ -]")
    titles = lex.get("person_title_heads", ())
    # (a title may list its fields with commas: "Deputi Bidang Pencegahan, Perlindungan, dan Deradikalisasi")
    title_run = (re.compile(rf"(?:{_alternation(titles)})(?:,?[ -](?:(?:{connector})[ -])*{capital}){{1,12}}")
                 if titles else None)
    # (the number and year between the law's kind and its title: "Nomor 9 Tahun 2013", "No. 15 of 2003", "7/2021")
    law_title = (re.compile(rf"\b(?:{_alternation(lex['law_reference_heads'])})"
                            r"(?:\s+(?:Nomor|No\.?|Number)?\s*\d+[A-Z]?(?:/\d{4})?(?:\s+(?:Tahun|of|Year)\s+\d{4})?)?,?"
                            rf"\s+(?:{_alternation(lex['law_title_openers'])})\s+(?:the\s+)?"
                            rf"(?P<title>{capital}(?:,?[ -](?:(?:{connector})[ -])*{capital}){{0,15}})")
                 if lex.get("law_reference_heads") and lex.get("law_title_openers") else None)
    region_kind = rf"(?:{_alternation(lex.get('region_kind_words', ('Provinsi',)))})"
    direction = rf"(?:{_alternation(lex.get('place_direction_words', ('Selatan',)))})"
    states = {}
    for actor in vocabulary.actors.values():
        if actor.actor_type == "state":
            for form in actor.forms:
                states[fold(form)] = actor.actor_id
    return Matchers(
        phrases=PhraseMatcher(actor_patterns + programme_patterns + theme_patterns), programme_rules=programme_rules,
        name_before=name_before, name_before_head=name_before_head, name_after=name_after, translation=translation, acronym=re.compile(ACRONYM),
        first_heads=first, next_first_head=next_first_head, last_heads=last, previous_last_head=previous_last_head,
        head_types={**last_heads, **first_heads}, head_countries=head_countries,
        common_rank_words=frozenset(str(w).casefold() for w in lex.get("ranks_that_are_common_words", ())),
        regional_office_before=re.compile(rf"\b(?:{_alternation(lex['regional_office_words'])})[ \t]+$")
        if lex.get("regional_office_words") else None,
        place_after=re.compile(rf"[ \t]+((?:{region_kind}[ \t]+)?"
                               rf"(?:{_alternation(str(p) for p in lex.get('indonesian_places', ()) if ' ' in str(p))}"
                               rf"|[A-Z][a-z]+(?:[ \t]+{direction})?))\b"),
        # (one capitalised word, perhaps after "in" and the kind of region and before a direction, with no other
        # capitalised word after it: "KBRI Riyadh Hendra Wijaya" may be a title before a name)
        city_after=re.compile(rf"[ \t]+(?:(?:di|in)[ \t]+)?((?:{region_kind}[ \t]+)?[A-Z][a-z]+(?:[ \t]+{direction})?)"
                              r"(?=[ \t]*[,.;:)(]|[ \t]+[a-z]|[ \t]*$)", re.M),
        region_kind_before=re.compile(rf"^{region_kind}\s+"),
        regional_name_with_acronym=re.compile(
            rf"\b(?P<name>(?:{_alternation(lex['regional_body_heads'])})(?:[ \t]+(?:dan|[A-Z][\w-]*)){{1,7}})"
            r"[ \t]*\((?P<acronym>[A-Z][\w-]{1,12})\)(?=[ \t]+[A-Z])") if lex.get("regional_body_heads") else None,
        capital_regions=frozenset(fold(str(p)) for p in lex.get("capital_regions", ())),
        org_head_words=frozenset(w.casefold() for w in lex.get("organisation_head_words", ())),
        programme_head_words=frozenset(w.casefold() for w in lex.get("programme_head_words", ())),
        place_offices=frozenset(str(w) for w in lex.get("place_offices", ())),
        unit_heads=frozenset(str(w).casefold() for w in lex.get("unit_head_words", ())),
        place_office_kinds=frozenset(str(w) for w in lex.get("place_office_kinds", ())),
        place_office_classes=frozenset(str(w) for w in lex.get("place_office_classes", ())),
        place_direction_words=frozenset(str(w) for w in lex.get("place_direction_words", ())),
        programme_words_before=frozenset(str(w) for w in lex.get("programme_words_before_a_definition", ())),
        name_connectors=connectors, states_by_form=states,
        list_joiners=frozenset(w.casefold() for w in lex.get("name_list_joiners", ())),
        initials=re.compile(rf"\b(?:{_alternation(lex['initials_cues'])})\s+({INITIALS}(?:{INITIALS_JOINER}{INITIALS})*)\b", re.I)
        if lex.get("initials_cues") else None,
        initials_cues=tuple(str(c).lower() for c in lex.get("initials_cues", ())),
        leading_noise=frozenset(w.casefold() for w in lex.get("name_openers", ())),
        generic_words=frozenset(w.casefold() for w in [*lex.get("not_name_words", ()), *lex.get("title_words", ()),
                                                        *lex.get("generic_activity_words", ())]),
        places=frozenset(str(p).casefold() for p in lex.get("indonesian_places", ()) if " " not in str(p)),
        place_kinds=frozenset(str(w) for w in lex.get("place_kind_words", ())),
        heads_with_object=frozenset(str(w) for w in lex.get("heads_with_object", ())),
        person_titles=frozenset(str(h).casefold() for h in lex.get("person_title_heads", ())
                                if str(h)[:1].isupper() and " " not in str(h)),
        person_title_phrases=tuple(str(h).casefold() for h in lex.get("person_title_heads", ()) if " " in str(h)),
        person_words=frozenset(w.casefold().rstrip(".") for w in lex.get("person_ranks", ()) + lex.get("person_title_heads", ())
                               if " " not in w) - frozenset(w.casefold() for w in lex.get("organisation_head_words", ())),
        locatives=frozenset(w.casefold() for w in lex.get("venue_prepositions", ())),
        ranks=frozenset(w.casefold().rstrip(".") for w in lex.get("person_ranks", ()) if " " not in w),
        rank_phrases=frozenset(" ".join(w.casefold().rstrip(".").split()) for w in lex.get("person_ranks", ())
                               if len(w.split()) == 2),
        title_heads=frozenset(w.casefold() for w in lex.get("person_title_heads", ()) if " " not in w),
        title_run=title_run,
        generic_institutions=frozenset(fold(w) for w in lex.get("generic_institutions", ())),
        venue_words=frozenset(fold(w) for w in lex.get("venue_words", ())),
        place_words=frozenset(fold(str(p)) for p in lex.get("indonesian_places", ())),
        funder_adjective=re.compile(rf"[\w.]+-(?:{_alternation(lex['programme_funder_suffixes'])})", re.I)
        if lex.get("programme_funder_suffixes") else None,
        date_words=frozenset(fold(str(n)) for e in [*lex.get("date_months", ()), *lex.get("date_weekdays", ())]
                             for n in e.get("names", ()) if len(str(n)) > 3 or str(n) in ("mei", "may")),
        medium_before=re.compile(
            rf"\b(?:{'|'.join(map(re.escape, lex['medium_prepositions']))})\s+(?:[A-Z][\w.]*(?:,\s*|\s+(?:dan|and|serta|or|atau)\s+))*$")
        if lex.get("medium_prepositions") else None,
        given_name_openers=frozenset(str(w).casefold().rstrip(".") for w in lex.get("given_name_openers", ())),
        apposed=re.compile(rf"(?P<name>{capital}(?:[ -](?:(?:{connector})[ -])*{capital}){{0,8}}),\s+"
                           rf"(?:a|an|sebuah|suatu)\s+(?P<words>(?:[\w-]+\s+){{0,3}}?)"
                           rf"(?:{_alternation(lex['organisation_apposition_nouns'])})\b")
        if lex.get("organisation_apposition_nouns") else None,
        armed_words=frozenset(w.casefold() for w in lex.get("armed_apposition_words", ())),
        language_names=re.compile(rf"\b(?:{_alternation(lex['language_names'])})\b")
        if lex.get("language_names") else None,
        named_with_parties=frozenset(p.programme_id for p in vocabulary.programmes.values()
                                     if p.kind in lex.get("programme_kinds_named_with_parties", ())),
        from_words=frozenset(str(w).casefold() for w in lex.get("from_prepositions", ())),
        law_title=law_title,
        member_states_after=tuple(" " + str(w) for w in lex.get("member_states_after_an_organisation", ())),
        document_openers=re.compile(rf"\b(?:{_alternation(lex['programme_document_openers'])})\s+$", re.I)
        if lex.get("programme_document_openers") else None,
        # (the practice may be the second of a pair: "experience in deradicalisation and community policing")
        field_openers=re.compile(rf"\b(?:{_alternation(lex['programme_field_openers'])})\s+"
                                 r"(?:[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:,|\band\b|\bdan\b)\s*)?$")
        if lex.get("programme_field_openers") else None,
        pair_parties=frozenset(a.actor_id for a in vocabulary.actors.values()
                               if a.actor_type in ("state", "international_organisation")))


# --------------------------------------------------------------------------- actors

@dataclass(frozen=True)
class ActorMatch:
    spans: list[Span]
    discovered: dict[str, Actor]  # actors the vocabulary lacks, found by rules, by generated id
    names: list[Span]  # every actor name in the text, venues and qualifiers included: never a person
    # foreign states named inside their own body's name ("Kementerian Dalam Negeri [Jerman]"): mentions of the state
    # too, kept apart from `spans` so that the body alone acts
    states_inside: list[Span] = field(default_factory=list)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


class VocabularyHits(NamedTuple):
    """Every vocabulary hit of a body, by what it names (the input of the three `match_*` functions)."""

    actors: list[Span]  # "blocked" phrases included: they must win their overlaps before being dropped
    programmes: list[Span]
    themes: list[Span]


def vocabulary_hits(body: str, vocabulary: Vocabulary, folded: str | None = None) -> VocabularyHits:
    """All vocabulary hits of the body from one scan (a scan per kind would read the body three times)."""
    hits = VocabularyHits([], [], [])
    by_label = {"actor": hits.actors, "blocked": hits.actors, "programme": hits.programmes, "theme": hits.themes}
    for span in matchers_for(vocabulary).phrases.find(body, folded):
        by_label[span.label].append(span)
    return hits


# a list of initials after one cue: "berinisial RH, AS, MT dan SY"
INITIALS = r"(?-i:[A-Z]{1,4})"
INITIALS_JOINER = r"(?:\s*,\s*(?:(?:dan|and|serta)\s+)?|\s+(?:dan|and|serta|&)\s+)"
_CAPITALS = re.compile(r"[A-Z]{1,4}")


# the only letters outside ASCII that match an ASCII one when case is ignored ("ſ" matches "s"): no lower-casing shows it
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


# capitals with an age in brackets after them: a suspect's initials ("buron berinisial AS (41)", "AS (41) diduga")
_INITIALS_WITH_AGE = re.compile(r"(?<![\w-])([A-Z]{1,4}) ?\(\d{1,2}\)")


def _initials(body: str, m: Matchers) -> set[str]:
    """The capital letters the article gives people instead of names ("berinisial AS", "initials AB, CD and EF",
    "AS (41)")."""
    aged = set(_INITIALS_WITH_AGE.findall(body)) if "(" in body else set()
    if not m.initials:
        return aged
    if m.initials_cues and all(c.isascii() for c in m.initials_cues) and \
            not any(letter in body for letter in _FOLDS_TO_ASCII):
        # (case is ignored: an ASCII cue then matches only where its lower-case form stands in the lower-cased body)
        lowered = body.lower()
        if not any(cue in lowered for cue in m.initials_cues):
            return aged
    return aged | {capitals for match in m.initials.finditer(body) for capitals in _CAPITALS.findall(match.group(1))}


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:dan|serta|hingga|sampai|atau|and|or)\s+)?|\s+(?:dan|serta|hingga|sampai|atau|and|or)\s+)")


def _without_languages(body: str, known: list[Span], blocked: list[Span], languages: list[re.Match],
                       vocabulary: Vocabulary) -> list[Span]:
    """States named as languages: after "bahasa"/"berbahasa", and listed on after one ("berbahasa Arab, Inggris,
    Prancis, hingga Urdu")."""
    ends = {b.end for b in blocked if b.text.split()[0].casefold() in _LANGUAGE_WORDS}
    ends.update(m.end() for m in _NAMED_LANGUAGE.finditer(body))  # "berbahasa Arab" (no state), then the list
    # a name that is only a language's (`languages`: "published in Arabic, English, French and Urdu"): the states
    # listed with it are languages too, before it or after it
    ends.update(m.end() for m in languages)
    starts = {m.start() for m in languages}
    dropped = set()
    for span in sorted(known, key=lambda s: s.start):
        actor = vocabulary.actors.get(span.entry_id)
        if actor is None or actor.actor_type != "state":
            continue
        if _LANGUAGE_BEFORE.search(body, max(0, span.start - 12), span.start) or \
                any(end <= span.start and _LIST_GAP.fullmatch(body, end, span.start) for end in ends):
            dropped.add(span)
            ends.add(span.end)
    for span in sorted(known, key=lambda s: -s.start):  # the list read backwards from a language after it
        actor = vocabulary.actors.get(span.entry_id)
        if span not in dropped and actor is not None and actor.actor_type == "state" and \
                any(span.end <= start and _LIST_GAP.fullmatch(body, span.end, start) for start in starts):
            dropped.add(span)
            starts.add(span.start)
    return [s for s in known if s not in dropped] if dropped else known


_LANGUAGE_BEFORE = re.compile(r"\b(?:ber)?bahasa\s+$", re.I)
_NAMED_LANGUAGE = re.compile(r"\b(?:[Bb]er)?[Bb]ahasa\s+[A-Z][\w-]*")
_LANGUAGE_WORDS = frozenset(("bahasa", "berbahasa"))
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?[ \t]+$")
_TWO_WORDS_BEFORE = re.compile(r"\b([A-Za-z]+[ \t]+[A-Za-z]+)\.?[ \t]+$")
_NAME_AFTER_RANK = re.compile(r"(?:[ \t]*\((?:Purn|Purnawirawan|Ret)\.?\))?[ \t]+[A-Z]")


def _apposed_names(body: str, m: Matchers) -> Iterator[tuple[int, int]]:
    """Names an apposition calls an organisation ("La Quadrature du Net, a digital rights group, said"), not an
    armed group ("Jemaah Islamiyah, a militant network")."""
    if m.apposed is None or ", a" not in body and ", sebuah" not in body and ", suatu" not in body:
        return
    for match in word_initial_matches(m.apposed, body):
        words = [w.casefold() for w in match.group("words").split()]
        if any(fold(w) in m.date_words for w in match.group("name").split()):
            continue  # "Last August, a group of officers ...": a time that opens the sentence, no name
        # (the noun heads the apposition: "Budi, a member of the group" is a person)
        if not any(w in m.armed_words or w in ("of", "dari", "from", "with") for w in words):
            yield match.span("name")


def _with_their_cities(body: str, spans: list[Span], places: list[Span], vocabulary: Vocabulary) -> list[Span]:
    """A mission or a body every region has, named with its city or region right after it ("KBRI Kairo, lanjutnya",
    "KBRI Den Haag", "Kesbangpol Kota Surakarta", "Australia's Consulate-General in Surabaya"): the mention takes the
    place (a known place of several words, or `Matchers.city_after`)."""
    city_after = matchers_for(vocabulary).city_after
    out = []
    for span in spans:
        actor = vocabulary.actors.get(span.entry_id)
        if actor is not None and actor.city_follows:
            # an acronym in brackets after the full name, with the place after the bracket ("Kedutaan Besar
            # Republik Indonesia (KBRI) Manila"): the bracketed acronym takes the place, brackets and all
            bracketed = 0 < span.start and body[span.start - 1] == "(" and body[span.end:span.end + 1] == ")"
            after = span.end + 1 if bracketed else span.end
            place = next((p for p in places if body[after:p.start] in (" ", "\t", " di ", " in ")), None)
            city = city_after.match(body, after)
            end = place.end if place is not None else city.end(1) if city else span.end
            if end > span.end:
                start = span.start - 1 if bracketed else span.start
                span = span._replace(start=start, end=end, text=body[start:end])
        out.append(span)
    return out


def _a_medium(body: str, span: Span, m: Matchers, vocabulary: Vocabulary) -> bool:
    """A company's platform named as where content is ("konten di Instagram, TikTok dan YouTube", "posted on
    TikTok"), not the company acting ("representatives of Meta, Google and TikTok")."""
    actor = vocabulary.actors.get(span.entry_id)
    if actor is None or not actor.private or m.medium_before is None:
        return False
    return bool(m.medium_before.search(body, max(0, span.start - 80), span.start))


def _a_kind_in_lower_case(span: Span, vocabulary: Vocabulary) -> bool:
    """A common noun that is also a body's name, written as a noun ("perlu pemda", "pemerintah daerah siap", "the
    national police chief"): no actor.

    Written as a name ("Pemerintah Daerah (Pemda)", "the Regional Government") it is the body.
    """
    actor = vocabulary.actors.get(span.entry_id)
    if actor is None or not any(word[:1].islower() for word in span.text.split()):
        return False
    return actor.names_a_kind or fold(span.text) in {fold(f) for f in actor.forms_in_capitals_only}


def _inside_a_rank(body: str, span: Span, m: Matchers, vocabulary: Vocabulary) -> bool:
    """A service written inside an officer's rank ("Mayjen TNI Bangun ...", "Brigjen TNI (Purn.) X"): the rank
    says what the person is, the text does not name the service as an actor."""
    actor = vocabulary.actors.get(span.entry_id)
    if actor is None or actor.actor_type != "security_forces":
        return False
    before = _WORD_BEFORE.search(body, max(0, span.start - 20), span.start)
    two_before = _TWO_WORDS_BEFORE.search(body, max(0, span.start - 30), span.start)
    after_a_rank = bool(before) and before.group(1).casefold() in m.ranks or \
        bool(two_before) and " ".join(two_before.group(1).casefold().split()) in m.rank_phrases
    return after_a_rank and bool(_NAME_AFTER_RANK.match(body, span.end))


_BRACKET_AFTER_A_WORD = re.compile(r"\b([\w-]+)[ \t]*\([^()\n]{0,40}$")


def _a_titles_portfolio(body: str, span: Span, m: Matchers) -> bool:
    """A body named in brackets right after an official's title ("Additional Secretary (UN and Counter-Terrorism)",
    "Director (ASEAN Cooperation)"): the portfolio of the post, not the body acting."""
    bracket = _BRACKET_AFTER_A_WORD.search(body, max(0, span.start - 60), span.start)
    return bracket is not None and bracket.group(1).casefold() in m.person_titles


def match_actors(body: str, vocabulary: Vocabulary, folded: str | None = None,
                 hits: VocabularyHits | None = None) -> ActorMatch:
    """Every actor mention in the body: vocabulary hits plus organisations found by rules."""
    m = matchers_for(vocabulary)
    hits = hits if hits is not None else vocabulary_hits(body, vocabulary, folded)
    known = hits.actors
    programmes = SpanIndex(hits.programmes)
    blocked = [s for s in resolve_overlaps(known) if s.label == "blocked"]
    if blocked:
        cover = SpanIndex(blocked)
        known = [s for s in known if s.label != "blocked" and not cover.overlapping(s.start, s.end)]
    m = matchers_for(vocabulary)
    languages = list(m.language_names.finditer(body)) if m.language_names is not None else []
    if "ahasa" in body or languages:
        known = _without_languages(body, known, blocked, languages, vocabulary)
    known = [s for s in known if not _a_kind_in_lower_case(s, vocabulary) and not _a_medium(body, s, m, vocabulary)]
    initials = _initials(body, m)
    if initials:  # "pria berinisial AS": a suspect's initials, there and wherever else the article uses them
        known = [s for s in known if s.text not in initials]
    known = [_roll_up_title_unit(s, m, vocabulary) for s in known if not _inside_a_rank(body, s, m, vocabulary)
             and not ("(" in body[max(0, s.start - 60):s.start] and _a_titles_portfolio(body, s, m))]
    index = SpanIndex(known)
    discovered: dict[str, Actor] = {}
    rule_spans: list[Span] = []
    # "Long Name (ACR)", "ACR (Long Name)", "Name (Translation)": one side known -> the other is the same actor here
    for definition in find_definitions(body, m):
        if definition.translation:
            rule_spans += _translation_spans(body, definition, index, m, vocabulary)
        elif definition_kind(body[definition.long_start:definition.long_end], m) == "actor" and \
                not _names_a_position(body[definition.long_start:definition.long_end],
                                      body[definition.acr_start:definition.acr_end], m):
            rule_spans += _definition_spans(body, definition, index, m, vocabulary, discovered)
    for start, end, head, head_start in _head_names(body, m):
        span = _outside_known(body, start, end, index, vocabulary)
        if head[:1].islower():  # "the Central Java provincial government": a place's name, then the head
            front = span and _place_before(body, span[0], head_start, m)
            span = front and (front, span[1])
        else:
            span = span and _trim_name(body, span[0], span[1], m)
            span = span and _to_the_state(body, span, head_start, index, vocabulary)
            span = span and _to_the_given_name(body, span, head_start, m)
            if span and head in m.place_offices and span[0] == head_start:
                office_end = _place_office_end(body, head_start, head_start + len(head), span[1], m)
                span = (span[0], office_end) if office_end else None
        if span is not None and not span[0] <= head_start < span[1]:
            # "the Ministry of Religious Affairs and the UAE [Ministry] of Tolerance ...": the list's next name has a
            # head of its own
            head_start = body.find(head, span[0], span[1])
        if span is None or not span[0] <= head_start < span[1]:
            continue  # "Sidang Pleno [Financial Action Task] Force": cut at the known actor, no head is left
        start, end = span
        if fold(body[start:end]) in m.generic_institutions or fold(body[start:end]) in vocabulary.forms:
            continue  # "Lembaga Pemasyarakatan" is a kind of institution; a known programme is no new actor
        if blocked and any(b.start <= start and end <= b.end for b in cover.overlapping(start, end)):
            continue  # "Batam Centre": a place the lexicon lists, not a body
        if any(p.start <= head_start < p.end for p in programmes.overlapping(start, end)):
            continue  # "the Ministerial Council on Law and Security in Canberra": a known mechanism, no body
        if _office_of_a_known_body(body, start, index, vocabulary):
            continue  # "the UNODC Country Office for Indonesia": the body's own office, the body itself acting
        if _a_titles_unit(body, start, end, head, index, m):
            continue  # "Head of the Counter-Terrorism Division of the EEAS": an official's office
        if _names_a_venue(body[start:end], m):
            continue  # "Bali International Convention Centre", "Pelabuhan Internasional Batam Centre": a place
        if head == "Group" and any(w.casefold() in m.programme_head_words for w in body[start:end].split()):
            continue  # "the 2nd Joint Working Group": a meeting of a mechanism, not a body
        actor = _discovered_actor(body[start:end], "", m.head_types[head], index, start, end, m, vocabulary)
        discovered.setdefault(actor.actor_id, actor)
        rule_spans.append(Span(start, end, "actor", actor.actor_id, body[start:end], f"head:{head}"))
    for start, end in _apposed_names(body, m):
        span = _outside_known(body, start, end, index, vocabulary)
        span = span and _trim_name(body, span[0], span[1], m)
        if span is None or span != (start, end) or fold(body[start:end]) in m.generic_institutions:
            continue  # a known actor, or a name only partly new: left to the rules above
        actor = _discovered_actor(body[start:end], "", "civil_society", index, start, end, m, vocabulary)
        discovered.setdefault(actor.actor_id, actor)
        rule_spans.append(Span(start, end, "actor", actor.actor_id, body[start:end], "apposition"))
    redefined = {s.text: s.entry_id for s in rule_spans if s.origin == "redefinition"}
    if redefined:
        rule_spans = [s for s in rule_spans if s.origin != "redefinition"]
        known = [s._replace(entry_id=redefined[s.text], origin="redefinition") if s.text in redefined else s
                 for s in known]
    spans = resolve_overlaps(known + rule_spans)
    # an acronym the text defines names the same actor everywhere else in the article
    defined = {a.acronym: a.actor_id for a in discovered.values() if a.acronym}
    defined.update((s.text, s.entry_id) for s in rule_spans
                   if s.origin == "definition" and is_case_sensitive(s.text) and m.acronym.fullmatch(s.text))
    for acronym, entry_id in defined.items():
        if acronym not in vocabulary.forms:
            for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", body):
                spans.append(Span(match.start(), match.end(), "actor", entry_id, match.group(0), "acronym"))
    spans = _units_after_an_owners_possessive(body, spans, vocabulary, discovered)
    spans = _with_their_cities(body, resolve_overlaps(spans), blocked, vocabulary)
    names = _drop_units_named_by_their_organisation(body, spans, vocabulary)
    spans = _drop_home_bodies_named_for_a_foreign_state(body, names, m, vocabulary, discovered)
    spans = _drop_state_qualifiers_and_venues(body, spans, m, vocabulary, discovered)
    spans = _regional_offices(body, spans, m, vocabulary, discovered)
    spans = _with_regions_after_brackets(body, spans, m, vocabulary, discovered)
    spans = _without_forms_of_unnamed_states(spans, vocabulary, discovered)
    used = {s.entry_id for s in spans}
    # a blocked phrase ("Abu Sayyaf", "bahasa Inggris") names no actor, but no person either
    return ActorMatch(spans, {k: v for k, v in discovered.items() if k in used}, names + blocked,
                      _states_inside(spans, known, vocabulary, discovered))


def _without_forms_of_unnamed_states(spans: list[Span], vocabulary: Vocabulary,
                                     discovered: dict[str, Actor]) -> list[Span]:
    """A form other states' bodies bear too ("Foreign Office": the UK's, Pakistan's) names the vocabulary's body
    only where the article names that body's state (by it or any of its bodies); elsewhere it is the body of the one
    foreign state the article names (a new actor, added to `discovered`), or, with several or none, left out."""

    def ambiguous(span: Span) -> bool:
        actor = vocabulary.actors.get(span.entry_id)
        return actor is not None and bool(actor.forms_needing_state) and \
            fold(span.text) in {fold(f) for f in actor.forms_needing_state}

    if not any(ambiguous(s) for s in spans):
        return spans
    named = {getattr(vocabulary.actors.get(s.entry_id) or discovered.get(s.entry_id), "country", "")
             for s in spans if not ambiguous(s)}
    foreign = sorted(named - {"", HOME_COUNTRY})
    out = []
    for span in spans:
        if not ambiguous(span) or vocabulary.actors[span.entry_id].country in named:
            out.append(span)
        elif len(foreign) == 1:  # "the Foreign Office" of a story about Pakistan and Indonesia is Pakistan's
            name = re.sub(r"^(?:the|The)\s+", "", span.text)
            actor = Actor(actor_id="new:" + slug(f"{foreign[0]} {name}"), name=name, name_id="", acronym="",
                          actor_type="foreign_government_agency", country=foreign[0], parent_id="",
                          partner_code=foreign[0], forms=(name,), in_vocabulary=False, source="discovered")
            discovered.setdefault(actor.actor_id, actor)
            out.append(span._replace(entry_id=actor.actor_id, origin="shared-form"))
    return out



def _with_regions_after_brackets(body: str, spans: list[Span], m: Matchers, vocabulary: Vocabulary,
                                 discovered: dict[str, Actor]) -> list[Span]:
    """A regional body written with its acronym in brackets before its region ("Pemerintah Kabupaten (Pemkab) Poso"):
    one mention of the whole, the known body of that name or else a new actor of that region (added to
    `discovered`)."""
    if "(" not in body:
        return spans
    index = SpanIndex(spans)
    replaced: dict[int, Span] = {}  # start of the first span covered -> the whole name's span
    covered: set[int] = set()
    if m.regional_name_with_acronym is None:
        return spans
    for match in m.regional_name_with_acronym.finditer(body):
        place = m.place_after.match(body, match.end())
        if place is None or not (m.region_kind_before.match(place.group(1)) or fold(place.group(1)) in m.place_words):
            continue
        start, end = match.start("name"), place.end(1)
        inside = sorted(index.overlapping(start, end), key=lambda s: s.start)
        if any(s.start < start or s.end > end for s in inside):
            continue  # a known name runs across its edges
        if any(s.entry_id in vocabulary.actors for s in inside):
            continue  # a known body keeps its own mentions ("Badan Nasional ... (BNPT) Jawa Tengah")
        text = body[start:end]
        name = f"{match.group('name')} {place.group(1)}"
        known_id = _known_actor_form(name, vocabulary)
        if known_id:  # "Kepolisian Daerah (Polda) Jawa Timur" is the known Kepolisian Daerah Jawa Timur
            covered.update(s.start for s in inside)
            replaced[start] = Span(start, end, "actor", known_id, text, "regional-name")
            continue
        words = match.group("name").split()
        head = " ".join(words[:2]) if " ".join(words[:2]) in m.head_types else words[0]  # "Kejaksaan Tinggi"
        actor = Actor(actor_id="new:" + slug(name), name=name, name_id="", acronym="",
                      actor_type=m.head_types.get(head, "local_government") if head != "Pemerintah"
                      else "local_government", country=HOME_COUNTRY, parent_id="", partner_code="",
                      forms=(name, text), in_vocabulary=False, source="discovered")
        discovered.setdefault(actor.actor_id, actor)
        covered.update(s.start for s in inside)
        replaced[start] = Span(start, end, "actor", actor.actor_id, text, "regional-name")
    if not replaced:
        return spans
    return sorted([s for s in spans if s.start not in covered] + list(replaced.values()), key=lambda s: s.start)


def _regional_offices(body: str, spans: list[Span], m: Matchers, vocabulary: Vocabulary,
                      discovered: dict[str, Actor]) -> list[Span]:
    """A national ministry or agency named with a region after it, and an office word before it or the region
    one the lexicon knows ("Kanwil Kemenkumham Jateng", "Kantor Wilayah Kementerian Agama Jawa Tengah", "Kemenag
    Poso"), is its office there: an actor of its own (added to `discovered`), as readers and annotators count it."""
    out = []
    for span in spans:
        actor = vocabulary.actors.get(span.entry_id)
        if actor is None or actor.country != HOME_COUNTRY or actor.actor_type not in ("ministry", "government_agency") \
                or actor.city_follows:
            out.append(span)
            continue
        place = m.place_after.match(body, span.end)
        office = m.regional_office_before.search(body, max(0, span.start - 20), span.start) \
            if m.regional_office_before else None
        region = place and fold(m.region_kind_before.sub("", place.group(1)))
        if place is None or office is None and region not in m.place_words or region in m.capital_regions:
            out.append(span)  # (in the capital, "Kantor BNPT Jakarta" is the head office)
            continue
        start = office.start() if office else span.start
        name = body[start:place.end(1)]
        # one office however its body and office are written: "Kantor Kementerian Agama Kabupaten Poso" is
        # "Kemenag Poso"
        regional = Actor(actor_id="new:" + slug(f"{actor.actor_id} {region}"), name=name, name_id="", acronym="",
                         actor_type="government_agency", country=HOME_COUNTRY, parent_id=actor.actor_id,
                         partner_code="", forms=(name,), in_vocabulary=False, source="discovered")
        discovered.setdefault(regional.actor_id, regional)
        out.append(Span(start, place.end(1), "actor", regional.actor_id, name, "regional-office"))
    return out


def _states_inside(spans: list[Span], known: list[Span], vocabulary: Vocabulary,
                   discovered: dict[str, Actor]) -> list[Span]:
    """The foreign states written inside the names of their own bodies ("Kepolisian Federal [Australia]",
    "Kementerian Dalam Negeri [Jerman]"): the text names the state there too."""
    states = SpanIndex(s for s in known if getattr(vocabulary.actors.get(s.entry_id), "actor_type", "") == "state")
    inside = []
    for span in spans:
        actor = vocabulary.actors.get(span.entry_id) or discovered.get(span.entry_id)
        if actor is None or actor.actor_type == "state" or not actor.country or actor.country == HOME_COUNTRY:
            continue
        inside += [s for s in states.overlapping(span.start, span.end)
                   if span.start <= s.start and s.end <= span.end and s.entry_id == actor.country]
    return inside


def _drop_home_bodies_named_for_a_foreign_state(body: str, spans: list[Span], m: Matchers,
                                                vocabulary: Vocabulary, discovered: dict[str, Actor]) -> list[Span]:
    """A home institution's generic name right after a foreign state ("Singapore's Foreign Ministry", "Cambodian
    National Police") is that state's institution, not the home one: the state stands for it. Right before the
    state, or "of" and the state ("Kementerian Dalam Negeri Tajikistan", "National Police of Colombia"), name and
    state together name the foreign institution: a new actor of that state (added to `discovered`)."""

    def is_a(span: Span, home: bool) -> bool:
        actor = vocabulary.actors.get(span.entry_id)
        return actor is not None and (actor.country == HOME_COUNTRY) == home and (actor.actor_type == "state") != home

    owned = set()
    named: dict[int, Span] = {}  # index of the state -> the foreign institution its name and the state's make
    for index, span in enumerate(spans):
        if not is_a(span, home=False):  # a foreign state: few per article, so only their neighbours are looked at
            continue
        after, before = index + 1, index - 1
        if after < len(spans) and body[span.end:spans[after].start] in _OWNER_GAPS and (
                is_a(spans[after], home=True) or _another_states_agency(spans[after], span, vocabulary)):
            owned.add(after)  # "Cambodian National Police"; "Brunei's Internal Security Department" (not Singapore's)
        elif before >= 0 and before not in owned and is_a(spans[before], home=True) and (
                body[spans[before].end:span.start] in _OF_GAPS
                or body[spans[before].end:span.start] == " " and _generic_home_name(spans[before].text, m)):
            owned.add(before)  # "National Police of Colombia", "Kementerian Dalam Negeri Tajikistan"
            start, end = spans[before].start, span.end
            home = vocabulary.actors[spans[before].entry_id]
            actor_type = "foreign_government_agency" if home.actor_type in (
                "ministry", "government_agency", "security_forces") else home.actor_type
            country = vocabulary.actors[span.entry_id].country
            actor = Actor(actor_id="new:" + slug(body[start:end]), name=body[start:end], name_id="", acronym="",
                          actor_type=actor_type, country=country, parent_id="", partner_code=country,
                          forms=(body[start:end],), in_vocabulary=False, source="discovered")
            discovered.setdefault(actor.actor_id, actor)
            named[index] = Span(start, end, "actor", actor.actor_id, body[start:end], "home-name-of-state")
    # a foreign agency's name claimed by another state names that state's own body, here and in the agency's other
    # mentions ("Brunei's Internal Security Department (ISD)": the acronym is Brunei's too), but for those its own
    # state is written before
    claimed: dict[str, Actor] = {}
    for index in sorted(owned):
        if index > 0 and _another_states_agency(spans[index], spans[index - 1], vocabulary):
            agency, country = spans[index], vocabulary.actors[spans[index - 1].entry_id].country
            name = agency.text  # as written: "AFP" after "the Philippines'" is not the Australian Federal Police
            claimed.setdefault(agency.entry_id, Actor(
                actor_id="new:" + slug(f"{country} {name}"), name=name, name_id="", acronym="",
                actor_type="foreign_government_agency", country=country, parent_id="", partner_code=country,
                forms=(name,), in_vocabulary=False, source="discovered"))
    for index, span in enumerate(spans):
        if span.entry_id in claimed and not (index > 0 and body[spans[index - 1].end:span.start] in _OWNER_GAPS
                                             and spans[index - 1].entry_id == vocabulary.actors[span.entry_id].country):
            actor = claimed[span.entry_id]
            discovered.setdefault(actor.actor_id, actor)
            owned.discard(index)
            named[index] = span._replace(entry_id=actor.actor_id, origin="claimed-by-state")
    if owned or named:
        spans = [named.get(index, span) for index, span in enumerate(spans) if index not in owned]
    return [_as_translation(body, spans, index, vocabulary) for index in range(len(spans))]


def _another_states_agency(span: Span, state: Span, vocabulary: Vocabulary) -> bool:
    """`span` is a foreign agency of a state other than `state` written before it: a name both states' bodies
    bear, which the owner written there claims."""
    actor, owner = vocabulary.actors.get(span.entry_id), vocabulary.actors.get(state.entry_id)
    return actor is not None and owner is not None and owner.actor_type == "state" and \
        actor.actor_type == "foreign_government_agency" and actor.country != owner.country


def _as_translation(body: str, spans: list[Span], index: int, vocabulary: Vocabulary) -> Span:
    """A home body's name in brackets right after a foreign body's ("Kementerian Dalam Negeri Singapura (Ministry
    of Home Affairs)") translates the foreign name: it is the foreign body."""
    span = spans[index]
    if not index or body[span.end:span.end + 1] != ")" or body[spans[index - 1].end:span.start] not in (" (", "("):
        return span
    outer = vocabulary.actors.get(spans[index - 1].entry_id)
    inner = vocabulary.actors.get(span.entry_id)
    if outer is None or inner is None or inner.country != HOME_COUNTRY or inner.actor_type == "state" or \
            outer.actor_type != "foreign_government_agency":
        return span
    return span._replace(entry_id=outer.actor_id, origin="translation")


_OWNER_GAPS = frozenset(("", " ", "'s ", "’s ", "' ", "’ "))  # "Singapore's Foreign Ministry"
_OF_GAPS = frozenset((" of ", " of the "))  # "National Police of Colombia"
def _generic_home_name(text: str, m: Matchers) -> bool:
    """A name opened by a head word, a kind of institution any state has ("Kementerian Dalam Negeri"); not an
    acronym ("BNPT Jepang" is BNPT and Japan)."""
    return " " in text and m.first_heads.match(text) is not None


_BRACKETED_ACRONYM = re.compile(r"[ \t]*\([ \t]*[A-Z][\w&.-]{1,12}[ \t]*\)[ \t]*")


def _drop_state_qualifiers_and_venues(body: str, spans: list[Span], m: Matchers, vocabulary: Vocabulary,
                                      discovered: dict[str, Actor]) -> list[Span]:
    """The home state right after one of its own bodies or an international body qualifies it ("BNPT RI", "UNDP
    Indonesia") and after a locative
    ("di seluruh Indonesia", "in Jakarta, Indonesia") is a venue: neither is the state acting, so neither
    is kept as a mention of the state."""
    kept: list[Span] = []
    for span in spans:
        actor = vocabulary.actors.get(span.entry_id)
        # only the home state: a foreign state as venue or qualifier is never wrong (guidelines: optional)
        # and names the partner, while "di seluruh Indonesia" and "BNPT RI" say nothing about cooperation
        if actor is not None and actor.actor_type == "state" and actor.country == HOME_COUNTRY:
            previous = kept[-1] if kept else None
            gap = body[previous.end:span.start] if previous else ""
            owner = previous and (vocabulary.actors.get(previous.entry_id) or discovered.get(previous.entry_id))
            # (an international body's country office: "UNDP Indonesia", "United Nations Development Programme
            # (UNDP) Indonesia"; an acronym in brackets may stand between: "Asian Muslim Action Network (AMAN)
            # Indonesia")
            if owner and owner.actor_type != "state" and owner.country in (actor.country, "") and \
                    (gap.strip(" ()-") == "" or _BRACKETED_ACRONYM.fullmatch(gap)):
                continue
            before = re.findall(r"[\w-]+", body[max(0, span.start - 40):span.start])
            if before and before[-1].casefold() in m.locatives:
                continue
            if len(before) >= 2 and before[-2].casefold() in m.locatives and body[:span.start].rstrip().endswith(","):
                continue  # "di Sydney, Australia"
        kept.append(span)
    return kept


def drop_programmes_in_actor_names(programme_spans: list[Span], actor_spans: list[Span]) -> list[Span]:
    """A programme's words inside an organisation's longer name ("Center for Religious Moderation Studies") name the
    organisation, not the programme."""
    index = SpanIndex(actor_spans)
    return [p for p in programme_spans
            if not any(a.start <= p.start and p.end <= a.end and a.end - a.start > p.end - p.start
                       for a in index.overlapping(p.start, p.end))]


def drop_actors_in_outlet_name(actor_spans: list[Span], body: str, outlet: str) -> list[Span]:
    """An organisation's or state's name inside the name of the article's own outlet ("keterangan yang diterima
    Suara ASEAN", "Jakarta, Kabar Polri -") names the outlet that reports, not an actor. Only a name
    shorter than the outlet's is dropped: an outlet that is itself an organisation ("(c) 2024 BNPT") still acts, and
    so does a state an outlet is named after with no more than an article ("The Australian": "the Australian
    government")."""
    written = _outlet_name_pattern(outlet or "")
    if written is None:
        return actor_spans
    stretches = [m.span() for m in written.finditer(body)]
    return [s for s in actor_spans
            if not any(lo <= s.start and s.end <= hi and s.end - s.start < hi - lo for lo, hi in stretches)]


@lru_cache(maxsize=256)
def _outlet_name_pattern(outlet: str) -> re.Pattern | None:
    """The outlet's name as written in a body, whatever its spacing, without a leading "The"; None for a name of one
    word. Compiled once per outlet: a corpus holds few outlets and many articles of each."""
    words = re.sub(r"^the\s+", "", outlet, flags=re.I).split()
    if len(words) < 2:
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.I)


def drop_states_in_programmes(actor_spans: list[Span], programme_spans: list[Span], vocabulary: Vocabulary) -> list[Span]:
    """A state named inside a programme's name ("WARUNG ... NKRI", "Australia Indonesia Partnership") is not acting,
    nor is an international organisation named there as the group of its member states ("Treaty on ... among ASEAN
    Member States"); but the parties a mechanism's name takes ("Indonesia-UK Counter-Terrorism Dialogue") are the
    ones who meet."""
    index = SpanIndex(p for p in programme_spans if p.origin != "vocabulary+parties")
    member_states = matchers_for(vocabulary).member_states_after

    def inside(span: Span) -> Span | None:
        return next((p for p in index.overlapping(span.start, span.end) if p.start <= span.start and span.end <= p.end),
                    None)

    def not_acting(span: Span) -> bool:
        programme = inside(span)
        actor_type = getattr(vocabulary.actors.get(span.entry_id), "actor_type", "")
        if programme is None:
            return False
        if actor_type == "international_organisation":
            # (the words may be the organisation's own form: "ASEAN Member States")
            named = programme.text[span.start - programme.start:span.end - programme.start + 20]
            return any(words in named for words in member_states)
        return actor_type == "state"

    return [s for s in actor_spans if not not_acting(s)]


def _units_after_an_owners_possessive(body: str, spans: list[Span], vocabulary: Vocabulary,
                                      discovered: dict[str, Actor]) -> list[Span]:
    """A name found by a head-word rule that opens with an organisation's possessive, an acronym the article
    defined (which the rule did not know: "the NPA's Security Bureau"), ends before it as after a known actor's
    ("the Philippine National Police's Counter-Tirta Group"): the unit's own name is the new actor. A state's
    possessive is left to the foreign-state rules."""
    owners = {(s.start, s.end) for s in spans
              if getattr(vocabulary.actors.get(s.entry_id) or discovered.get(s.entry_id), "actor_type", "state")
              != "state" and body[s.end:s.end + 3] in ("'s ", "’s ")}
    kept = []
    for span in spans:
        owner_end = next((end for start, end in owners if start == span.start and end < span.end), None)
        if span.origin.startswith("head:") and owner_end is not None:
            name_start = owner_end + 3
            name = body[name_start:span.end]
            actor = discovered[span.entry_id]
            unit = replace(actor, actor_id="new:" + slug(name), name=name, forms=(name,))
            discovered.setdefault(unit.actor_id, unit)
            span = span._replace(start=name_start, entry_id=unit.actor_id, text=name)
        kept.append(span)
    return kept


def _drop_units_named_by_their_organisation(body: str, spans: list[Span], vocabulary: Vocabulary) -> list[Span]:
    """A unit with a name other bodies' units share (`generic_name`: "Direktorat Pencegahan Densus 88"), named by
    an official's title ("Deputi ... BNPT") or found by a head-word rule ("Kepala Departemen Analisis Strategi
    CUTA"), followed at once by an organisation, is that organisation's unit, whichever parent the vocabulary gives
    the bare name: the organisation stands for it. A unit with a name of its own ("Densus 88 AT Polri",
    "Ditjenpas Kemenkumham") acts beside the organisation it is named with."""
    kept = []
    for span, following in zip(spans, spans[1:] + [None]):
        if following and not body[span.end:following.start].strip():
            actor = vocabulary.actors.get(span.entry_id)
            owner = vocabulary.actors.get(following.entry_id)
            if (span.origin == "title-unit" or (actor is not None and actor.generic_name)
                    or (span.origin.startswith("head:") and owner is not None and owner.actor_type != "state")):
                continue
        kept.append(span)
    return kept


def _roll_up_title_unit(span: Span, m: Matchers, vocabulary: Vocabulary) -> Span:
    """A unit named by an official's title ("Deputi Bidang Kerja Sama Internasional BNPT, X") is the office
    of a person, not a separate actor: the mention counts for the organisation the unit belongs to."""
    actor = vocabulary.actors.get(span.entry_id)
    if actor is None or not actor.parent_id:
        return span
    first = span.text.split(" ", 1)[0].casefold()
    if first in m.title_heads:
        return Span(span.start, span.end, span.label, actor.parent_id, span.text, "title-unit", span.weight)
    return span


# after a known actor, what makes the rest of a name another actor: its owner ("Police's") or a list ("and the")
_OWNER_OR_LIST = re.compile(r"(?:['’]s|,? and(?: the)?|,? dan) ")
_LIST_AFTER = re.compile(r",? (?:and|dan|serta)(?: the)? ")  # a known body, then the next name of a list


def _outside_known(body: str, start: int, end: int, known: SpanIndex,
                   vocabulary: Vocabulary) -> tuple[int, int] | None:
    """Cut a rule-found name where a known non-state actor begins inside it ("Kementerian Sosial dan
    Badan Nasional ..." is two actors); None when a known actor already starts the name, unless it owns
    the rest ("Philippine National Police's Anti-Terrorism Group") or a list joins it to the rest."""
    for span in known.overlapping(start, end):
        listed = _LIST_AFTER.match(body, span.end)
        actor = vocabulary.actors.get(span.entry_id)
        if listed and start < span.start and listed.end() < end and (actor is None or actor.actor_type != "state"):
            start = max(start, listed.end())  # "Indonesia's Ministry of X and the [Civil Aviation Authority of Y]"
    for span in sorted(known.overlapping(start, end), key=lambda s: s.start):
        actor = vocabulary.actors.get(span.entry_id)
        if span.start <= start:
            owner_or_list = _OWNER_OR_LIST.match(body, span.end)
            # (a state's "Cambodia's Foreign Ministry" is left to the rules for home bodies of foreign states)
            if owner_or_list and owner_or_list.end() < end and not (
                    owner_or_list.group(0)[0] in "'’" and actor is not None and actor.actor_type == "state"):
                start = owner_or_list.end()  # "LPSK and the [Australian Consulate-General]"
                continue
        if span.start <= start:
            if actor is not None and actor.actor_type == "state" and span.end < end and body[span.end] not in "'’":
                continue  # "Turkish Interior Ministry", "Philippine Navy": a state's body, named by its state
            if actor is not None and actor.names_a_kind and span.end < end:
                continue  # "Regional Government of NTB Province": the kind of body, then which one
            return None
        if actor is None or actor.actor_type != "state":
            end = min(end, span.start)  # the first known actor inside ends it
    return (start, end) if end > start else None


@dataclass(frozen=True)
class Definition:
    """A name defined with its acronym in the text: "Long Name (ACR)" or "ACR (Long Name)"; or, `translation`,
    with its name in the other language: "Kementerian Keamanan Publik RRT (Ministry of Public Security)", where
    acr_* is the bracketed name."""

    long_start: int
    long_end: int
    acr_start: int
    acr_end: int
    translation: bool = False


@lru_cache(maxsize=8)
def _definitions(body: str, m: Matchers) -> tuple[Definition, ...]:
    found = []
    for paren in _PARENTHESES.finditer(body):
        inside, (in_start, in_end) = paren.group(1), paren.span(1)
        if m.acronym.fullmatch(inside):  # Long Name (ACR)
            window_start = max(0, paren.start() - 200)
            name = m.name_before.search(body, window_start, paren.start())
            if name and (name.group(0).strip().count(" ") or "-" in name.group(0)):
                end = name.start() + len(name.group(0).rstrip())
                start = _across_commas(body, name.start(), end, inside, m)
                # "Nabila Putri of the Center for ... Studies (PAKAR)": the person before "of" is not in the name
                # (but "Training of Trainers (ToT)": a programme's head word before "of" opens the name)
                after_person = _after_a_person_of(body, start, end, m)
                before_of = [w for w in re.findall(r"\w+", body[start:after_person]) if w not in ("of", "the", "dari")]
                if len(before_of) >= 2 and not any(w.casefold() in m.programme_head_words for w in before_of):
                    start = after_person
                found.append(Definition(start, end, in_start, in_end))
            continue
        before = re.search(r"\b([A-Z]{2,}[0-9]*)\s*$", body[max(0, paren.start() - 20):paren.start()])
        name = m.name_after.fullmatch(inside)
        if before and name and " " in inside.strip():  # ACR (Long Name)
            acr_end = before.end(1) + max(0, paren.start() - 20)
            found.append(Definition(in_start, in_end, acr_end - len(before.group(1)), acr_end))
            continue
        # Name (Other Name) or Name (Other Name/ACR); not a day in brackets ("... Dialogue on Tuesday (May 16)")
        translation = m.translation.fullmatch(inside) if not _DAY_IN_BRACKETS.fullmatch(inside) else None
        long = translation and m.name_before.search(body, max(0, paren.start() - 200), paren.start())
        if long and long.group(0).strip():
            end = long.start() + len(long.group(0).rstrip())
            found.append(Definition(long.start(), end, in_start + translation.start("name"),
                                    in_start + translation.end("name"), translation=True))
            if translation.group("acr"):
                found.append(Definition(long.start(), end, in_start + translation.start("acr"),
                                        in_start + translation.end("acr")))
    return tuple(found)


_DAY_IN_BRACKETS = re.compile(r"\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)\s*")  # "May 16", "16 Mei"
_DIGIT_REPEATS = re.compile(r"([A-Z])(\d)")
_COMMA_BEFORE = re.compile(r",[ \t]*(?:(?:dan|serta|and|&)[ \t]+)?$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _acronym_letters(acronym: str) -> str:
    """The initials an acronym spells, a digit repeating the letter before it ("DP3AKB" -> "DPPPAKB")."""
    return _DIGIT_REPEATS.sub(lambda g: g.group(1) * int(g.group(2)), acronym)


def _capitalised_words(text: str, m: Matchers) -> list[re.Match]:
    return [w for w in _WORD.finditer(text) if w.group(0)[0].isupper() and w.group(0).casefold() not in m.name_connectors]


def _across_commas(body: str, start: int, end: int, acronym: str, m: Matchers) -> int:
    """Where a name defined by an acronym begins, reaching back over commas when only the longer name spells the
    acronym: "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana (DP3AKB)"."""
    letters = _acronym_letters(acronym)
    spelled = "".join(w.group(0)[0] for w in _capitalised_words(body[start:end], m))
    if not (letters.isalpha() and letters.isupper()) or spelled.endswith(letters):
        return start
    reach = start
    for _ in range(4):  # a few commas at most: a longer run is a list of names, not one name
        comma = _COMMA_BEFORE.search(body, max(0, reach - 12), reach)
        earlier = comma and m.name_before.search(body, max(0, comma.start() - 120), comma.start())
        if not earlier or not earlier.group(0).strip():
            break
        reach = earlier.start()
        words = _capitalised_words(body[reach:end], m)
        spelled = "".join(w.group(0)[0] for w in words)
        if spelled.endswith(letters):  # "[Kepala] Dinas ...": a title before the name is no part of it
            return reach + words[len(spelled) - len(letters)].start()
        if not letters.endswith(spelled):
            break
    return start


def find_definitions(body: str, m: Matchers) -> tuple[Definition, ...]:
    """Every "Long Name (ACR)" / "ACR (Long Name)" / "Name (Translation)" of a body, found from its parentheses
    (computed once per body)."""
    return _definitions(body, m) if "(" in body else ()


_AND_THE = re.compile(r" (?:and|dan) the ")  # a list's next name: no name runs on across "and the"


def _head_names(body: str, m: Matchers) -> list[tuple[int, int, str, int]]:
    """Names built on an organisation head word: (start, end, head, where the head begins)."""
    found = list(_first_head_names(body, m))
    for match in word_initial_matches(m.last_heads, body):
        head = match.group(0)
        # an English name may go on after its head word ("Philippine Institute for Peace, Violence and ...")
        end = _object_end(body, match.end(), m) if head in m.heads_with_object else match.end()
        name = m.name_before_head.search(body, max(0, match.start() - 120), match.start())
        if name and name.group(0).strip():
            start = name.start()
            for earlier in m.previous_last_head.finditer(body, start, match.start()):
                start = earlier.end()  # "the Civil Service and the [State Security] Service": the last of a list
            for earlier in _AND_THE.finditer(body, start, match.start()):
                start = earlier.end()  # "Government of East Java Province and the [Surabaya City] Government"
            start = _after_a_person_of(body, start, match.start(), m)
            ordinal = _ORDINAL_BEFORE.search(body, max(0, start - 8), start)
            if ordinal:
                start = ordinal.start()  # "the Army's 11th Infantry Division"
            found.append((start, end, head, match.start()))
        elif end > match.end():  # "the Institute of Tirta Studies": the head opens the name
            found.append((match.start(), end, head, match.start()))
    return found


# An English name may continue after some head words ("Institute for ...", lexicon `heads_with_object`): capitalised
# words with small words between, perhaps a list closed by "and" ("Peace, Violence and Terrorism")
_CAPITALISED_RUN = r"[A-Z][\w'’-]*(?:[ ](?:(?:of|the|for|on|in|and)[ ])*[A-Z][\w'’-]*)*"
_HEAD_OBJECT = re.compile(rf"[ ](?:for|on|of|against)[ ](?:the[ ])?{_CAPITALISED_RUN}"
                          rf"(?:(?:,[ ]{_CAPITALISED_RUN})*,?[ ]and[ ]{_CAPITALISED_RUN})?")
def _object_end(body: str, head_end: int, m: Matchers) -> int:
    """Where "for/of ..." after a head word ends: before another organisation's head ("Institute of Security and
    Global Affairs [Universiteit Leiden]")."""
    extension = _HEAD_OBJECT.match(body, head_end)
    if not extension:
        return head_end
    words = list(re.finditer(r"[\w'’-]+", body[head_end:extension.end()]))
    for word in words[2:]:
        if word.group(0).casefold() in m.org_head_words or word.group(0) in m.head_types:
            return _trim_to_word(body, head_end, head_end + word.start(), m)
    return extension.end()


def _trim_to_word(body: str, start: int, end: int, m: Matchers) -> int:
    """`end` moved back over spaces, commas and connectors to the end of the last word before it."""
    words = list(re.finditer(r"[\w'’-]+", body[start:end]))
    while words and words[-1].group(0).casefold() in m.name_connectors | {"for", "of", "on", "against"}:
        words.pop()
    return start + words[-1].end() if len(words) > 1 else start


_ORDINAL_BEFORE = re.compile(r"(?<![\w.,])\d{1,3}(?:st|nd|rd|th)[ ]$")
_OF = re.compile(r" (?:of|dari) (?:the )?")


def _after_a_person_of(body: str, start: int, head_start: int, m: Matchers) -> int:
    """"Noel Santiago of the Philippine Institute": before "of", words without an organisation head word name
    a person or a position, not the organisation the head word closes."""
    of = None
    for of in _OF.finditer(body, start, head_start):
        pass
    if of is None or any(w.casefold() in m.org_head_words for w in re.findall(r"\w+", body[start:of.start()])):
        return start
    return of.end()


def _place_office_end(body: str, head_start: int, head_end: int, end: int, m: Matchers) -> int | None:
    """Where the name of an office named by its place ends: its class ("Kelas IIA") and its place, one word and
    the words of direction after it ("Bapas Jakarta Selatan"), or two words where no more follow ("Lapas Kelas IIA
    Gunung Sindur"); what runs on after it is its head's name ("Kepala Lapas Karanganyar [Suhendra Marpaung]")."""
    words = list(re.finditer(r"\S+", body[head_end:end]))
    while words and words[0].group(0) in m.place_office_kinds:
        words = words[1:]  # "Lapas Perempuan Kelas IIA Jakarta": the kind of prison, then its class
    words_of_place = words
    if len(words) >= 2 and words[0].group(0) in m.place_office_classes:
        # (its grade may be written in two: "Klas II B Sentul")
        grade = 3 if len(words) >= 3 and words[2].group(0) in ("A", "B") else 2
        words_of_place = words[grade:]
    if not words_of_place:
        return None  # "melalui Lapas Khusus": a kind of prison, no named one
    if len(words_of_place) == 2 and _word_before(body, head_start) in m.person_titles:
        # "Kepala Rutan Kelas IIB Bambang Irawan": after its head's title, two words are the head's name
        return head_end + words[-3].end() if len(words) > 2 else None
    if len(words_of_place) <= 2:
        return end
    keep = 1
    while keep < len(words_of_place) and words_of_place[keep].group(0).strip(",.") in m.place_direction_words:
        keep += 1
    return head_end + words_of_place[keep - 1].end()


def _first_head_names(body: str, m: Matchers) -> Iterator[tuple[int, int, str, int]]:
    """Names opened by a head word ("Kementerian ..."). A list of two ("Kementerian Agama RI dan Kementerian Wakaf
    ... Maroko") ends before its joiner, and the next name is read afresh from its own head word."""
    search = m.first_heads.search
    position = 0
    while True:
        match = search(body, position)
        if match is None:
            return
        start = match.start()
        if start and (body[start - 1].isalnum() or body[start - 1] == "_"):
            position = start + 1  # not at a word start (see `word_initial_matches`)
            continue
        if body[match.end("head"):match.end()].split(None, 1)[0].casefold() in m.list_joiners:
            position = match.end("head")  # "Agency and the ...": a head word ending a name, not opening one
            continue
        split = m.next_first_head.search(body, match.end("head"), match.end())
        if split is None:
            yield start, match.end(), match.group("head"), start
            position = match.end()
        else:
            yield start, split.end("last"), match.group("head"), start
            position = split.start("next")


def _translation_spans(body: str, d: Definition, known: SpanIndex, m: Matchers, vocabulary: Vocabulary) -> list[Span]:
    """"Known Name (Other Name)" or "Other Name (Known Name)": one actor written in both languages, so the other
    name is the known actor here. Only organisations: a state's name in brackets is a place or a qualifier."""
    name_start, name_end = d.acr_start, d.acr_end
    start, end = _last_of_list(body, _skip_openers(body, d.long_start, d.long_end, m), d.long_end, known, m)
    inside = [k for k in known.overlapping(name_start, name_end) if k.start <= name_start and k.end >= name_end]
    # (the name may carry its owner's possessive before the bracket: "the Indonesian Navy's (TNI AL) fleet")
    name_end_before = end - 2 if body[start:end].endswith(("'s", "’s")) else end
    before = [k for k in known.overlapping(start, end) if k.start == start and k.end == end]
    if inside and any(k.entry_id == inside[0].entry_id and k.end == name_end_before and k.start > start
                      for k in known.overlapping(start, end)):
        # "the Philippine Navy and of the Indonesian Navy's (TNI AL)": the bracket's own known name ends the run;
        # what stands before it is another body of the list
        return []
    if bool(inside) == bool(before):
        return []  # both known (nothing to learn) or neither (no actor to give)
    owner = (before or inside)[0]
    actor = vocabulary.actors.get(owner.entry_id)
    if actor is None or actor.actor_type == "state":
        return []
    if before:
        return [Span(name_start, name_end, "actor", owner.entry_id, body[name_start:name_end], "definition")]
    if definition_kind(body[start:end], m) != "actor":
        return []  # "... di Pakistan (National Counter Terrorism Authority)": no organisation before the brackets
    return [Span(start, end, "actor", owner.entry_id, body[start:end], "definition")]


def _skip_openers(body: str, start: int, end: int, m: Matchers) -> int:
    """Where a capitalised run starts once the sentence openers it swept up ("Sementara", "The") are skipped."""
    for word in re.finditer(r"\S+", body[start:end]):
        if word.group(0).casefold().strip(".,") not in m.leading_noise:
            return start + word.start()
    return start


def _definition_spans(body: str, d: Definition, known: SpanIndex, m: Matchers, vocabulary: Vocabulary,
                      discovered: dict[str, Actor]) -> list[Span]:
    acronym = body[d.acr_start:d.acr_end]
    trimmed = _trim_name(body, d.long_start, d.long_end, m, acronym)
    if trimmed is None:
        return []
    long_start, long_end = _last_of_list(body, trimmed[0], trimmed[1], known, m)
    long_text = body[long_start:long_end]
    named = _known_with_name_after(body, d, acronym, vocabulary)
    if named and not d.translation:
        # "Universitas Islam Negeri (UIN) Ar-Raniry": the bracket defines a kind of body, the name after it says
        # which one, and "UIN Ar-Raniry" is in the vocabulary
        entry_id, tail_end = named
        state = vocabulary.actors.get(_known_actor_form(body[d.acr_end:tail_end].lstrip(") \t"), vocabulary))
        if state is not None and state.actor_type == "state" and \
                _known_actor_form(long_text, vocabulary) in ("", entry_id):
            # "Komite Keamanan Nasional (KNB) Kazakhstan": the state after the bracket only says whose body it is;
            # the long name and the acronym are each a name of that body, and the state a mention of its own
            # (not where the long name alone is another body: "Kementerian Dalam Negeri (KDN) Malaysia" is no
            # Kementerian Dalam Negeri of Indonesia)
            return [Span(long_start, long_end, "actor", entry_id, long_text, "definition"),
                    Span(d.acr_start, d.acr_end, "actor", entry_id, acronym, "definition")]
        return [Span(long_start, tail_end, "actor", entry_id, body[long_start:tail_end], "definition")]
    known_long = [k for k in known.overlapping(long_start, long_end) if k.start <= long_start and k.end >= long_end]
    known_acr = [k for k in known.overlapping(d.acr_start, d.acr_end) if k.start <= d.acr_start and k.end >= d.acr_end]
    if known_long and known_acr:
        if known_long[0].entry_id != known_acr[0].entry_id and known_long[0].start == long_start:
            # "the Armed Forces of the Philippines (AFP)": the article defines the acronym, whatever else it
            # may stand for; `match_actors` applies this to every use of it in the article
            return [Span(d.acr_start, d.acr_end, "actor", known_long[0].entry_id, acronym, "redefinition")]
        return []
    if known_acr and any(k.entry_id == known_acr[0].entry_id and k.end == long_end and k.start > long_start
                         for k in known.overlapping(long_start, long_end)):
        # "Indonesia's Ministry of Law and Human Rights and the National Counter Terrorism Agency (BNPT)": the
        # acronym's own known name ends the run; what stands before it is the list's other names
        return []
    if known_long or known_acr:
        entry = (known_long or known_acr)[0].entry_id
        start, end = (d.acr_start, d.acr_end) if known_long else (long_start, long_end)
        return [Span(start, end, "actor", entry, body[start:end], "definition")]
    if _known_programme(acronym, vocabulary) or _known_programme(long_text, vocabulary):
        return []  # "Conflict, Stability and Security Fund (CSSF)": a known facility, whatever its head word says
    # the state may follow the acronym: "National Counter Terrorism Committee (NCTC) Qatar"
    actor = _discovered_actor(long_text, acronym, "", known, long_start, max(long_end, d.acr_end + 1), m, vocabulary)
    discovered.setdefault(actor.actor_id, actor)
    return [Span(long_start, long_end, "actor", actor.actor_id, long_text, "definition"),
            Span(d.acr_start, d.acr_end, "actor", actor.actor_id, acronym, "definition")]


_NAME_AFTER_BRACKET = re.compile(r"\)[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})")


def _known_actor_form(text: str, vocabulary: Vocabulary) -> str:
    owner = vocabulary.forms.get(text if is_case_sensitive(text) else fold(text))
    return owner[1] if owner is not None and owner[0] == "actor" else ""


def _known_with_name_after(body: str, d: Definition, acronym: str, vocabulary: Vocabulary) -> tuple[str, int] | None:
    """The known actor that the acronym and the capitalised words right after its bracket name together, with
    where those words end ("(UIN) Ar-Raniry Banda Aceh" -> UIN Ar-Raniry), longest first; None if there is none."""
    after = _NAME_AFTER_BRACKET.match(body, d.acr_end)
    if not after:
        return None
    words = list(re.finditer(r"\S+", after.group(1)))
    for count in range(len(words), 0, -1):
        entry_id = _known_actor_form(f"{acronym} {after.group(1)[:words[count - 1].end()]}", vocabulary)
        if entry_id:
            return entry_id, after.start(1) + words[count - 1].end()
    return None


_ACRONYM_AFTER_NAME = re.compile(r"(?:[ \t]+[a-z][\w-]*(?:[ \t]+[\w-]+){0,4})?[ \t]*\(([^()\n]{2,20})\)")


def _known_programme(text: str, vocabulary: Vocabulary) -> str:
    """The id of the vocabulary programme the text is a form of (an acronym as written, other forms folded), or ''."""
    owner = vocabulary.forms.get(text if is_case_sensitive(text) else fold(text))
    return owner[1] if owner is not None and owner[0] == "programme" else ""


def _last_of_list(body: str, start: int, end: int, known: SpanIndex, m: Matchers) -> tuple[int, int]:
    """A name swept up with the names listed before it ("BNPT dan Kepolisian Federal Australia (AFP)")
    starts after the last known actor that is followed by a list joiner: the brackets define that name only."""
    for span in sorted(known.overlapping(start, end), key=lambda s: s.start):
        if span.start != start or span.end >= end:
            continue
        joint = re.match(r"[\s,&]*(?:(\w+)\s+)*?(?=[A-Z])", body[span.end:end])
        words = re.findall(r"\w+|&|,", joint.group(0)) if joint else []
        if words and all(w.casefold() in m.list_joiners for w in words) and joint.group(0).strip():
            start = span.end + joint.end()
    return start, end


def _names_a_position(name: str, acronym: str, m: Matchers) -> bool:
    """"Kepala Staf Angkatan Laut (KSAL)", "Komandan Pasukan Khusus (Danpasus)": a title opens the name and the
    acronym spells it too, so the acronym stands for a position and its service is no new organisation ("Ketua
    Dewan Keamanan Siber Nasional (DKSN)": the acronym spells the council alone)."""
    words = re.findall(r"[\w-]+", name)
    return len(words) > 1 and words[0].casefold() in m.person_titles and \
        not acronym.upper().startswith(words[1][:1].upper())


def definition_kind(name: str, m: Matchers) -> str:
    """'actor' or 'programme' by the first head word of a name ("Balai Latihan Kerja" is a body,
    "Kawasan Terpadu Nusantara" a programme); '' for a plain term ("foreign terrorist fighters")."""
    for word in re.findall(r"\w+", name):
        key = word.casefold()
        if key in m.org_head_words:
            return "actor"
        if key in m.programme_head_words:
            return "programme"
    return ""


# a military unit's number and its name ("Korem 132/Tadulako", "Kodim 0735/Surakarta"): a name's last word
_UNIT_NUMBER = re.compile(r"\d+/[A-Z][\w'’-]*")


def _trim_name(text: str, start: int, end: int, m: Matchers, acronym: str = "") -> tuple[int, int] | None:
    """Drop what a name pattern swept up at its edges: connectors and lower-case words at the end,
    sentence openers ("Serta", "Bersama") at the start, and words before the one an acronym begins with."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if words and words[0].group(0).casefold().rstrip(".,") in m.person_words:
        words = _after_the_person(words, m)  # "Major Dilshod Karimov of the State Security Service"
    # "Wakil Komisaris Jenderal [Kenya Prisons Service]": a title or rank of several words before the name
    lead = 0
    while lead < len(words) - 1 and words[lead].group(0).casefold().rstrip(".,") in m.person_words | m.title_heads \
            and words[lead].group(0).casefold() not in m.org_head_words:
        lead += 1
    words = words[lead:] if lead > 1 else words
    for index, word in enumerate(words[1:], start=1):
        if word.group(0).casefold().rstrip(".,") in m.person_words and \
                f"{words[index - 1].group(0)} {word.group(0)}".casefold() not in m.org_head_words:
            # "... Densus 88 Kombes. Pol. Bogiek Sugiyarto": a rank starts a person (not the "Jenderal" of a
            # "Direktorat Jenderal"); but an acronym in brackets defines what stands right before it, so there
            # the person and what came before go ("Coordinator X Smith and Deputy of the ... Agency (BNPT)")
            words = words[index + 1:] if acronym else words[:index]
            break
    for index, word in enumerate(words[1:], start=1):
        if fold(word.group(0).strip(".,")) in m.date_words and words[index - 1].group(0).casefold() in m.name_connectors:
            words = words[:index - 1]  # "Counter-Terrorism Directorate in Kuala Lumpur [in November]": a date
            break
    for index, word in enumerate(words[1:-1], start=1):
        if word.group(0).casefold() in m.from_words and \
                all(fold(w.group(0).strip(".,")) in m.place_words for w in words[index + 1:]):
            words = words[:index]  # "Yayasan Isana Dewata [dari Bali]": where the body comes from, not its name
            break
    for index in range(len(words) - 1, 0, -1):
        if fold(words[index].group(0).strip(".,")) in m.date_words and (
                words[index - 1].group(0).strip(".,").isdigit()
                or index + 1 < len(words) and words[index + 1].group(0).strip(".,").isdigit()):
            # "[on 18 February 2025 for the] Ad Hoc Group": a date written in full runs into the name's words
            rest = words[index + 1:]
            rest = rest[1:] if rest and rest[0].group(0).strip(".,").isdigit() else rest
            while rest and not rest[0].group(0)[0].isupper():
                rest.pop(0)
            words = rest
            break
    while words and (words[-1].group(0).casefold() in m.name_connectors or not words[-1].group(0)[0].isupper()) \
            and not _UNIT_NUMBER.fullmatch(words[-1].group(0).rstrip(".,")):
        words.pop()
    while words and (words[0].group(0).casefold().strip(".,") in m.leading_noise
                     or words[0].group(0).casefold() in m.title_heads):
        words.pop(0)
    capitals = [c for c in acronym if c.isupper()]
    if capitals:
        # "Serta Kawasan Terpadu Nusantara (KTN)": start at the last word that can begin the acronym
        for index in range(len(words) - 1, -1, -1):
            word = words[index].group(0)
            rest = [w.group(0) for w in words[index:] if w.group(0)[0].isupper()]
            if word[0] == capitals[0] and len(rest) >= len(capitals):
                words = words[index:]
                break
    for index, word in enumerate(words[:-2]):
        following = [w.group(0) for w in words[index + 1:]]
        if (word.group(0) in m.place_kinds or index and word.group(0).casefold() in m.places
                and following[0] not in m.place_kinds) and \
                all(w[:1].isupper() and w.casefold() not in m.org_head_words for w in following):
            words = words[:index + 1]  # "Kemenag Office of Bima Regency [Syamsuddin Abdullah]", "Dinas ... Lamongan
            # [Nur Khamid Susanto]": a person follows the place
            break
    if len(words) < 2:
        return None
    return start + words[0].start(), start + words[-1].end()



_NAME_AFTER_STATE = re.compile(r"[ \t]+[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)+[ \t]*$")


def _to_the_state(body: str, span: tuple[int, int], head_start: int, known: SpanIndex,
                  vocabulary: Vocabulary) -> tuple[int, int]:
    """"Direktur Departemen Pemberantasan Kejahatan Ekonomi Uzbekistan Bakhodir Tursunov": an Indonesian name
    opened by its head ends with its state; capitalised words after it are the official's name."""
    states = [s for s in known.overlapping(head_start, span[1]) if head_start < s.start and s.end < span[1]
              and getattr(vocabulary.actors.get(s.entry_id), "actor_type", "") == "state"]
    if states and _NAME_AFTER_STATE.match(body[states[-1].end:span[1]]):
        return span[0], states[-1].end
    return span


def _to_the_given_name(body: str, span: tuple[int, int], head_start: int, m: Matchers) -> tuple[int, int]:
    """"Ketua Yayasan Tirta Damai Abdul Rozaq Hidayat": after an official's title, a name opened by its head ends
    before a word that opens people's names (lexicon `given_name_openers`) with more capitalised words after it."""
    if not m.given_name_openers or _word_before(body, span[0]) not in m.title_heads:
        return span
    words = list(re.finditer(r"\S+", body[head_start:span[1]]))
    for index, word in enumerate(words[2:-1], start=2):
        if word.group(0).casefold().rstrip(".") in m.given_name_openers and words[index + 1].group(0)[:1].isupper():
            return span[0], head_start + words[index - 1].end()
    return span


def _place_before(text: str, start: int, head_start: int, m: Matchers) -> int | None:
    """Where the capitalised place before a lower-case head begins ("[Central Java] provincial government"), after
    sentence openers; None where no capitalised word is left."""
    words = list(re.finditer(r"\S+", text[start:head_start]))
    while words and (words[0].group(0).casefold().strip(".,") in m.leading_noise
                     or words[0].group(0).casefold() in m.title_heads):
        words.pop(0)
    if not words or not all(w.group(0)[:1].isupper() for w in words):
        return None
    return start + words[0].start()


def _after_the_person(words: list[re.Match], m: Matchers) -> list[re.Match]:
    """The words after "Rank Name of the" in a run that begins with a rank or title, where the connector comes
    before any organisation head word; the run unchanged otherwise ("Kepala Badan Pengawas Obat dan Makanan")."""
    for index, word in enumerate(words):
        key = word.group(0).casefold()
        if key in m.org_head_words:
            return words
        if key in m.name_connectors:
            while index < len(words) and words[index].group(0).casefold() in m.name_connectors:
                index += 1
            return words[index:]
    return words


_OFFICE_LINK = re.compile(r"['’]s[ \t]+|[ \t]+(?:[A-Z][\w-]*[ \t]+)?")  # "UNODC's ", "UNODC Country "


def _office_of_a_known_body(body: str, start: int, known: SpanIndex, vocabulary: Vocabulary) -> bool:
    """Whether a name found by its head follows an international body's name, at most one word between ("UNODC
    Country Office for Indonesia", "UNDP's Regional Hub"): an office of that body, which the body's mention stands for."""
    for span in known.overlapping(max(0, start - 40), start):
        actor = vocabulary.actors.get(span.entry_id)
        if actor is not None and actor.actor_type == "international_organisation" and span.end <= start and \
                _OFFICE_LINK.fullmatch(body, span.end, start):
            return True
    return False


_TITLE_OF_BEFORE = re.compile(r"\b([A-Za-z-]+)[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.&-]*['’]s?[ \t]+)?$")
_OWNER_BEFORE_A_UNIT = re.compile(r"['’]s?[ \t]+$")
_OF_AFTER_A_UNIT = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_ACRONYM_AFTER_A_UNIT = re.compile(r"[ \t]*\([ \t]*[A-Z][A-Za-z0-9&.-]{1,11}[ \t]*\)")


def _a_titles_unit(body: str, start: int, end: int, head: str, known: SpanIndex, m: Matchers) -> bool:
    """Whether a name found by its head is the unit an official's title names ("Head of the Counter-Terrorism
    Division of the EEAS", "head of the TNI's International Cooperation Center", "First Assistant Secretary of
    Counter-Terrorism Division"): the person's office, not a body acting; the organisation stands for it. Only a
    unit: a head that always names one ("Division"), or a name with its organisation before or after it, so that
    "director of the Habibie Center" keeps the think tank the person speaks for. A unit the text gives an acronym
    ("Director of the Terrorism Investigation Division (TID)") is a body known by its own name: an actor."""
    title = _TITLE_OF_BEFORE.search(body, max(0, start - 80), start)
    if title is None or title.group(1).casefold() not in m.title_heads or _ACRONYM_AFTER_A_UNIT.match(body, end):
        return False
    if head.casefold() in m.unit_heads:
        return True
    owner = next((s for s in known.overlapping(max(0, start - 40), start) if s.end <= start
                  and _OWNER_BEFORE_A_UNIT.fullmatch(body, s.end, start)), None)
    of_after = _OF_AFTER_A_UNIT.match(body, end)
    owner_after = of_after and any(s.start == of_after.end() for s in known.overlapping(of_after.end(), of_after.end() + 1))
    return owner is not None or bool(owner_after)


def _names_a_venue(name: str, m: Matchers) -> bool:
    """Whether a word of the name makes it a place where things happen ("Jakarta Convention Center", "Pelabuhan
    ... Centre") rather than a body that acts."""
    return any(fold(word) in m.venue_words for word in re.findall(r"[\w'-]+", name))


def _discovered_actor(name: str, acronym: str, actor_type: str, known: SpanIndex, start: int, end: int,
                      m: Matchers, vocabulary: Vocabulary) -> Actor:
    """A stable actor for a name the vocabulary lacks, with its country when the name contains a state."""
    country, country_length = "", 0
    agency_country = ""  # "Departemen Penanggulangan Terorisme EGM": a unit of a known foreign agency
    for span in known.overlapping(start, end + 2):
        if start <= span.start and span.end <= end or span.start == end + 1:
            actor = vocabulary.actors.get(span.entry_id)
            # the hits are not yet resolved: the longest state written there wins ("Papua New Guinea Defence
            # Force" holds "Guinea" too)
            if actor and actor.actor_type == "state" and span.end - span.start > country_length:
                country, country_length = actor.country, span.end - span.start
            elif actor and actor.actor_type == "foreign_government_agency" and actor.country:
                agency_country = agency_country or actor.country
    country = country or agency_country
    if not actor_type:
        actor_type = next((m.head_types[w] for w in re.findall(r"\w+", name) if w in m.head_types), "other")
    if not country:  # "Pemerintah Provinsi ...", "... Regency Government" are Indonesian by their head
        country = next((c for head, c in m.head_countries.items() if name.startswith(head) or name.endswith(head)), "")
    if country and country != "IDN" and actor_type in ("ministry", "government_agency", "security_forces"):
        actor_type = "foreign_government_agency"
    partner = country if country and country != "IDN" else ""
    actor_id = "new:" + slug(acronym or name)
    return Actor(actor_id=actor_id, name=name, name_id="", acronym=acronym, actor_type=actor_type, country=country,
                 parent_id="", partner_code=partner, forms=(name,) + ((acronym,) if acronym else ()),
                 in_vocabulary=False, source="discovered")


# --------------------------------------------------------------------------- programmes and themes

def _required_words_automaton(vocabulary: Vocabulary) -> ahocorasick.Automaton | None:
    words = {word for rule in vocabulary.programme_patterns for word in rule.get("requires") or ()} - {""}
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _required_words_present(body: str, vocabulary: Vocabulary) -> set[str]:
    """Which of the programme rules' key words (`requires`) occur in the body, as substrings: one pass for
    all of them, not one substring test per word and rule."""
    automaton = compiled_for(vocabulary, _required_words_automaton)
    present = {word for _, word in automaton.iter(body)} if automaton is not None else set()
    present.add("")  # (an empty key word is in every body, though the automaton never reports it)
    return present


def match_programmes(body: str, vocabulary: Vocabulary, folded: str | None = None,
                     hits: VocabularyHits | None = None) -> list[Span]:
    """Programme mentions: the vocabulary's named programmes plus rule-found ones ("Workshop on ...", "Long Name (ACR)").
    A rule never makes a programme of a known actor ("Programme Manager of Hedayah", "United Nations Development
    Programme (UNDP)"): a programme head word inside an organisation's name does not make it a programme."""
    m = matchers_for(vocabulary)
    hits = hits if hits is not None else vocabulary_hits(body, vocabulary, folded)
    actors = SpanIndex(s for s in hits.actors if s.label == "actor")
    spans = [_with_parties(body, s, actors, m.pair_parties) if s.entry_id in m.named_with_parties else s
             for s in hits.programmes
             if not (vocabulary.programmes[s.entry_id].capitalised_only and s.text[:1].islower())
             and not _the_page_itself(body, s, m) and not _a_field_of_knowledge(body, s, m)]

    def names_an_actor(start: int, end: int) -> bool:
        return any(a.start <= start and end <= a.end for a in actors.overlapping(start, end))

    def names_only_parties(start: int, end: int) -> bool:
        """"proyek BNPT-UNODC": the words after the head are the parties' names, joined, and no name of the project."""
        inside = sorted((a for a in actors.overlapping(start, end) if start <= a.start and a.end <= end),
                        key=lambda a: a.start)
        if len(inside) < 2:
            return False
        gaps = [body[start:inside[0].start], body[inside[-1].end:end],
                *(body[x.end:y.start] for x, y in zip(inside, inside[1:]))]
        return all(_PARTIES_JOINER.fullmatch(gap) for gap in gaps)

    present = _required_words_present(body, vocabulary)
    named_ones: set[str] = set()  # vocabulary kinds the article names an instance of ("Labuan Bajo Joint Statement")
    for regex, rule in m.programme_rules:
        if rule.get("requires") and present.isdisjoint(rule["requires"]):
            continue  # the rule's key word is absent: skip a scan that cannot match
        for match in word_initial_matches(regex, body):
            start, end = match.span("name" if "name" in regex.groupindex else 0)
            if "\n" in body[start:end]:
                end = body.index("\n", start)  # a name ends with its line
            if in_a_subheading(body, start):
                continue  # "Dukungan Pelatihan Pengamanan": a section's heading, not a programme's name
            owner = next((a for a in actors.overlapping(start, end) if a.end >= end - 1 and a.start > start), None)
            if owner is not None and not rule.get("verbatim"):
                # "Global Project on ... against Terrorism [of UNODC]", "Kelompok Kerja Detensi dan Reintegrasi
                # [Global Counterterrorism Forum (GCTF)]": the owner after the name, with or without "of"
                cut = _OWNER_BEFORE.search(body, start, owner.start) or _OWNER_RIGHT_AFTER.search(body, start, owner.start)
                if cut and _holds_a_programme_head(body[owner.start:owner.end], m) and \
                        not _holds_a_programme_head(body[start:cut.start()], m):
                    # "Kepala Perwakilan United Nations Development Programme": the rule's head word was the
                    # owner's own ("Programme" of UNDP); what stands before it is no programme
                    continue
                end = cut.start() if cut else end
            span = (start, end) if rule.get("verbatim") else _trim_programme(body, start, end, m)
            if span and rule.get("not_people") and (_holds_a_title(body[span[0]:span[1]], m)
                                                    or _word_before(body, match.start()) in m.person_titles):
                # "hosted Indonesian Foreign Minister Retno ...": a guest, not an activity; "Kepala Program UNODC
                # Indonesia Sebastian Kroll": a position and its holder
                continue
            if span and rule.get("no_actors_inside") and actors.overlapping(*span):
                continue  # "Latihan Bersama Kopassus-Pasukan Khusus India": the parties, not the exercise's name
            if span and (rule.get("generic") or not _generic(body[span[0]:span[1]], m)) and not names_an_actor(*span) \
                    and not names_only_parties(*span):
                text = body[span[0]:span[1]]
                # "Regional Action Plan for ... Extremism that Leads to Terrorism (RAD PE)": the name runs on to a
                # known programme's acronym in brackets, so it is that programme
                acronym = _ACRONYM_AFTER_NAME.match(body, span[1])
                known = _known_programme(acronym.group(1), vocabulary) if acronym else ""
                spans.append(Span(span[0], span[1], "programme", known or "new:" + slug(text), text,
                                  f"rule:{rule.get('id')}"))
                if rule.get("names_one_of"):
                    named_ones.add(rule["names_one_of"])
    # "adopting a joint statement ... The meeting adopted the Labuan Bajo Joint Statement": the generic mention is
    # the named one, not a second programme
    spans = [s for s in spans if not (s.entry_id in named_ones and s.origin.startswith("vocabulary"))]
    spans = _without_subjects_of_known_titles(body, spans)
    for d in find_definitions(body, m):
        # "Kawasan Terpadu Nusantara (KTN)": a definition whose head names a programme, not a body
        acronym = body[d.acr_start:d.acr_end]
        kind = definition_kind(body[d.long_start:d.long_end], m)
        if kind == "programme" or (kind == "" and (_programme_head_after(body, d.acr_end, m)
                                                   or _programme_word_before(body, min(d.long_start, d.acr_start), m))):
            span = _trim_name(body, d.long_start, d.long_end, m, acronym)
            # "Kepala Bagian Bantuan Operasi (Kabag Banops)": a position, its acronym a title
            if span and _holds_a_title(body[d.long_start:span[1]], m):
                continue
            if span and not names_an_actor(d.acr_start, d.acr_end) and not names_an_actor(*span):
                # "Rencana Aksi ... (RAN PE)": a known programme's acronym or name gives the other its identity
                programme_id = (_known_programme(acronym, vocabulary)
                                or _known_programme(body[span[0]:span[1]], vocabulary) or "new:" + slug(acronym))
                spans.append(Span(span[0], span[1], "programme", programme_id, body[span[0]:span[1]], "definition"))
                spans.append(Span(d.acr_start, d.acr_end, "programme", programme_id, acronym, "definition"))
    return _without_descriptions_in_apposition(body, resolve_overlaps(spans + _repeated_names(body, spans)))


# between a known programme's short name and the subject its full title goes on with ("Rome Memorandum on ...")
_TITLE_GOES_ON = re.compile(r"[ \t]+(?:on|for|tentang|mengenai)[ \t]+$")


def _without_subjects_of_known_titles(body: str, spans: list[Span]) -> list[Span]:
    """"the Tirtapolis Memorandum on Good Practices for ...": the subject a rule finds
    right after a known programme's capitalised name is the rest of that programme's full title, not a programme of
    its own."""
    known_name_ends = {s.end for s in spans if s.origin.startswith("vocabulary") and s.text[:1].isupper()}

    def goes_on_a_known_title(span: Span) -> bool:
        joint = _TITLE_GOES_ON.search(body, max(0, span.start - 12), span.start)
        return joint is not None and joint.start() in known_name_ends

    return [s for s in spans if not (s.origin.startswith("rule:") and goes_on_a_known_title(s))]


# between the parties' names that stand where a programme's name would ("proyek BNPT-UNODC", "program BNPT dan UNODC")
_PARTIES_JOINER = re.compile(r"|\s*[-–/]\s*|\s+(?:dan|and|&)\s+")
# between a named programme and the words that describe it: a comma, and in English an article
_APPOSITION = re.compile(r",[ \t]+(?:(?:a|an|the|sebuah|suatu)[ \t]+)?")
# between a quoted name and the kind of programme that follows it: the closing quote and a space
_KIND_AFTER_QUOTED_NAME = re.compile(r"[\"'\u201d\u2019][ \t]+")
_OPENING_QUOTES = "\"'\u201c\u2018"
# after a list's item: the next item ("program X, program reintegrasi, dan program Y" names three)
_NEXT_ITEM = re.compile(r"[ \t]*(?:[,;]|(?:dan|and|serta|or|atau)\b)")


def _without_descriptions_in_apposition(body: str, spans: list[Span]) -> list[Span]:
    """"hibah program Jalan Pulang, program reintegrasi yang didanai Australia", "Jalan Pulang, a reintegration
    programme run by ...": a kind of programme in lower case set after a named one describes it, not a second one
    (an item of a list is one: "program Desa Damai, program deradikalisasi, dan ...").
    So does a kind right after a quoted name, whatever its case ('their yearly "two-plus-two" security dialogue')."""
    kept = []
    for index, span in enumerate(spans):
        before = spans[index - 1] if index else None
        gap = before and _APPOSITION.fullmatch(body, before.end, span.start)
        if (gap and span.origin == "vocabulary" and span.text[:1].islower() and before.text[:1].isupper()
                and before.entry_id != span.entry_id and not _NEXT_ITEM.match(body, span.end)):
            continue
        quoted = (before and before.start > 0 and body[before.start - 1] in _OPENING_QUOTES
                  and _KIND_AFTER_QUOTED_NAME.fullmatch(body, before.end, span.start))
        if quoted and span.origin == "vocabulary" and span.text[:1].islower() and before.entry_id != span.entry_id:
            continue
        kept.append(span)
    return kept


_EDITION_YEAR = re.compile(r"\s+(?:19|20)\d\d$")


def _the_page_itself(body: str, span: Span, m: Matchers) -> bool:
    """"The following is the text of a joint statement by ...": the page is the statement, no programme it tells of."""
    return m.document_openers is not None and bool(m.document_openers.search(body, max(0, span.start - 30), span.start))


def _a_field_of_knowledge(body: str, span: Span, m: Matchers) -> bool:
    """"Tirta has decades of experience in counter-radicalisation and community policing", "pertukaran pakar
    kontra-radikalisasi daring": a practice in lower case, without a programme's head word, named as somebody's
    expertise or experience is a field of knowledge, not the programme of that name."""
    return (m.field_openers is not None and span.text[:1].islower() and not _holds_a_programme_head(span.text, m)
            and bool(m.field_openers.search(body, max(0, span.start - 60), span.start)))


def _repeated_names(body: str, spans: list[Span]) -> list[Span]:
    """A name a rule found, written again elsewhere without the words that let the rule find it ("... with code
    name Dawn Kookaburra 2024 ... Dawn Kookaburra is one of the oldest exercises"): the same programme there too.
    Names of one word are left alone: alone, a capitalised word is too often something else."""
    found = {}
    for span in spans:
        if span.origin.startswith("rule:") and span.entry_id.startswith("new:"):
            # (an edition's name without its year is the same series: "Dawn Kookaburra 2024", "Dawn Kookaburra")
            for text in (span.text, _EDITION_YEAR.sub("", span.text)):
                if " " in text.strip():
                    found.setdefault(text, span.entry_id)
    taken = {(s.start, s.end) for s in spans}
    return [Span(match.start(), match.end(), "programme", entry_id, match.group(0), "repeated")
            for text, entry_id in found.items()
            for match in re.finditer(rf"(?<![\w-]){re.escape(text)}(?![\w-])", body)
            if (match.start(), match.end()) not in taken]


_PAIR_DASH = re.compile(r"[ \t]?[-–—/][ \t]?")
_PAIR_GAP = re.compile(r"[ \t]+")


def _with_parties(body: str, span: Span, actors: SpanIndex, parties: frozenset[str]) -> Span:
    """A mechanism's name with the pair of parties written against it ("Indonesia-UK Counter-Terrorism Dialogue",
    "Dialog Kontra-Terorisme Indonesia-Australia", "EU-ASEAN Counter-Terrorism Dialogue"): the pair names which
    dialogue it is. The parties are Indonesia, states or international organisations, not any two bodies."""
    def pairs(start: int, end: int) -> Iterator[tuple[int, int]]:
        # the longest name first: "RI-Korea Selatan" is Indonesia and South Korea, not Korea
        near = sorted((a for a in actors.overlapping(start, end) if start <= a.start and a.end <= end),
                      key=lambda a: (a.start, -a.end))
        for first in near:
            dash = _PAIR_DASH.match(body, first.end)
            second = dash and next((a for a in near if a.start == dash.end()), None)
            if second and first.entry_id != second.entry_id and \
                    (HOME_COUNTRY in (first.entry_id, second.entry_id) or {first.entry_id, second.entry_id} <= parties):
                yield first.start, second.end

    gap = _PAIR_GAP.match(body, span.end)
    after = gap and next((p for p in pairs(gap.end(), gap.end() + 60) if p[0] == gap.end()), None)
    if after:
        return span._replace(end=after[1], text=body[span.start:after[1]], origin="vocabulary+parties")
    gap = re.search(r"[ \t]+$", body[max(0, span.start - 8):span.start])
    gap_start = span.start - len(gap.group(0)) if gap else -1
    before = gap and next((p for p in pairs(max(0, gap_start - 60), gap_start) if p[1] == gap_start), None)
    if before:
        return span._replace(start=before[0], text=body[before[0]:span.end], origin="vocabulary+parties")
    return span


def _word_before(body: str, start: int) -> str:
    """The word just before `start`, folded ("" at the start of a line)."""
    before = re.search(r"(\w+)[ \t]+$", body[max(0, start - 30):start])
    return before.group(1).casefold() if before else ""


def _holds_a_title(name: str, m: Matchers) -> bool:
    """Whether a name holds an official's title or rank ("Foreign Minister Retno", "Duta Besar X", not "Duta Damai")."""
    if any(w.casefold() in m.person_titles or w.casefold() in m.person_words for w in re.findall(r"[\w.]+", name)):
        return True
    folded = f" {' '.join(name.casefold().split())} "
    return any(f" {phrase} " in folded for phrase in m.person_title_phrases)


_OWNER_RIGHT_AFTER = re.compile(r"\s+$")  # ... or just a space: Indonesian puts the owner after ("Program X BNPT")
_OWNER_BEFORE = re.compile(r"\s+(?:of|by|from|dari|milik)\s+(?:the\s+)?$")  # the words before a name's owner
def _programme_word_before(body: str, start: int, m: Matchers) -> bool:
    """"melalui proyek PERISAI (Penguatan Reintegrasi ...)", "through programme Resilient Communities for Peace
    (RECOP)": a lower-case word for a programme right before the definition says what it names."""
    before = re.search(r"([a-z]+)[ \t]+$", body[max(0, start - 16):start])
    return bool(before) and before.group(1) in m.programme_words_before


def _programme_head_after(body: str, acronym_end: int, m: Matchers) -> bool:
    """"... Rehabilitation in Indonesia (SPRINT) project": the word after the bracket says what the name is."""
    after = re.match(r"\)?\s*([a-z]+)", body[acronym_end:acronym_end + 16])
    return bool(after) and after.group(1) in m.programme_head_words


def _generic(name: str, m: Matchers, allow: frozenset[str] = frozenset()) -> bool:
    """A name made only of generic words ("Program Penanggulangan Terorisme") names no particular one."""
    words = [w.casefold() for w in re.findall(r"[^\W\d]+", name)]
    return all(w in m.generic_words or w in m.name_connectors or w in allow for w in words)


def _holds_a_programme_head(text: str, m: Matchers) -> bool:
    return any(w.casefold().strip(".,;:()") in m.programme_head_words for w in text.split())


# "(Joint Working Group on Counter-Terrorism/JWG-CT)": a bracketed translation and its acronym after a slash
_SLASHED_ACRONYM = re.compile(r"/[A-Z][A-Z0-9-]*[A-Z0-9]$")


def _trim_programme(text: str, start: int, end: int, m: Matchers) -> tuple[int, int] | None:
    """Drop small words a programme pattern swept up at its end and sentence openers at its start ("Melalui ...")."""
    slashed = _SLASHED_ACRONYM.search(text, start, end)
    if slashed and text[end:end + 1] == ")":
        end = slashed.start()  # the name ends at the slash; the acronym after it is the name's short form
    words = list(re.finditer(r"\S+", text[start:end]))
    for index, word in enumerate(words[2:], start=2):
        key = fold(word.group(0).strip(".,"))
        if (key in m.date_words or key in m.place_words) and words[index - 1].group(0).casefold() in m.name_connectors:
            # "Counterterrorism Dialogue [on March 5]", "... Meeting [on Tuesday]", "... Extremism [in Jakarta]": a
            # date or a place
            words = words[:index - 1]
            break
    def opens_an_official(index: int) -> bool:  # a rank or title, not a common word ("Major Sporting Events")
        key = words[index].group(0).casefold().rstrip(".,")
        following = words[index + 1].group(0).casefold().rstrip(".,") if index + 1 < len(words) else ""
        return key in m.person_words and (key not in m.common_rank_words or following in m.person_words)

    rank = next((index for index in range(2, len(words)) if opens_an_official(index)), None)
    if rank is not None:
        words = words[:rank]  # "Operasi Madago Raya [Kombes Pol Arif Budiman mengatakan]": an official follows
    while words and (words[-1].group(0).casefold().strip(".,;:") in m.name_connectors
                     or not words[-1].group(0)[:1].isupper() and not words[-1].group(0)[:1].isdigit()):
        words.pop()
    while len(words) > 1 and words[0].group(0).casefold() in m.leading_noise:
        words.pop(0)
    owner = next((i for i, w in enumerate(words[:4]) if w.group(0).endswith(("'s", "’s"))), None)
    if owner is not None and owner < len(words) - 1:
        words = words[owner + 1:]  # "UNODC's Global Programme ...", "New Zealand's ... Programme": its owner
    while len(words) > 1 and m.funder_adjective is not None and m.funder_adjective.fullmatch(words[0].group(0)):
        words.pop(0)  # "the EU-funded STRIVE Asia programme": who pays for it, not its name
    if not words or len(words) == 1 and words[0].group(0).casefold().strip(".,;:") in m.programme_head_words:
        return None  # "The Project Manager": the opener gone, the head word alone names nothing
    last = words[-1]
    return start + words[0].start(), start + last.start() + len(last.group(0).rstrip(".,;:"))


def match_theme_cues(body: str, vocabulary: Vocabulary, folded: str | None = None,
                     hits: VocabularyHits | None = None) -> list[Span]:
    """Every theme cue in the body: the longest where cues of one theme overlap. Cues of different themes
    may overlap ("rehabilitasi ideologi" is rehabilitation and deradicalisation). A cue of weight 0 ("secara
    daring|0": a talk given online) wins its overlaps and is dropped; so are words of a state's name ("Persatuan
    Emirat Arab"), of an official's title ("Direktur Pembinaan Narapidana dan Anak Binaan") and of a law's title
    ("UU Nomor 9 Tahun 2013 tentang Pencegahan dan Pemberantasan ..."): names, not topics."""
    hits = hits if hits is not None else vocabulary_hits(body, vocabulary, folded)
    by_theme: dict[str, list[Span]] = {}
    for span in hits.themes:
        by_theme.setdefault(span.entry_id, []).append(span)
    # equally long cues of a theme: the stronger wins ("kewirausahaan" over "*usaha*|0.5" grown to the same word)
    cues = [s for spans in by_theme.values() for s in resolve_overlaps(sorted(spans, key=lambda s: -s.weight))
            if s.weight > 0]
    # names and titles are capitalised: only a capitalised cue can be a word of one
    capitalised = [c for c in cues if c.text[:1].isupper()]
    if capitalised:
        m = matchers_for(vocabulary)
        states = SpanIndex(s for s in hits.actors if s.label == "actor"
                           and getattr(vocabulary.actors.get(s.entry_id), "actor_type", "") == "state")
        law_titles = SpanIndex(Span(t.start("title"), t.end("title"), "law", "", t.group("title"), "")
                               for t in (m.law_title.finditer(body) if m.law_title is not None else ()))
        named = {c for c in capitalised if _in_a_state_name(c, states) or _in_a_title(body, c, m)
                 or any(t.start <= c.start and c.end <= t.end for t in law_titles.overlapping(c.start, c.end))}
        cues = [c for c in cues if c not in named]
    cues = [_as_quoted(c, vocabulary.themes[c.entry_id].quoted_weight) if c.weight >= 1.0 and in_a_quotation(body, c.start)
            else c for c in cues]
    return sorted(cues, key=lambda s: (s.start, s.entry_id))


QUOTED = "quoted"  # the origin of a full cue that a speaker's quotation weakens


def _as_quoted(cue: Span, quoted_weight: float | None) -> Span:
    """A full cue inside a direct quotation, at its theme's quoted weight: a speaker's "my children" or "ibu-ibu
    majelis taklim" once is an anecdote, not the article's topic; said twice, or with a cue outside the quote, it is."""
    return cue if quoted_weight is None else cue._replace(weight=cue.weight * quoted_weight, origin=QUOTED)


def _in_a_state_name(cue: Span, states: SpanIndex) -> bool:
    """The cue is a word of a longer state name ("Persatuan" in "Persatuan Emirat Arab")."""
    return any(s.start <= cue.start and cue.end <= s.end and s.end - s.start > cue.end - cue.start
               for s in states.overlapping(cue.start, cue.end))


def _in_a_title(body: str, cue: Span, m: Matchers) -> bool:
    """The cue is a word of an official's title: a title word and the capitalised words after it ("Direktur
    Pembinaan Narapidana dan Anak Binaan Ditjenpas"), looked for among the capitalised words just before the cue."""
    if m.title_run is None:
        return False
    for word in reversed(list(_TOKEN.finditer(body, max(0, cue.start - 150), cue.start))):
        text = word.group(0)
        if not (text[:1].isupper() or text in m.name_connectors):
            return False  # the capitalised run before the cue has ended
        match = m.title_run.match(body, word.start())
        if match and match.end() >= cue.end and (not word.start() or not body[word.start() - 1].isalnum()):
            return True
    return False


_TOKEN = re.compile(r"\S+")


def article_themes(cues: list[Span], programme_themes: Iterable[str] = ()) -> dict[str, int]:
    """Theme -> number of cue mentions, for the themes whose cue weight adds up to at least 1. A weak cue counts
    once however often it recurs: it needs a different cue of its theme ("moderasi beragama" twice is not enough).
    A full cue weakened by a quotation counts at each mention: a speaker who comes back to it treats it."""
    weight: Counter = Counter()
    count: Counter = Counter()
    weak_seen: set[tuple[str, str]] = set()
    for span in cues:
        count[span.entry_id] += 1
        if span.weight < 1.0 and span.origin != QUOTED:
            key = (span.entry_id, fold(span.text))
            if key in weak_seen:
                continue
            weak_seen.add(key)
        weight[span.entry_id] += span.weight
    for theme in programme_themes:
        weight[theme] += 1.0
        count[theme] += 0
    return {theme: count[theme] for theme in sorted(weight) if weight[theme] >= 1.0}
