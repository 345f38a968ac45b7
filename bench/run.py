"""`make bench`: the plugin's engine beside its peers on the product-like sample, in one run.

Each benchmark prints the best of a few wall-clock runs of both sides and their ratio (ours / peer:
below 1 means faster). Rows that carry one of the issue's goals print it too: the target, the figure
reached and whether it is met. Timings are not asserted in tests; the figures go into the issues'
notes.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench_accounts  # noqa: E402
import bench_change  # noqa: E402
import bench_europe  # noqa: E402
import bench_fetch  # noqa: E402
import bench_legend  # noqa: E402
import bench_memory  # noqa: E402
import bench_stats  # noqa: E402
from common import load_manifest  # noqa: E402

BENCHMARKS = [bench_stats.bench_class_areas, bench_stats.bench_warm, bench_memory.bench_memory,
              bench_change.bench_change, bench_change.bench_mmu, bench_memory.bench_change_memory,
              bench_europe.bench_europe, bench_legend.bench_legend, bench_fetch.bench_fetch,
              bench_accounts.bench_accounts]

HEADER = "{:<50} {:>9} {:>30} {:>9} {:>9}  {:>9} {:>14} {:>4}"


def _seconds(value):
    return "{:.3f}".format(value) if value is not None else "n/a"


def format_row(job, ours, peer_name, peer, goal=None):
    """One line of the table; `ours` None: not measured (e.g. no index), shown as n/a."""
    ratio = "{:>8.3f}x".format(ours / peer) if ours is not None and peer else "      n/a"
    line = "{:<50} {:>9} {:>30} {:>9} {}".format(job, _seconds(ours), peer_name, _seconds(peer), ratio)
    if goal is not None:
        met = {True: "yes", False: "NO", None: "n/a"}[goal.met]
        line += "  {:>9} {:>14} {:>4}".format(goal.target, goal.figure, met)
    return line


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", help="run the benchmarks whose name contains this")
    args = parser.parse_args(argv)
    manifest = load_manifest(args.sample)
    print(HEADER.format("job", "ours", "peer", "peer", "ratio", "goal", "reached", "met"))
    for benchmark in BENCHMARKS:
        if args.only and args.only not in benchmark.__name__:
            continue
        for row in benchmark(args.sample, manifest, args.repeat):
            print(format_row(*row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
