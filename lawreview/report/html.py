"""The HTML report: one self-contained file, with a strict Content-Security-Policy.

The stylesheet and script are inlined and allowed by their SHA-256 hashes;
nothing is fetched from the network (`default-src 'none'`).
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from markupsafe import Markup

from lawreview.report.charts import heat_map, status_bars
from lawreview.report.templating import environment
from lawreview.report.view import ReportView


def csp_hash(source: str) -> str:
    """The CSP source expression allowing an inline element whose text is `source`."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(css: str, js: str) -> str:
    """No network, no plugins, no forms sent anywhere; only this file's style and script."""
    return (
        "default-src 'none'; "
        f"style-src {csp_hash(css)}; "
        f"script-src {csp_hash(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'; object-src 'none'"
    )


def render(view: ReportView, template_dir: str | Path | None = None) -> str:
    """The report as a single HTML document."""
    env = environment(template_dir)
    loader = env.loader
    assert loader is not None
    css = loader.get_source(env, "report.css")[0]
    js = loader.get_source(env, "report.js")[0]
    return env.get_template("report.html.j2").render(
        r=view,
        L=view.labels,
        css=Markup(css),
        js=Markup(js),
        csp=Markup(content_security_policy(css, js)),
        bars=Markup(status_bars(view.counts, view.labels)),
        heat=Markup(heat_map(view.heat, view.labels)),
    )
