"""bulletin: German radio news bulletins from news articles."""

import os

# numpy's BLAS would start a thread per core at import and spin them; its matrix products here are
# small, and the second core is the encoder's.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
