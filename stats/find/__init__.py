"""Find: the numbers in a sentence that are figures, with their units, ranges, wholes and qualifiers."""
