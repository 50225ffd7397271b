"""Test-wide settings.

Hypothesis explores new examples on every developer run; in CI (``CI`` set, as ``.ci/run`` is
run) it is derandomized, so a red build always reproduces. No per-example deadline anywhere:
the machines are small and shared, and speed is measured by ``make bench``, not by tests.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
