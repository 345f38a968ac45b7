"""Small pieces of the dock: the Change page's confidence option, the clean-up of the dock's own files, numbers
of the core's texts in the user's locale, long addresses that wrap, and the running step's news kept beside its
progress text."""

import os
import time

import pytest
from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QLocale

from clcplus_backbone.ui import settings
from clcplus_backbone.ui.confidence import ConfidenceOption, has_confidence
from clcplus_backbone.ui.dockfiles import clean_dock_folder
from clcplus_backbone.ui.tables import LocaleNumber, localised_decimals
from clcplus_backbone.ui.tasks import Feedback
from clcplus_backbone.ui.widgets import breakable


@pytest.fixture
def german():
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(old)


@pytest.fixture
def fresh_settings(qgis_app):
    settings.clear()
    yield
    settings.clear()


def test_confidence_option_is_off_by_default_and_offered_for_years_with_a_layer(fresh_settings):
    assert not has_confidence(2018) and has_confidence(2021) and has_confidence(2023)
    option = ConfidenceOption()
    option.set_years(2018, 2023)
    assert option.box.isEnabled() and not option.box.isChecked()
    assert option.used_years() == ()  # off: the comparison is the toolbox's default one
    option.box.setChecked(True)
    assert option.used_years() == (2023,)  # 2018 has none: the later year's alone, and the panel says so
    assert "2023" in option.note.text()
    assert option.value() == 50
    option.set_years(2021, 2023)
    assert option.used_years() == (2021, 2023)
    assert settings.value("use_confidence") is True
    option.threshold.setValue(70)
    assert ConfidenceOption().value() == 70 and ConfidenceOption().box.isChecked()  # remembered


def test_confidence_option_not_offered_without_a_confidence_layer(fresh_settings):
    option = ConfidenceOption()
    option.box.setChecked(True)
    option.set_years(2018, 2018)
    assert not option.box.isEnabled() and option.used_years() == ()
    assert option.note.text()


def _touch(path):
    with open(path, "w") as f:
        f.write("x")


def test_clean_dock_folder_removes_this_sessions_old_files_but_not_a_shown_one(tmp_path, qgis_app):
    import numpy as np
    from osgeo import gdal
    folder = str(tmp_path)
    shown = os.path.join(folder, "change_2018_2023_a_1.tif")
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(shown, 4, 4, 1, gdal.GDT_Byte)
    ds.GetRasterBand(1).WriteArray(np.ones((4, 4), dtype="uint8"))
    ds = None
    old = os.path.join(folder, "change_2018_2023_a_0.tif")
    _touch(old)
    _touch(old + ".aux.xml")
    other = os.path.join(folder, "change_2018_2023_b_0.tif")  # not written by this panel
    _touch(other)
    project = QgsProject()
    layer = QgsRasterLayer(shown, "change")
    assert layer.isValid()
    project.addMapLayer(layer)
    names = {os.path.basename(p) for p in (shown, old)}
    removed = clean_dock_folder(folder, days=0, project=project, names=names)
    assert sorted(removed) == sorted([os.path.basename(old), os.path.basename(old) + ".aux.xml"])
    assert os.path.exists(shown) and os.path.exists(other)
    # the 30-day rule leaves a file written now alone
    assert clean_dock_folder(folder, project=project) == []
    past = time.time() - 40 * 86400
    os.utime(other, (past, past))
    assert clean_dock_folder(folder, project=project) == [os.path.basename(other)]


def test_core_texts_show_decimals_in_the_users_locale(german):
    text = "12.5 % of the changed area, 2018 → 2023, tile E44N36, class 5, 0.25 ha"
    assert localised_decimals(text) == "12,5 % of the changed area, 2018 → 2023, tile E44N36, class 5, 0,25 ha"
    assert "{w:.1f} × {h:.1f} km".format(w=LocaleNumber(100.0), h=LocaleNumber(2.5)) == "100,0 × 2,5 km"
    assert "{:g}".format(LocaleNumber(1.5)) == "1.5"  # other formats as Python's


def test_long_addresses_can_wrap():
    text = breakable("https://example.org/a/very/long/path/CLMS_CLCPLUS_RAS_S2023.tif answered HTTP 503")
    assert "\u200b" in text and text.replace("\u200b", "") == \
        "https://example.org/a/very/long/path/CLMS_CLCPLUS_RAS_S2023.tif answered HTTP 503"
    assert breakable("short words only") == "short words only"


def test_the_news_of_a_step_stays_beside_its_progress_text(qgis_app):
    feedback = Feedback()
    said = []
    feedback.messageChanged.connect(said.append)
    feedback.setProgressText("0 of 1 tile(s) done")
    feedback.pushInfo("server busy; trying again in 8.0 s")
    feedback.setProgressText("0 of 1 tile(s) done")
    assert feedback.latest() == "0 of 1 tile(s) done\nserver busy; trying again in 8.0 s"


def test_fetch_progress_tells_the_bytes_downloaded(qgis_app, tmp_path):
    """The dock's progress line: "4 of 4 tile(s) done; 0.9 of 0.9 MB", where the downloads tell their sizes."""
    from servers import data
    from servers.fixtures import Feedback as Recording
    from servers.fixtures import request, sample_dir
    from servers.mirror import MirrorServer

    from clcplus_backbone.core import product
    from clcplus_backbone.core.sources import fetch_tiles

    class Feedback(Recording):
        def __init__(self):
            super().__init__()
            self.texts = []

        def setProgressText(self, text):  # noqa: N802 - QgsProcessingFeedback API
            self.texts.append(text)

    sample = sample_dir()
    server = MirrorServer()
    for tile in data.TILES:
        name = product.tile_file_name(2023, tile, product.LAND_COVER)
        server.put("/tiles/2023/" + name, data.read(data.tile_path(sample, 2023, tile, product.LAND_COVER)))
    server.start()
    try:
        feedback = Feedback()
        result = fetch_tiles(request(tmp_path, source="mirror", mirror=server.url("/tiles")), feedback)
    finally:
        server.stop()
    assert result.ok
    total = sum(len(data.read(data.tile_path(sample, 2023, t, product.LAND_COVER))) for t in data.TILES) / 1e6
    last = feedback.texts[-1]
    assert last.endswith(" MB") and "{:.1f} of {:.1f} MB".format(total, total) in last, feedback.texts
