"""lawreview: national legislation reviewed against international standards.

The library's face is a few verbs, composed in `lawreview.api`:

- `extract(path)`: a legislation file in, a `Law` (cited provision tree) out.
- `render_law(law, format)`: a `Law` as JSON, Akoma Ntoso XML, Markdown or text.
- `load_standards(profile=..., extra_dirs=...)`: the checklists as a `StandardSet`.
- `analyze(laws, standards)`: a framework of laws assessed, an `Assessment` of
  findings with evidence; `read_assessment(path)` reads one back from JSON.
- `render(assessment, format)`: the assessment as a report (html, docx, md,
  csv) or as JSON.
"""

from lawreview.api import (
    analyze,
    extract,
    load_standards,
    read_assessment,
    render,
    render_law,
)
from lawreview.model import (
    Assessment,
    Definition,
    Document,
    InputError,
    Law,
    LawreviewError,
    Provision,
    Reference,
    StandardsError,
    StandardSet,
)

__version__ = "0.1.0"

__all__ = [
    "Assessment",
    "Definition",
    "Document",
    "InputError",
    "Law",
    "LawreviewError",
    "Provision",
    "Reference",
    "StandardSet",
    "StandardsError",
    "__version__",
    "analyze",
    "extract",
    "load_standards",
    "read_assessment",
    "render",
    "render_law",
]
