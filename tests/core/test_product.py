import re

import pytest

from clcplus_backbone.core import product


def test_eleven_land_cover_classes_and_three_special_codes():
    assert product.LAND_COVER_CODES == tuple(range(1, 12))
    assert product.SPECIAL_CODES == (253, 254, 255)
    assert product.ALL_CODES == product.LAND_COVER_CODES + product.SPECIAL_CODES
    assert all(c.is_land_cover for c in product.LAND_COVER_CLASSES)
    assert not any(c.is_land_cover for c in product.SPECIAL_CLASSES)


def test_official_colours_and_names():
    assert product.product_class(1).rgb == (255, 0, 0)
    assert product.product_class(1).hex == "#ff0000"
    assert product.product_class(10).hex == "#0080ff"
    assert product.product_class(253).hex == "#bfdfff"
    assert product.product_class(6).name == "Permanent herbaceous"
    # Every colour is distinct, so a rendered map can be read back class by class.
    colours = [c.rgb for c in product.ALL_CLASSES]
    assert len(set(colours)) == len(colours)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c.hex) for c in product.ALL_CLASSES)
    assert product.palette()[7] == (255, 255, 128)


def test_labels_fall_back_to_english_without_translation(qgis_app):
    assert product.class_label(3) == "Woody broadleaved deciduous trees"


@pytest.mark.parametrize("bad", [0, 12, 252, 256, -1, "x", None])
def test_unknown_code_is_a_clear_error(bad):
    with pytest.raises(ValueError, match="not a CLCplus Backbone code"):
        product.product_class(bad)


def test_land_cover_test():
    assert product.is_land_cover(11) and not product.is_land_cover(253)


def test_reference_years():
    assert product.YEARS == (2018, 2021, 2023)
    y2018 = product.reference_year(2018)
    assert not y2018.has_coastal_buffer and 253 not in y2018.codes
    assert product.reference_year("2021").has_coastal_buffer
    assert product.reference_year(2023).delivery == "tiles"
    assert product.reference_year(2018).on_imageserver and not product.reference_year(2023).on_imageserver
    assert "RASCL" in product.reference_year(2023).layers
    assert any("United Kingdom" in n for n in product.reference_year(2021).notes)


def test_unknown_year_lists_the_available_ones():
    with pytest.raises(ValueError, match="2018, 2021, 2023"):
        product.reference_year(2020)


def test_tile_file_names_round_trip():
    name = product.tile_file_name(2023, "E44N36")
    assert name == "CLMS_CLCPLUS_RAS_S2023_R10m_E44N36_03035_V01_R00.tif"
    parsed = product.parse_file_name("/data/cache/" + name)
    assert (parsed.year, parsed.layer, parsed.tile) == (2023, product.LAND_COVER, "E44N36")
    confidence = product.tile_file_name(2023, "E44N36", product.CONFIDENCE)
    assert confidence == "CLMS_CLCPLUS_RASCL_S2023_R10m_E44N36_03035_V01_R00.tif"
    assert product.parse_file_name(confidence).layer is product.CONFIDENCE


def test_mosaic_file_names():
    assert product.mosaic_file_name(2018) == "CLMS_CLCplus_RASTER_2018_010m_eu_03035_V1_1.tif"
    parsed = product.parse_file_name("C:\\data\\CLMS_CLCplus_RASTER_2021_010m_eu_03035_V1_1.tif")
    assert (parsed.year, parsed.tile) == (2021, None)
    with pytest.raises(ValueError, match="tiles"):
        product.mosaic_file_name(2023)


def test_other_files_are_not_product_files():
    assert product.parse_file_name("landcover.tif") is None
    assert product.parse_file_name("CLMS_CLCPLUS_RAS_S2023_R10m_E44N36_03035_V01_R00.tif.aux.xml") is None


def test_grid_constants_agree():
    assert product.TILE_PIXELS * product.PIXEL_SIZE_M == product.TILE_SIZE_M == 100_000
    assert product.PIXEL_AREA_M2 == 100


def test_change_codes():
    assert product.change_code(3, 1) == 301
    assert product.split_change_code(1007) == (10, 7)
    for bad in (0, 303, 1200, 112, 2540):
        with pytest.raises(ValueError, match="not a change code"):
            product.split_change_code(bad)


def test_imageserver_services_and_notes_for_comparisons():
    assert product.imageserver_service(2018) == "CLMS_CLCplus_RASTER_2018_010m_eu"
    assert product.mosaic_file_name(2021).startswith(product.imageserver_service(2021))
    with pytest.raises(ValueError, match="not served by the EEA ImageServer"):
        product.imageserver_service(2023)
    # How a year is delivered is not a caveat of comparing it.
    assert not any("897 tiles" in n for n in product.reference_year(2023).notes)
    assert any("897 tiles" in n for n in product.reference_year(2023).delivery_notes)
