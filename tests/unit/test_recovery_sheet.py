from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import subprocess
import zlib
from pathlib import Path

import pytest

from clinic_desk.core.reports.recovery_sheet import write_recovery_sheet
from clinic_desk.core.security import recovery

SITE = "Casa Refugio Esperanza"


def _text(pdf: Path) -> str:
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                             capture_output=True)
        return out.stdout.decode("utf-8")
    # Fallback: inflate every stream and look at the raw text operators.
    data = pdf.read_bytes()
    text = []
    for chunk in data.split(b"stream")[1:]:
        body = chunk.split(b"endstream")[0].strip(b"\r\n")
        try:
            text.append(zlib.decompress(body).decode("latin-1"))
        except zlib.error:
            text.append(body.decode("latin-1"))
    return "\n".join(text)


def test_sheet_is_a_pdf_with_the_code(tmp_path: Path) -> None:
    code = recovery.new_code()
    out = write_recovery_sheet(tmp_path / "recovery.pdf", "ESPERANZA-01", SITE, code,
                               dt.date(2025, 3, 8))
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    text = _text(out)
    assert code in text
    assert "ESPERANZA-01" in text
    assert "2025-03-08" in text
    assert "Hoja de recuperación" in text or "Hoja de recuperaci" in text
    assert "recovery sheet" in text


def test_sheet_is_private_and_leaves_no_temp_file(tmp_path: Path) -> None:
    out = write_recovery_sheet(tmp_path / "sheet.pdf", "HUAYCAN-01", "Casa Ñusta", "0000-"
                               "1111-2222-3333-4444-5555")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) & 0o077 == 0, "readable by other users"


def test_failed_write_leaves_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    from clinic_desk.core.reports import recovery_sheet

    def boom(*_a: object, **_k: object) -> bytes:
        raise RuntimeError("render failed")

    monkeypatch.setattr(recovery_sheet, "render", boom)
    with pytest.raises(RuntimeError):
        write_recovery_sheet(target, "HUAYCAN-01", SITE, "0000-1111-2222-3333-4444-5555")
    assert target.read_bytes() == b"old"
