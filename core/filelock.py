"""A lock file that says who holds it, for the tile cache (core/cache.py).

The lock is a file created with O_EXCL (exclusive across threads and processes, also on network
shares) holding its owner: process id, host name, when it was taken, and a random token. A lock
whose owner process no longer lives on this host is taken over at once; one whose owner lives
makes us wait (at most `timeout` seconds), and the message then says who holds it. A lock from
another host cannot be checked: it counts as left over from a crash once it is older than `stale`
seconds (a cache install holds its lock for well under a minute).
"""

import json
import os
import socket
import time
import uuid

from qgis.PyQt.QtCore import QCoreApplication

HOST = socket.gethostname()
TAKEOVER_SUFFIX = ".takeover"
EMPTY_GRACE = 5.0  # seconds a lock may stay empty (its owner is writing it)


class LockBusy(RuntimeError):
    """The lock stayed held by a living owner; the message says who."""


def pid_alive(pid):
    """True if a process `pid` runs on this computer (or may: when in doubt, True)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only checks that the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    except OSError:
        return True
    return True


def _windows_pid_alive(pid):
    # os.kill() on Windows terminates the process whatever the signal: ask the kernel instead.
    import ctypes
    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def read_owner(path):
    """(raw text, owner dict or None) of the lock file `path`; (None, None) if it is gone."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return None, None
    except OSError:
        return "", None
    try:
        owner = json.loads(text)
    except ValueError:
        owner = None
    if not isinstance(owner, dict):
        # A lock of an earlier version holds just the process id.
        owner = {"pid": int(text), "host": HOST} if text.strip().isdigit() else None
    return text, owner


class FileLock:
    """`with FileLock(path):` ... ; `error` (default LockBusy) is raised after `timeout` seconds
    of waiting for a living owner, or at once when `is_canceled()` is true."""

    def __init__(self, path, timeout=60.0, stale=300.0, is_canceled=None, what="", error=LockBusy):
        self.path = path
        self.timeout = timeout
        self.stale = stale
        self.is_canceled = is_canceled or (lambda: False)
        self.what = what or os.path.dirname(path)
        self.error = error

    def __enter__(self):
        start = time.monotonic()
        token = uuid.uuid4().hex
        while True:
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                text, owner = read_owner(self.path)
                if text is None:
                    continue  # released meanwhile
                if self._abandoned(text, owner):
                    self._take_over(text)
                    continue
                if time.monotonic() - start > self.timeout or self.is_canceled():
                    raise self.error(self._busy_message(owner)) from None
                time.sleep(0.02)
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"pid": os.getpid(), "host": HOST, "since": time.time(), "token": token}, f)
            return self

    def __exit__(self, *exc):
        _remove(self.path)

    def _age(self, path):
        try:
            return time.time() - os.path.getmtime(path)
        except OSError:
            return 0.0

    def _abandoned(self, text, owner):
        """True if the lock's owner is gone: a dead process of this host, a lock older than
        `stale`, or one left empty by a process that died while taking it."""
        age = self._age(self.path)
        if owner is None:
            return age > (EMPTY_GRACE if not text.strip() else self.stale)
        if owner.get("host") == HOST:
            try:
                return not pid_alive(int(owner.get("pid", 0)))
            except (TypeError, ValueError):
                return age > self.stale
        return age > self.stale

    def _take_over(self, text):
        """Remove the abandoned lock - only if it is still the one judged abandoned (two waiters
        must not both take over, the second removing the first one's fresh lock)."""
        guard = self.path + TAKEOVER_SUFFIX
        try:
            fd = os.open(guard, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            if self._age(guard) > 10.0:  # a waiter died while taking over
                _remove(guard)
            time.sleep(0.01)
            return
        try:
            os.close(fd)
            again, _owner = read_owner(self.path)
            if again == text:
                _remove(self.path)
        finally:
            _remove(guard)

    def _busy_message(self, owner):
        if owner is None:
            return QCoreApplication.translate(
                "CLCplusFetch", "{} is locked by another fetch; try again when it has finished").format(self.what)
        since = time.strftime("%H:%M:%S", time.localtime(float(owner.get("since") or 0))) \
            if owner.get("since") else "?"
        if owner.get("host") == HOST:
            holder = QCoreApplication.translate("CLCplusFetch", "process {} on this computer").format(owner.get("pid"))
        else:
            holder = QCoreApplication.translate("CLCplusFetch", "process {} on the computer {}").format(
                owner.get("pid"), owner.get("host"))
        return QCoreApplication.translate(
            "CLCplusFetch", "{} is locked by another fetch ({}, since {}); try again when it has finished, "
                            "or end that QGIS if it hangs").format(self.what, holder, since)


def _remove(path):
    try:
        os.remove(path)
    except OSError:
        pass
