"""Delivery channels, one module each: `webhook` (Standard Webhooks over HTTP) and `email` (SMTP).

Each channel sends one thing and returns a `retry.SendResult` saying whether a failure is worth retrying.
"""
