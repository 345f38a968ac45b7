"""Is a cached tile still the file that was verified and installed? Cheap checks at every lookup.

At install (core/cache.py) every tile has passed the full verification (every pixel decoded); its
record is written then: <cache>/.records/<the tile's path in the cache>.json with its size, its
modification and change times and its SHA-256. A lookup then checks, in order:

1. the size against the record: a tile cut short (or grown) after it entered the cache;
2. the header (GDAL opens it; CRS, extent, type) and the TIFF's block offsets + byte counts within
   the file's size: a truncated tile even without a record;
3. the times against the record: unchanged -> sound, without reading the file. Changed (written
   to, copied, touched) -> the SHA-256 is computed again (one read, no decoding) and compared.
   A tile without a record (from an earlier version, or copied in by hand) is fully verified once
   and recorded.

Left to the full verification (`TileCache.verify_cached`, or fetching with refresh): a change
that keeps size, modification and change time - damage on the disk itself (bit rot) - which
only reading the whole file shows.
"""

import hashlib
import json
import os
from dataclasses import dataclass

from qgis.PyQt.QtCore import QCoreApplication

from . import files
from .filesink import text_instead

RECORDS = ".records"
_CHUNK = 1 << 20


@dataclass
class Finding:
    problem: str = ""  # why the file is not a sound tile; "" if it is
    stat: object = None  # os.stat_result of the file when it was examined


def record_path(root, path):
    return os.path.join(root, RECORDS, os.path.relpath(path, root) + ".json")


def fingerprint(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            chunk = f.read(_CHUNK)
            if not chunk:
                return digest.hexdigest()
            digest.update(chunk)


def read_record(root, path):
    try:
        with open(record_path(root, path), encoding="utf-8") as f:
            record = json.load(f)
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or not all(isinstance(record.get(k), int) for k in ("size", "mtime_ns")):
        return None
    return record


def write_record(root, path, digest, stat=None):
    """Record the installed file `path` (its SHA-256 `digest`); False if the record could not be
    written (the tile then gets one full verification at its next lookup)."""
    stat = stat or os.stat(path)
    record = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "ctime_ns": stat.st_ctime_ns, "sha256": digest}
    target = record_path(root, path)
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        files.write_text(target, json.dumps(record))
    except OSError:
        return False
    return True


def remove_record(root, path):
    _remove(record_path(root, path))


def _unchanged(stat, record):
    return stat.st_size == record["size"] and stat.st_mtime_ns == record["mtime_ns"] \
        and stat.st_ctime_ns == record.get("ctime_ns", stat.st_ctime_ns)


def as_recorded(path, record):
    """Whether the file `path` still has the size and times of its install `record` (no read)."""
    try:
        return _unchanged(os.stat(path), record)
    except OSError:
        return False


def _same_file(a, b):
    return (a.st_ino, a.st_size, a.st_mtime_ns, a.st_ctime_ns) == (b.st_ino, b.st_size, b.st_mtime_ns, b.st_ctime_ns)


def check(root, path, verify, what):
    """A Finding for the cached file `path`. `verify(path, full)` raises a ValueError (the cache's
    VerificationError) for a bad tile: full=False checks the header and the block layout only."""
    try:
        return _check(root, path, verify, what)
    except OSError as e:  # unreadable (permissions, a disk error): not a tile to serve
        return Finding(QCoreApplication.translate("CLCplusFetch", "{} cannot be read: {}").format(
            what, e.strerror or e))


def _check(root, path, verify, what):
    stat = os.stat(path)
    record = read_record(root, path)
    if record is not None and stat.st_size != record["size"]:
        return Finding(QCoreApplication.translate(
            "CLCplusFetch", "{} has {} bytes where {} were installed: it was cut short or changed").format(
            what, stat.st_size, record["size"]), stat)
    try:
        verify(path, False)
    except ValueError as e:
        return Finding(str(e), stat)
    if record is not None and _unchanged(stat, record):
        return Finding("", stat)
    if record is not None and record.get("sha256"):
        digest = fingerprint(path)
        if digest != record["sha256"]:
            return Finding(QCoreApplication.translate(
                "CLCplusFetch", "{} changed since it was installed (its content no longer matches)").format(what),
                stat)
    else:  # no record: verified once in full, then recorded
        try:
            verify(path, True)
        except ValueError as e:
            return Finding(str(e), stat)
        digest = fingerprint(path)
    after = os.stat(path)
    if _same_file(stat, after):  # not replaced meanwhile: remember it as sound
        write_record(root, path, digest, after)
    return Finding("", stat)


def full_check(root, path, verify, what):
    """The whole verification of a cached tile: every pixel decoded, and its SHA-256 against the
    record of its install. A Finding."""
    stat = os.stat(path)
    record = read_record(root, path)
    digest = fingerprint(path)
    if record is not None and record.get("sha256") and digest != record["sha256"]:
        return Finding(QCoreApplication.translate(
            "CLCplusFetch", "{} changed since it was installed (its content no longer matches)").format(what), stat)
    try:
        verify(path, True)
    except ValueError as e:
        return Finding(str(e), stat)
    if record is None:
        write_record(root, path, digest, stat)
    return Finding("", stat)


def discard(root, path, seen):
    """Remove the damaged tile `path` and its record, if it is still the file examined (`seen`,
    its stat) - not a good copy another fetch installed meanwhile."""
    try:
        now = os.stat(path)
    except OSError:
        return
    if seen is None or not _same_file(seen, now):
        return
    try:
        os.remove(path)
    except OSError:
        return  # open elsewhere (Windows): the lookup still does not serve it
    remove_record(root, path)


def unreadable_message(path, what, error):
    """Why GDAL cannot open the file `path`, for a person: a web page or other text named by its
    first words; else GDAL's reason without the (temporary) path."""
    found = text_instead(path)
    if found is not None:
        kind, words = found
        if kind == "page":
            return QCoreApplication.translate(
                "CLCplusFetch", "{} is a web page, not a GeoTIFF (“{}”): the server sent an error or "
                                "sign-in page instead of the file").format(what, words)
        return QCoreApplication.translate(
            "CLCplusFetch", "{} is text, not a GeoTIFF (“{}”): the server sent a message instead of "
                            "the file").format(what, words)
    reason = str(error).replace("`{}' ".format(path), "").replace(path, os.path.basename(path)).strip()
    return QCoreApplication.translate("CLCplusFetch", "{} is not a raster GDAL can open ({})").format(
        what, reason.rstrip("."))


def _remove(path):
    try:
        os.remove(path)
    except OSError:
        pass
