"""The Botiquines section: stock, stocktake, stock card, monthly report, expiring lots
and, for administrators, the catalogue and the locations — all for the location chosen
at the top (only the locations this user may see are offered).

Embedded by the main window as `InventoryPage(workspace, window)`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from clinic_desk.core.inventory import locations
from clinic_desk.core.inventory.locations import LocationInfo
from clinic_desk.core.inventory.models import LedgerEntry
from clinic_desk.core.security.roles import Perm
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui.admin.users_view import empty_state
from clinic_desk.ui.inventory.card_view import CardView
from clinic_desk.ui.inventory.catalogue_view import CatalogueView
from clinic_desk.ui.inventory.common import location_label
from clinic_desk.ui.inventory.expiring_view import ExpiringView
from clinic_desk.ui.inventory.locations_view import LocationsView
from clinic_desk.ui.inventory.monthly_view import MonthlyView
from clinic_desk.ui.inventory.stock_view import StockView
from clinic_desk.ui.inventory.stocktake_view import StocktakeView
from clinic_desk.ui.messages import error_text


class InventoryPage(QWidget):
    location_changed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inventory_page")
        self.workspace = workspace
        actor = workspace.actor
        can = actor.can if actor is not None else (lambda _perm: False)

        title = QLabel(self.tr("Medicine kits"), self)
        title.setObjectName("pageTitle")
        self.location = QComboBox(self)
        self.location.setObjectName("location")
        self.location.setMinimumContentsLength(30)
        self.location.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        where = QLabel(self.tr("&Botiquín:"), self)
        where.setBuddy(self.location)
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(where)
        head.addWidget(self.location)

        self.stock = StockView(workspace, self)
        self.stocktake = StocktakeView(workspace, self)
        self.card = CardView(workspace, self)
        self.monthly = MonthlyView(workspace, self)
        self.expiring = ExpiringView(workspace, self)
        self.catalogue: CatalogueView | None = None
        self.locations_view: LocationsView | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("inventory_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._padded(self.stock), self.tr("&Stock"))
        self.tabs.addTab(self._padded(self.stocktake), self.tr("Stock&take"))
        self.tabs.addTab(self._padded(self.card), self.tr("Stock &card"))
        self.tabs.addTab(self._padded(self.monthly), self.tr("&Monthly report"))
        self.tabs.addTab(self._padded(self.expiring), self.tr("&Expiring lots"))
        if can(Perm.CATALOGUE_EDIT):
            self.catalogue = CatalogueView(workspace, self)
            self.tabs.addTab(self._padded(self.catalogue), self.tr("C&atalogue"))
            self.catalogue.changed.connect(self._catalogue_changed)
        if can(Perm.CATALOGUE_EDIT) or can(Perm.MANAGE_USERS):
            self.locations_view = LocationsView(workspace, self)
            self.tabs.addTab(self._padded(self.locations_view), self.tr("Locat&ions"))
            self.locations_view.changed.connect(self.reload_locations)
        self.no_location = empty_state(
            self.tr("No botiquín assigned to you"),
            self.tr("An administrator assigns each health promoter to her botiquín. Until "
                    "then there is no stock to show."), self)

        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 16)
        col.setSpacing(12)
        col.addLayout(head)
        col.addWidget(self.no_location)
        col.addWidget(self.tabs, 1)

        self.stock.changed.connect(self._stock_changed)
        self.stocktake.changed.connect(self._stock_changed)
        self.card.changed.connect(self._stock_changed)
        self.expiring.open_card.connect(self._open_card_at)
        self.stock.open_card.connect(self.show_card)
        self.stock.alerts.activated.connect(lambda _loc, item: self.show_card(item))
        self.location.currentIndexChanged.connect(lambda _i: self._location_chosen())
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        self.reload_locations()

    def _padded(self, view: QWidget) -> QWidget:
        holder = QWidget(self)
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(4, 14, 4, 4)
        lay.addWidget(view)
        return holder

    # -- locations ---------------------------------------------------------------------
    def reload_locations(self) -> None:
        current = self.location.currentData()
        self.location.blockSignals(True)
        self.location.clear()
        self._locations: dict[str, LocationInfo] = {}
        try:
            with self.workspace.db.read() as s:
                visible = locations.list_locations(s, self.workspace.actor)
        except Exception as exc:  # noqa: BLE001 - shown in the stock tab
            self.stock.message.show_message(error_text(exc))
            visible = []
        for loc in visible:
            self._locations[loc.id] = loc
            self.location.addItem(location_label(loc.name, loc.kind), loc.id)
        index = self.location.findData(current) if current else -1
        if index < 0 and visible:
            # a promoter starts at her botiquín, not at the central store
            index = next((i for i, x in enumerate(visible) if x.kind == "botiquin"), 0)
        self.location.setCurrentIndex(index)
        self.location.blockSignals(False)
        self.location.setEnabled(len(visible) > 1)
        admin = self.catalogue is not None or self.locations_view is not None
        self.no_location.setVisible(not visible and not admin)
        self.tabs.setVisible(bool(visible) or admin)
        if not visible and self.locations_view is not None:
            self.show_tab(self.locations_view)  # the first botiquín is added there
        self._location_chosen()

    def location_ids(self) -> list[str]:
        return [self.location.itemData(i) for i in range(self.location.count())]

    def select_location(self, location_id: str) -> None:
        self.location.setCurrentIndex(self.location.findData(location_id))

    def current_location(self) -> LocationInfo | None:
        return self._locations.get(self.location.currentData())

    def _location_chosen(self) -> None:
        loc = self.current_location()
        loc_id, name = (loc.id, loc.name) if loc else (None, "")
        for view in (self.stock, self.stocktake, self.card, self.monthly, self.expiring):
            view.set_location(loc_id, name)
        if loc_id:
            self.location_changed.emit(loc_id)

    # -- tabs --------------------------------------------------------------------------
    def show_tab(self, view: QWidget) -> None:
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).isAncestorOf(view):
                self.tabs.setCurrentIndex(i)
                return

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i).replace("&", "") for i in range(self.tabs.count())]

    def show_card(self, item_id: str) -> None:
        self.show_tab(self.card)
        self.card.show_item(item_id)

    def _open_card_at(self, location_id: str, item_id: str) -> None:
        if self.location.findData(location_id) >= 0:
            self.select_location(location_id)
        self.show_card(item_id)

    def _tab_shown(self) -> None:
        holder = self.tabs.currentWidget()
        for view in (self.stock, self.card, self.monthly, self.expiring):
            if holder is not None and holder.isAncestorOf(view):
                view.refresh()

    def refresh(self) -> None:
        self._tab_shown()

    def _stock_changed(self) -> None:
        self.stock.refresh()
        self.card.refresh()
        self.monthly.refresh()
        self.expiring.refresh()
        self.stocktake.load_sheet()

    def _catalogue_changed(self) -> None:
        self.stock.refresh()


# -- screenshots ---------------------------------------------------------------------------

def _demo_count(workspace: Workspace, page: InventoryPage) -> None:
    """A count sheet half-way: most lines counted, one short with a reason, one short
    still waiting for its reason, the last ones not counted yet."""
    view = page.stocktake
    view.new_sheet()
    model = view.model
    n = model.rowCount()
    for row in range(max(n - 3, 0)):
        line = model.line_at(row)
        assert line is not None
        counted = line.expected
        reason = None
        if row == 1 and counted >= 2:
            counted, reason = counted - 2, "damage"
        elif row == 3 and counted >= 1:
            counted = counted - 1
        model.enter(row, str(counted), reason)
    view._summarise()


def _demo_post_with_recount(workspace: Workspace, page: InventoryPage) -> None:
    """Finish the count, dispense one lot meanwhile, post: that line is flagged."""
    from clinic_desk.core.inventory import ledger, stocktake

    view = page.stocktake
    model = view.model
    for row in range(model.rowCount()):
        line = model.line_at(row)
        assert line is not None
        if line.counted is None:
            model.enter(row, str(line.expected), None)
        elif line.variance and not line.reason:
            model.enter(row, str(line.counted), "count_error")
    moved = next((model.line_at(r) for r in range(model.rowCount())
                  if (model.line_at(r).expected or 0) >= 5), None)  # type: ignore[union-attr]
    actor = workspace.actor
    sheet = model.sheet
    assert sheet is not None and actor is not None
    with workspace.db.write(actor.user_id) as s:
        if moved is not None:
            ledger.dispense(s, actor, sheet.location_id, moved.item_id, 1,
                            batch_id=moved.batch_id)
        result = stocktake.post(s, actor, sheet.id)
    view._posted(sheet.id, result)

def _settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def render_inventory_screens(workspace: Workspace, outdir: Path | str,
                             size: tuple[int, int] = (1366, 768), fill_demo: bool = True,
                             botiquines: int = 3, months: int = 8) -> list[Path]:
    """Render the section to PNGs in outdir: the stock view with alerts, the dispense
    dialog, the stocktake view, the reorder level dialog, the stock card and a reversal,
    the monthly report, the expiring lots and, for administrators, the catalogue and the
    locations. Fills demo data
    (`core.inventory.demo.fill`) first when the ledger is empty. Use a
    throwaway workspace: the demo data is written to it."""
    from clinic_desk.core.inventory import demo

    app = QApplication.instance() or QApplication([])
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    if fill_demo:
        with workspace.db.read() as s:
            empty = s.scalar(select(LedgerEntry.id).limit(1)) is None
        if empty:
            demo.fill(workspace, botiquines=botiquines, months=months)
    page = InventoryPage(workspace)
    page.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    # the size of the page inside the main window at 1366x768 (navigation 230 px,
    # menu and status bars)
    page.resize(size[0] - 230, size[1] - 60)
    page.show()
    ids = page.location_ids()
    loc = next((i for i in ids if page._locations[i].kind == "botiquin"), ids[0] if ids else None)
    if loc:
        page.select_location(loc)
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        _settle(app)
        path = out / f"inventory-{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    page.show_tab(page.stock)
    rows = [page.stock.model.row_at(i) for i in range(page.stock.model.rowCount())]
    flagged = next((r for r in rows if r and r.alerts and r.on_hand > 0),
                   next((r for r in rows if r and r.alerts), None))
    if flagged is not None:
        page.stock.select_item(flagged.item_id)
    save(page, "stock")

    dispensable = next((r for r in rows if r and r.on_hand >= 10 and r.unit == "tableta"),
                       next((r for r in rows if r and r.on_hand > 0), None))
    if dispensable is not None and page.stock.location_id:
        from clinic_desk.ui.inventory.dispense_dialog import DispenseDialog

        dlg = DispenseDialog(workspace, page.stock.location_id, page.stock.location_name, page,
                             dispensable.item_id)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        dlg.quantity.setText("12")
        dlg.prescriber.setText("Obst. Carmen Rojas")
        dlg.update_plan()
        dlg.show()
        dlg.adjustSize()
        save(dlg, "dispense-dialog")
        dlg.quantity.setText("abc")
        dlg.submit()
        save(dlg, "dispense-dialog-refused")
        dlg.reject()
        dlg.deleteLater()

    page.show_tab(page.stocktake)
    actor = workspace.actor
    if page.stock.location_id and actor is not None and actor.can(Perm.STOCK_WRITE):
        _demo_count(workspace, page)
        save(page, "stocktake")
        _demo_post_with_recount(workspace, page)
    save(page, "stocktake-recount" if page.stocktake.model.sheet else "stocktake")

    if rows and page.stock.location_id and page.stock.can_plan:
        from clinic_desk.ui.inventory.reorder_dialog import ReorderDialog

        busiest = max((r for r in rows if r), key=lambda r: r.amc or 0)
        dlg = ReorderDialog(workspace, page.stock.location_id, page.stock.location_name, page,
                            busiest.item_id)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        dlg.show()
        dlg.adjustSize()
        save(dlg, "reorder-dialog")
        dlg.level.setText("-20")
        dlg.submit()
        save(dlg, "reorder-dialog-refused")
        dlg.reject()
        dlg.deleteLater()

    if rows:
        busiest = max((r for r in rows if r), key=lambda r: r.amc or 0)
        page.card.whole.setChecked(False)
        page.card.start.setDate(page.card.start.date().addMonths(4))
        page.show_card(busiest.item_id)
        save(page, "stock-card")
        card = page.card
        last = next((i for i in range(card.model.rowCount() - 1, -1, -1)
                     if card.model.row_at(i).kind == "dispense"), None)  # type: ignore[union-attr]
        if last is not None and card.can_write:
            card.select_row(last)
            rev = card.reverse()
            if rev is not None:
                rev.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
                rev.note.setText(QApplication.translate(
                    "Inventory", "recorded twice: the same prescription"))
                rev.adjustSize()
                save(rev, "reverse-dialog")
                rev.submit()
                save(page, "stock-card-reversal")

    page.show_tab(page.expiring)
    page.expiring.set_days(120)
    save(page, "expiring")

    page.show_tab(page.monthly)
    last = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    page.monthly.set_month(last.year, last.month)
    save(page, "monthly")
    if page.catalogue is not None:
        page.show_tab(page.catalogue)
        save(page, "catalogue")
    if page.locations_view is not None:
        page.show_tab(page.locations_view)
        if loc:
            page.locations_view.select_location(loc)
        save(page, "locations")
    page.close()
    page.deleteLater()
    _settle(app)
    return written
