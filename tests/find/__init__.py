"""Tests of the find stage (stats.find): number parsing and the pattern tables."""
