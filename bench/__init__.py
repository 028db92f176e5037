"""Benchmarks of Exchange Explorer: `python -m bench.run` (see bench/README.md)."""
