"""Evidence behind any chart cell: `evidence(corpus, partner="BEL", year=2023, ...)` -> a keyword-in-context DataFrame (article, date, sentence, left | match | right), built from the tables' sentence ids and offsets.

Selectors combine with AND at the article level: `partner`, `scope` and
`status` pick events (dated by event, or by publication with
basis="published"); `actor`, `programme`, `person` and `theme` pick the spans
of mentions, programme mentions, people and theme cues. `year` and `quarter`
restrict events by their date, and everything else by the article's
publication date. With only a year (or nothing) the events of that year are
shown. `left + match + right` is the sentence, shortened to `width`
characters of context on each side with an ellipsis.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from .summaries import split_codes

KWIC_COLUMNS = ["article_id", "date", "sentence_id", "left", "match", "right", "via"]
HIT_COLUMNS = ["article_id", "sentence_id", "start", "end", "date", "via"]
ELLIPSIS = "…"


def _fold(value: object) -> str:
    return " ".join(str(value).casefold().split()) if value is not None and not pd.isna(value) else ""


def _in_period(dates: pd.Series, year: int | None, quarter: int | None) -> pd.Series:
    keep = pd.Series(True, index=dates.index)
    if year is not None:
        keep &= (dates.dt.year == int(year)).fillna(False)
    if quarter is not None:
        keep &= (((dates.dt.month - 1) // 3 + 1) == int(quarter)).fillna(False)
    return keep.astype(bool)


def _hits(frame: pd.DataFrame, dates: pd.Series, via: str) -> pd.DataFrame:
    out = pd.DataFrame({"article_id": frame["article_id"].astype("string"), "sentence_id": frame["sentence_id"],
                        "start": frame["start"], "end": frame["end"], "date": dates.values, "via": via})
    return out[HIT_COLUMNS]


def _empty_hits() -> pd.DataFrame:
    return pd.DataFrame({"article_id": pd.Series(dtype="string"), "sentence_id": pd.Series(dtype="Int64"),
                         "start": pd.Series(dtype="Int64"), "end": pd.Series(dtype="Int64"),
                         "date": pd.Series(dtype="datetime64[ns]"), "via": pd.Series(dtype="string")})


def _published(corpus: Any, article_ids: pd.Series) -> pd.Series:
    dates = corpus.articles.set_index("article_id")["published"]
    return article_ids.map(dates)


def event_hits(corpus: Any, partner: str | None = None, scope: str | None = None, status: str | None = None,
               year: int | None = None, quarter: int | None = None, basis: str = "event") -> pd.DataFrame:
    """The sentences of the selected events, with the partner's (or else the participants') mentions as matches."""
    events = corpus.events
    keep = pd.Series(True, index=events.index)
    if partner:
        keep &= events["partner_codes"].map(lambda v: partner in split_codes(v)).astype(bool)
    if scope:
        keep &= (events["scope"].astype("string") == scope).fillna(False)
    if status:
        keep &= (events["status"].astype("string") == status).fillna(False)
    events = events[keep.astype(bool)]
    dates = events["date"] if basis == "event" else _published(corpus, events["article_id"])
    events = events[_in_period(dates, year, quarter)]
    if events.empty:
        return _empty_hits()
    dates = (events["date"] if basis == "event" else _published(corpus, events["article_id"])).reset_index(drop=True)
    events = events.reset_index(drop=True)
    partner_of = corpus.actors.set_index("actor_id")["partner_code"].astype("string").to_dict()
    mentions = corpus.mentions
    sentences = corpus.sentences.set_index(["article_id", "sentence_id"])
    rows = []
    for event, date in zip(events.itertuples(index=False), dates):
        wanted = {partner} if partner else set(split_codes(event.participants))
        in_sentence = mentions[(mentions["article_id"] == event.article_id) & (mentions["sentence_id"] == event.sentence_id)]
        if partner:
            # astype(bool): a mask mapped over an empty frame has object dtype and would select columns instead.
            spans = in_sentence[in_sentence["actor_id"].map(lambda a: a == partner or partner_of.get(a) == partner).astype(bool)]
        else:
            spans = in_sentence[in_sentence["actor_id"].isin(wanted)]
        if len(spans):
            for span in spans.itertuples(index=False):
                rows.append((event.article_id, event.sentence_id, span.start, span.end, date, "event"))
        elif (event.article_id, event.sentence_id) in sentences.index:
            # No mention in the evidence sentence: show the whole sentence as the match.
            s = sentences.loc[(event.article_id, event.sentence_id)]
            rows.append((event.article_id, event.sentence_id, s["start"], s["end"], date, "event"))
    return pd.DataFrame(rows, columns=HIT_COLUMNS) if rows else _empty_hits()


def span_hits(corpus: Any, actor: str | None = None, programme: str | None = None, person: str | None = None,
              theme: str | None = None) -> list[pd.DataFrame]:
    """The spans of each given selector: actor mentions, programme mentions, people, theme cues (one frame per selector)."""
    found = []
    if actor:
        m = corpus.mentions
        want = _fold(actor)
        keep = (m["actor_id"].map(_fold) == want) | (m["actor_name"].map(_fold) == want) | (m["text"].map(_fold) == want)
        m = m[keep.astype(bool)]
        found.append(_hits(m, _published(corpus, m["article_id"]), "actor"))
    if programme:
        p = corpus.programmes
        want = _fold(programme)
        keep = (p["programme_id"].map(_fold) == want) | (p["programme_name"].map(_fold) == want) | (p["text"].map(_fold) == want)
        p = p[keep.astype(bool)]
        found.append(_hits(p, _published(corpus, p["article_id"]), "programme"))
    if person:
        p = corpus.people
        want = _fold(person)
        p = p[p["name"].map(lambda n: want in _fold(n)).astype(bool)]
        found.append(_hits(p, _published(corpus, p["article_id"]), "person"))
    if theme:
        found.append(theme_hits(corpus, theme))
    return found


def theme_hits(corpus: Any, theme: str) -> pd.DataFrame:
    """The theme's cues in the sentences of the articles tagged with it, found by the library's own cue matcher."""
    from .s4_match import match_theme_cues

    tagged = set(corpus.themes.loc[corpus.themes["theme"].astype("string") == theme, "article_id"].astype(str))
    sentences = corpus.sentences[corpus.sentences["article_id"].isin(sorted(tagged))]
    rows = []
    for s in sentences.itertuples(index=False):
        for span in match_theme_cues(str(s.text), corpus.vocabulary):
            if span.entry_id == theme:
                rows.append((s.article_id, s.sentence_id, s.start + span.start, s.start + span.end))
    frame = pd.DataFrame(rows, columns=["article_id", "sentence_id", "start", "end"])
    return _hits(frame, _published(corpus, frame["article_id"]), "theme") if rows else _empty_hits()


def _shorten(text: str, width: int | None, side: str) -> str:
    if width is None or len(text) <= width:
        return text
    return ELLIPSIS + text[-width:] if side == "left" else text[:width] + ELLIPSIS


def kwic(sentences: pd.DataFrame, hits: pd.DataFrame, width: int | None = 60) -> pd.DataFrame:
    """Hits (body offsets) -> keyword in context: the sentence split around each match, sorted by date, article, position."""
    if hits.empty:
        return pd.DataFrame({c: pd.Series(dtype="datetime64[ns]" if c == "date" else "string") for c in KWIC_COLUMNS})
    index = sentences.set_index(["article_id", "sentence_id"])
    rows = []
    for hit in hits.drop_duplicates(["article_id", "sentence_id", "start", "end"]).itertuples(index=False):
        key = (hit.article_id, hit.sentence_id)
        if key not in index.index:
            continue
        s = index.loc[key]
        text, offset = str(s["text"]), int(s["start"])
        a, b = max(0, int(hit.start) - offset), min(len(text), int(hit.end) - offset)
        rows.append({"article_id": hit.article_id, "date": hit.date, "sentence_id": int(hit.sentence_id),
                     "left": _shorten(text[:a], width, "left"), "match": text[a:b],
                     "right": _shorten(text[b:], width, "right"), "via": hit.via, "_start": a})
    out = pd.DataFrame(rows, columns=KWIC_COLUMNS + ["_start"])
    out["date"] = pd.to_datetime(out["date"]).astype("datetime64[ns]")
    out = out.sort_values(["date", "article_id", "sentence_id", "_start", "via"], kind="mergesort", na_position="last")
    return out[KWIC_COLUMNS].reset_index(drop=True)


def evidence(corpus: Any, partner: str | None = None, year: int | None = None, theme: str | None = None,
             actor: str | None = None, programme: str | None = None, person: str | None = None,
             scope: str | None = None, status: str | None = None, quarter: int | None = None,
             basis: str = "event", width: int | None = 60, limit: int | None = None) -> pd.DataFrame:
    """Keyword-in-context rows behind a chart cell, e.g. evidence(corpus, partner="BEL", year=2023)."""
    if basis not in ("event", "published"):
        raise ValueError("basis is 'event' or 'published'")
    groups = []
    by_event = bool(partner or scope or status) or not (theme or actor or programme or person)
    if by_event:
        groups.append(event_hits(corpus, partner, scope, status, year, quarter, basis))
    spans = span_hits(corpus, actor, programme, person, theme)
    if not by_event:
        # Without an event selector the period applies to the articles' publication dates.
        spans = [h[_in_period(pd.to_datetime(h["date"]), year, quarter)] for h in spans]
    groups += spans
    articles = None
    for h in groups:
        ids = set(h["article_id"].astype(str))
        articles = ids if articles is None else articles & ids
    hits = pd.concat([h[h["article_id"].astype(str).isin(sorted(articles or set()))] for h in groups]) \
        if groups and any(len(h) for h in groups) else _empty_hits()
    out = kwic(corpus.sentences, hits, width)
    return out.head(limit).reset_index(drop=True) if limit else out
