"""Reading articles: files -> documents -> sentence lines -> a spaCy ``Doc``."""
