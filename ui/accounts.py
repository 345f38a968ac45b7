"""Land take and the ecosystem extent account in the dock's Change page: one more view of the comparison
already computed (the from-to table of clcplus:changedetection), read by core/accounts.py."""

from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtGui import QFontMetrics, QGuiApplication
from qgis.PyQt.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableWidget,
                                 QTableWidgetItem, QVBoxLayout, QWidget)

from ..core import accounts, product
from .charts import NetChangeChart
from .tables import DECIMALS, class_colour, number_text
from .widgets import ButtonRow, wrap


def _label(text=""):
    label = wrap(QLabel(text))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AccountsView(QWidget):
    """Land take (a summary and a bar per class: taken from it right, returned to it left) and the extent
    account (per class: earlier extent, additions, reductions, later extent)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = _label("<b>{}</b>".format(self.tr("Land take")))
        self.summary = _label()
        self.chart = NetChangeChart()
        self.chart.empty_text = self.tr("No land became sealed and no sealed land became another class.")
        self.extent_title = _label("<b>{}</b>".format(self.tr("Ecosystem extent account")))
        self.extent_help = _label()
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)  # long class names take more lines rather than being cut
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().sectionResized.connect(self._fit_table)
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setToolTip(self.tr("Copy the extent account (as shown, tab-separated) to paste into a "
                                     "spreadsheet; the land-take tables are written by the Processing tool "
                                     "Land take and ecosystem extent accounts."))
        self.copy.clicked.connect(self.copy_to_clipboard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.summary, self.chart, self.extent_title, self.extent_help, self.table,
                       ButtonRow(self.copy)):
            layout.addWidget(widget)
        self.accounts = None
        self.lines = []

    def show_accounts(self, earlier, later, matrix_rows, unit, unit_label):
        """The accounts of the from-to rows of clcplus:changedetection (whole compared area)."""
        years = [int(y) if str(y).isdigit() else None for y in (earlier, later)]
        self.accounts = books = accounts.from_matrix_rows(matrix_rows, years, [str(earlier), str(later)], unit)
        decimals = DECIMALS.get(unit, 2)

        def fmt(value):
            return "{} {}".format(number_text(value, decimals), unit_label)

        row = books.land_take_rows(unit)[-1]
        text = self.tr("{earlier} → {later}: {take} became sealed, {back} of sealed land became another class; "
                       "net land take {net}.").format(earlier=earlier, later=later, take=fmt(row["land_take"]),
                                                      back=fmt(row["returned"]), net=fmt(row["net_land_take"]))
        if row["years"]:
            text += " " + self.tr("Net land take per year: {} ({} years).").format(
                fmt(row["net_land_take_per_year"]), row["years"])
        if row["land_take_pct_of_land"] is not None:
            text += " " + self.tr("Land take: {} % of the land (the compared area without water).").format(
                number_text(row["land_take_pct_of_land"], 3))
        self.summary.setText(text)
        bars = []
        for code in accounts.ORIGIN_CODES:
            taken, returned = row["land_take_from_{}".format(code)], row["returned_to_{}".format(code)]
            if taken or returned:
                name = product.class_label(code)
                bars.append(("{} {}".format(code, name), taken - returned, class_colour(code),
                             self.tr("{name}: {taken} became sealed, {returned} of sealed land became {name}").format(
                                 name=name, taken=fmt(taken), returned=fmt(returned))))
        self.chart.set_bars(bars, lambda v: ("+" if v > 0 else "") + fmt(v))
        self.extent_help.setText(self.tr(
            "Per class: area in {earlier}, additions, reductions, area in {later} ({unit}). Only land cover "
            "compared in both years; uncertain change is left out, change below the minimum mapping unit "
            "counts as unchanged.").format(earlier=earlier, later=later, unit=unit_label))
        self._fill_table(books, unit, decimals, earlier, later)

    def _fill_table(self, books, unit, decimals, earlier, later):
        """Per class a line with its name (across the table, so that a narrow dock cuts nothing) and a
        line with its figures; the total last, in bold."""
        account = accounts.extent_account(books.total().matrix)
        columns = ("opening", "additions", "reductions", "closing")
        self.table.clearSpans()
        self.table.setHorizontalHeaderLabels([str(earlier), "+", "−", str(later)])
        for column, item in enumerate(columns):
            self.table.horizontalHeaderItem(column).setToolTip(accounts.item_label(item))
        shown = [i for i, _ in enumerate(accounts.LAND_CODES) if account["opening"][i] or account["closing"][i]]
        self.table.setRowCount(2 * (len(shown) + 1))
        self.lines = []  # (class, figures as shown): what Copy gives
        for n, i in enumerate(shown + [None]):
            code = accounts.LAND_CODES[i] if i is not None else None
            name = "{} {}".format(code, product.class_label(code)) if code is not None else self.tr("Total")
            values = [account[item][i] if i is not None else account[item].sum() for item in columns]
            net = account["net_change"][i] if i is not None else 0
            figures = [number_text(books.area(v, unit), decimals) for v in values]
            tip = self.tr("{name}: {opening} in {earlier}, +{additions}, −{reductions}, {closing} in {later} "
                          "(net change {net})").format(
                name=name, earlier=earlier, later=later, net=number_text(books.area(net, unit), decimals),
                **dict(zip(columns, figures)))
            self.lines.append((name, figures))
            cell = QTableWidgetItem(name)
            if code is not None:
                cell.setData(Qt.ItemDataRole.DecorationRole, class_colour(code))
            cells = [(2 * n, 0, cell)] + [(2 * n + 1, c, QTableWidgetItem(f)) for c, f in enumerate(figures)]
            self.table.setSpan(2 * n, 0, 1, len(columns))
            for row, column, cell in cells:
                cell.setToolTip(tip)
                if row % 2:
                    cell.setData(Qt.ItemDataRole.TextAlignmentRole,
                                 int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter))
                if code is None:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        self._fit_table()

    def _fit_table(self, *args):
        """Rows as high as their class names wrapped across the table (Qt would wrap them in the first
        column), the table as high as its rows: no scroll bar."""
        self.table.resizeRowsToContents()
        width = max(self.table.viewport().width() - self.table.iconSize().width() - 16, 40)
        for row in range(0, self.table.rowCount(), 2):
            item = self.table.item(row, 0)
            if item is not None:
                text = QFontMetrics(item.font()).boundingRect(QRect(0, 0, width, 10000),
                                                              int(Qt.TextFlag.TextWordWrap), item.text())
                self.table.setRowHeight(row, text.height() + 6)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + \
            sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height)

    def resizeEvent(self, event):  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_table()

    def table_text(self):
        """The extent account as shown, tab-separated: class, the two years' areas, additions, reductions."""
        header = [self.tr("Class")] + [self.table.horizontalHeaderItem(c).text() for c in range(4)]
        return "\n".join("\t".join([name] + figures) for name, figures in [(header[0], header[1:])] + self.lines) + "\n"

    def copy_to_clipboard(self):
        QGuiApplication.clipboard().setText(self.table_text())
