"""The CLMS download API (https://land.copernicus.eu/api) with a service key.

1. The service key (client_id, user_id, token_uri, private_key; kept in the QGIS authentication
   database) signs a JWT (RS256, core/sources/jwt.py), posted to token_uri with
   grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer for a bearer token. The token service
   (4teamwork/ftw.tokenauth) refuses a JWT issued more than 60 s ahead of its clock or more than
   an hour behind it: a computer clock that is off is named as such (never "make a new key"), and
   the request is signed once more with the server's time (its Date header).
2. `GET /@search` finds the year's dataset and download entry (core/sources/clms_catalogue.py).
3. Per group of at most 5 tiles, `POST /@datarequest_post` with one item per tile -> TaskIds.
   A request identical to one of the user's Queued or In_progress requests is refused with HTTP
   400 (eea/clms.downloadtool validation.py MESSAGES["DUPLICATED"]): the earlier task is found with
   `GET /@datarequest_search?status=...` and waited for instead. An earlier task the server never
   handed to its processing (FME; no FMETaskId) stays Queued for ever and blocks identical
   requests: once STALE_UNSENT_S old it is deleted and the request posted again.
4. `GET /@datarequest_status_get?TaskID=...` until Status is Finished_ok, then the DownloadURL zip
   (no authorisation; it is not sent there). On cancel or timeout the tasks this fetch created are
   deleted (`DELETE /@datarequest_delete` with {"TaskID": ...}); tasks it reused are left alone.
5. The tiles are made from the delivered files (core/sources/clms_delivery.py).
"""

import email.utils
import os
import time
from datetime import datetime, timezone
from urllib.parse import urlencode

from qgis.PyQt.QtCore import QCoreApplication

from .. import product
from ..http import Canceled, HttpClient, HttpError, HttpPolicy
from . import clms_catalogue, clms_delivery, credentials, jwt
from .base import Checked, LoginRefused, Source, SourceError
from .common import renewing, report

DEFAULT_URL = "https://land.copernicus.eu/api"
MAX_ITEMS = 5  # the API refuses more items in one request
WAIT_STATES = ("queued", "in_progress", "in progress", "pending")
DONE_STATE = "finished_ok"
RUNNING = ("Queued", "In_progress")  # the states the server compares a new request with
DUPLICATED_WORDS = ("same thing at least twice", "duplicat")  # validation.py MESSAGES["DUPLICATED"]
STALE_UNSENT_S = 60.0  # the server gives FME 10 s (post.py requests.post(..., timeout=10))
POST_ROUNDS = 6
CLEANUP_POLICY = HttpPolicy(timeout=10.0, attempts=2, backoff=0.5, backoff_max=1.0)
_AHEAD_WORDS = ("issue time is in the future", "not yet valid", "more than a day in the future")
_BEHIND_WORDS = ("signature has expired", "issued more than an hour in the past")


class _TaskTimeout(SourceError):
    pass


class ClmsSource(Source):
    KEY = "clms"
    DEFAULT_URL = DEFAULT_URL
    LAYERS = (product.LAND_COVER.key, product.CONFIDENCE.key)

    def __init__(self, base_url=""):
        super().__init__(base_url)
        self._key = None
        self._clock_offset = 0.0  # seconds to add to this computer's clock to get the server's

    def name(self):
        return QCoreApplication.translate("CLCplusFetch", "CLMS download API")

    def prepare(self, request):
        self._key = credentials.service_key(request.authcfg, QCoreApplication.translate("CLCplusFetch", "The CLMS API"))
        jwt.assertion(self._key)  # fails here, before any request, if this QGIS cannot sign it

    # --- the token ------------------------------------------------------------------------

    def _token(self, session):
        for attempt in (1, 2):
            assertion = jwt.assertion(self._key, now=time.time() + self._clock_offset)
            try:
                answer = session.http().request("POST", self._key["token_uri"], accept=(200, 400, 401, 403), form={
                    "grant_type": jwt.GRANT_TYPE, "assertion": assertion})
            except HttpError as e:
                raise SourceError(QCoreApplication.translate(
                    "CLCplusFetch", "The CLMS token service failed: {}").format(e)) from None
            if answer.status == 200:
                data = answer.json()
                token = data.get("access_token") if isinstance(data, dict) else None
                if not token:
                    raise SourceError(QCoreApplication.translate("CLCplusFetch", "The CLMS API gave no access token"))
                return {"Authorization": "Bearer " + token}
            detail = _error_text(answer)
            low = detail.lower()
            clock = "ahead" if any(w in low for w in _AHEAD_WORDS) else \
                "behind" if any(w in low for w in _BEHIND_WORDS) else None
            if clock is None:
                raise LoginRefused(QCoreApplication.translate(
                    "CLCplusFetch", "The CLMS API refused the service key (HTTP {}: {}); create a new key in "
                                     "your CLMS profile (land.copernicus.eu › My profile › API tokens) "
                                     "and store it again").format(answer.status, detail))
            server = _server_time(answer)
            skew = None if server is None else round(time.time() - server)  # > 0: this clock is ahead
            if skew is not None and abs(skew) >= 2 and (skew > 0) == (clock == "ahead"):
                if attempt == 1:
                    self._clock_offset = -skew
                    session.warning(_clock_message(skew, True))
                    continue
                raise SourceError(_clock_message(skew, False, detail))
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "The CLMS API refused the sign-in because your computer's clock is wrong "
                                "(it says: {}); correct the clock (set the time automatically) and try "
                                "again").format(detail))
        raise AssertionError("unreachable")

    # --- the protocol ---------------------------------------------------------------------

    def offered_years(self, session):
        """The years the catalogue lists a CLCplus Backbone raster for (an anonymous search)."""
        return clms_catalogue.offered_years(session, self.base_url)

    def check(self, session):
        """Sign in with the service key (the token), then one catalogue search."""
        auth = self._token(session)
        notes = [QCoreApplication.translate("CLCplusFetch", "Signed in: the CLMS API accepted the service key")]
        return Checked(clms_catalogue.offered_years(session, self.base_url, auth), notes)

    def fetch(self, session, tiles):
        auth = self._token(session)
        choice = clms_catalogue.find(session, self.base_url, auth)
        groups = [tiles[i:i + MAX_ITEMS] for i in range(0, len(tiles), MAX_ITEMS)]

        def run(group):
            own = {}  # task id -> finished, of the tasks this fetch created (kept across a token renewal)
            return renewing(auth, lambda: self._token(session),
                            lambda: self._fetch_group(session, auth, choice, group, own))
        report(session, session.map(run, groups), tile_of=list)

    def _fetch_group(self, session, auth, choice, group, own):
        items = {tile: clms_catalogue.request_item(choice, tile, session.tile_extent) for tile in group}
        started = time.monotonic()
        tasks = self._order(session, auth, choice, group, items, own)
        files = []
        try:
            for task_id in tasks:
                url = self._wait(session, auth, task_id, group, started)
                if task_id in own:
                    own[task_id] = True
                files += self._download(session, task_id, url)
        except (Canceled, _TaskTimeout):
            self._delete_own(session, auth, own)
            raise
        clms_delivery.install_tiles(session, group, clms_delivery.describe(files, session.layer))

    def _order(self, session, auth, choice, group, items, own):
        """The ids of the tasks that will deliver the group's tiles: new ones, or earlier ones
        for the same items (DUPLICATED)."""
        http = session.http()
        pending = list(group)
        tasks = []
        for _round in range(POST_ROUNDS):
            answer = http.request("POST", self.base_url + "/@datarequest_post", headers=auth, accept=(200, 201, 400),
                                  json_body={"Datasets": [items[t] for t in pending]})
            if answer.status == 400:
                message = _error_text(answer)
                if not any(w in message.lower() for w in DUPLICATED_WORDS):
                    raise SourceError(QCoreApplication.translate(
                        "CLCplusFetch", "The CLMS API refused the data request: {}").format(message))
                found, stale = self._earlier_tasks(session, auth, choice, {t: items[t] for t in pending})
                for task_id in stale:
                    session.info(QCoreApplication.translate(
                        "CLCplusFetch", "The CLMS task {} for the same tiles never started; deleting it").format(
                        task_id))
                    self._delete(session, auth, task_id, http)
                for task_id in found.values():
                    if task_id not in tasks:
                        tasks.append(task_id)
                        session.info(QCoreApplication.translate(
                            "CLCplusFetch", "The CLMS API already prepares {} (task {}); waiting for it instead "
                                            "of asking again").format(
                            ", ".join(str(t) for t in pending if found.get(t) == task_id), task_id))
                pending = [t for t in pending if t not in found]
                if not pending:
                    return tasks
                if not stale and not found:  # the earlier task is not listed yet, or too young to judge
                    session.sleep(session.options.poll_interval)
                continue
            data = answer.json()
            data = data if isinstance(data, dict) else {}
            for failed in data.get("ErrorTaskIds") or []:  # registered, but never handed to FME
                if isinstance(failed, dict) and failed.get("TaskID"):
                    self._delete(session, auth, failed["TaskID"], http)
            new = [t.get("TaskID") for t in data.get("TaskIds") or [] if isinstance(t, dict) and t.get("TaskID")]
            if not new:
                raise SourceError(QCoreApplication.translate(
                    "CLCplusFetch", "The CLMS API accepted no data request: {}").format(_error_text(answer)))
            for task_id in new:
                own[task_id] = False
            return tasks + new
        raise SourceError(QCoreApplication.translate(
            "CLCplusFetch", "The CLMS API refuses the request as a duplicate of an earlier one it does not "
                            "list; wait a few minutes and try again, or cancel your earlier requests on "
                            "land.copernicus.eu (My downloads)"))

    def _earlier_tasks(self, session, auth, choice, wanted):
        """({tile: task id} of Queued/In_progress tasks that ask for the same items,
        [ids of such tasks never handed to FME for STALE_UNSENT_S])."""
        found, stale = {}, []
        for status in RUNNING:
            answer = session.http().request("GET", "{}/@datarequest_search?{}".format(
                self.base_url, urlencode({"status": status})), headers=auth)
            listed = answer.json()
            now = _server_time(answer) or time.time() + self._clock_offset
            for task_id, task in (listed.items() if isinstance(listed, dict) else ()):
                if not isinstance(task, dict) or task.get("Status", status) not in RUNNING:
                    continue
                datasets = task.get("Datasets") or []
                same = [tile for tile, item in wanted.items() if tile not in found and any(
                    clms_catalogue.same_item(d, item, choice) for d in datasets)]
                if not same:
                    continue
                if not task.get("FMETaskId"):
                    if now - _timestamp(task.get("RegistrationDateTime"), now) >= STALE_UNSENT_S:
                        stale.append(task_id)
                    continue
                for tile in same:
                    found[tile] = str(task_id)
        return found, stale

    def _wait(self, session, auth, task_id, group, started):
        status_url = "{}/@datarequest_status_get?{}".format(self.base_url, urlencode({"TaskID": task_id}))
        while True:
            answer = session.http().request("GET", status_url, headers=auth, accept=(200, 404))
            if answer.status == 404:
                raise SourceError(QCoreApplication.translate(
                    "CLCplusFetch", "The CLMS API no longer knows task {}; try again").format(task_id))
            status = answer.json()
            status = status if isinstance(status, dict) else {}
            state = str(status.get("Status", "")).lower()
            if state == DONE_STATE:
                url = status.get("DownloadURL")
                if not url:
                    raise SourceError(QCoreApplication.translate(
                        "CLCplusFetch", "The CLMS task {} finished without a download address").format(task_id))
                return url
            if state == "cancelled":
                raise SourceError(QCoreApplication.translate(
                    "CLCplusFetch", "The CLMS task {} was cancelled (on land.copernicus.eu or by another "
                                    "program); try again").format(task_id))
            if state not in WAIT_STATES:
                raise SourceError(QCoreApplication.translate(
                    "CLCplusFetch", "The CLMS task {} ended as '{}': {}").format(
                    task_id, status.get("Status"), status.get("Message", "")))
            waited = time.monotonic() - started
            if waited > session.options.order_timeout:
                raise _TaskTimeout(QCoreApplication.translate(
                    "CLCplusFetch", "The CLMS task {} was still '{}' after {:.0f} min; try again later").format(
                    task_id, status.get("Status"), waited / 60))
            for tile in group:
                session.progress(tile, 0.05)
            session.sleep(session.options.poll_interval)

    def _download(self, session, task_id, url):
        part = session.temp_path("task-{}.zip".format(task_id))
        session.http().download(url, part)  # the DownloadURL needs no authorisation
        folder = session.temp_path("task-{}".format(task_id))
        os.makedirs(folder)
        return clms_delivery.unpack(part, folder, session.options, session.is_canceled)

    def _delete_own(self, session, auth, own):
        """Delete the unfinished tasks this fetch created, even after a cancel (their results would
        block identical requests while they run)."""
        unfinished = [t for t, finished in own.items() if not finished]
        if not unfinished:
            return
        client = HttpClient(CLEANUP_POLICY, None, session.info)
        for task_id in unfinished:
            if self._delete(session, auth, task_id, client):
                own.pop(task_id, None)

    def _delete(self, session, auth, task_id, client):
        try:
            answer = client.request("DELETE", self.base_url + "/@datarequest_delete", headers=auth,
                                    json_body={"TaskID": task_id}, accept=(200, 204, 403, 404))
        except (HttpError, Canceled) as e:
            session.info(QCoreApplication.translate("CLCplusFetch", "The CLMS task {} could not be deleted: {}").format(
                task_id, e))
            return False
        if answer.status in (403, 404):
            session.info(QCoreApplication.translate("CLCplusFetch", "The CLMS task {} could not be deleted: {}").format(
                task_id, _error_text(answer)))
            return False
        session.info(QCoreApplication.translate("CLCplusFetch", "Deleted the CLMS task {}").format(task_id))
        return True


# --- helpers ----------------------------------------------------------------------------------

def _error_text(answer):
    """The message of a JSON error answer ({"error_description"} of the token service,
    {"status": "error", "msg"} of the download tool), or the start of the body."""
    try:
        data = answer.json()
    except HttpError:
        data = None
    if isinstance(data, dict):
        for key in ("error_description", "msg", "message", "error"):
            if data.get(key):
                return str(data[key])
    return answer.content.decode("utf-8", "replace").strip()[:300]


def _server_time(answer):
    """The server's clock (seconds since the epoch) from the answer's Date header, or None."""
    value = answer.header("date")
    try:
        when = email.utils.parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError, IndexError):
        return None
    return when.timestamp() if when is not None and when.tzinfo is not None else None


def _timestamp(text, default):
    """Seconds since the epoch of the server's RegistrationDateTime (ISO, UTC when naive)."""
    try:
        when = datetime.fromisoformat(str(text))
    except ValueError:
        return default
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()


def _clock_message(skew, corrected, detail=""):
    seconds = abs(skew)
    if corrected:
        text = QCoreApplication.translate(
            "CLCplusFetch", "Your computer's clock is {} s ahead; correct it (set the time automatically). The "
                            "CLMS API refuses sign-ins from a clock more than a minute ahead, so the plugin "
                            "used the CLMS server's time this time.") if skew > 0 else QCoreApplication.translate(
            "CLCplusFetch", "Your computer's clock is {} s behind; correct it (set the time automatically). The "
                            "CLMS API refuses sign-ins from a clock more than an hour behind, so the plugin "
                            "used the CLMS server's time this time.")
        return text.format(seconds)
    text = QCoreApplication.translate(
        "CLCplusFetch", "The CLMS API refused the sign-in ({}): your computer's clock is {} s ahead; correct "
                        "it (set the time automatically) and try again") if skew > 0 else QCoreApplication.translate(
        "CLCplusFetch", "The CLMS API refused the sign-in ({}): your computer's clock is {} s behind; correct "
                        "it (set the time automatically) and try again")
    return text.format(detail, seconds)
