"""Legend styling beside QGIS's own way to a paletted legend (the renderer's "Classify", which
collects the raster's unique values) and beside gdalinfo -hist for the counts written into outputs."""

import os
import shutil
import tempfile

import numpy as np
from common import best_of, gdalinfo_hist, qgis_processing, tile_path
from osgeo import gdal

from clcplus_backbone.core import geotiff, legend, legendcheck, product

gdal.UseExceptions()


def _qgis_classify(path):
    """QGIS collecting the unique values itself. PAM off: a histogram cached in the .aux.xml by an
    earlier run would otherwise answer for it (and the sample's .aux.xml stays as generated)."""
    from qgis.core import QgsPalettedRasterRenderer, QgsRasterLayer
    gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")
    try:
        layer = QgsRasterLayer(path, "peer")
        return QgsPalettedRasterRenderer.classDataFromRaster(layer.dataProvider(), 1)
    finally:
        gdal.SetConfigOption("GDAL_PAM_ENABLED", None)


def _write_change(before, after, path):
    """The plugin's change convention for two aligned tiles, written row block by row block."""
    a, b = gdal.Open(before), gdal.Open(after)
    out = gdal.GetDriverByName("GTiff").Create(path, a.RasterXSize, a.RasterYSize, 1, gdal.GDT_UInt16,
                                               ["TILED=YES", "COMPRESS=LZW", "BLOCKXSIZE=1024", "BLOCKYSIZE=1024"])
    out.SetGeoTransform(a.GetGeoTransform())
    out.SetProjection(a.GetProjection())
    band = out.GetRasterBand(1)
    band.SetNoDataValue(product.CHANGE_NODATA)
    land = np.array(product.LAND_COVER_CODES)
    for y in range(0, a.RasterYSize, 1024):
        rows = min(1024, a.RasterYSize - y)
        x0 = a.GetRasterBand(1).ReadAsArray(0, y, a.RasterXSize, rows)
        x1 = b.GetRasterBand(1).ReadAsArray(0, y, a.RasterXSize, rows)
        code = np.where(x0 != x1, x0.astype(np.uint16) * 100 + x1, product.NO_CHANGE).astype(np.uint16)
        code[~(np.isin(x0, land) & np.isin(x1, land))] = product.CHANGE_NODATA
        band.WriteArray(code, 0, y)
    out = None


def bench_legend(sample, manifest, repeat):
    qgis_processing()  # a QgsApplication for the peer
    tile = tile_path(sample, manifest)
    rows = [("check + legend of one land-cover tile", best_of(lambda: legendcheck.legend_for(tile), repeat),
             "QGIS paletted Classify", best_of(lambda: _qgis_classify(tile), 1))]
    mosaic = manifest.get("mosaic_files", {}).get("2021")
    if mosaic:
        mosaic = os.path.join(sample, mosaic if isinstance(mosaic, str) else mosaic["RAS"])
        rows.append(("check + legend of the 2021 mosaic", best_of(lambda: legendcheck.legend_for(mosaic), repeat),
                     "QGIS paletted Classify", best_of(lambda: _qgis_classify(mosaic), 1)))
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "output.tif")
        shutil.copy(tile, copy)
        rows.append(("embed legend in a tile-size output", best_of(lambda: geotiff.embed_legend(copy), repeat),
                     "gdalinfo -hist", best_of(lambda: gdalinfo_hist(copy), repeat)))
        change = os.path.join(tmp, "change.tif")
        _write_change(tile_path(sample, manifest, year="2018"), tile, change)
        rows.append(("change legend of a tile (all counted)",
                     best_of(lambda: legendcheck.legend_for(change, legend.CHANGE), repeat),
                     "QGIS paletted Classify", best_of(lambda: _qgis_classify(change), 1)))
    return rows
