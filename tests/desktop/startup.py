"""PYQGIS_STARTUP of the desktop smoke test (tests/test_desktop.py), run by QGIS before it loads any plugin.

Every message of QGIS's message log goes, as one JSON line, to the file CLCPLUS_SMOKE_LOG names, written and
flushed at once: a crash loses nothing, and errors while the plugin loads or unloads are seen too. Warnings
raised in the plugin's own modules (deprecations included) are shown, so QGIS logs them as 'Python warning'.
"""

import json
import os
import sys
import threading
import time
import warnings

from qgis.core import QgsApplication


def _install():
    if getattr(sys, "_clcplus_smoke_log", None) is not None:  # QGIS 3.22 runs this file twice
        return
    stream = open(os.environ["CLCPLUS_SMOKE_LOG"], "a", encoding="utf-8")
    lock = threading.Lock()  # messages come from task threads too

    def received(message, tag, level):
        line = json.dumps({"time": round(time.time(), 3), "tag": tag, "level": int(getattr(level, "value", level)),
                           "message": message})
        with lock:
            stream.write(line + "\n")
            stream.flush()

    QgsApplication.messageLog().messageReceived.connect(received)
    sys._clcplus_smoke_log = received
    warnings.filterwarnings("always", module=r"clcplus_backbone(\.|$)")


_install()
