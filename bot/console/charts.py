"""Charts drawn on the server as SVG: no script, no CDN, the page works offline.

Pure functions from numbers to markup; every label is escaped here, and the
colours come from the console's stylesheet (classes), so the CSP needs no inline style.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from math import ceil

from markupsafe import Markup

ROW = 26  # height of one bar row
LABEL = 150  # width of the label column
WIDTH = 640


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def bars(items: Sequence[tuple[str, float]], title: str, unit: str = "") -> Markup:
    """Horizontal bars, one row per (label, value), the value written at the bar's end."""
    if not items:
        return Markup("")
    top = max(value for _, value in items) or 1
    span = WIDTH - LABEL - 70
    height = ROW * len(items) + 8
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height}" preserveAspectRatio="xMinYMin meet" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (name, value) in enumerate(items):
        y = 4 + i * ROW
        length = max(1.0, span * value / top) if value else 0
        parts.append(f'<text class="label" x="{LABEL - 8}" y="{y + 17}" text-anchor="end">{escape(_cut(name))}</text>')
        parts.append(f'<rect class="bar" x="{LABEL}" y="{y + 4}" width="{length:.1f}" height="{ROW - 8}" rx="3"/>')
        parts.append(f'<text class="value" x="{LABEL + length + 6:.1f}" y="{y + 17}">{escape(_number(value))}{escape(unit)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def paired_bars(rows: Sequence[tuple[str, float | None, float | None]], names: tuple[str, str], title: str, unit: str = "") -> Markup:
    """Two bars per row (e.g. a department's median first response and resolution); None draws no bar."""
    if not rows:
        return Markup("")
    values = [v for _, a, b in rows for v in (a, b) if v is not None]
    top = max(values, default=1) or 1
    span = WIDTH - LABEL - 90
    row_height = ROW * 2
    height = row_height * len(rows) + 34
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height}" preserveAspectRatio="xMinYMin meet" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (name, first, second) in enumerate(rows):
        y = 4 + i * row_height
        parts.append(f'<text class="label" x="{LABEL - 8}" y="{y + 30}" text-anchor="end">{escape(_cut(name))}</text>')
        for j, (value, css) in enumerate(((first, "bar"), (second, "bar alt"))):
            top_y = y + 4 + j * (ROW - 4)
            if value is None:
                parts.append(f'<text class="value muted" x="{LABEL + 4}" y="{top_y + 15}">—</text>')
                continue
            length = max(1.0, span * value / top)
            parts.append(f'<rect class="{css}" x="{LABEL}" y="{top_y + 2}" width="{length:.1f}" height="{ROW - 8}" rx="3"/>')
            parts.append(f'<text class="value" x="{LABEL + length + 6:.1f}" y="{top_y + 15}">{escape(_number(value))}{escape(unit)}</text>')
    legend_y = height - 12
    parts.append(_legend(LABEL, legend_y, names))
    parts.append("</svg>")
    return Markup("".join(parts))


def trend(labels: Sequence[str], filed: Sequence[int], resolved: Sequence[int], names: tuple[str, str], title: str) -> Markup:
    """Two lines over weeks: filed and resolved."""
    if not labels:
        return Markup("")
    left, right, top_pad, bottom = 40, 16, 14, 56
    height = 260
    plot_w, plot_h = WIDTH - left - right, height - top_pad - bottom
    step_size = max(1, ceil(max([*filed, *resolved, 1]) / 4))  # whole numbers on the axis: these are counts
    top = step_size * 4
    step = plot_w / max(1, len(labels) - 1)

    def point(i: int, value: int) -> tuple[float, float]:
        return left + i * step, top_pad + plot_h - plot_h * value / top

    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height}" preserveAspectRatio="xMinYMin meet" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for k in range(5):  # gridlines at 0, 1/4 ... of the top
        y = top_pad + plot_h - plot_h * k / 4
        parts.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{WIDTH - right}" y2="{y:.1f}"/>')
        parts.append(f'<text class="axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{step_size * k}</text>')
    for i, name in enumerate(labels):
        x = left + i * step
        parts.append(f'<text class="axis" x="{x:.1f}" y="{top_pad + plot_h + 16}" text-anchor="middle">{escape(name)}</text>')
    for series, css in ((filed, "line"), (resolved, "line alt")):
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, v) for i, v in enumerate(series)))
        parts.append(f'<polyline class="{css}" points="{points}"/>')
        for i, value in enumerate(series):
            x, y = point(i, value)
            parts.append(f'<circle class="{css} dot" cx="{x:.1f}" cy="{y:.1f}" r="3"><title>{escape(labels[i])}: {value}</title></circle>')
    parts.append(_legend(left, height - 12, names))
    parts.append("</svg>")
    return Markup("".join(parts))


def _legend(x: int, y: int, names: tuple[str, str]) -> str:
    return (
        f'<rect class="bar" x="{x}" y="{y - 10}" width="12" height="12" rx="2"/>'
        f'<text class="label" x="{x + 18}" y="{y}">{escape(names[0])}</text>'
        f'<rect class="bar alt" x="{x + 140}" y="{y - 10}" width="12" height="12" rx="2"/>'
        f'<text class="label" x="{x + 158}" y="{y}">{escape(names[1])}</text>'
    )


def _cut(name: str, limit: int = 16) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
