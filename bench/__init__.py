"""Benchmarks: each prints its figures beside a named baseline measured in the same run."""
