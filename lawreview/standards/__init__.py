"""The standards stage: the YAML checklists in, a validated `StandardSet` out.

- `load_standards(profile=..., extra_dirs=...)`: the shipped library plus a
  researcher's own directories, narrowed to a profile.
- `validate_standards(paths, extra_dirs=...)`: check files or directories; every
  problem is raised together as a `StandardsError` (file, line, key, fix).
- `catalogue(standards)` and `describe(standards, id)`: plain-text views.
"""

from lawreview.standards.loader import apply_profile, load_standards, validate_standards
from lawreview.standards.text import catalogue, count_rows, describe

__all__ = [
    "apply_profile",
    "catalogue",
    "count_rows",
    "describe",
    "load_standards",
    "validate_standards",
]
