"""HTML to PNG for the tests, with Debian's headless Chromium (`apt-get install chromium`).

QtWebKit, which rendered the reports before, is gone from Debian 13 on and from Qt6; Chromium renders
the same page on every Debian release. Two runs of a fresh browser, each with an empty profile and
everything that would reach the network switched off (this machine has none, and Chromium stalls on
connections otherwise): the first lays the page out at the given width and reports its height, the
second takes the screenshot in a window of exactly that size, so the whole page is in the picture.
"""

import os
import shutil
import signal
import subprocess
import tempfile

import pytest
from qgis.PyQt.QtGui import QImage

FALLBACK = "/usr/bin/chromium"  # Debian's launcher, when PATH does not hold it
INSTALL_HINT = "Chromium renders the HTML reports: apt-get install chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1"]
TIMEOUT = 180  # seconds per run: the machine may be busy with other heavy jobs
MAX_HEIGHT = 12000
# Set on the page's load, then read back from --dump-dom: the page's full height at the given width.
MEASURE = ("<script>addEventListener('load', function () {"
           " document.documentElement.setAttribute('data-page-height',"
           " Math.ceil(document.documentElement.getBoundingClientRect().height)); });</script>")
LOAD_FAILED = "Page load failed"  # e.g. "Page load failed: net::ERR_FILE_NOT_FOUND" on stderr
# Lines Chromium writes on every headless run here (no D-Bus, the launcher script's own complaint).
NOISE = ("dbus", "unexpected operator")


def chromium():
    """Path of the Chromium binary; fails the calling test (not skips it) when there is none."""
    found = shutil.which("chromium") or (FALLBACK if os.access(FALLBACK, os.X_OK) else None)
    if not found:
        pytest.fail("no chromium on PATH or at {}. {}".format(FALLBACK, INSTALL_HINT), pytrace=False)
    return found


def _stderr_tail(text, lines=15):
    kept = [line for line in text.splitlines() if line.strip() and not any(n in line for n in NOISE)]
    return "\n".join(kept[-lines:]) or "(nothing but D-Bus noise)"


def run(binary, folder, args):
    """One headless run with a new empty profile; returns (stdout, stderr) or fails the test."""
    profile = tempfile.mkdtemp(prefix="profile-", dir=folder)
    command = [binary] + FLAGS + ["--user-data-dir=" + profile] + args
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the browser and the helpers it started, nothing else
        out, err = process.communicate()
        pytest.fail("chromium did not finish in {} s: {}\n{}".format(TIMEOUT, " ".join(command),
                                                                     _stderr_tail(err)), pytrace=False)
    if process.returncode != 0:
        pytest.fail("chromium exited with {}: {}\n{}".format(process.returncode, " ".join(command),
                                                             _stderr_tail(err)), pytrace=False)
    failed = [line for line in err.splitlines() if LOAD_FAILED in line]
    if failed:  # Chromium exits 0 and shoots its error page when the page does not load
        pytest.fail("chromium could not load the page: {}\n{}".format(" ".join(command), failed[0]), pytrace=False)
    return out, err


def page_height(binary, folder, html, width):
    """Height in CSS pixels of the page laid out `width` pixels wide."""
    page = os.path.join(folder, "measure.html")
    body_end = html.lower().rfind("</body>")
    with open(page, "w", encoding="utf-8") as f:
        f.write(html[:body_end] + MEASURE + html[body_end:] if body_end >= 0 else html + MEASURE)
    out, err = run(binary, folder, ["--window-size={},200".format(width), "--dump-dom", "file://" + page])
    marker = 'data-page-height="'
    start = out.find(marker)
    if start < 0:
        pytest.fail("chromium did not load the page (no height in --dump-dom):\n" + _stderr_tail(err), pytrace=False)
    return int(out[start + len(marker):out.index('"', start + len(marker))])


def html_to_png(html, path, width=1000):
    """Render the HTML document `html` `width` pixels wide and as tall as the whole page, save it as
    PNG at `path`, return it as a QImage."""
    binary = chromium()
    folder = tempfile.mkdtemp(prefix="clcplus-chromium-")
    try:
        height = page_height(binary, folder, html, width)
        assert 0 < height <= MAX_HEIGHT, "page height {} px".format(height)
        page = os.path.join(folder, "page.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(html)
        shot = os.path.join(folder, "page.png")
        _out, err = run(binary, folder, ["--window-size={},{}".format(width, height),
                                      "--screenshot=" + shot, "file://" + page])
        image = QImage(shot)
        if image.isNull():
            pytest.fail("chromium wrote no readable screenshot:\n" + _stderr_tail(err), pytrace=False)
        assert (image.width(), image.height()) == (width, height), (image.width(), image.height())
        shutil.copyfile(shot, path)
        return image
    finally:
        shutil.rmtree(folder, ignore_errors=True)
