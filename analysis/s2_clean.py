"""Stage 2, clean: raw article text -> `CleanArticle` (body without site boilerplate, header lines, title, what was removed and by which rule).

Scraping artefacts are normalised first (escaped quotes, HTML tags, comments,
shortcodes and entities, non-breaking and zero-width spaces). The text is then split into a header
(title, dateline, byline: the lines before the first body paragraph) and a
body; boilerplate rules from `data/boilerplate.yaml` drop lines, tails and
inline credits. Every later stage reads only `body`, so nothing found only in
boilerplate is ever extracted; removed lines kept for dates (a copyright
year, a printed dateline) are exposed separately as `date_evidence`.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Iterable

import ahocorasick

from .vocabulary import BoilerplateRule, Vocabulary, compiled_for

_ESCAPED_QUOTE = re.compile(r"\\([\"'“”‘’])")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_MULTI_SPACE = re.compile(r" {2,}")
_HTML_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
# Markup a scraper left in the text: HTML comments, tags and WordPress shortcodes ("[caption ...]"). Only names of
# real HTML tags count, so a "<5 tahun" or "<Nama>" in prose stays. Block tags end a line: a list of related links
# written as <li> items on one line must become one line per link for the line rules to see them.
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BLOCK_TAGS = "p|div|li|ul|ol|br|hr|h[1-6]|tr|td|th|table|section|article|header|footer|aside|nav|blockquote|figure|figcaption"
_INLINE_TAGS = "a|span|strong|b|i|em|u|small|sup|sub|img|font|button|label|time|abbr|cite|mark|picture|source|iframe"
_HTML_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK_TAGS})\b[^<>]*>", re.I)
_HTML_INLINE_TAG = re.compile(rf"</?(?:{_INLINE_TAGS})\b[^<>]*>", re.I)
_SHORTCODE = re.compile(r"\[/?(?:caption|gallery|embed|playlist)\b[^\]\n]*\]|\[(?:video|audio)[ \t][^\]\n]*\]|\[/(?:video|audio)\]")
_SENTENCE_END = ('.', '!', '?', '"', '”', '’', "'", '…', ':', ')')
_WORD = re.compile(r"\w+")
_PAGE_FIELD = re.compile(r"(\w+)\s*[:：]\s*(.+)")
# site names end in a top-level domain: "KOMPAS.com", "TEMPO.CO", "detikNews.id", "bnpt.go.id", "kumparan.tv"
SITE_TLD = r"(?:co\.id|go\.id|or\.id|ac\.id|com|co|id|net|org|int|gov|news|tv)"
SITE_NAME = re.compile(rf"\b([\w-]+(?:\.[\w-]+)*\.{SITE_TLD})\b", re.I)

# A body paragraph is long, or reads as a sentence; a title or byline is neither.
SENTENCE_MIN_WORDS = 6
HEADLINE_MAX_WORDS = 30  # a line without a closing full stop that is longer than this is a paragraph
TITLE_MIN_WORDS = 3


@dataclass(frozen=True)
class RemovedLine:
    line_no: int  # 1-based, in the normalised raw text
    rule_id: str
    text: str
    keep_for_dates: bool


@dataclass(frozen=True)
class CleanArticle:
    body: str  # paragraphs joined by "\n"; all offsets of later stages point into it
    title: str
    header: tuple[str, ...]  # lines before the body that no rule removed (title, dateline, byline)
    removed: tuple[RemovedLine, ...]
    dateline: str  # the "Jakarta (ANTARA) -" prefix cut from the first paragraph, if any

    @property
    def n_boilerplate_lines(self) -> int:
        return len({r.line_no for r in self.removed})

    @property
    def page_fields(self) -> dict[str, str]:
        """Fields a scraper printed as lines ("URL: https://...", "Judul: ..."), by lower-case name, the first of each."""
        return page_fields(self.removed)

    @property
    def date_evidence(self) -> tuple[str, ...]:
        """Text outside the body that may still date the article (header lines, copyright lines, dateline)."""
        kept = tuple(r.text for r in self.removed if r.keep_for_dates)
        return self.header + ((self.dateline,) if self.dateline else ()) + kept


# Hard-wrapped text (an e-paper or PDF page: a line break every ~70 characters, words split with a hyphen): a line
# that ends mid-sentence and the line after it are one line. Only a text with several such breaks is taken as
# wrapped, so that one odd line break in a scraped page is left alone.
# a long line that a lower-case word goes on after, or that ends in a split word
_LOWER_AFTER_BREAK = re.compile(r"\n[a-z]")  # a cheap first test: most pages have no line going on in lower case
_WRAPPED_BREAK = re.compile(r"^([^\n]*(?:\w-|[^\s.!?:;\"”’)\]|]))\n(?=[a-z])", re.M)
_LINE_END = (".", "!", "?", ":", ";", '"', "”", "’", ")", "|")
_OWN_LINE = re.compile(r"\s*(?:[-–•*·]\s|\d{1,2}[.)]\s|\(c\)|©)", re.I)
WRAPPED_MIN_BREAKS = 5
WRAPPED_LINE_CHARS = 50  # a wrapped line runs near the page's width; a short line without a stop is a heading


def _unwrap(text: str) -> str:
    """Join the lines of hard-wrapped text: "Sulawe-\nsi" is "Sulawesi" (but "anak-\nanak" is "anak-anak": a doubled
    word keeps its hyphen), a line that goes on in lower case or a long line without a stop ("... Selasa\n(22/3).")
    goes on on the next."""
    if len(_LOWER_AFTER_BREAK.findall(text)) < WRAPPED_MIN_BREAKS or \
            sum(1 for m in _WRAPPED_BREAK.finditer(text) if len(m[1]) >= WRAPPED_LINE_CHARS) < WRAPPED_MIN_BREAKS:
        return text  # (short lines going on in lower case are a page's widgets: "comment", "sosmed-whatsapp")
    out: list[str] = []
    last = ""  # the page's line before this one (a joined line is longer than any line of the page)
    for line in text.split("\n"):
        previous = out[-1].rstrip() if out else ""
        head = line.lstrip()[:1]
        last, wide = line, len(last.rstrip()) >= WRAPPED_LINE_CHARS
        # (a list item, a copyright line and a line of fields are lines of their own however long the one before)
        if previous and head and not _OWN_LINE.match(line) and " | " not in previous:
            if previous.endswith("-") and previous[-2:-1].isalpha() and head.islower():
                first = re.search(r"(\w+)-$", previous)[1]
                second = re.match(r"\s*(\w+)", line)[1]
                out[-1] = previous + line.lstrip() if first.casefold() == second.casefold() else \
                    previous[:-1] + line.lstrip()
                continue
            if not previous.endswith(_LINE_END) and (head.islower() or wide) or \
                    previous.endswith((',"', ",”")) and head.islower():
                out[-1] = previous + " " + line.lstrip()
                continue
        out.append(line)
    return "\n".join(out)


def normalise(text: str) -> str:
    """Undo scraping artefacts without changing what the text says."""
    if "\\" in text:
        text = _ESCAPED_QUOTE.sub(r"\1", text)
    if "<" in text:
        text = _HTML_COMMENT.sub("", text)
        text = _HTML_INLINE_TAG.sub("", _HTML_BLOCK_TAG.sub("\n", text))
    if "[" in text:
        text = _SHORTCODE.sub(" ", text)
    for _ in range(2):  # twice: an entity escaped twice ("&amp;nbsp;") is still one entity
        if "&" in text and _HTML_ENTITY.search(text):
            text = html.unescape(text)
    if not text.isascii():  # invisible characters and odd spaces other than \t \f \v are all non-ASCII
        text = _INVISIBLE.sub("", text)
        text = _ODD_SPACE.sub(" ", text)
    elif "\t" in text or "\f" in text or "\v" in text:
        text = _ODD_SPACE.sub(" ", text)
    if "\n" in text:
        text = _unwrap(text)
    return _MULTI_SPACE.sub(" ", text) if "  " in text else text


class _RuleSet:
    """The rules of one scope as a single alternation, so a line is tested in one regex call; the
    first alternative that matches is the first rule in file order, as when tried one by one.

    Rules that scan ahead through the line (".{0,400}?\\b(?:has received funding|...)") are most of the
    cost of that call. They are kept out of a second alternation of the other rules, and tried one by one,
    in file order, only on lines that hold one of the words each of their matches must hold."""

    def __init__(self, rules: list[BoilerplateRule], scope: str):
        self.rules = [r for r in rules if r.scope == scope]
        self.pattern = self._alternation(range(len(self.rules)))
        scanning = {}
        for i, rule in enumerate(self.rules):
            words = _scan_words(rule.pattern.pattern)
            if words:
                scanning[i] = (words, self._alternation([i]))
        if any(_GROUP_REFERENCE.search(r.pattern.pattern) for r in self.rules):
            scanning = {}  # a rule's group numbers would change in a regex of fewer rules
        if len(scanning) < _MIN_SCANNING_RULES:
            scanning = {}  # reading every line for their words costs more than trying one or two such rules
        self.scanning = scanning
        self.others = self._alternation(i for i in range(len(self.rules)) if i not in scanning) if scanning else None
        # all their words in one automaton: a line is read once to learn which of them it may hold
        self.scanning_words = None
        if scanning:
            rules_of: dict[str, set[int]] = {}
            for i, (words, _) in scanning.items():
                for word in words:
                    rules_of.setdefault(word, set()).add(i)
            self.scanning_words = ahocorasick.Automaton()
            for word, indices in rules_of.items():
                self.scanning_words.add_word(word, frozenset(indices))
            self.scanning_words.make_automaton()

    def _alternation(self, indices: Iterable[int]) -> re.Pattern | None:
        alternatives = "|".join(f"(?P<r{i}>{self.rules[i].pattern.pattern})" for i in indices)
        return re.compile(alternatives, re.I) if alternatives else None

    def first(self, line: str) -> BoilerplateRule | None:
        if self.scanning and line.isascii():  # (a non-ASCII letter may match an ASCII one when case is ignored)
            match = self.others.match(line) if self.others else None
            first = self._index(match) if match else len(self.rules)
            present: set[int] = set()
            for _, indices in self.scanning_words.iter(line.lower()):
                present |= indices
            for i in sorted(present):
                if i > first:
                    break
                if self.scanning[i][1].match(line):
                    first = i
                    break
            return self.rules[first] if first < len(self.rules) else None
        match = self.pattern.match(line) if self.pattern else None
        return self.rules[self._index(match)] if match else None

    @staticmethod
    def _index(match: re.Match) -> int:
        return next(int(name[1:]) for name, value in match.groupdict().items() if value is not None and name[0] == "r"
                    and name[1:].isdigit())


_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")
_MIN_SCANNING_RULES = 3
_SCAN_REACH = 50  # a rule opening with a repeat of this many characters or more scans ahead


def _scan_words(pattern: str) -> frozenset[str] | None:
    """For a rule that opens by scanning ahead (".{0,80}\\b(?:join|follow|klik)"), lower-case ASCII words of which
    every match holds one; None for other rules and where no such words can be told."""
    try:
        from re import _parser as parser  # Python 3.11+
        from re import _constants as constants
        parsed = list(parser.parse(pattern, re.I))
    except Exception:  # noqa: BLE001 - not left out: the rule is always tried
        return None
    repeats = (constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", None))

    def scans(items) -> bool:
        if not items:
            return False
        op, arg = items[0]
        if op in repeats:
            return arg[1] >= _SCAN_REACH
        if op is constants.SUBPATTERN:
            return scans(list(arg[-1]))
        if op is constants.BRANCH:
            return any(scans(list(a)) for a in arg[1])
        return False

    def required(items) -> frozenset[str] | None:
        """The most telling set of words one of which every match of the sequence holds (longest shortest word)."""
        candidates = []
        run = ""
        for op, arg in list(items) + [(None, None)]:
            if op is constants.LITERAL and arg < 128:
                run += chr(arg).lower()
                continue
            if run:
                candidates.append(frozenset([run]))
                run = ""
            if op is constants.SUBPATTERN:
                candidates.append(required(arg[-1]))
            elif op is constants.BRANCH:
                alternatives = [required(a) for a in arg[1]]
                if all(a is not None for a in alternatives):
                    candidates.append(frozenset().union(*alternatives))
            elif op in repeats and arg[0] >= 1:
                candidates.append(required(arg[2]))
        candidates = [c for c in candidates if c]
        return max(candidates, key=lambda c: min(map(len, c)), default=None)

    if not scans(parsed):
        return None
    words = required(parsed)
    return words if words and min(map(len, words)) >= 2 else None


def _compile_rulesets(vocabulary: Vocabulary) -> dict[str, _RuleSet]:
    return {scope: _RuleSet(vocabulary.boilerplate, scope) for scope in ("line", "tail", "block")}


def _rulesets(vocabulary: Vocabulary) -> dict[str, _RuleSet]:
    return compiled_for(vocabulary, _compile_rulesets)


def _strip_inline(line: str, rules: list[BoilerplateRule]) -> tuple[str, list[BoilerplateRule]]:
    applied = []
    for rule in rules:
        if rule.scope == "inline":
            if not _may_match(rule.pattern, line):
                continue  # the line lacks a character every match of the rule contains: `sub` would change nothing
            new = rule.pattern.sub("", line)
            if new != line:
                applied.append(rule)
                line = new.rstrip()
    return line, applied


# --------------------------------------------------------------------------- a cheap, exact pre-test of a pattern

# Only punctuation is used: it has no case variants, so IGNORECASE cannot make another character match it.
_SAFE_REQUIRED = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~：")
_REQUIRED: dict[tuple[str, int], tuple[frozenset[str], ...]] = {}


def _may_match(pattern: re.Pattern, line: str) -> bool:
    """False only when a match of `pattern` is impossible in `line`: one of the characters (or sets of
    alternatives) that every match must contain is absent. A substring test is far cheaper than
    running a pattern that starts with `\\s*` at every position of a long paragraph."""
    key = (pattern.pattern, pattern.flags)
    required = _REQUIRED.get(key)
    if required is None:
        required = _REQUIRED[key] = _required_characters(pattern)
    for alternatives in required:
        if not any(c in line for c in alternatives):
            return False
    return True


def _required_characters(pattern: re.Pattern) -> tuple[frozenset[str], ...]:
    """Sets of punctuation of which every match of the pattern contains at least one member each
    (from the parsed pattern's top-level sequence and the groups and repeats of at least one it holds)."""
    try:
        from re import _parser as parser  # Python 3.11+
        from re import _constants as constants
        if not isinstance(pattern.pattern, str):
            return ()
        parsed = parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - no pre-test: the pattern is always run
        return ()
    found: list[frozenset[str]] = []

    def walk(items) -> None:
        for op, arg in items:
            if op is constants.LITERAL:
                char = chr(arg)
                if char in _SAFE_REQUIRED:
                    found.append(frozenset(char))
            elif op is constants.IN:
                chars = set()
                for sub_op, sub_arg in arg:
                    if sub_op is constants.LITERAL and chr(sub_arg) in _SAFE_REQUIRED:
                        chars.add(chr(sub_arg))
                    else:
                        chars = None
                        break
                if chars:
                    found.append(frozenset(chars))
            elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", None)):
                low, _, sub = arg
                if low >= 1:
                    walk(sub)
            elif op is constants.SUBPATTERN:
                walk(arg[-1])
            elif op is getattr(constants, "ATOMIC_GROUP", None):
                walk(arg)
            # branches, lookarounds, conditionals: nothing is required from them

    walk(parsed)
    return tuple(found)


def looks_like_body(line: str) -> bool:
    """A paragraph of the story rather than a title, dateline or byline: a sentence, or a paragraph too long
    for a headline (a long headline has no closing full stop, so it needs twice the length), not in capitals."""
    words = len(_WORD.findall(line))
    if not any(c.islower() for c in line):
        return False  # a masthead or headline in capitals ("INSTITUTE FOR POLICY ANALYSIS OF CONFLICT (IPAC)")
    if line.endswith(_SENTENCE_END):
        return words >= SENTENCE_MIN_WORDS
    return words >= HEADLINE_MAX_WORDS


def clean(raw: str, vocabulary: Vocabulary, given_title: str = "") -> CleanArticle:
    """Split a raw article into header and body and remove boilerplate, recording each removal."""
    rules = vocabulary.boilerplate
    rulesets = _rulesets(vocabulary)
    removed: list[RemovedLine] = []
    header: list[str] = []
    body: list[str] = []
    body_numbers: list[int] = []  # the page line of each body line
    dateline = ""
    in_body = False
    block: BoilerplateRule | None = None  # a "Baca juga" block being skipped
    seek_dateline = True  # until the first paragraph that is not a photo caption
    lines = normalise(raw).split("\n")
    filled = [n for n, text in enumerate(lines, start=1) if text.strip()]
    last_lines_from = filled[-AT_END_LINES] if len(filled) >= AT_END_LINES else 0
    inside_fence_until = 0  # the separator line that closes a fenced block being skipped
    for number, original in enumerate(lines, start=1):
        line = original.strip()
        if not line or number < inside_fence_until:
            continue
        if in_body:
            tail = rulesets["tail"].first(line)
            if tail and _story_goes_on(lines[number:], rulesets):
                block = tail  # a sidebar ("MOST POPULAR", "READ MORE") inside the story: skip it, keep the rest
                removed.append(RemovedLine(number, tail.rule_id, line, tail.keep_for_dates))
                continue
            if tail:
                # a copyright line in the tail still dates the article
                removed.extend(RemovedLine(n, tail.rule_id, t.strip(), tail.keep_for_dates or _dates_line(t.strip(), rulesets))
                               for n, t in enumerate(lines[number - 1:], start=number) if t.strip())
                break
            opened = rulesets["block"].first(line)
            fence_end = _fence_end(lines, number) if opened and opened.fenced else None
            if fence_end is not None:
                # "-----" / "SPONSORED" / the sponsor's offer / "-----": the fenced box is the block's, sentences too
                removed.extend(RemovedLine(n, opened.rule_id, lines[n - 1].strip(), opened.keep_for_dates)
                               for n in range(number, fence_end) if lines[n - 1].strip())
                inside_fence_until = fence_end
                continue
            if opened and not opened.fenced:
                block = opened
                removed.append(RemovedLine(number, opened.rule_id, line, opened.keep_for_dates))
                continue
        rule = rulesets["line"].first(line)
        if rule and rule.at_end and number < last_lines_from and not _last_paragraph(lines[number:], rulesets):
            rule = None  # "X is a researcher at ...": a bio ends the story, a sentence of the story before
        if rule and rule.entry_heading and in_body and block is None and \
                sum(map(looks_like_body, body)) >= STORY_PARAGRAPHS_AFTER and _paragraph_next(lines[number:], rulesets):
            rule = None  # "5 Mei 2016" between paragraphs, over "Menteri ... bertemu di Yogyakarta": a chronology's entry
        if rule:
            removed.append(RemovedLine(number, rule.rule_id, line, rule.keep_for_dates))
            if rule.heads_story and in_body and sum(map(looks_like_body, body)) <= 1 and \
                    (_headline_next(lines[number:], rulesets) or not looks_like_body(body[-1])):
                # "Pendaftaran dibuka! Hubungi panitia.", the post's date and byline, then its headline: the banner
                # read as a paragraph was the page's header, and the story begins after the headline (or the
                # headline came right before the date: "writer's bio. / Headline / 24 Agustus 2024 09:17 / story")
                header += body
                body, body_numbers = [], []
                in_body, seek_dateline, block = False, True, None
                if dateline:
                    removed = [r for r in removed if not (r.rule_id == "dateline" and r.text == dateline)]
                    dateline = ""
            continue
        stripped, applied = _strip_inline(line, rules)
        for rule in applied:
            removed.append(RemovedLine(number, rule.rule_id, line, rule.keep_for_dates))
        if not stripped:
            continue
        if block is not None:
            # a teaser headline of the block, or an item of its list however long ("- Infaq ...: Salurkan ...")
            if not looks_like_body(stripped) or _LIST_ITEM.match(stripped) and (
                    block.whole_list or not stripped.endswith((".", "!", "?"))):
                removed.append(RemovedLine(number, block.rule_id, line, block.keep_for_dates))
                continue
            block = None
        if not in_body and looks_like_body(stripped):
            in_body = True
        if in_body and seek_dateline:
            # a photo caption may stand before the first paragraph: its dateline is on the next one
            seek_dateline = any(r.caption_credit for r in applied)
            stripped, dateline = _cut_dateline(stripped, rules)
            if dateline:
                seek_dateline = False
                removed.append(RemovedLine(number, "dateline", dateline, True))
        (body if in_body else header).append(stripped)
        if in_body:
            body_numbers.append(number)
    # headlines left at the very end (teasers under a heading no rule knows, or none) are no part of the story:
    # two or more in a row, or one marked as a list item ("- Polisi Tangkap ...")
    trailing = 0
    while trailing < len(body) - 1 and not looks_like_body(body[-1 - trailing]):
        trailing += 1
    if trailing >= 2 or trailing == 1 and _LIST_ITEM.match(body[-1]):
        for _ in range(trailing):
            removed.append(RemovedLine(body_numbers.pop(), TRAILING_HEADLINES, body.pop(), False))
    if not body:
        # No line reads as a paragraph (a short or headline-only text): the
        # header is the body, so that nothing the article says is lost.
        body, header = header, []
    title = given_title or _infer_title(header, removed)
    return CleanArticle("\n".join(body), title, tuple(header), tuple(removed), dateline)


AT_END_LINES = 8  # the page's last lines, where `at_end` rules apply (a writer's bio before the footer)
TRAILING_HEADLINES = "trailing-headlines"  # the rule id reported for headlines left after the story
_LIST_ITEM = re.compile(r"(?:[-–•*·]|\d{1,2}[.)])\s+\S")
STORY_PARAGRAPH_WORDS = 25  # a paragraph this long, closed by a full stop, is the story's, not a teaser's
STORY_PARAGRAPHS_AFTER = 2  # ... and this many of them after a teaser heading mean the story goes on


def _paragraph_next(rest: list[str], rulesets: dict[str, _RuleSet]) -> bool:
    """Whether the next line is a paragraph of the story that no rule removes."""
    line = next((raw.strip() for raw in rest if raw.strip()), "")
    return bool(line) and not rulesets["line"].first(line) and looks_like_body(line)


def _headline_next(rest: list[str], rulesets: dict[str, _RuleSet]) -> bool:
    """Whether the next line no rule removes is a headline, not a paragraph: the page's title is still to come."""
    for raw in rest:
        line = raw.strip()
        if line and not rulesets["line"].first(line):
            return not looks_like_body(line)
    return False


def _story_goes_on(rest: list[str], rulesets: dict[str, _RuleSet]) -> bool:
    """Whether the story carries on after a teaser heading: two or more long paragraphs below it that no rule
    removes, before any other teaser heading; or paragraphs in a row, no headline between them, as long together
    (a short reply and a quote: "The embassy did not respond ...", "Analyst X said ..."). Teasers with blurbs
    put a headline between each two."""
    found = 0
    run_words = run_paragraphs = 0  # the paragraphs in a row since the last headline
    for raw in rest:
        line = raw.strip()
        if not line or rulesets["line"].first(line):
            continue
        if rulesets["tail"].first(line):
            return False
        words = len(_WORD.findall(line))
        if not (line.endswith(_SENTENCE_END) and words >= SENTENCE_MIN_WORDS):
            run_words = run_paragraphs = 0
            continue
        run_words, run_paragraphs = run_words + words, run_paragraphs + 1
        if run_paragraphs >= STORY_PARAGRAPHS_AFTER and run_words >= STORY_PARAGRAPHS_AFTER * STORY_PARAGRAPH_WORDS:
            return True
        if words >= STORY_PARAGRAPH_WORDS:
            found += 1
            if found >= STORY_PARAGRAPHS_AFTER:
                return True
    return False


def _last_paragraph(rest: list[str], rulesets: dict[str, _RuleSet]) -> bool:
    """Whether no paragraph of the story follows before the page's tail: only lines a rule removes, headlines, or
    a teaser heading and its list ("Tags: ...", "Related content", headlines, a footer)."""
    for raw in rest:
        line = raw.strip()
        if not line or rulesets["line"].first(line):
            continue
        if rulesets["tail"].first(line):
            return True
        if looks_like_body(line):
            return False
    return True


def _dates_line(line: str, rulesets: dict[str, _RuleSet]) -> bool:
    """A line that a line rule keeping its text for dates would remove (a copyright line)."""
    rule = rulesets["line"].first(line)
    return bool(rule and rule.keep_for_dates)


_SEPARATOR = re.compile(r"(?:[-=_*~#─━]\s?){3,}")
FENCE_LINES = 6  # the most non-empty lines a fenced box (a newsletter's ad) holds between its separators


def _fence_end(lines: list[str], number: int) -> int | None:
    """The number of the separator line that closes the box opening at line `number` (1-based), where a separator
    line stands right before it and another within a few lines after; else None (an "Advertisement" label between a
    news site's paragraphs, with the story going on under it)."""
    before = next((text.strip() for text in reversed(lines[:number - 1]) if text.strip()), "")
    if not _SEPARATOR.fullmatch(before):
        return None
    filled = 0
    for n in range(number + 1, len(lines) + 1):
        text = lines[n - 1].strip()
        if not text:
            continue
        if _SEPARATOR.fullmatch(text):
            return n
        filled += 1
        if filled > FENCE_LINES:
            return None
    return None


def _cut_dateline(line: str, rules: list[BoilerplateRule]) -> tuple[str, str]:
    for rule in rules:
        if rule.scope == "dateline":
            match = rule.pattern.match(line)
            if match and match.end() < len(line):
                return line[match.end():], match.group(0).strip()
    return line, ""


def page_fields(removed) -> dict[str, str]:
    """The "Name: value" lines that the page-metadata rule removed, by lower-case name (the first of each)."""
    fields: dict[str, str] = {}
    for line in removed:
        field = _PAGE_FIELD.match(line.text) if line.rule_id == "page-metadata" else None
        if field:
            fields.setdefault(field.group(1).casefold(), field.group(2).strip())
    return fields


def _infer_title(header: list[str], removed: list[RemovedLine]) -> str:
    """A "Title:" field of the page, else the longest header line that can be a headline: long enough, not
    mostly a date, not a site name ("REPUBLIKA.CO.ID") and not a letterhead in capitals, unless nothing else is."""
    fields = page_fields(removed)
    if fields.get("title") or fields.get("judul"):
        return fields.get("title") or fields["judul"]
    candidates = [line for line in header if len(words := _WORD.findall(line)) >= TITLE_MIN_WORDS
                  and sum(w.isdigit() for w in words) < len(words) / 2 and not SITE_NAME.search(line)]
    # a headline is no menu ("Beranda | Profil | Berita | Kontak"), not in capitals and has no closing full stop
    # (a photo caption in the header has one)
    candidates = [line for line in candidates if line.count("|") < 2] or candidates
    headlines = ([line for line in candidates if not line.isupper() and not line.endswith(".")]
                 or [line for line in candidates if not line.isupper()] or candidates)
    return max(headlines, key=len, default="")
