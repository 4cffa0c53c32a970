"""Request pacing for online services, kept apart from the geocoding code: geopy's RateLimiter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def rate_limited(func: Callable[..., Any], min_delay_seconds: float) -> Callable[..., Any]:
    """``func`` called at most once per ``min_delay_seconds`` (Nominatim's policy: 1 request/s).

    Errors are not swallowed (``swallow_exceptions=False``) and not retried here: the caller decides
    to fall back to the gazetteer when a service is down.
    """
    if min_delay_seconds <= 0:
        return func
    from geopy.extra.rate_limiter import RateLimiter

    return RateLimiter(func, min_delay_seconds=min_delay_seconds, max_retries=0, swallow_exceptions=False)
