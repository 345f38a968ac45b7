"""The real QGIS desktop, as a user meets it: the release zip (`make -s zip`) unpacked into a fresh QGIS
profile with the plugin enabled, `qgis` started on a private X server (Xvfb), and inside it
(tests/desktop/smoke.py) the panel opened with the plugin's toolbar button, the sample's tile typed as the
area (English) or drawn (German) and fetched through a mirror of the sample folder, shown, counted, a compare
canceled while the server keeps it waiting, then compared between two years. QGIS is quit with the panel open
and started again with the same profile (tests/desktop/restart.py): the panel is back by itself, the mirror
folder is gone and everything works from the cache. Four QGIS sessions: English at QGIS's default panel width,
German at 280 px, each started twice; at each photographed step the panel is checked for clipped text at both
widths (tests/desktop/clipping.py).

The tests below judge each run: QGIS must not crash or hang, every step must finish, QGIS's message log
(collected from before the plugin loads, tests/desktop/startup.py) must hold no Python error or warning and
no critical message, the message bar no warning, no dialog may be left open and quitting may ask nothing, and
the panel's numbers must be the sample's manifest's, no dialog may appear at any time, no text of the panel may
be clipped. What QGIS says about itself whatever plugin runs is
named one by one and let pass (qgis_own_font_warning, qgis_own_deprecation, UNRELATED). A screenshot of the
screen is taken after each step (and of the panel alone, *_panel.png); the paths are printed.
CLCPLUS_DESKTOP_SHOTS=<folder> keeps copies of all of them there (desktop_<session>_*.png);
CLCPLUS_SCREENSHOTS=<folder> (`make screenshots`) the README's picture of QGIS, qgis_map_with_dock.png.
"""

import contextlib
import json
import os
import re
import select
import shutil
import signal
import subprocess
import time
import zipfile

import pytest
from qgis.core import Qgis

from clcplus_backbone.core import product
from clcplus_backbone.core.grid import parse_tile_id
from repo import PLUGIN_NAME, ROOT

TILE = "E44N36"
YEARS = (2018, 2023)
SIZE = 1024  # pixels a side of the sample tile
SCREEN = "1600x1000x24"
QGIS_TIMEOUT_S = 300  # the whole QGIS session, start to exit; a hang is killed and fails
SCENARIO_DEADLINE_S = 240  # inside QGIS: the steps give up after this long and QGIS is quit
STEPS = ["start", "open_dock", "area", "fetch", "count", "cancel", "compare"]
RESTART_STEPS = ["restart", "offline_mirror", "offline_auto", "count", "compare"]
NARROW = 280
# (name, language, panel width or None for QGIS's default, area, scenario), run in this order: one profile a
# language, started twice
SESSIONS = (("en", "en_US", None, "tiles", "first"), ("de", "de", NARROW, "drawn", "first"),
            ("en_restart", "en_US", None, "tiles", "restart"), ("de_restart", "de", NARROW, "drawn", "restart"))
# Numbers, dates: QGIS's "locale/globalLocale" (Options > General > Locale), as a user of the language has it
GLOBAL_LOCALES = {"en_US": "en_US", "de": "de_DE"}
RETRY_AFTER_S = 5  # the slow mirror's "busy": the panel shows the wait, then the user cancels
SHOT_DIR_ENV = "CLCPLUS_SCREENSHOTS"  # the README's picture of QGIS goes there (`make screenshots`)
ALL_SHOTS_ENV = "CLCPLUS_DESKTOP_SHOTS"  # every picture of every session goes there (desktop_<session>_*.png)
README_SHOT = ("en", "class_areas", "qgis_map_with_dock.png")  # the map of the area beside its class areas
HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "desktop", "smoke.py")
STARTUP = os.path.join(HERE, "desktop", "startup.py")
CRITICAL = int(getattr(Qgis.MessageLevel.Critical, "value", Qgis.MessageLevel.Critical))
WARNING = int(getattr(Qgis.MessageLevel.Warning, "value", Qgis.MessageLevel.Warning))
# Critical messages QGIS logs about itself, not about this plugin: Processing providers whose tools are missing.
UNRELATED = (re.compile(r"^Problem with (GRASS|SAGA|OTB) installation"),
             re.compile(r"^Problem mit (GRASS|SAGA|OTB)-Installation"))
# What QGIS's task runner logs, as critical, for a Processing algorithm stopped by a cancel: the sessions with a
# cancel step may log the plugin's own words for it once (processing/fetchtiles.py), in either language.
CANCELED = ("Canceled; the tiles fetched so far stay in the cache",
            "Abgebrochen; bereits abgerufene Kacheln bleiben im Cache")
# How QGIS's qgis.utils.showWarning logs a Python warning: "warning:<file>:<line>: <category>: <text>".
PYTHON_WARNING = re.compile(r"^warning:(?P<file>.+?):\d+: (?P<category>\w+): ")
# What `make test` installs for this test (the Makefile's APT_PACKAGES), by the program it needs.
DEBIAN_PACKAGES = {"qgis": "qgis", "Xvfb": "xvfb"}
# Variables of the test session that must not reach the desktop: the working copy on PYTHONPATH would shadow
# the installed zip, the Makefile's offscreen platform would hide the windows, another profile or plugin path.
CLEARED_ENV = ("PYTHONPATH", "QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_PLUGINPATH", "PYQGIS_STARTUP")


class DesktopRun:
    """What one QGIS session left: exit code, stderr, the scenario's result, the message log."""

    def __init__(self, base, folder, code, timed_out, stderr, result, log):
        self.base, self.folder, self.code, self.timed_out, self.stderr = base, folder, code, timed_out, stderr
        self.result, self.log = result, log
        self.plugin_dir = os.path.join(base, "profiles", "default", "python", "plugins", PLUGIN_NAME)
        self.name = os.path.basename(folder)

    def screenshots(self):
        shots = os.path.join(self.folder, "shots")
        return (self.result or {}).get("screenshots") or sorted(
            os.path.join(shots, n) for n in os.listdir(shots) if not n.endswith("_panel.png"))

    def explain(self, what):
        """`what`, then everything that tells why: the scenario's error, the log, stderr, the pictures."""
        lines = ["QGIS session {!r}: {}".format(self.name, what)]
        error = (self.result or {}).get("error")
        if error:
            lines += ["in QGIS, step {step!r}: {message}".format(**error), error.get("traceback") or ""]
        lines.append("--- QGIS message log ({} messages, last 30) ---".format(len(self.log)))
        lines += ["[{tag}|{level}] {message}".format(**m)[:600] for m in self.log[-30:]]
        lines.append("--- QGIS stderr (last 40 lines) ---")
        lines += self.stderr.splitlines()[-40:]
        lines.append("--- screenshots ---")
        lines += self.screenshots()
        return "\n".join(lines)


# --- the session ------------------------------------------------------------------------------------------

@contextlib.contextmanager
def xvfb(log_path):
    """A private X server; yields its DISPLAY (the number Xvfb picks itself, -displayfd)."""
    read_end, write_end = os.pipe()
    with open(log_path, "wb") as log:
        server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                                  pass_fds=(write_end,), stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    os.close(write_end)
    number, deadline = b"", time.monotonic() + 30
    try:
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:
                break
            number += chunk
    finally:
        os.close(read_end)
    try:
        if not number.strip().isdigit():
            with open(log_path, encoding="utf-8", errors="replace") as f:
                pytest.fail("Xvfb did not start:\n" + f.read()[-2000:])
        yield ":" + number.strip().decode()
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def install_profile(base, release_zip, locale="en_US"):
    """A fresh profile `default` under `base` with the release zip installed and enabled, QGIS in `locale`
    (its own setting, as Settings > Options > General sets it), and the plugin's developer option that
    makes the dock fetch tiles of the sample's size."""
    profile = os.path.join(base, "profiles", "default")
    plugins = os.path.join(profile, "python", "plugins")
    os.makedirs(plugins)
    zipfile.ZipFile(release_zip).extractall(plugins)
    os.makedirs(os.path.join(profile, "QGIS"))
    with open(os.path.join(profile, "QGIS", "QGIS3.ini"), "w", encoding="utf-8") as f:
        f.write("[PythonPlugins]\n{}=true\n\n[locale]\noverrideFlag=true\nuserLocale={}\nglobalLocale={}\n\n"
                "[clcplus]\nsample\\tile_size={}\n".format(PLUGIN_NAME, locale, GLOBAL_LOCALES[locale], SIZE))
    return profile


def run_qgis(base, folder, display, config):
    """QGIS with the profile under `base`, running smoke.py with `config`; its files go to `folder`."""
    paths = {name: os.path.join(folder, name) for name in ("config.json", "result.json", "log.jsonl", "stdout.txt",
                                                          "stderr.txt", "runtime", "tmp")}
    os.makedirs(paths["runtime"], mode=0o700)
    os.makedirs(paths["tmp"])
    config = dict(config, result=paths["result.json"])
    with open(paths["config.json"], "w", encoding="utf-8") as f:
        json.dump(config, f)
    env = {k: v for k, v in os.environ.items() if k not in CLEARED_ENV}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=paths["runtime"], TMPDIR=paths["tmp"],
               CLCPLUS_SMOKE_DIR=os.path.dirname(SCRIPT),
               PYQGIS_STARTUP=STARTUP, CLCPLUS_SMOKE_CONFIG=paths["config.json"], CLCPLUS_SMOKE_LOG=paths["log.jsonl"])
    command = [shutil.which("qgis"), "--profiles-path", base, "--profile", "default", "--nologo", "--noversioncheck",
               "--code", SCRIPT]
    with open(paths["stdout.txt"], "wb") as out, open(paths["stderr.txt"], "wb") as err:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=err, start_new_session=True)
        try:
            code, timed_out = process.wait(QGIS_TIMEOUT_S), False
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # QGIS and what it started; nothing else
            code, timed_out = process.wait(), True
    with open(paths["stderr.txt"], encoding="utf-8", errors="replace") as f:
        stderr = f.read()
    result = None
    if os.path.exists(paths["result.json"]):
        with open(paths["result.json"], encoding="utf-8") as f:
            result = json.load(f)
    log = []
    if os.path.exists(paths["log.jsonl"]):
        with open(paths["log.jsonl"], encoding="utf-8") as f:
            log = [json.loads(line) for line in f if line.strip()]
    return DesktopRun(base, folder, code, timed_out, stderr, result, log)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    from clcplus_backbone.sample.generate import generate
    folder = tmp_path_factory.mktemp("desktop_sample")
    manifest = generate(str(folder), size=SIZE, years=YEARS, tiles=[parse_tile_id(TILE)], mosaics=False)
    return str(folder), manifest


@pytest.fixture(scope="module")
def slow_mirror(sample):
    """An HTTP mirror of the sample's tiles whose server is busy: "retry in 5 s" (armed for each first start)."""
    from servers.mirror import MirrorServer
    folder = os.path.join(sample[0], "tiles")
    server = MirrorServer()
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                server.put("/" + os.path.relpath(path, folder).replace(os.sep, "/"), f.read())
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def desktops(release_zip, sample, slow_mirror, tmp_path_factory):
    """The four QGIS sessions (SESSIONS), by name; every test below reads them."""
    from servers.base import Fault
    missing = [program for program in DEBIAN_PACKAGES if shutil.which(program) is None]
    if missing:  # `make test` installs them; this test never skips
        pytest.fail("the desktop test needs {}, not installed here: `make system-deps` (part of `make test`) or "
                    "`sudo apt-get install {}` installs {}".format(
                        " and ".join(missing), " ".join(DEBIAN_PACKAGES[p] for p in missing),
                        "it" if len(missing) == 1 else "them"))
    root = str(tmp_path_factory.mktemp("desktop"))
    mirror = os.path.join(sample[0], "tiles")
    runs = {}
    with xvfb(os.path.join(root, "xvfb.log")) as display:
        for name, locale, width, area, kind in SESSIONS:
            base = os.path.join(root, "profile_" + locale[:2])
            if kind == "first":
                install_profile(base, release_zip, locale)
                # the user cancels during the wait (WAIT_S in restart.py): no other request comes
                slow_mirror.fail("/", Fault("status", 503, {"Retry-After": str(RETRY_AFTER_S)}))
            elif os.path.isdir(mirror):  # the second starts: the mirror is gone, the cache is full
                os.rename(mirror, mirror + ".gone")
            folder = os.path.join(root, name)
            os.makedirs(os.path.join(folder, "shots"))
            config = {"mirror": mirror, "tile": TILE, "years": list(YEARS), "tile_size": SIZE, "scenario": kind,
                      "area": area, "width": width, "slow_mirror": slow_mirror.base + "/",
                      "shots": os.path.join(folder, "shots"), "deadline_s": SCENARIO_DEADLINE_S}
            started = time.monotonic()
            run = runs[name] = run_qgis(base, folder, display, config)
            run.seconds = time.monotonic() - started
            keep_shots(name, os.path.join(folder, "shots"))
    if os.path.isdir(mirror + ".gone"):
        os.rename(mirror + ".gone", mirror)
    return runs


def keep_shots(session, folder):
    """Copies of a session's pictures where the environment asks for them (SHOT_DIR_ENV, ALL_SHOTS_ENV)."""
    names = sorted(os.listdir(folder))
    if os.environ.get(ALL_SHOTS_ENV):
        keep = os.path.join(ROOT, os.environ[ALL_SHOTS_ENV])
        os.makedirs(keep, exist_ok=True)
        for name in names:
            shutil.copy(os.path.join(folder, name), os.path.join(keep, "desktop_{}_{}".format(session, name)))
    wanted, step, target = README_SHOT
    chosen = [name for name in names if name.endswith("_{}.png".format(step))]
    if os.environ.get(SHOT_DIR_ENV) and session == wanted and chosen:
        keep = os.path.join(ROOT, os.environ[SHOT_DIR_ENV])
        os.makedirs(keep, exist_ok=True)
        shutil.copy(os.path.join(folder, chosen[0]), os.path.join(keep, target))


@pytest.fixture(params=[session[0] for session in SESSIONS])
def desktop(request, desktops):
    return desktops[request.param]


def qgis_own_font_warning(message, result):
    """The warning QGIS 3.28+ gives by itself, whatever plugin runs, when the font family its own default label
    format names ("Open Sans") is missing and cannot be downloaded: exactly the text smoke.py worked out in QGIS
    (qgis_own_font_warnings), nothing else. The panel's own labels are judged apart."""
    return message["title"] == "" and message["level"] == WARNING \
        and message["text"] in result.get("qgis_font_warnings", [])


def qgis_own_deprecation(message, result):
    """A DeprecationWarning raised in QGIS's own Python code, not the plugin's: QGIS 3.44's qgis/utils.py and its
    Processing plugin call codecs.open(), which Python 3.14 (Debian forky) deprecates, and qgis/utils.py turns
    every warning on (warnings.simplefilter("default")) and logs it as 'Python warning', whoever runs. A warning
    located in the plugin's files, or of another category, still fails."""
    found = PYTHON_WARNING.match(message["message"]) if message["tag"] == "Python warning" else None
    return bool(found) and found.group("category") == "DeprecationWarning" \
        and PLUGIN_NAME not in found.group("file") \
        and any(found.group("file").startswith(folder.rstrip("/") + "/") for folder in result["qgis_python_dirs"])


def scenario(run):
    """The scenario's result; fails with everything known when QGIS crashed, hung or a step failed."""
    if run.timed_out:
        pytest.fail(run.explain("QGIS did not end within {} s and was killed".format(QGIS_TIMEOUT_S)))
    if run.code < 0:
        pytest.fail(run.explain("QGIS crashed: signal {} ({})".format(-run.code, signal.Signals(-run.code).name)))
    if run.result is None:
        pytest.fail(run.explain("QGIS ended (exit code {}) without writing the scenario's result".format(run.code)))
    if run.result["error"]:
        pytest.fail(run.explain("a step of the scenario failed"))
    if run.code != 0:
        pytest.fail(run.explain("QGIS exited with code {}".format(run.code)))
    return run.result


# --- the tests ------------------------------------------------------------------------------------------

def test_qgis_runs_every_step_from_the_installed_zip(desktop, capsys):
    with capsys.disabled():
        print("\nQGIS desktop session {!r}: {:.0f} s; screenshots:\n  {}".format(
            desktop.name, desktop.seconds, "\n  ".join(desktop.screenshots())))
        if desktop.result:
            print("  steps (s): {}".format(desktop.result.get("durations")))
            own = [m["text"] for m in desktop.result.get("message_bar") or []
                   if qgis_own_font_warning(m, desktop.result)]
            if own:
                print("  note: QGIS's own default label font is not installed here, and QGIS said so by itself "
                      "(tolerated): {}".format(own))
            own = [m["message"].splitlines()[0][8:] for m in desktop.log if qgis_own_deprecation(m, desktop.result)]
            if own:
                print("  note: QGIS's own Python code warned (tolerated):\n    {}".format("\n    ".join(own)))
    result = scenario(desktop)
    first = not desktop.name.endswith("_restart")
    assert result["steps"] == (STEPS if first else RESTART_STEPS), desktop.explain(
        "steps done: {}".format(result["steps"]))
    assert os.path.dirname(result["plugin_file"]) == desktop.plugin_dir, desktop.explain(
        "QGIS ran the plugin from {}, not from the installed zip".format(result["plugin_file"]))
    assert result["provider"], desktop.explain("the Processing provider clcplus is not registered")
    assert result["locale"].startswith(desktop.name[:2]), result["locale"]
    for path in result["screenshots"]:
        assert os.path.getsize(path) > 10_000, path  # a picture of something, not an empty screen
    if not first:
        return
    assert result["menu_entry"][1:] == ["CLCplus Backbone"], result["menu_entry"]  # Raster > CLCplus Backbone
    assert result["toolbar_button_visible"], desktop.explain("the plugin's button is not on a visible toolbar")
    assert result["action_checked"] and result["dock_area"] == 2, desktop.explain("the panel is not on the right")
    assert len(result["screenshots"]) == len(STEPS) + 2  # the fetch and the cancel steps take two


def test_no_dialog_ever(desktop):
    """Nothing in these sessions asks the user anything: a modal dialog at any moment (at start-up too) fails."""
    assert scenario(desktop)["modals"] == [], desktop.explain("dialogs appeared: {}".format(
        desktop.result["modals"]))


def test_no_text_of_the_panel_is_clipped(desktop):
    """At each photographed step, at the session's panel width and at the other one (QGIS's default, 280 px)."""
    result = scenario(desktop)
    found = ["{} at {} px: {}".format(step, check["width"], problem)
             for step, checks in result["clipped"].items() for check in checks for problem in check["problems"]]
    assert not found, desktop.explain("clipped in the panel:\n" + "\n".join(found))
    widths = {check["width"] for checks in result["clipped"].values() for check in checks}
    assert min(widths) <= NARROW + 2, desktop.explain("the panel could not be made {} px wide: {}".format(
        NARROW, sorted(widths)))


def test_second_start_brings_the_panel_back_without_questions(desktops):
    for name in ("en_restart", "de_restart"):
        run = desktops[name]
        result = scenario(run)
        assert result["project_layers_at_restart"] == [] and not result["project_dirty_at_restart"], result
        assert result["restart_area"] == ("tiles" if name.startswith("en") else "drawn"), result["restart_area"]
        assert result["tiles"] == [TILE]
        assert result["canvas_shown"], run.explain("the welcome page hides the map and its tile outlines")


def test_offline_with_a_full_cache(desktops):
    """The mirror folder is gone: fetching through it, and through the automatic source (which downloads only
    with a login), works from the cache; no login is asked for, nothing fails."""
    for name in ("en_restart", "de_restart"):
        result = scenario(desktops[name])
        for key in ("fetch_status_mirror", "fetch_status_auto", "count_status", "compare_status"):
            assert result[key].startswith("✔"), (name, key, result[key])
        assert "⚠" not in result["tiles_text_auto"], (name, result["tiles_text_auto"])
    result = scenario(desktops["en_restart"])
    assert "All in the cache already" in result["tiles_text_mirror"], result["tiles_text_mirror"]
    assert "All in the cache already" in result["tiles_text_auto"], result["tiles_text_auto"]
    assert result["matrix"] == scenario(desktops["en"])["matrix"]  # the same numbers, from the cache


def test_cancel_while_the_server_keeps_the_fetch_waiting(desktops, slow_mirror):
    for name in ("en", "de"):
        run = desktops[name]
        result = scenario(run)
        assert result["cancel_news"], run.explain("the panel showed nothing of the server's wait")
        assert result["cancel_said"], run.explain("after Cancel the panel says {!r}".format(result["cancel_status"]))
        assert result["cancel_seconds"]["stop"] < 3, result["cancel_seconds"]
        assert result["cancel_leftovers"] == [], run.explain("half-written: {}".format(result["cancel_leftovers"]))
        assert result["cancel_new_dock_files"] == [], result["cancel_new_dock_files"]
        assert result["compare_status"].startswith("✔"), result["compare_status"]  # QGIS and the panel still work
    news = scenario(desktops["en"])["cancel_news"]
    assert "trying again in" in news and "0 of 1 tile(s) done" in news, news
    assert len(slow_mirror.requests("/")) == 2, slow_mirror.log  # one a session, answered "busy"; none after Cancel


def test_no_python_error_or_critical_message(desktop):
    result = scenario(desktop)
    problems = [m for m in desktop.log if (m["tag"] in ("Python warning", "Python error")
                                           and not qgis_own_deprecation(m, result))
                or (m["level"] >= CRITICAL and not any(p.search(m["message"]) for p in UNRELATED)
                    and not ("cancel" in result["steps"] and m["message"] in CANCELED))]
    assert not problems, desktop.explain("QGIS's message log has:\n" + "\n".join(
        "[{tag}|{level}] {message}".format(**m) for m in problems))
    said = [m for m in result["message_bar"] if m["level"] in (WARNING, CRITICAL)
            and not qgis_own_font_warning(m, result)]
    assert not said, desktop.explain("the message bar says: {}".format(said))


def test_no_dialog_left_open(desktop):
    result = scenario(desktop)
    assert result["modal"] is None and result["dialogs"] == [], desktop.explain(
        "dialogs open at the end: {}".format(result["dialogs"] or result["modal"]))
    assert not result.get("exit_forced"), desktop.explain("QGIS did not quit: {}".format(result["exit_forced"]))
    assert result["active_tasks"] == 0


def test_quitting_asks_nothing(desktop):
    """Project > Exit QGIS with the project saved ends QGIS without a question."""
    prompts = scenario(desktop)["exit_prompts"]
    assert prompts == [], desktop.explain("quitting QGIS asked: {}".format(prompts))


def test_the_panel_preview_leaves_the_project_alone(desktops):
    """The tiles of the area are outlined on the map without a layer: the project stays clean, so QGIS has nothing
    to ask about (no "temporary scratch layers", no "save the current project?") at quitting or next start."""
    for name in ("en", "de"):
        result = scenario(desktops[name])
        assert result["project_layers_after_preview"] == [], result["project_layers_after_preview"]
        assert not result["project_dirty_after_preview"]
        assert result["canvas_shown"], desktops[name].explain("the welcome page hides the map and the outlines")


def test_panel_labels_name_an_installed_font(desktops):
    """The tile ids on the map are in a family this system has: QGIS draws them as styled and never tries to
    download it (what QGIS does for its own default label font is not the panel's)."""
    desktop = desktops["en"]
    font = scenario(desktop)["outline_label_font"]
    assert font["installed"], desktop.explain("the tile labels name {!r}, not installed".format(font["family"]))
    assert font["bold"] and font["size"] == 11, font
    drawn = scenario(desktop)["tile_label_drawn"]
    assert drawn["drawn"], desktop.explain("the tile id is not drawn on the map: {}".format(drawn))


def test_panel_numbers_are_the_samples(desktops, sample):
    result = scenario(desktops["en"])
    drawn = scenario(desktops["de"])["class_counts"]  # a rectangle drawn 10 m inside the tile's edges
    assert set(drawn) == set(result["class_counts"]), drawn
    assert abs(sum(drawn.values()) / sum(result["class_counts"].values()) - 1) < 0.01, drawn
    manifest = sample[1]
    earlier, later = YEARS
    assert result["tiles"] == [TILE] and "1 to download" in result["tiles_text"], result["tiles_text"]
    assert "All in the cache already" in result["tiles_text_after_fetch"], result["tiles_text_after_fetch"]
    written = {str(code): n for code, n in manifest["class_counts"][str(later)][TILE].items()}
    assert result["class_counts"] == written
    table = result["class_table"]
    assert table["visible"] and table["rows"] == len(written), table
    land = [code for code in written if product.is_land_cover(int(code))]
    assert table["bars"] == len(land), table
    planted = {}
    for a, b, n in manifest["transitions"]["{}-{}".format(earlier, later)][TILE]:
        if product.is_land_cover(a) and product.is_land_cover(b):
            planted[(a, b)] = planted.get((a, b), 0) + n
    assert {(a, b): n for a, b, n in result["matrix"]} == planted
    change = result["change"]
    assert change["visible"] and change["current_tab"] and change["cells"] == len(planted), change
    assert change["net_bars"] > 0 and "{} → {}".format(earlier, later) in change["summary"], change
    assert result["compare_button"] == "Compare {} → {}".format(earlier, later)
    for key in ("fetch_status", "count_status", "compare_status"):
        assert result[key].startswith("✔"), (key, result[key])


def test_numbers_in_the_users_locale(desktops):
    """German numbers for a German user (QGIS's number locale): 1.234,5 in the summary and the table."""
    for name, pattern in (("en", r"\d\.\d"), ("de", r"\d,\d")):
        table = scenario(desktops[name])["class_table"]
        assert re.search(pattern + r"\d* ha", table["summary"]), (name, table["summary"])
        assert any(re.fullmatch(r"[\d.,]*" + pattern + r"\d*", str(cell)) for cell in table["first_row"]), \
            (name, table["first_row"])


def test_map_is_fetched_styled_and_drawn(desktops, sample):
    desktop = desktops["en"]
    result = scenario(desktop)
    earlier, later = YEARS
    groups = result["layers_after_compare"]
    for title, renderer_kind in (("CLCplus Backbone {}".format(later), "paletted"),
                                 ("CLCplus Backbone {}".format(earlier), "paletted"),
                                 ("CLCplus Backbone {} → {}".format(earlier, later), "paletted")):
        assert title in groups and len(groups[title]) == 1, (title, groups)
        (layer,) = groups[title]
        assert layer["valid"] and layer["visible"] and layer.get("renderer") == renderer_kind, layer
    (mosaic,) = result["layers_after_fetch"]["CLCplus Backbone {}".format(later)]
    colours = {value: colour for value, colour, _label in mosaic["classes"]}
    for cls in product.LAND_COVER_CLASSES:
        assert colours.get(cls.code) == cls.hex, (cls.code, colours.get(cls.code), cls.hex)
    # the map canvas shows the land cover in the legend's colours: every class covering 2 % of the tile
    counts = sample[1]["class_counts"][str(later)][TILE]
    total = float(sum(counts.values()))
    big = [int(code) for code, n in counts.items() if product.is_land_cover(int(code)) and n / total >= 0.02]
    seen = result["map_colours"]
    missing = [(code, product.product_class(code).hex) for code in big if product.product_class(code).hex not in seen]
    assert not missing, desktop.explain("the map canvas lacks the colours of {}; it shows {}".format(missing, seen))
