"""The EEA ImageServer source against an ArcGIS-like ImageServer on 127.0.0.1."""

import urllib.request
from urllib.parse import urlencode

import numpy as np
import pytest
from osgeo import gdal

from clcplus_backbone.core import legend, product
from clcplus_backbone.core.grid import parse_tile_id
from clcplus_backbone.core.sources import CACHED, DOWNLOADED, FAILED, UNAVAILABLE, SourceError, fetch_tiles
from clcplus_backbone.core.sources import imageserver
from clcplus_backbone.core.sources.imageserver import (DEFAULT_URL, ImageServerSource, request_size, service_name,
                                                      split, window_count, windows)
from servers import data
from servers.base import Fault
from servers.fixtures import request, sample_dir
from servers.imageserver import ABSENT, ESRI_LAEA, ESRI_LAEA_9E, PREFIX, ImageServer

YEAR = 2018


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
    assert split(10_000, 2500) == [2500] * 4 and split(64, 40) == [32, 32] and split(30, 40) == [30]
    # Whatever the service allows, a request is at most 2500 x 2500 pixels (6.25 M).
    assert request_size(15_000, 4100) == (2500, 2500) and request_size(40, 24) == (40, 24)
    tile = parse_tile_id("E44N36")
    parts = windows(tile.extent, *request_size(15_000, 4100))
    assert len(parts) == 16 == window_count(tile.extent, 2500, 2500)
    assert parts[0] == (0, 0, 2500, 2500, (4_400_000, 3_675_000, 4_425_000, 3_700_000))
    assert parts[-1] == (7500, 7500, 2500, 2500, (4_475_000, 3_600_000, 4_500_000, 3_625_000))
    assert sum(w * h for _c, _r, w, h, _b in parts) == 10_000 * 10_000
    # Counted without listing them: a 1 px limit would be 10^8 requests for one tile.
    assert window_count(tile.extent, 1, 1) == 10 ** 8
    assert window_count(tile.extent, 1024, 1024) == 100 == imageserver.MAX_REQUESTS_PER_TILE
    assert window_count(tile.extent, 999, 999) == 121


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


def window_from(server, tile=data.TILES[0], year=YEAR, **changes):
    """One exportImage answer fetched straight from the test server, as a GDAL dataset."""
    extent = data.LAYOUT.extent(tile)
    params = {"bbox": "{:.0f},{:.0f},{:.0f},{:.0f}".format(extent[0], extent[3] - 240, extent[0] + 400, extent[3]),
              "bboxSR": 3035, "imageSR": 3035, "size": "40,24", "format": "tiff", "pixelType": "U8",
              "interpolation": "RSP_NearestNeighbor", "noData": 255, "adjustAspectRatio": "false",
              "compression": "LZ77", "f": "image"}
    params.update(changes)
    url = server.url(PREFIX + service_name(year) + "/ImageServer/exportImage?" + urlencode(params))
    with urllib.request.urlopen(url, timeout=10) as answer:
        body = answer.read()
    path = "/vsimem/window_from_{}.tif".format(id(body))
    gdal.FileFromMemBuffer(path, body)
    dataset = gdal.Translate("", path, format="MEM")
    gdal.Unlink(path)
    return dataset


@pytest.mark.parametrize("keys", ["STANDARD", "ESRI_PE"])
def test_windows_labelled_with_an_esri_wkt_are_epsg_3035(server, sample, tmp_path, keys):
    server.export_crs, server.geotiff_keys = ESRI_LAEA, keys
    # What the service sends: EPSG:3035 by its definition, without any EPSG code. (GDAL 3.13 finds
    # the code itself in standard GeoTIFF keys; GDAL 3.6 and 3.10 read them as a CRS without one.)
    window = window_from(server).GetSpatialRef()
    if keys == "ESRI_PE" or int(gdal.VersionInfo()) < 3110000:
        assert window.GetAuthorityCode(None) is None and window.GetAuthorityName(None) is None
    result = fetch(server, tmp_path)
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 4
    for outcome in result.outcomes:
        got, _geotransform, crs = data.pixels(outcome.path)
        assert (got == data.pixels(data.tile_path(sample, YEAR, outcome.tile))[0]).all()
        assert crs == "3035"  # the tile itself carries the EPSG code


@pytest.mark.parametrize("crs, keys, shown", [
    (3857, "STANDARD", "is in EPSG:3857, not EPSG:3035"),
    (3857, "ESRI_PE", "EPSG:3857"),  # no code in the file, but GDAL identifies it: '"WGS 84 / ..." (EPSG:3857)'
    # The same Esri name and projection, centred on 9 degrees east: GDAL even gives it EPSG:3035's name.
    (ESRI_LAEA_9E, "STANDARD", "+lon_0=9 "),
    (ESRI_LAEA_9E, "ESRI_PE", "+lon_0=9 "),
], ids=["3857", "3857-esri-pe", "esri-laea-9e", "esri-laea-9e-esri-pe"])
def test_windows_in_another_crs_are_refused(server, tmp_path, crs, keys, shown):
    server.export_crs, server.geotiff_keys = crs, keys
    result = fetch(server, tmp_path)
    assert [o.status for o in result.outcomes] == [FAILED] * 4
    message = result.outcomes[0].message
    assert shown in message and "not EPSG:3035" in message
    assert message.endswith("try again later, or choose another data source, such as WEkEO or a mirror")
    assert "Traceback" not in message
    assert data.snapshot(str(tmp_path)) == {}


def test_windows_of_another_pixel_type_are_refused(server, tmp_path):
    server.pixel_type = gdal.GDT_UInt16
    result = fetch(server, tmp_path, tiles=data.TILES[:1])
    assert result.outcomes[0].status == FAILED
    assert "holds UInt16 values, not the 8-bit values asked for; try again later" in result.outcomes[0].message


@pytest.mark.parametrize("reference, ok", [
    ({"wkt": ESRI_LAEA}, True), ({"wkid": 3035}, True), ({"latestWkid": 3035, "wkid": 102013}, True),
    ({"wkt": ESRI_LAEA_9E}, False), ({"wkid": 102013}, False), ({}, False)],
    ids=["esri-wkt", "wkid", "latest-wkid", "esri-wkt-9e", "esri-102013", "none"])
def test_the_service_crs_is_recognised_by_what_it_is(server, sample, tmp_path, reference, ok):
    dataset = gdal.Open(data.mosaic_path(sample, YEAR))
    x0, _dx, _rx, y0, _ry, _dy = dataset.GetGeoTransform()
    extent = {"xmin": x0, "ymin": y0 - 10 * dataset.RasterYSize, "xmax": x0 + 10 * dataset.RasterXSize, "ymax": y0,
              "spatialReference": reference}
    dataset = None
    server.described = {"extent": extent}
    if ok:
        assert [o.status for o in fetch(server, tmp_path).outcomes] == [DOWNLOADED] * 4
    else:
        with pytest.raises(SourceError, match="not EPSG:3035; try again later, or choose another data source"):
            fetch(server, tmp_path)
        assert server.exports == []


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
    assert "Requested image exceeds the size limit (32x22 > 20x24); try again later, or choose another data " \
           "source, such as WEkEO or a mirror" in result.outcomes[0].message


def test_tiles_outside_the_service_extent_are_unavailable(server, tmp_path):
    far = parse_tile_id("E50N40")
    result = fetch(server, tmp_path, tiles=[far, data.TILES[0]])
    assert {str(o.tile): o.status for o in result.outcomes} == {"E44N35": DOWNLOADED, "E50N40": UNAVAILABLE}


@pytest.mark.parametrize("described, shown", [
    ({"maxImageWidth": 1, "maxImageHeight": 1}, "1 x 1 pixels a request, so one tile would take 4096 requests"),
    ({"maxImageWidth": 1}, "1 x 24 pixels a request, so one tile would take 192 requests"),
    ({"maxImageHeight": 1}, "40 x 1 pixels a request, so one tile would take 128 requests"),
])
def test_a_tiny_size_limit_is_refused_before_any_export(server, tmp_path, described, shown):
    server.described = described
    with pytest.raises(SourceError, match=r"allows only {} \(the plugin makes at most 100\); try again later, "
                                          r"or choose another data source, such as WEkEO".format(shown)):
        fetch(server, tmp_path)
    assert server.exports == [] and server.requests(PREFIX + service_name(YEAR) + "/ImageServer/exportImage") == []
    assert data.snapshot(str(tmp_path)) == {}


@pytest.mark.parametrize("value", [0, -4100, 0.5, "many", True, [4100], {"pixels": 4100}, float("nan"),
                                   float("inf")])
def test_an_unusable_size_limit_is_refused(server, tmp_path, value):
    server.described = {"maxImageWidth": value}
    with pytest.raises(SourceError, match=r"describes an unusable image size limit \(maxImageWidth .*, "
                                          r"maxImageHeight 24\); try again later, or choose another data source"):
        fetch(server, tmp_path)
    assert server.exports == []


@pytest.mark.parametrize("missing", [ABSENT, None])
def test_missing_size_limits_fall_back_to_arcgis_usual_ones(server, sample, tmp_path, missing):
    # ArcGIS's usual 15 000 x 4 100, capped at 2500 x 2500: the 64 px sample tiles take one request each.
    server.described = {"maxImageWidth": missing, "maxImageHeight": missing}
    server.max_width = server.max_height = 64
    result = fetch(server, tmp_path)
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 4
    assert [size for _box, size in server.exports] == [(64, 64)] * 4
    for outcome in result.outcomes:
        assert (data.pixels(outcome.path)[0] == data.pixels(data.tile_path(sample, YEAR, outcome.tile))[0]).all()


def test_requests_stay_small_whatever_the_service_allows(server, sample, tmp_path, monkeypatch):
    # A huge described limit does not make huge requests: REQUEST_SIDE caps every window
    # (2500 in the plugin; 16 here, so that the 64 px sample tiles show it).
    monkeypatch.setattr(imageserver, "REQUEST_SIDE", 16)
    server.described = {"maxImageWidth": 10 ** 12, "maxImageHeight": 10 ** 12}
    result = fetch(server, tmp_path)
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 4
    assert [size for _box, size in server.exports] == [(16, 16)] * 64
    for outcome in result.outcomes:
        assert (data.pixels(outcome.path)[0] == data.pixels(data.tile_path(sample, YEAR, outcome.tile))[0]).all()


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


# --- 254 (outside area) and 255 (no data) ----------------------------------------------------

def _partial_source(folder, tile=data.TILES[0], columns=48):
    """A source raster over the first `columns` columns of `tile` only, holding 254 and 255
    blocks beside land-cover codes; (path, the tile's expected pixels)."""
    extent = data.LAYOUT.extent(tile)
    values = np.full((data.SIZE, columns), 3, dtype=np.uint8)
    values[:, :16] = product.OUTSIDE_AREA
    values[:32, 16:32] = product.NO_DATA
    values[32:, 16:32] = 1
    values[::5, 40:] = product.OUTSIDE_AREA
    values[1::5, 40:] = product.NO_DATA
    path = str(folder / "partial.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(path, columns, data.SIZE, 1, gdal.GDT_Byte)
    dataset.SetGeoTransform((extent[0], 10, 0, extent[3], 0, -10))
    dataset.SetSpatialRef(gdal.Open(data.tile_path(sample_dir(), YEAR, tile)).GetSpatialRef())
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None
    expected = np.full((data.SIZE, data.SIZE), product.NO_DATA, dtype=np.uint8)  # beyond the source: no data
    expected[:, :columns] = values
    return path, expected


@pytest.fixture
def partial(sample, tmp_path):
    path, expected = _partial_source(tmp_path)
    s = ImageServer({YEAR: path}, max_size=(40, 24)).start()
    yield s, expected
    s.stop()


@pytest.mark.parametrize("tag", ["asked", None, product.OUTSIDE_AREA, product.NO_DATA])
def test_254_and_255_stay_apart_whatever_the_window_nodata_tag(partial, tmp_path, tag):
    """What the tile relies on: the service's 254 and 255 are copied as they are (the window's
    nodata tag - 255 as asked, none, even 254 - changes no value); pixels the service has
    nothing for are 255; the tile's nodata is 255 and 254 is a class with its colour."""
    server, expected = partial
    if tag != "asked":
        server.nodata_tag = tag
    window = window_from(server)
    assert window.GetRasterBand(1).GetNoDataValue() == (255 if tag == "asked" else tag)
    values = window.GetRasterBand(1).ReadAsArray()
    assert {product.OUTSIDE_AREA, product.NO_DATA} <= set(np.unique(values).tolist())  # one window holds both
    result = fetch(server, tmp_path / "cache", tiles=data.TILES[:1])
    assert result.outcomes[0].status == DOWNLOADED, result.outcomes[0].message
    assert all(query["noData"] == "255" for query in (r.query for r in server.requests(PREFIX))
               if "bbox" in query)
    dataset = gdal.Open(result.outcomes[0].path)
    band = dataset.GetRasterBand(1)
    got = band.ReadAsArray()
    assert (got == expected).all()
    assert (got == product.OUTSIDE_AREA).sum() == (expected == product.OUTSIDE_AREA).sum() > 0
    assert (got == product.NO_DATA).sum() == (expected == product.NO_DATA).sum() > 0
    assert band.GetNoDataValue() == product.NO_DATA
    colours = band.GetRasterColorTable()
    assert colours.GetColorEntry(product.OUTSIDE_AREA) == legend.color_table().GetColorEntry(product.OUTSIDE_AREA) \
        == (230, 230, 230, 255)
    assert colours.GetColorEntry(product.NO_DATA)[3] == 0
    dataset = None


def test_a_service_that_ignores_no_data_but_tags_its_fill(partial, tmp_path):
    # Filled with 0 and tagged 0: 0 is no code of the product, so those pixels are "no information", 255.
    server, expected = partial
    server.honour_nodata, server.nodata_tag = False, 0
    result = fetch(server, tmp_path / "cache", tiles=data.TILES[:1])
    assert result.outcomes[0].status == DOWNLOADED, result.outcomes[0].message
    assert (data.pixels(result.outcomes[0].path)[0] == expected).all()


def test_a_service_that_fills_with_an_untagged_non_code_fails_the_tile(partial, tmp_path):
    server, _expected = partial
    server.honour_nodata, server.nodata_tag = False, None
    result = fetch(server, tmp_path / "cache", tiles=data.TILES[:1])
    assert result.outcomes[0].status == FAILED
    assert "holds values that are not codes of this layer: 0" in result.outcomes[0].message
    assert data.snapshot(str(tmp_path / "cache")) == {}
