"""The product's legend in the forms other software reads: GDAL colour table, raster attribute
table and CLR text. Colours and names come only from core/product.py."""

from osgeo import gdal

from . import product

gdal.UseExceptions()


def color_table():
    """gdal.ColorTable with the official colour of every code; 255 (no data) fully transparent."""
    table = gdal.ColorTable()
    for cls in product.ALL_CLASSES:
        alpha = 0 if cls.code == product.NO_DATA else 255
        table.SetColorEntry(cls.code, (*cls.rgb, alpha))
    return table


def attribute_table(counts=None, translated=False):
    """gdal.RasterAttributeTable (value, count, class_name, red, green, blue) of every code.

    `counts` maps code -> pixel count (the official tables carry one); codes without a count get 0.
    """
    rat = gdal.RasterAttributeTable()
    rat.CreateColumn("value", gdal.GFT_Integer, gdal.GFU_MinMax)
    rat.CreateColumn("count", gdal.GFT_Real, gdal.GFU_PixelCount)
    rat.CreateColumn("class_name", gdal.GFT_String, gdal.GFU_Name)
    rat.CreateColumn("red", gdal.GFT_Integer, gdal.GFU_Red)
    rat.CreateColumn("green", gdal.GFT_Integer, gdal.GFU_Green)
    rat.CreateColumn("blue", gdal.GFT_Integer, gdal.GFU_Blue)
    counts = counts or {}
    for row, cls in enumerate(product.ALL_CLASSES):
        rat.SetValueAsInt(row, 0, cls.code)
        rat.SetValueAsDouble(row, 1, float(counts.get(cls.code, 0)))
        rat.SetValueAsString(row, 2, cls.label if translated else cls.name)
        for column, value in enumerate(cls.rgb, start=3):
            rat.SetValueAsInt(row, column, value)
    return rat


def clr_text():
    """The legend as a .clr file (GDAL, ArcGIS): 'code R G B name' per line."""
    return "".join("{} {} {} {} {}\n".format(c.code, *c.rgb, c.name) for c in product.ALL_CLASSES)
