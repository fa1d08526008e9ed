"""The Settings page's fields: grouped, labelled for a store manager, read back as `Settings`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.storage import (
    SecretName,
    Settings,
    SettingsError,
    format_tax_rate,
    parse_tax_rate,
)
from pos_app.storage.settings import SWIPE_GAP_RANGE

from .printer_settings import PrinterGroup
from .widgets import button, label, set_style

__all__ = ["LIVE_FIELDS", "MODE_NAMES", "RESTART_FIELDS", "SECRET_NAMES", "SettingsForm",
           "saved_message", "words"]

MODE_NAMES = {"training": "Training", "sandbox": "Clover sandbox", "production": "Production"}
_MODES = (("training", "Training — no value"),
          ("sandbox", "Clover sandbox — test account"),
          ("production", "Production — real money"))
_CURRENCIES = (("usd", "USD — US dollar"), ("cad", "CAD — Canadian dollar"))
_REDEEM = (("hold", "Hold, then capture when paid"),
           ("redeem", "Redeem immediately"))
SECRET_NAMES = {SecretName.API_TOKEN: "API token", SecretName.REFRESH_TOKEN: "Refresh token",
                SecretName.PAKMS_KEY: "PAKMS key"}

# Applied the moment they are saved; every other setting is read once, at start-up.
LIVE_FIELDS = ("store_name", "store_address", "receipt_footer", "receipt_printer",
               "receipt_paper_mm", "receipt_logo", "cash_drawer", "swipe_max_gap_ms",
               "lock_after_minutes")
RESTART_FIELDS = {"environment": "mode", "merchant_id": "merchant ID", "currency": "currency",
                  "tax_rate_ppm": "tax rate", "redeem_mode": "gift card payment mode",
                  "register_ip": "register IP", "oauth_client_id": "OAuth app ID",
                  "cashout_requires_manager": "cash-out approval",
                  "record_orders": "recording sales as Clover orders",
                  "gift_card_promotions": "gift card promotions"}

# Local to this page: the theme has no group boxes or check boxes yet.
_STYLE = """
QGroupBox {
    background: white; border: 1px solid #d8dee4; border-radius: 10px;
    margin-top: 24px; padding: 8px 12px 4px 12px;
}
QGroupBox::title {
    subcontrol-origin: margin; subcontrol-position: top left; left: 4px; padding: 0 2px 4px 2px;
    font-size: 17px; font-weight: 700; color: #22303c;
}
QPlainTextEdit { font-size: 18px; }
QComboBox::drop-down {
    subcontrol-origin: padding; subcontrol-position: center right; width: 36px;
    border: none; border-left: 1px solid #d8dee4;
}
QComboBox::down-arrow { image: url(:/qt-project.org/styles/commonstyle/images/arrow-down-16.png); }
QComboBox QAbstractItemView::item { min-height: 44px; }
QCheckBox { min-height: 44px; }
QCheckBox::indicator { width: 26px; height: 26px; }
QLabel[secret="stored"] { color: #136c2e; font-weight: 600; }
QLabel[secret="missing"] { color: #5b6670; }
QLabel[secret="unusable"] { color: #8a1c12; font-weight: 600; }
QLabel#storeNote, QLabel#pendingNote {
    background: #fff4d6; color: #6b4a00; border-radius: 8px; padding: 8px;
}
QCheckBox#confirmNote { color: #8a1c12; font-weight: 600; }
"""


def words(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def saved_message(running: Settings, saved: Settings, stored: tuple[SecretName, ...]) -> str:
    """What the manager reads after Save: what applies now, what waits for a restart."""
    parts = ["Saved."]
    if any(getattr(running, f) != getattr(saved, f) for f in LIVE_FIELDS):
        parts.append("Store details and swipe timing apply now.")
    if stored:
        names = words([SECRET_NAMES[name] for name in stored])
        parts.append(f"The {names} {'is' if len(stored) == 1 else 'are'} in this computer's "
                     "credential store.")
    waiting = [text for f, text in RESTART_FIELDS.items()
               if getattr(running, f) != getattr(saved, f)]
    if running.environment != saved.environment:
        parts.append(f"Restart Counter POS to switch to {MODE_NAMES[saved.environment]}.")
    elif waiting or stored:
        parts.append(f"Restart Counter POS to use the new {words(waiting or ['credentials'])}.")
    return " ".join(parts)


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.returnPressed.connect(edit.focusNextChild)  # Enter moves on, like Tab
    return edit


def _text_box(name: str, placeholder: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)  # Enter adds a line; Tab moves on
    edit.setFixedHeight(24 * lines + 18)
    return edit


def _combo(name: str, options: tuple[tuple[str, str], ...]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    for value, text in options:
        combo.addItem(text, value)
    return combo


def _row(form: QFormLayout, text: str, field: QWidget | QHBoxLayout) -> None:
    """A right-aligned label, centred on a one-line field (the first line of a text box)."""
    caption = QLabel(text)
    caption.setMinimumHeight(48)
    caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if isinstance(field, QWidget):
        caption.setBuddy(field)
    form.addRow(caption, field)


def _group(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(6)
    return box, form


class SettingsForm(QWidget):
    """Every setting and the Clover credentials; no saving here (the screen does that)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        self.store_name = _line("Store name", "As printed on receipts")
        self.store_address = _text_box("Store address", "Street, town, phone — up to 6 lines", 3)
        self.receipt_footer = _text_box("Receipt footer", "Printed at the bottom of receipts", 2)
        self.printer_group = PrinterGroup()
        self.receipt_printer = self.printer_group.printer
        self.currency = _combo("Currency", _CURRENCIES)
        self.tax_rate = _line("Tax rate, percent", "Percent, like 8.875")
        self.redeem_mode = _combo("Gift card payments", _REDEEM)
        self.cashout_manager = QCheckBox("A manager must approve gift card cash-outs")
        self.cashout_manager.setAccessibleName("Cash-out needs a manager")
        self.record_orders = QCheckBox("Record sales as Clover orders, with their items")
        self.record_orders.setAccessibleName("Record sales as Clover orders")
        self.promotions = _line("Virtual gift card promotions", "67062=50.00, 67063=1.00-500.00")
        self.promotions.setToolTip("The promotion codes set up in Clover: a fixed value "
                                   "(CODE=50.00) or a range (CODE=1.00-500.00). A virtual card's "
                                   "amount is checked against its code before the customer pays.")
        self.swipe_gap = _line("Swipe timing, milliseconds", "50")
        self.swipe_gap.setValidator(QIntValidator(0, 9999, self.swipe_gap))
        self.swipe_gap.setToolTip("A card reader types every 1–10 ms; slower keys are a person "
                                  "typing. Raise this only if swipes arrive as typing.")
        self._make_account_fields()

        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.setSpacing(16)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(4)
        right.setSpacing(4)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        left.addWidget(self._store_group())
        left.addWidget(self.printer_group)
        left.addWidget(self._checkout_group())
        left.addStretch(1)
        right.addWidget(self._clover_group())
        right.addWidget(self._credentials_group())
        right.addStretch(1)
        self._watch()

    def _make_account_fields(self) -> None:
        """The Clover account's fields and buttons, and the credential store's notes."""
        self.mode = _combo("Mode", _MODES)
        self.confirm_production = QCheckBox("I understand Production takes real money")
        self.confirm_production.setAccessibleName("Confirm Production takes real money")
        self.confirm_production.setObjectName("confirmNote")
        self.confirm_production.setVisible(False)
        self.merchant_id = _line("Merchant ID", "From the Clover dashboard")
        self.register_ip = _line("Register IP address", "Found at each start")
        self.register_ip.setToolTip("Sent to Clover with every payment (x-forwarded-for). "
                                    "Leave it empty to send this register's own address.")
        self.oauth_client_id = _line("OAuth app ID", "Your app's App ID in Clover")
        self.connect_button = button("Connect to Clover", name="Connect to Clover")
        self.connect_button.setToolTip("Opens Clover's sign-in page in the web browser; approve "
                                       "Counter POS there and it connects by itself.")
        self.secret_edits: dict[SecretName, QLineEdit] = {}
        self.secret_states: dict[SecretName, QLabel] = {}
        self.store_note = label("", name="Credential store")
        self.store_note.setObjectName("storeNote")
        self.store_note.setWordWrap(True)
        self.store_note.setVisible(False)
        self.pending_note = label("", name="Waiting for a restart")
        self.pending_note.setObjectName("pendingNote")
        self.pending_note.setWordWrap(True)
        self.pending_note.setVisible(False)
        self.forget_button = button("Forget Clover account", role="danger",
                                    name="Forget Clover account")

    # -- layout ----------------------------------------------------------------------------

    def _store_group(self) -> QGroupBox:
        box, form = _group("Store and receipts")
        _row(form, "Store name", self.store_name)
        _row(form, "Address", self.store_address)
        _row(form, "Receipt footer", self.receipt_footer)
        return box

    def _checkout_group(self) -> QGroupBox:
        box, form = _group("Checkout")
        _row(form, "Currency", self.currency)
        _row(form, "Tax rate (%)", self.tax_rate)
        _row(form, "Gift card payments", self.redeem_mode)
        _row(form, "Cash-out", self.cashout_manager)
        _row(form, "Clover orders", self.record_orders)
        _row(form, "Promotions", self.promotions)
        self.lock_after = _line("Lock after, minutes", "5 (0: never)")
        self.lock_after.setValidator(QIntValidator(0, 999, self.lock_after))
        self.lock_after.setToolTip("The register locks itself after this many minutes with "
                                   "no key or touch; someone signs in again. 0: never.")
        _row(form, "Lock after (min)", self.lock_after)
        timing = QHBoxLayout()
        timing.setSpacing(10)
        self.swipe_gap.setFixedWidth(120)
        timing.addWidget(self.swipe_gap)
        hint = label("ms between keys, at most", role="muted")
        hint.setWordWrap(True)
        timing.addWidget(hint, 1)
        _row(form, "Swipe timing", timing)
        return box

    def _clover_group(self) -> QGroupBox:
        box, form = _group("Clover account")
        _row(form, "Mode", self.mode)
        form.addRow("", self.confirm_production)
        _row(form, "Merchant ID", self.merchant_id)
        _row(form, "Register IP", self.register_ip)
        _row(form, "OAuth app ID", self.oauth_client_id)
        form.addRow("", self.connect_button)
        form.addRow(self.pending_note)
        return box

    def _credentials_group(self) -> QGroupBox:
        box, form = _group("Clover credentials")
        for name, text in SECRET_NAMES.items():
            edit = _line(text, "Paste to replace")
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                     | Qt.InputMethodHint.ImhNoPredictiveText)
            state = label("", name=f"{text} stored")
            state.setMinimumWidth(110)
            row = QHBoxLayout()
            row.setSpacing(12)
            row.addWidget(edit, 1)
            row.addWidget(state)
            _row(form, text, row)
            self.secret_edits[name] = edit
            self.secret_states[name] = state
        form.addRow("", self.forget_button)
        form.addRow(self.store_note)
        self.show_secret_states(None, "")
        return box

    def _watch(self) -> None:
        for edit in (self.store_name, self.receipt_printer, self.printer_group.logo,
                     self.tax_rate, self.swipe_gap, self.promotions, self.lock_after,
                     self.merchant_id, self.register_ip, self.oauth_client_id,
                     *self.secret_edits.values()):
            edit.textEdited.connect(self.edited)
        for box in (self.store_address, self.receipt_footer):
            box.textChanged.connect(self.edited)
        for combo in (self.currency, self.redeem_mode, self.mode, self.printer_group.paper,
                      self.printer_group.drawer):
            combo.activated.connect(self.edited)
        self.cashout_manager.toggled.connect(self.edited)
        self.record_orders.toggled.connect(self.edited)

    # -- values ----------------------------------------------------------------------------

    def load(self, settings: Settings) -> None:
        """Show `settings` (the credential fields are left alone: they are never pre-filled)."""
        self.blockSignals(True)
        try:
            self.store_name.setText(settings.store_name)
            self.store_address.setPlainText(settings.store_address)
            self.receipt_footer.setPlainText(settings.receipt_footer)
            self.printer_group.load(settings)
            self.currency.setCurrentIndex(self.currency.findData(settings.currency))
            self.tax_rate.setText(format_tax_rate(settings.tax_rate_ppm))
            self.redeem_mode.setCurrentIndex(self.redeem_mode.findData(settings.redeem_mode))
            self.cashout_manager.setChecked(settings.cashout_requires_manager)
            self.record_orders.setChecked(settings.record_orders)
            self.swipe_gap.setText(str(settings.swipe_max_gap_ms))
            self.promotions.setText(settings.gift_card_promotions)
            self.lock_after.setText(str(settings.lock_after_minutes))
            self.mode.setCurrentIndex(self.mode.findData(settings.environment))
            self.merchant_id.setText(settings.merchant_id)
            self.register_ip.setText(settings.register_ip)
            self.oauth_client_id.setText(settings.oauth_client_id)
            self.confirm_production.setChecked(False)
        finally:
            self.blockSignals(False)

    def read(self) -> Settings:
        """The settings as typed; raises SettingsError (with `.field`) at the first bad one."""
        return Settings(
            environment=self.mode.currentData(),
            merchant_id=self.merchant_id.text(),
            currency=self.currency.currentData(),
            tax_rate_ppm=parse_tax_rate(self.tax_rate.text()),
            store_name=self.store_name.text(),
            store_address=self.store_address.toPlainText(),
            redeem_mode=self.redeem_mode.currentData(),
            swipe_max_gap_ms=self._swipe_gap(),
            register_ip=self.register_ip.text(),
            oauth_client_id=self.oauth_client_id.text(),
            cashout_requires_manager=self.cashout_manager.isChecked(),
            record_orders=self.record_orders.isChecked(),
            receipt_footer=self.receipt_footer.toPlainText(),
            **self.printer_group.values(),  # type: ignore[arg-type]
            gift_card_promotions=self.promotions.text(),
            lock_after_minutes=self._lock_after(),
        )

    def _lock_after(self) -> int:
        text = self.lock_after.text().strip()
        if not text.isdigit():
            raise SettingsError("lock_after_minutes", "Type the minutes before the register "
                                "locks itself, a whole number from 0 (never) to 240.")
        return int(text)

    def _swipe_gap(self) -> int:
        text = self.swipe_gap.text().strip()
        if not text.isdigit():
            lo, hi = SWIPE_GAP_RANGE
            raise SettingsError("swipe_max_gap_ms", f"Type the swipe timing in milliseconds, "
                                f"a whole number from {lo} to {hi}.")
        return int(text)

    def widget_for(self, field: str) -> QWidget:
        """The control a setting is typed in (focus goes there when it is refused)."""
        widgets: dict[str, QWidget] = {
            "environment": self.mode, "merchant_id": self.merchant_id,
            "currency": self.currency, "tax_rate_ppm": self.tax_rate,
            "store_name": self.store_name, "store_address": self.store_address,
            "redeem_mode": self.redeem_mode, "swipe_max_gap_ms": self.swipe_gap,
            "register_ip": self.register_ip, "oauth_client_id": self.oauth_client_id,
            "cashout_requires_manager": self.cashout_manager,
            "record_orders": self.record_orders,
            "receipt_footer": self.receipt_footer, "receipt_printer": self.receipt_printer,
            "gift_card_promotions": self.promotions, "lock_after_minutes": self.lock_after,
        }
        return widgets.get(field) or self.printer_group.widget_for(field) or self.store_name

    def show_register_address(self, address: str) -> None:
        """The address found at start, as the hint of an empty Register IP field."""
        if address:
            self.register_ip.setPlaceholderText(f"{address} (found at start)")

    def typed_secrets(self) -> dict[SecretName, str]:
        """The credentials pasted into the fields (trimmed); empty fields are left out."""
        typed = {name: edit.text().strip() for name, edit in self.secret_edits.items()}
        return {name: value for name, value in typed.items() if value}

    def clear_secrets(self) -> None:
        for edit in self.secret_edits.values():
            edit.clear()

    def show_secret_states(self, stored: dict[SecretName, bool] | None, note: str) -> None:
        """"Stored" / "Not stored" per credential; None when the store can't be used (`note`)."""
        for name, state in self.secret_states.items():
            if stored is None:
                text, kind = ("Unknown", "missing") if not note else ("Can't store", "unusable")
            elif stored.get(name):
                text, kind = "✓ Stored", "stored"
            else:
                text, kind = "Not stored", "missing"
            state.setText(text)
            set_style(state, "secret", kind)
        self.store_note.setText(note)
        self.store_note.setVisible(bool(note))
