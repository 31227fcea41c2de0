"""Evaluate: scoring against gold files, the NewsQuant benchmark, and the throughput bench."""
