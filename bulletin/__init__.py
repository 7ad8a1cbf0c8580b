"""bulletin: German radio news bulletins from news articles.

Importing bulletin, or any module of it, changes nothing in the process: no environment variable, no
thread, no C call. What a run needs of the process is set where it starts (cli.main).
"""

__version__ = "0.1.0"
