"""One module per CLI area; each has ``register(subparsers)``. Discovered by ``app.cli``."""
