"""core/accounts.py: land take and the ecosystem extent account against the sample's planted transitions,
a hand computation, and the masks of the change algorithm (MMU, confidence, codes that are not land cover)."""

import csv
import os

import numpy as np
import pytest

from clcplus_backbone.core import accounts, change, product
from clcplus_backbone.core.change.inputs import year_caveats
from clcplus_backbone.core.change.result import LAND_CODES
from clcplus_backbone.core.zones import EXACT
from rasters import ORIGIN, write_raster

X0, Y0 = ORIGIN
SIZE = 240  # of the tiles the fixture sample (conftest.py) makes
PAIRS = ("2018-2021", "2018-2023", "2021-2023")
LAND = set(product.LAND_COVER_CODES)
SEALED = product.SEALED


def _planted(rows):
    """Land take, returned and the extent account (pixels) straight from the manifest's [from, to, n] rows."""
    take = sum(n for a, b, n in rows if b == SEALED and a != SEALED and a in LAND)
    back = sum(n for a, b, n in rows if a == SEALED and b != SEALED and b in LAND)
    opening = {c: sum(n for a, b, n in rows if a == c and b in LAND) for c in LAND}
    closing = {c: sum(n for a, b, n in rows if b == c and a in LAND) for c in LAND}
    return take, back, opening, closing


def _assert_identities(scope):
    account = accounts.extent_account(scope.matrix)
    for item in accounts.ITEMS:
        assert account[item].dtype.kind == "i", item  # pixel counts: integers, exact
    assert (account["opening"] + account["additions"] - account["reductions"] == account["closing"]).all()
    assert account["additions"].sum() == account["reductions"].sum()
    assert (account["net_change"] == account["closing"] - account["opening"]).all()
    assert account["opening"].sum() == account["closing"].sum() == scope.matrix.sum()


@pytest.mark.parametrize("pair", PAIRS)
def test_land_take_and_extent_equal_the_planted_transitions(sample, pair):
    manifest, path = sample
    earlier, later = pair.split("-")
    for tile in manifest["tiles"]:
        result = change.change_detection([path(earlier, tile), path(later, tile)])
        books = accounts.from_change(result)
        take, back, opening, closing = _planted(manifest["transitions"][pair][tile])
        row = books.land_take_rows("ha")[-1]
        assert (row["land_take_pixels"], row["returned_pixels"], row["net_land_take_pixels"]) == \
            (take, back, take - back), tile
        assert row["land_take"] == pytest.approx(take * 100 / 1e4)
        assert row["years"] == int(later) - int(earlier)
        assert row["land_take_per_year"] == pytest.approx(row["land_take"] / row["years"])
        account = accounts.extent_account(books.total().matrix)
        for i, code in enumerate(LAND_CODES):
            assert account["opening"][i] == opening[code] and account["closing"][i] == closing[code], (tile, code)
        _assert_identities(books.total())


def test_by_origin_class_and_share_of_land(sample):
    manifest, path = sample
    tile = manifest["tiles"][0]
    result = change.change_detection([path(2018, tile), path(2023, tile)])
    rows = manifest["transitions"]["2018-2023"][tile]
    row = accounts.from_change(result).land_take_rows("m2")[-1]
    for code in accounts.ORIGIN_CODES:
        taken = sum(n for a, b, n in rows if a == code and b == SEALED)
        returned = sum(n for a, b, n in rows if a == SEALED and b == code)
        assert row["land_take_from_{}".format(code)] == taken * 100.0
        assert row["returned_to_{}".format(code)] == returned * 100.0
    land = sum(n for a, b, n in rows if a in LAND and b in LAND and a != product.WATER)
    assert row["land_area"] == land * 100.0
    assert row["land_take_pct_of_land"] == pytest.approx(100.0 * row["land_take_pixels"] / land)


def test_zones_and_their_total(sample):
    manifest, path = sample
    tile = manifest["tiles"][0]
    x0, _, _, y1 = manifest["extents"][tile]
    zones = [(1, "north", _box(x0, y1, 0, 0, SIZE, 100)), (2, "south", _box(x0, y1, 0, 100, SIZE, SIZE))]
    result = change.change_detection([path(2018, tile), path(2023, tile)], zones=zones, zones_crs="EPSG:3035")
    books = accounts.from_change(result)
    assert [s.id for s in books.scopes] == [1, 2, None]
    rows = books.land_take_rows()
    assert rows[0]["land_take_pixels"] + rows[1]["land_take_pixels"] == rows[2]["land_take_pixels"]
    take, back, _, _ = _planted(manifest["transitions"]["2018-2023"][tile])
    assert (rows[2]["land_take_pixels"], rows[2]["returned_pixels"]) == (take, back)  # the zones cover the tile
    for scope in books.scopes:
        _assert_identities(scope)
        # equal to a hand computation from the zone's change matrix
        zone = next((z for z in result.zones if z.id == scope.id), None)
        matrix = result.matrix(zone)
        s = LAND_CODES.index(SEALED)
        assert books.land_take_rows()[books.scopes.index(scope)]["land_take_pixels"] == \
            matrix[:, s].sum() - matrix[s, s]


def _box(x0, y1, c0, r0, c1, r1):
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
        x0 + c0 * 10, y1 - r1 * 10, x0 + c1 * 10, y1 - r0 * 10)


# --- A tiny pair computed by hand ---------------------------------------------------------------------

def _tiny(tmp_path):
    """5 x 4 pixels. Earlier: grass (6) but for 2 sealed, 1 water, 2 crop, 1 sea buffer, 1 no data."""
    a = np.array([[6, 6, 6, 6, 1],
                  [6, 6, 6, 6, 1],
                  [10, 6, 6, 6, 6],
                  [253, 255, 6, 7, 7]], dtype=np.uint8)
    b = np.array([[1, 1, 6, 6, 1],    # 2 grass -> sealed
                  [1, 6, 6, 6, 7],    # 1 grass -> sealed, 1 sealed -> crop
                  [10, 1, 7, 6, 6],   # water stays; 1 grass -> sealed, 1 grass -> crop
                  [6, 6, 254, 1, 7]], dtype=np.uint8)  # 253 -> 6 and 255 -> 6 not comparable; 6 -> 254 out
    return [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]


def test_a_tiny_pair_by_hand(tmp_path):
    result = change.change_detection(_tiny(tmp_path), years=[2018, 2023])
    books = accounts.from_change(result)
    row = books.land_take_rows("m2")[-1]
    # land take: grass -> sealed at (0,0), (0,1), (1,0), (2,1); crop -> sealed at (3,3): 5 pixels
    assert row["land_take_pixels"] == 5 and row["land_take"] == 500.0
    assert row["land_take_from_6"] == 400.0 and row["land_take_from_7"] == 100.0
    # returned: sealed -> crop at (1,4): 1 pixel; (0,4) stays sealed
    assert row["returned_pixels"] == 1 and row["returned_to_7"] == 100.0
    assert row["net_land_take_pixels"] == 4
    # compared: 20 - (253, 255 earlier) - (254 later) = 17 pixels; land: without the water pixel = 16
    assert result.compared_pixels() == 17
    assert row["land_area"] == 1600.0
    assert row["land_take_pct_of_land"] == pytest.approx(100.0 * 5 / 16)
    assert row["years"] == 5 and row["net_land_take_per_year"] == pytest.approx(400.0 / 5)
    account = accounts.extent_account(books.total().matrix)
    index = {c: i for i, c in enumerate(LAND_CODES)}
    # sealed: opening 2, additions 5, reductions 1, closing 6
    assert [account[k][index[1]] for k in accounts.ITEMS] == [2, 5, 1, 4, 6]
    # grass: 13 pixels earlier, one of them outside area later; 4 -> sealed, 1 -> crop
    assert [account[k][index[6]] for k in accounts.ITEMS] == [12, 0, 5, -5, 7]
    assert [account[k][index[7]] for k in accounts.ITEMS] == [2, 2, 1, 1, 3]
    assert [account[k][index[10]] for k in accounts.ITEMS] == [1, 0, 0, 0, 1]
    _assert_identities(books.total())


def test_codes_that_are_not_land_cover_never_enter(tmp_path):
    a = np.full((30, 30), 6, dtype=np.uint8)
    b = a.copy()
    b[:10] = SEALED
    a[:5] = product.COASTAL_SEAWATER_BUFFER  # sea earlier, sealed later: not comparable
    a[5:7] = product.NO_DATA
    b[7:9] = product.OUTSIDE_AREA
    a[20:, :5] = 77  # not a product code at all
    b[20:, :5] = SEALED
    result = change.change_detection([write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)])
    row = accounts.from_change(result).land_take_rows()[-1]
    assert row["land_take_pixels"] == 30  # row 9 only
    account = accounts.extent_account(accounts.from_change(result).total().matrix)
    assert account["opening"].sum() == result.compared_pixels() == 30 * 30 - 150 - 60 - 60 - 50
    assert not any(r["code"] in product.SPECIAL_CODES for r in accounts.from_change(result).extent_rows())


# --- The change algorithm's masks -----------------------------------------------------------------------

def _mmu_pair():
    a = np.full((40, 60), 6, dtype=np.uint8)
    b = a.copy()
    b[2, 2] = SEALED  # 1 px of land take: below an MMU of 4
    b[10:13, 10:13] = SEALED  # 9 px: kept
    a[20:22, 20:22] = SEALED  # 4 px returned: kept
    b[30, 40:42] = 7  # 2 px grass -> crop: below the MMU
    return a, b


def test_below_mmu_counts_as_unchanged(tmp_path):
    a, b = _mmu_pair()
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]
    plain = accounts.from_change(change.change_detection(files)).land_take_rows()[-1]
    assert (plain["land_take_pixels"], plain["returned_pixels"]) == (10, 4)
    result = change.change_detection(files, mmu=4)
    books = accounts.from_change(result)
    row = books.land_take_rows()[-1]
    assert (row["land_take_pixels"], row["returned_pixels"], row["below_mmu_land_take"]) == (9, 4, 0.01)
    account = accounts.extent_account(books.total().matrix)
    s, g = LAND_CODES.index(SEALED), LAND_CODES.index(6)
    # the 1 px sealed and the 2 px crop below the MMU stay grass in the closing extent
    assert account["opening"][g] == a.size - 4 and account["closing"][g] == a.size - 4 - 9 + 4
    assert account["opening"].sum() == account["closing"].sum() == a.size
    assert account["additions"][s] == 9 and account["reductions"][s] == 4
    assert account["reductions"][g] == 9  # neither the 1 px sealed nor the 2 px crop count
    _assert_identities(books.total())


def test_uncertain_change_is_out_of_both_opening_and_closing(tmp_path):
    a, b = _mmu_pair()
    conf = np.full(a.shape, 90, dtype=np.uint8)
    conf[10:13, 10:12] = 20  # 6 px of the 9 px land take uncertain
    files = [write_raster(tmp_path / n, v) for n, v in (("a.tif", a), ("b.tif", b), ("c.tif", conf))]
    result = change.change_detection(files[:2], confidence=(None, files[2]), threshold=50)
    books = accounts.from_change(result)
    row = books.land_take_rows("m2")[-1]
    assert row["land_take_pixels"] == 10 - 6 and row["uncertain_land_take"] == 600.0
    account = accounts.extent_account(books.total().matrix)
    assert account["opening"].sum() == account["closing"].sum() == a.size - 6 == result.matrix().sum()
    assert any("left out of the accounts" in w for w in books.warnings)
    _assert_identities(books.total())


def test_unknown_years_leave_the_per_year_figures_empty(tmp_path):
    a, b = _mmu_pair()
    files = [write_raster(tmp_path / "a.tif", a), write_raster(tmp_path / "b.tif", b)]
    books = accounts.from_change(change.change_detection(files))
    row = books.land_take_rows()[-1]
    assert row["years"] is None and row["land_take_per_year"] is None and row["net_land_take_per_year"] is None
    assert any("per-year figures are left empty" in w for w in books.warnings)


# --- Files and the report -------------------------------------------------------------------------------

def test_csv_files_and_report(sample, tmp_path):
    manifest, path = sample
    tile = manifest["tiles"][0]
    x0, _, _, y1 = manifest["extents"][tile]
    zones = [(7, "all", _box(x0, y1, 0, 0, SIZE, SIZE))]
    result = change.change_detection([path(2018, tile), path(2023, tile)], zones=zones, zones_crs="EPSG:3035")
    books = accounts.from_change(result)
    take = str(tmp_path / "take.csv")
    long_ = str(tmp_path / "extent.csv")
    wide = str(tmp_path / "wide.csv")
    books.write_land_take_csv(take)
    books.write_extent_csv(long_)
    books.write_extent_wide_csv(wide)
    with open(take, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["zone_id"] for r in rows] == ["7", ""]
    assert list(rows[0]) == [name for name, _ in accounts.LAND_TAKE_FIELDS]
    with open(long_, encoding="utf-8") as f:
        extent = list(csv.DictReader(f))
    assert len(extent) == 2 * len(LAND_CODES) * len(accounts.ITEMS)
    by = {(r["zone_id"], int(r["code"]), r["item"]): int(r["pixels"]) for r in extent}
    for code in LAND_CODES:
        assert by[("7", code, "opening")] + by[("7", code, "additions")] - by[("7", code, "reductions")] == \
            by[("7", code, "closing")]
    with open(wide, encoding="utf-8") as f:
        table = list(csv.reader(f))
    assert table[0][:4] == ["zone_id", "zone_name", "item", "item_name"]
    assert len(table) == 1 + 2 * len(accounts.ITEMS) and len(table[0]) == 4 + len(LAND_CODES) + 1
    html = accounts.html_report(books)
    assert html.count("<svg") >= 2
    # The report's extent tables: a row per class and the total, the five items as columns (fits a page).
    first = html.index("<table", html.index("<table") + 1)
    extent_table = html[first:html.index("</table>", first)]
    assert extent_table.count("<tr>") == 1 + len(LAND_CODES) + 1
    assert all(accounts.item_label(item) in extent_table for item in accounts.ITEMS)
    for caveat in year_caveats([2018, 2023]):
        assert caveat.replace("'", "&#x27;") in html
    assert not [name for name in os.listdir(tmp_path) if name.startswith(".")]  # written whole, no leftovers


def test_from_the_rows_the_dock_has(sample):
    """The dock's view reads the from-to table of clcplus:changedetection: the same accounts."""
    manifest, path = sample
    tile = manifest["tiles"][0]
    result = change.change_detection([path(2018, tile), path(2023, tile)])
    books = accounts.from_matrix_rows(result.rows("ha"), result.years, result.labels, "ha")
    direct = accounts.from_change(result)
    for key in ("land_take", "returned", "net_land_take", "land_area", "land_take_per_year"):
        assert books.land_take_rows()[-1][key] == pytest.approx(direct.land_take_rows()[-1][key])
    assert (books.total().matrix == direct.total().matrix).all()


def test_exact_coverage_zones_hold_the_identities_to_rounding(sample):
    """Under the exact rule the counts are fractions of pixels: the identities hold to float rounding."""
    manifest, path = sample
    tile = manifest["tiles"][0]
    x0, _, _, y1 = manifest["extents"][tile]
    wkt = "POLYGON(({0} {1},{2} {3},{4} {1},{0} {1}))".format(x0 + 5, y1 - 2395, x0 + 1203, y1 - 7, x0 + 2391)
    result = change.change_detection([path(2018, tile), path(2023, tile)], zones=[(1, "triangle", wkt)],
                                     zones_crs="EPSG:3035", rule=EXACT)
    for scope in accounts.from_change(result).scopes:
        account = accounts.extent_account(scope.matrix)
        assert account["opening"] + account["additions"] - account["reductions"] == \
            pytest.approx(account["closing"], abs=1e-6)
        assert account["additions"].sum() == pytest.approx(account["reductions"].sum(), abs=1e-6)
