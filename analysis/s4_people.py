"""Stage 4, match (people): a cleaned body and its actor spans -> `PersonMention`s with name, title and organisation.

A run of capitalised words is a person when the text says so: a position
before it ("Kepala BNPT ...", "Duta Besar ... untuk Indonesia ...", "Head of
..."), a rank or honorific ("Komjen Pol.", "H.E. Mr."), a verb of saying
after it ("... mengatakan", "... said") or before it ("kata ...", "ujar
..."), a title in apposition ("..., Kepala CUTA"), or a later short mention
that is quoted ("kata Bedot"). Ranks and honorifics are stripped from the
start of the name, degrees from its end; a run that ends in the word of a
group, unit or event ("Working Group", "Sari Club") is no name, and a name
begins after the last word that cannot be in one (an office, a place, the
place after "di" or a local office). One word is a name only right after a
title and with a verb of saying ("LPSK deputy chairperson Susilaningtias
said"), and then only where the title names an organisation, a rank stands
before it, or it is part of a fuller name of the article. A title stays in
its clause and is a position, not a clause of lower-case words. The
organisation is the first actor named in the title, or the one the title
names ("Menag" -> Kementerian Agama).
Short and partial mentions ("kata Boy", "Amar said", "Boy Rafli") resolve to
the full name met in the same article.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Iterator

from .s4_match import Span, SpanIndex
from .vocabulary import Vocabulary, compiled_for, fold

# Letters of Latin scripts, Turkish and Central European ones included ("Aktaş", "Yıldırım").
_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LOW = "a-zß-öø-ÿ\u0100-\u017f"
# A name word: a capitalised word, an initial ("R.", "L.P.", or a bare "K" before a name word, perhaps after more bare
# initials, "Retno L P Marsudi": not "A" or "I", which open English sentences), a short form of a given name ("Moh."), a short all-capital
# suffix ("AW"), or a particle of Arabic, Dutch, Portuguese ("da Cruz"), French or Italian names.
# (an Arabic surname with its article in lower case is one word: "Khalid al-Otaibi", "Omar el-Masri")
_NAME_TOKEN = (rf"(?:\b(?:Moh|Muh|Moch|Mochd|Mhd|Abd|Ach)\.|\b(?:Mc|Mac|O['’]|al-|el-)?[{_UP}][{_LOW}'’]+(?:-[{_UP}]?[{_LOW}'’]+)*"
               rf"|\b(?:[A-Z]\.){{2,3}}|\b[A-Z]\.|\b[A-Z]{{2,3}}\b|\b[B-HJ-Z]\b(?=(?:[ \t]+[B-HJ-Z]\b)*[ \t]+[{_UP}][{_LOW}])"
               r"|\b(?:bin|binti|al|Al|van|de|der|den|ter|ten|von|El|The|da|dos|das|do|du|del|della)\b)")
_OFFICE_CLASS = re.compile(r"\bKelas[ \t]+[IV]{1,3}[AB]?[ \t]+$")  # "Lapas Kelas IIA [Cipinang]": the place follows
_ARTICLED_SURNAME = re.compile(rf"(?:al|el)-[{_UP}]")
_WORD_BEFORE = re.compile(r"(?<!\S)(\w+)[ \t]+$")
_PARTICLES = frozenset({"bin", "binti", "al", "van", "de", "der", "den", "ter", "ten", "von", "el", "the", "da", "dos",
                        "das", "do", "du", "del", "della", "la", "le"})
# (a run long enough for a Bruneian minister's titles and patronym, "... Dato Seri Setia Awang Haji X bin Pehin Datu
# Pekerma Jaya Haji Mohd Y": a run cut short begins the next one inside the name, a false name of its last words)
_RUN = re.compile(rf"{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,20}}")
_TOKEN = re.compile(_NAME_TOKEN)
_SHORT = re.compile(rf"\b(?:Mc|Mac|O['’])?[{_UP}][{_LOW}'’]+\b")
_CLAUSE_BREAK = re.compile(r"[.;!?\"“”]\s|\n|\s[\"“]")  # (an opening quote too: a headline's quoted words)
# "Pol.", "H.E.", "a.i.": a dotted word or abbreviation (tried at word starts only: from inside a word that does not
# match, the rest of it cannot match either, so the matches are the same, found without retrying every letter)
_WORD_DOT = re.compile(r"(?<![\w'])[\w']+(?:\.[\w']+)*\.")
_MONONYM = re.compile(rf"[{_UP}][{_LOW}]{{3,}}")  # a one-word name: capitalised, not an acronym or initial
_LOWER_WORD = re.compile(rf"[{_LOW}][\w'’-]*")
# Japanese and some other official texts write the family name first, in capitals, after an honorific
# ("Mr. KAWAMURA Shinichi"): capitals that would otherwise read as an acronym.
# (a given name may be hyphenated, as Korean ones are: "KANG Min-seo")
_GIVEN = rf"[{_UP}][{_LOW}]+(?:-[{_LOW}]+)?"
_SURNAME_FIRST = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr|H\.E)\.?[ \t]+(?P<name>[A-Z]{{3,}}(?:[ \t]+{_GIVEN}){{1,2}})\b")
# ... or with a verb of saying after it ("Minister-Counsellor ... TAKEDA Hiroyuki mengatakan")
_SURNAME_FIRST_SAYS = re.compile(rf"\b(?P<name>[A-Z]{{3,}}(?:[ \t]+{_GIVEN}){{1,2}})(?:,?[ \t]+(?P<verb>\w+))")
# ... or at the end of an official's title ("Ambassador for International Security Affairs KANG Min-seo")
_SURNAME_FIRST_BARE = re.compile(rf"\b(?P<name>[A-Z]{{3,}}(?:[ \t]+{_GIVEN}){{1,2}})\b")
# (a body's short form in brackets may end it: "Deputi ... Perlindungan Anak (KemenPPPA)")
_TITLE_RUN_WORD = rf"(?:[{_UP}][\w'’-]*\.?|\([{_UP}][\w'’-]*\)|of|for|the|and|on|dan|untuk)"
_TITLE_RUN_BEFORE = re.compile(rf"{_TITLE_RUN_WORD}(?:[ \t]+{_TITLE_RUN_WORD})*[ \t]+$")
_VERB_AFTER_COMMA = re.compile(r",\s*(\w+)")
# "..., Katrin Vogelsang, who heads ...": only people take "who"
_WHO_AFTER = re.compile(r",\s*(?:who|whose|yang merupakan)\b")
# "Sunarto, 47, mengaku ...", "Aisyah Rahmawati (17)": an age after a name
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")  # "found 31-year-old Rizal Fauzan Akbar guilty"
_BIRTHPLACE_BEFORE = re.compile(r"\b\w+-born\s+$")  # "the Malaysian-born Azmi Rahman Salleh": born there, a person
_DOTTED_DEGREE_AFTER = re.compile(r",[ \t]*([A-Z][a-z]{0,3}\.[A-Za-z]{1,4}\.?(?:[A-Za-z]{1,3}\.?)?)(?![\w.])")  # ", S.H.", ", M.Si"
_AGE_AFTER = re.compile(r"(?:\s*\(\d{1,2}\)|,\s*\d{1,2}\s*(?:,|tahun\b|years?\b))")
_GLOSS = re.compile(r"[ \t]*\(((?:[A-Z][\w'’-]*[ \t]+){1,6}[A-Z][\w'’-]*)\)")  # "(Special Branch)"
_JOINED = re.compile(r"[ \t]*(?:['’]s)?[ \t]*")  # what may stand between an organisation and its position

MAX_NAME_WORDS = 5
MAX_TITLE_WORDS = 12
_LONGEST_NAME = 300  # characters: no actor or programme name is longer, so older spans cannot reach a run
TITLE_WINDOW = 160  # characters before a name searched for its title


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
    title_heads_open_words: bool  # every head begins with a word character: its matches begin at word starts
    title_head_openings: frozenset[str]  # their first two letters, lower-cased (empty: some head is shorter)
    ranks: frozenset[str]
    heads: frozenset[str]  # one-word title heads ("Presiden", "Menteri"), hyphenated ones ("secretary general")
    degrees: frozenset[str]
    after: frozenset[str]
    before: re.Pattern
    before_reach: int  # the longest cue of `before`: no match of it begins further back from the end than this
    not_names: frozenset[str]
    title_words: frozenset[str]
    leading: frozenset[str] = frozenset()  # words stripped from the front of a run
    trailing: frozenset[str] = frozenset()  # words stripped from its end
    marks: frozenset[str] = frozenset()  # ranks and titles: a name begins after the last one
    title_organisations: tuple[tuple[tuple[str, ...], str], ...] = ()  # ("menteri",) -> "Kementerian"
    actor_forms: dict[str, tuple[str, str]] | None = None  # the vocabulary's folded forms -> (kind, id)
    states: frozenset[str] = frozenset()  # the ids of states: "X, an Australian who ..." is a person
    ends: frozenset[str] = frozenset()  # heads of organisation, programme, venue and team names: no name ends in one
    units: frozenset[str] = frozenset()  # heads of organisation names: no name begins with or runs into one
    place_before: frozenset[str] = frozenset()  # "di", "in", "Lapas": the capitalised word after one is a place
    titled: frozenset[str] = frozenset()  # every word a title may hold in lower case ("deputy", "dan", "bidang")
    connectors: frozenset[str] = frozenset()  # small words inside names ("of", "dan"): none ends a title
    rank_phrases: re.Pattern | None = None  # ranks holding a title head ("Commissioner General Police")
    rank_sequences: tuple[tuple[str, ...], ...] = ()  # multi-word ranks, longest first ("tan", "sri")
    head_sequences: tuple[tuple[str, ...], ...] = ()  # multi-word titles, longest first ("jaksa", "agung", "muda")
    # the same by their first (or last) word, longest first: a run's words are looked up, not compared with each
    rank_sequences_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    rank_sequences_by_last: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    head_sequences_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    offices: frozenset[str] = frozenset()  # units of a government office, named by a domain ("Biro Hukum")
    mononym_titles: frozenset[str] = frozenset()  # "presiden", "king": one word after them is a name
    address_honorifics: frozenset[str] = frozenset()  # "Mr", "Hon": the word after one opens the name, whatever it is
    company_forms: frozenset[str] = frozenset()  # "PT", "Ltd": a run holding one is a company
    patronym_particles: frozenset[str] = frozenset()  # "bin", "binti": honorifics after one are the father's
    name_openers: frozenset[str] = frozenset()  # "Lalu", "Baiq", "Made": words that open a Balinese or Sasak name
    # "Dan": first names that are also common words the run ends at ("dan": "and"), unless a surname follows
    word_given_names: frozenset[str] = frozenset()
    opener_sequences: tuple[tuple[str, ...], ...] = ()  # openers of several words ("Anak Agung", "I Made")
    opener_firsts: frozenset[str] = frozenset()  # their first words, to rule most words out at once
    places: frozenset[str] = frozenset()  # one-word Indonesian places: no name begins with one
    roles: frozenset[str] = frozenset()  # "survivor", "korban": what people are, told without an office
    role_after: re.Pattern | None = None  # ", mahasiswi ...", ", a survivor of ...": a person's role after the name
    not_speakers: frozenset[str] = frozenset()  # capitalised labels of a transcript that name no speaker
    role_before: re.Pattern | None = None  # "Salah satu penyintas, X, ...": the role before a name set off by commas
    from_places: frozenset[str] = frozenset()  # "di", "dari", "from": a capitalised run after one is a place
    capitals_only: frozenset[str] = frozenset()  # not-name words written in capitals ("WIT"): a name's in mixed case
    namesakes: frozenset[str] = frozenset()  # "UIN", "Bandara", "Jalan": what follows is named after a person
    rank_ending: re.Pattern | None = None  # a rank of several words ending a text ("Inspector General of Police ")
    rank_last_words: frozenset[str] = frozenset()  # the last words of those ranks, to try the pattern only after one
    ranks_in_phrases_only: frozenset[str] = frozenset()  # "Laut" of "Kolonel Laut": a rank word, never a rank alone
    # "then", "now": a time word opening a title set off after a name ("X, then Indonesia's defence minister, ...")
    time_before_apposition: re.Pattern | None = None


def _words(items) -> frozenset[str]:
    """Items as `_key` reads a word of the text ("Inspector-General" = "Inspector General")."""
    return frozenset(_key(str(i)) for i in items)


def _alternation(items) -> str:
    return "|".join(re.escape(str(i)) for i in sorted(items, key=len, reverse=True))


def _rank_words(ranks, heads) -> frozenset[str]:
    """Ranks, and the words of multi-word ranks that combine freely ("Komisaris Jenderal Polisi"): a word that is a
    rank itself or in two ranks, and no title's ("Besar" of "Komisaris Besar" is "Besar" of "Duta Besar"). The
    words of a fixed honorific ("Tan Sri", "Yang Mulia") are names elsewhere ("Sri Wahyuni") and stay out."""
    phrases = [str(r).split() for r in ranks]
    uses: dict[str, int] = {}
    for phrase in phrases:
        for word in {_key(w) for w in phrase}:
            uses[word] = uses.get(word, 0) + (2 if len(phrase) == 1 else 1)
    title_words = _words(w for head in heads for w in str(head).split())
    return _words(ranks) | frozenset(w for w, n in uses.items() if n >= 2) - title_words


def lexicon_for(vocabulary: Vocabulary) -> _Lexicon:
    """The people cue lists of a vocabulary, compiled once per fingerprint."""
    return compiled_for(vocabulary, _compile)


def _by_word(sequences: tuple[tuple[str, ...], ...], position: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The sequences grouped by their word at `position` (0: first, -1: last), each group in the given order."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for sequence in sequences:
        grouped.setdefault(sequence[position], []).append(sequence)
    return {word: tuple(group) for word, group in grouped.items()}


def _compile(vocabulary: Vocabulary) -> _Lexicon:
    lex = vocabulary.lexicon
    cues_before = [*lex.get("speech_verbs_before_name", ()), *lex.get("leader_cues_before_name", ()),
                   *lex.get("counterpart_cues_before_name", ()), *lex.get("plural_titles_before_names", ())]
    basic = _Lexicon(
        # titles are often written in lower case in running Indonesian text ("kata kepala BNPT")
        title_heads=re.compile(rf"\b(?:{_alternation(lex.get('person_title_heads', ()))})\b", re.I),
        title_heads_open_words=bool(lex.get("person_title_heads")) and all(_WORD_CHAR.match(str(h)) for h in
                                                                          lex["person_title_heads"]),
        title_head_openings=frozenset(str(h)[:2].lower() for h in lex.get("person_title_heads", ()))
        if all(len(str(h)) >= 2 and str(h)[:2].isascii() for h in lex.get("person_title_heads", ())) else frozenset(),
        ranks=_rank_words(lex.get("person_ranks", ()), lex.get("person_title_heads", ())),
        ranks_in_phrases_only=_rank_words(lex.get("person_ranks", ()), lex.get("person_title_heads", ()))
        - _words(lex.get("person_ranks", ())),
        # (a head of several words written with hyphens is one word of a run: "Secretary-General", "Director-General")
        heads=_words(h for h in lex.get("person_title_heads", ()) if " " not in str(h))
        | frozenset(_key(str(h)) for h in lex.get("person_title_heads", ()) if " " in str(h)),
        degrees=_words(lex.get("person_degrees", ())),
        after=_words(lex.get("speech_verbs_after_name", ())),
        before=re.compile(rf"\b(?:{_alternation(cues_before)})\s*$", re.I),
        before_reach=max((len(str(c)) for c in cues_before), default=0),
        not_names=_words(lex.get("not_name_words", ())) | _words(lex.get("place_offices", ())),
        title_words=_words(lex.get("title_words", ())),
    )
    head_words = _words(w for head in lex.get("person_title_heads", ()) for w in str(head).split())
    # a rank holding a title head is blanked before titles are sought ("Head of BNPT, Commissioner General ...")
    rank_phrases = [str(r).replace(".", "").split() for r in lex.get("person_ranks", ())]
    rank_phrases = [r for r in rank_phrases if len(r) > 1 and any(_key(w) in head_words for w in r)]
    rank_sequences = tuple(sorted({tuple(_key(w) for w in str(r).split()) for r in lex.get("person_ranks", ())
                                   if len(str(r).split()) > 1}, key=len, reverse=True))
    head_sequences = tuple(sorted({tuple(_key(w) for w in str(h).split()) for h in lex.get("person_title_heads", ())
                                   if len(str(h).split()) > 1}, key=len, reverse=True))
    return replace(
        basic, leading=basic.ranks | basic.not_names | basic.title_words | basic.heads,
        # ranks only open a name: a name may end in a word that is also an honorific ("Ridwan Habib")
        trailing=basic.degrees | basic.not_names | basic.title_words,
        marks=basic.ranks | basic.heads,
        # (and of venues: "Putu Gede Sari Resort" is a place named after its owner)
        ends=_words([*lex.get("organisation_head_words", ()), *lex.get("programme_head_words", ()),
                     *lex.get("venue_words", ()), *lex.get("group_head_words", ())]),
        units=_words(lex.get("organisation_head_words", ())),
        # "di Jeddah", "Lapas Karanganyar": a place follows these
        place_before=_words(lex.get("venue_prepositions", ())) | _words(lex.get("place_offices", ())),
        connectors=_words([*lex.get("name_connectors", ()), *lex.get("venue_prepositions", ())]),
        titled=basic.title_words | basic.heads | basic.ranks | head_words
        | _words([*lex.get("name_connectors", ()), *lex.get("venue_prepositions", ())]),
        rank_phrases=re.compile(r"\b(?:" + "|".join(r"[\s.-]+".join(map(re.escape, r)) for r in sorted(
            rank_phrases, key=len, reverse=True)) + r")\b\.?") if rank_phrases else None,
        rank_sequences=rank_sequences,
        head_sequences=head_sequences,
        rank_sequences_by_first=_by_word(rank_sequences, 0),
        rank_sequences_by_last=_by_word(rank_sequences, -1),
        head_sequences_by_first=_by_word(head_sequences, 0),
        title_organisations=tuple(sorted(((tuple(str(e["title"]).casefold().split()), str(e["organisation"]))
                                          for e in lex.get("title_organisations", ())), key=lambda e: -len(e[0]))),
        company_forms=_words(lex.get("company_forms", ())),
        patronym_particles=_words(lex.get("patronym_particles", ())),
        name_openers=_words(w for w in lex.get("personal_name_openers", ()) if " " not in str(w)),
        opener_sequences=tuple(sorted({tuple(_key(w) for w in str(o).split())
                                       for o in lex.get("personal_name_openers", ()) if " " in str(o)},
                                      key=len, reverse=True)),
        opener_firsts=frozenset(_key(str(o).split()[0]) for o in lex.get("personal_name_openers", ()) if " " in str(o)),
        places=_words(p for p in lex.get("indonesian_places", ()) if " " not in str(p)),
        roles=_words(w for w in lex.get("person_roles", ()) if " " not in str(w)),
        role_after=re.compile(rf",\s*(?:(?:a|an|the|seorang|salah\s+satu|sang)\s+)?(?:{_alternation(lex['person_roles'])})\b",
                              re.I) if lex.get("person_roles") else None,
        not_speakers=_words(lex.get("transcript_labels", ())),
        # (a role may go on in lower-case words and end in the place one comes from: "Mantan narapidana terorisme
        # asal Lamongan, X, ...")
        role_before=re.compile(rf"\b(?:{_alternation(lex['person_roles'])})(?-i:(?:[ \t]+[{_LOW}][\w'’-]*){{0,3}})"
                               rf"(?:[ \t]+(?:{_alternation(lex.get('from_prepositions', ()))})[ \t]+(?P<place>[\w'’-]+))?"
                               r"\s*,\s*$", re.I)
        if lex.get("person_roles") else None,
        mononym_titles=frozenset(str(w).casefold() for w in lex.get("mononym_titles", ())),
        address_honorifics=_words(lex.get("address_honorifics", ())),
        word_given_names=_words(lex.get("given_names_that_are_words", ())),
        from_places=_words([*lex.get("venue_prepositions", ()), *lex.get("from_prepositions", ())]),
        namesakes=_words(lex.get("namesake_heads", ())),
        offices=_words(lex.get("office_units", ())),
        rank_ending=re.compile(r"\b(?:" + "|".join(sorted((r"[\s.-]+".join(map(re.escape, str(r).replace(".", "").split()))
                                                          for r in lex.get("person_ranks", ()) if " " in str(r)),
                                                         key=len, reverse=True)) + r")\.?[ \t]*$", re.I)
        if any(" " in str(r) for r in lex.get("person_ranks", ())) else None,
        rank_last_words=frozenset(_key(str(r).replace(".", "").split()[-1]) for r in lex.get("person_ranks", ())
                                  if " " in str(r)),
        # "10.00 WIT" is a time zone, "Marloes de Wit" a name
        capitals_only=_words(w for w in lex.get("not_name_words", ()) if str(w).isupper() and len(str(w)) <= 5),
        time_before_apposition=re.compile(rf"^(?:{_alternation(lex['time_words_before_apposition'])})\s+", re.I)
        if lex.get("time_words_before_apposition") else None,
        actor_forms=vocabulary.forms,
        states=frozenset(a.actor_id for a in vocabulary.actors.values() if a.actor_type == "state"))


def find_people(body: str, actor_spans: list[Span], vocabulary: Vocabulary,
                other_spans: list[Span] = ()) -> list[PersonMention]:
    """Every person mention in the body, short and partial mentions resolved to the full name."""
    lex = lexicon_for(vocabulary)
    blocked = sorted((s.start, s.end) for s in [*actor_spans, *other_spans])
    actors = SpanIndex(actor_spans)
    people: list[PersonMention] = []
    pending: list[PersonMention] = []  # name-shaped runs still waiting for evidence
    programmes = SpanIndex([s for s in other_spans if s.label == "programme"])
    for match in _RUN.finditer(body):
        if " " not in match.group(0) and "\t" not in match.group(0) and not _may_be_mononym(body, match, lex):
            continue  # most single capitalised words: cheaply ruled out
        for start, end in _split_on_blocked(match.start(), match.end(), blocked):
            if start > match.start() and _in_a_unit_named_for_a_programme(body, start, programmes, lex):
                continue
            candidate, evident = _candidate(body, start, end, lex, actors)
            if candidate:
                (people if evident else pending).append(candidate)
    # a run without evidence is a person if a later short mention of it is quoted ("kata Bedot")
    if pending:
        positions: dict[str, list[int]] = {}
        for match in _SHORT.finditer(body):
            positions.setdefault(match.group(0), []).append(match.start())
        named = {word for p in people if " " in p.name for word in p.name.split()}
        for candidate in pending:
            if " " not in candidate.name:
                # one word after a bare position ("kata Menag Nasaruddin") stands only for a fuller name met
                # elsewhere: alone it may be a place or unit ("Kapolda Jatim mengatakan"); one after a title naming
                # its organisation stands also for itself when a later mention of it is quoted ("said Suharti")
                if candidate.name in named or candidate.actor_id and \
                        _quoted_short_mention(body, candidate.name, candidate.end, lex, positions):
                    people.append(candidate)
            elif any(_quoted_short_mention(body, token, candidate.end, lex, positions)
                     for token in candidate.name.split()[-2:]) or _listed_after_a_person(body, candidate, people, lex):
                people.append(candidate)
    people += _surname_first(body, lex, actors, programmes, people)
    people += _speakers(body, lex, actors)
    people = _merge_partial_names(sorted(people, key=lambda p: (p.start, p.end)))
    people += _short_mentions(body, people, blocked, lex)
    return sorted(people, key=lambda p: (p.start, p.end))


# "TONY BURKE, MINISTER FOR HOME AFFAIRS: Thanks everyone ...": a transcript's speaker, in capitals at a line's start
_SPEAKER = re.compile(r"^(?P<name>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){1,3})(?:,[ \t]*(?P<title>[A-Z][A-Z ,'’&.()-]*?))?:[ \t]",
                      re.MULTILINE)


def _speakers(body: str, lex: _Lexicon, actors: SpanIndex) -> list[PersonMention]:
    """The speakers a transcript labels in capitals, their names and titles written as names are."""
    found = []
    for m in _SPEAKER.finditer(body):
        words = m.group("name").split()
        if any(_key(w) in lex.not_speakers or _key(w) in lex.ranks or _key(w) in lex.not_names for w in words) \
                or _key(m.group("name")) in lex.not_names or actors.overlapping(m.start("name"), m.end("name")):
            continue  # "JOURNALIST:", "PRESS CONFERENCE:", "KUALA LUMPUR, MALAYSIA:", "BNPT RI:"
        name = " ".join(w.capitalize() for w in words)
        # the title as titles are written: small words in lower case ("Minister for Home Affairs")
        title = " ".join(w.lower() if _key(w) in lex.connectors else w.capitalize()
                         for w in (m.group("title") or "").split())
        found.append(PersonMention(m.start("name"), m.end("name"), name, m.group("name"), title,
                                   _organisation_of_title(title, lex) if title else ""))
    return found


_LIST_JOIN = re.compile(r"(?:,[ \t]*)?[ \t]+(?:and|dan|serta)[ \t]+|,[ \t]+")
# "Gregory Roe of the Republican Party and ...": the person's party or body, capitalised, between the list's names
_AFFILIATION = re.compile(r"[ \t]+(?:of|from|dari)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4}")
_AFFILIATION_REACH = 60  # characters: the longest party or body name between two listed names


def _listed_after_a_person(body: str, candidate: PersonMention, people: list[PersonMention], lex: _Lexicon) -> bool:
    """"their counterparts, Retno Marsudi and Prabowo Subianto": a full name joined by "and" to a person's name
    just before it is the list's next person (not a place: "di Sentul dan Jawa Barat"), also after the first
    person's party or body ("dipimpin Gregory Roe dari Partai Republik dan Alice Moss dari Partai Demokrat")."""
    if any(_key(w) in lex.places for w in candidate.name.split()):
        return False

    def joined(person: PersonMention) -> bool:
        if _LIST_JOIN.fullmatch(body, person.end, candidate.start):
            return True
        affiliation = _AFFILIATION.match(body, person.end, candidate.start)
        return bool(affiliation) and bool(_LIST_JOIN.fullmatch(body, affiliation.end(), candidate.start))

    return any(joined(p) and " " in p.name for p in people
               if candidate.start - _AFFILIATION_REACH <= p.end <= candidate.start)


_A_NATIONAL = re.compile(r",[ \t]+(?:an?|seorang)[ \t]+(?:(?:warga|warga negara|\d+-year-old|berkebangsaan)[ \t]+)?")
_AFTER_A_NATIONALITY = re.compile(r"[ \t]+(?:who|whose|man|woman|national|citizen|resident|tourist|survivor|"
                                  r"mother|father|widow|widower|victim|yang)\b|[ \t]*,")


def _nationality_after(body: str, name_end: int, actors: SpanIndex, lex: _Lexicon) -> bool:
    """", an Australian who lost his brother", ", seorang warga Malaysia,": a person told by their nationality (not
    ", an Australian-owned bar": the nationality must end there)."""
    article = _A_NATIONAL.match(body, name_end)
    if not article:
        return False
    state = next((s for s in actors.overlapping(article.end(), article.end() + 1)
                  if s.start == article.end() and s.entry_id in lex.states), None)
    return state is not None and bool(_AFTER_A_NATIONALITY.match(body, state.end))


_POSSESSIVE = re.compile(r"['’]s[ \t]+$")
# what follows a person named after a state's possessive: a list, a clause's end, or a verb in the past
_ACTS_AFTER_A_NAME = re.compile(r"\s*(?:[,.;:)]|\b(?:and|dan|or|who|which|yang)\b|\w+ed\b|\w+s\b(?=\s+(?:a|an|the|to|that)\b))")


def _state_possessive_before(body: str, name_start: int, actors: SpanIndex, lex: _Lexicon) -> str:
    """"New Zealand's Jacinda Ardern and France's Emmanuel Macron": the state whose person the name is, when a
    state's possessive stands right before it ("" otherwise)."""
    gap = _POSSESSIVE.search(body, max(0, name_start - 4), name_start)
    if not gap:
        return ""
    state = next((s for s in actors.overlapping(gap.start() - 1, gap.start())
                  if s.end == gap.start() and s.entry_id in lex.states), None)
    return state.entry_id if state else ""


def _role_after(body: str, name_start: int, after: str, lex: _Lexicon) -> bool:
    """", mahasiswi Unair": a person's role after the name, unless the same word stands before it (a list of
    kinds: "guru Bimbingan Konseling, guru Pendidikan Agama")."""
    role = lex.role_after.match(after) if lex.role_after else None
    return bool(role) and _key(_previous_word(body, name_start)) != _key(role.group(0).split()[-1])


def _first_word(text: str) -> str:
    """The first word of `text`, as `_key` reads it ("" for none)."""
    words = text.split(None, 1)
    return _key(words[0]) if words else ""


def _role_before(before: str, lex: _Lexicon) -> bool:
    """"Salah satu penyintas, ", "Mantan narapidana terorisme asal Lamongan, ": a person's role ends right before the
    name, its place, if it names one, a known place (not "warga Kampung Melayu, [Kebon Jeruk]")."""
    role = lex.role_before.search(before) if lex.role_before else None
    return bool(role) and (not role.group("place") or _key(role.group("place")) in lex.places)


def _surname_first(body: str, lex: _Lexicon, actors: SpanIndex, programmes: SpanIndex,
                   found: list[PersonMention]) -> list[PersonMention]:
    """Names written family name first in capitals after an honorific ("Mr. KAWAMURA Shinichi, Minister ...") or
    before a verb of saying ("TAKEDA Hiroyuki mengatakan"); a programme's acronym in capitals is no family name
    ("Koperasi KTN Tunas Harapan")."""
    taken = SpanIndex(Span(p.start, p.end, "person", "", p.text, "") for p in found)
    people = []
    honoured = _SURNAME_FIRST.finditer(body) if any(h in body for h in ("Mr", "Ms", "Dr", "H.E")) else ()
    # (the verb in lower case: "UIN Raden Mas Said Surakarta" is a university)
    saying = (m for m in _SURNAME_FIRST_SAYS.finditer(body) if m.group("verb")[0].islower() and
              _key(m.group("verb")) in lex.after)
    # (not "Kapolda NTT Irjen Daniel": a place, then a rank)
    # ... or with a title set off after it ("ISHIKAWA Naomi, Minister-Counsellor at the Embassy of Japan")
    titled = (m for m in _SURNAME_FIRST_BARE.finditer(body)
              if not any(_key(w) in lex.leading or _key(w) in lex.places for w in m.group("name").split())
              and (_after_a_title(body, m.start("name"), lex)
                   or body.startswith(",", m.end("name")) and _apposition_title(body[m.end("name"):m.end("name") + 80],
                                                                             m.end("name"), lex)[0]))
    for match in sorted([*honoured, *saying, *titled], key=lambda m: m.start("name")):
        start, end = match.span("name")
        if any(p.start == start for p in people) or taken.overlapping(start, end) or actors.overlapping(start, end) or \
                programmes.overlapping(start, end) or any(_key(w) in lex.not_names for w in match.group("name").split()[1:]):
            continue
        title, title_start = _apposition_title(body[end:end + 80], end, lex)
        organisation = _organisation(title, title_start, start, lex, actors) if title else ""
        people.append(PersonMention(start, end, " ".join(match.group("name").split()), match.group("name"),
                                    title, organisation))
    return people


def _after_a_title(body: str, start: int, lex: _Lexicon) -> bool:
    """The capitalised run just before `start` holds an official's title ("Ambassador for ... Affairs")."""
    run = _TITLE_RUN_BEFORE.search(body, max(0, start - 160), start)
    return bool(run) and next(_title_heads_in(run.group(0), lex), None) is not None


def _may_be_mononym(body: str, match: re.Match, lex: _Lexicon) -> bool:
    """A lone capitalised word right after a rank or title head (checked in full later)."""
    if not _MONONYM.fullmatch(match.group(0)) or body[match.start() - 1:match.start()] not in (" ", "\t"):
        return False
    if _AGE_AFTER.match(body, match.end()):
        return True  # "Sunarto, 47, mengaku"
    if _DOTTED_DEGREE_AFTER.match(body, match.end()):
        return True  # "Ketua Rapat : Sutrisno, S.H., M.H."
    if body[match.start() - 2:match.start()] == ", ":
        verb = _VERB_AFTER_COMMA.match(body, match.end())
        if verb and _key(verb.group(1)) in lex.after or _RELATIVE_AFTER.match(body, match.end()):
            return True  # "Ketua RT setempat, Sugiyanto, mengaku", "Wakil Ketua LPSK, Wulandari, yang hadir"
    previous = body[max(0, match.start() - 30):match.start()].rsplit(None, 1)
    if bool(previous) and _key(previous[-1]) in lex.marks:
        return True
    # "Kepala BNPT Suhardi mengatakan": one name after a title and its organisation, with a verb of saying
    verb = _NEXT_WORD.match(body, match.end())
    return bool(verb) and _key(verb.group(1)) in lex.after and _after_a_title(body, match.start(), lex)


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


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


def _in_a_unit_named_for_a_programme(body: str, start: int, programmes: SpanIndex, lex: _Lexicon) -> bool:
    """"ketua Koperasi KTN Tunas Harapan": the words after a programme's name that follows an organisation's head
    ("Koperasi", "Yayasan") go on the name of the body named for the programme, not a person's (an office's head,
    "Kepala Biro RAN PE Andi ...", is followed by its holder's name)."""
    programme = next((p for p in programmes.overlapping(start - 2, start) if body[p.end:start].strip() == ""), None)
    if programme is None:
        return False
    head = _previous_word(body, programme.start)
    return _key(head) in lex.units and _key(head) not in lex.offices


def _key(word: str) -> str:
    return word.strip(",;:()").casefold().rstrip(".").replace("-", " ")



_CLAUSE_BEFORE = re.compile(r"(?:^|[.!?;:,\"“”(\n])[ \t]*$")


def _opens_a_clause(body: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence or clause (after a full stop, comma, quote or line break)."""
    return _CLAUSE_BEFORE.search(body, max(0, at - 4), at) is not None


def _a_small_word(word: str) -> bool:
    """A word in lower case ("bin", "van"), which neither opens nor ends a name; not an Arabic surname written with
    its article ("al-Otaibi")."""
    return word[0].islower() and not _ARTICLED_SURNAME.match(word)


def _name_words(body: str, start: int, end: int, lex: _Lexicon) -> tuple[list[tuple[int, int, str]], bool]:
    """The words of a capitalised run that make the name (ranks, titles, places, degrees stripped), and whether a
    rank or honorific stood before them; no words where the run names a group, unit or event."""
    words = [(start + m.start(), start + m.end(), m.group(0)) for m in _TOKEN.finditer(body[start:end])]

    cues_of: dict[str, str] = {}  # the tests below read each word's cue many times over

    def cue(word: str) -> str:  # the word as the cue lists read it ("Wit" is no "WIT")
        found = cues_of.get(word)
        if found is None:
            key = _key(word)
            found = cues_of[word] = "" if key in lex.capitals_only and not word.isupper() else key
        return found

    def opens_a_name(i: int) -> bool:  # an opener at word i, with a name word after it ("Anak Agung Gede ...")
        first = cue(words[i][2])
        if first in lex.name_openers:
            return i < len(words) - 1
        return first in lex.opener_firsts and any(
            i + len(q) < len(words) and q[0] == first and tuple(cue(w[2]) for w in words[i:i + len(q)]) == q
            for q in lex.opener_sequences)

    def first_name_before_surname(i: int) -> bool:
        # "Menteri Keamanan Inggris Dan Jarvis": inside a sentence, one surname-like word ends the run after it
        # (not "Menteri Hukum Dan HAM", nor "Dan" opening a sentence: "and")
        given, surname = words[i][2], words[-1][2]
        return cue(given) in lex.word_given_names and i == len(words) - 2 and not given.isupper() and \
            not _opens_a_clause(body, words[i][0]) and surname[:1].isupper() and not surname.isupper() and \
            cue(surname) not in lex.title_words | lex.not_names

    while words and (cue(words[-1][2]) in lex.degrees or _a_small_word(words[-1][2])):
        words.pop()
    if not words or cue(words[-1][2]) in lex.ends or cue(words[-1][2]) in lex.heads:
        return [], False  # "Counter-Terrorism Financing Summit", "Bali Peace Park Foundation", "the Pj Governor"
    if any(cue(w[2]) in lex.company_forms for w in words):
        return [], False  # "PT Maju Jaya"
    had_rank = False
    # the word just stripped, or the one before the run ("Mr. Tim ..."), is an honorific of address ("Mr", "Hon")
    addressed = _key(_previous_word(body, start, r"[\w.]")) in lex.address_honorifics
    # a name begins after the last rank or title word of its run ("Wakil Menteri ... Letnan Jenderal Pham ..."),
    # which goes with the words below, being perhaps the first of a rank's ("Emniyet Müdürü")
    patronym = next((i for i, w in enumerate(words) if i and cue(w[2]) in lex.patronym_particles), len(words))
    marks = [i for i, w in enumerate(words[:min(patronym, len(words) - 1)])
             if cue(w[2]) in lex.marks and not _middle_initial(words, i, cue, lex)]
    if marks:
        had_rank = any(cue(words[i][2]) in lex.ranks for i in marks)
        words = words[marks[-1]:]
    while words:
        first = cue(words[0][2])
        sequence = next((r for r in lex.rank_sequences_by_first.get(first, ())
                         if tuple(cue(w[2]) for w in words[:len(r)]) == r), None) if len(words) > 1 else None
        title = next((h for h in lex.head_sequences_by_first.get(first, ())
                      if tuple(cue(w[2]) for w in words[:len(h)]) == h), None) if len(words) > 2 else None
        if sequence:
            had_rank = True
            del words[:len(sequence)]
        elif title:  # "Jaksa Agung Muda ...": a title of several words, whose later words are names elsewhere
            del words[:len(title)]
        elif opens_a_name(0) and (had_rank or first not in lex.name_openers or not _opens_a_clause(body, words[0][0])
                                  or _rank_just_before(body[max(0, words[0][0] - 60):words[0][0]], lex)):
            # "H. Lalu Ahmad ...": after an honorific, "Lalu" opens the name; "I Made ..." always does; and so does
            # "Lalu" inside a clause ("Juru Bicara Kemlu Lalu Muhamad Iqbal"): "then" is written so only opening one
            # (the full stop of a rank outside the run ends no clause: "TGH. Lalu Ahmad ...")
            break
        elif first in lex.leading and not (addressed and first not in lex.marks and len(words) > 1) \
                and not first_name_before_surname(0) or first.endswith(" born"):
            # ("the Jakarta-born Dimas ...": where one was born, no name word)
            # ("The Hon Tim Watts": after an honorific of address, a common word of the cue lists is a first name)
            had_rank |= first in lex.ranks
            addressed = first in lex.address_honorifics
            words.pop(0)
        else:
            break
    while words and (cue(words[-1][2]) in lex.trailing or _a_small_word(words[-1][2])):
        words.pop()
    if words and cue(words[-1][2]) in lex.ends:
        return [], False  # "Sidang Komisi [Bersama]": the run, its last cue words stripped, still ends in a body's head
    # ... and after the last word that cannot be in one ("Direktur Urusan Politik Sekretariat Jenderal ...")
    # (a name opener inside the run is a name's first word, though it is a common word too: "H. Lalu Ahmad")
    # (a word of Arabic construct after "-ul" is a name's: "Rafiqul Islam", "Nurul Huda")
    boundaries = [i for i, w in enumerate(words) if cue(w[2]) in lex.not_names and cue(w[2]) not in _PARTICLES
                  and not (i == 0 and addressed) and not first_name_before_surname(i)
                  and not opens_a_name(i) and not (i and words[i - 1][2].endswith("ul") and len(words[i - 1][2]) > 4)]
    if boundaries:
        words = words[boundaries[-1] + 1:]
    # "Kepala Bakesbangpoldagri NTB Baiq Nurhasanah": an opener starts the name whatever comes before it
    opener = next((i for i in range(len(words) - 1) if opens_a_name(i)), None)
    if opener:  # (the first opener: "Ida Ayu Made Sukerti" is one name)
        words = words[opener:]
    while words and _a_small_word(words[0][2]):
        words.pop(0)
    if words and words[0][0] == start:
        # "I Made Sudarsana": an opener's first word too short to be a name word, just before the run
        before = _WORD_BEFORE.search(body, max(0, start - 12), start)
        if before and any(len(q) == 2 and (before.group(1).casefold(), cue(words[0][2])) == q and len(words) > 1
                          for q in lex.opener_sequences):
            words.insert(0, (before.start(1), before.end(1), before.group(1)))
    if words and cue(words[0][2]) in lex.units:
        # "Kepala Biro Penerangan Masyarakat ...": the title's unit, not a name; but after the unit's own title
        # words, two words or more are its head's name ("Kepala Biro Hukum Sulastri Wahyuningsih")
        rest = words[1:]
        while rest and cue(rest[0][2]) in lex.title_words:
            rest.pop(0)
        if cue(words[0][2]) not in lex.offices or len(rest) < 2 or len(rest) == len(words) - 1 or \
                any(cue(w[2]) in lex.units for w in rest):
            return [], False  # (not "ketua Koperasi Bina Usaha Damai": a cooperative's name, no office's)
        words = rest
    if len(words) >= 3 and words[0][0] > start and len(words[0][2]) >= 2 and words[0][2].isalpha() and \
            words[0][2].isupper() and not _GRADE.fullmatch(words[0][2]) and not words[1][2].isupper():
        words.pop(0)  # "Direktur Jenderal AHU Cahyo Rahadian": after the title, its office's acronym, not a name
    if words and words[-1][2][-2:] in ("'s", "’s"):
        words[-1] = (words[-1][0], words[-1][1] - 2, words[-1][2][:-2])  # "Joko Widodo's government"
    # "Konsul Jenderal RI di Jeddah Wahyu Setiadi", "Kepala Lapas Karanganyar Bambang Irawan": the first word
    # after "di" or a local office names the place, not the person
    if len(words) >= 3 and re.fullmatch(r"[IV]{1,3}[AB]?", words[0][2]) and words[1][2][1:].islower() and \
            _previous_word(body, words[0][0]).casefold() == "kelas":
        kelas = _previous_word_start(body, words[0][0])
        words.pop(0)  # "Kepala Lapas Kelas IIA Bambang ...": the office's class
        office = _previous_word_start(body, kelas)
        if len(words) == 2 and office >= 0 and _key(_previous_word(body, kelas)) not in lex.heads and \
                _key(_previous_word(body, office)) not in lex.heads:
            # "petugas dari Lapas Kelas IIA Gunung Sindur": no head of the office before it, so the two words
            # after its class are its place, not its head's name
            return [], False
    if len(words) >= 3 and (cue(_previous_word(body, words[0][0])) in lex.place_before
                            or cue(words[0][2]) in lex.places
                            or _OFFICE_CLASS.search(body, max(0, words[0][0] - 12), words[0][0])):
        words.pop(0)  # ("Kepala Lapas Kelas I Surakarta Bambang Widjanarko": the office's place)
    return words, had_rank


def _middle_initial(words: list[tuple[int, int, str]], i: int, cue, lex: _Lexicon) -> bool:
    """"Yasonna H. Laoly": a one-letter rank ("H." of Haji) between two name words is the name's initial; after a
    rank, title word or acronym ("Dr. H. Andi", "HAM H. Yasonna") it is still an honorific. A rank's word after an
    initial is a name word ("FATF President T. Raja Kumar"): ranks stand before a name's initials, not after them."""
    if i == 0 or i == len(words) - 1:
        return False
    if len(cue(words[i - 1][2])) == 1 and words[i - 1][2].endswith(".") and cue(words[i - 1][2]) not in lex.marks:
        return True
    if len(cue(words[i][2])) != 1:
        return False
    before = words[i - 1][2]
    return not before.isupper() and cue(before) not in lex.marks and cue(before) not in lex.title_words and \
        cue(before) not in lex.not_names


def _previous_word_start(body: str, start: int) -> int:
    """Where the word just before `start` begins, across spaces only (-1 where none is)."""
    match = re.search(r"\w+[ \t]+$", body[max(0, start - 30):start])
    return max(0, start - 30) + match.start() if match else -1


def _previous_word(body: str, start: int, letters: str = r"\w") -> str:
    """The word just before `start`, across spaces only."""
    match = re.search(rf"({letters}+)[ \t]+$", body[max(0, start - 30):start])
    return match.group(1) if match else ""


def _candidate(body: str, start: int, end: int, lex: _Lexicon,
               actors: SpanIndex) -> tuple[PersonMention | None, bool]:
    """The name inside a capitalised run and whether the text marks it as a person."""
    words, had_rank = _name_words(body, start, end, lex)
    if not _name_shaped(words, lex):
        return None, False
    single = len(words) == 1
    name_start, name_end = words[0][0], words[-1][1]
    if any(name_end <= s.start <= name_end + 1 for s in actors.overlapping(name_end, name_end + 2)):
        return None, False  # "... Perlucutan Senjata Kementerian Luar Negeri": a title running into its organisation
    after = body[name_end:name_end + 80]
    # (the name may begin before the run, at an opener's short first word: "Bandara I Gusti Ngurah Rai")
    if _glossed(after, lex) or _runs_into_unit(after, lex) or _named_after(body, min(start, name_start), name_start, lex):
        return None, False
    if _BRACKETED_CREDIT_BEFORE.search(body, max(0, name_start - 40), name_start) and after.startswith(")"):
        return None, False  # "(Tribun-Bali/Ni Luh Putu Sriani)": a photo's credit, its outlet and photographer
    window_start = max(0, name_start - TITLE_WINDOW)
    before = body[window_start:name_start]
    inside = [(s.start - window_start, s.end - window_start) for s in actors.overlapping(window_start, name_start)]
    # "bertemu rekannya, X", "kata X": a cue right before the name ends any title before it, someone else's
    cued = _ends_with_a_cue(before.rstrip(" ,"), lex)
    title, title_start = _title_before(before, lex, inside) if not cued else ("", 0)
    title_start += window_start
    if title:
        title, title_start = _title_with_organisation(body, title, title_start, lex, actors)
    holder = _HOLDER_AFTER.match(after)
    if holder and title and _OF_A_DOMAIN.search(body, title_start, name_start) and _key(holder.group(1)) in lex.ranks:
        # "Director General of Digital Space Supervision, Dr. Ir. Bambang ...": the office's domain, then its holder
        return None, False
    next_word = re.match(r"[\s,]*(\w+)", after)
    # (a verb after a place: "naik MRT dari Lebak Bulus, mengaku ...", said of the one who rides from it)
    says_after = bool(next_word and next_word.group(1).casefold() in lex.after) and \
        _key(_previous_word(body, name_start)) not in lex.from_places
    # "Presiden Jokowi", "President Biden": heads of state are named by one word after their title
    head_of_state = single and _previous_word(body, name_start).casefold() in lex.mononym_titles
    # (one word is a name by its age only where it is the whole run: "Jalan Sudirman, 12" is an address)
    aged = bool(_AGE_AFTER.match(after)) and (not single or name_start == start)
    # "Ketua Rapat : Sutrisno, S.H., M.H.": an academic degree written with its dots follows only a person's name
    degree = _DOTTED_DEGREE_AFTER.match(after)
    # (not a place's: "di Garut, S.H. Sukarman ...", where the dotted letters are the next name's initials)
    degreed = bool(degree) and _key(degree.group(1)) in lex.degrees and \
        _key(_previous_word(body, name_start)) not in lex.from_places
    if single and not head_of_state and not aged and not degreed and not (
            title and (_said_with_title(body, name_start, title_start, says_after, lex)
                       or says_after and _after_a_titled_organisation(body, name_start, words[0][2], actors, lex,
                                                                      title_start)
                       # "Kasubdit ... BNPT, Kolonel Inf Sujatmiko, yang hadir": an officer of one name, set off or
                       # saying a few words on ("Kapolda ... Irjen Pol Wiratmoko selaku tuan rumah menyatakan")
                       or had_rank and (body[name_end:name_end + 1] == "," or _says_in_clause(after, lex)))
            # "Wakil Ketua LPSK, Wulandari, yang hadir ...": one name set off between its title and a relative clause
            or title and _set_off_before_a_relative_clause(body, name_start, words[0][2], title_start, after, lex)
            # "led by Vice Adm. Santosa, chief of the ... Agency": one name after a rank, its title set off after it
            or _rank_just_before(before, lex) and bool(_apposition_title(after, name_end, lex)[0])):
        if not (title and _organisation(title, title_start, name_start, lex, actors)):
            return None, False
        # "Secretary General of Kemendikbudristek Suharti, witnessed by ...": one word after a title that names its
        # organisation, with no verb of saying, waits for a later mention that is quoted ("said Suharti")
        waits_for_a_quote = True
    else:
        waits_for_a_quote = False
    evidence = (had_rank or bool(title) or _rank_just_before(before, lex) or says_after or aged or degreed
                or _role_after(body, name_start, after, lex) or _nationality_after(body, name_end, actors, lex)
                or bool(_AGE_BEFORE.search(before) or _BIRTHPLACE_BEFORE.search(before)) and not single
                # ("Salah satu peserta, X dari Makassar, mengaku ...": the place one comes from may end the name)
                or (after.startswith(",") or _first_word(after) in lex.from_places) and _role_before(before, lex)
                or _opened_as_a_name(words, lex)
                # (a name takes no article: "The Sulu Sea Trilateral served as chair" is a meeting)
                or not single and _previous_word(body, name_start).casefold() not in ("the", "a", "an")
                and (_included_among_holders(before, lex) or _takes_a_title_after(after, lex))
                or cued)
    member_of = None
    if not title:
        title, title_start = _apposition_title(after, name_end, lex)
        evidence |= bool(title) or bool(_WHO_AFTER.match(after))
        # (not a run that goes on a phrase: "Director for Terrorism and [Transnational Crimes] at the ...")
        # ("thanks to Helen Crowther from the UK's NaCTSO": "to" after a verb goes on no phrase)
        member_of = None if title or single or _key(_previous_word(body, name_start)) in lex.connectors - {"to"} \
            else _member_of(body, name_end, actors, lex) or _signature_organisation(body, name_start, name_end, actors)
        evidence |= member_of is not None
    if not evidence and not single and not title and not any(_key(w[2]) in lex.places for w in words) and \
            _ACTS_AFTER_A_NAME.match(after):
        # (a place is no person: "Indonesia's Central Sulawesi"; nor is a thing the state has: "the UK's Protect
        # Duty work", where a noun, not a verb or a list, follows)
        member_of = member_of or next((s for s in actors.overlapping(name_start - 5, name_start)
                                       if s.entry_id == _state_possessive_before(body, name_start, actors, lex)), None)
        evidence = member_of is not None
    if not evidence and re.search(r"[)\w],\s*$", before) and after.lstrip().startswith(",") and \
            not _LAST_BUT_ONE_OF_A_LIST.match(after):
        # "... (DGSI), Francois Bedot, saat ...": a name set off by commas right after an organisation (not a list's
        # member: "seperti Batam Centre, Harbour Bay, dan Sekupang")
        evidence = any(name_start - 4 <= s.end <= name_start for s in actors.overlapping(name_start - 4, name_start))
    organisation = _organisation(title, title_start, name_start, lex, actors) if title else (
        member_of.entry_id if member_of else "")
    set_off = single and bool(title) and says_after and body[max(0, name_start - 2):name_start] == ", " and \
        body[title_start:name_start].count(",") == 1  # "Ketua RT setempat, Sugiyanto, mengaku": named in full
    if single and not organisation and not head_of_state and not aged and not degreed and not set_off and \
            not _rank_just_before(before, lex):
        evidence = False  # waits for a fuller name of the article that it is part of ("kata Menag Nasaruddin")
    if waits_for_a_quote:
        evidence = False
    name = " ".join(w[2] for w in words)
    return PersonMention(name_start, name_end, name, body[name_start:name_end], title, organisation), evidence


def _opened_as_a_name(words: list[tuple[int, int, str]], lex: _Lexicon) -> bool:
    """A Balinese or Sasak name: an opener, then two name words or more ("Made Mangku Pastika", "I Made Sudarsana",
    "Ni Luh Sukarni"), a person's whatever the clause says of them; an opener and one word may be a common phrase."""
    keys = [_key(w[2]) for w in words]
    if any(k in lex.titled or k in lex.not_names for k in keys[1:]):
        return False  # "Undang-Undang Lalu Lintas Angkutan ...": "Lalu" opens a phrase of common words too
    if keys and keys[0] in lex.name_openers:
        return len(keys) >= 3
    return any(tuple(keys[:len(q)]) == q and len(keys) >= len(q) + 2 for q in lex.opener_sequences)


_INCLUDING_BEFORE = re.compile(r"(\w+),?[ \t]+(?:including|among them|such as|termasuk|di antaranya|antara lain|"
                               r"seperti)[ \t]+$")


def _included_among_holders(before: str, lex: _Lexicon) -> bool:
    """"its later commanders, including Budi ...", "para korban, termasuk ...": a name in a list of people who hold
    a title or role is one of them."""
    group = _INCLUDING_BEFORE.search(before[-60:])
    if not group:
        return False
    word = _key(group.group(1))
    singular = word[:-1] if word.endswith("s") else word  # ("commanders", "victims")
    return any(w in lex.heads or w in lex.roles for w in (word, singular))


_AS_A_TITLE_AFTER = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){0,3}[ \t]+(?:as|sebagai|selaku)[ \t]+(?:(?:the|a|an)[ \t]+)?"
                               r"([\w-]+)")


def _takes_a_title_after(after: str, lex: _Lexicon) -> bool:
    """"... before Budi Santoso takes office as president", "X selaku Kepala ...": a name that holds a title named
    a few words on, in its clause."""
    title = _AS_A_TITLE_AFTER.match(after)
    return bool(title) and _key(title.group(1)) in lex.heads


_BRACKETED_CREDIT_BEFORE = re.compile(r"\([\w.-]+(?:[ \t][\w.-]+)?/[ \t]*$")  # "(Tribun-Bali/", "(Kompas.com/"
_RELATIVE_AFTER = re.compile(r",[ \t]*(?:who|whose|yang)[ \t]")


def _set_off_before_a_relative_clause(body: str, name_start: int, word: str, title_start: int, after: str,
                                      lex: _Lexicon) -> bool:
    """A word set off by commas right after its title and before "who" or "yang" ("Wakil Ketua LPSK, Wulandari,
    yang hadir ..."): no place, which a title may take after a comma too."""
    return body[max(0, name_start - 2):name_start] == ", " and body[title_start:name_start].count(",") == 1 and \
        bool(_RELATIVE_AFTER.match(after)) and _key(word) not in lex.places


_CLAUSE_WORDS = re.compile(r"(?:[ \t]+[\w'’-]+){1,6}")  # the next words up to a punctuation mark


def _says_in_clause(after: str, lex: _Lexicon) -> bool:
    """A verb of saying among the next few words of the clause ("... selaku tuan rumah menyatakan")."""
    words = _CLAUSE_WORDS.match(after)
    return bool(words) and any(_key(w) in lex.after for w in words.group(0).split())


# a comma, then a list's joiner: the list goes on ("Batam Centre, Harbour Bay, dan Sekupang")
_LAST_BUT_ONE_OF_A_LIST = re.compile(r"\s*,\s*(?:dan|and|serta|atau|or)\s")
_HOLDER_AFTER = re.compile(r",[ \t]*([\w.]+)")  # ", Dr. Bambang": the word opening what follows a comma
_OF_A_DOMAIN = re.compile(r"[ \t](?:of|for|on|bidang|urusan)[ \t]")  # "Director General of ...", "Deputi Bidang ..."
_NEXT_WORD_AFTER_ORGANISATION = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?,?[ \t]+(\w+)")
_OF_AN_ORGANISATION = re.compile(r"[ \t]+(?:of|from|at|dari)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.]*-based[ \t]+)?"
                                 r"(?:[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?['’]s[ \t]+)?")  # ("from the UK's ...")


_HEAD_BEFORE = re.compile(r"([\w.]+)[ \t]*(?:\(([\w-]{2,12})\)[ \t]*)?$")  # "UIN", "Negeri (UIN)"


def _named_after(body: str, run_start: int, name_start: int, lex: _Lexicon) -> bool:
    """Whether the name follows a word for a thing named after a person ("UIN Raden Intan", "Bandara Soekarno-Hatta",
    "Universitas Islam Negeri (UIN) Syarif Hidayatullah", "IAIN Syekh Nurjati"): the institution or place, not the
    person; the word may stand before the run or inside it, before the name's rank."""
    if any(_key(word.rstrip(".")) in lex.namesakes for word in body[run_start:name_start].split()):
        return True
    match = _HEAD_BEFORE.search(body, max(0, run_start - 40), run_start)
    return bool(match) and any(_key(word.rstrip(".")) in lex.namesakes for word in match.groups() if word)


def _member_of(body: str, name_end: int, actors: SpanIndex, lex: _Lexicon) -> Span | None:
    """The organisation a name is said to belong to right after it ("Nadia Putri of the Jakarta-based Institute
    for ...", "Ali Rahman dari BNPT"): a name so placed is a person's."""
    link = _OF_AN_ORGANISATION.match(body, name_end)
    if not link:
        return None
    # (the organisation may take in the state's possessive the link passed over: "of Hungary's Counter Terrorism
    # Centre (TEK)" is one name)
    organisation = next((s for s in actors.overlapping(link.end(), link.end() + 1) if name_end < s.start <= link.end()),
                        None)
    # ... and then speaks ("... (IPAC) said"): "Transnational Crimes of the UNODC" is a unit, not a person
    if organisation is None:
        return None
    next_word = _NEXT_WORD_AFTER_ORGANISATION.match(body, organisation.end)
    # (or is told of as a person: "Helen Crowther from the UK's NaCTSO, who flew in from London")
    return organisation if next_word and (next_word.group(1).casefold() in lex.after
                                          or next_word.group(1) == "who") else None


_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def _signature_organisation(body: str, name_start: int, name_end: int, actors: SpanIndex) -> Span | None:
    """"Hannah Kirkwood, British Embassy Jakarta" alone on its line: a post's or a release's signature, the writer's
    name and the organisation they write for."""
    if name_start and body[name_start - 1] != "\n" or not body.startswith(", ", name_end):
        return None
    organisation = next((s for s in actors.overlapping(name_end + 2, name_end + 3) if s.start == name_end + 2), None)
    return organisation if organisation is not None and _LINE_END.match(body, organisation.end) else None


def _runs_into_unit(after: str, lex: _Lexicon) -> bool:
    """"Kasubdit Pengamanan Lingkungan Direktorat ...": words running on into a unit's head are the unit's name."""
    next_word = re.match(r"[ \t]+([A-Z][\w-]*)", after)
    return bool(next_word) and _key(next_word.group(1)) in lex.units


_GRADE = re.compile(r"[IVX]{2,}[AB]?|[IVX][AB]")  # "Kelas IIA Bogor": a grade in Roman numerals opens no name (a
# lone "I" may: "I Made ...")


def _name_shaped(words: list[tuple[int, int, str]], lex: _Lexicon) -> bool:
    """Two to five words, two of them more than an initial and one not in capitals ("Kelas II TPI" is a grade and
    an acronym), or one word that may be a whole name."""
    if len(words) == 1:
        return _mononym(words[0][2], lex)
    full_words = sum(len(w[2].rstrip(".")) > 1 for w in words)
    # (an initial and one word is a name when the word may be one alone: "K Shanmugam", not "S. Pd")
    return 2 <= len(words) <= MAX_NAME_WORDS and (full_words >= 2 or len(words) == 2 and len(words[0][2].rstrip(".")) == 1
                                                  and _MONONYM.fullmatch(words[1][2]) is not None) \
        and any(not w[2].isupper() for w in words) and not _GRADE.fullmatch(words[0][2])


def _said_with_title(body: str, name_start: int, title_start: int, says_after: bool, lex: _Lexicon) -> bool:
    """One word is a name only right after a title head or rank and with a verb of saying, after it or before
    the title ("LPSK deputy chairperson Susilaningtias said", "kata Menag Nasaruddin"), or set off by commas
    after its title and before the verb ("Ketua RT setempat, Sugiyanto, mengaku ...")."""
    if says_after and body[max(0, name_start - 2):name_start] == ", " and \
            body[title_start:name_start].count(",") == 1:
        return True
    return _key(_previous_word(body, name_start, r"[\w.'’-]")) in lex.marks and (
        says_after or _ends_with_a_cue(body[max(0, title_start - 40):title_start].rstrip(" ,"), lex))


def _after_a_titled_organisation(body: str, name_start: int, word: str, actors: SpanIndex, lex: _Lexicon,
                                 title_start: int = -1) -> bool:
    """"Kepala BNPT Suhardi mengatakan": one word right after an organisation that a title head opens is its
    head's name (not a place: "Kapolda Jatim mengatakan" is not written with an organisation's name); so is one
    after an organisation that ends a longer title ("Deputi Bidang Perlindungan Anak KemenPPPA Nahar menekankan")."""
    if _key(word) in lex.places:
        return False
    # (its short form in brackets may stand last: "... Perlindungan Anak (KemenPPPA) Nahar")
    organisation = next((a for a in actors.overlapping(name_start - 3, name_start)
                         if body[a.end:name_start] in (" ", ") ")), None)
    return organisation is not None and (_key(_previous_word(body, organisation.start)) in lex.marks
                                         or 0 <= title_start < organisation.start)


_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|whose|which|that|yang)\s")


def _apposition_title(after: str, name_end: int, lex: _Lexicon) -> tuple[str, int]:
    """A title set off by a comma after the name ("..., Kepala CUTA", "..., the Head of ...", "..., a terrorism
    researcher at ..."): an article and up to two words describing the position may open it."""
    # (on one line: a paragraph's end closes it)
    apposition = re.match(r",[ \t]*((?:[A-Za-z0-9][\w.'’-]*[ \t]*)+)", after)
    if not apposition or _LAST_BUT_ONE_OF_A_LIST.match(after):
        return "", 0  # (", dan Sekupang": a list goes on, no title follows)
    phrase = apposition.group(1)
    if lex.time_before_apposition is not None:
        phrase = lex.time_before_apposition.sub("", phrase, count=1)
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    phrase_start = name_end + apposition.end(1) - len(phrase)
    phrase = _RELATIVE_CLAUSE.split(phrase, 1)[0]  # "a BNPT official who joined the tour": the title ends at "who"
    head = next(_title_heads_in(phrase, lex, 0, 60), None)
    title = phrase.rstrip().rstrip(".;").strip(" ,")
    # (or an owner in the possessive, of up to four words: "the corrections directorate general's director for ...")
    opening = phrase[:head.start()].split() if head else []
    owned = bool(opening) and opening[-1].endswith(("'s", "’s")) and len(opening) <= 4
    if not head or len(opening) > 2 and not owned or head.start() > 40 and not owned or not _plausible_title(title, lex):
        return "", 0
    if lex.before.search(phrase, 0, head.start()):
        return "", 0  # "di Hotel Santika Premiere, kata Kepala BNPT": the title of the one who speaks, named after it
    return title, phrase_start


def _organisation(title: str, title_start: int, name_start: int, lex: _Lexicon, actors: SpanIndex) -> str:
    """The first organisation in the title, or the one the title sits in ("Dutch National Coordinator ... X"),
    or the one it names ("Menteri Sosial")."""
    # the title text was tidied (ranks, brackets removed), so look in the raw stretch it came from
    stretch_end = name_start if title_start < name_start else title_start + len(title) + 20
    inside = [s for s in actors.overlapping(title_start, stretch_end) if s.end <= stretch_end]
    return inside[0].entry_id if inside else _organisation_of_title(title, lex)


def _glossed(after: str, lex: _Lexicon) -> bool:
    """A run explained in brackets by a capitalised phrase names a unit or term ("Cawangan Khas (Special Branch)"),
    unless the phrase is a position ("Mahfud MD (Menko Polhukam)")."""
    gloss = _GLOSS.match(after)
    return bool(gloss) and next(_title_heads_in(gloss.group(1), lex), None) is None


def _mononym(word: str, lex: _Lexicon) -> bool:
    """A word that may be a whole name: capitalised, long, and no cue word of the lexicon (nor the head of an
    organisation's or programme's name: "Foreign Minister Dialogue")."""
    key = _key(word)
    return bool(_MONONYM.fullmatch(word)) and not any(
        key in words for words in (lex.marks, lex.not_names, lex.title_words, lex.degrees, lex.after, lex.titled,
                                   lex.ends))


def _title_with_organisation(body: str, title: str, title_start: int, lex: _Lexicon,
                             actors: SpanIndex) -> tuple[str, int]:
    """The title grown back over the capitalised portfolio before its head ("Communication and Digital Affairs
    Minister") and the organisation written just before it ("BNPT head", "UNODC Regional Representative")."""
    reach = title_start
    words = list(re.finditer(r"[\w'’-]+|[^\w\s]+", body[max(0, title_start - 80):title_start]))
    offset = max(0, title_start - 80)
    portfolio = title_start
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group(0)
        key = _key(word)
        gap = body[offset + words[index].end():reach]
        if not _JOINED.fullmatch(gap) or "\n" in gap or actors.overlapping(offset + words[index].start(),
                                                                            offset + words[index].end()):
            break
        if word[0].isupper() and key in lex.title_words:
            reach = offset + words[index].start()
            portfolio = reach
        elif key in ("and", "dan", "&") and index and words[index - 1].group(0)[0].isupper() \
                and _key(words[index - 1].group(0)) in lex.title_words:
            reach = offset + words[index].start()
        else:
            break
    if portfolio < title_start:
        title = body[portfolio:title_start].strip() + " " + title
        title_start = portfolio
    previous = [s for s in actors.overlapping(title_start - 6, title_start) if s.end <= title_start]
    if previous and _JOINED.fullmatch(body[previous[-1].end:title_start]):
        title = body[previous[-1].start:title_start].rstrip() + " " + title
        title_start = previous[-1].start
    return title, title_start


def _plausible_title(title: str, lex: _Lexicon) -> bool:
    """A position, not a clause: no three lower-case words in a row that no title uses ("whose husband was
    killed"), no verb that follows a name ("... menjelaskan"), and no small word at its end ("... School of
    Strategic and")."""
    words = title.split()
    if words and _key(words[-1]) in lex.connectors:
        return False
    if words and words[-1].islower() and _key(words[-1]) in lex.from_places:
        return False  # "... chief Sentot Prasetyo at [Bukit Aman]": a place follows the preposition, not the holder
    if any(_key(w) in lex.after for w in words):
        return False  # "Direktur YPP, Rahmat Hidayatullah, menjelaskan [Dapur Hijrah ...]": a clause, a verb in it
    run = 0
    for word in words:
        if _LOWER_WORD.fullmatch(word.strip(",.;:()")) and _key(word) not in lex.titled:
            run += 1
            if run == 3:
                return False
        else:
            run = 0
    return True


def _organisation_of_title(title: str, lex: _Lexicon) -> str:
    """The organisation a title names when the title holds no actor name, if the vocabulary knows it: the ministry
    after a minister's title ("Menteri Sosial" -> Kementerian Sosial, "Minister of Social Affairs" -> Ministry of
    Social Affairs) or before it ("Communication and Digital Affairs Minister"), or the body of a short title
    ("Menag" -> Kementerian Agama, "Kapolri" -> Polri)."""
    words = title.split()
    folded = [w.casefold().strip(",.") for w in words]
    for head, organisation in lex.title_organisations:
        for i in range(len(words) - len(head) + 1):
            if tuple(folded[i:i + len(head)]) != head:
                continue
            rest = words[i + len(head):]
            # the ministry's name follows the head, perhaps with more after it ("... untuk Indonesia") ...
            names = [" ".join([organisation, *rest[:k]]) for k in range(len(rest), -1, -1)]
            if i + len(head) == len(words):
                # ... or, in English, comes before it ("Foreign Affairs Minister")
                names += [f"{organisation} of {' '.join(words[k:i])}" for k in range(i)]
            for name in names:
                found = lex.actor_forms.get(fold(name))
                if found and found[0] == "actor":
                    return found[1]
    return ""


def _rank_just_before(before: str, lex: _Lexicon) -> bool:
    """Whether a rank ends right before the name: a rank word ("Kombes"), or a rank of several words whose last one
    is no rank alone ("Inspector General of Police")."""
    tail = re.findall(r"[\w.']+", before[-40:])
    if bool(tail) and _key(tail[-1]) in lex.ranks:
        return True
    return bool(tail) and _key(tail[-1].rstrip(".")) in lex.rank_last_words and lex.rank_ending is not None and \
        bool(lex.rank_ending.search(before[-60:]))


def _ends_with_a_cue(text: str, lex: _Lexicon) -> bool:
    """`lex.before.search(text)`: a cue ending the text, perhaps with spaces after it. The search begins no
    further back than the longest cue from the last non-space character (under IGNORECASE a cue matches as many
    characters as it has, and the word boundary before it still sees the character before that start)."""
    return lex.before.search(text, max(0, len(text.rstrip()) - lex.before_reach)) is not None


_WORD_CHAR = re.compile(r"\w")
_WORD_START = re.compile(r"(?<!\w)\w")


def _title_heads_in(text: str, lex: _Lexicon, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
    """`lex.title_heads.finditer(text, start, end)`, tried only where a word begins: a head's match begins with a
    word boundary before a word character, and trying the 250 heads at every letter is most of the cost."""
    end = len(text) if end is None else end
    if not lex.title_heads_open_words:
        yield from lex.title_heads.finditer(text, start, end)
        return
    match_at = lex.title_heads.match
    # (in ASCII text a head can begin only where its first two letters stand, in either case)
    openings = lex.title_head_openings if text.isascii() else None
    resume = start  # finditer goes on where its last match ended
    for word in _WORD_START.finditer(text, start, end):
        if word.start() < resume or openings and text[word.start():word.start() + 2].lower() not in openings:
            continue
        head = match_at(text, word.start(), end)
        if head:
            yield head
            resume = head.end()


def _title_before(before: str, lex: _Lexicon, actors: list[tuple[int, int]] = ()) -> tuple[str, int]:
    """The position phrase ending right before a name, from its head word, ranks and brackets removed
    (`actors`: the organisation names in `before`, whose words are never a title's head)."""
    masked = before
    if lex.rank_phrases is not None and lex.rank_phrases.search(before):
        # "Head of BNPT, Commissioner General Police X": a title word inside a rank heads no title
        masked = lex.rank_phrases.sub(lambda r: " " * len(r.group(0)), masked)
    if "." in masked:
        # blank out ranks first: their full stops ("Brigjen. Pol. R.") do not end the clause
        masked = _WORD_DOT.sub(lambda w: " " * len(w.group(0)) if _key(w.group(0)) in lex.ranks else w.group(0), masked)
    clause = _CLAUSE_BREAK.split(masked)[-1]
    offset = len(before) - len(clause)
    # the position nearest the name ("Kepala BNPT, X dan Duta Besar ... Y"), but not an acronym in brackets
    # ("Menteri Koordinator ... (Menko Polhukam) Mahfud MD") nor a word inside an organisation's name
    # ("Kementerian Koordinator Bidang ..."; a unit named by its head, "Deputi Bidang ... BNPT", is a title)
    # (unless the name of an office runs up to the name: "the Dutch National Coordinator for ... X")
    reaching = len(before.rstrip(" \t,"))
    heads = [h for h in _title_heads_in(clause, lex)
             if clause.count("(", 0, h.start()) <= clause.count(")", 0, h.start())
             and not any(a < offset + h.start() < b < reaching for a, b in actors)]
    if not heads:
        return "", 0
    index = len(heads) - 1
    while index and not clause[heads[index - 1].end():heads[index].start()].strip(" \t/"):
        index -= 1  # adjacent heads make one title: "Menteri Koordinator", "Wakil Ketua", "Duta Besar/Wakil Tetap"
    head = heads[index]
    start = offset + head.start()
    phrase = re.sub(r"\s*\([^)]*\)", "", masked[start:])
    words = _without_final_ranks(phrase.split(), lex)
    # an organisation's name counts as one word of its title
    names = [(a, b) for a, b in actors if a >= start]
    length = len(words) - sum(len(before[a:b].split()) - 1 for a, b in names)
    title = " ".join(words).strip(" ,")
    if length > MAX_TITLE_WORDS or not _plausible_title(title, lex):
        return "", 0  # too far from the name to be its title ("Ambassador X ... at the office in Y, Z")
    return title, start


def _without_final_ranks(words: list[str], lex: _Lexicon) -> list[str]:
    """A title's words without the ranks that end it ("Kepala EGM, Emniyet Müdürü" -> "Kepala EGM,")."""
    while words:
        keys = [_key(w) for w in words[-6:]]
        sequence = next((r for r in lex.rank_sequences_by_last.get(keys[-1], ()) if tuple(keys[-len(r):]) == r), None)
        if sequence:
            del words[-len(sequence):]
        elif keys[-1] in lex.ranks and not (keys[-1] in lex.ranks_in_phrases_only and len(keys) > 1
                                            and keys[-2] in lex.title_words and keys[-2] not in lex.ranks):
            # (but "Kepala Staf Angkatan Laut": a service after a title's word is the title's, not a rank's)
            words.pop()
        else:
            break
    return words


def _quoted_short_mention(body: str, token: str, after: int, lex: _Lexicon, positions: dict[str, list[int]]) -> bool:
    """A later mention of `token` introduced or followed by a verb of saying, or after an honorific of address
    ("Mr Kessell was one of ...": English papers name a person so) (`positions`: where each capitalised word
    stands)."""
    if len(token) < 3 or not token[0].isupper():
        return False
    if _key(token) in lex.places:
        return False  # "Bima sempat menjadi sorotan": a place is told of with the same verbs as a person
    for start in positions.get(token, ()):
        if start < after:
            continue
        following = re.match(r"[\s,]*(\w+)", body[start + len(token):start + len(token) + 40])
        if _ends_with_a_cue(body[max(0, start - 30):start].rstrip(" ,"), lex) or (
                following and following.group(1).casefold() in lex.after) or (
                _key(_previous_word(body, start, r"[\w.]")) in lex.address_honorifics):  # ("Mr." as "Mr")
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
        if person.title and (key not in best_title or person.actor_id and not best_title[key][1]):
            best_title[key] = (person.title, person.actor_id)  # the first title, or the first naming an organisation
    merged = []
    for person in people:
        key = canonical[person.name]
        own = (person.title, person.actor_id)
        # a short mention's bare position ("Ambassador Maunder said") is the full mention's title
        bare = person.name != key and not person.actor_id and key in best_title
        title, actor_id = own if person.title and not bare else best_title.get(key, own)
        merged.append(replace(person, name=key, title=title, actor_id=actor_id))
    return merged


def _short_mentions(body: str, people: list[PersonMention], blocked: list[tuple[int, int]],
                    lex: _Lexicon) -> list[PersonMention]:
    """Single-word mentions ("kata Boy", "Amar said") of a person named in full earlier in the article (not by a
    word that opens many names and is a common word too: "Lalu")."""
    if not people:
        return []
    by_token: dict[str, PersonMention] = {}
    for person in people:
        for token in person.name.split():
            if len(token) > 2 and not token.endswith(".") and _key(token) not in lex.name_openers:
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
