"""Stage 4 (people): names with titles, ranks and degrees stripped, organisations linked, short mentions resolved."""
from __future__ import annotations

import pytest

from analysis.s4_match import match_actors
from analysis.s4_people import find_people


def people(text, vocabulary):
    actors = match_actors(text, vocabulary)
    return find_people(text, actors.spans, vocabulary, actors.names)


@pytest.mark.parametrize("text, name, title, organisation", [
    ("Kepala BNPT Komjen Pol. Dr. Andi Setiawan, M.H., membuka acara.", "Andi Setiawan", "Kepala BNPT", "BNPT"),
    ("Duta Besar Kerajaan Belgia untuk Indonesia Pieter Janssens hadir.", "Pieter Janssens",
     "Duta Besar Kerajaan Belgia untuk Indonesia", "BEL"),
    ("Lucas Peeters, Kepala CUTA, menjelaskan ancaman.", "Lucas Peeters", "Kepala CUTA", "BEL-CUTA"),
    ("The Head of BNPT, Rudi Hartanto, said the talks went well.", "Rudi Hartanto", "Head of BNPT", "BNPT"),
    ("Kerja sama itu penting, kata Siti Rahmawati di Jakarta.", "Siti Rahmawati", "", ""),
    ("Wakil Menteri Keamanan Letnan Jenderal Nguyen Van Long menilai kerja sama erat.", "Nguyen Van Long",
     "Wakil Menteri Keamanan", ""),
    ("Sekretaris Utama BNPT Mayjen TNI Bambang Sutrisno, S.IP., melaporkan hasilnya.", "Bambang Sutrisno",
     "Sekretaris Utama BNPT", "BNPT"),
    # a minister's title names the ministry even where the ministry's own name is absent
    ("Menteri Sosial Rina Kartika meninjau balai rehabilitasi.", "Rina Kartika", "Menteri Sosial", "KEMENSOS"),
    ("Menteri Agama Ahmad Fauzi membuka dialog lintas iman.", "Ahmad Fauzi", "Menteri Agama", "KEMENAG"),
    ("Menteri Luar Negeri Dewi Anggraini menerima tamu.", "Dewi Anggraini", "Menteri Luar Negeri", "KEMENLU"),
    # English portfolio words belong to the title, not to the name the capitalised run carries on into
    ("Minister of Social Affairs Rina Kartika visited the centre.", "Rina Kartika", "Minister of Social Affairs",
     "KEMENSOS"),
    ("Minister of Law and Human Rights Joko Santoso opened it.", "Joko Santoso", "Minister of Law and Human Rights",
     "KEMENKUMHAM"),
    ("Coordinating Minister for Political, Legal and Security Affairs Budi Hartono spoke.", "Budi Hartono",
     "Coordinating Minister for Political, Legal and Security Affairs", "KEMENKO-POLHUKAM"),
])
def test_names_titles_and_organisations(vocabulary, text, name, title, organisation):
    found = people(text, vocabulary)
    assert [(p.name, p.title, p.actor_id) for p in found][:1] == [(name, title, organisation)]


def test_short_and_partial_mentions_resolve_to_the_full_name(vocabulary):
    text = ("Kepala BNPT Andi Setiawan Putra membuka rapat. \"Kita harus siap,\" kata Andi. "
            "Andi Setiawan menambahkan bahwa kerja sama penting. Setiawan said the plan is ready.")
    found = people(text, vocabulary)
    assert {p.name for p in found} == {"Andi Setiawan Putra"}
    assert [p.text for p in found] == ["Andi Setiawan Putra", "Andi", "Andi Setiawan", "Setiawan"]
    assert all(p.title == "Kepala BNPT" for p in found)


def test_an_unmarked_name_counts_once_it_is_quoted_later(vocabulary):
    text = "Perwakilan intelijen, Marc Dubois, berkunjung ke kantor itu. \"Kami belajar,\" ujar Dubois."
    assert {p.name for p in people(text, vocabulary)} == {"Marc Dubois"}


@pytest.mark.parametrize("text", [
    "Pertemuan itu digelar di Gedung Merdeka Bandung pada Senin.",
    "Kawasan Terpadu Nusantara dibangun di lima provinsi.",
    "Sementara Itu Semua Peserta hadir.",
    "Jenderal Bintang Satu tersebut berharap banyak.",
])
def test_capitalised_phrases_without_evidence_are_not_people(vocabulary, text):
    assert people(text, vocabulary) == []


def test_offsets_slice_back_to_the_written_name(vocabulary):
    text = "Menurut Direktur Kerja Sama BNPT Brigjen Pol. Joko Susilo AW, kunjungan itu penting."
    found = people(text, vocabulary)
    assert [text[p.start:p.end] for p in found] == [p.text for p in found] == ["Joko Susilo AW"]


@pytest.mark.parametrize("text, name, title", [
    # an acronym of the title in brackets does not restart the title
    ("Menteri Koordinator Bidang Keamanan (Menko Keamanan) Joko Santoso membuka rapat.", "Joko Santoso",
     "Menteri Koordinator Bidang Keamanan"),
    # an organisation just before an English position is part of it
    ("BNPT head Comr. Gen. Adi Nugraha received the delegation.", "Adi Nugraha", "BNPT head"),
    # ranks written with hyphens are ranks
    ("Inspector-General Rahman Hakim said the operation succeeded.", "Rahman Hakim", ""),
])
def test_titles_in_harder_shapes(vocabulary, text, name, title):
    found = people(text, vocabulary)
    assert [(p.name, p.title) for p in found][:1] == [(name, title)]


def test_a_title_running_into_its_organisation_is_not_a_name(vocabulary):
    text = "Direktur Keamanan dan Perlucutan Senjata Kementerian Luar Negeri, Siti Aminah, memimpin delegasi."
    assert {p.name for p in people(text, vocabulary)} == {"Siti Aminah"}


@pytest.mark.parametrize("text, organisation", [
    ("UNODC Regional Representative for Asia Sarah Conrad met the minister.", "UNODC"),
    ("the Dutch National Coordinator for Security and Counterterrorism Pieter de Vries said.", "NLD-NCTV"),
])
def test_organisation_around_the_title(vocabulary, text, organisation):
    assert people(text, vocabulary)[0].actor_id == organisation
