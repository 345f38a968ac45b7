"""Safe extraction of the zips the services deliver.

A zip is checked whole before anything is written: an entry with an absolute path, a drive letter,
a `..` component or a link (symlink mode bits) makes the whole archive refused - it is not what
any CLCplus distribution sends. Only the entries the caller asks for are written, each under a name
the caller chooses (never the archive's path), and sizes are bounded both as declared and as
actually decompressed: an entry declared larger than the limit is refused before anything is
written, and one that unpacks to more than it declares (or than the limit) is stopped at once.
The default limit, MAX_TILE_ENTRY, fits a per-tile zip (a tile is < 150 MB); deliveries of whole
areas pass their own.
"""

import os
import posixpath
import stat
import zipfile

from qgis.PyQt.QtCore import QCoreApplication

from ..http import Canceled

GIB = 1 << 30
MAX_TILE_ENTRY = 512 << 20  # one entry of a per-tile zip: a tile or its confidence layer is < 150 MB
MAX_ENTRIES = 10_000
_CHUNK = 1 << 20



class UnsafeArchive(ValueError):
    """A zip that is refused; the message says why."""


def _entry_problem(info):
    name = info.filename
    if "\x00" in name:
        return QCoreApplication.translate("CLCplusFetch", "a name with a NUL character")
    normalized = name.replace("\\", "/")
    if normalized.startswith("/") or (len(normalized) > 1 and normalized[1] == ":"):
        return QCoreApplication.translate("CLCplusFetch", "an absolute path ({})").format(name)
    if ".." in normalized.split("/"):
        return QCoreApplication.translate("CLCplusFetch", "a path that climbs out of the folder ({})").format(name)
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return QCoreApplication.translate("CLCplusFetch", "a link ({})").format(name)
    return None


def entry_basename(info):
    return posixpath.basename(info.filename.replace("\\", "/"))


def check_archive(path, max_member=MAX_TILE_ENTRY, max_total=16 * GIB, sizes=True):
    """The entries of the zip `path` after the safety checks (names, links, and with `sizes` the
    declared sizes of all entries); UnsafeArchive otherwise."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        raise UnsafeArchive(QCoreApplication.translate(
            "CLCplusFetch", "Not a readable zip file: {}").format(e)) from None
    with archive:
        infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UnsafeArchive(QCoreApplication.translate(
            "CLCplusFetch", "The zip holds {} entries; at most {} are accepted").format(
            len(infos), MAX_ENTRIES))
    for info in infos:
        problem = _entry_problem(info)
        if problem:
            raise UnsafeArchive(QCoreApplication.translate(
                "CLCplusFetch", "The zip was refused: it holds {}").format(problem))
    if sizes:
        check_sizes(infos, max_member, max_total)
    return infos


def check_sizes(infos, max_member, max_total):
    """UnsafeArchive if an entry of `infos`, or all of them together, declare more than the limits."""
    total = 0
    for info in infos:
        if info.file_size > max_member:
            raise UnsafeArchive(QCoreApplication.translate(
                "CLCplusFetch", "The zip entry {} would be {:.0f} MB, more than the limit of {:.0f} MB; the zip "
                                "was refused before unpacking").format(
                info.filename, info.file_size / 1e6, max_member / 1e6))
        total += info.file_size
    if total > max_total:
        raise UnsafeArchive(QCoreApplication.translate(
            "CLCplusFetch", "The zip would unpack to {:.0f} MB, more than the limit of {:.0f} MB").format(
            total / 1e6, max_total / 1e6))


def extract(path, destination, choose, max_member=MAX_TILE_ENTRY, max_total=16 * GIB, is_canceled=None):
    """Write the entries `choose(info)` names into `destination`; {entry name: written path}.

    `choose(info)` returns the file name to write (a plain name, no folders) or None to skip the
    entry. Two entries chosen under one name make the zip refused (which one would be right?).
    The size limits hold for the chosen entries, as declared and as unpacked.
    """
    infos = check_archive(path, sizes=False)
    chosen = {}
    for info in infos:
        if info.is_dir():
            continue
        target = choose(info)
        if not target:
            continue
        if os.path.basename(target) != target or target in (".", ".."):
            raise ValueError("choose() must return a plain file name, not {!r}".format(target))
        if target in chosen.values():
            raise UnsafeArchive(QCoreApplication.translate(
                "CLCplusFetch", "The zip holds two entries for {}").format(target))
        chosen[info.filename] = target
    check_sizes([info for info in infos if info.filename in chosen], max_member, max_total)
    written = {}
    total = 0
    with zipfile.ZipFile(path) as archive:
        for info in infos:
            if info.filename not in chosen:
                continue
            out_path = os.path.join(destination, chosen[info.filename])
            size = 0
            limit = min(info.file_size, max_member)  # what it declares, within the limit
            try:
                with archive.open(info) as source, open(out_path, "wb") as out:
                    while True:
                        if is_canceled is not None and is_canceled():
                            raise Canceled(QCoreApplication.translate("CLCplusFetch", "Canceled"))
                        chunk = source.read(_CHUNK)
                        if not chunk:
                            break
                        size += len(chunk)
                        total += len(chunk)
                        if size > limit or total > max_total:
                            raise UnsafeArchive(QCoreApplication.translate(
                                "CLCplusFetch", "The zip entry {} unpacks to more than it declares ({} bytes); "
                                                "refused").format(info.filename, info.file_size))
                        out.write(chunk)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as e:
                _remove(out_path)
                raise UnsafeArchive(QCoreApplication.translate(
                    "CLCplusFetch", "The zip entry {} is damaged: {}").format(info.filename, e)) from None
            except BaseException:
                _remove(out_path)
                raise
            written[info.filename] = out_path
    return written


def _remove(path):
    try:
        os.remove(path)
    except OSError:
        pass


def is_zip(path):
    with open(path, "rb") as f:
        return f.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
