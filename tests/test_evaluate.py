"""evaluate() scores tables against a gold mapping with the matching rules of the gold format."""
from __future__ import annotations

import pandas as pd
import pytest
import yaml

from analysis.evaluate import BUNDLED_GOLD, dates_agree, evaluate, evaluate_details, evaluate_summary, gold_coverage, norm, parse_date

GOLD = {
    "a1": {
        "published": "2023-10-18", "published_tolerance_days": 1,
        "actors": [["BNPT", "Badan Nasional Penanggulangan Terorisme"], ["Belgium", "Belgia"]],
        "optional_actors": [["Indonesia", "RI"]],
        "not_actors": [["Japan", "Jepang"]],
        "partners": ["BEL"],
        "people": [["Bart Thys"], ["Ahmad Nurwakhid", "R. Ahmad Nurwakhid"]],
        "not_people": [["Prisca"]],
        "events": [{"date": "2023-10-17", "partners": ["BEL"]}, {"date": "2023", "partners": []}],
        "programmes": [["program deradikalisasi"]],
        "themes": ["deradicalisation", "education"],
    }
}


def tables():
    return {
        "articles": pd.DataFrame({"article_id": ["a1"], "published": pd.to_datetime(["2023-10-19"]), "published_precision": ["day"]}),
        "mentions": pd.DataFrame({"article_id": ["a1"] * 4, "actor_id": ["BNPT", "IDN", "JPN", "BEL"],
                                  "actor_name": ["National Counter Terrorism Agency", "Indonesia", "Japan", "Belgium"],
                                  "text": ["BNPT", "RI", "Jepang", "Belgia"]}),
        "people": pd.DataFrame({"article_id": ["a1", "a1"], "name": ["R. Ahmad Nurwakhid", "Prisca"]}),
        "events": pd.DataFrame({"article_id": ["a1", "a1"], "date": pd.to_datetime(["2023-10-18", pd.NaT]),
                                "date_precision": ["day", None], "partner_codes": ["BEL", "BEL;JPN"]}),
        "programmes": pd.DataFrame({"article_id": ["a1"], "programme_id": ["deradicalisation"],
                                    "programme_name": ["Deradicalisation programme"], "text": ["program deradikalisasi"]}),
        "themes": pd.DataFrame({"article_id": ["a1", "a1"], "theme": ["deradicalisation", "victims"]}),
    }


def test_scores_per_field():
    scores = evaluate(tables(), GOLD).set_index("field")
    assert list(scores.index) == ["actors", "partners", "people", "programmes", "themes", "events"]
    # BNPT and Belgium found, IDN optional, Japan a false positive.
    assert scores.loc["actors", ["tp", "fp", "fn"]].tolist() == [2, 1, 0]
    assert scores.loc["partners", ["tp", "fp", "fn"]].tolist() == [1, 1, 0]
    assert scores.loc["people", ["tp", "fp", "fn"]].tolist() == [1, 1, 1]
    assert scores.loc["themes", "precision"] == 0.5 and scores.loc["themes", "recall"] == 0.5
    # The 17 Oct visit matches the 18 Oct answer (one day of tolerance); the undated row matches nothing.
    assert scores.loc["events", ["tp", "fp", "fn"]].tolist() == [1, 1, 1]
    assert scores.loc["programmes", "f1"] == 1.0


def test_summary_details_and_leaks():
    summary = evaluate_summary(tables(), GOLD).set_index("what")["value"]
    assert summary["published accuracy"] == "1.000" and summary["boilerplate leaks"] == "2"
    details = evaluate_details(tables(), GOLD)
    assert ["a1", "people", "missed", "bart thys"] in details.values.tolist()
    assert details.equals(details.sort_values(list(details.columns)).reset_index(drop=True))


def test_missing_article_counts_every_gold_item_as_missed():
    scores = evaluate({**tables(), "articles": tables()["articles"].iloc[0:0]}, {"zz": GOLD["a1"]}).set_index("field")
    assert scores.loc["actors", "recall"] == 0.0 and gold_coverage(tables(), {"zz": {}}) == 0


def test_date_rules_and_normalisation():
    assert parse_date("2024-05") == (pd.Timestamp("2024-05-01").date(), "month")
    assert dates_agree(parse_date("2024"), parse_date("2024-12-31"))
    assert not dates_agree(parse_date("2024-05-03"), (pd.Timestamp("2024-05-01").date(), "month"))
    assert norm("R. Ahmad  Nurwakhid") == "r ahmad nurwakhid"


def test_folder_and_bundled_gold(tmp_path):
    for name, frame in tables().items():
        frame.to_csv(tmp_path / f"{name}.csv", index=False, date_format="%Y-%m-%d")
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(GOLD), encoding="utf-8")
    assert evaluate(tmp_path, path).equals(evaluate(tables(), GOLD))
    bundled = yaml.safe_load(BUNDLED_GOLD.read_text(encoding="utf-8"))
    assert len(bundled) == 5 and all("themes" in g for g in bundled.values())


@pytest.mark.parametrize("field", ["actors", "people", "events"])
def test_perfect_tables_score_one(field):
    perfect = tables()
    perfect["mentions"] = perfect["mentions"][perfect["mentions"]["actor_id"] != "JPN"]
    perfect["people"] = pd.DataFrame({"article_id": ["a1", "a1"], "name": ["Bart Thys", "Ahmad Nurwakhid"]})
    perfect["events"] = pd.DataFrame({"article_id": ["a1", "a1"], "date": pd.to_datetime(["2023-10-17", "2023-03-01"]),
                                      "date_precision": ["day", "month"], "partner_codes": ["BEL", ""]})
    assert evaluate(perfect, GOLD).set_index("field").loc[field, "f1"] == 1.0
