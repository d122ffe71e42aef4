"""Hearth's window: PySide6 widgets that render what ``app`` decides."""
