"""Data files shipped with the watcher (country names)."""
