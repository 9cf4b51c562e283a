"""The conversation guide: its step texts (steps), the connection stepper and the panel."""
