"""The desktop window: scene, view, interactions, panels, dialogs and actions."""
