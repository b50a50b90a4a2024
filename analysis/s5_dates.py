"""Stage 5, resolve dates: an article -> its `Published` date (with basis) and the body's `DateMention`s, each with its precision (day/month/year), end date and text span.

The grammar (data/dates.yaml: month and weekday names, relative words, range
joiners, cue words) is compiled once per vocabulary fingerprint into one
scanner regex. Resolution runs in three passes, because body dates and the
publication date need each other: (1) dates that carry their year; (2) the
publication date, from front matter, a printed dateline, a weekday-stated body
date, a copyright line; (3) year-less, weekday, relative and day-month dates
against it. Years and year ranges are kept as periods (`is_period`), never as
the date of an act, except a year after "pada"/"in" or a part of a year
("paruh kedua 2025"). A date's role (statement, historical, validity, end of
an act) comes from the cue words before it; "on the same day" takes the day
written before it, and a day followed by a closing day ("dibuka Rabu (5/6) dan
ditutup Jumat (7/6)") is one range.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from dataclasses import dataclass, replace
from typing import Iterable

from .s2_clean import CleanArticle
from .s3_segment import abbreviations as sentence_abbreviations, ends_a_sentence, in_a_quotation
from .vocabulary import Vocabulary, VocabularyError, compiled_for

PRECISIONS = ("day", "month", "year")
_ROLE_WINDOW = 48  # characters before a date searched for a statement ("kata X, Rabu") or historical cue ("occurred on")
_ANNIVERSARY_REACH = 160  # characters after "20th anniversary" in which its base date may stand
_BARE_WEEKDAY_STATEMENT_WINDOW = 80
_PLANNED_WINDOW = 80  # characters before a date searched for a planned cue ("dijadwalkan ... pada Jumat (7/6)")
_BACKGROUND_WINDOW = 100  # characters before a date searched for a background cue ("lessons from ... last year")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date
    precision: str  # day | month | year
    date_end: dt.date | None = None
    # full | numeric | range | day_range | month | month_range | bare_month | year | year_part | period | weekday |
    # relative | day_month | same_day | anniversary
    form: str = "full"
    is_period: bool = False  # a year or a span of years: context, never the date of an act
    weekday: bool = False  # written with a weekday name (which was checked)
    role: str = "date"  # date | statement (of a quote or press release) | historical | anniversary | validity | end


@dataclass(frozen=True)
class Published:
    date: dt.date | None
    precision: str  # day | month | year | ""
    basis: str  # stated | metadata | weekday | copyright | event | none


NO_DATE = Published(None, "", "none")

_WORD = re.compile(r"\w+")


def _lowered(text: str) -> str:
    """`text.lower()`, once per long text: callers look for cues sentence by sentence in the same body
    (short texts are cheaper to lower again than to cache, and would evict the body)."""
    return _lowered_long(text) if len(text) > 2000 else text.lower()


@lru_cache(maxsize=4)
def _lowered_long(text: str) -> str:
    return text.lower()


_FEW_HEADS = 4  # up to this many word heads, substring tests are cheaper than splitting the stretch into words


def _words_of(lowered: str, start: int, end: int) -> frozenset[str]:
    """The set of words of lowered[start:end]; a whole long text's set is kept (dates and events both ask)."""
    if start == 0 and end >= len(lowered) and len(lowered) > 2000:
        return _words_long(lowered)
    return frozenset(_WORD.findall(lowered, start, end))


@lru_cache(maxsize=4)
def _words_long(lowered: str) -> frozenset[str]:
    if lowered.isascii():
        # the same words: in ASCII, \w is [A-Za-z0-9_], so blanking every other byte and splitting gives its runs
        return frozenset(lowered.encode("ascii").translate(_ASCII_NON_WORD_TO_SPACE).decode("ascii").split())
    return frozenset(_WORD.findall(lowered))


_ASCII_NON_WORD_TO_SPACE = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))


def _one_match_per_mode(entries: list[tuple[re.Pattern, bool, object]]) -> list[tuple[re.Pattern, bool, tuple]]:
    """A head's cues, longest first, as (alternation, exact, values): one alternative per cue, in their order,
    so that one `match` at an offset finds the first cue that matches there, as trying them one by one does
    (a head such as "the" opens a dozen cues; one call per cue was most of a body's search). Each run of cues
    matched in the same text (lower-cased, or as written for capitals) makes one alternation; alternative i is
    group i, and the cue patterns hold no groups of their own, so `lastindex` names the cue matched."""
    runs: list[tuple[list[str], bool, list[object]]] = []
    for pattern, exact, value in entries:
        if pattern.groups:
            raise ValueError(f"a cue pattern with a group of its own: {pattern.pattern!r}")
        if not runs or runs[-1][1] != exact:
            runs.append(([], exact, []))
        runs[-1][0].append(f"({pattern.pattern})")
        runs[-1][2].append(value)
    return [(re.compile("|".join(alternatives)), exact, tuple(values)) for alternatives, exact, values in runs]


class CueSet:
    """Cue phrases ("keterangan tertulis", "kunjung*", "KTT") found by a word-set lookup, then checked in place.

    In Python one regex alternation of a hundred phrases costs milliseconds on
    an article; looking up first words in a set and matching only where one
    occurs costs tens of microseconds. A trailing `*` lets a cue end inside a
    word; an all-capital cue is matched in capitals only.
    """

    def __init__(self, cues: Iterable[str], value: object = None, values: dict[str, object] | None = None):
        # head word -> its cues, longest first, as (pattern, exact, value); then as `_one_match_per_mode` makes them
        self.by_first: dict[str, list[tuple[re.Pattern, bool, object]]] = {}
        self.prefixes: dict[str, list[tuple[re.Pattern, bool, object]]] = {}
        values = {str(k).strip(): v for k, v in (values or {}).items()}
        cues = set(values) | {str(c).strip() for c in cues}
        for cue in sorted((c for c in cues if c.strip("* ")), key=len, reverse=True):
            words = cue.strip("*").split()
            exact = all(ch.isupper() for ch in cue if ch.isalpha()) and any(ch.isalpha() for ch in cue)
            body = r"[\s-]+".join(re.escape(w if exact else w.casefold()) for w in words)
            pattern = re.compile(body + (r"\w*" if cue.endswith("*") else r"(?!\w)"))
            target = self.prefixes if cue.endswith("*") and len(words) == 1 else self.by_first
            entry = (pattern, exact, values.get(cue, value) if values else value)
            target.setdefault(words[0].casefold(), []).append(entry)
        for target in (self.by_first, self.prefixes):
            for head, entries in target.items():
                target[head] = _one_match_per_mode(entries)
        # heads that are not words (";", "jum'at") never show up in a word set: always look for them
        self.symbols = [(w, e) for w, e in self.by_first.items() if not w.isalnum()]
        self.always = self.symbols + list(self.prefixes.items())
        self.word_heads = tuple(w for w in self.by_first if w.isalnum())

    def find(self, text: str, lowered: str | None = None, start: int = 0, end: int | None = None,
             words: frozenset[str] | None = None) -> list[tuple[int, int, object]]:
        """(start, end, value) of every cue in text[start:end], leftmost-longest, not overlapping."""
        lowered = _lowered(text) if lowered is None else lowered
        end = len(text) if end is None else end
        by_first = self.by_first
        if words is None:
            # A head that is not even a substring of the stretch cannot be one of its words: substring
            # tests (in C) spare building the word set of most short stretches, which hold no cue at all.
            if len(self.word_heads) > _FEW_HEADS:
                words = _words_of(lowered, start, end)
            else:
                stretch = lowered if start == 0 and end >= len(lowered) else lowered[start:end]
                words = _words_of(lowered, start, end) if any(w in stretch for w in self.word_heads) else ()
        if not words:
            heads = self.always
        elif len(words) > len(by_first):
            # (a whole body's few hundred words against a set's few heads: look the heads up in the words; only
            # the order of the heads differs, and a word set has no order to keep)
            heads = [(w, entries) for w, entries in by_first.items() if w in words] + self.always
        else:
            heads = [(w, by_first[w]) for w in words if w in by_first] + self.always
        if not heads:
            return []
        found = []
        for head, entries in heads:
            at = lowered.find(head, start, end)
            while at != -1:
                if at == 0 or not (head[0].isalnum() and lowered[at - 1].isalnum()):
                    for pattern, exact, values in entries:
                        m = pattern.match(text if exact else lowered, at, end)
                        if m:
                            found.append((at, m.end(), values[m.lastindex - 1]))
                            break
                at = lowered.find(head, at + 1, end)
        found.sort(key=lambda f: (f[0], -f[1]))
        kept, last = [], -1
        for item in found:
            if item[0] >= last:
                kept.append(item)
                last = item[1]
        return kept

    @staticmethod
    def words_in(text: str, start: int, end: int) -> frozenset[str]:
        """The words of text[start:end] as `find` reads them: given to `find` as `words`, it finds what it
        finds without them, so several cue sets tried on one stretch split it into words once."""
        return _words_of(_lowered(text), start, end)

    def search(self, text: str) -> tuple[int, int, object] | None:
        """The last cue in a short text, if any."""
        found = self.find(text)
        return found[-1] if found else None


# --------------------------------------------------------------------------- the grammar, compiled once per vocabulary

@dataclass(frozen=True)
class DateGrammar:
    scanner: re.Pattern
    digit_scanner: re.Pattern
    months: dict[str, int]
    weekdays: dict[str, int]  # full names and abbreviations, case-folded
    relative: dict[str, tuple[int, int, int, str]]  # folded words -> (days, months, years, precision)
    day_offsets: dict[str, int]  # folded words -> days from the latest day written before ("the next day": 1)
    soon_after: frozenset[str]  # folded words for a few days after the latest date written before ("within days")
    relative_year_after: re.Pattern | None  # the relative years of `relative` after a month ("Juni tahun depan")
    weekday_past: frozenset[str]
    weekday_not_yesterday: frozenset[str]  # "last Tuesday" said on a Wednesday is the Tuesday a week before
    weekday_future: frozenset[str]
    month_cues: frozenset[str]  # words before a year-less month that make it a date ("pada bulan Juni")
    month_past: frozenset[str]  # "Maret lalu", "last March"
    month_future: frozenset[str]  # "Oktober mendatang", "next March"
    future_before: re.Pattern | None  # "akan", "will" shortly before a year-less month: a month to come
    since_cues: frozenset[str]
    enactment_numbers: frozenset[str]  # "Nomor 5 Tahun 2018": the year of a numbered law, a lower bound like "sejak"
    enactment_year_words: frozenset[str]  # "Tahun", "of": between a law's number and its year
    counts: dict[str, int | None]  # folded count words before a relative word ("dua tahun lalu"); None: no number
    review_cues: frozenset[str]  # "sepanjang 2024": the article reviews that year, its year-less dates are in it
    review_title: re.Pattern | None  # "2024 in Review", "Kilas Balik 2023": a headline reviewing the year it names
    triggers: frozenset[str]  # words a date form can begin with (digits aside)
    year_cues: frozenset[str]
    year_act_cues: frozenset[str]  # words right before a bare year that may date an act ("dijadwalkan pada 2026")
    year_part: re.Pattern | None  # a part of a year written before it ("paruh kedua", "second half of")
    statement: CueSet  # looked for in the text just before a date
    roles: CueSet  # statement, historical and validity cues, valued by the role they give a date
    background: CueSet  # words that make a date further back in the sentence historical ("belajar dari pengalaman")
    planned: CueSet  # the events' planned cues ("dijadwalkan", "will"): a date after one is not the publication day
    act_after_statement: re.Pattern  # ", pada" between a speech verb and a date: the quote reports an act's date
    numeric_day_before: re.Pattern | None  # "pada ", "tanggal " right before a bare "3/7": a day and month, no ratio
    resumed_after_statement: re.Pattern  # ", kata Morrison, direncanakan kembali pada": the sentence resumes its act
    said_after_quote: re.Pattern  # '," kata' : a speech verb right after a closing quote
    abbreviations: frozenset[str]  # words whose full stop ends no sentence ("Irjen.", "Dr.")
    held: CueSet  # "held", "digelar": between a historical cue and a date, they make it the date of an act
    scenario: CueSet  # "simulating", "simulasi": right before a historical cue, the attack is a drill's scenario
    attack_people: re.Pattern | None  # "penyintas [bom]", "survivors of the Bali [bombing]": the attack names people
    historical_after: re.Pattern | None  # "[the October 2002] Bali bombings": an attack named right after the date
    tenure: re.Pattern | None  # "[holds the ASEAN] chairmanship [this year]": a year of office right before the date
    day_joiner: re.Pattern | None  # " and ", " dan ": between two days next to each other, one act's days
    anniversary_cues: tuple[str, ...]  # words without which no anniversary pattern can match
    anniversary: re.Pattern | None
    copyright: re.Pattern
    published_cue: re.Pattern
    updated_cue: re.Pattern
    banner_cue: re.Pattern
    time_zone: re.Pattern
    english: frozenset[str]  # function words of each language, to tell an English text
    indonesian: frozenset[str]
    window: tuple[int, int]
    header_max_words: int
    year_change_days: int  # how much nearer a year-less date must be in the next year than in the article's own
    year_back_days: int  # ... and in the year before (news tells the past more often than the future)
    same_year_before: frozenset[str] = frozenset()  # "that November": the month of the year just written
    same_year_after: re.Pattern | None = None  # "November that year", "November tahun itu": likewise
    years_counted_on: re.Pattern | None = None  # "lima tahun setelah": the year written next, counted on (group `count`)


def grammar_for(vocabulary: Vocabulary) -> DateGrammar:
    """The compiled date grammar of a vocabulary, built once per fingerprint."""
    return compiled_for(vocabulary, _compile)


def _words(words: Iterable[str]) -> str:
    """An alternation of literal phrases, longest first, with any white space between words."""
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in unique)


def _entries(lexicon: dict, key: str, needed: tuple[str, ...]) -> list[dict]:
    entries = lexicon.get(key)
    if not isinstance(entries, list) or not entries:
        raise VocabularyError(f"lexicon {key!r}: expected a non-empty list of entries")
    for entry in entries:
        if not isinstance(entry, dict) or any(k not in entry for k in needed):
            raise VocabularyError(f"lexicon {key!r}: every entry needs {', '.join(needed)}; got {entry!r}")
    return entries


def _compile(vocabulary: Vocabulary) -> DateGrammar:
    lex = vocabulary.lexicon
    months = {str(n).casefold(): int(e["month"]) for e in _entries(lex, "date_months", ("month", "names"))
              for n in e["names"]}
    if sorted(set(months.values())) != list(range(1, 13)):
        raise VocabularyError("lexicon 'date_months': every month 1-12 needs a name")
    weekday_entries = _entries(lex, "date_weekdays", ("weekday", "names"))
    full_names = [str(n) for e in weekday_entries for n in e["names"]]
    abbreviations = [str(n) for e in weekday_entries for n in e.get("abbreviations", ())]
    weekdays = {n.casefold(): int(e["weekday"]) for e in weekday_entries
                for n in list(e["names"]) + list(e.get("abbreviations", ()))}
    relative: dict[str, tuple[int, int, int, str]] = {}
    for entry in _entries(lex, "date_relative", ("words", "precision")):
        if entry["precision"] not in PRECISIONS:
            raise VocabularyError(f"lexicon 'date_relative': unknown precision {entry['precision']!r}")
        offset = (int(entry.get("days", 0)), int(entry.get("months", 0)), int(entry.get("years", 0)), entry["precision"])
        relative.update({" ".join(str(w).casefold().split()): offset for w in entry["words"]})

    month = rf"(?:{_words(months)})\b\.?"
    weekday_any = rf"(?:{_words(full_names + abbreviations)})\b\.?"
    year = r"(?:1[89]\d\d|20\d\d)(?!\d)"
    day = r"\d{1,2}(?!\d)"
    ordinal = r"(?:st|nd|rd|th)?"
    sep = rf"\s*(?:{_words(lex.get('date_range_separators', ['-']))})\s*"
    year_sep = rf"(?:{_words(lex.get('date_year_range_separators', ['-']))})"
    month_sep = rf"\s*(?:{_words(lex.get('date_month_range_joiners', ['-']))})\s*"
    # between two days, "and" joins a range too ("on 6 and 7 March 2023"); between two years it lists them
    day_sep = rf"(?:{sep}|\s+(?:{_words(lex.get('date_day_range_joiners', []) or ['-'])})\s+)"
    month_past = [str(w).casefold() for w in lex.get("date_month_past", ())]
    month_future = [str(w).casefold() for w in lex.get("date_month_future", ())]
    weekday_mod_after = _words(list(lex.get("date_weekday_past", ())) + list(lex.get("date_weekday_future", ())))
    same_day = [" ".join(str(w).casefold().split()) for w in lex.get("date_same_day", ())] or ["same day"]
    # "sehari sebelumnya", "the next day": days from the latest day-precision date written before
    day_offsets = {" ".join(str(w).casefold().split()): int(e["days"])
                   for e in _entries(lex, "date_days_from_previous", ("words", "days")) for w in e["words"]}
    same_day = same_day + [w for w in day_offsets if w not in same_day]
    # "Within days the two navies sent divers": the month of the latest date written before
    soon_after = [" ".join(str(w).casefold().split()) for w in lex.get("date_soon_after_previous", ())]
    same_day = same_day + [w for w in soon_after if w not in same_day]
    # Alternatives in the order they are tried at one position: longer forms first.
    # a weekday may stand before each day of a range ("from Tuesday 10 to Thursday 12 September"); the first one
    # gives a year-less range its year
    range_weekday = rf"(?:{weekday_any},?\s+)?"
    forms = [
        rf"(?P<rdmy>{range_weekday}(?P<a_d1>{day}){ordinal}(?:\s+(?:of\s+)?(?P<a_m1>{month})(?:\s+(?P<a_y1>{year}))?)?{day_sep}{range_weekday}(?P<a_d2>{day}){ordinal}\s+(?:of\s+)?(?P<a_m2>{month}),?\s+(?P<a_y2>{year}))",
        rf"(?P<rmdy>(?P<b_m1>{month})\s+(?P<b_d1>{day}){ordinal}(?:,?\s+(?P<b_y1>{year}))?{day_sep}(?:(?P<b_m2>{month})\s+)?(?P<b_d2>{day}){ordinal},?\s+(?P<b_y2>{year}))",
        # a day range without a year ("4-6 May", "from Sep 2 to 9"): the year comes from the publication date
        rf"(?P<rdm>(?:(?P<p_wd>{weekday_any}),?\s+)?(?P<p_d1>{day}){ordinal}(?:\s+(?:of\s+)?(?P<p_m1>{month}))?{day_sep}{range_weekday}(?P<p_d2>{day}){ordinal}\s+(?:of\s+)?(?P<p_m2>{month}))",
        rf"(?P<rmd>(?P<q_m1>{month})\s+(?P<q_d1>{day}){ordinal}{day_sep}(?:(?P<q_m2>{month})\s+)?(?P<q_d2>{day}){ordinal}(?![\d/.:,]\d))",
        # (an English day may carry its ordinal: "15th May 2024", "the 3rd of June 2024", and so may the days of a
        # range or a day without its year: "on the 12th and 13th March")
        rf"(?P<dmy>(?:(?P<c_wd>{weekday_any}),?\s+)?(?P<c_d>{day}){ordinal}\s+(?:of\s+)?(?P<c_m>{month}),?\s+(?P<c_y>{year}))",
        rf"(?P<mdy>(?:(?P<d_wd>{weekday_any}),?\s+)?(?P<d_m>{month})\s+(?P<d_d>{day}){ordinal},?\s+(?P<d_y>{year}))",
        # a numeric day range: "Selasa-Rabu (14-15/11/2023)", "14-15/11": the year may come from publication
        # (the weekdays joined by any range word: "Senin-Rabu (6-8/11)", "Senin hingga Rabu (6-8/11)")
        rf"(?P<nrange>(?P<r_wd>{weekday_any}{sep}{weekday_any}\s*,?\s*)?(?P<r_open>\(\s*)?(?P<r_d1>{day})\s*[-–]\s*(?P<r_d2>{day})/(?P<r_m>{day})(?:/(?P<r_y>\d{{4}}|\d{{2}}))?(?![\d/])(?(r_open)\s*\)?))",
        rf"(?P<num>(?:(?P<e_wd>{weekday_any})\s*,?\s*)?(?P<e_open>\(\s*)?(?P<e_a>{day})(?P<e_s>[/.-])(?P<e_b>{day})(?:(?P=e_s)(?P<e_y>\d{{4}}|\d{{2}}))?(?![\d/])(?(e_open)\s*\)?))",
        rf"(?P<iso>(?P<f_y>{year})(?P<f_sep>[-./])(?P<f_m>\d\d)(?P=f_sep)(?P<f_d>\d\d)(?!\d))",  # also "2024.09.12"
        # (or joined by a slash, as a school or budget year is written: "tahun ajaran 2024/2025", "FY 2023/24"; not
        # inside a numbered reference, "No. 12/2024/2025")
        rf"(?P<yrange>(?<![\d/])(?P<j_y1>{year})(?:{sep}|{year_sep})(?P<j_y2>{year}|\d\d(?!\d))(?!/))",
        # (the day and month may stand in brackets after the weekday: "on Monday (15 Dec)", "on Monday (Dec 15)")
        rf"(?P<dm>(?:(?P<g_wd>{weekday_any}),?\s+(?P<g_open>\(\s*)?)?(?P<g_d>{day}){ordinal}\s+(?:of\s+)?(?P<g_m>{month})(?(g_open)\s*\)))",
        rf"(?P<rmy>(?P<o_m1>{month})(?:\s+(?P<o_y1>{year}))?{month_sep}(?P<o_m2>{month}),?\s+(?P<o_y2>{year}))",
        rf"(?P<my>(?P<i_m>{month}),?\s+(?P<i_y>{year}))",
        rf"(?P<md>(?:(?P<h_wd>{weekday_any}),?\s+(?P<h_open>\(\s*)?)?(?P<h_m>{month})\s+(?P<h_d>{day}){ordinal}(?(h_open)\s*\)))",
        # a month without a year: kept only after a month cue or with a past/future word (`_month_context`)
        rf"(?P<bm>(?P<n_m>{month})(?:\s+(?P<n_mod>{_words(month_past + month_future)})\b)?)",
        rf"(?P<year>(?P<k_y>{year}))",
        # (not a part of a period named after it: "in the last week of the month", "the last year of the plan")
        rf"(?P<rel>{_words(relative)})\b(?!\s+of\b)",
        rf"(?P<same>{_words(same_day)})\b",
        # A bare weekday is a capitalised name: "minggu" in running text is "week".
        rf"(?P<wd>(?:(?P<m_pre>last|next|this|on)\s+)?(?-i:(?P<m_wd>{_words(full_names)}))\b(?:\s+(?P<m_mod>{weekday_mod_after})\b)?)",
    ]
    # matched only where a trigger word or a digit begins (see `_scan`), never slid over the text
    scanner = re.compile("|".join(forms), re.I)
    # at a digit only the forms that may begin with one are tried (fewer failing branches)
    digit_scanner = re.compile("|".join(f for f in forms if re.match(r"\(\?P<(?:rdmy|rdm|dmy|nrange|num|iso|yrange|dm|year)>", f)),
                               re.I)
    triggers = set(months) | set(weekdays) | {w.split()[0] for w in list(relative) + same_day} | {"last", "next", "this"}

    # each pattern's group `n` is renamed n0, n1, ... so that they can share one regex
    anniversary = "|".join(f"(?:{p.replace('(?P<n>', f'(?P<n{i}>')})"
                           for i, p in enumerate(lex.get("date_anniversary_patterns", ())))
    window = lex.get("date_study_window", [2015, 2026])
    year_parts = [str(w).casefold() for w in lex.get("date_year_parts", ())]
    year_part_links = [str(w).casefold() for w in lex.get("date_year_part_links", ("of",))]
    markers = lex.get("language_markers", {})
    return DateGrammar(
        scanner=scanner, digit_scanner=digit_scanner, months=months, weekdays=weekdays, relative=relative,
        day_offsets=day_offsets, soon_after=frozenset(soon_after),
        # (the next/last one of "years: 1/-1"; "this year", years 0, keeps the publication year)
        relative_year_after=re.compile(rf"\s+({_words(w for w, r in relative.items() if r[3] == 'year')})\b")
        if any(r[3] == "year" for r in relative.values()) else None,
        weekday_past=frozenset(w.casefold() for w in lex.get("date_weekday_past", ())),
        weekday_not_yesterday=frozenset(w.casefold() for w in lex.get("date_weekday_past_not_yesterday", ())),
        weekday_future=frozenset(w.casefold() for w in lex.get("date_weekday_future", ())),
        month_cues=frozenset(str(w).casefold() for w in lex.get("date_month_cues", ())),
        month_past=frozenset(" ".join(w.split()) for w in month_past),
        month_future=frozenset(" ".join(w.split()) for w in month_future),
        future_before=re.compile(rf"\b(?:{_words(lex['date_future_before'])})\b[^.!?\n]{{0,{_FUTURE_REACH}}}$", re.I)
        if lex.get("date_future_before") else None,
        same_year_before=frozenset(str(w).casefold() for w in lex.get("date_month_same_year_before", ())),
        same_year_after=re.compile(rf"\s+(?:{_words(lex['date_month_same_year_after'])})\b", re.I)
        if lex.get("date_month_same_year_after") else None,
        years_counted_on=re.compile(rf"\b(?P<count>\d{{1,3}}|{_words(w for e in lex.get('date_counts', ()) for w in e['words'])})"
                               rf"\s+(?:{_words(lex['date_years_counted_on'])})\b", re.I)
        if lex.get("date_years_counted_on") and lex.get("date_counts") else None,
        since_cues=frozenset(w.casefold() for w in lex.get("date_since_cues", ())),
        enactment_numbers=frozenset(w.casefold() for w in lex.get("date_enactment_numbers", ())),
        enactment_year_words=frozenset(w.casefold() for w in lex.get("date_enactment_year_words", ())),
        counts={**{str(w).casefold(): None for w in lex.get("date_vague_counts", ())},
                **{str(w).casefold(): int(e["count"]) for e in lex.get("date_counts", ()) for w in e["words"]}},
        review_cues=frozenset(w.casefold() for w in lex.get("date_review_cues", ())),
        review_title=re.compile(rf"\b(?:{_words(lex['date_review_title_cues'])})\b", re.I)
        if lex.get("date_review_title_cues") else None,
        triggers=frozenset(triggers), year_cues=frozenset(w.casefold() for w in lex.get("date_year_cues", ())),
        year_act_cues=frozenset(w.casefold() for w in lex.get("date_year_act_cues", ())),
        year_part=re.compile(rf"(?:{_words(year_parts)})(?:-|\s+(?:(?:{_words(year_part_links)})\s+)?)$")
        if year_parts else None,
        statement=CueSet(lex.get("date_statement_cues", ("said",))),
        roles=CueSet((), values={**{c: "historical" for c in lex.get("date_historical_cues", ("occurred",))},
                                 **{c: "end" for c in lex.get("date_end_cues", ())},
                                 **{c: "validity" for c in lex.get("date_validity_cues", ())},
                                 **{c: "statement" for c in lex.get("date_statement_cues", ("said",))}}),
        background=CueSet(lex.get("date_background_cues", ())),
        planned=CueSet(list(lex.get("event_planned_before", ())) + list(lex.get("event_planned_after", ()))),
        held=CueSet(lex.get("date_held_cues", ())),
        scenario=CueSet(lex.get("date_scenario_cues", ())),
        attack_people=re.compile(rf"(?<!\w)(?i:{_words(lex['date_attack_people'])})\s+(?i:the\s+)?"
                                 rf"(?:[A-Z][\w'’-]*\s+){{0,2}}$") if lex.get("date_attack_people") else None,
        day_joiner=re.compile(rf"\s*(?:,\s*)?(?:{_words(lex['date_day_joiners'])})\s+", re.I)
        if lex.get("date_day_joiners") else None,
        # the office's body named by two words at most ("ASEAN chairmanship", "Ketua ASEAN"), or in full after "of"
        # ("as chair of the Pacific Islands Forum this year")
        tenure=re.compile(rf"(?i:\b(?:{_words(lex['date_tenure_cues'])}))(?:(?:\s+[\w-]+){{0,2}}"
                          rf"|\s+(?i:of)(?:\s+(?i:the))?(?:\s+(?:[A-Z][\w-]*|of|and))*\s+[A-Z][\w-]*)\s+$")
        if lex.get("date_tenure_cues") else None,
        historical_after=re.compile(rf"[ \t]+(?:[A-Z][\w-]*[ \t]+){{0,2}}(?:{_words(lex['date_historical_after'])})\b",
                                    re.I) if lex.get("date_historical_after") else None,
        abbreviations=sentence_abbreviations(vocabulary),
        said_after_quote=re.compile(rf"[\"”’'][ \t]*,?[ \t]*(?:{_words(lex.get('date_statement_cues', ('said',)))})\b", re.I),
        numeric_day_before=re.compile(rf"(?<!\w)(?:{_words(lex['date_numeric_day_prepositions'])})\s+$", re.I)
        if lex.get("date_numeric_day_prepositions") else None,
        act_after_statement=re.compile(
            rf"^\s*[,:]\s*(?:{_words(lex.get('date_act_prepositions', ('pada', 'on')))})\s+$", re.I),
        resumed_after_statement=re.compile(
            rf"^[^,.;:!?]{{0,40}},\s+(?:[^\s,.;:!?]+\s+){{1,8}}(?:{_words(lex.get('date_act_prepositions', ('pada', 'on')))})\s+$",
            re.I),
        anniversary_cues=tuple(w.casefold() for w in lex.get("date_anniversary_cues", ("anniversary",))),
        anniversary=re.compile(rf"(?P<all>{anniversary})", re.I) if anniversary else None,
        copyright=re.compile(rf"(?:{_words(lex.get('date_copyright_cues', ('©',)))})", re.I),
        published_cue=re.compile(rf"\b(?:{_words(lex.get('date_published_cues', ('published',)))})\b", re.I),
        updated_cue=re.compile(rf"\b(?:{_words(lex.get('date_updated_cues', ('updated',)))})\b", re.I),
        banner_cue=re.compile(rf"\b(?:{_words(lex.get('date_banner_cues', ('today',)))})\b", re.I),
        time_zone=re.compile(rf"\d[:.]\d\d\s*(?:{_words(lex.get('date_time_zones', ('WIB',)))})?\b", re.I),
        english=frozenset(markers.get("en", ("the",))), indonesian=frozenset(markers.get("id", ("yang",))),
        window=(int(window[0]), int(window[1])), header_max_words=int(lex.get("date_header_max_words", 14)),
        year_change_days=int(lex.get("date_year_change_days", 0)),
        year_back_days=int(lex.get("date_year_back_days", lex.get("date_year_change_days", 0))),
    )


# --------------------------------------------------------------------------- pass 1: scan

@dataclass
class _Raw:
    """One match of the scanner before its year (or anchor) is known."""

    start: int
    end: int
    form: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None  # as written
    end_date: tuple[int, int, int] | None = None  # (year, month, day) of a range's end; year 0 when not written
    swappable: bool = False  # numeric d/m whose order the weekday may decide
    modifier: str = ""  # a bare weekday's "lalu"/"depan"/"last"/"next"
    relative: tuple[int, int, int, str] | None = None
    since: bool = False
    review: bool = False  # the year an article reviews ("Sepanjang 2024, ...")
    year_end: int | None = None
    act: bool = False  # a bare year that may date an act ("pada 2023"), not only a period


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if len(text) == 2 else value


_DIGITS = re.compile(r"\d+")
_BOUNDARY = frozenset("/.-_")


def _trigger_positions(text: str, lowered: str, g: DateGrammar) -> list[int]:
    """Offsets where a date form may begin: a number, or a month, weekday or relative word."""
    positions = [m.start() for m in _DIGITS.finditer(text)]
    for word in g.triggers & _words_of(lowered, 0, len(lowered)):
        at = lowered.find(word)
        while at != -1:
            end = at + len(word)
            if (at == 0 or not lowered[at - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
                positions.append(at)
            at = lowered.find(word, end)
    return sorted(set(positions))


def _after_year_part(lowered: str, at: int, g: DateGrammar) -> bool:
    """A hyphen joins a part of the year to the year ("mid-2025", "early-2023"), not two numbers."""
    return lowered[at - 1] == "-" and at >= 2 and lowered[at - 2].isalpha() and g.year_part is not None \
        and g.year_part.search(lowered[max(0, at - _YEAR_PART_REACH):at]) is not None


def _scan(text: str, g: DateGrammar) -> list[_Raw]:
    """Every date form in the text, leftmost-longest; a bare year only after a year word ("sejak tahun 2016")."""
    lowered = _lowered(text)
    found: list[_Raw] = []
    last = 0
    for at in _trigger_positions(text, lowered, g):
        if at and text[at - 1] == "(" and at - 1 >= last and text[at].isdigit():
            at -= 1  # a dateline's bracket: "(27/2/23)" may carry a two-digit year
        if at < last or (at and (text[at - 1].isalnum() or text[at - 1] in _BOUNDARY)
                         and not _after_year_part(lowered, at, g)):
            continue  # inside an earlier date, or inside a word or number ("ke-20", "1.000"), but "mid-2025"
        m = (g.digit_scanner if text[at].isdigit() or text[at] == "(" else g.scanner).match(text, at)
        if not m:
            continue
        raw = _parse(m, g)
        if raw is not None and raw.form in ("year", "period"):
            raw = _year_context(raw, lowered, g)
        elif raw is not None and raw.form == "bare_month":
            raw = _month_context(raw, text, lowered, g)
        if raw is not None:
            found.append(raw)
            last = raw.end
    return found


_YEAR_PART_REACH = 40  # characters before a year searched for a part of it ("paruh kedua tahun")


def _year_context(raw: _Raw, lowered: str, g: DateGrammar) -> _Raw | None:
    """A bare year counts after a year word ("tahun", "sejak", "in"); "since"/"sejak" makes it a lower bound;
    after "pada"/"in" it may date an act; after a part of the year ("paruh kedua 2025") it dates one."""
    decade = lowered[raw.end:raw.end + 1].isalpha() or lowered[raw.end:raw.end + 3] == "-an"  # "2000s", "2000-an"
    if raw.form == "year" and g.year_part is not None and not decade and \
            g.year_part.search(lowered[max(0, raw.start - _YEAR_PART_REACH):raw.start]):
        raw.form = "year_part"
        return raw
    before = _WORD.findall(lowered, max(0, raw.start - 24), raw.start)[-2:]
    if before and before[-1] in ("tahun", "year", "thn") and len(before) == 2 and before[0] in g.year_cues:
        cue = before[0]  # "sejak tahun 2016"
    else:
        cue = before[-1] if before else ""
    if raw.form == "year" and cue not in g.year_cues:
        return None  # "RAN PE 2023", "2000 peserta": a name or a number, not a year
    raw.since = cue in g.since_cues or _after_enactment_number(lowered, raw.start, g)
    raw.review = raw.form == "year" and cue in g.review_cues
    raw.act = raw.form == "year" and cue in g.year_act_cues  # ("pada tahun 2026" as "pada 2026")
    return raw


def _after_enactment_number(lowered: str, at: int, g: DateGrammar) -> bool:
    """A year after a law's number ("Undang-Undang Nomor 5 Tahun 2018", "Law No. 5 of 2018") is the year the law
    was made: the article is later, but it points no nearer that year than any other."""
    before = _WORD.findall(lowered, max(0, at - 30), at)[-3:]
    return len(before) == 3 and before[0] in g.enactment_numbers and before[1].isdigit() and \
        before[2] in g.enactment_year_words


_FUTURE_REACH = 50  # characters between a future word and the month it sends forward


def _month_context(raw: _Raw, text: str, lowered: str, g: DateGrammar) -> _Raw | None:
    """A capitalised month without a year is a date after a month cue ("pada bulan Juni", "in June", "last
    March") or with a past or future word after it ("Maret lalu"); elsewhere "Mei" may be a name, "May" a verb."""
    if not text[raw.start].isupper():
        return None
    before = _WORD.findall(lowered, max(0, raw.start - 24), raw.start)[-1:]
    cue = before[0] if before else ""
    if cue in g.same_year_before or g.same_year_after is not None and g.same_year_after.match(lowered, raw.end):
        raw.modifier = SAME_YEAR  # "the first meeting was held in Sydney that November"
        return raw
    if cue in g.month_cues and (cue in g.month_past or cue in g.month_future):
        raw.modifier = raw.modifier or cue  # "last March", "next March": a cue that also says past or future
    if not raw.modifier and g.future_before is not None and \
            g.future_before.search(lowered, max(0, raw.start - _FUTURE_REACH - 12), raw.start):
        raw.modifier = "next"  # "will be held in Bali in November": the November to come, however far
    years = _years_after(lowered, raw.end, g)
    if years is not None and not raw.modifier:
        # "Juni tahun depan": the next June; "November last year": the last November; "this year": this year's
        raw.modifier = "next" if years > 0 else "last" if years < 0 else ""
    if cue not in g.month_cues and not raw.modifier and years is None and not _heads_an_entry(text, raw):
        return None
    return raw


ENTRY_BULLETS = " \t-–—•*·"  # what may stand before a chronology entry's date on its line
_RELATIVE_YEAR_REACH = 30  # characters after a date searched for a relative year ("Juni tahun depan")


def _years_after(text: str, end: int, g: DateGrammar) -> int | None:
    """The years a relative year right after a date counts from the publication's ("Juni tahun depan": 1, "20 Mei
    tahun lalu": -1, "this year": 0), or None where none follows."""
    found = g.relative_year_after.match(text[end:end + _RELATIVE_YEAR_REACH].casefold()) \
        if g.relative_year_after is not None else None
    return g.relative[" ".join(found.group(1).split())][2] if found else None


def _heads_an_entry(text: str, raw: _Raw) -> bool:
    """Whether the month opens a line with a colon after it, the heading of a chronology's or a year review's
    entry ("June: BNPT officials and Dutch counterparts held ..."): the month of what the line tells."""
    line_start = text.rfind("\n", 0, raw.start) + 1
    return text[raw.end:raw.end + 1] == ":" and not text[line_start:raw.start].strip(ENTRY_BULLETS)


def _parse(m: re.Match, g: DateGrammar) -> _Raw | None:
    """One scanner match -> a `_Raw` date, or None where the match is not a date after all."""
    form = m.lastgroup
    month = lambda name: g.months[m.group(name).rstrip(".").casefold()]  # noqa: E731
    weekday = lambda name: g.weekdays[m.group(name).rstrip(".").casefold()] if m.group(name) else None  # noqa: E731
    start, end = m.span()
    if form == "rdmy":
        y2, m2, d2 = int(m.group("a_y2")), month("a_m2"), int(m.group("a_d2"))
        m1 = month("a_m1") if m.group("a_m1") else m2
        y1 = int(m.group("a_y1")) if m.group("a_y1") else (y2 if m1 <= m2 else y2 - 1)
        return _Raw(start, end, "range", int(m.group("a_d1")), m1, y1, end_date=(y2, m2, d2))
    if form == "rmdy":
        y2, d2 = int(m.group("b_y2")), int(m.group("b_d2"))
        m1 = month("b_m1")
        m2 = month("b_m2") if m.group("b_m2") else m1
        y1 = int(m.group("b_y1")) if m.group("b_y1") else (y2 if m1 <= m2 else y2 - 1)
        return _Raw(start, end, "range", int(m.group("b_d1")), m1, y1, end_date=(y2, m2, d2))
    if form == "rdm":
        m2 = month("p_m2")
        m1 = month("p_m1") if m.group("p_m1") else m2
        return _Raw(start, end, "day_range", int(m.group("p_d1")), m1, None, weekday("p_wd"),
                    end_date=(0, m2, int(m.group("p_d2"))))
    if form == "rmd":
        m1 = month("q_m1")
        m2 = month("q_m2") if m.group("q_m2") else m1
        return _Raw(start, end, "day_range", int(m.group("q_d1")), m1, None, end_date=(0, m2, int(m.group("q_d2"))))
    if form == "dmy":
        return _Raw(start, end, "full", int(m.group("c_d")), month("c_m"), int(m.group("c_y")), weekday("c_wd"))
    if form == "mdy":
        return _Raw(start, end, "full", int(m.group("d_d")), month("d_m"), int(m.group("d_y")), weekday("d_wd"))
    if form == "nrange":
        d1, d2, mo = int(m.group("r_d1")), int(m.group("r_d2")), int(m.group("r_m"))
        if not (1 <= mo <= 12 and 1 <= d1 < d2 <= 31):
            return None  # "3-5/10" as a score or a ratio
        year = _year(m.group("r_y"))
        if year is None and not (m.group("r_wd") or m.group("r_open")):
            return None  # a bare "3-5/10" may be a score; a weekday or a dateline's bracket makes it a date
        if year is None:
            return _Raw(start, end, "day_range", d1, mo, None, end_date=(0, mo, d2))
        return _Raw(start, end, "range", d1, mo, year, end_date=(year, mo, d2))
    if form == "num":
        return _parse_numeric(m, weekday("e_wd"), g)
    if form == "iso":
        return _Raw(start, end, "numeric", int(m.group("f_d")), int(m.group("f_m")), int(m.group("f_y")))
    if form == "yrange":
        y1, y2_text = int(m.group("j_y1")), m.group("j_y2")
        y2 = (y1 // 100) * 100 + int(y2_text) if len(y2_text) == 2 else int(y2_text)
        if not y1 < y2 <= y1 + 30:
            return None  # "2022-2019" or a phone number, not a period
        return _Raw(start, end, "period", year=y1, year_end=y2)
    if form == "dm":
        return _Raw(start, end, "day_month", int(m.group("g_d")), month("g_m"), None, weekday("g_wd"))
    if form == "rmy":
        y2, m1, m2 = int(m.group("o_y2")), month("o_m1"), month("o_m2")
        y1 = int(m.group("o_y1")) if m.group("o_y1") else (y2 if m1 <= m2 else y2 - 1)
        return _Raw(start, end, "month_range", None, m1, y1, end_date=(y2, m2, 1))
    if form == "my":
        return _Raw(start, end, "month", None, month("i_m"), int(m.group("i_y")))
    if form == "bm":
        modifier = " ".join((m.group("n_mod") or "").casefold().split())
        return _Raw(start, end, "bare_month", month=month("n_m"), modifier=modifier)
    if form == "md":
        return _Raw(start, end, "day_month", int(m.group("h_d")), month("h_m"), None, weekday("h_wd"))
    if form == "year":
        return _Raw(start, end, "year", year=int(m.group("k_y")))
    if form == "rel":
        return _Raw(start, end, "relative", relative=g.relative[" ".join(m.group("rel").casefold().split())])
    if form == "same":
        words = " ".join(m.group("same").casefold().split())
        if words in g.soon_after:
            return _Raw(start, end, "same_day", relative=(0, 0, 0, "month"))
        return _Raw(start, end, "same_day", relative=(g.day_offsets.get(words, 0), 0, 0, "day"))
    if form == "wd":
        modifier = (m.group("m_mod") or m.group("m_pre") or "").casefold()
        return _Raw(start, end, "weekday", weekday=g.weekdays[m.group("m_wd").casefold()], modifier=modifier)
    return None


def _parse_numeric(m: re.Match, weekday: int | None, g: DateGrammar) -> _Raw | None:
    year_text = m.group("e_y")
    if m.group("e_s") != "/" and (not year_text or len(year_text) != 4):
        return None  # "3.5" or "10-12" is a number or a range of numbers, not a date
    # (but "pada 3/7", "tanggal 3/7": a day and month after a word of a date)
    day_named = g.numeric_day_before is not None and m.group("e_s") == "/" and bool(
        g.numeric_day_before.search(m.string, max(0, m.start() - 20), m.start()))
    if not year_text and weekday is None and not day_named:
        return None  # a bare "24/7" is a ratio; "Selasa (17/10)" is a date
    if year_text and len(year_text) == 2 and weekday is None and not m.group("e_open"):
        return None  # "1/2/23" outside a dateline's brackets is too ambiguous
    a, b = int(m.group("e_a")), int(m.group("e_b"))
    if b > 12 >= a:
        a, b = b, a  # "07/14/2022": no month 14, so the page writes month/day
    form = "numeric"
    return _Raw(m.start(), m.end(), form, a, b, _year(year_text), weekday, swappable=a <= 12 and b <= 12)


def _make(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


# --------------------------------------------------------------------------- year inference

@dataclass(frozen=True)
class _Pointers:
    """What the article says about its own time: an exact date, years it names, a lower bound."""

    exact: dt.date | None
    years: tuple[tuple[int, int], ...]  # year intervals (a year is (y, y))
    since: int | None
    window: tuple[int, int]
    year_change_days: int = 0
    year_back_days: int = 0
    review_year: int | None = None  # the year the article reviews: its year-less dates are in it
    opening: bool = False  # the years are the opening paragraphs' (no publication date): year-less days are in them

    def score(self, date: dt.date, order_penalty: int) -> tuple:
        below_since = max(0, (self.since or 0) - date.year)
        if self.exact is not None:
            # a date written without its year is the article's own year's unless it is much nearer in the next or
            # the last one: "pada 22 Maret" in a December review is March of that year, "5 Januari" next week's
            distance = abs((date - self.exact).days) + (self.year_change_days if date.year > self.exact.year else
                                                        self.year_back_days if date.year < self.exact.year else 0)
        elif self.years:
            # nearest all the years the text names together, not just one of them: a 2019 precedent told beside
            # plans for 2025 puts a year-less "Kamis (21/11)" in 2024, not in 2019
            distance = sum(max(lo - date.year, date.year - hi, 0) for lo, hi in self.years)
        else:
            distance = 0
        outside = max(self.window[0] - date.year, date.year - self.window[1], 0)
        # with no hint at all the latest fitting year in the window wins: a corpus
        # of recent news is likelier to carry the recent of two fitting years
        return (below_since, distance, outside, order_penalty, -date.year)


def _readings(raw: _Raw, either_order: bool) -> list[tuple[int, int, int]]:
    """(day, month, order_penalty) readings of a numeric date: day/month, plus month/day in an English text.

    Indonesian writes day/month only; an English text may use either order, and
    then the weekday (with the pointers) decides between the two readings.
    """
    readings = [(raw.day, raw.month, 0)]
    if raw.swappable and raw.day != raw.month and either_order:
        readings.append((raw.month, raw.day, 1))
    return readings


def _infer(raw: _Raw, pointers: _Pointers, either_order: bool) -> dt.date | None:
    """The date of a day/month (+ optional year and weekday): the weekday must fit; then the pointers decide."""
    readings = _readings(raw, either_order)
    if raw.year is not None:
        dated = [(_make(raw.year, mo, d), penalty) for d, mo, penalty in readings]
        dated = [(date, penalty) for date, penalty in dated if date]
        if raw.weekday is not None:
            fitting = [x for x in dated if x[0].weekday() == raw.weekday]
            dated = fitting or dated[:1]  # a weekday that fits no reading: keep the date as written
        return min(dated, key=lambda x: x[1])[0] if dated else None
    if raw.weekday is None and pointers.exact is None and not pointers.years:
        return None  # "17 Agustus" in an article that names no year
    lo = min([pointers.window[0]] + [y for y, _ in pointers.years] + ([pointers.exact.year] if pointers.exact else []))
    hi = max([pointers.window[1]] + [y for _, y in pointers.years] + ([pointers.exact.year] if pointers.exact else []))
    candidates = []
    for d, mo, penalty in readings:
        for y in range(lo - 1, hi + 2):
            date = _make(y, mo, d)
            if date and (raw.weekday is None or date.weekday() == raw.weekday):
                candidates.append((pointers.score(date, penalty), date))
    return min(candidates)[1] if candidates else None


# --------------------------------------------------------------------------- pass 3: anchored forms

def _shift(base: dt.date, days: int, months: int, years: int) -> dt.date:
    if months or years:
        total = base.year * 12 + base.month - 1 + months + 12 * years
        y, mo = divmod(total, 12)
        base = dt.date(y, mo + 1, 1) if base.day > 28 else base.replace(year=y, month=mo + 1)
    return base + dt.timedelta(days=days)


def _coarser(p: str, q: str) -> str:
    return PRECISIONS[max(PRECISIONS.index(p), PRECISIONS.index(q))]


def truncate(date: dt.date, precision: str) -> dt.date:
    """A date known to the month or year is written as the first day of that period."""
    if precision == "year":
        return date.replace(month=1, day=1)
    if precision == "month":
        return date.replace(day=1)
    return date


def _weekday_near(anchor: dt.date, weekday: int, modifier: str, g: DateGrammar) -> dt.date:
    """A bare weekday against a date: the last such day on or before it, or the next after it for "depan"/"next"."""
    if modifier in g.weekday_future:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
    back = (anchor.weekday() - weekday) % 7
    if modifier in g.weekday_past and back == 0:
        back = 7  # "Senin lalu" said on a Monday is a week ago
    elif modifier in g.weekday_not_yesterday and back == 1:
        back = 8  # yesterday is "on Tuesday" or "yesterday"; "last Tuesday" is the one before
    return anchor - dt.timedelta(days=back)


# --------------------------------------------------------------------------- mentions

def _role(text: str, start: int, g: DateGrammar) -> str:
    """Statement date ("kata X, Rabu (14/4)"), historical date ("terjadi pada ..."), validity date ("berlaku
    hingga ..."), an act's closing day ("ditutup Jumat (7/6)") or plain date: the cue nearest the date decides."""
    before = text[max(0, start - _ROLE_WINDOW):start]
    found = g.roles.find(before)
    if _said_after_a_quote(text, start, g):
        return "statement"  # '"...," kata Deputi Bidang ... Kemenko Polkam Irjen Pol (Purn) X di Jakarta, Selasa'
    if not found:
        return "historical" if _cue_before(text, start, _BACKGROUND_WINDOW, g.background) else "date"
    _, end, role = found[-1]
    if any(stop in before[end:] for stop in ".!?\n"):
        return "date"
    if role == "end" and before[end:end + 1] == "-":
        return "date"  # "a closed-door roundtable ... on 21 November": a kind of meeting, not its closing day
    if role == "end" and "," in before[end:]:
        return "date"  # "patroli di Laut Tirta hingga Selat Tirtania, Senin (7/10)": the word ended a stretch of sea
    if role == "statement" and g.act_after_statement.match(before[end:]):
        return "date"  # "X menjelaskan, pada 2 Mei delegasi ...": the date opens the reported act
    if role == "statement" and g.resumed_after_statement.match(before[end:]):
        # "Kegiatan serupa, kata Morrison, direncanakan kembali pada Oktober 2023": the speaker set off by commas, the
        # sentence resumes and dates its own act
        return "date"
    if role == "historical" and g.held.find(before[end:]):
        return "date"  # "a course on responding to attacks, held 5-9 August": the attacks are the course's topic
    if role == "historical" and _a_drills_scenario(text, max(0, start - _ROLE_WINDOW), found, g):
        return "date"  # "an exercise simulating an attack on a festival in early 2026": the drill's date
    if role == "historical" and _attack_names_people(text, max(0, start - _ROLE_WINDOW), found, start, g):
        return "date"  # "kunjungan dua penyintas bom Bali ke Paris pada Maret 2024": the survivors' visit
    return role


_SCENARIO_REACH = 16  # characters before an attack word searched for a drill's word ("simulating an", "simulasi")
_PEOPLE_REACH = 40  # ... and for the people an attack names ("survivors of the Bali", "keluarga korban")


def _attack_run_start(text: str, offset: int, found: list[tuple[int, int, object]]) -> int:
    """Where the run of attack words nearest a date begins (cues `found` in the text from `offset`): "serangan bom"
    is one run, whose first word the words before it qualify."""
    first = len(found) - 1
    while first and found[first - 1][2] == "historical" and \
            not text[offset + found[first - 1][1]:offset + found[first][0]].strip():
        first -= 1
    return offset + found[first][0]


def _a_drills_scenario(text: str, offset: int, found: list[tuple[int, int, object]], g: DateGrammar) -> bool:
    """Whether the attack words nearest a date (cues `found` in the text from `offset`) follow a drill's word
    ("simulating an attack", "simulasi serangan bom"): the attack is imagined, the date is the drill's."""
    cue_start = _attack_run_start(text, offset, found)
    return bool(g.scenario.find(text[max(0, cue_start - _SCENARIO_REACH):cue_start]))


# between an attack word and its own date: only its place and a preposition ("korban bom Bali pada 12 Oktober 2002")
_ATTACKS_OWN_DATE = re.compile(r"(?:[\s,]+(?:on|in|at|of|pada|di|tanggal|tahun|[A-Z][\w'’-]*))*[\s,]*")


def _attack_names_people(text: str, offset: int, found: list[tuple[int, int, object]], start: int,
                         g: DateGrammar) -> bool:
    """Whether the attack words nearest a date (cues `found` in the text from `offset`) name people ("penyintas bom
    Bali", "survivors of the Bali bombing") and more than the attack's place stands between them and the date
    ("... ke Paris pada Maret 2024"): the date is of what those people did, not of the attack."""
    if g.attack_people is None:
        return False
    cue_start = _attack_run_start(text, offset, found)
    if not g.attack_people.search(text, max(0, cue_start - _PEOPLE_REACH), cue_start):
        return False
    gap = text[offset + found[-1][1]:start]
    if "," in gap and (text[start:start + 12].split() or [""])[0].strip(",.").casefold() in g.weekdays:
        return True  # "bertemu penyintas bom Tirta, Sabtu (13/5)": a news report's weekday set off by a comma
    return not _ATTACKS_OWN_DATE.fullmatch(text, offset + found[-1][1], start)


_QUOTE_STATEMENT_WINDOW = 220  # characters: an official's title and name may stand between the verb and the date


def _said_after_a_quote(text: str, start: int, g: DateGrammar) -> bool:
    """Whether the date ends a quote's attribution ('"...," kata <title and name> di Jakarta, Selasa'), however long
    the speaker's title: the date of the statement, not of an act the quote tells."""
    before = text[max(0, start - _QUOTE_STATEMENT_WINDOW):start]
    if '"' not in before and "”" not in before and "’" not in before and "'" not in before:
        return False  # no quote closes before the date (most dates): nothing to search
    said = None
    for said in g.said_after_quote.finditer(before):
        pass
    if said is None or ends_a_sentence(before[said.end():], g.abbreviations):
        return False
    return not g.act_after_statement.match(before[said.end():]) and "\n" not in before[said.end():]


def _cue_before(text: str, start: int, window: int, cues: CueSet) -> bool:
    """Whether a cue stands in the `window` characters before `start`, in the same sentence (a heading above,
    "Berbagi pengalaman dengan UNOCT", ends at its line)."""
    before = text[max(0, start - window):start]
    cue = cues.search(before)
    return cue is not None and not any(stop in before[cue[1]:] for stop in ".!?\n")


_TENURE_REACH = 60  # characters before a year searched for an office held in it ("the ASEAN chairmanship this year")


def _mention(text: str, raw: _Raw, date: dt.date, precision: str, g: DateGrammar, **extra) -> DateMention:
    precision = extra.pop("precision_override", precision)
    if g.historical_after is not None and g.historical_after.match(text, raw.end):
        role = "historical"
    elif precision == "year" and g.tenure is not None and g.tenure.search(text[max(0, raw.start - _TENURE_REACH):raw.start]):
        role = "tenure"
    else:
        role = _role(text, raw.start, g)
    return DateMention(raw.start, raw.end, text[raw.start:raw.end], truncate(date, precision), precision,
                       form=raw.form, weekday=raw.weekday is not None and raw.form != "weekday", role=role, **extra)


_PERIOD_MONTHS = 4  # a span of months this long or longer is a period, never an act's date


def _absolute(text: str, raw: _Raw, pointers: _Pointers, either_order: bool, g: DateGrammar) -> DateMention | None:
    """A mention whose date the text itself fixes (given the pointers for a year-less dateline)."""
    if raw.form == "period":
        return DateMention(raw.start, raw.end, text[raw.start:raw.end], dt.date(raw.year, 1, 1), "year",
                           dt.date(raw.year_end, 1, 1), "period", True, role="date")
    if raw.form == "year" and not raw.act:
        return DateMention(raw.start, raw.end, text[raw.start:raw.end], dt.date(raw.year, 1, 1), "year",
                           form="year", is_period=True)
    if raw.form in ("year", "year_part"):  # "pada 2026", "paruh kedua 2025": a date known to the year
        return _mention(text, raw, dt.date(raw.year, 1, 1), "year", g)
    if raw.form == "month":
        return _mention(text, raw, dt.date(raw.year, raw.month, 1), "month", g)
    if raw.form == "month_range":
        start, end = dt.date(raw.year, raw.month, 1), dt.date(*raw.end_date)
        # "between January 2024 and January 2025", "Januari hingga Mei 2025": a span of many months is the period
        # a figure counts, not the date of an act (a course or a visit lasts days or weeks)
        months = (end.year - start.year) * 12 + end.month - start.month
        return _mention(text, raw, start, "month", g, date_end=end, is_period=months >= _PERIOD_MONTHS) \
            if start < end else None
    if raw.form == "range":
        start = _make(raw.year, raw.month, raw.day)
        end = _make(*raw.end_date)
        if not start or not end or end < start:
            return None
        return _mention(text, raw, start, "day", g, date_end=end)
    if raw.form in ("full", "numeric") or (raw.form == "day_month" and raw.weekday is not None):
        date = _infer(raw, pointers, either_order)
        return _mention(text, raw, date, "day", g) if date else None
    if raw.form == "day_month" and pointers.opening:  # an undated page's "The ADMM on November 15 ... 2023"
        date = _infer(raw, pointers, either_order)
        return _mention(text, raw, date, "day", g) if date else None
    if raw.form == "day_range" and (raw.weekday is not None or pointers.opening):
        # "from Tuesday 10 to Thursday 12 September": its year
        date = _infer(raw, pointers, either_order)
        end = _range_end(date, raw.end_date) if date else None
        return _mention(text, raw, date, "day", g, date_end=end) if end else None
    return None


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")  # the word right before a date, only spaces between


def _anchored(text: str, raw: _Raw, published: Published, pointers: _Pointers, g: DateGrammar) -> DateMention | None:
    """A relative word, bare weekday or year-less day-month, resolved against the publication date."""
    if published.date is None:
        return None
    if raw.form == "relative":
        days, months, years, precision = raw.relative
        precision = _coarser(precision, published.precision)
        # "didanai UNDP sejak tahun lalu": the start of a time lasting until now, no act's date
        since = _WORD.findall(text.lower(), max(0, raw.start - 12), raw.start)[-1:]
        # "dua tahun lalu" is two years back, "beberapa tahun lalu" an unknown number: not "tahun lalu"
        counted = _WORD_BEFORE.search(text, max(0, raw.start - 12), raw.start)
        counted = counted.group(1).lower() if counted else ""
        if counted.isdigit() or counted in g.counts:
            count = int(counted) if counted.isdigit() else g.counts[counted]
            if count is None:
                return None
            days, months, years = days * count, months * count, years * count
        # a publication known only to its year or month keeps the shorter shifts inside it: "pekan lalu" in a page
        # dated 2023 is a week before some day of 2023, not a week before 1 January
        if published.precision != "day":
            days = 0
            months = months if published.precision == "month" else 0
        return _mention(text, raw, _shift(published.date, days, months, years), precision, g,
                        is_period=bool(since) and since[0] in g.since_cues)
    if raw.form == "weekday":
        if published.precision != "day":
            return None
        return _mention(text, raw, _weekday_near(published.date, raw.weekday, raw.modifier, g), "day", g)
    if raw.form == "bare_month":
        # "2024 in Review ... January: ..." is January 2024 (but "April tahun ini" is this year's)
        if pointers.review_year is not None and not raw.modifier and _years_after(text, raw.end, g) is None:
            return _mention(text, raw, dt.date(pointers.review_year, raw.month, 1), "month", g)
        return _mention(text, raw, _month_near(published, raw.month, raw.modifier, g), "month", g)
    if raw.form in ("day_month", "day_range"):
        years = _years_after(text, raw.end, g) if published.date is not None else None
        if years is not None:  # "from Jan. 22 to Feb. 2 next year", "20 Mei tahun lalu": the year it says
            year = published.date.year + years
            in_year = _Pointers(None, ((year, year),), pointers.since, pointers.window)
        elif pointers.review_year is not None:  # "Sepanjang 2024 ... Pada 24-26 Januari": January of 2024
            in_year = _Pointers(None, ((pointers.review_year,) * 2,), pointers.since, pointers.window)
        else:
            in_year = _Pointers(published.date if published.precision == "day" else None,
                                ((published.date.year,) * 2,), pointers.since, pointers.window,
                                pointers.year_change_days, pointers.year_back_days)
        date = _infer(raw, in_year, True)
        if date is None:
            return None
        if years is None and pointers.review_year is None and published.precision == "day" and \
                (published.date - date).days > _PLANNED_BACK_DAYS and g.future_before is not None and g.future_before.search(
                    text[max(0, raw.start - _FUTURE_REACH - 12):raw.start].casefold()):
            # "is scheduled from Jan. 22" told in November: the January to come
            date = _make(date.year + 1, date.month, date.day) or date
        if raw.form == "day_month":
            return _mention(text, raw, date, "day", g)
        end = _range_end(date, raw.end_date)
        return _mention(text, raw, date, "day", g, date_end=end) if end else None
    return None


# a planned day this far before the publication date is the next year's (nearer, "akan digelar 5 Mei" in a story of
# 6 May tells a plan reported late, not one for next May)
_PLANNED_BACK_DAYS = 90
_RANGE_MAX_DAYS = 62  # a year-less "29 Desember-2 Januari" spans days, not most of a year


def _range_end(start: dt.date, end_date: tuple[int, int, int]) -> dt.date | None:
    """The end of a year-less range ("29 Desember-2 Januari"): the first such day on or after its start."""
    _, month, day = end_date
    end = _make(start.year, month, day)
    if end is not None and end < start:
        end = _make(start.year + 1, month, day)
    return end if end is not None and (end - start).days <= _RANGE_MAX_DAYS else None


def _same_day(text: str, raw: _Raw, before: list[DateMention], g: DateGrammar) -> DateMention | None:
    """"On the same day" / "pada hari yang sama": the day of the latest day-precision date before it ("sehari
    sebelumnya", "the next day": a day before or after it); not a quoted speaker's "today", their present.
    "Within days", "days later": a few days after the latest day or month before it, known to its month."""
    if raw.relative and raw.relative[3] == "month":
        previous = next((d for d in reversed(before) if d.precision in ("day", "month") and not d.is_period
                         and not (d.form == "relative" and in_a_quotation(text, d.start))), None)
        if previous is None:
            return None
        mention = _mention(text, raw, previous.date, "month", g)
        # ("joined the inquiry within days of the attack": the attack is what the days count from, the date is the
        # act's)
        return replace(mention, role="date") if mention.role == "historical" else mention
    previous = next((d for d in reversed(before) if d.precision == "day" and not d.is_period
                     and not (d.form == "relative" and in_a_quotation(text, d.start))), None)
    days = raw.relative[0] if raw.relative else 0
    return _mention(text, raw, previous.date + dt.timedelta(days=days), "day", g) if previous else None


SAME_YEAR = "same year"  # the modifier of a month told in the year just written ("that November")


def _same_year(text: str, raw: _Raw, before: list[DateMention], g: DateGrammar) -> DateMention | None:
    """"... founded in 2015, and the first meeting was held that November": the month in the year of the latest
    date written before it."""
    # (a year written as a name's qualifier counts too: "The 2006 Lombok Treaty, signed in November that year")
    written = _YEAR_WRITTEN.findall(text, max(0, raw.start - _SAME_YEAR_REACH), raw.start)
    previous = next((d for d in reversed(before) if not d.is_period), None)
    year = int(written[-1]) if written else previous.date.year if previous else None
    return _mention(text, raw, dt.date(year, raw.month, 1), "month", g) if year else None


_YEAR_WRITTEN = re.compile(r"(?<![\d/.,-])((?:19|20)\d\d)(?![\d/.,-]\d)")
_SAME_YEAR_REACH = 160  # characters back from "that November" in which its year is written


def _month_near(published: Published, month: int, modifier: str, g: DateGrammar) -> dt.date:
    """The year of a year-less month: the publication's, or the one before ("Maret lalu" published in
    January) or after ("Oktober mendatang" published in November) when the text says past or future."""
    year = published.date.year
    if published.precision in ("day", "month"):
        # "awal Juni lalu" written in June is this June; "Maret lalu" written in January, last year's
        if modifier in g.month_past and month > published.date.month:
            year -= 1
        elif modifier in g.month_future and month < published.date.month:
            year += 1
        elif modifier not in g.month_past and modifier not in g.month_future and published.precision == "day":
            # no word for past or future: the publication's year unless the month is much nearer in the year
            # before or after ("arrested in December" in a February story: the December just gone)
            def distance(y: int) -> int:
                days = abs((dt.date(y, month, 15) - published.date).days)
                return days + (g.year_change_days if y > year else g.year_back_days if y < year else 0)
            year = min((year, year - 1, year + 1), key=distance)
    return dt.date(year, month, 1)


def _anniversaries(text: str, mentions: list[DateMention], g: DateGrammar) -> list[DateMention]:
    """'The 20th anniversary of ... October 12, 2002' -> October 12, 2022: a date the article points at."""
    lowered = _lowered(text)
    if g.anniversary is None or not any(cue in lowered for cue in g.anniversary_cues):
        return []
    derived = []
    bases = [d for d in mentions if not d.is_period and d.form in ("full", "numeric", "range")]
    for base in bases:  # only the text before a dated mention can hold its anniversary
        match = None
        for match in g.anniversary.finditer(text, max(0, base.start - _ANNIVERSARY_REACH), base.start):
            pass  # the last one, nearest the date
        if match is None:
            continue
        n = int(next(v for k, v in match.groupdict().items() if k != "all" and v))
        if n < 200:
            date = _make(base.date.year + n, base.date.month, base.date.day)
            if date:
                derived.append(DateMention(match.start(), match.end(), match.group(0), date, base.precision,
                                           form="anniversary", role="anniversary"))
    return derived


# --------------------------------------------------------------------------- public API

def find_dates(text: str, vocabulary: Vocabulary, anchor: Published | dt.date | None = None,
               either_order: bool = False) -> list[DateMention]:
    """Every date in `text`; relative words, bare weekdays and year-less dates are resolved against `anchor` (the publication date)."""
    if isinstance(anchor, dt.date):
        anchor = Published(anchor, "day", "stated")
    return _find(text, grammar_for(vocabulary), anchor or NO_DATE, either_order)


def _find(text: str, g: DateGrammar, anchor: Published, either_order: bool = False) -> list[DateMention]:
    raws = _scan(text, g)
    return _resolve_all(text, raws, anchor, _pointers(raws, anchor, None, g, text=text), either_order, g)


def _resolve_all(text: str, raws: list[_Raw], published: Published, pointers: _Pointers, either_order: bool,
                 g: DateGrammar, fixed: dict[int, DateMention | None] | None = None) -> list[DateMention]:
    """Every raw date resolved; `fixed` keeps the mentions that carry their year, which no pointer changes."""
    found = []
    for index, raw in enumerate(raws):
        if index and raw.form == "relative" and raw.relative[3] == "year" and \
                raws[index - 1].form in ("day_month", "day_range") and not text[raws[index - 1].end:raw.start].strip():
            continue  # "from Jan. 22 to Feb. 2 next year": the days took the year, it is no date of its own
        if raw.form == "same_day":
            mention = _same_day(text, raw, found, g)
        elif raw.form == "bare_month" and raw.modifier == SAME_YEAR:
            mention = _same_year(text, raw, found, g) or _anchored(text, raw, published, pointers, g)
        elif fixed is not None and index in fixed:
            mention = fixed[index]
        else:
            mention = _absolute(text, raw, pointers, either_order, g) or _anchored(text, raw, published, pointers, g)
            if fixed is not None and raw.year is not None:
                fixed[index] = mention
        if mention is not None:
            found.append(mention)
    found = _join_open_close(text, found, g)
    found += _anniversaries(text, found, g)
    return sorted(found, key=lambda d: (d.start, d.end))


_OPEN_CLOSE_GAP = 60  # characters between an act's first day and its closing day ("dibuka Rabu (5/6) dan ditutup ...")
_OPEN_CLOSE_DAYS = 31


_JOINED_DAYS = 3  # "on Tuesday and Wednesday": days so close, joined by "and", are one act's days


def _join_open_close(text: str, found: list[DateMention], g: DateGrammar) -> list[DateMention]:
    """A day and a closing day soon after it in one sentence ("dibuka Rabu (5/6) dan ditutup Jumat (7/6)") are one
    range, and so are two days next to each other joined by "and" ("on Tuesday and Wednesday"); a closing day alone
    ("berlangsung hingga Jumat (7/6)") keeps its role `end`: it ends an act told before."""
    joined: list[DateMention] = []
    for mention in found:
        first = joined[-1] if joined else None
        # (days written alike: "on 3 May and the next day" tells two acts)
        pair = first is not None and mention.role == "date" and mention.form == first.form and \
            g.day_joiner is not None and g.day_joiner.fullmatch(text, first.end, mention.start) is not None and \
            0 < (mention.date - first.date).days <= _JOINED_DAYS
        if (mention.role == "end" or pair) and first is not None and first.role == "date" \
                and first.precision == "day" \
                and mention.precision == "day" and first.date_end is None and not first.is_period \
                and 0 < (mention.date - first.date).days <= _OPEN_CLOSE_DAYS \
                and mention.start - first.end <= _OPEN_CLOSE_GAP \
                and not any(stop in text[first.end:mention.start] for stop in ".!?"):
            joined[-1] = DateMention(first.start, mention.end, text[first.start:mention.end], first.date, "day",
                                     mention.date, "range", weekday=first.weekday, role=first.role)
        else:
            joined.append(mention)
    return joined


_TITLE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


_OPENING_PARAGRAPHS = 2  # the lede and the paragraph after it: where a story tells its own days


def _opening_years(body: str, raws: list[_Raw]) -> tuple[int, ...]:
    """The years the opening paragraphs name, where they also give a day without its year ("The ADMM on November 15
    was chaired ... under Indonesia's 2023 ASEAN Chairmanship"): that day is the article's present, in those years,
    not among the background years told further down ("Our Eyes was launched in January 2018")."""
    paragraphs = list(re.finditer(r"[^\n]*\S[^\n]*", body))[:_OPENING_PARAGRAPHS]  # body lines are paragraphs
    if not paragraphs:
        return ()
    end = paragraphs[-1].end()
    if not any(r.start < end and r.year is None and r.form in ("day_month", "day_range") for r in raws):
        return ()
    return tuple(sorted({int(y) for y in _TITLE_YEAR.findall(body, 0, end)}))


def _years_counted_on(text: str, raw: _Raw, g: DateGrammar) -> int:
    """How many years the text counts on from a date ("lima tahun setelah serangan di Tirtapolis pada Mei 2018"): the
    article's time is that many years later; 0 where it counts none."""
    if g.years_counted_on is None or not text:
        return 0
    counted = None
    for counted in g.years_counted_on.finditer(text, max(0, raw.start - _YEARS_COUNTED_REACH), raw.start):
        pass  # the last one, nearest the date
    if counted is None or "\n" in text[counted.end():raw.start]:
        return 0
    count = counted.group("count").casefold()
    return int(count) if count.isdigit() else g.counts.get(count) or 0


_YEARS_COUNTED_REACH = 100  # characters between "lima tahun setelah" and the date it counts from


def _pointers(raws: list[_Raw], published: Published, copyright_year: int | None, g: DateGrammar,
              title: str = "", opening_years: tuple[int, ...] = (), text: str = "") -> _Pointers:
    years = []
    since = None
    # a review of the year of publication (or, published in its first days, of the year before), in the body
    # ("Sepanjang 2024, ...") or in the headline ("2024 in Review")
    in_title = [int(y) for y in _TITLE_YEAR.findall(title)] if g.review_title and g.review_title.search(title) else []
    reviewed = [year for year in [raw.year for raw in raws if raw.review] + in_title if published.date is not None and (
        year == published.date.year or year == published.date.year - 1 and published.date.month == 1)]
    review_year = reviewed[0] if reviewed else None
    for raw in raws:
        if raw.year is not None and raw.form in ("full", "numeric", "range", "month", "year", "year_part", "period"):
            if raw.since:  # "sejak 2019" bounds the article's time from below; it does not point at 2019
                since = max(since or 0, raw.year)
            else:
                # ("lima tahun setelah ... Mei 2018": the article points at 2023, not at 2018)
                later = _years_counted_on(text, raw, g)
                years.append((raw.year + later, (raw.year_end or raw.year) + later))
    if copyright_year:
        years.append((copyright_year, copyright_year))
    if published.date is not None:
        if published.precision == "day":
            return _Pointers(published.date, (), since, g.window, g.year_change_days, g.year_back_days, review_year)
        years = [(published.date.year, published.date.year)]
    elif opening_years and not copyright_year:
        return _Pointers(None, tuple((year, year) for year in opening_years), since, g.window, g.year_change_days,
                         g.year_back_days, review_year, opening=True)
    return _Pointers(None, tuple(sorted(set(years))), since, g.window, g.year_change_days, g.year_back_days,
                     review_year)


def resolve_dates(metadata: dict, clean: CleanArticle, vocabulary: Vocabulary) -> tuple[Published, list[DateMention]]:
    """The publication date (front matter > printed dateline > weekday-stated body date > copyright) and the body's dates."""
    g = grammar_for(vocabulary)
    body = clean.body
    raws = _scan(body, g)
    # only an ambiguous year-less "Friday (3/7)" needs the language (English may write month/day)
    ambiguous = any(r.swappable and r.year is None for r in raws)
    either_order = ambiguous and (metadata.get("language") or _language(body, g)) == "en"
    copyright_year = _copyright_year(clean.date_evidence, g)
    given = metadata.get("published")
    published = Published(given[0], given[1], "metadata") if given else \
        _stated(clean, g) or _from_url(metadata, clean) or NO_DATE
    opening_years = _opening_years(body, raws)
    pointers = _pointers(raws, published, copyright_year, g, clean.title, opening_years, body)
    fixed: dict[int, DateMention | None] = {}
    if published.date is None:
        early = _resolve_all(body, raws, NO_DATE, pointers, either_order, g, fixed)
        # a year-less dateline that names its weekday ("Thursday 15 August") says its own year, which beats a
        # body date's (the body tells acts of earlier days); one without a weekday borrows the body's
        published = (_dateline_without_year(clean, raws, copyright_year, g, own_weekday_only=True)
                     or _from_weekday(body, early, raws, g) or _dateline_without_year(clean, raws, copyright_year, g)
                     or _weekday_after_a_day_of_the_copyright_year(body, raws, copyright_year)
                     or (Published(dt.date(copyright_year, 1, 1), "year", "copyright") if copyright_year else NO_DATE))
        pointers = _pointers(raws, published, copyright_year, g, clean.title, opening_years, body)
    return published, _resolve_all(body, raws, published, pointers, either_order, g, fixed)


def resolve_published(metadata: dict, clean: CleanArticle, vocabulary: Vocabulary,
                      body_dates: list[DateMention] | None = None) -> Published:
    """The publication date alone (see `resolve_dates`)."""
    return resolve_dates(metadata, clean, vocabulary)[0]


# --------------------------------------------------------------------------- publication date

def _language(body: str, g: DateGrammar) -> str:
    words = _WORD.findall(body[:1500].lower())
    english = sum(1 for w in words if w in g.english)
    return "en" if english > sum(1 for w in words if w in g.indonesian) else "id"


# A date in a story's URL path ("/2022/11/24/slug", "/read/2022/11/24/123/...", WordPress's "/2022/11/slug")
_URL = re.compile(r"https?://\S+")
_URL_DAY = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?=/|$|[?#])")
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(?!\d{1,2}(?:/|$))")
URL_LINE_RULES = ("bare-url", "page-metadata", "post-fields")  # removed lines whose URL is the page's own


def _from_url(metadata: dict, clean: CleanArticle) -> Published | None:
    """The date in the page's own URL (front matter, a "URL:" field, a bare or "Copy link:" line), not in a teaser's."""
    urls = [str(metadata.get("url") or "")] + [u for r in clean.removed if r.rule_id in URL_LINE_RULES
                                                for u in _URL.findall(r.text)]
    for url in filter(None, urls):
        path = url.split("://", 1)[-1]
        day = _URL_DAY.search(path)
        if day:
            try:
                return Published(dt.date(int(day[1]), int(day[2]), int(day[3])), "day", "stated")
            except ValueError:
                continue
        month = _URL_MONTH.search(path)
        if month:
            return Published(dt.date(int(month[1]), int(month[2]), 1), "month", "stated")
    return None


def _copyright_year(lines: Iterable[str], g: DateGrammar) -> int | None:
    for line in lines:
        if g.copyright.search(line):
            years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", line)
            if years:
                return max(int(y) for y in years)  # "© 2019-2025 ..." is current in its last year
    return None


_FIELD_SEPARATORS = re.compile(r"\s*[|·•]\s*")


def _word_count(line: str) -> int:
    """Words of a line, not its separators ("Riyadh | 07 Februari 2024 | Kategori: Siaran Pers": the bars)."""
    return sum(1 for token in line.split() if any(c.isalnum() for c in token))


_PLACE_AND_MONTH = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},\s*")  # "Jakarta, " before a sign-off's month


def _stated(clean: CleanArticle, g: DateGrammar) -> Published | None:
    """A date printed in the header or dateline: a short line that is mostly a date, the site's "today" banner excepted."""
    title_at = clean.header.index(clean.title) if clean.title in clean.header else -1
    best = None
    seen = set()
    for index, line in enumerate(clean.date_evidence):
        if line in seen or not _DIGITS.search(line) or g.copyright.search(line) or g.banner_cue.search(line):
            continue
        seen.add(line)
        updated = g.updated_cue.search(line)
        if updated and _DIGITS.search(line, 0, updated.start()):
            # "Sun Aug 21, 2022 12:00 AM  Last update on: Sun Aug 21, 2022 01:15 AM": the date before the update
            line = line[:updated.start()].rstrip(" |·•-")
        has_cue = bool(g.published_cue.search(line))
        if _word_count(line) > g.header_max_words and not has_cue:
            continue  # a caption or a teaser that happens to hold a date
        found = _find(line, g, NO_DATE)
        dates = [d for d in found if d.form in ("full", "numeric") and not d.is_period]
        # (or one field of a line of fields: "Issue 14 | May 2025", a newsletter's issue and month)
        # (or a sign-off of its place and month: "Jakarta, Februari 2024" under a report)
        month_only = not dates and len(found) == 1 and found[0].form == "month" and (
            found[0].text in _FIELD_SEPARATORS.split(line.strip())
            or _PLACE_AND_MONTH.fullmatch(line.strip(), 0, len(line.strip()) - len(found[0].text)) is not None
            and line.strip().endswith(found[0].text))
        if month_only:
            dates = found  # a line that is only "April 2024": the page's month, below any day a line gives
        if not dates:
            continue
        rank = (4 if month_only else 0 if has_cue else 1 if g.time_zone.search(line) else 3 if g.updated_cue.search(line) else 2,
                0 if index > title_at else 1)  # a date after the title beats a banner above it
        if best is None or rank < best[0]:
            best = (rank, dates[0])
    return Published(best[1].date, best[1].precision, "stated") if best else None


def _dateline_without_year(clean: CleanArticle, raws: list[_Raw], copyright_year: int | None,
                           g: DateGrammar, own_weekday_only: bool = False) -> Published | None:
    """A wire dateline with no year ("CANBERRA, Aug 24 (Reuters) - ... on Wednesday"): the year in which
    that day is the body's first bare weekday, nearest the copyright year or else the latest in the study window.
    `own_weekday_only`: only a dateline naming its own weekday ("Thursday 15 August")."""
    if own_weekday_only:
        # any short line of the header may be it: the lines after the title first ("Thursday 15 August" under it)
        title_at = clean.header.index(clean.title) if clean.title in clean.header else -1
        # (and the page's stamp or byline lines a rule removed but kept for dates: "Posted Tuesday 14 May by X")
        stamps = [e for e in clean.date_evidence if e not in clean.header and e != clean.dateline]
        lines = [clean.dateline] + [h for h in [*clean.header[title_at + 1:], *clean.header[:title_at + 1], *stamps]
                                    if _word_count(h) <= g.header_max_words]
        day_month = next((r for line in lines if line for r in _scan(line, g)
                          if r.form == "day_month" and r.day and r.month and r.weekday is not None), None)
    else:
        # the cut dateline, else the first short header line, else a later one that holds a day ("28 MAY, 14:05"
        # under the site's name and its sections), but not the title's day of an act or a "today" banner
        short = [h for h in clean.header if _word_count(h) <= g.header_max_words]
        lines = [clean.dateline] if clean.dateline else short[:1] + [
            h for h in short[1:] if h != clean.title and not g.banner_cue.search(h)]
        day_month = next((r for line in lines for r in _scan(line, g)
                          if r.form == "day_month" and r.day and r.month), None)
    if day_month is None:
        return None
    weekday = day_month.weekday
    if weekday is None and copyright_year is None:
        # only without a copyright year: the body's first weekday may be an act's, days before the dateline's
        weekday = next((r.weekday for r in raws if r.form == "weekday" and not r.modifier), None)
    years = range(g.window[1], g.window[0] - 1, -1)
    if copyright_year:
        years = sorted(years, key=lambda y: abs(y - copyright_year))
    for year in years:
        date = _make(year, day_month.month, day_month.day)
        if date and (weekday is None and year == copyright_year or weekday is not None and date.weekday() == weekday):
            return Published(date, "day", "stated")
    return None


_WEEK_AFTER_DAYS = 6  # days after a told day (or range) in which a bare weekday of the body may fall


_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")  # "Easter Sunday", "Good Friday": a weekday in a name


def _weekday_after_a_day_of_the_copyright_year(body: str, raws: list[_Raw], copyright_year: int | None) -> Published | None:
    """A page dated only by its copyright line ("© 2023 AFP") whose body gives a day without its year ("met on June
    13-14", "opened on September 9") and bare weekdays ("pledged Wednesday", "told journalists on Thursday"): the
    latest of those weekdays, each read as its first day from that day on, within the week after it, in the
    copyright year (the guidelines' weekday and day/month without a year)."""
    if copyright_year is None:
        return None
    told = next((r for r in raws if r.form in ("day_month", "day_range") and r.day and r.month), None)
    start = _make(copyright_year, told.month, told.day) if told is not None else None
    if start is None:
        return None
    end = _range_end(start, told.end_date) if told.form == "day_range" else start
    weekdays = {r.weekday for r in raws if r.form == "weekday" and not r.modifier
                and not _NAME_WORD_BEFORE.search(body, max(0, r.start - 20), r.start)}
    days = [start + dt.timedelta(days=(weekday - start.weekday()) % 7) for weekday in weekdays]
    days = [day for day in days if end is not None and day <= end + dt.timedelta(days=_WEEK_AFTER_DAYS)]
    return Published(max(days), "day", "weekday") if days else None


def _from_weekday(body: str, dates: list[DateMention], raws: list[_Raw], g: DateGrammar) -> Published | None:
    """The body's weekday-stated date ("..., Selasa (17/10)."), moved to a later statement weekday ("kata X ..., Rabu");
    a planned date ("dijadwalkan ... Jumat (7/6)") is not the day of writing."""
    said = [raw.weekday for raw in raws if raw.form == "weekday" and not raw.modifier and
            (_cue_before(body, raw.start, _BARE_WEEKDAY_STATEMENT_WINDOW, g.statement)
             or _said_after_a_quote(body, raw.start, g))]
    # (a date said to be a statement's is one whatever plan the sentence told: "... who planned to attack
    # churches, police said on Monday (Dec 15)")
    told = [d for d in dates if d.precision == "day" and not d.is_period and d.role in ("date", "statement")
            and (d.role == "statement" or not _cue_before(body, d.start, _PLANNED_WINDOW, g.planned))]
    stated = [d for d in told if d.weekday]
    # the day of writing is no earlier than an act the text dates by its weekday: "bertemu Selasa (20/2) ... kata X,
    # Rabu" is not said on an earlier Wednesday the text names ("enam hari setelah Pemilu 14 Februari 2024")
    not_before = max((d.date for d in stated), default=dt.date.min)
    same_day = [d for d in told if said and d.date.weekday() == said[0] and d.date >= not_before]
    if same_day:  # "pada 4 Juni 2024 ... kata X, Selasa": 4 June 2024 is that Tuesday
        return Published(max(d.date for d in same_day), "day", "weekday")
    statements = [d for d in stated if d.role == "statement"]
    anchor = max(statements or stated, key=lambda d: d.date, default=None)
    if anchor is None:
        anchor = max((d for d in dates if d.role == "anniversary"), key=lambda d: d.date, default=None)
    if anchor is None:
        return None
    if said and _closes_an_act_of_the_week(anchor.date, said[0], told, raws):
        return Published(anchor.date, "day", "weekday")
    if said:
        later = anchor.date + dt.timedelta(days=(said[0] - anchor.date.weekday()) % 7)
        return Published(later, "day", "weekday")
    if anchor.role == "anniversary":
        return None  # an anniversary says which week, not which day
    return Published(anchor.date, "day", "weekday")


def _closes_an_act_of_the_week(day: dt.date, weekday: int, told: list[DateMention], raws: list[_Raw]) -> bool:
    """Whether an act the text gives a range of days for ends on that weekday in the week up to `day` ("Senin hingga
    Rabu (11-13/3) ... kata X saat penutupan, Rabu ... dikirim kepada media pada Kamis (14/3)"): the statement was
    made on the act's last day, before the day the text dates by its weekday, not in the week after it. A range
    written without its year is read in that day's year."""
    ends = [d.date_end for d in told if d.date_end] + \
        [_make(day.year, r.end_date[1], r.end_date[2]) for r in raws
         if r.form == "day_range" and r.year is None and r.end_date]
    return any(end is not None and end.weekday() == weekday and 0 <= (day - end).days < 7 for end in ends)


__all__ = ["ENTRY_BULLETS", "DateMention", "Published", "find_dates", "resolve_dates", "resolve_published", "grammar_for",
           "truncate"]
