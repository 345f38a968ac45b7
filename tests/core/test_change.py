"""core/change/: exact from->to counts against the sample manifest and independent numpy counts."""

import csv
import os

import numpy as np
import pytest
from osgeo import gdal

from clcplus_backbone.core import change, geotiff, product, stats
from clcplus_backbone.core.blocks import Canceled, Progress, RasterError
from clcplus_backbone.core.change.inputs import mmu_pixels
from clcplus_backbone.core.zones import EXACT
from rasters import ORIGIN, patch_sizes, patchy_classes, pixel_centres, write_raster

X0, Y0 = ORIGIN
SIZE = 300  # of the tiles the fixture sample (conftest.py) makes
PAIRS = ("2018-2021", "2018-2023", "2021-2023")
LAND = list(product.LAND_COVER_CODES)


def _read(path):
    dataset = gdal.Open(path)
    return dataset.GetRasterBand(1).ReadAsArray()


def _expected_full(rows):
    """The manifest's [from, to, count] rows as a COLUMNS x COLUMNS matrix."""
    full = np.zeros((stats.COLUMNS, stats.COLUMNS), dtype=np.int64)
    for a, b, n in rows:
        full[stats.CODES.index(a), stats.CODES.index(b)] += n
    return full


def _land(full):
    index = [stats.CODES.index(c) for c in LAND]
    return full[np.ix_(index, index)]


def _pair_counts(a, b, mask=None):
    """Independent land-cover from->to counts of two arrays (11 x 11)."""
    keep = np.isin(a, LAND) & np.isin(b, LAND)
    if mask is not None:
        keep &= mask
    matrix = np.zeros((len(LAND), len(LAND)), dtype=np.int64)
    for i, x in enumerate(LAND):
        for j, y in enumerate(LAND):
            matrix[i, j] = np.count_nonzero(keep & (a == x) & (b == y))
    return matrix


# --- Against the sample manifest -------------------------------------------------------------------

@pytest.mark.parametrize("pair", PAIRS)
def test_matrices_equal_the_planted_transitions(sample, pair):
    manifest, path = sample
    earlier, later = pair.split("-")
    for tile in manifest["tiles"]:
        result = change.change_detection([path(earlier, tile), path(later, tile)])
        expected = _expected_full(manifest["transitions"][pair][tile])
        assert (result.full() == expected).all(), tile
        assert (result.matrix() == _land(expected)).all()
        assert result.years == [int(earlier), int(later)]
        assert not result.uncertain().any() and not result.below_mmu().any()


def test_row_and_column_sums_are_the_class_areas(sample):
    manifest, path = sample
    for tile in manifest["tiles"]:
        a, b = path(2018, tile), path(2023, tile)
        full = change.change_detection([a, b]).full()
        assert (full.sum(axis=1) == stats.class_areas(a).zones[0].pixels).all()
        assert (full.sum(axis=0) == stats.class_areas(b).zones[0].pixels).all()


def test_the_change_raster_holds_the_off_diagonal_matrix(sample, tmp_path):
    manifest, path = sample
    tile = "E44N35"
    out = str(tmp_path / "change.tif")
    result = change.change_detection([path(2018, tile), path(2021, tile)], output=out)
    values = _read(out)
    histogram = np.bincount(values.ravel(), minlength=65536)
    main = result.matrix()
    for i, a in enumerate(LAND):
        for j, b in enumerate(LAND):
            if a != b:
                assert histogram[product.change_code(a, b)] == main[i, j]
    assert histogram[product.NO_CHANGE] == np.trace(main)
    assert histogram[product.CHANGE_NODATA] == sum(result.not_comparable().values())
    assert histogram.sum() == SIZE * SIZE
    assert result.raster_counts == {v: int(n) for v, n in enumerate(histogram) if n}
    # Pixel by pixel, against the input arrays.
    a, b = _read(path(2018, tile)), _read(path(2021, tile))
    land = np.isin(a, LAND) & np.isin(b, LAND)
    expected = np.where(land, np.where(a != b, a.astype(np.uint16) * 100 + b, 0), product.CHANGE_NODATA)
    assert (values == expected).all()


def test_the_change_raster_is_a_tiled_compressed_geotiff_with_overviews_and_legend(tmp_path):
    a = patchy_classes(1100, 1300, seed=11)
    b = patchy_classes(1100, 1300, seed=12)
    out = tmp_path / "out" / "change.tif"
    change.change_detection([write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)],
                            output=str(out))
    dataset = gdal.Open(str(out))
    band = dataset.GetRasterBand(1)
    assert gdal.GetDataTypeName(band.DataType) == product.CHANGE_DATA_TYPE
    assert band.GetNoDataValue() == product.CHANGE_NODATA
    assert band.GetBlockSize() == [geotiff.OUTPUT_BLOCK, geotiff.OUTPUT_BLOCK]
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == geotiff.default_compression()
    assert band.GetOverviewCount() == 2  # 1300 px: 650, 325 (then 163 <= 256)
    assert band.GetColorTable() is not None and band.GetDefaultRAT() is not None
    # Overviews are nearest samples: every 2nd pixel of the full resolution.
    full = band.ReadAsArray()
    assert (band.GetOverview(0).ReadAsArray() == full[::2, ::2]).all()
    assert (band.GetOverview(1).ReadAsArray() == full[::4, ::4]).all()
    assert dataset.GetGeoTransform() == (X0, 10.0, 0.0, Y0, 0.0, -10.0)
    dataset = None
    assert sorted(os.listdir(out.parent)) == ["change.qml", "change.tif", "change.tif.aux.xml"]


@pytest.mark.parametrize("compress", ["LZW", "ZSTD"])
def test_windows_that_do_not_line_up_with_the_output_blocks(tmp_path, compress):
    """An extent starting inside the input blocks: the windows cut the output blocks, whose pieces
    are gathered until complete; values and overviews are the same as in one piece."""
    a = patchy_classes(1300, 1700, seed=13)
    b = patchy_classes(1300, 1700, seed=14)
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]
    out = str(tmp_path / "change.tif")
    extent = (X0 + 370, Y0 - 12900, X0 + 16990, Y0 - 530)  # columns 37-1698, rows 53-1289
    result = change.change_detection(files, extent=extent, output=out, compress=compress)
    a, b = a[53:1290, 37:1699], b[53:1290, 37:1699]
    land = np.isin(a, LAND) & np.isin(b, LAND)
    expected = np.where(land, np.where(a != b, a.astype(np.uint16) * 100 + b, 0), product.CHANGE_NODATA)
    dataset = gdal.Open(out)
    band = dataset.GetRasterBand(1)
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == compress
    assert (band.ReadAsArray() == expected).all()
    for level in range(band.GetOverviewCount()):
        f = 2 ** (level + 1)
        assert (band.GetOverview(level).ReadAsArray() == expected[::f, ::f]).all()
    assert (result.matrix() == _pair_counts(a, b)).all()


def test_fast_and_general_paths_agree(sample, tmp_path):
    """Confidence layers with threshold 0 mark nothing uncertain but take the general path."""
    manifest, path = sample
    tile = "E45N35"
    fast = change.change_detection([path(2021, tile), path(2023, tile)], output=str(tmp_path / "fast.tif"))
    general = change.change_detection([path(2021, tile), path(2023, tile)], output=str(tmp_path / "general.tif"),
                                      confidence=(path(2021, tile, "RASCL"), path(2023, tile, "RASCL")),
                                      threshold=0)
    assert (fast.counts == general.counts).all()
    assert (_read(str(tmp_path / "fast.tif")) == _read(str(tmp_path / "general.tif"))).all()


# --- Confidence -----------------------------------------------------------------------------------

def test_confidence_threshold_splits_uncertain_change_exactly(sample, tmp_path):
    manifest, path = sample
    tile = "E44N35"
    files = [path(2021, tile), path(2023, tile), path(2021, tile, "RASCL"), path(2023, tile, "RASCL")]
    a, b, ca, cb = (_read(f) for f in files)
    out = str(tmp_path / "change.tif")
    result = change.change_detection(files[:2], confidence=files[2:], threshold=55, output=out)
    low = (ca < 55) | (cb < 55)
    changed = a != b
    assert (result.matrix() == _pair_counts(a, b, ~(changed & low))).all()
    assert (result.uncertain() == _pair_counts(a, b, changed & low)).all()
    assert result.uncertain().sum() > 0
    assert result.threshold == 55
    # The raster shows every change, certain or not.
    values = _read(out)
    assert np.count_nonzero((values != 0) & (values != product.CHANGE_NODATA)) == \
        result.changed_pixels() + result.uncertain().sum()
    # Only the later year's layer.
    one = change.change_detection(files[:2], confidence=(None, files[3]), threshold=55)
    assert (one.uncertain() == _pair_counts(a, b, changed & (cb < 55))).all()
    rows = one.balance()
    assert sum(r["uncertain_gain"] for r in rows) == pytest.approx(one.area(one.uncertain().sum(), "ha"))


def test_changes_without_a_confidence_value_count_as_certain(tmp_path):
    a = np.full((40, 50), 6, dtype=np.uint8)
    b = a.copy()
    b[:10] = 7  # 500 changed pixels
    conf = np.full(a.shape, 80, dtype=np.uint8)
    conf[:5] = product.CONFIDENCE.nodata  # 250 of them without a confidence value
    conf[5:7] = 20  # 100 of them uncertain
    files = [write_raster(tmp_path / n, v) for n, v in (("a.tif", a), ("b.tif", b), ("c.tif", conf))]
    result = change.change_detection(files[:2], confidence=(None, files[2]), threshold=50)
    assert result.uncertain().sum() == 100
    assert result.changed_pixels() == 400
    assert any("250 changed pixels have no confidence value" in w for w in result.warnings)


# --- Minimum mapping unit ---------------------------------------------------------------------------

def _planted():
    """Grassland in both years but for patches of known sizes and shapes in the later one."""
    grass, crop, sealed = 6, 7, 1
    a = np.full((60, 1100), grass, dtype=np.uint8)
    b = a.copy()
    b[5, 5] = crop  # 1 px
    b[5, 10:12] = crop  # 2 px
    b[5, 20:22] = crop  # 3 px L
    b[6, 20] = crop
    b[5:7, 30:32] = sealed  # 4 px square
    b[10, 40:43] = crop  # 5 px plus
    b[9, 41] = crop
    b[11, 41] = crop
    b[20, 10:12] = crop  # two 2 px bars touching at a corner: one patch of 4 with 8 neighbours
    b[21, 12:14] = crop
    b[30:35, 30:35] = crop  # a ring of 16 px around a hole of 8 px holding a 1 px patch
    b[31:34, 31:34] = grass
    b[32, 32] = sealed
    b[40, 1020:1028] = crop  # 8 px across the 1024 px window edge
    b[0:2, 1098:1100] = crop  # 3 px in the corner
    b[1, 1099] = grass
    b[45:51, 100:106] = crop  # 36 px, mixed transitions
    b[45:48, 100:103] = sealed
    b[55, 200:203] = product.OUTSIDE_AREA  # not land cover: never part of a patch
    b[54, 200:202] = crop  # 2 px next to it
    return a, b


@pytest.mark.parametrize("mmu, connectivity", [(4, 8), (4, 4), (10, 8), (9, 4), (2, 8)])
def test_mmu_removes_exactly_the_patches_below_it(tmp_path, mmu, connectivity):
    a, b = _planted()
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]
    out = str(tmp_path / "change.tif")
    result = change.change_detection(files, mmu=mmu, connectivity=connectivity, output=out)
    changed = (a != b) & np.isin(b, LAND)
    small = changed & (patch_sizes(changed, connectivity) < mmu)
    assert small.any() and (changed & ~small).any()
    assert (result.below_mmu() == _pair_counts(a, b, small)).all()
    main = _pair_counts(a, b, ~small)
    main[np.diag_indices(len(LAND))] += _pair_counts(a, b, small).sum(axis=1)
    assert (result.matrix() == main).all()
    values = _read(out)
    assert (values[small] == product.NO_CHANGE).all()
    kept = changed & ~small
    assert (values[kept] == (a.astype(np.uint16) * 100 + b)[kept]).all()
    assert result.mmu_pixels == mmu and result.connectivity == connectivity


def test_the_nested_patch_is_removed_and_its_ring_kept(tmp_path):
    """A 1 px patch in an 8 px hole of a 16 px ring: the sieve alone would keep it (the hole follows
    the ring); the check after it must not."""
    a, b = _planted()
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]
    out = str(tmp_path / "change.tif")
    change.change_detection(files, mmu=10, connectivity=8, output=out)
    values = _read(out)
    assert values[32, 32] == product.NO_CHANGE
    assert (values[30, 30:35] == product.change_code(6, 7)).all()
    assert (values[31:34, 31:34] == product.NO_CHANGE).all()


def test_mmu_in_hectares_and_off(tmp_path):
    a, b = _planted()
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]
    in_pixels = change.change_detection(files, mmu=10)
    in_hectares = change.change_detection(files, mmu=0.1, mmu_unit="ha")
    assert in_hectares.mmu_pixels == 10
    assert (in_pixels.counts == in_hectares.counts).all()
    off = change.change_detection(files, mmu=1)
    assert off.mmu_pixels == 0 and not off.below_mmu().any()
    assert mmu_pixels(0.5, "ha", 100.0) == 50 and mmu_pixels(0.505, "ha", 100.0) == 51


def test_mmu_comes_before_the_confidence_split(tmp_path):
    a, b = _planted()
    conf = np.full(a.shape, 90, dtype=np.uint8)
    conf[:, :25] = 10  # the 1, 2 and 3 px patches (removed by the MMU) and the 4 px pair (kept): uncertain
    conf[45:51, 100:103] = 10  # part of the 36 px patch (kept): uncertain
    files = [write_raster(tmp_path / n, v) for n, v in (("a.tif", a), ("b.tif", b), ("c.tif", conf))]
    result = change.change_detection(files[:2], mmu=4, confidence=(None, files[2]), threshold=50)
    # 1, 2 and 3 px, the nested 1 px, the 2 px by the outside area, the 3 px in the corner
    assert result.below_mmu().sum() == 1 + 2 + 3 + 1 + 2 + 3
    assert result.uncertain().sum() == 4 + 18


# --- Trajectories -----------------------------------------------------------------------------------

def test_trajectories_through_three_years(sample):
    manifest, path = sample
    tile = "E44N35"
    files = [path(year, tile) for year in (2018, 2021, 2023)]
    result = change.change_detection(files)
    arrays = [_read(f) for f in files]
    land = np.logical_and.reduce([np.isin(x, LAND) for x in arrays])
    keys = (arrays[0].astype(np.int64) * 256 + arrays[1]) * 256 + arrays[2]
    values, counts = np.unique(keys[land], return_counts=True)
    expected = {(v >> 16, (v >> 8) & 255, v & 255): n for v, n in zip(values.tolist(), counts.tolist())}
    rows = result.trajectory_rows()
    assert {tuple(r["codes"]): r["pixels"] for r in rows} == expected
    assert [r["pixels"] for r in rows] == sorted((r["pixels"] for r in rows), reverse=True)
    assert sum(r["pct"] for r in rows) == pytest.approx(100.0)
    assert all(r["changes"] == (r["codes"][0] != r["codes"][1]) + (r["codes"][1] != r["codes"][2]) for r in rows)
    changed = result.trajectory_rows(top=5, changed_only=True)
    assert len(changed) == 5 and all(r["changes"] for r in changed)
    # The matrix still compares the first and the last raster.
    assert (result.full() == _expected_full(manifest["transitions"]["2018-2023"][tile])).all()
    assert result.labels == ["2018", "2021", "2023"]


# --- Alignment, years, caveats ----------------------------------------------------------------------

def test_misaligned_rasters_are_refused_with_the_mismatch_named(tmp_path):
    a = write_raster(tmp_path / "a.tif", patchy_classes(20, 20))
    half = write_raster(tmp_path / "half.tif", patchy_classes(20, 20), origin=(X0 + 5, Y0 - 5))
    coarse = write_raster(tmp_path / "coarse.tif", patchy_classes(20, 20), pixel=20.0)
    other = write_raster(tmp_path / "utm.tif", patchy_classes(20, 20), epsg=32633)
    with pytest.raises(RasterError, match=r"shifted against .* by 5 m in x and 5 m in y"):
        change.change_detection([a, half])
    with pytest.raises(RasterError, match=r"10.0 x 10.0 pixels, .*coarse.tif has 20.0 x 20.0"):
        change.change_detection([a, coarse])
    with pytest.raises(RasterError, match=r"different coordinate reference systems \(EPSG:3035 / EPSG:32633\)"):
        change.change_detection([a, other])
    with pytest.raises(RasterError, match="shifted"):
        change.change_detection([a, a], confidence=(None, half))


def test_rasters_on_the_same_grid_are_read_on_their_common_window(tmp_path):
    a = patchy_classes(100, 120, seed=4)
    b = patchy_classes(100, 120, seed=5)
    first = write_raster(tmp_path / "a.tif", a)
    second = write_raster(tmp_path / "b.tif", b, origin=(X0 + 200, Y0 - 300))  # 20 columns right, 30 rows down
    result = change.change_detection([first, second])
    assert (result.matrix() == _pair_counts(a[30:, 20:], b[:70, :100])).all()
    assert result.extent == (X0 + 200, Y0 - 1000, X0 + 1200, Y0 - 300)
    assert any("common window" in w for w in result.warnings)


def test_years_come_from_file_names_or_parameters(sample, tmp_path):
    manifest, path = sample
    tile = "E44N35"
    with pytest.raises(RasterError, match="year order"):
        change.change_detection([path(2023, tile), path(2018, tile)])
    with pytest.raises(RasterError, match="(?i)confidence layer .* not the land cover"):
        change.change_detection([path(2021, tile, "RASCL"), path(2023, tile)])
    with pytest.raises(RasterError, match="confidence of 2023, but its land cover is from 2021"):
        change.change_detection([path(2018, tile), path(2021, tile)], confidence=(None, path(2023, tile, "RASCL")))
    copy_a = str(tmp_path / "clip_a.tif")
    copy_b = str(tmp_path / "clip_b.tif")
    gdal.Translate(copy_a, path(2018, tile))
    gdal.Translate(copy_b, path(2023, tile))
    unknown = change.change_detection([copy_a, copy_b])
    assert unknown.years == [None, None] and unknown.labels == ["earlier", "later"]
    assert any("not known" in w for w in unknown.warnings)
    assert unknown.caveats == [product.translate(c) for c in product.CHANGE_CAVEATS]
    given = change.change_detection([copy_a, copy_b], years=[2018, 2023])
    assert given.labels == ["2018", "2023"]
    overridden = change.change_detection([path(2018, tile), path(2023, tile)], years=[2021, None])
    assert overridden.years == [2021, 2023] and any("given as 2021" in w for w in overridden.warnings)


def test_caveats_and_warnings_of_the_years_compared(sample):
    manifest, path = sample
    tile = "E44N35"
    no_buffer, uk = (product.reference_year(2018).notes[0], product.reference_year(2021).notes[0])
    first = change.change_detection([path(2018, tile), path(2021, tile)])
    for caveat in product.CHANGE_CAVEATS:
        assert caveat in first.caveats
    assert no_buffer in first.warnings and uk in first.warnings
    later = change.change_detection([path(2021, tile), path(2023, tile)])
    assert no_buffer not in later.warnings and uk in later.warnings
    last = change.change_detection([path(2018, tile), path(2023, tile)])
    assert no_buffer in last.warnings and uk not in last.warnings
    # Coastal pixels that are buffer in 2021 and water in 2018 are not comparable.
    coast = change.change_detection([path(2018, "E44N36"), path(2021, "E44N36")])
    full = coast.full()
    buffer = stats.CODES.index(product.COASTAL_SEAWATER_BUFFER)
    assert full[:, buffer].sum() and any("are coastal seawater buffer" in w for w in coast.warnings)
    assert not full[buffer, :].sum()


# --- Balance, tables, report -------------------------------------------------------------------------

def test_balance_follows_pontius(sample):
    manifest, path = sample
    tile = "E45N35"
    files = [path(2021, tile), path(2023, tile)]
    result = change.change_detection(files, confidence=(path(2021, tile, "RASCL"), path(2023, tile, "RASCL")),
                                     threshold=60)
    main, unsure = result.matrix(), result.uncertain()
    for i, row in enumerate(result.balance("m2")):
        gain = (main[:, i].sum() - main[i, i]) * 100.0
        loss = (main[i, :].sum() - main[i, i]) * 100.0
        assert row["persistence"] == main[i, i] * 100.0
        assert (row["gain"], row["loss"]) == (gain, loss)
        assert row["net"] == gain - loss and row["total_change"] == gain + loss
        assert row["swap"] == 2 * min(gain, loss)
        assert row["uncertain_gain"] == unsure[:, i].sum() * 100.0
        assert row["uncertain_loss"] == unsure[i, :].sum() * 100.0
        assert row["later"] - row["earlier"] == \
            pytest.approx(row["net"] + row["uncertain_gain"] - row["uncertain_loss"])
    assert sum(r["gain"] for r in result.balance()) == pytest.approx(result.area(result.changed_pixels(), "ha"))


def test_long_and_wide_tables(sample, tmp_path):
    manifest, path = sample
    tile = "E44N36"
    result = change.change_detection([path(2018, tile), path(2021, tile)])
    rows = result.rows("ha")
    main = result.matrix()
    for row in rows:
        i, j = LAND.index(row["from_code"]), LAND.index(row["to_code"])
        assert row["pixels"] == main[i, j]
        assert row["area"] == pytest.approx(main[i, j] * 100 / 1e4)
        assert row["pct_of_from"] == pytest.approx(100.0 * main[i, j] / main[i].sum())
        assert row["from_name"] == product.class_label(row["from_code"])
    assert len(rows) == np.count_nonzero(main)
    path_csv = result.write_csv(str(tmp_path / "m.csv"), "ha")
    with open(path_csv, encoding="utf-8") as f:
        table = list(csv.reader(f))
    assert table[0][0] == "2018 \\ 2021 (ha)" and table[0][1] == "1 Sealed" and len(table[0]) == 14
    assert len(table) == 13 and table[-1][0] == "total"
    for i, line in enumerate(table[1:-1]):
        assert [float(v) for v in line[1:12]] == pytest.approx(list(main[i] * 0.01))
        assert float(line[13]) == pytest.approx(main[i].sum() * 0.01)


def test_html_report(sample):
    manifest, path = sample
    tile = "E44N35"
    result = change.change_detection([path(year, tile) for year in (2018, 2021, 2023)], mmu=5)
    text = change.html_report(result, "ha", source="sample")
    assert text.count("<svg") == 2  # heat map, net change bars
    assert "CLCplus Backbone change 2018 \u2192 2023" in text
    for caveat in product.CHANGE_CAVEATS:
        assert caveat.split(":")[0] in text
    assert "The United Kingdom is missing from 2021." in text
    assert "Most frequent trajectories" in text and "below the MMU (5 pixels" in text
    assert product.class_label(7) in text


# --- Zones, extent, cancel ------------------------------------------------------------------------------

def _rect(x0, y0, x1, y1):
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x0, y0, x1, y1)


def test_per_zone_matrices_equal_the_matrices_of_clipped_rasters(sample, tmp_path):
    manifest, path = sample
    tile = "E45N35"
    files = [path(2018, tile), path(2023, tile)]
    x_left, y_top = manifest["extents"][tile][0], manifest["extents"][tile][3]
    boxes = {"a": (10, 20, 150, 90), "b": (100, 50, 200, 140), "c": (0, 200, SIZE, SIZE - 200)}  # col, row, w, h
    zones = [(k, "zone " + k, _rect(x_left + c * 10, y_top - (r + h) * 10, x_left + (c + w) * 10, y_top - r * 10))
             for k, (c, r, w, h) in boxes.items()]
    result = change.change_detection(files, zones=zones, zones_crs="EPSG:3035",
                                     output=str(tmp_path / "zones.tif"))
    for zone in result.zones:
        c, r, w, h = boxes[zone.id]
        clips = []
        for k, f in enumerate(files):
            clip = str(tmp_path / "clip_{}_{}.tif".format(zone.id, k))
            gdal.Translate(clip, f, srcWin=[c, r, w, h])
            clips.append(clip)
        clipped = change.change_detection(clips, years=[2018, 2023])
        assert (zone.counts == clipped.counts).all(), zone.id
        assert [row for row in result.rows("ha", zone)] == clipped.rows("ha")
    assert (result.counts == sum(z.counts for z in result.zones)).all()
    assert len(result.zone_rows()) == sum(len(result.rows("ha", z)) for z in result.zones)
    # The exact rule gives the same on pixel edges; the raster covers the rectangle around the zones.
    exact = change.change_detection(files, zones=zones, zones_crs="EPSG:3035", rule=EXACT)
    assert all(np.allclose(z.counts, e.counts) for z, e in zip(result.zones, exact.zones))
    dataset = gdal.Open(str(tmp_path / "zones.tif"))
    assert (dataset.RasterXSize, dataset.RasterYSize) == (SIZE, SIZE - 20)  # from row 20, where zone a starts
    values = dataset.GetRasterBand(1).ReadAsArray()
    assert result.raster_counts == {int(v): int(n) for v, n in enumerate(np.bincount(values.ravel())) if n}


def test_zone_by_pixel_centre_against_numpy(tmp_path):
    a = patchy_classes(200, 240, seed=21)
    b = patchy_classes(200, 240, seed=22)
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]
    triangle = "POLYGON(({0} {1},{2} {1},{0} {3},{0} {1}))".format(X0 + 103, Y0 - 1990, X0 + 2303, Y0 - 7)
    result = change.change_detection(files, zones=[(1, "t", triangle)], zones_crs="EPSG:3035")
    xs, ys = pixel_centres(a)
    inside = (xs > X0 + 103) & (ys > Y0 - 1990) & ((xs - X0 - 103) / 2200 + (ys - Y0 + 1990) / 1983 < 1)
    assert (result.matrix(result.zones[0]) == _pair_counts(a, b, inside)).all()


def test_extent_restricts_the_comparison(tmp_path):
    a = patchy_classes(100, 100, seed=31)
    b = patchy_classes(100, 100, seed=32)
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]
    result = change.change_detection(files, extent=(X0 + 123.4, Y0 - 600.0, X0 + 801.0, Y0 - 40.0))
    assert (result.matrix() == _pair_counts(a[4:60, 12:80], b[4:60, 12:80])).all()


# With the MMU a 2100 x 2100 raster (9 windows) reports 18 steps: each window labelled, then counted.
@pytest.mark.parametrize("mmu, after", [(0, 1), (0, 8), (5, 2), (5, 9), (5, 17)])
def test_cancel_leaves_no_output_file(tmp_path, mmu, after):
    a = patchy_classes(2100, 2100, seed=41)
    b = patchy_classes(2100, 2100, seed=42)
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]
    out = tmp_path / "out"
    out.mkdir()
    percents = []

    def canceled():
        return len(percents) >= after
    with pytest.raises(Canceled):
        change.change_detection(files, mmu=mmu, output=str(out / "change.tif"),
                                progress=Progress(percents.append, canceled))
    assert os.listdir(out) == []


def test_plain_values_and_errors(tmp_path):
    a = np.array([[1, 2, 3], [4, 0, 6]], dtype=np.uint8)
    b = np.array([[1, 3, 3], [5, 7, 6]], dtype=np.uint8)
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]
    result = change.change_detection(files)
    assert result.changed_pixels() == 2 and result.compared_pixels() == 5
    assert any("not CLCplus Backbone codes" in w for w in result.warnings)
    assert result.not_comparable() == {(None, 7): 1}
    floats = write_raster(tmp_path / "f.tif", a.astype(np.float32))
    with pytest.raises(RasterError, match="Float32"):
        change.change_detection([files[0], floats])
    with pytest.raises(ValueError):
        change.change_detection(files[:1])
    with pytest.raises(ValueError):
        change.change_detection(files, connectivity=6)
    apart = write_raster(tmp_path / "apart.tif", a, origin=(X0 + 1000, Y0))
    with pytest.raises(RasterError, match="do not overlap"):
        change.change_detection([files[0], apart])


def test_a_raster_of_no_land_cover_is_written_without_a_legend(tmp_path):
    outside = np.full((50, 60), product.OUTSIDE_AREA, dtype=np.uint8)
    files = [write_raster(tmp_path / "a.tif", outside), write_raster(tmp_path / "b.tif", outside)]
    out = tmp_path / "out" / "change.tif"
    result = change.change_detection(files, output=str(out))
    assert result.raster_counts == {product.CHANGE_NODATA: 3000}
    assert (_read(str(out)) == product.CHANGE_NODATA).all()
    assert sorted(os.listdir(out.parent)) == ["change.tif"]
    assert any("nothing to compare" in w for w in result.warnings)


@pytest.mark.parametrize("write", [False, True])
def test_zones_holding_whole_windows_against_numpy(tmp_path, write):
    """Rasters larger than a window (1024 px): a window a zone holds whole takes the window's counts
    unburnt; the matrices must stay those of every pixel centre, with or without the change raster."""
    a = patchy_classes(2300, 2600, seed=41)
    b = patchy_classes(2300, 2600, seed=42)
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]
    frame = "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}),({4} {5},{6} {5},{6} {7},{4} {7},{4} {5}))".format(
        X0 - 503, Y0 - 23503, X0 + 26503, Y0 + 497, X0 + 11003, Y0 - 14003, X0 + 14997, Y0 - 8997)
    triangle = "POLYGON(({0} {1},{2} {1},{0} {3},{0} {1}))".format(X0 - 3003, Y0 - 26003, X0 + 52003, Y0 + 29003)
    zones = [(1, "frame", frame), (2, "triangle", triangle)]
    output = str(tmp_path / "change.tif") if write else None
    result = change.change_detection(files, zones=zones, zones_crs="EPSG:3035", output=output)
    xs, ys = pixel_centres(a)
    masks = [~((xs > X0 + 11003) & (xs < X0 + 14997) & (ys > Y0 - 14003) & (ys < Y0 - 8997)),
             (xs - X0 + 3003) + (ys - Y0 + 26003) < 55006]  # no pixel centre lies on an edge
    for zone, mask in zip(result.zones, masks):
        assert (result.matrix(zone) == _pair_counts(a, b, mask)).all(), zone.name


def test_exact_rule_in_windows_a_zone_holds_whole(tmp_path):
    """A pixel-aligned zone: exact coverage counts whole pixels, so it equals the centre rule."""
    a = patchy_classes(2300, 2600, seed=43)
    b = patchy_classes(2300, 2600, seed=44)
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]
    frame = "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}),({4} {5},{6} {5},{6} {7},{4} {7},{4} {5}))".format(
        X0 + 100, Y0 - 22900, X0 + 25900, Y0 - 100, X0 + 11000, Y0 - 14000, X0 + 15000, Y0 - 9000)
    centre = change.change_detection(files, zones=[(1, "frame", frame)], zones_crs="EPSG:3035")
    exact = change.change_detection(files, zones=[(1, "frame", frame)], zones_crs="EPSG:3035", rule=EXACT)
    assert np.allclose(centre.matrix(centre.zones[0]), exact.matrix(exact.zones[0]), rtol=0, atol=1e-6)
