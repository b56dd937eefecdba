"""The SQLite store (placeholder until the store work lands)."""
from __future__ import annotations


def analyze_into_db(inputs, db: str, *, workers: int = 1, on_item=None):
    """Analyze ``inputs`` into the SQLite database ``db`` (incremental, resumable); returns the
    :class:`marsad.api.Result` for the whole database, so ``--out`` can be written from it."""
    raise NotImplementedError("the SQLite store is not implemented yet")
