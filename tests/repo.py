"""Where the tests run: the repository's root, which is the plugin folder itself, and the name the plugin
is imported as. A module of its own, not conftest.py: the test folders have conftest.py files of their own,
so `import conftest` would not say which one."""

import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN_NAME = "clcplus_backbone"
