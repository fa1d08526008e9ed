"""What the cashier and the owner read about the receipt printer and the cash drawer.

Whole sentences with named fields ({where}), so each can be translated as one piece.
"""

from __future__ import annotations

from pos_app.hardware.printer_port import PrinterFault, PrinterProblem

__all__ = ["DRAWER_FAILED", "DRAWER_NONE", "DRAWER_OPENED", "FOUND", "FOUND_NONE",
           "TEST_PAGE_LINES", "TEST_PAGE_SENT", "drawer_message", "fault_message"]

_PROBLEMS = {
    PrinterProblem.UNREACHABLE: "The receipt printer at {where} doesn't answer — check it is "
                                "on and plugged in, then press Print receipt again.",
    PrinterProblem.DROPPED: "The receipt printer at {where} stopped mid-receipt — check it is "
                            "on and has paper, then press Print receipt again.",
    PrinterProblem.OFFLINE: "The receipt printer at {where} is offline — check its lights and "
                            "paper, then press Print receipt again.",
    PrinterProblem.PAPER_OUT: "The receipt printer is out of paper — load a new roll, then "
                              "press Print receipt again.",
    PrinterProblem.COVER_OPEN: "The receipt printer's cover is open — close it, then press "
                               "Print receipt again.",
    PrinterProblem.NOT_FOUND: "The receipt printer {where} isn't connected — plug it in, or "
                              "check the receipt printer in Settings (Ctrl+,).",
    PrinterProblem.NO_PERMISSION: "Counter POS may not use the receipt printer {where} — ask "
                                  "whoever set up this computer to give it access.",
    PrinterProblem.NO_DRIVER: "This computer can't drive the receipt printer {where} (USB or "
                              "serial support isn't installed) — use its network port instead, "
                              "or ask whoever set up this computer.",
    PrinterProblem.BAD_LOGO: "The receipt logo {where} can't be read as a picture — choose "
                             "another in Settings (Ctrl+,), or leave it empty.",
}
_PART_PRINTED = " Part of the receipt may have printed: tear it off."

_DRAWER = {
    PrinterProblem.UNREACHABLE: "The cash drawer didn't open: the receipt printer at {where} "
                                "doesn't answer. Open the drawer with its key.",
    PrinterProblem.DROPPED: "The cash drawer may not have opened: the receipt printer at "
                            "{where} hung up. Open the drawer with its key if it is shut.",
}
DRAWER_FAILED = "The cash drawer didn't open ({where}). Open the drawer with its key."
DRAWER_OPENED = "The cash drawer opened."
DRAWER_NONE = ("No cash drawer is set up: it plugs into an ESC/POS receipt printer — choose "
               "one in Settings.")

FOUND = ("Printers found: {count}. Choose one in the list, then Print test page; for a network "
         "printer, type its address.")
FOUND_NONE = ("No USB or serial receipt printer is plugged in. For a network printer, type "
              "escpos:net: and its address, then Print test page.")
TEST_PAGE_SENT = "Test page sent to {where} — check it printed, then Save."
TEST_PAGE_LINES = ("Counter POS", "Receipt printer test page",
                   "If you can read this, receipts print here.")


def fault_message(fault: PrinterFault) -> str:
    """The sentence for a failed receipt or test page."""
    text = _PROBLEMS[fault.problem].format(where=fault.where)
    if fault.printed_some and fault.problem in (PrinterProblem.DROPPED, PrinterProblem.PAPER_OUT,
                                                PrinterProblem.OFFLINE,
                                                PrinterProblem.COVER_OPEN):
        text += _PART_PRINTED
    return text


def drawer_message(fault: PrinterFault) -> str:
    """The sentence for a drawer that didn't open (the sale itself is done either way)."""
    return _DRAWER.get(fault.problem, DRAWER_FAILED).format(where=fault.where)
