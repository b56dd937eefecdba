"""The models and tables marsad ships (each made by a script in scripts/ from ../shared/data)."""
from __future__ import annotations

import gzip
from collections.abc import Iterator
from importlib import resources


def rows(name: str) -> Iterator[list[str]]:
    """The rows of the shipped gzipped table ``name`` (e.g. "kb.tsv.gz"), each split on tabs;
    nothing when the table is absent (a checkout whose tables are not built yet)."""
    try:
        raw = resources.files(__name__).joinpath(name).read_bytes()
    except FileNotFoundError:
        return
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        yield line.split("\t")
