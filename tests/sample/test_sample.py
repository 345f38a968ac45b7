"""The sample-data generator: files in the product's real forms, counts that match the files,
planted changes, confidence, determinism, seamless windows."""

import json
import os
import time

import numpy as np
import pytest
from osgeo import gdal, osr

from clcplus_backbone.core import product, stylefiles
from clcplus_backbone.core.grid import parse_tile_id
from clcplus_backbone.sample.constants import (CENTRE, CONF_FLOOR, CONF_NOISE_MAX, CROPLAND, DEFAULT_SEED, EVERGREEN,
                                               GRASSLAND, KIND_NAMES, LICHENS, PLANTED_KINDS, SAMPLE_TILES, SEALED,
                                               SNOW, UNEXPLAINED)
from clcplus_backbone.sample.generate import generate
from clcplus_backbone.sample.geotiff import _Sink, overview_levels
from clcplus_backbone.sample.manifest import GENERATOR_VERSION, _params
from clcplus_backbone.sample.render import render_window

gdal.UseExceptions()

SIZE = 512
YEARS = (2018, 2021, 2023)
CONF_YEARS = tuple(y for y in YEARS if product.CONFIDENCE.key in product.reference_year(y).layers)
MOSAIC_YEARS = tuple(y for y in YEARS if product.reference_year(y).delivery == "mosaic")
PX = product.PIXEL_SIZE_M
CX, CY = 4_500_000, 3_600_000


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample")
    manifest = generate(str(out), size=SIZE)
    return out, manifest


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    out = tmp_path_factory.mktemp("large")
    manifest = generate(str(out), size=2048, mosaics=False)
    return out, manifest


def read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def tile_path(out, year, tile, layer=product.LAND_COVER):
    return out / "tiles" / str(year) / product.tile_file_name(year, tile, layer)


def mosaic_path(out, year):
    return out / "mosaic" / product.mosaic_file_name(year)


def all_rasters(out):
    return sorted(p for p in out.rglob("*.tif"))


def test_sample_tiles_and_centre():
    assert [str(t) for t in SAMPLE_TILES] == ["E44N35", "E45N35", "E44N36", "E45N36"]
    assert CENTRE == (CX, CY)


def test_every_file_exists_with_its_official_name(sample):
    out, manifest = sample
    expected = set()
    for year in YEARS:
        for tile in SAMPLE_TILES:
            expected.add(tile_path(out, year, tile))
            if year in CONF_YEARS:
                expected.add(tile_path(out, year, tile, product.CONFIDENCE))
            else:
                assert not tile_path(out, year, tile, product.CONFIDENCE).exists()
    for year in MOSAIC_YEARS:
        expected.add(mosaic_path(out, year))
    assert set(all_rasters(out)) == expected
    for year in MOSAIC_YEARS:
        path = mosaic_path(out, year)
        assert (out / "mosaic" / (path.name + ".ovr")).exists()
        clr = out / "mosaic" / (os.path.splitext(path.name)[0] + ".clr")
        assert clr.read_text(encoding="ascii") == stylefiles.clr_text()
    assert sorted(p.name for p in (out / "mosaic").glob("*.tif")) == sorted(
        product.mosaic_file_name(y) for y in MOSAIC_YEARS)
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert on_disk - {"manifest.json"} == set(manifest["files"])
    for tile in SAMPLE_TILES:
        for year in YEARS:
            assert manifest["tile_files"][str(year)][str(tile)]["RAS"] == \
                tile_path(out, year, tile).relative_to(out).as_posix()


def test_manifest_is_plain_json(sample):
    out, manifest = sample
    on_disk = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert on_disk == manifest
    assert json.loads(json.dumps(manifest)) == manifest
    assert manifest["version"] == GENERATOR_VERSION
    assert manifest["size"] == SIZE
    assert manifest["seed"] == DEFAULT_SEED
    assert manifest["tiles"] == ["E44N36", "E45N36", "E44N35", "E45N35"]
    assert manifest["years"] == list(YEARS)
    assert sorted(manifest["transitions"]) == ["2018-2021", "2018-2023", "2021-2023"]


def test_geotiff_structure(sample):
    out, _ = sample
    for path in all_rasters(out):
        ds = gdal.Open(str(path))
        srs = osr.SpatialReference(wkt=ds.GetProjection())
        assert srs.GetAuthorityName(None) == "EPSG" and srs.GetAuthorityCode(None) == "3035", path
        gt = ds.GetGeoTransform()
        assert (gt[1], gt[2], gt[4], gt[5]) == (PX, 0, 0, -PX)
        assert ds.RasterCount == 1
        band = ds.GetRasterBand(1)
        assert band.DataType == gdal.GDT_Byte
        assert band.GetBlockSize() == [product.BLOCK_PIXELS, product.BLOCK_PIXELS]
        assert ds.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE") == "LZW"
        levels = overview_levels(ds.RasterXSize, ds.RasterYSize)
        assert band.GetOverviewCount() == len(levels) >= 3
        for i, f in enumerate(levels):
            ov = band.GetOverview(i)
            assert (ov.XSize, ov.YSize) == (-(-ds.RasterXSize // f), -(-ds.RasterYSize // f))
        if product.CONFIDENCE.key + "_" in path.name:
            assert band.GetNoDataValue() == product.OUTSIDE_AREA
        else:
            assert band.GetNoDataValue() == product.NO_DATA
            table = band.GetColorTable()
            assert table is not None
            for code, rgb in product.palette().items():
                entry = table.GetColorEntry(code)
                assert tuple(entry[:3]) == rgb
                assert entry[3] == (0 if code == product.NO_DATA else 255)


def test_tile_extents_are_adjacent_windows_round_the_centre(sample):
    out, manifest = sample
    span = SIZE * PX
    want = {"E44N35": (CX - span, CY - span, CX, CY), "E45N35": (CX, CY - span, CX + span, CY),
            "E44N36": (CX - span, CY, CX, CY + span), "E45N36": (CX, CY, CX + span, CY + span)}
    for name, (xmin, ymin, xmax, ymax) in want.items():
        tile = parse_tile_id(name)
        cell = tile.extent
        assert cell[0] <= xmin and xmax <= cell[2] and cell[1] <= ymin and ymax <= cell[3]
        assert manifest["extents"][name] == [xmin, ymin, xmax, ymax]
        for year in YEARS:
            ds = gdal.Open(str(tile_path(out, year, tile)))
            assert (ds.RasterXSize, ds.RasterYSize) == (SIZE, SIZE)
            assert ds.GetGeoTransform() == (xmin, PX, 0, ymax, 0, -PX)
    for year in MOSAIC_YEARS:
        ds = gdal.Open(str(mosaic_path(out, year)))
        assert (ds.RasterXSize, ds.RasterYSize) == (2 * SIZE, 2 * SIZE)
        assert ds.GetGeoTransform() == (CX - span, PX, 0, CY + span, 0, -PX)


def test_class_counts_and_attribute_table_match_the_files(sample):
    out, manifest = sample
    for year in YEARS:
        for tile in SAMPLE_TILES:
            a = read(tile_path(out, year, tile))
            counts = np.bincount(a.ravel(), minlength=256)
            expect = {str(c): int(n) for c, n in enumerate(counts) if n}
            assert manifest["class_counts"][str(year)][str(tile)] == expect
            assert set(int(c) for c in expect) <= set(product.ALL_CODES)
            ds = gdal.Open(str(tile_path(out, year, tile)))
            rat = ds.GetRasterBand(1).GetDefaultRAT()
            assert rat is not None and rat.GetRowCount() == len(product.ALL_CODES)
            for row in range(rat.GetRowCount()):
                assert rat.GetValueAsDouble(row, 1) == counts[rat.GetValueAsInt(row, 0)]


def test_transitions_and_change_kinds_match_the_files(sample):
    out, manifest = sample
    for a_year, b_year in ((2018, 2021), (2021, 2023), (2018, 2023)):
        key = "{}-{}".format(a_year, b_year)
        for tile in SAMPLE_TILES:
            a = read(tile_path(out, a_year, tile)).astype(np.int64)
            b = read(tile_path(out, b_year, tile)).astype(np.int64)
            bins = np.bincount((a * 256 + b).ravel(), minlength=65536)
            expect = [[int(c) >> 8, int(c) & 255, int(bins[c])] for c in np.flatnonzero(bins)]
            assert manifest["transitions"][key][str(tile)] == sorted(expect)
            kinds = manifest["change_kinds"][key][str(tile)]
            assert kinds[UNEXPLAINED] == 0
            assert set(kinds) == set(KIND_NAMES) | {UNEXPLAINED}
            assert sum(kinds.values()) == int((a != b).sum())


def test_planted_changes_are_plausible(sample, large):
    for _, manifest in (sample, large):
        total = {}
        for key, per_tile in manifest["change_kinds"].items():
            for kinds in per_tile.values():
                for name, n in kinds.items():
                    total[(key, name)] = total.get((key, name), 0) + n
        for key in ("2018-2021", "2021-2023"):
            assert total[(key, "grassland-cropland")] > 0
            assert total[(key, "noise")] > 0
            assert total[(key, "urban sprawl")] > 0
        assert total[("2018-2021", "coastal buffer")] > 0  # 2018 water -> 2021 buffer
        assert total[("2021-2023", "coastal buffer")] == 0
        assert total[("2018-2021", "no data")] > 0
    out, manifest = large
    land = sum(n for t in manifest["class_counts"]["2021"].values() for c, n in t.items()
               if int(c) in product.LAND_COVER_CODES)
    for key in ("2018-2021", "2021-2023"):
        planted = sum(kinds[k] for kinds in manifest["change_kinds"][key].values()
                      for k in PLANTED_KINDS)
        noise = sum(kinds["noise"] for kinds in manifest["change_kinds"][key].values())
        assert 0.01 * land < planted < 0.10 * land
        assert 0.0005 * land < noise < 0.005 * land
    for name in PLANTED_KINDS:
        assert sum(kinds[name] for per_tile in manifest["change_kinds"].values()
                   for kinds in per_tile.values()) > 0, name


def test_special_codes(sample):
    out, _ = sample
    seen = {y: set() for y in YEARS}
    for year in YEARS:
        for tile in SAMPLE_TILES:
            seen[year] |= set(np.unique(read(tile_path(out, year, tile))).tolist())
    assert product.COASTAL_SEAWATER_BUFFER not in seen[2018]
    assert product.COASTAL_SEAWATER_BUFFER in seen[2021]
    assert product.COASTAL_SEAWATER_BUFFER in seen[2023]
    every = set().union(*seen.values())
    assert product.OUTSIDE_AREA in every
    assert product.NO_DATA in every
    assert every <= set(product.ALL_CODES)


def test_every_land_cover_class_occurs_in_a_larger_sample(large):
    out, manifest = large
    seen = set()
    for year in YEARS:
        for tile in SAMPLE_TILES:
            seen |= set(np.unique(read(tile_path(out, year, tile))).tolist())
    assert set(product.LAND_COVER_CODES) <= seen


def test_class_shares_are_those_of_a_lowland_with_coast(large):
    out, manifest = large
    total = {}
    for per_tile in manifest["class_counts"]["2021"].values():
        for c, n in per_tile.items():
            total[int(c)] = total.get(int(c), 0) + n
    land = sum(total.get(c, 0) for c in product.LAND_COVER_CODES)
    share = {c: total.get(c, 0) / land for c in product.LAND_COVER_CODES}
    herbaceous = share[GRASSLAND] + share[CROPLAND]
    assert 0.5 < herbaceous < 0.8
    assert 0.03 < share[SEALED] < 0.12
    assert share[EVERGREEN] < 0.01
    assert share[LICHENS] < 0.02
    assert 0 < share[SNOW] < 0.005


def test_confidence_values_and_noise(sample):
    out, manifest = sample
    noise_conf, planted_conf = [], []
    for year in CONF_YEARS:
        for tile in SAMPLE_TILES:
            lc = read(tile_path(out, year, tile))
            conf = read(tile_path(out, year, tile, product.CONFIDENCE))
            outside = (lc == product.OUTSIDE_AREA) | (lc == product.NO_DATA)
            assert (conf[outside] == product.OUTSIDE_AREA).all()
            assert (conf[~outside] <= 100).all()
            # the generator's own masks of the same window: noise flips and planted changes
            x_left, ymin, _, ymax = manifest["extents"][str(tile)]
            res = render_window(x_left, ymax, SIZE, SIZE)
            assert np.array_equal(res.lc[year], lc)
            assert np.array_equal(res.conf[year], conf)
            noise = res.noise[year]
            planted = res.planted(year)
            assert not (noise & planted).any()
            noise_conf.append(conf[noise])
            planted_conf.append(conf[planted])
            stats = manifest["confidence"][str(year)][str(tile)]
            if noise.any():
                assert stats["noise"]["pixels"] == int(noise.sum())
                assert stats["noise"]["max"] == int(conf[noise].max())
            if planted.any():
                assert stats["planted"]["pixels"] == int(planted.sum())
    noise_conf = np.concatenate(noise_conf)
    planted_conf = np.concatenate(planted_conf)
    assert noise_conf.size > 50 and planted_conf.size > 1000
    assert noise_conf.mean() < planted_conf.mean() - 30
    # a threshold separates them
    assert noise_conf.max() <= CONF_NOISE_MAX < CONF_FLOOR <= planted_conf.min()


def test_noise_flips_are_changes_in_the_files(sample):
    out, manifest = sample
    tile = SAMPLE_TILES[0]
    x_left, _, _, ymax = manifest["extents"][str(tile)]
    res = render_window(x_left, ymax, SIZE, SIZE)
    a, b = read(tile_path(out, 2021, tile)), read(tile_path(out, 2023, tile))
    kinds = res.pair_kinds(2021, 2023)
    changed = a != b
    assert (kinds[changed] != 0).all()
    assert (a[res.noise[2023]] != b[res.noise[2023]]).mean() > 0.9


def test_mosaic_equals_the_tiles_it_covers(sample):
    out, _ = sample
    for year in MOSAIC_YEARS:
        mosaic = read(mosaic_path(out, year))
        quad = {"E44N36": (0, 0), "E45N36": (0, SIZE), "E44N35": (SIZE, 0), "E45N35": (SIZE, SIZE)}
        for name, (r, c) in quad.items():
            tile = read(tile_path(out, year, parse_tile_id(name)))
            assert np.array_equal(mosaic[r:r + SIZE, c:c + SIZE], tile), (year, name)


def test_overviews_are_nearest_decimations(sample):
    out, _ = sample
    for path in [mosaic_path(out, MOSAIC_YEARS[0]), tile_path(out, 2023, SAMPLE_TILES[0]),
                 tile_path(out, 2023, SAMPLE_TILES[0], product.CONFIDENCE)]:
        ds = gdal.Open(str(path))
        band = ds.GetRasterBand(1)
        full = band.ReadAsArray()
        for i, f in enumerate(overview_levels(band.XSize, band.YSize)):
            assert np.array_equal(band.GetOverview(i).ReadAsArray(), full[::f, ::f]), (path, f)


def test_same_arguments_do_not_regenerate(sample):
    out, manifest = sample
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    start = time.monotonic()
    again = generate(str(out), size=SIZE)
    assert time.monotonic() - start < 1.0
    assert again == manifest
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == before


def test_generation_is_deterministic(sample, tmp_path):
    out, manifest = sample
    again = generate(str(tmp_path), size=SIZE)
    assert again == manifest
    for path in all_rasters(out):
        other = tmp_path / path.relative_to(out)
        assert np.array_equal(read(path), read(other)), path
        ds, other_ds = gdal.Open(str(path)), gdal.Open(str(other))
        band, other_band = ds.GetRasterBand(1), other_ds.GetRasterBand(1)
        for i in range(band.GetOverviewCount()):
            assert np.array_equal(band.GetOverview(i).ReadAsArray(), other_band.GetOverview(i).ReadAsArray())


def test_subsets_render_the_same_pixels(sample, tmp_path):
    out, _ = sample
    tile = parse_tile_id("E45N35")
    manifest = generate(str(tmp_path), size=SIZE, years=(2023,), tiles=[tile], mosaics=False)
    assert manifest["tiles"] == ["E45N35"] and manifest["years"] == [2023]
    assert [p.name for p in all_rasters(tmp_path)] == [
        product.tile_file_name(2023, tile, product.CONFIDENCE), product.tile_file_name(2023, tile)]
    for layer in (product.LAND_COVER, product.CONFIDENCE):
        assert np.array_equal(read(tile_path(tmp_path, 2023, tile, layer)),
                              read(tile_path(out, 2023, tile, layer)))


def test_any_window_renders_the_same(sample):
    out, manifest = sample
    x_left, _, _, ymax = manifest["extents"]["E44N36"]
    tile = read(tile_path(out, 2021, parse_tile_id("E44N36")))
    conf = read(tile_path(out, 2021, parse_tile_id("E44N36"), product.CONFIDENCE))
    r0, c0, h, w = 137, 61, 203, 299
    res = render_window(x_left + c0 * PX, ymax - r0 * PX, w, h, years=(2021,))
    assert np.array_equal(res.lc[2021], tile[r0:r0 + h, c0:c0 + w])
    assert np.array_equal(res.conf[2021], conf[r0:r0 + h, c0:c0 + w])


def test_an_interrupted_run_leaves_nothing_that_looks_complete(tmp_path):
    calls = []

    def progress(fraction, text):
        calls.append(fraction)
        if len(calls) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        generate(str(tmp_path), size=256, progress=progress)
    assert not (tmp_path / "manifest.json").exists()
    assert not list(tmp_path.rglob("*.tif"))
    manifest = generate(str(tmp_path), size=256)
    assert (tmp_path / "manifest.json").exists()
    assert len(manifest["files"]) == len([p for p in tmp_path.rglob("*") if p.is_file()]) - 1


def test_bad_arguments_are_refused(tmp_path):
    with pytest.raises(ValueError):
        generate(str(tmp_path), size=0)
    with pytest.raises(ValueError):
        generate(str(tmp_path), size=product.TILE_PIXELS + 1)
    with pytest.raises(ValueError):
        generate(str(tmp_path), size=64, years=(2019,))
    assert not (tmp_path / "manifest.json").exists()


def test_one_tile_at_full_size(tmp_path):
    tile = parse_tile_id("E44N35")
    start = time.monotonic()
    manifest = generate(str(tmp_path), years=(2023,), tiles=[tile], mosaics=False)
    assert time.monotonic() - start < 60
    xmin, ymin, xmax, ymax = tile.extent
    assert manifest["extents"]["E44N35"] == [xmin, ymin, xmax, ymax]
    for layer in (product.LAND_COVER, product.CONFIDENCE):
        ds = gdal.Open(str(tile_path(tmp_path, 2023, tile, layer)))
        assert (ds.RasterXSize, ds.RasterYSize) == (product.TILE_PIXELS, product.TILE_PIXELS)
        assert ds.GetGeoTransform() == (xmin, PX, 0, ymax, 0, -PX)
        band = ds.GetRasterBand(1)
        assert band.GetBlockSize() == [product.BLOCK_PIXELS, product.BLOCK_PIXELS]
        assert [band.GetOverview(i).XSize for i in range(band.GetOverviewCount())] == \
            [5000, 2500, 1250, 625, 313]
    # the full tile holds the same pixels as any window of it
    ds = gdal.Open(str(tile_path(tmp_path, 2023, tile)))
    band = ds.GetRasterBand(1)
    part = band.ReadAsArray(9700, 9800, 300, 200)  # at its south-east corner
    res = render_window(xmin + 9700 * PX, ymax - 9800 * PX, 300, 200, years=(2023,))
    assert np.array_equal(res.lc[2023], part)
    counts = np.bincount(band.ReadAsArray().ravel(), minlength=256)
    assert manifest["class_counts"]["2023"]["E44N35"] == {str(c): int(n) for c, n in enumerate(counts) if n}


# --- Product-like speckle (--product-like / speckle=1) ----------------------------------------------

SPECKLE_SIZE = 256


@pytest.fixture(scope="module")
def speckled(tmp_path_factory):
    out = tmp_path_factory.mktemp("speckled")
    manifest = generate(str(out), size=SPECKLE_SIZE, mosaics=False, speckle=1)
    return out, manifest


def test_speckle_leaves_the_default_parameters_alone(speckled):
    _, manifest = speckled
    assert manifest["parameters"]["speckle"] == 1.0
    assert "speckle" not in _params(SIZE, YEARS, SAMPLE_TILES, True, DEFAULT_SEED)


def test_speckled_manifest_counts_are_exact(speckled):
    out, manifest = speckled
    for year in YEARS:
        for tile in SAMPLE_TILES:
            counts = np.bincount(read(tile_path(out, year, tile)).ravel(), minlength=256)
            assert manifest["class_counts"][str(year)][str(tile)] == {
                str(c): int(n) for c, n in enumerate(counts) if n}
    for a_year, b_year in ((2018, 2021), (2021, 2023), (2018, 2023)):
        for tile in SAMPLE_TILES:
            a = read(tile_path(out, a_year, tile)).astype(np.int64)
            b = read(tile_path(out, b_year, tile)).astype(np.int64)
            bins = np.bincount((a * 256 + b).ravel(), minlength=65536)
            key = "{}-{}".format(a_year, b_year)
            assert manifest["transitions"][key][str(tile)] == sorted(
                [int(c) >> 8, int(c) & 255, int(bins[c])] for c in np.flatnonzero(bins))
            kinds = manifest["change_kinds"][key][str(tile)]
            assert kinds[UNEXPLAINED] == 0
            assert sum(kinds.values()) == int((a != b).sum())


def test_speckle_is_deterministic_seamless_and_differs_by_year(speckled):
    out, manifest = speckled
    # a window across the four tiles' shared corner renders what the tiles hold
    r0, c0, h, w = SPECKLE_SIZE - 70, SPECKLE_SIZE - 90, 150, 170
    x_left = manifest["extents"]["E44N36"][0] + c0 * PX
    y_top = manifest["extents"]["E44N36"][3] - r0 * PX
    res = render_window(x_left, y_top, w, h, speckle=1)
    again = render_window(x_left, y_top, w, h, speckle=1)
    plain = render_window(x_left, y_top, w, h)
    for year in YEARS:
        assert np.array_equal(res.lc[year], again.lc[year])
        mosaic = np.block([[read(tile_path(out, year, parse_tile_id(t))) for t in row]
                           for row in (("E44N36", "E45N36"), ("E44N35", "E45N35"))])
        assert np.array_equal(res.lc[year], mosaic[r0:r0 + h, c0:c0 + w])
        differ = res.lc[year] != plain.lc[year]
        assert 0.03 < differ.mean() < 0.3
        assert not (differ & ~res.noise[year]).any()  # every speckle pixel counts as noise
        assert np.isin(res.lc[year][differ], product.LAND_COVER_CODES).all()
        if year in res.conf:  # low confidence, as the classification noise
            assert (res.conf[year][differ] <= CONF_NOISE_MAX).all()
    # the speckle is not the same every year: many tiny changes
    assert (res.lc[2021] != res.lc[2023]).mean() > (plain.lc[2021] != plain.lc[2023]).mean() + 0.02


def test_speckle_reaches_the_real_product_file_size(tmp_path):
    """An all-land window written as the generator writes tiles (LZW, 1024 blocks, overviews):
    15-30 MB per 10 000 x 10 000 tile with speckle, as the real product; the clean sample < 12."""
    n = 1024
    x_left, y_top = 4_420_000, 3_560_000  # inside E44N35, all land
    sizes = {}
    for level in (0, 1):
        lc = render_window(x_left, y_top, n, n, years=(2023,), confidence=False, speckle=level).lc[2023]
        path = str(tmp_path / "w{}.tif".format(level))
        sink = _Sink(path, x_left, y_top, n, n, product.NO_DATA, None, external=False)
        sink.push(lc)
        sink.close()
        sizes[level] = os.path.getsize(path) * (product.TILE_PIXELS ** 2 / n / n) / 1e6
    assert sizes[0] < 12 and 15 < sizes[1] < 30, sizes
