"""The block-histogram index of cached tiles: class areas from it equal the streaming ones, and a
stale or damaged index is never used."""

import math
import os
import shutil

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

from clcplus_backbone.core import blockindex, cellcount, integrity, product, stats
from clcplus_backbone.core.cache import TileCache, TileLayout
from clcplus_backbone.core.zones import CENTRE, EXACT
from servers import data

gdal.UseExceptions()

SIZE = 1500  # > 1024: several read windows, and cells cut by the tile's end (1500 = 11 x 128 + 92)
LAYOUT = TileLayout(SIZE)
MOSAIC_LAYOUT = TileLayout(600)
TILE = data.TILES[0]
CODES = np.array(product.reference_year(2023).codes, dtype=np.uint8)


def tile_values(size, seed):
    """Patches of classes with per-pixel speckle, as real classification looks."""
    rng = np.random.default_rng(seed)
    coarse = CODES[rng.integers(0, 11, size=(size // 40 + 1, size // 40 + 1))]
    values = np.kron(coarse, np.ones((40, 40), dtype=np.uint8))[:size, :size]
    speckle = rng.random((size, size)) < 0.07
    values[speckle] = CODES[rng.integers(0, len(CODES), size=int(speckle.sum()))]
    return values


def write_tile(path, extent, values, block=256):
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Byte,
        ["TILED=YES", "BLOCKXSIZE={}".format(block), "BLOCKYSIZE={}".format(block), "COMPRESS=LZW"])
    dataset.SetGeoTransform((extent[0], 10, 0, extent[3], 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(product.CRS_EPSG)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).SetNoDataValue(255)
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None
    return str(path)


def install(cache, tmp_path, tile, seed, replace=False):
    staged = write_tile(tmp_path / "staged-{}-{}.tif".format(tile, seed), cache.layout.extent(tile),
                        tile_values(cache.layout.size_px, seed))
    return cache.install(staged, 2023, product.LAND_COVER, tile, replace=replace)[0]


@pytest.fixture
def cached(qgis_app, tmp_path):
    cache = TileCache(str(tmp_path / "cache"), LAYOUT)
    return cache, install(cache, tmp_path, TILE, 1)


@pytest.fixture
def mosaic(qgis_app, tmp_path):
    cache = TileCache(str(tmp_path / "cache"), MOSAIC_LAYOUT)
    paths = [install(cache, tmp_path, tile, i) for i, tile in enumerate(data.TILES)]
    vrt = str(tmp_path / "mosaic.vrt")
    gdal.BuildVRT(vrt, paths, options=gdal.BuildVRTOptions(VRTNodata=255))
    return cache, paths, vrt


def random_zones(extent, count, seed, margin=0.15):
    """Irregular polygons, some reaching past the raster, some with holes, some multipolygons,
    some overlapping each other."""
    rng = np.random.default_rng(seed)
    xmin, ymin, xmax, ymax = extent
    span = xmax - xmin
    zones = []

    def ring(cx, cy, radius, points=20):
        angles = np.sort(rng.uniform(0, 2 * math.pi, points))
        radii = radius * rng.uniform(0.6, 1.0, points)
        r = ogr.Geometry(ogr.wkbLinearRing)
        for a, d in zip(angles, radii):
            r.AddPoint_2D(cx + d * math.cos(a), cy + d * math.sin(a))
        r.CloseRings()
        return r

    for i in range(count):
        radius = rng.uniform(0.01, 0.45) * span
        cx = rng.uniform(xmin - margin * span, xmax + margin * span)
        cy = rng.uniform(ymin - margin * span, ymax + margin * span)
        polygon = ogr.Geometry(ogr.wkbPolygon)
        polygon.AddGeometry(ring(cx, cy, radius))
        if i % 3 == 1:  # a hole
            polygon.AddGeometry(ring(cx, cy, radius * 0.3))
        geometry = polygon
        if i % 4 == 2:  # a second part
            geometry = ogr.Geometry(ogr.wkbMultiPolygon)
            geometry.AddGeometry(polygon)
            other = ogr.Geometry(ogr.wkbPolygon)
            other.AddGeometry(ring(cx + 1.5 * radius, cy - 1.2 * radius, radius * 0.4))
            geometry.AddGeometry(other)
            geometry = geometry.MakeValid() if not geometry.IsValid() else geometry
        zones.append((i + 1, "zone {}".format(i + 1), geometry.ExportToWkt()))
    # A rectangle on pixel and cell lines, and one covering the whole raster.
    x0, y1 = xmin + 128 * 10, ymax - 256 * 10
    zones.append((count + 1, "aligned", "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
        x0, y1 - 300 * 10, x0 + 384 * 10, y1)))
    zones.append((count + 2, "all", "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
        xmin - 100, ymin - 100, xmax + 100, ymax + 100)))
    return zones


def streaming(raster, **options):
    """class_areas with the index out of the way."""
    original = blockindex.sources_for
    blockindex.sources_for = lambda stack: None
    try:
        return stats.class_areas(raster, **options)
    finally:
        blockindex.sources_for = original


def assert_same(a, b, exact=False):
    assert len(a.zones) == len(b.zones)
    for x, y in zip(a.zones, b.zones):
        if exact:  # fractions of interior pixels are 1 from the index, 1 +- rounding when streamed
            np.testing.assert_allclose(x.pixels, y.pixels, rtol=1e-9, atol=1e-6)
        else:
            assert x.pixels.tolist() == y.pixels.tolist(), x.id
    assert a.other_values == b.other_values
    assert a.warnings == b.warnings


def raster_extent(path):
    dataset = gdal.Open(path)
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    return (x0, y0 + dy * dataset.RasterYSize, x0 + dx * dataset.RasterXSize, y0)


def used(monkeypatch):
    """A list that records each count the index answers; the index is taken however few blocks it
    spares (the small test tiles have few blocks), so that its numbers are compared."""
    monkeypatch.setattr(cellcount, "MIN_SPARED_SHARE", 0.0)
    calls = []
    for name in ("count_whole", "count_zones"):
        original = getattr(cellcount, name)

        def spy(*args, _original=original, **kwargs):
            calls.append(1)
            return _original(*args, **kwargs)
        monkeypatch.setattr(cellcount, name, spy)
    return calls


# --- the index gives the streaming numbers -------------------------------------------------------

def test_install_writes_an_index_that_matches_the_pixels(cached):
    cache, path = cached
    index = blockindex.load(path)
    assert index is not None and index.cell == blockindex.CELL
    values = gdal.Open(path).ReadAsArray()
    c = index.cell
    for i, j in ((0, 0), (3, 5), (11, 11), (11, 2)):
        cell = values[i * c:(i + 1) * c, j * c:(j + 1) * c]
        expected = np.bincount(cell.ravel(), minlength=256)[index.values]
        assert index.counts[i, j].tolist() == expected.tolist()
    assert int(index.counts.sum()) == SIZE * SIZE


def test_whole_tile_from_the_index_without_reading_pixels(cached, monkeypatch):
    _cache, path = cached
    expected = streaming(path)
    reads = []
    monkeypatch.setattr(stats.RasterStack, "read", lambda *a, **k: reads.append(1) or None)
    assert_same(stats.class_areas(path), expected)
    assert reads == []


def test_an_extent_reads_only_its_edges(cached):
    _cache, path = cached
    xmin, ymin, xmax, ymax = raster_extent(path)
    for extent in [(xmin + 1280, ymin + 2560, xmin + 8960, ymax - 1280),  # on cell lines
                   (xmin + 333, ymin + 1017, xmax - 2011, ymax - 15)]:
        assert_same(stats.class_areas(path, extent=extent), streaming(path, extent=extent))


@pytest.mark.parametrize("seed", [1, 2, 3, 6, 7])
@pytest.mark.parametrize("rule", [CENTRE, EXACT])
def test_random_zones_on_a_cached_tile(cached, monkeypatch, seed, rule):
    _cache, path = cached
    zones = random_zones(raster_extent(path), 20, seed)
    expected = streaming(path, zones=zones, zones_crs="EPSG:3035", rule=rule)
    calls = used(monkeypatch)
    got = stats.class_areas(path, zones=zones, zones_crs="EPSG:3035", rule=rule)
    assert calls == [1]
    assert_same(got, expected, exact=rule == EXACT)


@pytest.mark.parametrize("seed", [4, 5])
@pytest.mark.parametrize("rule", [CENTRE, EXACT])
def test_random_zones_on_a_mosaic_of_cached_tiles(mosaic, monkeypatch, seed, rule):
    _cache, _paths, vrt = mosaic
    zones = random_zones(raster_extent(vrt), 12, seed)
    expected = streaming(vrt, zones=zones, zones_crs="EPSG:3035", rule=rule)
    calls = used(monkeypatch)
    got = stats.class_areas(vrt, zones=zones, zones_crs="EPSG:3035", rule=rule)
    assert calls == [1]
    assert_same(got, expected, exact=rule == EXACT)


def test_whole_mosaic_and_a_clipped_mosaic(mosaic, tmp_path, monkeypatch):
    _cache, paths, vrt = mosaic
    xmin, ymin, xmax, ymax = raster_extent(vrt)
    clipped = str(tmp_path / "clipped.vrt")  # as the fetch writes an AOI: sources cut by the bounds
    gdal.BuildVRT(clipped, paths, options=gdal.BuildVRTOptions(
        VRTNodata=255, outputBounds=(xmin + 1230, ymin + 2470, xmax - 3010, ymax - 770)))
    for raster in (vrt, clipped):
        expected = streaming(raster)
        calls = used(monkeypatch)
        assert_same(stats.class_areas(raster), expected)
        assert calls
        zones = random_zones(raster_extent(raster), 6, 9)
        assert_same(stats.class_areas(raster, zones=zones, zones_crs="EPSG:3035"),
                    streaming(raster, zones=zones, zones_crs="EPSG:3035"))


def test_a_mosaic_with_one_tile_not_indexed_reads_that_tile(mosaic):
    cache, paths, vrt = mosaic
    blockindex.remove(cache.root, paths[1])
    zones = random_zones(raster_extent(vrt), 8, 11)
    assert len(blockindex.sources_for(stats.RasterStack([vrt]))) == 3
    assert_same(stats.class_areas(vrt), streaming(vrt))
    assert_same(stats.class_areas(vrt, zones=zones, zones_crs="EPSG:3035"),
                streaming(vrt, zones=zones, zones_crs="EPSG:3035"))


def test_rasters_outside_the_cache_stream(cached, tmp_path):
    _cache, path = cached
    copy = str(tmp_path / "copy.tif")
    shutil.copy(path, copy)
    assert blockindex.sources_for(stats.RasterStack([copy])) is None
    assert blockindex.sources_for(stats.RasterStack([path])) is not None


# --- a stale or damaged index is never used ------------------------------------------------------

def check_not_used(path):
    assert blockindex.load(path) is None
    assert blockindex.sources_for(stats.RasterStack([path])) is None


def test_a_touched_tile_does_not_use_its_index(cached):
    _cache, path = cached
    stat = os.stat(path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    check_not_used(path)


def test_a_tile_replaced_by_another_of_the_same_size_does_not_use_its_index(cached, tmp_path):
    cache, path = cached
    before = os.stat(path)
    with open(path, "r+b") as f:  # same size, same modification time: only the change time differs
        f.seek(before.st_size // 2)
        byte = f.read(1)
        f.seek(before.st_size // 2)
        f.write(bytes([byte[0] ^ 0xFF]))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_size == before.st_size
    check_not_used(path)


def test_a_damaged_tile_is_removed_with_its_index(cached):
    cache, path = cached
    with open(path, "r+b") as f:
        f.truncate(os.path.getsize(path) // 2)
    assert cache.lookup(2023, product.LAND_COVER, TILE) is None
    assert not os.path.exists(blockindex.index_path(cache.root, path))


def test_a_refreshed_tile_gets_a_new_index(cached, tmp_path):
    cache, path = cached
    old = blockindex.load(path)
    again = install(cache, tmp_path, TILE, 2, replace=True)
    assert again == path
    new = blockindex.load(path)
    assert new is not None and not np.array_equal(new.counts, old.counts)
    assert_same(stats.class_areas(path), streaming(path))


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty", "other tile"])
def test_a_damaged_index_is_ignored(cached, mosaic, tmp_path, damage):
    cache, path = cached
    index = blockindex.index_path(cache.root, path)
    content = open(index, "rb").read()
    if damage == "truncate":
        content = content[:len(content) - 100]
    elif damage == "flip":
        middle = len(content) - 50
        content = content[:middle] + bytes([content[middle] ^ 1]) + content[middle + 1:]
    elif damage == "garbage":
        content = os.urandom(len(content))
    elif damage == "empty":
        content = b""
    else:  # a valid index of another tile put in its place
        other_cache, others, _vrt = mosaic
        content = open(blockindex.index_path(other_cache.root, others[0]), "rb").read()
    with open(index, "wb") as f:
        f.write(content)
    check_not_used(path)
    zones = random_zones(raster_extent(path), 5, 3)
    assert_same(stats.class_areas(path, zones=zones, zones_crs="EPSG:3035"),
                streaming(path, zones=zones, zones_crs="EPSG:3035"))
    assert blockindex.build(cache.root, path)  # rebuilt from the pixels
    assert blockindex.load(path) is not None
    assert_same(stats.class_areas(path), streaming(path))


def test_an_index_is_written_whole_or_not_at_all(cached, tmp_path, monkeypatch):
    cache, path = cached
    index = blockindex.index_path(cache.root, path)
    os.remove(index)

    def fail(source, target):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(blockindex.os, "replace", fail)
    assert not blockindex.build(cache.root, path)
    monkeypatch.undo()
    assert not os.path.exists(index)
    assert [n for n in os.listdir(os.path.dirname(index)) if n.endswith(".tmp")] == []
    assert blockindex.build(cache.root, path) and blockindex.load(path) is not None


def test_no_index_without_a_sound_record(cached):
    cache, path = cached
    integrity.remove_record(cache.root, path)
    assert blockindex.load(path) is None
    assert not blockindex.build(cache.root, path)


def test_zones_holding_whole_cells_read_only_where_their_edges_are(cached, monkeypatch):
    _cache, path = cached
    xmin, ymin, xmax, ymax = raster_extent(path)
    box = "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))"
    everything = [(1, "all", box.format(xmin - 50, ymin - 50, xmax + 50, ymax + 50))]
    corner = [(2, "corner", box.format(xmin + 15, ymax - 9000, xmin + 9000, ymax - 15))]  # in the first window
    reads = []
    original = stats.RasterStack.read
    monkeypatch.setattr(stats.RasterStack, "read", lambda self, *a: reads.append(a[0]) or original(self, *a))
    for zones in (everything, corner):
        for rule in (CENTRE, EXACT):
            reads.clear()
            got = stats.class_areas(path, zones=zones, zones_crs="EPSG:3035", rule=rule)
            assert len(reads) == (0 if zones is everything else 1)
            assert_same(got, streaming(path, zones=zones, zones_crs="EPSG:3035", rule=rule), exact=rule == EXACT)


def test_the_cache_s_full_verifications_write_the_index_again(cached):
    cache, path = cached
    index = blockindex.index_path(cache.root, path)
    with open(index, "r+b") as f:
        f.truncate(100)
    assert cache.lookup(2023, product.LAND_COVER, TILE) == path  # sound tile, record unchanged: no decode
    assert blockindex.load(path) is None
    assert cache.verify_cached(2023, product.LAND_COVER, TILE) == ""
    assert blockindex.load(path) is not None
    os.remove(index)
    integrity.remove_record(cache.root, path)  # a tile without a record is decoded once at its lookup
    assert cache.lookup(2023, product.LAND_COVER, TILE) == path
    assert blockindex.load(path) is not None
    assert_same(stats.class_areas(path), streaming(path))


def test_the_index_is_left_aside_when_zone_edges_cross_nearly_every_block(cached, monkeypatch):
    """Many small zones: every block is decoded anyway, and sorting cells would only add work."""
    _cache, path = cached
    xmin, ymin, xmax, ymax = raster_extent(path)
    box = "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))"
    stack = stats.RasterStack([path])
    bx, by = stack.block_size
    step_x, step_y = bx * stack.pixel_width / 2, by * stack.pixel_height / 2  # two zones a block each way
    small = [(i, str(i), box.format(x, y, x + step_x, y + step_y)) for i, (x, y) in enumerate(
        (x, y) for x in np.arange(xmin, xmax, step_x) for y in np.arange(ymin, ymax, step_y))]
    large = [(1, "all", box.format(xmin - 50, ymin - 50, xmax + 50, ymax + 50))]
    assert not cellcount.spares_reading(stack, stats.Zones(small, "EPSG:3035", stack))
    assert cellcount.spares_reading(stack, stats.Zones(large, "EPSG:3035", stack))
    calls = []
    original = cellcount.count_zones
    monkeypatch.setattr(cellcount, "count_zones", lambda *a, **k: calls.append(1) or original(*a, **k))
    got = stats.class_areas(path, zones=small, zones_crs="EPSG:3035")
    assert calls == []
    assert_same(got, streaming(path, zones=small, zones_crs="EPSG:3035"), exact=False)
    stats.class_areas(path, zones=large, zones_crs="EPSG:3035")
    assert calls == [1]
