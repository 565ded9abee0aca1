"""One spaCy pipeline for the whole run, built without any model download.

`spacy.blank("en")` tokenises; a lookup lemmatizer (the English table of
spacy-lookups-data, read from the installed package) gives every token the
lemma of its lower-case form; a sentence splitter that knows legal text ends
sentences at full stops but not after "s.", "No.", "Art.", "i.e." or inside
"(a)". If a trained English pipeline happens to be installed it is not needed
and not used: the lexical pipeline is what the matching was tuned on.

Many short texts (the passages of a law) go through it joined a few dozen to a
doc (`pipe_texts`), which spaCy reads about twice as fast as one doc each; every
text comes back as its own doc would have been.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple, cast

import numpy
import spacy
from spacy.attrs import IDX, LEMMA, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.lookups import Table, load_lookups
from spacy.strings import StringStore
from spacy.tokens import Doc
from thinc.types import Ints2d

ABBREVIATIONS = frozenset(
    "s ss no nos art arts para paras sec secs subs cap ch chap e.g i.e etc viz cf p pp vol "
    "sch reg regs r rr mr mrs ms dr st co ltd inc govt dept min approx fig v vs b.e a.d u.n".split()
)
"""Words after whose full stop a legal sentence goes on ("s. 3", "Art. 5")."""


def lemma_table() -> Table:
    """The English lemma lookup table of spacy-lookups-data."""
    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


ENDS_SENTENCE = (".", "!", "?")
BRACKETS = ("(", ")")
TEXTS = "legal_text.texts"
"""Key in `Doc.user_data` of a doc of several texts joined (`pipe_texts`): the
(start, end) token indices of each text. Sentences and brackets are read in each
text apart, as in the text's own doc; tokens between texts start no sentence."""


class LegalText:
    """Lemmas and sentences, set on the whole document at once.

    Each token's lemma is the table's entry for its lower-case form (or that
    form). A sentence starts at the start of a text and after a full stop,
    question or exclamation mark that ends one: not after an abbreviation, a
    single letter or a number, not inside brackets, and not before a word in
    lower case. Only the punctuation tokens are visited one by one; the lemmas
    come from a table of hashes.
    """

    def __init__(self, strings: StringStore) -> None:
        self.table = lemma_table()
        """Read once, when the pipeline is built."""
        self.lemma_hashes: dict[int, int] = {}
        """Hash of a lower-case form -> hash of its lemma, in the pipeline's string store."""
        self.marks = {strings.add(mark): mark for mark in (*ENDS_SENTENCE, *BRACKETS)}
        """Hash of each mark that ends a sentence or opens or closes brackets -> the mark."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        lowers, orths = doc.to_array([LOWER, ORTH]).T.tolist()
        known = self.lemma_hashes
        for lower in set(lowers).difference(known):
            form = strings[lower]
            lemma = self.table.get(form)
            known[lower] = strings.add(lemma if isinstance(lemma, str) else form)
        values = numpy.empty((len(doc), 2), dtype="uint64")
        values[:, 0] = [known[lower] for lower in lowers]
        texts = doc.user_data.get(TEXTS, ((0, len(doc)),))
        values[:, 1] = _sentence_starts(strings, orths, self.marks, texts).astype("uint64")
        doc.from_array([LEMMA, SENT_START], cast(Ints2d, values))
        return doc


@Language.factory("legal_text")
def make_legal_text(nlp: Language, name: str) -> LegalText:
    return LegalText(nlp.vocab.strings)


def _sentence_starts(
    strings: StringStore,
    orths: list[int],
    marks: dict[int, str],
    texts: Iterable[tuple[int, int]],
) -> numpy.ndarray:
    """SENT_START of each token: 1 starts a sentence, -1 does not. `texts` are
    the (start, end) token ranges of the doc's texts, in order, each read as if
    alone: its first token starts a sentence, and brackets and marks outside it
    count for nothing. Only the marks are visited one by one."""
    starts = numpy.full(len(orths), -1, dtype="int64")
    at = [index for index, orth in enumerate(orths) if orth in marks]
    """The tokens that are marks, in order."""
    for start, end in texts:
        if end <= start:
            continue
        starts[start] = 1
        depth = 0
        for index in at[bisect.bisect_left(at, start) : bisect.bisect_left(at, end)]:
            mark = marks[orths[index]]
            if mark == "(":
                depth += 1
            elif mark == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and index + 1 < end:
                if strings[orths[index + 1]][:1].islower():
                    continue
                if index > start:
                    word = strings[orths[index - 1]].lower().rstrip(".")
                    if word in ABBREVIATIONS or len(word) == 1 or word.isdigit():
                        continue
                starts[index + 1] = 1
    return starts


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The run's pipeline: the tokenizer, then lemmas and legal sentences."""
    nlp = spacy.blank("en")
    nlp.add_pipe("legal_text")
    return nlp


JOINT = "\n\n"
"""What stands between texts joined in one doc: whitespace without a space, which
spaCy makes a token of its own, leaving the token before it without trailing
whitespace, as at the end of a text alone."""
TEXTS_PER_DOC = 25
"""Texts joined in one doc: spaCy reads a few hundred docs of 25 passages about
twice as fast as thousands of docs of one."""

Match = tuple[int, int, int]
"""A matcher's match: match id, start token, end token."""


class Tokens(NamedTuple):
    """One text's tokens, as the pipeline gives them for the text alone."""

    values: numpy.ndarray
    """`Doc.to_array(attrs)` of the text's doc: a row per token, a column per
    attribute; IDX counts from the start of the text."""
    matches: list[Match]
    """The matcher's matches in the text, in the text's token indices."""


def pipe_texts(
    texts: Sequence[str],
    attrs: Sequence[int],
    matcher: Callable[[Doc], list[Match]] | None = None,
) -> Iterator[Tokens]:
    """The tokens and matches of each text, in order, from one `nlp.pipe` pass of
    `pipeline()` over docs of up to `TEXTS_PER_DOC` texts joined by `JOINT`.

    Each text gives what its own doc gives. spaCy splits words at whitespace
    before anything else, so a joint between texts with no whitespace at
    either end changes no token of theirs; `LegalText` reads sentences and
    brackets in each text apart (`TEXTS`); matches across a joint are dropped.
    A text that begins or ends with whitespace, or is empty, would run into the
    joint and goes in a doc of its own, as does one that would take a doc past
    the pipeline's `max_length`.
    """
    nlp = pipeline()
    groups = _groups(texts, nlp.max_length)

    def docs() -> Iterator[Doc]:
        for group in groups:
            doc = nlp.make_doc(JOINT.join(texts[i] for i in group))
            if len(group) > 1:
                offsets = doc.to_array(IDX)
                starts = _joined_starts([texts[i] for i in group])
                ends = [start + len(texts[i]) for start, i in zip(starts, group)]
                doc.user_data[TEXTS] = list(
                    zip(
                        numpy.searchsorted(offsets, starts).tolist(),
                        numpy.searchsorted(offsets, ends).tolist(),
                    )
                )
            yield doc

    column = list(attrs).index(IDX) if IDX in attrs else None
    for group, doc in zip(groups, nlp.pipe(docs())):
        values = doc.to_array(list(attrs))
        matches = matcher(doc) if matcher is not None else []
        if len(group) == 1:
            yield Tokens(values, matches)
            continue
        spans: list[tuple[int, int]] = doc.user_data[TEXTS]
        firsts = [start for start, _ in spans]
        found: list[list[Match]] = [[] for _ in spans]
        for match_id, start, end in matches:
            within = bisect.bisect_right(firsts, start) - 1
            first, stop = spans[within]
            if end <= stop:
                found[within].append((match_id, start - first, end - first))
        chars = _joined_starts([texts[i] for i in group])
        for (first, stop), char, matched in zip(spans, chars, found):
            rows = values[first:stop]
            if column is not None:
                rows[:, column] -= char
            yield Tokens(rows, matched)


def _groups(texts: Sequence[str], max_length: int) -> list[list[int]]:
    """The indices of the texts of each doc, in order: up to `TEXTS_PER_DOC` texts
    with no whitespace at either end, joined within `max_length` characters;
    any other text alone."""
    groups: list[list[int]] = []
    joining: list[int] = []
    """The last group, while texts can still join it."""
    length = 0
    """Characters of the texts of `joining`, joined."""
    for index, text in enumerate(texts):
        if not text or text[0].isspace() or text[-1].isspace():
            groups.append([index])
            joining = []
        elif (
            joining
            and len(joining) < TEXTS_PER_DOC
            and length + len(JOINT) + len(text) <= max_length
        ):
            joining.append(index)
            length += len(JOINT) + len(text)
        else:
            joining = [index]
            groups.append(joining)
            length = len(text)
    return groups


def _joined_starts(texts: Sequence[str]) -> list[int]:
    """Where each text starts in the texts joined by `JOINT`."""
    starts = []
    at = 0
    for text in texts:
        starts.append(at)
        at += len(text) + len(JOINT)
    return starts
