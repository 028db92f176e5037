"""Accessibility helpers: colour checks (contrast, colour-vision simulation) and chart summaries."""
