<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
    <context>
        <name>CounterPOS</name>
        <message>
            <source>
Settled since: {DESK_AFTER}. {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>
Settled since: {get}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>
{label} id {result_id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>   Security code {security_code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  (copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  CANCELLED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  INCOMPLETE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (approved by {approved_by})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (virtual)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> A gift card Clover refused for good is not asked again: refund that customer in History (F4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> as merchant {merchant_id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Hand back {amount} cash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Left off: {names} — sell it again on the Gift cards screen (F3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> No API token is stored yet: until one is, Counter POS starts in training.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> of {target_id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Refund id {result_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> The damaged file was kept as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> The register will ask again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> To ask Clover again, swipe the card on the Gift cards screen and press Cash out: the same cash-out is asked about, never a second one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> to the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · card balance {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · change {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · on hold {amount} · available {amount2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> — TRAINING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(virtual)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>*** TRAINING — NO VALUE ***</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, approved by {voided_by}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A card number is digits only — check it and key it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A card reader types every 1–10 ms; slower keys are a person typing. Raise this only if swipes arrive as typing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A manager must approve gift card cash-outs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A manager must approve this: enter the manager's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new sale with: {items}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A payment is still being checked with Clover — wait, or press Check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A printer's name, or empty for the default printer; pdf:FOLDER saves each receipt as a PDF file instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A refund of a payment of this sale has no answer from Clover yet — settle it first (Recovery).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A refund of {join} has no answer from Clover yet — settle it first (Recovery), then void the sale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A refund of {label} has no answer from Clover yet — don't refund it again (see Recovery).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>access code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activation voided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an item first — then Pay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an item first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added {item} {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount to pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount to pay label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount to pay:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount, like 25.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount, or 3*2.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount: all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved by {approved_by}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As printed on receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking again can't change a refusal, so the register doesn't. Refund the customer (F8, a manager), then ring the items up again if they still want them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking Clover again about sale #{number}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking Clover again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auth {auth_code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>back on the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to sale  [Esc]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bagel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bank card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>being reversed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CAD — Canadian dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can't encrypt the card: Clover's encryption key is bad. Call support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can't reach Clover — check the network cable or Wi-Fi, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can't reach Clover — check the network cable or Wi-Fi, then try again. Nothing was charged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can't store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel sale  [F12]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled before it was finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling — reversing every payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card balance {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>card balance {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card balance {money}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card read — press Pay [F5] first, then swipe again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card read, but no screen is waiting for a card — press Pay (F2) or Gift cards (F3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card reader hint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card reader test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>card ····{last4}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card ····{last4} read — key the CVV, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card ····{last4} read — key the CVV, then Enter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash handed over:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash tendered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash {caption}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cash-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cash-out approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash-out needs a manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash-out of {card}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash-out voided: {amount} is back on {card} — take {amount} cash back from the customer{balance}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cashing out the gift card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change due {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change {money}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes discarded — the saved settings are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charging the card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check {card}'s balance: a cash-out may or may not have gone through. Don't pay out cash until you know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the balance…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the connection to Clover…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the credential store…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the gift card with Clover…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the gift card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking with Clover…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checkout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a cancelled or voided sale to ring it up again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a completed sale and one of its payments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a completed sale to void.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a reversed sale to ring it up again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a sale in the list above to print its receipt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a sale that needs a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a sale to reprint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a sale to see its receipt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how the customer pays — or just swipe a card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cleared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close card reader test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover (production)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover answered — finishing the connection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover answered, but not as expected — check the mode (sandbox or production).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover couldn't complete that — try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover credentials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover didn't confirm the reversal — call a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover didn't send the card's balance — try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover doesn't know this card read — swipe the card again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover is having trouble right now — wait a minute, then connect again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover is having trouble right now — wait a minute, then test again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover is having trouble — wait a moment, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover refused the request — check the details and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover refused the stored sign-in (it may have been revoked) — press Connect to Clover to sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover refused the token — check it was copied whole (Settings → Clover).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover refused this register's sign-in — a manager must reconnect Clover in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover sandbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover sandbox — test account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover sent an answer the register can't read — try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover's answer came back without this sign-in's check value (state), so it was ignored and nothing was saved. Press Connect to Clover to try again; if it repeats, Clover's sign-in page does not return it: tell support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover's answer doesn't say whether the {what}{target} went through ({reason}) Check it in Clover before doing it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover's answer says {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover's sign-in page answered {shown}. Nothing was saved — check the OAuth app ID, then press Connect to Clover again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clover's sign-in page came back without an authorization code. Nothing was saved — press Connect to Clover to try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coffee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed · {amount} refunded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm  [{key}]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm Production takes real money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to Clover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to {NAMES} — the OAuth sign-in works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to {NAMES} — the token works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to {where}. The sign-in and the PAKMS key are in this computer's credential store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to {where}; the tokens are in this computer's credential store. The PAKMS key could not be fetched yet: it is fetched again at the first card payment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected, but the settings file couldn't be written ({value}) — check the disk has space, then press Connect to Clover again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue to sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Couldn't open the web browser for Clover's sign-in page — check a default browser is set up, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counter POS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counter POS couldn't use the computer's credential store. Try again; if it keeps failing, restart the computer or check that GNOME Keyring or KWallet is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counter POS {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credential store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CVV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decimal point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declined — ask for another way to pay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Del</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>didn't go through — nothing changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diners Club</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard changes (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done earlier (before the register restarted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty: this computer's default printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter an amount, like 12.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the amount for promotion {code} ({amount} to {amount2}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the amount the cash-out paid out (the card's balance before it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the amount to put on the gift card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the amount to refund, more than $0.00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the cash the customer handed over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the promotion code of the virtual card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every payment is settled: nobody was charged twice or left charged for a cancelled sale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exact </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expiry MM/YY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish or cancel the current sale first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget Clover account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found at each start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the Clover dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card (virtual)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card not found — swipe it again or check the number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gift card payment mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card payments must be 'hold' (hold, then capture when the sale is paid) or 'redeem' (redeem at once).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gift card promotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card promotions must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card {card} {amount} — {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gift card ····{last4}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card ····{last4}
Balance {amount}
On hold {amount2}
Available {amount3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card ····{last4} balance {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card ····{last4} needs its {what} — key it, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card ····{last4} read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card ····{last4} swiped — choose what to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card ····{last4} — key its {what}, then Enter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift card ····{value} holds {balance} now: {seems}. Check the cash drawer before paying out anything.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand back {amount} cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand back {amount} cash · {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed back {amount} cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hold released, nothing taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold, then capture when paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I understand Production takes real money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in training mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it most likely didn't go through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it most likely went through before the restart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journaling the cash refund…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Juice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key the CVV — the 3 or 4 digits on the card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keyed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keypad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys received, masked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last swipe below. Swipe again to test another card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave blank to refund all that is left of the payment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longest pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longest pause between keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manager approval for cashouts must be yes or no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manager approving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manager's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manager's name (cash-out, refund, void)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mastercard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merchant ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>merchant ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MM/YY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ms between keys, at most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Muffin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NEEDS A MANAGER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs a manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs a manager ({value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs a manager only ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs a manager — Clover refused this for good:
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs a manager — {what} for Clover:
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New balance {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New gift card for the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New gift cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New sale  [Enter]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New sale — no receipt  [Enter]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer came back from Clover's sign-in page in time — press Connect to Clover to try again. Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer from Clover — check the internet connection, then connect again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer from Clover — check the internet connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer from Clover — checking the payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer from Clover — it will be retried.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer from Clover — the capture will be retried.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer from Clover — the reversal will be retried.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer from Clover — try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer from Clover: the {what}{target} may or may not have gone through. Don't do it again — the register will ask Clover again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no approval needed (store setting)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No Clover account is connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No Clover API token is stored — paste the token from Clover into API token (Settings → Clover), then test again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No Clover credentials are stored on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No printer is set up on this computer — choose the receipt printer in Settings (Ctrl+,), or press New sale for no receipt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No swipe yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not charged (checked with Clover) — take the payment again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not charged (checked with Clover).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not confirmed by Clover yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not done — nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not ready for keys yet: {what} not taken. Type it again when the Sale screen shows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not ready for keys yet: {what} not taken. Type them again when the Sale screen shows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing counts as settled until Clover confirms it: the register keeps asking by itself — choose one and press Try again now (F9) to ask at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is due.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing needs a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing unfinished — nothing to recover.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was charged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved — empty the Clover credential fields to save the other settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OAuth app ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a cash payment of a completed sale is handed back in cash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a completed sale can be reversed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a completed sale can be voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a payment of an unfinished sale can be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a reversed sale with items can be rung up again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a sale that was reversed can be rung up again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a sale whose gift card Clover refused can be refunded this way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only today's sales can be voided here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only {amount} of this payment is left to refund.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens Clover's sign-in page in the web browser; approve Counter POS there and it connects by itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid in full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid — finishing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paid, being finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PAKMS key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of this gift card is on hold for a sale — finish or cancel that sale first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste to replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay  [Enter]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay out all of gift card ····{last4} in cash?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay the customer {amount} in cash{balance}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay with the keyed card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay with the keyed gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment to refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments were taken: cancel the sale to change its items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Percent, like 8.875</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press again to cancel  [F12]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press again to {verb}  [F8]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Cancel sale again to cancel the sale and reverse every payment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press “Forget Clover account” again to remove the API token, refresh token and PAKMS key from this computer. Counter POS then starts in training mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print again  [F6]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print receipt  [F6]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the chosen sale's receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed at the bottom of receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing the receipt of sale #{number}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production takes real money from real cards. Tick “I understand Production takes real money”, then press Connect to Clover again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production takes real money from real cards. Tick “I understand Production takes real money”, then press Save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Production — real money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotion code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotion code (virtual cards)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotion code {code} isn't set up on this register — check the code (Settings → Checkout → Promotions).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotion {code} cards are sold for {amount} to {amount2} — not {amount3}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotion {code} is a {amount} card — it can't be sold for {amount2}. Leave the amount blank or enter {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotion {code}: the range must go from more than $0.00 up to at least as much.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotion {code}: the value must be more than $0.00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotion {code}: {strip!r} isn't an amount like 50.00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity must be 1 to {MAX_QUANTITY}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity must be 1 to {most}, like 3*2.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read {get} — {get2} ····{last4}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt footer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt of sale #{number} printed ({where}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt of sale #{number} reprinted ({where}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt of the chosen sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recording the cash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redeem immediately</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ref {ref_num}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund a payment of this sale (to the card or cash it came from)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refund or reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refund status {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund the customer of sale #{number} (Clover refused its gift card)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund to card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund to gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund to {card}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refunded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refunded at {clock}{by} — Clover refused its gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refunded in full at the desk before the void.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refunded {amount} to {card}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refunded {amount} to {card}{balance}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refunded {amount} to {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refunding to {label}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register IP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>register IP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register IP address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload of gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload of {card}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remaining due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remaining due {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed {item} {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removing the Clover credentials…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reprint receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reprinting sale #{number}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restart Counter POS to switch to {MODE_NAMES}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restart Counter POS to use the new {words}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retrying.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reversed — every payment given back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reversing the payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ring up again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ring up the chosen sale's items again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ring up this sale's items again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale # / refund id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale # to refund, or the refund / transaction id to void</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number}  {stamp}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} cancelled — every payment was reversed.{tail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} had no items to ring up again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} had no payments: discarded it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} is settled — {end}{tail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} is settled: {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} needs a manager: {owed}. The register keeps trying.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} needs a manager: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} needs attention: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} rung up again as sale #{number2} ({amount}).{left_off_note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} rung up again as sale #{number2} ({amount}).{note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} still needs a manager: {join}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} still needs a manager: {owed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} was paid: finished it ({amount}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} wasn't paid in full: reversed every payment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} {done}: {said}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} · {amount} · {doing}
{owed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number} · {total} · {before} → {after}
{message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{number}: giving every payment back…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{wanted} isn't among today's sales — check the number on the receipt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale #{wanted}: choose the payment to refund, then Refund payment (F7).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale number or refund id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales and gift card operations that need a manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales that need a manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sandwich</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved — waiting for a restart of Counter POS: {words}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screen title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>security code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security code (if any)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security code (if the card has one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the payment to remove in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sell card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sell virtual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sell virtual card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to Clover with every payment (x-forwarded-for). Leave it empty to send this register's own address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settled by {manager}: didn't go through. Nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settled by {manager}: {done_message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only sales that need a manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in cancelled — nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong on this register — the sale is safe in the journal. Try again; if it repeats, call a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a sale first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting Counter POS — checking the journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still no answer from Clover. Don't take another payment yet: press Check again, or Cancel sale (it will be reversed once Clover answers).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store and receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store details and swipe timing apply now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street, town, phone — up to 6 lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subtotal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subtotal  {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swipe a card now. What the reader types is shown here, masked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swipe a gift card, or key its number and security code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swipe again — the card didn't read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swipe duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swipe gift card ····{last4} to finish {value} {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swipe the card now — or key it in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swipe the gift card now — or key it in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swipe timing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swipe timing setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swipe timing, milliseconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take cash  [Enter]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>taken back off the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taking payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax  {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax is computed on non-negative amounts and rates only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tax rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax rate (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax rate, percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tendered {money}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test card reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That card number doesn't add up — check it and key it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is gift card ····{last4} — this cash-out was of gift card ····{last42}. Swipe that card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That isn't a card this register can read — swipe again or key it in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That isn't a Clover {what} id — check it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That isn't a gift card number — gift card numbers are six, thirteen, sixteen or nineteen digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That isn't an amount — type digits like 12.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That isn't an amount — type digits with no spaces, like 12.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That number is the wrong length for a card or gift card — check it and key it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That payment is only a hold — release it from its sale instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That would be {amount} in change — check the amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount can't be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount is too large: at most {most}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount must be more than $0.00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount must be more than {zero}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer that came back was not from this sign-in, so it was ignored and nothing was saved. Press Connect to Clover to try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The card read two different numbers — swipe again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The card reader is not active on this register — restart Counter POS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The card reader speed must be a whole number of milliseconds from 5 to 500.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The card reader works: {what} ····{last4} read. Test card reader (F8) shows how the swipe arrived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The card's expiry date didn't read — key the card in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The card's expiry date didn't read — swipe again or key it in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Clover credentials were removed from this computer. Restart Counter POS: it starts in training mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The computer's credential store is locked. Unlock it (GNOME Keyring, KWallet or the Keychain — usually by signing in again), then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection was refused on Clover's page (Deny). Nothing was saved; Counter POS keeps its current account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The credentials were stored, but the settings file couldn't be written ({why}) — check the disk has space, then press Save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The currency must be USD or CAD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The environment must be training, sandbox or production.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gift card hold expired before the sale was finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hold had expired: nothing was taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hold on {cards} expired before the sale finished — nothing was taken from it. {due}: take another payment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal has no such desk operation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal has no such payment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring chainer has no usable backends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring chainer includes an insecure backend: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language must be system, en or fr_CA.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The line is too large: at most $999,999.99.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The line is too large: at most {most}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The merchant ID has only letters and digits (at most 32), as shown in Clover.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The OAuth app ID has only letters, digits, dots, dashes and underscores.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer {setting!r} isn't on this computer — check the receipt printer in Settings (Ctrl+,).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer {where} reported an error — check it, then print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The promotion codes set up in Clover: a fixed value (CODE=50.00) or a range (CODE=1.00-500.00). A virtual card's amount is checked against its code before the customer pays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The receipt folder {folder} can't be written — check the receipt printer in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The receipt footer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The receipt printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register IP address must look like 192.168.1.20 (or an IPv6 address).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register keeps trying by itself; Try again now (F9) asks Clover at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register stopped in the middle of {done} — here is what it did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sale is paid and being finished; it can't be cancelled now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sale on the till has items — finish or clear it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sale would be too large: at most $999,999.99.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file could not be read, so the default settings are in use.{kept} A manager should check Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file couldn't be written ({why}) — check the disk has space, then press Save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file has no valid version number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings were saved by a newer version of Counter POS; settings this version does not know are ignored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The store address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The store name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tax rate can have at most {TAX_DECIMALS} decimal places.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tax rate can't be more than 30 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tax rate can't be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tax rate must be between 0 % and 30 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the training sandbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the transaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the void is waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {names} {value} in this computer's credential store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no line to remove.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no setting called {name!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no secure credential store, so Counter POS can't save the Clover connection. On Linux, install and unlock GNOME Keyring or KWallet (sign in to a desktop session); on Windows and macOS, sign in to a normal user account. Then connect again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This gift card is already active — use Reload to add value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This gift card is closed — it has no balance to use or pay out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This gift card isn't active yet — sell it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This gift card isn't active yet — sell or activate it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This operation is already settled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This operation was made in the other mode (training or real Clover) — settle it with the register in that mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This payment was already refunded in full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This sale is still at the till.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This sale isn't taking payments now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This sale isn't taking payments — press New sale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This sale was made {mode} — settle it with the register in that mode (Settings → Clover).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TOTAL  {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>track 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>track 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training mode banner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training mode uses the built-in sandbox and needs no Clover account — choose Clover sandbox or Production as the mode, then press Connect to Clover.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training mode uses the built-in sandbox — no connection needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TRAINING MODE — nothing here has value. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training — no value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again now: ask Clover about the chosen one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the expiry as MM/YY, like 12/30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the OAuth app ID (the App ID of your app in Clover's developer dashboard), then press Connect to Clover.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the sale number from the receipt (Sale #…), then Refund: the sale's payments are listed to choose from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the swipe timing in milliseconds, a whole number from {lo} to {hi}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the tax rate as a percentage, like 8.875.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unfinished sales and gift card operations, and what was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>USD — US dollar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at most two decimals (cents), like 12.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>virtual gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Virtual gift card promotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void cancelled — the sale is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void of a refund to {card}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void on {card}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void sale #{number} ({amount})?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Void {what} {target}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voided at {clock}{by}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voided: {amount} taken back off {card}{balance}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voiding…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait — a payment is in progress. Close the register when it has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait — the gift card desk is still working on the last request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait — the last payment is still being checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait — the register is still working on the last step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for a restart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for Clover's answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for Clover's sign-in page in the web browser: approve Counter POS there. (Cancel sign-in stops waiting.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened to this sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the register did after the restart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with the real Clover account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your app's App ID in Clover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{address} (found at start)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} (the rest of {amount2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} is taken back off gift card ····{value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{capitalize} had a $0.00 balance — nothing to pay out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{capitalize} has a $0.00 balance — nothing to pay out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{caption}  [Alt+{value}]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} card swipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} card swipes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} gift card operation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} gift card operations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{description} ····{value} {amount}: void not confirmed ({value2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head} {what}. Press {void_text} again (F8) to confirm, Esc to keep the sale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: hold not captured — capture {NOT_YET}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: hold release {NOT_YET}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: not given back yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: payment {NOT_YET}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: refund{where} {NOT_YET}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: void {NOT_YET}{detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: {what} refused by Clover{detail} — refund the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: {what} {not_yet}{detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} can have at most {max_chars} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} can have at most {max_lines} lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} can't contain tabs or control characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is refunded in full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must fit on one line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} not done: Clover didn't approve it. Nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} not done: {reason} {NOTHING_CHANGED}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} paid {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} was not charged · {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} {amount} goes back on the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} {amount} is given back to the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} {amount} reversed · {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} {amount} was refunded in full before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} {amount} — charge voided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} {amount} — not charged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} {amount} — paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} {amount} — refunded at the desk before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} {amount} — refunded to the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} {amount}: hold not captured ({value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} {amount}: no answer from Clover yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} {amount}: reversal not confirmed ({value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} — {left} left to refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: couldn't confirm the reversal with Clover — it will be retried. {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{line_label} sold for {amount} is deactivated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{line_label} {amount}: Clover refused it ({rstrip}) — a manager refunds the customer from History (F4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message} Restart Counter POS to use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message} Using the default instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has priority {priority:g} (not a real store)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a known OS credential store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not usable here ({name2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} keeps secrets in a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} stores nothing (no keyring backend is available)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{NO_SECURE_STORE} Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{op_head} · interrupted → {DESK_AFTER}
{message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{owed} need a manager (highlighted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{owed} needs a manager (highlighted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{part!r}: write each promotion as CODE=50.00 (a fixed value) or CODE=1.00-500.00 (a range).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{question} Press {key} again to confirm, Esc to stop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{refusal_message} Nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text}. The reader paused close to the swipe timing limit — raise Swipe timing a little if some swipes arrive as typing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — give this to the customer (it is not on the receipt):
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user_message} The Clover sign-in was not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value:.0f} ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value}  [F10]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{void_text}  [F8]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} at {clock}{who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} pressed while Counter POS was starting was not taken — type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} pressed while Counter POS was starting were not taken — type them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}{card} for {amount} is on the sale — take payment on the Pay screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Stored</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
