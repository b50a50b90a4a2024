"""Summaries count a story once, spread coarse dates honestly and keep empty corpora working."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis import summaries as s


def articles(rows):
    frame = pd.DataFrame(rows, columns=["article_id", "language", "published", "published_precision", "duplicate_of"])
    frame["published"] = pd.to_datetime(frame["published"])
    frame["duplicate_of"] = frame["duplicate_of"].fillna("").astype("string")
    return frame


def events(rows):
    frame = pd.DataFrame(rows, columns=["article_id", "event_id", "date", "date_precision", "status", "participants",
                                        "partner_codes", "scope", "kind", "sentence_id"])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


ACTORS = pd.DataFrame([
    {"actor_id": "BNPT", "actor_name": "National Counter Terrorism Agency", "acronym": "BNPT", "actor_type": "government_agency", "country": "IDN", "partner_code": ""},
    {"actor_id": "IDN", "actor_name": "Indonesia", "acronym": "RI", "actor_type": "state", "country": "IDN", "partner_code": ""},
    {"actor_id": "BEL", "actor_name": "Belgium", "acronym": "", "actor_type": "state", "country": "BEL", "partner_code": "BEL"},
    {"actor_id": "BEL-CUTA", "actor_name": "Coordination Unit for Threat Analysis", "acronym": "CUTA", "actor_type": "foreign_government_agency", "country": "BEL", "partner_code": "BEL"},
    {"actor_id": "UN", "actor_name": "United Nations", "acronym": "UN", "actor_type": "international_organisation", "country": "", "partner_code": "UN"},
    {"actor_id": "KEMENSOS", "actor_name": "Ministry of Social Affairs", "acronym": "", "actor_type": "ministry", "country": "IDN", "partner_code": ""},
])

ARTICLES = articles([
    ("a1", "id", "2023-10-18", "day", ""),
    ("a2", "id", "2023-10-19", "day", "a1"),          # word-for-word copy of a1
    ("a3", "en", "2023-10-20", "day", ""),            # English report of the same visit
    ("a4", "id", "2024-01-01", "year", ""),
])
EVENTS = events([
    ("a1", "a1#e1", "2023-10-17", "day", "held", "BEL;BEL-CUTA;BNPT;IDN", "BEL", "bilateral", "visit", 0),
    ("a1", "a1#e2", "2023-10-17", "day", "held", "BEL;BNPT", "BEL", "bilateral", "visit", 3),   # same visit, another sentence
    ("a2", "a2#e1", "2023-10-17", "day", "held", "BEL;BEL-CUTA;BNPT;IDN", "BEL", "bilateral", "visit", 0),
    ("a3", "a3#e1", "2023-10-17", "day", "held", "BEL-CUTA;BNPT", "BEL", "bilateral", "visit", 0),
    ("a4", "a4#e1", "2024-01-01", "year", "held", "BNPT;UN", "UN", "multilateral", "forum", 1),
    ("a4", "a4#e2", "2024-06-01", "month", "planned", "BNPT;KEMENSOS", "", "domestic", "meeting", 2),
])


def test_split_codes_sorts_and_drops_blanks():
    assert s.split_codes("UN; BEL;;") == ["BEL", "UN"]
    assert s.split_codes(pd.NA) == [] and s.split_codes("") == []


def test_story_table_groups_copies_and_same_event_reports():
    stories = s.story_table(ARTICLES, EVENTS).set_index("article_id")
    assert stories.loc["a2", "story_id"] == "a1" and stories.loc["a2", "grouping"] == "copy"
    assert stories.loc["a3", "story_id"] == "a1" and stories.loc["a3", "grouping"] == "same_event"
    assert stories.loc["a4", "story_id"] == "a4" and stories.loc["a1", "grouping"] == "original"
    counts = s.grouping_counts(s.story_table(ARTICLES, EVENTS)).iloc[0]
    assert (counts.articles, counts.stories, counts.copies_grouped, counts.same_event_grouped) == (4, 2, 1, 1)


def test_same_day_same_partner_without_shared_actor_stays_apart():
    other = events([("a1", "a1#e1", "2023-10-17", "day", "held", "BEL;BNPT", "BEL", "bilateral", "visit", 0),
                    ("a3", "a3#e1", "2023-10-17", "day", "held", "BEL;KEMENSOS", "BEL", "bilateral", "visit", 0)])
    stories = s.story_table(ARTICLES, other).set_index("article_id")
    assert stories.loc["a3", "story_id"] == "a3"


def test_distinct_events_count_one_visit_once():
    distinct = s.distinct_events(EVENTS, ARTICLES)
    assert len(distinct) == 3
    assert sorted(distinct["story_id"]) == ["a1", "a4", "a4"]


def test_quarterly_counts_spread_a_year_only_date_and_keep_planned_apart():
    counts = s.events_over_time(EVENTS, ARTICLES, by="scope", freq="quarter", start_year=2023, end_year=2024)
    spread = counts[counts["group"] == "multilateral"]
    assert list(spread["period"]) == ["2024Q1", "2024Q2", "2024Q3", "2024Q4"]
    assert spread["n"].tolist() == [0.25] * 4 and not spread["exact"].any()
    planned = counts[counts["status"] == "planned"]
    assert planned[["period", "group", "n"]].values.tolist() == [["2024Q2", "domestic", 1.0]]
    assert bool(planned["exact"].iloc[0])
    table = s.period_table(counts, "quarter", 2023, 2024)
    assert len(table) == 8 and table["total"].sum() == pytest.approx(3.0)


def test_yearly_counts_by_publication_date_and_partner():
    counts = s.events_over_time(EVENTS, ARTICLES, by="partner", freq="year", basis="published")
    assert counts[["period", "group", "n"]].values.tolist() == [["2023", "BEL", 1.0], ["2024", "UN", 1.0]]
    assert counts["exact"].all()


def test_partner_ranking_counts_stories_and_types():
    ranking = s.partner_ranking(EVENTS, ARTICLES, ACTORS)
    bel = ranking.set_index("partner_code").loc["BEL"]
    assert (bel.n_events, bel.n_stories, bel.n_articles) == (1, 1, 3)
    assert bel.actor_types == "foreign_government_agency;state"
    assert ranking["partner_code"].tolist() == ["BEL", "UN"]


def test_counterparts_are_indonesian_agencies_not_the_state():
    table = s.counterparts(EVENTS, ARTICLES, ACTORS)
    assert table[["partner_code", "actor_id"]].values.tolist() == [["BEL", "BNPT"], ["UN", "BNPT"]]


def test_theme_matrices_count_stories_once():
    themes = pd.DataFrame({"article_id": ["a1", "a2", "a4"], "theme": ["education", "education", "victims"]})
    matrix = s.theme_by_year(themes, ARTICLES, 2022, 2024, stories=s.story_table(ARTICLES, EVENTS))
    assert matrix.loc["education"].tolist() == [0, 1, 0] and matrix.loc["victims", 2024] == 1
    per_partner = s.themes_per_partner(themes, EVENTS, ARTICLES)
    assert per_partner.loc["BEL", "education"] == 1 and per_partner.loc["UN", "victims"] == 1


def test_programmes_per_theme_counts_distinct_programmes():
    programmes = pd.DataFrame({"article_id": ["a1", "a2", "a4"], "programme_id": ["p1", "p1", "p2"],
                               "programme_name": ["Deradicalisation", "Deradicalisation", "Bali Work Plan"],
                               "themes": ["deradicalisation;education", "deradicalisation", "prevention"]})
    table = s.programmes_per_theme(programmes, ARTICLES).set_index("theme")
    assert table.loc["deradicalisation", "n_programmes"] == 1 and table.loc["deradicalisation", "n_stories"] == 1
    assert table.loc["prevention", "programmes"] == "Bali Work Plan"


def test_network_edges_leave_out_the_state_and_are_reproducible():
    edges = s.co_participation(EVENTS, ARTICLES)
    assert ("BNPT", "IDN") not in set(zip(edges["source"], edges["target"]))
    assert edges.set_index(["source", "target"]).loc[("BEL", "BNPT"), "n_events"] == 1
    nodes = s.network_nodes(edges, ACTORS, EVENTS, ARTICLES)
    assert nodes.set_index("actor_id").loc["BEL-CUTA", "label"] == "CUTA"
    graph = s.network_graph(edges, nodes)
    assert graph.number_of_edges() == len(edges) and graph["BEL"]["BNPT"]["weight"] == 1


def test_people_frequency_and_titles_over_time():
    people = pd.DataFrame({"article_id": ["a1", "a2", "a4", "a4"], "name": ["Boy Rafli Amar"] * 3 + ["Bart Thys"],
                           "title": ["Kepala BNPT", "Kepala BNPT", "", "Head of CUTA"], "actor_id": ["BNPT", "BNPT", "", "BEL-CUTA"]})
    top = s.people_frequency(people, ARTICLES, ACTORS)
    assert top["name"].tolist() == ["Boy Rafli Amar", "Bart Thys"]
    assert top.loc[0, "n_stories"] == 2 and top.loc[0, "titles"] == "Kepala BNPT" and top.loc[0, "organisations"] == "BNPT"
    years = s.people_over_time(people, ARTICLES, ACTORS)
    assert years[["name", "year", "title"]].values.tolist()[0] == ["Bart Thys", 2024, "Head of CUTA"]


def test_empty_corpus_gives_empty_tables_not_errors():
    no_events = EVENTS.iloc[0:0]
    assert s.events_over_time(no_events, ARTICLES, start_year=2022, end_year=2025).empty
    assert s.partner_ranking(no_events, ARTICLES, ACTORS).empty
    assert s.co_participation(no_events, ARTICLES).empty
    assert s.status_by_year(no_events, ARTICLES, 2022, 2023)["held"].tolist() == [0, 0]
    assert s.headline_ranking(s.partner_ranking(no_events, ARTICLES, ACTORS)).startswith("No foreign partner")
    assert s.period_table(s.events_over_time(no_events, ARTICLES), "year", 2022, 2023)["total"].tolist() == [0.0, 0.0]


def test_source_note_uses_the_data_date_not_the_clock(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    # The latest article is dated only to 2024: the note says 2024, not 1 January.
    assert "data as of 2024." in s.source_note(ARTICLES)
    assert s.data_date(ARTICLES.iloc[:3]) == "2023-10-20"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert s.data_date(ARTICLES) == "1970-01-01"


def test_partner_filter_on_no_events_is_quiet():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert s.filter_events(EVENTS.iloc[0:0], partners=["BEL"]).empty
