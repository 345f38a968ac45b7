"""The WEkEO source against an HDA broker on 127.0.0.1: token, dataset terms, search pages,
orders under the quota, polling, zip download; wrong credentials, expired tokens, refused access,
the quota reached, short search answers and orders that never get ready. Where each broker
behaviour comes from: tests/servers/wekeo.py."""

import json
import time
from datetime import datetime, timezone

import pytest

from clcplus_backbone.core import product
from clcplus_backbone.core.sources import CACHED, DOWNLOADED, FAILED, UNAVAILABLE, SourceError, fetch_tiles
from clcplus_backbone.core.sources.clms_api import ClmsSource
from clcplus_backbone.core.sources.credentials import CredentialsError
from clcplus_backbone.core.sources.wekeo import DATASET_ID, DEFAULT_URL, PAGE_SIZE, WekeoSource
from clcplus_backbone.core.sources.wekeo_broker import reset_time
from servers import data
from servers.base import Fault
from servers.fixtures import auth_config, quick, request
from servers.wekeo import API, CLMS_TERMS, ROOT, WekeoServer, mosaic_id

YEAR = 2023
PASSWORD = "s3cret-pass"


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
    assert len(server.requests(API + "/datasets/" + DATASET_ID, "GET")) == 1
    assert server.requests(API + "/termsaccepted", "PUT") == []  # accepted already: nothing to do
    search = json.loads(server.requests(API + "/dataaccess/search")[0].body)
    assert (search["dataset_id"], search["productType"], search["resolution"], search["year"]) == (
        DATASET_ID, "Raster Layer", "10m", "2023")
    assert (search["itemsPerPage"], search["startIndex"]) == (100, 0)
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


def test_tiles_in_the_cache_need_no_credentials_and_no_network(server, alice, tmp_path):
    """Every tile cached: no login asked for, no request made, even with the service gone (offline),
    for 'auto' (which means WEkEO for 2018) and 'wekeo' alike."""
    fetch(server, tmp_path, alice)
    server.stop()
    for source in ("wekeo", "auto"):
        result = fetch_tiles(request(tmp_path, year=YEAR, source=source, service_url="http://127.0.0.1:9/nowhere",
                                     authcfg=""))
        assert [o.status for o in result.outcomes] == [CACHED] * 4 and result.requests == 0


# --- licence terms: those the dataset lists, accepted only when not yet ----------------------

def test_the_terms_the_dataset_lists_must_be_accepted_once(sample, alice, tmp_path):
    server = WekeoServer(sample, terms=(CLMS_TERMS, "Another_Term_Of_The_Dataset")).start()
    try:
        server.accepted = {CLMS_TERMS}
        with pytest.raises(SourceError, match="Accept the licence 'Another_Term_Of_The_Dataset' once: at "
                                              "wekeo.eu .* or tick 'Accept the Copernicus licence on WEkEO'"):
            fetch(server, tmp_path, alice)
        assert server.requests(API + "/dataaccess") == [] and data.snapshot(str(tmp_path)) == {}
        result = fetch(server, tmp_path, alice, options=quick(accept_terms=True))
        assert result.ok
        puts = server.requests(API + "/termsaccepted/", "PUT")
        assert [r.path for r in puts] == [API + "/termsaccepted/Another_Term_Of_The_Dataset"]
        assert puts[0].body == b"" and "content-type" not in puts[0].headers  # body-less, as hdar does
        assert server.accepted == {CLMS_TERMS, "Another_Term_Of_The_Dataset"}
        server.clear_log()
        fetch(server, tmp_path, alice, options=quick(accept_terms=True, refresh=True))
        assert server.requests(API + "/termsaccepted/", "PUT") == []  # accepted: never again
    finally:
        server.stop()


def test_a_dataset_without_terms_needs_no_acceptance(sample, alice, tmp_path):
    server = WekeoServer(sample, terms=()).start()
    try:
        assert fetch(server, tmp_path, alice, tiles=data.TILES[:1]).ok
        assert server.requests(API + "/termsaccepted") == []
    finally:
        server.stop()


# --- tokens: 401 or 403, one new token, never a loop -------------------------------------------

@pytest.mark.parametrize("status", [401, 403])
def test_an_expired_token_is_renewed_once(server, sample, alice, tmp_path, status):
    server.expired_status = status
    server.expire_on = ("POST", API + "/dataaccess/download")
    result = fetch(server, tmp_path, alice, tiles=data.TILES[:1])
    assert data.read(result.outcomes[0].path) == data.read(data.tile_path(sample, YEAR, data.TILES[0]))
    assert len(server.requests(ROOT + "/gettoken")) == 2
    orders = server.requests(API + "/dataaccess/download", "POST")
    assert [r.headers["authorization"] for r in orders] == ["Bearer tok-1", "Bearer tok-2"]


def test_workers_share_one_new_token(server, sample, alice, tmp_path):
    server.expired_status = 403
    server.expire_on = ("HEAD", API + "/dataaccess/download/")  # while three workers poll
    result = fetch(server, tmp_path, alice)
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 4
    assert len(server.requests(ROOT + "/gettoken")) == 2


def test_a_fault_403_on_an_order_is_survived_with_a_new_token(server, sample, alice, tmp_path):
    server.fail(API + "/dataaccess/download", Fault("status", 403, body=b'{"detail": "Forbidden"}'), method="POST")
    result = fetch(server, tmp_path, alice, tiles=data.TILES[:1])
    assert data.read(result.outcomes[0].path) == data.read(data.tile_path(sample, YEAR, data.TILES[0]))
    assert len(server.requests(ROOT + "/gettoken")) == 2


@pytest.mark.parametrize("status", [401, 403])
def test_a_fresh_token_refused_again_is_a_clear_message_not_a_loop(server, alice, tmp_path, status):
    if status == 403:
        server.no_access = {"alice"}
    else:  # expired, and the new token is no better
        server.fail(API + "/datasets/", *[Fault("status", 401, body=b'{"detail": "Token not valid"}')] * 2)
    with pytest.raises(SourceError, match="WEkEO refused access even with a new token \\(HTTP {}: .+\\): the "
                                          "account may not be allowed .* log in at wekeo.eu".format(status)) as error:
        fetch(server, tmp_path, alice)
    assert "Traceback" not in str(error.value)
    assert len(server.requests(ROOT + "/gettoken")) == 2
    assert len(server.requests(API + "/datasets/")) == 2 and server.requests(API + "/dataaccess") == []
    assert data.snapshot(str(tmp_path)) == {}


def test_an_order_refused_with_a_fresh_token_stops_the_fetch(server, alice, tmp_path):
    server.fail(API + "/dataaccess/download", *[Fault("status", 403, body=b'{"detail": "Forbidden"}')] * 2,
                method="POST")
    with pytest.raises(SourceError, match="^WEkEO refused access even with a new token \\(HTTP 403: Forbidden\\)"):
        fetch(server, tmp_path, alice, options=quick(workers=1))
    assert len(server.requests(API + "/dataaccess/download", "POST")) == 2  # one tile, twice; no other ordered
    assert len(server.requests(ROOT + "/gettoken")) == 2


# --- the order quota: stop at once, say when to go on, keep what came ----------------------------

QUOTA_MESSAGE = ("WEkEO takes no more requests for now \\(HTTP 429, quota: {} orders an hour\\); you can go "
                 "on from (\\d{{4}}-\\d\\d-\\d\\d )?\\d\\d:\\d\\d \\(in (59|60) min\\)\\. ")


def test_the_quota_stops_at_once_and_keeps_the_tiles(server, sample, alice, tmp_path):
    server.order_quota = 3
    started = time.monotonic()
    with pytest.raises(SourceError, match=QUOTA_MESSAGE.format(3) + "The 3 tile\\(s\\) fetched before are kept in "
                       "the cache: run the same fetch again then and it goes on with the 1 missing$"):
        fetch(server, tmp_path, alice, options=quick(workers=1))
    assert time.monotonic() - started < 10  # no blind retries of the 429
    orders = server.requests(API + "/dataaccess/download", "POST")
    assert len(orders) == 4  # the fourth order was refused once and not sent again
    cached = data.snapshot(str(tmp_path))
    assert len([p for p in cached if p.endswith(".tif")]) == 3
    server.clear_log()  # go on later: the cached tiles are not ordered again
    with pytest.raises(SourceError, match=QUOTA_MESSAGE.format(3) + "No tile was fetched yet"):
        fetch(server, tmp_path, alice, options=quick(workers=1))
    assert len(server.requests(API + "/dataaccess/download", "POST")) == 1
    server.quota_log.clear()  # an hour later
    result = fetch(server, tmp_path, alice)
    assert [o.status for o in result.outcomes] == [CACHED] * 3 + [DOWNLOADED]


def test_no_new_order_after_the_quota_even_with_several_workers(server, alice, tmp_path):
    server.order_quota = 1
    with pytest.raises(SourceError, match=QUOTA_MESSAGE.format(1)):
        fetch(server, tmp_path, alice, options=quick(workers=3))
    products = [json.loads(r.body)["product_id"] for r in server.requests(API + "/dataaccess/download", "POST")]
    assert len(products) == len(set(products)) <= 4  # each tile ordered at most once: no retry of a 429
    assert len([p for p in data.snapshot(str(tmp_path)) if p.endswith(".tif")]) == 1


def test_reordering_the_same_products_does_not_count(server, alice, tmp_path):
    server.order_quota = 2
    assert fetch(server, tmp_path, alice, tiles=data.TILES[:2]).ok
    again = fetch(server, tmp_path, alice, tiles=data.TILES[:2], options=quick(refresh=True))
    assert [o.status for o in again.outcomes] == [DOWNLOADED] * 2  # our code refuses nothing itself
    assert len(server.requests(API + "/dataaccess/download", "POST")) == 4
    with pytest.raises(SourceError, match=QUOTA_MESSAGE.format(2)):
        fetch(server, tmp_path, alice, tiles=data.TILES[2:3])


@pytest.mark.parametrize("form", ["epoch-ms", "epoch-s", "seconds", "http-date", "iso"])
def test_the_quota_reset_is_read_in_every_form(server, alice, tmp_path, form):
    server.order_quota, server.reset_format = 0, form
    with pytest.raises(SourceError, match=QUOTA_MESSAGE.format(0) + "No tile was fetched yet"):
        fetch(server, tmp_path, alice, tiles=data.TILES[:1])


def test_a_429_without_a_reset_says_within_the_hour(server, alice, tmp_path):
    server.order_quota, server.reset_format = 0, None
    with pytest.raises(SourceError, match="WEkEO takes no more requests for now \\(HTTP 429, quota: 100 orders an "
                                          "hour, each counted for one hour\\); you can go on within the hour"):
        fetch(server, tmp_path, alice, tiles=data.TILES[:1])
    assert len(server.requests(API + "/dataaccess/download", "POST")) == 1


def test_a_broker_that_only_says_wait_is_waited_for_then_given_up(server, alice, tmp_path):
    server.fail(API + "/dataaccess/search", *[Fault("status", 429, headers={"Retry-After": "0"})] * 3)
    with pytest.raises(SourceError, match="^WEkEO stayed busy \\(HTTP 429\\) after 3 attempts; try again later$"):
        fetch(server, tmp_path, alice)
    assert len(server.requests(API + "/dataaccess/search")) == 3


def test_reset_time_reads_milliseconds_seconds_and_dates():
    now = 1_800_000_000.0
    assert reset_time("1800000600000", now) == 1_800_000_600.0  # hda/utils.py: milliseconds since 1970
    assert reset_time("1800000600", now) == 1_800_000_600.0
    assert reset_time("600", now) == now + 600
    assert reset_time("Fri, 15 Jan 2027 08:10:00 GMT", now) == reset_time("2027-01-15T08:10:00Z", now)
    assert reset_time("2027-01-15T08:10:00+00:00", now) == datetime(2027, 1, 15, 8, 10, tzinfo=timezone.utc).timestamp()
    assert reset_time("2027-01-15T09:10:00+01:00", now) == reset_time("2027-01-15T08:10:00Z", now)
    for unreadable in ("", None, "soon", "-5", "nan"):
        assert reset_time(unreadable, now) is None


# --- search pages -----------------------------------------------------------------------------

def test_search_pages_are_followed_to_total_results(server, sample, alice, tmp_path):
    server.page_cap = 1  # the broker gives fewer than asked: not a sign that nothing more exists
    result = fetch(server, tmp_path, alice)
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 4
    searches = [json.loads(r.body) for r in server.requests(API + "/dataaccess/search")]
    assert [(s["startIndex"], s["itemsPerPage"]) for s in searches] == [(i, PAGE_SIZE) for i in range(4)]


def test_an_incomplete_search_fails_the_unlisted_tiles_rather_than_calling_them_absent(server, alice, tmp_path):
    server.page_cap, server.search_stops_at = 1, 2
    result = fetch(server, tmp_path, alice)
    statuses = [o.status for o in result.outcomes]
    assert statuses.count(DOWNLOADED) == 2 and statuses.count(FAILED) == 2 and UNAVAILABLE not in statuses
    failed = [o for o in result.outcomes if o.status == FAILED]
    assert failed[0].message == "WEkEO's search stopped after 2 of 4 results and did not list {}; try again " \
                                "later".format(failed[0].tile)


# --- years and layers WEkEO has only as pan-European files ----------------------------------------

def test_2018_is_only_a_pan_european_file_on_wekeo(server, alice, tmp_path):
    with pytest.raises(SourceError, match="WEkEO offers the 2018 land cover layer only as a pan-European file, "
                                          "not as tiles; use the EEA ImageServer"):
        fetch(server, tmp_path, alice, year=2018)
    assert server.requests(API + "/dataaccess/download") == []


def test_the_2021_confidence_layer_points_to_the_clms_api(server, alice, tmp_path):
    assert product.CONFIDENCE in ClmsSource().layers(2021)  # the source named below takes the request
    pointer = ("use the CLMS download API source \\(it cuts the tiles out of the pan-European file\\), or "
               "download that file once from land.copernicus.eu and choose it in the mirror source")
    with pytest.raises(SourceError, match="WEkEO offers the 2021 confidence layer only as a pan-European file, "
                                          "not as tiles; " + pointer):
        fetch(server, tmp_path, alice, year=2021, layer=product.CONFIDENCE)
    server.products = [p for p in server.products if p["id"] != mosaic_id(2021, product.CONFIDENCE.key)]
    with pytest.raises(SourceError, match="WEkEO lists no 2021 confidence layer; " + pointer):
        fetch(server, tmp_path, alice, year=2021, layer=product.CONFIDENCE)
    assert server.requests(API + "/dataaccess/download") == [] and data.snapshot(str(tmp_path)) == {}


# --- orders and files ---------------------------------------------------------------------------

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


def test_drops_and_busy_answers_are_survived(server, sample, alice, tmp_path):
    server.fail(ROOT + "/gettoken", Fault("status", 503))
    server.fail(API + "/dataaccess/search", Fault("status", 429, headers={"Retry-After": "0"}))
    server.fail(API + "/dataaccess/download/", Fault("drop", after=500), method="GET")
    result = fetch(server, tmp_path, alice, tiles=data.TILES[:1])
    assert data.read(result.outcomes[0].path) == data.read(data.tile_path(sample, YEAR, data.TILES[0]))
    assert len(server.requests(API + "/dataaccess/search")) == 2  # a 429 that only asks to wait: waited
    gets = server.requests(API + "/dataaccess/download/", "GET")
    assert [r.headers.get("range") for r in gets] == [None, "bytes=500-"]


def test_an_unexpected_answer_is_reported_not_crashed_on(server, alice, tmp_path):
    server.fail(API + "/dataaccess/search", Fault("status", 200, headers={"Content-Type": "application/json"},
                                                  body=b'["not", "an", "object"]'))
    with pytest.raises(SourceError, match="WEkEO Harmonised Data Access answered something unexpected "
                                          "\\(AttributeError"):
        fetch(server, tmp_path, alice)
    assert data.snapshot(str(tmp_path)) == {}
