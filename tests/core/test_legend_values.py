"""The legend's entries and the value checks that stand before it (core/legend.py, core/legendcheck.py; no
rendering)."""

import numpy as np
import pytest
from osgeo import gdal
from rasters import write_raster

from clcplus_backbone.core import legend, legendcheck, product

SPECIAL = dict(zip(("buffer", "outside", "nodata"), product.SPECIAL_CODES))


def test_landcover_entries_official_colours_special_codes_muted_no_data_left_out():
    entries = legend.landcover_entries(translated=False)
    assert [e.values for e in entries] == [(c,) for c in product.ALL_CODES if c != product.NO_DATA]
    for entry in entries:
        cls = product.product_class(entry.values[0])
        assert (entry.rgb, entry.label) == (cls.rgb, cls.name)
        assert entry.alpha == (255 if cls.is_land_cover else legend.MUTED_ALPHA)
    hidden = legend.landcover_entries(hide_non_land_cover=True)
    assert [e.values[0] for e in hidden] == list(product.LAND_COVER_CODES)


def test_class_groups_in_product():
    assert product.TREE_CODES == (2, 3, 4)
    assert set(product.VEGETATION_CODES) == set(range(2, 9))
    assert product.product_class(product.SEALED).name == "Sealed"
    assert product.product_class(product.WATER).name == "Water"
    assert product.product_class(product.SNOW_AND_ICE).name == "Snow and ice"
    assert product.product_class(product.NON_VEGETATED).name == "Non and sparsely vegetated"


@pytest.mark.parametrize("from_code, to_code, kind", [
    (3, 1, legend.TO_SEALED), (10, 1, legend.TO_SEALED),
    (2, 6, legend.TREE_LOSS), (4, 10, legend.TREE_LOSS),
    (7, 3, legend.TREE_GAIN), (1, 2, legend.TREE_GAIN),
    (6, 10, legend.WATER_AND_SNOW), (11, 9, legend.WATER_AND_SNOW),
    (9, 6, legend.VEGETATION_GAIN), (1, 7, legend.VEGETATION_GAIN),
    (6, 9, legend.VEGETATION_LOSS), (5, 9, legend.VEGETATION_LOSS),
    (6, 7, legend.OTHER_CHANGE), (2, 3, legend.OTHER_CHANGE), (1, 9, legend.OTHER_CHANGE),
])
def test_change_kinds(from_code, to_code, kind):
    assert legend.change_kind(product.change_code(from_code, to_code)) is kind


def test_every_transition_has_a_kind_and_the_kind_colours_stand_apart():
    codes = legend.all_change_codes()
    assert len(codes) == 110
    kinds = {legend.change_kind(c) for c in codes}
    assert kinds == set(legend.CHANGE_KINDS)
    colours = [k.rgb for k in legend.CHANGE_KINDS] + [legend.NO_CHANGE_RGB]
    for i, a in enumerate(colours):
        for b in colours[i + 1:]:
            assert sum(abs(x - y) for x, y in zip(a, b)) > 80, (a, b)


def test_transition_label():
    code = product.change_code(3, product.SEALED)
    assert legend.transition_label(code, translated=False) == "Woody broadleaved deciduous trees \u2192 Sealed"


def test_change_entries_top_n_and_one_group_per_kind():
    # 20 transitions with distinct counts: 8 listed by name, the rest grouped per kind.
    codes = [product.change_code(a, b) for a, b in [
        (6, 1), (7, 1), (3, 1), (2, 6), (3, 6), (6, 7), (7, 6), (9, 6), (6, 3), (7, 3),
        (2, 1), (5, 1), (3, 7), (4, 6), (6, 9), (8, 9), (6, 10), (10, 6), (5, 6), (6, 5)]]
    counts = {code: 1000 - 10 * i for i, code in enumerate(codes)}
    counts[product.NO_CHANGE] = 50_000
    counts[product.CHANGE_NODATA] = 7  # never listed
    entries = legend.change_entries(counts, max_transitions=8, translated=False)
    assert entries[0].values == (product.NO_CHANGE,) and entries[0].alpha == legend.MUTED_ALPHA
    assert entries[0].label == "No change" and entries[0].count == 50_000
    named = [e for e in entries[1:] if len(e.values) == 1]
    grouped = [e for e in entries if len(e.values) > 1]
    # the 8 most frequent by name, plus single leftovers of a kind (a group of one is no group)
    assert set(codes[:8]) <= {e.values[0] for e in named}
    assert [e.label for e in grouped] == [
        "To sealed: 2 more transitions", "Tree loss: 2 more transitions", "Tree gain: 2 more transitions",
        "Water and snow change: 2 more transitions", "Vegetation loss: 2 more transitions",
        "Other change of class: 2 more transitions"]
    assert len(entries) == 1 + 8 + 6
    to_sealed = next(e for e in grouped if e.label.startswith("To sealed"))
    assert to_sealed.values == tuple(sorted((product.change_code(2, 1), product.change_code(5, 1))))
    assert to_sealed.count == counts[product.change_code(2, 1)] + counts[product.change_code(5, 1)]
    # every transition present appears exactly once, nothing else
    listed = [v for e in entries[1:] for v in e.values]
    assert sorted(listed) == sorted(codes)
    # grouped by kind in the kind order; inside a kind the most frequent first, in the kind's colour
    order = [legend.change_kind(e.values[0]) for e in entries[1:]]
    assert order == sorted(order, key=legend.CHANGE_KINDS.index)
    first = next(e for e in entries if e.values == (codes[0],))
    assert first.rgb == legend.TO_SEALED.rgb
    assert first.label == "Permanent herbaceous \u2192 Sealed"


def test_change_entries_without_counts_list_every_transition():
    entries = legend.change_entries(None, None, translated=False)
    assert len(entries) == 111
    assert len({e.rgb for e in entries}) > 100  # shades tell transitions of one kind apart


def _tif(tmp_path, name, array, **kw):
    return write_raster(tmp_path / name, array, **kw)


def test_float_band_is_refused(tmp_path):
    path = _tif(tmp_path, "float.tif", np.full((8, 8), 3.0, np.float32))
    with pytest.raises(legend.LegendError, match=r"float\.tif: band 1 holds Float32 values.*integer type"):
        legendcheck.legend_for(path)


def test_values_that_are_not_codes_are_refused_and_named(tmp_path):
    array = np.full((16, 16), 6, np.uint8)
    array[3, 4] = 42
    array[10, 10] = 99
    path = _tif(tmp_path, "odd.tif", array)
    with pytest.raises(legend.LegendError) as error:
        legendcheck.legend_for(path)
    message = str(error.value)
    assert "odd.tif: band 1 holds values that are not CLCplus Backbone codes: 42, 99." in message
    assert "1-11 and {}, {}, {}".format(SPECIAL["buffer"], SPECIAL["outside"], SPECIAL["nodata"]) in message
    with pytest.raises(legend.LegendError, match=r"not change codes: 6, 42, 99"):
        legendcheck.legend_for(path, legend.CHANGE)


def test_zero_outside_a_clip_gets_a_hint_and_passes_once_declared_no_data(tmp_path):
    array = np.zeros((16, 16), np.uint8)
    array[4:12, 4:12] = 3
    path = _tif(tmp_path, "clip.tif", array)
    with pytest.raises(legend.LegendError, match=r"codes: 0\..*declare it as no data first"):
        legendcheck.legend_for(path, legend.LANDCOVER)
    declared = _tif(tmp_path, "clip_nodata.tif", array, nodata=0)
    kind, entries = legendcheck.legend_for(declared)
    assert kind == legend.LANDCOVER and len(entries) == 13


def test_auto_tells_land_cover_from_change(tmp_path):
    landcover = _tif(tmp_path, "lc.tif", np.array([[1, 2], [SPECIAL["outside"], SPECIAL["nodata"]]], np.uint8))
    change = _tif(tmp_path, "ch.tif", np.array([[0, 301], [602, product.CHANGE_NODATA]], np.uint16))
    assert legendcheck.legend_for(landcover)[0] == legend.LANDCOVER
    kind, entries = legendcheck.legend_for(change)
    assert kind == legend.CHANGE
    assert [e.values for e in entries] == [(0,), (301,), (602,)]
    assert [e.count for e in entries] == [1, 1, 1]
    with pytest.raises(legend.LegendError, match="not CLCplus Backbone codes: 0, 301, 602, 65535"):
        legendcheck.legend_for(change, legend.LANDCOVER)


def test_large_rasters_are_checked_on_a_sample_of_windows(tmp_path):
    # 5000 x 5000 > FULL_SCAN_PIXELS: 16 windows of 1024 x 1024 pixels, two 512 blocks a side.
    size = 5000
    assert size * size > legendcheck.FULL_SCAN_PIXELS
    array = np.full((size, size), 7, np.uint8)
    array[0, 0] = 42  # inside the first window (x 0-1024, y 0-1024)
    array[2500, 2500] = 43  # between the windows of the 4 x 4 grid: a sample does not see it
    path = _tif(tmp_path, "big.tif", array, block=512)
    sample = legendcheck.read_values(path)
    assert not sample.exact
    assert sum(sample.counts.values()) == 16 * 1024 * 1024
    assert sample.counts[42] == 1 and 43 not in sample.counts
    with pytest.raises(legend.LegendError, match="codes: 42\\."):
        legendcheck.check_values(sample)
    whole = legendcheck.read_values(path, exact=True)
    assert whole.exact and sum(whole.counts.values()) == size * size
    assert whole.counts[43] == 1 and whole.counts[7] == size * size - 2


def test_sample_windows_lie_on_block_edges_inside_the_raster():
    windows = legendcheck.windows_to_read(10_000, 10_000, (1024, 1024), whole=False)
    assert len(windows) == 16
    for x, y, w, h in windows:
        assert x % 1024 == 0 and y % 1024 == 0 and (w, h) == (1024, 1024)
        assert x + w <= 10_000 and y + h <= 10_000
    assert len(legendcheck.windows_to_read(300, 200, (256, 256), whole=False)) == 1
    whole = legendcheck.windows_to_read(3000, 1000, (3000, 1), whole=True)  # a striped GeoTIFF
    assert sum(w * h for *_, w, h in whole) == 3000 * 1000


def test_missing_file_is_a_legend_error(tmp_path):
    with pytest.raises(legend.LegendError, match="Cannot open raster"):
        legendcheck.read_values(tmp_path / "nothing.tif")


def test_int16_land_cover_copy_is_accepted(tmp_path):
    path = _tif(tmp_path, "int16.tif", np.array([[1, 11], [5, 7]], np.int16), data_type=gdal.GDT_Int16)
    sample = legendcheck.read_values(path)
    assert sample.counts == {1: 1, 5: 1, 7: 1, 11: 1} and sample.data_type == "Int16"
