"""Reusable widgets shared by several pages (dashboard, charts)."""
