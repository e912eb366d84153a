"""Server-side SVG charts: interval (forest) plots and small histograms. Pure: plain values in, SVG text out.

Every label is escaped; the returned text is safe to place in a page as is.
"""
from __future__ import annotations

import math
from html import escape

ROW = 26
LABEL_W = 190
PLOT_W = 420
PAD = 14
AXIS_H = 30


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value)}"


def _ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    span = hi - lo
    if span <= 0:
        return [lo]
    raw = span / n
    mag = 10 ** math.floor(math.log10(raw))
    step = min((m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw), default=raw)
    first = math.ceil(lo / step) * step
    ticks, t = [], first
    while t <= hi + 1e-9:
        ticks.append(round(t, 10))
        t += step
    return ticks


def interval_chart(rows: list[dict], *, lo: float, hi: float, title: str, zero: float | None = None,
                   value_label: str = "estimate", marker_label: str = "raw", css_class: str = "interval-chart") -> str:
    """One row per item: a line from ``low`` to ``high``, a dot at ``value``, an optional open
    diamond at ``marker``. ``rows``: dicts with label, value, low, high and optionally marker, tone
    ("bad"/"warn"/"good") and key (a data attribute for the row)."""
    finite = [v for r in rows for v in (r.get("low"), r.get("high"), r.get("value"), r.get("marker"))
              if v is not None and math.isfinite(v)]
    lo = min([lo] + finite)
    hi = max([hi] + finite)
    if hi <= lo:
        hi = lo + 1
    width = LABEL_W + PLOT_W + 2 * PAD
    height = PAD + ROW * max(len(rows), 1) + AXIS_H

    def x(v: float) -> float:
        return LABEL_W + PAD + (v - lo) / (hi - lo) * PLOT_W

    colours = {"bad": "#b42318", "warn": "#b54708", "good": "#067647"}
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="{escape(css_class)}" role="img" '
           f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" aria-label="{escape(title)}">',
           f"<title>{escape(title)}</title>"]
    axis_y = PAD + ROW * max(len(rows), 1)
    for t in _ticks(lo, hi):
        out.append(f'<line x1="{x(t):.1f}" y1="{PAD - 4}" x2="{x(t):.1f}" y2="{axis_y}" stroke="#eef0f4"/>')
        out.append(f'<text x="{x(t):.1f}" y="{axis_y + 16}" font-size="11" text-anchor="middle" '
                   f'fill="#5b6475">{_fmt(t)}</text>')
    if zero is not None and lo <= zero <= hi:
        out.append(f'<line class="zero" x1="{x(zero):.1f}" y1="{PAD - 6}" x2="{x(zero):.1f}" y2="{axis_y}" '
                   f'stroke="#5b6475" stroke-dasharray="3,3"/>')
    for k, row in enumerate(rows):
        y = PAD + ROW * k + ROW / 2
        colour = colours.get(row.get("tone") or "", "#2f5bd3")
        key = f' data-key="{escape(str(row["key"]))}"' if row.get("key") is not None else ""
        out.append(f'<g class="row"{key}>')
        out.append(f'<text x="{LABEL_W}" y="{y + 4:.1f}" font-size="12" text-anchor="end" fill="#1d2433">'
                   f'{escape(str(row["label"]))}</text>')
        low, high, value = row.get("low"), row.get("high"), row.get("value")
        if low is not None and high is not None:
            out.append(f'<line class="interval" x1="{x(low):.1f}" y1="{y:.1f}" x2="{x(high):.1f}" y2="{y:.1f}" '
                       f'stroke="{colour}" stroke-width="2"><title>95% interval {low:.2f} to {high:.2f}</title></line>')
        if row.get("marker") is not None:
            m = x(row["marker"])
            out.append(f'<path class="marker" d="M{m:.1f},{y - 5:.1f} L{m + 5:.1f},{y:.1f} L{m:.1f},{y + 5:.1f} '
                       f'L{m - 5:.1f},{y:.1f} Z" fill="none" stroke="#5b6475">'
                       f'<title>{escape(marker_label)} {row["marker"]:.2f}</title></path>')
        if value is not None:
            out.append(f'<circle class="estimate" cx="{x(value):.1f}" cy="{y:.1f}" r="4.5" fill="{colour}">'
                       f'<title>{escape(value_label)} {value:.2f}</title></circle>')
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def histogram(counts: dict[int, int], *, scale: range = range(1, 6), title: str, width: int = 130,
              height: int = 54) -> str:
    """A small bar chart of how often each score on the scale was given."""
    values = [int(counts.get(s, 0)) for s in scale]
    top = max(values + [1])
    bar_w = (width - 4) / len(values)
    plot_h = height - 16
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="histogram" role="img" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" aria-label="{escape(title)}"><title>{escape(title)}</title>']
    for k, (score, n) in enumerate(zip(scale, values)):
        h = plot_h * n / top
        bx = 2 + k * bar_w
        out.append(f'<rect x="{bx + 1:.1f}" y="{plot_h - h:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" '
                   f'fill="#2f5bd3"><title>score {score}: {n}</title></rect>')
        out.append(f'<text x="{bx + bar_w / 2:.1f}" y="{height - 3}" font-size="10" text-anchor="middle" '
                   f'fill="#5b6475">{score}</text>')
    out.append("</svg>")
    return "".join(out)
