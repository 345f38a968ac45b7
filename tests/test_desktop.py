"""The real QGIS desktop, as a user meets it: the release zip (`make -s zip`) unpacked into a fresh QGIS
profile with the plugin enabled, `qgis` started on a private X server (Xvfb), and inside it
(tests/desktop/smoke.py) the panel opened with the plugin's toolbar button, the sample's tile typed as the
area and fetched through a mirror of the sample folder, shown, counted and compared between two years.

The tests below judge that one run: QGIS must not crash or hang, every step must finish, QGIS's message log
(collected from before the plugin loads, tests/desktop/startup.py) must hold no Python error or warning and
no critical message, the message bar no warning, no dialog may be left open and quitting may ask nothing, and
the panel's numbers must be the sample's manifest's. What QGIS says about itself whatever plugin runs is
named one by one and let pass (qgis_own_font_warning, qgis_own_deprecation, UNRELATED). A screenshot of the
screen is taken after each step; the paths are printed, and CLCPLUS_SCREENSHOTS=<folder> keeps copies there
(desktop_*.png).
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
from conftest import PLUGIN_NAME, ROOT

TILE = "E44N36"
YEARS = (2018, 2023)
SIZE = 1024  # pixels a side of the sample tile
SCREEN = "1600x1000x24"
QGIS_TIMEOUT_S = 300  # the whole QGIS session, start to exit; a hang is killed and fails
SCENARIO_DEADLINE_S = 240  # inside QGIS: the steps give up after this long and QGIS is quit
STEPS = ["start", "open_dock", "area", "fetch", "count", "compare"]
SHOT_DIR_ENV = "CLCPLUS_SCREENSHOTS"
HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "desktop", "smoke.py")
STARTUP = os.path.join(HERE, "desktop", "startup.py")
CRITICAL = int(getattr(Qgis.MessageLevel.Critical, "value", Qgis.MessageLevel.Critical))
WARNING = int(getattr(Qgis.MessageLevel.Warning, "value", Qgis.MessageLevel.Warning))
# Critical messages QGIS logs about itself, not about this plugin: Processing providers whose tools are missing.
UNRELATED = (re.compile(r"^Problem with (GRASS|SAGA|OTB) installation"),)
# How QGIS's qgis.utils.showWarning logs a Python warning: "warning:<file>:<line>: <category>: <text>".
PYTHON_WARNING = re.compile(r"^warning:(?P<file>.+?):\d+: (?P<category>\w+): ")
# What `make test` installs for this test (the Makefile's APT_PACKAGES), by the program it needs.
DEBIAN_PACKAGES = {"qgis": "qgis", "Xvfb": "xvfb"}
# Variables of the test session that must not reach the desktop: the working copy on PYTHONPATH would shadow
# the installed zip, the Makefile's offscreen platform would hide the windows, another profile or plugin path.
CLEARED_ENV = ("PYTHONPATH", "QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_PLUGINPATH", "PYQGIS_STARTUP")


class DesktopRun:
    """What one QGIS session left: exit code, stderr, the scenario's result, the message log."""

    def __init__(self, base, code, timed_out, stderr, result, log):
        self.base, self.code, self.timed_out, self.stderr = base, code, timed_out, stderr
        self.result, self.log = result, log
        self.plugin_dir = os.path.join(base, "profiles", "default", "python", "plugins", PLUGIN_NAME)

    def screenshots(self):
        return (self.result or {}).get("screenshots") or sorted(
            os.path.join(self.base, "shots", n) for n in os.listdir(os.path.join(self.base, "shots")))

    def explain(self, what):
        """`what`, then everything that tells why: the scenario's error, the log, stderr, the pictures."""
        lines = [what]
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


def install_profile(base, release_zip):
    """A fresh profile `default` under `base` with the release zip installed and enabled, QGIS in English
    (the texts checked here, and the log's tags, are translated), and the plugin's developer option that
    makes the dock fetch tiles of the sample's size."""
    profile = os.path.join(base, "profiles", "default")
    plugins = os.path.join(profile, "python", "plugins")
    os.makedirs(plugins)
    zipfile.ZipFile(release_zip).extractall(plugins)
    os.makedirs(os.path.join(profile, "QGIS"))
    with open(os.path.join(profile, "QGIS", "QGIS3.ini"), "w", encoding="utf-8") as f:
        f.write("[PythonPlugins]\n{}=true\n\n[locale]\noverrideFlag=true\nuserLocale=en_US\n\n"
                "[clcplus]\nsample\\tile_size={}\n".format(PLUGIN_NAME, SIZE))
    return profile


def run_qgis(base, display, config):
    paths = {name: os.path.join(base, name) for name in ("config.json", "result.json", "log.jsonl", "stdout.txt",
                                                          "stderr.txt", "runtime", "tmp")}
    os.makedirs(paths["runtime"], mode=0o700)
    os.makedirs(paths["tmp"])
    config = dict(config, result=paths["result.json"])
    with open(paths["config.json"], "w", encoding="utf-8") as f:
        json.dump(config, f)
    env = {k: v for k, v in os.environ.items() if k not in CLEARED_ENV}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=paths["runtime"], TMPDIR=paths["tmp"],
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
    return DesktopRun(base, code, timed_out, stderr, result, log)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    from clcplus_backbone.sample.generate import generate
    folder = tmp_path_factory.mktemp("desktop_sample")
    manifest = generate(str(folder), size=SIZE, years=YEARS, tiles=[parse_tile_id(TILE)], mosaics=False)
    return str(folder), manifest


@pytest.fixture(scope="module")
def desktop(release_zip, sample, tmp_path_factory):
    """One QGIS desktop session running the scenario; every test below reads it."""
    missing = [program for program in DEBIAN_PACKAGES if shutil.which(program) is None]
    if missing:  # `make test` installs them; this test never skips
        pytest.fail("the desktop test needs {}, not installed here: `make system-deps` (part of `make test`) or "
                    "`sudo apt-get install {}` installs {}".format(
                        " and ".join(missing), " ".join(DEBIAN_PACKAGES[p] for p in missing),
                        "it" if len(missing) == 1 else "them"))
    base = str(tmp_path_factory.mktemp("desktop"))
    install_profile(base, release_zip)
    os.makedirs(os.path.join(base, "shots"))
    config = {"mirror": os.path.join(sample[0], "tiles"), "tile": TILE, "years": list(YEARS), "tile_size": SIZE,
              "shots": os.path.join(base, "shots"), "deadline_s": SCENARIO_DEADLINE_S}
    started = time.monotonic()
    with xvfb(os.path.join(base, "xvfb.log")) as display:
        run = run_qgis(base, display, config)
    run.seconds = time.monotonic() - started
    if os.environ.get(SHOT_DIR_ENV):
        keep = os.path.join(ROOT, os.environ[SHOT_DIR_ENV])
        os.makedirs(keep, exist_ok=True)
        for path in run.screenshots():
            shutil.copy(path, os.path.join(keep, "desktop_" + os.path.basename(path)))
    return run


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
        print("\nQGIS desktop session: {:.0f} s; screenshots:\n  {}".format(
            desktop.seconds, "\n  ".join(desktop.screenshots())))
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
    assert result["steps"] == STEPS, desktop.explain("steps done: {}".format(result["steps"]))
    assert os.path.dirname(result["plugin_file"]) == desktop.plugin_dir, desktop.explain(
        "QGIS ran the plugin from {}, not from the installed zip".format(result["plugin_file"]))
    assert result["provider"], desktop.explain("the Processing provider clcplus is not registered")
    assert result["locale"].startswith("en"), result["locale"]
    assert result["menu_entry"][1:] == ["CLCplus Backbone"], result["menu_entry"]  # Raster > CLCplus Backbone
    assert result["toolbar_button_visible"], desktop.explain("the plugin's button is not on a visible toolbar")
    assert result["action_checked"] and result["dock_area"] == 2, desktop.explain("the panel is not on the right")
    assert len(result["screenshots"]) == len(STEPS) + 1  # the fetch step takes two
    for path in result["screenshots"]:
        assert os.path.getsize(path) > 10_000, path  # a picture of something, not an empty screen


def test_no_python_error_or_critical_message(desktop):
    result = scenario(desktop)
    problems = [m for m in desktop.log if (m["tag"] in ("Python warning", "Python error")
                                           and not qgis_own_deprecation(m, result))
                or (m["level"] >= CRITICAL and not any(p.search(m["message"]) for p in UNRELATED))]
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


def test_the_panel_preview_leaves_the_project_alone(desktop):
    """The tiles of the area are outlined on the map without a layer: the project stays clean, so QGIS has nothing
    to ask about (no "temporary scratch layers", no "save the current project?") at quitting or next start."""
    result = scenario(desktop)
    assert result["project_layers_after_preview"] == [], result["project_layers_after_preview"]
    assert not result["project_dirty_after_preview"]


def test_panel_labels_name_an_installed_font(desktop):
    """The tile ids on the map are in a family this system has: QGIS draws them as styled and never tries to
    download it (what QGIS does for its own default label font is not the panel's)."""
    font = scenario(desktop)["outline_label_font"]
    assert font["installed"], desktop.explain("the tile labels name {!r}, not installed".format(font["family"]))
    assert font["bold"] and font["size"] == 11, font
    drawn = scenario(desktop)["tile_label_drawn"]
    assert drawn["drawn"], desktop.explain("the tile id is not drawn on the map: {}".format(drawn))


def test_panel_numbers_are_the_samples(desktop, sample):
    result = scenario(desktop)
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


def test_map_is_fetched_styled_and_drawn(desktop, sample):
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
