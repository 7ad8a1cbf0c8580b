"""bulletin: German radio news bulletins from news articles."""

import os

# numpy's BLAS would start a thread per core at import and spin them; its matrix products here are
# small, and the second core is the encoder's.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# numpy asks the kernel for 2 MB pages for every array over 4 MB; where the kernel then compacts
# memory on the fault (defrag=madvise, as here), writing a fresh array stalls. A bulletin writes each
# big array about once, so small pages are faster: mixing a 3-minute programme took 0.04-0.20 s with
# huge pages and 0.06 s steadily without (whole run, 15 interleaved rounds: 1.80 -> 1.72 s median).
os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")

__version__ = "0.1.0"
