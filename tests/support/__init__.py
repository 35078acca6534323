"""Test helpers shared by the suite (real servers, free ports)."""
