"""What talking to the WEkEO HDA broker needs beyond plain HTTP (core/http.py):

- one bearer token for all workers, renewed once when the broker answers 401 or 403, and a clear
  "access refused" when a fresh token gets 401 or 403 again (no loop);
- the order quota: HTTP 429 stops at once with the time the user can go on, instead of retries;
- search and list pages followed by `properties.totalResults` and `startIndex`.

What each behaviour rests on (the official clients; tests/servers/wekeo.py cites them too):
- 401/403: ecmwf/hda hda/api.py `Client.robust` (403: "either the token is expired or the
  credentials are invalid ... we give just another single try") and eea/hdar R/client.R
  `send_request` (on 401 or 403: a new token, then the request once more, then an error).
- 429: hda/api.py raises `QuotaReachedError` at the first 429, without retrying; hda/utils.py
  `build_quota_hit_message` reads X-Quota-Limit, X-Quota-Remaining and X-Quota-Reset, the latter
  as milliseconds since 1970 (`datetime.fromtimestamp(int(reset)/1000)`). help.wekeo.eu
  "Limitation of requests and orders": 100 orders (POST dataaccess/download) an hour, each
  counted for one hour; re-posting an order already made does not count again.
- paging: hda/api.py `Paginator` (itemsPerPage 100, properties.startIndex/totalResults) and
  hdar R/paginator.R (the next startIndex is the number of results received so far).
"""

import email.utils
import math
import threading
import time
from datetime import datetime, timezone

from qgis.PyQt.QtCore import QCoreApplication

from ..http import HttpError, retry_after_seconds
from .base import SourceError
from .common import renewing

AUTH_STATUSES = (401, 403)
OK = tuple(range(200, 300))
QUOTA_HEADERS = ("x-quota-limit", "x-quota-remaining", "x-quota-reset")
ORDERS_AN_HOUR = 100  # help.wekeo.eu, "Limitation of requests and orders"


class AccessRefused(SourceError):
    """The broker refused a request made with a token it had just issued."""


class QuotaReached(SourceError):
    """The broker refuses more orders for now; `reset` is when it takes them again (epoch
    seconds) or None if it did not say."""

    def __init__(self, message, reset=None):
        super().__init__(message)
        self.reset = reset


def reset_time(value, now=None):
    """Epoch seconds an X-Quota-Reset value names, or None if unreadable.

    hda reads it as milliseconds since 1970; seconds since 1970, seconds from now, an HTTP date
    and an ISO 8601 date are read too, since nothing documents the header itself."""
    now = time.time() if now is None else now
    text = (value or "").strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        number = None
    if number is not None:
        if not math.isfinite(number) or number < 0:
            return None
        if number >= 1e11:  # milliseconds since 1970 (hda/utils.py)
            return number / 1000.0
        if number >= 1e9:  # seconds since 1970
            return number
        return now + number  # seconds from now
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        when = None
    if when is None:
        try:
            when = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()


def when_text(reset, now=None):
    """'14:05 (in 37 min)' in local time; with the date when it is not today."""
    now = time.time() if now is None else now
    local = datetime.fromtimestamp(reset)
    clock = local.strftime("%H:%M") if local.date() == datetime.fromtimestamp(now).date() \
        else local.strftime("%Y-%m-%d %H:%M")
    return QCoreApplication.translate("CLCplusFetch", "{} (in {} min)").format(
        clock, max(0, int(math.ceil((reset - now) / 60.0))))


def quota_message(reset, headers, now=None):
    """What the user reads when the broker stops taking orders."""
    now = time.time() if now is None else now
    limit = headers.get("x-quota-limit") or str(ORDERS_AN_HOUR)
    if reset is not None:
        return QCoreApplication.translate(
            "CLCplusFetch", "WEkEO takes no more requests for now (HTTP 429, quota: {} orders an hour); you "
                            "can go on from {}").format(limit, when_text(max(reset, now), now))
    return QCoreApplication.translate(
        "CLCplusFetch", "WEkEO takes no more requests for now (HTTP 429, quota: {} orders an hour, each "
                        "counted for one hour); you can go on within the hour").format(limit)


class Broker:
    """The requests of one fetch to the broker, from any worker thread (each uses its own
    HttpClient from the session; the token and the quota state are shared)."""

    def __init__(self, session, new_token):
        self.session = session
        self._new_token = new_token  # () -> {"Authorization": "Bearer ..."}
        self._lock = threading.Lock()
        self._auth = dict(new_token())  # shared by the workers, renewed in place (common.renewing)
        self.stopped = None  # the first QuotaReached or AccessRefused: no new order after it

    # --- requests ----------------------------------------------------------------------------

    def request(self, method, url, ok=OK, **kwargs):
        """One request with the current token; `ok` lists the statuses that count as success.
        AccessRefused, QuotaReached, HttpError for the rest."""
        accepted = tuple(ok) + (429,)
        policy = self.session.options.http
        for attempt in range(max(1, policy.attempts)):
            answer = self._authorized(lambda auth: self.session.http().request(
                method, url, headers=auth, accept=accepted, **kwargs))
            if answer.status != 429:
                return answer
            wait = self._busy_wait(answer.headers, last=attempt + 1 >= policy.attempts)
            self.session.info(QCoreApplication.translate(
                "CLCplusFetch", "WEkEO is busy (HTTP 429); trying again in {:.1f} s").format(wait))
            self.session.sleep(wait)
        raise AssertionError("unreachable")  # _busy_wait raises on the last attempt

    def download(self, url, path, progress=None):
        return self._authorized(lambda auth: self.session.http().download(url, path, headers=auth,
                                                                          progress=progress))

    def pages(self, fetch_page, page_size, max_pages):
        """(items, complete, total) of a paged list: fetch_page(start_index, items_per_page)
        returns one JSON page {"features": [...], "properties": {"totalResults", ...}}.
        `complete` is False when the broker stopped before totalResults: a short page says
        nothing about what exists."""
        items, seen, start, total = [], set(), 0, None
        for _page in range(max_pages):
            answer = fetch_page(start, page_size)
            page = [f for f in (answer.get("features") or []) if isinstance(f, dict)]
            number = (answer.get("properties") or {}).get("totalResults")
            if isinstance(number, (int, float)) and not isinstance(number, bool):
                total = int(number)
            fresh = [f for f in page if _key(f) not in seen]
            seen.update(_key(f) for f in fresh)
            items += fresh
            start += len(page)
            if total is not None and start >= total:
                return items, True, total
            if not page:
                return items, total is None, total
            if not fresh:  # the broker repeats itself: startIndex ignored
                return items, False, total
        return items, False, total

    # --- token and quota ---------------------------------------------------------------------

    def _authorized(self, call):
        try:
            return renewing(self._auth, self._new_token, lambda: call(dict(self._auth)), AUTH_STATUSES)
        except HttpError as e:
            if e.status not in AUTH_STATUSES:
                raise
            raise self._stop(AccessRefused(QCoreApplication.translate(
                "CLCplusFetch", "WEkEO refused access even with a new token (HTTP {}: {}): the account may "
                                "not be allowed to use this dataset or its terms; log in at wekeo.eu to check, "
                                "then try again").format(e.status, e.detail or "-"))) from None

    def _stop(self, error):
        with self._lock:
            if self.stopped is None:
                self.stopped = error
        return error

    def _busy_wait(self, headers, last):
        """Seconds to wait for a 429 that only asks to slow down; QuotaReached for the rest."""
        policy = self.session.options.http
        now = time.time()
        wait = retry_after_seconds(headers.get("retry-after"))
        is_quota = any(h in headers for h in QUOTA_HEADERS)
        if not is_quota and wait is not None and wait <= policy.retry_after_max:
            if not last:
                return wait
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "WEkEO stayed busy (HTTP 429) after {} attempts; try again later").format(
                policy.attempts))
        reset = reset_time(headers.get("x-quota-reset"), now)
        if reset is None and wait is not None:
            reset = now + wait
        raise self._stop(QuotaReached(quota_message(reset, headers, now), reset))


def _key(feature):
    return feature.get("id") or feature.get("term_id") or id(feature)
