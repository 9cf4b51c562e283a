"""Analysis of a map: what it shows, computed on demand from the model."""
