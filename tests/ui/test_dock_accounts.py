"""The land take and extent account view of the dock's Change page: the numbers of core/accounts.py read from
the from-to rows the page already has (no second pass), in the user's number format."""

import numpy as np
import pytest
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QGuiApplication

from clcplus_backbone.core import accounts, change, product
from clcplus_backbone.ui.results import ChangePanel
from rasters import write_raster

SEALED = product.SEALED


@pytest.fixture
def comparison(qgis_app, tmp_path):
    a = np.full((60, 80), 6, dtype=np.uint8)
    a[:, 60:] = 10  # water: not land
    a[50:, :10] = SEALED
    b = a.copy()
    b[:10, :20] = SEALED  # 200 px of grass sealed
    b[20:25, :10] = 7  # 50 px grass -> crop
    b[50:52, :10] = 6  # 20 px of sealed land returned to grass
    b[0, 60:70] = SEALED  # 10 px of water sealed (a harbour)
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]
    return change.change_detection(files, years=[2018, 2023])


@pytest.fixture
def panel(qgis_app):
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    widget = ChangePanel()
    widget.resize(320, 900)
    yield widget
    widget.deleteLater()
    QLocale.setDefault(saved)


def _show(panel, result):
    panel.show_change(2018, 2023, result.rows("ha"), result.balance("ha"), "ha", "ha", "summary", ["caveat"])
    return panel.accounts


def test_the_view_equals_the_core_accounts(panel, comparison):
    view = _show(panel, comparison)
    direct = accounts.from_change(comparison).land_take_rows("ha")[-1]
    shown = view.accounts.land_take_rows("ha")[-1]
    assert shown["land_take_pixels"] == direct["land_take_pixels"] == 210
    assert shown["returned_pixels"] == direct["returned_pixels"] == 20
    assert shown["net_land_take_pixels"] == 190
    assert shown["land_area"] == pytest.approx(direct["land_area"])
    assert shown["years"] == 5
    text = view.summary.text()
    for figure in ("2,10 ha", "0,20 ha", "1,90 ha", "0,38 ha", "5,833 %"):  # German decimals
        assert figure in text
    # the extent table: class rows then the total, in the user's number format
    table = view.table
    rows = {table.item(r, 0).text(): [table.item(r + 1, c).text() for c in range(4)]
            for r in range(0, table.rowCount(), 2)}
    sealed = "{} {}".format(SEALED, product.class_label(SEALED))
    assert rows[sealed] == ["1,00", "2,10", "0,20", "2,90"]  # 100 px, +210, -20, 290 px
    total = rows[panel.accounts.tr("Total")]
    assert total[1] == total[2] == "2,80"  # additions = reductions: 200 + 50 + 20 + 10 px
    assert total[0] == total[3] == "48,00"  # every pixel compared


def test_the_chart_shows_origins_and_returns(panel, comparison):
    view = _show(panel, comparison)
    bars = {label: value for label, value, _colour, _tip in view.chart.bars}
    assert bars == {"6 {}".format(product.class_label(6)): pytest.approx(2.0 - 0.2),
                    "10 {}".format(product.class_label(10)): pytest.approx(0.1)}


def test_copy_gives_the_table(panel, comparison):
    view = _show(panel, comparison)
    view.copy_to_clipboard()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0].split("\t")[1:] == ["2018", "+", "−", "2023"]
    assert len(text.splitlines()) == 1 + view.table.rowCount() // 2


def test_unknown_years_and_nothing_changed(panel, tmp_path):
    a = np.full((10, 10), 6, dtype=np.uint8)
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", a)]
    result = change.change_detection(files)
    panel.show_change("earlier", "later", result.rows("ha"), result.balance("ha"), "ha", "ha", "summary", [])
    view = panel.accounts
    assert view.accounts.land_take_rows()[-1]["land_take_per_year"] is None
    assert not view.chart.bars
    panel.grab()  # paints without error
