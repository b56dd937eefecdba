"""The version of marsad (a leaf module: the package root and the fetcher read it)."""
__version__ = "0.1.0"
