"""marsad: an Arabic news observatory.

>>> import marsad
>>> result = marsad.analyze(["articles/"])          # doctest: +SKIP
>>> result.write("out/")                             # doctest: +SKIP

The public names are loaded when first used, so that importing one module of the
package (``marsad.text.normalize``) does not load the whole of it.
"""
import importlib
import logging

from marsad._version import __version__

__all__ = ["Document", "Span", "Result", "analyze", "analyze_text", "__version__"]
_HOME = {"Document": "marsad.document", "Span": "marsad.document", "Result": "marsad.api",
         "analyze": "marsad.api", "analyze_text": "marsad.api"}

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str):
    if name in _HOME:
        return getattr(importlib.import_module(_HOME[name]), name)
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_HOME))
