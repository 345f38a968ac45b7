"""Shared pieces of the fetch tests: the sample (made once), quick options, a feedback."""

import atexit
import shutil
import tempfile
import threading
import time

from clcplus_backbone.core.http import HttpPolicy
from clcplus_backbone.core.sources import FetchOptions, FetchRequest

from . import data

_SAMPLE = {}
_LOCK = threading.Lock()


def sample_dir():
    """The sample generator's data at data.SIZE pixels, made once per test session."""
    with _LOCK:
        if "dir" not in _SAMPLE:
            folder = tempfile.mkdtemp(prefix="clcplus-fetch-sample-")
            atexit.register(shutil.rmtree, folder, True)
            data.make_sample(folder)
            _SAMPLE["dir"] = folder
        return _SAMPLE["dir"]


def quick(**changes):
    """FetchOptions with short timeouts, backoffs and polls, so failures cost milliseconds."""
    http = dict(timeout=2.0, attempts=3, backoff=0.01, backoff_max=0.05, retry_after_max=5.0)
    http.update(changes.pop("http", {}))
    options = dict(workers=3, http=HttpPolicy(**http), poll_interval=0.02, order_timeout=2.0)
    options.update(changes)
    return FetchOptions(**options)


def request(cache_dir, year=2023, tiles=data.TILES, **changes):
    changes.setdefault("options", quick())
    changes.setdefault("layout", data.LAYOUT)
    return FetchRequest(year=year, tiles=list(tiles), cache_dir=str(cache_dir), **changes)


class Feedback:
    """What fetch_tiles uses of a QgsProcessingFeedback, recording it; cancels at `cancel_after` s."""

    def __init__(self, cancel_after=None):
        self.infos, self.warnings, self.progress = [], [], []
        self.canceled_at = None
        self._deadline = None if cancel_after is None else time.monotonic() + cancel_after

    def isCanceled(self):  # noqa: N802 - QgsFeedback API
        if self.canceled_at is None and self._deadline is not None and time.monotonic() >= self._deadline:
            self.canceled_at = time.monotonic()
        return self.canceled_at is not None

    def cancel(self):
        self.canceled_at = time.monotonic()

    def setProgress(self, value):  # noqa: N802
        self.progress.append(value)

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)


MASTER_PASSWORD = "clcplus-test-master"


def ensure_master_password():
    from qgis.core import QgsApplication
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER_PASSWORD, True)
    return manager


def auth_config(name, **config):
    """A 'Basic' authentication configuration in the test profile's database; its id."""
    from qgis.core import QgsAuthMethodConfig
    manager = ensure_master_password()
    auth = QgsAuthMethodConfig("Basic")
    auth.setName(name)
    for key, value in config.items():
        auth.setConfig(key, value)
    assert manager.storeAuthenticationConfig(auth)[0]
    return auth.id()
