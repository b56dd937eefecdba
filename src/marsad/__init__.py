"""marsad: an Arabic news observatory.

>>> import marsad
>>> result = marsad.analyze(["articles/"])          # doctest: +SKIP
>>> result.write("out/")                             # doctest: +SKIP
"""
import logging

from marsad.api import Result, analyze, analyze_text
from marsad.document import Document, Span

__version__ = "0.1.0"
__all__ = ["Document", "Span", "Result", "analyze", "analyze_text", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
