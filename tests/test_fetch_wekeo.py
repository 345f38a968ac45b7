"""The WEkEO source against an HDA broker on 127.0.0.1: token, licence, search, order, polling,
zip download; wrong credentials and orders that never get ready."""

import json

import pytest

from clcplus_backbone.core import product
from clcplus_backbone.core.sources import CACHED, DOWNLOADED, FAILED, SourceError, fetch_tiles
from clcplus_backbone.core.sources.credentials import CredentialsError
from clcplus_backbone.core.sources.wekeo import DATASET_ID, DEFAULT_URL, LICENCE, WekeoSource
from servers import data
from servers.base import Fault
from servers.fixtures import auth_config, quick, request, sample_dir
from servers.wekeo import API, ROOT, WekeoServer

YEAR = 2023
PASSWORD = "s3cret-pass"


@pytest.fixture(scope="module")
def sample(qgis_app):
    return sample_dir()


@pytest.fixture(scope="module")
def alice(qgis_app):
    return auth_config("WEkEO alice", username="alice", password=PASSWORD)


@pytest.fixture
def server(sample):
    s = WekeoServer(sample).start()
    yield s
    s.stop()


def fetch(server, cache, authcfg, **changes):
    return fetch_tiles(request(cache, year=changes.pop("year", YEAR), source="wekeo",
                               service_url=server.base_url, authcfg=authcfg, **changes))


def test_the_real_broker_and_its_token_address():
    assert DEFAULT_URL == "https://gateway.prod.wekeo2.eu/hda-broker/api/v1"
    assert WekeoSource().token_url == "https://gateway.prod.wekeo2.eu/hda-broker/gettoken"


def test_tiles_arrive_through_search_order_polling_and_zip(server, sample, alice, tmp_path):
    result = fetch(server, tmp_path, alice)
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 4
    for outcome in result.outcomes:
        source = data.tile_path(sample, YEAR, outcome.tile)
        assert data.read(outcome.path) == data.read(source)
        assert data.read(outcome.path + ".aux.xml") == data.read(source + ".aux.xml")
    token_request = server.requests(ROOT + "/gettoken")[0]
    assert json.loads(token_request.body) == {"username": "alice", "password": PASSWORD}
    search = json.loads(server.requests(API + "/dataaccess/search")[0].body)
    assert (search["dataset_id"], search["productType"], search["resolution"], search["year"]) == (
        DATASET_ID, "Raster Layer", "10m", "2023")
    west, south, east, north = search["bbox"]
    import pyproj
    lon, lat = pyproj.Transformer.from_crs(3035, 4326, always_xy=True).transform(4_500_000, 3_600_000)
    assert west < lon < east and south < lat < north  # lon/lat around the four tiles
    assert east - west < 0.03 and north - south < 0.02
    assert len(server.requests(API + "/dataaccess/download", "POST")) == 4
    assert len(server.requests(API + "/dataaccess/download/", "HEAD")) == 8  # 202 once, then 200
    assert all(r.headers["authorization"].startswith("Bearer tok-") for r in server.requests(API))
    server.clear_log()
    again = fetch(server, tmp_path, alice)
    assert [o.status for o in again.outcomes] == [CACHED] * 4 and server.requests() == []


def test_the_confidence_layer(server, sample, alice, tmp_path):
    result = fetch(server, tmp_path, alice, layer=product.CONFIDENCE)
    for outcome in result.outcomes:
        assert data.read(outcome.path) == data.read(data.tile_path(sample, YEAR, outcome.tile, product.CONFIDENCE))
    assert json.loads(server.requests(API + "/dataaccess/search")[0].body)["productType"] == "Confidence Layer"


def test_wrong_credentials_give_a_clear_message(server, tmp_path):
    wrong = auth_config("WEkEO wrong", username="alice", password="not-her-password")
    with pytest.raises(SourceError, match="WEkEO refused the user name or password .* \\(HTTP 401\\)") as error:
        fetch(server, tmp_path, wrong)
    assert "not-her-password" not in str(error.value)
    assert len(server.requests()) == 1 and data.snapshot(str(tmp_path)) == {}


def test_missing_or_unusable_credentials(server, tmp_path):
    with pytest.raises(CredentialsError, match="WEkEO needs an authentication configuration"):
        fetch(server, tmp_path, "")
    with pytest.raises(CredentialsError, match="no authentication configuration with the id 'zzzzzzz'"):
        fetch(server, tmp_path, "zzzzzzz")
    no_password = auth_config("WEkEO incomplete", username="alice")
    with pytest.raises(CredentialsError, match="must be of the method 'Basic' with a user name and a password"):
        fetch(server, tmp_path, no_password)
    assert server.requests() == []


def test_the_licence_must_be_accepted_once(server, sample, alice, tmp_path):
    server.accepted.clear()
    with pytest.raises(SourceError, match="Accept the licence '{}' once".format(LICENCE)):
        fetch(server, tmp_path, alice)
    result = fetch(server, tmp_path, alice, options=quick(accept_terms=True))
    assert result.ok and server.requests(API + "/termsaccepted/" + LICENCE, "PUT")
    assert LICENCE in server.accepted


def test_an_order_that_stays_queued_times_out(server, alice, tmp_path):
    server.stay_queued = True
    result = fetch(server, tmp_path, alice, tiles=data.TILES[:2], options=quick(order_timeout=0.3))
    assert [o.status for o in result.outcomes] == [FAILED] * 2
    assert "WEkEO was still preparing E44N35 after 0 min; try again later" == result.outcomes[0].message
    assert data.snapshot(str(tmp_path)) == {}


def test_a_zip_with_dotdot_entries_is_refused(server, sample, alice, tmp_path):
    target = data.TILES[0]
    server.zips[data.stem(YEAR, target)] = data.evil_zip("dotdot", sample, YEAR, target)
    result = fetch(server, tmp_path, alice, tiles=[target])
    assert result.outcomes[0].status == FAILED and "climbs out of the folder" in result.outcomes[0].message
    assert data.snapshot(str(tmp_path)) == {}


def test_a_zip_without_the_tile_is_refused(server, sample, alice, tmp_path):
    target = data.TILES[0]
    server.zips[data.stem(YEAR, target)] = data.tile_zip(sample, YEAR, data.TILES[1])
    result = fetch(server, tmp_path, alice, tiles=[target])
    assert result.outcomes[0].status == FAILED
    assert result.outcomes[0].message == "The zip holds no file " + product.tile_file_name(YEAR, target)


def test_2018_is_only_a_pan_european_file_on_wekeo(server, alice, tmp_path):
    with pytest.raises(SourceError, match="WEkEO offers 2018 only as a pan-European file"):
        fetch(server, tmp_path, alice, year=2018)


def test_drops_and_busy_answers_are_survived(server, sample, alice, tmp_path):
    server.fail(ROOT + "/gettoken", Fault("status", 503))
    server.fail(API + "/dataaccess/search", Fault("status", 429, headers={"Retry-After": "0"}))
    server.fail(API + "/dataaccess/download/", Fault("drop", after=500), method="GET")
    result = fetch(server, tmp_path, alice, tiles=data.TILES[:1])
    assert data.read(result.outcomes[0].path) == data.read(data.tile_path(sample, YEAR, data.TILES[0]))
    gets = server.requests(API + "/dataaccess/download/", "GET")
    assert [r.headers.get("range") for r in gets] == [None, "bytes=500-"]


def test_an_unexpected_answer_is_reported_not_crashed_on(server, alice, tmp_path):
    server.fail(API + "/dataaccess/search", Fault("status", 200, headers={"Content-Type": "application/json"},
                                                  body=b'["not", "an", "object"]'))
    with pytest.raises(SourceError, match="WEkEO Harmonised Data Access answered something unexpected "
                                          "\\(AttributeError"):
        fetch(server, tmp_path, alice)
    assert data.snapshot(str(tmp_path)) == {}


def test_an_expired_token_is_renewed_once(server, sample, alice, tmp_path):
    server.fail(API + "/dataaccess/download", Fault("status", 401, body=b'{"detail": "Token expired"}'),
                method="POST")
    result = fetch(server, tmp_path, alice, tiles=data.TILES[:1])
    assert data.read(result.outcomes[0].path) == data.read(data.tile_path(sample, YEAR, data.TILES[0]))
    assert len(server.requests(ROOT + "/gettoken")) == 2
