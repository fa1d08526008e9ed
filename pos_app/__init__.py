"""Counter POS: a desktop point of sale for Clover gift cards and cards."""

__version__ = "0.1.0"
APP_NAME = "CounterPOS"
