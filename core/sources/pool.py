"""A small bounded pool of QThreads for network work.

QThreads, not Python threads: QTimer (timeouts, cancel checks) and the per-thread
QgsNetworkAccessManager need a thread Qt started. The thread that waits keeps QGIS alive: in the
main thread it processes events (not user input), so that QGIS can answer a worker's SSL-error or
proxy-authentication prompt; elsewhere it just waits. Either way it calls `on_idle` every ~20 ms,
which is where messages and progress reach the caller's thread.
"""

import queue

from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QThread

WAIT_MS = 20


class Outcome:
    __slots__ = ("item", "value", "error")

    def __init__(self, item, value=None, error=None):
        self.item = item
        self.value = value
        self.error = error


class _Worker(QThread):
    def __init__(self, jobs, results, is_canceled, canceled_error):
        super().__init__()
        self._jobs = jobs
        self._results = results
        self._is_canceled = is_canceled
        self._canceled_error = canceled_error

    def run(self):
        while True:
            try:
                index, fn, item = self._jobs.get_nowait()
            except queue.Empty:
                return
            if self._is_canceled():
                self._results[index] = Outcome(item, error=self._canceled_error())
                continue
            try:
                self._results[index] = Outcome(item, value=fn(item))
            except BaseException as e:  # noqa: B902 - an exception must never escape a QThread
                self._results[index] = Outcome(item, error=e)


def in_main_thread():
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def wait_for(threads, on_idle=None):
    """Wait until every thread in `threads` has finished, keeping the caller's duties.

    QThread.wait(), not isFinished(): isFinished() is already true while the thread still runs
    its clean-up (its thread-local QgsNetworkAccessManager is destroyed then), and a QThread
    object deleted at that moment takes the process down.
    """
    main = in_main_thread()
    pending = list(threads)
    while True:
        if main:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if on_idle is not None:
            on_idle()
        if not pending:
            return
        if pending[0].wait(WAIT_MS):
            pending.pop(0)


class WorkerPool:
    """map(fn, items) on at most `size` QThreads; one Outcome per item, in order.

    A job that fails does not stop the others; once `is_canceled()` is true, jobs not yet started
    end with `canceled_error()` without running.
    """

    def __init__(self, size, is_canceled=None, canceled_error=None, on_idle=None):
        self.size = max(1, int(size))
        self.is_canceled = is_canceled or (lambda: False)
        self.canceled_error = canceled_error or (lambda: RuntimeError("canceled"))
        self.on_idle = on_idle

    def map(self, fn, items):
        items = list(items)
        if not items:
            return []
        jobs = queue.Queue()
        for index, item in enumerate(items):
            jobs.put((index, fn, item))
        results = [None] * len(items)
        threads = [_Worker(jobs, results, self.is_canceled, self.canceled_error)
                   for _ in range(min(self.size, len(items)))]
        for thread in threads:
            thread.start()
        wait_for(threads, self.on_idle)
        return results


def run_in_thread(fn, on_idle=None):
    """fn() in a fresh QThread; its value, or its exception raised here."""
    outcome = WorkerPool(1, on_idle=on_idle).map(lambda _item: fn(), [None])[0]
    if outcome.error is not None:
        raise outcome.error
    return outcome.value

