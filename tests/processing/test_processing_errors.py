"""How the Processing algorithms fail: a QgsProcessingException that names the file and says what to
do, never a Python traceback and never a success that wrote nothing (issue 13).

Read-only folders: root ignores file permissions, so a folder is made read-only with chmod where
that works and with `chattr +i` (immutable) where it does not; the fixture undoes it afterwards.
"""

import os
import shutil
import subprocess

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (QgsFeature, QgsGeometry, QgsProcessingException, QgsProcessingFeedback, QgsProject,
                       QgsVectorLayer)

from clcplus_backbone.core import product
from clcplus_backbone.sample.generate import generate
from rasters import ORIGIN, patchy_classes, write_raster

X0, Y0 = ORIGIN
SAMPLE_SIZE = 64
SAMPLE_TILE = "E44N36"
# Inside the sample's E44N36 window (4499360-4500000, 3600000-3600640).
SAMPLE_EXTENT = "4499400,4499900,3600100,3600600 [EPSG:3035]"


# --- Fixtures and helpers ---------------------------------------------------------------------------

class ReadOnly:
    """Makes folders read-only (chmod, or chattr +i for root) and undoes it."""

    def __init__(self):
        self.locked = []

    def lock(self, folder):
        folder = str(folder)
        os.chmod(folder, 0o555)
        self.locked.append(folder)
        if os.access(folder, os.W_OK) and shutil.which("chattr"):  # root: permissions do not apply
            subprocess.run(["chattr", "+i", folder], capture_output=True)
        if os.access(folder, os.W_OK):
            self.undo()
            pytest.fail("cannot make a folder read-only here: as root this needs `chattr +i`, on a file system "
                        "that has it (not tmpfs); run the tests with a temporary folder on ext4 (pytest --basetemp)")
        return folder

    def undo(self):
        for folder in self.locked:
            if shutil.which("chattr"):
                subprocess.run(["chattr", "-i", folder], capture_output=True)
            os.chmod(folder, 0o755)
        self.locked = []


@pytest.fixture
def read_only():
    locker = ReadOnly()
    yield locker
    locker.undo()


@pytest.fixture
def read_only_folder(tmp_path, read_only):
    folder = tmp_path / "read-only"
    folder.mkdir()
    return read_only.lock(folder)


@pytest.fixture(scope="module")
def raster(tmp_path_factory):
    return write_raster(tmp_path_factory.mktemp("errors") / "lc.tif", patchy_classes(300, 400, seed=3),
                        nodata=product.NO_DATA)


@pytest.fixture
def a_file(tmp_path):
    path = tmp_path / "a_file"
    path.write_text("not a folder")
    return str(path)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """Small official tiles of 2023 in <folder>/tiles/<year>/<name>: a mirror folder for fetchtiles."""
    folder = str(tmp_path_factory.mktemp("errors-sample"))
    generate(folder, size=SAMPLE_SIZE, years=[2023], tiles=[SAMPLE_TILE], mosaics=False)
    return os.path.join(folder, "tiles")


pytestmark = pytest.mark.usefixtures("remembered_cache_dir")


def damage(path):
    """Cut a tiled GeoTIFF just after the start of its first block: the header still opens, every read
    of the first block fails with GDAL's IReadBlock error."""
    dataset = gdal.Open(str(path))
    offset = int(dataset.GetRasterBand(1).GetMetadataItem("BLOCK_OFFSET_0_0", "TIFF"))
    dataset = None
    with open(str(path), "r+b") as f:
        f.truncate(offset + 16)
    return str(path)


def damaged_copy(path, folder, name="damaged.tif"):
    copy = os.path.join(str(folder), name)
    shutil.copy(path, copy)
    return damage(copy)


def fetch_parameters(sample, cache_dir, **changes):
    values = {"EXTENT": SAMPLE_EXTENT, "YEAR": "2023", "SOURCE": 4, "MIRROR": sample,
              "CACHE_DIR": str(cache_dir), "TILE_SIZE": SAMPLE_SIZE, "OUTPUT": "TEMPORARY_OUTPUT"}
    values.update(changes)
    return values


def raises(run_algorithm, algorithm, parameters, *words, feedback=None):
    """Run, expecting a QgsProcessingException whose message holds every one of `words`; the message."""
    with pytest.raises(QgsProcessingException) as caught:
        run_algorithm(algorithm, parameters, feedback=feedback)
    message = str(caught.value)
    assert "Traceback" not in message, message
    for word in words:
        assert word in message, "{!r} not in {!r}".format(word, message)
    return message


class LockOnProgress(QgsProcessingFeedback):
    """Makes `folder` read-only at the first progress report: after the outputs were checked, while the
    analysis runs (a folder that becomes unwritable, a disk that fills up)."""

    def __init__(self, locker, folder):
        super().__init__()
        self.progressChanged.connect(self._lock)
        self.locker, self.folder = locker, folder

    def _lock(self, _percent):
        if self.folder is not None:
            folder, self.folder = self.folder, None
            self.locker.lock(folder)


def canceled_feedback():
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    return feedback


def cancel_on_progress():
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda _percent: feedback.cancel())
    return feedback


# --- Outputs that cannot be written -----------------------------------------------------------------

AREA_FILE_OUTPUTS = [("OUTPUT_HTML", "r.html", "Report"), ("OUTPUT", "t.gpkg", "Class areas"),
                     ("OUTPUT", "t.csv", "Class areas")]


@pytest.mark.parametrize("name, file_name, label", AREA_FILE_OUTPUTS)
def test_class_areas_into_a_folder_that_does_not_exist(run_algorithm, raster, tmp_path, name, file_name, label):
    path = str(tmp_path / "missing" / file_name)
    raises(run_algorithm, "clcplus:areastatistics", dict({"INPUT": raster, "OUTPUT": "memory:"}, **{name: path}),
           label, path, "the folder {} does not exist".format(tmp_path / "missing"), "create it")
    assert not os.path.exists(str(tmp_path / "missing"))


@pytest.mark.parametrize("name, file_name, label", AREA_FILE_OUTPUTS)
def test_class_areas_under_a_file(run_algorithm, raster, a_file, name, file_name, label):
    path = os.path.join(a_file, "sub", file_name)
    raises(run_algorithm, "clcplus:areastatistics", dict({"INPUT": raster, "OUTPUT": "memory:"}, **{name: path}),
           label, path, "{} is a file, not a folder".format(a_file), "choose another folder")


@pytest.mark.parametrize("name, file_name, label", AREA_FILE_OUTPUTS)
def test_class_areas_into_a_read_only_folder(run_algorithm, raster, read_only_folder, name, file_name, label):
    path = os.path.join(read_only_folder, file_name)
    raises(run_algorithm, "clcplus:areastatistics", dict({"INPUT": raster, "OUTPUT": "memory:"}, **{name: path}),
           label, path, "is read-only", "choose a folder you can write to")
    assert os.listdir(read_only_folder) == []


def test_an_output_name_that_is_a_folder(run_algorithm, raster, tmp_path):
    raises(run_algorithm, "clcplus:areastatistics", {"INPUT": raster, "OUTPUT": "memory:",
                                                     "OUTPUT_HTML": str(tmp_path)},
           "Report", "{} is a folder: give a file name".format(tmp_path))


def test_a_table_that_refuses_its_rows_is_not_a_success(run_algorithm, raster, tmp_path, read_only):
    """The folder becomes read-only during the analysis: the CSV table cannot take its rows. QGIS's
    sink says why; the run fails with it instead of printing the path of a file that is not there."""
    probe = tmp_path / "probe"
    probe.mkdir()
    read_only.lock(probe)  # fails here, not inside QGIS's progress signal (which would abort the run)
    read_only.undo()
    folder = tmp_path / "out"
    folder.mkdir()
    path = str(folder / "table.csv")
    message = raises(run_algorithm, "clcplus:areastatistics", {"INPUT": raster, "OUTPUT": path},
                     "Class areas", "Could not write {}".format(path), "choose a folder you can write to",
                     feedback=LockOnProgress(read_only, str(folder)))
    assert "Operation not permitted" in message or "Permission denied" in message
    assert not os.path.exists(path)


def test_a_report_that_cannot_be_written_at_the_end(run_algorithm, raster, tmp_path, read_only):
    folder = tmp_path / "out"
    folder.mkdir()
    path = str(folder / "report.html")
    raises(run_algorithm, "clcplus:areastatistics", {"INPUT": raster, "OUTPUT": "memory:", "OUTPUT_HTML": path},
           "Report", "Could not write {}".format(path), "choose a folder you can write to",
           feedback=LockOnProgress(read_only, str(folder)))


CHANGE_FILE_OUTPUTS = [("OUTPUT_RASTER", "c.tif", "Change raster"), ("OUTPUT_CSV", "m.csv", "From-to matrix (CSV)"),
                       ("OUTPUT_HTML", "r.html", "Report"), ("OUTPUT", "t.csv", "From-to table"),
                       ("OUTPUT_BALANCE", "b.gpkg", "Balance per class")]


def _change(raster, **outputs):
    return dict({"EARLIER": raster, "LATER": raster, "OUTPUT": "memory:", "OUTPUT_BALANCE": "memory:"}, **outputs)


@pytest.mark.parametrize("name, file_name, label", CHANGE_FILE_OUTPUTS)
def test_change_outputs_in_a_missing_folder_under_a_file_or_read_only(
        run_algorithm, raster, tmp_path, a_file, read_only_folder, name, file_name, label):
    missing = str(tmp_path / "missing" / file_name)
    raises(run_algorithm, "clcplus:changedetection", _change(raster, **{name: missing}),
           label, missing, "does not exist", "create it")
    under_file = os.path.join(a_file, file_name)
    raises(run_algorithm, "clcplus:changedetection", _change(raster, **{name: under_file}),
           label, under_file, "is a file, not a folder")
    read_only = os.path.join(read_only_folder, file_name)
    raises(run_algorithm, "clcplus:changedetection", _change(raster, **{name: read_only}),
           label, read_only, "is read-only", "choose a folder you can write to")
    assert not os.path.exists(str(tmp_path / "missing")) and os.listdir(read_only_folder) == []


def test_a_change_raster_that_cannot_be_put_in_place(run_algorithm, tmp_path, read_only):
    earlier = write_raster(tmp_path / "a.tif", patchy_classes(300, 300, seed=1))
    later = write_raster(tmp_path / "b.tif", patchy_classes(300, 300, seed=2))
    folder = tmp_path / "out"
    folder.mkdir()
    path = str(folder / "change.tif")
    raises(run_algorithm, "clcplus:changedetection", {"EARLIER": earlier, "LATER": later, "OUTPUT": "memory:",
                                                      "OUTPUT_RASTER": path},
           "Change raster", "Could not write {}".format(path), "choose a folder you can write to",
           feedback=LockOnProgress(read_only, str(folder)))
    assert not os.path.exists(path)


def test_fetch_mosaic_outputs(run_algorithm, sample, tmp_path, a_file, read_only_folder):
    for name in ("aoi.vrt", "aoi.tif"):
        missing = str(tmp_path / "missing" / name)
        raises(run_algorithm, "clcplus:fetchtiles", fetch_parameters(sample, tmp_path / "cache", OUTPUT=missing),
               "Mosaic of the area (VRT)", missing, "does not exist")
        under_file = os.path.join(a_file, name)
        raises(run_algorithm, "clcplus:fetchtiles", fetch_parameters(sample, tmp_path / "cache", OUTPUT=under_file),
               "Mosaic of the area (VRT)", under_file, "is a file, not a folder")
        read_only = os.path.join(read_only_folder, name)
        raises(run_algorithm, "clcplus:fetchtiles", fetch_parameters(sample, tmp_path / "cache", OUTPUT=read_only),
               "Mosaic of the area (VRT)", read_only, "is read-only")
    outlines = os.path.join(read_only_folder, "outlines.gpkg")
    raises(run_algorithm, "clcplus:fetchtiles", fetch_parameters(sample, tmp_path / "cache", OUTLINES=outlines),
           "Tile outlines", outlines, "is read-only")
    # The outputs are checked before anything is fetched.
    assert not os.path.exists(str(tmp_path / "cache")) and not os.path.exists(str(tmp_path / "missing"))


def test_grid_tiles_into_a_read_only_folder(run_algorithm, read_only_folder):
    path = os.path.join(read_only_folder, "tiles.shp")
    raises(run_algorithm, "clcplus:gridtiles", {"TILE_IDS": "E44N36", "OUTPUT": path},
           "Tile outlines", path, "is read-only")


# --- Rasters that cannot be read ----------------------------------------------------------------------

def test_class_areas_of_a_damaged_raster(run_algorithm, raster, tmp_path):
    damaged = damaged_copy(raster, tmp_path)
    message = raises(run_algorithm, "clcplus:areastatistics", {"INPUT": damaged, "OUTPUT": "memory:"},
                     "Cannot read the raster {}".format(damaged), "damaged or incomplete", "IReadBlock failed",
                     "replace it with a good copy")
    assert "tile cache" not in message


def test_change_with_a_damaged_raster(run_algorithm, raster, tmp_path):
    damaged = damaged_copy(raster, tmp_path)
    for earlier, later in ((damaged, raster), (raster, damaged)):
        raises(run_algorithm, "clcplus:changedetection",
               {"EARLIER": earlier, "LATER": later, "OUTPUT": "memory:", "MMU": 4,
                "OUTPUT_RASTER": str(tmp_path / "change.tif")},
               "Cannot read the raster {}".format(damaged), "replace it with a good copy")
        assert not os.path.exists(str(tmp_path / "change.tif"))
        assert [n for n in os.listdir(str(tmp_path)) if "partial" in n] == []


def test_a_damaged_tile_of_the_cache_behind_a_mosaic_says_fetch_it_again(run_algorithm, sample, tmp_path):
    cache_dir = tmp_path / "cache"
    fetched = run_algorithm("clcplus:fetchtiles", fetch_parameters(sample, cache_dir,
                                                                   OUTPUT=str(tmp_path / "aoi.vrt")))
    tile = fetched["TILES"][0]
    good = run_algorithm("clcplus:areastatistics", {"INPUT": fetched["OUTPUT"], "OUTPUT": "memory:"})
    damage(tile)
    # GDAL's own words differ by version (3.6/3.10: "IReadBlock failed"; 3.13: "TIFFReadDirectory").
    expect = ("The tile {} in the tile cache is damaged or incomplete".format(tile),
              "clcplus:fetchtiles", "Download again even if cached")
    raises(run_algorithm, "clcplus:areastatistics", {"INPUT": fetched["OUTPUT"], "OUTPUT": "memory:"}, *expect)
    raises(run_algorithm, "clcplus:changedetection", {"EARLIER": fetched["OUTPUT"], "LATER": fetched["OUTPUT"],
                                                      "OUTPUT": "memory:"}, *expect)
    # What the message says to do works: the fetch notices the damage and downloads the tile anew.
    run_algorithm("clcplus:fetchtiles", fetch_parameters(sample, cache_dir))
    again = run_algorithm("clcplus:areastatistics", {"INPUT": fetched["OUTPUT"], "OUTPUT": "memory:"})
    assert again["TOTAL_LAND_COVER_AREA"] == good["TOTAL_LAND_COVER_AREA"] > 0


def test_apply_legend_to_a_damaged_raster(run_algorithm, tmp_path):
    array = np.kron(patchy_classes(40, 40), np.ones((16, 16), np.uint8))
    damaged = damage(write_raster(tmp_path / "big.tif", array))
    raises(run_algorithm, "clcplus:applylegend", {"INPUT": damaged}, damaged, "replace it with a good copy")


# --- Cancel -----------------------------------------------------------------------------------------

def _zones():
    layer = QgsVectorLayer("Polygon?crs=EPSG:3035", "zones", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
        X0 + 100, Y0 - 1000, X0 + 1000, Y0 - 100)))
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.mark.parametrize("feedback", [canceled_feedback, cancel_on_progress])
def test_a_canceled_analysis_is_an_error_not_an_empty_result(run_algorithm, raster, tmp_path, feedback):
    raises(run_algorithm, "clcplus:areastatistics", {"INPUT": raster, "OUTPUT": "memory:"}, "Canceled",
           feedback=feedback())
    path = str(tmp_path / "change.tif")
    raises(run_algorithm, "clcplus:changedetection", {"EARLIER": raster, "LATER": raster, "OUTPUT": "memory:",
                                                      "OUTPUT_RASTER": path}, "Canceled", feedback=feedback())
    assert os.listdir(str(tmp_path)) == []


def test_every_algorithm_reports_a_cancel(run_algorithm, raster, sample, tmp_path):
    zones = _zones()
    try:
        for algorithm, parameters in [
                ("clcplus:areastatistics", {"INPUT": raster, "ZONES": zones.id(), "OUTPUT": "memory:"}),
                ("clcplus:changedetection", {"EARLIER": raster, "LATER": raster, "ZONES": zones.id(),
                                             "OUTPUT": "memory:"}),
                ("clcplus:gridtiles", {"AOI": zones.id(), "OUTPUT": "memory:"}),
                ("clcplus:gridtiles", {"TILE_IDS": "E44N36", "OUTPUT": "memory:"}),
                ("clcplus:fetchtiles", fetch_parameters(sample, tmp_path / "cache")),
                ("clcplus:applylegend", {"INPUT": raster})]:
            raises(run_algorithm, algorithm, parameters, "Canceled", feedback=canceled_feedback())
    finally:
        QgsProject.instance().removeMapLayer(zones.id())


# --- Extents ------------------------------------------------------------------------------------------

def test_an_extent_outside_the_raster_names_both_extents(run_algorithm, raster):
    outside = "{},{},{},{} [EPSG:3035]".format(X0 + 10_000, X0 + 11_000, Y0 + 5_000, Y0 + 6_000)
    raises(run_algorithm, "clcplus:areastatistics", {"INPUT": raster, "EXTENT": outside, "OUTPUT": "memory:"},
           "The extent 4510000, 3605000, 4511000, 3606000 (EPSG:3035) holds no pixel of {}".format(raster),
           "which covers 4500000, 3597000, 4504000, 3600000 (EPSG:3035)", "choose an extent that overlaps")
    raises(run_algorithm, "clcplus:changedetection", {"EARLIER": raster, "LATER": raster, "EXTENT": outside,
                                                      "OUTPUT": "memory:"},
           "The extent 4510000, 3605000, 4511000, 3606000 (EPSG:3035) holds no pixel of",
           "which covers 4500000, 3597000, 4504000, 3600000 (EPSG:3035)")


@pytest.mark.parametrize("algorithm", ["clcplus:areastatistics", "clcplus:changedetection", "clcplus:gridtiles",
                                       "clcplus:fetchtiles"])
def test_an_empty_extent_is_refused(run_algorithm, raster, sample, tmp_path, algorithm):
    empty = "{0},{0},{1},{2} [EPSG:3035]".format(X0 + 500, Y0 - 1000, Y0 - 500)
    parameters = {"clcplus:areastatistics": {"INPUT": raster, "OUTPUT": "memory:"},
                  "clcplus:changedetection": {"EARLIER": raster, "LATER": raster, "OUTPUT": "memory:"},
                  "clcplus:gridtiles": {"OUTPUT": "memory:"},
                  "clcplus:fetchtiles": fetch_parameters(sample, tmp_path / "cache")}[algorithm]
    raises(run_algorithm, algorithm, dict(parameters, EXTENT=empty),
           "The extent 4500500, 3599000, 4500500, 3599500 (EPSG:3035) is empty", "give a rectangle with an area")


def test_the_engine_refuses_empty_and_outside_extents_too(raster):
    from clcplus_backbone.core import change, stats
    from clcplus_backbone.core.blocks import RasterError
    with pytest.raises(RasterError, match="is empty"):
        stats.class_areas(raster, extent=(X0 + 10, Y0 - 10, X0 + 10, Y0))
    with pytest.raises(RasterError, match="holds no pixel of .*which covers"):
        change.change_detection([raster, raster], extent=(0, 0, 100, 100))
    # An extent narrower than a pixel that holds no pixel centre is outside too.
    with pytest.raises(RasterError, match="holds no pixel"):
        stats.class_areas(raster, extent=(X0 + 1, Y0 - 100, X0 + 4, Y0))

