from osgeo import gdal

from clcplus_backbone.core import geotiff, legend, product, stylefiles


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
    lines = stylefiles.clr_text().splitlines()
    assert lines[0] == "1 255 0 0 Sealed"
    assert len(lines) == len(product.ALL_CLASSES)


# --- Embedding the legend in outputs ------------------------------------------------------------

import importlib.util  # noqa: E402
import os  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from rasters import write_raster  # noqa: E402

from repo import ROOT  # noqa: E402

BUFFER, OUTSIDE, NO_DATA = product.SPECIAL_CODES


def _rat_rows(band):
    rat = band.GetDefaultRAT()
    names = [rat.GetNameOfCol(c) for c in range(rat.GetColumnCount())]
    return names, [{n: (rat.GetValueAsString(r, c) if rat.GetTypeOfCol(c) == gdal.GFT_String else
                        rat.GetValueAsDouble(r, c) if rat.GetTypeOfCol(c) == gdal.GFT_Real else
                        rat.GetValueAsInt(r, c)) for c, n in enumerate(names)}
                   for r in range(rat.GetRowCount())]


def test_embed_landcover_legend_in_a_geotiff(tmp_path):
    array = np.full((20, 30), 6, np.uint8)
    array[:5] = 1
    array[5:7, :10] = BUFFER
    array[-1] = NO_DATA
    path = tmp_path / "out.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 30, 20, 1, gdal.GDT_Byte, ["COMPRESS=LZW"])
    dataset.GetRasterBand(1).WriteArray(array)
    dataset = None  # written without any legend, as an engine would
    kind, counts = geotiff.embed_legend(path)
    assert kind == legend.LANDCOVER
    assert counts == {1: 150, 6: 400, BUFFER: 20, NO_DATA: 30}

    dataset = gdal.Open(str(path))  # read back by GDAL alone
    band = dataset.GetRasterBand(1)
    assert band.GetColorInterpretation() == gdal.GCI_PaletteIndex
    table = band.GetColorTable()
    for cls in product.ALL_CLASSES:
        assert table.GetColorEntry(cls.code)[:3] == cls.rgb
    names, rows = _rat_rows(band)
    assert names == ["value", "count", "class_name", "red", "green", "blue"]
    by_value = {row["value"]: row for row in rows}
    assert set(by_value) == set(product.ALL_CODES)
    assert by_value[1] == {"value": 1, "count": 150.0, "class_name": "Sealed", "red": 255, "green": 0, "blue": 0}
    assert by_value[6]["count"] == 400.0 and by_value[2]["count"] == 0.0
    assert by_value[BUFFER]["class_name"] == "Coastal seawater buffer"
    rat = band.GetDefaultRAT()
    assert [rat.GetUsageOfCol(c) for c in range(6)] == [
        gdal.GFU_MinMax, gdal.GFU_PixelCount, gdal.GFU_Name, gdal.GFU_Red, gdal.GFU_Green, gdal.GFU_Blue]
    assert rat.GetTableType() == gdal.GRTT_THEMATIC
    assert band.GetCategoryNames()[1] == "Sealed" and band.GetCategoryNames()[BUFFER] == "Coastal seawater buffer"
    dataset = None
    # the attribute table sits beside the file, as in the product; QGIS finds the style there too
    assert os.path.exists(str(path) + ".aux.xml")
    with open(stylefiles.sidecar_style_path(path), encoding="utf-8") as f:
        assert f.read() == stylefiles.qml_text(legend.landcover_entries(translated=False))


def test_embed_change_legend_lists_only_the_transitions_present(tmp_path):
    from_to = [(3, 1)] * 5 + [(2, 6)] * 3 + [(6, 7)] * 2
    values = [product.change_code(a, b) for a, b in from_to] + [product.NO_CHANGE] * 20 + \
        [product.CHANGE_NODATA] * 2
    path = write_raster(tmp_path / "change.tif", np.array(values, np.uint16).reshape(4, 8),
                        nodata=product.CHANGE_NODATA)
    kind, counts = geotiff.embed_legend(path, legend.AUTO)
    assert kind == legend.CHANGE
    assert counts == {product.NO_CHANGE: 20, 301: 5, 206: 3, 607: 2}
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    names, rows = _rat_rows(band)
    assert names == list(legend.CHANGE_RAT_COLUMNS)
    assert [(r["value"], r["count"], r["from_code"], r["to_code"], r["change_kind"]) for r in rows] == [
        (0, 20.0, 0, 0, ""), (206, 3.0, 2, 6, "tree_loss"), (301, 5.0, 3, 1, "to_sealed"),
        (607, 2.0, 6, 7, "other")]
    assert rows[2]["class_name"] == "Woody broadleaved deciduous trees \u2192 Sealed"
    assert (rows[2]["red"], rows[2]["green"], rows[2]["blue"]) == legend.TO_SEALED.rgb
    table = band.GetColorTable()  # a UInt16 band keeps a colour table in a GeoTIFF too
    assert table.GetColorEntry(301)[:3] == legend.TO_SEALED.rgb
    assert table.GetColorEntry(206)[:3] == legend.TREE_LOSS.rgb
    assert band.GetCategoryNames()[607] == "Permanent herbaceous \u2192 Periodically herbaceous"


def test_embed_before_create_copy_carries_the_legend_into_a_cog(tmp_path):
    source = gdal.GetDriverByName("MEM").Create("", 64, 64, 1, gdal.GDT_Byte)
    source.GetRasterBand(1).WriteArray(np.full((64, 64), 10, np.uint8))
    geotiff.embed_legend(source, counts={10: 4096})
    path = str(tmp_path / "cog.tif")
    gdal.GetDriverByName("COG").CreateCopy(path, source)
    geotiff.embed_legend(path)  # again on the file: the colour table is there, the COG layout stays
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    assert band.GetColorTable().GetColorEntry(10)[:3] == product.product_class(10).rgb
    assert _rat_rows(band)[1][9] == {"value": 10, "count": 4096.0, "class_name": "Water", "red": 0,
                                     "green": 128, "blue": 255}
    assert "LAYOUT=COG" in (gdal.Info(dataset) or "")


def test_embed_into_an_existing_cog_leaves_the_file_as_it_was(tmp_path):
    """GDAL >= 3.10 cannot update a COG: its legend goes beside it, into the .aux.xml."""
    source = gdal.GetDriverByName("MEM").Create("", 600, 600, 1, gdal.GDT_Byte)
    source.GetRasterBand(1).WriteArray(np.tile(np.array([2, 6, 10], np.uint8), (600, 200)))
    path = str(tmp_path / "plain_cog.tif")
    gdal.GetDriverByName("COG").CreateCopy(path, source, options=["BLOCKSIZE=256"])
    with open(path, "rb") as f:
        before = f.read()
    kind, counts = geotiff.embed_legend(path)
    assert kind == legend.LANDCOVER and counts == {2: 120000, 6: 120000, 10: 120000}
    with open(path, "rb") as f:
        assert f.read() == before
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    assert band.GetColorInterpretation() == gdal.GCI_PaletteIndex
    assert band.GetColorTable().GetColorEntry(6)[:3] == product.product_class(6).rgb
    assert band.GetCategoryNames()[10] == "Water"
    assert {row["value"]: row["count"] for row in _rat_rows(band)[1]}[6] == 120000.0
    assert dataset.GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE") == "COG"
    assert os.path.isfile(stylefiles.sidecar_style_path(path))


def test_embed_refuses_what_is_not_a_product_raster(tmp_path):
    path = write_raster(tmp_path / "odd.tif", np.array([[1, 42]], np.uint8))
    with pytest.raises(legend.LegendError, match="not CLCplus Backbone codes: 42"):
        geotiff.embed_legend(path)
    floats = write_raster(tmp_path / "f.tif", np.array([[1.0, 2.0]], np.float32))
    with pytest.raises(legend.LegendError, match="Float32"):
        geotiff.embed_legend(floats)


# --- Style files for other tools ----------------------------------------------------------------

STYLES = os.path.join(ROOT, "resources", "styles")


def _make_styles():
    spec = importlib.util.spec_from_file_location("make_styles", os.path.join(ROOT, "resources", "make_styles.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_style_files_are_up_to_date():
    stale = _make_styles().stale_files(STYLES)
    assert not stale, "resources/styles is stale, run `make styles`: " + ", ".join(stale)


def test_the_staleness_check_sees_an_edit(tmp_path):
    make_styles = _make_styles()
    make_styles.write(str(tmp_path))
    assert make_styles.stale_files(str(tmp_path)) == []
    with open(tmp_path / "clcplus_landcover.clr", "a", encoding="utf-8") as f:
        f.write("12 1 2 3\n")
    os.remove(tmp_path / "clcplus_change.sld")
    assert make_styles.stale_files(str(tmp_path)) == ["clcplus_landcover.clr", "clcplus_change.sld"]


def test_sld_is_xml_with_every_code():
    ns = {"sld": "http://www.opengis.net/sld"}
    root = ET.parse(os.path.join(STYLES, "clcplus_landcover.sld")).getroot()
    assert root.tag == "{http://www.opengis.net/sld}StyledLayerDescriptor" and root.get("version") == "1.0.0"
    colour_map = root.find(".//sld:RasterSymbolizer/sld:ColorMap", ns)
    assert colour_map.get("type") == "values"
    entries = {int(e.get("quantity")): e for e in colour_map.findall("sld:ColorMapEntry", ns)}
    assert sorted(entries) == sorted(product.ALL_CODES)
    for cls in product.LAND_COVER_CLASSES:
        e = entries[cls.code]
        assert (e.get("color"), e.get("label"), e.get("opacity")) == (cls.hex, cls.name, "1")
    assert entries[BUFFER].get("opacity") == "0.502" and entries[OUTSIDE].get("label") == "Outside area"
    assert entries[NO_DATA].get("opacity") == "0"

    change = ET.parse(os.path.join(STYLES, "clcplus_change.sld")).getroot()
    entries = {int(e.get("quantity")): e for e in change.iter("{http://www.opengis.net/sld}ColorMapEntry")}
    assert len(entries) == 110 + 2  # every transition, no change, no data
    assert entries[301].get("label") == "Woody broadleaved deciduous trees \u2192 Sealed"
    assert entries[product.CHANGE_NODATA].get("opacity") == "0"


def test_clr_file_is_value_r_g_b_only():
    with open(os.path.join(STYLES, "clcplus_landcover.clr"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert lines[0] == "1 255 0 0"
    assert lines[-1] == "{} 0 0 0".format(NO_DATA)
    assert [tuple(map(int, line.split()))[1:] for line in lines] == [c.rgb for c in product.ALL_CLASSES]
