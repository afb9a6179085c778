"""Ticket mining: which articles are missing, and which fail, from helpdesk exports.

Pure code (no MkDocs, no Flask): sources -> clean -> redact -> match -> cluster -> export.
"""
