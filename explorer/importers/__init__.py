"""Importers: public sources -> reference store. No Qt; used by the CLI, the GUI and tests."""
