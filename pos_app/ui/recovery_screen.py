"""After a crash: what the register did with each sale it found unfinished, and retry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pos_app.checkout import RecoveryAction
from pos_app.checkout.recovery import recover
from pos_app.domain import SaleState

from .history_screen import state_words
from .screen import Screen
from .services import UiServices
from .widgets import button, label, shortcut

__all__ = ["RecoveryScreen", "describe"]

_AFTER_WORDS = {
    SaleState.COMPLETED: "finished",
    SaleState.CANCELLED: "reversed — every payment given back",
    SaleState.NEEDS_ATTENTION: "NEEDS A MANAGER",
}
ATTENTION = QColor("#fde8e7")


def describe(action: RecoveryAction) -> str:
    """`Sale #12 · $62.50 · Taking payment → reversed — …` and what was done."""
    before = state_words(action.before)
    after = _AFTER_WORDS.get(action.after, state_words(action.after))
    return f"Sale #{action.number} · {action.total} · {before} → {after}\n{action.message}"


class RecoveryScreen(Screen):
    """Shown at start when recovery settled (or tried to settle) unfinished sales."""

    title = "Recovery"

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.heading = label("", role="title", name="Recovery summary")
        self.heading.setWordWrap(True)
        self.hint = label("", role="muted")
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Unfinished sales and what was done")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.retry_button = button("Retry now", name="Retry unfinished sales now")
        self.retry_button.clicked.connect(self.retry)
        self.continue_button = button("Continue to sale", role="primary", key="Enter",
                                      name="Continue to sale")
        self.continue_button.clicked.connect(lambda: self.navigate.emit("sale"))
        shortcut(self, "Return", self.continue_button.click)  # both Enter keys continue

        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.show_actions(services.recovery)

    def on_shown(self) -> None:
        self.show_actions(self.services.recovery)
        self.continue_button.setFocus()

    def show_actions(self, actions: list[RecoveryAction]) -> None:
        count = len(actions)
        sales = "sale" if count == 1 else "sales"
        self.heading.setText(
            f"The register stopped in the middle of {count} {sales} — here is what it did"
            if count else "No unfinished sales — nothing to recover.")
        managers = sum(1 for action in actions if action.needs_manager)
        self.hint.setText(
            f"{managers} {'sale needs' if managers == 1 else 'sales need'} a manager "
            "(highlighted). The register keeps retrying them; press Retry now to try at once."
            if managers else "Every payment is settled: nobody was charged twice or left "
            "charged for a cancelled sale.")
        self.list.clear()
        for action in actions:
            item = QListWidgetItem(describe(action))
            item.setData(Qt.ItemDataRole.UserRole, action.sale_id)
            if action.needs_manager:
                item.setBackground(QBrush(ATTENTION))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)

    def retry(self) -> None:
        """Settle again every sale the journal still holds unfinished (journaled, one at a time)."""
        self.tasks.run(recover(self.services.checkout), busy="Retrying unfinished sales…",
                       disable=[self.retry_button, self.continue_button], done=self._retried)

    def _retried(self, actions: list[RecoveryAction]) -> None:
        if not actions:
            self.status.show_message("No sale is unfinished any more.", "ok")
            return
        redone = {action.sale_id: action for action in actions}
        merged = [redone.pop(old.sale_id, old) for old in self.services.recovery]
        self.services.recovery[:] = merged + list(redone.values())
        self.show_actions(self.services.recovery)
        left = sum(1 for action in actions if action.needs_manager)
        self.status.show_message(
            f"{left} sale(s) still need a manager." if left else "Every sale is settled now.",
            "warn" if left else "ok")
