"""Stage 3: sentence spans that respect abbreviations, initials and paragraphs."""
from __future__ import annotations

import pytest

from analysis.s3_segment import (abbreviations, ends_a_sentence, in_a_quotation, in_a_subheading, sentence_of,
                                 split_sentences)


def texts(body, abbrevs=frozenset()):
    return [body[s.start:s.end] for s in split_sentences(body, abbrevs)]


def test_splits_on_full_stops_before_capitals():
    assert texts("Satu dua. Tiga empat! Lima enam?") == ["Satu dua.", "Tiga empat!", "Lima enam?"]


def test_paragraph_break_always_ends_a_sentence():
    assert texts("tanpa titik\nbaris baru") == ["tanpa titik", "baris baru"]


@pytest.mark.parametrize("body", [
    "Kepala badan Komjen. Pol. Dr. Budi Santoso, M.H., hadir di sana.",
    "Direktur itu, Brigjen. Pol. R. Ahmad Yani, berbicara.",
    "H.E. Mr. John Smith met the minister in Jakarta.",
])
def test_abbreviations_and_initials_do_not_end_sentences(vocabulary, body):
    assert texts(body, abbreviations(vocabulary)) == [body]


def test_quote_after_stop_belongs_to_the_sentence():
    assert texts('"Kami siap." Dia pergi.') == ['"Kami siap."', "Dia pergi."]


def test_offsets_cover_text_and_ids_are_positions():
    body = "Pertama. Kedua.\nKetiga."
    spans = split_sentences(body)
    assert [s.sentence_id for s in spans] == [0, 1, 2]
    assert [body[s.start:s.end] for s in spans] == ["Pertama.", "Kedua.", "Ketiga."]
    starts = [s.start for s in spans]
    assert sentence_of(spans, starts, body.index("Kedua")) == 1
    assert sentence_of(spans, starts, len(body) - 1) == 2


def test_empty_body_has_no_sentences():
    assert split_sentences("") == []


def test_english_rank_abbreviations_do_not_end_sentences(vocabulary):
    body = "It was signed by the agency chief Comr. Gen. Adi Nugraha on Nov. 10, 2023 in Jakarta."
    assert texts(body, abbreviations(vocabulary)) == [body]


@pytest.mark.parametrize("body, offset, expected", [
    ("Paragraf pertama cerita ini.\nDukungan Pelatihan Pengamanan\nParagraf berikutnya.", 35, True),
    ("Paragraf pertama cerita ini.\nIni kalimat tanpa titik yang panjang dan biasa saja\nLagi.", 35, False),
    ("Satu baris saja Tanpa Titik", 3, False),  # a one-line text has no sections
])
def test_in_a_subheading(body, offset, expected):
    assert in_a_subheading(body, offset) is expected


@pytest.mark.parametrize("text, word, expected", [
    ('"Hari ini anak-anak kami belajar," kata Tirta.', "anak", True),
    ('"Hari ini anak-anak kami belajar," kata Tirta.', "kata", False),  # after the closing mark
    ("“Today we met,” she said, and the next “today” closed it.", "met", True),
    ("“Today we met,” she said, and the next “today” closed it.", "closed", False),
    # the marks are counted from the paragraph's start: one left open in an earlier paragraph does not carry over
    ('Tirta said: "We came to learn.\nThe ceremony opened on Monday.', "ceremony", False),
    ("No quotation marks in this sentence today.", "today", False),
])
def test_in_a_quotation(text, word, expected):
    assert in_a_quotation(text, text.index(word)) is expected


@pytest.mark.parametrize("text, expected", [
    ("kata Budi Santoso. Delegasi itu bertolak", True),
    ("kata Irjen. Pol. (Purn.) Budi Santoso di Jakarta, Selasa", False),
    ("kata Kepala BNPT Dr. Budi Santoso, M.Si. di Jakarta", False),
    ("said the director! Then", True),
    ("kata Budi di Jakarta, Selasa", False),
])
def test_ends_a_sentence_knows_abbreviations(vocabulary, text, expected):
    assert ends_a_sentence(text, abbreviations(vocabulary)) is expected
