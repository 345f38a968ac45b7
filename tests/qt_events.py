"""Letting Qt's event loop run in a test: for a moment (settle), or until something holds (wait_until)."""

import time

from qgis.core import QgsApplication


def settle(seconds=0.05):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QgsApplication.processEvents()
        time.sleep(0.005)


def wait_until(condition, timeout=60.0):
    """Events processed until condition() is true (AssertionError after timeout seconds), then a settle()
    for what that set off."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("timed out")
        QgsApplication.processEvents()
        time.sleep(0.01)
    settle()
