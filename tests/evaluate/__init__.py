"""Tests of the evaluation stage (stats.evaluate): gold scoring and NewsQuant."""
