"""Leaves a register's user data as a cashier would before an upgrade (for test-installers.sh).

Run with the source tree's Python, in the HOME (and D-Bus session) the installed app will use:
it saves settings, stores a keyring entry in the real Secret Service, and rings up a sale that
a gift card hold has part-paid, then stops as a power cut would: the sale stays unfinished in
the journal, for the upgraded app to recover. Prints `unfinished sale #N`.

    python scripts/installer_fixture.py
"""

from __future__ import annotations

import asyncio
import sys

from pos_app.domain import GiftCardInput
from pos_app.runtime import build_runtime
from pos_app.storage import AppPaths, SecretName, SecretStore, Settings, save_settings

GIFT_CARD = GiftCardInput("7777373100005003", "12345678")  # the sandbox's seeded $50.00 card
KEYRING_VALUE = "installer-test-pakms-key"  # not a real key: checked for after the upgrade


async def ring_up_and_stop(paths: AppPaths, settings: Settings) -> int:
    runtime = build_runtime(paths, settings, None)
    checkout = runtime.checkout
    checkout.add_item("Upgrade test jacket", 8000)
    result = await checkout.pay_gift_card(GIFT_CARD)
    print(result.message, flush=True)
    sale = checkout.sale
    if sale is None or sale.state.finished:
        raise SystemExit("installer_fixture: the sale should still be open")
    # Close the connections and the journal without settling: what a power cut leaves.
    await runtime.client.aclose()
    runtime.journal.close()
    return sale.number


def main() -> int:
    paths = AppPaths.default().ensure()
    settings = Settings(store_name="Upgrade Test Store", environment="training")
    save_settings(paths.settings_path, settings)
    store = SecretStore.detect()
    if not store.secure:
        print(f"no secure keyring here: {store.insecure_reason}", file=sys.stderr)
        return 1
    store.set(SecretName.PAKMS_KEY, KEYRING_VALUE)
    number = asyncio.run(ring_up_and_stop(paths, settings))
    print(f"unfinished sale #{number}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
