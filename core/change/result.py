"""The result of a comparison: the from->to counts by status over the window and per zone, and the
tables read from them (matrix, balance, trajectories, the wide CSV).

What is counted, per pixel of the window (or of each zone):
- the full from->to counts over every product code (15 x 15, with "other values"), split by a
  status: kept, uncertain (either year's confidence below the threshold) or below the minimum
  mapping unit (a patch of change smaller than the MMU, treated as no change);
- the matrix of land cover (classes 1-11 in both years): kept changes and persistence, with the
  changes below the MMU put back on the diagonal; uncertain changes stand apart;
- the change raster: from * 100 + to where the class changed (uncertain changes too: the map shows
  every change that survived the MMU), product.NO_CHANGE where it did not or the change was below
  the MMU, product.CHANGE_NODATA where either year is not land cover.
"""

import csv
import io
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np

from .. import files, product
from ..geotiff import as_write_error
from ..i18n import translate
from ..report import csv_number, plain_number
from ..stats import CODES, COLUMNS, OTHER, UNIT_LABELS, UNITS
from ..zones import CENTRE

# Status of a pixel's from->to pair.
KEPT, UNCERTAIN, BELOW_MMU = 0, 1, 2
STATUSES = 3
PAIRS = COLUMNS * COLUMNS  # from column * COLUMNS + to column
KEYS = STATUSES * PAIRS

LAND = np.array([c for c, code in enumerate(CODES) if product.is_land_cover(code)])  # land-cover columns
LAND_CODES = tuple(CODES[c] for c in LAND)


# --- Results ------------------------------------------------------------------------------------

@dataclass
class ZoneChange:
    id: object
    name: str
    counts: np.ndarray  # (STATUSES, COLUMNS, COLUMNS): pixels, fractional under the exact rule
    outside: bool = False


@dataclass
class ChangeResult:
    years: list  # per raster: the reference year, or None where it is not known
    labels: list  # per raster: "2018", or "earlier" / "later" / "intermediate"
    pixel_area_m2: float
    counts: np.ndarray  # (STATUSES, COLUMNS, COLUMNS) over the window, or summed over the zones
    rule: str = CENTRE
    zones: List[ZoneChange] = field(default_factory=list)
    trajectories: Optional[np.ndarray] = None  # COLUMNS ** n counts (n rasters), None with two
    mmu_pixels: int = 0
    connectivity: int = 8
    threshold: Optional[int] = None  # confidence threshold, when confidence layers were given
    raster: Optional[str] = None  # the change raster written
    raster_counts: dict = field(default_factory=dict)  # value -> pixels of the change raster
    warnings: List[str] = field(default_factory=list)
    caveats: List[str] = field(default_factory=list)
    extent: tuple = ()
    sources: list = field(default_factory=list)

    # -- the land-cover views --

    def _counts(self, zone):
        return self.counts if zone is None else zone.counts

    def matrix(self, zone=None):
        """Land cover (classes 1-11) from -> to: kept changes and persistence; changes in patches below
        the MMU count as persistence of the earlier class; uncertain changes are not in it."""
        counts = self._counts(zone)
        main = counts[KEPT][np.ix_(LAND, LAND)].copy()
        below = counts[BELOW_MMU][np.ix_(LAND, LAND)]
        main[np.diag_indices(len(LAND))] += below.sum(axis=1)
        return main

    def uncertain(self, zone=None):
        """Land-cover changes where either year's confidence is below the threshold."""
        return self._counts(zone)[UNCERTAIN][np.ix_(LAND, LAND)].copy()

    def below_mmu(self, zone=None):
        """Land-cover changes in patches smaller than the MMU (counted as persistence in matrix())."""
        return self._counts(zone)[BELOW_MMU][np.ix_(LAND, LAND)].copy()

    def full(self, zone=None):
        """Every product code (and 'other values') from -> to, all statuses together: its row sums are
        the earlier raster's class counts, its column sums the later one's."""
        return self._counts(zone).sum(axis=0)

    def area(self, pixels, unit):
        return float(pixels) * self.pixel_area_m2 / UNITS[unit]

    def compared_pixels(self, zone=None):
        return float(self.matrix(zone).sum() + self.uncertain(zone).sum())

    def changed_pixels(self, zone=None):
        main = self.matrix(zone)
        return float(main.sum() - np.trace(main))

    def not_comparable(self, zone=None):
        """Pixels left out of the matrix because a year is not land cover: {(earlier code or None,
        later code or None): pixels}, None standing for 'other values'."""
        full = self.full(zone)
        result = {}
        land = set(LAND.tolist())
        for i in range(COLUMNS):
            for j in range(COLUMNS):
                if full[i, j] and not (i in land and j in land):
                    result[(_code(i), _code(j))] = plain_number(full[i, j])
        return result

    # -- tables --

    def rows(self, unit="ha", zone=None):
        """The long table: one row per from -> to pair of land-cover classes with any pixel."""
        main, unsure, below = self.matrix(zone), self.uncertain(zone), self.below_mmu(zone)
        from_total = main.sum(axis=1) + unsure.sum(axis=1)
        rows = []
        for i, a in enumerate(LAND_CODES):
            for j, b in enumerate(LAND_CODES):
                if not (main[i, j] or unsure[i, j] or below[i, j]):
                    continue
                rows.append({
                    "from_code": a, "from_name": product.class_label(a),
                    "to_code": b, "to_name": product.class_label(b),
                    "changed": int(a != b),
                    "pixels": plain_number(main[i, j]), "area": self.area(main[i, j], unit),
                    "pct_of_from": 100.0 * float(main[i, j]) / float(from_total[i]) if from_total[i] else None,
                    "uncertain_pixels": plain_number(unsure[i, j]), "uncertain_area": self.area(unsure[i, j], unit),
                    "below_mmu_pixels": plain_number(below[i, j]),
                })
        return rows

    def zone_rows(self, unit="ha"):
        rows = []
        for zone in self.zones:
            for row in self.rows(unit, zone):
                rows.append(dict(zone_id=zone.id, zone_name=zone.name, **row))
        return rows

    def balance(self, unit="ha", zone=None):
        """Per land-cover class (Pontius): area in each year, persistence, gain, loss, net change
        (gain - loss), total change (gain + loss), swap (2 x min(gain, loss)), and the uncertain gain
        and loss set apart. Areas in each year are of the pixels that are land cover in both years;
        later - earlier = net + uncertain gain - uncertain loss."""
        main, unsure = self.matrix(zone), self.uncertain(zone)
        both = main + unsure
        rows = []
        for i, code in enumerate(LAND_CODES):
            persistence = main[i, i]
            gain = main[:, i].sum() - persistence
            loss = main[i, :].sum() - persistence
            values = {"earlier": both[i, :].sum(), "later": both[:, i].sum(), "persistence": persistence,
                      "gain": gain, "loss": loss, "net": gain - loss, "total_change": gain + loss,
                      "swap": 2 * min(gain, loss), "uncertain_gain": unsure[:, i].sum(),
                      "uncertain_loss": unsure[i, :].sum()}
            row = {"code": code, "class_name": product.class_label(code)}
            row.update({key: self.area(value, unit) for key, value in values.items()})
            rows.append(row)
        return rows

    def trajectory_rows(self, unit="ha", top=None, changed_only=False):
        """Trajectories of land cover through every raster (classes 1-11 in each year), most
        frequent first: codes, names, label 'a → b → c', pixels, area, % of the pixels that are land
        cover in every year, and the number of steps where the class changed."""
        if self.trajectories is None:
            return []
        n = len(self.years)
        counts = self.trajectories.reshape((COLUMNS,) * n)
        land = counts[np.ix_(*([LAND] * n))]
        total = float(land.sum())
        order = np.argsort(-land, axis=None, kind="stable")
        rows = []
        for flat in order:
            pixels = land.flat[flat]
            if not pixels:
                break
            index = np.unravel_index(flat, land.shape)
            codes = [LAND_CODES[k] for k in index]
            steps = sum(1 for a, b in zip(codes, codes[1:]) if a != b)
            if changed_only and not steps:
                continue
            rows.append({"codes": codes, "names": [product.class_label(c) for c in codes],
                         "label": " \u2192 ".join(str(c) for c in codes),
                         "pixels": plain_number(pixels), "area": self.area(pixels, unit),
                         "pct": 100.0 * float(pixels) / total if total else None, "changes": steps})
            if top is not None and len(rows) >= top:
                break
        return rows

    def wide_table(self, unit="ha", zone=None):
        """The matrix as rows = earlier classes, columns = later classes (areas in `unit`), with the
        uncertain change and the earlier area per row and a total row."""
        main, unsure = self.matrix(zone), self.uncertain(zone)
        label = "{} \\ {} ({})".format(self.labels[0], self.labels[-1], UNIT_LABELS[unit])
        header = [label] + ["{} {}".format(c, product.class_label(c)) for c in LAND_CODES] + \
            [translate("CLCplusChange", "uncertain change"), translate("CLCplusChange", "total")]
        rows = [header]
        for i, code in enumerate(LAND_CODES):
            rows.append(["{} {}".format(code, product.class_label(code))] +
                        [csv_number(self.area(v, unit)) for v in main[i]] +
                        [csv_number(self.area(unsure[i].sum(), unit)),
                         csv_number(self.area(main[i].sum() + unsure[i].sum(), unit))])
        rows.append([translate("CLCplusChange", "total")] +
                    [csv_number(self.area(v, unit)) for v in main.sum(axis=0)] +
                    [csv_number(self.area(unsure.sum(), unit)),
                     csv_number(self.area(main.sum() + unsure.sum(), unit))])
        return rows

    def write_csv(self, path, unit="ha", zone=None):
        text = io.StringIO(newline="")
        csv.writer(text).writerows(self.wide_table(unit, zone))
        with as_write_error(path):
            files.write_text(path, text.getvalue(), newline="")
        return path


def _code(column):
    return None if column == OTHER else CODES[column]
