"""Self-contained HTML reports: tables and inline SVG charts, no script, no external file.

A report opens in any browser, in QGIS's results viewer and in a mail attachment alike.
"""

import datetime
import html

STYLE = """
body { font-family: -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; margin: 24px;
       color: #1f2328; max-width: 1100px; }
h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 17px; margin-top: 28px; }
.meta { color: #59636e; font-size: 13px; }
table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }
th, td { padding: 4px 10px; border-bottom: 1px solid #d1d9e0; text-align: right; }
th { background: #f6f8fa; } td.text, th.text { text-align: left; }
.swatch { display: inline-block; width: 12px; height: 12px; border: 1px solid #8c959f;
          vertical-align: -1px; margin-right: 6px; }
.note { background: #fff8c5; border-left: 4px solid #d4a72c; padding: 8px 12px; font-size: 13px; }
.attribution { color: #59636e; font-size: 12px; margin-top: 32px; }
svg text { font-family: inherit; font-size: 12px; fill: #1f2328; }
"""

ATTRIBUTION = ("Contains modified Copernicus Land Monitoring Service information (CLCplus Backbone), "
               "European Environment Agency.")


def escape(text):
    return html.escape(str(text), quote=True)


def document(title, body_parts, subtitle=""):
    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{t}</title><style>{s}</style>"
            "</head><body><h1>{t}</h1><p class=\"meta\">{sub}{stamp}</p>\n{body}\n"
            "<p class=\"attribution\">{a}</p></body></html>\n").format(
                t=escape(title), s=STYLE, sub=escape(subtitle) + " \u00b7 " if subtitle else "",
                stamp=stamp, body="\n".join(body_parts), a=escape(ATTRIBUTION))


def swatch(hex_colour):
    return '<span class="swatch" style="background:{}"></span>'.format(escape(hex_colour))


def table(headers, rows, text_columns=(0,)):
    """rows: lists of already formatted cells; cells in `text_columns` are left-aligned and may
    carry HTML (a swatch), all others are escaped."""
    head = "".join('<th class="{}">{}</th>'.format("text" if i in text_columns else "", escape(h))
                   for i, h in enumerate(headers))
    body = []
    for row in rows:
        cells = "".join('<td class="text">{}</td>'.format(c) if i in text_columns
                        else "<td>{}</td>".format(escape(c)) for i, c in enumerate(row))
        body.append("<tr>{}</tr>".format(cells))
    return "<table><tr>{}</tr>{}</table>".format(head, "".join(body))


def bar_chart(items, unit, width=640, bar_height=18, label_width=230):
    """Horizontal bars: items are (label, value, hex colour); negative values grow to the left and
    are labelled right of the axis, clear of the class names."""
    if not items:
        return ""
    values = [v for _, v, _ in items]
    low, high = min(0.0, min(values)), max(0.0, max(values))
    span = (high - low) or 1.0
    plot = width - label_width - 90
    zero = label_width + plot * (-low / span)
    rows = []
    for i, (label, value, colour) in enumerate(items):
        y = 6 + i * (bar_height + 6)
        x0 = zero + plot * (min(value, 0) / span)
        length = plot * abs(value) / span
        rows.append(
            '<text x="{lx}" y="{ty}" text-anchor="end">{label}</text>'
            '<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{h}" fill="{c}" stroke="#57606a" '
            'stroke-width="0.5"><title>{label}: {v} {u}</title></rect>'
            '<text x="{vx:.1f}" y="{ty}" text-anchor="{anchor}">{v}</text>'.format(
                lx=label_width - 8, ty=y + bar_height - 5, label=escape(label), x=x0, y=y, w=max(length, 0.5),
                h=bar_height, c=escape(colour), v=escape(format_number(value)), u=escape(unit),
                vx=(x0 + length + 4) if value >= 0 else (zero + 4), anchor="start"))
    height = 12 + len(items) * (bar_height + 6)
    axis = '<line x1="{0:.1f}" y1="0" x2="{0:.1f}" y2="{1}" stroke="#8c959f"/>'.format(zero, height)
    return '<svg width="{}" height="{}" role="img">{}{}</svg>'.format(width, height, axis, "".join(rows))


def format_number(value, digits=2):
    if value is None:
        return ""
    if isinstance(value, int) or float(value).is_integer() and abs(value) >= 1000:
        return "{:,}".format(int(round(value))).replace(",", "\u202f")
    return "{:,.{d}f}".format(value, d=digits).replace(",", "\u202f")


def plain_number(value):
    """A count or area as a plain Python number: an int when whole (pixel counts), else a float."""
    if isinstance(value, int):
        return value
    value = float(value)
    return int(value) if value.is_integer() else value


def csv_number(value):
    """A number for CSV: machine-readable, at most six decimals, no trailing zeros."""
    return "{:.6f}".format(value).rstrip("0").rstrip(".") if value else "0"


def notes(lines):
    if not lines:
        return ""
    return '<div class="note">{}</div>'.format("<br>".join(escape(line) for line in lines))


def _mix(low, high, t):
    """A colour between two '#rrggbb' colours, t in 0..1."""
    a = [int(low[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(high[i:i + 2], 16) for i in (1, 3, 5)]
    return "#{:02x}{:02x}{:02x}".format(*(int(round(x + (y - x) * t)) for x, y in zip(a, b)))


def _compact(value):
    """A number short enough for a matrix cell: 0.42, 3.1, 27, 1.2k, 35k, 1.2M."""
    value = float(value)
    magnitude = abs(value)
    if magnitude >= 1e6:
        return "{:.1f}M".format(value / 1e6)
    if magnitude >= 1e4:
        return "{:.0f}k".format(value / 1e3)
    if magnitude >= 1e3:
        return "{:.1f}k".format(value / 1e3)
    if magnitude >= 10:
        return "{:.0f}".format(value)
    if magnitude >= 1:
        return "{:.1f}".format(value)
    return "{:.2f}".format(value)


HEAT_LOW, HEAT_HIGH, HEAT_DIAGONAL = "#fff5f0", "#a50f15", "#eaeaea"


def heat_map(row_labels, column_labels, values, unit, row_colours=None, column_colours=None, cell=46,
             label_width=250):
    """A matrix as an SVG grid of cells. Off-diagonal cells are shaded from pale to dark red by the
    square root of their value over the largest off-diagonal value; the diagonal (persistence, which
    would flatten the scale) is grey. Every non-zero cell shows its value, the full figure on hover.
    `row_colours`/`column_colours` ('#rrggbb') draw a swatch beside each label."""
    rows, columns = len(row_labels), len(column_labels)
    if not rows or not columns:
        return ""
    off = [values[i][j] for i in range(rows) for j in range(columns) if i != j and values[i][j] > 0]
    top = max(off) if off else 1.0
    head = 28
    width = label_width + columns * cell + 8
    height = head + rows * cell + 8
    parts = []
    for j, label in enumerate(column_labels):
        x = label_width + j * cell
        if column_colours:
            parts.append('<rect x="{}" y="2" width="{}" height="8" fill="{}" stroke="#8c959f" stroke-width="0.5"/>'
                         .format(x + 4, cell - 8, escape(column_colours[j])))
        parts.append('<text x="{}" y="{}" text-anchor="middle">{}</text>'.format(
            x + cell / 2, head - 4, escape(label)))
    for i, label in enumerate(row_labels):
        y = head + i * cell
        if row_colours:
            parts.append('<rect x="2" y="{}" width="10" height="10" fill="{}" stroke="#8c959f" stroke-width="0.5"/>'
                         .format(y + cell / 2 - 5, escape(row_colours[i])))
        parts.append('<text x="{}" y="{}">{}</text>'.format(18, y + cell / 2 + 4, escape(label)))
        for j in range(columns):
            value = values[i][j]
            x = label_width + j * cell
            if i == j:
                fill, dark = HEAT_DIAGONAL, False
            elif value > 0:
                t = (value / top) ** 0.5
                fill, dark = _mix(HEAT_LOW, HEAT_HIGH, 0.1 + 0.9 * t), t > 0.55
            else:
                fill, dark = "#ffffff", False
            tip = "{} \u2192 {}: {} {}".format(row_labels[i], column_labels[j], format_number(value), unit)
            parts.append('<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="#d1d9e0"><title>{}</title>'
                         '</rect>'.format(x, y, cell, cell, fill, escape(tip)))
            if value:
                parts.append('<text x="{}" y="{}" text-anchor="middle" style="font-size:11px;fill:{}">{}</text>'.format(
                    x + cell / 2, y + cell / 2 + 4, "#ffffff" if dark else "#1f2328", escape(_compact(value))))
    return '<svg width="{}" height="{}" role="img">{}</svg>'.format(width, height, "".join(parts))
