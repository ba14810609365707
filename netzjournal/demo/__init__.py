"""Deterministic demo journals for tests, screenshots and benchmarks."""
