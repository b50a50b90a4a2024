"""Stage 5, resolve dates (events): sentences, actor spans and dates -> dated `Event`s of cooperation with participants, partners, scope and status.

(Minimal first version: one event per sentence with an event cue; the full
rules are tracked in issue 4.)
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .s3_segment import Sentence
from .s4_match import Span
from .s5_dates import DateMention, Published
from .vocabulary import Actor, Vocabulary

_CUES = re.compile(r"\b(kunjung\w*|berkunjung|bertemu|pertemuan|menandatangani|konsultasi|audiensi|visit\w*|met|meeting|signed)\b", re.I)


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


def extract_events(article_id: str, body: str, sentences: list[Sentence], actor_spans: list[Span],
                   actors: dict[str, Actor], dates: list[DateMention], published: Published,
                   vocabulary: Vocabulary) -> list[Event]:
    events = []
    for sentence in sentences:
        text = body[sentence.start:sentence.end]
        if not _CUES.search(text):
            continue
        inside = [s for s in actor_spans if sentence.start <= s.start < sentence.end]
        participants = tuple(sorted({s.entry_id for s in inside}))
        if not participants:
            continue
        partners = tuple(sorted({actors[p].partner_code for p in participants if p in actors and actors[p].partner_code}))
        own = [d for d in dates if sentence.start <= d.start < sentence.end]
        date, precision = (own[0].date, own[0].precision) if own else (published.date, published.precision)
        scope = "domestic" if not partners else ("bilateral" if len(partners) == 1 else "multilateral")
        events.append(Event(f"{article_id}#e{len(events) + 1}", date, precision, None, "held", "meeting",
                            participants, partners, scope, "", sentence.sentence_id, text))
    return events
