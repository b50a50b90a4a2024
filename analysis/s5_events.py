"""Stage 5, resolve dates (events): sentences, actor spans and dates -> dated `Event`s of cooperation (kind, status, participants, partners, scope, location), one per act however often the article reports it.

A clause reports an act when it holds an event cue (data/events.yaml) outside
an actor's name and not negated ("tanpa pernah bertemu"); a money word
("dana", "funds") counts only with a foreign partner in the clause. Its date is the
nearest act date of the clause (never a period, a statement, historical,
validity or closing date; a bare year only where nothing finer is given), else
the publication date, unless the clause names only past years (background).
A clause that names no counterpart takes the one the narrative is about (the
partners of the previous event, or of the act its cue points back at: "the
course", "pertemuan itu"). Reports of one act are merged: dated reports with
the same date and overlapping partners, anaphoric and closing-day reports
("hingga Jumat (7/6)") into the act told before, and undated reports into
the current act they share partners with.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from .s3_segment import Sentence, in_a_quotation, in_a_subheading
from .s4_match import Span
from .s5_dates import ENTRY_BULLETS, CueSet, DateMention, Published, grammar_for, truncate
from .vocabulary import HOME_COUNTRY, Actor, Vocabulary, VocabularyError, compiled_for

_NOT_ACT_DATE_ROLES = ("statement", "historical", "anniversary", "validity", "end", "tenure")
_YEAR_ONLY_FORMS = ("year", "year_part")


@dataclass(frozen=True)
class Event:
    event_id: str
    date: dt.date | None
    date_precision: str
    date_end: dt.date | None
    status: str  # held | planned
    kind: str  # visit | meeting | agreement | forum | training | launch | other
    participants: tuple[str, ...]
    partner_codes: tuple[str, ...]
    scope: str  # domestic | bilateral | multilateral
    location: str
    sentence_id: int
    evidence: str


# --------------------------------------------------------------------------- cue lists, compiled once per vocabulary

@dataclass(frozen=True)
class EventLexicon:
    cues: CueSet  # value: the rank of the cue's kind
    kinds: tuple[str, ...]  # by priority
    partner_only: CueSet  # cues that count only with a foreign partner in the clause ("funds")
    handover: CueSet  # of those, a handover of aid: an act of its own where the clause gives its weekday date
    both_sides: CueSet  # "kedua pihak", "both sides": the clause's act includes the counterpart told before
    one_side: CueSet  # "Dari pihak Indonesia", "the Indonesian delegation": the clause names one side of an act
    companion: re.Pattern | None  # "with", "bersama" right before a name: a body joining the clause's sides
    counterpart: re.Pattern | None  # "with", "bersama" right before a list of the counterparts of the clause's subject
    part: CueSet  # cues of a part of an act ("a session led by UNICEF"): undated, it belongs to the current act
    negation: CueSet  # value: whether the word negates a cue shortly after it ("tanpa", not "tidak hanya"), or sets it
    # aside as another act ("besides the signing")
    negation_reach: int  # words between a negation and the event cue
    planned_before: CueSet
    planned_after: CueSet
    planned_before_date: CueSet  # words right before an act's date that make it planned ("planned for", "later")
    planned_reach: int  # words between a planned cue and the event cue
    year_part: re.Pattern | None  # a part of a year ending a text ("akhir", "second half of"), from the date grammar
    venues: frozenset[str]  # prepositions that make a following state a venue
    region_words: frozenset[str]  # words for a part of a state between a venue preposition and it ("north-east")
    region_after: re.Pattern | None  # "Filipina Selatan": a region of the state, a place
    region_prepositions: frozenset[str]  # venue prepositions and "from", "to": before a region of a state
    state_title: re.Pattern  # the text before a state named in a person's title ("Ambassador to ")
    venue_list: re.Pattern  # the text before a state later in a list of venues ("in Indonesia, Malaysia and ")
    topic_fora: re.Pattern | None  # "multilateral fora, including ": the bodies listed after it are topics, not parties
    fora: CueSet  # the phrases for fora alone: where `topic_fora` is tried
    list_gap: re.Pattern  # what stands between two members of a list of names (", ", " and the ", " (")
    relative: re.Pattern | None  # ", which ": a relative clause set off by a comma opens (its own act)
    venue_place: re.Pattern  # the text before a state that names a venue's country ("di Brussel, ")
    title_link_words: frozenset[str]  # words one of which every state_title match holds ("to", "untuk")
    list_joiner_words: frozenset[str]  # "and", "dan": with a comma, what stands right before a later list member
    location: re.Pattern
    not_place: frozenset[str]
    place_stop: frozenset[str]  # words that end a location: a person's title follows ("Jakarta, British Ambassador")
    title_before: re.Pattern  # a person's title just before "di": the place is the title's ("Konsul RI di Osaka")
    anaphora_after: frozenset[str]  # words after a cue that point back at an act told before ("pertemuan itu")
    anaphora_before: frozenset[str]  # ("that meeting")
    relative_after: frozenset[str]  # "yang": "Kursus yang ... itu" opening a sentence points back at the act told
    offset_links: frozenset[str]  # "sebelum", "before" ending a count of days: the act after it is counted from
    time_relations: CueSet  # "days after", "hari setelah": what follows, up to the next cue, is another happening
    similar: re.Pattern | None  # "pelatihan serupa", "a similar course": an act like the one told, with its partner
    series: re.Pattern | None  # "the next consultations", "pelatihan berikutnya": the series told, with its partner
    demonstratives_after: frozenset[str]  # "Pelatihan ini ...": opening a sentence, they name the act just dated
    weak_anaphora_before: frozenset[str]  # words that point back only at an act of the same kind ("the course")
    sidelines: CueSet  # "on the sidelines", "di sela-sela": an act held beside another one
    sidelines_of_side_meetings: CueSet  # "di sela": beside another act only for a meeting of two sides
    gathering_name_ends: frozenset[str]  # "in", "di": words after a sideline phrase that end the gathering's name
    separate: CueSet  # "a separate meeting", "also called on": an act apart from the one told with it
    joining: CueSet  # "turut", "also sent": a party joining the act told, not the one the narrative goes on with
    beside_gathering: CueSet  # "bertemu", "bilateral talks", "side event": on a day of a gathering, an act of its own
    umbrella: CueSet  # "a series of", "rangkaian": an act made of acts, each dated part of it an act of its own
    generic: CueSet  # nouns for any act ("kegiatan"): opening a sentence, they name the act told before
    since_then: CueSet  # "Sejak itu", "Since then": opening a sentence, its acts came after the time told before
    then: CueSet  # "Saat itu", "At the time": opening a sentence, they put it at the time of the act told before
    quantifiers: frozenset[str]  # "sejumlah", "various": before a cue in an undated clause, acts in general, not one
    first_person: re.Pattern | None  # "I've", "saya" just before a cue: a person's own experience
    background: re.Pattern | None  # "initially", "awalnya": an undated clause of an institution's founding story
    called_off: re.Pattern | None  # "ditunda", "was postponed": the act told in the clause did not take place
    not_done: re.Pattern | None  # "it has not yet done so": the act told before it in the sentence did not happen
    correction: re.Pattern | None  # "Ralat:", "Correction:" opening a paragraph: it retells superseded facts
    founding: frozenset[str]  # "didirikan", "founded": cues that tell an institution's founding
    count_words: frozenset[str]  # "dua", "two" right before a cue: the acts told next, counted
    count_subjects: frozenset[str]  # "the" before such a number: the sides counted ("the two met"), not the acts
    guest_cues: frozenset[str]  # "menerima", "received": an act only with a foreign guest right after
    guest_title: re.Pattern  # what may stand between such a cue and the guest's state: the guest's title
    absent_before: re.Pattern | None  # "no", "tanpa", "does not involve" right before a state: it takes no part
    since_before: re.Pattern | None  # "since", "sejak" (the dates' since cues) right before a year
    tally: re.Pattern | None  # "sebanyak 50 pendamping telah dilatih": a count of those trained so far, no one act
    origin_before: PhrasePattern | None  # "dipulangkan dari ", "border with ": a state after it is a place, not a party
    observer_after: re.Pattern | None  # "... hadir sebagai peninjau": a state before it watches, it takes no part
    founders_before: PhrasePattern | None  # "yang digagas Selandia Baru dan ": a state after it founded what is told of
    joined_before: PhrasePattern | None  # "bid to join ": the organisation after it is what is joined, not a party
    tenure: PhrasePattern | None  # "during Cambodia's ASEAN chairmanship": a time named by an office, its holders no parties
    class_after: re.Pattern | None  # "G20 economy": the organisation before it names a class of states
    guidance_before: PhrasePattern | None  # "Pedoman ": the organisation after it is a guidance's author, not a party
    guidance_after: re.Pattern | None  # "'s Guidelines": likewise, the organisation before it
    multilateral: frozenset[str]  # partner codes of bodies whose meetings are multilateral (ASEAN)
    host_cities: dict[str, str]  # a foreign city, casefolded -> its state's actor id ("sydney" -> AUS)
    hosted_in: re.Pattern | None  # a venue preposition and a list of those cities ("di Abuja dan Nairobi")
    capital_pair: re.Pattern | None  # one of those cities joined to the home capital: the two governments ("Canberra
    # and Jakarta signed")
    city_separator: re.Pattern  # between the cities of such a list (", ", " dan ")
    opening_place: re.Pattern  # a venue preposition and a place opening a sentence ("Di Astana, ")
    separators: CueSet
    subordinators: CueSet  # "when", "ketika": a clause of time opens, its subjects before their verb
    cooperation: CueSet
    home: CueSet  # Indonesia and its places: a sentence naming one is about Indonesia
    home_places: CueSet  # Indonesia's places alone: a story naming one (or an Indonesian actor) is Indonesia's
    statement: CueSet
    current_days: int
    earliest_year: int  # acts dated before this year are history
    act_preposition: re.Pattern  # "pada", "on" right before a date: after an act word, that act's date
    # "a four-day course", "pelatihan empat hari" with a word saying it ended ("completed", "ditutup"): the act's
    # day is its last one
    days_long: re.Pattern | None
    completion: CueSet
    day_counts: dict[str, int]


def _topic_fora(lex: dict) -> re.Pattern | None:
    fora, introducers = lex.get("event_topic_fora", ()), lex.get("event_topic_introducers", ())
    if not fora or not introducers:
        return None
    return re.compile(rf"\b(?:{_alternation(fora)})\s*,?\s+(?:{_alternation(introducers)})\s+", re.IGNORECASE)


def lexicon_for(vocabulary: Vocabulary) -> EventLexicon:
    """The compiled event cue lists of a vocabulary, built once per fingerprint."""
    return compiled_for(vocabulary, _compile)


NOT_AN_ACT = -1  # the rank of a phrase that holds a cue but names no act (lexicon: event_not_acts)


def _compile(vocabulary: Vocabulary) -> EventLexicon:
    lex = vocabulary.lexicon
    kinds = tuple(lex.get("event_kinds", ()))
    rank_of: dict[str, int] = {}
    for entry in lex.get("event_cues", ()):
        if not isinstance(entry, dict) or entry.get("kind") not in kinds:
            raise VocabularyError(f"lexicon 'event_cues': every entry needs a kind from event_kinds {kinds}; got {entry!r}")
        for cue in entry.get("cues", ()):
            rank_of.setdefault(str(cue).strip(), kinds.index(entry["kind"]))
    for phrase in lex.get("event_not_acts", ()):  # matched with the cues so that, being longer, they win
        rank_of[str(phrase).strip()] = NOT_AN_ACT
    prepositions = "|".join(re.escape(p) for p in lex.get("event_location_prepositions", ("di", "in")))
    capital = r"[A-Z][\w'’.&-]*"
    place = rf"{capital}(?:[ ](?:{capital}|RI|\d+))*"
    buildings = _alternation(lex.get("event_location_buildings", ()))
    building = rf"(?:(?:{buildings})\s+)?" if buildings else ""
    dates = grammar_for(vocabulary)
    planned_before = list(lex.get("event_planned_before", ("akan",)))
    planned_after = list(lex.get("event_planned_after", ("akan di*",)))
    title_heads = _alternation(lex.get("person_title_heads", ("Ambassador",)))
    # where people came from ("dipulangkan dari"), the neighbour across a border ("perbatasan darat dengan")
    place_phrases = [*lex.get("event_origin_phrases", ()), *lex.get("event_border_phrases", ())]
    title = rf"\b(?:{title_heads})(?:\s+[A-Z][\w'’.-]*)*"
    title_links = _alternation(lex.get("event_state_title_links", ("to", "untuk")))
    joiners = _alternation(lex.get("event_list_joiners", ("and", "dan")))
    founder_joiners = _alternation(lex.get("event_founder_joiners", ("with",)))
    states = _alternation(f for a in vocabulary.actors.values() if a.actor_type == "state" for f in a.forms)
    venues = _alternation(lex.get("event_venue_prepositions", ("di", "in")))
    host_cities = _host_cities(lex.get("event_host_cities", ()), vocabulary)
    destinations = _alternation(lex.get("event_destination_prepositions", ()))
    city = _alternation(city for entry in lex.get("event_host_cities", ()) for city in entry.get("cities", ()))
    home_capitals = _alternation(lex.get("event_home_capitals", ()))
    return EventLexicon(
        cues=CueSet(rank_of, values=rank_of), kinds=kinds,
        partner_only=CueSet(lex.get("event_partner_only_cues", ())),
        handover=CueSet(lex.get("event_dated_handover_cues", ())),
        both_sides=CueSet(lex.get("event_both_sides", ())),
        one_side=CueSet(lex.get("event_one_side", ())),
        companion=re.compile(rf"\b(?:{'|'.join(re.escape(str(w)) for w in lex['event_companion_words'])})[ \t]+(?:the[ \t]+)?$",
                             re.I) if lex.get("event_companion_words") else None,
        counterpart=re.compile(rf"\b(?:{_alternation(lex['event_counterpart_words'])})[ \t]+(?:the[ \t]+)?$", re.I)
        if lex.get("event_counterpart_words") else None,
        home_places=CueSet(lex.get("indonesian_places", ())),
        home=CueSet([*lex.get("indonesian_places", ()),
                     *(f for a in vocabulary.actors.values() if a.actor_type == "state" and a.country == "IDN"
                       for f in a.forms)]),
        part=CueSet(lex.get("event_part_cues", ())),
        negation=CueSet((), values={**{c: True for c in lex.get("event_negation_cues", ())},
                                    **{c: True for c in lex.get("event_aside_cues", ())},
                                    **{c: False for c in lex.get("event_negation_exceptions", ())},
                                    **{c: False for c in lex.get("event_aside_exceptions", ())}}),
        negation_reach=int(lex.get("event_negation_reach", 2)),
        planned_before=CueSet(planned_before),
        planned_after=CueSet(planned_after),
        planned_before_date=CueSet(planned_before + planned_after + list(lex.get("event_planned_before_date", ()))),
        planned_reach=int(lex.get("event_planned_reach", 3)),
        year_part=dates.year_part,
        venues=frozenset(w.casefold() for w in lex.get("event_venue_prepositions", ("di", "in"))),
        region_words=frozenset(str(w).casefold() for w in lex.get("event_state_region_words", ())),
        region_prepositions=frozenset(str(w).casefold() for w in [*lex.get("event_venue_prepositions", ()),
                                                                   *lex.get("event_region_prepositions", ())]),
        region_after=re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, sorted(
            map(str, lex["event_state_region_words_after"]), key=len, reverse=True))) + r")\b")
        if lex.get("event_state_region_words_after") else None,
        # "Ambassador to ", "Ambassador to Indonesia and ": a state in the title's list of postings
        state_title=re.compile(rf"{title}\s+(?:{title_links})\s+"
                               rf"(?:[A-Z][\w'’.-]*(?:\s*,\s*|\s+(?:{joiners})\s+|\s+))*$"),
        topic_fora=_topic_fora(lex),
        fora=CueSet(lex.get("event_topic_fora", ())),
        list_gap=re.compile(rf"[\s,()]*(?:(?:{joiners})[\s,()]+)*", re.I),
        relative=re.compile(rf",\s+(?:{_alternation(lex['event_relative_pronouns'])})\s", re.I)
        if lex.get("event_relative_pronouns") else None,
        # a lower-case venue word, then only state names and joiners up to the state ("di Jakarta, Jepang" is no list)
        venue_list=re.compile(rf"(?<![\w])(?:{venues})\s+(?:(?:{states})(?:\s*,\s*|\s+(?:{joiners})\s+)+)+$"),
        # (perhaps a building before the city: "di Markas Besar PBB, New York, Amerika Serikat")
        venue_place=re.compile(rf"(?<!\w)(?:{venues})\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}},\s*)?"
                               rf"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}},\s*$"),
        title_link_words=frozenset(str(w).casefold() for w in lex.get("event_state_title_links", ("to", "untuk"))),
        list_joiner_words=frozenset(str(w).casefold() for w in lex.get("event_list_joiners", ("and", "dan"))),
        host_cities=host_cities,
        city_separator=re.compile(rf"\s*,\s*|\s+(?:{joiners})\s+", re.I),
        opening_place=re.compile(rf"(?i:{venues})\s+(?P<place>[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){{0,2}}),"),
        capital_pair=re.compile(rf"(?<![\w-])(?:(?P<city>{city})\s+(?:{joiners})\s+(?:{home_capitals})"
                                rf"|(?:{home_capitals})\s+(?:{joiners})\s+(?P<city_after>{city}))(?![\w-])")
        if host_cities and home_capitals else None,
        hosted_in=re.compile(rf"(?<!\w)(?i:{venues}|{destinations})\s+(?P<cities>(?:{city})(?:(?:\s*,\s*|\s+(?i:{joiners})\s+)(?:{city}))*)"
                             rf"(?![\w-])") if host_cities else None,
        location=re.compile(rf"(?<!\w)(?:{prepositions})\s+(?P<place>{building}{place}(?:,\s+{place})*)"),
        not_place=frozenset({w.casefold() for w in dates.weekdays} | set(dates.months)),
        place_stop=frozenset(w.casefold() for w in lex.get("person_title_heads", ())),
        title_before=re.compile(rf"{title}\s*$"),
        anaphora_after=frozenset(w.casefold() for w in lex.get("event_anaphora_after", ())),
        anaphora_before=frozenset(w.casefold() for w in lex.get("event_anaphora_before", ())),
        offset_links=frozenset(w.casefold() for w in lex.get("event_offset_links", ())),
        relative_after=frozenset(w.casefold() for w in lex.get("event_relative_after", ())),
        time_relations=CueSet(lex.get("event_time_relations", ())),
        similar=re.compile(rf"\b(?:{_alternation(lex['event_similar_words'])})\b", re.I)
        if lex.get("event_similar_words") else None,
        series=re.compile(rf"\b(?:{_alternation(lex['event_series_words'])})\b", re.I)
        if lex.get("event_series_words") else None,
        demonstratives_after=frozenset(w.casefold() for w in lex.get("event_demonstratives_after", ())),
        weak_anaphora_before=frozenset(w.casefold() for w in lex.get("event_weak_anaphora_before", ())),
        sidelines=CueSet(lex.get("event_sideline_phrases", ())),
        sidelines_of_side_meetings=CueSet(lex.get("event_sideline_phrases_of_side_meetings", ())),
        gathering_name_ends=frozenset(str(w).casefold() for w in lex.get("event_gathering_name_ends", ())),
        separate=CueSet(lex.get("event_separate_markers", ())),
        joining=CueSet(lex.get("event_joining_words", ())),
        beside_gathering=CueSet(lex.get("event_beside_gathering", ())),
        umbrella=CueSet(lex.get("event_umbrella_words", ())),
        generic=CueSet(lex.get("event_generic_nouns", ())),
        then=CueSet(lex.get("event_temporal_anaphora", ())),
        since_then=CueSet(lex.get("event_since_then", ())),
        quantifiers=frozenset(str(w).casefold() for w in lex.get("event_quantifiers", ())),
        first_person=_first_person(lex.get("event_first_person", ())),
        since_before=re.compile(rf"\b(?:{_alternation(lex['date_since_cues'])})\s+(?:(?:the\s+)?(?:year|tahun)\s+)?$",
                                re.I) if lex.get("date_since_cues") else None,
        absent_before=re.compile(rf"\b(?:{_alternation(lex['event_absent_before'])})\s+$", re.I)
        if lex.get("event_absent_before") else None,
        founding=frozenset(" ".join(str(w).casefold().split()) for w in lex.get("event_founding_cues", ())),
        count_words=frozenset(str(w).casefold() for w in lex.get("event_count_words", ())),
        count_subjects=frozenset(str(w).casefold() for w in lex.get("event_count_subject_words", ())),
        guest_cues=frozenset(" ".join(str(w).casefold().split()) for w in lex.get("event_guest_cues", ())),
        # "menerima Wakil Ketua Komite Tirta Tirtania", "received the Deputy Minister of Tirtania": nothing, or a
        # person's title up to the state it belongs to
        guest_title=re.compile(rf"\s+(?:(?:the\s+)?(?:{title_heads})(?:\s+(?:[A-Z][\w'’.-]*|of|the))*\s+)?"),
        correction=re.compile(rf"^[ \t]*(?:{_alternation(lex['event_correction_openers'])})[ \t]*:[^\n]*", re.I | re.M)
        if lex.get("event_correction_openers") else None,
        called_off=re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(lex["event_called_off"], key=len, reverse=True)))
                              + r")\b", re.I) if lex.get("event_called_off") else None,
        not_done=re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(lex["event_not_done"], key=len, reverse=True)))
                            + r")\b", re.I) if lex.get("event_not_done") else None,
        # a number, its noun, then a perfect ("50 pendamping telah", "1,200 officers have been") right before the cue
        tally=re.compile(rf"(?<![\w.,])(?:\d[\d.,]*|{_alternation(lex.get('event_tally_numbers', ()))})\s+(?:[\w-]+\s+){{1,3}}"
                         rf"(?:{_alternation(lex['event_tally_perfects'])})\s+$", re.I)
        if lex.get("event_tally_perfects") else None,
        background=re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(lex["event_background_words"], key=len, reverse=True)))
                              + r")\b", re.I) if lex.get("event_background_words") else None,
        joined_before=PhrasePattern.of(
            re.compile(rf"\b(?:{_alternation(lex['event_membership_phrases'])})\s+(?:the\s+)?$", re.I),
            lex["event_membership_phrases"]) if lex.get("event_membership_phrases") else None,
        # (the holder before the office, in English, or after it, in Indonesian: "selama keketuaan Kamboja di ASEAN")
        # (tried only in a body that holds an office's word: "chairmanship", "keketuaan" are rare)
        tenure=PhrasePattern.of(
            re.compile(rf"\b(?:{_alternation(lex['event_tenure_openers'])})\s+(?:the\s+)?"
                       rf"(?:[^\s,.;:!?]+\s+){{0,3}}?(?:{_alternation(lex['event_tenure_words'])})\b"
                       rf"(?:\s+(?:di\s+|of\s+(?:the\s+)?)?[A-Z][^\s,.;:!?]*){{0,2}}", re.I), lex["event_tenure_words"])
        if lex.get("event_tenure_openers") and lex.get("event_tenure_words") else None,
        # (perhaps after the organisation's acronym in brackets: "Group of 20 (G20) economy")
        class_after=re.compile(rf"(?:\)|\s*\([^()\n]{{1,12}}\))?\s+(?:{_alternation(lex['event_membership_classes'])})\b")
        if lex.get("event_membership_classes") else None,
        guidance_before=PhrasePattern.of(
            re.compile(rf"\b(?:{_alternation(lex['event_guidance_words'])})\s+(?:of\s+)?(?:the\s+)?$", re.I),
            lex["event_guidance_words"]) if lex.get("event_guidance_words") else None,
        guidance_after=re.compile(rf"(?:['’]s)?\s+(?:{_alternation(lex['event_guidance_words'])})\b", re.I)
        if lex.get("event_guidance_words") else None,
        observer_after=re.compile(rf"(?:,\s*(?:which|who|yang))?[^.,;\n]{{0,40}}?\b(?:{_alternation(lex['event_observer_phrases'])})\b", re.I)
        if lex.get("event_observer_phrases") else None,
        # (the phrase, then perhaps the list's earlier states: "returned from Syria and Iraq", "case studies from
        # Indonesia, Kenya and Jordan")
        origin_before=PhrasePattern.of(
            re.compile(rf"(?:{_alternation(place_phrases)})\s+(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*"
                       rf"(?:,\s*|\s+(?:{joiners})\s+))*$", re.I), place_phrases) if place_phrases else None,
        # (the phrase, then perhaps a founder's title and name or other founders before the state, joined also by
        # the founders' own joiners, "bersama", "with": "digagas Perdana Menteri Selandia Baru Jacinda Ardern bersama Prancis")
        founders_before=PhrasePattern.of(
            re.compile(rf"\b(?:{_alternation(lex['event_founder_phrases'])})\s+(?:(?-i:[A-Z])[\w'’-]*"
                       rf"(?:\s+(?-i:[A-Z])[\w'’-]*)*(?:,\s*|\s+(?:{joiners}|{founder_joiners})\s+))*$",
                       re.I), lex["event_founder_phrases"]) if lex.get("event_founder_phrases") else None,
        multilateral=frozenset(str(c).upper() for c in lex.get("event_multilateral_partners", ())),
        separators=CueSet(lex.get("event_clause_separators", ("dan", "and"))),
        subordinators=CueSet(lex.get("event_subordinators", ())),
        cooperation=CueSet(lex.get("event_cooperation_cues", ("kerja sama",))),
        statement=dates.statement,
        current_days=int(lex.get("event_current_days", 14)),
        earliest_year=int(lex.get("event_earliest_year", 0)),
        act_preposition=re.compile(rf"\s+(?:{_alternation(lex.get('date_act_prepositions', ('pada', 'on')))})\s+$", re.I),
        days_long=re.compile(rf"\b({_alternation(w for w, n in dates.counts.items() if n)}|\d{{1,2}})"
                             rf"(?:-|\s+)(?:{_alternation(lex['event_day_words'])})\b", re.I)
        if lex.get("event_day_words") else None,
        completion=CueSet(lex.get("event_completion_cues", ())),
        day_counts={w: n for w, n in dates.counts.items() if n},
    )


def _host_cities(entries: Iterable[dict], vocabulary: Vocabulary) -> dict[str, str]:
    """Lexicon `event_host_cities` as a casefolded city -> the id of its state, checked on load: every state is a
    state of the actors' data and no city is claimed by two of them."""
    cities: dict[str, str] = {}
    for entry in entries:
        state = str(entry.get("state", ""))
        actor = vocabulary.actors.get(state)
        if actor is None or actor.actor_type != "state":
            raise VocabularyError(f"lexicon 'event_host_cities': {state!r} is no state of the actors' data ({entry!r})")
        for city in entry.get("cities", ()):
            key = " ".join(str(city).split()).casefold()
            if cities.get(key, state) != state:
                raise VocabularyError(f"lexicon 'event_host_cities': {city!r} is claimed by {cities[key]} and {state}")
            cities[key] = state
    return cities


def _alternation(words: Iterable[str]) -> str:
    """Literal phrases as one alternation, longest first, with any white space between words."""
    unique = sorted({str(w).strip() for w in words if str(w).strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in unique)


# The only characters a case-insensitive pattern takes for an ASCII letter that `lower()` does not make that letter
# ("İ" and "ı" for "i", "ſ" for "s"; tests check this against every character)
FOLDED_TO_ASCII = "İıſ"


@dataclass(frozen=True)
class PhrasePattern:
    """A pattern every match of which holds one of some literal phrases (an `_alternation` of them), tried
    only where all the words of one of them occur.

    Such patterns are searched in a short window before every actor span, or in a whole body for rare words;
    trying them at each offset costs far more than a few substring tests. A case-insensitive match of an ASCII
    phrase holds each of its words lower-cased, unless the text holds a character of FOLDED_TO_ASCII, so a text
    that lacks a word of every phrase cannot match."""

    pattern: re.Pattern
    words: tuple[str, ...] | None  # the longest word of each phrase, lower-cased; None: a phrase is not ASCII
    # the other words of the phrases each of `words` is the longest of ("the" -> ("on", "way", "to")): a short
    # longest word ("the", "from") is in most windows, the whole phrase ("on the way to", "FTF from") seldom is
    other_words: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, pattern: re.Pattern, phrases: Iterable[str]) -> "PhrasePattern":
        phrases = [str(p).strip() for p in phrases if str(p).strip()]
        if not all(p.isascii() for p in phrases):
            return cls(pattern, None)
        other_words: dict[str, set[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = phrase.lower().split()
            longest = max(words, key=len)
            other_words.setdefault(longest, set()).add(tuple(sorted(set(words) - {longest})))
        return cls(pattern, tuple(sorted(other_words)),
                   {word: tuple(sorted(others)) for word, others in other_words.items()})

    def may_match(self, text: str) -> bool:
        """False only where no match can be: the text lacks a word of every phrase."""
        if self.words is None or any(c in text for c in FOLDED_TO_ASCII):
            return True
        lowered = text.lower()
        # (the longest words first: most windows hold none of them, and one test per word settles those)
        return any(word in lowered and any(all(other in lowered for other in others)
                                           for others in self.other_words[word]) for word in self.words)

    def search(self, text: str, start: int, end: int) -> re.Match | None:
        return self.pattern.search(text, start, end) if self.may_match(text[start:end]) else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())


# --------------------------------------------------------------------------- one act as found in a clause

@dataclass
class _Act:
    start: int
    end: int
    sentence_id: int
    kind: str
    status: str
    date: dt.date | None
    precision: str
    date_end: dt.date | None
    own_date: bool  # the clause gives the date (else the publication date stands in)
    participants: list[str]
    location: str
    evidence: str
    partners: set[str] = field(default_factory=set)
    anaphora: str = ""  # the cue points back at an act told before: "strong" ("pertemuan itu"), "weak" ("the course")
    until: dt.date | None = None  # the clause gives only the act's last day ("berlangsung hingga Jumat (7/6)")
    part: bool = False  # the clause tells only a part of an act ("A session led by UNICEF covered ...")
    paragraph: int = 0  # the paragraph of the body it is told in
    aside: bool = False  # held on the sidelines of another act ("On the sidelines, X and Y held talks"): an act of its own
    cue_words: frozenset[str] = frozenset()  # the cues as written, casefolded ("consultations"): what the act is called
    beside: bool = False  # a meeting of two sides or a side event ("Rycko bertemu ..."): not a day of a longer gathering
    separate: bool = False  # told as an act apart ("then held a separate meeting with ..."): no twin of one told before
    umbrella: bool = False  # a series of acts ("a series of meetings from 3 to 10 June"): its later days are acts apart
    month_told_relative: bool = False  # dated by "this month", "bulan lalu": a month told apart from days of it
    joining: bool = False  # a party joining the act told ("Tirtania turut menugaskan pelatih"): no narrative's counterpart


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    kind: str
    rank: int  # position of the kind in the priority list
    partner_only: bool = False  # counts only where the clause names a foreign partner ("seized funds")
    part: bool = False  # names a part of an act ("session")


_NEGATION_WINDOW = 40  # characters before a cue searched for a negation ("tanpa pernah bertemu")


def _cues(body: str, lx: EventLexicon, actor_spans: list[Span]) -> list[_Cue]:
    """Every event cue outside an actor's name ("Forum Koordinasi ..." is an organisation, not a forum) and
    not negated ("tanpa pernah bertemu", "not a meeting but ...")."""
    found = []
    starts = [s.start for s in actor_spans]
    partner_only = {start for start, _, _ in lx.partner_only.find(body)}
    part = {start for start, _, _ in lx.part.find(body)}
    negations = lx.negation.find(body)  # once per body, not once per cue
    negation_ends = [end for _, end, _ in negations]
    for start, end, rank in lx.cues.find(body):
        if rank == NOT_AN_ACT:
            continue  # "pelatihan militer ilegal": militants' training, no act of cooperation
        i = bisect_right(starts, start) - 1
        if i >= 0 and end <= actor_spans[i].end and lx.kinds[rank] != "meeting":
            # (but a body that is a meeting, named by it, meets: "pertemuan pejabat senior ASEAN ...", "the 20th ARF
            # Inter-Sessional Meeting on Counter-Terrorism ... held in Seoul")
            continue
        if _negated(body, start, negations, negation_ends, lx):
            continue
        found.append(_Cue(start, end, lx.kinds[rank], rank, start in partner_only, start in part))
    return found


def _receives_a_foreign_guest(body: str, cue: _Cue, spans: list[Span], span_starts: list[int],
                              actors: dict[str, Actor], lx: EventLexicon) -> bool:
    """Whether a foreign body, or an official of a foreign state by title, follows the cue right after it
    ("menerima Duta Besar Tirtania"): receiving such a guest is a visit, receiving a report or an award is not."""
    i = bisect_left(span_starts, cue.end)
    if i == len(spans) or not getattr(actors.get(spans[i].entry_id), "partner_code", ""):
        return False
    return lx.guest_title.fullmatch(body, cue.end, spans[i].start) is not None


def _negated(body: str, start: int, negations: list[tuple[int, int, object]], negation_ends: list[int],
             lx: EventLexicon) -> bool:
    """Whether a negation (`negations`: the body's, in order) stands a few words before the cue at `start`,
    in the same clause."""
    i = bisect_right(negation_ends, start) - 1
    if i < 0 or negations[i][0] < start - _NEGATION_WINDOW:
        return False
    _, end, negates = negations[i]
    between = body[end:start]
    return bool(negates) and not any(stop in between for stop in ",.;:!?") and \
        len(between.split()) <= lx.negation_reach


def _in(items: list, starts: list[int], lo: int, hi: int) -> list:
    """The items (sorted by .start, with `starts` their start offsets) that begin in [lo, hi)."""
    i = bisect_left(starts, lo)
    j = bisect_left(starts, hi, i)
    return items[i:j]


def _antecedent(body: str, spans: list[Span], at: int, actors: dict[str, Actor], bystanders: frozenset[int],
                lx: EventLexicon) -> list[str]:
    """The actors a relative clause opening at `at` is about: those named right before it, a list included
    ("New Zealand and France, which ...")."""
    before = [s for s in spans if s.end <= at]
    named: list[Span] = []
    end = at
    for span in reversed(before):
        if not lx.list_gap.fullmatch(body, span.end, end):
            break
        named.append(span)
        end = span.start
    return _participants(list(reversed(named)), actors, bystanders)


def _clauses(body: str, sentence: Sentence, cues: list[_Cue], spans: list[Span], actors: dict[str, Actor],
             lx: EventLexicon, dates: list[DateMention] = ()) -> list[tuple[int, int]]:
    """Split a sentence where a conjunction joins two acts with different partners ("konferensi A dan dialog B")
    or with dates of their own ("the last dialogue took place in November 2022, and the next round is planned
    for early 2024")."""
    if len(cues) < 2:
        return [_cued_segment(body, sentence, cues)] if cues else [(sentence.start, sentence.end)]
    # (not a conjunction between two names of one list, "BNPT, Spain and UNOCT agreed": one act's parties)
    cuts = [start for start, end, _ in lx.separators.find(body, None, sentence.start, sentence.end)
            if not _joins_two_names(body, start, end, spans)]
    # a relative clause set off by a comma that tells an act of its own ("agreed on a report, which will be
    # submitted to the ministerial meeting in July") is a clause apart, whatever its partners and dates
    relative = {m.start() for m in lx.relative.finditer(body, sentence.start, sentence.end)} if lx.relative else set()
    cuts = sorted({c for c in cuts if not any(s.start <= c < s.end for s in spans)} | relative)
    bounds = [sentence.start] + cuts + [sentence.end]
    dated = [d.start for d in dates if not d.is_period and d.role not in _NOT_ACT_DATE_ROLES]
    clauses: list[tuple[int, int, bool, frozenset, bool]] = []
    for lo, hi in zip(bounds, bounds[1:]):
        has_cue = any(lo <= c.start < hi for c in cues)
        has_date = any(lo <= d < hi for d in dated)
        partners = frozenset(actors[s.entry_id].partner_code for s in spans
                             if lo <= s.start < hi and s.entry_id in actors and actors[s.entry_id].partner_code)
        if clauses:
            prev_lo, _, prev_cue, prev_partners, prev_date = clauses[-1]
            apart = has_cue and prev_cue and (partners and prev_partners and partners != prev_partners
                                              and not _subjects_run_on(body, prev_lo, lo, cues, lx)
                                              or has_date and prev_date or lo in relative)
            if not apart:
                clauses[-1] = (clauses[-1][0], hi, prev_cue or has_cue, prev_partners | partners,
                               prev_date or has_date)
                continue
        clauses.append((lo, hi, has_cue, partners, has_date))
    return [(lo, hi) for lo, hi, _, _, _ in clauses]


def _joins_two_names(body: str, start: int, end: int, spans: list[Span]) -> bool:
    """Whether the conjunction body[start:end] stands between two names with nothing else around it ("BNPT, Spain
    and UNOCT"): it joins a list, not two clauses."""
    return any(s.end <= start and not body[s.end:start].strip(" ,") for s in spans) and \
        any(s.start >= end and not body[end:s.start].strip() for s in spans)


def _cued_segment(body: str, sentence: Sentence, cues: list[_Cue]) -> tuple[int, int]:
    """The part of a sentence between semicolons that holds its one cue: a clause after a semicolon that tells no
    act is no party to it ("New Zealand and France launched the Call in 2019; Indonesia has not signed up")."""
    cue = cues[0]
    start = body.rfind(";", sentence.start, cue.start)
    end = body.find(";", cue.end, sentence.end)
    return (start + 1 if start >= 0 else sentence.start, end if end >= 0 else sentence.end)


def _subjects_run_on(body: str, lo: int, hi: int, cues: list[_Cue], lx: EventLexicon) -> bool:
    """Whether a clause of time opens after the clause's last cue ("... signed on to the Call when New Zealand's
    leader [and France's leader launched it]"): the names after it are subjects of the next clause's verb."""
    last_cue = max((c.end for c in cues if lo <= c.start < hi), default=None)
    return last_cue is not None and bool(lx.subordinators.find(body, None, last_cue, hi))


# a verb joined on after a date: the date before the joint is the earlier verb's ("arrested in December and was
# handed to Densus 88 on Tuesday", "ditangkap pada Desember lalu diserahkan ...")
_NEXT_VERB = re.compile(r"\s(?:and|dan|lalu|kemudian|then|before|sebelum|hingga|until)\s", re.I)
_NEXT_VERB_PENALTY = 1000


_POSSESSIVE = re.compile(r"['’]s\b")  # right after a date: "Wednesday's meeting", "last year's forum"


def _act_date(body: str, cues: list[_Cue], dates: list[DateMention],
              published: Published | None = None, lx: EventLexicon | None = None) -> tuple[_Cue, DateMention | None]:
    """The clause's act date (the one nearest an event cue) and that cue, whose context decides the status."""
    # (a quoted speaker's "today" or "last year" is their own time; their "next year" still dates the plan they tell)
    # (a date right after an act word and its preposition is that act's, whatever speech verb comes before: "X said
    # the meeting on Tuesday and Wednesday brought together ...")
    eligible = [d for d in dates if not d.is_period and (
        d.role not in _NOT_ACT_DATE_ROLES or d.role == "statement" and _right_after_a_cue(body, d, cues, lx))
                and not (d.form == "relative" and in_a_quotation(body, d.start) and not _ahead(d, published))]
    # a date written as a possessive names an act told before ("At the end of Wednesday's meeting, the two sides
    # agreed to hold a workshop in the second half of this year"): another date of the clause dates its act
    eligible = [d for d in eligible if not _POSSESSIVE.match(body, d.end)] or eligible
    # a bare or relative year ("pada 2023", "this year") dates an act only where the clause gives nothing finer (but
    # a year still ahead beside finer dates already past: "At the closing ceremony on September 16, X said the
    # centre would open a second course next year")
    finer = [d for d in eligible if d.form not in _YEAR_ONLY_FORMS and d.precision != "year"]
    ahead = [d for d in eligible if d not in finer and _ahead(d, published)]
    eligible = (finer + ahead if ahead and all(_before_publication(d, published) for d in finer) else finer) \
        or eligible
    if not eligible:
        return min(cues, key=lambda c: (c.rank, c.start)), None

    def distance(c: _Cue, d: DateMention) -> int:
        if d.end <= c.start:
            return c.start - d.end + (_NEXT_VERB_PENALTY if _NEXT_VERB.search(body, d.end, c.start) else 0)
        return max(d.start - c.end, 0)
    cue, date = min(((c, d) for c in cues for d in eligible), key=lambda cd: (distance(*cd), cd[0].rank))
    return cue, date


def _more_dates_of_the_act(body: str, cue: _Cue, date: DateMention | None, dates: list[DateMention],
                           cue_starts: list[int], lx: EventLexicon) -> list[DateMention]:
    """The dates after an act word's own one that "and" adds to it, each with no act word of its own ("sessions on
    border security in March and on prison intelligence in July", "pelatihan pada Maret dan Juli"): the same kind
    of act again, at another time. Only dates of the same precision, and no years (a year beside a month is the
    month's); each after the word the first one follows, or right after the "and" (not "began Monday ... and runs
    through Sept. 6": the end of the act told)."""
    if date is None or cue.end > date.start or date.form in _YEAR_ONLY_FORMS:
        return []
    more, last = [], date
    for d in sorted(dates, key=lambda d: d.start):
        if d.start < last.end:
            continue
        joined = lx.separators.find(body, None, last.end, d.start)
        if d.is_period or d.role in _NOT_ACT_DATE_ROLES or d.form in _YEAR_ONLY_FORMS or d.precision != date.precision \
                or d.date == last.date or not joined \
                or bisect_left(cue_starts, last.end) != bisect_left(cue_starts, d.start) \
                or body[joined[-1][1]:d.start].strip(" ,") and _word_before(body, d.start) != _word_before(body, date.start):
            break
        more.append(d)
        last = d
    return more


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _word_before(body: str, at: int) -> str:
    found = _LAST_WORD.search(body, max(0, at - 20), at)
    return found.group(1).casefold() if found else ""


def _right_after_a_cue(body: str, date: DateMention, cues: list[_Cue], lx: EventLexicon | None) -> bool:
    """Whether the date follows an act word with only a preposition between ("the meeting on Tuesday")."""
    return lx is not None and any(c.end <= date.start and lx.act_preposition.fullmatch(body, c.end, date.start)
                                  for c in cues)


def _ahead(date: DateMention, published: Published | None) -> bool:
    """A date later than the publication's, at the date's own precision ("tahun depan" in a story of January)."""
    return published is not None and published.date is not None and date.precision != "day" and \
        date.date > truncate(published.date, date.precision)


def _kind(cues: list[_Cue]) -> str:
    """The most specific kind cued in the clause ("pertemuan ... Regional Forum" is a forum)."""
    return min(cues, key=lambda c: c.rank).kind


def _status(body: str, cue: _Cue, lo: int, hi: int, date: DateMention | None, published: Published,
            lx: EventLexicon) -> str:
    """Planned for "akan"/"rencana"/"will" shortly before the cue (or "akan dilaksanakan" after it), or a future date."""
    before = body[max(lo, cue.start - 60):cue.start]
    planned = lx.planned_before.search(before)
    if planned and len(before[planned[1]:].split()) <= lx.planned_reach:
        return "planned"
    after = body[cue.end:min(hi, cue.end + 40)]
    first = lx.planned_after.find(after)
    if first and len(after[:first[0][0]].split()) <= 1:
        return "planned"
    if date is not None and published.date is not None and published.precision == "day" and date.date > published.date:
        return "planned"
    if date is not None and _planned_date(body, lo, date, published, lx):
        return "planned"
    return "held"


_PLANNED_DATE_WINDOW = 40  # characters before an act's date searched for a planned cue ("planned for June")
_PLANNED_DATE_REACH = 2  # words between that cue and the date ("dijadwalkan pada Juni")


def _planned_date(body: str, lo: int, date: DateMention, published: Published, lx: EventLexicon) -> bool:
    """A planned cue right before the act's date ("..., planned for June 2025", "later this month"), unless
    the date is already past."""
    if published.date is not None and _before_publication(date, published):
        return False
    before = body[max(lo, date.start - _PLANNED_DATE_WINDOW):date.start]
    found = lx.planned_before_date.find(before)
    if not found:
        return False
    between = before[found[-1][1]:]
    part = lx.year_part.search(between.casefold()) if lx.year_part is not None else None
    if part is not None:
        between = between[:part.start()]  # "dijadwalkan ulang pada akhir tahun ini": the part is of the date
    return not any(stop in between for stop in ".;!?") and len(between.split()) <= _PLANNED_DATE_REACH


def _before_publication(date: DateMention, published: Published) -> bool:
    """Whether a date's whole period lies before the publication date's period."""
    last = date.date_end or date.date
    if "year" in (date.precision, published.precision):
        return last.year < published.date.year
    if "month" in (date.precision, published.precision):
        return (last.year, last.month) < (published.date.year, published.date.month)
    return last < published.date


def _location(body: str, lo: int, hi: int, lx: EventLexicon) -> str:
    """The first place of the clause ("di Sentul, Jawa Barat"), not where a statement was made ("kata X di Jakarta"),
    up to a person's title ("in Hanoi, Canadian Ambassador ...")."""
    for m in lx.location.finditer(body, lo, hi):
        if lx.statement.search(body[max(lo, m.start() - 30):m.start()]):
            continue  # "kata X di Jakarta": where it was said
        if lx.title_before.search(body, max(lo, m.start() - 60), m.start()):
            continue  # "Konsul Jenderal RI di Osaka ...": a person's post
        parts = []
        for part in (p.rstrip(".") for p in m.group("place").split(", ")):
            if any(w.casefold() in lx.place_stop for w in part.split()):
                break
            if part.split()[0].casefold() not in lx.not_place:  # "in June 2025" is a date
                parts.append(part)
        if parts:
            return ", ".join(parts)
    return ""


_TITLE_REACH = 80  # characters before a state searched for a person's title that names it ("Ambassador to")
_FOUNDERS_REACH = 80  # characters before a state searched for a founding phrase, a founder's title and name between


def _participants(spans: list[Span], actors: dict[str, Actor], bystanders: frozenset[int]) -> list[str]:
    """Actor ids of the spans, in order, without the states `bystanders` marks (by start offset)."""
    ids = []
    for span in spans:
        if span.entry_id in actors and span.start not in bystanders and span.entry_id not in ids:
            ids.append(span.entry_id)
    return ids


def _bystanders(body: str, spans: list[Span], actors: dict[str, Actor], lx: EventLexicon) -> frozenset[int]:
    """Start offsets of the states that take no part: named only as a venue ("forum di Thailand", "in
    Indonesia, Brunei and Vietnam") or inside a person's title ("Ambassador to Indonesia and Brunei"); of the
    bodies named as the fora a cooperation takes place in ("cooperation in multilateral fora, including the UN");
    and of the organisations a state seeks to join, joined or is told as a member of ("Timor-Leste's bid to join
    ASEAN", "the last G20 economy to join")."""
    return frozenset(span.start for span in spans if span.entry_id in actors
                     and actors[span.entry_id].actor_type == "state" and _not_a_party(body, span, lx)) | \
        _fora_named(body, spans, lx) | _office_holders(body, spans, lx) | _foreign_envoys_postings(body, spans, actors, lx) | \
        _gathering_hosts(body, spans, actors, lx) | frozenset(
            span.start for span in spans if lx.joined_before is not None
            and lx.joined_before.search(body, max(0, span.start - 40), span.start)
            or lx.class_after is not None and actors.get(span.entry_id) is not None
            and actors[span.entry_id].actor_type == "international_organisation"
            and lx.class_after.match(body, span.end)) | _guidance_authors(body, spans, actors, lx)


def _guidance_authors(body: str, spans: list[Span], actors: dict[str, Actor], lx: EventLexicon) -> frozenset[int]:
    """Start offsets of the international organisations named only as the authors of a guidance the act draws on
    ("mengacu pada Pedoman Tirta-Org tentang ...", "drawing on the Tirta-Org's Guidelines"): a text consulted, not a
    party to the act."""
    return frozenset(
        span.start for span in spans if actors.get(span.entry_id) is not None
        and actors[span.entry_id].actor_type == "international_organisation"
        and (lx.guidance_before is not None and lx.guidance_before.search(body, max(0, span.start - 30), span.start)
             or lx.guidance_after is not None and lx.guidance_after.match(body, span.end)))


_NAME_WORD_OR_MARK = re.compile(r"[^\s,.;:!?()]+|[,.;:!?()]")  # the words of a gathering's name, or what ends it


def _gathering_hosts(body: str, spans: list[Span], actors: dict[str, Actor], lx: EventLexicon) -> frozenset[int]:
    """Start offsets of the international organisations in the name of the gathering an act was held beside ("met on
    the sidelines of the Interpol General Assembly in Lyon", "di sela Sidang Majelis Umum PBB di New York"): the
    gathering's host, not a party to the talks held beside it."""
    hosts = set()
    for _, end, _ in [*lx.sidelines.find(body), *lx.sidelines_of_side_meetings.find(body)]:
        # the gathering's name runs up to a punctuation mark or a word that opens a place, a date or a party
        name_end = end
        for word in _NAME_WORD_OR_MARK.finditer(body[end:end + 120]):
            if not word.group()[0].isalnum() or word.group().casefold() in lx.gathering_name_ends:
                break
            name_end = end + word.end()
        hosts.update(span.start for span in spans if end <= span.start < name_end and span.entry_id in actors
                     and actors[span.entry_id].actor_type == "international_organisation")
    return frozenset(hosts)


def _foreign_envoys_postings(body: str, spans: list[Span], actors: dict[str, Actor], lx: EventLexicon) -> frozenset[int]:
    """Start offsets of the organisations a foreign state's envoy is posted to ("Duta Besar Tirtania untuk PBB"):
    the envoy acts for the state; the organisation is the posting, no party."""
    postings = set()
    for before, span in zip(spans, spans[1:]):
        organisation, state = actors.get(span.entry_id), actors.get(before.entry_id)
        if organisation is None or organisation.actor_type != "international_organisation" or state is None or \
                state.actor_type != "state" or not state.partner_code:
            continue
        link = body[before.end:span.start].casefold().split()
        if link and link[-1] == "the":
            link = link[:-1]
        if len(link) == 1 and link[0] in lx.title_link_words and \
                lx.title_before.search(body, max(0, before.start - 60), before.start):
            postings.add(span.start)
    return frozenset(postings)


def _office_holders(body: str, spans: list[Span], lx: EventLexicon) -> frozenset[int]:
    """Start offsets of the bodies inside a time named by a term of office ("during Cambodia's ASEAN chairmanship",
    "selama keketuaan Kamboja di ASEAN"): they hold the office; the act's parties are named elsewhere."""
    if lx.tenure is None:
        return frozenset()
    stretches = [m.span() for m in lx.tenure.finditer(body)]
    return frozenset(span.start for span in spans if any(lo <= span.start < hi for lo, hi in stretches))


def _fora_named(body: str, spans: list[Span], lx: EventLexicon) -> frozenset[int]:
    """Start offsets of the bodies listed right after "multilateral fora, including" ("kerja sama di forum
    multilateral seperti PBB dan ASEAN"): where the two sides cooperate, not parties to the clause's act."""
    if lx.topic_fora is None:
        return frozenset()
    named = set()
    # (the pattern is tried only where one of its phrases for fora stands)
    for m in filter(None, (lx.topic_fora.match(body, start) for start, _, _ in lx.fora.find(body))):
        at = m.end()
        for span in spans:
            if span.start < at:
                continue
            if not lx.list_gap.fullmatch(body, at, span.start):
                break
            named.add(span.start)
            at = span.end
    return frozenset(named)


def _absent(body: str, start: int, lx: EventLexicon) -> bool:
    """Whether the words right before `start` deny the part of what is named there ("with no Indonesian role",
    "does not involve Jakarta", "tanpa Indonesia")."""
    return lx.absent_before is not None and lx.absent_before.search(body, max(0, start - 30), start) is not None


def _home_named(body: str, start: int, end: int, lx: EventLexicon) -> bool:
    """Whether Indonesia or one of its places is named between `start` and `end`, and not as absent."""
    return any(not _absent(body, at, lx) for at, _, _ in lx.home.find(body, None, start, end))


def _not_a_party(body: str, span: Span, lx: EventLexicon) -> bool:
    """Whether a state is a venue or part of a title: after a venue preposition or a title, or later in a list
    of states after one."""
    before = body[max(0, span.start - 4):span.start].split()
    if before and before[-1].casefold() in lx.venues:
        return True
    if _absent(body, span.start, lx):
        return True  # "bilateral projects with no Indonesian role": the state takes no part
    if lx.observer_after is not None and lx.observer_after.match(body, span.end):
        return True  # "Delegasi Timor-Leste hadir sebagai peninjau": an observer, not a party
    if lx.origin_before is not None and lx.origin_before.search(body, max(0, span.start - 40), span.start):
        return True  # "anak-anak yang dipulangkan dari Suriah": where they came from, not a party
    if lx.founders_before is not None and lx.founders_before.search(body, max(0, span.start - _FOUNDERS_REACH), span.start):
        return True  # "Christchurch Call, yang digagas Selandia Baru dan Prancis": it founded the thing, long before
    words = body[max(0, span.start - 24):span.start].split()
    if words and words[-1].casefold() in lx.region_words and (
            len(words) >= 2 and words[-2].casefold() in lx.region_prepositions
            or len(words) >= 3 and words[-2].casefold() == "the" and words[-3].casefold() in lx.region_prepositions):
        return True  # "in north-east Syria", "in the southern Philippines": the region of a state is a venue too
    if len(words) >= 2 and words[-1].casefold() in lx.region_words and words[-2].casefold() == "the":
        return True  # "between Sabah, Sulawesi and the southern Philippines": a region, whatever stands before it
    if len(words) >= 3 and f"{words[-2]} {words[-1]}".casefold() in lx.region_words and \
            words[-3].casefold() in lx.region_prepositions:
        return True  # "di timur laut Suriah", "di bagian selatan Filipina": a region named in two words
    if lx.region_after is not None and lx.region_after.match(body, span.end):
        return True  # "dari dan ke Filipina Selatan": a region of the state, a place
    window = body[max(0, span.start - _TITLE_REACH):span.start]
    if lx.venue_place.search(window):
        return True  # "di Brussel, Belgia", "in Kuala Lumpur, Malaysia": the state of a venue
    words = window.casefold().split()
    # cheap word tests first: the anchored patterns are tried at every position of the window
    if words and (words[-1].endswith(",") or words[-1] in lx.list_joiner_words) and lx.venue_list.search(window):
        return True
    return bool(lx.title_link_words.intersection(words) and lx.state_title.search(window))


def _visited_states(body: str, spans: list[Span], actors: dict[str, Actor], lx: EventLexicon) -> list[str]:
    """The foreign states named right after a venue preposition ("ke sejumlah penjara di Belanda", "in Japan"): where
    a visit is made, its host (not the state of a venue's city, "di Wina, Austria")."""
    visited = []
    for span in spans:
        actor = actors.get(span.entry_id)
        before = body[max(0, span.start - 4):span.start].split()
        if actor is not None and actor.actor_type == "state" and actor.partner_code and before and \
                before[-1].casefold() in lx.venues and span.entry_id not in visited:
            visited.append(span.entry_id)
    return visited


def _host_states(body: str, act: _Act, actors: dict[str, Actor], lx: EventLexicon) -> set[str]:
    """The states of the foreign cities an act is held in ("di Abuja dan Nairobi"), not where it was said ("kata X
    di Canberra") or a person's post ("Duta Besar RI di Canberra")."""
    if lx.hosted_in is None:
        return set()
    hosts = set()
    for m in lx.hosted_in.finditer(body, act.start, act.end):
        if lx.statement.search(body[max(act.start, m.start() - 30):m.start()]) or \
                lx.title_before.search(body, max(act.start, m.start() - 60), m.start()):
            continue
        for city in lx.city_separator.split(m.group("cities")):
            state = lx.host_cities.get(" ".join(city.split()).casefold())
            if state in actors and actors[state].partner_code:
                hosts.add(actors[state].partner_code)
    return hosts


def _capitals_as_governments(body: str, lo: int, hi: int, actors: dict[str, Actor], lx: EventLexicon) -> list[str]:
    """The states whose capitals the clause pairs with the home capital, and the home state, as the governments acting
    ("Nairobi and Jakarta inked an accord"), not as places."""
    if lx.capital_pair is None:
        return []
    states = []
    for m in lx.capital_pair.finditer(body, lo, hi):
        state = lx.host_cities.get(" ".join((m.group("city") or m.group("city_after")).split()).casefold())
        for acting in (state, HOME_COUNTRY):
            if acting in actors and acting not in states:
                states.append(acting)
    return states


def _partners(participants: Iterable[str], actors: dict[str, Actor]) -> set[str]:
    return {actors[p].partner_code for p in participants if p in actors and actors[p].partner_code}


# --------------------------------------------------------------------------- merging reports of one act

def _overlap(a: _Act, b: _Act) -> bool:
    return bool(a.partners & b.partners) or (not a.partners and not b.partners)


def _same_date(a: _Act, b: _Act) -> bool:
    """The same date, or a day inside the other's span of days (a caption's "Rabu (15/11)" of a 14-15 course, the
    chief's visit on its last day), unless one of them is a signing: a letter of intent signed on the second day of
    a two-week course is an act of its own; nor is a meeting on one day of a working visit of several days the
    visit ("kunjungan kerja 11-15 September ... Pada Rabu (13/9), delegasi menggelar konsultasi ...")."""
    if a.date == b.date and a.precision == b.precision:
        return True
    if {a.precision, b.precision} == {"day", "month"} and a.date is not None and b.date is not None:
        # a caption's "Manila, Juni 2022" of the visit of 20-21 June 2022: the month of a day is that day's act
        # (of a like kind: the rakor of 19 June is no patrol of early June)
        # (a month told by a relative word is no caption's: "Last week, Japanese experts trained ... Earlier this
        # month, JICA handed over equipment" are two acts, whatever the handover is called)
        relative = a.month_told_relative or b.month_told_relative
        return (a.date.year, a.date.month) == (b.date.year, b.date.month) and a.status == b.status and (
            a.kind == b.kind or "other" in (a.kind, b.kind) and not relative or {a.kind, b.kind} == {"visit", "meeting"})
    if a.precision != "day" or b.precision != "day" or a.date is None or b.date is None:
        return False
    span, day = (a, b) if a.date_end is not None and a.date <= b.date <= a.date_end else (b, a)
    if span.date_end is None or not span.date <= day.date <= span.date_end:
        return False
    if span.umbrella and day.date != span.date:
        return False  # "On 6 June, participants will visit ..." in a series of meetings of 3-10 June: a part of its own
    if day.kind != span.kind and day.kind not in ("visit", "other") and \
            not (set(a.participants) & set(b.participants)) - {HOME_COUNTRY}:
        # "the 7th consultation on 12 October" of Kemlu is no day of KNPA's course of 3-14 October (but the chief's
        # visit to the course on its last day is)
        return False
    return (a.kind == b.kind or "agreement" not in (a.kind, b.kind)) and not (
        span.kind == "visit" and day.kind != "visit" and day.date_end is None)


def _is_current(act: _Act, report: _Act, published: Published, days: int) -> bool:
    """Whether an undated report can be about this act: an act around the publication date, or a planned one."""
    if published.date is None or act.date is None:
        return True
    if report.status == "planned" and act.status == "planned":
        return True
    if published.precision == "day":  # a course of 7-18 November is current on 22 November
        return act.precision == "day" and _days_apart(act.date, act.date_end or act.date, published.date) <= days
    if published.precision == "month":
        return (act.date.year, act.date.month) == (published.date.year, published.date.month)
    return act.date.year == published.date.year


def _days_apart(start: dt.date, end: dt.date, day: dt.date) -> int:
    """Days between a day and a period (0 within it)."""
    return max((start - day).days, (day - end).days, 0)


def _absorb(target: _Act, report: _Act) -> None:
    if target.kind == "other":  # a caption's "berfoto bersama delegasi ..." is then told as a visit
        target.kind = report.kind
    target.participants += [p for p in report.participants if p not in target.participants]
    target.partners |= report.partners
    if not target.location:
        target.location = report.location
    if report.own_date and _same_date(target, report):
        if target.precision == "month" and report.precision == "day":  # the finer date is the act's
            target.date, target.precision, target.date_end = report.date, report.precision, report.date_end
        elif report.date_end is not None and report.date < target.date:  # the span's first day opens the act
            target.date_end = max(target.date_end or target.date, report.date_end)
            target.date = report.date
        elif target.date_end is None:
            target.date_end = report.date_end


def _one_act(a: _Act, b: _Act) -> bool:
    """Whether two dated reports sharing date and a partner are one act: told in two sentences, or twice in one
    with the same partners or as a support of it ("signed in Lima on 2 June, and also part of a project funded
    by ..."); "konferensi ASEAN dan dialog ASEAN-Selandia Baru" on one day are two, and so are a meeting and the
    talks on its sidelines."""
    if a.aside != b.aside:
        return False
    if _beside(a, b) or _beside(b, a):
        return False
    return a.sentence_id != b.sentence_id or a.partners == b.partners or "other" in (a.kind, b.kind)


def _beside(day: _Act, gathering: _Act) -> bool:
    """Whether a one-day meeting of two sides or side event ("Senin (19/6), Rycko bertemu Kepala UNOCT") is held
    beside a gathering of several days (the Counter-Terrorism Week of 19-22 June), not a day of it."""
    return day.beside and not gathering.beside and day.date_end is None and gathering.date_end is not None


def _shares_a_side(act: _Act, report: _Act) -> bool:
    """A partner in common, or (for a report naming none) a body in common."""
    if report.partners:
        return bool(act.partners & report.partners)
    return bool(set(act.participants) & set(report.participants) - {HOME_COUNTRY})


_GATHERINGS = frozenset({"meeting", "forum", "training"})  # kinds of act a "meeting" may name again


def _told_before(report: _Act, kept: list[_Act]) -> _Act | None:
    """The act an anaphoric report points back at: the latest one told before it, of its kind if any is (only
    such for "the course"; "the meeting" may be any gathering: "hosted a regional workshop ... The two-day meeting
    was co-organised by ..."), sharing a partner if any does."""
    before = [k for k in kept if (k.sentence_id, k.start) < (report.sentence_id, report.start)]
    # ("At the same meeting ..." after "led the delegation to the forum's plenary": the latest gathering)
    same_kind = [k for k in before if k.kind == report.kind or report.kind == "meeting" and k.kind in _GATHERINGS]
    before = same_kind if same_kind or report.anaphora != "strong" else before
    shared = [k for k in before if _overlap(k, report)]
    return max(shared or before, key=lambda k: (k.sentence_id, k.start), default=None)


def _merge(acts: list[_Act], published: Published, days: int) -> list[_Act]:
    kept: list[_Act] = []
    for act in (a for a in acts if a.own_date):
        # (or one told without a partner, of the same kind in another sentence: "The workshop ... was hosted by
        # BNPT" and "Opening the workshop on Tuesday, ... ASEAN" on its first day are one act)
        # (or a support told in the same clause run with other partners: "Under the EU-funded project, the bloc
        # offered to support a workshop for ARF participants in the first quarter of next year" is one plan)
        # (not one told as an act apart: "also called on the Coordinating Minister on the same day")
        twin = None if act.separate else next((k for k in kept if _same_date(k, act) and _one_act(k, act) and (
            _overlap(k, act) or (not k.partners or not act.partners) and k.kind == act.kind
            and k.sentence_id != act.sentence_id
            or k.sentence_id == act.sentence_id and "other" in (k.kind, act.kind) and k.status == act.status)), None)
        if twin:
            _absorb(twin, act)
        else:
            kept.append(act)
    homes: dict[int, _Act] = {}  # sentence -> the act a report of it went into
    for report in (a for a in acts if not a.own_date):
        if report.aside and not report.anaphora:
            # ... held while the gathering told before it was: on its day, not on the publication's (a gathering told
            # with its day: a month is more often another act's, "to be submitted to the ministerial meeting in July")
            gathering = max((k for k in kept if k.own_date and k.status == report.status and k.precision == "day"
                             and (k.sentence_id, k.start) < (report.sentence_id, report.start)),
                            key=lambda k: (k.sentence_id, k.start), default=None)
            if gathering is not None:
                report.date, report.precision = gathering.date, gathering.precision
            homes.setdefault(report.sentence_id, report)
            kept.append(report)  # talks on the sidelines of the act the article reports: an act of their own
            continue
        told = _told_before(report, kept) if report.anaphora or report.until else None
        if told is None:
            # "Tahun dibuka dengan Dialog ... pada 18 Januari. Delegasi BNPT dipimpin ...": more of the dated act the
            # paragraph told just before, with its partner
            told = max((k for k in kept if k.own_date and k.paragraph == report.paragraph
                        and k.sentence_id < report.sentence_id and k.status == report.status and _shares_a_side(k, report)),
                       key=lambda k: (k.sentence_id, k.start), default=None)
        if told is None and report.kind == "other":
            # "Lokakarya itu digelar bersama UNODC dan diikuti delegasi ... ASEAN": the other clause of a sentence
            # tells more of the act its first clause went into
            told = homes.get(report.sentence_id)
        if told is not None:
            homes.setdefault(report.sentence_id, told)
            _absorb(told, report)
            if report.until and told.date and told.date_end is None and told.date < report.until:
                told.date_end = report.until  # "Pelatihan ... berlangsung hingga Jumat (7/6)"
            continue
        current = [k for k in kept if not k.own_date or _is_current(k, report, published, days)]
        # a plan is never the report of an act already held ("will fund training" vs "met last week"), nor the
        # other way round
        current = [k for k in current if (k.status == "planned") == (report.status == "planned")]
        # (a meeting of two sides beside a gathering is no report's naming others: "Pertemuan tingkat menteri ini
        # diikuti Australia, Brunei, ..." is the gathering's, not the bilateral meeting's with Malaysia)
        current = [k for k in current if not (report.partners - k.partners and any(
            _beside(k, g) and _same_date(g, k) for g in kept))]
        # a report that shares no partner with the current acts may still re-tell the one of its kind
        # ("Sebelum berkunjung ke sini, Presiden X ..." about the visit the article reports)
        # and an undated part of an act ("A session led by UNICEF ...") belongs to the current one
        # (a report naming no partner goes into a current act it shares a body with: "Kalemdiklat Polri opened the
        # training at JCLEC" and the course at JCLEC with three states are one)
        # (an act of its kind told without a partner comes first: "... dikukuhkan sebagai Duta Damai, Selasa" and
        # "the embassy's envoy, present at the pengukuhan" are one act, not a part of the training told after it)
        targets = [k for k in current if _overlap(k, report) and k.kind == report.kind] or \
            [k for k in current if k.kind == report.kind and k.own_date and not k.partners] or \
            [k for k in current if _overlap(k, report)] or [k for k in current if k.kind == report.kind] or \
            ([k for k in current if k.own_date] if report.part else []) or \
            ([k for k in current if set(k.participants) & set(report.participants) - {HOME_COUNTRY}]
             if not report.partners else []) or \
            (_the_one_dated(current) if report.anaphora else [])
        if targets:
            distance = lambda k: abs((k.date - published.date).days) if k.date and published.date else 0  # noqa: E731
            best = max(targets, key=lambda k: (k.status == report.status, len(k.partners & report.partners),
                                               k.kind == report.kind, -distance(k)))
            homes.setdefault(report.sentence_id, best)
            _absorb(best, report)
        else:
            homes.setdefault(report.sentence_id, report)
            kept.append(report)
    return sorted(kept, key=lambda a: (a.sentence_id, a.start))


def _the_one_dated(current: list[_Act]) -> list[_Act]:
    """The one dated act of the article's days, if there is only one: "The meeting of the initiative ... brought
    together officials from Brunei, ..." re-tells the day's act ("officials agreed on Wednesday ..."), whatever
    its kind and the names it gives the parties."""
    dated = [k for k in current if k.own_date]
    return dated if len(dated) == 1 else []


# --------------------------------------------------------------------------- public API

def _one_foreign_state(participants: list[str], actors: dict[str, Actor]) -> bool:
    """All the participants are one foreign state and its own bodies (no international organisation)."""
    countries = {actors[p].country for p in participants}
    return bool(participants) and len(countries) == 1 and "" not in countries and HOME_COUNTRY not in countries


def _another_state_named(participants: list[str], spans: list[Span], actors: dict[str, Actor]) -> bool:
    """Whether the clause names a foreign state besides the participants' own (as a place, not a party)."""
    countries = {actors[p].country for p in participants}
    return any(actors[s.entry_id].actor_type == "state" and actors[s.entry_id].country not in countries
               and actors[s.entry_id].country != HOME_COUNTRY for s in spans if s.entry_id in actors)


def _first_person(words: Iterable[str]) -> re.Pattern | None:
    """The pronouns as written, "I" in capitals only; a lower-case word also capitalised at a sentence's start."""
    forms = {f for w in map(str, words) for f in (w, w[:1].upper() + w[1:])}
    if not forms:
        return None
    return re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")[ \t]+$")


def extract_events(article_id: str, body: str, sentences: list[Sentence], actor_spans: list[Span],
                   actors: dict[str, Actor], dates: list[DateMention], published: Published,
                   vocabulary: Vocabulary, people_organisations: Iterable[str] = ()) -> tuple[list[Event], Published]:
    """The article's acts of cooperation, and its publication date (the latest act's, when nothing else gave one).

    `people_organisations` are the actor ids of the people's titles: "Menteri Luar Negeri Retno Marsudi" is
    Indonesia's side even where no Indonesian body is named."""
    lx = lexicon_for(vocabulary)
    spans = sorted(actor_spans, key=lambda s: s.start)
    if not any(getattr(actors.get(s.entry_id), "country", "") == HOME_COUNTRY for s in spans) and \
            not any(getattr(actors.get(a), "country", "") == HOME_COUNTRY for a in people_organisations) and \
            not lx.home_places.find(body):
        return [], published  # a story of other states (France's own security) with Indonesia at most in passing
    span_starts = [s.start for s in spans]
    cues = _cues(body, lx, spans)
    # "Dua hari sebelum pertemuan, delegasi meninjau ...": the meeting the days are counted from, no act of the clause
    counted_from = {d.end for d in dates if d.form == "same_day" and d.text.casefold().split()[-1] in lx.offset_links}
    cues = [c for c in cues if not any(body[end:c.start].strip().casefold() in ("", *lx.weak_anaphora_before)
                                       for end in counted_from if end <= c.start)]
    cues = [c for c in cues if " ".join(body[c.start:c.end].casefold().split()) not in lx.guest_cues
            or _receives_a_foreign_guest(body, c, spans, span_starts, actors, lx)]
    cue_starts = [c.start for c in cues]
    # "The meeting came days after North Korea's failed launch on August 24": the launch's date and state, no act's
    happenings = _other_happenings(body, sentences, cue_starts, lx)
    dates = [d for d in dates if not any(lo <= d.start < hi for lo, hi in happenings)]
    date_starts = [d.start for d in dates]
    bystanders = _bystanders(body, spans, actors, lx) | {s.start for s in spans
                                                         if any(lo <= s.start < hi for lo, hi in happenings)}
    generic = lx.generic.find(body)  # subjects that name the act told before ("The event ..."), found once
    generic_starts = [g[0] for g in generic]
    both_sides = lx.both_sides.find(body)  # "kedua pihak", found once
    both_sides_starts = [b[0] for b in both_sides]
    one_side = lx.one_side.find(body)
    one_side_starts = [o[0] for o in one_side]
    acts: list[_Act] = []
    recent_foreign: list[str] = []  # counterparts of the last sentence that named one
    foreign_named_at = -1  # the last heading line that named counterparts
    # (actors, counterparts) of the heading line over the timeline whose entries are being read
    timeline_parties: tuple[list[str], list[str]] | None = None
    recent_actors: list[str] = []
    told_dates: list[DateMention] = []  # the dates of the sentence before, when it told no act
    corrections = [m.span() for m in lx.correction.finditer(body)] if lx.correction is not None else []
    for sentence in sentences:
        if any(lo <= sentence.start < hi for lo, hi in corrections):
            continue  # a correction notice tells what an earlier version said and what is right: no act of its own
        acted = False  # whether a clause of the sentence told an act (a cue alone may be militants' "trained")
        s_spans = _in(spans, span_starts, sentence.start, sentence.end)
        s_cues = _in(cues, cue_starts, sentence.start, sentence.end)
        named = _participants(s_spans, actors, bystanders)
        home = [p for p in named if not actors[p].partner_code]
        about_last = bool(acts) and _names_the_act(  # "The initiative ... opened on Monday"
            body, sentence, _in(generic, generic_starts, sentence.start, sentence.end), lx)
        if s_cues and in_a_subheading(body, sentence.start):
            s_cues = []  # "A Framework Already Agreed": a section's heading tells no act
        # "... pada Mei lalu. Saat itu, 20 penyidik mengikuti kursus ... Amerika Serikat": more of the act just told
        at_that_time = bool(acts) and acts[-1].sentence_id == sentence.sentence_id - 1 and acts[-1].own_date and \
            _opens_with(body, sentence, lx.then)
        # "Pertengahan Mei, rombongan BNPT bertolak ke Riyadh. Di sana, delegasi berdiskusi ...": no act was told,
        # but the time was: an undated act "there" or "then" is at it, and so is one in the same paragraph when
        # that time is a day or a month (a bare year is more often background: "Pada 2002, bom ...")
        # (not "Sejak itu pertemuan berlangsung hampir setiap tahun": since then, the acts came after that time)
        # (and so is the act a sentence opens by pointing back at it, "Pelatihan ini diselenggarakan BNPT bersama
        # UNODC", after a lede that dated the training but named no party: "40 guru mengikuti pelatihan ... 26-28 Juli")
        # (and so is the act of a chronology's entry, the line under a line that is only its date: "19 Juni 2017" /
        # "Patroli maritim trilateral diluncurkan di Tarakan.")
        then_dates = told_dates if told_dates and not at_that_time and not _opens_with(body, sentence, lx.since_then) \
            and (_opens_with(body, sentence, lx.then) or "\n" not in body[told_dates[-1].end:sentence.start]
                 and all(d.precision != "year" for d in told_dates)
                 or _heads_the_line_after(body, told_dates[-1], sentence)
                 or s_cues and _opens_the_sentence(body, sentence, s_cues[0])
                 and (body[s_cues[0].end:s_cues[0].end + 12].casefold().split() or [""])[0] in lx.demonstratives_after
                 ) else []
        s_dates = _in(dates, date_starts, sentence.start, sentence.end)
        timeline_entry = timeline_parties is not None and _a_timeline_entry(body, sentence, s_dates)
        if not timeline_entry and _opens_a_line(body, sentence):
            timeline_parties = None  # the timeline's entries ended
        # "... ke Tashkent pada Senin (12/6) dan ke Astana pada Rabu (14/6)." then "Di Astana, ...": that place's date
        place_dates = _date_told_with_the_place(body, sentence, dates[:bisect_left(date_starts, sentence.start)], lx)
        clauses = _clauses(body, sentence, s_cues, s_spans, actors, lx, s_dates) if s_cues else []
        scope = (clauses[0][0], clauses[-1][1]) if clauses else (sentence.start, sentence.end)
        if scope != (sentence.start, sentence.end):
            # (a part after a semicolon that tells no act names no party: "...; Indonesia has not signed up")
            home = [p for p in _participants([s for s in s_spans if scope[0] <= s.start < scope[1]], actors,
                                             bystanders) if not actors[p].partner_code]
        for lo, hi in clauses:
            c_cues = [c for c in s_cues if lo <= c.start < hi]
            if not c_cues:
                continue
            participants = _participants([s for s in s_spans if lo <= s.start < hi], actors, bystanders)
            participants += [s for s in _capitals_as_governments(body, lo, hi, actors, lx) if s not in participants]
            relative = lx.relative is not None and lx.relative.match(body, lo) is not None
            if relative and not participants:
                # "the governments of New Zealand and France, which launched the Call in 2019": the relative
                # clause's act is its antecedent's, not the sentence's Indonesian bodies'
                participants = _antecedent(body, s_spans, lo, actors, bystanders, lx)
                if not any(not actors[p].partner_code for p in participants) and \
                        len({actors[p].partner_code for p in participants}) >= 2:
                    continue  # others' act
            if not participants and lx.first_person is not None and all(
                    lx.first_person.search(body, max(0, c.start - 16), c.start) for c in c_cues):
                continue  # "But I've met families today who ...": a person's own day, not an act
            if not _partners(participants, actors):  # "seized terror funds": money, not a partner's funding
                # (but aid handed over on a day the clause tells as news is an act: "BNPT menyerahkan bantuan kepada
                # warga Tirta, Senin (3/4)"; undated, it is a pledge or a habit)
                own_weekday = any(d.weekday and d.role == "date" for d in _in(dates, date_starts, lo, hi))
                c_cues = [c for c in c_cues if not c.partner_only
                          or own_weekday and lx.handover.find(body, None, c.start, c.end)]
                if not c_cues:
                    continue
            # a clause without a date of its own takes the sentence's, but not one of a relative clause's act ("The
            # meeting was co-organised by New Zealand and France, which launched the Call in 2019, and ...")
            c_dates = _in(dates, date_starts, lo, hi) or [
                d for d in s_dates if not (d.start >= hi and lx.relative is not None
                                           and lx.relative.search(body, hi, d.start))] or place_dates or then_dates
            cue, date = _act_date(body, c_cues, c_dates, published, lx)
            if date is None and lx.quantifiers:
                # "payung bagi sejumlah pelatihan teknis": trainings in general, no act of this article
                c_cues = [c for c in c_cues if not _quantified(body, c, lx)]
                if not c_cues:
                    continue
                cue = min(c_cues, key=lambda c: (c.rank, c.start))
            if date is None and at_that_time:
                _join_the_act(acts[-1], participants, actors)
                acted = True
                continue
            if not _partners(participants, actors) and any(_counted(body, c, lx) for c in c_cues):
                continue  # "rombongan mengadakan tiga pertemuan. Pukul 09.00, ...": the acts told next, not one of them
            if date is None and _tally(body, max(lo, cue.start - 60), cue.start, lx):
                continue  # "sebanyak 50 pendamping telah dilatih": how many a programme has trained, no one act
            if not home and lx.founding and all(" ".join(body[c.start:c.end].casefold().split()) in lx.founding
                                                for c in c_cues) and _one_foreign_state(participants, actors) and \
                    not _home_named(body, sentence.start, sentence.end, lx):
                continue  # "Etidal, founded by the Saudi government in 2017": a state's own body, no cooperation
            if lx.founding and all(" ".join(body[c.start:c.end].casefold().split()) in lx.founding for c in c_cues) \
                    and not _partners(participants, actors) and len(participants) <= 1:
                continue  # "the foundation, set up by a former militant in 2016": one body's founding, no partner of it
            if lx.called_off is not None and lx.called_off.search(body, cue.end, hi):
                continue  # "A course that had been scheduled for April was postponed": no act took place
            if lx.not_done is not None and lx.not_done.search(body, cue.end, sentence.end):
                continue  # "Jakarta could ask to observe the forum; it has not yet done so": only a possibility
            if date is None and lx.background is not None and lx.background.search(body, lo, hi):
                continue  # "a squad that was initially trained and funded by Australia": its founding, told again
            if date is None and _only_past_years(body, lo, hi, published, lx):
                continue  # "the centre founded after the 2016 attack": background, not a current act
            if date is not None and date.date.year < lx.earliest_year:
                continue  # "established diplomatic ties in 1950": history
            retold = False  # others named at an act told just before: that act's participants
            if not home and not any(not actors[p].partner_code for p in participants) and \
                    len({actors[p].partner_code for p in participants}) >= 2 and \
                    not _home_named(body, *scope, lx) and \
                    not _counterparts_listed(body, [s for s in s_spans if lo <= s.start < hi and s.entry_id in participants],
                                             c_cues, actors, lx) and \
                    not (about_last or any(_anaphora(body, c, lx) == "strong" or _anaphora(body, c, lx) == "weak"
                                           and any(a.kind == c.kind for a in acts) for c in c_cues)):
                # (but "The workshop, held on February 13 and 14, was organised with UNOCT": the act told before)
                retold = date is None and _retold(body, sentence, c_cues[0], acts)
                if not retold:
                    continue  # "The U.S. and Chinese defence chiefs addressed the meeting": others' act, not Indonesia's
            participants += [p for p in home if p not in participants and not relative]
            # ("agreed to hold the next consultations in Tokyo": the next or last act of a series told before, with
            # that series' partner, not the partner of whatever act was told last; only its partner, it stays an act
            # of its own)
            series = _series_act(body, c_cues, acts, lx, sentence.end) if not _partners(participants, actors) else None
            similar = lx.similar is not None and any(lx.similar.search(body, max(0, c.start - 16), c.end + 16)
                                                     for c in c_cues)
            if series is None and similar:
                # ("dialog serupa akan digelar di Beijing tahun depan": like the act of its kind told before, with
                # that act's partner, not that of the state named last, in a sentence of background between)
                # (a dated act rather than an undated report of a part of one: "Pelatih asal Tirtania, Budi,
                # berkata ..." told after the course is no act the next one is like)
                series = _told_of([a for a in acts if a.own_date], _kind(c_cues), "weak", participants, actors) or \
                    _told_of(acts, _kind(c_cues), "weak", participants, actors)
            if series is not None:
                participants += [p for p in series.participants if actors[p].partner_code and p not in participants]
            says_both = bool(_in(both_sides, both_sides_starts, lo, hi))
            # (an entry of a timeline, "March 2023 - Third policy dialogue in Tirtapolis", is under its
            # heading's parties, "Indonesia-Tirtania cooperation: a timeline", not those of the entry before it)
            # (but a later clause of the entry, "At a GCTF meeting in Singapore, the two states propose a workshop",
            # is with the parties of the act the entry told first)
            entry_opening = timeline_entry and not (acts and acts[-1].sentence_id == sentence.sentence_id)
            narrative_actors, narrative_foreign = timeline_parties if entry_opening else (recent_actors, recent_foreign)
            participants = _with_counterpart(participants, actors, acts, narrative_foreign, narrative_actors,
                                             both_sides=says_both,
                                             one_side=bool(_in(one_side, one_side_starts, lo, hi)) or _home_listed(
                                                 body, [s for s in s_spans if lo <= s.start < hi
                                                        and s.entry_id in participants], actors, lx),
                                             joined=says_both and _joined_by(
                                                 body, [s for s in s_spans if lo <= s.start < hi], actors, lx),
                                             that_cooperation=_opens_with_that_cooperation(body, sentence, lx),
                                             under_a_heading=entry_opening or bool(acts)
                                             and foreign_named_at > acts[-1].sentence_id)
            # ("Pertemuan itu membahas ... pada 2022": the clause points back, whichever of its cues the date is near)
            # (an undated subject naming the act told before, "Acaranya didanai ...", points back at it as strongly)
            kind, anaphora = _kind(c_cues), "strong" if retold or about_last and date is None else _anaphora(body, cue, lx)
            if anaphora != "strong" and len(c_cues) > 1 and any(
                    _anaphora(body, c, lx) == "strong" for c in c_cues if c is not cue
                    # (not another kind's, when a date is the cue's own: "menyebut lokakarya tersebut sebagai
                    # kelanjutan kunjungan ... ke Paris pada Juli lalu" tells the earlier visit)
                    and (date is None or c.kind == cue.kind)):
                anaphora = "strong"
            if not anaphora and _relative_subject(body, sentence, c_cues[0], lx):
                anaphora = "strong"  # "Kursus yang berlangsung sejak Senin (12/6) itu diikuti ...": the course told
            if date is not None and anaphora == "strong" and _dates_something_else(date, acts, kind):
                date = None  # "Pertemuan itu juga melibatkan ..., dua kementerian yang dibentuk pada 2024"
            # (but not where another cue of the clause owns the year: "akan menindaklanjuti lokakarya tersebut dengan
            # pelatihan ... pada pertengahan 2023" is a plan of its own)
            # (but a year the clause schedules is that act's new date: "Pertemuan itu kini dijadwalkan ulang pada
            # akhir tahun ini")
            if date is not None and _anaphora(body, cue, lx) == "strong" and not _ahead(date, published) and \
                    _year_beside_a_finer_date(date, acts, kind) and not _planned_date(body, lo, date, published, lx):
                date = None  # "Dalam rapat itu, Poso ditetapkan sebagai wilayah prioritas tahun ini"
            if date is not None and _opens_the_sentence(body, sentence, c_cues[0]) and acts and \
                    acts[-1].sentence_id == sentence.sentence_id - 1 and acts[-1].kind == kind and \
                    not acts[-1].own_date:
                # "... menandatangani MoU dengan FinCEN. Penandatanganan dilakukan di Riga pada Juli 2022.":
                # the act named again as the subject of the next sentence gets that sentence's date
                _date_the_act(acts[-1], c_dates)
                _join_the_act(acts[-1], participants, actors)
                acted = True
                continue
            if kind == "visit" and not _partners(participants, actors):
                # "kunjungan studi delegasi Indonesia ke sejumlah penjara di Belanda": the state visited hosts it
                participants += [p for p in _visited_states(body, [s for s in s_spans if lo <= s.start < hi], actors,
                                                            lx) if p not in participants]
            # ("Pelatihan serupa sebelumnya digelar ... pada Oktober 2022": an earlier act of the kind told, with the
            # partner of that one; only its partner, it stays an act of its own)
            told = acts[-1] if about_last else _told_of(acts, kind, anaphora or ("weak" if similar else ""),
                                                        participants, actors)
            if told is not None:  # "The second course starts in June": the course told before, its partner
                participants += [p for p in told.participants if actors[p].partner_code and p not in participants]
            if not participants or (date is None and len({_root(p, actors) for p in participants}) < 2
                                    and not _partners(participants, actors)):
                continue  # one Indonesian body alone (a unit and its parent are one), undated: a statement, not an act
            if not home and _one_foreign_state(participants, actors) and not _home_named(body, *scope, lx) and \
                    _another_state_named(participants, [s for s in s_spans if lo <= s.start < hi], actors):
                # "perundingan damai di Tirtania selatan, yang difasilitasi Norwegia": one foreign state's part in
                # another's affair, with no Indonesian side: no cooperation of Indonesia's
                continue
            status = _status(body, cue, lo, hi, date, published, lx)
            if status == "planned" and kind != "other" and len(participants) < 2 and \
                    not _partners(participants, actors):
                # "BNPT berencana mendirikan ... tahun ini": one body's own plan, no act of cooperation (but
                # "berencana menggelar kegiatan serupa": the act told, again)
                continue
            acted = True
            first_day = _first_day_of_a_completed_act(body, lo, hi, date, lx)
            # the clause split into words once for the three cue sets tried on it (each would split it again)
            clause_words = CueSet.words_in(body, lo, hi)
            beside_a_gathering = bool(lx.beside_gathering.find(body, None, lo, hi, clause_words))
            acts.append(_Act(
                lo, hi, sentence.sentence_id, kind, status,
                first_day or (_planned_weekday(date, status, published) if date else None),
                date.precision if date else "", date.date if first_day else (date.date_end if date else None),
                date is not None, participants, _location(body, lo, hi, lx), body[sentence.start:sentence.end],
                _partners(participants, actors), anaphora, _closing_day(c_dates), all(c.part for c in c_cues),
                body.count("\n", 0, lo), bool(lx.sidelines.find(body, None, sentence.start, cue.start)) or bool(
                    lx.sidelines_of_side_meetings.find(body, None, sentence.start, cue.start) and beside_a_gathering),
                frozenset(_cue_word(body, c) for c in c_cues), beside_a_gathering,
                bool(lx.separate.find(body, None, lo, hi, clause_words)),
                bool(lx.umbrella.find(body, None, lo, hi, clause_words)),
                date is not None and date.form == "relative" and date.precision == "month",
                bool(lx.joining.find(body, None, lo, hi, clause_words))))
            for more in _more_dates_of_the_act(body, cue, date, c_dates, cue_starts, lx):
                # "after sessions on border security in March and on prison intelligence in July": an act each
                acts.append(replace(acts[-1], date=_planned_weekday(more, status, published), precision=more.precision,
                                    date_end=more.date_end, participants=list(acts[-1].participants),
                                    partners=set(acts[-1].partners)))
        if not s_cues and about_last:
            _date_the_act(acts[-1], _in(dates, date_starts, sentence.start, sentence.end))
            _join_the_act(acts[-1], named, actors)  # "Peserta berasal dari Kepolisian Kenya, ..."
        elif not s_cues and acts and _days_of_the_act_just_told(acts[-1], sentence, s_dates, named, actors):
            _date_the_act(acts[-1], s_dates)  # "... completed a course in Canberra. They spent from 13 to 24 May ..."
        if named:
            counterparts = _counterparts(body, sentence, named, acted, actors, lx)
            # (a state named as background, "tried to cross into Syria", is no party to the next unnamed act)
            # (a party that joins the act told, "Kepolisian Tirtania turut menugaskan pelatih", is that act's
            # alone: the next acts go on with the counterpart told before)
            if not (recent_foreign and counterparts and lx.joining.find(body, None, sentence.start, sentence.end)):
                recent_actors = [p for p in named if not actors[p].partner_code or p in counterparts]
                recent_foreign = counterparts or recent_foreign
            if counterparts and _a_heading_line(body, sentence):
                foreign_named_at = sentence.sentence_id
                timeline_parties = (list(recent_actors), list(recent_foreign))
        told_dates = [] if acted else [d for d in _in(dates, date_starts, sentence.start, sentence.end)
                                       if d.role == "date"]
    # where an act dates the article, the article is of its last day, but an undated report is of that act: its
    # date, and the acts around its date are the current ones
    stand_in = _latest_reported_act(acts) if published.date is None else None
    reported_at = Published(stand_in.date, stand_in.precision, "event") if stand_in is not None else published
    if stand_in is not None:
        published = Published(_last_day_told(stand_in), stand_in.precision, "event")
    for act in acts:
        if not act.own_date:
            act.date, act.precision = reported_at.date, reported_at.precision
    for act in acts:
        if not act.partners:  # "pelatihan di Sydney" with no one else named: held abroad, the host's
            act.partners = _host_states(body, act, actors, lx)
    merged = _merge(acts, reported_at, lx.current_days)
    if not merged:
        merged = _cooperation_fallback(body, sentences, spans, actors, published, lx)
    return [_event(article_id, n, act, actors, lx) for n, act in enumerate(merged, start=1)], published


_YEAR = re.compile(r"(?<![\d/.,–-])(?:19[5-9]\d|20\d\d)(?![\d/.,–-]\d)")  # not in a date, a number or a period


def _other_happenings(body: str, sentences: list[Sentence], cue_starts: list[int], lx: EventLexicon) -> list[tuple[int, int]]:
    """The stretches of sentences that tell what an act came after ("The meeting came days after North Korea's
    failed launch on August 24"): from a time relation that follows a cue up to the next cue or the sentence's end."""
    stretches = []
    sentence_starts = [sentence.start for sentence in sentences]
    for start, end, _ in lx.time_relations.find(body):  # one scan of the body; most hold no time relation
        index = bisect_right(sentence_starts, start) - 1
        if index < 0 or end > sentences[index].end:
            continue  # outside the sentences (a headline), or across two
        sentence = sentences[index]
        if not any(sentence.start <= c < start for c in cue_starts):
            continue  # ("Days after the attack, BNPT met ..."): no act told before it
        following = [c for c in cue_starts if end <= c < sentence.end]
        stretches.append((end, following[0] if following else sentence.end))
    return stretches


def _only_past_years(body: str, lo: int, hi: int, published: Published, lx: EventLexicon) -> bool:
    """Whether the clause names years, all before the publication year ("after the 2016 attack"); a year that
    opens a time lasting until now is none ("has trained thousands of officers since 2004")."""
    if published.date is None:
        return False
    years = [int(m.group(0)) for m in _YEAR.finditer(body, lo, hi)
             if lx.since_before is None or not lx.since_before.search(body, lo, m.start())]
    return bool(years) and max(years) < published.date.year


def _dates_something_else(date: DateMention, acts: list[_Act], kind: str) -> bool:
    """Whether a year or month in a clause about "that meeting" cannot be the meeting's: the act it points back at
    has its own day, after that year or month (the date is of something earlier the clause tells: "dua kementerian
    yang dibentuk pada 2024"); a later one may be the act's own ("Pelatihan itu direncanakan pada Juli mendatang")."""
    told = next((a for a in reversed(acts) if a.kind == kind), None) or \
        next((a for a in reversed(acts) if a.own_date), None)
    return told is not None and told.own_date and told.precision == "day" and date.precision != "day" and \
        truncate(date.date, date.precision) < truncate(told.date, date.precision)


def _year_beside_a_finer_date(date: DateMention, acts: list[_Act], kind: str) -> bool:
    """A year alone ("tahun ini", "akhir tahun ini") by a cue pointing back at an act held on a day or in a month it
    was told: the year says nothing of that act, it dates what else the clause tells ("Dalam rapat itu, Poso
    ditetapkan sebagai wilayah prioritas tahun ini", "hasil lokakarya akan dituangkan dalam pedoman yang ditargetkan
    rampung akhir tahun ini"); a year to come may still date a plan of that act ("the next round of the exercise ...
    in the first half of 2025"). The act told is the latest one the text dated, of the clause's kind if any is. (Not
    after a mere article: "Both parties agreed to hold the exchange of experts in the second half of 2023" is a plan
    of its own.)"""
    told = next((a for a in reversed(acts) if a.own_date and a.kind == kind), None) or \
        next((a for a in reversed(acts) if a.own_date), None)
    return told is not None and date.precision == "year" and told.precision in ("day", "month") and \
        told.status == "held"


_NAME_BEFORE_NUMBER = re.compile(r"[A-Z][\w-]*[ \t]+$")


def _tally(body: str, lo: int, cue_start: int, lx: EventLexicon) -> bool:
    """A count of people a programme has trained so far right before the cue ("sebanyak 50 pendamping telah
    dilatih"); not a unit's number ("Densus 88 Antiteror telah melatih ...")."""
    match = lx.tally.search(body, lo, cue_start) if lx.tally is not None else None
    return match is not None and not _NAME_BEFORE_NUMBER.search(body, max(0, match.start() - 30), match.start())


def _anaphora(body: str, cue: _Cue, lx: EventLexicon) -> str:
    """How the cue names an act told before: "strong" with a demonstrative after or before it ("pertemuan itu",
    "that meeting"), "weak" with an article ("the course": an act of its kind), else ""."""
    after = body[cue.end:cue.end + 12].split()
    before = body[max(0, cue.start - 12):cue.start].casefold().split()
    # "the course", "the first course", "that meeting", "the same day"
    last = (before[-1], " ".join(before[-2:]), before[-2] if len(before) > 1 else "") if before else ()
    if (after and after[0].casefold().strip(",.") in lx.anaphora_after) or any(w in lx.anaphora_before for w in last):
        return "strong"
    return "weak" if any(w in lx.weak_anaphora_before for w in last) else ""


_RELATIVE_REACH = 10  # words after "yang" searched for the demonstrative closing the relative clause


def _relative_subject(body: str, sentence: Sentence, cue: _Cue, lx: EventLexicon) -> bool:
    """Whether the cue opens the sentence as a subject made definite by a relative clause closed by a demonstrative
    ("Kursus yang berlangsung sejak Senin (12/6/2023) itu diikuti 32 peserta"), before any comma."""
    if not _opens_the_sentence(body, sentence, cue):
        return False
    words = re.split(r"\s+", body[cue.end:sentence.end].strip())[:_RELATIVE_REACH + 1]
    if not words or words[0].casefold() not in lx.relative_after:
        return False
    for word in words[1:]:
        if word.casefold().rstrip(",.;:") in lx.anaphora_after:
            return True
        if word[-1:] in ",.;:":
            return False
    return False


_GENERIC_OPENING_WORDS = 3  # a generic noun among a sentence's first words is its subject ("Kegiatan yang ...")


def _date_told_with_the_place(body: str, sentence: Sentence, dates_before: list[DateMention],
                              lx: EventLexicon) -> list[DateMention]:
    """For a sentence opening with a place ("Di Astana, ...", "In Astana, ..."), the latest date told earlier right
    after that place ("ke Astana pada Rabu (14/6)", "to Astana on 14 June"): a trip of several stops, one a day."""
    opening = lx.opening_place.match(body, sentence.start)
    if opening is None:
        return []
    place = re.compile(rf"(?<!\w){re.escape(opening.group('place'))}\s+(?:\w+\s+)?$")
    for date in reversed(dates_before):
        if date.role == "date" and place.search(body, max(0, date.start - 80), date.start):
            return [date]
    return []


def _days_of_the_act_just_told(act: _Act, sentence: Sentence, dates: list[DateMention], named: list[str],
                                actors: dict[str, Actor]) -> bool:
    """Whether a sentence with no act of its own gives the span of days of the undated act told in the sentence
    right before it, naming no other counterpart ("... completed a course held by the AFP in Canberra. The officers spent from
    13 to 24 May learning ..."): a span of days is how long an act lasted, not a time told in passing."""
    return act.sentence_id == sentence.sentence_id - 1 and not act.own_date and \
        _partners(named, actors) <= act.partners and \
        any(d.date_end and d.precision == "day" and not d.is_period and d.role == "date" for d in dates)


def _names_the_act(body: str, sentence: Sentence, generic: list[tuple[int, int, object]], lx: EventLexicon) -> bool:
    """Whether a sentence without an event cue is about the act told before: a generic noun as its subject
    ("Kegiatan yang digelar di Solo itu dibuka ...", "The event ...") or with a demonstrative ("acara itu")."""
    for start, end, _ in generic:  # the generic nouns of the sentence
        if len(body[sentence.start:start].split()) < _GENERIC_OPENING_WORDS:
            return True
        after = body[end:end + 12].split()
        if after and after[0].casefold().strip(",.") in lx.anaphora_after:
            return True
    return False


def _quantified(body: str, cue: _Cue, lx: EventLexicon) -> bool:
    """Whether a quantifier stands in the two words before the cue ("sejumlah pelatihan", "a number of
    workshops", "berbagai pelatihan teknis")."""
    before = body[max(0, cue.start - 30):cue.start].casefold().split()[-3:]
    return any(w in lx.quantifiers for w in before[-2:]) or " ".join(before[-3:-1]) in lx.quantifiers or \
        " ".join(before[-3:]) in lx.quantifiers


def _counted(body: str, cue: _Cue, lx: EventLexicon) -> bool:
    """Whether a small number stands right before the cue ("dua pertemuan", "three meetings")."""
    before = body[max(0, cue.start - 24):cue.start].casefold().split()
    if len(before) >= 2 and before[-2] in lx.count_subjects:
        return False  # "the two discussed": the sides, counted
    return bool(before) and (before[-1] in lx.count_words or before[-1].isdigit() and int(before[-1]) < 10)


def _heads_the_line_after(body: str, date: DateMention, sentence: Sentence) -> bool:
    """Whether the date is a line of its own (a chronology's entry heading, perhaps with a colon) and the sentence
    opens the next line."""
    line_start = body.rfind("\n", 0, date.start) + 1
    return not body[line_start:date.start].strip(ENTRY_BULLETS) and not body[date.end:sentence.start].strip(" \t:–—-\n") \
        and body.count("\n", date.end, sentence.start) == 1


def _a_heading_line(body: str, sentence: Sentence) -> bool:
    """Whether the sentence is a line of its own with no closing stop: a heading inside the story ("Indonesia-
    Netherlands counterterrorism cooperation: a timeline")."""
    text = body[sentence.start:sentence.end].strip()
    line_start = body.rfind("\n", 0, sentence.start) + 1
    line_end = body.find("\n", sentence.end)
    return bool(text) and body[line_start:line_end if line_end != -1 else len(body)].strip() == text and \
        not text.endswith((".", "!", "?", '"', "”", "'"))


def _opens_a_line(body: str, sentence: Sentence) -> bool:
    """Whether the sentence is the first on its line."""
    return not body[body.rfind("\n", 0, sentence.start) + 1:sentence.start].strip()


_ENTRY_MARKS = ("-", "–", "—", ":")  # between a timeline entry's date and its text ("June 2024 - ...", "2019: ...")


def _a_timeline_entry(body: str, sentence: Sentence, dates: list[DateMention]) -> bool:
    """Whether the sentence is an entry of a timeline: a line opening with its date and a dash or colon ("March 2023 -
    Third policy dialogue in Tirtapolis")."""
    return _opens_a_line(body, sentence) and any(
        not body[sentence.start:d.start].strip() and body[d.end:d.end + 3].lstrip().startswith(_ENTRY_MARKS)
        for d in dates[:1])


def _opens_with(body: str, sentence: Sentence, cues: CueSet) -> bool:
    """Whether one of the cues is among the sentence's first words."""
    return any(len(body[sentence.start:start].split()) < _GENERIC_OPENING_WORDS
               for start, _, _ in cues.find(body, None, sentence.start, min(sentence.end, sentence.start + 40)))


def _planned_weekday(date: DateMention, status: str, published: Published) -> dt.date:
    """A bare weekday of a planned act ("is due to meet ... on Thursday") is the coming one, not the last."""
    if status == "planned" and date.form == "weekday" and published.date and date.date < published.date:
        return date.date + dt.timedelta(days=7)
    return date.date


def _retold(body: str, sentence: Sentence, cue: _Cue, acts: list[_Act]) -> bool:
    """An undated act opening its sentence of the kind just told: more of that act ("... forum ASEAN di Yogyakarta,
    5-6 Juli. Pertemuan dihadiri delegasi dari Malaysia, Singapura ...")."""
    return bool(acts) and _opens_the_sentence(body, sentence, cue) and \
        acts[-1].sentence_id >= sentence.sentence_id - 3


def _opens_with_that_cooperation(body: str, sentence: Sentence, lx: EventLexicon) -> bool:
    """Whether the sentence opens by pointing back at a cooperation ("Kerja sama itu diperbarui ..."): its partners
    are those of the cooperation named last."""
    found = lx.cooperation.find(body, None, sentence.start, min(sentence.end, sentence.start + 40))
    if not found or body[sentence.start:found[0][0]].strip():
        return False
    after = body[found[0][1]:found[0][1] + 12].split()
    return bool(after) and after[0].casefold().strip(",.") in lx.anaphora_after


def _opens_the_sentence(body: str, sentence: Sentence, cue: _Cue) -> bool:
    """The cue is the sentence's first word ("Penandatanganan dilakukan ...", "The signing took place ...")."""
    return len(body[sentence.start:cue.start].split()) <= 1 and body[cue.start:cue.start + 1].isupper() or \
        len(body[sentence.start:cue.start].split()) == 1 and body[sentence.start:cue.start].strip().casefold() == "the"


def _told_of(acts: list[_Act], kind: str, anaphora: str, participants: list[str],
             actors: dict[str, Actor]) -> _Act | None:
    """The act an anaphoric clause that names no foreign partner points back at: the latest of its kind (or, for
    "pertemuan itu", the latest at all)."""
    if not anaphora or _partners(participants, actors):
        return None
    return next((a for a in reversed(acts) if a.kind == kind or anaphora == "strong"), None)


_SERIES_REACH = 24  # characters around a cue searched for a word of series ("the previous (seventh) consultations")


def _cue_word(body: str, cue: _Cue) -> str:
    return " ".join(body[cue.start:cue.end].casefold().split())


def _series_act(body: str, cues: list[_Cue], acts: list[_Act], lx: EventLexicon, end: int) -> _Act | None:
    """The act told before whose series a cue with a word of series around it continues ("the next consultations",
    "the previous (seventh) consultations", "pelatihan berikutnya"): the latest called by the same word, else the
    latest of its kind. The word is looked for up to the sentence's `end` only: "... the course's third round so far.
    The next round ..." makes that round a next one, not the third."""
    if lx.series is None:
        return None
    for cue in cues:
        if not lx.series.search(body, max(0, cue.start - _SERIES_REACH), min(end, cue.end + _SERIES_REACH)):
            continue
        word = _cue_word(body, cue)
        like = next((a for a in reversed(acts) if word in a.cue_words), None) or \
            next((a for a in reversed(acts) if a.kind == cue.kind), None)
        if like is not None:
            return like
    return None


_LONGEST_COUNTED_ACT = 31  # days: a longer count is no one course ("a 90-day programme")


def _first_day_of_a_completed_act(body: str, lo: int, hi: int, date: DateMention | None,
                                  lx: EventLexicon) -> dt.date | None:
    """The first day of an act the clause says ended on its day and lasted some days ("on Thursday completed a
    four-day course": Monday to Thursday), so that "The course, which ran from Monday" is the same act."""
    if date is None or date.precision != "day" or date.date_end is not None or lx.days_long is None or \
            not lx.completion.find(body, None, lo, hi):
        return None
    if date.form == "relative":
        return None  # "wrapped up a four-day workshop last week": a week, no last day told
    found = lx.days_long.search(body, lo, hi)
    if found is None:
        return None
    word = found.group(1).casefold()
    days = int(word) if word.isdigit() else lx.day_counts.get(word)
    return date.date - dt.timedelta(days=days - 1) if days and 1 < days <= _LONGEST_COUNTED_ACT else None


def _date_the_act(act: _Act, dates: list[DateMention]) -> None:
    """Give the act told before the dates of a sentence about it: its own day(s) where it had none, or its last day."""
    eligible = [d for d in dates if not d.is_period and d.role not in _NOT_ACT_DATE_ROLES]
    if eligible and not act.own_date:
        first = eligible[0]
        act.date, act.precision, act.date_end, act.own_date = first.date, first.precision, first.date_end, True
    until = _closing_day(dates)
    if until and act.own_date and act.date_end is None and act.date < until:
        act.date_end = until


def _counterparts(body: str, sentence: Sentence, named: list[str], acted: bool, actors: dict[str, Actor],
                  lx: EventLexicon) -> list[str]:
    """The foreign actors of a sentence that later clauses may act with: foreign bodies, and states where the
    sentence tells an act or cooperation (not "returned from Turkey", "ISIS in Syria", "trained in Afghanistan in
    the 1980s": background)."""
    foreign = [p for p in named if actors[p].partner_code]
    if acted or not any(actors[p].actor_type == "state" for p in foreign):
        return foreign
    if lx.cooperation.find(body, None, sentence.start, sentence.end):
        return foreign
    return [p for p in foreign if actors[p].actor_type != "state"]


def _join_the_act(act: _Act, named: list[str], actors: dict[str, Actor]) -> None:
    """The foreign bodies a sentence about the act told before names take part in it."""
    for actor_id in named:
        if actors[actor_id].partner_code and actor_id not in act.participants:
            act.participants.append(actor_id)
            act.partners.add(actors[actor_id].partner_code)


def _closing_day(dates: list[DateMention]) -> dt.date | None:
    """The last day of an act the clause gives alone ("hingga Jumat (7/6)")."""
    return next((d.date for d in dates if d.role == "end" and d.precision == "day"), None)


def _with_counterpart(participants: list[str], actors: dict[str, Actor], acts: list[_Act],
                      recent_foreign: list[str], recent_actors: list[str], both_sides: bool = False,
                      joined: bool = False, one_side: bool = False, that_cooperation: bool = False,
                      under_a_heading: bool = False) -> list[str]:
    """A clause that names at most one side ("Pertemuan ini ...", "BNPT diundang ...") or says "both sides"
    ("Kedua pihak sepakat melatih analis BSSN dan Kominfo") acts with the narrative's partner; so does one that
    says both sides act with an international body (`joined`: "the two police forces plan a workshop with Interpol"),
    and one that says it tells the Indonesian side (`one_side`: "Dari pihak Indonesia, JWG dipimpin BNPT dengan
    anggota dari Densus 88 dan PPATK": several Indonesian bodies, yet one side)."""
    if not participants:
        # (and so does one under a heading line that names counterparts, the heading of a timeline
        # "Indonesia-Netherlands counterterrorism cooperation: a timeline" over "March 2019 - First joint training
        # for prison officers": the heading's parties, not those of the act told before the heading)
        if (that_cooperation or under_a_heading) and recent_foreign:
            return list(recent_actors) + [p for p in recent_foreign if p not in recent_actors]
        # (not a party that joined the act told: "... turut menugaskan pelatih. Malam penutup berlangsung Jumat"
        # is with the act's counterpart)
        told = next((a for a in reversed(acts) if not a.joining), None)
        source = told.participants if told is not None else recent_actors
        return list(source)
    home = {_root(p, actors) for p in participants if actors[p].actor_type != "state"}
    if _partners(participants, actors) and not (both_sides and joined) or (len(home) > 1 and not (both_sides or one_side)):
        return participants  # both sides are named: a foreign partner, or two Indonesian bodies
    # the act the narrative is at: not a report of a part of one ("Kunjungan tersebut difasilitasi oleh UNODC"),
    # whose partner is not the counterpart of the next act ("delegasi bertolak ke Lamongan")
    told = next((a for a in reversed(acts) if a.partners and a.anaphora != "strong" and not a.part),
                acts[-1] if acts else None)
    # ("... kerja sama UNDP dengan BNPT telah berlangsung hampir satu dekade. Kerja sama itu diperbarui lewat
    # penandatanganan ...": the cooperation just named, not the last act's partner)
    source = recent_foreign if that_cooperation and recent_foreign else \
        told.participants if told is not None and told.partners else recent_foreign
    foreign = [p for p in source
               if actors[p].partner_code]
    return participants + [p for p in foreign if p not in participants]


def _joined_by(body: str, spans: list[Span], actors: dict[str, Actor], lx: EventLexicon) -> bool:
    """Whether every foreign party the clause names is an international body it acts "with" ("a joint workshop
    with Interpol's ..."), rather than a partner of its own."""
    foreign = {s.entry_id for s in spans if actors[s.entry_id].partner_code}
    joined = {s.entry_id for s in spans if s.entry_id in foreign and lx.companion is not None
              and lx.companion.search(body, max(0, s.start - 16), s.start)}
    return bool(foreign) and joined == foreign and all(
        actors[a].actor_type == "international_organisation" for a in foreign)


_ACT_NAME_REACH = 2  # words between an event cue and a body named with it ("konsultasi SOMTC+3", "AMMTC Plus Three")


def _counterparts_listed(body: str, spans: list[Span], cues: list[_Cue], actors: dict[str, Actor],
                         lx: EventLexicon) -> bool:
    """Whether the clause's foreign parties form one list after a counterpart word ("held the AMMTC Plus Three
    consultation with China, Japan and South Korea", "konsultasi SOMTC dengan Uni Eropa"), any before it only
    naming the act, none a state: they are the counterparts of the clause's unnamed subject (the delegation, the
    ministers)."""
    foreign = [s for s in spans if actors[s.entry_id].partner_code]
    first = next((i for i, s in enumerate(foreign) if lx.counterpart is not None
                  and lx.counterpart.search(body, max(0, s.start - 24), s.start)), None)
    if first is None or not all(actors[s.entry_id].actor_type != "state" and _names_the_cue(body, s, cues)
                                for s in foreign[:first]):
        return False  # (a party before the list is a subject of its own: "Australia signed a deal with Japan",
        # "UNOCT's offices are in Doha, and its plan of action with Kazakhstan ...")
    at = foreign[first].end
    for span in foreign[first + 1:]:
        if not lx.list_gap.fullmatch(body, at, span.start):
            return False
        at = span.end
    return True


def _home_listed(body: str, spans: list[Span], actors: dict[str, Actor], lx: EventLexicon) -> bool:
    """Whether the clause's Indonesian bodies, several, form one list after a counterpart word and none stands
    before it ("Rancangan SEHATI disusun setelah serangkaian konsultasi dengan BNPT dan KemenPPPA"): they are one
    side, the counterparts of the clause's unnamed subject, not two sides of a domestic act."""
    home = [s for s in spans if not actors[s.entry_id].partner_code]
    if len(home) < 2 or lx.counterpart is None or \
            not lx.counterpart.search(body, max(0, home[0].start - 24), home[0].start):
        return False
    at = home[0].end
    for span in home[1:]:
        if not lx.list_gap.fullmatch(body, at, span.start):
            return False
        at = span.end
    return True


def _names_the_cue(body: str, span: Span, cues: list[_Cue]) -> bool:
    """Whether a body stands right next to an event cue, as part of the act's name ("the AMMTC Plus Three
    consultation", "konsultasi SOMTC+3")."""
    return any(len(body[span.end:c.start].split()) <= _ACT_NAME_REACH if span.end <= c.start
               else len(body[c.end:span.start].split()) <= _ACT_NAME_REACH for c in cues)


def _root(actor_id: str, actors: dict[str, Actor]) -> str:
    """The organisation a unit belongs to (Sentra Handayani -> Kemensos): a unit and its ministry are one side."""
    for _ in range(5):
        parent = actors[actor_id].parent_id
        if not parent or parent not in actors:
            break
        actor_id = parent
    return actor_id


def _latest_reported_act(acts: list[_Act]) -> _Act | None:
    """The act that dates an article with no date of its own: the latest held (else planned) one with its own date."""
    dated = [a for a in acts if a.own_date and a.status == "held"] or [a for a in acts if a.own_date]
    # a reported act has its day; a month alone is more often a plan or background ("submitted to the ministerial
    # meeting in July")
    dated = [a for a in dated if a.precision == "day"] or dated
    return max(dated, key=_last_day_told, default=None)


def _last_day_told(act: _Act) -> dt.date:
    """The last day of an act the text reports as held ("The course, which ran from 7 to 18 August"): the article
    was written after its end, not on its first day; a planned act's end is still to come."""
    return act.date_end if act.status == "held" and act.date_end and act.precision == "day" else act.date


def _cooperation_fallback(body: str, sentences: list[Sentence], spans: list[Span], actors: dict[str, Actor],
                          published: Published, lx: EventLexicon) -> list[_Act]:
    """No act cue at all: the first sentence of cooperation with a foreign partner is the article's one act."""
    for sentence in sentences:
        if not lx.cooperation.find(body, None, sentence.start, sentence.end):
            continue
        in_sentence = [s for s in spans if sentence.start <= s.start < sentence.end]
        participants = _participants(in_sentence, actors, _bystanders(body, in_sentence, actors, lx))
        partners = _partners(participants, actors)
        if partners:
            return [_Act(sentence.start, sentence.end, sentence.sentence_id, "other", "held", published.date,
                         published.precision, None, False, participants, _location(body, sentence.start, sentence.end, lx),
                         body[sentence.start:sentence.end], partners)]
    return []


def _event(article_id: str, number: int, act: _Act, actors: dict[str, Actor], lx: EventLexicon) -> Event:
    partners = tuple(sorted(act.partners))
    organisation = any(actors[p].actor_type == "international_organisation" for p in act.participants if p in actors)
    if not partners:
        scope = "domestic"
    elif len(partners) > 1 or (organisation and act.kind == "forum") or \
            (act.kind in ("forum", "meeting") and set(partners) <= lx.multilateral):
        scope = "multilateral"  # several partners, or a meeting of a body of many states (ASEAN)
    else:
        scope = "bilateral"
    return Event(f"{article_id}#e{number}", act.date, act.precision, act.date_end, act.status, act.kind,
                 tuple(act.participants), partners, scope, act.location, act.sentence_id, act.evidence)
