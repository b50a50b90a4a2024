"""The content-hash cache: keys cover everything an article's analysis reads, namespaces follow the vocabulary and code, entries survive only whole."""
from __future__ import annotations

import os
from dataclasses import replace

import pytest

import analysis.cache as cache_module
from analysis.cache import Cache, article_key
from analysis.s1_read import SourceArticle

ARTICLE = SourceArticle("tirta-2024", "tirta/2024.txt", "Jakarta - Delegasi Tirtapolis berkunjung ke BNPT.",
                        {"outlet": "Warta Tirta"}, "utf-8")


@pytest.mark.parametrize("changed", [
    {"text": ARTICLE.text + " "},
    {"source": "elsewhere.txt"},
    {"article_id": "tirta-2025"},
    {"metadata": {"outlet": "Other"}},
    {"metadata": {}},
    {"encoding": "cp1252"},
])
def test_article_key_changes_with_anything_the_analysis_reads(changed):
    assert article_key(replace(ARTICLE, **changed)) != article_key(ARTICLE)


def test_article_key_ignores_what_the_analysis_does_not_read():
    assert article_key(replace(ARTICLE, metadata=dict(ARTICLE.metadata), where="rows.jsonl line 3")) == article_key(ARTICLE)
    # fields are length-prefixed: moving text across a field boundary gives another key
    assert article_key(replace(ARTICLE, article_id="ab", source="c")) != article_key(replace(ARTICLE, article_id="a", source="bc"))


def test_cache_namespace_follows_vocabulary_and_code(tmp_path, vocabulary, monkeypatch):
    base = Cache.open(tmp_path, vocabulary)

    class Other:
        fingerprint = "0123456789abcdef"

    assert Cache.open(tmp_path, Other()).namespace != base.namespace
    monkeypatch.setattr(cache_module, "code_hash", lambda: "another-version")
    assert Cache.open(tmp_path, vocabulary).namespace != base.namespace

    class Unknown:
        fingerprint = ""

    assert Cache.open(tmp_path, Unknown()) is None  # a vocabulary without fingerprint is never cached


def test_entries_round_trip_and_a_damaged_entry_is_a_miss(tmp_path, vocabulary):
    cache = Cache.open(tmp_path, vocabulary)
    key = article_key(ARTICLE)
    assert cache.get(key) is None
    cache.put(key, {"rows": [1, 2, 3]})
    assert cache.get(key) == {"rows": [1, 2, 3]}
    assert not list(cache.folder.rglob("*.tmp"))  # written aside and renamed into place
    cache._path(key).write_bytes(b"not a pickle")
    assert cache.get(key) is None
    cache.put(key, "rewritten")
    assert cache.get(key) == "rewritten"


def test_prune_keeps_the_recent_namespaces(tmp_path, vocabulary):
    for i in range(5):
        folder = tmp_path / f"{i:016d}"
        folder.mkdir()
        os.utime(folder, (1000 + i, 1000 + i))
    current = Cache.open(tmp_path, vocabulary)
    removed = current.prune(keep=3)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert current.namespace in left and len(left) == 3
    assert sorted(removed) == [f"{i:016d}" for i in range(3)]
