"""Printed forms as PDF (reportlab platypus): shared page, fonts and strings, one module per form.

Nothing here imports Qt, so the command line and the tests print without a display.
"""
