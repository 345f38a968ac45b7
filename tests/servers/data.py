"""Test data: the sample generator's small tiles, zips as the services pack them, broken files."""

import hashlib
import io
import os
import stat
import zipfile

import numpy as np
from osgeo import gdal, osr

from clcplus_backbone.core import legend, product
from clcplus_backbone.core.cache import TileLayout
from clcplus_backbone.core.grid import parse_tile_id

gdal.UseExceptions()

SIZE = 64  # pixels a side of a sample tile in the tests
LAYOUT = TileLayout(SIZE)
TILES = tuple(parse_tile_id(t) for t in ("E44N35", "E44N36", "E45N35", "E45N36"))


def make_sample(folder, size=SIZE):
    """Small tiles in the product's forms, deterministic: the four sample cells' windows of
    `size` pixels (data.LAYOUT) for every year, land cover (colour table, .aux.xml, internal
    overviews) and the confidence layer where the year has one, plus the 2018/2021 mosaics.

    The tests make their own data rather than call sample/generate.py: the fetch tests need
    only valid codes at the right places, and must not change when the sample's look does."""
    layout = TileLayout(size)
    for year in product.YEARS:
        os.makedirs(os.path.join(folder, "tiles", str(year)), exist_ok=True)
        for key in product.reference_year(year).layers:
            if key not in (product.LAND_COVER.key, product.CONFIDENCE.key):
                continue
            layer = product.LAYERS[key]
            for tile in TILES:
                values = _values(year, layer, tile, size)
                _write_tile(tile_path(folder, year, tile, layer), layout.extent(tile), values, layer)
        if product.reference_year(year).mosaic_name:
            os.makedirs(os.path.join(folder, "mosaic"), exist_ok=True)
            gdal.Translate(mosaic_path(folder, year), gdal.BuildVRT(
                "", [tile_path(folder, year, t) for t in TILES]), creationOptions=["TILED=YES", "COMPRESS=LZW"])
    return folder


def _values(year, layer, tile, size):
    rng = np.random.RandomState(year * 1000 + tile.east * 100 + tile.north + len(layer.key))
    if layer.key == product.LAND_COVER.key:
        codes = np.array(product.reference_year(year).codes, dtype=np.uint8)
        coarse = codes[rng.randint(0, len(codes), size=((size + 7) // 8, (size + 7) // 8))]
    else:
        choices = np.array(list(range(0, 101)) + [product.OUTSIDE_AREA], dtype=np.uint8)
        coarse = choices[rng.randint(0, len(choices), size=((size + 7) // 8, (size + 7) // 8))]
    return np.kron(coarse, np.ones((8, 8), dtype=np.uint8))[:size, :size]


def _write_tile(path, extent, values, layer):
    size = values.shape[0]
    dataset = gdal.GetDriverByName("GTiff").Create(
        path, size, size, 1, gdal.GDT_Byte, ["TILED=YES", "BLOCKXSIZE=32", "BLOCKYSIZE=32", "COMPRESS=LZW"])
    dataset.SetGeoTransform((extent[0], 10, 0, extent[3], 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(product.CRS_EPSG)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(layer.nodata)
    if layer.key == product.LAND_COVER.key:
        band.SetRasterColorTable(legend.color_table())
    band.WriteArray(values)
    dataset.BuildOverviews("NEAREST", [2, 4])
    dataset = None
    if layer.key == product.LAND_COVER.key:
        with open(path + ".aux.xml", "w", encoding="utf-8") as f:
            f.write("<PAMDataset><PAMRasterBand band=\"1\"><Description>{}</Description>"
                    "</PAMRasterBand></PAMDataset>\n".format(layer.name))


def add_year(sample, year, like=None):
    """Tiles of a reference year newer than the product model (2025, ...) in the sample: the
    latest known year's tiles under the new year's official names (as the fallback rule names
    them), land cover and confidence. Returns `year`."""
    like = like or product.YEARS[-1]
    folder = os.path.join(sample, "tiles", str(year))
    os.makedirs(folder, exist_ok=True)
    for layer in (product.LAND_COVER, product.CONFIDENCE):
        for tile in TILES:
            source, target = tile_path(sample, like, tile, layer), tile_path(sample, year, tile, layer)
            if os.path.exists(source) and not os.path.exists(target):
                with open(source, "rb") as f, open(target, "wb") as out:
                    out.write(f.read())
                if os.path.exists(source + ".aux.xml"):
                    with open(source + ".aux.xml", "rb") as f, open(target + ".aux.xml", "wb") as out:
                        out.write(f.read())
    return year


def tile_path(sample, year, tile, layer=product.LAND_COVER):
    return os.path.join(sample, "tiles", str(year), product.tile_file_name(year, tile, layer))


def mosaic_path(sample, year):
    return os.path.join(sample, "mosaic", product.mosaic_file_name(year))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def stem(year, tile, layer=product.LAND_COVER):
    return product.tile_file_name(year, tile, layer)[:-len(".tif")]


def tile_zip(sample, year, tile, layer=product.LAND_COVER, tif_bytes=None):
    """A per-tile zip as WEkEO delivers it: a folder of the tile's name with the GeoTIFF, its
    .aux.xml and the XML metadata."""
    name = stem(year, tile, layer)
    path = tile_path(sample, year, tile, layer)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("{0}/{0}.tif".format(name), tif_bytes if tif_bytes is not None else read(path))
        if os.path.exists(path + ".aux.xml"):
            z.writestr("{0}/{0}.tif.aux.xml".format(name), read(path + ".aux.xml"))
        z.writestr("{0}/{0}.xml".format(name), "<metadata>{}</metadata>".format(name))
    return buffer.getvalue()


def evil_zip(kind, sample, year, tile, layer=product.LAND_COVER):
    """A zip that must be refused: 'dotdot', 'absolute' or 'symlink' entries beside the tile."""
    name = stem(year, tile, layer)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("{0}/{0}.tif".format(name), read(tile_path(sample, year, tile, layer)))
        if kind == "dotdot":
            z.writestr("{0}/../../../escaped.txt".format(name), "outside")
        elif kind == "absolute":
            z.writestr("/tmp/absolute.txt", "outside")
        elif kind == "symlink":
            info = zipfile.ZipInfo("{0}/{0}.tif.aux.xml".format(name))
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            z.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def bomb_zip(sample, year, tile, size=50_000_000):
    """A tile zip plus an entry that unpacks to `size` bytes of zeros (compresses to little)."""
    name = stem(year, tile)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("{0}/{0}.tif".format(name), b"\0" * size)
    return buffer.getvalue()


def with_crs(path, epsg):
    """The bytes of the raster at `path` re-labelled in another CRS (same pixels and numbers)."""
    out = "/vsimem/with_crs_{}.tif".format(epsg)
    gdal.Translate(out, path, outputSRS="EPSG:{}".format(epsg))
    data = _vsimem_bytes(out)
    gdal.Unlink(out)
    return data


def shifted(path, dx):
    """The bytes of the raster at `path` moved `dx` metres east."""
    out = "/vsimem/shifted.tif"
    gdal.Translate(out, path)
    dataset = gdal.Open(out, gdal.GA_Update)
    gt = list(dataset.GetGeoTransform())
    gt[0] += dx
    dataset.SetGeoTransform(gt)
    dataset = None
    data = _vsimem_bytes(out)
    gdal.Unlink(out)
    return data


def with_value(path, value):
    """The bytes of the raster at `path` with its first pixel set to `value`."""
    out = "/vsimem/with_value.tif"
    gdal.Translate(out, path)
    dataset = gdal.Open(out, gdal.GA_Update)
    band = dataset.GetRasterBand(1)
    data = band.ReadAsArray()
    data[0, 0] = value
    band.WriteArray(data)
    dataset = None
    result = _vsimem_bytes(out)
    gdal.Unlink(out)
    return result


def corrupt(data):
    """`data` with its second half overwritten by garbage (the header stays readable)."""
    half = len(data) // 2
    return data[:half] + bytes((b * 7 + 13) % 256 for b in data[half:])


def _vsimem_bytes(path):
    f = gdal.VSIFOpenL(path, "rb")
    gdal.VSIFSeekL(f, 0, 2)
    size = gdal.VSIFTellL(f)
    gdal.VSIFSeekL(f, 0, 0)
    data = gdal.VSIFReadL(1, size, f)
    gdal.VSIFCloseL(f)
    return bytes(data)


def snapshot(folder):
    """{relative path: sha256} of every file under `folder` (hidden ones too)."""
    result = {}
    for base, _dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(base, name)
            result[os.path.relpath(path, folder)] = hashlib.sha256(read(path)).hexdigest()
    return result


def pixels(path):
    dataset = gdal.Open(path)
    data = dataset.GetRasterBand(1).ReadAsArray()
    geotransform = dataset.GetGeoTransform()
    srs = osr.SpatialReference(wkt=dataset.GetProjection())
    dataset = None
    return data, geotransform, srs.GetAuthorityCode(None)
