"""Runs qgis_process against this working copy of the plugin, from a private QGIS profile.

Used by `make demo` and the tests; the user's own QGIS profile is never touched.
"""

import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN_NAME = "clcplus_backbone"
EXECUTABLE = "qgis_process.bin"  # /usr/bin/qgis_process breaks on Debian 12 (--noversioncheck)


class QgisProcessError(RuntimeError):
    pass


class QgisProcess:
    def __init__(self, config_dir, plugin_dir=ROOT):
        """`plugin_dir`: the plugin folder to link into the profile (this working copy by default)."""
        self.config_dir = os.path.abspath(config_dir)
        plugins = os.path.join(self.config_dir, "profiles", "default", "python", "plugins")
        os.makedirs(plugins, exist_ok=True)
        link = os.path.join(plugins, PLUGIN_NAME)
        if not os.path.islink(link):
            os.symlink(os.path.abspath(plugin_dir), link)
        self.env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=self.config_dir,
                        QT_QPA_PLATFORM="offscreen")
        self.env.setdefault("XDG_RUNTIME_DIR", os.path.join(self.config_dir, "runtime"))
        os.makedirs(self.env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
        self.call("plugins", "enable", PLUGIN_NAME)

    def call(self, *args, check=True, timeout=600):
        done = subprocess.run([EXECUTABLE, *args], env=self.env, capture_output=True, text=True,
                              timeout=timeout)
        if check and done.returncode != 0:
            raise QgisProcessError("{} {} failed:\n{}{}".format(
                EXECUTABLE, " ".join(args), done.stdout[-3000:], done.stderr[-3000:]))
        return done

    def run(self, algorithm, **parameters):
        """Runs `algorithm` with PARAMETER=value pairs; returns its results dict."""
        args = ["{}={}".format(k, v) for k, v in parameters.items()]
        done = self.call("--json", "run", algorithm, "--", *args)
        return json.loads(done.stdout)["results"]
