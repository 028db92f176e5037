"""pyqtgraph charts fed domain data (``explorer.domain.charts``), with export helpers."""
