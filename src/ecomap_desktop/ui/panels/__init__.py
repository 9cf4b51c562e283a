"""Side panels: properties of the selection (and, later, the conversation guide and insights)."""
