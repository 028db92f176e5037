"""Reusable widgets: cards, labels, the trend strip."""
