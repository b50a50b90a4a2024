"""Stage 4: vocabulary matching, overlap resolution, discovery of organisations, programmes and theme cues."""
from __future__ import annotations

import pytest

import re

from analysis.s4_match import (Pattern, PhraseMatcher, Span, article_themes, comparable, match_actors,
                               match_programmes, match_theme_cues, resolve_overlaps, vocabulary_hits,
                               word_initial_matches)


def actor_ids(text, vocabulary):
    return [(s.text, s.entry_id) for s in match_actors(text, vocabulary).spans]


def test_comparable_keeps_length_and_maps_dashes():
    text = "İstanbul Counter-Terrorism"
    assert len(comparable(text)) == len(text)
    assert comparable("Counter-Terrorism") == "counter terrorism"


@pytest.mark.parametrize("text, expected", [
    ("Kami bertemu BNPT hari ini.", [("BNPT", "BNPT")]),
    ("badan nasional penanggulangan terorisme hadir", [("badan nasional penanggulangan terorisme", "BNPT")]),
    ("Kantor Kontra Terorisme PBB membuka program.", [("Kantor Kontra Terorisme PBB", "UNOCT")]),
    ("the United Nations Office of Counter Terrorism said", [("United Nations Office of Counter Terrorism", "UNOCT")]),
    ("delegasi Kerajaan Belgia tiba", [("Kerajaan Belgia", "BEL")]),
    ("the Belgian delegation arrived", [("Belgian", "BEL")]),
])
def test_vocabulary_forms_in_both_languages(vocabulary, text, expected):
    assert actor_ids(text, vocabulary) == expected


def test_all_capital_forms_match_case_sensitively(vocabulary):
    assert actor_ids("ia datang as a guest from un bureau", vocabulary) == []
    assert ("UN", "UN") in actor_ids("the UN welcomed it", vocabulary)


def test_no_match_inside_a_word(vocabulary):
    assert actor_ids("BNPTX dan XBNPT", vocabulary) == []


def test_longest_candidate_wins_and_vocabulary_beats_rules():
    spans = [Span(0, 10, "actor", "long", "x"), Span(2, 5, "actor", "inner", "x"),
             Span(12, 15, "actor", "rule", "x", origin="rule"), Span(12, 15, "actor", "vocab", "x")]
    assert [s.entry_id for s in resolve_overlaps(spans)] == ["long", "vocab"]


@pytest.mark.parametrize("spans, expected", [
    ([], []),
    ([Span(8, 9, "actor", "b", "x"), Span(0, 4, "actor", "a", "x")], ["a", "b"]),  # apart: kept, in text order
    ([Span(0, 4, "actor", "a", "x"), Span(4, 6, "actor", "b", "x")], ["a", "b"]),  # touching is not overlapping
    ([Span(0, 4, "actor", "a", "x"), Span(0, 4, "actor", "a", "x")], ["a"]),  # the same span twice: once
    ([Span(0, 4, "actor", "b", "x"), Span(3, 9, "actor", "a", "x")], ["a"]),
])
def test_resolve_overlaps_keeps_spans_that_are_apart(spans, expected):
    assert [s.entry_id for s in resolve_overlaps(spans)] == expected


@pytest.mark.parametrize("text", [
    "Police and Ministry", "XPolice Police", "the_Police Police!", "(Police)Police", "Kementerian Kementerian",
    "", "PolicePolice Police", "1Police Police", "Über Police",
])
def test_word_initial_matches_equal_a_leading_word_boundary(text):
    pattern = "(?:Police|Ministry|Kementerian)"
    assert ([m.span() for m in word_initial_matches(re.compile(pattern), text)]
            == [m.span() for m in re.finditer(r"\b" + pattern, text)])


def test_vocabulary_hits_come_from_one_scan_sorted_by_kind(vocabulary):
    text = "BNPT membahas program deradikalisasi dan nota kesepahaman dengan bahasa Inggris."
    hits = vocabulary_hits(text, vocabulary)
    assert {s.label for s in hits.actors} <= {"actor", "blocked"} and "BNPT" in [s.text for s in hits.actors]
    assert {s.label for s in hits.programmes} == {"programme"}
    assert {s.label for s in hits.themes} == {"theme"}
    assert match_theme_cues(text, vocabulary, hits=hits) == match_theme_cues(text, vocabulary)
    assert match_actors(text, vocabulary, hits=hits).spans == match_actors(text, vocabulary).spans


def test_phrase_matcher_affix_patterns_extend_to_the_whole_word():
    matcher = PhraseMatcher([Pattern("theme", "rehabilitasi", "t", left_open=True, right_open=True)])
    assert [s.text for s in matcher.find("akan merehabilitasinya segera")] == ["merehabilitasinya"]


def test_definition_names_an_unknown_organisation_with_its_acronym(vocabulary):
    text = "Badan Pengawas Air Tirta (BPAT) hadir. Kemudian BPAT menandatangani kesepakatan."
    result = match_actors(text, vocabulary)
    assert [(s.text, s.entry_id) for s in result.spans] == [
        ("Badan Pengawas Air Tirta", "new:bpat"), ("BPAT", "new:bpat"), ("BPAT", "new:bpat")]
    actor = result.discovered["new:bpat"]
    assert actor.in_vocabulary is False and actor.acronym == "BPAT" and actor.actor_type == "government_agency"


def test_definition_links_an_unknown_long_name_to_a_known_acronym(vocabulary):
    text = "Badan Penanggulangan Teror Nasional Indonesia (BNPT) menggelar rapat."
    assert ("Badan Penanggulangan Teror Nasional Indonesia", "BNPT") in actor_ids(text, vocabulary)


@pytest.mark.parametrize("text, expected", [
    ("BNPT dan Kepolisian Federal Australia (AFP) bertemu.",
     [("BNPT", "BNPT"), ("Kepolisian Federal Australia", "AUS-AFP"), ("AFP", "AUS-AFP")]),
    ("Densus 88, BNPT and the Australian Federal Police (AFP) met.",
     [("Densus 88", "DENSUS88"), ("BNPT", "BNPT"), ("Australian Federal Police", "AUS-AFP"), ("AFP", "AUS-AFP")]),
    ("Badan Intelijen Negara dan Lembaga Riset Tirta Baru (LRTB) hadir.",
     [("Badan Intelijen Negara", "BIN"), ("Lembaga Riset Tirta Baru", "new:lrtb"), ("LRTB", "new:lrtb")]),
    # "dan" inside a known name is not a list
    ("Kementerian Hukum dan Hak Asasi Manusia (Kemenkumham) hadir.",
     [("Kementerian Hukum dan Hak Asasi Manusia", "KEMENKUMHAM"), ("Kemenkumham", "KEMENKUMHAM")]),
])
def test_brackets_after_a_list_define_its_last_name(vocabulary, text, expected):
    assert actor_ids(text, vocabulary) == expected


def test_head_rule_finds_a_foreign_ministry_and_its_country(vocabulary):
    result = match_actors("Delegasi Kementerian Keamanan Maritim Belgia datang ke Jakarta.", vocabulary)
    span = result.spans[0]
    assert span.text == "Kementerian Keamanan Maritim Belgia"
    actor = result.discovered[span.entry_id]
    assert actor.country == "BEL" and actor.partner_code == "BEL" and actor.actor_type == "foreign_government_agency"


def test_head_rule_stops_at_a_known_actor_and_at_a_rank(vocabulary):
    ids = actor_ids("Kementerian Sosial dan Badan Nasional Penanggulangan Terorisme bertemu.", vocabulary)
    assert [i for _, i in ids] == ["KEMENSOS", "BNPT"]
    ids = actor_ids("Direktorat Pengamanan Laut Kombes Pol. Andi Wijaya hadir.", vocabulary)
    assert ids == [("Direktorat Pengamanan Laut", "new:direktorat-pengamanan-laut")]


def test_a_plain_term_with_an_acronym_is_not_an_organisation(vocabulary):
    assert actor_ids("isu foreign terrorist fighters (FTF) dibahas", vocabulary) == []


def test_home_state_as_qualifier_or_venue_is_not_the_state_acting(vocabulary):
    ids = [i for _, i in actor_ids("BNPT RI bertemu delegasi di Belgia dan di seluruh Indonesia.", vocabulary)]
    assert ids == ["BNPT", "BEL"]  # a foreign venue names the partner's side: kept
    assert "IDN" in [i for _, i in actor_ids("kerja sama Indonesia dengan Belgia diperkuat", vocabulary)]


@pytest.mark.parametrize("text, expected", [
    ("membahas Bali Work Plan 2019-2025 bersama", ("Bali Work Plan 2019-2025", "bali-work-plan")),
    ("menandatangani nota kesepahaman kemarin", ("nota kesepahaman", "mou")),
    ("the Global Programme on Safer Ports and Harbours was discussed",
     ("Global Programme on Safer Ports and Harbours", "new:global-programme-on-safer-ports-and-harbours")),
    ("melalui Kawasan Ekonomi Damai (KED) di daerah", ("Kawasan Ekonomi Damai", "new:ked")),
])
def test_programmes_from_vocabulary_and_rules(vocabulary, text, expected):
    assert expected in [(s.text, s.entry_id) for s in match_programmes(text, vocabulary)]


def test_generic_programme_phrase_is_not_a_programme(vocabulary):
    assert match_programmes("Rapat Program Penanggulangan Terorisme Tahun 2022 digelar.", vocabulary) == []


def test_theme_cues_overlap_across_themes_and_weak_cues_need_company(vocabulary):
    cues = match_theme_cues("program rehabilitasi ideologi bagi keluarga", vocabulary)
    themes = article_themes(cues)
    assert {"deradicalisation", "rehabilitation"} <= set(themes)
    assert "children_and_women" not in themes  # "keluarga" alone is a weak cue
    assert "children_and_women" in article_themes(match_theme_cues("keluarga dan anak anak mereka", vocabulary))


@pytest.mark.parametrize("text, absent", [
    ("Ia fasih berbahasa Inggris dan Arab.", "GBR"),
    ("Kelompok Negara Islam Irak dan Suriah merekrut anggota.", "IRQ"),
])
def test_phrases_that_contain_a_name_but_name_no_actor(vocabulary, text, absent):
    assert absent not in [i for _, i in actor_ids(text, vocabulary)]


def test_a_unit_in_an_officials_title_counts_for_its_organisation(vocabulary):
    unit = next(a for a in vocabulary.actors.values() if a.parent_id == "BNPT" and a.name_id.startswith("Deputi"))
    ids = [i for _, i in actor_ids(f"Rapat dihadiri {unit.name_id} BNPT dan mitra.", vocabulary)]
    assert ids == ["BNPT"]
    ids = [i for _, i in actor_ids(f"{unit.name_id} menggelar rapat.", vocabulary)]
    assert ids == ["BNPT"]


def test_acronym_defined_body_takes_the_state_after_its_acronym(vocabulary):
    result = match_actors("dipimpin Ketua Dewan Keamanan Siber Nasional (DKSN) Qatar, kemarin.", vocabulary)
    actor = result.discovered["new:dksn"]
    assert actor.name == "Dewan Keamanan Siber Nasional" and actor.country == "QAT"


def test_head_with_a_country_gives_it_to_the_names_it_heads(vocabulary):
    result = match_actors("Pemerintah Kabupaten Contohsari menggelar rapat.", vocabulary)
    assert [(a.name, a.country, a.actor_type) for a in result.discovered.values()] == [
        ("Pemerintah Kabupaten Contohsari", "IDN", "local_government")]
