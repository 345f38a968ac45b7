"""Small widget helpers that keep the dock usable at 300 px: combo boxes that shrink, check boxes whose
text wraps."""

import re

from qgis.PyQt.QtCore import QSize, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QBoxLayout, QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def wrap(label):
    """Let a label's text wrap to the panel's width. (No explicit minimum width: with one, QScrollArea and the
    labels' height-for-width can resize each other without end.)"""
    label.setWordWrap(True)
    return label


def breakable(text, longest=24):
    """`text` with a zero-width space after the slashes, dots and the like of its words longer than `longest`
    characters (addresses, paths): a word-wrapped label breaks them there instead of growing the panel."""
    return re.sub(r"\S{%d,}" % (longest + 1), lambda m: re.sub(r"([/\\?&=_.:-])(?=\S)", "\\1\u200b", m.group(0)),
                  text)


def narrow(combo):
    """Let a combo box shrink with the dock instead of growing to its longest entry."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def page(*items):
    """A widget holding `items` (widgets or layouts) one below the other."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        if isinstance(item, QWidget):
            layout.addWidget(item)
        else:
            layout.addLayout(item)
    return widget


class WrappedCheckBox(QWidget):
    """A check box whose text wraps; the box itself is `box` (toggled, isChecked, setChecked)."""

    toggled = pyqtSignal(bool)

    def __init__(self, text, parent=None):
        super().__init__(parent)
        self.box = QCheckBox()
        self.label = QLabel(text)
        wrap(self.label)
        self.label.setBuddy(self.box)
        self.label.mousePressEvent = lambda event: self.box.toggle() if self.isEnabled() else None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.box.toggled.connect(self.toggled)

    def isChecked(self):  # noqa: N802 - Qt API
        return self.box.isChecked()

    def setChecked(self, checked):  # noqa: N802 - Qt API
        self.box.setChecked(checked)

    def setText(self, text):  # noqa: N802 - Qt API
        self.label.setText(text)

    def text(self):
        return self.label.text()

    def setToolTip(self, text):  # noqa: N802 - Qt API
        self.box.setToolTip(text)
        self.label.setToolTip(text)


class ButtonRow(QWidget):
    """Buttons side by side where they fit, one below the other where they do not (a narrow panel, long words)."""

    def __init__(self, *buttons, parent=None):
        super().__init__(parent)
        self.buttons = buttons
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            self.box.addWidget(button)
        self.box.addStretch(1)

    def _wide(self):
        return sum(b.sizeHint().width() for b in self.buttons) + self.box.spacing() * (len(self.buttons) - 1)

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        return QSize(max([b.sizeHint().width() for b in self.buttons] + [0]), super().minimumSizeHint().height())

    def resizeEvent(self, event):  # noqa: N802 - Qt API
        wanted = QBoxLayout.Direction.LeftToRight if event.size().width() >= self._wide() else \
            QBoxLayout.Direction.TopToBottom
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
        super().resizeEvent(event)
