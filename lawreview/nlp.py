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
from spacy.attrs import LEMMA, ORTH, SENT_START
from spacy.language import Language
from spacy.lookups import Table, load_lookups
from spacy.tokens import Doc
from thinc.types import Ints2d

ABBREVIATIONS = frozenset(
    "s ss no nos art arts para paras sec secs subs cap ch chap e.g i.e etc viz cf p pp vol "
    "sch reg regs r rr mr mrs ms dr st co ltd inc govt dept min approx fig v vs b.e a.d u.n".split()
)
"""Words after whose full stop a legal sentence goes on ("s. 3", "Art. 5")."""


@lru_cache(maxsize=1)
def lemma_table() -> Table:
    """The English lemma lookup table of spacy-lookups-data."""
    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


@lru_cache(maxsize=65536)
def lemma_of(lower: str) -> str:
    """The lemma of a lower-case word form (itself when the table has none)."""
    found = lemma_table().get(lower)
    return found if isinstance(found, str) else lower


@Language.component("legal_text")
def legal_text(doc: Doc) -> Doc:
    """Lemmas and sentences in one pass over the tokens.

    Each token's lemma is the table's entry for its lower-case form (or that
    form). A sentence starts after a full stop, question or exclamation mark
    that ends one: not after an abbreviation, a single letter or a number, not
    inside brackets, and not before a word in lower case.
    """
    strings = doc.vocab.strings
    words = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    lemmas, starts = [], []
    depth = 0
    for index, text in enumerate(words):
        lemmas.append(strings.add(lemma_of(text.lower())))
        if index == 0:
            starts.append(1)
            continue
        previous = words[index - 1]
        if previous == "(":
            depth += 1
        elif previous == ")":
            depth = max(0, depth - 1)
        ends = previous in (".", "!", "?") and depth == 0 and not text[:1].islower()
        if ends and index >= 2:
            word = words[index - 2].lower().rstrip(".")
            ends = not (word in ABBREVIATIONS or len(word) == 1 or word.isdigit())
        starts.append(1 if ends else -1)
    if words:
        values = numpy.column_stack(
            [
                numpy.array(lemmas, dtype="uint64"),
                numpy.array(starts, dtype="int64").astype("uint64"),  # -1: not a start
            ]
        )
        doc.from_array([LEMMA, SENT_START], cast(Ints2d, values))
    return doc


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The run's pipeline: the tokenizer, then lemmas and legal sentences."""
    nlp = spacy.blank("en")
    nlp.add_pipe("legal_text")
    return nlp
