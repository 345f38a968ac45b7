"""The dock's choices kept: the area, years, unit and source come back in a new dock, and the account chosen
for WEkEO is not sent to a mirror.
"""

import pytest

pytestmark = pytest.mark.usefixtures("own_settings")  # tests/ui/conftest.py


def test_choices_are_remembered(dock, iface, tmp_path):
    from clcplus_backbone.ui.aoi import TILES
    from clcplus_backbone.ui.dock import CLCplusDock
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    dock.year.setCurrentIndex(dock.year.findData(2018))
    dock.compare_year.setCurrentIndex(dock.compare_year.findData(2023))
    dock.unit.setCurrentIndex(dock.unit.findData("km2"))
    again = CLCplusDock(iface)
    try:
        assert again.aoi.current_mode() == TILES and again.aoi.tile_ids.text() == "E44N36"
        assert (again.reference_year(), again.other_year(), again.unit_key()) == (2018, 2023, "km2")
        assert again.source.key() == "mirror" and again.source.cache_dir() == str(tmp_path / "cache")
    finally:
        again.cleanup()
        again.deleteLater()


def test_the_account_chosen_for_wekeo_is_not_sent_to_a_mirror(dock, tmp_path):
    from servers.fixtures import auth_config
    alice = auth_config("WEkEO (dock, mirror)", username="alice", password="hunter2")
    dock.source.set_source("wekeo")
    dock.source.auth.setConfigId(alice)
    assert dock.source.parameters()["AUTHCFG"] == alice
    dock.source.set_source("mirror", str(tmp_path))
    assert dock.source.parameters()["AUTHCFG"] == ""
    dock.source.set_source("auto")
    assert dock.source.parameters()["AUTHCFG"] == alice
