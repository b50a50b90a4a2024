"""The aggregations the notebooks chart: pure functions from the corpus tables to small, deterministically sorted DataFrames, counting a syndicated story once.

Counting rules, shared by every function here:

* A *story* is a group of articles that tell the same thing: word-for-word
  copies (`articles.duplicate_of`, filled by s6_tables) and, on top of that,
  reports of the same event (translations, rewrites): articles that report an
  event on the same day, with the same non-empty set of partners, and share at
  least one participating actor besides Indonesia and the partners themselves.
  Its `story_id` is the article_id of its earliest-published article.
* A *distinct event* is one act of cooperation of one story: the rows of
  `events` that share story, date, date precision, status, partners and scope
  count once (several sentences and several copies report the same meeting).
* A date known only to a coarser period than the bin being counted (a
  year-only date in a quarterly chart) is *spread* evenly over the bins of
  that period and flagged `exact=False`, so charts can draw it apart.
"""
from __future__ import annotations

import os
from collections import Counter, defaultdict
from typing import Iterable, Sequence

import networkx as nx
import pandas as pd

SEP = ";"
DOMESTIC = "domestic"
SCOPES = ("domestic", "bilateral", "multilateral")
STATUSES = ("held", "planned")
FREQS = ("quarter", "year")
BASES = ("event", "published")
HOME = "IDN"
PRECISION_RANK = {"day": 0, "month": 1, "quarter": 2, "year": 3}

PERIOD_COLUMNS = ["period", "group", "status", "exact", "n"]


# --------------------------------------------------------------------------- small helpers


def split_codes(value: object) -> list[str]:
    """'BEL;UN' -> ['BEL', 'UN']; empty, NA and whitespace give []."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return []
    return sorted({part.strip() for part in str(value).replace(",", SEP).split(SEP) if part.strip()})


def _text(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


def _year_window(frame: pd.DataFrame, column: str, start_year: int | None, end_year: int | None) -> pd.DataFrame:
    years = frame[column].dt.year
    keep = pd.Series(True, index=frame.index)
    if start_year is not None:
        keep &= years >= start_year
    if end_year is not None:
        keep &= years <= end_year
    return frame[keep.fillna(False).astype(bool)]


def year_range(start_year: int | None, end_year: int | None, years: Iterable[int] = ()) -> list[int]:
    """Every year of the study window (or of the data where the window is open), so empty years still show."""
    seen = [int(y) for y in years if pd.notna(y)]
    lo = start_year if start_year is not None else (min(seen) if seen else None)
    hi = end_year if end_year is not None else (max(seen) if seen else None)
    if lo is None or hi is None or hi < lo:
        return []
    return list(range(int(lo), int(hi) + 1))


def period_labels(freq: str, start_year: int | None, end_year: int | None, years: Iterable[int] = ()) -> list[str]:
    """All bin labels of the window in order: '2023' for years, '2023Q1' for quarters."""
    span = year_range(start_year, end_year, years)
    if freq == "year":
        return [str(y) for y in span]
    return [f"{y}Q{q}" for y in span for q in range(1, 5)]


# --------------------------------------------------------------------------- stories


def _copy_root(article_id: str, duplicate_of: dict[str, str]) -> str:
    seen = {article_id}
    current = article_id
    # Follow the chain; s6 points at the earliest copy, but a chain or a loop must not hang us.
    while duplicate_of.get(current) and duplicate_of[current] not in seen:
        current = duplicate_of[current]
        seen.add(current)
    return current


def story_table(articles: pd.DataFrame, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per article: its `story_id` and how it joined the story (`original`, `copy`, `same_event`)."""
    columns = ["article_id", "story_id", "grouping", "language", "published"]
    if articles.empty:
        return pd.DataFrame({c: pd.Series(dtype="string") for c in columns[:4]} | {"published": pd.Series(dtype="datetime64[ns]")})[columns]
    ids = [str(a) for a in articles["article_id"]]
    duplicate_of = {str(a): _text(d) for a, d in zip(articles["article_id"], articles.get("duplicate_of", [""] * len(ids)))}
    published = dict(zip(ids, articles["published"]))
    root = {a: _copy_root(a, duplicate_of) for a in ids}

    # Union-find over copy groups, joined where two groups report the same event.
    parent = {r: r for r in set(root.values())}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if events is not None and not events.empty:
        by_key: dict[tuple, list[tuple[str, set[str]]]] = defaultdict(list)
        day = events[(events["date_precision"].astype("string") == "day") & events["date"].notna()]
        for row in day.itertuples(index=False):
            partners = tuple(split_codes(row.partner_codes))
            if not partners or str(row.article_id) not in root:
                continue
            actors = set(split_codes(row.participants)) - set(partners) - {HOME}
            by_key[(pd.Timestamp(row.date).date(), partners)].append((root[str(row.article_id)], actors))
        for reports in by_key.values():
            for i, (a, actors_a) in enumerate(reports):
                for b, actors_b in reports[i + 1:]:
                    if a != b and actors_a & actors_b:
                        parent[find(a)] = find(b)

    groups: dict[str, list[str]] = defaultdict(list)
    for a in ids:
        groups[find(root[a])].append(a)
    # The earliest-published article names the story (undated last, then by id), as s6 does for copies.
    order = {a: (pd.isna(published[a]), published[a] if pd.notna(published[a]) else pd.Timestamp(0), a) for a in ids}
    story = {}
    for members in groups.values():
        head = min(members, key=lambda a: order[a])
        for a in members:
            story[a] = head
    rows = []
    for a, lang in zip(ids, articles["language"].astype("string").fillna("")):
        grouping = "original" if story[a] == a else ("copy" if root[a] != a else "same_event")
        rows.append({"article_id": a, "story_id": story[a], "grouping": grouping, "language": lang, "published": published[a]})
    out = pd.DataFrame(rows, columns=columns)
    out["published"] = pd.to_datetime(out["published"]).astype("datetime64[ns]")
    return out.sort_values("article_id", kind="mergesort").reset_index(drop=True)


def grouping_counts(stories: pd.DataFrame) -> pd.DataFrame:
    """One row: articles, stories, and how many articles were folded into another story as copies or same-event reports."""
    counts = Counter(stories["grouping"]) if len(stories) else Counter()
    return pd.DataFrame([{
        "articles": len(stories),
        "stories": int(stories["story_id"].nunique()) if len(stories) else 0,
        "copies_grouped": counts.get("copy", 0),
        "same_event_grouped": counts.get("same_event", 0),
    }])


def describe_grouping(stories: pd.DataFrame) -> str:
    """A sentence for the notebooks: how many syndicated copies and same-event reports were grouped."""
    row = grouping_counts(stories).iloc[0]
    return (f"{row.articles} article{'' if row.articles == 1 else 's'} form{'s' if row.articles == 1 else ''} "
            f"{row.stories} stor{'y' if row.stories == 1 else 'ies'}: {row.copies_grouped} word-for-word "
            f"cop{'y' if row.copies_grouped == 1 else 'ies'} and {row.same_event_grouped} same-event "
            f"report{'' if row.same_event_grouped == 1 else 's'} (translations, rewrites) were grouped "
            "and are counted once.")


# --------------------------------------------------------------------------- events


EVENT_COLUMNS = ["story_id", "article_id", "event_id", "date", "date_precision", "status", "scope", "partner_codes",
                 "participants", "kind", "published", "published_precision", "sentence_id"]


def distinct_events(events: pd.DataFrame, articles: pd.DataFrame, stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """Events with their story and publication date, one row per distinct event (see the module docstring)."""
    stories = story_table(articles, events) if stories is None else stories
    if events.empty:
        empty = pd.DataFrame({c: pd.Series(dtype="string") for c in EVENT_COLUMNS})
        for c in ("date", "published"):
            empty[c] = empty[c].astype("datetime64[ns]")
        return empty
    frame = events.merge(stories[["article_id", "story_id"]], on="article_id", how="left")
    frame["story_id"] = frame["story_id"].fillna(frame["article_id"])
    meta = articles[["article_id", "published", "published_precision"]]
    frame = frame.merge(meta, on="article_id", how="left")
    frame["partner_codes"] = frame["partner_codes"].map(lambda v: SEP.join(split_codes(v)))
    frame["_order"] = frame["published"].isna()
    frame = frame.sort_values(["story_id", "_order", "published", "article_id", "event_id"], kind="mergesort",
                              na_position="last")
    key = ["story_id", "date", "date_precision", "status", "partner_codes", "scope"]
    key_frame = frame[key].astype("string").fillna("")
    frame = frame[~key_frame.duplicated()]
    return frame[EVENT_COLUMNS].sort_values(["date", "story_id", "event_id"], kind="mergesort",
                                            na_position="last").reset_index(drop=True)


def filter_events(events: pd.DataFrame, partners: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
                  status: str | None = None) -> pd.DataFrame:
    """Keep events with any of `partners` (codes), any of `scopes`, and the given status; None keeps all."""
    keep = pd.Series(True, index=events.index)
    if partners:
        wanted = set(partners)
        keep &= events["partner_codes"].map(lambda v: bool(wanted & set(split_codes(v)))).astype(bool)
    if scopes:
        keep &= events["scope"].astype("string").isin(list(scopes)).fillna(False)
    if status:
        keep &= (events["status"].astype("string") == status).fillna(False)
    return events[keep.astype(bool)]


def _bins(stamp: pd.Timestamp, precision: str, freq: str) -> list[str]:
    """The bins a date falls in: one where its precision is fine enough, else every bin of its period."""
    if freq == "year":
        return [str(stamp.year)]
    if PRECISION_RANK.get(precision, 0) <= PRECISION_RANK["quarter"]:
        return [f"{stamp.year}Q{(stamp.month - 1) // 3 + 1}"]
    return [f"{stamp.year}Q{q}" for q in range(1, 5)]


def period_counts(frame: pd.DataFrame, date_column: str, precision_column: str, group_column: str, freq: str = "quarter",
                  start_year: int | None = None, end_year: int | None = None) -> pd.DataFrame:
    """Rows -> long counts per (period, group, status, exact); coarse dates spread, undated rows left out."""
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {FREQS}, not {freq!r}")
    dated = _year_window(frame[frame[date_column].notna()], date_column, start_year, end_year)
    tally: dict[tuple, float] = defaultdict(float)
    for stamp, precision, group, status in zip(dated[date_column], dated[precision_column].astype("string").fillna("day"),
                                               dated[group_column].astype("string").fillna(""),
                                               dated["status"].astype("string").fillna("held")):
        bins = _bins(pd.Timestamp(stamp), str(precision), freq)
        for label in bins:
            tally[(label, str(group), str(status), len(bins) == 1)] += 1.0 / len(bins)
    rows = [dict(zip(PERIOD_COLUMNS, key + (round(n, 6),))) for key, n in tally.items()]
    out = pd.DataFrame(rows, columns=PERIOD_COLUMNS)
    out["n"] = out["n"].astype(float)
    out["exact"] = out["exact"].astype(bool)
    return out.sort_values(["period", "group", "status", "exact"], kind="mergesort").reset_index(drop=True)


def events_over_time(events: pd.DataFrame, articles: pd.DataFrame, by: str = "partner", freq: str = "quarter",
                     basis: str = "event", start_year: int | None = None, end_year: int | None = None,
                     partners: Sequence[str] | None = None, stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """Distinct events per period, by partner (one row per partner of the event) or by scope, dated by event or by publication.

    Columns: period, group, status, exact (False where a coarse date was spread), n.
    Domestic events carry no partner and are left out of `by="partner"`.
    """
    if by not in ("partner", "scope") or basis not in BASES:
        raise ValueError("by is 'partner' or 'scope'; basis is 'event' or 'published'")
    frame = filter_events(distinct_events(events, articles, stories), partners=partners)
    if basis == "event":
        frame = frame.assign(_date=frame["date"], _precision=frame["date_precision"].astype("string"))
    else:
        frame = frame.assign(_date=frame["published"], _precision=frame["published_precision"].astype("string"))
    if by == "partner":
        frame = frame.assign(group=frame["partner_codes"].map(split_codes)).explode("group")
        frame = frame[frame["group"].notna() & (frame["group"] != "")]
        if partners:
            frame = frame[frame["group"].isin(list(partners))]
    else:
        frame = frame.assign(group=frame["scope"].astype("string").fillna(""))
    return period_counts(frame, "_date", "_precision", "group", freq, start_year, end_year)


def undated_events(events: pd.DataFrame, articles: pd.DataFrame, basis: str = "event",
                   stories: pd.DataFrame | None = None) -> int:
    """How many distinct events the time charts cannot place (no date on the chosen basis)."""
    frame = distinct_events(events, articles, stories)
    return int(frame["date" if basis == "event" else "published"].isna().sum())


def period_table(counts: pd.DataFrame, freq: str = "quarter", start_year: int | None = None,
                 end_year: int | None = None, groups: Sequence[str] | None = None) -> pd.DataFrame:
    """Long counts -> the wide table shown beside a chart: one row per period of the window, one column per group, plus total."""
    years = [int(p[:4]) for p in counts["period"]] if len(counts) else []
    labels = period_labels(freq, start_year, end_year, years)
    columns = list(groups) if groups is not None else sorted(counts["group"].unique()) if len(counts) else []
    wide = counts.pivot_table(index="period", columns="group", values="n", aggfunc="sum", fill_value=0.0) \
        if len(counts) else pd.DataFrame()
    wide = wide.reindex(index=labels, columns=columns, fill_value=0.0).fillna(0.0)
    wide.index.name = "period"
    wide.columns.name = None
    wide["total"] = wide.sum(axis=1)
    return wide.round(2)


def status_by_year(events: pd.DataFrame, articles: pd.DataFrame, start_year: int | None = None,
                   end_year: int | None = None, stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """Distinct events per year of their date, held beside planned: columns year, held, planned."""
    frame = distinct_events(events, articles, stories)
    frame = _year_window(frame[frame["date"].notna()], "date", start_year, end_year)
    years = year_range(start_year, end_year, frame["date"].dt.year)
    table = pd.crosstab(frame["date"].dt.year, frame["status"].astype("string")) if len(frame) else pd.DataFrame()
    table = table.reindex(index=years, columns=list(STATUSES), fill_value=0).fillna(0).astype(int)
    table.index.name = "year"
    table.columns.name = None
    return table.reset_index()


# --------------------------------------------------------------------------- partners


def partner_names(actors: pd.DataFrame, families: dict[str, str] | None = None) -> dict[str, str]:
    """Partner code -> a readable name: the state's or organisation family's actor name, else the family name."""
    names = dict(families or {})
    for row in actors.itertuples(index=False):
        if _text(row.partner_code) and str(row.actor_id) == str(row.partner_code):
            names[str(row.actor_id)] = str(row.actor_name)
    return names


RANKING_COLUMNS = ["partner_code", "partner_name", "actor_types", "n_events", "n_stories", "n_articles"]


def partner_ranking(events: pd.DataFrame, articles: pd.DataFrame, actors: pd.DataFrame,
                    families: dict[str, str] | None = None, start_year: int | None = None,
                    end_year: int | None = None, stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """Partners ranked by distinct events, then by stories: with the actor types through which each partner took part.

    n_stories counts a syndicated story once; n_articles counts every copy (to show what grouping saved).
    Undated events count when no window is set; with a window only events dated inside it count.
    """
    stories = story_table(articles, events) if stories is None else stories
    frame = distinct_events(events, articles, stories)
    if start_year is not None or end_year is not None:
        frame = _year_window(frame[frame["date"].notna()], "date", start_year, end_year)
    types = actors.set_index("actor_id")["actor_type"].astype("string").to_dict()
    partner_of = actors.set_index("actor_id")["partner_code"].astype("string").to_dict()
    copies = stories.groupby("story_id")["article_id"].apply(list).to_dict()
    tally: dict[str, dict] = {}
    for row in frame.itertuples(index=False):
        for code in split_codes(row.partner_codes):
            entry = tally.setdefault(code, {"events": 0, "stories": set(), "types": set()})
            entry["events"] += 1
            entry["stories"].add(row.story_id)
            entry["types"] |= {types[a] for a in split_codes(row.participants)
                               if partner_of.get(a) == code and _text(types.get(a))}
    names = partner_names(actors, families)
    rows = [{"partner_code": code, "partner_name": names.get(code, code),
             "actor_types": SEP.join(sorted(entry["types"])), "n_events": entry["events"],
             "n_stories": len(entry["stories"]),
             "n_articles": sum(len(copies.get(s, [s])) for s in entry["stories"])}
            for code, entry in tally.items()]
    out = pd.DataFrame(rows, columns=RANKING_COLUMNS)
    for c in ("n_events", "n_stories", "n_articles"):
        out[c] = out[c].astype(int)
    return out.sort_values(["n_events", "n_stories", "partner_code"], ascending=[False, False, True],
                           kind="mergesort").reset_index(drop=True)


COUNTERPART_COLUMNS = ["partner_code", "actor_id", "actor_name", "actor_type", "n_events", "label"]


def counterparts(events: pd.DataFrame, articles: pd.DataFrame, actors: pd.DataFrame,
                 stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """The Indonesian agencies (not the state itself) that take part in each partner's distinct events."""
    frame = distinct_events(events, articles, stories)
    info = actors.set_index("actor_id")
    tally: Counter = Counter()
    for row in frame.itertuples(index=False):
        for code in split_codes(row.partner_codes):
            for actor in split_codes(row.participants):
                if actor not in info.index or actor == HOME:
                    continue
                # Indonesian actors are the ones that are nobody's partner (discovered ones have no country yet).
                if _text(info.at[actor, "partner_code"]) or _text(info.at[actor, "actor_type"]) == "state":
                    continue
                tally[(code, actor)] += 1
    rows = [{"partner_code": code, "actor_id": actor, "actor_name": str(info.at[actor, "actor_name"]),
             "actor_type": _text(info.at[actor, "actor_type"]), "n_events": n,
             "label": actor_label({"actor_id": actor, **info.loc[actor].to_dict()})} for (code, actor), n in tally.items()]
    out = pd.DataFrame(rows, columns=COUNTERPART_COLUMNS)
    out["n_events"] = out["n_events"].astype(int)
    return out.sort_values(["partner_code", "n_events", "actor_id"], ascending=[True, False, True],
                           kind="mergesort").reset_index(drop=True)


# --------------------------------------------------------------------------- themes and programmes


def theme_by_year(themes: pd.DataFrame, articles: pd.DataFrame, start_year: int | None = None,
                  end_year: int | None = None, stories: pd.DataFrame | None = None,
                  all_themes: Sequence[str] = ()) -> pd.DataFrame:
    """Stories per theme and publication year (a theme x year matrix, zeros kept): index theme, columns years."""
    stories = story_table(articles) if stories is None else stories
    frame = themes.merge(stories[["article_id", "story_id", "published"]], on="article_id", how="inner")
    frame = _year_window(frame[frame["published"].notna()], "published", start_year, end_year)
    frame = frame.assign(year=frame["published"].dt.year, theme=frame["theme"].astype("string"))
    frame = frame.drop_duplicates(["story_id", "theme"])
    years = year_range(start_year, end_year, frame["year"])
    order = list(all_themes) or sorted(frame["theme"].unique())
    table = pd.crosstab(frame["theme"], frame["year"]) if len(frame) else pd.DataFrame()
    table = table.reindex(index=order, columns=years, fill_value=0).fillna(0).astype(int)
    table.index.name = "theme"
    table.columns = [int(c) for c in table.columns]
    table.columns.name = "year"
    return table


PROGRAMME_THEME_COLUMNS = ["theme", "n_programmes", "n_stories", "programmes"]


def programmes_per_theme(programmes: pd.DataFrame, articles: pd.DataFrame,
                         stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """Distinct programmes tagged with each theme, the stories mentioning them, and their names."""
    stories = story_table(articles) if stories is None else stories
    frame = programmes.merge(stories[["article_id", "story_id"]], on="article_id", how="left")
    frame = frame.assign(theme=frame["themes"].map(split_codes)).explode("theme")
    frame = frame[frame["theme"].notna() & (frame["theme"] != "")]
    rows = []
    for theme, group in frame.groupby("theme", sort=True):
        names = sorted({_text(n) or _text(i) for n, i in zip(group["programme_name"], group["programme_id"])})
        rows.append({"theme": theme, "n_programmes": group["programme_id"].nunique(),
                     "n_stories": group["story_id"].nunique(), "programmes": SEP.join(names)})
    out = pd.DataFrame(rows, columns=PROGRAMME_THEME_COLUMNS)
    for c in ("n_programmes", "n_stories"):
        out[c] = out[c].astype(int)
    return out.sort_values(["n_programmes", "n_stories", "theme"], ascending=[False, False, True],
                           kind="mergesort").reset_index(drop=True)


def themes_per_partner(themes: pd.DataFrame, events: pd.DataFrame, articles: pd.DataFrame,
                       stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """Stories per partner and theme (a partner x theme matrix): the themes of stories that report the partner's events."""
    stories = story_table(articles, events) if stories is None else stories
    frame = distinct_events(events, articles, stories)
    pairs = {(s, code) for s, codes in zip(frame["story_id"], frame["partner_codes"]) for code in split_codes(codes)}
    story_themes = themes.merge(stories[["article_id", "story_id"]], on="article_id", how="inner")
    by_story: dict[str, set[str]] = defaultdict(set)
    for s, t in zip(story_themes["story_id"], story_themes["theme"].astype("string")):
        by_story[s].add(str(t))
    tally: Counter = Counter()
    for s, code in pairs:
        for t in by_story.get(s, ()):
            tally[(code, t)] += 1
    if not tally:
        return pd.DataFrame(dtype=int, index=pd.Index([], name="partner_code"))
    long = pd.DataFrame([{"partner_code": c, "theme": t, "n": n} for (c, t), n in tally.items()])
    table = long.pivot_table(index="partner_code", columns="theme", values="n", aggfunc="sum", fill_value=0)
    table = table.sort_index().reindex(columns=sorted(table.columns)).astype(int)
    table.columns.name = "theme"
    return table


# --------------------------------------------------------------------------- network


EDGE_COLUMNS = ["source", "target", "n_events"]
NODE_COLUMNS = ["actor_id", "label", "actor_type", "partner_code", "n_events"]


def co_participation(events: pd.DataFrame, articles: pd.DataFrame, stories: pd.DataFrame | None = None,
                     exclude: Iterable[str] = (HOME,)) -> pd.DataFrame:
    """Actor pairs that take part in the same distinct event, with how many events they share.

    The Indonesian state is left out by default: it is a participant of nearly every event and would make every actor its neighbour.
    """
    frame = distinct_events(events, articles, stories)
    skip = set(exclude)
    tally: Counter = Counter()
    for value in frame["participants"]:
        actors = [a for a in split_codes(value) if a not in skip]
        for i, a in enumerate(actors):
            for b in actors[i + 1:]:
                tally[(a, b)] += 1
    out = pd.DataFrame([{"source": a, "target": b, "n_events": n} for (a, b), n in tally.items()], columns=EDGE_COLUMNS)
    out["n_events"] = out["n_events"].astype(int)
    return out.sort_values(["n_events", "source", "target"], ascending=[False, True, True],
                           kind="mergesort").reset_index(drop=True)


def actor_label(row: dict) -> str:
    """The shortest readable name: acronym, else the English name (discovered actors carry only a name)."""
    acronym = _text(row.get("acronym")).split(SEP)[0].strip()
    return acronym or _text(row.get("actor_name")) or _text(row.get("actor_id"))


def network_nodes(edges: pd.DataFrame, actors: pd.DataFrame, events: pd.DataFrame, articles: pd.DataFrame,
                  stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """The actors of the co-participation edges, with a label, type, partner code and their number of distinct events."""
    ids = sorted(set(edges["source"]) | set(edges["target"]))
    frame = distinct_events(events, articles, stories)
    n = Counter(a for value in frame["participants"] for a in split_codes(value))
    info = {str(r["actor_id"]): r for r in actors.to_dict("records")}
    rows = [{"actor_id": a, "label": actor_label(info.get(a, {"actor_id": a})),
             "actor_type": _text(info.get(a, {}).get("actor_type")),
             "partner_code": _text(info.get(a, {}).get("partner_code")), "n_events": n.get(a, 0)} for a in ids]
    out = pd.DataFrame(rows, columns=NODE_COLUMNS)
    out["n_events"] = out["n_events"].astype(int)
    return out.sort_values(["n_events", "actor_id"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def network_graph(edges: pd.DataFrame, nodes: pd.DataFrame) -> nx.Graph:
    """A networkx graph built in sorted order, so layouts with a fixed seed are reproducible."""
    graph = nx.Graph()
    for row in nodes.sort_values("actor_id").to_dict("records"):
        graph.add_node(row["actor_id"], **row)
    for row in edges.sort_values(["source", "target"]).itertuples(index=False):
        graph.add_edge(row.source, row.target, weight=int(row.n_events))
    return graph


# --------------------------------------------------------------------------- people


PEOPLE_COLUMNS = ["name", "n_stories", "n_mentions", "titles", "organisations", "first_year", "last_year"]


def _people_frame(people: pd.DataFrame, articles: pd.DataFrame, actors: pd.DataFrame,
                  stories: pd.DataFrame | None) -> pd.DataFrame:
    stories = story_table(articles) if stories is None else stories
    frame = people.merge(stories[["article_id", "story_id", "published"]], on="article_id", how="left")
    names = actors.set_index("actor_id")["actor_name"].astype("string").to_dict()
    acronyms = actors.set_index("actor_id")["acronym"].astype("string").to_dict()
    frame["organisation"] = frame["actor_id"].map(
        lambda a: (_text(acronyms.get(a)).split(SEP)[0] or _text(names.get(a)) or _text(a)) if _text(a) else "")
    frame["title"] = frame["title"].astype("string").fillna("").str.strip()
    return frame


def _ranked(values: Iterable[str]) -> list[str]:
    counts = Counter(v for v in values if v)
    return [v for v, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def people_frequency(people: pd.DataFrame, articles: pd.DataFrame, actors: pd.DataFrame, top: int | None = 15,
                     stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """The people who appear in most stories, with their titles and organisations (most frequent first) and the years seen."""
    frame = _people_frame(people, articles, actors, stories)
    rows = []
    for name, group in frame.groupby("name", sort=True):
        years = group["published"].dropna().dt.year
        rows.append({"name": name, "n_stories": group["story_id"].nunique(), "n_mentions": len(group),
                     "titles": SEP.join(_ranked(group["title"])), "organisations": SEP.join(_ranked(group["organisation"])),
                     "first_year": int(years.min()) if len(years) else pd.NA,
                     "last_year": int(years.max()) if len(years) else pd.NA})
    out = pd.DataFrame(rows, columns=PEOPLE_COLUMNS)
    for c in ("n_stories", "n_mentions"):
        out[c] = out[c].astype(int)
    for c in ("first_year", "last_year"):
        out[c] = out[c].astype("Int64")
    out = out.sort_values(["n_stories", "n_mentions", "name"], ascending=[False, False, True], kind="mergesort")
    return out.head(top).reset_index(drop=True) if top else out.reset_index(drop=True)


PEOPLE_YEAR_COLUMNS = ["name", "year", "title", "organisation", "n_stories"]


def people_over_time(people: pd.DataFrame, articles: pd.DataFrame, actors: pd.DataFrame,
                     names: Sequence[str] | None = None, stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per person and publication year: the title and organisation the text gives most often that year, and the stories."""
    frame = _people_frame(people, articles, actors, stories)
    frame = frame[frame["published"].notna()]
    if names is not None:
        frame = frame[frame["name"].isin(list(names))]
    rows = []
    for (name, year), group in frame.groupby([frame["name"], frame["published"].dt.year], sort=True):
        titles, orgs = _ranked(group["title"]), _ranked(group["organisation"])
        rows.append({"name": name, "year": int(year), "title": titles[0] if titles else "",
                     "organisation": orgs[0] if orgs else "", "n_stories": group["story_id"].nunique()})
    out = pd.DataFrame(rows, columns=PEOPLE_YEAR_COLUMNS)
    for c in ("year", "n_stories"):
        out[c] = out[c].astype(int)
    return out.sort_values(["name", "year"], kind="mergesort").reset_index(drop=True)


# --------------------------------------------------------------------------- corpus overview


def articles_per_year(articles: pd.DataFrame, stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """Articles per publication year, language and date precision, with the stories they form; undated as year 'undated'."""
    stories = story_table(articles) if stories is None else stories
    frame = articles.merge(stories[["article_id", "story_id"]], on="article_id", how="left")
    frame = frame.assign(year=frame["published"].dt.year.astype("Int64").astype("string").fillna("undated"),
                         language=frame["language"].astype("string").fillna(""),
                         precision=frame["published_precision"].astype("string").fillna("none"))
    out = frame.groupby(["year", "language", "precision"], sort=True).agg(
        n_articles=("article_id", "size"), n_stories=("story_id", "nunique")).reset_index()
    return out.sort_values(["year", "language", "precision"], kind="mergesort").reset_index(drop=True)


def corpus_facts(articles: pd.DataFrame, events: pd.DataFrame, stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """The corpus in one two-column table (what, value) for the top of every notebook."""
    stories = story_table(articles, events) if stories is None else stories
    distinct = distinct_events(events, articles, stories)
    counts = grouping_counts(stories).iloc[0]
    rows = [
        ("articles", len(articles)),
        ("stories (copies and same-event reports grouped)", int(counts.stories)),
        ("word-for-word copies grouped", int(counts.copies_grouped)),
        ("same-event reports grouped", int(counts.same_event_grouped)),
        ("articles without a publication date", int(articles["published"].isna().sum())),
        ("first publication date", _at_precision(articles, "first")),
        ("last publication date", _at_precision(articles, "last")),
        ("event rows", len(events)),
        ("distinct events", len(distinct)),
        ("distinct events without a date", int(distinct["date"].isna().sum())),
        ("partners", len({c for v in distinct["partner_codes"] for c in split_codes(v)})),
    ]
    return pd.DataFrame(rows, columns=["what", "value"]).astype({"value": "string"})


def _at_precision(articles: pd.DataFrame, which: str) -> str:
    """The first or last publication date written at its precision ('2025' for a year-only date), '' when none."""
    dated = articles[articles["published"].notna()].sort_values("published", kind="mergesort")
    if dated.empty:
        return ""
    row = dated.iloc[0 if which == "first" else -1]
    precision = str(row.get("published_precision", "day"))
    return row["published"].strftime({"year": "%Y", "month": "%Y-%m"}.get(precision, "%Y-%m-%d"))


def data_date(articles: pd.DataFrame) -> str:
    """The build date of the data, deterministic: SOURCE_DATE_EPOCH when set, else the latest publication date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return pd.Timestamp(int(epoch), unit="s").date().isoformat()
    # A date known only to the year is stored as its first day; show it at its precision, not as 1 January.
    return _at_precision(articles, "last") or "undated"


def source_note(articles: pd.DataFrame, stories: pd.DataFrame | None = None, extra: str = "") -> str:
    """The line under every chart: corpus size, grouping, and the data's date (never the wall clock)."""
    row = grouping_counts(story_table(articles) if stories is None else stories).iloc[0]
    date = data_date(articles)
    when = f"data as of {date}" if date != "undated" else "no publication dates known"
    note = (f"Source: {row.articles} news article{'' if row.articles == 1 else 's'} "
            f"({row.stories} stor{'y' if row.stories == 1 else 'ies'} after grouping copies); {when}.")
    return f"{note} {extra}".strip()


# --------------------------------------------------------------------------- headlines (titles that state the finding)


def _name(code: str, names: dict[str, str] | None) -> str:
    return (names or {}).get(code, code)


def headline_ranking(ranking: pd.DataFrame, names: dict[str, str] | None = None) -> str:
    """'Belgium is the most frequent partner (3 events in 2 stories)', or why there is none."""
    if ranking.empty:
        return "No foreign partner takes part in any event of this corpus"
    top = ranking.iloc[0]
    tied = ranking[ranking["n_events"] == top["n_events"]]
    if len(tied) > 1:
        who = " and ".join(_name(c, names) for c in tied["partner_code"][:3])
        return f"{who} tie as the most frequent partners ({top['n_events']} events each)"
    return (f"{_name(top['partner_code'], names)} is the most frequent partner "
            f"({top['n_events']} event{'s' if top['n_events'] != 1 else ''} in {top['n_stories']} "
            f"stor{'ies' if top['n_stories'] != 1 else 'y'})")


def headline_periods(counts: pd.DataFrame, what: str = "events") -> str:
    """The total and the busiest period of a long count table, or why there is none."""
    if counts.empty:
        return f"No dated {what} in the study window"
    per = counts.groupby("period")["n"].sum().sort_index()
    best = per.max()
    peaks = [p for p, v in per.items() if v == best]
    unit = "quarter" if "Q" in peaks[0] else "year"
    where = peaks[0] if len(peaks) == 1 else f"{peaks[0]} and {len(peaks) - 1} other {unit}{'s' if len(peaks) > 2 else ''}"
    return f"{per.sum():g} {what} in the window; the busiest {unit}: {where} ({best:g})"


def headline_matrix(table: pd.DataFrame, row_name: str, column_name: str, unit: str = "stories", joiner: str = "with") -> str:
    """The largest cell of a count matrix as a finding ('Most stories: deradicalisation in 2022 (2)'), or why there is none."""
    if table.empty or table.to_numpy().sum() == 0:
        return f"No {row_name}/{column_name} pairs in this corpus"
    stacked = table.stack()
    best = stacked.max()
    cells = sorted((str(r), str(c)) for (r, c), v in stacked.items() if v == best)
    r, c = cells[0]
    more = f", tied with {len(cells) - 1} other pair{'s' if len(cells) > 2 else ''}" if len(cells) > 1 else ""
    return f"Most {unit}: {r} {joiner} {c} ({best}){more}"


# --------------------------------------------------------------------------- picking a cell to show evidence for


def top_cell(counts: pd.DataFrame) -> dict:
    """The group and year with the most counted events in a long count table ({} when empty): a default evidence query."""
    if counts.empty:
        return {}
    per = counts.assign(year=counts["period"].str[:4].astype(int)).groupby(["group", "year"])["n"].sum()
    best = per.max()
    group, year = sorted(k for k, v in per.items() if v == best)[0]
    return {"group": str(group), "year": int(year)}


def top_matrix_cell(table: pd.DataFrame) -> dict:
    """Row and column of the largest cell of a count matrix ({} when empty or all zero)."""
    if table.empty or table.to_numpy().sum() == 0:
        return {}
    stacked = table.stack()
    best = stacked.max()
    row, column = sorted((r, c) for (r, c), v in stacked.items() if v == best)[0]
    return {"row": row, "column": column}


def counterpart_matrix(counterparts_table: pd.DataFrame, names: dict[str, str] | None = None) -> pd.DataFrame:
    """Counterparts long -> a partner x Indonesian agency matrix of shared events (rows partner names, columns labels)."""
    if counterparts_table.empty:
        return pd.DataFrame()
    frame = counterparts_table.assign(partner=counterparts_table["partner_code"].map(lambda c: (names or {}).get(c, c)),
                                      agency=counterparts_table["label"])
    table = frame.pivot_table(index="partner", columns="agency", values="n_events", aggfunc="sum", fill_value=0)
    table = table.sort_index().reindex(columns=sorted(table.columns)).astype(int)
    table.columns.name = "Indonesian agency"
    return table
