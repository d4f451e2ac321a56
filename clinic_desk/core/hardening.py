"""Process hardening that the OS allows: no core dumps (they would hold keys)."""

from __future__ import annotations


def disable_core_dumps() -> bool:
    """Refuse core dumps for this process. Returns True when the OS agreed."""
    try:
        import resource
    except ImportError:  # Windows: no core files; crash dumps go to WER, off by policy
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    try:  # Linux: also not dumpable through ptrace/proc by other processes of the user
        import ctypes

        libc = ctypes.CDLL(None)
        pr_set_dumpable = 4
        libc.prctl(pr_set_dumpable, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    return True
