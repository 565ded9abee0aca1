"""The jinja2 environment the HTML and Markdown writers share."""

from __future__ import annotations

from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).parent / "templates"


def environment(template_dir: str | Path | None) -> jinja2.Environment:
    """Templates from `template_dir` first, then the shipped ones.

    The shipped templates are also reachable as `lawreview/<name>`, so an
    override can `{% extends "lawreview/report.html.j2" %}` and change one block.
    Autoescape is always on: law text contains <, > and &.
    """
    shipped = jinja2.FileSystemLoader(str(TEMPLATES))
    loaders: list[jinja2.BaseLoader] = []
    if template_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(template_dir)))
    loaders += [shipped, jinja2.PrefixLoader({"lawreview": shipped})]
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
