"""`make bench`: the plugin's engine beside its peers on the real-size sample, in one run.

Each benchmark prints the best of a few wall-clock runs of both sides and their ratio. Timings
are not asserted in tests; the figures go into the notes of the issues that name them.
"""

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from osgeo import gdal

gdal.UseExceptions()


def best_of(function, repeat):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def read_all_blocks(path, threads=2):
    """The floor of any statistic: every block of band 1 decoded once, a thread per core."""
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    bx, by = band.GetBlockSize()
    windows = [(x, y, min(bx, dataset.RasterXSize - x), min(by, dataset.RasterYSize - y))
               for y in range(0, dataset.RasterYSize, by) for x in range(0, dataset.RasterXSize, bx)]

    def read(window):
        # One dataset per thread: a GDAL dataset handle must not be shared between threads.
        local = gdal.Open(path)
        return int(local.GetRasterBand(1).ReadAsArray(*window).size)

    with ThreadPoolExecutor(threads) as pool:
        return sum(pool.map(read, windows))


def gdalinfo_hist(path):
    # PAM off: otherwise the second run reads the histogram the first one cached in .aux.xml.
    env = dict(os.environ, GDAL_PAM_ENABLED="NO")
    subprocess.run(["gdalinfo", "-hist", path], env=env, check=True, capture_output=True)


def bench_tile_read(sample, manifest, repeat):
    path = os.path.join(sample, manifest["files"]["2023"][manifest["tiles"][0]]["land_cover"])
    floor = best_of(lambda: read_all_blocks(path), repeat)
    peer = best_of(lambda: gdalinfo_hist(path), repeat)
    return [("read one 10 000\u00b2 tile block by block (2 threads)", floor,
             "gdalinfo -hist", peer)]


BENCHMARKS = [bench_tile_read]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with open(os.path.join(args.sample, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    print("{:<58} {:>9} {:>24} {:>9} {:>7}".format("job", "ours s", "peer", "peer s", "ratio"))
    for benchmark in BENCHMARKS:
        for job, ours, peer_name, peer in benchmark(args.sample, manifest, args.repeat):
            print("{:<58} {:>9.2f} {:>24} {:>9.2f} {:>6.2f}x".format(job, ours, peer_name, peer,
                                                                   ours / peer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
