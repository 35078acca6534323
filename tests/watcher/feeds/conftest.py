"""Pytest fixtures for the feed tests."""

from pathlib import Path

import pytest


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    """A local file whose content must never appear in anything the feed code produces."""
    path = tmp_path / "secret.txt"
    path.write_text("TOCSIN-SECRET-7f3a9c1e-do-not-leak\n", encoding="utf-8")
    return path
