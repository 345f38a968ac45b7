"""core.pam: an attribute table written beside a GeoTIFF when GDAL did not keep it (GDAL >= 3.12
drops one set on a read-only GeoTIFF)."""

import numpy as np
from osgeo import gdal
from rasters import write_raster

from clcplus_backbone.core import legend, pam


def _rows(path):
    dataset = gdal.Open(path)
    rat = dataset.GetRasterBand(1).GetDefaultRAT()
    rows = None if rat is None else [(rat.GetValueAsInt(r, 0), rat.GetValueAsString(r, 2))
                                     for r in range(rat.GetRowCount())]
    return rows, dataset.GetRasterBand(1).GetCategoryNames()


def test_a_table_gdal_did_not_keep_goes_into_the_aux_xml(tmp_path):
    path = write_raster(tmp_path / "classes.tif", np.full((8, 8), 6, np.uint8))
    dataset = gdal.Open(path)  # read-only: what is set goes to the .aux.xml (PAM)
    dataset.GetRasterBand(1).SetCategoryNames(["", "one"])
    dataset = None
    assert _rows(path)[0] is None

    rat = legend.attribute_table({6: 64})
    assert pam.keep_attribute_table(path, rat) is True
    rows, names = _rows(path)
    assert rows[5] == (6, "Permanent herbaceous") and len(rows) == rat.GetRowCount()
    assert names == ["", "one"]  # what the .aux.xml held stays
    assert pam.keep_attribute_table(path, rat) is False  # there now: nothing written again


def test_a_table_gdal_kept_is_left_alone(tmp_path):
    path = write_raster(tmp_path / "classes.tif", np.full((8, 8), 6, np.uint8))
    dataset = gdal.Open(path, gdal.GA_Update)
    dataset.GetRasterBand(1).SetDefaultRAT(legend.attribute_table({6: 64}))
    dataset = None
    assert pam.keep_attribute_table(path, legend.attribute_table({6: 64})) is False
