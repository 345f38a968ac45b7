"""core.files: a text output is written whole or not at all."""

import os

import pytest

from clcplus_backbone.core import files


def test_write_text_replaces_the_file_in_one_step(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old")
    files.write_text(target, "new é")
    assert target.read_text(encoding="utf-8") == "new é"
    assert os.listdir(tmp_path) == ["report.html"]


def test_a_failed_write_leaves_the_earlier_file_and_no_partial_one(tmp_path):
    target = tmp_path / "table.csv"
    target.write_text("earlier")
    with pytest.raises(RuntimeError):
        with files.replacing(target) as temporary:
            with open(temporary, "w") as f:
                f.write("half")
            raise RuntimeError("the disk is full")
    assert target.read_text() == "earlier"
    assert os.listdir(tmp_path) == ["table.csv"]
