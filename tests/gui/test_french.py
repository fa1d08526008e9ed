"""In Canadian French, every text a cashier or a manager sees on every screen is French.

The register is driven as a cashier works it (a sale keyed in, a gift card swiped, a card
keyed, the receipt, the desk, History, Recovery, Settings, the card reader test); at each stop
every visible text is collected and checked against the French catalogue by rule (see
`french_problem`), never against a list of today's strings.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pos_app.domain.sale import SaleState
from pos_app.hardware import SwipeDetector
from pos_app.lang import current_locale, format_weekday_time
from pos_app.runtime import Runtime
from pos_app.ui.build import build_window
from pos_app.ui.i18n import install_language, remove_language
from pos_app.ui.main_window import MainWindow
from pos_app.ui.services import UiServices
from tests.gui.conftest import approve_as_manager
from tests.gui.test_needs_manager import cancel_that_fails

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402

WAIT = 10_000
# Names that are the same in every language: brands, products, standards, key caps.
PROPER = re.compile(r"Counter POS|Clover|Visa|Mastercard|Amex|Discover|Diners Club|PAKMS|"
                    r"OAuth|CVV|USD|CAD|GNOME Keyring|KWallet|Wi-Fi|\b(?:Ctrl|Alt)\+\S+|"
                    r"\bF\d{1,2}\b|\bms\b")
# Counts in brackets (a report's "Ventes (3)"), amounts in the fr-CA form, card masks, numbers,
# times and fr-CA dates.
FIGURES = re.compile(r"\(\d+\)|-?\d[\d\s]*,\d\d\s\$|[·•]{2,}\d*|\d+ h \d\d|"
                     r"\b(?:lun|mar|mer|jeu|ven|sam|dim)\.|\b(?:janv|févr|avr|juill|sept|oct|"
                     r"nov|déc)\.|\b(?:mars|mai|juin|août)\b|[#\d]+")
# Codes from the processor (authorization codes, references): capitals and digits.
CODES = re.compile(r"\b(?=[A-Z0-9]*\d)[A-Z0-9]{4,}\b")
# Key caps as a French keyboard labels them, on buttons and in tooltips.
KEYS = re.compile(r"\s*[\[(](?:F\d{1,2}|(?:Ctrl|Alt)\+.\d?|Entrée|Suppr|Échap|Maj)[\])]")
ENGLISH_AMOUNT = re.compile(r"\$\s?\d")
# Where texts are joined: lines, sentences, " · ", " — ", receipt columns.
SEPARATORS = re.compile(r"(\s*(?:\n|(?<=[.!?:])\s+|\s+[·—→+:]\s+|\s{2,})\s*)")
STRIP = " \n—·:,.;•"


@cache
def templates() -> list[tuple[re.Pattern[str], int]]:
    """Every French translation as a pattern: its placeholders match anything (then checked)."""
    path = translations.TS_FOLDER / "counter_pos_fr_CA.ts"
    found = []
    for french in translations.read_ts(path).values():
        if not french:
            continue
        text = KEYS.sub("", _spaces(french)).strip(STRIP)
        if not re.sub(r"\{[^}]*\}", "", text).strip(" ·—:,.()[]"):
            continue  # only placeholders ("{label} {amount}"): it would match anything
        parts = re.split(r"(\{[^}]*\})", text)
        pattern = "".join("(.*?)" if part.startswith("{") else _literal(part) for part in parts)
        # Any case: a report's headings are its catalogue words in capitals.
        found.append((re.compile(pattern, re.DOTALL | re.IGNORECASE), len(text)))
    return sorted(found, key=lambda item: -item[1])  # longest first


def _literal(part: str) -> str:
    """A template's words as a pattern; its spaces at a placeholder may be gone (a name that
    was typed in is taken out with the space around it, "{approver} pour {name}")."""
    core = re.escape(part.strip())
    return (r"\s*" if part[:1].isspace() else "") + core + (
        r"\s*" if part[-1:].isspace() and core else "")


def _spaces(text: str) -> str:
    """No-break spaces as plain ones (a text widget hands them back so)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _figures_out(text: str) -> str:
    return re.sub(r"\s+", " ", FIGURES.sub(" ", CODES.sub(" ", PROPER.sub(" ", text)))).strip()


def is_french(text: str) -> bool:
    return _is_french(KEYS.sub("", _spaces(text)).strip(STRIP), top=True)


@cache
def _is_french(text: str, *, top: bool = False) -> bool:
    """`text` is a French translation (its placeholders French too, recursively), French ones
    joined, or has no words at all; amounts, card masks, codes and brands aside. Each step
    looks at shorter texts only, and each text is judged once (cached)."""
    text = KEYS.sub("", text).strip(STRIP)
    bare = _figures_out(text).strip(STRIP)
    if not re.search(r"[A-Za-zÀ-ÿ]", bare):
        return True  # amounts, numbers, card masks, key caps, brand names: no words
    if not top and re.fullmatch(r"[A-Z0-9]{4,}", text):
        return True  # a processor's code filled into a template ("Autor. {auth_code}")
    inside = re.fullmatch(r"\((.+)\)", text)
    if inside and "(" not in inside[1] and _is_french(inside[1]):
        return True  # "(gestionnaire)" after a name
    for candidate in dict.fromkeys((text, bare)):
        for pattern, _ in templates():
            match = pattern.fullmatch(candidate)
            if match and all(len(group) < len(candidate) and _is_french(group)
                             for group in match.groups()):
                return True
    return _joined_french(text)


def _joined_french(text: str) -> bool:
    """`text` is French sentences or phrases joined (". ", " · ", " — ", lines, columns): some
    way of cutting it at its joins leaves only French pieces (a piece may hold joins itself)."""
    split = SEPARATORS.split(text)
    pieces, joins = split[0::2], split[1::2]
    if len(pieces) < 2:
        return False

    def between(start: int, end: int) -> str:
        return "".join(pieces[i] + (joins[i] if i < end - 1 else "") for i in range(start, end))

    whole = len(pieces)
    cut = [True] + [False] * whole  # cut[k]: pieces[:k] read as French
    for end in range(1, whole + 1):
        cut[end] = any(cut[start] and (start, end) != (0, whole)
                       and _is_french(between(start, end))
                       for start in range(end))
    return cut[whole]


def french_problem(text: str, typed: tuple[str, ...] = ()) -> str | None:
    """Why `text` is not the French a Québec cashier should read, or None. `typed`: what people
    typed in (the store's name, the sale lines' descriptions) is theirs, in any language."""
    if ENGLISH_AMOUNT.search(text):
        return "an amount in the English form"
    for data in sorted(typed, key=len, reverse=True):
        # Whole words only: a line typed "Article" leaves "Articles vendus" as it is.
        text = re.sub(rf"(?<!\w){re.escape(data)}(?!\w)", " ", text) if data else text
    return None if is_french(text) else "not in the French catalogue"


def shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person sees now: labels, buttons, placeholders, tooltips,
    table headers and cells, list items, combo boxes, group titles, window titles."""
    found: list[tuple[str, str]] = []
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for top in tops:
        found.append(("window title", top.windowTitle()))
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            name = type(widget).__name__
            texts = [widget.toolTip()]
            if isinstance(widget, QLabel | QAbstractButton):
                texts.append(widget.text())
            if isinstance(widget, QLineEdit):
                texts.append(widget.placeholderText())
            if isinstance(widget, QPlainTextEdit):  # what a manager typed in is theirs
                texts += [widget.placeholderText(),
                          widget.toPlainText() if widget.isReadOnly() else ""]
            if isinstance(widget, QGroupBox):
                texts.append(widget.title())
            if isinstance(widget, QComboBox):
                texts += [widget.itemText(i) for i in range(widget.count())]
            if isinstance(widget, QListWidget):
                texts += [widget.item(i).text() for i in range(widget.count())]
            if isinstance(widget, QTableWidget):
                for column in range(widget.columnCount()):
                    header = widget.horizontalHeaderItem(column)
                    texts.append(header.text() if header else "")
                    texts += [widget.item(row, column).text() for row in range(widget.rowCount())
                              if widget.item(row, column) is not None]
            found += [(name, text) for text in texts if text]
    return found


class Visit:
    """The whole window, in French, driven as a cashier works it; `look` checks what shows."""

    def __init__(self, qtbot: QtBot, services: UiServices) -> None:
        self.qtbot = qtbot
        self.services = services
        self.window: MainWindow = build_window(services)
        qtbot.addWidget(self.window)
        with qtbot.waitActive(self.window):
            self.window.show()
            self.window.activateWindow()
        self.window.show_screen("sale")
        self.problems: dict[str, set[str]] = {}
        self.seen = 0

    def typed(self) -> tuple[str, ...]:
        journal = self.services.checkout.journal
        sales = journal.sales_between(0, journal.now_ms() + 86_400_000)
        return (self.services.settings.store_name,  # and people's names, as typed
                *(person.name for person in self.services.staff.people()),
                # and each word of a name (a report wraps a long "Par" line between them)
                *(word for person in self.services.staff.people()
                  for word in person.name.split()),
                *(line.description for sale in sales for line in sale.lines))

    def look(self, stop: str) -> None:
        QApplication.processEvents()
        typed = self.typed()
        for where, text in shown_texts(self.window):
            self.seen += 1
            # Line by line first: judging a long text (a report) as a whole costs minutes.
            wrong = [(line, why) for line in text.split("\n")
                     if (why := french_problem(line, typed))]
            if not wrong or french_problem(text, typed) is None:
                continue  # every line, or as a whole (a multi-line template)
            for line, why in wrong:
                self.problems.setdefault(f"{line!r} ({why})", set()).add(f"{stop}/{where}")

    def key(self, key: Qt.Key, widget: QWidget | None = None) -> None:
        self.qtbot.keyClick(widget or QApplication.focusWidget() or self.window, key)

    def type(self, widget: QWidget, text: str, enter: bool = True) -> None:
        widget.setFocus()
        self.qtbot.keyClicks(widget, text)
        if enter:
            self.qtbot.keyClick(widget, Qt.Key.Key_Return)

    def go(self, key: str) -> None:
        self.window.go_to(key)
        self.qtbot.waitUntil(lambda: self.window.current is self.window.screens[key],
                             timeout=WAIT)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    assert install_language(qapp, "fr_CA") == "fr_CA"
    yield
    remove_language(qapp)


@pytest.fixture
def detector() -> Iterator[SwipeDetector]:
    swipe = SwipeDetector(max_gap_ms=60_000, flush_after_ms=60_000)
    swipe.install()
    yield swipe
    swipe.uninstall()


def test_every_screen_in_french_shows_only_french(
        french: None, qtbot: QtBot, services: UiServices, detector: SwipeDetector) -> None:
    services.swipe = detector
    visit = Visit(qtbot, services)
    sale, pay = visit.window.screens["sale"], visit.window.screens["tender"]
    visit.look("sale, empty")

    assert "," in [key.text() for key in sale.findChildren(QAbstractButton)]  # keypad
    visit.type(sale.amount, "40,00")  # a French cashier types a comma
    sale.quick_keys[0].click()
    visit.look("sale in progress")
    assert "Café" in sale.lines.item(1, 0).text()
    assert sale.total.text() == "TOTAL  43,50\u00a0$"

    # A price override (F6): the coffee's new price typed, a manager's PIN approves it.
    sale.lines.selectRow(1)
    visit.key(Qt.Key.Key_F6, visit.window)
    qtbot.waitUntil(lambda: sale.add_button.text().startswith("Fixer le prix"), timeout=WAIT)
    visit.look("sale, changing a price")
    visit.type(sale.amount, "3,00")
    qtbot.waitUntil(lambda: sale.dialog is not None and sale.dialog.isVisible(), timeout=WAIT)
    heading = sale.dialog.heading.text()  # (its list of managers is people's names: theirs)
    assert _spaces(heading) == "Un gestionnaire doit approuver : modification de prix — " \
        "Café : 3,50 $ → 3,00 $"
    assert french_problem(heading, visit.typed()) is None
    approve_as_manager(qtbot, sale)
    qtbot.waitUntil(lambda: "Prix modifié" in sale.status.text(), timeout=WAIT)
    assert sale.lines.item(1, 2).text() == "3,00\u00a0$ (était 3,50\u00a0$)"
    assert sale.total.text() == "TOTAL  43,00\u00a0$"
    visit.look("sale, price changed")

    visit.key(Qt.Key.Key_F5, visit.window)
    qtbot.waitUntil(lambda: visit.window.current is pay, timeout=WAIT)
    assert pay.due.text() == "Reste à payer 43,00\u00a0$"
    visit.look("pay")
    visit.key(Qt.Key.Key_F6, visit.window)
    qtbot.waitUntil(lambda: pay.mode == "gift_card")
    visit.look("pay, gift card panel")
    qtbot.keyClicks(QApplication.focusWidget(), ";600123?")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "18,00\u00a0$" in pay.due.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: not pay.tasks.running, timeout=WAIT)
    assert pay.due.text() == "Reste à payer 18,00\u00a0$"
    assert pay.amount.text() == "18,00"  # the rest, ready to pay, with a decimal comma
    visit.look("pay, split tender")

    qtbot.waitUntil(lambda: not pay.tasks.running, timeout=WAIT)
    qtbot.mouseClick(pay.card_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pay.mode == "card")
    visit.look("pay, card panel")
    panel = pay.card_panel
    visit.type(panel.number, "4111111111111111", enter=False)
    visit.type(panel.expiry, "12/30", enter=False)
    visit.type(panel.cvv, "123")
    qtbot.waitUntil(lambda: services.checkout.sale is not None
                    and services.checkout.sale.state is SaleState.COMPLETED, timeout=WAIT)
    qtbot.waitUntil(pay.receipt.isVisible, timeout=WAIT)
    assert pay.due.text() == "Payé en entier"
    receipt = pay.receipt.toPlainText()  # (a text widget hands no-break spaces back as spaces)
    assert re.search(r"Sous-total +43,00\s\$", receipt) and "Carte-cadeau ····0123" in receipt
    assert re.search(r"Prix modifié, était 3,50\s\$", receipt)
    visit.look("finished sale and its receipt")

    visit.go("desk")
    desk = visit.window.screens["desk"]
    visit.look("gift card desk")
    qtbot.keyClicks(desk.number_edit, "7777130000013")
    qtbot.keyClicks(desk.code_edit, "1313")
    qtbot.mouseClick(desk.balance_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Solde" in desk.result.text(), timeout=WAIT)
    visit.look("desk, balance")

    visit.go("history")
    history = visit.window.screens["history"]
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: "Vente" in history.receipt.toPlainText(), timeout=WAIT)
    visit.look("history, a sale chosen")

    visit.go("recovery")
    visit.look("recovery")

    # The new screens of the manager's day: the shift, reports/people/audit, signing in.
    for key in ("shift", "manager", "signin"):
        visit.window.show_screen(key)
        visit.look(key)
        if key == "manager":  # the X report's own text on screen (its rows, its figures)
            reports = visit.window.screens["manager"].reports  # type: ignore[attr-defined]
            qtbot.mouseClick(reports.x_button, Qt.MouseButton.LeftButton)
            approve_as_manager(qtbot, reports)
            view = reports.view
            qtbot.waitUntil(lambda v=view: "Rapport X" in v.toPlainText(), timeout=WAIT)
            shown = reports.view.toPlainText()
            assert "Fonds de caisse" in shown and "100,00 $" in _spaces(shown)
            visit.look("manager, X report")
    visit.window.show_screen("recovery")
    visit.window.go_to("settings")  # a cashier is refused, and told so (in French)
    QApplication.processEvents()
    visit.look("settings refused to a cashier")
    visit.window.show_screen("settings")  # as a manager would reach it
    visit.look("settings")
    settings = visit.window.screens["settings"]
    visit.key(Qt.Key.Key_F8, visit.window)
    qtbot.waitUntil(lambda: settings.dialog is not None and settings.dialog.isVisible(),
                    timeout=WAIT)
    visit.look("card reader test")
    settings.dialog.close()

    assert visit.seen > 200  # the walk really looked at the screens
    assert not visit.problems, "Not French:\n" + "\n".join(
        f"  {text} at {', '.join(sorted(where))}" for text, where in sorted(visit.problems.items()))
    assert current_locale() == "fr_CA"


def test_the_untranslated_string_check_catches_english(french: None) -> None:
    """The rule above is no rubber stamp: English, and English amounts, are caught."""
    assert french_problem("Remaining due 18,50\u00a0$") is not None
    assert french_problem("Reste à payer $18.50") is not None
    assert french_problem("Sale #12 voided: Visa ····1111 $5.00.") is not None
    assert french_problem("Vente nº 12 · 5,00 $ · being reversed") is not None
    assert french_problem("Vente nº\u00a012 corrigée : Visa ····1111 5,00\u00a0$.") is None
    assert french_problem("Reste à payer 18,50\u00a0$") is None
    assert french_problem("Counter POS 0.1.0 — FORMATION") is None
    assert french_problem("Jacket   62,50 $", ("Jacket",)) is None  # typed by the cashier
    assert french_problem("Jacket   62,50 $") is not None
    assert french_problem("Paid in full") is not None
    assert french_problem("Retirer la ligne  [Del]") is not None  # an English key cap
    assert french_problem("Retirer la ligne  [Suppr]") is None
    assert french_problem("Vente nº 1 · 62,50 $ · en renversement\n   Visa ····1111 20,00 $ : "
                          "remboursement pas encore confirmé par Clover") is None
    assert french_problem("Vente nº 1 · 62,50 $ · en renversement\n   Visa ····1111 20,00 $ : "
                          "refund not confirmed by Clover yet") is not None
    # A report's lines: capitals, counts in brackets, a role in brackets after a name.
    assert french_problem("VENTES NETTES") is None
    assert french_problem("NET SALES") is not None
    assert french_problem("Corrections (2)   11,00 $    Ventes nettes   5,00 $") is None
    assert french_problem("Voids (2)   11,00 $    Ventes nettes   5,00 $") is not None
    assert french_problem("Par Mo (gestionnaire) pour Cleo", ("Mo", "Cleo")) is None
    assert french_problem("Par Mo (manager) pour Cleo", ("Mo", "Cleo")) is not None


def test_every_screen_in_french_still_fits_a_1280_by_768_counter_screen(
        french: None, qtbot: QtBot, services: UiServices) -> None:
    """French runs longer than English: the window's minimum size, with each screen and each
    pay panel open, still fits 1280x768 less a title bar (as in English)."""
    window = build_window(services)
    qtbot.addWidget(window)
    window.show()
    services.checkout.add_item("Imperméable", 6250)
    window.clock.setText(format_weekday_time(datetime(2026, 7, 29, 23, 59)))  # the widest
    tender = window.screens["tender"]
    too_large = []
    for key in window.screens:
        window.show_screen(key)
        for mode in ((None, "gift_card", "card", "cash") if key == "tender" else (None,)):
            if mode is not None:
                tender.set_mode(mode)  # type: ignore[attr-defined]
            needed = window.minimumSizeHint()
            if needed.width() > 1280 or needed.height() > 768 - 40:
                too_large.append((key, mode, needed.width(), needed.height()))
    # Settings scrolls up and down only: its two columns fit across, as in English.
    form = window.screens["settings"].form  # type: ignore[attr-defined]
    if form.minimumSizeHint().width() > 1280 - 40:
        too_large.append(("settings form", None, form.minimumSizeHint().width(), 0))
    assert not too_large


def test_a_sale_that_needs_a_manager_reads_in_french_in_recovery_and_history(
        french: None, qtbot: QtBot, services: UiServices, runtime: Runtime) -> None:
    """What is owed to the ledger (a void Clover hasn't confirmed) is worded in French where a
    manager reads it: Recovery's list and History's details."""
    cancel_that_fails(qtbot, runtime)
    visit = Visit(qtbot, services)
    visit.go("recovery")
    recovery = visit.window.screens["recovery"]
    owed = [recovery.owed.item(i).text() for i in range(recovery.owed.count())]  # type: ignore[attr-defined]
    assert any("Visa ····1111 20,00\u00a0$\u00a0: remboursement pas encore confirmé par Clover"
               in text for text in owed), owed
    visit.look("recovery, a sale needs a manager")
    visit.go("history")
    history = visit.window.screens["history"]
    history.table.selectRow(0)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Vente" in history.receipt.toPlainText(),  # type: ignore[attr-defined]
                    timeout=WAIT)
    visit.look("history, a sale that needs a manager")
    assert not visit.problems, "Not French:\n" + "\n".join(
        f"  {text} at {', '.join(sorted(where))}" for text, where in sorted(visit.problems.items()))


def test_a_french_z_report_reads_french_and_still_adds_up(
        french: None, qtbot: QtBot, services: UiServices) -> None:
    """The Z report as printed (and put in the PDF) and as CSV, in French: French labels,
    `12,50 $` amounts, English CSV column keys, and the same figures as in English."""
    from pos_app.domain import Tender, TenderKind  # noqa: PLC0415
    from pos_app.shift import report_csv, report_text  # noqa: PLC0415
    from pos_app.staff import Action  # noqa: PLC0415
    from pos_app.staff.demo import DEMO_PEOPLE  # noqa: PLC0415
    from pos_app.ui.i18n import tr  # noqa: PLC0415
    from tests.gui.conftest import run_async  # noqa: PLC0415
    from tests.shift.test_book import cash, completed_sale  # noqa: PLC0415

    journal, book, staff = services.checkout.journal, services.shifts, services.staff
    completed_sale(journal, cash(1100, 2000))  # $10.00 + tax, cash
    completed_sale(journal, Tender(TenderKind.CARD, 2200, amount_approved=2200, brand="VISA",
                                   last4="1111"), items=2000)
    manager = next(p for p in staff.people() if p.name == DEMO_PEOPLE[1][0])

    def approval(action: Action) -> object:
        return run_async(qtbot, staff.approve(action, manager.id, DEMO_PEOPLE[1][2]))

    book.close(10_000 + 1100 - 200, approval(Action.CLOSE_SHIFT))  # $2.00 short
    z = book.z_report(approval(Action.REPORTS))
    french_text, english_text = report_text(z, "Boutique", words=tr), report_text(z, "Boutique")
    text = _spaces(french_text)
    for label in ("Rapport Z nº 1", "VENTES", "Ventes brutes", "Ventes nettes", "Remboursements",
                  "Corrections", "Taxes", "MODES DE PAIEMENT", "Comptant (1)", "Carte VISA (1)",
                  "Fonds de caisse", "Attendu dans le tiroir", "Compté", "Excédent / manque",
                  "PASSIF DES CARTES-CADEAUX", "(gestionnaire)"):
        assert label in text, label
    for english in ("Net sales", "Cash drawer", "Over / short", "$", "(manager)"):
        assert english not in text.replace(" $", ""), english
    assert re.search(r"Excédent / manque +-2,00 \$", text)
    assert re.search(r"Attendu dans le tiroir +111,00 \$", text)
    wide = [line for line in french_text.splitlines() if len(line) > 42]
    assert not wide, wide

    def figures(report: str) -> list[str]:
        return re.findall(r"-?[\d\u202f]+,\d\d\u00a0\$", report)

    # Still adds up: the same figures, in the same order, as the English report.
    assert figures(french_text) == figures(english_text) and len(figures(french_text)) > 15
    assert csv_rows(report_csv(z, words=tr))[0] == [  # the columns' keys stay English
        "report", "number", "from", "to", "section", "what", "count", "cents", "amount"]
    cells = {row[5]: row for row in csv_rows(report_csv(z, words=tr))[1:]}
    assert cells["Excédent / manque"][7] == "-200"
    assert _spaces(cells["Excédent / manque"][8]) == "-2,00 $"
    assert cells["Total des paiements"][7] == str(1100 + 2200)
    # No voids or refunds here: net is gross; expected is float + cash sales.
    assert cells["Ventes nettes"][7] == cells["Ventes brutes"][7] == str(1000 + 2000)
    assert int(cells["Attendu dans le tiroir"][7]) == int(cells["Fonds de caisse"][7]) + int(
        cells["Ventes au comptant"][7])


def csv_rows(text: str) -> list[list[str]]:
    import csv  # noqa: PLC0415
    import io  # noqa: PLC0415

    return list(csv.reader(io.StringIO(text)))
