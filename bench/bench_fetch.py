"""Fetching beside plain tools: one real-size tile from an HTTP mirror on 127.0.0.1 into the
cache (download through QgsNetworkAccessManager, every pixel verified, atomic install) beside
curl's bare download; the download alone; the verification alone beside gdalinfo -checksum
(every pixel and overview, in C)."""

import functools
import http.server
import os
import shutil
import subprocess
import tempfile
import threading

from common import best_of, qgis_processing, tile_path

from clcplus_backbone.core import product
from clcplus_backbone.core.cache import FULL_TILES, verify_tile
from clcplus_backbone.core.grid import parse_tile_id
from clcplus_backbone.core.http import HttpClient
from clcplus_backbone.core.sources import FetchRequest, fetch_tiles
from clcplus_backbone.core.sources.pool import run_in_thread


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _serve(folder):
    handler = functools.partial(_Quiet, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _peer_download(url, target):
    if shutil.which("curl"):
        subprocess.run(["curl", "-s", "-f", "-o", target, url], check=True)
        return "curl download only"
    import urllib.request
    urllib.request.urlretrieve(url, target)
    return "urllib download only"


def bench_fetch(sample, manifest, repeat):
    qgis_processing()  # a QgsApplication: the network goes through QGIS
    path = tile_path(sample, manifest)
    tile = parse_tile_id(product.parse_file_name(path).tile)
    work = tempfile.mkdtemp(prefix="clcplus-bench-fetch-")
    serving = os.path.join(work, "mirror", "2023")
    os.makedirs(serving)
    try:
        os.link(path, os.path.join(serving, os.path.basename(path)))
    except OSError:
        shutil.copy(path, serving)
    server = _serve(os.path.join(work, "mirror"))
    base = "http://127.0.0.1:{}".format(server.server_address[1])
    runs = iter(range(1000))
    try:
        def ours():
            result = fetch_tiles(FetchRequest(year=2023, tiles=[tile], cache_dir=os.path.join(
                work, "cache{}".format(next(runs))), source="mirror", mirror=base))
            assert result.ok and result.paths
        peer_name = [None]

        def peer():
            peer_name[0] = _peer_download("{}/2023/{}".format(base, os.path.basename(path)),
                                          os.path.join(work, "peer.tif"))
        def download_only():
            client = HttpClient()
            run_in_thread(lambda: client.download("{}/2023/{}".format(base, os.path.basename(path)),
                                                  os.path.join(work, "ours.part")))
        fetch_ours = best_of(ours, repeat)
        fetch_peer = best_of(peer, repeat)
        download = best_of(download_only, repeat)
        verify = best_of(lambda: verify_tile(path, 2023, product.LAND_COVER, tile, FULL_TILES), repeat)
        checksum = best_of(lambda: subprocess.run(["gdalinfo", "-checksum", path], capture_output=True,
                                                  check=True, env=dict(os.environ, GDAL_PAM_ENABLED="NO")), repeat)
    finally:
        server.shutdown()
        server.server_close()
        shutil.rmtree(work, ignore_errors=True)
    return [("fetch one 10 000\u00b2 tile from a local mirror", fetch_ours, peer_name[0], fetch_peer),
            ("download it only (QgsNetworkAccessManager)", download, peer_name[0], fetch_peer),
            ("verify one 10 000\u00b2 tile (every pixel)", verify, "gdalinfo -checksum", checksum)]
