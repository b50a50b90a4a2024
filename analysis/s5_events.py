"""Stage 5, resolve dates (events): sentences, actor spans and dates -> dated `Event`s of cooperation (kind, status, participants, partners, scope, location), one per act however often the article reports it.

A clause reports an act when it holds an event cue (data/events.yaml) outside
an actor's name. Its date is the nearest act date of the clause (never a
period, a statement date or a historical date), else the publication date.
A clause that names no counterpart takes the one the narrative is about (the
partners of the previous event). Reports of one act are merged: dated reports
with the same date and overlapping partners, and undated reports into the
current act they share partners with.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Iterable

from .s3_segment import Sentence
from .s4_match import Span
from .s5_dates import CueSet, DateMention, Published, grammar_for
from .vocabulary import Actor, Vocabulary, VocabularyError, compiled_for

_NOT_ACT_DATE_ROLES = ("statement", "historical", "anniversary")


@dataclass(frozen=True)
class Event:
    event_id: str
    date: dt.date | None
    date_precision: str
    date_end: dt.date | None
    status: str  # held | planned
    kind: str  # visit | meeting | agreement | forum | training | launch | other
    participants: tuple[str, ...]
    partner_codes: tuple[str, ...]
    scope: str  # domestic | bilateral | multilateral
    location: str
    sentence_id: int
    evidence: str


# --------------------------------------------------------------------------- cue lists, compiled once per vocabulary

@dataclass(frozen=True)
class EventLexicon:
    cues: CueSet  # value: the rank of the cue's kind
    kinds: tuple[str, ...]  # by priority
    planned_before: CueSet
    planned_after: CueSet
    planned_reach: int  # words between a planned cue and the event cue
    venues: frozenset[str]  # prepositions that make a following state a venue
    location: re.Pattern
    not_place: frozenset[str]
    separators: CueSet
    cooperation: CueSet
    statement: CueSet
    current_days: int


def lexicon_for(vocabulary: Vocabulary) -> EventLexicon:
    """The compiled event cue lists of a vocabulary, built once per fingerprint."""
    return compiled_for(vocabulary, _compile)


def _compile(vocabulary: Vocabulary) -> EventLexicon:
    lex = vocabulary.lexicon
    kinds = tuple(lex.get("event_kinds", ()))
    rank_of: dict[str, int] = {}
    for entry in lex.get("event_cues", ()):
        if not isinstance(entry, dict) or entry.get("kind") not in kinds:
            raise VocabularyError(f"lexicon 'event_cues': every entry needs a kind from event_kinds {kinds}; got {entry!r}")
        for cue in entry.get("cues", ()):
            rank_of.setdefault(str(cue).strip(), kinds.index(entry["kind"]))
    prepositions = "|".join(re.escape(p) for p in lex.get("event_location_prepositions", ("di", "in")))
    capital = r"[A-Z][\w'’.&-]*"
    place = rf"{capital}(?:[ ](?:{capital}|RI|\d+))*"
    dates = grammar_for(vocabulary)
    return EventLexicon(
        cues=CueSet(rank_of, values=rank_of), kinds=kinds,
        planned_before=CueSet(lex.get("event_planned_before", ("akan",))),
        planned_after=CueSet(lex.get("event_planned_after", ("akan di*",))),
        planned_reach=int(lex.get("event_planned_reach", 3)),
        venues=frozenset(w.casefold() for w in lex.get("event_venue_prepositions", ("di", "in"))),
        location=re.compile(rf"(?<!\w)(?:{prepositions})\s+(?P<place>{place}(?:,\s+{place})*)"),
        not_place=frozenset({w.casefold() for w in dates.weekdays} | set(dates.months)),
        separators=CueSet(lex.get("event_clause_separators", ("dan", "and"))),
        cooperation=CueSet(lex.get("event_cooperation_cues", ("kerja sama",))),
        statement=dates.statement,
        current_days=int(lex.get("event_current_days", 14)),
    )


# --------------------------------------------------------------------------- one act as found in a clause

@dataclass
class _Act:
    start: int
    end: int
    sentence_id: int
    kind: str
    status: str
    date: dt.date | None
    precision: str
    date_end: dt.date | None
    own_date: bool  # the clause gives the date (else the publication date stands in)
    participants: list[str]
    location: str
    evidence: str
    partners: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    kind: str
    rank: int  # position of the kind in the priority list


def _cues(body: str, lx: EventLexicon, actor_spans: list[Span]) -> list[_Cue]:
    """Every event cue outside an actor's name ("Forum Koordinasi ..." is an organisation, not a forum)."""
    found = []
    starts = [s.start for s in actor_spans]
    for start, end, rank in lx.cues.find(body):
        i = bisect_right(starts, start) - 1
        if i >= 0 and end <= actor_spans[i].end:
            continue
        found.append(_Cue(start, end, lx.kinds[rank], rank))
    return found


def _in(items: list, starts: list[int], lo: int, hi: int) -> list:
    """The items (sorted by .start, with `starts` their start offsets) that begin in [lo, hi)."""
    i = bisect_left(starts, lo)
    j = bisect_left(starts, hi, i)
    return items[i:j]


def _clauses(body: str, sentence: Sentence, cues: list[_Cue], spans: list[Span], actors: dict[str, Actor],
             lx: EventLexicon) -> list[tuple[int, int]]:
    """Split a sentence where a conjunction joins two acts with different partners ("konferensi A dan dialog B")."""
    if len(cues) < 2:
        return [(sentence.start, sentence.end)]
    cuts = [start for start, _, _ in lx.separators.find(body, None, sentence.start, sentence.end)]
    cuts = [c for c in cuts if not any(s.start <= c < s.end for s in spans)]
    bounds = [sentence.start] + cuts + [sentence.end]
    clauses: list[tuple[int, int, bool, frozenset]] = []
    for lo, hi in zip(bounds, bounds[1:]):
        has_cue = any(lo <= c.start < hi for c in cues)
        partners = frozenset(actors[s.entry_id].partner_code for s in spans
                             if lo <= s.start < hi and s.entry_id in actors and actors[s.entry_id].partner_code)
        if clauses:
            _, _, prev_cue, prev_partners = clauses[-1]
            if not (has_cue and partners and prev_cue and prev_partners and partners != prev_partners):
                clauses[-1] = (clauses[-1][0], hi, prev_cue or has_cue, prev_partners | partners)
                continue
        clauses.append((lo, hi, has_cue, partners))
    return [(lo, hi) for lo, hi, _, _ in clauses]


def _act_date(cues: list[_Cue], dates: list[DateMention]) -> tuple[_Cue, DateMention | None]:
    """The clause's act date (the one nearest an event cue) and that cue, whose context decides the status."""
    eligible = [d for d in dates if not d.is_period and d.role not in _NOT_ACT_DATE_ROLES]
    if not eligible:
        return min(cues, key=lambda c: (c.rank, c.start)), None
    distance = lambda c, d: max(d.start - c.end, c.start - d.end, 0)  # noqa: E731
    cue, date = min(((c, d) for c in cues for d in eligible), key=lambda cd: (distance(*cd), cd[0].rank))
    return cue, date


def _kind(cues: list[_Cue]) -> str:
    """The most specific kind cued in the clause ("pertemuan ... Regional Forum" is a forum)."""
    return min(cues, key=lambda c: c.rank).kind


def _status(body: str, cue: _Cue, lo: int, hi: int, date: DateMention | None, published: Published,
            lx: EventLexicon) -> str:
    """Planned for "akan"/"rencana"/"will" shortly before the cue (or "akan dilaksanakan" after it), or a future date."""
    before = body[max(lo, cue.start - 60):cue.start]
    planned = lx.planned_before.search(before)
    if planned and len(before[planned[1]:].split()) <= lx.planned_reach:
        return "planned"
    after = body[cue.end:min(hi, cue.end + 40)]
    first = lx.planned_after.find(after)
    if first and len(after[:first[0][0]].split()) <= 1:
        return "planned"
    if date is not None and published.date is not None and published.precision == "day" and date.date > published.date:
        return "planned"
    return "held"


def _location(body: str, lo: int, hi: int, lx: EventLexicon) -> str:
    """The first place of the clause ("di Sentul, Jawa Barat"), not where a statement was made ("kata X di Jakarta")."""
    for m in lx.location.finditer(body, lo, hi):
        if lx.statement.search(body[max(lo, m.start() - 30):m.start()]):
            continue  # "kata X di Jakarta": where it was said
        parts = [p.rstrip(".") for p in m.group("place").split(", ") if p.rstrip(".").casefold() not in lx.not_place]
        if parts:
            return ", ".join(parts)
    return ""


def _participants(body: str, spans: list[Span], actors: dict[str, Actor], lx: EventLexicon) -> list[str]:
    """Actor ids of the spans, in order, without states named only as a venue ("forum di Thailand")."""
    ids = []
    for span in spans:
        actor = actors.get(span.entry_id)
        if actor is None:
            continue
        before = body[max(0, span.start - 4):span.start].split()
        if actor.actor_type == "state" and before and before[-1].casefold() in lx.venues:
            continue
        if span.entry_id not in ids:
            ids.append(span.entry_id)
    return ids


def _partners(participants: Iterable[str], actors: dict[str, Actor]) -> set[str]:
    return {actors[p].partner_code for p in participants if p in actors and actors[p].partner_code}


# --------------------------------------------------------------------------- merging reports of one act

def _overlap(a: _Act, b: _Act) -> bool:
    return bool(a.partners & b.partners) or (not a.partners and not b.partners)


def _same_date(a: _Act, b: _Act) -> bool:
    return a.date == b.date and a.precision == b.precision


def _is_current(act: _Act, report: _Act, published: Published, days: int) -> bool:
    """Whether an undated report can be about this act: an act around the publication date, or a planned one."""
    if published.date is None or act.date is None:
        return True
    if report.status == "planned" and act.status == "planned":
        return True
    if published.precision == "day":
        return act.precision == "day" and abs((act.date - published.date).days) <= days
    if published.precision == "month":
        return (act.date.year, act.date.month) == (published.date.year, published.date.month)
    return act.date.year == published.date.year


def _absorb(target: _Act, report: _Act) -> None:
    target.participants += [p for p in report.participants if p not in target.participants]
    target.partners |= report.partners
    if not target.location:
        target.location = report.location
    if target.date_end is None and report.own_date and _same_date(target, report):
        target.date_end = report.date_end


def _merge(acts: list[_Act], published: Published, days: int) -> list[_Act]:
    kept: list[_Act] = []
    for act in (a for a in acts if a.own_date):
        twin = next((k for k in kept if k.sentence_id != act.sentence_id and _same_date(k, act) and _overlap(k, act)),
                    None)
        if twin:
            _absorb(twin, act)
        else:
            kept.append(act)
    for report in (a for a in acts if not a.own_date):
        current = [k for k in kept if not k.own_date or _is_current(k, report, published, days)]
        if report.status == "planned":
            # a plan is never the report of an act already held ("will fund training" vs "met last week")
            current = [k for k in current if k.status == "planned"]
        # a report that shares no partner with the current acts may still re-tell the one of its kind
        # ("Sebelum berkunjung ke sini, Presiden X ..." about the visit the article reports)
        targets = [k for k in current if _overlap(k, report)] or [k for k in current if k.kind == report.kind]
        if targets:
            distance = lambda k: abs((k.date - published.date).days) if k.date and published.date else 0  # noqa: E731
            best = max(targets, key=lambda k: (k.status == report.status, len(k.partners & report.partners),
                                               k.kind == report.kind, -distance(k)))
            _absorb(best, report)
        else:
            kept.append(report)
    return sorted(kept, key=lambda a: (a.sentence_id, a.start))


# --------------------------------------------------------------------------- public API

def extract_events(article_id: str, body: str, sentences: list[Sentence], actor_spans: list[Span],
                   actors: dict[str, Actor], dates: list[DateMention], published: Published,
                   vocabulary: Vocabulary) -> tuple[list[Event], Published]:
    """The article's acts of cooperation, and its publication date (the latest act's, when nothing else gave one)."""
    lx = lexicon_for(vocabulary)
    spans = sorted(actor_spans, key=lambda s: s.start)
    span_starts = [s.start for s in spans]
    date_starts = [d.start for d in dates]
    cues = _cues(body, lx, spans)
    cue_starts = [c.start for c in cues]
    acts: list[_Act] = []
    recent_foreign: list[str] = []  # counterparts of the last sentence that named one
    recent_actors: list[str] = []
    for sentence in sentences:
        s_spans = _in(spans, span_starts, sentence.start, sentence.end)
        s_cues = _in(cues, cue_starts, sentence.start, sentence.end)
        named = _participants(body, s_spans, actors, lx)  # pure: the same list serves both uses below
        home = [p for p in named if not actors[p].partner_code]
        for lo, hi in _clauses(body, sentence, s_cues, s_spans, actors, lx) if s_cues else ():
            c_cues = [c for c in s_cues if lo <= c.start < hi]
            if not c_cues:
                continue
            c_dates = _in(dates, date_starts, lo, hi) or _in(dates, date_starts, sentence.start, sentence.end)
            cue, date = _act_date(c_cues, c_dates)
            participants = _participants(body, [s for s in s_spans if lo <= s.start < hi], actors, lx)
            participants += [p for p in home if p not in participants]
            participants = _with_counterpart(participants, actors, acts, recent_foreign, recent_actors)
            if not participants:
                continue
            acts.append(_Act(
                lo, hi, sentence.sentence_id, _kind(c_cues), _status(body, cue, lo, hi, date, published, lx),
                date.date if date else None, date.precision if date else "", date.date_end if date else None,
                date is not None, participants, _location(body, lo, hi, lx), body[sentence.start:sentence.end],
                _partners(participants, actors)))
        if named:
            recent_actors = named
            recent_foreign = [p for p in named if actors[p].partner_code] or recent_foreign
    published = _published_from_acts(acts, published)
    for act in acts:
        if not act.own_date:
            act.date, act.precision = published.date, published.precision
    merged = _merge(acts, published, lx.current_days)
    if not merged:
        merged = _cooperation_fallback(body, sentences, spans, actors, published, lx)
    return [_event(article_id, n, act, actors) for n, act in enumerate(merged, start=1)], published


def _with_counterpart(participants: list[str], actors: dict[str, Actor], acts: list[_Act],
                      recent_foreign: list[str], recent_actors: list[str]) -> list[str]:
    """A clause that names at most one side ("Pertemuan ini ...", "BNPT diundang ...") acts with the narrative's partner."""
    if not participants:
        source = acts[-1].participants if acts else recent_actors
        return list(source)
    home = {_root(p, actors) for p in participants if actors[p].actor_type != "state"}
    if _partners(participants, actors) or len(home) > 1:
        return participants  # both sides are named: a foreign partner, or two Indonesian bodies
    foreign = [p for p in (acts[-1].participants if acts and acts[-1].partners else recent_foreign)
               if actors[p].partner_code]
    return participants + [p for p in foreign if p not in participants]


def _root(actor_id: str, actors: dict[str, Actor]) -> str:
    """The organisation a unit belongs to (Sentra Handayani -> Kemensos): a unit and its ministry are one side."""
    for _ in range(5):
        parent = actors[actor_id].parent_id
        if not parent or parent not in actors:
            break
        actor_id = parent
    return actor_id


def _published_from_acts(acts: list[_Act], published: Published) -> Published:
    if published.date is not None:
        return published
    dated = [a for a in acts if a.own_date and a.status == "held"] or [a for a in acts if a.own_date]
    if not dated:
        return published
    latest = max(dated, key=lambda a: a.date)
    return Published(latest.date, latest.precision, "event")


def _cooperation_fallback(body: str, sentences: list[Sentence], spans: list[Span], actors: dict[str, Actor],
                          published: Published, lx: EventLexicon) -> list[_Act]:
    """No act cue at all: the first sentence of cooperation with a foreign partner is the article's one act."""
    for sentence in sentences:
        if not lx.cooperation.find(body, None, sentence.start, sentence.end):
            continue
        participants = _participants(body, [s for s in spans if sentence.start <= s.start < sentence.end], actors, lx)
        partners = _partners(participants, actors)
        if partners:
            return [_Act(sentence.start, sentence.end, sentence.sentence_id, "other", "held", published.date,
                         published.precision, None, False, participants, _location(body, sentence.start, sentence.end, lx),
                         body[sentence.start:sentence.end], partners)]
    return []


def _event(article_id: str, number: int, act: _Act, actors: dict[str, Actor]) -> Event:
    partners = tuple(sorted(act.partners))
    organisation = any(actors[p].actor_type == "international_organisation" for p in act.participants if p in actors)
    if not partners:
        scope = "domestic"
    elif len(partners) > 1 or (organisation and act.kind == "forum"):
        scope = "multilateral"
    else:
        scope = "bilateral"
    return Event(f"{article_id}#e{number}", act.date, act.precision, act.date_end, act.status, act.kind,
                 tuple(act.participants), partners, scope, act.location, act.sentence_id, act.evidence)
