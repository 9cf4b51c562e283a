"""The map as a list: sentences for each row, the table models, the table and the panel."""
