"""Fixtures of the dock's tests (tests/ui/test_dock_*.py): the dock's settings under a key of this process,
the sample generator's four tiles (512 pixels a side) for 2018 and 2023 that the dock fetches through
clcplus:fetchtiles's mirror source, the stub iface, the dock on it, the plugin's German translation.
"""

import os

import pytest

from dock_driver import SIZE, _iface, make_dock
from repo import ROOT


@pytest.fixture
def own_settings(monkeypatch):
    """The dock's settings under a key of this process: QgsSettings here is a file every test process on
    the machine shares, and another run's clean-up must not pull them away mid-test."""
    from qgis.core import QgsSettings

    from clcplus_backbone.ui import settings
    root = "clcplus/test-{}".format(os.getpid())
    monkeypatch.setattr(settings, "PREFIX", root + "/dock/")
    monkeypatch.setattr(settings, "SAMPLE_TILE_SIZE", root + "/sample/tile_size")
    yield
    QgsSettings().remove(root)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    from clcplus_backbone.sample.generate import SAMPLE_TILES, generate
    folder = tmp_path_factory.mktemp("dock_sample")
    manifest = generate(str(folder), size=SIZE, years=(2018, 2023), tiles=SAMPLE_TILES, mosaics=False)
    return str(folder), manifest


@pytest.fixture
def iface(qgis_app, processing_registry):
    yield from _iface()


@pytest.fixture
def dock(iface, sample, tmp_path):
    yield from make_dock(iface, sample, tmp_path)


@pytest.fixture
def german(qgis_app, tmp_path):
    """The plugin's German translation installed and German number formats, as under a German QGIS."""
    import subprocess

    from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator
    qm = str(tmp_path / "clcplus_de.qm")
    subprocess.run(["lrelease", "-silent", os.path.join(ROOT, "i18n", "clcplus_de.ts"), "-qm", qm], check=True)
    translator = QTranslator()
    assert translator.load(qm)
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)
