"""Test session set-up: the plugin importable as `clcplus_backbone`, one offscreen QgsApplication
in a throw-away profile, Processing initialised with the plugin's provider.

The tests mirror the code's layout (tests/README.md): tests/core, tests/core/sources, tests/processing,
tests/ui and tests/sample hold the tests of the modules in core/, core/sources/, processing/, ui/ and sample/;
tests/ itself the checks of the plugin as a whole. The helpers here (rasters, html_render, repo, the loopback
servers in servers/) are imported by name from every folder: tests/ is on sys.path."""

import atexit
import gc
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

TESTS = os.path.dirname(os.path.abspath(__file__))
if TESTS not in sys.path:
    sys.path.insert(0, TESTS)

from repo import PLUGIN_NAME, ROOT  # noqa: E402

PACKAGE_PARENT = os.path.join(ROOT, "build", "pkg")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pyproj looks for its data under sys.prefix, which in a venv is not the system's.
if os.path.isdir(os.path.join(sys.base_prefix, "share", "proj")):
    os.environ.setdefault("PROJ_DATA", os.path.join(sys.base_prefix, "share", "proj"))
if "XDG_RUNTIME_DIR" not in os.environ:
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="clcplus-xdg-")
    atexit.register(shutil.rmtree, os.environ["XDG_RUNTIME_DIR"], True)
os.makedirs(PACKAGE_PARENT, exist_ok=True)
_link = os.path.join(PACKAGE_PARENT, PLUGIN_NAME)
if not os.path.islink(_link):
    os.symlink(os.path.relpath(ROOT, PACKAGE_PARENT), _link)
for path in (PACKAGE_PARENT, "/usr/share/qgis/python/plugins"):
    if path not in sys.path:
        sys.path.insert(0, path)

from qgis.core import QgsApplication  # noqa: E402
from qgis.PyQt.QtCore import QSettings  # noqa: E402

_PROFILE = tempfile.mkdtemp(prefix="clcplus-qgis-profile-")
atexit.register(shutil.rmtree, _PROFILE, True)
# Settings of this test session stay in its own profile, never in the user's (or another run's).
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _PROFILE)
_APP = QgsApplication([], True, _PROFILE)
_APP.initQgis()


def _exit_qgis():
    """QGIS torn down before Python's own clean-up: left to the interpreter's exit, QGIS 3.44 aborted
    (std::bad_alloc) after widget tests, with every test passed. GDAL objects still held in reference
    cycles are freed first: freed by the final collection, after QGIS, one test order ended in a double
    free inside GDAL."""
    gc.collect()
    _APP.exitQgis()


atexit.register(_exit_qgis)


@pytest.fixture(scope="session")
def qgis_app():
    return _APP


@pytest.fixture(scope="session")
def processing_registry(qgis_app):
    """Processing with the native algorithms and the plugin's provider, as in QGIS."""
    from processing.core.Processing import Processing
    from qgis.analysis import QgsNativeAlgorithms

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("native") is None:
        registry.addProvider(QgsNativeAlgorithms())
    from clcplus_backbone.processing.provider import CLCplusProvider
    if registry.providerById("clcplus") is None:
        registry.addProvider(CLCplusProvider())
    return registry


@pytest.fixture
def run_algorithm(processing_registry):
    """processing.run with a fresh context and feedback; returns the result dict."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def run(algorithm_id, parameters, feedback=None):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(algorithm_id, parameters, context=context,
                              feedback=feedback or QgsProcessingFeedback())
    return run


@pytest.fixture(scope="session")
def release_zip():
    """`make -s zip`, once a session: the path of the archive users install."""
    done = subprocess.run(["make", "-s", "zip"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    path = os.path.join(ROOT, done.stdout.strip().splitlines()[-1])
    assert os.path.isfile(path)
    return path


@pytest.fixture
def remembered_cache_dir(qgis_app):
    """clcplus:fetchtiles remembers its cache folder in QgsSettings; put the old value back after
    (modules that fetch use it for every test: `pytestmark = pytest.mark.usefixtures(...)`)."""
    from qgis.core import QgsSettings

    from clcplus_backbone.core import cache
    old = QgsSettings().value(cache.SETTINGS_CACHE_DIR)
    yield
    if old is None:
        QgsSettings().remove(cache.SETTINGS_CACHE_DIR)
    else:
        QgsSettings().setValue(cache.SETTINGS_CACHE_DIR, old)
