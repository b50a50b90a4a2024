"""Stage 5, resolve dates: text -> `DateMention`s (date, precision, end date, span) and an article's `Published` date with its basis.

(Minimal first version: full dates and numeric datelines; the complete
grammar is tracked in issue 4.)
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .s2_clean import CleanArticle
from .vocabulary import Vocabulary

MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "pebruari": 2, "maret": 3,
    "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7,
    "july": 7, "jul": 7, "agustus": 8, "august": 8, "aug": 8, "agu": 8, "agt": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\.?\s+(\d{{4}})\b", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date
    precision: str  # day | month | year
    date_end: dt.date | None = None
    form: str = "full"
    is_period: bool = False


@dataclass(frozen=True)
class Published:
    date: dt.date | None
    precision: str  # day | month | year | ""
    basis: str  # stated | metadata | weekday | copyright | event | none


def find_dates(text: str, vocabulary: Vocabulary, anchor: dt.date | None = None) -> list[DateMention]:
    found = []
    for match in _FULL.finditer(text):
        day, month, year = int(match.group(1)), MONTHS[match.group(2).lower()], int(match.group(3))
        try:
            found.append(DateMention(match.start(), match.end(), match.group(0), dt.date(year, month, day), "day"))
        except ValueError:
            continue
    for match in _NUMERIC.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        year += 2000 if year < 100 else 0
        try:
            found.append(DateMention(match.start(), match.end(), match.group(0), dt.date(year, month, day), "day", form="numeric"))
        except ValueError:
            continue
    return sorted(found, key=lambda d: (d.start, d.end))


def resolve_published(metadata: dict, clean: CleanArticle, vocabulary: Vocabulary,
                      body_dates: list[DateMention]) -> Published:
    given = metadata.get("published")
    if given:
        return Published(given[0], given[1], "metadata")
    for line in clean.date_evidence:
        dates = find_dates(line, vocabulary)
        if dates:
            return Published(dates[0].date, dates[0].precision, "stated")
    if body_dates:
        latest = max(body_dates, key=lambda d: d.date)
        return Published(latest.date, latest.precision, "event")
    return Published(None, "", "none")
