"""Side panels: the details of the selection, the conversation guide, insights and the map as a list."""
