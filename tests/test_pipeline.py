"""The per-article pipeline: rows for every table, a researcher's own vocabulary, language and outlet."""
from __future__ import annotations

import pytest

from analysis.pipeline import analyse_article, detect_language, infer_outlet
from analysis.s1_read import SourceArticle
from analysis.vocabulary import load_vocabulary

TEXT = ("Jakarta (ANTARA) - Badan Nasional Penanggulangan Terorisme (BNPT) menerima kunjungan delegasi Dinas "
        "Keamanan Kerajaan Fiktif di Jakarta untuk membahas program deradikalisasi dan perlindungan korban terorisme.\n"
        "Baca juga: Polisi Bali menangkap dua orang\n")


def test_rows_for_every_table_and_nothing_from_boilerplate(vocabulary):
    result = analyse_article(SourceArticle("a1", "a1.txt", TEXT), vocabulary)
    assert result.article["article_id"] == "a1" and result.article["n_boilerplate_lines"] == 2
    assert {m["actor_id"] for m in result.mentions} >= {"BNPT"}
    assert not any("Bali" in m["text"] for m in result.mentions)
    assert {p["programme_id"] for p in result.programmes} == {"deradicalisation-programme"}
    assert {t["theme"] for t in result.themes} >= {"deradicalisation", "victims"}
    for row in result.mentions + result.programmes:
        sentence = result.sentences[row["sentence_id"]]
        assert sentence["start"] <= row["start"] < row["end"] <= sentence["end"]


def test_a_researchers_vocabulary_file_adds_an_actor(tmp_path):
    own = tmp_path / "mine.yaml"
    own.write_text("actors:\n  - {id: FICT-DK, type: foreign_government_agency, country: BEL, "
                   "name: Fictional Security Service, name_id: Dinas Keamanan Kerajaan Fiktif}\n", encoding="utf-8")
    base = analyse_article(SourceArticle("a1", "a1.txt", TEXT), load_vocabulary())
    extended = analyse_article(SourceArticle("a1", "a1.txt", TEXT), load_vocabulary([own]))
    assert "FICT-DK" not in {m["actor_id"] for m in base.mentions}
    mention = next(m for m in extended.mentions if m["actor_id"] == "FICT-DK")
    assert mention["text"] == "Dinas Keamanan Kerajaan Fiktif" and mention["country"] == "BEL"


@pytest.mark.parametrize("body, language", [
    ("Kepala badan itu mengatakan bahwa kerja sama dengan mitra asing akan terus diperkuat pada tahun ini.", "id"),
    ("The head of the agency said that the cooperation with foreign partners will be strengthened this year.", "en"),
])
def test_language_of_the_body(vocabulary, body, language):
    assert detect_language(body, vocabulary) == language


@pytest.mark.parametrize("dateline, evidence, outlet", [
    ("Jakarta (ANTARA) -", (), "ANTARA"),
    ("JAKARTA, KOMPAS.com -", (), "KOMPAS.com"),
    ("JAKARTA, TEMPO.CO -", (), "TEMPO.CO"),
    ("Surabaya, beritajatim.co.id -", (), "beritajatim.co.id"),
    ("", ("BERITASATU.COM",), "BERITASATU.COM"),
    ("", ("Hak cipta © Tempo 2024",), "Tempo"),
    ("", (), ""),
    # a bracket that names a state is the place, not the outlet; "All rights reserved" is not the owner
    ("Denpasar (Indonesia), 14 June 2024 –", ("© 2024 Harian Contoh. All rights reserved",), "Harian Contoh"),
    ("", ("Copyright © 2025 Kabar Contoh.",), "Kabar Contoh"),
])
def test_outlet_from_dateline_site_name_or_copyright(vocabulary, dateline, evidence, outlet):
    assert infer_outlet(dateline, evidence, vocabulary) == outlet


def test_a_theme_word_in_a_persons_name_is_no_theme(vocabulary):
    text = ("Denpasar - Polda Bali menggelar pengamanan bersama. Direktur Pengamanan Kolonel Inf. Anak Agung Gede "
            "Suryawan memimpin apel pasukan di lapangan.\n")
    result = analyse_article(SourceArticle("a1", "a1.txt", text), vocabulary)
    assert "Anak Agung Gede Suryawan" in {p["name"] for p in result.people}
    assert "children_and_women" not in {t["theme"] for t in result.themes}
    # the same word treating children is one
    kids = analyse_article(SourceArticle("a2", "a2.txt", text.replace("pengamanan bersama", "sosialisasi bagi anak")),
                           vocabulary)
    assert "children_and_women" in {t["theme"] for t in kids.themes}


def test_a_theme_word_in_a_think_tanks_name_is_no_theme(vocabulary):
    text = ("Jakarta - Densus 88 menangkap dua tersangka di Solo. Budi Santoso Hartono, a researcher at the Centre for "
            "Radicalism and Deradicalisation Studies (PAKAR), said the network was small.\n")
    result = analyse_article(SourceArticle("a1", "a1.txt", text), vocabulary)
    assert "PAKAR" in {m["actor_id"] for m in result.mentions}
    assert "deradicalisation" not in {t["theme"] for t in result.themes}


def test_an_indonesian_minister_named_only_by_title_is_indonesias_side_of_an_act(vocabulary):
    # no Indonesian body and no Indonesian place is named: the minister's title says whose side she is on
    text = ("Menteri Luar Negeri Dewi Anggraini bertemu Menteri Luar Negeri Belanda Joost Verhagen di Den Haag "
            "pada 3 Mei 2023 untuk membahas kerja sama penanggulangan terorisme.\n")
    result = analyse_article(SourceArticle("a1", "a1.txt", text), vocabulary)
    assert [(p["name"], p["actor_id"]) for p in result.people][:1] == [("Dewi Anggraini", "KEMENLU")]
    assert [(str(e["date"])[:10], e["partner_codes"]) for e in result.events] == [("2023-05-03", "NLD")]


def test_a_state_inside_its_bodys_name_is_in_the_mentions(vocabulary):
    text = "BNPT menerima delegasi Kementerian Dalam Negeri Jerman di Jakarta pada 3 Mei 2023.\n"
    result = analyse_article(SourceArticle("a1", "a1.txt", text), vocabulary)
    assert [m["actor_id"] for m in result.mentions] == ["BNPT", "DEU-INTERIOR", "DEU"]
    assert [e["partner_codes"] for e in result.events] == ["DEU"]


def test_an_actor_inside_the_outlets_own_name_is_the_outlet(vocabulary):
    text = ("Jakarta - Kepala BNPT menerima delegasi Australia di Sentul. \"Kerja sama ini penting,\" katanya dalam "
            "keterangan yang diterima Suara ASEAN, Jumat.\n"
            "© 2024 Suara ASEAN. Hak cipta dilindungi.\n")
    result = analyse_article(SourceArticle("a1", "a1.txt", text), vocabulary)
    assert result.article["outlet"] == "Suara ASEAN"
    assert {m["actor_id"] for m in result.mentions} == {"BNPT", "AUS"}
    # an outlet that is itself the acting organisation keeps it
    own = analyse_article(SourceArticle("a2", "a2.txt", text.replace("Suara ASEAN", "ASEAN")), vocabulary)
    assert "ASEAN" in {m["actor_id"] for m in own.mentions}
    # ... and so does a state an outlet is named after with an article only ("The Australian")
    english = ("Canberra - The Australian government will fund a BNPT programme, officials told The Australian.\n"
               "© 2024 The Australian. All rights reserved.\n")
    named = analyse_article(SourceArticle("a3", "a3.txt", english), vocabulary)
    assert named.article["outlet"] == "The Australian"
    assert "AUS" in {m["actor_id"] for m in named.mentions}
