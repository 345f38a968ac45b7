"""The mirror source and the fetch driver: HTTP mirrors of tiles and per-tile zips, local
folders, a local mosaic used in place, and every failure leaving the cache as it was."""

import os
import threading
import time

import pytest
from osgeo import gdal

from clcplus_backbone.core import product
from clcplus_backbone.core.sources import (CACHED, CANCELED, DOWNLOADED, FAILED, IN_PLACE, UNAVAILABLE,
                                           SourceError, fetch_tiles, write_vrt)
from servers import data
from servers.base import Fault
from servers.fixtures import Feedback, auth_config, quick, request
from servers.mirror import MirrorServer

YEAR = 2023


@pytest.fixture
def mirror(sample):
    """Tiles at /tiles/<year>/<official name>, zips at /zips/<stem>.zip."""
    server = MirrorServer()
    for year in product.YEARS:
        for key in product.reference_year(year).layers:
            if key not in (product.LAND_COVER.key, product.CONFIDENCE.key):
                continue
            layer = product.LAYERS[key]
            for tile in data.TILES:
                name = product.tile_file_name(year, tile, layer)
                server.put("/tiles/{}/{}".format(year, name), data.read(data.tile_path(sample, year, tile, layer)))
                server.put("/zips/{}.zip".format(data.stem(year, tile, layer)),
                           data.tile_zip(sample, year, tile, layer))
    server.start()
    yield server
    server.stop()


def tile_url(mirror, tile, year=YEAR, layer=product.LAND_COVER):
    return "/tiles/{}/{}".format(year, product.tile_file_name(year, tile, layer))


def assert_cached_as_served(result, sample, year=YEAR, layer=product.LAND_COVER):
    for outcome in result.outcomes:
        assert outcome.status in (CACHED, DOWNLOADED), outcome
        assert data.read(outcome.path) == data.read(data.tile_path(sample, year, outcome.tile, layer))


def test_tiles_from_an_http_mirror_are_cached_byte_for_byte(mirror, sample, tmp_path):
    feedback = Feedback()
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles")), feedback)
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 4 and result.ok
    assert_cached_as_served(result, sample)
    assert result.requests == 4 and len(mirror.requests("/tiles")) == 4
    assert feedback.progress[-1] == pytest.approx(100.0)
    assert not os.path.exists(os.path.join(str(tmp_path), ".staging"))
    # The second run makes no request at all.
    mirror.clear_log()
    again = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles")))
    assert [o.status for o in again.outcomes] == [CACHED] * 4 and again.requests == 0
    assert mirror.requests() == [] and again.paths == result.paths


def test_per_tile_zips_give_the_tile_and_its_aux_xml(mirror, sample, tmp_path):
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/zips/{stem}.zip")))
    assert_cached_as_served(result, sample)
    for outcome in result.outcomes:
        source = data.tile_path(sample, YEAR, outcome.tile)
        assert data.read(outcome.path + ".aux.xml") == data.read(source + ".aux.xml")
    names = sorted(os.listdir(os.path.dirname(result.paths[0])))
    assert len(names) == 8 and all(n.endswith((".tif", ".tif.aux.xml")) for n in names)


def test_the_confidence_layer(mirror, sample, tmp_path):
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles"),
                                 layer=product.CONFIDENCE))
    assert_cached_as_served(result, sample, layer=product.CONFIDENCE)
    assert all("/RASCL/" in p for p in result.paths)


def test_a_local_folder_with_tiles_or_zips(sample, tmp_path):
    result = fetch_tiles(request(tmp_path / "a", source="mirror", mirror=os.path.join(sample, "tiles")))
    assert_cached_as_served(result, sample)
    zips = tmp_path / "zips"
    zips.mkdir()
    for tile in data.TILES:
        (zips / (data.stem(YEAR, tile) + ".zip")).write_bytes(data.tile_zip(sample, YEAR, tile))
    result = fetch_tiles(request(tmp_path / "b", source="mirror", mirror=str(zips)))
    assert_cached_as_served(result, sample)


def test_a_tile_the_mirror_lacks_is_unavailable_not_an_error(mirror, sample, tmp_path):
    del mirror.files[tile_url(mirror, data.TILES[1])]
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles")))
    statuses = {str(o.tile): o.status for o in result.outcomes}
    assert statuses == {"E44N35": DOWNLOADED, "E44N36": UNAVAILABLE, "E45N35": DOWNLOADED, "E45N36": DOWNLOADED}
    assert result.ok and "not found at http://127.0.0.1" in result.outcomes[1].message


def tiles(snapshot):
    """A cache's snapshot without the records of its installs (.records/...)."""
    return {k: v for k, v in snapshot.items() if not k.startswith(".records" + os.sep)}


def prime(mirror, tmp_path, tiles=data.TILES[:1]):
    """A cache holding good tiles; its snapshot."""
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles"), tiles=tiles))
    assert result.ok
    mirror.clear_log()
    return data.snapshot(str(tmp_path))


@pytest.mark.parametrize("damage, message", [
    ("truncated", "truncated|damaged"),
    ("corrupt", "damaged|not codes"),
    ("crs", "is in EPSG:3857, not EPSG:3035"),
    ("text", "_E45N35_03035_V01_R00.tif sent a web page instead of the tile \\(\u201cMaintenance\u201d\\); check the "
             "mirror's address"),
    ("garbage", r"not a raster GDAL can open \(not recognized as (being in )?a supported file format\)$"),
])
def test_a_bad_download_fails_and_leaves_the_cache_as_it_was(mirror, sample, tmp_path, damage, message):
    before = prime(mirror, tmp_path)
    target = data.TILES[2]
    source = data.tile_path(sample, YEAR, target)
    good = data.read(source)
    body = {"truncated": good[:len(good) // 2], "corrupt": data.corrupt(good),
            "crs": data.with_crs(source, 3857), "text": b"<html>Maintenance</html>",
            "garbage": bytes(range(256)) * 8}[damage]
    mirror.fail(tile_url(mirror, target), Fault("replace", body=body))
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles")))
    outcome = {o.tile: o for o in result.outcomes}[target]
    assert outcome.status == FAILED and outcome.path is None
    import re
    assert re.search(message, outcome.message), outcome.message
    assert not result.ok
    # The other tiles went in; nothing else changed, no partial file anywhere.
    after = data.snapshot(str(tmp_path))
    assert {k: v for k, v in after.items() if k in before and not k.startswith(".records")} == tiles(before)
    assert len(tiles(after)) == 3 and not any(".staging" in k or k.endswith((".part", ".lock")) for k in after)


def test_a_corrupt_refresh_never_replaces_a_good_tile(mirror, sample, tmp_path):
    before = prime(mirror, tmp_path, tiles=data.TILES)
    for tile in data.TILES:
        mirror.fail(tile_url(mirror, tile), Fault("replace", body=data.corrupt(
            data.read(data.tile_path(sample, YEAR, tile)))))
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles"),
                                 options=quick(refresh=True)))
    assert [o.status for o in result.outcomes] == [FAILED] * 4
    assert data.snapshot(str(tmp_path)) == before


def test_a_zip_with_dotdot_entries_is_refused(mirror, sample, tmp_path):
    before = prime(mirror, tmp_path)
    target = data.TILES[3]
    mirror.put("/zips/{}.zip".format(data.stem(YEAR, target)), data.evil_zip("dotdot", sample, YEAR, target))
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/zips/{stem}.zip"),
                                 tiles=[target]))
    assert result.outcomes[0].status == FAILED
    assert "climbs out of the folder" in result.outcomes[0].message
    assert data.snapshot(str(tmp_path)) == before
    assert not any("escaped" in name for _b, _d, names in os.walk(str(tmp_path.parent)) for name in names)


def test_a_dropped_connection_resumes_and_a_busy_mirror_is_retried(mirror, sample, tmp_path):
    first, second = data.TILES[0], data.TILES[1]
    mirror.fail(tile_url(mirror, first), Fault("drop", after=3000))
    mirror.fail(tile_url(mirror, second), Fault("status", 500), Fault("status", 429, headers={"Retry-After": "0"}))
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles")))
    assert_cached_as_served(result, sample)
    assert [r.headers.get("range") for r in mirror.requests(tile_url(mirror, first))] == [None, "bytes=3000-"]
    assert len(mirror.requests(tile_url(mirror, second))) == 3


def test_a_mirror_that_keeps_failing_fails_its_tile_with_the_reason(mirror, tmp_path):
    target = data.TILES[0]
    mirror.fail(tile_url(mirror, target), *[Fault("status", 503)] * 5)
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles"), tiles=[target]))
    assert result.outcomes[0].status == FAILED
    assert "HTTP 503" in result.outcomes[0].message and "gave up after 3 attempts" in result.outcomes[0].message
    assert os.listdir(str(tmp_path)) == []


def test_two_fetches_into_one_cache_at_once(mirror, sample, tmp_path):
    for tile in data.TILES:  # slow enough that both fetches overlap
        mirror.fail(tile_url(mirror, tile), Fault("slow", delay=0.2), Fault("slow", delay=0.2))
    results, errors = [], []

    def run():
        try:
            results.append(fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles"))))
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)
    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors and len(results) == 2 and all(r.ok for r in results)
    assert len(mirror.requests("/tiles")) == 8  # both really downloaded every tile
    for result in results:
        assert_cached_as_served(result, sample)
    files = tiles(data.snapshot(str(tmp_path)))
    assert len(files) == 4 and all(k.endswith(".tif") for k in files)


def test_cancel_stops_within_two_seconds_and_leaves_no_partial_tile(mirror, tmp_path):
    before = prime(mirror, tmp_path)
    for tile in data.TILES[1:]:
        mirror.fail(tile_url(mirror, tile), Fault("slow", delay=20))
    feedback = Feedback(cancel_after=0.3)
    started = time.monotonic()
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles"),
                                 options=quick(http={"timeout": 30})), feedback)
    assert time.monotonic() - feedback.canceled_at < 2.0 and time.monotonic() - started < 3.0
    assert [o.status for o in result.outcomes] == [CACHED, CANCELED, CANCELED, CANCELED]
    assert result.canceled and not result.ok
    assert data.snapshot(str(tmp_path)) == before


def test_a_local_mosaic_is_used_in_place(sample, tmp_path):
    mosaic = data.mosaic_path(sample, 2021)
    result = fetch_tiles(request(tmp_path / "cache", year=2021, source="mirror", mirror=mosaic))
    assert result.mosaic == mosaic and [o.status for o in result.outcomes] == [IN_PLACE] * 4
    assert result.paths == [] and not os.path.exists(str(tmp_path / "cache"))
    bounds = (4_499_500, 3_599_700, 4_500_400, 3_600_300)
    vrt = write_vrt(result, str(tmp_path / "aoi.vrt"), bounds, data.LAYOUT)
    out = gdal.Open(vrt)
    assert out.GetGeoTransform() == (4_499_500, 10, 0, 3_600_300, 0, -10)
    assert (out.RasterXSize, out.RasterYSize) == (90, 60)
    source = gdal.Open(mosaic)
    x0, _dx, _rx, y0, _ry, _dy = source.GetGeoTransform()
    expected = source.GetRasterBand(1).ReadAsArray(int((4_499_500 - x0) / 10), int((y0 - 3_600_300) / 10), 90, 60)
    assert (out.GetRasterBand(1).ReadAsArray() == expected).all()
    # A window onto the mosaic: nothing copied.
    assert out.GetDriver().ShortName == "VRT" and out.GetFileList() == [vrt, mosaic]


def test_the_aoi_vrt_of_cached_tiles(mirror, sample, tmp_path):
    result = fetch_tiles(request(tmp_path / "cache", source="mirror", mirror=mirror.url("/tiles")))
    vrt = write_vrt(result, str(tmp_path / "aoi.vrt"), (4_499_000, 3_599_000, 4_500_300, 3_601_000))
    out = gdal.Open(vrt)
    # Limited to the tiles (x from 4 499 360), not the whole request box.
    assert out.GetGeoTransform() == (4_499_360, 10, 0, 3_600_640, 0, -10)
    assert (out.RasterXSize, out.RasterYSize) == (94, 128)
    assert out.GetRasterBand(1).GetNoDataValue() == product.NO_DATA
    e44n36, _gt, _crs = data.pixels(data.tile_path(sample, YEAR, data.TILES[1]))
    assert (out.GetRasterBand(1).ReadAsArray(0, 0, 64, 64) == e44n36).all()
    assert sorted(out.GetFileList()[1:]) == sorted(result.paths)
    with open(vrt, encoding="utf-8") as f:  # read block for block, not masked pixel by pixel
        text = f.read()
    assert "<SimpleSource" in text and "ComplexSource" not in text


def test_a_cell_without_a_tile_is_no_data_in_the_aoi_vrt(mirror, sample, tmp_path):
    diagonal = [data.TILES[0], data.TILES[3]]  # E44N35 and E45N36: E44N36 and E45N35 are missing
    result = fetch_tiles(request(tmp_path / "cache", source="mirror", mirror=mirror.url("/tiles"), tiles=diagonal))
    out = gdal.Open(write_vrt(result, str(tmp_path / "aoi.vrt")))
    pixels = out.GetRasterBand(1).ReadAsArray()
    half_x, half_y = out.RasterXSize // 2, out.RasterYSize // 2
    assert (pixels[:half_y, :half_x] == product.NO_DATA).all()  # the north-west cell: no tile
    e45n36, _gt, _crs = data.pixels(data.tile_path(sample, YEAR, data.TILES[3]))
    assert (pixels[:half_y, half_x:] == e45n36).all()


def test_clear_errors_before_any_request(tmp_path):
    with pytest.raises(SourceError, match="needs a URL or a folder"):
        fetch_tiles(request(tmp_path, source="mirror"))
    with pytest.raises(SourceError, match="does not exist"):
        fetch_tiles(request(tmp_path, source="mirror", mirror=str(tmp_path / "nowhere")))
    with pytest.raises(SourceError, match="Unknown source 'ftp'"):
        fetch_tiles(request(tmp_path, source="ftp"))
    with pytest.raises(SourceError, match="has no confidence layer for 2018"):
        fetch_tiles(request(tmp_path, year=2018, source="mirror", mirror=str(tmp_path), layer=product.CONFIDENCE))


def test_a_cache_folder_that_cannot_be_written(mirror, tmp_path):
    from clcplus_backbone.core.cache import CacheError
    blocker = tmp_path / "file"
    blocker.write_bytes(b"not a folder")
    with pytest.raises(CacheError, match="Cannot write into the cache folder"):
        fetch_tiles(request(blocker, source="mirror", mirror=mirror.url("/tiles")))
    assert mirror.requests() == []


# --- issue 13: damage in the cache, redirects, limits, secrets -----------------------------------

def test_a_tile_damaged_in_the_cache_is_fetched_again(mirror, sample, tmp_path):
    prime(mirror, tmp_path, tiles=data.TILES[:2])
    first = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles"), tiles=data.TILES[:2]))
    cut, overwritten = first.outcomes[0].path, first.outcomes[1].path
    content = data.read(cut)
    with open(cut, "wb") as f:  # cut short after it entered the cache
        f.write(content[:len(content) - 100])
    time.sleep(0.05)
    size = os.path.getsize(overwritten)
    with open(overwritten, "r+b") as f:  # written over in the middle, same size
        f.seek(size // 2)
        f.write(b"\0" * 16)
    mirror.clear_log()
    feedback = Feedback()
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles"), tiles=data.TILES[:2]),
                         feedback)
    assert [o.status for o in result.outcomes] == [DOWNLOADED, DOWNLOADED]
    assert_cached_as_served(result, sample)
    assert len(mirror.requests("/tiles")) == 2
    assert any("E44N35 has {} bytes where {} were installed".format(len(content) - 100, len(content)) in w
               and w.endswith("it was removed from the cache and is fetched again") for w in feedback.warnings)
    assert any("E44N36" in w and "it was removed from the cache and is fetched again" in w for w in feedback.warnings)
    # Sound again: the next run makes no request.
    mirror.clear_log()
    again = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles"), tiles=data.TILES[:2]))
    assert [o.status for o in again.outcomes] == [CACHED, CACHED] and mirror.requests() == []


def test_a_mirror_redirecting_to_a_local_file_fails_the_tile(mirror, sample, tmp_path):
    target = data.TILES[0]
    local = data.tile_path(sample, YEAR, target)  # a good tile: it must still not be taken
    mirror.fail(tile_url(mirror, target), Fault("status", 302, headers={"Location": "file://" + local}))
    result = fetch_tiles(request(tmp_path / "cache", source="mirror", mirror=mirror.url("/tiles"), tiles=[target]))
    assert result.outcomes[0].status == FAILED
    message = result.outcomes[0].message
    assert "redirects to file://" in message and "which is not an http or https address; the redirect was not " \
        "followed" in message
    assert not os.path.exists(str(tmp_path / "cache" / "sample64"))


def test_a_per_tile_zip_declaring_a_huge_entry_is_refused_before_unpacking(mirror, sample, tmp_path):
    target = data.TILES[0]
    raw = bytearray(data.tile_zip(sample, YEAR, target))
    cd = raw.find(b"PK\x01\x02")
    raw[cd + 24:cd + 28] = (600 << 20).to_bytes(4, "little")  # the tile's entry declares 600 MiB
    mirror.put("/zips/{}.zip".format(data.stem(YEAR, target)), bytes(raw))
    # Even when the caller allows 4 GiB per entry (the CLMS deliveries' limit), a per-tile zip may not.
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/zips/{stem}.zip"), tiles=[target],
                                 options=quick(max_zip_member=4 << 30)))
    assert result.outcomes[0].status == FAILED
    assert "would be 629 MB, more than the limit of 537 MB; the zip was refused before unpacking" in \
        result.outcomes[0].message


def test_downloads_have_a_limit_per_source(mirror, tmp_path):
    from clcplus_backbone.core.sources.fetch import LIMITS, limited
    options = quick()
    mirror_options = limited(options, "mirror")
    assert mirror_options.http.max_download == 1 << 30 and mirror_options.max_zip_member == 512 << 20
    assert limited(options, "clms").max_zip_member == options.max_zip_member  # whole areas: the options'
    assert set(LIMITS) == {"imageserver", "wekeo", "clms", "mirror"}
    assert limited(quick(http={"max_download": 1000}), "mirror").http.max_download == 1000  # never raised
    target = data.TILES[0]
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles"), tiles=[target],
                                 options=quick(http={"max_download": 1000})))
    assert result.outcomes[0].status == FAILED
    assert "sends more than the 0.001 MB allowed for this download" in result.outcomes[0].message
    assert len(mirror.requests()) == 1 and not os.path.exists(str(tmp_path / "sample64"))


def test_credentials_in_a_mirror_url_never_reach_a_message(mirror, tmp_path):
    from servers.base import Reply
    target = data.TILES[0]
    echo = {}

    def route(method, path, query, headers, body):  # a proxy error page that repeats the request
        if not headers.get("authorization"):
            return Reply(401, b"who are you?", {"WWW-Authenticate": 'Basic realm="tiles"'})
        echo["seen"] = headers.get("authorization")
        return Reply(502, "Bad gateway for {}?token={} (Authorization: {})".format(
            path, query.get("token"), headers.get("authorization")).encode())
    mirror.route = route
    url = mirror.url("/tiles").replace("http://", "http://alice:hunter2@") + "/{year}/{name}?token=s3cr3t-t0ken"
    feedback = Feedback()
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=url, tiles=[target]), feedback)
    assert echo["seen"] and echo["seen"].startswith("Basic ")  # Qt answered the challenge with the user info
    message = result.outcomes[0].message
    assert result.outcomes[0].status == FAILED and "HTTP 502: Bad gateway for /tiles/" in message
    everything = message + "\n".join(feedback.infos + feedback.warnings)
    for secret in ("hunter2", "s3cr3t-t0ken", echo["seen"].split()[1]):
        assert secret not in everything, everything


def test_a_mirror_behind_basic_authentication_takes_an_authentication_configuration(mirror, sample, tmp_path):
    """The password stays in QGIS's authentication database, not in the URL (which the Processing
    history records); it is sent pre-emptively, as RFC 7617 allows, and only to the mirror's origin."""
    import base64
    from servers.base import Reply
    served = mirror.route
    expected = "Basic " + base64.b64encode(b"alice:hunter2").decode()
    seen = []

    def route(method, path, query, headers, body):
        seen.append(headers.get("authorization"))
        if headers.get("authorization") != expected:
            return Reply(401, b"who are you?", {"WWW-Authenticate": 'Basic realm="tiles"'})
        return served(method, path, query, headers, body)
    mirror.route = route
    authcfg = auth_config("Mirror (test)", username="alice", password="hunter2")
    feedback = Feedback()
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=mirror.url("/tiles"), authcfg=authcfg,
                                 tiles=data.TILES[:1]), feedback)
    assert result.ok and [o.status for o in result.outcomes] == [DOWNLOADED], result.outcomes
    assert seen == [expected]
    assert_cached_as_served(result, sample)
    assert "hunter2" not in "\n".join(feedback.infos + feedback.warnings)

    wrong = auth_config("Mirror, wrong (test)", username="alice", password="guess")
    refused = fetch_tiles(request(tmp_path / "other", source="mirror", mirror=mirror.url("/tiles"),
                                  authcfg=wrong, tiles=data.TILES[:1]), Feedback())
    assert refused.outcomes[0].status == FAILED and "401" in refused.outcomes[0].message
    assert "guess" not in refused.outcomes[0].message
