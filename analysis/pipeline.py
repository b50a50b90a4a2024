"""The per-article pipeline: one `SourceArticle` -> one `ArticleResult` of plain table rows, composing the stages in data-flow order.

`analyse_article` is a pure function of the article and the vocabulary, so
results can be cached by content hash and computed in any process, in any
order, and still assemble into identical tables.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .s1_read import SourceArticle
from .s2_clean import SITE_NAME, SITE_TLD, clean
from .s3_segment import abbreviations, sentence_of, split_sentences
from .s4_match import (Span, SpanIndex, article_themes, comparable, drop_actors_in_outlet_name,
                       drop_programmes_in_actor_names, drop_states_in_programmes, match_actors,
                       match_programmes, match_theme_cues, vocabulary_hits)
from .s4_people import find_people
from .s5_dates import resolve_dates
from .s5_events import extract_events
from .vocabulary import Vocabulary, compiled_for, fold

_OUTLET_IN_DATELINE = re.compile(rf"\(([^()]{{2,40}})\)|,\s*([\w.]+\.{SITE_TLD})\b", re.I)
# the owner is written in capitals ("© 2024 Jakarta Globe"), and "All rights reserved" is not part of it
_COPYRIGHT_OWNER = re.compile(r"(?:©|copyright|hak cipta)\s*(?:©\s*)?(?:\d{4}\s*)?(?-i:([A-Z][\w.&]*(?:\s+(?!All\b)[A-Z][\w.&]*)?))",
                              re.I)


@dataclass
class ArticleResult:
    """The rows one article contributes to each table (plain dicts, ready for pandas)."""

    article: dict
    sentences: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    programmes: list[dict] = field(default_factory=list)
    themes: list[dict] = field(default_factory=list)
    boilerplate: list[dict] = field(default_factory=list)
    discovered: list[dict] = field(default_factory=list)  # actors the vocabulary lacks


def analyse_article(source: SourceArticle, vocabulary: Vocabulary) -> ArticleResult:
    """Read -> clean -> segment -> match -> resolve dates -> rows, for one article."""
    article_id = source.article_id
    cleaned = clean(source.text, vocabulary, source.metadata.get("title", ""))
    body = cleaned.body
    sentences = split_sentences(body, abbreviations(vocabulary))
    starts = [s.start for s in sentences]

    def sid(offset: int) -> int:
        return sentence_of(sentences, starts, offset) if sentences else 0

    folded = comparable(body)
    hits = vocabulary_hits(body, vocabulary, folded)
    actors = match_actors(body, vocabulary, hits=hits)
    programmes = drop_programmes_in_actor_names(match_programmes(body, vocabulary, hits=hits), actors.spans)
    cues = match_theme_cues(body, vocabulary, hits=hits)
    outlet = source.metadata.get("outlet") or infer_outlet(cleaned.dateline, cleaned.date_evidence, vocabulary)
    actor_spans = drop_actors_in_outlet_name(drop_states_in_programmes(actors.spans, programmes, vocabulary), body,
                                             outlet)
    people = find_people(body, actor_spans, vocabulary, programmes + actors.names)
    published, dates = resolve_dates(source.metadata, cleaned, vocabulary)
    # the vocabulary's own dict when nothing was discovered (read only below): no copy of every actor per article
    all_actors = vocabulary.actors | actors.discovered if actors.discovered else vocabulary.actors
    events, published = extract_events(article_id, body, sentences, actor_spans, all_actors, dates, published, vocabulary,
                                       people_organisations=[p.actor_id for p in people if p.actor_id])

    cue_index = SpanIndex(cues)
    programme_themes = []
    programme_rows = []
    for span in programmes:
        entry = vocabulary.programmes.get(span.entry_id)
        if entry:
            themes = entry.themes
        else:  # a rule-found programme takes the themes its own words cue
            themes = tuple(sorted({c.entry_id for c in cue_index.overlapping(span.start, span.end)
                                   if span.start <= c.start and c.end <= span.end}))
        programme_themes += themes
        programme_rows.append({"article_id": article_id, "sentence_id": sid(span.start), "start": span.start,
                               "end": span.end, "text": span.text, "programme_id": span.entry_id,
                               "programme_name": entry.name if entry else span.text, "themes": ";".join(themes),
                               "origin": span.origin})
    # a cue that is a word of a person's name ("Kolonel Anak Agung Ngurah ...") names somebody, it treats no topic;
    # so does one in the name of a school, think tank or NGO ("Centre for ... Deradicalisation Studies"), whose
    # name is not the article's subject (an agency's may be its mission, "Forum Koordinasi Pencegahan Terorisme")
    names = SpanIndex([*(Span(p.start, p.end, "person", "", p.text) for p in people),
                       *(a for a in actor_spans if getattr(all_actors.get(a.entry_id), "actor_type", "")
                         == "civil_society")])
    theme_counts = article_themes([c for c in cues if not _inside_a_name(c, names)], ())

    result = ArticleResult(article={
        "article_id": article_id, "source": source.source, "title": cleaned.title,
        "outlet": outlet,
        "url": source.metadata.get("url") or _page_url(cleaned.page_fields),
        "language": source.metadata.get("language") or detect_language(body, vocabulary),
        "published": published.date, "published_precision": published.precision,
        "published_basis": published.basis, "n_chars": len(body), "n_sentences": len(sentences),
        "n_boilerplate_lines": cleaned.n_boilerplate_lines, "duplicate_of": "", "encoding": source.encoding,
    })
    result.sentences = [{"article_id": article_id, "sentence_id": s.sentence_id, "start": s.start, "end": s.end,
                         "text": body[s.start:s.end]} for s in sentences]
    for span in sorted([*actor_spans, *actors.states_inside], key=lambda s: (s.start, s.end)):
        actor = all_actors[span.entry_id]
        result.mentions.append({"article_id": article_id, "sentence_id": sid(span.start), "start": span.start,
                                "end": span.end, "text": span.text, "actor_id": actor.actor_id,
                                "actor_name": actor.name, "actor_type": actor.actor_type, "country": actor.country,
                                "origin": span.origin})
    result.people = [{"article_id": article_id, "sentence_id": sid(p.start), "start": p.start, "end": p.end,
                      "name": p.name, "title": p.title, "actor_id": p.actor_id, "text": p.text} for p in people]
    result.events = [{"article_id": article_id, "event_id": e.event_id, "date": e.date,
                      "date_precision": e.date_precision, "date_end": e.date_end, "status": e.status,
                      "kind": e.kind, "participants": ";".join(e.participants),
                      "partner_codes": ";".join(e.partner_codes), "scope": e.scope, "location": e.location,
                      "sentence_id": e.sentence_id, "evidence": e.evidence} for e in events]
    result.programmes = programme_rows
    result.themes = [{"article_id": article_id, "theme": theme, "n_mentions": n} for theme, n in theme_counts.items()]
    result.boilerplate = [{"article_id": article_id, "line_no": r.line_no, "rule_id": r.rule_id, "text": r.text}
                          for r in cleaned.removed]
    result.discovered = [actor_row(a) for a in actors.discovered.values()]
    return result


def _inside_a_name(cue: Span, names: SpanIndex) -> bool:
    """The cue lies within a longer name of an organisation or a person."""
    return any(n.start <= cue.start and cue.end <= n.end and n.end - n.start > cue.end - cue.start
               for n in names.overlapping(cue.start, cue.end))


def actor_row(actor) -> dict:
    return {"actor_id": actor.actor_id, "actor_name": actor.name, "name_id": actor.name_id,
            "acronym": actor.acronym, "actor_type": actor.actor_type, "country": actor.country,
            "parent_id": actor.parent_id, "partner_code": actor.partner_code,
            "in_vocabulary": actor.in_vocabulary}


def detect_language(body: str, vocabulary: Vocabulary) -> str:
    """'id' or 'en', by which language's function words are more frequent."""
    words = _LETTERS.findall(body[:4000].lower())
    markers = _language_markers(vocabulary)
    scores = {lang: sum(1 for w in words if w in markers[lang]) for lang in ("id", "en")}
    return "en" if scores["en"] > scores["id"] else "id"


_LETTERS = re.compile(r"[a-z]+")
def _compile_markers(vocabulary: Vocabulary) -> dict[str, frozenset[str]]:
    given = vocabulary.lexicon.get("language_markers", {})
    return {lang: frozenset(given.get(lang, ())) for lang in ("id", "en")}


def _language_markers(vocabulary: Vocabulary) -> dict[str, frozenset[str]]:
    """The function words of each language as sets, built once per vocabulary (not once per word)."""
    return compiled_for(vocabulary, _compile_markers)


def infer_outlet(dateline: str, evidence: tuple[str, ...], vocabulary: Vocabulary | None = None) -> str:
    """The outlet named in the dateline ("Jakarta (ANTARA) -", "JAKARTA, KOMPAS.com -"), a site name or a copyright owner."""
    if dateline:
        for match in _OUTLET_IN_DATELINE.finditer(dateline):
            name = (match.group(1) or match.group(2)).strip()
            if not (vocabulary and _is_state(name, vocabulary)):  # "Denpasar (Indonesia), 14 June -" names a place
                return name
        domain = SITE_NAME.search(dateline)
        if domain:
            return domain.group(1)
    for line in evidence:
        domain = SITE_NAME.search(line)
        if domain and len(line) < 60:
            return domain.group(1)
    for line in evidence:
        owner = _COPYRIGHT_OWNER.search(line)
        if owner:
            return owner.group(1).strip().rstrip(".")
    return ""


def _page_url(fields: dict[str, str]) -> str:
    url = fields.get("url") or fields.get("link") or fields.get("permalink") or ""
    return url if url.startswith(("http://", "https://", "www.")) else ""


def _is_state(name: str, vocabulary: Vocabulary) -> bool:
    found = vocabulary.forms.get(fold(name))
    return bool(found and found[0] == "actor" and vocabulary.actors[found[1]].actor_type == "state")
