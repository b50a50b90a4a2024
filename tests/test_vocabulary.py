"""Issue 7: broken vocabularies. A researcher's YAML file with a mistake is refused with the file, the line and
the entry named (VocabularyError), never accepted half-way and never a traceback; files are read with a safe loader.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import cli
from analysis.vocabulary import VocabularyError, fold, load_vocabulary, read_yaml

PACKAGE_ACTORS = Path(__file__).resolve().parents[1] / "analysis" / "data" / "actors"


def refused(tmp_path: Path, text: str, name: str = "mine.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyError) as caught:
        load_vocabulary([path])
    return str(caught.value)


def test_a_good_researcher_file_is_loaded(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "actors:\n"
        "  - {id: LRFX, type: government_agency, country: IDN, name: Fictional Research Board of Testing,\n"
        "     name_id: Lembaga Riset Fiktif Pengujian, acronym: [LRFX]}\n"
        "lexicon:\n"
        "  abbreviations: [Kol.]\n", encoding="utf-8")
    vocabulary = load_vocabulary([path])
    assert vocabulary.actors["LRFX"].source == f"{path}:2"
    assert "Kol." in vocabulary.lexicon["abbreviations"]
    assert vocabulary.fingerprint != load_vocabulary().fingerprint


def test_duplicate_id_names_both_places(tmp_path):
    message = refused(tmp_path, "actors:\n"
                                "  - {id: BNPT, type: government_agency, country: IDN, name: Another agency}\n")
    assert re.fullmatch(rf"{re.escape(str(tmp_path / 'mine.yaml'))}:2: actor 'BNPT': duplicate id "
                        rf"\(first defined at .*indonesia\.yaml:\d+\)", message), message


def test_duplicate_id_within_one_file(tmp_path):
    message = refused(tmp_path, "actors:\n"
                                "  - {id: NEWA, type: government_agency, country: IDN, name: New agency A}\n"
                                "  - {id: NEWA, type: government_agency, country: IDN, name: New agency B}\n")
    assert message == f"{tmp_path / 'mine.yaml'}:3: actor 'NEWA': duplicate id (first defined at {tmp_path / 'mine.yaml'}:2)"


def test_alias_claimed_by_two_actors(tmp_path):
    message = refused(tmp_path, "actors:\n"
                                "  - {id: NEWA, type: government_agency, country: IDN, name: New agency A,\n"
                                "     aliases: [Satuan Uji Coba Fiktif]}\n"
                                "  - {id: NEWB, type: government_agency, country: IDN, name: New agency B,\n"
                                "     aliases: [satuan uji-coba  fiktif]}\n")
    assert message == (f"{tmp_path / 'mine.yaml'}:4: actor 'NEWB': the form 'satuan uji-coba  fiktif' is already claimed "
                       f"by actor 'NEWA' ({tmp_path / 'mine.yaml'}:2)")


def test_alias_claimed_by_a_package_actor(tmp_path):
    message = refused(tmp_path, "actors:\n"
                                "  - {id: NEWA, type: government_agency, country: IDN, name: New agency A,\n"
                                "     aliases: [Badan Nasional Penanggulangan Terorisme]}\n")
    assert message.startswith(f"{tmp_path / 'mine.yaml'}:2: actor 'NEWA': the form "
                              "'Badan Nasional Penanggulangan Terorisme' is already claimed by actor 'BNPT'")


def test_unknown_key(tmp_path):
    message = refused(tmp_path, "actors:\n"
                                "  - {id: NEWA, type: government_agency, country: IDN, name: New agency A, alias: [NA]}\n")
    assert message.startswith(f"{tmp_path / 'mine.yaml'}:2: actor 'NEWA': unknown key(s) alias (known: acronym, aliases")


def test_unknown_partner_code(tmp_path):
    message = refused(tmp_path, "actors:\n"
                                "  - {id: NEWORG, type: international_organisation, partner: XYZ, name: New body}\n")
    assert message == (f"{tmp_path / 'mine.yaml'}:2: actor 'NEWORG': unknown partner code 'XYZ' "
                       "(declare it under partner_families)")


@pytest.mark.parametrize("actor_type", ["other", "civil_society"])
def test_a_private_body_is_an_actor_but_never_a_partner(tmp_path, actor_type):
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n"
                    f"  - {{id: TIRTACO, type: {actor_type}, country: USA, private: true, name: Tirta Platforms}}\n",
                    encoding="utf-8")
    company = load_vocabulary([path]).actors["TIRTACO"]
    assert company.private and company.country == "USA" and company.partner_code == ""


def test_a_private_body_must_be_of_type_other_or_civil_society(tmp_path):
    message = refused(tmp_path, "actors:\n"
                                "  - {id: TIRTACO, type: foreign_government_agency, country: USA, private: true, "
                                "name: Tirta Platforms}\n")
    assert message == (f"{tmp_path / 'mine.yaml'}:2: actor 'TIRTACO': a private body has type other or civil_society "
                       "and no partner code")


@pytest.mark.parametrize("actor_id", ["GIFCT", "TECH-AGAINST-TERRORISM", "CHRISTCHURCH-CALL"])
def test_non_governmental_online_bodies_are_actors_but_no_partners(vocabulary, actor_id):
    assert vocabulary.actors[actor_id].partner_code == ""


@pytest.mark.parametrize("actor_id, partner_code", [
    ("UNICEF", "UN"), ("IOM", "UN"),
    # the Red Cross committee and federation are partners each of its own, not one movement
    ("ICRC", "ICRC"), ("IFRC", "IFRC"),
])
def test_an_international_body_counts_as_its_family(vocabulary, actor_id, partner_code):
    assert vocabulary.actors[actor_id].partner_code == partner_code


def test_unknown_actor_type(tmp_path):
    message = refused(tmp_path, "actors:\n"
                                "  - {id: NEWA, type: agency, country: IDN, name: New agency A}\n")
    assert message.startswith(f"{tmp_path / 'mine.yaml'}:2: actor 'NEWA': unknown type 'agency' (known: state, ministry")


def test_yaml_syntax_error(tmp_path):
    message = refused(tmp_path, "actors:\n"
                                "  - {id: NEWA, type: ministry, country: IDN, name: New agency A}\n"
                                "  - {id: NEWB, name: [unclosed\n"
                                "lexicon: {}\n")
    assert re.match(rf"{re.escape(str(tmp_path / 'mine.yaml'))}:4: YAML syntax error: ", message), message


def test_tab_indentation_is_a_syntax_error(tmp_path):
    message = refused(tmp_path, "actors:\n\t- {id: NEWA}\n")
    assert message.startswith(f"{tmp_path / 'mine.yaml'}:2: YAML syntax error")


def test_duplicate_key_would_silently_replace(tmp_path):
    message = refused(tmp_path, "actors:\n"
                                "  - {id: NEWA, type: ministry, country: IDN, name: New agency A}\n"
                                "actors:\n"
                                "  - {id: NEWB, type: ministry, country: IDN, name: New agency B}\n")
    assert message == f"{tmp_path / 'mine.yaml'}:3: YAML syntax error: duplicate key 'actors' (first given at line 1)"
    message = refused(tmp_path, "actors:\n  - {id: NEWA, type: ministry, country: IDN, name: A, name: B}\n", "two.yaml")
    assert message == f"{tmp_path / 'two.yaml'}:2: YAML syntax error: duplicate key 'name' (first given at line 2)"


def test_only_a_safe_loader_is_used(tmp_path):
    marker = tmp_path / "pwned"
    text = f"actors: !!python/object/apply:os.system ['touch {marker}']\n"
    message = refused(tmp_path, text)
    assert message.startswith(f"{tmp_path / 'mine.yaml'}:1: YAML syntax error: could not determine a constructor")
    assert not marker.exists()
    path = tmp_path / "direct.yaml"
    path.write_text(text)
    with pytest.raises(VocabularyError):
        read_yaml(path)
    assert not marker.exists()


@pytest.mark.parametrize("text, expected", [
    ("things:\n  - {id: X}\n", ":1: unknown section 'things'"),
    ("- just\n- a list\n", ": a vocabulary file is a mapping of sections"),
    ("actors: {id: X}\n", ": section 'actors' must be a list of entries, not a mapping"),
    ("actors:\n  - BNPT\n", ": entry 1 of 'actors' must be a mapping"),
    ("actors:\n  - {type: ministry, country: IDN, name: No id}\n", ":2: actor entry: missing id"),
    ("actors:\n  - {id: 'A B', type: ministry, country: IDN, name: Spaced}\n", ":2: actor 'A B': an id is letters"),
    ("actors:\n  - {id: 'new:x', type: ministry, country: IDN, name: Reserved}\n", ":2: actor 'new:x': an id is"),
    ("actors:\n  - {id: NEWA, type: ministry, country: IDN}\n", ":2: actor 'NEWA': missing name"),
    ("actors:\n  - {id: NEWA, type: ministry, country: Indonesia, name: A}\n",
     ":2: actor 'NEWA': country must be an ISO alpha-3 code, got 'Indonesia'"),
    ("actors:\n  - {id: NEWA, type: ministry, country: ZZZ, name: A}\n",
     ":2: actor 'NEWA': country 'ZZZ' is not a state of the vocabulary"),
    ("actors:\n  - {id: NEWA, type: ministry, country: IDN, name: A, parent: NOPE}\n",
     ":2: actor 'NEWA': parent 'NOPE' is not an actor"),
    ("actors:\n  - {id: NEWA, type: ministry, country: IDN, name: A, parent: NEWB}\n"
     "  - {id: NEWB, type: ministry, country: IDN, name: B, parent: NEWA}\n",
     ":2: actor 'NEWA': its parents form a cycle (NEWA -> NEWB -> NEWA)"),
    ("actors:\n  - {id: NEWA, type: ministry, country: IDN, name: A, aliases: {x: y}}\n",
     ":2: actor 'NEWA': aliases must be text or a list of texts"),
    ("actors:\n  - {id: NEWA, type: ministry, country: IDN, name: A, aliases: [null]}\n",
     ":2: actor 'NEWA': aliases must be text or a list of texts; None is not"),
    ("actors:\n  - {id: NEWA, type: ministry, country: IDN, name: [A, B]}\n", ":2: actor 'NEWA': name must be text"),
    ("actors:\n  - {id: NEWA, type: ministry, country: IDN, name: A, aliases: ['--']}\n",
     ":2: actor 'NEWA': the form '--' has no letter or digit"),
    ("actors:\n  - {id: NEWA, type: ministry, country: IDN, name: A, demonyms: [Newish]}\n",
     ":2: actor 'NEWA': only a state has demonyms"),
    ("actors:\n  - {id: NEWA, type: ministry, country: IDN, name: A, generic_name: perhaps}\n",
     ":2: actor 'NEWA': generic_name must be true or false"),
    ("actors:\n  - {id: NEWA, type: ministry, country: IDN, name: A, names_a_kind: 1}\n",
     ":2: actor 'NEWA': names_a_kind must be true or false"),
    ("actors:\n  - {id: NEWA, type: ministry, country: IDN, name: A, city_follows: sometimes}\n",
     ":2: actor 'NEWA': city_follows must be true or false"),
    ("partner_families:\n  - {name: No code}\n", ":2: a partner family needs a code"),
    ("partner_families:\n  - {code: UN, name: Again}\n", ":2: partner family 'UN': duplicate code (first declared at"),
    ("state_forms: ['Negeri {} {}']\n", ": state_forms template 'Negeri {} {}' must be text with exactly one {}"),
    ("consulate_forms: ['Konsulat']\n", ": consulate_forms template 'Konsulat' must be text with exactly one {}"),
    ("programmes:\n  - {id: p1, name: Program Baru, themes: [cooking]}\n", ":2: programme 'p1': unknown theme 'cooking'"),
    ("programmes:\n  - {id: p1, name: Program Baru, kind: party}\n", ":2: programme 'p1': unknown kind 'party'"),
    ("programmes:\n  - {id: p1, name: Program Baru, label: x}\n", ":2: programme 'p1': unknown key(s) label"),
    ("programme_patterns:\n  - {id: r1, pattern: '(unclosed'}\n", ":2: programme pattern 'r1': bad pattern"),
    ("programme_patterns:\n  - {id: r1, pattern: 'x*'}\n", ":2: programme pattern 'r1': the pattern matches empty text"),
    ("themes:\n  - {id: cooking, cues: [masak]}\n", ":2: theme 'cooking' is not one of the guidelines' themes"),
    ("themes:\n  - {id: victims, cues: ['korban|berat']}\n",
     ":2: theme 'victims': cue 'korban|berat': the weight after '|' must be a number of 0 or above"),
    ("themes:\n  - {id: victims, cues: ['korban|-1']}\n",
     ":2: theme 'victims': cue 'korban|-1': the weight after '|' must be a number of 0 or above"),
    ("themes:\n  - {id: victims, quoted_weight: 2, cues: [korban]}\n",
     ":2: theme 'victims': quoted_weight must be a number from 0 to 1, not 2"),
    ("boilerplate:\n  - {id: b1, scope: line, pattern: '.*'}\n",
     ":2: boilerplate rule 'b1': the pattern also removes ordinary article text"),
    ("boilerplate:\n  - {id: b1, scope: line, pattern: '[unclosed'}\n", ":2: boilerplate rule 'b1': bad pattern"),
    ("boilerplate:\n  - {id: b1, scope: everywhere, pattern: 'Baca juga'}\n",
     ":2: boilerplate rule 'b1': scope must be one of line, tail, block, inline, dateline"),
    ("boilerplate:\n  - {id: b1, scope: inline, pattern: 'FOTO/X', caption_credit: yes please}\n",
     ":2: boilerplate rule 'b1': caption_credit must be true or false"),
    ("boilerplate:\n  - {id: b1, scope: block, pattern: 'Iklan', fence: true}\n",
     ":2: boilerplate rule 'b1': unknown key(s) fence (known: at_end, caption_credit, entry_heading, fenced, heads_story, "
     "id, keep_for_dates, note, pattern, scope, whole_list)"),
    ("themes:\n  - {id: victims, cue: [korban]}\n",
     ":2: theme 'victims': unknown key(s) cue (known: cues, id, label, note, quoted_weight)"),
    ("lexicon:\n  abbreviation: [Kol.]\n", ":2: lexicon: unknown key 'abbreviation' (known: abbreviations"),
    ("lexicon:\n  abbreviations: Kol.\n", ":2: lexicon 'abbreviations' must be a list, like the package's, not a text"),
    ("lexicon:\n  abbreviations: [[Kol.]]\n", ":2: lexicon 'abbreviations': entry ['Kol.'] must be a text"),
    ("lexicon:\n  organisation_heads:\n    - {head: Kementerian, type: ministry, position: first}\n",
     ":3: lexicon 'organisation_heads': head must be a list, not a text"),
    ("lexicon:\n  organisation_heads:\n    - {heads: [Kantor], type: other}\n",
     ":3: lexicon 'organisation_heads': entry {'heads': ['Kantor'], 'type': 'other'}: missing key(s) head"),
])
def test_each_mistake_is_refused_with_file_line_and_entry(tmp_path, text, expected):
    message = refused(tmp_path, text)
    assert message.startswith(str(tmp_path / "mine.yaml") + expected), message


def test_generic_unit_names_and_zero_weight_cues_are_read(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n"
                    "  - {id: NEWU, type: government_agency, country: IDN, parent: BNPT, name: Directorate of Tests,\n"
                    "     name_id: Direktorat Pengujian, generic_name: true}\n"
                    "themes:\n"
                    "  - {id: victims, cues: ['korban jiwa|0']}\n", encoding="utf-8")
    vocabulary = load_vocabulary([path])
    assert vocabulary.actors["NEWU"].generic_name and not vocabulary.actors["BNPT"].generic_name
    assert "korban jiwa|0" in vocabulary.themes["victims"].cues


def test_unreadable_or_missing_files(tmp_path):
    (tmp_path / "latin.yaml").write_bytes("lexicon:\n  abbreviations: [caf\u00e9]\n".encode("latin-1"))
    with pytest.raises(VocabularyError, match=r"latin\.yaml:2: vocabulary files must be UTF-8"):
        load_vocabulary([tmp_path / "latin.yaml"])
    with pytest.raises(VocabularyError, match=r"nowhere\.yaml: no such vocabulary file or folder"):
        load_vocabulary([tmp_path / "nowhere.yaml"])
    (tmp_path / "empty_folder").mkdir()
    with pytest.raises(VocabularyError, match=r"empty_folder: no \.yaml or \.yml vocabulary file"):
        load_vocabulary([tmp_path / "empty_folder"])
    folder = tmp_path / "folder"
    (folder / "trap.yaml").mkdir(parents=True)  # a folder named like a vocabulary file is not read as one
    (folder / "real.yml").write_text("lexicon:\n  abbreviations: [Kol.]\n")
    assert "Kol." in load_vocabulary([folder]).lexicon["abbreviations"]


def test_empty_sections_and_files_are_allowed(tmp_path):
    (tmp_path / "empty.yaml").write_text("")
    (tmp_path / "headings.yaml").write_text("actors:\nprogrammes:\n")
    assert len(load_vocabulary([tmp_path / "empty.yaml", tmp_path / "headings.yaml"]).actors) == len(load_vocabulary().actors)


def test_cli_refuses_a_broken_vocabulary_without_a_traceback(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Kepala BNPT bertemu delegasi Australia di Jakarta pada hari Senin kemarin.\n")
    vocab = tmp_path / "mine.yaml"
    vocab.write_text("actors:\n  - {id: NEWA, type: agency, country: IDN, name: A}\n")
    assert cli.main(["build", str(corpus), "--out", str(tmp_path / "out"), "--vocab", str(vocab), "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {vocab}:2: actor 'NEWA': unknown type 'agency'")
    assert "Traceback" not in err


def test_compiled_for_builds_once_per_fingerprint_and_builder():
    import copy

    from analysis.vocabulary import compiled_for, load_vocabulary

    vocabulary = load_vocabulary()
    calls = []

    def build(v):
        calls.append(v.fingerprint)
        return object()

    first = compiled_for(vocabulary, build)
    assert compiled_for(copy.copy(vocabulary), build) is first  # a copy (a worker's) shares the entry
    assert compiled_for(vocabulary, lambda v: "other") == "other"  # another builder, another entry
    assert calls == [vocabulary.fingerprint]


def test_no_blocked_phrase_is_a_known_actors_name():
    # a blocked phrase wins its overlaps and is dropped: one equal to an actor's form would hide that actor
    vocabulary = load_vocabulary()
    blocked = [p for key in ("not_actor_phrases", "armed_groups", "news_outlets", "place_names")
               for p in vocabulary.lexicon.get(key, ()) if "*" not in str(p)]
    assert [p for p in blocked if fold(str(p)) in vocabulary.forms] == []


def test_a_capitalised_only_programme_flag_is_read(tmp_path):
    own = tmp_path / "mine.yaml"
    own.write_text("programmes:\n  - {id: p-list, name: Daftar Khusus Fiktif, capitalised_only: true}\n", encoding="utf-8")
    programme = load_vocabulary([own]).programmes["p-list"]
    assert programme.capitalised_only and not load_vocabulary().programmes["mou"].capitalised_only


def test_consulates_come_from_templates_for_states_with_an_embassy(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("consulate_forms: ['Perwakilan Konsuler {}']\n", encoding="utf-8")
    vocabulary = load_vocabulary([path])
    consulate = vocabulary.actors["AUS-CONSULATE"]
    assert (consulate.country, consulate.partner_code, consulate.parent_id) == ("AUS", "AUS", "AUS")
    assert {"Konsulat Jenderal Australia", "Australian Consulate-General", "Perwakilan Konsuler Australia"} <= \
        set(consulate.forms)
    assert "IDN-CONSULATE" not in vocabulary.actors  # Indonesia's own are KJRI
    # a state without an embassy in the vocabulary gets no consulate
    assert not any(a.actor_id == f"{s.actor_id}-CONSULATE" for s in vocabulary.actors.values()
                   if s.actor_type == "state" and f"{s.actor_id}-EMBASSY" not in vocabulary.actors
                   for a in vocabulary.actors.values())


def test_a_foreign_agency_is_also_written_with_its_states_possessive(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n"
                    "  - {id: JPN-TIRTA, type: foreign_government_agency, country: JPN, name: Tirta Bureau of Japan}\n"
                    "  - {id: JPN-SARI, type: foreign_government_agency, country: JPN, name: Japanese Sari Office}\n"
                    "  - {id: TIRTA-NGO, type: civil_society, country: JPN, name: Tirta Society of Japan}\n",
                    encoding="utf-8")
    actors = load_vocabulary([path]).actors
    assert "Japan's Tirta Bureau" in actors["JPN-TIRTA"].forms  # "X of State"
    assert "Japan's Sari Office" in actors["JPN-SARI"].forms  # "Demonym X"
    assert not any("'s" in form for form in actors["TIRTA-NGO"].forms)  # a state's agencies only


def test_forms_that_need_their_state_are_read_and_matched(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n  - {id: JPN-TIRTA, type: foreign_government_agency, country: JPN, name: Tirta Bureau,"
                    " needs_its_state: [Tirta Office]}\n", encoding="utf-8")
    actor = load_vocabulary([path]).actors["JPN-TIRTA"]
    assert actor.forms_needing_state == ("Tirta Office",) and "Tirta Office" in actor.forms
