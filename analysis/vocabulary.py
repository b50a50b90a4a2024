"""Vocabularies: load the package's data files (and a researcher's own) with a safe YAML loader and validate them.

Every stage reads its knowledge from here, never from code: actors (states,
international bodies, Indonesian and foreign institutions), programmes, themes,
boilerplate rules and the cue lists of people, events and dates. Validation
refuses, with the file, line and entry named: a duplicate id, a surface form
claimed by two entries, an unknown key, an unknown actor type, theme or
partner code, a parent that does not exist, and YAML syntax errors.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

import yaml

DATA_DIR = Path(__file__).parent / "data"

ACTOR_TYPES = (
    "state", "ministry", "government_agency", "security_forces", "legislature",
    "local_government", "foreign_government_agency", "international_organisation",
    "civil_society", "other",
)
THEMES = (
    "deradicalisation", "rehabilitation", "reintegration", "victims", "prevention",
    "law_enforcement", "capacity_building", "economic_empowerment", "education",
    "children_and_women", "protection_of_vulnerable_targets", "national_values",
    "technology_and_online",
)
ACTOR_KEYS = {"id", "name", "name_id", "acronym", "aliases", "demonyms", "type", "country",
              "parent", "partner", "note", "generic_name", "names_a_kind", "city_follows", "private",
              "needs_its_state", "in_capitals_only"}
PROGRAMME_KEYS = {"id", "name", "name_id", "acronym", "aliases", "themes", "kind", "note", "capitalised_only"}
THEME_KEYS = {"id", "label", "cues", "quoted_weight", "note"}
# a boilerplate rule's true/false options, in the order of BoilerplateRule's fields
RULE_FLAGS = ("keep_for_dates", "caption_credit", "at_end", "heads_story", "whole_list", "entry_heading", "fenced")
RULE_KEYS = {"id", "scope", "pattern", *RULE_FLAGS, "note"}
PROGRAMME_KINDS = ("programme", "plan", "agreement", "mechanism", "facility", "law", "event_series", "other")
HOME_COUNTRY = "IDN"


_Compiled = TypeVar("_Compiled")
_COMPILED: dict[tuple[Callable, str], Any] = {}


def compiled_for(vocabulary: "Vocabulary", build: Callable[["Vocabulary"], _Compiled]) -> _Compiled:
    """What `build` makes of a vocabulary (matchers, grammars, rule sets), built once per process and
    vocabulary fingerprint: every stage asks per article, and a worker's unpickled copy shares the entry."""
    key = (build, vocabulary.fingerprint)
    found = _COMPILED.get(key)
    if found is None:
        found = _COMPILED[key] = build(vocabulary)
    return found


class VocabularyError(ValueError):
    """A vocabulary file that cannot be used, with the file, line and entry named."""


# --------------------------------------------------------------------------- YAML with line numbers

# The C parser when PyYAML has it (ten times faster); the constructor is the safe one either way.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeBase):
    """Safe loader that remembers the line of every mapping, so errors can name it."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    # YAML lets a later key silently replace an earlier one (a second `actors:`
    # section, a second `name:`): in a vocabulary that loses entries, so it is refused.
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        seen: dict = {}
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            try:
                duplicate = key in seen
            except TypeError:
                raise yaml.constructor.ConstructorError(None, None, f"a mapping key must be text, not {key!r}",
                                                        key_node.start_mark) from None
            if duplicate:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (first given at line {seen[key]})", key_node.start_mark)
            if key == "__line__":
                raise yaml.constructor.ConstructorError(None, None, "'__line__' is a reserved key", key_node.start_mark)
            seen[key] = line
    mapping = _SafeBase.construct_mapping(loader, node, deep=deep)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# YAML 1.1 reads No, Yes, On and Off as booleans: in word lists they are words
# ("No." the abbreviation, "On" the connector), so only true/false are booleans here.
_BOOL = "tag:yaml.org,2002:bool"
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def read_yaml(path: Path) -> Any:
    """Parse one YAML file with the safe loader; syntax errors name the file and line."""
    return _parse_yaml(Path(path), _read_bytes(Path(path)))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise VocabularyError(f"{path}: cannot read vocabulary file: {error.strerror or error}") from None


def _parse_yaml(path: Path, data: bytes) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise VocabularyError(f"{path}:{line}: vocabulary files must be UTF-8 (byte {error.start} is not)") from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(error, "problem", None) or str(error)
        context = getattr(error, "context", None)
        detail = f"{problem} ({context})" if context and context not in problem else problem
        raise VocabularyError(f"{where}: YAML syntax error: {detail}") from None
    except (ValueError, TypeError, RecursionError) as error:  # a bad timestamp, nesting too deep
        raise VocabularyError(f"{path}: YAML value error: {error}") from None


def _with_possessive_forms(actors: dict[str, Actor], demonyms_of: dict[str, list[str]]) -> None:
    """A foreign agency written "X of State" or "Demonym X" is also written "State's X" ("Japan's National Police
    Agency", "Australia's Department of Home Affairs"): that form too, so the possessive names the agency itself,
    not a body of the home country's name that the state owns."""
    for actor_id, actor in list(actors.items()):
        state = actors.get(actor.country)
        if actor.actor_type != "foreign_government_agency" or state is None or state.actor_type != "state":
            continue
        added = []
        for form in actor.forms:
            for suffix in (f" of {state.name}", f" of the {state.name}"):
                if form.endswith(suffix) and len(form) > len(suffix):
                    added.append(f"{state.name}'s {form[:-len(suffix)]}")
            for demonym in [state.name, *demonyms_of.get(state.actor_id, ())]:
                if form.startswith(demonym + " ") and form[0].isupper():
                    added.append(f"{state.name}'s {form[len(demonym) + 1:]}")
        if added:
            actors[actor_id] = replace(actor, forms=tuple(dict.fromkeys([*actor.forms, *added])))


def _where(path: Path, entry: Any) -> str:
    line = entry.get("__line__") if isinstance(entry, dict) else None
    return f"{path}:{line}" if line else str(path)


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, list):
        return "list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "number"
    if value is None:
        return "nothing"
    return "text"


def _short(value: Any) -> str:
    text = repr(_strip_lines(value))
    return text if len(text) <= 60 else text[:57] + "..."


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (str, int, float)):
        return [str(value)]
    return [str(v) for v in value]


_DASHES = str.maketrans({"-": " ", "–": " ", "—": " ", "‐": " ", "’": "'", "‘": "'"})


def fold(text: str) -> str:
    """The key under which two surface forms count as the same: case-folded, dashes as spaces, white space collapsed."""
    return " ".join(text.casefold().translate(_DASHES).split())


def is_case_sensitive(form: str) -> bool:
    """All-capital forms (AS, RI, UN, NU) are matched exactly; they collide with ordinary words otherwise."""
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# --------------------------------------------------------------------------- entries

@dataclass(frozen=True)
class Actor:
    actor_id: str
    name: str
    name_id: str
    acronym: str
    actor_type: str
    country: str  # ISO alpha-3, empty for an international organisation
    parent_id: str
    partner_code: str  # code when this actor is a partner; empty for Indonesian actors
    forms: tuple[str, ...]  # every surface form, including name, name_id and acronyms
    in_vocabulary: bool = True
    source: str = ""  # file:line of the entry
    generic_name: bool = False  # a unit name other organisations' units share ("Direktorat Pencegahan")
    names_a_kind: bool = False  # also the common noun for a kind of body ("pemerintah daerah"): an actor only in capitals
    # single forms that are also the common noun for a kind of body every state has ("the national police chief in
    # Bangkok"): those forms name this actor only in capitals ("the National Police"); its other forms in any case
    forms_in_capitals_only: tuple[str, ...] = ()
    city_follows: bool = False  # a mission named with its city after it ("KBRI Kairo"): the mention takes the city
    private: bool = False  # a company: an actor, never a partner; a platform's name after "di", "on" is a medium
    # forms other states' bodies bear too ("Foreign Office": the UK's, Pakistan's, Germany's): this actor only where
    # the article names its state
    forms_needing_state: tuple[str, ...] = ()


@dataclass(frozen=True)
class Programme:
    programme_id: str
    name: str
    kind: str
    themes: tuple[str, ...]
    forms: tuple[str, ...]
    source: str = ""
    capitalised_only: bool = False  # its words in lower case describe a thing, not this one ("daftar terduga teroris")


@dataclass(frozen=True)
class Theme:
    theme_id: str
    label: str
    cues: tuple[str, ...]
    # what a full cue weighs inside a speaker's direct quotation, for a theme whose words are everyday ones that
    # speakers use of their own lives ("my children"); None: as much as outside one
    quoted_weight: float | None = None


# line: drop the line; tail: drop it and the rest of the article; block: drop it and the lines after it up to
# the next paragraph of the story; inline: cut the match out of the line; dateline: cut it from the first paragraph
BOILERPLATE_SCOPES = ("line", "tail", "block", "inline", "dateline")


@dataclass(frozen=True)
class BoilerplateRule:
    rule_id: str
    scope: str
    pattern: re.Pattern
    keep_for_dates: bool
    caption_credit: bool = False  # an inline credit that marks its line as a photo caption
    at_end: bool = False  # applies only among the page's last lines (a writer's bio; a body sentence elsewhere)
    heads_story: bool = False  # a byline or date line of the page's header: the story begins after it
    whole_list: bool = False  # (block rules) every list item under the heading is the block's, sentences too
    entry_heading: bool = False  # (line rules) between the story's paragraphs, over one, it heads a chronology's entry
    fenced: bool = False  # (block rules) only between two separator lines ("-----"), and the whole stretch is the block's


@dataclass
class Vocabulary:
    """Every vocabulary the pipeline uses, validated; `fingerprint` changes whenever any of them does."""

    actors: dict[str, Actor]
    programmes: dict[str, Programme]
    programme_patterns: list[dict]
    themes: dict[str, Theme]
    boilerplate: list[BoilerplateRule]
    lexicon: dict[str, Any]  # cue lists for people, events, dates, sentences, discovery
    partner_families: dict[str, str]
    files: tuple[str, ...]
    fingerprint: str = ""
    forms: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded form -> (kind, id)


# --------------------------------------------------------------------------- loading

def package_files() -> list[Path]:
    return sorted(DATA_DIR.rglob("*.yaml"))


def _expand(paths: Iterable[str | os.PathLike]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted(p for p in list(path.rglob("*.yaml")) + list(path.rglob("*.yml")) if p.is_file())
            if not found:
                raise VocabularyError(f"{path}: no .yaml or .yml vocabulary file in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif path.exists():
            raise VocabularyError(f"{path}: not a vocabulary file (a FIFO, device or socket)")
        else:
            raise VocabularyError(f"{path}: no such vocabulary file or folder")
    return files


def load_vocabulary(extra: Iterable[str | os.PathLike] = ()) -> Vocabulary:
    """The package's vocabularies plus a researcher's own files (or folders of them), validated."""
    extra_files = tuple(str(p) for p in _expand(extra))
    return _load(extra_files)


@lru_cache(maxsize=8)
def _load(extra_files: tuple[str, ...]) -> Vocabulary:
    package = package_files()
    files = package + [Path(p) for p in extra_files]
    builder = _Builder()
    digest = hashlib.sha256()
    for path in files:
        data = _read_bytes(path)
        digest.update(path.name.encode())
        digest.update(data)
        builder.add_file(path, _parse_yaml(path, data), researcher=path not in package)
    vocabulary = builder.finish()
    vocabulary.files = tuple(str(p) for p in files)
    vocabulary.fingerprint = digest.hexdigest()[:16]
    return vocabulary


_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:/+&-]*")
_SCALAR_KEYS = {"id", "name", "name_id", "type", "country", "parent", "partner", "kind", "label", "note", "scope",
                "pattern"}
_LIST_KEYS = {"acronym", "aliases", "demonyms", "themes", "cues", "needs_its_state", "in_capitals_only"}
# Two ordinary sentences: a boilerplate rule that removes them would empty every article.
_ORDINARY_LINES = ("Kepala badan itu mengatakan kerja sama kedua negara berjalan baik pada tahun ini.",
                   "The minister said the two countries would continue their cooperation this year.")


def _check_types(where: str, label: str, entry: dict) -> None:
    """Text fields hold text, list fields hold text or a list of texts: nothing that would print as "None" or "{...}"."""
    for key, value in entry.items():
        if key == "__line__" or value is None:
            continue
        if key in _SCALAR_KEYS and (isinstance(value, (dict, list, bool))):
            raise VocabularyError(f"{where}: {label}: {key} must be text, not a {_kind(value)}")
        if key in _LIST_KEYS:
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, (dict, list, bool)) or item is None or not str(item).strip():
                    raise VocabularyError(f"{where}: {label}: {key} must be text or a list of texts; "
                                          f"{_short(item)} is not")


def _check_id(where: str, label: str, entry_id: str) -> None:
    if not _ID.fullmatch(entry_id) or entry_id.startswith("new:"):
        raise VocabularyError(f"{where}: {label}: an id is letters, digits and _.:/+&- without spaces or ';' "
                              "(and 'new:' is kept for names found in the text)")


def _check_cue(where: str, theme_id: str, cue: str) -> None:
    """A theme cue: words, optionally '*' at either end (open to affixes) and '|weight' (a number >= 0; 0 marks a
    phrase that contains a cue but counts for nothing, "secara daring|0")."""
    text = cue
    if "|" in cue:
        text, weight = cue.rsplit("|", 1)
        try:
            ok = float(weight) >= 0
        except ValueError:
            ok = False
        if not ok:
            raise VocabularyError(f"{where}: theme {theme_id!r}: cue {cue!r}: the weight after '|' must be a number "
                                  "of 0 or above ('keluarga|0.5'; '|0' for a phrase that is no cue)")
    if not any(c.isalnum() for c in text.strip("*")):
        raise VocabularyError(f"{where}: theme {theme_id!r}: cue {cue!r} has no letter or digit")


class _Builder:
    """Collects entries file by file, then validates cross-references once everything is in."""

    SECTIONS = ("actors", "partner_families", "state_forms", "consulate_forms", "consulate_demonym_forms",
                "programmes", "programme_patterns", "themes", "boilerplate", "lexicon")

    def __init__(self) -> None:
        self.actor_entries: list[tuple[Path, dict]] = []
        self.programme_entries: list[tuple[Path, dict]] = []
        self.programme_patterns: list[dict] = []
        self.theme_entries: list[tuple[Path, dict]] = []
        self.rule_entries: list[tuple[Path, dict]] = []
        self.partner_families: dict[str, str] = {}
        self.family_where: dict[str, str] = {}
        self.state_forms: list[str] = []
        self.consulate_forms: list[str] = []  # templates of a state's consulates' names ("Konsulat Jenderal {}")
        self.consulate_demonym_forms: list[str] = []  # ... written with its demonym ("{} Consulate-General")
        self.lexicon: dict[str, Any] = {}
        self.package_lexicon: dict[str, Any] = {}  # the package's own lexicon, the shape a researcher's must follow

    def add_file(self, path: Path, document: Any, researcher: bool = False) -> None:
        if document is None:
            return
        if not isinstance(document, dict):
            raise VocabularyError(f"{path}: a vocabulary file is a mapping of sections ({', '.join(self.SECTIONS)}), "
                                  f"not a {type(document).__name__}")
        for section, content in document.items():
            if section == "__line__":
                continue
            if section not in self.SECTIONS:
                raise VocabularyError(f"{_where(path, document)}: unknown section {section!r} "
                                      f"(known: {', '.join(self.SECTIONS)})")
            if content is None:
                continue  # a section heading with nothing under it yet
            if section in ("actors", "programmes", "themes", "programme_patterns", "boilerplate", "partner_families"):
                if not isinstance(content, list):
                    raise VocabularyError(f"{path}: section {section!r} must be a list of entries, "
                                          f"not a {_kind(content)}")
                for number, entry in enumerate(content, start=1):
                    if not isinstance(entry, dict):
                        raise VocabularyError(f"{path}: entry {number} of {section!r} must be a mapping "
                                              f"(id: ..., name: ...), got {_short(entry)}")
                target = {"actors": self.actor_entries, "programmes": self.programme_entries,
                          "themes": self.theme_entries, "boilerplate": self.rule_entries}.get(section)
                if section == "programme_patterns":
                    self.programme_patterns.extend(self._programme_pattern(path, e) for e in content)
                elif section == "partner_families":
                    for entry in content:
                        self._partner_family(path, entry)
                else:
                    target.extend((path, entry) for entry in content)
            elif section in ("state_forms", "consulate_forms", "consulate_demonym_forms"):
                if not isinstance(content, list):
                    raise VocabularyError(f"{path}: section '{section}' must be a list of templates")
                for template in content:
                    if not isinstance(template, str) or template.count("{}") != 1 or \
                            template.replace("{}", "").count("{") or template.replace("{}", "").count("}"):
                        raise VocabularyError(f"{path}: {section} template {_short(template)} must be text with "
                                              "exactly one {} (where the state's name goes) and no other braces")
                    getattr(self, section).append(template)
            elif section == "lexicon":
                if not isinstance(content, dict):
                    raise VocabularyError(f"{path}: section 'lexicon' must be a mapping")
                for key, value in content.items():
                    if key == "__line__":
                        continue
                    if researcher:
                        self._check_lexicon(path, content, key, value)
                    value = _strip_lines(value)
                    if key in self.lexicon and isinstance(value, list) and isinstance(self.lexicon[key], list):
                        self.lexicon[key] = self.lexicon[key] + value  # a researcher's file extends a list
                    else:
                        self.lexicon[key] = value
                    if not researcher:
                        self.package_lexicon[key] = self.lexicon[key]

    def _partner_family(self, path: Path, entry: dict) -> None:
        where = _where(path, entry)
        unknown = set(entry) - {"code", "name", "note", "__line__"}
        if unknown:
            raise VocabularyError(f"{where}: partner family {entry.get('code')!r}: unknown key(s) "
                                  f"{', '.join(sorted(map(str, unknown)))} (known: code, name, note)")
        code = entry.get("code")
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z][A-Z0-9_-]*", code):
            raise VocabularyError(f"{where}: a partner family needs a code in capitals (code: UN), got {_short(code)}")
        if code in self.partner_families:
            raise VocabularyError(f"{where}: partner family {code!r}: duplicate code (first declared at "
                                  f"{self.family_where[code]})")
        self.partner_families[code] = str(entry.get("name") or code)
        self.family_where[code] = where

    @staticmethod
    def _programme_pattern(path: Path, entry: dict) -> dict:
        where = _where(path, entry)
        rule_id = entry.get("id")
        if not isinstance(rule_id, str) or not rule_id.strip():
            raise VocabularyError(f"{where}: programme pattern: missing id")
        pattern = entry.get("pattern")
        if not isinstance(pattern, str) or not pattern:
            raise VocabularyError(f"{where}: programme pattern {rule_id!r}: missing pattern (a regular expression)")
        try:
            compiled = re.compile(pattern)
        except re.error as error:
            raise VocabularyError(f"{where}: programme pattern {rule_id!r}: bad pattern: {error}") from None
        if compiled.match(""):
            raise VocabularyError(f"{where}: programme pattern {rule_id!r}: the pattern matches empty text")
        return _strip_lines(entry) | {"__where__": where}

    def _check_lexicon(self, path: Path, content: dict, key: Any, value: Any) -> None:
        """A researcher's lexicon entry must extend a key the package knows, with values of the same shape."""
        where = _where(path, content)
        if key not in self.package_lexicon:
            raise VocabularyError(f"{where}: lexicon: unknown key {key!r} (known: "
                                  f"{', '.join(sorted(map(str, self.package_lexicon)))})")
        known = self.package_lexicon[key]
        label = f"lexicon {key!r}"
        if _kind(value) != _kind(known):
            raise VocabularyError(f"{where}: {label} must be a {_kind(known)}, like the package's, not a {_kind(value)}")
        items = value if isinstance(value, list) else list(value.values()) if isinstance(value, dict) else []
        known_items = known if isinstance(known, list) else list(known.values()) if isinstance(known, dict) else []
        if isinstance(value, dict):
            unknown = set(value) - set(known) - {"__line__"}
            if unknown:
                raise VocabularyError(f"{where}: {label}: unknown key(s) {', '.join(sorted(map(str, unknown)))} "
                                      f"(known: {', '.join(sorted(map(str, known)))})")
        if not known_items:
            return
        for item in items:
            item_where = _where(path, item) if isinstance(item, dict) else where
            if _kind(item) != _kind(known_items[0]):
                raise VocabularyError(f"{item_where}: {label}: entry {_short(item)} must be a {_kind(known_items[0])}, "
                                      "like the package's")
            if item is None or (isinstance(item, str) and not item.strip()):
                raise VocabularyError(f"{item_where}: {label}: empty entry")
            if isinstance(item, list):
                for word in item:
                    if not isinstance(word, (str, int, float)) or isinstance(word, bool) or not str(word).strip():
                        raise VocabularyError(f"{item_where}: {label}: entry {_short(word)} must be a word")
            if isinstance(item, dict) and all(isinstance(k, dict) for k in known_items):
                allowed = set().union(*(set(k) for k in known_items)) - {"__line__"}
                required = set.intersection(*(set(k) for k in known_items)) - {"__line__"}
                missing, unknown = required - set(item), set(item) - allowed - {"__line__"}
                if missing or unknown:
                    problem = (f"missing key(s) {', '.join(sorted(missing))}" if missing
                               else f"unknown key(s) {', '.join(sorted(map(str, unknown)))}")
                    raise VocabularyError(f"{item_where}: {label}: entry {_short(_strip_lines(item))}: {problem} "
                                          f"(known: {', '.join(sorted(allowed))})")
                for sub_key, sub_value in item.items():
                    shapes = {_kind(k[sub_key]) for k in known_items if sub_key in k}
                    if sub_key != "__line__" and shapes and _kind(sub_value) not in shapes:
                        raise VocabularyError(f"{item_where}: {label}: {sub_key} must be a {' or '.join(sorted(shapes))}, "
                                              f"not a {_kind(sub_value)}")

    # ---------------------------------------------------------------- validation

    def finish(self) -> Vocabulary:
        themes = self._themes()
        actors = self._actors()
        programmes = self._programmes(themes)
        forms = self._check_forms(actors, programmes)
        rules = self._rules()
        return Vocabulary(actors=actors, programmes=programmes, programme_patterns=self.programme_patterns,
                          themes=themes, boilerplate=rules, lexicon=self.lexicon,
                          partner_families=dict(self.partner_families), files=(), forms=forms)

    def _themes(self) -> dict[str, Theme]:
        themes: dict[str, Theme] = {}
        for path, entry in self.theme_entries:
            where = _where(path, entry)
            unknown = set(entry) - THEME_KEYS - {"__line__"}
            if unknown:
                raise VocabularyError(f"{where}: theme {entry.get('id')!r}: unknown key(s) "
                                      f"{', '.join(sorted(map(str, unknown)))} (known: {', '.join(sorted(THEME_KEYS))})")
            quoted_weight = entry.get("quoted_weight")
            if quoted_weight is not None and (isinstance(quoted_weight, bool)
                                              or not isinstance(quoted_weight, (int, float))
                                              or not 0 <= quoted_weight <= 1):
                raise VocabularyError(f"{where}: theme {entry.get('id')!r}: quoted_weight must be a number "
                                      f"from 0 to 1, not {quoted_weight!r}")
            _check_types(where, f"theme {entry.get('id')!r}", entry)
            theme_id = str(entry.get("id", ""))
            if theme_id not in THEMES:
                raise VocabularyError(f"{where}: theme {theme_id!r} is not one of the guidelines' themes "
                                      f"(known: {', '.join(THEMES)})")
            for cue in _as_list(entry.get("cues")):
                _check_cue(where, theme_id, cue)
            if theme_id in themes:
                # a researcher's file may add cues to a theme; it may not redefine it
                cues = themes[theme_id].cues + tuple(_as_list(entry.get("cues")))
                themes[theme_id] = Theme(theme_id, themes[theme_id].label, cues, themes[theme_id].quoted_weight)
            else:
                themes[theme_id] = Theme(theme_id, str(entry.get("label", theme_id)), tuple(_as_list(entry.get("cues"))),
                                         None if quoted_weight is None else float(quoted_weight))
        return themes

    def _actors(self) -> dict[str, Actor]:
        actors: dict[str, Actor] = {}
        where_of: dict[str, str] = {}
        demonyms_of: dict[str, list[str]] = {}
        state_codes = {str(e.get("id")) for _, e in self.actor_entries if e.get("type") == "state"}
        ids_listed = {str(e.get("id", "")).strip() for _, e in self.actor_entries}
        for path, entry in self.actor_entries:
            where = _where(path, entry)
            actor_id = str(entry.get("id", "")).strip()
            label = f"actor {actor_id!r}" if actor_id else "actor entry"
            unknown = set(entry) - ACTOR_KEYS - {"__line__"}
            if unknown:
                raise VocabularyError(f"{where}: {label}: unknown key(s) {', '.join(sorted(map(str, unknown)))} "
                                      f"(known: {', '.join(sorted(ACTOR_KEYS))})")
            _check_types(where, label, entry)
            if not actor_id:
                raise VocabularyError(f"{where}: {label}: missing id")
            _check_id(where, label, actor_id)
            if actor_id in actors:
                raise VocabularyError(f"{where}: {label}: duplicate id (first defined at {where_of[actor_id]})")
            if not entry.get("name"):
                raise VocabularyError(f"{where}: {label}: missing name (the English name)")
            actor_type = str(entry.get("type", ""))
            if actor_type not in ACTOR_TYPES:
                raise VocabularyError(f"{where}: {label}: unknown type {actor_type!r} (known: {', '.join(ACTOR_TYPES)})")
            country = str(entry.get("country") or (actor_id if actor_type == "state" else "")).strip()
            if actor_type == "international_organisation":
                if country:
                    raise VocabularyError(f"{where}: {label}: an international organisation has no country")
            elif not re.fullmatch(r"[A-Z]{3}", country):
                raise VocabularyError(f"{where}: {label}: country must be an ISO alpha-3 code, got {country!r}")
            elif country not in state_codes:
                raise VocabularyError(f"{where}: {label}: country {country!r} is not a state of the vocabulary")
            partner = str(entry.get("partner") or "").strip()
            if actor_type == "international_organisation":
                if not partner:
                    raise VocabularyError(f"{where}: {label}: an international organisation needs a partner code")
                if partner not in self.partner_families and partner not in state_codes:
                    raise VocabularyError(f"{where}: {label}: unknown partner code {partner!r} "
                                          f"(declare it under partner_families)")
            else:
                if partner and partner != country:
                    raise VocabularyError(f"{where}: {label}: partner code {partner!r} differs from its country {country!r}")
                # a company or a non-governmental body is no state's agency: it may act, but it is never a partner
                # (guidelines, "Partners": states and international organisations)
                private = entry.get("private", False) is True
                if private and (partner or actor_type not in ("other", "civil_society")):
                    raise VocabularyError(f"{where}: {label}: a private body has type other or civil_society and no "
                                          "partner code")
                partner = "" if country == HOME_COUNTRY or private else country
            for flag in ("generic_name", "names_a_kind", "city_follows", "private"):
                if not isinstance(entry.get(flag, False), bool):
                    raise VocabularyError(f"{where}: {label}: {flag} must be true or false")
            acronyms = _as_list(entry.get("acronym"))
            needing_state = _as_list(entry.get("needs_its_state"))
            in_capitals_only = _as_list(entry.get("in_capitals_only"))
            forms = [str(entry["name"])] + _as_list(entry.get("name_id")) + acronyms + _as_list(entry.get("aliases")) \
                + needing_state + in_capitals_only
            demonyms = _as_list(entry.get("demonyms"))
            demonyms_of[actor_id] = demonyms
            if actor_type == "state":
                names = [str(entry["name"])] + _as_list(entry.get("name_id"))
                forms += [template.format(name) for template in self.state_forms for name in names]
                forms += demonyms
            elif demonyms:
                raise VocabularyError(f"{where}: {label}: only a state has demonyms")
            actors[actor_id] = Actor(
                actor_id=actor_id, name=str(entry["name"]), name_id=str(entry.get("name_id") or ""),
                acronym=acronyms[0] if acronyms else "", actor_type=actor_type, country=country,
                parent_id=str(entry.get("parent") or ""), partner_code=partner,
                generic_name=bool(entry.get("generic_name", False)), names_a_kind=bool(entry.get("names_a_kind", False)),
                city_follows=bool(entry.get("city_follows", False)), private=bool(entry.get("private", False)),
                forms_needing_state=tuple(needing_state), forms_in_capitals_only=tuple(in_capitals_only),
                forms=tuple(dict.fromkeys(f.strip() for f in forms if f and f.strip())), source=where)
            where_of[actor_id] = where
            # (only states with an embassy in Jakarta in the vocabulary: those are the ones with consulates too)
            if actor_type == "state" and country != HOME_COUNTRY and f"{actor_id}-EMBASSY" in ids_listed and \
                    f"{actor_id}-CONSULATE" not in ids_listed:
                consulate = self._consulate(actors[actor_id], demonyms)
                if consulate is not None:
                    actors[consulate.actor_id] = consulate
                    where_of[consulate.actor_id] = where
        _with_possessive_forms(actors, demonyms_of)
        for actor in actors.values():
            if actor.parent_id and actor.parent_id not in actors:
                raise VocabularyError(f"{actor.source}: actor {actor.actor_id!r}: parent {actor.parent_id!r} is not an actor")
            chain = [actor.actor_id]
            parent = actor.parent_id
            while parent:
                if parent in chain:
                    raise VocabularyError(f"{actor.source}: actor {actor.actor_id!r}: its parents form a cycle "
                                          f"({' -> '.join(chain + [parent])})")
                chain.append(parent)
                parent = actors[parent].parent_id
        return actors

    def _consulate(self, state: Actor, demonyms: list[str]) -> Actor | None:
        """A foreign state's consulates in Indonesia as one body ("Konsulat Jenderal Australia [di Surabaya]"),
        named by the consulate templates."""
        names = [state.name] + ([state.name_id] if state.name_id else [])
        forms = [t.format(n) for t in self.consulate_forms for n in names] + \
            [t.format(d) for t in self.consulate_demonym_forms for d in demonyms]
        if not forms:
            return None
        return Actor(actor_id=f"{state.actor_id}-CONSULATE", name=f"Consulate of {state.name}",
                     name_id=f"Konsulat {state.name_id or state.name}", acronym="",
                     actor_type="foreign_government_agency", country=state.country, parent_id=state.actor_id,
                     partner_code=state.partner_code, city_follows=True,  # "Konsulat Jenderal Australia di Surabaya"
                     forms=tuple(dict.fromkeys(forms)), source=state.source)

    def _programmes(self, themes: dict[str, Theme]) -> dict[str, Programme]:
        programmes: dict[str, Programme] = {}
        for path, entry in self.programme_entries:
            where = _where(path, entry)
            programme_id = str(entry.get("id", "")).strip()
            label = f"programme {programme_id!r}"
            unknown = set(entry) - PROGRAMME_KEYS - {"__line__"}
            if unknown:
                raise VocabularyError(f"{where}: {label}: unknown key(s) {', '.join(sorted(map(str, unknown)))} "
                                      f"(known: {', '.join(sorted(PROGRAMME_KEYS))})")
            _check_types(where, label, entry)
            if not programme_id or not entry.get("name"):
                raise VocabularyError(f"{where}: {label}: id and name are required")
            _check_id(where, label, programme_id)
            if programme_id in programmes:
                raise VocabularyError(f"{where}: {label}: duplicate id (first defined at {programmes[programme_id].source})")
            kind = str(entry.get("kind") or "programme")
            if kind not in PROGRAMME_KINDS:
                raise VocabularyError(f"{where}: {label}: unknown kind {kind!r} (known: {', '.join(PROGRAMME_KINDS)})")
            programme_themes = tuple(_as_list(entry.get("themes")))
            for theme in programme_themes:
                if theme not in THEMES:
                    raise VocabularyError(f"{where}: {label}: unknown theme {theme!r}")
            forms = [str(entry["name"])] + _as_list(entry.get("name_id")) + _as_list(entry.get("acronym")) + _as_list(entry.get("aliases"))
            programmes[programme_id] = Programme(programme_id, str(entry["name"]), kind, programme_themes,
                                                 tuple(dict.fromkeys(f.strip() for f in forms if f.strip())), where,
                                                 bool(entry.get("capitalised_only", False)))
        return programmes

    @staticmethod
    def _check_forms(actors: dict[str, Actor], programmes: dict[str, Programme]) -> dict[str, tuple[str, str]]:
        """No surface form may be claimed by two actors (or two programmes): the match would be a coin toss."""
        claimed: dict[str, tuple[str, str]] = {}
        for kind, entries in (("actor", actors), ("programme", programmes)):
            for entry_id, entry in entries.items():
                for form in entry.forms:
                    if not any(c.isalnum() for c in form):
                        raise VocabularyError(f"{entry.source}: {kind} {entry_id!r}: the form {form!r} has no letter "
                                              "or digit")
                    key = form if is_case_sensitive(form) else fold(form)
                    key = (kind, key)
                    owner = claimed.get(key)
                    if owner and owner[1] != entry_id:
                        raise VocabularyError(f"{entry.source}: {kind} {entry_id!r}: the form {form!r} is already "
                                              f"claimed by {kind} {owner[1]!r} ({entries[owner[1]].source})")
                    claimed[key] = (kind, entry_id)
        return {k[1]: v for k, v in claimed.items()}

    def _rules(self) -> list[BoilerplateRule]:
        rules = []
        seen: set[str] = set()
        for path, entry in self.rule_entries:
            where = _where(path, entry)
            unknown = set(entry) - RULE_KEYS - {"__line__"}
            if unknown:
                raise VocabularyError(f"{where}: boilerplate rule {entry.get('id')!r}: unknown key(s) "
                                      f"{', '.join(sorted(map(str, unknown)))} (known: {', '.join(sorted(RULE_KEYS))})")
            _check_types(where, f"boilerplate rule {entry.get('id')!r}", entry)
            for flag in RULE_FLAGS:
                if not isinstance(entry.get(flag, False), bool):
                    raise VocabularyError(f"{where}: boilerplate rule {entry.get('id')!r}: {flag} must be true or false")
            rule_id = str(entry.get("id", ""))
            if not rule_id or rule_id in seen:
                raise VocabularyError(f"{where}: boilerplate rule {rule_id!r}: missing or duplicate id")
            seen.add(rule_id)
            scope = entry.get("scope")
            if scope not in BOILERPLATE_SCOPES:
                raise VocabularyError(f"{where}: boilerplate rule {rule_id!r}: scope must be one of "
                                      f"{', '.join(BOILERPLATE_SCOPES)}")
            try:
                pattern = re.compile(str(entry.get("pattern", "")), re.I)
            except re.error as error:
                raise VocabularyError(f"{where}: boilerplate rule {rule_id!r}: bad pattern: {error}") from None
            if not str(entry.get("pattern") or "").strip():
                raise VocabularyError(f"{where}: boilerplate rule {rule_id!r}: missing pattern")
            if scope != "dateline":
                for line in _ORDINARY_LINES:
                    removes = pattern.sub("", line) != line if scope == "inline" else bool(pattern.match(line))
                    if removes:
                        raise VocabularyError(f"{where}: boilerplate rule {rule_id!r}: the pattern also removes "
                                              f"ordinary article text ({line!r})")
            rules.append(BoilerplateRule(rule_id, scope, pattern,
                                         **{flag: bool(entry.get(flag, False)) for flag in RULE_FLAGS}))
        return rules
