"""core/blocks.py: windows, alignment checks and the threaded block loop."""

import numpy as np
import pytest
from osgeo import gdal

from clcplus_backbone.core.blocks import RasterError, RasterStack, Window, histogram
from rasters import ORIGIN, patchy_classes, write_raster

X0, Y0 = ORIGIN


def _covers_once(windows, width, height):
    seen = np.zeros((height, width), dtype=np.int32)
    for w in windows:
        seen[w.row:w.row + w.height, w.col:w.col + w.width] += 1
    return (seen == 1).all()


def test_windows_follow_the_files_blocks(tmp_path):
    path = write_raster(tmp_path / "a.tif", np.ones((1000, 1300), dtype=np.uint8), block=512)
    windows = RasterStack([path]).windows()
    assert _covers_once(windows, 1300, 1000)
    assert {w.col for w in windows} == {0, 1024} and {w.row for w in windows} == {0}
    inner = RasterStack([path]).windows(within=Window(100, 600, 1000, 300))
    assert _covers_once([Window(w.col - 100, w.row - 600, w.width, w.height) for w in inner], 1000, 300)
    assert {w.col for w in inner} == {100, 1024}


def test_a_vrt_of_tiles_is_read_on_the_tiles_block_grid(tmp_path):
    # Two "tiles" side by side whose shared edge is a 100 km grid line; the VRT starts 300 px
    # before that line, so its own 128 px blocks would straddle the tiles' blocks.
    left = write_raster(tmp_path / "l.tif", np.ones((600, 300), dtype=np.uint8), origin=(4_497_000, Y0))
    right = write_raster(tmp_path / "r.tif", np.ones((600, 1500), dtype=np.uint8), origin=(4_500_000, Y0))
    vrt = str(tmp_path / "m.vrt")
    gdal.BuildVRT(vrt, [left, right])
    windows = RasterStack([vrt]).windows()
    assert _covers_once(windows, 1800, 600)
    assert sorted({w.col for w in windows}) == [0, 300, 300 + 1024]


def test_pixel_edges_must_line_up(tmp_path):
    a = write_raster(tmp_path / "a.tif", np.ones((10, 10), dtype=np.uint8))
    shifted = write_raster(tmp_path / "b.tif", np.ones((10, 10), dtype=np.uint8), origin=(X0 + 5, Y0))
    with pytest.raises(RasterError, match="shifted .* by 5 m in x"):
        RasterStack([a, shifted])
    coarse = write_raster(tmp_path / "c.tif", np.ones((10, 10), dtype=np.uint8), pixel=20.0)
    with pytest.raises(RasterError, match="20"):
        RasterStack([a, coarse])
    other = write_raster(tmp_path / "d.tif", np.ones((10, 10), dtype=np.uint8), epsg=32633)
    with pytest.raises(RasterError, match="different coordinate reference systems"):
        RasterStack([a, other])


def test_common_window_of_overlapping_rasters(tmp_path):
    a = write_raster(tmp_path / "a.tif", np.ones((100, 100), dtype=np.uint8))
    b = write_raster(tmp_path / "b.tif", np.full((100, 100), 2, dtype=np.uint8), origin=(X0 + 300, Y0 - 200))
    stack = RasterStack([a, b])
    assert (stack.width, stack.height) == (70, 80)
    assert stack.extent == (X0 + 300, Y0 - 1000, X0 + 1000, Y0 - 200)
    first, second = stack.read_all(Window(0, 0, 70, 80))
    assert (first == 1).all() and (second == 2).all()


def test_map_gives_every_window_once_and_in_bounded_memory(tmp_path):
    array = patchy_classes(700, 900)
    path = write_raster(tmp_path / "p.tif", array, block=128)
    stack = RasterStack([path])
    results = list(stack.map(lambda w, arrays: (w, int(arrays[0].astype(np.int64).sum())), threads=2))
    assert len(results) == len(stack.windows())
    assert sum(s for _, s in results) == int(array.astype(np.int64).sum())


def test_histogram_of_bytes_equals_bincount():
    rng = np.random.default_rng(4)
    for shape in [(1024, 1024), (3, 5), (7, 784), (1, 1)]:
        values = rng.integers(0, 256, shape).astype(np.uint8)
        assert (histogram(values) == np.bincount(values.ravel(), minlength=256)).all()
        assert (histogram(values[:, ::2]) == np.bincount(values[:, ::2].ravel(), minlength=256)).all()
    wide = rng.integers(0, 65536, (20, 20)).astype(np.uint16)
    assert (histogram(wide, 65536) == np.bincount(wide.ravel(), minlength=65536)).all()
