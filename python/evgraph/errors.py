"""The exceptions of evgraph, raised for the C++ library's errors with their location.

``str(error)`` reads ``FILE:LINE:COLUMN: message`` as the command line prints it; the location is
also in ``error.file``, ``error.line`` and ``error.column`` (0 when unknown).
"""
from __future__ import annotations


class Error(Exception):
    """Any error of evgraph."""

    def __init__(self, text: str, file: str = "", line: int = 0, column: int = 0) -> None:
        super().__init__(text)
        self.file = file
        self.line = line
        self.column = column

    def __reduce__(self):  # keeps the location when Dask or multiprocessing ship the error
        return (type(self), (str(self), self.file, self.line, self.column))


class InputError(Error, ValueError):
    """Bad input: a manifest, a document, a lexicon, a part, a graph export."""


class ConfigError(InputError):
    """Bad rule data or configuration: a --data folder, a style file."""


class RenderError(Error):
    """An output could not be drawn or written."""


class EvgraphWarning(UserWarning):
    """A problem evgraph went on without: a document it could not read and skipped."""
