"""The CLMS download API source: RS256 service-key JWTs (with and without the cryptography
module), the data-request protocol, tiles cut from the delivered rasters."""

import json
import re
import shutil
import subprocess
import time
from urllib.parse import urlencode

import pytest
from osgeo import gdal

from clcplus_backbone.core import product
from clcplus_backbone.core.sources import (CACHED, DOWNLOADED, FAILED, SourceError, clms_api, clms_catalogue,
                                           fetch_tiles, jwt)
from clcplus_backbone.core.sources.credentials import CredentialsError, service_key, store_service_key
from servers import data, rsa
from servers.base import Fault
from servers.clms import API, MESSAGES, RESULTS, TOKEN_PATH, ClmsServer
from servers.fixtures import Feedback, auth_config, ensure_master_password, quick, request

YEAR = 2023


@pytest.fixture(scope="module")
def key():
    return rsa.generate(2048, seed=11)


@pytest.fixture(scope="module")
def sources(sample, tmp_path_factory):
    """A VRT per year and layer over the sample tiles (the 'pan-European' data the API cuts)."""
    folder = tmp_path_factory.mktemp("clms-sources")
    result = {}
    for year in product.YEARS:
        for key in product.reference_year(year).layers:
            if key in (product.LAND_COVER.key, product.CONFIDENCE.key):
                layer = product.LAYERS[key]
                paths = [data.tile_path(sample, year, t, layer) for t in data.TILES]
                vrt = str(folder / "{}_{}.vrt".format(year, key))
                gdal.BuildVRT(vrt, paths)
                result[(year, key)] = vrt
                for tile, path in zip(data.TILES, paths):
                    result[(year, key, tile)] = path
    return result


@pytest.fixture
def server(sources, key):
    ensure_master_password()
    s = ClmsServer(sources, key).start()
    yield s
    s.stop()


def stored_key(server, numbers, name="CLMS key"):
    return store_service_key(json.dumps(server.service_key(rsa.pkcs8_pem(numbers))), name)


def fetch(server, cache, authcfg, **changes):
    return fetch_tiles(request(cache, year=changes.pop("year", YEAR), source="clms",
                               service_url=server.base_url, authcfg=authcfg, **changes))


# --- the JWT ----------------------------------------------------------------------------------

def test_the_builtin_signer_matches_an_independent_one(key, tmp_path):
    message = b"header.claims"
    for pem in (rsa.pkcs8_pem(key), rsa.pkcs1_pem(key)):
        signature = jwt.sign_rs256(message, pem, backend="built-in")
        assert rsa.verify_rs256(message, signature, key[0], key[1])
    independent = 0
    try:
        import cryptography  # noqa: F401
    except ImportError:
        pass
    else:
        assert jwt.sign_rs256(message, rsa.pkcs8_pem(key), backend="cryptography") == signature
        independent += 1
    if shutil.which("openssl"):
        key_file = tmp_path / "key.pem"
        key_file.write_text(rsa.pkcs8_pem(key))
        signed = subprocess.run(["openssl", "dgst", "-sha256", "-sign", str(key_file)], input=message,
                                capture_output=True, check=True).stdout
        assert signed == signature
        independent += 1
    assert independent >= 1  # PKCS#1 v1.5 is deterministic: every correct signer agrees byte for byte


def test_the_assertion_carries_the_claims_the_api_wants(key):
    service = {"client_id": "c", "user_id": "u", "token_uri": "https://land.copernicus.eu/@@oauth2-token",
               "private_key": rsa.pkcs8_pem(key)}
    token = jwt.assertion(service, now=1_700_000_000)
    header, claims, signature = token.split(".")
    assert json.loads(rsa.b64url_decode(header)) == {"alg": "RS256", "typ": "JWT"}
    assert json.loads(rsa.b64url_decode(claims)) == {
        "iss": "c", "sub": "u", "aud": "https://land.copernicus.eu/@@oauth2-token",
        "iat": 1_700_000_000, "exp": 1_700_003_600}
    assert rsa.verify_rs256("{}.{}".format(header, claims).encode(), rsa.b64url_decode(signature), key[0], key[1])


@pytest.mark.parametrize("pem, reason", [
    ("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIBvTBXBgkqhkiG9w0BBQ0w\n-----END ENCRYPTED PRIVATE KEY-----\n",
     "this key is encrypted"),
    (None, "the key is not an RSA key"),
    ("not a key at all", "no PEM block found"),
])
def test_without_cryptography_unreadable_keys_say_what_to_install(key, pem, reason):
    if pem is None:  # a PKCS#8 key of another algorithm (EC)
        pem = rsa.pkcs8_pem(key, oid=rsa.EC_OID)
    with pytest.raises(jwt.SigningError) as error:
        jwt.sign_rs256(b"x", pem, backend="built-in")
    message = str(error.value)
    assert reason in message
    assert "no 'cryptography' module" in message and "python3-cryptography" in message
    assert "The other sources work without it" in message


def test_the_signing_backend_is_detected():
    assert jwt.signing_backend() in ("cryptography", "built-in")


# --- credentials ------------------------------------------------------------------------------

def test_service_keys_in_the_authentication_database(qgis_app, key):
    ensure_master_password()
    text = json.dumps({"client_id": "c", "user_id": "u", "token_uri": "https://x/@@oauth2-token",
                       "private_key": rsa.pkcs8_pem(key)})
    stored = store_service_key(text)
    assert service_key(stored, "CLMS")["client_id"] == "c"
    pasted = auth_config("CLMS pasted", username="anything", password=text)  # as a person would paste it
    assert service_key(pasted, "CLMS")["private_key"].startswith("-----BEGIN PRIVATE KEY-----")
    wrong = auth_config("CLMS wrong", username="u", password="hunter2")
    with pytest.raises(CredentialsError, match="does not hold a CLMS service key") as error:
        service_key(wrong, "CLMS")
    assert "hunter2" not in str(error.value)
    with pytest.raises(CredentialsError, match="lacks private_key"):
        store_service_key('{"client_id": "c", "user_id": "u", "token_uri": "t"}')
    from qgis.core import QgsSettings
    assert not any(text in str(QgsSettings().value(k)) for k in QgsSettings().allKeys())


# --- the protocol -----------------------------------------------------------------------------

def entry_id(server, year, key):
    """The DatasetDownloadInformationID the test server gives `key` of `year`."""
    for entry, layers in server._entries(year):
        if key in layers.values():
            return entry["@id"]
    raise KeyError(key)


def test_tiles_are_cut_pixel_for_pixel_from_the_delivered_boxes(server, sample, key, tmp_path, monkeypatch):
    monkeypatch.setattr(clms_api, "MAX_ITEMS", 3)
    authcfg = stored_key(server, key)
    result = fetch(server, tmp_path, authcfg)
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 4
    for outcome in result.outcomes:
        got, geotransform, crs = data.pixels(outcome.path)
        expected, source_geotransform, _crs = data.pixels(data.tile_path(sample, YEAR, outcome.tile))
        assert (got == expected).all() and geotransform == source_geotransform and crs == "3035"
    # Two requests (3 + 1 items), each item a tile's box in lon/lat, west-north-east-south.
    assert sorted(len(r["Datasets"]) for r in server.requests_posted) == [1, 3]
    item = max(server.requests_posted, key=lambda r: len(r["Datasets"]))["Datasets"][0]
    assert item == {"DatasetID": "uid-2023", "DatasetDownloadInformationID": entry_id(server, YEAR, "RAS"),
                    "OutputFormat": "Geotiff", "OutputGCS": "EPSG:3035", "BoundingBox": item["BoundingBox"]}
    west, north, east, south = item["BoundingBox"]
    assert west < east and south < north
    assert len(server.requests(API + "/@datarequest_status_get")) == 4  # Queued once, then finished
    assert "authorization" not in server.requests(RESULTS)[0].headers
    assert server.requests(API + "/@datarequest_search") == [] and server.requests(method="DELETE") == []
    server.clear_log()
    again = fetch(server, tmp_path, authcfg)
    assert [o.status for o in again.outcomes] == [CACHED] * 4 and server.requests() == []


@pytest.mark.parametrize("catalogue", ["strings", "objects", "layers"])
@pytest.mark.parametrize("layer", [product.LAND_COVER, product.CONFIDENCE], ids=["land-cover", "confidence"])
def test_the_entry_and_layer_are_chosen_in_every_catalogue_form(sources, sample, key, tmp_path, catalogue, layer):
    """full_format a string or {"token", "title"}, one entry per layer or one entry listing the
    layers (confidence listed first, a data score layer beside them): the right raster comes."""
    ensure_master_password()
    server = ClmsServer(sources, key, catalogue=catalogue).start()
    try:
        result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1], layer=layer)
    finally:
        server.stop()
    outcome = result.outcomes[0]
    assert outcome.status == DOWNLOADED, outcome.message
    got, _gt, _crs = data.pixels(outcome.path)
    expected, _gt, _crs = data.pixels(data.tile_path(sample, YEAR, outcome.tile, layer))
    assert (got == expected).all()
    item = server.requests_posted[0]["Datasets"][0]
    assert item["DatasetDownloadInformationID"] == entry_id(server, YEAR, layer.key)
    if catalogue == "layers":  # the entry lists layers: the one wanted is named, as listed
        assert item["Layer"] == {"RAS": "Raster 10 m", "RASCL": "Confidence layer"}[layer.key]
    else:
        assert "Layer" not in item


def test_without_layer_an_entry_that_lists_layers_sends_all_bands(sources, key, tmp_path, monkeypatch):
    """Why Layer is sent: without it the server asks FME for "ALL BANDS" (post.py); such a file is
    refused, not read as land cover."""
    ensure_master_password()
    server = ClmsServer(sources, key, catalogue="layers").start()
    original = clms_catalogue.request_item

    def without_layer(*args):
        item = original(*args)
        item.pop("Layer", None)
        return item
    monkeypatch.setattr(clms_catalogue, "request_item", without_layer)
    try:
        result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1])
    finally:
        server.stop()
    assert result.outcomes[0].status == FAILED
    assert result.outcomes[0].message.endswith("has 2 bands, not 1")


def test_catalogue_entries_that_serve_nothing_are_skipped():
    def dataset(*infos, title="CLCplus Backbone 2023 (raster 10 m), Europe"):
        return {"UID": "u", "title": title, "dataset_download_information": {"items": list(infos)}}
    vector = dataset({"@id": "v", "full_format": "GDB", "name": "Vector"}, title="CLCplus Backbone 2023 (vector)")
    gdb = {"@id": "g", "full_format": {"token": "GDB", "title": "File geodatabase"}, "name": "Raster"}
    score = {"@id": "s", "full_format": "Geotiff", "name": "Data score"}
    netcdf = {"@id": "n", "full_format": {"token": "Netcdf", "title": "NetCDF"}, "collection": "CLMS_CLCPLUS_RAS"}
    choice = clms_catalogue.choose([vector, dataset(gdb, score, netcdf)], 2023, product.LAND_COVER)
    assert (choice.info_id, choice.layer) == ("n", None)
    assert clms_catalogue.choose([dataset(gdb, score)], 2023, product.LAND_COVER) is None
    assert clms_catalogue.choose([dataset(netcdf)], 2023, product.CONFIDENCE) is None
    bands = {"@id": "b", "full_format": "Geotiff", "name": "Confidence", "layers": ["Band 1"]}
    assert clms_catalogue.choose([dataset(bands)], 2023, product.CONFIDENCE).layer == "Band 1"
    assert clms_catalogue.choose([dataset(bands)], 2021, product.CONFIDENCE) is None  # another year


def test_a_later_date_in_a_catalogue_title_is_not_its_reference_year():
    raster = {"@id": "r", "full_format": "Geotiff", "name": "Raster"}

    def dataset(title):
        return {"UID": title, "title": title, "dataset_download_information": {"items": [raster]}}
    older = dataset("CLCplus Backbone 2021 (raster 10 m), Europe, updated 2023")
    newer = dataset("CLCplus Backbone 2023 (raster 10 m), Europe")
    assert clms_catalogue.choose([older, newer], 2023, product.LAND_COVER).dataset_id == newer["UID"]
    assert clms_catalogue.choose([older], 2023, product.LAND_COVER) is None
    assert clms_catalogue.choose([dataset("Backbone raster, 12023 edition")], 2023, product.LAND_COVER) is None
    assert clms_catalogue.choose([dataset("Backbone raster of 2023")], 2023, product.LAND_COVER) is not None


def test_a_delivered_raster_that_is_the_tile_is_kept_as_it_came(server, sample, key, tmp_path):
    server.delivery = "exact"
    result = fetch(server, tmp_path, stored_key(server, key), layer=product.CONFIDENCE)
    for outcome in result.outcomes:
        assert data.read(outcome.path) == data.read(data.tile_path(sample, YEAR, outcome.tile, product.CONFIDENCE))
    assert server.requests_posted[0]["Datasets"][0]["DatasetDownloadInformationID"] == entry_id(
        server, YEAR, "RASCL")


@pytest.mark.parametrize("delivery", ["split", "overlap", "nested", "nudged"])
def test_a_tile_split_over_files_or_a_hair_off_the_grid_is_put_together(server, sample, key, tmp_path, delivery):
    """Four files (in folders, or overlapping), a file in a zip inside the zip, or an origin
    1e-7 pixel off the grid: the tile comes pixel for pixel, on the exact grid."""
    server.delivery = delivery
    result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:2])
    for outcome in result.outcomes:
        assert outcome.status == DOWNLOADED, outcome.message
        got, geotransform, _crs = data.pixels(outcome.path)
        expected, source_geotransform, _crs = data.pixels(data.tile_path(sample, YEAR, outcome.tile))
        assert (got == expected).all() and geotransform == source_geotransform


@pytest.mark.parametrize("delivery, message", [
    ("partial", r"The CLMS API delivered only \d+\.\d % of the tile: x \d+–\d+, y \d+–\d+ is missing\. "
                r"Nothing was kept; try again later, or use WEkEO\."),
    ("shifted", r"The delivered raster CLMS_CLCplus_2023_0/result\.tif is off the product's 10 m grid "
                r"\(by 0\.5 of a pixel\): it was resampled, and the plugin does not resample\. Try WEkEO"),
    ("disagree", r"The files the CLMS API delivered disagree where they overlap \(CLMS_CLCplus_2023_0/part_1/"
                 r"part_3\.tif\); nothing was kept"),
])
def test_a_delivery_that_cannot_make_the_tile_is_refused(server, key, tmp_path, delivery, message):
    server.delivery = delivery
    result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1])
    assert result.outcomes[0].status == FAILED
    assert re.fullmatch(message + ".*", result.outcomes[0].message), result.outcomes[0].message
    assert data.snapshot(str(tmp_path)) == {}


def test_the_builtin_signer_works_end_to_end(server, sample, key, tmp_path, monkeypatch):
    monkeypatch.setattr(jwt, "signing_backend", lambda: "built-in")
    result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1])
    assert result.outcomes[0].status == DOWNLOADED


def test_a_key_the_api_does_not_know_gives_a_clear_message(server, tmp_path):
    other = rsa.generate(1024, seed=99)
    with pytest.raises(SourceError, match="The CLMS API refused the service key \\(HTTP 400: Signature verification "
                                          "failed\\); create a new key in your CLMS profile"):
        fetch(server, tmp_path, stored_key(server, other, "other key"))
    assert len(server.requests()) == 1 and data.snapshot(str(tmp_path)) == {}


def test_an_unsignable_key_stops_only_this_source(server, sample, key, tmp_path, monkeypatch):
    monkeypatch.setattr(jwt, "signing_backend", lambda: "built-in")
    service = server.service_key(rsa.pkcs8_pem(key, oid=rsa.EC_OID))
    authcfg = store_service_key(json.dumps(service), "EC key")
    with pytest.raises(jwt.SigningError, match="no 'cryptography' module"):
        fetch(server, tmp_path, authcfg)
    assert server.requests() == []
    # Another source is unaffected.
    result = fetch_tiles(request(tmp_path, source="mirror", mirror=str(sample) + "/tiles"))
    assert result.ok


# --- the clock --------------------------------------------------------------------------------

@pytest.mark.parametrize("offset, words", [(-120, "ahead"), (7200, "behind"), (-90000, "ahead")])
def test_a_wrong_clock_is_named_and_the_servers_time_used(server, key, tmp_path, offset, words):
    """-120: 'JWT issue time is in the future'; 7200: PyJWT's 'Signature has expired';
    -90000: 'JWT expiration is more than a day in the future' (ftw.tokenauth checks exp first)."""
    server.clock_offset = offset
    feedback = Feedback()
    result = fetch_tiles(request(tmp_path, tiles=data.TILES[:1], source="clms", service_url=server.base_url,
                                 authcfg=stored_key(server, key)), feedback)
    assert result.outcomes[0].status == DOWNLOADED
    first, second = server.requests(TOKEN_PATH)
    assert [w for w in feedback.warnings if "clock" in w] == [w for w in feedback.warnings if re.match(
        r"Your computer's clock is {} s {}; correct it \(set the time automatically\)\. ".format(
            "({})".format("|".join(str(abs(offset) + d) for d in (-1, 0, 1))), words), w)]
    assert len([w for w in feedback.warnings if "clock" in w]) == 1


def test_a_clock_the_server_cannot_date_is_still_named(server, key, tmp_path):
    """A proxy that rewrites the Date header: no time to borrow; the message names the clock,
    never 'create a new key'."""
    server.clock_offset, server.date_lies = -300, True
    with pytest.raises(SourceError) as error:
        fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1])
    message = str(error.value)
    assert message == ("The CLMS API refused the sign-in because your computer's clock is wrong (it says: JWT "
                       "issue time is in the future); correct the clock (set the time automatically) and try again")
    assert len(server.requests(TOKEN_PATH)) == 1


def test_the_token_service_keeps_ftw_tokenauth_windows(server, key):
    """The test server's own rules, as ftw.tokenauth's: exp at most a day ahead, iat at most an hour
    old and 60 s ahead. Our JWT asks for one hour (the API documentation's maximum)."""
    def token(**claims):
        body = {"iss": server.client_id, "sub": server.user_id, "aud": server.url(TOKEN_PATH)}
        body.update(claims)
        signing_input = "{}.{}".format(jwt.b64url(b'{"alg":"RS256","typ":"JWT"}'),
                                       jwt.b64url(json.dumps(body).encode())).encode()
        signature = jwt.sign_rs256(signing_input, rsa.pkcs8_pem(key))
        assertion = "{}.{}".format(signing_input.decode(), jwt.b64url(signature))
        reply = server._token("POST", urlencode({"grant_type": jwt.GRANT_TYPE, "assertion": assertion}).encode())
        return json.loads(reply.body).get("error_description", "ok")

    now = int(time.time())
    assert token(iat=now, exp=now + 86000) == "ok"
    assert token(iat=now, exp=now + 86500) == "JWT expiration is more than a day in the future"
    assert token(iat=now + 55, exp=now + 3600) == "ok"
    assert token(iat=now + 65, exp=now + 3600) == "JWT issue time is in the future"
    assert token(iat=now - 3700, exp=now + 60) == "JWT was issued more than an hour in the past"
    assert token(iat=now - 100, exp=now - 5) == "Signature has expired"
    claims = json.loads(rsa.b64url_decode(jwt.assertion(server.service_key(rsa.pkcs8_pem(key))).split(".")[1]))
    assert claims["exp"] - claims["iat"] == jwt.LIFETIME_S == 3600


# --- tasks: waiting, duplicates, deleting -------------------------------------------------------

def test_a_task_that_stays_queued_past_the_timeout_is_deleted(server, key, tmp_path):
    server.stay_queued = True
    started = time.monotonic()
    result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:2],
                   options=quick(order_timeout=0.3))
    assert time.monotonic() - started < 3.0
    assert [o.status for o in result.outcomes] == [FAILED] * 2
    assert re.fullmatch(r"The CLMS task \d+ was still 'Queued' after 0 min; try again later",
                        result.outcomes[0].message)
    deletes = server.requests(API + "/@datarequest_delete")
    assert [(d.method, json.loads(d.body)) for d in deletes] == [("DELETE", {"TaskID": t}) for t in server.tasks]
    assert deletes[0].headers["content-type"] == "application/json"
    assert [t["Status"] for t in server.tasks.values()] == ["Cancelled"]
    assert data.snapshot(str(tmp_path)) == {}


class CancelWhen(Feedback):
    """A feedback canceled as soon as `condition()` holds."""

    def __init__(self, condition):
        super().__init__()
        self.condition = condition

    def isCanceled(self):  # noqa: N802 - QgsFeedback API
        if self.canceled_at is None and self.condition():
            self.cancel()
        return super().isCanceled()


def test_a_cancel_deletes_the_task(server, key, tmp_path):
    server.stay_queued = True
    feedback = CancelWhen(lambda: server.requests(API + "/@datarequest_status_get"))
    result = fetch_tiles(request(tmp_path, tiles=data.TILES[:2], source="clms", service_url=server.base_url,
                                 authcfg=stored_key(server, key)), feedback)
    assert result.canceled
    assert time.monotonic() - feedback.canceled_at < 1.0
    assert [json.loads(d.body) for d in server.requests(API + "/@datarequest_delete", method="DELETE")] == [
        {"TaskID": t} for t in server.tasks]
    assert [t["Status"] for t in server.tasks.values()] == ["Cancelled"]


def test_a_duplicate_waits_for_the_earlier_task(server, key, tmp_path):
    """The answer to the first post is lost (the connection drops after the server registered the
    task); the retry is refused as DUPLICATED; the earlier task is found and waited for."""
    server.fail(API + "/@datarequest_post", Fault("drop", after=0))
    feedback = Feedback()
    result = fetch_tiles(request(tmp_path, tiles=data.TILES[:2], source="clms", service_url=server.base_url,
                                 authcfg=stored_key(server, key)), feedback)
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 2
    posts = server.requests(API + "/@datarequest_post")
    assert len(posts) == 2 and len(server.tasks) == 1
    assert sorted(r.query["status"] for r in server.requests(API + "/@datarequest_search")) == ["In_progress",
                                                                                               "Queued"]
    (task_id,) = server.tasks
    assert "The CLMS API already prepares E44N35, E44N36 (task {}); waiting for it instead of asking " \
           "again".format(task_id) in feedback.infos


def test_a_request_partly_running_elsewhere_asks_only_for_the_rest(server, key, tmp_path, monkeypatch):
    """Tile A is in a task another program left queued; a fetch of A and B is refused as
    DUPLICATED, waits for that task for A and asks again for B alone."""
    authcfg = stored_key(server, key)
    server.stay_queued = True
    with monkeypatch.context() as patch:
        patch.setattr(clms_api.ClmsSource, "_delete_own", lambda *args: None)
        fetch(server, tmp_path, authcfg, tiles=data.TILES[:1], options=quick(order_timeout=0.2))
    (earlier,) = server.tasks
    server.stay_queued = False
    server.clear_log()
    result = fetch(server, tmp_path, authcfg, tiles=data.TILES[:2])
    assert [o.status for o in result.outcomes] == [DOWNLOADED] * 2
    assert len(server.requests(API + "/@datarequest_search")) == 2  # one look (Queued, In_progress)
    assert [len(json.loads(r.body)["Datasets"]) for r in server.requests(API + "/@datarequest_post")] == [2, 1]
    assert [len(r["Datasets"]) for r in server.requests_posted] == [1, 1]  # the refused one is not recorded
    assert server.tasks[earlier]["Status"] == "Finished_ok" and len(server.tasks) == 2


def test_the_duplicated_answer_is_the_servers(server, key, tmp_path):
    """What the server answers to an identical request while the first one is queued."""
    server.stay_queued = True
    fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1], options=quick(order_timeout=0.2))
    server.tasks[next(iter(server.tasks))]["Status"] = "Queued"  # as if never deleted
    reply = server._post(server.user_id, server.requests_posted[0])
    assert (reply.status, json.loads(reply.body)) == (400, {
        "status": "error", "msg": "You have requested to download the same thing at least twice. Please check "
                                  "your download cart and remove any duplicates."})


def test_a_cancel_leaves_a_reused_task_alone(server, key, tmp_path):
    server.stay_queued = True
    server.fail(API + "/@datarequest_post", Fault("drop", after=0))
    feedback = CancelWhen(lambda: server.requests(API + "/@datarequest_status_get"))
    result = fetch_tiles(request(tmp_path, tiles=data.TILES[:1], source="clms", service_url=server.base_url,
                                 authcfg=stored_key(server, key)), feedback)
    assert result.canceled
    assert len(server.requests(API + "/@datarequest_search")) == 2
    assert server.requests(API + "/@datarequest_delete") == []
    assert [t["Status"] for t in server.tasks.values()] == ["Queued"]


def test_a_task_never_handed_to_fme_is_deleted_and_asked_again(server, key, tmp_path, monkeypatch):
    """FME does not take the first post: the server keeps the task Queued without FMETaskId and
    answers 500; the client's retry is a DUPLICATED of that dead task, which is deleted."""
    monkeypatch.setattr(clms_api, "STALE_UNSENT_S", -1.5)  # at once (the Date header counts whole seconds)
    server.fme_down = 1
    result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1])
    assert result.outcomes[0].status == DOWNLOADED, result.outcomes[0].message
    dead, used = server.tasks.values()
    assert "FMETaskId" not in dead and dead["Status"] == "Cancelled" and used["Status"] == "Finished_ok"
    assert len(server.requests(API + "/@datarequest_post")) == 3  # 500, DUPLICATED, accepted


def test_a_duplicate_that_is_not_listed_gives_up_with_a_message(server, key, tmp_path, monkeypatch):
    monkeypatch.setattr(clms_api, "POST_ROUNDS", 2)
    server.fail(API + "/@datarequest_post", *[Fault("status", 400, headers={"Content-Type": "application/json"},
                                                    body=json.dumps({"status": "error", "msg": MESSAGES["DUPLICATED"]})
                                                    .encode())] * 2)
    result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1])
    assert result.outcomes[0].status == FAILED
    assert result.outcomes[0].message.startswith("The CLMS API refuses the request as a duplicate of an earlier "
                                                 "one it does not list; wait a few minutes and try again")


def test_a_task_that_fails_on_the_server(server, key, tmp_path):
    server.fail(API + "/@datarequest_status_get", Fault("status", 200, headers={"Content-Type": "application/json"},
                                                        body=b'{"Status": "Finished_nok", "Message": "FME error"}'))
    result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1])
    assert result.outcomes[0].status == FAILED
    assert result.outcomes[0].message.endswith("ended as 'Finished_nok': FME error")


def test_a_task_cancelled_elsewhere(server, key, tmp_path):
    server.fail(API + "/@datarequest_status_get", Fault("status", 200, headers={"Content-Type": "application/json"},
                                                        body=b'{"Status": "Cancelled"}'))
    result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1])
    assert re.fullmatch(r"The CLMS task \d+ was cancelled \(on land\.copernicus\.eu or by another program\); "
                        r"try again", result.outcomes[0].message)


def test_the_dataset_is_found_in_the_catalogue(server, key, tmp_path):
    fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1], year=2018)
    search = server.requests(API + "/@search")[0].query
    assert search["portal_type"] == "DataSet" and "2018" in search["SearchableText"]
    assert server.requests_posted[0]["Datasets"][0]["DatasetID"] == "uid-2018"  # not the vector product


def test_the_token_request(server, key, tmp_path):
    fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1])
    token = server.requests(TOKEN_PATH)[0]
    assert token.headers["content-type"] == "application/x-www-form-urlencoded"
    assert token.body.startswith(b"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=")


def test_an_expired_clms_token_is_renewed_once(server, key, tmp_path):
    server.fail(API + "/@datarequest_post", Fault("status", 401, body=b'{"message": "expired"}'))
    result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1])
    assert result.outcomes[0].status == DOWNLOADED
    assert len(server.requests(TOKEN_PATH)) == 2
