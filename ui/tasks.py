"""Processing algorithms run as background tasks, one step after another.

Each step is a `QgsProcessingAlgRunnerTask` of one of the plugin's algorithms, so it shows in QGIS's
task manager, never blocks the GUI and gives exactly the numbers the toolbox gives. A chain runs its
steps in order; a step's parameters may be computed from the results of the steps before it, and its
`done` callback runs on the main thread (where layers may be added). The first failure, a cancel or
an exception in a callback ends the chain.
"""

import threading
from dataclasses import dataclass, field
from typing import Callable, Optional

from qgis.core import (QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext,
                       QgsProcessingFeedback, QgsProject, QgsTask)
from qgis.PyQt.QtCore import QObject, pyqtSignal



class StepError(Exception):
    """Raised by a step's callback to end the chain with a message for the user."""


class Feedback(QgsProcessingFeedback):
    """A processing feedback that keeps the errors and warnings an algorithm reports, and tells the last line
    of news (progress text, information, warning) through messageChanged, from whatever thread it comes."""

    messageChanged = pyqtSignal(str)

    def __init__(self):
        super().__init__()
        self._lock = threading.Lock()
        self.errors, self.warnings = [], []
        self.progress_text, self.news = "", ""  # the latest of each: "3 of 8 tile(s) done", "trying again in 8 s"

    def setProgressText(self, text):  # noqa: N802 - QGIS API
        super().setProgressText(text)
        self.progress_text = str(text)
        self.messageChanged.emit(str(text))

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        super().pushInfo(info)
        self.news = str(info)
        self.messageChanged.emit(str(info))

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API
        with self._lock:
            self.errors.append(str(error))
        super().reportError(error, fatalError)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        with self._lock:
            self.warnings.append(str(warning))
        super().pushWarning(warning)
        self.news = str(warning)
        self.messageChanged.emit(str(warning))

    def latest(self):
        """What the step says now: its progress text and its latest news (a retry, a wait), one a line."""
        return "\n".join(text for text in (self.progress_text.strip(), self.news.strip()) if text)


@dataclass
class Step:
    """One algorithm run: `parameters` is a dict or a function of the results so far (a dict of
    step name -> results); `done(results, context, feedback)` runs on the main thread.

    Without an algorithm, `parameters` is a function of the results so far that runs in a plain
    background task (no GUI, no project), and `done(value, None, None)` gets what it returned."""
    name: str
    algorithm: Optional[str]
    label: str
    parameters: object
    done: Optional[Callable] = None
    results: dict = field(default_factory=dict)


class TaskChain(QObject):
    """Runs steps in order as QgsProcessingAlgRunnerTasks.

    Signals: progressChanged(percent of the whole chain, label of the step); stepProgressChanged(percent of
    the running step, its number from 1, the number of steps, its label); messageChanged(the step's latest
    news: tiles done, a retry, a wait); finished(ok, message): ok False with a message on an error, ok False
    with an empty message when canceled."""

    progressChanged = pyqtSignal(float, str)
    stepProgressChanged = pyqtSignal(float, int, int, str)
    messageChanged = pyqtSignal(str)
    finished = pyqtSignal(bool, str)

    def __init__(self, steps, project=None, parent=None):
        super().__init__(parent)
        self.steps = list(steps)
        self.project = project or QgsProject.instance()
        self.results = {}
        self.index = -1
        self.task = None
        self.context = None
        self.feedback = None
        self.canceled = False
        self.running = False
        self.detached = False  # its owner is gone: callbacks still to come do nothing
        self.warnings = []

    # --- control --------------------------------------------------------------------------------

    def start(self):
        self.running = True
        self._next()

    def cancel(self):
        """Stop the running step (its task is canceled) and skip the rest."""
        if not self.running:
            return
        self.canceled = True
        if self.feedback is not None:
            self.feedback.cancel()
        if self.task is not None:
            try:
                self.task.cancel()
            except RuntimeError:  # the task has just been deleted by the task manager
                pass

    def detach(self):
        """Cancel and forget: the owner (the dock) is going away before the task has ended."""
        self.cancel()
        self.detached = True

    # --- steps ----------------------------------------------------------------------------------

    def _next(self):
        self.index += 1
        if self.canceled:
            return self._finish(False, "")
        if self.index >= len(self.steps):
            return self._finish(True, "")
        step = self.steps[self.index]
        if step.algorithm is None:
            return self._run_function(step)
        algorithm = QgsApplication.processingRegistry().algorithmById(step.algorithm)
        if algorithm is None:
            return self._finish(False, self.tr("The algorithm {} is not available; reinstall the CLCplus Backbone "
                                          "plugin.").format(step.algorithm))
        try:
            parameters = step.parameters(self.results) if callable(step.parameters) else dict(step.parameters)
        except StepError as e:
            return self._finish(False, str(e))
        self.context = QgsProcessingContext()
        self.context.setProject(self.project)
        self.feedback = Feedback()
        self.feedback.progressChanged.connect(self._progress)
        self.feedback.messageChanged.connect(self._message)
        self._emit_progress(0.0)
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        task.setDescription(self.tr("CLCplus Backbone: {}").format(step.label))
        task.executed.connect(self._executed)
        self.task = task
        QgsApplication.taskManager().addTask(task)

    def _run_function(self, step):
        self.context, self.feedback = None, Feedback()
        self._emit_progress(0.0)
        results = dict(self.results)
        task = QgsTask.fromFunction(self.tr("CLCplus Backbone: {}").format(step.label),
                                    lambda _task: step.parameters(results), on_finished=self._function_done)
        self.task = task
        QgsApplication.taskManager().addTask(task)

    def _function_done(self, exception, value=None):
        self.task = None
        if self.detached:
            return
        step = self.steps[self.index]
        if self.canceled:
            return self._finish(False, "")
        if exception is not None:
            return self._finish(False, "{}: {}".format(step.label, exception))
        step.results = value
        self.results[step.name] = value
        if step.done is not None:
            try:
                step.done(value, None, None)
            except StepError as e:
                return self._finish(False, str(e))
        self._emit_progress(100.0)
        self._next()

    def _overall(self, percent):
        return 100.0 * (self.index + max(0.0, min(100.0, percent)) / 100.0) / max(1, len(self.steps))

    def _emit_progress(self, percent):
        label = self.steps[self.index].label
        self.progressChanged.emit(self._overall(percent), label)
        self.stepProgressChanged.emit(max(0.0, min(100.0, percent)), self.index + 1, len(self.steps), label)

    def _progress(self, percent):
        if self.detached:
            return
        if 0 <= self.index < len(self.steps) and self.running:
            self._emit_progress(percent)

    def _message(self, text):
        if not self.detached and self.running and text:
            # the progress text ("2 of 8 tile(s) done") follows each piece of news: both are shown
            feedback = self.feedback
            self.messageChanged.emit(feedback.latest() if isinstance(feedback, Feedback) and feedback.latest()
                                     else text)

    def _executed(self, successful, results):
        self.task = None
        if self.detached:
            return
        step = self.steps[self.index]
        feedback, context = self.feedback, self.context
        self.warnings += feedback.warnings
        if self.canceled or feedback.isCanceled():
            return self._finish(False, "")
        if not successful:
            message = "\n".join(feedback.errors) or self.tr("{} failed; the Log Messages panel (Processing) may "
                                                        "say why.").format(step.label)
            return self._finish(False, message)
        step.results = results
        self.results[step.name] = results
        if step.done is not None:
            try:
                step.done(results, context, feedback)
            except StepError as e:
                return self._finish(False, str(e))
        self._emit_progress(100.0)
        self._next()

    def _finish(self, ok, message):
        self.running = False
        self.task = None
        self.finished.emit(ok, message)
