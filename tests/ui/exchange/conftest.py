"""Two sites and a central office (tests.integration.exchange.conftest), in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinic_desk.ui import messages
from tests.integration.exchange.conftest import make_net


@pytest.fixture(autouse=True)
def _english(qapp):
    messages.set_language("en")
    yield
    messages.set_language("en")


@pytest.fixture
def net(tmp_path: Path):
    n = make_net(tmp_path)
    yield n
    n.close()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder
