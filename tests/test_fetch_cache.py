"""The tile cache (verification, atomic install, locking), safe zip extraction and the pool."""

import os
import threading
import time
import zipfile

import pytest

from clcplus_backbone.core import product
from clcplus_backbone.core.cache import (FULL_TILES, TileCache, TileLayout, VerificationError, allowed_values,
                                         default_cache_dir, remember_cache_dir, verify_tile)
from clcplus_backbone.core.grid import parse_tile_id
from clcplus_backbone.core.sources import archive
from clcplus_backbone.core.sources.pool import WorkerPool
from servers import data
from servers.fixtures import sample_dir

TILE = data.TILES[0]


@pytest.fixture(scope="module")
def sample(qgis_app):
    return sample_dir()


def write(path, content):
    with open(path, "wb") as f:
        f.write(content)
    return str(path)


def test_the_layout_matches_the_sample_generator():
    from clcplus_backbone.sample.generate import tile_window
    layout = TileLayout(data.SIZE)
    for name in ("E44N35", "E45N36", "E43N35", "E46N37", "E44N40"):
        tile = parse_tile_id(name)
        x_left, y_top = tile_window(tile, data.SIZE)
        assert layout.extent(tile) == (x_left, y_top - data.SIZE * 10, x_left + data.SIZE * 10, y_top)
    assert FULL_TILES.extent(TILE) == TILE.extent and FULL_TILES.folder == "" and layout.folder == "sample64"


def test_sample_tiles_pass_the_verification(sample):
    for year in product.YEARS:
        for key in product.reference_year(year).layers:
            if key in (product.LAND_COVER.key, product.CONFIDENCE.key):
                layer = product.LAYERS[key]
                for tile in data.TILES:
                    verify_tile(data.tile_path(sample, year, tile, layer), year, layer, tile, data.LAYOUT)


def test_allowed_values_come_from_the_product():
    assert allowed_values(2018, product.LAND_COVER) == set(product.reference_year(2018).codes)
    assert product.COASTAL_SEAWATER_BUFFER not in allowed_values(2018, product.LAND_COVER)
    assert allowed_values(2023, product.CONFIDENCE) == set(range(0, 101)) | {product.OUTSIDE_AREA}


@pytest.mark.parametrize("damage, message", [
    ("truncated", "is not a raster GDAL can open|is damaged|could not be read"),
    ("corrupt", "is damaged|not codes of this layer|could not be read"),
    ("crs", "is in EPSG:3857, not EPSG:3035"),
    ("shifted", "covers x 4499370"),
    ("value", "values that are not codes of this layer: 12$"),
    ("coastal", "values that are not codes of this layer: 253$"),
    ("text", "is not a raster GDAL can open"),
    ("png", "is a PNG file, not a GeoTIFF"),
])
def test_the_verification_names_what_is_wrong(sample, tmp_path, damage, message):
    year = 2018
    source = data.tile_path(sample, year, TILE)
    good = data.read(source)
    content = {"truncated": lambda: good[:len(good) // 2], "corrupt": lambda: data.corrupt(good),
               "crs": lambda: data.with_crs(source, 3857), "shifted": lambda: data.shifted(source, 10),
               "value": lambda: data.with_value(source, 12),
               "coastal": lambda: data.with_value(source, product.COASTAL_SEAWATER_BUFFER),
               "text": lambda: b"<html>Service unavailable</html>", "png": lambda: _png(source)}[damage]()
    path = write(tmp_path / "t.tif", content)
    with pytest.raises(VerificationError, match=message):
        verify_tile(path, year, product.LAND_COVER, TILE, data.LAYOUT)


def _png(source):
    from osgeo import gdal
    gdal.Translate("/vsimem/t.png", source, format="PNG")
    f = gdal.VSIFOpenL("/vsimem/t.png", "rb")
    content = gdal.VSIFReadL(1, 10_000_000, f)
    gdal.VSIFCloseL(f)
    gdal.Unlink("/vsimem/t.png")
    return bytes(content)


def test_a_confidence_tile_is_not_taken_for_land_cover(sample, tmp_path):
    path = data.tile_path(sample, 2023, TILE, product.CONFIDENCE)
    with pytest.raises(VerificationError, match="not codes of this layer"):
        verify_tile(path, 2023, product.LAND_COVER, TILE, data.LAYOUT)
    with pytest.raises(VerificationError, match="covers x"):
        verify_tile(path, 2023, product.CONFIDENCE, TILE, FULL_TILES)


def test_install_never_replaces_a_good_tile_with_a_bad_one(sample, tmp_path):
    cache = TileCache(str(tmp_path / "cache"), data.LAYOUT)
    good = data.tile_path(sample, 2023, TILE)
    staged = write(tmp_path / "a.tif", data.read(good))
    path, installed = cache.install(staged, 2023, product.LAND_COVER, TILE)
    assert installed and data.read(path) == data.read(good) and not os.path.exists(staged)
    assert path == os.path.join(cache.root, "sample64", "2023", "RAS", product.tile_file_name(2023, TILE))
    before = data.snapshot(cache.root)
    bad = write(tmp_path / "b.tif", data.corrupt(data.read(good)))
    with pytest.raises(VerificationError):
        cache.install(bad, 2023, product.LAND_COVER, TILE, replace=True)
    assert data.snapshot(cache.root) == before
    # Another good copy does not replace it unless asked to.
    again = write(tmp_path / "c.tif", data.read(good))
    assert cache.install(again, 2023, product.LAND_COVER, TILE) == (path, False)
    assert cache.install(again, 2023, product.LAND_COVER, TILE, replace=True) == (path, True)
    assert data.snapshot(cache.root) == before


def test_lookup_reads_headers_only_and_rejects_a_wrong_file(sample, tmp_path):
    cache = TileCache(str(tmp_path / "cache"), data.LAYOUT)
    assert cache.lookup(2023, product.LAND_COVER, TILE) is None
    target = cache.tile_path(2023, product.LAND_COVER, TILE)
    os.makedirs(os.path.dirname(target))
    write(target, data.with_crs(data.tile_path(sample, 2023, TILE), 4326))
    assert cache.lookup(2023, product.LAND_COVER, TILE) is None
    write(target, data.read(data.tile_path(sample, 2023, TILE)))
    assert cache.lookup(2023, product.LAND_COVER, TILE) == target
    assert not os.path.exists(target + ".aux.xml")


def test_concurrent_installs_of_one_tile_leave_one_good_file(sample, tmp_path):
    cache = TileCache(str(tmp_path / "cache"), data.LAYOUT)
    good = data.read(data.tile_path(sample, 2023, TILE))
    staged = [write(tmp_path / "s{}.tif".format(i), good) for i in range(6)]
    results, errors = [], []

    def install(path):
        try:
            results.append(cache.install(path, 2023, product.LAND_COVER, TILE))
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)
    threads = [threading.Thread(target=install, args=(p,)) for p in staged]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sum(1 for _path, installed in results if installed) == 1
    assert data.snapshot(cache.root) == {
        os.path.join("sample64", "2023", "RAS", product.tile_file_name(2023, TILE)): data.snapshot(
            os.path.dirname(data.tile_path(sample, 2023, TILE)))[product.tile_file_name(2023, TILE)]}


def test_staging_is_private_and_removed(tmp_path):
    cache = TileCache(str(tmp_path / "cache"))
    a, b = cache.new_staging(), cache.new_staging()
    assert a != b and os.path.isdir(a) and os.path.dirname(a) == os.path.join(cache.root, ".staging")
    write(os.path.join(a, "x.part"), b"x")
    cache.remove_staging(a)
    assert not os.path.exists(a) and os.path.isdir(b)
    cache.remove_staging(b)
    assert os.listdir(cache.root) == []


def test_the_cache_folder_is_remembered(qgis_app, tmp_path):
    from qgis.core import QgsApplication, QgsSettings
    from clcplus_backbone.core import cache
    old = QgsSettings().value(cache.SETTINGS_CACHE_DIR)
    try:
        QgsSettings().remove(cache.SETTINGS_CACHE_DIR)
        assert default_cache_dir() == os.path.join(QgsApplication.qgisSettingsDirPath(), "clcplus_backbone", "cache")
        remember_cache_dir(str(tmp_path))
        assert default_cache_dir() == str(tmp_path)
    finally:
        if old is None:
            QgsSettings().remove(cache.SETTINGS_CACHE_DIR)
        else:
            QgsSettings().setValue(cache.SETTINGS_CACHE_DIR, old)


# --- zips -----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind, message", [
    ("dotdot", "climbs out of the folder"), ("absolute", "absolute path"), ("symlink", "a link")])
def test_unsafe_zips_are_refused_whole(sample, tmp_path, kind, message):
    path = write(tmp_path / "evil.zip", data.evil_zip(kind, sample, 2023, TILE))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(archive.UnsafeArchive, match=message):
        archive.extract(path, str(out), lambda info: "tile.tif")
    assert os.listdir(out) == [] and not (tmp_path / "escaped.txt").exists()


def test_only_the_chosen_entries_are_written_under_chosen_names(sample, tmp_path):
    from clcplus_backbone.core.sources.common import tile_chooser
    path = write(tmp_path / "t.zip", data.tile_zip(sample, 2023, TILE))
    out = tmp_path / "out"
    out.mkdir()
    written = archive.extract(path, str(out), tile_chooser(2023, product.LAND_COVER, TILE))
    assert sorted(os.listdir(out)) == ["tile.tif", "tile.tif.aux.xml"]
    assert data.read(str(out / "tile.tif")) == data.read(data.tile_path(sample, 2023, TILE))
    assert len(written) == 2


def test_size_limits_hold_as_declared_and_as_unpacked(sample, tmp_path):
    path = write(tmp_path / "bomb.zip", data.bomb_zip(sample, 2023, TILE, size=5_000_000))
    assert os.path.getsize(path) < 50_000
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(archive.UnsafeArchive, match="limit of 1 MB"):
        archive.extract(path, str(out), lambda info: "tile.tif", max_member=1_000_000)
    # A zip that lies about its sizes is stopped while unpacking.
    lying = tmp_path / "lying.zip"
    with zipfile.ZipFile(path) as z, zipfile.ZipFile(lying, "w", zipfile.ZIP_DEFLATED) as w:
        w.writestr(z.infolist()[0], z.read(z.infolist()[0]))
    raw = bytearray(lying.read_bytes())
    cd = raw.rfind(b"PK\x01\x02")
    raw[cd + 24:cd + 28] = (100).to_bytes(4, "little")  # declared uncompressed size in the directory
    lying.write_bytes(bytes(raw))
    with pytest.raises(archive.UnsafeArchive, match="more than it declares|damaged"):
        archive.extract(str(lying), str(out), lambda info: "tile.tif", max_member=1_000_000)
    assert os.listdir(out) == []


def test_two_entries_for_one_file_are_refused(sample, tmp_path):
    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a/x.tif", b"1")
        z.writestr("b/x.tif", b"2")
    with pytest.raises(archive.UnsafeArchive, match="two entries"):
        archive.extract(str(path), str(tmp_path), lambda info: "x.tif")


def test_not_a_zip(tmp_path):
    with pytest.raises(archive.UnsafeArchive, match="Not a readable zip"):
        archive.check_archive(write(tmp_path / "x.zip", b"<html>oops</html>"))


# --- the pool ---------------------------------------------------------------------------------

def test_the_pool_is_bounded_keeps_order_and_collects_errors(qgis_app):
    running, peak, lock = [0], [0], threading.Lock()

    def job(i):
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.05)
        with lock:
            running[0] -= 1
        if i == 3:
            raise ValueError("three")
        return i * 10

    outcomes = WorkerPool(3).map(job, range(8))
    assert [o.value for o in outcomes] == [0, 10, 20, None, 40, 50, 60, 70]
    assert str(outcomes[3].error) == "three"
    assert peak[0] == 3


def test_a_canceled_pool_starts_no_more_jobs(qgis_app):
    started = []
    flag = threading.Event()

    def job(i):
        started.append(i)
        flag.set()
        time.sleep(0.05)
        return i

    outcomes = WorkerPool(1, is_canceled=flag.is_set, canceled_error=lambda: RuntimeError("stop")).map(job, range(5))
    assert started == [0]
    assert outcomes[0].value == 0 and all(str(o.error) == "stop" for o in outcomes[1:])
