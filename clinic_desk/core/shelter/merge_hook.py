"""When two records of the same person are merged (intake.merge), her shelter rows
move to the kept record. Two stays on the same nights cannot both be hers: the merge
is then refused (the database would refuse it too) until one stay is corrected."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake import merge
from clinic_desk.core.shelter.models import BedAssignment, Hold, Stay, WaitlistEntry

OVERLAP = ("Both records have shelter stays on the same nights. Correct one of the stays "
           "before merging.")


def move_shelter_rows(session: Session, merged_id: str, kept_id: str) -> int:
    moved = 0
    kept_waiting = session.scalar(select(WaitlistEntry.id).where(
        WaitlistEntry.person_id == kept_id, WaitlistEntry.status == "waiting",
        WaitlistEntry.deleted.is_(False)).limit(1))
    for entry in session.scalars(select(WaitlistEntry).where(
            WaitlistEntry.person_id == merged_id)):
        if kept_waiting and entry.status == "waiting" and not entry.deleted:
            entry.status = "withdrawn"
        entry.person_id = kept_id
        moved += 1
    with session.no_autoflush:
        rows = [row for model in (Stay, BedAssignment, Hold)
                for row in session.scalars(select(model).where(model.person_id == merged_id))]
    for row in rows:
        row.person_id = kept_id
        moved += 1
    try:
        session.flush()
    except IntegrityError:
        raise InvalidInput(OVERLAP, field="merge_id") from None
    return moved


merge.MERGE_HOOKS["shelter"] = move_shelter_rows
