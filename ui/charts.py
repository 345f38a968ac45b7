"""Small charts drawn with QPainter, in the palette of the dock (light or dark theme):

- BarChart: horizontal bars in the class colours (class areas);
- HeatMap: the from -> to matrix, one cell per pair of classes, darker = more area; hovering a cell
  tells its area;
- NetChangeChart: net change per class as bars left (loss) or right (gain) of zero.
"""

import math

from qgis.PyQt.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from qgis.PyQt.QtWidgets import QSizePolicy, QToolTip, QWidget

MARGIN = 4
HEAT_COLOUR = QColor(217, 95, 2)  # an orange that reads on white and on dark grey


def blend(a, b, t):
    """The colour t of the way from a to b."""
    t = max(0.0, min(1.0, t))
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def _border(colour, palette):
    """A frame that keeps a bar visible whatever its colour and the background."""
    base = palette.color(QPalette.ColorRole.Base)
    return palette.color(QPalette.ColorRole.Mid) if abs(colour.lightness() - base.lightness()) < 60 else colour


class _Chart(QWidget):
    """Shared parts: a rows-of-text layout, tooltips by position, a message when empty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.empty_text = ""
        self._fit_pending = False
        self._recent_widths = []  # the last widths fitted for (see resizeEvent)

    def row_height(self):
        return max(18, QFontMetrics(self.font()).height() + 6)

    # A chart is as tall as its width needs (heightForWidth). The height is fitted after a resize,
    # from the event loop: fitted inside resizeEvent, a new height that shows or hides the panel's
    # scroll bar changes the width again, and the resizes nest until the stack overflows (a crash
    # seen on QGIS 3.40 at 280 px in German). Where the width swings back and forth, the taller
    # height is kept.

    def resizeEvent(self, event):  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self._fit_height)

    def _fit_height(self):
        self._fit_pending = False
        width = self.width()
        height = self.heightForWidth(width)
        if width in self._recent_widths[:-1]:  # the width came back: a scroll bar toggling, keep the taller
            height = max(height, self.minimumHeight())
        self._recent_widths = (self._recent_widths + [width])[-3:]
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def event(self, event):
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, pos):
        return ""

    def _paint_empty(self, painter):
        if self.empty_text:
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                             self.empty_text)


class BarChart(_Chart):
    """Horizontal bars: set_bars([(label, value, QColor, tooltip), ...], value_format).

    Where the labels fit beside the bars (a wide dock) each class takes one line; in a narrow dock the
    label and value take a line and the bar the line below, so no class name is cut short."""

    BAR = 10  # bar thickness in the two-line layout

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars = []
        self.value_format = "{:.2f}".format
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars, value_format=None):
        self.bars = list(bars)
        if value_format is not None:
            self.value_format = value_format
        self.setMinimumHeight(self.heightForWidth(max(self.width(), 1)))
        self.updateGeometry()
        self.update()

    # --- layout -----------------------------------------------------------------------------------

    def _widths(self, width):
        metrics = QFontMetrics(self.font())
        label = max([metrics.horizontalAdvance(b[0]) for b in self.bars] + [0]) + 8
        value = max([metrics.horizontalAdvance(self.value_format(b[1])) for b in self.bars] + [0]) + 8
        return label, value

    def stacked(self, width=None):
        """True when labels go above the bars (they would take more than 40 % of the width beside them)."""
        width = (self.width() if width is None else width) - 2 * MARGIN
        return self._widths(width + 2 * MARGIN)[0] > 0.4 * width

    def row_height_for(self, width):
        if self.stacked(width):
            return 2 * QFontMetrics(self.font()).height() + 4
        return self.row_height()

    def hasHeightForWidth(self):  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width):  # noqa: N802 - Qt API
        return 2 * MARGIN + max(1, len(self.bars)) * self.row_height_for(width)

    def sizeHint(self):  # noqa: N802 - Qt API
        return QSize(300, self.heightForWidth(300))

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        return QSize(120, self.heightForWidth(self.width() or 300))


    def _row_at(self, pos):
        h = self.row_height_for(self.width())
        index = int((pos.y() - MARGIN) // h)
        return index if 0 <= index < len(self.bars) and pos.y() >= MARGIN else None

    def tooltip_at(self, pos):
        index = self._row_at(pos)
        return self.bars[index][3] if index is not None else ""

    # --- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event):  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if not self.bars:
            self._paint_empty(painter)
            return
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        width = self.width() - 2 * MARGIN
        label_width, value_width = self._widths(self.width())
        stacked = self.stacked()
        h = self.row_height_for(self.width())
        line = metrics.height()
        for i, (label, value, colour, _tip) in enumerate(self.bars):
            y = MARGIN + i * h
            value_text = self.value_format(value)
            painter.setPen(text)
            if stacked:  # the label on its own line, the bar and its value on the next
                painter.drawText(QRectF(MARGIN, y, width, line),
                                 int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter),
                                 metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(width)))
                painter.drawText(QRectF(MARGIN, y + line, width, line),
                                 int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter), value_text)
                room = QRectF(MARGIN, y + line + (line - self.BAR) / 2.0, width - value_width, self.BAR)
                self.paint_bar(painter, palette, colour, value, room)
            else:
                painter.drawText(QRectF(MARGIN, y, label_width - 8, h),
                                 int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter), label)
                painter.drawText(QRectF(MARGIN + width - value_width, y, value_width, h),
                                 int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter), value_text)
                room = QRectF(MARGIN + label_width, y + 3, width - label_width - value_width - 4, h - 6)
                self.paint_bar(painter, palette, colour, value, room)
        self.paint_axis(painter, palette, stacked, label_width, value_width, h)

    def scale(self):
        return max((b[1] for b in self.bars), default=0) or 1

    def paint_bar(self, painter, palette, colour, value, room):
        length = room.width() * max(0.0, value) / self.scale()
        if length > 0:
            painter.setPen(QPen(_border(colour, palette), 1))
            painter.setBrush(colour)
            painter.drawRect(QRectF(room.left(), room.top(), max(1.5, length), room.height()))

    def paint_axis(self, painter, palette, stacked, label_width, value_width, h):
        pass


class NetChangeChart(BarChart):
    """Net change per class: bars right of zero for gains, left for losses (the axis in the middle of
    the bar area). set_bars([(label, net, QColor, tooltip), ...], value_format)."""

    def scale(self):
        return max((abs(b[1]) for b in self.bars), default=0) or 1

    def paint_bar(self, painter, palette, colour, value, room):
        half = room.width() / 2.0
        zero = room.left() + half
        length = (half - 1) * abs(value) / self.scale()
        if length > 0:
            painter.setPen(QPen(_border(colour, palette), 1))
            painter.setBrush(colour)
            left = zero if value > 0 else zero - length
            painter.drawRect(QRectF(left, room.top(), max(1.5, length), room.height()))

    def paint_axis(self, painter, palette, stacked, label_width, value_width, h):
        width = self.width() - 2 * MARGIN
        if stacked:
            zero = MARGIN + (width - value_width) / 2.0
        else:
            zero = MARGIN + label_width + (width - label_width - value_width - 4) / 2.0
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1))
        if not stacked:
            painter.drawLine(QPointF(zero, MARGIN), QPointF(zero, MARGIN + len(self.bars) * h))
            return
        line = QFontMetrics(self.font()).height()
        for i in range(len(self.bars)):  # through the bars only, not the text lines
            top = MARGIN + i * h + line + (line - self.BAR) / 2.0 - 2
            painter.drawLine(QPointF(zero, top), QPointF(zero, top + self.BAR + 4))


class HeatMap(_Chart):
    """The from -> to matrix: set_matrix(codes, colours, names, cells, value_format, tooltip) with
    cells {(from, to): area}; rows are the earlier year's classes, columns the later year's. Cells of
    change get darker with their area (square-root scale, so small ones still show); unchanged
    pixels (the diagonal) are drawn apart in grey, since they would swamp the scale."""

    MAX_CELL = 34
    hoveredChanged = pyqtSignal(object)  # (from, to) codes under the mouse, or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.codes, self.colours, self.names, self.cells = [], {}, {}, {}
        self.value_format = "{:.2f}".format
        self.tooltip = None
        self.hovered = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_matrix(self, codes, colours, names, cells, value_format=None, tooltip=None):
        self.codes, self.colours, self.names, self.cells = list(codes), dict(colours), dict(names), dict(cells)
        if value_format is not None:
            self.value_format = value_format
        self.tooltip = tooltip
        self.hovered = None
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self):  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width):  # noqa: N802 - Qt API
        if not self.codes:
            return 2 * self.row_height()
        header, cell = self._layout(width)
        return int(self._top(width) + cell * len(self.codes) + 2 * MARGIN) - MARGIN

    def sizeHint(self):  # noqa: N802 - Qt API
        return QSize(300, self.heightForWidth(300))

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        return QSize(150, self.heightForWidth(150))


    def _layout(self, width):
        header = QFontMetrics(self.font()).horizontalAdvance("88") + 14
        n = max(1, len(self.codes))
        cell = min(self.MAX_CELL, math.floor((width - 2 * MARGIN - header) / n))
        return header, max(8, cell)

    def staggered(self, width=None):
        """True when two-digit column codes do not fit side by side ("10" "11" would read "1011"): every other
        code then goes one line lower."""
        _header, cell = self._layout(self.width() if width is None else width)
        return QFontMetrics(self.font()).horizontalAdvance("88") + 4 > cell

    def _top(self, width=None):
        """Where the first row of cells starts (below the column heads)."""
        header, _cell = self._layout(self.width() if width is None else width)
        return MARGIN + header + (QFontMetrics(self.font()).height() if self.staggered(width) else 0)

    def cell_rect(self, row, column):
        header, cell = self._layout(self.width())
        return QRectF(MARGIN + header + column * cell, self._top() + row * cell, cell, cell)

    def cell_at(self, pos):
        """(from, to) codes under the position, or None."""
        header, cell = self._layout(self.width())
        column = math.floor((pos.x() - MARGIN - header) / cell)
        row = math.floor((pos.y() - self._top()) / cell)
        if 0 <= row < len(self.codes) and 0 <= column < len(self.codes):
            return self.codes[row], self.codes[column]
        return None

    def tooltip_at(self, pos):
        pair = self.cell_at(pos)
        if pair is None:
            header, cell = self._layout(self.width())
            column = math.floor((pos.x() - MARGIN - header) / cell)
            row = math.floor((pos.y() - self._top()) / cell)
            if 0 <= column < len(self.codes) and pos.y() < self._top():
                return "{} {}".format(self.codes[column], self.names.get(self.codes[column], ""))
            if 0 <= row < len(self.codes) and pos.x() < MARGIN + header:
                return "{} {}".format(self.codes[row], self.names.get(self.codes[row], ""))
            return ""
        if self.tooltip is not None:
            return self.tooltip(*pair)
        return "{} \u2192 {}: {}".format(self.names.get(pair[0]), self.names.get(pair[1]),
                                         self.value_format(self.cells.get(pair, 0.0)))

    def mouseMoveEvent(self, event):  # noqa: N802 - Qt API
        pair = self.cell_at(event.pos())
        if pair != self.hovered:
            self.hovered = pair
            self.hoveredChanged.emit(pair)
            self.update()
            if pair is not None:
                QToolTip.showText(self.mapToGlobal(event.pos()), self.tooltip_at(event.pos()), self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event):  # noqa: N802 - Qt API
        self.hovered = None
        self.hoveredChanged.emit(None)
        self.update()
        super().leaveEvent(event)

    def paintEvent(self, event):  # noqa: N802 - Qt API
        painter = QPainter(self)
        if not self.codes:
            self._paint_empty(painter)
            return
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        header, cell = self._layout(self.width())
        changes = [v for (a, b), v in self.cells.items() if a != b and v > 0]
        top = max(changes) if changes else 1.0
        swatch = min(10, cell - 4)
        staggered = self.staggered()
        line = QFontMetrics(self.font()).height()
        first_row = self._top()
        for index, code in enumerate(self.codes):
            colour = self.colours[code]
            # column heads: swatch above the code (every other code a line lower when they are too close)
            x = MARGIN + header + index * cell
            painter.fillRect(QRectF(x + (cell - swatch) / 2, MARGIN, swatch, swatch), colour)
            painter.setPen(text)
            low = line if staggered and index % 2 else 0
            painter.drawText(QRectF(x - cell, MARGIN + swatch + low, 3 * cell, header - swatch),
                             int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignVCenter), str(code))
            # row heads: swatch left of the code
            y = first_row + index * cell
            painter.fillRect(QRectF(MARGIN, y + (cell - swatch) / 2, swatch, swatch), colour)
            painter.drawText(QRectF(MARGIN + swatch + 2, y, header - swatch - 4, cell),
                             int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter), str(code))
        diagonal = blend(base, grid, 0.6)
        for row, from_code in enumerate(self.codes):
            for column, to_code in enumerate(self.codes):
                rect = self.cell_rect(row, column)
                value = self.cells.get((from_code, to_code), 0.0)
                if from_code == to_code:
                    fill = diagonal if value > 0 else base
                elif value > 0:
                    fill = blend(base, HEAT_COLOUR, 0.15 + 0.85 * math.sqrt(value / top))
                else:
                    fill = base
                painter.fillRect(rect, fill)
                painter.setPen(QPen(grid, 1))
                painter.drawRect(rect)
        if self.hovered is not None and self.hovered[0] in self.codes and self.hovered[1] in self.codes:
            rect = self.cell_rect(self.codes.index(self.hovered[0]), self.codes.index(self.hovered[1]))
            painter.setPen(QPen(text, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        # the corner says which way to read it
        painter.setPen(text)
        corner = QRectF(MARGIN, MARGIN, header, header)
        painter.drawText(corner, int(Qt.AlignmentFlag.AlignCenter), "\u2193\u2192")
