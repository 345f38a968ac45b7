"""clcplus:fetchtiles through processing.run, against test servers on 127.0.0.1."""

import os

import pytest
from osgeo import gdal
from qgis.core import (QgsFeature, QgsGeometry, QgsProcessingException, QgsProcessingFeatureSourceDefinition,
                       QgsProject, QgsRectangle, QgsSettings, QgsVectorLayer)

from clcplus_backbone.core import cache, product
from servers import data
from servers.fixtures import auth_config, sample_dir
from servers.imageserver import ImageServer
from servers.mirror import MirrorServer
from servers.wekeo import WekeoServer

ALG = "clcplus:fetchtiles"
# Around the corner the four sample tiles share, in EPSG:3035: all four tiles.
AROUND_CENTRE = "4499500,4500300,3599700,3600400 [EPSG:3035]"


@pytest.fixture(scope="module")
def sample(qgis_app):
    return sample_dir()


pytestmark = pytest.mark.usefixtures("remembered_cache_dir")


@pytest.fixture
def mirror(sample):
    server = MirrorServer()
    for tile in data.TILES:
        server.put("/{}/{}".format(2023, product.tile_file_name(2023, tile)),
                   data.read(data.tile_path(sample, 2023, tile)))
    server.start()
    yield server
    server.stop()


def params(cache_dir, **changes):
    values = {"EXTENT": AROUND_CENTRE, "YEAR": "2023", "SOURCE": 4, "CACHE_DIR": str(cache_dir),
              "TILE_SIZE": data.SIZE, "OUTPUT": "TEMPORARY_OUTPUT", "OUTLINES": "TEMPORARY_OUTPUT"}
    values.update(changes)
    return values


def test_the_algorithm_is_registered_with_help_for_every_parameter(processing_registry):
    algorithm = processing_registry.algorithmById(ALG)
    assert algorithm is not None and algorithm.displayName() == "Fetch tiles of an area"
    for parameter in algorithm.parameterDefinitions():
        assert parameter.help(), parameter.name()
    assert algorithm.parameterDefinition("OUTPUT").defaultFileExtension() == "vrt"


def test_fetch_from_a_mirror_with_vrt_outlines_and_no_request_the_second_time(
        run_algorithm, mirror, sample, tmp_path):
    cache_dir = tmp_path / "cache"
    result = run_algorithm(ALG, params(cache_dir, MIRROR=mirror.url("")))
    assert result["TILE_COUNT"] == 4 and result["DOWNLOADED"] == 4
    assert len(result["TILES"]) == 4
    for path in result["TILES"]:
        assert path.startswith(str(cache_dir)) and os.path.isfile(path)
        tile = product.parse_file_name(path).tile
        assert data.read(path) == data.read(data.tile_path(sample, 2023, data.TILES[
            [str(t) for t in data.TILES].index(tile)]))
    vrt = result["OUTPUT"]
    assert vrt.endswith(".vrt")
    out = gdal.Open(vrt)
    assert out.GetGeoTransform() == (4_499_500, 10, 0, 3_600_400, 0, -10)
    assert (out.RasterXSize, out.RasterYSize) == (80, 70)
    assert sorted(out.GetFileList()[1:]) == sorted(result["TILES"])
    outlines = QgsVectorLayer(result["OUTLINES"], "outlines", "ogr") if isinstance(result["OUTLINES"], str) \
        else result["OUTLINES"]
    features = sorted(outlines.getFeatures(), key=lambda f: f["tile_id"])
    assert [f["tile_id"] for f in features] == ["E44N35", "E44N36", "E45N35", "E45N36"]
    assert {f["status"] for f in features} == {"downloaded"} and features[0]["source"] == "mirror"
    assert features[0].geometry().boundingBox() == QgsRectangle(*data.LAYOUT.extent(data.TILES[0]))
    assert outlines.crs().authid() == "EPSG:3035"
    assert QgsSettings().value(cache.SETTINGS_CACHE_DIR) == str(cache_dir)
    mirror.clear_log()
    again = run_algorithm(ALG, params(cache_dir, MIRROR=mirror.url("")))
    assert again["DOWNLOADED"] == 0 and sorted(again["TILES"]) == sorted(result["TILES"])
    assert mirror.requests() == []


def test_an_aoi_layer_with_selected_features_only(run_algorithm, mirror, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "aoi", "memory")
    import pyproj
    to_lonlat = pyproj.Transformer.from_crs(3035, 4326, always_xy=True)
    features = []
    for x, y in ((4_499_700, 3_600_200), (4_500_200, 3_599_800)):  # inside E44N36, inside E45N35
        ring = [to_lonlat.transform(x + dx, y + dy) for dx, dy in ((0, 0), (100, 0), (100, 100), (0, 100))]
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON(({}))".format(
            ",".join("{} {}".format(*p) for p in ring + ring[:1]))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([1])
        source = QgsProcessingFeatureSourceDefinition(layer.id(), selectedFeaturesOnly=True)
        result = run_algorithm(ALG, params(tmp_path, EXTENT=None, AOI=source, MIRROR=mirror.url("")))
        assert [product.parse_file_name(p).tile for p in result["TILES"]] == ["E44N36"]
        out = gdal.Open(result["OUTPUT"])
        x0, _dx, _rx, y0, _ry, _dy = out.GetGeoTransform()
        assert 4_499_690 <= x0 <= 4_499_700 and out.RasterXSize <= 12 and out.RasterYSize <= 12
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_the_imageserver_for_2018(run_algorithm, sample, tmp_path):
    server = ImageServer({2018: data.mosaic_path(sample, 2018)}).start()
    try:
        result = run_algorithm(ALG, params(tmp_path, YEAR="2018", SOURCE=0, SERVICE_URL=server.service_url()))
        assert result["DOWNLOADED"] == 4 and server.exports
        for path in result["TILES"]:
            assert "/2018/RAS/" in path
    finally:
        server.stop()


def test_a_local_mosaic_gives_a_vrt_window_and_no_tile_files(run_algorithm, sample, tmp_path):
    mosaic = data.mosaic_path(sample, 2021)
    result = run_algorithm(ALG, params(tmp_path / "cache", YEAR="2021", MIRROR=mosaic))
    assert result["TILES"] == [] and result["DOWNLOADED"] == 0 and result["TILE_COUNT"] == 4
    out = gdal.Open(result["OUTPUT"])
    assert out.GetFileList()[1:] == [mosaic]
    assert not os.path.exists(str(tmp_path / "cache"))


def test_wrong_wekeo_credentials_fail_with_a_clear_message(run_algorithm, sample, tmp_path):
    server = WekeoServer(sample).start()
    wrong = auth_config("WEkEO typo", username="alice", password="typo")
    try:
        with pytest.raises(QgsProcessingException, match="WEkEO refused the user name or password"):
            run_algorithm(ALG, params(tmp_path, SOURCE=0, SERVICE_URL=server.base_url, AUTHCFG=wrong))
    finally:
        server.stop()
    assert os.listdir(str(tmp_path)) == []


def test_failed_tiles_fail_the_algorithm_and_say_which(run_algorithm, mirror, sample, tmp_path):
    from servers.base import Fault
    target = "/2023/" + product.tile_file_name(2023, data.TILES[0])
    mirror.fail(target, Fault("replace", body=data.with_crs(data.tile_path(sample, 2023, data.TILES[0]), 3857)))
    with pytest.raises(QgsProcessingException, match="1 tile\\(s\\) could not be fetched.*\nE44N35: .*EPSG:3857"):
        run_algorithm(ALG, params(tmp_path, MIRROR=mirror.url("")))
    assert len(os.listdir(str(tmp_path / "sample64" / "2023" / "RAS"))) == 3


def test_a_tif_name_gives_a_geotiff_copy_of_the_mosaic(run_algorithm, mirror, sample, tmp_path):
    result = run_algorithm(ALG, params(tmp_path / "cache", MIRROR=mirror.url(""), OUTPUT=str(tmp_path / "aoi.tif")))
    out = gdal.Open(result["OUTPUT"])
    assert out.GetDriver().ShortName == "GTiff" and out.GetFileList() == [str(tmp_path / "aoi.tif")]
    via_vrt = run_algorithm(ALG, params(tmp_path / "cache", MIRROR=mirror.url(""), OUTPUT=str(tmp_path / "aoi.vrt")))
    vrt = gdal.Open(via_vrt["OUTPUT"])
    assert (out.GetRasterBand(1).ReadAsArray() == vrt.GetRasterBand(1).ReadAsArray()).all()
    assert out.GetGeoTransform() == (4_499_500, 10, 0, 3_600_400, 0, -10)


def test_aoi_bounds_snap_outwards_and_mix_crss():
    from clcplus_backbone.core.sources import aoi_bounds
    assert aoi_bounds([("POLYGON((4499501 3599702,4500299 3599702,4500299 3600399,4499501 3599702))", 3035)]) == (
        4_499_500, 3_599_700, 4_500_300, 3_600_400)
    box = aoi_bounds([("POINT(4499995 3599995)", 3035), ("POINT(12.84 52.4)", "EPSG:4326")])
    assert box[0] == 4_499_990 and box[2] > 4_500_000
    assert aoi_bounds([("POINT(0 0)", "EPSG:3035")]) == (0, 0, 0, 0) and aoi_bounds([]) is None


def test_a_password_in_the_mirror_url_is_used_but_the_user_is_told_to_keep_it_elsewhere(
        run_algorithm, mirror, tmp_path):
    from qgis.core import QgsProcessingFeedback

    class Warnings(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802 - QGIS API
            self.warnings.append(text)
            super().pushWarning(text)
    url = mirror.url("").replace("http://", "http://alice:hunter2@")
    feedback = Warnings()
    result = run_algorithm(ALG, params(tmp_path, MIRROR=url), feedback)
    assert result["DOWNLOADED"] == 4
    assert any("authentication configuration" in w for w in feedback.warnings), feedback.warnings
    assert not any("hunter2" in w for w in feedback.warnings)
    quiet = Warnings()
    run_algorithm(ALG, params(tmp_path, MIRROR=mirror.url("")), quiet)
    assert not any("authentication configuration" in w for w in quiet.warnings)
