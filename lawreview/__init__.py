"""lawreview: national legislation reviewed against international standards.

The library's face is a few verbs, composed in `lawreview.api`:

- `extract(path)`: a legislation file in, a `Law` (cited provision tree) out.
- `render_law(law, format)`: a `Law` as JSON, Akoma Ntoso XML, Markdown or text.
"""

from lawreview.api import extract, render_law
from lawreview.model import (
    Definition,
    Document,
    InputError,
    Law,
    LawreviewError,
    Provision,
    Reference,
)

__version__ = "0.1.0"

__all__ = [
    "Definition",
    "Document",
    "InputError",
    "Law",
    "LawreviewError",
    "Provision",
    "Reference",
    "__version__",
    "extract",
    "render_law",
]
