"""The two result pages of the dock: class areas (table, bars, CSV, clipboard) and change (heat map of
the from -> to matrix, net change bars, caveats)."""

from qgis.core import QgsProject
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout,
                                 QHeaderView, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from .. import compat
from ..core import files, product
from . import settings
from .widgets import ButtonRow, narrow, wrap
from .charts import BarChart, HeatMap, NetChangeChart
from .accounts import AccountsView
from .confidence import ConfidenceOption
from .tables import DECIMALS, ClassAreaModel, class_colour, csv_text, number_text, sorting_proxy, view_text


MAX_ROWS = 16  # table rows shown without scrolling


def _note(text=""):
    label = QLabel(text)
    wrap(label)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text):
    label = QLabel("<b>{}</b>".format(text))
    wrap(label)
    return label


class StatsPanel(QWidget):
    """Class areas: zones, the Count button, the table, the chart, copy and export."""

    countRequested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.zones = QgsMapLayerComboBox()
        self.zones.setFilters(compat.LAYER_FILTER_POLYGON)
        self.zones.setAllowEmptyLayer(True)
        self.zones.setToolTip(self.tr("Optional: polygons to count in one by one (districts, parcels, ...). "
                                      "Leave empty to count the whole area of interest."))
        narrow(self.zones)
        self.zone_field = QgsFieldComboBox()
        self.zone_field.setAllowEmptyFieldName(True)
        narrow(self.zone_field)
        self.zones.layerChanged.connect(self._zones_changed)
        self.count = QPushButton(self.tr("Count classes"))
        self.count.setToolTip(self.tr("Fetches the tiles if needed, then counts the area of each class "
                                      "(Processing: Class areas)."))
        self.count.clicked.connect(self.countRequested)
        self.summary = _note(self.tr("Click Count classes to get the area of each class in the area of "
                                     "interest, or in each zone."))

        self.model = ClassAreaModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)  # a long class name takes two lines rather than being cut
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVisible(False)

        self.chart_zone = QComboBox()
        narrow(self.chart_zone)
        self.chart_zone.currentIndexChanged.connect(self._update_chart)
        self.chart = BarChart()
        self.chart.empty_text = self.tr("No land cover here (only sea, outside area or no data).")
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setToolTip(self.tr("Copy the table (as shown, tab-separated) to paste into a spreadsheet."))
        self.copy.clicked.connect(self.copy_to_clipboard)
        self.export = QPushButton(self.tr("Export CSV…"))
        self.export.setToolTip(self.tr("Save every row with the columns of the Processing output, machine-readable: "
                                       "'.' as the decimal point, no thousands separators, whole pixel counts "
                                       "(the panel and Copy use your language's number format)."))
        self.export.clicked.connect(self._export)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Per zone (optional)"), self.zones)
        self.zone_field_label = QLabel(self.tr("Zone names from"))
        form.addRow(self.zone_field_label, self.zone_field)
        buttons = ButtonRow(self.copy, self.export)
        self.results = QWidget()
        results = QVBoxLayout(self.results)
        results.setContentsMargins(0, 0, 0, 0)
        results.addWidget(self.table)
        self.chart_zone_row = QWidget()
        zone_row = QHBoxLayout(self.chart_zone_row)
        zone_row.setContentsMargins(0, 0, 0, 0)
        zone_row.addWidget(QLabel(self.tr("Chart of")))
        zone_row.addWidget(self.chart_zone, 1)
        results.addWidget(self.chart_zone_row)
        results.addWidget(self.chart)
        results.addWidget(buttons)
        self.results.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 6, 2, 2)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        layout.addStretch(1)
        self._restore()

    # --- zones --------------------------------------------------------------------------------------

    def zone_layer(self):
        return self.zones.currentLayer()

    def _zones_changed(self, layer):
        self.zone_field.setLayer(layer)
        self.zone_field.setEnabled(layer is not None)
        self.zone_field_label.setEnabled(layer is not None)
        settings.set_value("zone_layer", layer.id() if layer else "")

    def _restore(self):
        layer = QgsProject.instance().mapLayer(settings.value("zone_layer"))
        self.zones.setLayer(layer)
        self._zones_changed(layer)
        if layer is not None and settings.value("zone_field") in layer.fields().names():
            self.zone_field.setField(settings.value("zone_field"))
        self.zone_field.fieldChanged.connect(lambda name: settings.set_value("zone_field", name or ""))

    # --- results ------------------------------------------------------------------------------------

    def show_rows(self, rows, unit, unit_label, summary):
        self.model.set_rows(rows, unit, unit_label)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the algorithm's order
        self.summary.setText(summary)
        zones = []
        for row in rows:
            if row["zone_id"] not in [z[0] for z in zones]:
                zones.append((row["zone_id"], self.model.zone_text(row)))
        self.chart_zone.blockSignals(True)
        self.chart_zone.clear()
        if len(zones) > 1:
            self.chart_zone.addItem(self.tr("All zones (sum)"), "all")
        for zone_id, text in zones:
            self.chart_zone.addItem(text, zone_id)
        self.chart_zone.blockSignals(False)
        self.chart_zone_row.setVisible(len(zones) > 1)
        header = self.table.horizontalHeader()
        for index, column in enumerate(self.model.columns()):
            mode = {"class": QHeaderView.ResizeMode.Stretch, "zone": QHeaderView.ResizeMode.Interactive}.get(
                column, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(index, mode)
        if self.model.zoned:  # zone names may be long: a quarter of the table at most, the user can widen it
            self.table.resizeColumnToContents(0)
            header.resizeSection(0, min(header.sectionSize(0), max(70, self.width() // 4)))
        self.table.setVisible(True)
        self.results.setVisible(True)
        self.fit_table()
        self._update_chart()

    def fit_table(self):
        """Rows as tall as their wrapped text, the table as tall as its rows (up to MAX_ROWS): one scroll bar, the
        dock's, is enough."""
        if not self.model.rows:
            return
        self.table.resizeRowsToContents()
        rows = self.table.verticalHeader()
        shown = sum(rows.sectionSize(i) for i in range(min(self.model.rowCount(), MAX_ROWS)))
        height = self.table.horizontalHeader().sizeHint().height() + shown + 2 * self.table.frameWidth()
        if self.table.height() != height:
            self.table.setFixedHeight(height)

    def resizeEvent(self, event):  # noqa: N802 - Qt API
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_table)  # after the columns took the new width
        if not getattr(self, "_fits_columns", False):  # the columns may take it later still: fit again then
            self._fits_columns = True
            self.table.horizontalHeader().sectionResized.connect(lambda *args: QTimer.singleShot(0, self.fit_table))

    def _update_chart(self):
        choice = self.chart_zone.currentData()
        totals = {}
        for row in self.model.rows:
            if row["code"] is None or not product.is_land_cover(row["code"]):
                continue
            if choice != "all" and row["zone_id"] != choice:
                continue
            totals[row["code"]] = totals.get(row["code"], 0.0) + row["area"]
        land = sum(totals.values()) or 1.0
        decimals = DECIMALS.get(self.model.unit, 2)
        unit_label = self.model.unit_label
        bars = []
        for code in sorted(totals):
            area = totals[code]
            bars.append(("{} {}".format(code, product.class_label(code)), area, class_colour(code),
                         self.tr("{name}: {area} {unit} ({pct} % of the land cover)").format(
                             name=product.class_label(code), area=number_text(area, decimals), unit=unit_label,
                             pct=number_text(100.0 * area / land, 1))))
        self.chart.set_bars(bars, lambda v: "{} {}".format(number_text(v, decimals), unit_label))

    def copy_to_clipboard(self):
        QGuiApplication.clipboard().setText(view_text(self.table))

    def _export(self):
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export class areas"), "clcplus_class_areas.csv",
                                                    self.tr("CSV files (*.csv)"))
        if path:
            try:
                self.export_csv(path)
            except OSError as e:
                QMessageBox.warning(self, self.tr("Export class areas"), self.tr(
                    "Cannot write {}: {}. Choose a folder you can write to.").format(path, e.strerror or e))

    def export_csv(self, path):
        return files.write_text(path, csv_text(self.model.rows, self.model.unit), newline="")


class ChangePanel(QWidget):
    """Change between the two years: the Compare button, heat map, net change, caveats."""

    compareRequested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.compare = QPushButton(self.tr("Compare years"))
        self.compare.setToolTip(self.tr("Fetches both years if needed, then compares them pixel by pixel "
                                        "(Processing: Change between years) and adds the change layer."))
        self.compare.clicked.connect(self.compareRequested)
        self.summary = _note(self.tr("Choose a year to compare with under Years, then click the Compare button "
                                     "above."))
        self.matrix_title = _heading("")
        self.matrix_help = _note(self.tr("Rows: class in the earlier year; columns: class in the later year. "
                                         "Darker cells: more area changed. Hover a cell for its area."))
        self.heat_map = HeatMap()
        self.cell_info = _note()
        self.heat_map.hoveredChanged.connect(self._describe_cell)
        self.net_title = _heading(self.tr("Net change per class"))
        self.net = NetChangeChart()
        self.caveats = _note()
        self.accounts = AccountsView()  # land take and extent account of the same comparison
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        caveat_layout = QVBoxLayout(frame)
        caveat_layout.setContentsMargins(4, 4, 4, 4)
        caveat_layout.addWidget(_heading(self.tr("Read with care")))
        caveat_layout.addWidget(self.caveats)
        self.results = QWidget()
        results = QVBoxLayout(self.results)
        results.setContentsMargins(0, 0, 0, 0)
        for widget in (self.matrix_title, self.matrix_help, self.heat_map, self.cell_info, self.net_title, self.net,
                       self.accounts, frame):
            results.addWidget(widget)
        self.results.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 6, 2, 2)  # the tab's frame is margin enough: the room goes to the heat map
        layout.addWidget(self.compare)
        self.confidence = ConfidenceOption()  # the years' confidence layers, as the Processing tool offers
        layout.addWidget(self.confidence)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        layout.addStretch(1)
        self.matrix_rows = []
        self.balance_rows = []
        self.largest = None
        self._cell_text = None

    def _describe_cell(self, pair):
        """Under the heat map: the cell under the mouse, else the largest change."""
        shown = pair or self.largest
        if shown is None:
            self.cell_info.setText(self.tr("No pixel changed class."))
            return
        text = self._cell_text(*shown)
        self.cell_info.setText(text if pair else self.tr("Largest change: {}").format(text))

    def show_change(self, earlier, later, matrix_rows, balance_rows, unit, unit_label, summary, caveats):
        self.matrix_rows, self.balance_rows = list(matrix_rows), list(balance_rows)
        decimals = DECIMALS.get(unit, 2)

        def fmt(value):
            return "{} {}".format(number_text(value, decimals), unit_label)

        cells, pct = {}, {}
        for row in matrix_rows:
            pair = (row["from_code"], row["to_code"])
            cells[pair] = cells.get(pair, 0.0) + (row["area"] or 0.0)
            pct[pair] = row["pct_of_from"]
        codes = sorted({c for pair, v in cells.items() if v > 0 for c in pair if product.is_land_cover(c)})
        names = {c: product.class_label(c) for c in codes}

        def tooltip(from_code, to_code):
            area = cells.get((from_code, to_code), 0.0)
            share = pct.get((from_code, to_code))
            text = self.tr("{earlier}: {from_name}\n{later}: {to_name}\n{area}").format(
                earlier=earlier, later=later, from_name=names[from_code], to_name=names[to_code], area=fmt(area))
            if share is not None and area:
                text += self.tr(" ({} % of {} in {})").format(number_text(share, 1), names[from_code], earlier)
            if from_code == to_code:
                text += "\n" + self.tr("unchanged")
            return text

        def one_line(from_code, to_code):
            area = cells.get((from_code, to_code), 0.0)
            if from_code == to_code:
                return self.tr("{code} {name} unchanged: {area}").format(code=from_code, name=names[from_code],
                                                                         area=fmt(area))
            text = self.tr("{a} {from_name} → {b} {to_name}: {area}").format(
                a=from_code, from_name=names[from_code], b=to_code, to_name=names[to_code], area=fmt(area))
            share = pct.get((from_code, to_code))
            if share is not None and area:
                text += self.tr(" ({pct} % of class {code} in {year})").format(pct=number_text(share, 1),
                                                                             code=from_code, year=earlier)
            return text

        self._cell_text = one_line
        self.heat_map.set_matrix(codes, {c: class_colour(c) for c in codes}, names, cells, fmt, tooltip)
        changed = [(area, pair) for pair, area in cells.items() if pair[0] != pair[1] and area > 0]
        self.largest = max(changed)[1] if changed else None
        self._describe_cell(None)
        self.matrix_title.setText("<b>{}</b>".format(self.tr("From {} (rows) to {} (columns)").format(earlier, later)))
        bars = []
        for row in balance_rows:
            code = row["code"]
            if not product.is_land_cover(code) or not (row["gain"] or row["loss"]):
                continue
            bars.append(("{} {}".format(code, product.class_label(code)), row["net"] or 0.0, class_colour(code),
                         self.tr("{name}: gain {gain}, loss {loss}, net {net}").format(
                             name=product.class_label(code), gain=fmt(row["gain"] or 0.0),
                             loss=fmt(row["loss"] or 0.0), net=fmt(row["net"] or 0.0))))
        self.net.empty_text = self.tr("No class gained or lost area.")
        self.net.set_bars(bars, lambda v: ("+" if v > 0 else "") + fmt(v))
        self.accounts.show_accounts(earlier, later, matrix_rows, unit, unit_label)
        self.summary.setText(summary)
        self.caveats.setText("\n".join("• " + text for text in caveats))
        self.results.setVisible(True)
