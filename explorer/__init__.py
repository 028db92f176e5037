"""Exchange Explorer: an offline desktop explorer of South-South cooperation."""

__version__ = "0.1.0"
