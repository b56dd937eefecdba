"""The SQLite store (placeholder until the store work lands)."""
from __future__ import annotations


def save_result(result, db: str) -> None:
    """Store an analyze Result in the SQLite database at ``db``."""
    raise NotImplementedError("the SQLite store is not implemented yet")
