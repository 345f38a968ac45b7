"""Rules that keep one code base working from QGIS 3.22 (Qt5) to 4.x (Qt6), and one place for
each product fact. They read the plugin's own source; each names the file and line it objects to."""

import ast
import enum
import importlib
import os

import pytest

from conftest import ROOT

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


def test_qt_only_through_qgis_pyqt():
    bad = []
    for path in _plugin_files():
        for node in ast.walk(_parse(path)):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            bad += [_where(path, node) for n in names if n.split(".")[0] in ("PyQt5", "PyQt6", "sip")]
    assert not bad, "import Qt through qgis.PyQt: " + ", ".join(bad)


def test_no_exec_underscore():
    bad = [_where(p, n) for p in _plugin_files() for n in ast.walk(_parse(p))
           if isinstance(n, ast.Attribute) and n.attr == "exec_"]
    assert not bad, "exec_() is gone in Qt6, use exec(): " + ", ".join(bad)


def test_qaction_from_qtwidgets():
    bad = [_where(p, n) for p in _plugin_files() for n in ast.walk(_parse(p))
           if isinstance(n, ast.ImportFrom) and (n.module or "").endswith("QtGui")
           and any(a.name in ("QAction", "QActionGroup") for a in n.names)]
    assert not bad, "QAction lives in QtGui only in Qt6; import it from qgis.PyQt.QtWidgets: " + \
        ", ".join(bad)


def _imported_qgis_names(tree):
    """name -> module for `from qgis.x import Name`."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qgis"):
            for alias in node.names:
                names[alias.asname or alias.name] = node.module
    return names


def _is_enum_value(value):
    kind = type(value)
    return isinstance(value, enum.Enum) or type(kind).__name__ in ("enumtype", "EnumType") and \
        kind is not int and not isinstance(value, type)


def test_enums_are_fully_scoped():
    """Qt.AlignLeft must be Qt.AlignmentFlag.AlignLeft (PyQt6 knows only the scoped form)."""
    bad = []
    for path in _plugin_files():
        tree = _parse(path)
        imported = _imported_qgis_names(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in imported):
                continue
            owner = getattr(importlib.import_module(imported[node.value.id]), node.value.id, None)
            value = getattr(owner, node.attr, None)
            # A value of the enum that is itself imported (QgsMapLayerType.RasterLayer) is scoped.
            if value is not None and _is_enum_value(value) and type(value) is not owner:
                bad.append("{} {}.{}".format(_where(path, node), node.value.id, node.attr))
    assert not bad, "use the scoped enum (Class.Enum.Value): " + ", ".join(bad)


def test_the_enum_check_catches_an_unscoped_enum(tmp_path):
    from qgis.PyQt.QtCore import Qt
    assert _is_enum_value(Qt.AlignLeft)
    assert not _is_enum_value(Qt.AlignmentFlag)


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
