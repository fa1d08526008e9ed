"""PySide6 widgets only: the main window, its screens, dialogs and receipts (no HTTP, no SQL)."""
