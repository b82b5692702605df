"""sipcheck: kvalitetsgranskning av samordnade individuella planer (SIP)."""

__version__ = "0.1.0"
