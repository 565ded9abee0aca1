"""Render the amended versions of sample laws into corpora/amendments/.

Usage::

    python corpora/amendments/render.py                 # every source in corpora/amendments/src/
    python corpora/amendments/render.py varanda-tip-act-2019-amended

The same renderer as ``corpora/render.py`` (same source format, same
byte-deterministic outputs), pointed at ``corpora/amendments/src/`` and writing
beside it. The amended laws live apart from ``corpora/samples/`` because every
sample there must have structure gold; these are inputs for `lawreview diff`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import render  # noqa: E402  (corpora/render.py, found through the path set above)

render.SRC_DIR = HERE / "src"
render.OUT_DIR = HERE

if __name__ == "__main__":
    sys.exit(render.main(sys.argv[1:]))
