"""Fixtures of the extract tests: the embedded gazetteer, loaded once (built on first use)."""

from __future__ import annotations

import pytest

from extract.gazetteer import Gazetteer, get_gazetteer


@pytest.fixture(scope="session")
def g() -> Gazetteer:
    return get_gazetteer()
