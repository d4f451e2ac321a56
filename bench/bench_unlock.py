"""Unlock time with the production key derivation (Argon2id, DEFAULT_KDF).

Times Installation.unlock + Workspace.close on a folder set up with DEFAULT_KDF, and
the bare Argon2id derivation alone, so the KDF's share of the unlock is visible.
"""

from __future__ import annotations

import os
from pathlib import Path

from bench.common import PASSWORD, Section, median, row_from_times, time_once

SECTION = "unlock"


def run(root: Path, runs: int = 7) -> Section:
    from clinic_desk.core.installation import Installation
    from clinic_desk.core.security import kdf
    from clinic_desk.core.security.kdf import DEFAULT_KDF

    params = DEFAULT_KDF
    desc = (f"Argon2id t={params.time_cost}, m={params.memory_kib // 1024} MiB, "
            f"p={params.parallelism}")
    section = Section("Unlock (production key derivation)")
    section.info["kdf"] = params.to_dict()

    inst = Installation(root / "unlock-data", kdf=DEFAULT_KDF)
    inst.initialize("BENCH-01", "Casa de Prueba", "admin", "Ana Admin", PASSWORD)

    salt = os.urandom(16)
    secret = PASSWORD.encode()

    def unlock_and_close() -> None:
        ws = Installation(root / "unlock-data", kdf=DEFAULT_KDF).unlock("admin", PASSWORD)
        ws.close()

    # Interleaved, so a busy moment on the machine hits both series alike.
    kdf_times: list[float] = []
    unlock_times: list[float] = []
    for i in range(runs + 1):
        t_kdf = time_once(lambda: kdf.derive(secret, salt, params))
        t_unlock = time_once(unlock_and_close)
        if i:  # the first round is a warm-up
            kdf_times.append(t_kdf)
            unlock_times.append(t_unlock)

    section.rows.append(row_from_times(SECTION, f"KDF alone ({desc})", kdf_times))
    unlock = row_from_times(SECTION, "Installation.unlock + close", unlock_times,
                            max_seconds=1.0)
    section.rows.append(unlock)
    if unlock.median is not None:
        section.notes.append(
            f"KDF is {median(kdf_times) / unlock.median:.0%} of the unlock; the rest is opening "
            "the database, proving the key, the schema check and the audited login.")
    section.notes.append(f"CPU cores available: {os.cpu_count()} (Argon2 p="
                         f"{params.parallelism} uses up to {params.parallelism} lanes).")
    return section
