"""Block-histogram index of cached tiles: class areas without decoding the cells a zone holds whole.

When the cache verifies a tile before installing it (which decodes every pixel), the value counts of
every CELL x CELL cell are recorded in <cache>/.records/<the tile's path in the cache>.cells, next to
the record of its install (core/integrity.py), written whole or not at all. The index names the
tile's size, modification time and SHA-256, and the SHA-256 of its own counts; it is used only if
the tile's record names the same SHA-256 and size and the file on disk is still the one recorded
(size, modification and change time): a tile damaged, re-downloaded, replaced or touched since - or
an index cut short or written over - is never used; those rasters take the streaming path.

Class areas (core/stats.py, counting in core/cellcount.py) take the counts of every indexed cell
that lies wholly inside a zone and read only where a zone boundary crosses a cell. `sources_for`
says whether a raster can use the index: a cached tile, or a VRT mosaic of cached tiles (each with
its own cell grid, from its own origin); anything else streams as without an index.
"""

import hashlib
import json
import os
import xml.etree.ElementTree as ET

import numpy as np
from osgeo import gdal

from . import files, integrity

CELL = 128  # pixels a side: 1024-px blocks hold 64 cells, counts fit in uint16
SUFFIX = ".cells"
MAGIC = b"CLCCELLS1\n"


# --- building --------------------------------------------------------------------------------

class Builder:
    """Value counts per cell, fed strip by strip (rows y .. y + len) by the verification."""

    def __init__(self, cell=None):
        self.cell = int(cell or CELL)
        self.counts = None

    def start(self, width, height):
        self.width, self.height = width, height
        self.nx, self.ny = -(-width // self.cell), -(-height // self.cell)
        self.counts = np.zeros((self.ny, self.nx, 256), dtype=np.int32)  # a cell holds < 2**31 pixels
        self._keys = (np.arange(width) // self.cell).astype(np.int32) * 256

    def add(self, y, data):
        c = self.cell
        end = y + data.shape[0]
        for top in [y] + list(range((y // c + 1) * c, end, c)):
            part = data[top - y:min((top // c + 1) * c, end) - y]
            keys = part + self._keys  # int32: cell column x 256 + value
            self.counts[top // c] += np.bincount(keys.ravel(), minlength=self.nx * 256).reshape(self.nx, 256)

    def totals(self):
        return self.counts.sum(axis=(0, 1), dtype=np.int64)


def index_path(root, path):
    return os.path.join(root, integrity.RECORDS, os.path.relpath(path, root) + SUFFIX)


def write(root, path, builder, digest):
    """Write the index of the installed tile `path` (SHA-256 `digest`) atomically; False if it
    could not be written (class areas then stream that tile)."""
    stat = os.stat(path)
    values = np.flatnonzero(builder.totals())
    dtype = np.uint16 if builder.cell * builder.cell <= 65535 else np.uint32
    payload = np.ascontiguousarray(builder.counts[:, :, values].astype(dtype)).tobytes()
    header = json.dumps({
        "cell": builder.cell, "width": builder.width, "height": builder.height, "dtype": np.dtype(dtype).name,
        "values": values.tolist(), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": digest,
        "payload_sha256": hashlib.sha256(payload).hexdigest()}).encode("utf-8")
    target = index_path(root, path)
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        files.write_bytes(target, MAGIC + len(header).to_bytes(4, "little") + header + payload)
    except OSError:
        return False
    return True


def remove(root, path):
    _remove(index_path(root, path))


def adopt(root, path, builder):
    """After a full verification of the cached tile `path` that filled `builder`: write its index
    if the tile's record (written or confirmed by that verification) still describes the file."""
    if builder.counts is None:
        return False
    record = integrity.read_record(root, path)
    if record is None or not record.get("sha256") or not integrity.as_recorded(path, record):
        return False
    return write(root, path, builder, record["sha256"])


def build(root, path, cell=None):
    """(Re)build the index of the cached tile `path` in the cache `root` from its pixels (one full
    decode) if its record says it is sound; True if an index was written. For a tile installed
    before the index existed, or one whose index went stale while its content stayed the same."""
    record = integrity.read_record(root, path)
    if record is None or not record.get("sha256") or not integrity.as_recorded(path, record):
        return False
    builder = Builder(cell)
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    builder.start(band.XSize, band.YSize)
    rows = max(band.GetBlockSize()[1], 256)
    for y in range(0, band.YSize, rows):
        builder.add(y, band.ReadAsArray(0, y, band.XSize, min(rows, band.YSize - y)))
    dataset = None
    if integrity.fingerprint(path) != record["sha256"] or not integrity.as_recorded(path, record):
        return False  # changed while it was read
    return write(root, path, builder, record["sha256"])


# --- reading ---------------------------------------------------------------------------------

class CellIndex:
    """The counts of one tile: counts[row, col, k] pixels of values[k] in cell (row, col)."""

    def __init__(self, cell, width, height, values, counts):
        self.cell, self.width, self.height = cell, width, height
        self.values, self.counts = values, counts


def cache_root(path):
    """The cache folder holding the tile `path` (its install record is there), or None."""
    folder = os.path.dirname(path)
    for _level in range(5):
        if os.path.isfile(os.path.join(folder, integrity.RECORDS, os.path.relpath(path, folder) + ".json")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent
    return None


def load(path):
    """The valid index of the cached tile `path`, or None (not cached, no index, stale, damaged)."""
    path = os.path.abspath(path)
    root = cache_root(path)
    if root is None:
        return None
    record = integrity.read_record(root, path)
    if record is None or not record.get("sha256") or not integrity.as_recorded(path, record):
        return None
    try:
        with open(index_path(root, path), "rb") as f:
            content = f.read()
        if not content.startswith(MAGIC):
            return None
        start = len(MAGIC) + 4
        length = int.from_bytes(content[len(MAGIC):start], "little")
        header = json.loads(content[start:start + length].decode("utf-8"))
        payload = content[start + length:]
        if header["sha256"] != record["sha256"] or header["size"] != record["size"] \
                or header["mtime_ns"] != record["mtime_ns"] \
                or hashlib.sha256(payload).hexdigest() != header["payload_sha256"]:
            return None
        cell, width, height = int(header["cell"]), int(header["width"]), int(header["height"])
        values = np.array(header["values"], dtype=np.int64)
        ny, nx = -(-height // cell), -(-width // cell)
        counts = np.frombuffer(payload, dtype=np.dtype(header["dtype"])).reshape(ny, nx, len(values))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return CellIndex(cell, width, height, values, counts)


class Source:
    """One indexed tile in the raster read: its index and where its pixels are in the stack."""

    def __init__(self, index, col, row, region):
        self.index = index
        self.col, self.row = col, row  # stack position of the tile's pixel (0, 0)
        self.region = region  # (c0, r0, c1, r1) of the stack where this tile is read

    def cell_rects(self, i0, i1, j0, j1):
        """Stack rectangles (n, 4) of cells rows i0..i1, columns j0..j1 (exclusive), row-major."""
        c = self.index.cell
        ii, jj = np.meshgrid(np.arange(i0, i1), np.arange(j0, j1), indexing="ij")
        ii, jj = ii.ravel(), jj.ravel()
        return np.stack([self.col + jj * c, self.row + ii * c,
                         self.col + np.minimum((jj + 1) * c, self.index.width),
                         self.row + np.minimum((ii + 1) * c, self.index.height)], axis=1)

    def usable(self, rects):
        r = self.region
        return (rects[:, 0] >= r[0]) & (rects[:, 1] >= r[1]) & (rects[:, 2] <= r[2]) & (rects[:, 3] <= r[3])


def sources_for(stack):
    """The indexed tiles behind `stack` (a cached tile, or a VRT of cached tiles), or None when
    the index cannot be used for it: then everything streams."""
    if len(stack.paths) != 1 or stack.data_types[0] != gdal.GDT_Byte or not stack.width or not stack.height:
        return None
    try:
        dataset = gdal.Open(stack.paths[0])
    except RuntimeError:
        return None
    driver = dataset.GetDriver().ShortName
    window = (stack.col0, stack.row0, stack.col0 + stack.width, stack.row0 + stack.height)
    if driver in ("GTiff", "COG"):
        placed = [(stack.paths[0], 0, 0, 0, 0, dataset.RasterXSize, dataset.RasterYSize)]
    elif driver == "VRT":
        placed = _vrt_sources(dataset)
    else:
        return None
    if not placed:
        return None
    sources = []
    for path, src_col, src_row, dst_col, dst_row, width, height in placed:
        c0, r0 = max(dst_col, window[0]), max(dst_row, window[1])
        c1, r1 = min(dst_col + width, window[2]), min(dst_row + height, window[3])
        if c1 <= c0 or r1 <= r0:
            continue
        index = load(path)
        if index is None:
            continue  # its pixels are read
        col, row = dst_col - src_col - stack.col0, dst_row - src_row - stack.row0
        sources.append(Source(index, col, row, (c0 - stack.col0, r0 - stack.row0, c1 - stack.col0, r1 - stack.row0)))
    return sources or None


_PLAIN = {"SourceFilename", "SourceBand", "SourceProperties", "SrcRect", "DstRect", "NODATA"}


def _vrt_sources(dataset):
    """(file, src col, src row, dst col, dst row, width, height) of each source of a plain mosaic
    VRT (band 1 made of whole-pixel copies of band 1 of GeoTIFFs, none overlapping, none
    resampled or rescaled), else []."""
    if dataset.RasterCount != 1:
        return []
    try:
        root = ET.fromstring(dataset.GetMetadata("xml:VRT")[0])
    except (TypeError, IndexError, ET.ParseError):
        return []
    band = root.find("VRTRasterBand")
    if band is None or band.get("subClass") or band.get("dataType") != "Byte":
        return []
    nodata = band.findtext("NoDataValue")
    base = os.path.dirname(dataset.GetDescription())
    placed = []
    for element in band:
        if element.tag in ("ColorInterp", "NoDataValue", "ColorTable", "Description", "Metadata", "Histograms"):
            continue
        if element.tag not in ("SimpleSource", "ComplexSource") or element.get("resampling") \
                or any(child.tag not in _PLAIN for child in element):
            return []
        if element.findtext("SourceBand", "1").strip() != "1":
            return []
        own = element.findtext("NODATA")
        if own is not None and (nodata is None or float(own) != float(nodata)):
            return []  # transparent pixels would show another value
        name = element.find("SourceFilename")
        path = name.text or ""
        if name.get("relativeToVRT") == "1":
            path = os.path.join(base, path)
        src, dst = element.find("SrcRect"), element.find("DstRect")
        if src is None or dst is None:
            return []
        numbers = [float(r.get(k)) for r in (src, dst) for k in ("xOff", "yOff", "xSize", "ySize")]
        if any(n != int(n) for n in numbers) or numbers[2:4] != numbers[6:8]:
            return []
        sx, sy, w, h, dx, dy = (int(numbers[i]) for i in (0, 1, 2, 3, 4, 5))
        placed.append((os.path.abspath(path), sx, sy, dx, dy, w, h))
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            if a[3] < b[3] + b[5] and b[3] < a[3] + a[5] and a[4] < b[4] + b[6] and b[4] < a[4] + a[6]:
                return []
    return placed


def _remove(path):
    try:
        os.remove(path)
    except OSError:
        pass
