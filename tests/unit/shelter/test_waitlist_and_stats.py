"""Waitlist priority, the monthly figures (matching the board), the PDF and the demo."""

from __future__ import annotations

import datetime as dt

import pytest

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake import people, risk
from clinic_desk.core.shelter import board, common, stats, stays, waitlist
from clinic_desk.core.shelter.stays import Placement
from tests.unit.shelter.conftest import days_ago, set_clock, woman

DAY = dt.timedelta(days=1)


def test_waitlist_priority_risk_first_then_date(shelter, family):
    with shelter.write() as s:
        ana = people.register_person(s, shelter.staff, woman("Ana", "Poma", None, "40000001"))
        risk.assess_risk(s, shelter.staff, ana.id, "leve", ["psychological"])
        risk.assess_risk(s, shelter.staff, family["carmen"], "severo", ["physical"])
        waitlist.add_to_waitlist(s, shelter.staff, ana.id, asked_at=days_ago(5))
        waitlist.add_to_waitlist(s, shelter.staff, family["rosa"], 3, asked_at=days_ago(4))
        waitlist.add_to_waitlist(s, shelter.staff, family["carmen"], asked_at=days_ago(1))
    with shelter.read() as s:
        order = [w.name.split()[0] for w in waitlist.waitlist(s, shelter.staff)]
    assert order == ["Carmen", "Ana", "Rosa"]  # severo, leve, not assessed
    with pytest.raises(InvalidInput, match="already on the waitlist"), shelter.write() as s:
        waitlist.add_to_waitlist(s, shelter.staff, family["carmen"])
    with pytest.raises(InvalidInput, match="future"), shelter.write() as s:
        waitlist.add_to_waitlist(s, shelter.staff, family["killa"],
                                 asked_at=common.local_now() + 2 * DAY)
    with shelter.write() as s:  # admitting her closes her entry
        stays.admit(s, shelter.staff, [Placement(family["carmen"], shelter.beds["R1"])])
        waitlist.withdraw(s, shelter.staff,
                          waitlist.waitlist(s, shelter.staff)[0].id)  # Ana
    with shelter.read() as s:
        assert [w.name.split()[0] for w in waitlist.waitlist(s, shelter.staff)] == ["Rosa"]
        assert board.summary(s, shelter.staff).waiting == 1


def test_month_figures_match_the_board(shelter, family):
    today = common.today()
    with shelter.write() as s:
        adm = stays.admit(s, shelter.staff, [
            Placement(family["rosa"], shelter.beds["G1"]),
            Placement(family["killa"], shelter.beds["G2"]),
            Placement(family["inti"], shelter.beds["G3c"])],
            admitted_at=common.at_local(today - 6 * DAY, 21), referral_source="cem")
        stays.transfer(s, shelter.staff, adm.stays[1].id, shelter.beds["R1"],
                       on=today - 3 * DAY)
        stays.discharge(s, shelter.staff, adm.stays[2].id, "reintegrated_family",
                        discharged_at=common.at_local(today - 2 * DAY, 10),
                        destination="Con su abuela en Chosica")
        stays.admit(s, shelter.staff, [Placement(family["carmen"], shelter.beds["G3c"])],
                    admitted_at=common.at_local(today - 1 * DAY, 23), referral_source="police")
    start = today - 10 * DAY
    with shelter.read() as s:
        fig = stats.period(s, shelter.staff, start, today)
        boards = [board.board(s, shelter.staff, n.night) for n in fig.nights]
    assert [n.occupied for n in fig.nights] == [b.counts["occupied"] for b in boards]
    assert [n.available for n in fig.nights] == [b.available for b in boards]
    # Rosa 7 nights (-6..0), Killa 7 (two beds), Inti 4 (-6..-3), Carmen 2 (-1, 0)
    assert fig.bed_nights == 7 + 7 + 4 + 2
    assert fig.bed_nights_children == 7 + 4
    assert fig.admissions == 4 and fig.families == 2 and fig.admissions_children == 2
    assert fig.by_referral == {"cem": 1, "police": 1}
    assert fig.discharges == 1 and fig.by_reason == {"reintegrated_family": 1}
    assert fig.average_stay == 4
    assert fig.available_bed_nights == 5 * 11
    assert fig.occupancy == pytest.approx(20 / 55)
    assert fig.staying_at_end == 3


def test_year_and_bad_month(shelter, family):
    with shelter.read() as s:
        y = stats.year(s, shelter.staff, common.today().year)
        with pytest.raises(InvalidInput):
            stats.month(s, shelter.staff, 2026, 13)
    assert len(y.months) == common.today().month
    assert y.total.bed_nights == 0


def test_occupancy_pdf(shelter, family, tmp_path):
    from clinic_desk.core.reports import occupancy_pdf

    today = common.today()
    with shelter.write() as s:
        stays.admit(s, shelter.staff, [Placement(family["carmen"], shelter.beds["R1"])],
                    admitted_at=common.at_local(today - 3 * DAY, 20))
    with shelter.read() as s:
        fig = stats.month(s, shelter.staff, today.year, today.month)
    out = occupancy_pdf.write_occupancy_pdf(tmp_path / "ocupacion.pdf", fig,
                                            site="Casa Refugio", lang="es")
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    assert occupancy_pdf.render_occupancy(fig, lang="en").startswith(b"%PDF")
    # Peru writes a decimal point, as the screen does (es_PE)
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    shown = f"{fig.occupancy * 100:.1f} %"
    assert shown in text and shown.replace(".", ",") not in text


def test_demo_fill(workspace):
    from clinic_desk.core.intake import demo as intake_demo
    from clinic_desk.core.shelter import demo

    intake_demo.fill(workspace, people=80)
    report = demo.fill(workspace, beds=20)
    assert report.beds == 20 and report.stays > 30
    actor = demo.demo_actor(workspace)
    with workspace.db.read() as s:
        b = board.board(s, actor)
        y = stats.period(s, actor, common.today() - 364 * DAY, common.today())
    assert b.total == 20 and b.counts["occupied"] > 0
    assert 0.3 < y.occupancy < 1.0
    assert y.discharges > 10


def test_demo_fill_in_the_morning_admits_no_one_in_the_future(workspace, monkeypatch):
    """The demo's arrivals come in the evening; filled at 07:00 (Lima), tonight's
    arrivals are moved to a moment ago instead of hours ahead (which admit refuses)."""
    from clinic_desk.core.intake import demo as intake_demo
    from clinic_desk.core.shelter import demo

    set_clock(monkeypatch, dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC))  # 07:00 Lima
    intake_demo.fill(workspace, people=80)
    report = demo.fill(workspace, beds=200, days=3, seed=2)  # many arrivals each night
    assert report.stays > 0
    actor = demo.demo_actor(workspace)
    with workspace.db.read() as s:
        tonight = board.board(s, actor, common.today())
    assert common.today() == dt.date(2026, 3, 10)
    assert tonight.counts["occupied"] > 0  # some arrived tonight, before 07:00
