"""Tests of the text stage (stats.text): sentences and their pattern table."""
