"""Tests of the reading stage (stats.read): decoding, HTML, metadata, sources."""
