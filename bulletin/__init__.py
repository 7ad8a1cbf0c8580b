"""bulletin: German radio news bulletins from news articles."""

__version__ = "0.1.0"
