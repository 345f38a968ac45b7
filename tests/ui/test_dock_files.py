"""The dock's own files (ui/dockfiles.py): old mosaics cleaned up, and what no layer shows any more removed
at the next run while what a layer shows stays.
"""

import os
import time

import pytest
from qgis.core import QgsProject, QgsRasterLayer

from dock_driver import group_layers, wait_idle, wait_tiles

pytestmark = pytest.mark.usefixtures("own_settings")  # tests/ui/conftest.py


def test_old_mosaics_are_cleaned_up(qgis_app, tmp_path):
    from clcplus_backbone.ui.dockfiles import KEEP_DAYS, clean_dock_folder
    old, new, used = (tmp_path / "landcover_2023_old.vrt"), (tmp_path / "landcover_2023_new.vrt"), \
        (tmp_path / "change_2018_2023_used.tif")
    other = tmp_path / "notes.txt"
    for path in (old, new, used, other):
        path.write_text("x")
    long_ago = time.time() - (KEEP_DAYS + 1) * 86400
    for path in (old, used, other):
        os.utime(path, (long_ago, long_ago))
    layer = QgsRasterLayer(str(used), "change", "gdal")  # invalid raster, but its source counts as used
    QgsProject.instance().addMapLayer(layer, False)
    try:
        assert clean_dock_folder(str(tmp_path)) == ["landcover_2023_old.vrt"]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert not old.exists() and new.exists() and used.exists() and other.exists()


def test_the_panels_files_no_layer_shows_are_removed_at_the_next_run(dock, iface):
    """The dock's folder does not fill up: a mosaic of another area and an earlier change raster, once their layers
    are removed, go at the next fetch or comparison; what a layer shows and the area's own mosaics stay."""
    from clcplus_backbone.ui.aoi import TILES
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    wait_tiles(dock)
    dock.year.setCurrentIndex(dock.year.findData(2023))
    dock.compare_year.setCurrentIndex(dock.compare_year.findData(2018))
    dock.change.compare.click()
    wait_idle(dock)
    folder = os.path.join(dock.source.cache_dir(), "dock")
    first = set(os.listdir(folder))
    (change,) = group_layers("CLCplus Backbone 2018 → 2023")
    old_change = change.source()
    QgsProject.instance().removeMapLayer(change.id())  # the user removes the change layer
    dock.aoi.tile_ids.setText("E45N36")  # another area
    wait_tiles(dock)
    dock.fetch.click()
    wait_idle(dock)
    assert not os.path.exists(old_change)  # no layer shows it: gone
    kept = [n for n in first if n.startswith("landcover_")]
    assert kept and all(os.path.exists(os.path.join(folder, n)) for n in kept)  # their layers are still there
    for layer in group_layers("CLCplus Backbone 2018"):
        QgsProject.instance().removeMapLayer(layer.id())
    dock.fetch.click()
    wait_idle(dock)
    gone = [n for n in kept if n.startswith("landcover_2018_")]
    assert gone and not any(os.path.exists(os.path.join(folder, n)) for n in gone)
    assert dock.status.text().startswith("✔")
