"""The UN Treaty Collection half of the watcher: parse, diff, milestones, source health, polling."""
