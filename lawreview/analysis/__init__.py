"""Analysis: a framework of laws judged against the standards, finding by finding.

- `engine.analyze`: the entry point (imports spaCy, so it is loaded on use);
- `passages`: the laws as citable passages; `matching`: key terms found with
  spaCy lemmas and rapidfuzz; `facts`: ages and penalties; `judge`: the status
  rules; `serialize`: the assessment JSON; `evaluate`: scores against gold.
"""
