"""Tocsin notifier: delivers classified alerts by signed webhook and email, losing none.

Entry points: `tocsin-notifier` (cli.main); composition root: app.Notifier.
"""
