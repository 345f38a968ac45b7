"""Peak memory in the area (issue 16): class areas and change with MMU over one tile, 2 x 2 and
3 x 3 tiles, each in a fresh Python; memory must stay flat (2 x 2 <= 1.3 x one tile) and the
plugin's own share (peak RSS less that of a bare Python that has imported numpy, GDAL and the
plugin's modules) <= 300 MB for any AOI."""

from common import BARE_IMPORTS, ONE_TILE, Goal, bare_memory_mb, block_2x2, peak_memory_mb, tile_path

EARLIER, LATER = 2018, 2021
FLAT = 1.3  # 2 x 2 tiles at most this many times one tile
OWN_SHARE_MB = 300.0

_CLASS_AREAS = BARE_IMPORTS + (
    "import os, tempfile\nfolder = tempfile.mkdtemp()\n"
    "def source(paths, name):\n"
    "    if len(paths) == 1:\n        return paths[0]\n"
    "    path = os.path.join(folder, name + '.vrt')\n    return tile_mosaic_vrt(path, paths, 255)\n")

_CHANGE = _CLASS_AREAS + (
    "change.change_detection([source({a!r}, 'a'), source({b!r}, 'b')], output=os.path.join(folder, 'c.tif'),"
    " mmu={mmu}, mmu_unit='ha')\n")


def _aois(manifest):
    """name -> tiles: one tile, the 2 x 2 block, and 3 x 3 when the sample has nine tiles."""
    aois = {"one tile": [ONE_TILE], "2 x 2 tiles": block_2x2(manifest)}
    if len(manifest["tiles"]) >= 9:
        aois["3 x 3 tiles"] = manifest["tiles"][:9]
    return aois


def _flat_rows(what, peaks, bare):
    """The flatness goal (2 x 2 against one tile) and the own share of the largest AOI."""
    one, four = peaks["one tile"], peaks["2 x 2 tiles"]
    largest = max(peaks, key=lambda k: peaks[k])
    own = peaks[largest] - bare
    return [("peak memory (MB), {}, 2 x 2 tiles".format(what), four, "one tile (MB)", one,
             Goal("\u2264 {}x".format(FLAT), "{:.2f}x".format(four / one), four <= FLAT * one)),
            ("own share (MB), {}, {}".format(what, largest), own, "bare python+numpy+GDAL+plugin", bare,
             Goal("\u2264 {:.0f} MB".format(OWN_SHARE_MB), "{:.0f} MB".format(own), own <= OWN_SHARE_MB))]


def bench_memory(sample, manifest, repeat):
    """Peak memory of class areas (whole extent) over growing AOIs."""
    bare = bare_memory_mb()
    peaks = {}
    for name, tiles in _aois(manifest).items():
        paths = [tile_path(sample, manifest, tile=t) for t in tiles]
        peaks[name] = peak_memory_mb(_CLASS_AREAS + "stats.class_areas(source({!r}, 'm'))\n".format(paths))
    return _flat_rows("class areas", peaks, bare)


def bench_change_memory(sample, manifest, repeat):
    """Peak memory of matrix + change raster, with MMU 0.5 ha and without, over growing AOIs."""
    bare = bare_memory_mb()
    rows = []
    for mmu in (0, 0.5):
        peaks = {}
        for name, tiles in _aois(manifest).items():
            a, b = ([tile_path(sample, manifest, year, t) for t in tiles] for year in (EARLIER, LATER))
            peaks[name] = peak_memory_mb(_CHANGE.format(a=a, b=b, mmu=mmu))
        rows += _flat_rows("change + raster" + (", MMU 0.5 ha" if mmu else ""), peaks, bare)
    return rows
