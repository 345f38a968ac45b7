"""One place for each product fact: the rules read the project's own source and name the file and
line they object to. The Qt6 / QGIS 4 rules are in qt6_rules.py, run by test_qt6_rules.py."""

import ast
import os

import pytest

from repo import ROOT

PLUGIN_DIRS = ("core", "processing", "ui")  # ui/ may not exist yet
PLUGIN_TOP_FILES = ("__init__.py", "plugin.py", "compat.py")


def _plugin_files():
    files = [os.path.join(ROOT, name) for name in PLUGIN_TOP_FILES]
    for folder in PLUGIN_DIRS:
        for base, _dirs, names in os.walk(os.path.join(ROOT, folder)):
            files += [os.path.join(base, n) for n in names if n.endswith(".py")]
    return sorted(f for f in files if os.path.exists(f))


def _all_python_files():
    """Plugin code plus the sample generator, bench and resource scripts (tests excluded)."""
    files = _plugin_files()
    for folder in ("sample", "bench", "resources"):
        for base, _dirs, names in os.walk(os.path.join(ROOT, folder)):
            files += [os.path.join(base, n) for n in names if n.endswith(".py")]
    return sorted(set(files))


def _parse(path):
    with open(path, encoding="utf-8") as f:
        return ast.parse(f.read(), path)


def _where(path, node):
    return "{}:{}".format(os.path.relpath(path, ROOT), node.lineno)


def test_there_is_code_to_check():
    assert len(_plugin_files()) >= 8


def _product_colours():
    from clcplus_backbone.core import product
    return {c.hex for c in product.ALL_CLASSES}, {c.rgb for c in product.ALL_CLASSES}


@pytest.mark.parametrize("path", _all_python_files(), ids=lambda p: os.path.relpath(p, ROOT))
def test_product_facts_are_spelled_only_in_product_py(path):
    """No product colour, special code or official file-name pattern outside core/product.py."""
    if path.endswith(os.path.join("core", "product.py")):
        return
    hexes, rgbs = _product_colours()
    bad = []
    for node in ast.walk(_parse(path)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.lower()
            if any(h in text for h in hexes) or "clms_clc" in text:
                bad.append(_where(path, node))
        if isinstance(node, ast.Constant) and type(node.value) is int and node.value in (253, 254):
            bad.append(_where(path, node))
        if isinstance(node, ast.Tuple) and all(isinstance(e, ast.Constant) for e in node.elts) \
                and tuple(e.value for e in node.elts) in rgbs:
            bad.append(_where(path, node) + " (a class colour)")
    assert not bad, "ask core/product.py instead: " + ", ".join(bad)


def test_the_facts_check_sees_a_spelled_colour(tmp_path):
    hexes, rgbs = _product_colours()
    assert "#ff0000" in hexes and (34, 139, 34) in rgbs
