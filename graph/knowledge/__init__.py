"""What the product knows, read from ``graph/data``: the gazetteer and the lexicon."""
