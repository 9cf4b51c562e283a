"""Reading and writing maps: the .ecomap file and exports. I/O reads the model, never the scene."""
