"""One spaCy pipeline for the whole run, built without any model download.

`spacy.blank("en")` tokenises; a lookup lemmatizer (the English table of
spacy-lookups-data, read from the installed package) gives every token the
lemma of its lower-case form; a sentence splitter that knows legal text ends
sentences at full stops but not after "s.", "No.", "Art.", "i.e." or inside
"(a)". If a trained English pipeline happens to be installed it is not needed
and not used: the lexical pipeline is what the matching was tuned on.
"""

from __future__ import annotations

from functools import lru_cache
from typing import cast

import numpy
import spacy
from spacy.attrs import LEMMA, LOWER, ORTH, SENT_START
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


class LegalText:
    """Lemmas and sentences, set on the whole document at once.

    Each token's lemma is the table's entry for its lower-case form (or that
    form). A sentence starts after a full stop, question or exclamation mark
    that ends one: not after an abbreviation, a single letter or a number, not
    inside brackets, and not before a word in lower case. Only the punctuation
    tokens are visited one by one; the lemmas come from a table of hashes.
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
        values[:, 1] = _sentence_starts(strings, orths, self.marks)
        doc.from_array([LEMMA, SENT_START], cast(Ints2d, values))
        return doc


@Language.factory("legal_text")
def make_legal_text(nlp: Language, name: str) -> LegalText:
    return LegalText(nlp.vocab.strings)


def _sentence_starts(
    strings: StringStore, orths: list[int], marks: dict[int, str]
) -> numpy.ndarray:
    """SENT_START of each token (1 starts a sentence, -1 does not, as uint64)."""
    starts = numpy.full(len(orths), -1, dtype="int64")
    starts[0] = 1
    depth = 0
    for index, orth in enumerate(orths):
        mark = marks.get(orth)
        if mark is None:
            continue
        if mark == "(":
            depth += 1
        elif mark == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and index + 1 < len(orths):
            if strings[orths[index + 1]][:1].islower():
                continue
            if index >= 1:
                word = strings[orths[index - 1]].lower().rstrip(".")
                if word in ABBREVIATIONS or len(word) == 1 or word.isdigit():
                    continue
            starts[index + 1] = 1
    return starts.astype("uint64")


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The run's pipeline: the tokenizer, then lemmas and legal sentences."""
    nlp = spacy.blank("en")
    nlp.add_pipe("legal_text")
    return nlp
