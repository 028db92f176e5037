"""Dialogs: About, database problems."""
