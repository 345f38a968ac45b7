"""Fixtures of the sources' tests, against the loopback servers (tests/servers)."""

import pytest

from clcplus_backbone.core.sources import years
from servers.fixtures import sample_dir


@pytest.fixture(scope="module")
def sample(qgis_app):
    """The servers' sample folder, made once a session (servers/fixtures.py)."""
    return sample_dir()


@pytest.fixture
def fresh_answers():
    """Every test asks the sources anew, and leaves no year behind for other tests (the dock's);
    modules that ask for years use it for every test: `pytestmark = pytest.mark.usefixtures(...)`."""
    years.forget()
    yield
    years.forget()
