"""Land take and the ecosystem extent account (SEEA EA), read from the from -> to matrix of a change
comparison (core/change/) without a second pass over the pixels.

What enters the accounts is exactly what enters ChangeResult.matrix(): pixels that are land cover
(classes 1-11) in both years, with
- changes in patches below the minimum mapping unit counted as unchanged (persistence of the earlier
  class), as the matrix counts them;
- uncertain changes (either year's confidence below the threshold) left out of the accounts
  altogether, opening and closing alike, as they are left out of the matrix (they are shown apart);
- coastal seawater buffer, outside area, no data and other values never in it.
The opening extent of a class is its row sum, the closing its column sum; additions are the column
sum off the diagonal, reductions the row sum off it. In pixels these are integers (pixel-centre rule),
so opening + additions - reductions = closing and sum(additions) = sum(reductions) hold exactly;
areas are those pixel counts times the pixel area.

Land take: pixels that became sealed (product.SEALED) from any other class; returned: sealed pixels
that became another class; net land take = land take - returned. The land of a zone is its compared
area without water (product.WATER) in the earlier year: snow and ice lie on land, as in the land area
of official statistics (total area minus inland water); the sea (253) is not land cover at all.
"""

import csv
import io
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np

from . import files, product
from .change.inputs import year_caveats
from .change.result import LAND_CODES
from .i18n import translate
from .report import csv_number, plain_number
from .stats import UNIT_LABELS, UNITS

SEALED_INDEX = LAND_CODES.index(product.SEALED)
WATER_INDEX = LAND_CODES.index(product.WATER)
ORIGIN_CODES = tuple(c for c in LAND_CODES if c != product.SEALED)  # where land take comes from
ITEMS = ("opening", "additions", "reductions", "net_change", "closing")
LAND_TAKE_FIELDS = (
    ("zone_id", "string"), ("zone_name", "string"), ("unit", "string"), ("years", "int"),
    ("land_area", "double"), ("land_take", "double"), ("returned", "double"), ("net_land_take", "double"),
    ("land_take_per_year", "double"), ("returned_per_year", "double"), ("net_land_take_per_year", "double"),
    ("land_take_pct_of_land", "double"), ("net_land_take_pct_of_land", "double"),
    ("land_take_pixels", "double"), ("returned_pixels", "double"), ("net_land_take_pixels", "double"),
    ("uncertain_land_take", "double"), ("uncertain_returned", "double"), ("below_mmu_land_take", "double"),
) + tuple(("land_take_from_{}".format(c), "double") for c in ORIGIN_CODES) + \
    tuple(("returned_to_{}".format(c), "double") for c in ORIGIN_CODES)
EXTENT_FIELDS = (("zone_id", "string"), ("zone_name", "string"), ("code", "int"), ("class_name", "string"),
                 ("item", "string"), ("item_name", "string"), ("pixels", "double"), ("area", "double"),
                 ("unit", "string"))


def item_labels():
    """{item: its name in the user's language}."""
    return {"opening": translate("CLCplusAccounts", "Opening extent"),
            "additions": translate("CLCplusAccounts", "Additions"),
            "reductions": translate("CLCplusAccounts", "Reductions"),
            "net_change": translate("CLCplusAccounts", "Net change"),
            "closing": translate("CLCplusAccounts", "Closing extent")}


def item_label(item):
    return item_labels()[item]


# --- The accounts of one matrix -----------------------------------------------------------------

def extent_account(matrix):
    """{item: per land-cover class} of a from -> to matrix (rows earlier, columns later, LAND_CODES)."""
    matrix = np.asarray(matrix)
    diagonal = np.diagonal(matrix)
    opening, closing = matrix.sum(axis=1), matrix.sum(axis=0)
    additions, reductions = closing - diagonal, opening - diagonal
    return {"opening": opening, "additions": additions, "reductions": reductions,
            "net_change": additions - reductions, "closing": closing}


def land_take(matrix):
    """(pixels that became sealed per origin class, sealed pixels per class they became), both over
    LAND_CODES with 0 at the sealed class itself."""
    matrix = np.asarray(matrix)
    taken, returned = matrix[:, SEALED_INDEX].copy(), matrix[SEALED_INDEX, :].copy()
    taken[SEALED_INDEX] = returned[SEALED_INDEX] = 0
    return taken, returned


def land_pixels(matrix):
    """The land of a matrix: compared pixels whose earlier class is not water (see the module)."""
    matrix = np.asarray(matrix)
    return matrix.sum() - matrix[WATER_INDEX, :].sum()


# --- Accounts of a comparison ---------------------------------------------------------------------

@dataclass
class Scope:
    """A zone, or the whole compared area (id None): the matrices its accounts are read from."""
    id: object
    name: str
    matrix: np.ndarray  # kept changes and persistence, below-MMU on the diagonal (ChangeResult.matrix)
    uncertain: np.ndarray
    below_mmu: np.ndarray


@dataclass
class LandAccounts:
    years: list  # per raster, None where not known
    labels: list
    pixel_area_m2: float
    scopes: List[Scope]  # the zones, then the total
    threshold: Optional[int] = None
    mmu_pixels: int = 0
    caveats: List[str] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)
    _land_take: dict = field(default_factory=dict, repr=False, compare=False)  # unit -> rows (CSV and report)

    @property
    def period(self):
        """Years between the reference years, or None when either is not known (or they are equal)."""
        first, last = self.years[0], self.years[-1]
        if first is None or last is None or last <= first:
            return None
        return last - first

    def area(self, pixels, unit):
        return float(pixels) * self.pixel_area_m2 / UNITS[unit]

    def total(self):
        return self.scopes[-1]

    def land_take_rows(self, unit="ha"):
        """One row per scope (the zones, then the total); the columns of LAND_TAKE_FIELDS."""
        if unit not in self._land_take:
            self._land_take[unit] = self._land_take_rows(unit)
        return [dict(row) for row in self._land_take[unit]]

    def _land_take_rows(self, unit):
        rows = []
        period = self.period
        for scope in self.scopes:
            taken, returned = land_take(scope.matrix)
            unsure_taken, unsure_returned = land_take(scope.uncertain)
            below_taken = land_take(scope.below_mmu)[0]
            land = land_pixels(scope.matrix)
            take, back = taken.sum(), returned.sum()
            net = take - back
            row = {"zone_id": "" if scope.id is None else str(scope.id), "zone_name": scope.name, "unit": unit,
                   "years": period, "land_area": self.area(land, unit), "land_take": self.area(take, unit),
                   "returned": self.area(back, unit), "net_land_take": self.area(net, unit),
                   "land_take_pixels": plain_number(take), "returned_pixels": plain_number(back),
                   "net_land_take_pixels": plain_number(net),
                   "uncertain_land_take": self.area(unsure_taken.sum(), unit),
                   "uncertain_returned": self.area(unsure_returned.sum(), unit),
                   "below_mmu_land_take": self.area(below_taken.sum(), unit)}
            for key in ("land_take", "returned", "net_land_take"):
                row[key + "_per_year"] = row[key] / period if period else None
            for key in ("land_take", "net_land_take"):
                row[key + "_pct_of_land"] = 100.0 * float(row[key + "_pixels"]) / float(land) if land else None
            for i, code in enumerate(LAND_CODES):
                if code != product.SEALED:
                    row["land_take_from_{}".format(code)] = self.area(taken[i], unit)
                    row["returned_to_{}".format(code)] = self.area(returned[i], unit)
            rows.append(row)
        return rows

    def extent_rows(self, unit="ha"):
        """The extent account, long: one row per scope, class and item (EXTENT_FIELDS)."""
        rows = []
        names, labels = [product.class_label(c) for c in LAND_CODES], item_labels()
        for scope in self.scopes:
            account = extent_account(scope.matrix)
            zone_id = "" if scope.id is None else str(scope.id)
            pixels = {item: account[item].tolist() for item in ITEMS}
            areas = {item: (account[item] * (self.pixel_area_m2 / UNITS[unit])).tolist() for item in ITEMS}
            for i, code in enumerate(LAND_CODES):
                for item in ITEMS:
                    rows.append({"zone_id": zone_id, "zone_name": scope.name, "code": code, "class_name": names[i],
                                 "item": item, "item_name": labels[item], "pixels": plain_number(pixels[item][i]),
                                 "area": areas[item][i], "unit": unit})
        return rows

    def extent_wide(self, unit="ha"):
        """The extent account as SEEA lays it out: per scope the items as rows, the classes as columns
        (areas in `unit`) and their total."""
        header = ["zone_id", "zone_name", "item", "item_name"] + \
            ["{} {} ({})".format(c, product.class_label(c), UNIT_LABELS[unit]) for c in LAND_CODES] + \
            [translate("CLCplusAccounts", "total ({})").format(UNIT_LABELS[unit])]
        rows = [header]
        labels = item_labels()
        factor = self.pixel_area_m2 / UNITS[unit]
        for scope in self.scopes:
            account = extent_account(scope.matrix)
            for item in ITEMS:
                values = account[item]
                rows.append(["" if scope.id is None else str(scope.id), scope.name, item, labels[item]] +
                            [csv_number(v) for v in (values * factor).tolist()] +
                            [csv_number(float(values.sum()) * factor)])
        return rows

    # -- files --

    def write_land_take_csv(self, path, unit="ha"):
        names = [name for name, _ in LAND_TAKE_FIELDS]
        return _write_csv(path, [names] + [[_csv_value(row[n]) for n in names] for row in self.land_take_rows(unit)])

    def write_extent_csv(self, path, unit="ha"):
        keys = ("zone_id", "zone_name", "code", "class_name", "item", "item_name")
        rows = [[name for name, _ in EXTENT_FIELDS]]
        rows += [[row[k] for k in keys] + [_csv_value(row["pixels"]), csv_number(row["area"]), unit]
                 for row in self.extent_rows(unit)]
        return _write_csv(path, rows)

    def write_extent_wide_csv(self, path, unit="ha"):
        return _write_csv(path, self.extent_wide(unit))


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return csv_number(value)
    return value


def _write_csv(path, rows):
    text = io.StringIO(newline="")
    csv.writer(text).writerows(rows)
    return files.write_text(path, text.getvalue(), newline="")


def total_name(zoned):
    return translate("CLCplusAccounts", "All zones") if zoned else translate("CLCplusAccounts", "Compared area")


def from_change(result):
    """The accounts of a core.change.ChangeResult: per zone, then the total (with zones, their sum)."""
    scopes = [Scope(z.id, z.name, result.matrix(z), result.uncertain(z), result.below_mmu(z)) for z in result.zones]
    scopes.append(Scope(None, total_name(bool(result.zones)), result.matrix(), result.uncertain(),
                        result.below_mmu()))
    accounts = LandAccounts(list(result.years), list(result.labels), result.pixel_area_m2, scopes,
                            result.threshold, result.mmu_pixels, list(result.caveats or year_caveats(result.years)))
    accounts.warnings = _warnings(accounts)
    return accounts


def from_matrix_rows(rows, years, labels, unit):
    """The accounts of the whole compared area from the rows of clcplus:changedetection's from-to table
    (from_code, to_code, pixels, area, uncertain_pixels, below_mmu_pixels): what the dock has."""
    index = {code: i for i, code in enumerate(LAND_CODES)}
    size = len(LAND_CODES)
    matrix, uncertain, below = np.zeros((size, size)), np.zeros((size, size)), np.zeros((size, size))
    pixel_area = None
    for row in rows:
        i, j = index.get(row["from_code"]), index.get(row["to_code"])
        if i is None or j is None:
            continue
        matrix[i, j] += row.get("pixels") or 0
        uncertain[i, j] += row.get("uncertain_pixels") or 0
        below[i, j] += row.get("below_mmu_pixels") or 0
        if pixel_area is None and row.get("pixels") and row.get("area") is not None:
            pixel_area = float(row["area"]) * UNITS[unit] / float(row["pixels"])
    if all((m == np.round(m)).all() for m in (matrix, uncertain, below)):  # whole pixels: exact identities
        matrix, uncertain, below = (m.round().astype(np.int64) for m in (matrix, uncertain, below))
    scope = Scope(None, total_name(False), matrix, uncertain, below)
    accounts = LandAccounts(list(years), list(labels), pixel_area or float(product.PIXEL_AREA_M2), [scope],
                            caveats=year_caveats(years))
    accounts.warnings = _warnings(accounts)
    return accounts


def _warnings(accounts):
    warnings = []
    if accounts.period is None:
        first, last = accounts.years[0], accounts.years[-1]
        if first is not None and first == last:
            warnings.append(translate("CLCplusAccounts", "Both rasters are from {}: the per-year figures are "
                                                         "left empty").format(first))
        else:
            warnings.append(translate("CLCplusAccounts", "The year of a raster is not known: the per-year figures "
                                                         "are left empty; give the years to fill them"))
    total = accounts.total()
    if total.uncertain.sum():
        warnings.append(translate(
            "CLCplusAccounts", "{:.2f} ha of uncertain change (low confidence) are left out of the accounts, "
                               "in both the opening and the closing extent").format(
            accounts.area(total.uncertain.sum(), "ha")))
    return warnings


def html_report(accounts, unit="ha", title=None, source=""):
    from .accounts_report import report_html
    return report_html(accounts, unit, title, source)
