"""The Change page's confidence option: compare with the years' confidence layers (0-100), as
clcplus:changedetection's EARLIER_CONFIDENCE, LATER_CONFIDENCE and CONFIDENCE_THRESHOLD do. Off by default."""

from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ..core import product
from . import settings
from .widgets import WrappedCheckBox, wrap


def has_confidence(year):
    """Whether the product publishes a confidence layer for `year` (2018 has none)."""
    try:
        return product.CONFIDENCE.key in product.reference_year(year).layers
    except ValueError:
        return False


class ConfidenceOption(QWidget):
    """A check box and a threshold: changes where a year's confidence is below it are counted apart."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.box = WrappedCheckBox(self.tr("Use the confidence layers"))
        self.box.setToolTip(self.tr("Fetches the confidence layer (0-100) of each year that has one and counts a "
                                    "change apart, as uncertain, where a year's confidence is below the threshold "
                                    "(Processing: Change between years, confidence parameters)."))
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setToolTip(self.tr("A change where a confidence layer is below this value is uncertain."))
        self.threshold_label = QLabel(self.tr("Threshold"))
        self.threshold_label.setBuddy(self.threshold)
        self.note = wrap(QLabel())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.threshold_label)
        row.addWidget(self.threshold)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.box.setChecked(bool(settings.value("use_confidence")))
        self.threshold.setValue(settings.value("confidence_threshold"))
        self.box.toggled.connect(self._changed)
        self.threshold.valueChanged.connect(lambda value: settings.set_value("confidence_threshold", value))
        self.years = ()
        self._changed()

    def set_years(self, earlier, later):
        """The years compared: the option is offered when one of them has a confidence layer."""
        self.years = tuple(y for y in (earlier, later) if has_confidence(y))
        self.box.setEnabled(bool(self.years))
        self._changed()

    def _changed(self, *args):
        settings.set_value("use_confidence", self.box.isChecked())
        on = self.box.isChecked() and self.box.isEnabled()
        for widget in (self.threshold_label, self.threshold):
            widget.setVisible(on)
        if not self.box.isEnabled():
            self.note.setText("<small>{}</small>".format(self.tr("Neither year has a confidence layer.")))
        elif on and len(self.years) == 1:
            self.note.setText("<small>{}</small>".format(self.tr("Only {} has a confidence layer; it alone is "
                                                                 "used.").format(self.years[0])))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def used_years(self):
        """The years whose confidence layer the comparison uses: none when the option is off."""
        return self.years if self.box.isChecked() and self.box.isEnabled() else ()

    def value(self):
        return self.threshold.value()


