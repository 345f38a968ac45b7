"""The HTML report of a comparison: summary, the matrix as a heat map, net change as bars, the
balance, the largest changes, trajectories, zones and the caveats."""

import numpy as np

from .. import product
from ..i18n import translate
from ..stats import UNIT_LABELS
from .result import LAND_CODES

MAX_ZONE_ROWS = 50
TOP_CHANGES = 15


def html_report(result, unit="ha", title=None, source=""):
    """The report: summary, the matrix as a heat map, net change as bars, the balance, the largest
    changes, trajectories, zones, and the caveats."""
    from .. import report

    label = UNIT_LABELS[unit]
    period = "{} \u2192 {}".format(result.labels[0], result.labels[-1])
    title = title or translate("CLCplusChange", "CLCplus Backbone change {}").format(period)
    parts = [report.notes([w for w in result.warnings if w not in result.caveats])]
    parts.append(_heading(translate("CLCplusChange", "Summary")))
    parts.append(_summary_table(result, unit, label))
    parts.append(_heading(translate("CLCplusChange", "From → to ({})").format(label)))
    parts.append("<p>{}</p>".format(report.escape(translate("CLCplusChange",
        "Rows: {} classes; columns: {} classes. The diagonal (grey) is persistence; the shade of the other "
        "cells grows with their area.").format(result.labels[0], result.labels[-1]))))
    main = result.matrix()
    names = ["{} {}".format(c, product.class_label(c)) for c in LAND_CODES]
    colours = [product.product_class(c).hex for c in LAND_CODES]
    areas = [[result.area(v, unit) for v in row] for row in main]
    parts.append(report.heat_map(names, [str(c) for c in LAND_CODES], areas, label, colours, colours))
    if result.uncertain().sum():
        parts.append("<p>{}</p>".format(report.escape(translate("CLCplusChange",
            "Uncertain change (confidence below {} in either year) is not in this matrix: {} {}.").format(
                result.threshold, report.format_number(result.area(result.uncertain().sum(), unit)), label))))
    balance = result.balance(unit)
    parts.append(_heading(translate("CLCplusChange", "Net change per class ({})").format(label)))
    parts.append(report.bar_chart([(row["class_name"], row["net"], product.product_class(row["code"]).hex)
                                   for row in balance], label))
    parts.append(_heading(translate("CLCplusChange", "Balance per class ({})").format(label)))
    parts.append(_balance_table(balance, label))
    parts.append(_heading(translate("CLCplusChange", "Largest changes")))
    parts.append(_top_changes(result, unit, label))
    if result.trajectories is not None:
        parts.append(_heading(translate("CLCplusChange", "Most frequent trajectories with a change")))
        parts.append(_trajectory_table(result, unit, label))
    if result.zones:
        parts.append(_heading(translate("CLCplusChange", "Zones")))
        parts.append(_zone_table(result, unit, label))
    parts.append(_heading(translate("CLCplusChange", "Caveats")))
    parts.append("<ul>{}</ul>".format("".join("<li>{}</li>".format(report.escape(c)) for c in result.caveats)))
    if len(result.labels) > 2:
        period += " " + translate("CLCplusChange", "(trajectories through {})").format(", ".join(result.labels[1:-1]))
    subtitle = "{}{}".format(source + " \u00b7 " if source else "", period)
    return report.document(title, parts, subtitle)


def _heading(text):
    from .. import report
    return "<h2>{}</h2>".format(report.escape(text))


def _summary_table(result, unit, label):
    from .. import report

    compared = result.compared_pixels()
    rows = []

    def add(text, pixels, share=True):
        rows.append([report.escape(text), report.format_number(result.area(pixels, unit)),
                     report.format_number(100.0 * pixels / compared) if share and compared else ""])

    add(translate("CLCplusChange", "Compared (land cover in both years)"), compared)
    add(translate("CLCplusChange", "Changed"), result.changed_pixels())
    add(translate("CLCplusChange", "Unchanged"), float(np.trace(result.matrix())))
    if result.threshold is not None:
        add(translate("CLCplusChange", "Uncertain change (confidence below {})").format(result.threshold),
            float(result.uncertain().sum()))
    if result.mmu_pixels:
        text = translate("CLCplusChange", "Change in patches below the MMU ({} pixels, connectivity {}), counted as "
                                          "unchanged")
        add(text.format(result.mmu_pixels, result.connectivity), float(result.below_mmu().sum()))
    for (a, b), pixels in sorted(result.not_comparable().items(), key=lambda item: -item[1])[:8]:
        add(translate("CLCplusChange", "Not comparable: {} {} → {} {}").format(
            result.labels[0], _code_text(a), result.labels[-1], _code_text(b)), pixels, share=False)
    headers = ["", translate("CLCplusChange", "Area ({})").format(label), translate("CLCplusChange", "% of compared")]
    return report.table(headers, rows)


def _code_text(code):
    if code is None:
        return translate("CLCplusChange", "other values")
    return "{} ({})".format(code, product.class_label(code))


def _balance_table(balance, label):
    from .. import report

    keys = ("earlier", "later", "persistence", "gain", "loss", "net", "swap", "uncertain_gain", "uncertain_loss")
    headers = [translate("CLCplusChange", "Class"), translate("CLCplusChange", "Earlier"),
               translate("CLCplusChange", "Later"), translate("CLCplusChange", "Persistence"),
               translate("CLCplusChange", "Gain"), translate("CLCplusChange", "Loss"),
               translate("CLCplusChange", "Net"),
               translate("CLCplusChange", "Swap"), translate("CLCplusChange", "Uncertain gain"),
               translate("CLCplusChange", "Uncertain loss")]
    rows = []
    for row in balance:
        rows.append([report.swatch(product.product_class(row["code"]).hex) + report.escape(row["class_name"])] +
                    [report.format_number(row[k]) for k in keys])
    return report.table(headers, rows)


def _top_changes(result, unit, label):
    from .. import report

    rows = sorted((r for r in result.rows(unit) if r["changed"] and r["pixels"]), key=lambda r: -r["pixels"])
    body = [[report.swatch(product.product_class(r["from_code"]).hex) + report.escape(r["from_name"]),
             report.swatch(product.product_class(r["to_code"]).hex) + report.escape(r["to_name"]),
             report.format_number(r["area"]), report.format_number(r["pct_of_from"])]
            for r in rows[:TOP_CHANGES]]
    if not body:
        return "<p>{}</p>".format(report.escape(translate("CLCplusChange", "No change.")))
    headers = [translate("CLCplusChange", "From"), translate("CLCplusChange", "To"),
               translate("CLCplusChange", "Area ({})").format(label), translate("CLCplusChange", "% of the from-class")]
    return report.table(headers, body, text_columns=(0, 1))


def _trajectory_table(result, unit, label):
    from .. import report

    rows = result.trajectory_rows(unit, top=TOP_CHANGES, changed_only=True)
    if not rows:
        return "<p>{}</p>".format(report.escape(translate("CLCplusChange", "No change.")))
    body = [[" \u2192 ".join(report.swatch(product.product_class(c).hex) + report.escape(name)
                             for c, name in zip(r["codes"], r["names"])),
             report.format_number(r["area"]), report.format_number(r["pct"], 3)] for r in rows]
    headers = [" \u2192 ".join(result.labels), translate("CLCplusChange", "Area ({})").format(label),
               translate("CLCplusChange", "% of land cover")]
    return report.table(headers, body)


def _zone_table(result, unit, label):
    from .. import report

    body = []
    for zone in result.zones[:MAX_ZONE_ROWS]:
        compared = result.compared_pixels(zone)
        changed = result.changed_pixels(zone)
        body.append([report.escape("{}{}".format(zone.id, " \u2013 " + zone.name if zone.name else "")),
                     report.format_number(result.area(compared, unit)),
                     report.format_number(result.area(changed, unit)),
                     report.format_number(100.0 * changed / compared) if compared else ""])
    table = report.table([translate("CLCplusChange", "Zone"), translate("CLCplusChange", "Compared ({})").format(label),
                          translate("CLCplusChange", "Changed ({})").format(label),
                          translate("CLCplusChange", "% changed")], body)
    if len(result.zones) > MAX_ZONE_ROWS:
        more = translate("CLCplusChange", "{} more zones are in the per-zone table.")
        table += "<p>{}</p>".format(report.escape(more.format(len(result.zones) - MAX_ZONE_ROWS)))
    return table
