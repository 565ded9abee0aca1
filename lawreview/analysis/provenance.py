"""What an assessment records of its checklists: their versions and a hash of
their content. Light (no spaCy), so a cache can key on it without analysing."""

from __future__ import annotations

import hashlib

from lawreview.model import StandardSet


def standards_fingerprint(standards: StandardSet) -> tuple[str, str]:
    """The checklist versions ("crc 1.0.0, ...") and a sha256 of what the
    analysis reads from them (so the hash is the same on any machine: paths and
    line numbers are left out)."""
    versions = ", ".join(f"{i.id} {i.version}" for i in standards.instruments)
    content = [
        (
            i.id,
            i.version,
            [
                (
                    r.id,
                    r.article,
                    r.title,
                    r.summary,
                    r.obligation,
                    r.strength,
                    r.theme,
                    r.combine,
                    r.at_least,
                    r.covers,
                    r.together,
                    r.separate,
                    r.any_purpose,
                    r.offence_terms,
                    r.recommendation,
                    [
                        (
                            e.id,
                            e.description,
                            e.terms,
                            e.variants,
                            e.patterns,
                            e.implied_by,
                            e.strength,
                            e.check,
                            e.qualifies,
                        )
                        for e in r.elements
                    ],
                    [
                        (
                            p.id,
                            p.value,
                            p.constraint,
                            p.fact,
                            p.offence_terms,
                            p.purpose_of,
                            p.age_stated_as,
                            p.element,
                            p.options,
                        )
                        for p in r.parameters
                    ],
                    [(link.target, link.relation) for link in r.links],
                )
                for r in i.requirements
            ],
        )
        for i in standards.instruments
    ]
    return versions, hashlib.sha256(repr(content).encode()).hexdigest()
