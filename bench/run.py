"""`make bench`: the plugin's engine beside its peers on the real-size sample, in one run.

Each benchmark prints the best of a few wall-clock runs of both sides and their ratio (ours / peer:
below 1 means faster). Timings are not asserted in tests; the figures go into the issues' notes.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench_change  # noqa: E402
import bench_fetch  # noqa: E402
import bench_legend  # noqa: E402
import bench_stats  # noqa: E402
from common import load_manifest  # noqa: E402

BENCHMARKS = [bench_stats.bench_class_areas, bench_stats.bench_memory, bench_change.bench_change,
              bench_change.bench_change_memory, bench_legend.bench_legend, bench_fetch.bench_fetch]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", help="run the benchmarks whose name contains this")
    args = parser.parse_args(argv)
    manifest = load_manifest(args.sample)
    print("{:<44} {:>9} {:>26} {:>9} {:>8}".format("job", "ours", "peer", "peer", "ratio"))
    for benchmark in BENCHMARKS:
        if args.only and args.only not in benchmark.__name__:
            continue
        for job, ours, peer_name, peer in benchmark(args.sample, manifest, args.repeat):
            ratio = "{:>7.3f}x".format(ours / peer) if peer else "     n/a"
            print("{:<44} {:>9.3f} {:>26} {:>9} {}".format(
                job, ours, peer_name, "{:.3f}".format(peer) if peer else "n/a", ratio), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
