"""Screenshots of the Albergue section on demo data: the board on a busy night, the
admission dialog with a family, and page 1 of the monthly PDF (via pdftoppm)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from clinic_desk.core.workspace import Workspace


def render_shelter_screens(workspace: Workspace, outdir: Path | str,
                           size: tuple[int, int] = (1366, 768), beds: int = 24) -> list[Path]:
    from sqlalchemy import select

    from clinic_desk.core.intake.models import HouseholdMember
    from clinic_desk.core.reports import occupancy_pdf
    from clinic_desk.core.shelter import common, demo, stats
    from clinic_desk.core.shelter.models import Bed, Stay
    from clinic_desk.ui.shelter.common import qdate
    from clinic_desk.ui.shelter.dialogs import AdmitDialog, board_for
    from clinic_desk.ui.shelter.page import ShelterPage

    app = QApplication.instance() or QApplication([])
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    with workspace.db.read() as s:
        has_beds = s.scalar(select(Bed.id).limit(1)) is not None
    if not has_beds:
        demo.fill(workspace, beds=beds)
    actor = demo.demo_actor(workspace)
    today = common.today()
    with workspace.db.read() as s:
        fig = stats.period(s, actor, today - dt.timedelta(days=60), today)
    busy = max(fig.nights, key=lambda n: (n.occupied, n.night)).night
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        for _ in range(6):
            app.processEvents()
        path = out / name
        widget.grab().save(str(path))
        written.append(path)

    page = ShelterPage(workspace)
    page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    page.resize(*size)
    page.show()
    page.night.setDate(qdate(busy))
    save(page, "shelter-board.png")

    # the admission dialog: a woman with children, not staying, from tonight's board
    with workspace.db.read() as s:
        staying = set(s.scalars(select(Stay.person_id).where(Stay.discharged_on.is_(None))))
        links = s.execute(select(HouseholdMember.household_id, HouseholdMember.person_id,
                                 HouseholdMember.relationship)).all()
    sizes: dict[str, int] = {}
    for hh, _pid, _rel in links:
        sizes[hh] = sizes.get(hh, 0) + 1
    # the quietest recent night, and a family that fits in its free beds, so that each
    # one shows a bed of her own (a full board would offer everyone the same last bed)
    quiet = min(fig.nights, key=lambda n: (n.occupied, -n.night.toordinal())).night
    board = board_for(workspace, quiet)
    free = [b for b in board.beds if b.state == "free"]
    heads = [(sizes[hh], pid) for hh, pid, rel in links
             if rel == "head" and pid not in staying and 3 <= sizes[hh] <= max(3, len(free))]
    heads.sort(reverse=True)
    dlg = AdmitDialog(workspace, board, free[0].bed_id if free else None, page,
                      heads[0][1] if heads else None)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    dlg.resize(660, 700)
    if heads:
        from clinic_desk.core.intake import people

        with workspace.db.read() as s:
            name = people.lookup_person(s, actor, heads[0][1]).full_name
        dlg.picker.set_query(name)
    dlg.show()
    save(dlg, "shelter-admit.png")
    dlg.close()

    with workspace.db.read() as s:
        month = stats.month(s, actor, busy.year, busy.month)
    from clinic_desk.ui.messages import current_language

    pdf = occupancy_pdf.write_occupancy_pdf(out / "shelter-occupancy.pdf", month,
                                            lang=current_language(), site=workspace.site.name)
    written.append(pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(out / "shelter-occupancy-p1")], check=True)
        written.append(out / "shelter-occupancy-p1.png")
    page.close()
    return written
