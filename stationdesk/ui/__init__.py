"""The PySide6 window: pages, forms, item models and dialogs."""
