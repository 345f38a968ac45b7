"""Reference years newer than the product model: the fallback facts, the years each source offers
(asked once a session, against the loopback servers), fetching such a year, and the year
parameters of the algorithms. Where each service behaviour comes from: tests/servers/*.py."""

import datetime
import json
import os
import shutil

import pytest
from qgis.core import QgsProcessingException, QgsProcessingUtils

from clcplus_backbone.core import cache, product
from clcplus_backbone.core.sources import DOWNLOADED, SourceError, fetch_tiles, years
from clcplus_backbone.core.sources.clms_api import ClmsSource
from clcplus_backbone.core.sources.imageserver import ImageServerSource
from clcplus_backbone.core.sources.wekeo import WekeoSource
from servers import data, rsa
from servers.base import Fault
from servers.clms import API as CLMS_API
from servers.clms import ClmsServer
from servers.fixtures import Feedback, auth_config, request, sample_dir
from servers.imageserver import PREFIX, ImageServer
from servers.wekeo import API, WekeoServer

NEW = 2025  # the next reference year (PRODUCT.md), unknown to the product model
NEVER = datetime.date.today().year + 1  # a year that cannot have been published yet


@pytest.fixture(scope="module")
def sample(qgis_app, tmp_path_factory):
    """A copy of the shared sample with a year newer than the product model (the shared one stays
    as the other tests know it)."""
    folder = str(tmp_path_factory.mktemp("sample-new-year") / "sample")
    shutil.copytree(sample_dir(), folder)
    data.add_year(folder, NEW)
    return folder


pytestmark = pytest.mark.usefixtures("remembered_cache_dir", "fresh_answers")


def listed(server):
    """The requests for the ImageServer folder's list of services."""
    return [r for r in server.requests() if r.path == PREFIX.rstrip("/")]


def first_feature(result):
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsProcessingUtils.mapLayerFromString(layer, None)
    return next(layer.getFeatures())


@pytest.fixture
def imageserver(sample):
    s = ImageServer({2018: data.mosaic_path(sample, 2018), 2021: data.mosaic_path(sample, 2021),
                     NEW: data.mosaic_path(sample, 2021)}, max_size=(40, 40)).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def alice(qgis_app):
    return auth_config("WEkEO alice (years)", username="alice", password="s3cret-pass")


@pytest.fixture
def wekeo(sample):
    s = WekeoServer(sample, years=product.YEARS + (NEW,)).start()
    yield s
    s.stop()


# --- the product model's fallback rule ----------------------------------------------------------

def test_a_newer_year_gets_the_fallback_facts():
    assert NEW not in product.YEARS and product.is_possible_year(NEW)
    facts = product.reference_year(NEW)
    latest = product.reference_year(product.YEARS[-1])
    assert (facts.year, facts.known, facts.delivery, facts.mosaic_name) == (NEW, False, "tiles", None)
    assert facts.codes == product.ALL_CODES and facts.has_coastal_buffer
    assert facts.layers == latest.layers and not facts.on_imageserver and facts.coverage_km2 is None
    assert facts.notes == (product.NEW_YEAR_NOTE,) and facts.delivery_notes == (product.NEW_YEAR_DELIVERY_NOTE,)
    assert latest.known and product.reference_year(2018).known
    name = product.tile_file_name(NEW, "E44N36")
    assert name == "CLMS_CLCPLUS_RAS_S2025_R10m_E44N36_03035_V01_R00.tif"
    assert (product.parse_file_name(name).year, product.parse_file_name(name).tile) == (NEW, "E44N36")
    assert cache.allowed_values(NEW, product.LAND_COVER) == set(product.ALL_CODES)


@pytest.mark.parametrize("year", [2017, 2019, 2020, 2022, NEVER, "x", None])
def test_years_that_cannot_be_are_refused(year):
    assert not product.is_possible_year(year)
    with pytest.raises(ValueError, match="2018, 2021, 2023"):
        product.reference_year(year)


def test_imageserver_service_names_of_new_years():
    assert product.imageserver_service(NEW) == "CLMS_CLCplus_RASTER_2025_010m_eu"
    with pytest.raises(ValueError, match="not served by the EEA ImageServer"):
        product.imageserver_service(2023)
    assert product.imageserver_year("CLC_plus/CLMS_CLCplus_RASTER_2025_010m_eu") == NEW
    assert product.imageserver_year("CLMS_CLCplus_RASTER_2018_010m_eu") == 2018
    assert product.imageserver_year("CLC_plus/CLMS_CLCplus_VECTOR_2018_eu") is None
    assert product.imageserver_year(None) is None


# --- what each source offers --------------------------------------------------------------------

def test_the_imageserver_lists_its_years_once_a_session(imageserver, tmp_path):
    source = ImageServerSource(imageserver.service_url())
    assert source.folder_url() == imageserver.url(PREFIX.rstrip("/"))
    assert ImageServerSource().folder_url() == "https://copernicus.discomap.eea.europa.eu/arcgis/rest/services/CLC_plus"
    assert years.ask(source, request(tmp_path, year=NEW)) == (2018, 2021, NEW)
    assert [r.query for r in imageserver.requests()] == [{"f": "json"}]
    assert years.ask(source, request(tmp_path, year=NEW)) == (2018, 2021, NEW)
    assert len(imageserver.requests()) == 1  # from the session's cache
    assert years.available_years() == product.YEARS + (NEW,)
    assert years.default_source(NEW, imageserver.service_url()) == "imageserver"
    assert years.default_source(NEW) == "wekeo"  # the real ImageServer was not asked
    assert years.default_source(2021) == "imageserver" and years.default_source(2023) == "wekeo"


def test_a_new_year_is_fetched_from_the_imageserver_that_lists_it(imageserver, sample, tmp_path):
    feedback = Feedback()
    result = fetch_tiles(request(tmp_path, year=NEW, source="auto", service_url=imageserver.service_url()),
                         feedback)
    assert result.source == "imageserver" and [o.status for o in result.outcomes] == [DOWNLOADED] * 4
    assert all("_S2025_" in o.path for o in result.outcomes)
    assert any("offers 2025, a year newer" in m for m in feedback.infos)
    assert len(listed(imageserver)) == 1  # the list was asked once, for 'auto' and the check together
    again = fetch_tiles(request(tmp_path, year=NEW, source="imageserver", service_url=imageserver.service_url()))
    assert [o.status for o in again.outcomes] == ["cached"] * 4
    assert len(listed(imageserver)) == 1


def test_a_year_the_imageserver_does_not_list_is_refused_with_what_it_offers(sample, tmp_path):
    server = ImageServer({2018: data.mosaic_path(sample, 2018), 2021: data.mosaic_path(sample, 2021)}).start()
    try:
        with pytest.raises(SourceError, match="does not offer CLCplus Backbone 2025 \\(yet\\); it offers: 2018, 2021"):
            fetch_tiles(request(tmp_path, year=NEW, source="imageserver", service_url=server.service_url()))
        assert server.exports == []
    finally:
        server.stop()


def test_wekeo_lists_its_years_in_the_query_options(wekeo, alice, tmp_path):
    source = WekeoSource(wekeo.base_url)
    source.prepare(request(tmp_path, authcfg=alice))
    assert years.ask(source, request(tmp_path, year=NEW, authcfg=alice)) == product.YEARS + (NEW,)
    asked = wekeo.requests(API + "/dataaccess/queryable/")
    assert len(asked) == 1 and asked[0].path.endswith("/dataaccess/queryable/EO:EEA:DAT:CLC-PLUS")
    assert asked[0].headers["authorization"].startswith("Bearer ")


@pytest.mark.parametrize("shape", ["properties", "constraints"])
def test_either_part_of_the_query_options_is_read(wekeo, alice, tmp_path, shape):
    wekeo.queryable_shape = shape
    wekeo.query_years = [2018, 2021, 2023, NEW, 1999]
    source = WekeoSource(wekeo.base_url)
    source.prepare(request(tmp_path, authcfg=alice))
    assert years.ask(source, request(tmp_path, year=NEW, authcfg=alice)) == product.YEARS + (NEW,)


def test_a_new_year_is_fetched_from_wekeo(wekeo, alice, sample, tmp_path):
    result = fetch_tiles(request(tmp_path, year=NEW, source="wekeo", service_url=wekeo.base_url, authcfg=alice))
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 4
    for outcome in result.outcomes:
        assert data.read(outcome.path) == data.read(data.tile_path(sample, NEW, outcome.tile))
    search = json.loads(wekeo.requests(API + "/dataaccess/search")[0].body)
    assert search["year"] == "2025"


def test_auto_takes_wekeo_for_a_new_year_the_imageserver_does_not_name(wekeo, alice, tmp_path):
    # The service URL is the broker's: the ImageServer list cannot be asked there, so WEkEO it is.
    result = fetch_tiles(request(tmp_path, year=NEW, source="auto", service_url=wekeo.base_url, authcfg=alice))
    assert result.source == "wekeo" and [o.status for o in result.outcomes] == [DOWNLOADED] * 4


def test_a_year_wekeo_does_not_list_is_refused(sample, alice, tmp_path):
    server = WekeoServer(sample).start()
    try:
        with pytest.raises(SourceError, match="WEkEO Harmonised Data Access does not offer CLCplus Backbone 2025"):
            fetch_tiles(request(tmp_path, year=NEW, source="wekeo", service_url=server.base_url, authcfg=alice))
        assert server.requests(API + "/dataaccess/download", "POST") == []
    finally:
        server.stop()


def test_query_options_that_cannot_be_read_do_not_stop_the_fetch(wekeo, alice, tmp_path):
    wekeo.fail(API + "/dataaccess/queryable/", Fault("status", 404, body=b'{"detail": "Not found"}'))
    feedback = Feedback()
    result = fetch_tiles(request(tmp_path, year=NEW, source="wekeo", service_url=wekeo.base_url, authcfg=alice),
                         feedback)
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 4
    assert any("did not say which years it offers" in m for m in feedback.infos)


def test_a_mirror_is_not_asked_which_years_it_has(sample, tmp_path):
    result = fetch_tiles(request(tmp_path, year=NEW, source="mirror", mirror=os.path.join(sample, "tiles")))
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 4
    assert all(os.path.basename(o.path) == product.tile_file_name(NEW, o.tile) for o in result.outcomes)


def test_the_clms_catalogue_names_its_years_in_the_titles(qgis_app, tmp_path):
    server = ClmsServer({}, rsa.generate(1024, seed=5), years=product.YEARS + (NEW,)).start()
    try:
        source = ClmsSource(server.base_url)
        assert years.ask(source, request(tmp_path, year=NEW)) == product.YEARS + (NEW,)
        search = server.requests(CLMS_API + "/@search")
        assert len(search) == 1 and "authorization" not in search[0].headers  # anonymous
        assert search[0].query["portal_type"] == "DataSet"
    finally:
        server.stop()


def test_catalogue_titles():
    from clcplus_backbone.core.sources.clms_catalogue import title_year
    assert title_year("CLCplus Backbone 2021 (raster 10 m), Europe, 3-yearly, Feb. 2023") == 2021
    assert title_year("CLC+ Backbone 2018 (raster 10 m)") == 2018
    assert title_year("Corine Land Cover 2018") is None


# --- the year parameters --------------------------------------------------------------------------

def test_the_year_parameter_takes_a_new_year_and_the_old_values(run_algorithm):
    for value in (NEW, str(NEW), float(NEW)):
        result = run_algorithm("clcplus:gridtiles", {"TILE_IDS": "E44N36", "YEAR": value, "OUTPUT": "memory:"})
        feature = first_feature(result)
        assert feature["file_name"] == product.tile_file_name(NEW, "E44N36") and feature["year"] == NEW
    result = run_algorithm("clcplus:gridtiles", {"TILE_IDS": "E44N36", "YEAR": "2021", "OUTPUT": "memory:"})
    assert first_feature(result)["year"] == 2021
    result = run_algorithm("clcplus:gridtiles", {"TILE_IDS": "E44N36", "OUTPUT": "memory:"})
    assert first_feature(result)["year"] == product.YEARS[-1]


@pytest.mark.parametrize("year", [2020, NEVER])
def test_the_year_parameter_refuses_a_year_that_cannot_be(run_algorithm, year):
    with pytest.raises(QgsProcessingException, match="no reference year {}".format(year)):
        run_algorithm("clcplus:gridtiles", {"TILE_IDS": "E44N36", "YEAR": year, "OUTPUT": "memory:"})


def test_the_year_parameter_says_which_years_are_known(processing_registry):
    for algorithm, name in (("clcplus:gridtiles", "YEAR"), ("clcplus:fetchtiles", "YEAR"),
                            ("clcplus:changedetection", "EARLIER_YEAR")):
        definition = processing_registry.algorithmById(algorithm).parameterDefinition(name)
        assert definition.type() == "number" and "Known: 2018, 2021, 2023" in definition.help()
    later = processing_registry.algorithmById("clcplus:changedetection").parameterDefinition("LATER_YEAR")
    assert later.defaultValue() is None


def test_fetchtiles_gets_a_new_year_from_the_imageserver(run_algorithm, imageserver, tmp_path):
    result = run_algorithm("clcplus:fetchtiles", {
        "EXTENT": "4499500,4500300,3599700,3600400 [EPSG:3035]", "YEAR": NEW, "SOURCE": 1,
        "SERVICE_URL": imageserver.service_url(), "CACHE_DIR": str(tmp_path), "TILE_SIZE": data.SIZE,
        "OUTPUT": str(tmp_path / "aoi.vrt")})
    assert result["TILE_COUNT"] == 4 and result["DOWNLOADED"] == 4
    assert all("_S2025_" in path for path in result["TILES"])


def test_fetchtiles_names_the_years_a_source_offers(run_algorithm, sample, tmp_path):
    server = ImageServer({2018: data.mosaic_path(sample, 2018)}).start()
    try:
        with pytest.raises(QgsProcessingException, match="it offers: 2018"):
            run_algorithm("clcplus:fetchtiles", {
                "EXTENT": "4499500,4500300,3599700,3600400 [EPSG:3035]", "YEAR": NEW, "SOURCE": 1,
                "SERVICE_URL": server.service_url(), "CACHE_DIR": str(tmp_path), "TILE_SIZE": data.SIZE,
                "OUTPUT": str(tmp_path / "aoi.vrt")})
    finally:
        server.stop()
