"""What the dock says of its work, under its buttons: the running step's progress with a Cancel button, which step
of how many and the step's latest news; afterwards that it is done, canceled, or why it failed, in the panel's
words. The texts keep the dock's translation context, "CLCplusDock"."""

import html

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QToolButton, QVBoxLayout

from .widgets import breakable, wrap


def plain_error(message):
    """The reason in the panel's words, and whether it is about the login: where the core says "in this tool",
    the panel's own control."""
    text = str(message).strip()
    core = QCoreApplication.translate(  # core/sources/credentials.py, written for the Processing dialog
        "CLCplusFetch", "{} needs an authentication configuration: add one in Settings › "
                        "Options › Authentication and choose it in this tool")
    tail = core.split("{}")[-1]
    if tail and tail in text:
        return text.replace(tail, QCoreApplication.translate(
            "CLCplusDock", ": open Data source in this panel and choose your login under Account "
                           "(the + button beside it adds one)")), True
    return text, False


class RunStatus(QFrame):
    """The progress bar and Cancel button (`progress`, `cancel_button`), the line on the step or the outcome
    (`status`) and the step's latest news: tiles done, a retry, a wait (`detail`)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        status = QVBoxLayout(self)
        status.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(QCoreApplication.translate("CLCplusDock", "Cancel"))
        self.cancel_button.setToolTip(QCoreApplication.translate(
            "CLCplusDock", "Stop the running task; tiles fetched so far stay in the cache."))
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        status.addLayout(row)
        self.status = QLabel()
        wrap(self.status)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addWidget(self.status)
        self.detail = QLabel()
        wrap(self.detail)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        status.addWidget(self.detail)
        self._step_number = None
        self.show_running(False)

    def show_running(self, running):
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.detail.setText("")
        self.detail.setVisible(False)
        self._step_number = None
        self.status.setVisible(running or bool(self.status.text()))
        if running:
            self.progress.setValue(0)
            self.status.setText(QCoreApplication.translate("CLCplusDock", "Starting…"))

    def clear(self):
        """Nothing to say (what was said was about another area)."""
        self.status.setText("")
        self.show_running(False)

    def show_progress(self, percent, number, count, label):
        """The bar: the running step's own progress; the line: which step of how many."""
        if number != self._step_number:
            self._step_number = number
            self.detail.setText("")
        self.progress.setValue(int(round(percent)))
        text = html.escape(label) + "…"
        if count > 1:
            text = QCoreApplication.translate("CLCplusDock", "Step {n} of {count}: {step}").format(
                n=number, count=count, step=text)
        self.status.setText(text)

    def show_news(self, text):
        self.detail.setText(breakable(text.strip()))
        self.detail.setVisible(bool(text.strip()))

    def show_canceling(self):
        self.status.setText(QCoreApplication.translate("CLCplusDock", "Canceling…"))

    def show_done(self, text):
        self.status.setText("✔ " + html.escape(text))

    def show_canceled(self):
        self.status.setText(html.escape(QCoreApplication.translate(
            "CLCplusDock", "Canceled. Tiles fetched so far stay in the cache.")))

    def show_error(self, text):
        self.status.setText("⚠ " + breakable(html.escape(text)).replace("\n", "<br>"))
        self.status.setVisible(True)
