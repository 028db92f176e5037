"""Signed data packages (``.eedata``): one zip holding a manifest, its Ed25519 signature
and the xz-compressed SQLite catalogue. Qt-free."""
