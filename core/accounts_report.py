"""The HTML report of the land take and ecosystem extent accounts (core/accounts.py): the tables, a
stacked bar of land take by origin class per zone, opening -> closing bars per class, the caveats."""

from . import product, report
from .accounts import ITEMS, LAND_CODES, ORIGIN_CODES, extent_account, item_label
from .i18n import translate
from .stats import UNIT_LABELS

MAX_ZONES = 30  # zones drawn and tabled in the report; the CSV files hold them all
MAX_ZONE_ACCOUNTS = 5  # zones whose own extent account is shown (the total's always is)


def _heading(text):
    return "<h2>{}</h2>".format(report.escape(text))


def _paragraph(text):
    return "<p>{}</p>".format(report.escape(text))


def report_html(accounts, unit="ha", title=None, source=""):
    label = UNIT_LABELS[unit]
    period = "{} \u2192 {}".format(accounts.labels[0], accounts.labels[-1])
    title = title or translate("CLCplusAccounts", "CLCplus Backbone land take and ecosystem extent {}").format(
        period)
    rows = accounts.land_take_rows(unit)
    shown = rows[:-1][:MAX_ZONES] + rows[-1:]
    parts = [report.notes(accounts.warnings)]
    parts.append(_heading(translate("CLCplusAccounts", "What is counted")))
    parts.append(_paragraph(_what_is_counted(accounts)))
    parts.append(_heading(translate("CLCplusAccounts", "Land take ({})").format(label)))
    parts.append(_land_take_table(shown, label))
    parts.append(_heading(translate("CLCplusAccounts", "Land take by origin class and returned land ({})").format(
        label)))
    parts.append(_paragraph(translate(
        "CLCplusAccounts", "Right of the axis: land that became sealed, by the class it was; left: sealed land that "
                           "became another class. The black mark is the net land take.")))
    parts.append(land_take_chart(shown, label))
    if len(rows) - 1 > MAX_ZONES:
        parts.append(_paragraph(translate("CLCplusAccounts", "{} more zones are in the land-take table (CSV).").format(
            len(rows) - 1 - MAX_ZONES)))
    total = accounts.total()
    parts.append(_heading(translate("CLCplusAccounts", "Ecosystem extent account: {} ({})").format(total.name, label)))
    parts.append(extent_table(accounts, total, unit))
    parts.append(_heading(translate("CLCplusAccounts", "Opening and closing extent per class ({})").format(label)))
    parts.append(opening_closing_chart(accounts, total, unit, accounts.labels))
    for scope in accounts.scopes[:-1][:MAX_ZONE_ACCOUNTS]:
        parts.append(_heading(translate("CLCplusAccounts", "Ecosystem extent account: zone {} ({})").format(
            _zone_text(scope), label)))
        parts.append(extent_table(accounts, scope, unit))
    if len(accounts.scopes) - 1 > MAX_ZONE_ACCOUNTS:
        parts.append(_paragraph(translate(
            "CLCplusAccounts", "The extent accounts of the other zones are in the extent account tables (CSV).")))
    parts.append(_heading(translate("CLCplusAccounts", "Caveats")))
    parts.append("<ul>{}</ul>".format("".join("<li>{}</li>".format(report.escape(c)) for c in accounts.caveats)))
    subtitle = "{}{}".format(source + " \u00b7 " if source else "", period)
    return report.document(title, parts, subtitle)


def _what_is_counted(accounts):
    text = translate(
        "CLCplusAccounts", "Pixels that are land cover in both years. Land take: area that became sealed ({}); "
                           "returned: sealed area that became another class; net land take = land take - returned. "
                           "Land: the compared area without water in the earlier year. Opening + additions - "
                           "reductions = closing for every class, and the additions of all classes equal their "
                           "reductions.").format(product.class_label(product.SEALED))
    if accounts.mmu_pixels:
        text += " " + translate(
            "CLCplusAccounts", "Change in patches below the minimum mapping unit ({} pixels) counts as "
                               "unchanged.").format(accounts.mmu_pixels)
    if accounts.threshold is not None:
        text += " " + translate(
            "CLCplusAccounts", "Uncertain change (confidence below {}) is left out of both the opening and the "
                               "closing extent, as it is left out of the change matrix.").format(accounts.threshold)
    if accounts.period:
        text += " " + translate(
            "CLCplusAccounts", "Per year: divided by the {} years between the reference years.").format(
            accounts.period)
    return text


def _zone_text(scope):
    if scope.id is None:
        return scope.name
    return "{}{}".format(scope.id, " \u2013 " + scope.name if scope.name else "")


def _land_take_table(rows, label):
    headers = [translate("CLCplusAccounts", "Zone"), translate("CLCplusAccounts", "Land ({})").format(label),
               translate("CLCplusAccounts", "Land take"), translate("CLCplusAccounts", "Returned"),
               translate("CLCplusAccounts", "Net land take"), translate("CLCplusAccounts", "Land take per year"),
               translate("CLCplusAccounts", "Net land take per year"),
               translate("CLCplusAccounts", "Land take, % of land"),
               translate("CLCplusAccounts", "Net land take, % of land")]
    body = []
    for row in rows:
        name = row["zone_name"] if not row["zone_id"] else "{}{}".format(
            row["zone_id"], " \u2013 " + row["zone_name"] if row["zone_name"] else "")
        body.append([report.escape(name)] + [report.format_number(row[k]) for k in (
            "land_area", "land_take", "returned", "net_land_take", "land_take_per_year", "net_land_take_per_year")] +
            [report.format_number(row[k], 3) for k in ("land_take_pct_of_land", "net_land_take_pct_of_land")])
    return report.table(headers, body)


def land_take_chart(rows, unit, width=760, bar_height=20, label_width=200):
    """Per row (a zone or the total) a bar: land take stacked by origin class right of the axis,
    returned land stacked by the class it became left of it, a black mark at the net."""
    if not rows:
        return ""
    high = max(max(r["land_take"] for r in rows), 0.0)
    low = max(max(r["returned"] for r in rows), 0.0)
    span = (high + low) or 1.0
    plot = width - label_width - 20
    zero = label_width + plot * low / span
    parts = []
    for n, row in enumerate(rows):
        y = 6 + n * (bar_height + 8)
        name = row["zone_name"] if not row["zone_id"] else "{} {}".format(row["zone_id"], row["zone_name"]).strip()
        parts.append('<text x="{}" y="{}" text-anchor="end">{}</text>'.format(
            label_width - 8, y + bar_height - 6, report.escape(name)))
        x = zero
        for code in ORIGIN_CODES:
            value = row["land_take_from_{}".format(code)]
            if value > 0:
                length = plot * value / span
                tip = translate("CLCplusAccounts", "{}: {} {} became sealed").format(
                    product.class_label(code), report.format_number(value), unit)
                parts.append(_segment(x, y, length, bar_height, code, tip))
                x += length
        x = zero
        for code in ORIGIN_CODES:
            value = row["returned_to_{}".format(code)]
            if value > 0:
                length = plot * value / span
                x -= length
                tip = translate("CLCplusAccounts", "{} {} of sealed land became {}").format(
                    report.format_number(value), unit, product.class_label(code))
                parts.append(_segment(x, y, length, bar_height, code, tip, opacity=0.45))
        net_x = zero + plot * row["net_land_take"] / span
        tip = translate("CLCplusAccounts", "Net land take: {} {}").format(
            report.format_number(row["net_land_take"]), unit)
        parts.append('<rect x="{:.1f}" y="{}" width="2" height="{}" fill="#1f2328"><title>{}</title></rect>'.format(
            net_x - 1, y - 3, bar_height + 6, report.escape(tip)))
    height = 12 + len(rows) * (bar_height + 8)
    axis = '<line x1="{0:.1f}" y1="0" x2="{0:.1f}" y2="{1}" stroke="#8c959f"/>'.format(zero, height)
    chart = '<svg width="{}" height="{}" role="img">{}{}</svg>'.format(width, height, axis, "".join(parts))
    present = [c for c in ORIGIN_CODES if any(r["land_take_from_{}".format(c)] or r["returned_to_{}".format(c)]
                                              for r in rows)]
    legend = " ".join("{}{}".format(report.swatch(product.product_class(c).hex),
                                    report.escape(product.class_label(c))) for c in present)
    return chart + ('<p class="meta">{}</p>'.format(legend) if legend else "")


def _segment(x, y, length, height, code, tip, opacity=1.0):
    return ('<rect x="{:.1f}" y="{}" width="{:.1f}" height="{}" fill="{}" fill-opacity="{}" stroke="#57606a" '
            'stroke-width="0.5"><title>{}</title></rect>').format(
        x, y, max(length, 0.5), height, product.product_class(code).hex, opacity, report.escape(tip))


def extent_table(accounts, scope, unit):
    """One row per class and the total; the items as columns. (The wide CSV keeps the SEEA layout, items
    as rows: eleven class columns do not fit a page, five item columns do.)"""
    account = extent_account(scope.matrix)
    headers = [translate("CLCplusAccounts", "Class")] + [item_label(item) for item in ITEMS]

    def cells(item, value):
        area = accounts.area(value, unit)
        return _signed(area) if item == "net_change" else report.format_number(area)
    body = [[report.escape("{} {}".format(code, product.class_label(code)))] +
            [cells(item, account[item][i]) for item in ITEMS] for i, code in enumerate(LAND_CODES)]
    body.append(["<b>{}</b>".format(report.escape(translate("CLCplusAccounts", "Total")))] +
                [cells(item, account[item].sum()) for item in ITEMS])
    return report.table(headers, body)


def _signed(value):
    return ("+" if value > 0 else "") + report.format_number(value)


def opening_closing_chart(accounts, scope, unit, labels, width=900, bar_height=11, label_width=260):
    """Per class two bars on one scale: the opening extent (pale) above the closing extent."""
    account = extent_account(scope.matrix)
    label = UNIT_LABELS[unit]
    opening = [accounts.area(v, unit) for v in account["opening"]]
    closing = [accounts.area(v, unit) for v in account["closing"]]
    classes = [i for i, _ in enumerate(LAND_CODES) if opening[i] or closing[i]]
    if not classes:
        return _paragraph(translate("CLCplusAccounts", "Nothing was compared."))
    top = max(max(opening), max(closing)) or 1.0
    plot = width - label_width - 200  # room right of the longest bar for its figures
    parts = []
    for n, i in enumerate(classes):
        code = LAND_CODES[i]
        y = 6 + n * (2 * bar_height + 12)
        parts.append('<text x="{}" y="{}" text-anchor="end">{}</text>'.format(
            label_width - 8, y + bar_height + 4, report.escape("{} {}".format(code, product.class_label(code)))))
        for k, (value, opacity, year) in enumerate(((opening[i], 0.35, labels[0]), (closing[i], 1.0, labels[-1]))):
            length = plot * value / top
            tip = "{} {}: {} {}".format(product.class_label(code), year, report.format_number(value), label)
            parts.append('<rect x="{}" y="{}" width="{:.1f}" height="{}" fill="{}" fill-opacity="{}" stroke="#57606a" '
                         'stroke-width="0.5"><title>{}</title></rect>'.format(
                             label_width, y + k * bar_height, max(length, 0.5), bar_height,
                             product.product_class(code).hex, opacity, report.escape(tip)))
        change = closing[i] - opening[i]
        parts.append('<text x="{:.1f}" y="{}">{} \u2192 {} ({})</text>'.format(
            label_width + plot * max(opening[i], closing[i]) / top + 6, y + bar_height + 4,
            report.escape(report.format_number(opening[i])), report.escape(report.format_number(closing[i])),
            report.escape(_signed(change))))
    height = 12 + len(classes) * (2 * bar_height + 12)
    key = translate("CLCplusAccounts", "Pale: {} (opening); full colour: {} (closing).").format(labels[0], labels[-1])
    return '<svg width="{}" height="{}" role="img">{}</svg><p class="meta">{}</p>'.format(
        width, height, "".join(parts), report.escape(key))
