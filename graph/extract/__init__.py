"""A spaCy ``Doc`` -> mentions -> entities -> discourse -> arguments -> claims."""
