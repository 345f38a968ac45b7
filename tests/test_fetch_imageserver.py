"""The EEA ImageServer source against an ArcGIS-like ImageServer on 127.0.0.1."""

import pytest

from clcplus_backbone.core import product
from clcplus_backbone.core.sources import CACHED, DOWNLOADED, FAILED, UNAVAILABLE, SourceError, fetch_tiles
from clcplus_backbone.core.sources.imageserver import DEFAULT_URL, ImageServerSource, service_name, split, windows
from clcplus_backbone.core.grid import parse_tile_id
from servers import data
from servers.base import Fault
from servers.fixtures import request, sample_dir
from servers.imageserver import PREFIX, ImageServer

YEAR = 2018


@pytest.fixture(scope="module")
def sample(qgis_app):
    return sample_dir()


@pytest.fixture
def server(sample):
    s = ImageServer({2018: data.mosaic_path(sample, 2018), 2021: data.mosaic_path(sample, 2021)},
                    max_size=(40, 24)).start()
    yield s
    s.stop()


def fetch(server, cache, **changes):
    return fetch_tiles(request(cache, year=changes.pop("year", YEAR), source="imageserver",
                               service_url=server.service_url(), **changes))


def test_the_real_service_address_and_its_name():
    assert ImageServerSource().service_url(2021) == (
        "https://copernicus.discomap.eea.europa.eu/arcgis/rest/services/CLC_plus/"
        + product.mosaic_file_name(2021)[:-len("_03035_V1_1.tif")] + "/ImageServer")
    assert DEFAULT_URL.startswith("https://copernicus.discomap.eea.europa.eu/")
    assert service_name(2018).endswith("_2018_010m_eu")


def test_windows_are_aligned_and_within_the_limits():
    assert split(10_000, 4100) == [3334, 3333, 3333] and split(64, 40) == [32, 32] and split(30, 40) == [30]
    tile = parse_tile_id("E44N36")
    parts = windows(tile.extent, 4100, 4100)
    assert len(parts) == 9
    assert parts[0] == (0, 0, 3334, 3334, (4_400_000, 3_666_660, 4_433_340, 3_700_000))
    assert parts[-1] == (6667, 6667, 3333, 3333, (4_466_670, 3_600_000, 4_500_000, 3_633_330))
    assert sum(w * h for _c, _r, w, h, _b in parts) == 10_000 * 10_000


def test_tiles_are_assembled_pixel_for_pixel(server, sample, tmp_path):
    result = fetch(server, tmp_path)
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 4
    for outcome in result.outcomes:
        got, geotransform, crs = data.pixels(outcome.path)
        expected, source_geotransform, _crs = data.pixels(data.tile_path(sample, YEAR, outcome.tile))
        assert (got == expected).all()
        assert geotransform == source_geotransform and crs == "3035"
        extent = data.LAYOUT.extent(outcome.tile)
        assert geotransform == (extent[0], 10.0, 0.0, extent[3], 0.0, -10.0)
    # 64 x 64 tiles within 40 x 24 windows: 2 x 3 requests each, never above the limits.
    assert len(server.exports) == 4 * 6
    assert all(w <= 40 and h <= 24 for _box, (w, h) in server.exports)
    exports = server.requests(PREFIX, "GET")
    assert exports[0].query == {"f": "json"}
    query = exports[1].query
    assert (query["bboxSR"], query["imageSR"], query["format"], query["pixelType"], query["interpolation"],
            query["noData"], query["f"]) == ("3035", "3035", "tiff", "U8", "RSP_NearestNeighbor", "255", "image")
    # The second run makes no request.
    server.clear_log()
    again = fetch(server, tmp_path)
    assert [o.status for o in again.outcomes] == [CACHED] * 4 and server.requests() == []


def test_windows_in_the_wrong_crs_are_refused(server, tmp_path):
    server.export_epsg = 3857
    result = fetch(server, tmp_path)
    assert [o.status for o in result.outcomes] == [FAILED] * 4
    assert "is in EPSG:3857, not EPSG:3035" in result.outcomes[0].message
    assert data.snapshot(str(tmp_path)) == {}


def test_a_corrupt_or_truncated_window_fails_its_tile_only(server, sample, tmp_path):
    server.fail(PREFIX + service_name(YEAR) + "/ImageServer/exportImage",
                Fault("replace", body=b"II*\x00garbage" * 10), Fault("drop", after=100),
                Fault("drop", after=100), Fault("drop", after=100))
    result = fetch(server, tmp_path, tiles=data.TILES[:1])
    # The garbage window fails the tile; the dropped ones were resumed or retried.
    assert result.outcomes[0].status == FAILED
    assert "not an image GDAL can open" in result.outcomes[0].message
    assert data.snapshot(str(tmp_path)) == {}
    result = fetch(server, tmp_path, tiles=data.TILES[:1])
    got, _gt, _crs = data.pixels(result.outcomes[0].path)
    assert (got == data.pixels(data.tile_path(sample, YEAR, data.TILES[0]))[0]).all()


def test_the_service_error_message_reaches_the_user(server, tmp_path):
    server.max_width = 20  # the description still says 40: every export is refused
    server.fail(PREFIX + service_name(YEAR) + "/ImageServer", Fault("replace", body=(
        b'{"extent": {"xmin": 4499360, "ymin": 3599360, "xmax": 4500640, "ymax": 3600640, '
        b'"spatialReference": {"wkid": 3035}}, "pixelSizeX": 10, "pixelSizeY": 10, '
        b'"maxImageWidth": 40, "maxImageHeight": 24}')), method="GET")
    result = fetch(server, tmp_path, tiles=data.TILES[:1])
    assert result.outcomes[0].status == FAILED
    assert "Requested image exceeds the size limit (32x22 > 20x24)" in result.outcomes[0].message


def test_tiles_outside_the_service_extent_are_unavailable(server, tmp_path):
    far = parse_tile_id("E50N40")
    result = fetch(server, tmp_path, tiles=[far, data.TILES[0]])
    assert {str(o.tile): o.status for o in result.outcomes} == {"E44N35": DOWNLOADED, "E50N40": UNAVAILABLE}


def test_a_service_not_in_epsg_3035_or_unknown(server, tmp_path):
    server.fail(PREFIX, Fault("replace", body=b'{"extent": {"spatialReference": {"wkid": 3857}}}'))
    with pytest.raises(SourceError, match="is in EPSG:3857, not EPSG:3035"):
        fetch(server, tmp_path)
    server.sources.pop(2021)
    with pytest.raises(SourceError, match="Service not found"):
        fetch(server, tmp_path, year=2021)


def test_2023_is_not_on_the_imageserver(tmp_path):
    with pytest.raises(SourceError, match="EEA ImageServer has no land cover layer for 2023"):
        fetch_tiles(request(tmp_path, year=2023, source="imageserver"))
