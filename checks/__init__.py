"""Pure analysis: facts in, findings out.

Nothing in this package touches Qt, the network, the disk or the clock; the
clock and every fact are passed in by ``app``.
"""
