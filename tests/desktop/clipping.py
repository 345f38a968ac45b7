"""Clipped text in the dock, as a user would see it: run inside QGIS by tests/desktop/smoke.py.

Every visible widget of the panel must lie within the panel's viewport (left to right; the panel scrolls
up and down), unless it sits in an area that scrolls sideways and shows its scroll bar. Every visible text must
fit its widget: labels (a word-wrapped label as tall as its lines and no word wider than it; an unwrapped one
as wide as its text, or elided with "…" and a tooltip), buttons, check boxes, radio buttons, combo boxes,
group box titles, tabs, table headers and cells (cut with "…" only when a tooltip tells the whole text).
`problems(dock)` lists what is clipped, in words; [] when nothing is.
"""

import re

from qgis.PyQt.QtCore import QPoint, QRect, Qt
from qgis.PyQt.QtGui import QFontMetrics, QTextDocument
from qgis.PyQt.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QCheckBox, QComboBox,
                                 QGroupBox, QLabel, QRadioButton, QScrollBar, QStyle, QStyleOptionComboBox,
                                 QTabBar, QToolButton, QWidget)

SLACK = 2  # pixels of rounding a text may exceed its room by
ELLIPSIS = "…"


def plain(widget, text):
    """The text a label shows, without markup."""
    rich = widget.textFormat() == Qt.TextFormat.RichText or (
        widget.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def without_mnemonic(text):
    return re.sub(r"&(.)", r"\1", text)


def widest(metrics, text):
    return max([metrics.horizontalAdvance(line) for line in text.split("\n")] + [0])


def name(widget, text=""):
    label = widget.metaObject().className()
    if widget.objectName():
        label += "#" + widget.objectName()
    return "{} {!r}".format(label, text[:60]) if text else label


def scrolls_sideways(widget, stop):
    """Whether an ancestor of `widget` below `stop` is an area scrolling sideways with its scroll bar shown."""
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        if isinstance(parent, QAbstractScrollArea) and parent.horizontalScrollBar().isVisible():
            return True
        parent = parent.parentWidget()
    return False


def outside(widget, viewport):
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    right = left + widget.width()
    if left < -SLACK or right > viewport.width() + SLACK:
        return "{} lies outside the panel (x {}..{}, the panel shows 0..{})".format(
            name(widget), left, right, viewport.width())
    return None


def label_problem(label):
    if label.pixmap() is not None and not label.text():
        return None
    text = plain(label, label.text()).strip()
    if not text:
        return None
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.wordWrap():
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        if plain(label, label.text()) is label.text():
            doc.setPlainText(label.text())
        else:
            doc.setHtml(label.text())
        doc.setTextWidth(room.width())
        if doc.idealWidth() > room.width() + SLACK:
            return "{}: a word is wider than the label ({:.0f} > {} px)".format(
                name(label, text), doc.idealWidth(), room.width())
        if doc.size().height() > room.height() + 2 * SLACK + 2:
            return "{}: its lines need {:.0f} px of height, it has {}".format(
                name(label, text), doc.size().height(), room.height())
        return None
    needed = widest(label.fontMetrics(), text)
    if needed <= room.width() + SLACK:
        return None
    if ELLIPSIS in text and label.toolTip():
        return None  # elided, the whole text in the tooltip
    return "{}: needs {} px, has {}".format(name(label, text), needed, room.width())


def button_problem(button):
    text = without_mnemonic(button.text()).strip()
    if not text or (isinstance(button, QToolButton)
                    and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly):
        return None
    style = button.style()
    needed = widest(button.fontMetrics(), text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, (QCheckBox, QRadioButton)):
        metric = QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox) else \
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        needed += style.pixelMetric(metric, None, button) + \
            style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    else:
        needed += 6  # the frame and a little air
    if needed <= button.width() + SLACK:
        return None
    return "{}: needs {} px, has {}".format(name(button, text), needed, button.width())


def combo_problem(combo):
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.currentText = text
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    needed = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed <= room + SLACK:
        return None
    return "{}: the choice needs {} px, the box shows {}".format(name(combo, text), needed, room)


def group_problem(box):
    title = without_mnemonic(box.title()).strip()
    if not title:
        return None
    needed = box.fontMetrics().horizontalAdvance(title) + (24 if box.isCheckable() else 8)
    if type(box).__name__ != "QGroupBox" and box.metaObject().className() != "QGroupBox":
        needed += 16  # QGIS's collapsible group box: the arrow before the title
    if needed <= box.width() + SLACK:
        return None
    return "{}: the title needs {} px, has {}".format(name(box, title), needed, box.width())


def tab_problems(bar):
    found = []
    scrolls = any(isinstance(child, QToolButton) and child.isVisible() for child in bar.findChildren(QToolButton))
    for i in range(bar.count()):
        rect = bar.tabRect(i)
        text = without_mnemonic(bar.tabText(i))
        room = rect.width() - 2 * bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar) // 2
        if bar.fontMetrics().horizontalAdvance(text) > room + SLACK and not bar.tabToolTip(i):
            found.append("{}: tab {!r} needs {} px, has {}".format(name(bar), text,
                                                                  bar.fontMetrics().horizontalAdvance(text), room))
        if rect.right() > bar.width() + SLACK and not scrolls:
            found.append("{}: tab {!r} lies beyond the tab bar".format(name(bar), text))
    return found


def view_problems(view):
    """Headers and cells of a table: cut only with "…" and a tooltip; wrapped cells as tall as their lines."""
    found = []
    model = view.model()
    if model is None or not hasattr(view, "horizontalHeader"):
        return found
    header = view.horizontalHeader()
    margin = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = QFontMetrics(header.font())
    if header.isVisible():
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            text = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            needed = widest(metrics, text) + margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
                needed += 12
            tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            if needed > header.sectionSize(column) + SLACK and not tip:
                found.append("{}: header {!r} needs {} px, has {}".format(
                    name(view), text, needed, header.sectionSize(column)))
    rows = view.verticalHeader() if hasattr(view, "verticalHeader") else None
    if rows is not None and not view.verticalScrollBar().isVisible() and model.rowCount():
        needed = sum(rows.sectionSize(i) for i in range(model.rowCount()) if not view.isRowHidden(i))
        if needed > view.viewport().height() + SLACK:
            found.append("{}: its rows need {} px of height, it shows {} (no scroll bar)".format(
                name(view), needed, view.viewport().height()))
    metrics = QFontMetrics(view.font())
    cell_margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for row in range(min(model.rowCount(), 60)):
        if view.isRowHidden(row):
            continue
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            index = model.index(row, column)
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            room = view.columnWidth(column) - cell_margin
            decoration = model.data(index, Qt.ItemDataRole.DecorationRole)
            if decoration is not None:
                room -= view.iconSize().width() if view.iconSize().width() > 0 else 16
                room -= 4
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if view.wordWrap():
                longest = max(metrics.horizontalAdvance(word) for word in text.split())
                lines = metrics.boundingRect(QRect(0, 0, max(1, room), 100000),
                                             int(Qt.TextFlag.TextWordWrap.value if hasattr(Qt.TextFlag.TextWordWrap,
                                                                                          "value")
                                                 else Qt.TextFlag.TextWordWrap), text).height()
                if (longest > room + SLACK or lines > view.rowHeight(row) + SLACK) and not tip:
                    found.append("{}: cell ({}, {}) {!r} needs {}x{} px, has {}x{}".format(
                        name(view), row, column, text, longest, lines, room, view.rowHeight(row)))
            elif widest(metrics, text) > room + SLACK and not tip:
                found.append("{}: cell ({}, {}) {!r} needs {} px, has {}".format(
                    name(view), row, column, text, widest(metrics, text), room))
    return found


def chart_problem(widget):
    if widget.hasHeightForWidth() and widget.heightForWidth(widget.width()) > widget.height() + SLACK:
        return "{}: needs {} px of height, has {}".format(name(widget), widget.heightForWidth(widget.width()),
                                                          widget.height())
    return None


def overlaps(parent):
    """Visible widgets a layout places side by side or one below the other that cover one another."""
    layout = parent.layout()
    if layout is None:
        return []
    children = [layout.itemAt(i).widget() for i in range(layout.count())]
    children = [w for w in children if w is not None and w.isVisible() and w.width() > 0 and w.height() > 0]
    found = []
    for i, one in enumerate(children):
        for other in children[i + 1:]:
            common = one.geometry().intersected(other.geometry())
            if common.width() > SLACK and common.height() > SLACK:
                found.append("{} and {} cover one another ({}x{} px)".format(name(one), name(other), common.width(),
                                                                          common.height()))
    return found


def problems(dock):
    """What a user sees clipped in `dock` (a QDockWidget holding a QScrollArea), in words."""
    scroll = dock.widget()
    viewport = scroll.viewport() if isinstance(scroll, QAbstractScrollArea) else scroll
    if isinstance(scroll, QAbstractScrollArea) and scroll.horizontalScrollBar().isVisible():
        viewport = scroll.widget() if hasattr(scroll, "widget") else viewport  # the panel scrolls: all of it counts
    found = []
    for widget in scroll.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or isinstance(widget, QScrollBar):
            continue
        if widget.window() is not dock.window() or widget.isWindow():
            continue  # a popup (a combo box's list), not the panel
        if viewport.isAncestorOf(widget) and not scrolls_sideways(widget, viewport):
            problem = outside(widget, viewport)
            if problem:
                found.append(problem)
                continue
        in_view = any(isinstance(p, QAbstractItemView) for p in _ancestors(widget, scroll))
        if in_view:
            continue  # the cells of a view: judged with the view
        found += overlaps(widget)
        problem = None
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = combo_problem(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            problem = button_problem(widget)
        elif isinstance(widget, QGroupBox):
            problem = group_problem(widget)
        elif isinstance(widget, QTabBar):
            found += tab_problems(widget)
        elif isinstance(widget, QAbstractItemView):
            found += view_problems(widget)
        elif type(widget).__name__ in ("BarChart", "NetChangeChart", "HeatMap"):
            problem = chart_problem(widget)
        if problem:
            found.append(problem)
    return found


def _ancestors(widget, stop):
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.parentWidget()
