"""The look: one stylesheet, touch-sized targets, colours that read at a glance under a queue."""

from __future__ import annotations

__all__ = ["STATUS_COLOURS", "STATUS_PADDING", "STATUS_RADIUS", "STYLESHEET", "TOUCH_HEIGHT"]

TOUCH_HEIGHT = 56  # px: a fingertip, not a mouse pointer

# A message's kind -> (background, text): the status line paints these itself (re-styling a
# label through the stylesheet for each message took a millisecond of the event loop).
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "info": ("#eef3f8", "#1d232b"),
    "ok": ("#e3f6e8", "#0f5223"),
    "warn": ("#fff4d6", "#6b4a00"),
    "error": ("#fde8e7", "#8a1c12"),
    "busy": ("#eef3f8", "#0b3d91"),
}
STATUS_PADDING = 10
STATUS_RADIUS = 8

STYLESHEET = """
QWidget { font-size: 16px; color: #1d232b; }
QMainWindow { background: #f4f6f8; }
QPushButton {
    min-height: 48px; padding: 6px 18px; border-radius: 8px;
    background: #ffffff; border: 1px solid #c5ccd4; font-weight: 600;
}
QPushButton:hover { background: #eef3f8; }
QPushButton:focus { border: 3px solid #1f6feb; }
QPushButton:disabled { color: #9aa4ae; background: #eceff2; border-color: #dde2e7; }
QPushButton[role="primary"] { background: #1f6feb; color: white; border: none; font-size: 20px; }
QPushButton[role="primary"]:disabled { background: #9dbcf0; }
QPushButton[role="danger"] { background: #ffffff; color: #b42318; border: 2px solid #e5a39d; }
QPushButton[role="primary"]:focus { border: 3px solid #0b3d91; }
QPushButton[role="danger"]:focus { border: 3px solid #b42318; }
QPushButton[role="tender"] {
    min-height: 84px; font-size: 24px; background: #ffffff; border: 2px solid #1f6feb;
    color: #1f6feb;
}
QPushButton[role="tender"]:focus { background: #e8f0fe; border: 4px solid #1f6feb; }
QPushButton[role="action"] {
    min-height: 72px; font-size: 20px; background: #ffffff; border: 2px solid #1f6feb;
    color: #1f6feb;
}
QPushButton[role="action"]:focus { background: #e8f0fe; border: 4px solid #1f6feb; }
QPushButton[role="key"] { min-height: 56px; min-width: 72px; font-size: 24px; }
QPushButton[role="nav"] {
    min-height: 44px; padding: 6px 12px; background: transparent; border: none; color: #dce3ea;
}
QPushButton[role="nav"]:checked { color: white; border-bottom: 3px solid #58a6ff; }
QLineEdit, QSpinBox, QComboBox, QPlainTextEdit {
    min-height: 44px; padding: 2px 10px; border: 1px solid #c5ccd4; border-radius: 6px;
    background: white; font-size: 20px;
}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus { border: 2px solid #1f6feb; }
QTableWidget, QListWidget {
    background: white; border: 1px solid #d8dee4; font-size: 18px;
    selection-background-color: #dbe9ff; selection-color: #1d232b;
}
QHeaderView::section { background: #eef1f4; padding: 6px; border: none; font-weight: 600; }
QLabel[role="title"] { font-size: 22px; font-weight: 700; }
QLabel[role="muted"] { color: #5b6670; }
QLabel[role="total"] { font-size: 28px; font-weight: 700; }
QLabel[role="due"] {
    font-size: 44px; font-weight: 800; color: #0b3d91; background: #e8f0fe;
    border-radius: 10px; padding: 10px 18px;
}
QLabel[role="due"][paid="true"] { color: #136c2e; background: #e3f6e8; }
QLabel[role="result"] {
    font-size: 30px; font-weight: 800; color: #0b3d91; background: #e8f0fe;
    border-radius: 10px; padding: 14px 18px;
}
QLabel[role="result"][paid="true"] { color: #136c2e; background: #e3f6e8; }
QLabel[role="result"][paid="false"] { color: #8a1c12; background: #fde8e7; }
QLabel[role="handover"] {
    font-size: 24px; font-weight: 700; background: #fff4d6; color: #1d232b;
    border: 2px dashed #f5a524; border-radius: 10px; padding: 12px;
}
QFrame#topBar { background: #22303c; }
QLabel#brand { color: white; font-size: 18px; font-weight: 700; }
QLabel#clock { color: #dce3ea; }
QLabel#starting { font-size: 22px; color: #5b6670; }
QLabel#trainingBanner {
    background: #f5a524; color: #1d232b; font-weight: 800; font-size: 16px; padding: 4px;
}
"""

# Other labels that show a kind of message (the card reader test, a sale's notes) use the same
# colours through the stylesheet.
STYLESHEET += "".join(
    f'QLabel[status="{kind}"] {{ background: {background}; color: {ink}; '
    f"border-radius: {STATUS_RADIUS}px; padding: {STATUS_PADDING}px; }}\n"
    for kind, (background, ink) in STATUS_COLOURS.items())
