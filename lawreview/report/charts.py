"""Inline SVG charts drawn at render time, and the status colours every format uses.

Charts never carry meaning by colour alone: every bar segment and heat-map
cell prints its number, and the report prints the same counts as a table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from lawreview.model import STATUSES

STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "compliant": ("#dcf3e2", "#0b5a24"),
    "partial": ("#fdefc3", "#6b4500"),
    "missing": ("#fbd9d5", "#8a1020"),
    "conflict": ("#ecdffb", "#4f2390"),
    "not_applicable": ("#e6e9ed", "#3b434c"),
    "needs_review": ("#d9ecfb", "#0b3a6b"),
}
"""(background, text) per status: the text colour on the background is at least 7:1."""

BAR_COLOURS: dict[str, str] = {
    "compliant": "#2e8b57",
    "partial": "#d9a514",
    "missing": "#c93a3a",
    "conflict": "#7b3fc4",
    "not_applicable": "#8a949e",
    "needs_review": "#3a7bc8",
}
"""Solid fills for chart segments; the number on each is drawn in black or white,
whichever contrasts more."""


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def text_on(colour: str) -> str:
    """Black or white, whichever has the higher contrast on `colour` (always >= 4.5:1)."""
    lum = _luminance(colour)
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#ffffff"


def mix(colour: str, share: float) -> str:
    """`colour` mixed with white: `share` 0 is white, 1 the colour itself."""
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - c) * share) for c in channels]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def status_bars(
    rows: Sequence[tuple[str, Sequence[int], int]],
    labels: Mapping[str, Any],
) -> str:
    """A horizontal stacked bar per instrument: one segment per status, its count on it."""
    label_width, bar_width, row_height, gap = 260, 400, 26, 8
    per_line = 3
    legend_height = 22 * ((len(STATUSES) + per_line - 1) // per_line) + 10
    height = legend_height + len(rows) * (row_height + gap)
    width = label_width + bar_width + 10
    title = escape(str(labels["chart_caption"]))
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-labelledby="bars-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="bars-title">{title}</title>',
    ]
    for index, status in enumerate(STATUSES):
        name = escape(str(labels["statuses"][status]["label"]))
        icon = escape(str(labels["statuses"][status]["icon"]))
        x = label_width + (index % per_line) * (bar_width // per_line)
        y = 6 + 22 * (index // per_line)
        parts.append(
            f'<rect x="{x}" y="{y}" width="14" height="14" fill="{BAR_COLOURS[status]}" '
            f'stroke="#000" stroke-width="0.5"/>'
            f'<text x="{x + 18}" y="{y + 12}" font-size="12" fill="#111">{icon} {name}</text>'
        )
    for index, (name, counts, total) in enumerate(rows):
        y = legend_height + index * (row_height + gap)
        parts.append(
            f'<text x="{label_width - 8}" y="{y + row_height / 2 + 4}" text-anchor="end" '
            f'font-size="12" fill="#111">{escape(name)}</text>'
        )
        x0 = float(label_width)
        for status, count in zip(STATUSES, counts):
            if not count or not total:
                continue
            w = bar_width * count / total
            fill = BAR_COLOURS[status]
            status_name = escape(str(labels["statuses"][status]["label"]))
            parts.append(
                f'<rect x="{x0:.1f}" y="{y}" width="{w:.1f}" height="{row_height}" '
                f'fill="{fill}" stroke="#fff" stroke-width="1">'
                f"<title>{escape(name)}: {status_name} {count}</title></rect>"
            )
            if w >= 16:
                parts.append(
                    f'<text x="{x0 + w / 2:.1f}" y="{y + row_height / 2 + 4}" '
                    f'text-anchor="middle" font-size="12" font-weight="bold" '
                    f'fill="{text_on(fill)}">{count}</text>'
                )
            x0 += w
    parts.append("</svg>")
    return "".join(parts)


def heat_map(
    rows: Sequence[tuple[str, Sequence[int]]],
    labels: Mapping[str, Any],
) -> str:
    """Themes by status: each cell shaded by its share of the theme, its count printed."""
    label_width, cell_width, cell_height, head = 120, 88, 34, 40
    width = label_width + cell_width * len(STATUSES)
    height = head + cell_height * len(rows)
    title = escape(str(labels["heatmap_caption"]))
    parts = [
        f'<svg class="chart heat" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-labelledby="heat-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="heat-title">{title}</title>',
    ]
    for column, status in enumerate(STATUSES):
        name = str(labels["statuses"][status]["label"])
        icon = str(labels["statuses"][status]["icon"])
        x = label_width + column * cell_width + cell_width / 2
        words = name.split(" ", 1)
        parts.append(
            f'<text x="{x}" y="16" text-anchor="middle" font-size="11" fill="#111">'
            f"{escape(icon)} {escape(words[0])}</text>"
        )
        if len(words) > 1:
            parts.append(
                f'<text x="{x}" y="30" text-anchor="middle" font-size="11" fill="#111">'
                f"{escape(words[1])}</text>"
            )
    for row, (theme, counts) in enumerate(rows):
        y = head + row * cell_height
        total = sum(counts) or 1
        parts.append(
            f'<text x="{label_width - 8}" y="{y + cell_height / 2 + 4}" text-anchor="end" '
            f'font-size="12" fill="#111">{escape(theme)}</text>'
        )
        for column, (status, count) in enumerate(zip(STATUSES, counts)):
            fill = mix(BAR_COLOURS[status], 0.12 + 0.88 * count / total) if count else "#ffffff"
            x = label_width + column * cell_width
            parts.append(
                f'<rect x="{x}" y="{y}" width="{cell_width}" height="{cell_height}" '
                f'fill="{fill}" stroke="#767676" stroke-width="1"/>'
                f'<text x="{x + cell_width / 2}" y="{y + cell_height / 2 + 5}" '
                f'text-anchor="middle" font-size="14" fill="{text_on(fill)}"'
                f"{' font-weight=' + chr(34) + 'bold' + chr(34) if count else ''}>"
                f"{count}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)
