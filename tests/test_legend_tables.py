from osgeo import gdal

from clcplus_backbone.core import legend, product


def test_colour_table_is_the_palette_and_no_data_is_transparent():
    table = legend.color_table()
    for cls in product.ALL_CLASSES:
        r, g, b, a = table.GetColorEntry(cls.code)
        assert (r, g, b) == cls.rgb
        assert a == (0 if cls.code == product.NO_DATA else 255)


def test_attribute_table_rows(tmp_path):
    path = str(tmp_path / "t.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(path, 4, 4, 1, gdal.GDT_Byte)
    dataset.GetRasterBand(1).SetDefaultRAT(legend.attribute_table({1: 5, 10: 11}))
    dataset = None
    dataset = gdal.Open(path)  # keep it: the table lives only as long as its dataset
    rat = dataset.GetRasterBand(1).GetDefaultRAT()
    rows = {rat.GetValueAsInt(i, 0): (rat.GetValueAsDouble(i, 1), rat.GetValueAsString(i, 2),
                                      tuple(rat.GetValueAsInt(i, c) for c in (3, 4, 5)))
            for i in range(rat.GetRowCount())}
    assert set(rows) == set(product.ALL_CODES)
    assert rows[1] == (5.0, "Sealed", (255, 0, 0))
    assert rows[10][0] == 11.0 and rows[2][0] == 0.0
    assert [rat.GetNameOfCol(c) for c in range(rat.GetColumnCount())] == [
        "value", "count", "class_name", "red", "green", "blue"]


def test_clr_lines():
    lines = legend.clr_text().splitlines()
    assert lines[0] == "1 255 0 0 Sealed"
    assert len(lines) == len(product.ALL_CLASSES)
