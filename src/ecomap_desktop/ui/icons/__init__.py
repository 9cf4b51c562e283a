"""Icons painted in code (sharp at every screen scale) and the app's own icon."""
