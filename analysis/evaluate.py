"""Score a corpus's tables against a gold YAML (the format of shared/gold/seeds.yaml): `evaluate(corpus, gold)` -> precision, recall, F1, tp, fp, fn per field, with the same matching rules as the project's score.py.

The gold file's header documents the matching: names match by alias lists
after case-folding, removing dots and collapsing punctuation; partners and
themes are sets of codes; events match one-to-one, greedily, on the date at the
gold's precision (one day of tolerance) and a shared partner where the gold
names any. Only articles the gold file lists are scored; an article missing
from the tables counts all its gold items as missed.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd
import yaml

from .paths import PROJECT_ROOT

FIELDS = ("actors", "partners", "people", "programmes", "themes", "events")
SCORE_COLUMNS = ["field", "precision", "recall", "f1", "tp", "fp", "fn"]
DETAIL_COLUMNS = ["article_id", "field", "kind", "item"]
BUNDLED_GOLD = PROJECT_ROOT / "gold" / "corpus.yaml"
TABLE_NAMES = ("articles", "mentions", "people", "events", "programmes", "themes")


# --------------------------------------------------------------------------- inputs


def load_gold(gold: str | os.PathLike | Mapping | None = None) -> dict:
    """A gold file (path, default the bundled corpus's) or an already-parsed mapping -> {article_id: annotations}."""
    if isinstance(gold, Mapping):
        return {str(k): v for k, v in gold.items()}
    path = Path(gold) if gold is not None else BUNDLED_GOLD
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): v or {} for k, v in data.items()}


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Typed table -> the strings score.py reads from CSV: ISO dates, '' for missing values."""
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].dt.strftime("%Y-%m-%d")
    out = out.astype(object)
    return out.where(out.notna(), "").astype(str)


def _read_folder(folder: Path, name: str) -> pd.DataFrame:
    for suffix in (".parquet", ".csv"):
        path = folder / f"{name}{suffix}"
        if path.exists():
            frame = pd.read_parquet(path) if suffix == ".parquet" else pd.read_csv(path, dtype=str, keep_default_na=False)
            return _as_text(frame)
    raise FileNotFoundError(f"no {name}.csv or {name}.parquet in {folder}")


def tables_of(source: Any) -> dict[str, pd.DataFrame]:
    """A Corpus, a dict of DataFrames or a folder written by `python -m analysis build` -> the six scored tables as text."""
    if isinstance(source, (str, os.PathLike)):
        return {name: _read_folder(Path(source), name) for name in TABLE_NAMES}
    tables = source.tables if hasattr(source, "tables") else source
    return {name: _as_text(tables[name]) for name in TABLE_NAMES}


# --------------------------------------------------------------------------- matching (same semantics as score.py)


def norm(text: object) -> str:
    """Case-fold, drop dots, turn other punctuation into spaces (keeping '/'), collapse whitespace."""
    text = str(text).casefold().replace(".", "")
    return " ".join(re.sub(r"[^\w/]+", " ", text).split())


def parse_date(value: object) -> tuple[dt.date, str] | None:
    """'2024-05-03' -> (date, 'day'); '2024-05' -> month; '2024' -> year; '' or None -> None."""
    if value is None or value == "" or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (dt.date, pd.Timestamp)):
        return (pd.Timestamp(value).date(), "day")
    text = str(value).strip()[:10]
    for fmt, precision in (("%Y-%m-%d", "day"), ("%Y-%m", "month"), ("%Y", "year")):
        try:
            return (dt.datetime.strptime(text, fmt).date(), precision)
        except ValueError:
            pass
    return None


def dates_agree(gold: tuple | None, system: tuple | None, tolerance_days: int = 0) -> bool:
    """A gold date is met by a system date that agrees at the gold's precision (a day-precision gold needs a day answer)."""
    if gold is None or system is None:
        return False
    (g, gp), (s, sp) = gold, system
    if gp == "day":
        return sp == "day" and abs((s - g).days) <= tolerance_days
    if gp == "month":
        return (s.year, s.month) == (g.year, g.month) and sp in ("day", "month")
    return s.year == g.year


def aliases(entries: Iterable | None) -> list[set[str]]:
    """Gold entries (a name or a list of aliases each) -> one set of normalised aliases per entry."""
    return [{norm(a) for a in ([e] if isinstance(e, str) else e)} for e in entries or []]


def codes(value: object) -> set[str]:
    return {c.strip().upper() for c in re.split(r"[;,|]", str(value)) if c.strip()}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def scores(self) -> dict:
        # An empty denominator scores 1.0: nothing asked and nothing answered is not an error.
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def match_named(system: dict[str, set[str]], gold: list[set[str]], optional: list[set[str]]):
    """system: key -> its strings. Returns (tp, fp, fn, missed, extra): a gold entry is found when any alias matches."""
    found = [False] * len(gold)
    extra = []
    for key, strings in system.items():
        hits = [i for i, g in enumerate(gold) if strings & g]
        for i in hits:
            found[i] = True
        if not hits and not any(strings & o for o in optional):
            extra.append(key)
    missed = [sorted(g)[0] for g, ok in zip(gold, found) if not ok]
    return sum(found), len(extra), len(missed), missed, extra


def grouped(frame: pd.DataFrame, article: str, key: str, columns: list[str]) -> dict[str, set[str]]:
    """One article's rows grouped by `key` -> the normalised strings of `columns` per group."""
    rows = frame[frame["article_id"] == article]
    out: dict[str, set[str]] = {}
    for row in rows.to_dict("records"):
        k = str(row.get(key, "")) or str(row.get(columns[0], ""))
        out.setdefault(k, set()).update(norm(row[c]) for c in columns if c in row and str(row[c]).strip())
    return out


def _match_events(sys_events: list[tuple], gold_events: list[dict], used: set[int]) -> list[dict]:
    """Greedy one-to-one: each gold event takes the first unused system event that agrees; returns the missed ones."""
    missed = []
    for ge in gold_events:
        gdate = parse_date(ge.get("date"))
        gpart = {c.upper() for c in ge.get("partners") or []}
        for i, (sdate, spart, _) in enumerate(sys_events):
            if i in used or (gdate is not None and not dates_agree(gdate, sdate, 1)):
                continue
            if gpart and not gpart & spart:
                continue
            used.add(i)
            break
        else:
            missed.append(ge)
    return missed


# --------------------------------------------------------------------------- scoring


def score(source: Any, gold: str | os.PathLike | Mapping | None = None) -> dict:
    """Everything score.py reports: per-field tallies, publication-date accuracy, boilerplate leaks, per-article details."""
    gold = load_gold(gold)
    t = tables_of(source)
    articles, mentions, people, events, programmes, themes = (t[n] for n in TABLE_NAMES)
    tallies = {f: Tally() for f in FIELDS}
    published_ok = published_scored = 0
    leaks: list[str] = []
    details: list[tuple[str, str, str, str]] = []
    known = set(articles["article_id"].astype(str))
    for article, g in gold.items():
        g = g or {}
        if article not in known:
            details.append((article, "article", "error", "missing from the articles table"))
        row = articles[articles["article_id"].astype(str) == article]
        system_pub = None
        if len(row):
            r = row.iloc[0]
            system_pub = parse_date(r.get("published", ""))
            precision = str(r.get("published_precision", "") or "")
            if system_pub and precision in ("day", "month", "year"):
                system_pub = (system_pub[0], precision)
        gold_pub = parse_date(g.get("published"))
        if gold_pub is not None:  # a body with no date cue leaves nothing to score
            published_scored += 1
            ok = dates_agree(gold_pub, system_pub, int(g.get("published_tolerance_days", 0) or 0))
            published_ok += ok
            if not ok:
                shown = f"{system_pub[0].isoformat()} ({system_pub[1]})" if system_pub else "none"
                details.append((article, "published", "wrong", f"gold {g.get('published')}, system {shown}"))

        def named(field: str, system: dict[str, set[str]], optional_key: str, bad_key: str, leak_label: str) -> None:
            tp, fp, fn, missed, extra = match_named(system, aliases(g.get(field)), aliases(g.get(optional_key)))
            tallies[field].add(tp, fp, fn)
            bad = aliases(g.get(bad_key))
            leaks.extend(f"{article}: {leak_label}{k}" for k, s in system.items() if any(s & b for b in bad))
            details.extend((article, field, "missed", m) for m in missed)
            details.extend((article, field, "extra", e) for e in extra)

        named("actors", grouped(mentions, article, "actor_id", ["actor_id", "actor_name", "text"]),
              "optional_actors", "not_actors", "")
        found = set()
        for value in events.loc[events["article_id"] == article, "partner_codes"]:
            found |= codes(value)
        want = {c.upper() for c in g.get("partners") or []}
        maybe = {c.upper() for c in g.get("optional_partners") or []}
        extra = found - want - maybe
        tallies["partners"].add(len(found & want), len(extra), len(want - found))
        details.extend((article, "partners", "missed", c) for c in sorted(want - found))
        details.extend((article, "partners", "extra", c) for c in sorted(extra))
        named("people", grouped(people, article, "name", ["name"]), "optional_people", "not_people", "person ")
        named("programmes", grouped(programmes, article, "programme_id", ["programme_id", "programme_name", "text"]),
              "optional_programmes", "not_programmes", "programme ")
        got = set(themes.loc[themes["article_id"] == article, "theme"].astype(str))
        want = set(g.get("themes") or [])
        extra = got - want - set(g.get("optional_themes") or [])
        tallies["themes"].add(len(got & want), len(extra), len(want - got))
        details.extend((article, "themes", "missed", x) for x in sorted(want - got))
        details.extend((article, "themes", "extra", x) for x in sorted(extra))

        sys_events = []
        for e in events[events["article_id"] == article].to_dict("records"):
            date = parse_date(e.get("date", ""))
            if date and str(e.get("date_precision", "")) in ("day", "month", "year"):
                date = (date[0], str(e["date_precision"]))
            sys_events.append((date, codes(e.get("partner_codes", "")), str(e.get("date", "")) or "(undated)"))
        used: set[int] = set()
        missed = _match_events(sys_events, g.get("events") or [], used)
        _match_events(sys_events, g.get("optional_events") or [], used)
        required = len(g.get("events") or [])
        fp_events = [sys_events[i][2] for i in range(len(sys_events)) if i not in used]
        tallies["events"].add(required - len(missed), len(fp_events), len(missed))
        details.extend((article, "events", "missed", str(e.get("date"))) for e in missed)
        details.extend((article, "events", "extra", x) for x in fp_events)
    return {
        "fields": {f: tallies[f].scores() for f in FIELDS},
        "published_accuracy": round(published_ok / published_scored, 3) if published_scored else 1.0,
        "published_scored": published_scored,
        "boilerplate_leaks": leaks,
        "articles_scored": len(gold),
        "details": details,
    }


def evaluate(source: Any, gold: str | os.PathLike | Mapping | None = None) -> pd.DataFrame:
    """Precision, recall, F1, tp, fp, fn per field (rows in score.py's order) for a Corpus, dict of tables or tables folder."""
    result = score(source, gold)
    rows = [{"field": f, **result["fields"][f]} for f in FIELDS]
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


def evaluate_summary(source: Any, gold: str | os.PathLike | Mapping | None = None) -> pd.DataFrame:
    """The other numbers score.py prints, as a (what, value) table: articles scored, publication-date accuracy, leaks."""
    result = score(source, gold)
    rows = [("articles scored", str(result["articles_scored"])),
            ("published accuracy", f"{result['published_accuracy']:.3f}"),
            ("dated articles scored", str(result["published_scored"])),
            ("boilerplate leaks", str(len(result["boilerplate_leaks"])))]
    return pd.DataFrame(rows, columns=["what", "value"])


def evaluate_details(source: Any, gold: str | os.PathLike | Mapping | None = None) -> pd.DataFrame:
    """What each article missed or added, one row per item, sorted (article, field, kind, item)."""
    rows = score(source, gold)["details"]
    out = pd.DataFrame(rows, columns=DETAIL_COLUMNS)
    return out.sort_values(DETAIL_COLUMNS, kind="mergesort").reset_index(drop=True)


def gold_coverage(source: Any, gold: str | os.PathLike | Mapping | None = None) -> int:
    """How many of the gold file's articles the corpus has (0: the gold annotates another corpus)."""
    known = set(tables_of(source)["articles"]["article_id"].astype(str))
    return len(set(load_gold(gold)) & known)


def headline_scores(scores: pd.DataFrame) -> str:
    """A title stating the finding: the weakest and the strongest field by F1."""
    if scores.empty:
        return "No gold annotations cover this corpus"
    ordered = scores.sort_values(["f1", "field"], kind="mergesort")
    low, high = ordered.iloc[0], ordered.iloc[-1]
    if low.f1 == high.f1:
        return f"Extraction F1 is {low.f1:.2f} in every field"
    return f"Extraction F1 runs from {low.f1:.2f} ({low.field}) to {high.f1:.2f} ({high.field})"
