"""A raster attribute table kept beside a GeoTIFF, in GDAL's `<file>.aux.xml`, on every GDAL.

A GeoTIFF that cannot be updated (a COG on GDAL >= 3.10) takes its legend through GDAL's PAM: what
is set on a read-only band goes into `<file>.aux.xml`. GDAL 3.12 and later keep a GeoTIFF's
attribute table inside the file instead, and on a read-only file that write never happens: the
table is lost while the colour table and class names beside it are kept. `keep_attribute_table`
checks, and writes the table into the `.aux.xml` in GDAL's own serialisation (made by GDAL's VRT
driver), where every GDAL reads it.
"""

import os
import uuid
import xml.etree.ElementTree as ET

from osgeo import gdal

from . import files

gdal.UseExceptions()


def _serialised(rat):
    """The <GDALRasterAttributeTable> element GDAL writes for `rat`."""
    path = "/vsimem/clcplus-rat-{}.vrt".format(uuid.uuid4().hex)
    try:
        vrt = gdal.GetDriverByName("VRT").Create(path, 1, 1, 1, gdal.GDT_Byte)
        vrt.GetRasterBand(1).SetDefaultRAT(rat)
        vrt = None
        handle = gdal.VSIFOpenL(path, "rb")
        try:
            text = gdal.VSIFReadL(1, 1 << 30, handle).decode("utf-8")
        finally:
            gdal.VSIFCloseL(handle)
    finally:
        gdal.Unlink(path)
    return ET.fromstring(text).find("./VRTRasterBand/GDALRasterAttributeTable")


def _band_element(root, band):
    for element in root.findall("PAMRasterBand"):
        if element.get("band") == str(band):
            return element
    return ET.SubElement(root, "PAMRasterBand", band=str(band))


def keep_attribute_table(path, rat, band=1):
    """Make sure the closed raster at `path` shows `rat` as band `band`'s attribute table, writing it
    into `<path>.aux.xml` when GDAL did not keep it. Returns True when it had to."""
    dataset = gdal.Open(str(path))
    kept = dataset.GetRasterBand(band).GetDefaultRAT()  # belongs to the dataset: read before closing
    kept_rows = None if kept is None else kept.GetRowCount()
    kept = dataset = None
    if kept_rows == rat.GetRowCount():
        return False
    aux = str(path) + ".aux.xml"
    root = ET.parse(aux).getroot() if os.path.isfile(aux) else ET.Element("PAMDataset")
    element = _band_element(root, band)
    for old in element.findall("GDALRasterAttributeTable"):
        element.remove(old)
    element.append(_serialised(rat))
    ET.indent(root)
    with files.replacing(aux) as temporary:
        ET.ElementTree(root).write(temporary, encoding="utf-8", xml_declaration=False)
    return True
