"""Key terms of the standards found in the passages of the law.

The passages go through the spaCy pipeline once (`nlp.pipe`); every element's
terms and variants, lemmatised the same way, go into one PhraseMatcher on
lemmas, so "harboured", "harbours" and "harbouring" all meet "harbour". Terms
not found that way are looked for with rapidfuzz in the passages that already
rank high for the requirement, which catches spelling variants and OCR noise
("trafficking-in-persons", "harbouring" against "harboring" where the lemma
table has only one).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from spacy.matcher import PhraseMatcher

from lawreview.analysis.passages import Passage
from lawreview.model import Element, Requirement
from lawreview.nlp import pipeline

FUZZY_CUTOFF = 90.0
"""rapidfuzz partial_ratio score (0-100) above which a term counts as found."""
FUZZY_MIN_LENGTH = 6
"""Shorter terms are only matched exactly: fuzzy matching of short words finds noise."""


@dataclass(frozen=True)
class Hit:
    """A term of an element found in a passage, with its offsets in the document."""

    element: str
    passage: int
    start: int
    end: int
    term: str
    """The words as written in the law."""
    exact: bool = True


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
        matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        phrases = {
            element.id: sorted(
                {t.strip() for t in (*element.terms, *element.variants) if t.strip()}
            )
            for element in self.elements.values()
        }
        all_terms = sorted({term for terms in phrases.values() for term in terms})
        lemmatised = dict(zip(all_terms, nlp.pipe(all_terms, batch_size=512)))
        for element_id, terms in phrases.items():
            matcher.add(element_id, [lemmatised[term] for term in terms])
        self.hits: dict[str, list[Hit]] = defaultdict(list)
        document_frequency: dict[str, set[int]] = defaultdict(set)
        texts = (passage.text for passage in passages)
        for passage, doc in zip(passages, nlp.pipe(texts, batch_size=256)):
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                element_id = nlp.vocab.strings[match_id]
                self.hits[element_id].append(
                    Hit(
                        element_id,
                        passage.index,
                        passage.start + span.start_char,
                        passage.start + span.end_char,
                        span.text,
                    )
                )
                document_frequency[element_id].add(passage.index)
        total = max(len(passages), 1)
        self.rarity = {
            element_id: math.log((total + 1) / (len(document_frequency.get(element_id, ())) + 1))
            + 1
            for element_id in self.elements
        }
        """Inverse passage frequency of each element: rare terms weigh more."""

    def in_passages(self, element_id: str, passage_ids: set[int]) -> list[Hit]:
        """The element's exact hits within the given passages."""
        return [hit for hit in self.hits.get(element_id, ()) if hit.passage in passage_ids]

    def fuzzy(self, element_id: str, passage_ids: Iterable[int]) -> list[Hit]:
        """The element's terms found approximately in the given passages."""
        element = self.elements[element_id]
        terms = [t for t in (*element.terms, *element.variants) if len(t) >= FUZZY_MIN_LENGTH]
        found = []
        for index in passage_ids:
            passage = self.passages[index]
            normal = _normal(passage.text)
            for term in terms:
                alignment = fuzz.partial_ratio_alignment(
                    _normal(term), normal, score_cutoff=FUZZY_CUTOFF
                )
                if alignment is None:
                    continue
                words = normal[alignment.dest_start : alignment.dest_end]
                located = _locate(passage.text, words)
                if located is None:
                    continue
                start, end = located
                found.append(
                    Hit(
                        element_id,
                        index,
                        passage.start + start,
                        passage.start + end,
                        passage.text[start:end],
                        exact=False,
                    )
                )
                break
        return found


def _locate(text: str, normal_words: str) -> tuple[int, int] | None:
    """Where words of the normalised text stand in the original text."""
    words = normal_words.split()
    if not words:
        return None
    pattern = r"[^\w]+".join(re.escape(word) for word in words)
    match = re.search(pattern, text, re.IGNORECASE)
    return match.span() if match else None
