"""Key terms of the standards found in the passages of the law.

The passages go through the spaCy pipeline once (`pipe_texts`); every element's
terms and variants, lemmatised the same way, go into one PhraseMatcher on
lemmas, so "harboured", "harbours" and "harbouring" all meet "harbour". Terms
not found that way are looked for with rapidfuzz in the passages that already
rank high for the requirement, which catches spelling variants and OCR noise
("trafficking-in-persons", "harbouring" against "harboring" where the lemma
table has only one).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from fnmatch import fnmatchcase
from typing import NamedTuple

import numpy
from rapidfuzz import fuzz
from spacy.attrs import IDX, LEMMA, LENGTH, SENT_START
from spacy.matcher import PhraseMatcher

from lawreview.analysis.passages import Passage
from lawreview.model import Element, Implication, Requirement
from lawreview.nlp import pipe_texts, pipeline

FUZZY_CUTOFF = 90.0
"""rapidfuzz partial_ratio score (0-100) above which a term counts as found."""
NEAR_WINDOW = 8
"""Tokens allowed between the content words of a term, on top of three per word."""
NEAR_QUALITY = 0.8
FUZZY_QUALITY = 0.7
NEGATIONS = frozenset({"not", "no", "non", "never", "without", "nor"})
EITHER_WAY = re.compile(r"\bwith or without\b", re.I)
"""A term holding both sides ("with or without consent"): spread out, its "with" (a
stop word) would fall away and "without" stand alone ("without the consent of the
victim"), so it is matched only as written."""
MEANINGFUL = frozenset({"use", "used", "uses", "using"})
"""Words spaCy counts as stop words that a legal term turns on ("whether or not the
offender has used" any means): kept among the words a spread-out term needs."""
IDIOMS = re.compile(
    r"\bwith\s+a\s+view\s+to\b|\bin\s+view\s+of\b|\bin\s+the\s+company\s+of\b", re.I
)
"""Set phrases whose words do not carry their own meaning ("with a view to ensuring
the protection of victims" says nothing of a victim's views; one "habitually in the
company of" another is with no company): no term is found in them."""
DENIED_RIGHT = re.compile(
    r"\b(?:does|do|shall|will)\s+not\s+(?:create|give|confer|grant|provide|establish)\s+"
    r"(?:to\s+)?(?:any\s+|a\s+|an\s+)?(?:person\s+|one\s+|individual\s+|victim\s+)?(?:a\s+|any\s+)?"
    r"(?:rights?|entitlements?|claims?|causes?)\b[^.;]*",
    re.I,
)
"""A right the law denies ("This Act does not create any right of action, and does not
give any person a right to compensation"): no term is found in what it denies."""
TITLE_NAMES = ("Act", "Code", "Law", "Ordinance", "Decree", "Proclamation", "Announcement")
"""The words naming a kind of instrument in its title, looked for as plain strings first."""
INSTRUMENT = re.compile(rf"\b(?:{'|'.join(TITLE_NAMES)})\b")
"""A word naming a kind of instrument, as a word."""
TITLE_LINE = re.compile(
    r"^[ \t]*(?:\(\w{1,4}\)|\w{1,4}[.)])?[ \t]*(?:the[ \t]+)?"
    r"(?:(?:B\.E\.|No\.|[A-Z][\w'’-]*(?![\w'’-])|(?:of|on|and|for|in|to|the)\b|\d{1,4}(?!\d))"
    r"[ \t,]*)+[.;]?"
    r"(?:[ \t]+(?:and|or))?[ \t]*$",
    re.M,
)
"""A line that is nothing but the name of an instrument ("(2) the Employment of
Minors Act, B.E. 2527.", an item of a list of laws repealed or amended): the words
of its title are not the law's (no term is found in them). Each word of the line is
read whole, one way only: were a capitalised word allowed to end anywhere, a line of
capitals not ending like a title ("ON BEHALF OF THE GOVERNMENT PRIME MINISTER
(signed)") would be tried in every split of every word, 2^29 ways."""
NEGATION_REACH = 4
"""Tokens from a negation to the word it negates ("not be extradited")."""
FUZZY_MIN_LENGTH = 6
"""Shorter terms are only matched exactly: fuzzy matching of short words finds noise."""
SYNONYMS = {
    "child": ("minor",),
    "children": ("minors",),
    "offence": ("offense", "crime"),
    "offences": ("offenses", "crimes"),
    "labour": ("labor",),
    "legal": ("juridical",),
}
"""Words laws use interchangeably with a word of the standards' terms: a term
about children is also looked for about minors ("prostitution of minors" for
"child prostitution"), one about forced labour as forced labor."""


Occurrence = tuple[int, int, int, int]
"""A lemma in a passage: token index, sentence number, start and end character."""


class Hit(NamedTuple):
    """A term of an element found in a passage, with its offsets in the document.
    (A named tuple: hundreds of thousands are made in a run.)"""

    element: str
    passage: int
    start: int
    end: int
    term: str
    """The words as written in the law."""
    quality: float = 1.0
    """1 for the term's words in a row, less for words apart or spelt differently."""
    implication: Implication | None = None
    """The rule of the element's `implied_by` it was found by: by what the provision
    holds and lacks, not by its words."""

    @classmethod
    def in_passage(
        cls,
        element: str,
        passage: Passage,
        start: int,
        end: int,
        quality: float = 1.0,
        implication: Implication | None = None,
    ) -> Hit:
        """The hit on `passage.text[start:end]`, its offsets made the document's."""
        return cls(
            element,
            passage.index,
            passage.start + start,
            passage.start + end,
            passage.text[start:end],
            quality,
            implication,
        )

    @property
    def exact(self) -> bool:
        return self.quality == 1.0


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


class TermIndex:
    """Where every element's terms occur in the framework's passages."""

    def __init__(self, passages: Sequence[Passage], requirements: Iterable[Requirement]) -> None:
        nlp = pipeline()
        self.passages = passages
        self.elements: dict[str, Element] = {}
        for requirement in requirements:
            for element in requirement.elements:
                self.elements[element.id] = element
        phrases = {
            element.id: sorted(
                {
                    form
                    for t in (*element.terms, *element.variants)
                    if t.strip()
                    for form in _with_synonyms(t.strip())
                }
            )
            for element in self.elements.values()
        }
        all_terms = sorted({term for terms in phrases.values() for term in terms})
        lemmatised = dict(zip(all_terms, nlp.pipe(all_terms, batch_size=512)))
        matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        for element_id, terms in phrases.items():
            matcher.add(element_id, [lemmatised[term] for term in terms])
        stop = nlp.Defaults.stop_words - MEANINGFUL
        spread: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        """Per element, the content lemmas of its terms of two or more content words."""
        gerunds: dict[tuple[str, ...], set[str]] = defaultdict(set)
        """Per spread-out term, the lemmas it writes as a gerund ("drug trafficking"):
        spread out, a participle describing a noun in the law is not that word ("a
        drug ... to the trafficked victim"), a verb is ("forcing a child to beg",
        "has traced the family")."""
        for element_id, terms in phrases.items():
            for term in terms:
                content = [
                    t
                    for t in lemmatised[term]
                    if t.is_alpha and (t.lower_ not in stop or t.lemma_ in NEGATIONS)
                ]
                lemmas = tuple(dict.fromkeys(t.lemma_ for t in content))
                if (
                    len(lemmas) >= 2
                    and not any(c.isdigit() for c in term)
                    and not EITHER_WAY.search(term)
                ):
                    spread[element_id].append(lemmas)
                    gerunds[lemmas].update(
                        t.lemma_
                        for t in content
                        if t.lower_.endswith("ing") and t.lemma_ != t.lower_
                    )
        needed = {
            nlp.vocab.strings.add(lemma): lemma
            for groups in spread.values()
            for lemmas in groups
            for lemma in lemmas
        }
        """Hash of each lemma the spread-out terms need -> the lemma."""
        self.hits: dict[str, list[Hit]] = defaultdict(list)
        self._normal_texts: dict[int, str] = {}
        """Each passage's words in lower case, one space apart, as `fuzzy` has read them."""
        positions: dict[str, dict[int, list[Occurrence]]] = defaultdict(dict)
        texts = [passage.text for passage in passages]
        attrs = [LEMMA, IDX, LENGTH, SENT_START]
        element_of: dict[int, str] = {}
        written = {
            element_id: frozenset(t.lower() for t in terms) for element_id, terms in phrases.items()
        }
        """Each element's terms as written, in lower case, for `_same_form`."""
        for passage, (values, matches) in zip(passages, pipe_texts(texts, attrs, matcher)):
            lemmas, offsets, lengths, starts = values.T.tolist()
            wanted = [i for i, lemma in enumerate(lemmas) if lemma in needed]
            if not matches and not wanted:
                continue
            termless = _termless(passage.text)
            for match_id, start, end in matches:
                if match_id not in element_of:
                    element_of[match_id] = nlp.vocab.strings[match_id]
                element_id = element_of[match_id]
                begin, finish = offsets[start], offsets[end - 1] + lengths[end - 1]
                if end - start == 1 and not _same_form(
                    passage.text[begin:finish], written[element_id]
                ):
                    continue
                if passage.text[begin:finish].lower() in NOUN_SENSES and _used_as_verb(
                    passage.text, begin, finish
                ):
                    continue
                if termless and any(s <= begin < e for s, e in termless):
                    continue
                self.hits[element_id].append(Hit.in_passage(element_id, passage, begin, finish))
            if not wanted:
                continue
            sentence_starts = [i for i, start in enumerate(starts) if start == 1]
            for i in wanted:
                if termless and any(s <= offsets[i] < e for s, e in termless):
                    continue
                positions[needed[lemmas[i]]].setdefault(passage.index, []).append(
                    (
                        i,
                        bisect.bisect_right(sentence_starts, i),
                        offsets[i],
                        offsets[i] + lengths[i],
                    )
                )
        self._near_hits(spread, positions, gerunds)
        self._pattern_hits()
        self._implied_hits()
        total = max(len(passages), 1)
        self.rarity = {
            element_id: math.log(
                (total + 1) / (len({h.passage for h in self.hits[element_id]}) + 1)
            )
            + 1
            for element_id in self.elements
        }
        """Inverse passage frequency of each element: rare terms weigh more."""

    def _near_hits(
        self,
        spread: dict[str, list[tuple[str, ...]]],
        positions: dict[str, dict[int, list[Occurrence]]],
        gerunds: dict[tuple[str, ...], set[str]],
    ) -> None:
        """Terms of several content words found with other words between them
        ("the consent of a victim ... is irrelevant" for "consent is irrelevant"):
        every content lemma of the term within a short window of one sentence."""
        for element_id, groups in spread.items():
            found = {h.passage for h in self.hits.get(element_id, ())}
            """The passages where the element is found already."""
            for lemmas in groups:
                postings = [positions.get(lemma, {}) for lemma in lemmas]
                for index in sorted(set(postings[0]).intersection(*postings[1:])):
                    if index in found:
                        continue
                    text = self.passages[index].text
                    span = _window(
                        [
                            [o for o in p[index] if not _attributive(text, o[2], o[3])]
                            if lemma in gerunds[lemmas]
                            else p[index]
                            for lemma, p in zip(lemmas, postings)
                        ],
                        NEAR_WINDOW + 3 * len(lemmas),
                        text,
                        [lemma in NEGATIONS for lemma in lemmas],
                    )
                    if span is None:
                        continue
                    self.hits[element_id].append(
                        Hit.in_passage(element_id, self.passages[index], *span, NEAR_QUALITY)
                    )
                    found.add(index)

    def _pattern_hits(self) -> None:
        """Phrasings the elements give as regular expressions, where no term was found.
        Each pattern runs once over the passages, lower-cased and joined by a full
        stop, which no pattern's words-between (`[^.;]`) can cross."""
        patterned = [e for e in self.elements.values() if e.patterns]
        if not patterned:
            return
        separator = "\n.\n"
        starts = []
        at = 0
        for passage in self.passages:
            starts.append(at)
            at += len(passage.text) + len(separator)
        joined = separator.join(passage.text for passage in self.passages).lower()
        words = WordStarts(joined)
        matches: dict[str, list[tuple[int, int]]] = {}
        """The spans each pattern matches: a pattern two elements share (a Palermo
        and an ASEAN definition) runs once."""
        for element in patterned:
            found = {h.passage for h in self.hits[element.id]}
            for pattern in element.patterns:
                if pattern not in matches:
                    matches[pattern] = _spans(pattern, words)
                for start, end in matches[pattern]:
                    index = bisect.bisect_right(starts, start) - 1
                    passage = self.passages[index]
                    if passage.index in found or end > starts[index] + len(passage.text):
                        continue
                    found.add(passage.index)
                    self.hits[element.id].append(
                        Hit.in_passage(
                            element.id, passage, start - starts[index], end - starts[index]
                        )
                    )

    def _implied_hits(self) -> None:
        """Elements a provision shows by what it holds and lacks (`implied_by`), in a
        framework where no words of theirs were found. The hit spans the provision's
        words from the first hit or match of `words` to the last."""
        implied = [e for e in self.elements.values() if e.implied_by and not self.hits[e.id]]
        if not implied:
            return
        plans = []
        """Per rule: its element, the elements it wants, and the passages holding one of
        them, the only passages that can imply the element."""
        for element in implied:
            for rule in element.implied_by:
                wanted = self.elements_matching(rule.with_elements)
                holders = sorted({h.passage for e in wanted for h in self.hits.get(e, ())})
                plans.append((element, rule, wanted, holders))
        candidates = {index for *_, holders in plans for index in holders}
        candidate_units = {(self.passages[i].law, self.passages[i].unit) for i in candidates}
        held: dict[int, dict[str, list[Hit]]] = defaultdict(lambda: defaultdict(list))
        unit_held: dict[tuple[int, str], set[str]] = defaultdict(set)
        for element_id, hits in self.hits.items():
            for hit in hits:
                if hit.passage in candidates:
                    held[hit.passage][element_id].append(hit)
                passage = self.passages[hit.passage]
                if (passage.law, passage.unit) in candidate_units:
                    unit_held[(passage.law, passage.unit)].add(element_id)
        unit_text: dict[tuple[int, str], str] = {}
        """The lower-case words of each section or article, for `provision_words`."""
        if any(rule.provision_words for _, rule, _, _ in plans):
            texts: dict[tuple[int, str], list[str]] = defaultdict(list)
            for passage in self.passages:
                texts[(passage.law, passage.unit)].append(passage.text.lower())
            unit_text = {unit: "\n".join(words) for unit, words in texts.items()}

        for element, rule, wanted, holders in plans:
            unwanted = self.elements_matching(rule.without_elements)
            unit_unwanted = self.elements_matching(rule.unit_without)
            for index in holders:
                by_element = held[index]
                passage = self.passages[index]
                unit = (passage.law, passage.unit)
                holding = [h for e in wanted & by_element.keys() for h in by_element[e]]
                if (
                    len({h.element for h in holding}) < rule.at_least
                    or unwanted & by_element.keys()
                    or unit_unwanted & unit_held[unit]
                    or any(h.passage == index for h in self.hits[element.id])
                ):
                    continue
                implied_hit = self._implied_hit(
                    element.id, rule, passage, holding, unit_text.get(unit, "")
                )
                if implied_hit:
                    self.hits[element.id].append(implied_hit)

    @staticmethod
    def _implied_hit(
        element_id: str,
        rule: Implication,
        passage: Passage,
        holding: list[Hit],
        unit_text: str,
    ) -> Hit | None:
        """The hit of `rule` in `passage`, which holds the hits `holding` of the
        elements the rule wants, and none it refuses, in a section or article of the
        lower-case `unit_text`: if the words of the rule allow it."""
        text = passage.text.lower()
        words = re.search(rule.words, text) if rule.words else None
        if (
            (rule.words and words is None)
            or (rule.without_words and re.search(rule.without_words, text))
            or (rule.provision_words and not re.search(rule.provision_words, unit_text))
        ):
            return None
        spans = [(h.start, h.end) for h in holding]
        if words:
            spans.append((passage.start + words.start(), passage.start + words.end()))
        start = min(s for s, _ in spans) - passage.start
        end = max(e for _, e in spans) - passage.start
        return Hit.in_passage(element_id, passage, start, end, NEAR_QUALITY, implication=rule)

    def elements_matching(self, globs: Sequence[str]) -> set[str]:
        """The ids of the elements a rule names by glob ("palermo.3.a#means*")."""
        return {e for e in self.elements if any(fnmatchcase(e, g) for g in globs)}

    def in_passages(self, element_id: str, passage_ids: set[int]) -> list[Hit]:
        """The element's exact hits within the given passages."""
        return [hit for hit in self.hits.get(element_id, ()) if hit.passage in passage_ids]

    def fuzzy(self, element_id: str, passage_ids: Iterable[int]) -> list[Hit]:
        """The element's terms found approximately in the given passages."""
        element = self.elements[element_id]
        terms = [
            _normal(t) for t in (*element.terms, *element.variants) if len(t) >= FUZZY_MIN_LENGTH
        ]
        found = []
        for index in passage_ids:
            passage = self.passages[index]
            normal = self._normal_texts.get(index)
            if normal is None:
                normal = self._normal_texts[index] = _normal(passage.text)
            for term in terms:
                alignment = fuzz.partial_ratio_alignment(term, normal, score_cutoff=FUZZY_CUTOFF)
                if alignment is None:
                    continue
                start, end = alignment.dest_start, alignment.dest_end
                while start > 0 and normal[start - 1] != " ":
                    start -= 1  # whole words: "procuring a child", not "ing a child"
                while end < len(normal) and normal[end] != " ":
                    end += 1
                words = normal[start:end]
                if fuzz.ratio(term, words) < FUZZY_CUTOFF:
                    continue  # part of the term only: "jurisdiction", "concurrent jurisdiction"
                if NEGATIONS.intersection(words.split()) != NEGATIONS.intersection(term.split()):
                    continue  # "shall be punished" is not "shall not be punished"
                located = _locate(passage.text, words)
                if located is None:
                    continue
                found.append(Hit.in_passage(element_id, passage, *located, FUZZY_QUALITY))
                break
        return found


def _termless(text: str) -> list[tuple[int, int]]:
    """The spans of a text where no term is found: set phrases (`IDIOMS`), rights
    denied (`DENIED_RIGHT`) and lines that only name an instrument (`TITLE_LINE`).
    Each pattern runs only on a text holding a word every match of it holds,
    looked for as a plain string (much faster than a pattern opening with a word
    boundary, tried at every position)."""
    lower = text.lower()
    spans: list[tuple[int, int]] = []
    if "view" in lower or "company" in lower:
        spans.extend(m.span() for m in IDIOMS.finditer(text))
    if "not" in lower and any(word in lower for word in ("right", "entitle", "claim", "cause")):
        spans.extend(m.span() for m in DENIED_RIGHT.finditer(text))
    if any(word in text for word in TITLE_NAMES) and INSTRUMENT.search(text):
        spans.extend(m.span() for m in TITLE_LINE.finditer(text) if INSTRUMENT.search(m.group()))
    return spans


WORD = re.compile(r"\w")


def _spans(pattern: str, words: WordStarts) -> list[tuple[int, int]]:
    """The spans `re.finditer` gives for a pattern in the text of `words`. One that
    opens with a word boundary is not tried where a word every match holds is
    nowhere in the text, and only where matches can start when its literal words
    (`_literals`) say how they start; else its leading boundary is checked by
    hand: what follows it often starts with words, which `re` looks for much
    faster than it tries a boundary at every position."""
    text = words.text
    if not pattern.startswith(r"\b") or len(_alternatives(pattern)) > 1:
        return [m.span() for m in re.finditer(pattern, text)]
    literals = _literals(pattern[2:])
    needed = _cheapest_needed(literals) if literals is not None else None
    if needed is not None and not any(word in text for word in needed):
        return []  # a word every match holds is nowhere in the text
    spans: list[tuple[int, int]] = []
    at = 0
    if literals is not None and literals.starts:
        whole = re.compile(pattern)  # as the checklist loader compiled it, boundary included
        for start in sorted({i for word in literals.starts for i in words.starting(word)}):
            if start < at:
                continue
            match = whole.match(text, start)
            if match is not None:
                spans.append(match.span())
                at = max(match.end(), start + 1)
        return spans
    rest = re.compile(pattern[2:])
    while (match := rest.search(text, at)) is not None:
        start, end = match.span()
        before = start > 0 and WORD.match(text, start - 1) is not None
        after = start < len(text) and WORD.match(text, start) is not None
        if before != after:
            spans.append((start, end))
            at = max(end, start + 1)
        else:
            at = start + 1
    return spans


class WordStarts:
    """Where the words of a text start (as `\\b\\w` finds them), sorted by their
    first three characters: the places a string opening with a word character
    can stand after a word boundary are found by two binary searches, not by a
    read of the whole text per string."""

    KEY_BITS = 21
    """Bits of a character's code point (all of Unicode fits)."""

    def __init__(self, text: str) -> None:
        self.text = text
        codes = numpy.frombuffer(text.encode("utf-32-le"), dtype=numpy.uint32).astype(numpy.int64)
        is_word = numpy.zeros(int(codes.max(initial=0)) + 1, dtype=bool)
        for code in numpy.flatnonzero(numpy.bincount(codes)).tolist():
            is_word[code] = chr(code).isalnum() or code == ord("_")  # as `\w` in a str pattern
        word = is_word[codes]
        starts = numpy.flatnonzero(word & ~numpy.concatenate(([False], word[:-1])))
        padded = numpy.concatenate((codes, [0, 0]))
        keys = (
            (padded[starts] << (2 * self.KEY_BITS))
            | (padded[starts + 1] << self.KEY_BITS)
            | padded[starts + 2]
        )
        order = numpy.argsort(keys, kind="stable")
        self._keys = keys[order]
        self._starts = starts[order]

    def starting(self, word: str) -> Iterable[int]:
        """Where `word` may stand in the text after a word boundary, overlapping
        occurrences included: where it stands, if it opens with no word character."""
        if not word or not (word[0].isalnum() or word[0] == "_"):
            return _occurrences(self.text, word)
        low = high = 0
        for n in range(3):
            code = ord(word[n]) if n < len(word) else None
            shift = (2 - n) * self.KEY_BITS
            low |= (code if code is not None else 0) << shift
            high |= (code if code is not None else (1 << self.KEY_BITS) - 1) << shift
        first = int(numpy.searchsorted(self._keys, low, side="left"))
        last = int(numpy.searchsorted(self._keys, high, side="right"))
        found = self._starts[first:last].tolist()
        return found if len(word) <= 3 else [i for i in found if self.text.startswith(word, i)]


def _cheapest_needed(literals: Literals) -> frozenset[str] | None:
    """Of the sets of strings every match holds one of, the quickest to look
    for (`_search_cost`), unless it is what matches start with (looked for anyway)."""
    sets = [words for words in literals.needed if words != literals.starts]
    return min(sets, key=_search_cost, default=None)


def _search_cost(words: frozenset[str]) -> tuple[int, int]:
    """How long it takes to look for any of the strings in a text: a read of the
    whole text per string, quicker for longer strings."""
    return len(words), -min(map(len, words))


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where the word stands in the text, overlapping occurrences included."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


class Literals(NamedTuple):
    """What the literal words of a pattern, or of a part of one, say of every
    text it matches (`_literals`)."""

    exact: frozenset[str] | None
    """The strings it matches, when it is literal words only ("(?:may|shall) not")."""
    starts: frozenset[str] | None
    """Strings one of which every match starts with."""
    needed: tuple[frozenset[str], ...]
    """Sets of strings every match holds one of each of."""


UNREAD = Literals(None, None, ())
"""A part of a pattern whose words are not read: a class, an escape such as `\\s`, a lookaround."""
MAX_LITERALS = 8
"""Strings a part of a pattern is read as at most ("(?:a|an|the) (?:child|minor)": six):
each is looked for through the whole text."""
REPEAT = re.compile(r"[*+?]|\{(\d*)(?:,\d*)?\}")


@functools.cache
def _literals(pattern: str) -> Literals | None:
    """What the literal words of a pattern say of every text it matches; None
    where the pattern is not read that far (flags, a backreference, an escape
    other than a class or a punctuation mark, a brace that is not a repeat).
    Read once per pattern in a process: a batch of laws reads the same checklists."""
    alternatives = [_sequence_literals(a) for a in _alternatives(pattern)]
    if any(a is None for a in alternatives):
        return None
    read = [a for a in alternatives if a is not None]
    exact = [a.exact for a in read if a.exact is not None]
    starts = [a.starts for a in read if a.starts is not None]
    needed = [min(a.needed, key=_search_cost) for a in read if a.needed]
    return Literals(
        frozenset().union(*exact) if len(exact) == len(read) else None,
        frozenset().union(*starts) if len(starts) == len(read) else None,
        (frozenset().union(*needed),) if len(needed) == len(read) else (),
    )


def _sequence_literals(pattern: str) -> Literals | None:
    """`_literals` of a pattern without a "|" outside its groups."""
    exact: frozenset[str] | None = frozenset({""})
    """What the pattern matches up to here, while it is literal."""
    run = frozenset({""})
    """What the literal part just before here matches."""
    starts: frozenset[str] | None = None
    needed: list[frozenset[str]] = []
    at = 0
    while at < len(pattern):
        item = _item_literals(pattern, at)
        if item is None:
            return None
        literals, at = item
        longer = _followed_by(run, literals.exact) if literals.exact is not None else None
        if longer is not None:
            run = longer
            exact = run if exact is not None else None
            continue
        needed += [run, *literals.needed]
        if exact is not None:
            starts = (_followed_by(exact, literals.starts) if literals.starts else None) or exact
            exact = None
        run = frozenset({""})
    needed.append(run)
    if exact is not None:
        starts = exact
    return Literals(
        exact,
        starts if starts is not None and "" not in starts else None,
        tuple(words for words in needed if "" not in words),
    )


def _followed_by(firsts: frozenset[str], seconds: frozenset[str]) -> frozenset[str] | None:
    """Each of `firsts` followed by each of `seconds`; None where that would
    make more than `MAX_LITERALS` strings, and more than either has."""
    if len(firsts) * len(seconds) > max(MAX_LITERALS, len(firsts), len(seconds)):
        return None
    return frozenset(a + b for a in firsts for b in seconds)


def _item_literals(pattern: str, at: int) -> tuple[Literals, int] | None:
    """`_literals` of the character, escape, class or group at `at`, with its
    repeat if any, and where the pattern goes on after them."""
    char = pattern[at]
    literals: Literals | None = UNREAD
    end = at + 1
    if char == "\\":
        escaped = pattern[at + 1 : at + 2]
        end = at + 2
        if escaped and escaped.isascii() and not escaped.isalnum() and escaped != "_":
            literals = Literals(frozenset({escaped}), frozenset({escaped}), ())
        elif not escaped or escaped not in "bBAZsSwWdD":
            return None
    elif char == "[":
        end = _class_end(pattern, at)
    elif char == "(":
        close = _group_end(pattern, at)
        if close is None:
            return None
        end = close + 1
        if pattern.startswith("(?:", at):
            literals = _literals(pattern[at + 3 : close])
        elif not pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), at):
            literals = _literals(pattern[at + 1 : close]) if pattern[at + 1] != "?" else None
    elif char in "*+?{}])|":
        return None
    elif char not in ".^$":
        literals = Literals(frozenset({char}), frozenset({char}), ())
    if literals is None:
        return None
    repeat = REPEAT.match(pattern, end)
    if repeat is None:
        return (literals, end) if pattern[end : end + 1] != "{" else None
    end = repeat.end()
    if pattern[end : end + 1] in ("?", "+"):
        end += 1  # lazy or possessive
    at_least_once = repeat.group() == "+" or int(repeat.group(1) or 0) > 0
    return (Literals(None, literals.starts, literals.needed) if at_least_once else UNREAD), end


def _syntax(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The characters of a pattern from `start` that are neither escaped nor in
    a class, with their positions (of a class, its "[")."""
    at = start
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        yield at, char
        at = _class_end(pattern, at) if char == "[" else at + 1


def _class_end(pattern: str, at: int) -> int:
    """Where the pattern goes on after the class opening at `at` ("]" first in
    it, or after "^", is one of its characters)."""
    at += 1
    if pattern[at : at + 1] == "^":
        at += 1
    if pattern[at : at + 1] == "]":
        at += 1
    while at < len(pattern) and pattern[at] != "]":
        at += 2 if pattern[at] == "\\" else 1
    return at + 1


def _group_end(pattern: str, at: int) -> int | None:
    """The position of the ")" closing the group opening at `at`."""
    depth = 0
    for index, char in _syntax(pattern, at):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return None


def _alternatives(pattern: str) -> list[str]:
    """The pattern split at each "|" outside its groups and classes ("\\bfoo|bar":
    then its leading boundary belongs to the first alternative only)."""
    parts = []
    depth, last = 0, 0
    for at, char in _syntax(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[last:at])
            last = at + 1
    parts.append(pattern[last:])
    return parts


SYNONYM_WORDS = [
    (re.compile(rf"\b{word}\b", re.IGNORECASE), synonyms) for word, synonyms in SYNONYMS.items()
]
"""Each word of `SYNONYMS` as a pattern, with its synonyms."""


def _with_synonyms(term: str) -> list[str]:
    """The term, and the term with each of its words that has synonyms in
    `SYNONYMS` replaced by them."""
    forms = [term]
    for pattern, synonyms in SYNONYM_WORDS:
        forms += [pattern.sub(s, f) for f in forms if pattern.search(f) for s in synonyms]
    return forms


PLURAL_SENSES = frozenset({"damages", "aids"})
"""Words whose plural (or third person) has a sense of its own in law: damages
are money awarded, damage is harm ("criminal damage"); one who aids an offence
is an accomplice, legal aid is a victim's right."""
NOUN_SENSES = frozenset({"damages", "shelters", "sheltering", "register", "registers", "remedy"})
"""Words meant as nouns (money awarded, places of refuge, a record of workers, a
remedy): not found where used as verbs (`_used_as_verb`: "damages the passport",
"accommodates, shelters or takes in another person", "shall not register a minor ... as
an individual household", "the steps taken to remedy any harm found")."""


AS_VERB_AFTER = re.compile(r"\s+(?:the|a|an|any|his|her|its|their|another)\b", re.I)
AS_VERB_LIST = (
    re.compile(r"\b\w+(?:s|ing),\s*$"),
    re.compile(r"^\s+(?:or|and)\s+\w+(?:s|ing)\b"),
)
AS_VERB_BEFORE = re.compile(r"\b(?:who|whoever|which)\s+(?:\w+ly\s+)?$", re.I)
"""A relative pronoun before the word: "a person who shelters or introduces another"."""


def _used_as_verb(text: str, start: int, end: int) -> bool:
    """Whether a word of `NOUN_SENSES` is a verb there: followed by its object
    ("damages the passport"), after a relative pronoun ("who shelters or
    introduces another") or among verbs ("conceals, damages or destroys",
    "Organizing, Forcing, Luring, Sheltering or Introducing Prostitution")."""
    after = text[end : end + 30]
    if AS_VERB_AFTER.match(after) or AS_VERB_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    before_list, after_list = AS_VERB_LIST
    return bool(before_list.search(text[max(0, start - 30) : start]) and after_list.match(after))


def _same_form(word: str, written: frozenset[str]) -> bool:
    """Whether a one-word lemma match is the word the terms (`written`, in lower
    case) mean: a gerund ("damaging") only matches terms written that way, so
    "damages" does not find "damaging"; nor does "damages" find "damage"
    (`PLURAL_SENSES`)."""
    lower = word.lower()
    if lower.endswith("ing"):
        return lower in written or any(t.endswith("ing") for t in written)
    plural = f"{lower}s"
    return plural not in PLURAL_SENSES or plural not in written or lower in written


ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|any|each|every|such)\s+$", re.I)


def _attributive(text: str, start: int, end: int) -> bool:
    """Whether the word is a participle describing the noun after it ("the
    trafficked victim")."""
    return text[start:end].lower().endswith("ed") and bool(
        ATTRIBUTIVE_BEFORE.search(text[max(0, start - 12) : start])
    )


SERIES = re.compile(r"[\w-]+(?:,\s+[\w-]+)+,?\s+(?:or|and)\s+[\w-]+\s+[\w-]+")
"""Words in a series before the noun they describe ("dangerous, exhausting or
health-harmful works" for "dangerous work"): its commas part no clauses. Not a
series of nouns ("safety, health or morals")."""


def _series(words: str) -> bool:
    """Whether words are a series of adjectives before their noun (`SERIES`), not of
    verbs ("recruiting, employing, transporting ... or sending persons" is no
    "employing persons")."""
    return bool(SERIES.fullmatch(words)) and sum(w.endswith("ing") for w in words.split()) < 2


def _window(
    occurrences: list[list[Occurrence]], width: int, text: str, negations: list[bool]
) -> tuple[int, int] | None:
    """Character span of the first place where one occurrence of every lemma
    stands in one clause (no comma, semicolon or colon between them, but for the
    commas of a series of words before their noun, `SERIES`) within
    `width` tokens; None if there is none. A negation must stand just before
    the word it negates, as in the term ("not ... extradite" for "not
    extradited", never "means ... no" for "no means")."""
    for token, sentence, _, _ in occurrences[0]:
        chosen = []
        for others in occurrences:
            near = [o for o in others if o[1] == sentence and abs(o[0] - token) <= width]
            if not near:
                break
            chosen.append(min(near, key=lambda o: abs(o[0] - token)))
        else:
            if not all(
                0 < chosen[k + 1][0] - chosen[k][0] <= NEGATION_REACH
                for k in range(len(chosen) - 1)
                if negations[k]
            ):
                continue
            start, end = min(o[2] for o in chosen), max(o[3] for o in chosen)
            if not re.search(r"[,;:]", text[start:end]) or _series(text[start:end]):
                return start, end
    return None


def _locate(text: str, normal_words: str) -> tuple[int, int] | None:
    """Where words of the normalised text stand in the original text."""
    words = normal_words.split()
    if not words:
        return None
    pattern = r"[^\w]+".join(re.escape(word) for word in words)
    match = re.search(pattern, text, re.IGNORECASE)
    return match.span() if match else None
