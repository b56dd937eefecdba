"""Exceptions: one base class, one subclass per subsystem.

Messages name the input and the reason, so the CLI can print them as they are.
"""


class MarsadError(Exception):
    """Base class of every error marsad raises on purpose."""


class InputError(MarsadError):
    """An input (file, line, page) cannot be read or is not an article."""

    def __init__(self, source: str, reason: str, skipped: bool = False):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        #: True for what was passed over on purpose (a file of another type in a folder, a
        #: symlink loop): listed with its reason, but the input did not fail
        self.skipped = skipped

    def __reduce__(self):  # picklable across processes (Spark tasks, worker pools)
        return (InputError, (self.source, self.reason, self.skipped))

    def to_dict(self) -> dict:
        """The errors.jsonl line."""
        return {"input": self.source, "reason": self.reason, **({"skipped": True} if self.skipped else {})}


class DocumentError(MarsadError):
    """A document or span is inconsistent (e.g. a span outside the text)."""


class PipelineError(MarsadError):
    """The pipeline is misconfigured (unknown component, unmet need, bad return)."""


class ModelError(MarsadError):
    """A shipped model is missing or cannot be loaded."""


class StoreError(MarsadError):
    """The database cannot be opened or written."""
