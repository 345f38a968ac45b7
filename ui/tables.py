"""The class-area table of the dock: the rows of clcplus:areastatistics as a sortable Qt model, and the
same rows as CSV (a file) or tab-separated text (the clipboard, for spreadsheets)."""

import csv
import io
import re

from qgis.PyQt.QtCore import QAbstractTableModel, QLocale, QModelIndex, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QColor

from ..core import product

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The fields of clcplus:areastatistics's table, in its order (what CSV files hold).
FIELDS = ("zone_id", "zone_name", "code", "class_name", "pixels", "area", "pct_land_cover", "pct_zone")
DECIMALS = {"m2": 0, "ha": 2, "km2": 4}



def plain(value):
    """A feature attribute as plain Python: NULL becomes None."""
    if value is None:
        return None
    if hasattr(value, "isNull") and callable(value.isNull) and value.isNull():
        return None
    return value


def rows_from_layer(layer):
    """The features of an algorithm's table output as a list of {field: value}."""
    names = layer.fields().names()
    return [{name: plain(feature[name]) for name in names} for feature in layer.getFeatures()]


def class_colour(code):
    try:
        return QColor(*product.product_class(code).rgb)
    except ValueError:
        return QColor(128, 128, 128)


def number_text(value, decimals):
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)


class LocaleNumber(float):
    """A number that formats itself in the user's locale: "{:.1f}".format(LocaleNumber(2.5)) is "2,5" in German,
    so a translated text keeps its placeholders ({w:.1f}) and still shows the user's decimal sign."""

    def __format__(self, spec):
        found = re.fullmatch(r"\.(\d+)f", spec)
        return number_text(float(self), int(found.group(1))) if found else float.__format__(self, spec)


def localised_decimals(text):
    """`text` with its decimal numbers ("12.5", not years or codes) in the user's locale, for texts made by the
    core with Python's formats."""
    return re.sub(r"(?<![\w.,])(\d+)\.(\d+)(?![\w.]|,\d)",
                  lambda m: number_text(float(m.group(0)), len(m.group(2))), text)


class ClassAreaModel(QAbstractTableModel):
    """Rows of clcplus:areastatistics. Columns: [zone,] class, area, % of the land cover (the pixel
    counts and the share of the zone are in the CSV)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = []
        self.unit = "ha"
        self.unit_label = "ha"
        self.zoned = False

    def set_rows(self, rows, unit, unit_label):
        self.beginResetModel()
        self.rows = list(rows)
        self.unit, self.unit_label = unit, unit_label
        self.zoned = len({row["zone_id"] for row in self.rows}) > 1
        self.endResetModel()

    def columns(self):
        names = ["class", "area", "pct_land_cover"]
        return (["zone"] + names) if self.zoned else names

    def headers(self):
        titles = {"zone": self.tr("Zone"), "class": self.tr("Class"), "area": self.unit_label,
                  "pct_land_cover": self.tr("%"), "pixels": self.tr("Pixels")}
        return [titles[c] for c in self.columns()]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and self.columns()[section] == "pct_land_cover":
            return self.tr("Share of the land-cover area (classes 1–11) of the zone")
        if role == Qt.ItemDataRole.ToolTipRole and self.columns()[section] == "area":
            return self.tr("Area in {}").format(self.unit_label)
        return None

    def zone_text(self, row):
        return row["zone_name"] or (str(row["zone_id"]) if row["zone_id"] is not None else self.tr("Whole area"))

    def display(self, row, column):
        if column == "zone":
            return self.zone_text(row)
        if column == "class":
            return "{} {}".format(row["code"], row["class_name"]) if row["code"] is not None else row["class_name"]
        if column == "area":
            return number_text(row["area"], DECIMALS.get(self.unit, 2))
        if column == "pct_land_cover":
            return number_text(row["pct_land_cover"], 1)
        return number_text(row["pixels"], 0 if float(row["pixels"]).is_integer() else 2)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            if column == "zone":
                return self.zone_text(row)
            if column == "class":
                return row["code"] if row["code"] is not None else 999
            value = row["area" if column == "area" else column]
            return -1.0 if value is None else float(value)
        if role == Qt.ItemDataRole.DecorationRole and column == "class" and row["code"] is not None:
            return class_colour(row["code"])
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("zone", "class"):
            return int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "class" and row["code"] is not None:
            cls = product.product_class(row["code"])
            return cls.label if cls.is_land_cover else "{} ({})".format(cls.label, product.translate(cls.description))
        return None


def sorting_proxy(model, parent=None):
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def csv_text(rows, unit):
    """The algorithm's rows as CSV (its field names, area named with its unit), '.' decimals."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([("area_" + unit) if f == "area" else f for f in FIELDS])
    for row in rows:
        writer.writerow([_csv_value(row.get(f)) for f in FIELDS])
    return out.getvalue()


def _csv_value(value):
    """Machine-readable: '' for NULL, whole numbers without '.0' (pixel counts), repr() of other floats."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value


def view_text(view):
    """What a table view shows, in its sort order, tab-separated with a header (for the clipboard)."""
    model = view.model()
    lines = ["\t".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                       for c in range(model.columnCount()))]
    for r in range(model.rowCount()):
        lines.append("\t".join(str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())))
    return "\n".join(lines) + "\n"
