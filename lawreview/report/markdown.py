"""The Markdown report (GitHub flavour), through the `report.md.j2` template."""

from __future__ import annotations

import re
from pathlib import Path

from markupsafe import Markup, escape

from lawreview.report.templating import environment
from lawreview.report.view import ReportView, Segment

_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_LINE_START = re.compile(r"^([#+=-]|\d+(?=[.)]))")


def md_text(text: object) -> Markup:
    """Text safe inside Markdown: HTML escaped, Markdown punctuation backslashed,
    line breaks kept as spaces so a table cell or list item stays on one line."""
    flat = " ".join(str(text).split())
    safe = _SPECIAL.sub(r"\\\1", str(escape(flat)))
    # At the start of a line, "# ", "- " or "1." would become a heading or a list.
    return Markup(
        _LINE_START.sub(
            lambda m: m.group(1) + "\\" if m.group(1).isdigit() else "\\" + m.group(1), safe
        )
    )


def md_quote(segments: tuple[Segment, ...]) -> Markup:
    """A quoted provision as one Markdown blockquote, matched words in bold."""
    out = []
    for segment in segments:
        text = md_text(segment.text)
        if segment.marked and text.strip():
            lead = " " if text[:1] == " " else ""
            trail = " " if text[-1:] == " " else ""
            out.append(Markup(f"{lead}**{text.strip()}**{trail}"))
        else:
            out.append(text)
    return Markup("> ") + Markup("").join(out)


def render(view: ReportView, template_dir: str | Path | None = None) -> str:
    """The report as GitHub-flavoured Markdown."""
    env = environment(template_dir)
    env.filters["md"] = md_text
    env.filters["md_quote"] = md_quote
    text = env.get_template("report.md.j2").render(r=view, L=view.labels)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
