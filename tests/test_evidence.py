"""evidence() returns the sentence around each matched span, filtered by partner, period, theme, actor, programme or person."""
from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from analysis.evidence import evidence, kwic
from analysis.vocabulary import load_vocabulary

S0 = "BNPT menerima kunjungan CUTA Belgia di Sentul."
S1 = "Program deradikalisasi dibahas oleh Boy Rafli Amar."
S2 = "BNPT bertemu UNOCT di New York."


def corpus(vocabulary=None):
    sentences = pd.DataFrame({"article_id": ["a1", "a1", "a2"], "sentence_id": [0, 1, 0],
                              "start": [0, len(S0) + 1, 0], "end": [len(S0), len(S0) + 1 + len(S1), len(S2)],
                              "text": [S0, S1, S2]})
    off1 = len(S0) + 1

    def at(text, sentence, start=0):
        return text.index(sentence) + start

    mentions = pd.DataFrame([
        ("a1", 0, 0, 4, "BNPT", "BNPT", "National Counter Terrorism Agency"),
        ("a1", 0, S0.index("CUTA"), S0.index("CUTA") + 4, "CUTA", "BEL-CUTA", "Coordination Unit for Threat Analysis"),
        ("a1", 0, S0.index("Belgia"), S0.index("Belgia") + 6, "Belgia", "BEL", "Belgium"),
        ("a2", 0, 0, 4, "BNPT", "BNPT", "National Counter Terrorism Agency"),
        ("a2", 0, S2.index("UNOCT"), S2.index("UNOCT") + 5, "UNOCT", "UNOCT", "UN Office of Counter-Terrorism"),
    ], columns=["article_id", "sentence_id", "start", "end", "text", "actor_id", "actor_name"])
    actors = pd.DataFrame({"actor_id": ["BNPT", "BEL-CUTA", "BEL", "UNOCT"], "partner_code": ["", "BEL", "BEL", "UN"]})
    events = pd.DataFrame({"article_id": ["a1", "a2"], "event_id": ["a1#e1", "a2#e1"],
                           "date": pd.to_datetime(["2023-10-17", "2022-09-09"]), "status": ["held", "planned"],
                           "participants": ["BEL;BEL-CUTA;BNPT", "BNPT;UNOCT"], "partner_codes": ["BEL", "UN"],
                           "scope": ["bilateral", "bilateral"], "sentence_id": [0, 0]})
    people = pd.DataFrame({"article_id": ["a1"], "sentence_id": [1], "start": [off1 + S1.index("Boy")],
                           "end": [off1 + len(S1) - 1], "name": ["Boy Rafli Amar"]})
    programmes = pd.DataFrame({"article_id": ["a1"], "sentence_id": [1], "start": [off1],
                               "end": [off1 + len("Program deradikalisasi")], "text": ["Program deradikalisasi"],
                               "programme_id": ["deradicalisation-programme"], "programme_name": ["Deradicalisation programme"]})
    themes = pd.DataFrame({"article_id": ["a1"], "theme": ["deradicalisation"]})
    articles = pd.DataFrame({"article_id": ["a1", "a2"], "published": pd.to_datetime(["2023-10-18", "2022-09-11"])})
    return SimpleNamespace(articles=articles, sentences=sentences, mentions=mentions, actors=actors, events=events,
                           people=people, programmes=programmes, themes=themes, vocabulary=vocabulary)


def test_partner_and_year_give_the_partner_spans_in_the_event_sentence():
    table = evidence(corpus(), partner="BEL", year=2023)
    assert table["match"].tolist() == ["CUTA", "Belgia"]
    assert table.loc[0, "left"] + table.loc[0, "match"] + table.loc[0, "right"] == S0
    assert table["date"].tolist() == [pd.Timestamp("2023-10-17")] * 2
    assert evidence(corpus(), partner="BEL", year=2022).empty


def test_event_status_and_publication_basis():
    assert evidence(corpus(), status="planned")["match"].tolist() == ["BNPT", "UNOCT"]
    table = evidence(corpus(), partner="UN", year=2022, quarter=3, basis="published")
    assert table["match"].tolist() == ["UNOCT"] and table.loc[0, "date"] == pd.Timestamp("2022-09-11")


def test_person_programme_actor_and_theme_selectors():
    c = corpus(load_vocabulary())  # theme cues come from the package's own vocabulary
    assert evidence(c, person="boy rafli")["match"].tolist() == ["Boy Rafli Amar"]
    assert evidence(c, programme="Deradicalisation programme")["match"].tolist() == ["Program deradikalisasi"]
    assert evidence(c, actor="Belgium")["article_id"].tolist() == ["a1"]
    theme = evidence(c, theme="deradicalisation")
    assert theme["match"].str.casefold().tolist() == ["deradikalisasi"] and theme.loc[0, "via"] == "theme"


def test_selectors_combine_by_article():
    assert evidence(corpus(), partner="UN", person="Boy Rafli Amar").empty
    both = evidence(corpus(), partner="BEL", person="Boy Rafli Amar")
    assert set(both["via"]) == {"event", "person"}


def test_kwic_shortens_long_context_with_an_ellipsis():
    sentences = pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "start": [10], "end": [40], "text": ["x" * 10 + "MATCH" + "y" * 15]})
    hits = pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "start": [20], "end": [25],
                         "date": [pd.Timestamp("2024-01-01")], "via": ["actor"]})
    row = kwic(sentences, hits, width=4).iloc[0]
    assert (row.left, row.match, row.right) == ("…xxxx", "MATCH", "yyyy…")


def test_an_empty_corpus_gives_an_empty_table():
    c = corpus()
    for name in ("people", "mentions", "programmes", "events"):
        setattr(c, name, getattr(c, name).iloc[0:0])
    for query in ({"person": "Boy"}, {"actor": "BNPT"}, {"programme": "x"}, {"partner": "BEL"}, {}):
        table = evidence(c, **query)
        assert table.empty and list(table.columns) == ["article_id", "date", "sentence_id", "left", "match", "right", "via"]
