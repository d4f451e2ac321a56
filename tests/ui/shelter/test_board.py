"""From the board: admit a mother and two children, move one, discharge all; the board
and the monthly figures agree."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from clinic_desk.core.shelter import common, stats
from clinic_desk.ui.shelter import ShelterPage
from clinic_desk.ui.shelter.common import qdate, qdatetime


def _page(qtbot, desk) -> ShelterPage:
    page = ShelterPage(desk.ws)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _states(page) -> dict[str, str]:
    return {t.bed.label: t.bed.state for t in page.board_view.tiles.values()}


def test_admit_move_discharge_from_the_board(qtbot, desk, tmp_path):
    page = _page(qtbot, desk)
    assert _states(page) == dict.fromkeys(("G1", "G2", "G3", "R1", "R2c"), "free")
    assert "5 free" in page.summary.text()

    # Enter on a free bed offers admit and hold
    tile = page.board_view.tile("G1")
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    texts = [a.text().replace("&", "") for a in page.menu_actions()]
    assert texts == ["Admit…", "Hold for someone…"]
    page.menu.close()

    # admit Rosa with both children, two nights ago
    dlg = page.open_admit(desk.beds["G1"])
    dlg.picker.set_query("Rosa Quispe")
    qtbot.keyClick(dlg.picker.search, Qt.Key.Key_Return)
    assert dlg.person_id == desk.family["rosa"]
    assert [box.text().split(" (")[0] for box, _c, _p in dlg.members] == \
        ["Killa Rojas Quispe", "Inti Rojas Quispe"]
    inti_combo = dlg.members[1][1]
    assert inti_combo.currentData() == desk.beds["R2c"]  # the crib for the toddler
    dlg.members[0][1].setCurrentIndex(dlg.members[0][1].findData(desk.beds["G2"]))
    two_nights_ago = common.today() - dt.timedelta(days=2)
    dlg.when.setDateTime(qdatetime(common.at_local(two_nights_ago, 21)))
    dlg.source.setCurrentIndex(dlg.source.findData("cem"))
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.message.text() == "" and not dlg.isVisible()
    assert _states(page) == {"G1": "occupied", "G2": "occupied", "G3": "free",
                             "R1": "free", "R2c": "occupied"}
    rosa = page.board_view.tile("G1")
    assert rosa.bed.occupant.night_number == 3
    assert "with 2 children" in rosa.accessibleName()
    assert "Occupied" in rosa.accessibleName()  # words, not only colour

    # a second admission to an occupied bed is refused inside the dialog
    dlg2 = page.open_admit(desk.beds["G3"])
    dlg2.choose_person(desk.family["rosa"])
    qtbot.mouseClick(dlg2.ok_button, Qt.MouseButton.LeftButton)
    assert "already staying" in dlg2.message.text() and dlg2.isVisible()
    dlg2.reject()

    # move Killa from G2 to R1 from last night on
    killa = page.board.bed(desk.beds["G2"]).occupant.stay_id
    page.act_on(desk.beds["G2"])
    assert [a.text().replace("&", "") for a in page.menu_actions()] == \
        ["Move to another bed…", "Discharge…"]
    page.menu.close()
    tr = page.open_transfer(killa)
    tr.bed.setCurrentIndex(tr.bed.findData(desk.beds["R1"]))
    tr.on.setDate(qdate(common.today() - dt.timedelta(days=1)))
    qtbot.mouseClick(tr.ok_button, Qt.MouseButton.LeftButton)
    assert not tr.isVisible(), tr.message.text()
    assert _states(page)["G2"] == "free" and _states(page)["R1"] == "occupied"

    # two nights ago Killa was still in G2
    page.night.setDate(qdate(two_nights_ago))
    assert _states(page)["G2"] == "occupied" and _states(page)["R1"] == "free"
    qtbot.mouseClick(page.tonight, Qt.MouseButton.LeftButton)
    assert page.current_night() == common.today()

    # discharge Rosa: her children leave with her (checked by default)
    rosa_stay = page.board.bed(desk.beds["G1"]).occupant.stay_id
    dis = page.open_discharge(rosa_stay)
    assert all(box.isChecked() for box, _sid in dis.family_boxes)
    assert len(dis.stay_ids()) == 3
    dis.reason.setCurrentIndex(dis.reason.findData("reintegrated_family"))
    dis.destination.setText("Casa de su madre en Chosica")
    qtbot.mouseClick(dis.ok_button, Qt.MouseButton.LeftButton)
    assert not dis.isVisible(), dis.message.text()
    assert set(_states(page).values()) == {"free"}

    # the monthly figures match the board, night by night
    page.tabs.setCurrentWidget(page.monthly)
    today = common.today()
    with desk.ws.db.read() as s:
        fig = stats.period(s, desk.ws.actor, two_nights_ago, today)
    boards = []
    for n in fig.nights:
        page.night.setDate(qdate(n.night))
        boards.append(sum(1 for st in _states(page).values() if st == "occupied"))
    assert [n.occupied for n in fig.nights] == boards
    month = page.monthly.figures
    assert month.discharges == 3 and month.families == 1 and month.admissions == 3
    assert page.monthly.values["discharges"].text() == "3"
    assert "Reintegrated with family: 3" in page.monthly.breakdown.text()

    # the PDF, off the UI thread
    done = []
    page.monthly.save_pdf(tmp_path / "mes.pdf", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert (tmp_path / "mes.pdf").read_bytes().startswith(b"%PDF")


def test_holds_and_waitlist_panels(qtbot, desk):
    page = _page(qtbot, desk)
    dlg = page.open_hold(desk.beds["R1"])
    dlg.name.setText("Derivación de la comisaría")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible(), dlg.message.text()
    assert _states(page)["R1"] == "held"
    assert "Derivación" in page.holds_list.item(0).text()
    page.act_on(desk.beds["R1"])
    assert [a.text().replace("&", "") for a in page.menu_actions()] == \
        ["Admit…", "Cancel the hold"]
    page.menu.close()
    page.holds_list.setCurrentRow(0)
    qtbot.mouseClick(page.cancel_hold_button, Qt.MouseButton.LeftButton)
    assert _states(page)["R1"] == "free"

    w = page.open_waitlist()
    w.picker.set_query("Rosa")
    qtbot.keyClick(w.picker.search, Qt.Key.Key_Return)
    assert w.count.value() == 3
    qtbot.mouseClick(w.ok_button, Qt.MouseButton.LeftButton)
    assert not w.isVisible(), w.message.text()
    assert page.wait_list.item(0).text().startswith("1. Rosa")
    page.wait_list.setCurrentRow(0)
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    assert page.wait_list.item(0).text() == "Nobody is waiting."


def test_admin_sets_up_rooms_but_does_not_admit(qtbot, installation, workspace):
    page = ShelterPage(workspace)
    qtbot.addWidget(page)
    page.show()
    assert page.setup is not None and not page.can_write
    page.tabs.setCurrentWidget(page.setup)
    assert page.setup.add_room("Kantuta")
    page.setup.select("Kantuta")
    assert page.setup.add_bed("K1")
    assert page.setup.add_bed("K2", "crib")
    page.setup.select("K2")
    assert page.setup.out_of_service("Barandas rotas")
    assert "Out of service: Barandas rotas" in page.setup.tree.currentItem().text(2)
    assert not page.setup.add_room("kantuta")  # refused, shown
    assert "already a room" in page.setup.message.text()
    page.tabs.setCurrentIndex(0)
    assert {t.bed.label: t.bed.state for t in page.board_view.tiles.values()} == \
        {"K1": "free", "K2": "out_of_service"}
    page.act_on(page.board_view.tile("K1").bed.bed_id)
    acts = page.menu_actions()
    assert len(acts) == 1 and not acts[0].isEnabled()
    page.menu.close()


def test_a_family_larger_than_the_free_beds_is_never_put_in_one_bed(qtbot, desk):
    from clinic_desk.core.security.roles import Actor, Role
    from clinic_desk.core.shelter import setup

    ws = desk.ws
    setup_actor = Actor(ws.actor.user_id, ws.actor.username, ws.actor.full_name,
                        frozenset({Role.ADMIN}))
    with ws.db.write(ws.actor.user_id) as s:  # three beds out of service: two are free
        for label in ("G2", "G3", "R1"):
            setup.set_out_of_service(s, setup_actor, desk.beds[label], "Colchón roto")
    page = _page(qtbot, desk)
    dlg = page.open_admit(desk.beds["G1"])
    dlg.choose_person(desk.family["rosa"])
    ticked = [(box.isChecked(), combo.isEnabled()) for box, combo, _p in dlg.members]
    assert sorted(ticked) == [(False, False), (True, True)]
    assert "1 of the family cannot have a free bed tonight" in dlg.message.text()
    beds = [p.bed_id for p in dlg.placements()]
    assert len(beds) == 2 and len(set(beds)) == 2
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible(), dlg.message.text()
    assert _states(page) == {"G1": "occupied", "G2": "out_of_service",
                             "G3": "out_of_service", "R1": "out_of_service",
                             "R2c": "occupied"}
