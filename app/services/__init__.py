"""Clients for the services Hearth talks to. All go through ``app.services.http``."""
