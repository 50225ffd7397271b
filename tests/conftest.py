"""Test-wide settings.

Hypothesis explores new examples on every developer run; in CI (``CI`` set, as ``.ci/run`` is
run) it is derandomized, so a red build always reproduces. No per-example deadline anywhere:
the machines are small and shared, and speed is measured by ``make bench``, not by tests.

The start-up cache (``crosscheck._cache``) of every run the tests make, in process or not, goes
to a folder of this session's own, not the user's ``~/.cache``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

from hypothesis import settings

os.environ["CROSSCHECK_CACHE_DIR"] = _CACHE = tempfile.mkdtemp(prefix="crosscheck-test-cache-")
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
