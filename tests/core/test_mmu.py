"""core/mmu.py: the streamed minimum mapping unit against an independent flood fill and against the
former GDAL sieve + polygon check, which it replaces."""

import numpy as np
import pytest
from osgeo import gdal, ogr

from clcplus_backbone.core import change, mmu, product
from clcplus_backbone.core.blocks import RasterStack, Window
from clcplus_backbone.core.zones import CENTRE, EXACT
from rasters import ORIGIN, patch_sizes, patchy_classes, write_raster

LAND = list(product.LAND_COVER_CODES)


def _grid(height, width, rows, cols):
    """Windows of at most rows x cols pixels in row order."""
    return [Window(c, r, min(cols, width - c), min(rows, height - r))
            for r in range(0, height, rows) for c in range(0, width, cols)]


def _kept(tmp_path, mask, limit, connectivity, window_rows, window_cols, threads=2):
    """The kept mask of core/mmu.py for a binary raster, through windows of the given size."""
    path = write_raster(tmp_path / "mask.tif", mask.astype(np.uint8), block=16)
    stack = RasterStack([path])
    windows = _grid(mask.shape[0], mask.shape[1], window_rows, window_cols)
    kept_stack = mmu.KeptStack(stack, lambda window, arrays: arrays[0] == 1, limit, connectivity, windows)
    result = np.zeros(mask.shape, dtype=bool)
    covered = np.zeros(mask.shape, dtype=np.int64)
    whole = Window(0, 0, mask.shape[1], mask.shape[0])
    for window, kept in kept_stack.map(lambda window, arrays: (window, arrays[-1]), threads=threads):
        assert kept.dtype == bool and kept.shape == (window.height, window.width)
        result[window.slices(whole)] = kept
        covered[window.slices(whole)] += 1
    assert (covered == 1).all()  # every pixel once: whole windows or their upper and lower parts
    return result


def _expected(mask, limit, connectivity):
    return mask & (patch_sizes(mask, connectivity) >= limit)


# --- The former implementation, the reference: gdal.SieveFilter, then the patches the sieve kept
# though smaller than the MMU (found by gdal.Polygonize) cleared.

def _sieve_and_polygons(mask, limit, connectivity):
    height, width = mask.shape
    driver = gdal.GetDriverByName("MEM")
    changed = driver.Create("", width, height, 1, gdal.GDT_Byte)
    changed.SetGeoTransform((0, 10, 0, 0, 0, -10))
    changed.GetRasterBand(1).WriteArray(mask.astype(np.uint8))
    sieved = driver.Create("", width, height, 1, gdal.GDT_Byte)
    sieved.SetGeoTransform((0, 10, 0, 0, 0, -10))
    gdal.SieveFilter(changed.GetRasterBand(1), None, sieved.GetRasterBand(1), limit, connectivity)
    layer_source = ogr.GetDriverByName("Memory").CreateDataSource("patches")
    layer = layer_source.CreateLayer("patches", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    options = ["8CONNECTED=8"] if connectivity == 8 else []
    gdal.Polygonize(changed.GetRasterBand(1), sieved.GetRasterBand(1), layer, 0, options)
    layer.SetAttributeFilter("value = 1 AND OGR_GEOM_AREA < {!r}".format((limit - 0.5) * 100.0))
    if layer.GetFeatureCount():
        gdal.RasterizeLayer(sieved, [1], layer, burn_values=[0])
    return mask & (sieved.GetRasterBand(1).ReadAsArray() == 1)


def _shapes():
    """A snake through every row, rings with holes holding small patches, corner-only contacts and
    patches on the raster's edges."""
    mask = np.zeros((41, 45), dtype=bool)
    mask[0:41:4, 1:30] = True  # the snake: rows joined alternately at the right and the left
    for r in range(0, 37, 8):
        mask[r:r + 5, 29] = True
    for r in range(4, 37, 8):
        mask[r:r + 5, 1] = True
    mask[2, 33:36] = True  # a ring of 8 around a hole of 1 pixel
    mask[3, 33] = mask[3, 35] = True
    mask[4, 33:36] = True
    mask[10:17, 32:39] = True  # a ring of 24 around a hole of 5 x 5 holding a 1 px patch
    mask[11:16, 33:38] = False
    mask[13, 35] = True
    mask[20, 32] = mask[21, 33] = mask[22, 34] = mask[23, 35] = True  # a diagonal line: 4 px only with 8
    mask[40, 32:45] = True  # raster edges and the corner
    mask[38:41, 44] = True
    mask[30, 0] = True
    return mask


# --- Against the flood fill --------------------------------------------------------------------

@pytest.mark.parametrize("connectivity", [8, 4])
def test_random_patches_across_windows_and_strips(tmp_path, connectivity):
    rng = np.random.default_rng(connectivity)
    for case in range(40):
        height, width = rng.integers(1, 48, size=2)
        density = rng.choice([0.05, 0.2, 0.35, 0.5, 0.65, 0.9])
        mask = rng.random((height, width)) < density
        limit = int(rng.choice([2, 3, 4, 7, 12, 30, 200]))
        rows, cols = rng.integers(1, 20, size=2)
        kept = _kept(tmp_path, mask, limit, connectivity, int(rows), int(cols))
        expected = _expected(mask, limit, connectivity)
        assert (kept == expected).all(), (case, height, width, density, limit, rows, cols)


@pytest.mark.parametrize("connectivity", [8, 4])
@pytest.mark.parametrize("limit", [2, 5, 9, 16, 40, 63, 64, 200, 2000])
@pytest.mark.parametrize("window", [(1, 37), (3, 5), (4, 4), (7, 37), (41, 1), (64, 64)])
def test_snakes_rings_corners_and_edges(tmp_path, connectivity, limit, window):
    mask = _shapes()
    kept = _kept(tmp_path, mask, limit, connectivity, *window)
    assert (kept == _expected(mask, limit, connectivity)).all()


def test_the_shapes_are_what_they_claim():
    mask = _shapes()
    sizes8, sizes4 = patch_sizes(mask, 8), patch_sizes(mask, 4)
    assert sizes8[0, 1] == sizes4[0, 1] > 300  # the snake
    assert sizes8[13, 35] == sizes4[13, 35] == 1  # the patch in the ring's hole
    assert sizes8[10, 32] == sizes4[10, 32] == 24 and sizes8[2, 33] == sizes4[2, 33] == 8  # the rings
    assert sizes8[20, 32] == 4 and sizes4[20, 32] == 1  # the diagonal line


def test_one_window_single_thread_and_empty_rasters(tmp_path):
    mask = _shapes()
    assert (_kept(tmp_path, mask, 9, 8, 100, 100, threads=1) == _expected(mask, 9, 8)).all()
    empty = np.zeros((20, 30), dtype=bool)
    assert not _kept(tmp_path, empty, 5, 8, 7, 7).any()
    full = np.ones((20, 30), dtype=bool)
    assert _kept(tmp_path, full, 600, 4, 7, 7).all()
    assert not _kept(tmp_path, full, 601, 4, 7, 7).any()


def test_union_find_joins_chains_in_any_order():
    rng = np.random.default_rng(5)
    order = rng.permutation(5000)
    roots = mmu.union_find(5000, order[:-1], order[1:])
    assert (roots == roots[0]).all()
    roots = mmu.union_find(6, [0, 2, 4], [1, 3, 5])
    assert len(set(roots.tolist())) == 3 and roots[0] == roots[1] and roots[4] == roots[5]


def test_windows_must_be_a_grid(tmp_path):
    path = write_raster(tmp_path / "mask.tif", np.zeros((10, 10), dtype=np.uint8))
    stack = RasterStack([path])
    with pytest.raises(ValueError):
        mmu.KeptStack(stack, None, 5, 8, [Window(0, 0, 5, 10)])
    with pytest.raises(ValueError):
        mmu.KeptStack(stack, None, 5, 6)


# --- The former implementation gives the same ----------------------------------------------------

@pytest.mark.parametrize("connectivity", [8, 4])
def test_the_former_sieve_and_polygon_check_kept_exactly_the_patches_of_the_mmu(connectivity):
    """What the former implementation did, and what core/mmu.py must do: keep a change iff its patch
    has at least `mmu` pixels (holes, patches in holes of rings, corner-only contacts)."""
    rng = np.random.default_rng(11 + connectivity)
    cases = [(_shapes(), limit) for limit in (2, 5, 9, 40)]
    cases += [(rng.random((60, 70)) < density, limit) for density in (0.1, 0.3, 0.45, 0.6)
              for limit in (2, 4, 10, 50)]
    for mask, limit in cases:
        assert (_sieve_and_polygons(mask, limit, connectivity) == _expected(mask, limit, connectivity)).all()


def _noisy_pair(height, width):
    """Patchy classes with per-pixel speckle in both years, nodata and non-land codes among them."""
    a = patchy_classes(height, width, seed=71, codes=tuple(LAND) + (253, 254, 255))
    b = a.copy()
    rng = np.random.default_rng(72)
    blobs = np.kron(rng.random((height // 16 + 1, width // 16 + 1)) < 0.08, np.ones((16, 16), dtype=bool))
    b[blobs[:height, :width]] = 7
    for year in (a, b):
        speckle = rng.random((height, width)) < 0.08
        year[speckle] = rng.choice(np.array(LAND, dtype=np.uint8), size=int(speckle.sum()))
    return a, b


@pytest.fixture(scope="module")
def noisy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mmu")
    a, b = _noisy_pair(2300, 2200)
    files = [write_raster(folder / "a.tif", a, nodata=255), write_raster(folder / "b.tif", b, nodata=255)]
    confidence = write_raster(folder / "c.tif", np.full(a.shape, 100, dtype=np.uint8))
    return a, b, files, confidence


@pytest.mark.parametrize("connectivity", [8, 4])
@pytest.mark.parametrize("path", ["bytes", "general", "zone", "exact zone"])
def test_change_detection_as_with_the_former_implementation(tmp_path, noisy, connectivity, path):
    """Matrix, counts below the MMU and the change raster as the sieve + polygon check gives them, on
    a raster of several windows, through the byte fast path and the general one (a confidence layer,
    a zone covering the raster)."""
    a, b, files, confidence = noisy
    out = str(tmp_path / "change.tif")
    options = {}
    if path == "general":
        options = dict(confidence=(None, confidence), threshold=50)
    elif path.endswith("zone"):
        xmin, ymax = ORIGIN
        box = "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
            xmin, ymax, xmin + 10 * a.shape[1], ymax - 10 * a.shape[0])
        options = dict(zones=[(1, "all", box)], zones_crs="EPSG:3035", rule=EXACT if path == "exact zone" else CENTRE)
    result = change.change_detection(files, mmu=50, connectivity=connectivity, output=out, **options)
    land = np.isin(a, LAND) & np.isin(b, LAND)
    changed = land & (a != b)
    kept = _sieve_and_polygons(changed, 50, connectivity)
    small = changed & ~kept
    assert small.sum() > 10000 and kept.sum() > 10000
    lookup = np.zeros(256, dtype=np.int64)
    lookup[LAND] = np.arange(len(LAND))
    pairs = lookup[a] * len(LAND) + lookup[b]
    size = len(LAND) ** 2
    below = np.bincount(pairs[small], minlength=size).reshape(len(LAND), len(LAND))
    main = np.bincount(pairs[land & ~small], minlength=size).reshape(len(LAND), len(LAND))
    main[np.diag_indices(len(LAND))] += below.sum(axis=1)
    for zone in [None] + result.zones:  # the exact rule weighs by the (whole) covered share: floats
        assert np.allclose(result.below_mmu(zone), below, rtol=0, atol=1e-6)
        assert np.allclose(result.matrix(zone), main, rtol=0, atol=1e-6)
        assert not result.uncertain(zone).any()
    dataset = gdal.Open(out)
    values = dataset.GetRasterBand(1).ReadAsArray()
    expected = np.full(a.shape, product.CHANGE_NODATA, dtype=np.uint16)
    expected[land] = product.NO_CHANGE
    expected[kept] = (a.astype(np.uint16) * 100 + b)[kept]
    assert (values == expected).all()
    assert result.raster_counts[product.NO_CHANGE] == int(np.count_nonzero(land & ~kept))
