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

import spacy
from spacy.language import Language
from spacy.lookups import Table, load_lookups
from spacy.tokens import Doc

ABBREVIATIONS = frozenset(
    "s ss no nos art arts para paras sec secs subs cap ch chap e.g i.e etc viz cf p pp vol "
    "sch reg regs r rr mr mrs ms dr st co ltd inc govt dept min approx fig v vs b.e a.d u.n".split()
)
"""Words after whose full stop a legal sentence goes on ("s. 3", "Art. 5")."""


@Language.component("legal_sentences")
def legal_sentences(doc: Doc) -> Doc:
    """Sentence starts after a full stop, question or exclamation mark that ends
    a sentence: not after an abbreviation, a single letter or a number, not
    inside brackets, and not before a word in lower case."""
    depth = 0
    for index, token in enumerate(doc):
        if index == 0:
            token.is_sent_start = True
            continue
        previous = doc[index - 1]
        if previous.text == "(":
            depth += 1
        elif previous.text == ")":
            depth = max(0, depth - 1)
        ends = previous.text in (".", "!", "?") and depth == 0 and not token.text[:1].islower()
        if ends and index >= 2:
            before = doc[index - 2].lower_.rstrip(".")
            if before in ABBREVIATIONS or len(before) == 1 or before.isdigit():
                ends = False
        token.is_sent_start = ends
    return doc


@lru_cache(maxsize=1)
def lemma_table() -> Table:
    """The English lemma lookup table of spacy-lookups-data."""
    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


@Language.component("lower_lemmas")
def lower_lemmas(doc: Doc) -> Doc:
    """Each token's lemma: the table's entry for its lower-case form, or that form."""
    table = lemma_table()
    for token in doc:
        lower = token.lower_
        token.lemma_ = table.get(lower, lower)
    return doc


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The run's pipeline: tokenizer, lemmas of lower-case forms, legal sentences."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lower_lemmas")
    nlp.add_pipe("legal_sentences")
    return nlp
