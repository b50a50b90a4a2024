"""`python -m analysis build`: options, outputs, exit codes."""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import engine
from analysis.cli import main
from analysis.s6_tables import TABLES

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_engine import make_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("cli-corpus"), n=9)


def test_build_writes_every_table_as_csv(corpus, tmp_path, capsys):
    out = tmp_path / "tables"
    assert main(["build", str(corpus), "--out", str(out), "--no-cache"]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.csv" for name in (*TABLES, "warnings"))
    articles = pd.read_csv(out / "articles.csv")
    assert len(articles) == articles["article_id"].nunique() > 9
    err = capsys.readouterr().err
    assert "skipped: c/empty.txt" in err and "analysed, 0 from cache" in err


def test_parallel_and_serial_builds_write_identical_files(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "CHUNK_SIZE", 3)
    for name in ("serial", "processes"):
        assert main(["build", str(corpus), "--out", str(tmp_path / name), "--engine", name, "--workers", "2",
                     "--no-cache"]) == 0
    for table in TABLES:
        assert (tmp_path / "serial" / f"{table}.csv").read_bytes() == (tmp_path / "processes" / f"{table}.csv").read_bytes()


def test_parquet_format(corpus, tmp_path):
    assert main(["build", str(corpus), "--out", str(tmp_path), "--format", "parquet", "--no-cache"]) == 0
    assert pd.read_parquet(tmp_path / "mentions.parquet").columns[0] == "article_id"


def test_cache_option_reuses_results(corpus, tmp_path, capsys):
    cache = tmp_path / "cache"
    assert main(["build", str(corpus), "--out", str(tmp_path / "a"), "--cache", str(cache)]) == 0
    first = capsys.readouterr().err
    assert main(["build", str(corpus), "--out", str(tmp_path / "b"), "--cache", str(cache)]) == 0
    second = capsys.readouterr().err
    assert " 0 from cache" in first and "(0 analysed" in second
    assert any(cache.rglob("*.pkl"))
    for table in TABLES:
        assert (tmp_path / "a" / f"{table}.csv").read_bytes() == (tmp_path / "b" / f"{table}.csv").read_bytes()


def test_strict_fails_on_skipped_inputs(corpus, tmp_path):
    assert main(["build", str(corpus), "--out", str(tmp_path), "--no-cache", "--strict"]) == 1


@pytest.mark.parametrize("args", [["--scheduler", "tcp://127.0.0.1:1"], ["--workers", "0"]])
def test_bad_option_combinations(corpus, tmp_path, args, capsys):
    assert main(["build", str(corpus), "--out", str(tmp_path), *args]) == 2
    assert "error:" in capsys.readouterr().err


def test_missing_corpus(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"), "--no-cache"]) == 2
    assert "no such corpus" in capsys.readouterr().err


def test_cache_and_no_cache_exclude_each_other(tmp_path):
    with pytest.raises(SystemExit):
        main(["build", "corpus", "--out", str(tmp_path), "--cache", str(tmp_path), "--no-cache"])


@pytest.mark.parametrize("engine_name", ["serial", "processes"])
def test_streamed_csv_is_byte_identical_to_the_dataframe_tables(corpus, tmp_path, monkeypatch, engine_name):
    """The CLI writes CSV from the workers' blocks (build_csv); the files are those of write_tables(build(...)),
    with repeated ids dropped, copies marked, ids in another order than their paths, and small chunks."""
    from analysis.corpus import build, build_csv, write_tables

    monkeypatch.setattr(engine, "CHUNK_SIZE", 4)
    write_tables(build([corpus], engine="serial", cache=False, progress=False), tmp_path / "frames", "csv")
    written = build_csv([corpus], tmp_path / "streamed", engine=engine_name, workers=2, cache=False, progress=False)
    frames = pd.read_csv(tmp_path / "frames" / "articles.csv", keep_default_na=False)
    assert written.n_articles == len(frames) and (frames["duplicate_of"] != "").any()
    assert list(frames["article_id"]) == sorted(frames["article_id"])
    names = sorted(p.name for p in (tmp_path / "frames").iterdir())
    assert sorted(p.name for p in (tmp_path / "streamed").iterdir()) == names  # no part files left behind
    for name in names:
        assert (tmp_path / "streamed" / name).read_bytes() == (tmp_path / "frames" / name).read_bytes(), name
