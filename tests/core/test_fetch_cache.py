"""The tile cache (verification, atomic install, locking), safe zip extraction and the pool."""

import json
import os
import threading
import time
import zipfile

import pytest

from clcplus_backbone.core import integrity, product
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


def tiles(root):
    """data.snapshot of the cache without the records of its installs."""
    return {k: v for k, v in data.snapshot(root).items() if not k.startswith(integrity.RECORDS + os.sep)}


def test_the_layout_matches_the_sample_generator():
    from clcplus_backbone.sample.plan import tile_window
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
    ("text", "is a web page, not a GeoTIFF \\(\u201cService unavailable\u201d\\): the server sent an error"),
    ("xml", "is text, not a GeoTIFF \\(\u201cAccessDenied Access Denied\u201d\\)"),
    ("garbage", r"is not a raster GDAL can open \(not recognized as (being in )?a supported file format\)$"),
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
               "text": lambda: b"<html>Service unavailable</html>", "png": lambda: _png(source),
               "xml": lambda: b"<?xml version='1.0'?><Error><Code>AccessDenied</Code><Message>Access Denied"
                              b"</Message></Error>",
               "garbage": lambda: bytes(range(256)) * 4}[damage]()
    path = write(tmp_path / "t.tif", content)
    with pytest.raises(VerificationError, match=message) as error:
        verify_tile(path, year, product.LAND_COVER, TILE, data.LAYOUT)
    assert str(tmp_path) not in str(error.value)  # never the (deleted) staging path


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
    before = tiles(cache.root)
    bad = write(tmp_path / "b.tif", data.corrupt(data.read(good)))
    with pytest.raises(VerificationError):
        cache.install(bad, 2023, product.LAND_COVER, TILE, replace=True)
    assert tiles(cache.root) == before
    # Another good copy does not replace it unless asked to.
    again = write(tmp_path / "c.tif", data.read(good))
    assert cache.install(again, 2023, product.LAND_COVER, TILE) == (path, False)
    assert cache.install(again, 2023, product.LAND_COVER, TILE, replace=True) == (path, True)
    assert tiles(cache.root) == before


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


# --- a tile damaged after its install ---------------------------------------------------------------

@pytest.fixture
def installed(sample, tmp_path):
    """(cache, path) with the 2023 land-cover tile installed."""
    cache = TileCache(str(tmp_path / "cache"), data.LAYOUT)
    staged = write(tmp_path / "a.tif", data.read(data.tile_path(sample, 2023, TILE)))
    path, _installed = cache.install(staged, 2023, product.LAND_COVER, TILE)
    record = integrity.read_record(cache.root, path)
    assert record["size"] == os.path.getsize(path) and record["sha256"] == integrity.fingerprint(path)
    return cache, path


def inside_a_block(path):
    """An offset in the middle of the pixel data of the tile's first block (not in its header)."""
    from osgeo import gdal
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    offset = int(band.GetMetadataItem("BLOCK_OFFSET_0_0", "TIFF"))
    middle = offset + int(band.GetMetadataItem("BLOCK_SIZE_0_0", "TIFF")) // 2
    dataset = None
    return middle


def count_decodes(monkeypatch):
    """How often a lookup decoded every pixel (cache._check_values)."""
    from clcplus_backbone.core import cache as cache_module
    calls = []
    original = cache_module._check_values
    monkeypatch.setattr(cache_module, "_check_values", lambda *a: calls.append(1) or original(*a))
    return calls


def test_a_sound_cached_tile_is_looked_up_without_reading_it_whole(installed, monkeypatch):
    cache, path = installed
    decodes = count_decodes(monkeypatch)
    hashes = []
    monkeypatch.setattr(integrity, "fingerprint", lambda p: hashes.append(p))
    assert cache.lookup(2023, product.LAND_COVER, TILE) == path
    assert decodes == [] and hashes == []


@pytest.mark.parametrize("cut", [1, 100, "half"])
def test_a_cached_tile_cut_short_is_not_served_and_is_removed(installed, cut, monkeypatch):
    cache, path = installed
    content = data.read(path)
    keep = len(content) // 2 if cut == "half" else len(content) - cut
    write(path, content[:keep])
    decodes = count_decodes(monkeypatch)
    found, problem = cache.examine(2023, product.LAND_COVER, TILE)
    assert found is None
    assert "The cached tile E44N35 has {} bytes where {} were installed: it was cut short".format(
        keep, len(content)) in problem
    assert decodes == []  # the size alone told
    assert not os.path.exists(path) and integrity.read_record(cache.root, path) is None


def test_a_truncated_tile_without_a_record_is_caught_by_its_block_offsets(installed, monkeypatch):
    cache, path = installed
    integrity.remove_record(cache.root, path)
    content = data.read(path)
    # Cut the last bytes: GDAL still opens it (the header is at the start), a block lies beyond the end.
    write(path, content[:-10])
    decodes = count_decodes(monkeypatch)
    found, problem = cache.examine(2023, product.LAND_COVER, TILE)
    assert found is None and "is truncated: {} bytes where its blocks need".format(len(content) - 10) in problem
    assert decodes == [] and not os.path.exists(path)


def test_a_cached_tile_written_over_in_the_middle_is_caught_by_its_fingerprint(installed, monkeypatch):
    cache, path = installed
    size = os.path.getsize(path)
    time.sleep(0.05)  # a later write: the file's times change
    with open(path, "r+b") as f:  # same size, other bytes in the pixel data
        f.seek(inside_a_block(path))
        f.write(bytes(8))
    assert os.path.getsize(path) == size
    decodes = count_decodes(monkeypatch)
    found, problem = cache.examine(2023, product.LAND_COVER, TILE)
    assert found is None and problem == "The cached tile E44N35 changed since it was installed (its content no " \
                                        "longer matches)"
    assert decodes == [] and not os.path.exists(path)


def test_a_cached_tile_touched_but_unchanged_is_kept(installed, monkeypatch):
    cache, path = installed
    time.sleep(0.05)
    os.utime(path)  # a backup tool, a copy with new times: the content is read once, then trusted again
    decodes = count_decodes(monkeypatch)
    assert cache.lookup(2023, product.LAND_COVER, TILE) == path and decodes == []
    record = integrity.read_record(cache.root, path)
    assert record["mtime_ns"] == os.stat(path).st_mtime_ns
    hashes = []
    monkeypatch.setattr(integrity, "fingerprint", lambda p: hashes.append(p))
    assert cache.lookup(2023, product.LAND_COVER, TILE) == path and hashes == []


def test_what_only_the_full_verification_sees(installed):
    """Damage that keeps size and times (the disk itself: bit rot) passes the cheap checks; the full
    verification reads the file and finds it."""
    cache, path = installed
    content = bytearray(data.read(path))
    content[inside_a_block(path)] ^= 0xFF
    write(path, bytes(content))
    stat = os.stat(path)
    record = integrity.read_record(cache.root, path)
    record.update(mtime_ns=stat.st_mtime_ns, ctime_ns=stat.st_ctime_ns)  # as if the times had not changed
    with open(integrity.record_path(cache.root, path), "w", encoding="utf-8") as f:
        json.dump(record, f)
    assert cache.lookup(2023, product.LAND_COVER, TILE) == path
    assert cache.verify_cached(2023, product.LAND_COVER, TILE) == (
        "The cached tile E44N35 changed since it was installed (its content no longer matches)")


def test_a_tile_from_an_earlier_version_is_verified_once_and_recorded(installed, sample, monkeypatch):
    cache, path = installed
    integrity.remove_record(cache.root, path)
    decodes = count_decodes(monkeypatch)
    assert cache.lookup(2023, product.LAND_COVER, TILE) == path and len(decodes) == 1
    assert cache.lookup(2023, product.LAND_COVER, TILE) == path and len(decodes) == 1
    assert integrity.read_record(cache.root, path)["sha256"] == integrity.fingerprint(path)
    # One with a wrong value inside (readable, same header) is found by that verification.
    integrity.remove_record(cache.root, path)
    write(path, data.with_value(data.tile_path(sample, 2023, TILE), 12))
    found, problem = cache.examine(2023, product.LAND_COVER, TILE)
    assert found is None and problem.endswith("values that are not codes of this layer: 12")


# --- the lock of a tile ---------------------------------------------------------------------------

def dead_pid():
    import subprocess
    import sys
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_lock_left_by_a_dead_process_is_taken_over_at_once(sample, tmp_path):
    from clcplus_backbone.core.filelock import HOST
    cache = TileCache(str(tmp_path / "cache"), data.LAYOUT)
    final = cache.tile_path(2023, product.LAND_COVER, TILE)
    os.makedirs(os.path.dirname(final))
    for content in (json.dumps({"pid": dead_pid(), "host": HOST, "since": time.time(), "token": "x"}),
                    str(dead_pid())):  # the lock of an earlier version: just the process id
        write(final + ".lock", content.encode())
        staged = write(tmp_path / "s.tif", data.read(data.tile_path(sample, 2023, TILE)))
        started = time.monotonic()
        assert cache.install(staged, 2023, product.LAND_COVER, TILE, replace=True) == (final, True)
        assert time.monotonic() - started < 2.0
        assert not os.path.exists(final + ".lock") and not os.path.exists(final + ".lock.takeover")


def test_a_lock_of_a_living_process_is_waited_for_and_named(sample, tmp_path, monkeypatch):
    import subprocess
    import sys
    from clcplus_backbone.core import cache as cache_module
    from clcplus_backbone.core.cache import CacheError
    from clcplus_backbone.core.filelock import HOST, FileLock
    cache = TileCache(str(tmp_path / "cache"), data.LAYOUT)
    final = cache.tile_path(2023, product.LAND_COVER, TILE)
    os.makedirs(os.path.dirname(final))
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        write(final + ".lock", json.dumps({"pid": holder.pid, "host": HOST, "since": time.time() - 5,
                                           "token": "x"}).encode())
        monkeypatch.setattr(cache_module, "_tile_lock", lambda path, is_canceled=None, timeout=60.0: FileLock(
            path, timeout=0.5, is_canceled=is_canceled, error=CacheError, what=os.path.basename(path)[:-5]))
        staged = write(tmp_path / "s.tif", data.read(data.tile_path(sample, 2023, TILE)))
        started = time.monotonic()
        with pytest.raises(CacheError, match=r"{} is locked by another fetch \(process {} on this computer, since "
                                             r"\d\d:\d\d:\d\d\); try again when it has finished".format(
                                                 product.tile_file_name(2023, TILE), holder.pid)):
            cache.install(staged, 2023, product.LAND_COVER, TILE)
        assert 0.5 <= time.monotonic() - started < 2.0
        assert os.path.exists(final + ".lock") and not os.path.exists(final)
        # Once the holder is gone, the same install goes through at once.
        holder.kill()
        holder.wait()
        assert cache.install(staged, 2023, product.LAND_COVER, TILE) == (final, True)
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_of_another_computer_counts_as_left_over_only_when_old(tmp_path):
    from clcplus_backbone.core.filelock import FileLock, LockBusy
    path = str(tmp_path / "t.lock")
    write(path, json.dumps({"pid": 1, "host": "elsewhere", "since": time.time(), "token": "x"}).encode())
    with pytest.raises(LockBusy, match=r"process 1 on the computer elsewhere"):
        with FileLock(path, timeout=0.2):
            pass
    old = time.time() - 600
    os.utime(path, (old, old))
    with FileLock(path, timeout=0.2):
        owner = json.loads(data.read(path))
        assert owner["pid"] == os.getpid()
    assert not os.path.exists(path)


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
    assert tiles(cache.root) == {
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


def test_a_tile_entry_declared_larger_than_the_limit_is_refused_before_unpacking(sample, tmp_path, monkeypatch):
    path = tmp_path / "big.zip"
    path.write_bytes(data.tile_zip(sample, 2023, TILE))
    raw = bytearray(path.read_bytes())
    cd = raw.find(b"PK\x01\x02")  # the tile's entry in the central directory: declare 600 MB
    raw[cd + 24:cd + 28] = (600 << 20).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    opened = []
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: opened.append(a))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(archive.UnsafeArchive, match=r"would be 629 MB, more than the limit of 537 MB; the zip was "
                                                    r"refused before unpacking"):
        archive.extract(str(path), str(out), lambda info: "tile.tif" if info.filename.endswith(".tif") else None)
    assert opened == [] and os.listdir(out) == []
    assert archive.MAX_TILE_ENTRY == 512 << 20


def test_an_entry_that_unpacks_to_more_than_it_declares_is_stopped_there(sample, tmp_path, monkeypatch):
    """Written no further than what the entry declares, whatever zipfile would deliver."""
    path = write(tmp_path / "bomb.zip", data.bomb_zip(sample, 2023, TILE, size=5_000_000))
    lying = tmp_path / "lying.zip"
    with zipfile.ZipFile(path) as z, zipfile.ZipFile(lying, "w", zipfile.ZIP_DEFLATED) as w:
        w.writestr(z.infolist()[0], z.read(z.infolist()[0]))
    raw = bytearray(lying.read_bytes())
    cd = raw.rfind(b"PK\x01\x02")
    raw[cd + 24:cd + 28] = (2_000_000).to_bytes(4, "little")
    lying.write_bytes(bytes(raw))

    class Unbounded:  # a reader that ignores the declared size (as zipfile versions may)
        def __init__(self, info):
            import zlib
            self.data = zlib.decompressobj(-15).decompress(_raw_member(lying, info))
            self.at = 0

        def read(self, n):
            chunk = self.data[self.at:self.at + n]
            self.at += len(chunk)
            return chunk

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    written = []
    real_open = open

    def tracking_open(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        if "w" in mode and str(file).endswith("tile.tif"):
            original = handle.write
            handle.write = lambda chunk: written.append(len(chunk)) or original(chunk)
        return handle
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, info, *a, **k: Unbounded(info))
    monkeypatch.setattr(archive, "open", tracking_open, raising=False)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(archive.UnsafeArchive, match=r"unpacks to more than it declares \(2000000 bytes\)"):
        archive.extract(str(lying), str(out), lambda info: "tile.tif", max_member=100_000_000)
    assert sum(written) <= 2_000_000 and os.listdir(out) == []


def _raw_member(path, info):
    """The compressed bytes of a zip member."""
    with open(path, "rb") as f:
        f.seek(info.header_offset)
        header = f.read(30)
        skip = int.from_bytes(header[26:28], "little") + int.from_bytes(header[28:30], "little")
        f.seek(info.header_offset + 30 + skip)
        return f.read(info.compress_size)


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
