"""Every error tripmap raises on purpose; each subclasses the built-in it refines.

Callers catch ``TripmapError`` for anything tripmap-specific, or the built-in (``ValueError``,
``ConnectionError``, ...) when they only care about the kind of failure.
"""


class TripmapError(Exception):
    """Base class of tripmap's own errors; ``str(e)`` is a one-line message for the user."""


class InputError(TripmapError, ValueError):
    """The input cannot be read as an article: empty, binary, wrong encoding, malformed."""


class InputTooLargeError(InputError):
    """The input is larger than ``Settings.max_input_bytes``."""


class DateError(InputError):
    """A date given by the user (publication date, filter bound) is impossible or malformed."""


class UnsafeURLError(InputError, PermissionError):
    """A URL points at a private, loopback or otherwise non-public address."""


class FetchError(TripmapError, ConnectionError):
    """A URL could not be fetched."""


class GeocoderError(TripmapError):
    """A geocoder backend failed to answer a query."""


class GeocoderUnavailable(GeocoderError, ConnectionError):
    """A geocoder service is down, unreachable or refusing requests."""


class ExportError(TripmapError, RuntimeError):
    """An image or data export could not be produced."""
