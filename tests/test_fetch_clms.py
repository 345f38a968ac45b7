"""The CLMS download API source: RS256 service-key JWTs (with and without the cryptography
module), the data-request protocol, tiles cut from the delivered rasters."""

import json
import shutil
import subprocess
import time

import pytest
from osgeo import gdal

from clcplus_backbone.core import product
from clcplus_backbone.core.sources import CACHED, DOWNLOADED, FAILED, SourceError, clms_api, fetch_tiles, jwt
from clcplus_backbone.core.sources.credentials import CredentialsError, service_key, store_service_key
from servers import data, rsa
from servers.clms import API, TOKEN_PATH, ClmsServer
from servers.fixtures import auth_config, ensure_master_password, quick, request, sample_dir

YEAR = 2023


@pytest.fixture(scope="module")
def sample(qgis_app):
    return sample_dir()


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
    assert (item["DatasetID"], item["DatasetDownloadInformationID"], item["OutputFormat"], item["OutputGCS"]) == (
        "uid-2023", "dl-raster-2023", "Geotiff", "EPSG:3035")
    west, north, east, south = item["BoundingBox"]
    assert west < east and south < north
    assert len(server.requests(API + "/@datarequest_status_get")) == 4  # Queued once, then finished
    assert "authorization" not in server.requests("/downloads/")[0].headers
    server.clear_log()
    again = fetch(server, tmp_path, authcfg)
    assert [o.status for o in again.outcomes] == [CACHED] * 4 and server.requests() == []


def test_a_delivered_raster_that_is_the_tile_is_kept_as_it_came(server, sample, key, tmp_path):
    server.mode = "exact"
    result = fetch(server, tmp_path, stored_key(server, key), layer=product.CONFIDENCE)
    for outcome in result.outcomes:
        assert data.read(outcome.path) == data.read(data.tile_path(sample, YEAR, outcome.tile, product.CONFIDENCE))
    assert server.requests_posted[0]["Datasets"][0]["DatasetDownloadInformationID"] == "dl-confidence-2023"


def test_the_builtin_signer_works_end_to_end(server, sample, key, tmp_path, monkeypatch):
    monkeypatch.setattr(jwt, "signing_backend", lambda: "built-in")
    result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1])
    assert result.outcomes[0].status == DOWNLOADED


def test_a_key_the_api_does_not_know_gives_a_clear_message(server, tmp_path):
    other = rsa.generate(1024, seed=99)
    with pytest.raises(SourceError, match="The CLMS API refused the service key \\(HTTP 400: Invalid signature\\); "
                                          "create a new key in your CLMS profile"):
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


def test_a_task_that_stays_queued_past_the_timeout(server, key, tmp_path):
    server.stay_queued = True
    started = time.monotonic()
    result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:2],
                   options=quick(order_timeout=0.3))
    assert time.monotonic() - started < 2.0
    assert [o.status for o in result.outcomes] == [FAILED] * 2
    assert result.outcomes[0].message.startswith("The CLMS task 10") and "was still 'Queued' after 0 min" \
        in result.outcomes[0].message
    assert data.snapshot(str(tmp_path)) == {}


def test_a_task_that_fails_on_the_server(server, key, tmp_path):
    from servers.base import Fault
    server.fail(API + "/@datarequest_status_get", Fault("status", 200, headers={"Content-Type": "application/json"},
                                                        body=b'{"Status": "Finished_nok", "Message": "FME error"}'))
    result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1])
    assert result.outcomes[0].status == FAILED
    assert result.outcomes[0].message.endswith("ended as 'Finished_nok': FME error")


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
    from servers.base import Fault
    server.fail(API + "/@datarequest_post", Fault("status", 401, body=b'{"message": "expired"}'))
    result = fetch(server, tmp_path, stored_key(server, key), tiles=data.TILES[:1])
    assert result.outcomes[0].status == DOWNLOADED
    assert len(server.requests(TOKEN_PATH)) == 2
