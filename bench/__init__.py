"""Benchmarks of the extraction library against public evaluation data."""
