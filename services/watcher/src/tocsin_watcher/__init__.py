"""Tocsin watcher: reads the UN Treaty Collection and news feeds and emits v1 CloudEvents."""

EVENT_SOURCE = "urn:tocsin:watcher"
"""CloudEvents `source` attribute of every event this service produces."""
