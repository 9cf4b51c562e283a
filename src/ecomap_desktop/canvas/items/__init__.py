"""Graphics items for the map canvas. They take plain values and never import the model."""
