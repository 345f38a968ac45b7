"""compat.py, the one place for the QGIS 3/4 spellings: imported against a namespace that holds only
QGIS 4's names, it works and takes every new spelling; on this QGIS it keeps every name and number
and takes the new spelling where this QGIS has it; no other module spells an old name itself."""

import ast
import builtins
import os
import types

import pytest

from qt6_rules import FILES, identifiers, parsed
from repo import ROOT

# What each constant of compat.py is on QGIS 4: the spelling QGIS 4 has (and QGIS >= 3.38 too).
QGIS4_SPELLINGS = {
    "SOURCE_ANY_GEOMETRY": "Qgis.ProcessingSourceType.VectorAnyGeometry",
    "SOURCE_POLYGON": "Qgis.ProcessingSourceType.VectorPolygon",
    "SOURCE_VECTOR": "Qgis.ProcessingSourceType.Vector",
    "WKB_POLYGON": "Qgis.WkbType.Polygon",
    "FAST_INSERT": "QgsFeatureSink.Flag.FastInsert",
    "FIELD_INT": "QMetaType.Type.Int",
    "FIELD_INT64": "QMetaType.Type.LongLong",
    "FIELD_DOUBLE": "QMetaType.Type.Double",
    "FIELD_STRING": "QMetaType.Type.QString",
    "ALG_NO_THREADING": "Qgis.ProcessingAlgorithmFlag.NoThreading",
    "NUMBER_INTEGER": "Qgis.ProcessingNumberParameterType.Integer",
    "NUMBER_DOUBLE": "Qgis.ProcessingNumberParameterType.Double",
    "PARAMETER_ADVANCED": "Qgis.ProcessingParameterFlag.Advanced",
    "PARAMETER_HIDDEN": "Qgis.ProcessingParameterFlag.Hidden",
    "FILE_FOLDER": "Qgis.ProcessingFileParameterBehavior.Folder",
    "LAYER_FILTER_POLYGON": "Qgis.LayerFilter.PolygonLayer",
    "GEOMETRY_POLYGON": "Qgis.GeometryType.Polygon",
    "LAYER_TYPE_RASTER": "Qgis.LayerType.Raster",
}
# The number behind each constant: the same on every QGIS, whichever spelling names it.
NUMBERS = {
    "SOURCE_ANY_GEOMETRY": -1, "SOURCE_POLYGON": 2, "SOURCE_VECTOR": 5, "WKB_POLYGON": 3, "FAST_INSERT": 2,
    "FIELD_INT": 2, "FIELD_INT64": 4, "FIELD_DOUBLE": 6, "FIELD_STRING": 10, "ALG_NO_THREADING": 64,
    "NUMBER_INTEGER": 0, "NUMBER_DOUBLE": 1, "PARAMETER_ADVANCED": 2, "PARAMETER_HIDDEN": 4, "FILE_FOLDER": 1,
    "LAYER_FILTER_POLYGON": 16, "GEOMETRY_POLYGON": 2, "LAYER_TYPE_RASTER": 1,
}
# What compat.py may import: modules and names QGIS 4 has.
QGIS4_IMPORTS = {("qgis", "core"), ("qgis.core", "Qgis"), ("qgis.PyQt", "QtCore"), ("qgis.PyQt.QtCore", "QMetaType")}
COMPAT = os.path.join(ROOT, "compat.py")


def _constants(module):
    return {name for name in vars(module) if name.isupper() and not name.startswith("_")}


def _qgis4_modules():
    """Stand-ins for qgis, qgis.core, qgis.PyQt and qgis.PyQt.QtCore holding only QGIS 4's spellings
    of compat's constants (each value is its spelling as text) and QGIS_VERSION_INT 40000."""
    modules = {name: types.ModuleType(name) for name in ("qgis", "qgis.core", "qgis.PyQt", "qgis.PyQt.QtCore")}
    modules["qgis"].core = modules["qgis.core"]
    modules["qgis"].PyQt = modules["qgis.PyQt"]
    modules["qgis.PyQt"].QtCore = modules["qgis.PyQt.QtCore"]
    home = {"Qgis": "qgis.core", "QgsFeatureSink": "qgis.core", "QMetaType": "qgis.PyQt.QtCore"}
    for spelling in QGIS4_SPELLINGS.values():
        head, *path = spelling.split(".")
        owner = modules[home[head]]
        for i, name in enumerate([head] + path[:-1]):
            if not hasattr(owner, name):
                setattr(owner, name, type(".".join(([head] + path)[:i + 1]), (), {}))
            owner = getattr(owner, name)
        setattr(owner, path[-1], spelling)
    modules["qgis.core"].Qgis.QGIS_VERSION_INT = 40000
    return modules


def _run_on(modules, source, filename):
    """`source` run as a fresh module whose imports of qgis.* see only the stand-ins `modules`."""
    real_import = builtins.__import__

    def qgis_import(name, globals=None, locals=None, fromlist=(), level=0):
        if level or name.split(".")[0] != "qgis":
            return real_import(name, globals, locals, fromlist, level)
        if name not in modules:
            raise ImportError("the QGIS 4 stand-in has no module " + name)
        return modules[name] if fromlist else modules[name.split(".")[0]]

    module = types.ModuleType("on_qgis4")
    module.__dict__["__builtins__"] = dict(vars(builtins), __import__=qgis_import)
    exec(compile(source, filename, "exec"), module.__dict__)
    return module


def _compat_on(modules):
    with open(COMPAT, encoding="utf-8") as f:
        return _run_on(modules, f.read(), COMPAT)


def test_compat_imports_only_names_qgis4_has():
    imported = set()
    for node in ast.walk(parsed(COMPAT)):
        if isinstance(node, ast.ImportFrom):
            imported |= {(node.module, a.name) for a in node.names}
        elif isinstance(node, ast.Import):
            imported |= {(a.name, None) for a in node.names}
    assert imported <= QGIS4_IMPORTS, imported - QGIS4_IMPORTS


def test_compat_on_qgis4_takes_every_new_spelling():
    """Imported where only QGIS 4's names exist, compat.py works and every constant is the new spelling."""
    on_qgis4 = _compat_on(_qgis4_modules())
    assert {name: getattr(on_qgis4, name) for name in _constants(on_qgis4)} == QGIS4_SPELLINGS


def test_the_qgis4_stand_in_lacks_the_old_spellings():
    modules = _qgis4_modules()
    for old in ("QgsMapLayerType", "QgsWkbTypes", "QgsMapLayerProxyModel", "QgsProcessing"):
        assert not hasattr(modules["qgis.core"], old)
    assert not hasattr(modules["qgis.PyQt.QtCore"], "QVariant")
    # A removed name imported at module level fails, as it would on QGIS 4; so does an old spelling used eagerly.
    with pytest.raises(ImportError):
        _run_on(modules, "from qgis.core import Qgis, QgsMapLayerType\n", "planted.py")
    with pytest.raises(AttributeError):
        _run_on(modules, "from qgis import core\nPOLYGON = core.QgsWkbTypes.Type.Polygon\n", "planted.py")


def _number(value):
    return int(getattr(value, "value", value))


def test_compat_here_keeps_every_name_and_number():
    from clcplus_backbone import compat
    assert _constants(compat) == set(QGIS4_SPELLINGS)
    assert {name: _number(getattr(compat, name)) for name in NUMBERS} == NUMBERS


def test_compat_here_takes_the_new_spelling_where_this_qgis_has_it():
    """On QGIS >= 3.38 (Debian 13 and later) every new spelling exists and compat takes it; on 3.22
    the ones that exist already (QgsFeatureSink.Flag) are taken too."""
    from clcplus_backbone import compat
    from qgis.core import Qgis
    new = Qgis.QGIS_VERSION_INT >= 33800
    present = {}
    for name, spelling in QGIS4_SPELLINGS.items():
        if name.startswith("FIELD_") and not new:
            continue  # QMetaType exists in Qt5 too, but QgsField takes it only from 3.38 on
        try:
            present[name] = compat._resolve(spelling)
        except AttributeError:
            continue
    if new:
        assert set(present) == set(QGIS4_SPELLINGS)
    assert "FAST_INSERT" in present

    def kind(value):
        return type(value), _number(value)
    assert {name: kind(getattr(compat, name)) for name in present} == {n: kind(v) for n, v in present.items()}


def test_no_module_imports_an_old_spelling_itself():
    """The names compat.py exists for are spelled nowhere else."""
    old = {"QgsMapLayerType", "QgsWkbTypes"}
    bad = [(path, name) for path in FILES if path != COMPAT
           for _node, name in identifiers(parsed(path)) if name in old]
    assert not bad, bad

