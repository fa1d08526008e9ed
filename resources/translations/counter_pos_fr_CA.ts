<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
    <context>
        <name>CounterPOS</name>
        <message>
            <source>
Settled since: {DESK_AFTER}. {value}</source>
            <translation>
Réglé depuis : {DESK_AFTER}. {value}</translation>
        </message>
        <message>
            <source>
Settled since: {get}.</source>
            <translation>
Réglé depuis : {get}.</translation>
        </message>
        <message>
            <source>
{label} id {result_id}</source>
            <translation>
Nº de {label} : {result_id}</translation>
        </message>
        <message>
            <source>   Security code {security_code}</source>
            <translation>   Code de sécurité {security_code}</translation>
        </message>
        <message>
            <source>  ·  retired</source>
            <translation>  ·  retiré</translation>
        </message>
        <message>
            <source> (approved by {approved_by})</source>
            <translation> (approuvé par {approved_by})</translation>
        </message>
        <message>
            <source> (virtual)</source>
            <translation> (virtuelle)</translation>
        </message>
        <message>
            <source> A gift card Clover refused for good is not asked again: refund that customer in History (F4).</source>
            <translation> Une carte-cadeau refusée définitivement par Clover n'est pas redemandée : remboursez ce client dans l'Historique (F4).</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <source> and saved in {parent}.</source>
            <translation> et enregistré dans {parent}.</translation>
        </message>
        <message>
            <source> as merchant {merchant_id}</source>
            <translation> comme marchand {merchant_id}</translation>
        </message>
        <message>
            <source> at {asker}'s register</source>
            <translation> à la caisse de {asker}</translation>
        </message>
        <message>
            <source> Hand back {amount} cash.</source>
            <translation> Rendez {amount} en argent comptant.</translation>
        </message>
        <message>
            <source> Left off: {names} — sell it again on the Gift cards screen (F3).</source>
            <translation> Laissé de côté : {names} — vendez-la de nouveau à l'écran Cartes-cadeaux (F3).</translation>
        </message>
        <message>
            <source> No API token is stored yet: until one is, Counter POS starts in training.</source>
            <translation> Aucun jeton d'API n'est encore enregistré : d'ici là, Counter POS démarre en mode formation.</translation>
        </message>
        <message>
            <source> of {amount}</source>
            <translation> de {amount}</translation>
        </message>
        <message>
            <source> of {target_id}</source>
            <translation> de {target_id}</translation>
        </message>
        <message>
            <source> Part of the receipt may have printed: tear it off.</source>
            <translation> Une partie du reçu a peut-être été imprimée : détachez-la.</translation>
        </message>
        <message>
            <source> Refund id {result_id}.</source>
            <translation> Nº de remboursement : {result_id}.</translation>
        </message>
        <message>
            <source> The damaged file was kept as {name}.</source>
            <translation> Le fichier endommagé a été conservé sous le nom {name}.</translation>
        </message>
        <message>
            <source> The register will ask again.</source>
            <translation> La caisse redemandera.</translation>
        </message>
        <message>
            <source> to approve {label}</source>
            <translation> pour approuver : {label}</translation>
        </message>
        <message>
            <source> To ask Clover again, swipe the card on the Gift cards screen and press Cash out: the same cash-out is asked about, never a second one.</source>
            <translation> Pour redemander à Clover, glissez la carte à l'écran Cartes-cadeaux et appuyez sur Encaisser : c'est la même remise en argent qui est vérifiée, jamais une deuxième.</translation>
        </message>
        <message>
            <source> to the card</source>
            <translation> sur la carte</translation>
        </message>
        <message>
            <source> · card balance {amount}</source>
            <translation> · solde de la carte {amount}</translation>
        </message>
        <message>
            <source> · change {amount}</source>
            <translation> · monnaie {amount}</translation>
        </message>
        <message>
            <source> · on hold {amount} · available {amount2}</source>
            <translation> · retenu {amount} · disponible {amount2}</translation>
        </message>
        <message>
            <source> — TRAINING</source>
            <translation> — FORMATION</translation>
        </message>
        <message>
            <source>(copy)</source>
            <translation>(copie)</translation>
        </message>
        <message>
            <source>(virtual)</source>
            <translation>(virtuelle)</translation>
        </message>
        <message>
            <source>*** TRAINING — NO VALUE ***</source>
            <translation>*** FORMATION — SANS VALEUR ***</translation>
        </message>
        <message>
            <source>, approved by {name}</source>
            <translation>, approuvé par {name}</translation>
        </message>
        <message>
            <source>, approved by {voided_by}</source>
            <translation>, approuvée par {voided_by}</translation>
        </message>
        <message>
            <source>5 (0: never)</source>
            <translation>5 (0 : jamais)</translation>
        </message>
        <message>
            <source>58 mm — 32 characters a line</source>
            <translation>58 mm — 32 caractères</translation>
        </message>
        <message>
            <source>80 mm — 48 characters a line</source>
            <translation>80 mm — 48 caractères</translation>
        </message>
        <message>
            <source>A card number is digits only — check it and key it again.</source>
            <translation>Un numéro de carte ne contient que des chiffres — vérifiez-le et saisissez-le de nouveau.</translation>
        </message>
        <message>
            <source>A card reader types every 1–10 ms; slower keys are a person typing. Raise this only if swipes arrive as typing.</source>
            <translation>Un lecteur de cartes tape une touche toutes les 1 à 10 ms; des touches plus lentes sont une personne qui tape. N'augmentez cette valeur que si des cartes glissées arrivent comme de la saisie.</translation>
        </message>
        <message>
            <source>A gift card's amount is its value: its price can't change.</source>
            <translation>Le montant d'une carte-cadeau est sa valeur : son prix ne peut pas changer.</translation>
        </message>
        <message>
            <source>A manager must approve gift card cash-outs</source>
            <translation>Approbation d'un gestionnaire requise</translation>
        </message>
        <message>
            <source>A manager must approve: {label}.</source>
            <translation>Un gestionnaire doit approuver : {label}.</translation>
        </message>
        <message>
            <source>A manager must approve: {what}</source>
            <translation>Un gestionnaire doit approuver : {what}</translation>
        </message>
        <message>
            <source>A name is at most {MAX_NAME} characters.</source>
            <translation>Un nom a au plus {MAX_NAME} caractères.</translation>
        </message>
        <message>
            <source>A new sale with: {items}</source>
            <translation>Une nouvelle vente avec : {items}</translation>
        </message>
        <message>
            <source>A payment is still being checked with Clover — wait, or press Check again.</source>
            <translation>Un paiement est encore en vérification auprès de Clover — attendez ou appuyez sur Vérifier de nouveau.</translation>
        </message>
        <message>
            <source>A picture file, like /home/shop/logo.png — or empty</source>
            <translation>Un fichier image, p. ex. /home/shop/logo.png — ou vide</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>Un NIP a de 4 à 8 chiffres.</translation>
        </message>
        <message>
            <source>A refund of a payment of this sale has no answer from Clover yet — settle it first (Recovery).</source>
            <translation>Le remboursement d'un paiement de cette vente n'a pas encore de réponse de Clover — réglez-le d'abord (Reprise).</translation>
        </message>
        <message>
            <source>A refund of {join} has no answer from Clover yet — settle it first (Recovery), then void the sale.</source>
            <translation>Le remboursement de {join} n'a pas encore de réponse de Clover — réglez-le d'abord (Reprise), puis corrigez la vente.</translation>
        </message>
        <message>
            <source>A refund of {label} has no answer from Clover yet — don't refund it again (see Recovery).</source>
            <translation>Le remboursement de {label} n'a pas encore de réponse de Clover — ne le remboursez pas de nouveau (voir Reprise).</translation>
        </message>
        <message>
            <source>A USB printer is its vendor and product ID, like escpos:usb:04b8:0202.</source>
            <translation>Une imprimante USB se désigne par son ID de fabricant et de produit, p. ex. escpos:usb:04b8:0202.</translation>
        </message>
        <message>
            <source>A Z report already covers this period.</source>
            <translation>Un rapport Z couvre déjà cette période.</translation>
        </message>
        <message>
            <source>access code</source>
            <translation>code d'accès</translation>
        </message>
        <message>
            <source>activating</source>
            <translation>l'activation de</translation>
        </message>
        <message>
            <source>activation voided</source>
            <translation>activation corrigée</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add an item first — then Pay.</source>
            <translation>Ajoutez d'abord un article — puis Payer.</translation>
        </message>
        <message>
            <source>Add an item first.</source>
            <translation>Ajoutez d'abord un article.</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Ajouter l'article</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Ajouter la personne</translation>
        </message>
        <message>
            <source>Add {item}</source>
            <translation>Ajouter {item}</translation>
        </message>
        <message>
            <source>Added {item} {amount}</source>
            <translation>Ajouté : {item} {amount}</translation>
        </message>
        <message>
            <source>Adding…</source>
            <translation>Ajout…</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>all that is left</source>
            <translation>tout ce qui reste</translation>
        </message>
        <message>
            <source>Amex</source>
            <translation>Amex</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Amount to pay</source>
            <translation>Montant à payer</translation>
        </message>
        <message>
            <source>Amount to pay label</source>
            <translation>Étiquette du montant à payer</translation>
        </message>
        <message>
            <source>Amount to pay:</source>
            <translation>Montant à payer :</translation>
        </message>
        <message>
            <source>Amount, like 25.00</source>
            <translation>Montant, p. ex. 25,00</translation>
        </message>
        <message>
            <source>Amount, or 3*2.50</source>
            <translation>Montant, ou 3*2,50</translation>
        </message>
        <message>
            <source>Amount: all</source>
            <translation>Montant : tout</translation>
        </message>
        <message>
            <source>an error</source>
            <translation>une erreur</translation>
        </message>
        <message>
            <source>An ESC/POS printer setting starts escpos:net:, escpos:usb:, escpos:serial: or escpos:file:.</source>
            <translation>Un réglage d'imprimante ESC/POS commence par escpos:net:, escpos:usb:, escpos:serial: ou escpos:file:.</translation>
        </message>
        <message>
            <source>API token</source>
            <translation>Jeton d'API</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approuvé par</translation>
        </message>
        <message>
            <source>approved by {approved_by}</source>
            <translation>approuvé par {approved_by}</translation>
        </message>
        <message>
            <source>Approving manager</source>
            <translation>Gestionnaire qui approuve</translation>
        </message>
        <message>
            <source>As printed on receipts</source>
            <translation>Tel qu'imprimé sur les reçus</translation>
        </message>
        <message>
            <source>Asked by {who}. The manager chooses their name and types their PIN.</source>
            <translation>Demandé par {who}. Le gestionnaire choisit son nom et tape son NIP.</translation>
        </message>
        <message>
            <source>Asking again can't change a refusal, so the register doesn't. Refund the customer (F8, a manager), then ring the items up again if they still want them.</source>
            <translation>Redemander ne change pas un refus, donc la caisse ne redemande pas. Remboursez le client (F8, un gestionnaire), puis entrez de nouveau les articles s'il les veut toujours.</translation>
        </message>
        <message>
            <source>Asking Clover again about sale #{number}…</source>
            <translation>Nouvelle demande à Clover pour la vente nº {number}…</translation>
        </message>
        <message>
            <source>Asking Clover again…</source>
            <translation>Nouvelle demande à Clover…</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <source>audit</source>
            <translation>audit</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Piste d'audit</translation>
        </message>
        <message>
            <source>Auth {auth_code}</source>
            <translation>Autor. {auth_code}</translation>
        </message>
        <message>
            <source>back on the card</source>
            <translation>de retour sur la carte</translation>
        </message>
        <message>
            <source>Back to sale</source>
            <translation>Retour à la vente</translation>
        </message>
        <message>
            <source>Back to sale  [Esc]</source>
            <translation>Retour à la vente  [Échap]</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Retour arrière</translation>
        </message>
        <message>
            <source>Bagel</source>
            <translation>Bagel</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <source>bank card</source>
            <translation>carte bancaire</translation>
        </message>
        <message>
            <source>being reversed</source>
            <translation>en renversement</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>CAD — Canadian dollar</source>
            <translation>CAD — dollar canadien</translation>
        </message>
        <message>
            <source>Can't encrypt the card: Clover's encryption key is bad. Call support.</source>
            <translation>Impossible de chiffrer la carte : la clé de chiffrement de Clover est invalide. Appelez le soutien technique.</translation>
        </message>
        <message>
            <source>Can't reach Clover — check the network cable or Wi-Fi, then try again.</source>
            <translation>Clover est injoignable — vérifiez le câble réseau ou le Wi-Fi, puis réessayez.</translation>
        </message>
        <message>
            <source>Can't reach Clover — check the network cable or Wi-Fi, then try again. Nothing was charged.</source>
            <translation>Clover est injoignable — vérifiez le câble réseau ou le Wi-Fi, puis réessayez. Rien n'a été débité.</translation>
        </message>
        <message>
            <source>Can't store</source>
            <translation>Enregistrement impossible</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel approval</source>
            <translation>Annuler l'approbation</translation>
        </message>
        <message>
            <source>Cancel sale</source>
            <translation>Annuler la vente</translation>
        </message>
        <message>
            <source>Cancel sale  [F12]</source>
            <translation>Annuler la vente  [F12]</translation>
        </message>
        <message>
            <source>Cancel sign-in</source>
            <translation>Annuler la connexion</translation>
        </message>
        <message>
            <source>CANCELLED</source>
            <translation>ANNULÉE</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Cancelled before it was finished</source>
            <translation>Annulée avant d'être terminée</translation>
        </message>
        <message>
            <source>Cancelling — reversing every payment…</source>
            <translation>Annulation — renversement de chaque paiement…</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Card balance {amount}</source>
            <translation>Solde de la carte {amount}</translation>
        </message>
        <message>
            <source>card balance {amount}</source>
            <translation>solde de la carte {amount}</translation>
        </message>
        <message>
            <source>Card balance {money}</source>
            <translation>Solde de la carte {money}</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Numéro de carte</translation>
        </message>
        <message>
            <source>Card read — press Pay [F5] first, then swipe again.</source>
            <translation>Carte lue — appuyez d'abord sur Payer [F5], puis glissez-la de nouveau.</translation>
        </message>
        <message>
            <source>Card read, but no screen is waiting for a card — press Pay (F2) or Gift cards (F3).</source>
            <translation>Carte lue, mais aucun écran n'attend de carte — appuyez sur Payer (F2) ou Cartes-cadeaux (F3).</translation>
        </message>
        <message>
            <source>Card reader hint</source>
            <translation>Aide du lecteur de cartes</translation>
        </message>
        <message>
            <source>Card reader test</source>
            <translation>Test du lecteur de cartes</translation>
        </message>
        <message>
            <source>Card {brand}</source>
            <translation>Carte {brand}</translation>
        </message>
        <message>
            <source>card ····{last4}</source>
            <translation>carte ····{last4}</translation>
        </message>
        <message>
            <source>Card ····{last4} read — key the CVV, then Enter.</source>
            <translation>Carte ····{last4} lue — saisissez le CVV, puis Entrée.</translation>
        </message>
        <message>
            <source>Card ····{last4} read — key the CVV, then Enter:</source>
            <translation>Carte ····{last4} lue — saisissez le CVV, puis Entrée :</translation>
        </message>
        <message>
            <source>Cards sold</source>
            <translation>Cartes vendues</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Comptant</translation>
        </message>
        <message>
            <source>Cash drawer</source>
            <translation>Tiroir-caisse</translation>
        </message>
        <message>
            <source>Cash drop</source>
            <translation>Dépôt d'argent</translation>
        </message>
        <message>
            <source>Cash drops</source>
            <translation>Dépôts d'argent</translation>
        </message>
        <message>
            <source>Cash handed over:</source>
            <translation>Argent remis :</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Encaisser</translation>
        </message>
        <message>
            <source>Cash refund</source>
            <translation>Remboursement en argent</translation>
        </message>
        <message>
            <source>Cash sales</source>
            <translation>Ventes au comptant</translation>
        </message>
        <message>
            <source>Cash tendered</source>
            <translation>Argent remis</translation>
        </message>
        <message>
            <source>Cash {amount}</source>
            <translation>Comptant {amount}</translation>
        </message>
        <message>
            <source>Cash {caption}</source>
            <translation>Comptant {caption}</translation>
        </message>
        <message>
            <source>Cash-out</source>
            <translation>Remise en argent</translation>
        </message>
        <message>
            <source>cash-out</source>
            <translation>remise en argent</translation>
        </message>
        <message>
            <source>cash-out approval</source>
            <translation>approbation des remises en argent</translation>
        </message>
        <message>
            <source>Cash-out needs a manager</source>
            <translation>La remise en argent exige un gestionnaire</translation>
        </message>
        <message>
            <source>Cash-out of {card}</source>
            <translation>Remise en argent de {card}</translation>
        </message>
        <message>
            <source>Cash-out voided: {amount} is back on {card} — take {amount} cash back from the customer{balance}</source>
            <translation>Remise en argent corrigée : {amount} est de retour sur {card} — reprenez {amount} en argent au client{balance}</translation>
        </message>
        <message>
            <source>Cash-outs</source>
            <translation>Remises en argent</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Caissier</translation>
        </message>
        <message>
            <source>cashier</source>
            <translation>caissier</translation>
        </message>
        <message>
            <source>Cashing out the gift card…</source>
            <translation>Remise en argent de la carte-cadeau…</translation>
        </message>
        <message>
            <source>CHANGE</source>
            <translation>MONNAIE</translation>
        </message>
        <message>
            <source>Change due {amount}</source>
            <translation>Monnaie à rendre {amount}</translation>
        </message>
        <message>
            <source>Change price</source>
            <translation>Changer le prix</translation>
        </message>
        <message>
            <source>Change {money}</source>
            <translation>Monnaie {money}</translation>
        </message>
        <message>
            <source>Changes discarded — the saved settings are shown.</source>
            <translation>Modifications annulées — les réglages enregistrés sont affichés.</translation>
        </message>
        <message>
            <source>Charging the card…</source>
            <translation>Débit de la carte…</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Vérifier de nouveau</translation>
        </message>
        <message>
            <source>Check {card}'s balance: a cash-out may or may not have gone through. Don't pay out cash until you know.</source>
            <translation>Vérifiez le solde de {card} : une remise en argent est peut-être passée, peut-être pas. Ne remettez pas d'argent avant de le savoir.</translation>
        </message>
        <message>
            <source>CHECKING</source>
            <translation>VÉRIFICATION</translation>
        </message>
        <message>
            <source>Checking the balance…</source>
            <translation>Vérification du solde…</translation>
        </message>
        <message>
            <source>Checking the connection to Clover…</source>
            <translation>Vérification de la connexion à Clover…</translation>
        </message>
        <message>
            <source>Checking the credential store…</source>
            <translation>Vérification du magasin d'identifiants…</translation>
        </message>
        <message>
            <source>Checking the gift card with Clover…</source>
            <translation>Vérification de la carte-cadeau auprès de Clover…</translation>
        </message>
        <message>
            <source>Checking the gift card…</source>
            <translation>Vérification de la carte-cadeau…</translation>
        </message>
        <message>
            <source>Checking the manager's PIN…</source>
            <translation>Vérification du NIP du gestionnaire…</translation>
        </message>
        <message>
            <source>Checking the PIN…</source>
            <translation>Vérification du NIP…</translation>
        </message>
        <message>
            <source>Checking with Clover…</source>
            <translation>Vérification auprès de Clover…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>Checkout</source>
            <translation>Passage en caisse</translation>
        </message>
        <message>
            <source>Choose a cancelled or voided sale to ring it up again.</source>
            <translation>Choisissez une vente annulée ou corrigée pour l'entrer de nouveau.</translation>
        </message>
        <message>
            <source>Choose a completed sale and one of its payments.</source>
            <translation>Choisissez une vente terminée et un de ses paiements.</translation>
        </message>
        <message>
            <source>Choose a completed sale to void.</source>
            <translation>Choisissez une vente terminée à corriger.</translation>
        </message>
        <message>
            <source>Choose a reversed sale to ring it up again.</source>
            <translation>Choisissez une vente renversée pour l'entrer de nouveau.</translation>
        </message>
        <message>
            <source>Choose a sale in the list above to print its receipt.</source>
            <translation>Choisissez une vente dans la liste ci-dessus pour imprimer son reçu.</translation>
        </message>
        <message>
            <source>Choose a sale that needs a manager.</source>
            <translation>Choisissez une vente qui exige un gestionnaire.</translation>
        </message>
        <message>
            <source>Choose a sale to reprint.</source>
            <translation>Choisissez une vente à réimprimer.</translation>
        </message>
        <message>
            <source>Choose a sale to see its receipt.</source>
            <translation>Choisissez une vente pour voir son reçu.</translation>
        </message>
        <message>
            <source>Choose how the customer pays — or just swipe a card.</source>
            <translation>Choisissez le mode de paiement — ou glissez une carte.</translation>
        </message>
        <message>
            <source>Choose the person to change.</source>
            <translation>Choisissez la personne à modifier.</translation>
        </message>
        <message>
            <source>Choose the person to retire.</source>
            <translation>Choisissez la personne à retirer.</translation>
        </message>
        <message>
            <source>Choose your name first.</source>
            <translation>Choisissez d'abord votre nom.</translation>
        </message>
        <message>
            <source>Choose your name, then type your PIN.</source>
            <translation>Choisissez votre nom, puis tapez votre NIP.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Clear amount</source>
            <translation>Effacer le montant</translation>
        </message>
        <message>
            <source>Clear PIN</source>
            <translation>Effacer le NIP</translation>
        </message>
        <message>
            <source>Cleared.</source>
            <translation>Effacé.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close card reader test</source>
            <translation>Fermer le test du lecteur de cartes</translation>
        </message>
        <message>
            <source>Close shift</source>
            <translation>Fermer le quart</translation>
        </message>
        <message>
            <source>Close the shift</source>
            <translation>Fermer le quart</translation>
        </message>
        <message>
            <source>close the shift</source>
            <translation>fermer le quart</translation>
        </message>
        <message>
            <source>Close the shift (blind count) before the Z report.</source>
            <translation>Fermez le quart (compte à l'aveugle) avant le rapport Z.</translation>
        </message>
        <message>
            <source>Clover (production)</source>
            <translation>Clover (production)</translation>
        </message>
        <message>
            <source>Clover account</source>
            <translation>Compte Clover</translation>
        </message>
        <message>
            <source>Clover answered — finishing the connection…</source>
            <translation>Clover a répondu — fin de la connexion…</translation>
        </message>
        <message>
            <source>Clover answered, but not as expected — check the mode (sandbox or production).</source>
            <translation>Clover a répondu, mais pas comme prévu — vérifiez le mode (bac à sable ou production).</translation>
        </message>
        <message>
            <source>Clover couldn't complete that — try again.</source>
            <translation>Clover n'a pas pu terminer l'opération — réessayez.</translation>
        </message>
        <message>
            <source>Clover credentials</source>
            <translation>Identifiants Clover</translation>
        </message>
        <message>
            <source>Clover didn't confirm the reversal — call a manager.</source>
            <translation>Clover n'a pas confirmé le renversement — appelez un gestionnaire.</translation>
        </message>
        <message>
            <source>Clover didn't send the card's balance — try again.</source>
            <translation>Clover n'a pas envoyé le solde de la carte — réessayez.</translation>
        </message>
        <message>
            <source>Clover doesn't know this card read — swipe the card again.</source>
            <translation>Clover ne reconnaît pas cette lecture de carte — glissez la carte de nouveau.</translation>
        </message>
        <message>
            <source>Clover is having trouble right now — wait a minute, then connect again.</source>
            <translation>Clover éprouve des difficultés en ce moment — attendez une minute, puis connectez-vous de nouveau.</translation>
        </message>
        <message>
            <source>Clover is having trouble right now — wait a minute, then test again.</source>
            <translation>Clover éprouve des difficultés en ce moment — attendez une minute, puis testez de nouveau.</translation>
        </message>
        <message>
            <source>Clover is having trouble — wait a moment, then try again.</source>
            <translation>Clover éprouve des difficultés — attendez un moment, puis réessayez.</translation>
        </message>
        <message>
            <source>Clover orders</source>
            <translation>Commandes Clover</translation>
        </message>
        <message>
            <source>Clover refused the request — check the details and try again.</source>
            <translation>Clover a refusé la demande — vérifiez les détails et réessayez.</translation>
        </message>
        <message>
            <source>Clover refused the stored sign-in (it may have been revoked) — press Connect to Clover to sign in again.</source>
            <translation>Clover a refusé la connexion enregistrée (elle a peut-être été révoquée) — appuyez sur Se connecter à Clover pour vous reconnecter.</translation>
        </message>
        <message>
            <source>Clover refused the token — check it was copied whole (Settings → Clover).</source>
            <translation>Clover a refusé le jeton — vérifiez qu'il a été copié en entier (Réglages → Clover).</translation>
        </message>
        <message>
            <source>Clover refused this register's sign-in — a manager must reconnect Clover in Settings.</source>
            <translation>Clover a refusé la connexion de cette caisse — un gestionnaire doit reconnecter Clover dans les Réglages.</translation>
        </message>
        <message>
            <source>Clover sandbox</source>
            <translation>Bac à sable Clover</translation>
        </message>
        <message>
            <source>Clover sandbox — test account</source>
            <translation>Bac à sable Clover — compte de test</translation>
        </message>
        <message>
            <source>Clover sent an answer the register can't read — try again.</source>
            <translation>Clover a envoyé une réponse que la caisse ne peut pas lire — réessayez.</translation>
        </message>
        <message>
            <source>Clover's answer came back without this sign-in's check value (state), so it was ignored and nothing was saved. Press Connect to Clover to try again; if it repeats, Clover's sign-in page does not return it: tell support.</source>
            <translation>La réponse de Clover est revenue sans la valeur de contrôle de cette connexion (state); elle a donc été ignorée et rien n'a été enregistré. Appuyez sur Se connecter à Clover pour réessayer; si cela se répète, la page de connexion de Clover ne la renvoie pas : avisez le soutien technique.</translation>
        </message>
        <message>
            <source>Clover's answer doesn't say whether the {what}{target} went through ({reason}) Check it in Clover before doing it again.</source>
            <translation>La réponse de Clover ne dit pas si {what}{target} est passé ({reason}) Vérifiez dans Clover avant de recommencer.</translation>
        </message>
        <message>
            <source>Clover's answer says {value}.</source>
            <translation>La réponse de Clover indique {value}.</translation>
        </message>
        <message>
            <source>Clover's order total doesn't match the sale — nothing was charged. Take cash, or turn off 'Record sales as Clover orders'.</source>
            <translation>Le total de la commande Clover ne correspond pas à la vente — rien n'a été débité. Prenez du comptant, ou décochez « Inscrire les ventes comme commandes Clover ».</translation>
        </message>
        <message>
            <source>Clover's return didn't refund this payment — call a manager.</source>
            <translation>Le retour de Clover n'a pas remboursé ce paiement — appelez un gestionnaire.</translation>
        </message>
        <message>
            <source>Clover's sign-in page answered {shown}. Nothing was saved — check the OAuth app ID, then press Connect to Clover again.</source>
            <translation>La page de connexion de Clover a répondu {shown}. Rien n'a été enregistré — vérifiez l'ID d'application OAuth, puis appuyez de nouveau sur Se connecter à Clover.</translation>
        </message>
        <message>
            <source>Clover's sign-in page came back without an authorization code. Nothing was saved — press Connect to Clover to try again.</source>
            <translation>La page de connexion de Clover est revenue sans code d'autorisation. Rien n'a été enregistré — appuyez sur Se connecter à Clover pour réessayer.</translation>
        </message>
        <message>
            <source>Coffee</source>
            <translation>Café</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Completed · {amount} refunded</source>
            <translation>Terminée · {amount} remboursé</translation>
        </message>
        <message>
            <source>Confirm  [{key}]</source>
            <translation>Confirmer  [{key}]</translation>
        </message>
        <message>
            <source>Confirm Production takes real money</source>
            <translation>Confirmer que la production débite du vrai argent</translation>
        </message>
        <message>
            <source>Connect to Clover</source>
            <translation>Se connecter à Clover</translation>
        </message>
        <message>
            <source>Connected to {NAMES} — the OAuth sign-in works.</source>
            <translation>Connecté à {NAMES} — la connexion OAuth fonctionne.</translation>
        </message>
        <message>
            <source>Connected to {NAMES} — the token works.</source>
            <translation>Connecté à {NAMES} — le jeton fonctionne.</translation>
        </message>
        <message>
            <source>Connected to {where}. The sign-in and the PAKMS key are in this computer's credential store.</source>
            <translation>Connecté à {where}. La connexion et la clé PAKMS sont dans le magasin d'identifiants de cet ordinateur.</translation>
        </message>
        <message>
            <source>Connected to {where}; the tokens are in this computer's credential store. The PAKMS key could not be fetched yet: it is fetched again at the first card payment.</source>
            <translation>Connecté à {where}; les jetons sont dans le magasin d'identifiants de cet ordinateur. La clé PAKMS n'a pas encore pu être obtenue : elle sera redemandée au premier paiement par carte.</translation>
        </message>
        <message>
            <source>Connected, but the settings file couldn't be written ({value}) — check the disk has space, then press Connect to Clover again.</source>
            <translation>Connecté, mais le fichier des réglages n'a pas pu être écrit ({value}) — vérifiez l'espace sur le disque, puis appuyez de nouveau sur Se connecter à Clover.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>Continue to sale</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Couldn't open the web browser for Clover's sign-in page — check a default browser is set up, then try again.</source>
            <translation>Impossible d'ouvrir le navigateur pour la page de connexion de Clover — vérifiez qu'un navigateur par défaut est configuré, puis réessayez.</translation>
        </message>
        <message>
            <source>Couldn't record the sale with Clover — nothing was charged. Try the payment again.</source>
            <translation>Impossible d'inscrire la vente chez Clover — rien n'a été débité. Reprenez le paiement.</translation>
        </message>
        <message>
            <source>Count the cash in the drawer and type what you counted, then Close shift (F10) again.</source>
            <translation>Comptez l'argent du tiroir et tapez ce que vous avez compté, puis Fermer le quart (F10) de nouveau.</translation>
        </message>
        <message>
            <source>Count the cash in the drawer and type what you counted. The register shows what it expected only after the count is in (a blind count).</source>
            <translation>Comptez l'argent du tiroir et tapez ce que vous avez compté. La caisse n'affiche le montant attendu qu'une fois le compte entré (compte à l'aveugle).</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <source>Counted cash</source>
            <translation>Argent compté</translation>
        </message>
        <message>
            <source>counted {amount}</source>
            <translation>compté {amount}</translation>
        </message>
        <message>
            <source>Counter POS</source>
            <translation>Counter POS</translation>
        </message>
        <message>
            <source>Counter POS couldn't use the computer's credential store. Try again; if it keeps failing, restart the computer or check that GNOME Keyring or KWallet is running.</source>
            <translation>Counter POS n'a pas pu utiliser le magasin d'identifiants de l'ordinateur. Réessayez; si l'échec persiste, redémarrez l'ordinateur ou vérifiez que GNOME Keyring ou KWallet est en marche.</translation>
        </message>
        <message>
            <source>Counter POS may not use the receipt printer {where} — ask whoever set up this computer to give it access.</source>
            <translation>Counter POS n'a pas le droit d'utiliser l'imprimante à reçus {where} — demandez à la personne qui a configuré cet ordinateur de lui en donner l'accès.</translation>
        </message>
        <message>
            <source>Counter POS {version}</source>
            <translation>Counter POS {version}</translation>
        </message>
        <message>
            <source>Credential store</source>
            <translation>Magasin d'identifiants</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>devise</translation>
        </message>
        <message>
            <source>CVV</source>
            <translation>CVV</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Journée</translation>
        </message>
        <message>
            <source>Decimal point</source>
            <translation>Virgule décimale</translation>
        </message>
        <message>
            <source>DECLINED</source>
            <translation>REFUSÉE</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <source>Declined — ask for another way to pay.</source>
            <translation>Refusée — demandez un autre mode de paiement.</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Suppr</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Description (optional)</source>
            <translation>Description (facultative)</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Périphérique</translation>
        </message>
        <message>
            <source>didn't go through — nothing changed</source>
            <translation>n'est pas passé — rien n'a changé</translation>
        </message>
        <message>
            <source>Diners Club</source>
            <translation>Diners Club</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Annuler les modifications</translation>
        </message>
        <message>
            <source>Discard changes (Esc)</source>
            <translation>Annuler les modifications (Échap)</translation>
        </message>
        <message>
            <source>Discover</source>
            <translation>Discover</translation>
        </message>
        <message>
            <source>disk</source>
            <translation>disque</translation>
        </message>
        <message>
            <source>Done earlier (before the register restarted).</source>
            <translation>Fait plus tôt (avant le redémarrage de la caisse).</translation>
        </message>
        <message>
            <source>Drawer</source>
            <translation>Tiroir</translation>
        </message>
        <message>
            <source>Drawer amount</source>
            <translation>Montant du tiroir</translation>
        </message>
        <message>
            <source>drawer count</source>
            <translation>compte du tiroir</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Empty: this computer's default printer</source>
            <translation>Vide : l'imprimante par défaut de cet ordinateur</translation>
        </message>
        <message>
            <source>Empty: this computer's default printer. A printer's name prints through the system; pdf:FOLDER saves PDF files. A thermal receipt printer: escpos:net:ADDRESS (network, port 9100), escpos:usb:VENDOR:PRODUCT, escpos:serial:/dev/ttyUSB0, escpos:file:/dev/usb/lp0 — or press Find printers.</source>
            <translation>Vide : l'imprimante par défaut de cet ordinateur. Le nom d'une imprimante imprime par le système; pdf:DOSSIER enregistre des fichiers PDF. Une imprimante thermique à reçus : escpos:net:ADRESSE (réseau, port 9100), escpos:usb:FABRICANT:PRODUIT, escpos:serial:/dev/ttyUSB0, escpos:file:/dev/usb/lp0 — ou appuyez sur Rechercher.</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Enter an amount, like 12.50.</source>
            <translation>Entrez un montant, p. ex. 12,50.</translation>
        </message>
        <message>
            <source>Enter PIN</source>
            <translation>Entrer le NIP</translation>
        </message>
        <message>
            <source>Enter the amount for promotion {code} ({amount} to {amount2}).</source>
            <translation>Entrez le montant pour la promotion {code} ({amount} à {amount2}).</translation>
        </message>
        <message>
            <source>Enter the amount the cash-out paid out (the card's balance before it).</source>
            <translation>Entrez le montant versé par la remise en argent (le solde de la carte avant celle-ci).</translation>
        </message>
        <message>
            <source>Enter the amount to put on the gift card.</source>
            <translation>Entrez le montant à mettre sur la carte-cadeau.</translation>
        </message>
        <message>
            <source>Enter the amount to refund, more than $0.00.</source>
            <translation>Entrez le montant à rembourser, plus de 0,00 $.</translation>
        </message>
        <message>
            <source>Enter the cash the customer handed over.</source>
            <translation>Entrez l'argent remis par le client.</translation>
        </message>
        <message>
            <source>Enter the promotion code of the virtual card.</source>
            <translation>Entrez le code de promotion de la carte virtuelle.</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Échap</translation>
        </message>
        <message>
            <source>Even</source>
            <translation>Juste</translation>
        </message>
        <message>
            <source>Every payment is settled: nobody was charged twice or left charged for a cancelled sale.</source>
            <translation>Chaque paiement est réglé : personne n'a été débité deux fois ni n'est resté débité pour une vente annulée.</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Exact </source>
            <translation>Exact </translation>
        </message>
        <message>
            <source>Expected in drawer</source>
            <translation>Attendu dans le tiroir</translation>
        </message>
        <message>
            <source>Expiry MM/YY</source>
            <translation>Expiration MM/AA</translation>
        </message>
        <message>
            <source>Find printers</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Finish or cancel the current sale first.</source>
            <translation>Terminez ou annulez d'abord la vente en cours.</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>Fonds de caisse</translation>
        </message>
        <message>
            <source>Float counted</source>
            <translation>Fonds de caisse compté</translation>
        </message>
        <message>
            <source>float counted</source>
            <translation>fonds de caisse compté</translation>
        </message>
        <message>
            <source>Float counted, e.g. 100.00</source>
            <translation>Fonds de caisse compté, p. ex. 100,00</translation>
        </message>
        <message>
            <source>Forget Clover account</source>
            <translation>Oublier le compte Clover</translation>
        </message>
        <message>
            <source>Found at each start</source>
            <translation>Trouvée à chaque démarrage</translation>
        </message>
        <message>
            <source>Français (Canada)</source>
            <translation>Français (Canada)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>From the Clover dashboard</source>
            <translation>Du tableau de bord Clover</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Carte-cadeau</translation>
        </message>
        <message>
            <source>gift card</source>
            <translation>carte-cadeau</translation>
        </message>
        <message>
            <source>Gift card (virtual)</source>
            <translation>Carte-cadeau (virtuelle)</translation>
        </message>
        <message>
            <source>Gift card cash-outs</source>
            <translation>Remises de cartes-cadeaux</translation>
        </message>
        <message>
            <source>Gift card liability</source>
            <translation>Passif des cartes-cadeaux</translation>
        </message>
        <message>
            <source>Gift card not found — swipe it again or check the number.</source>
            <translation>Carte-cadeau introuvable — glissez-la de nouveau ou vérifiez le numéro.</translation>
        </message>
        <message>
            <source>Gift card number</source>
            <translation>Numéro de carte-cadeau</translation>
        </message>
        <message>
            <source>gift card payment mode</source>
            <translation>mode de paiement par carte-cadeau</translation>
        </message>
        <message>
            <source>Gift card payments</source>
            <translation>Cartes-cadeaux</translation>
        </message>
        <message>
            <source>Gift card payments must be 'hold' (hold, then capture when the sale is paid) or 'redeem' (redeem at once).</source>
            <translation>Les paiements par carte-cadeau doivent être « hold » (retenir, puis encaisser quand la vente est payée) ou « redeem » (débiter tout de suite).</translation>
        </message>
        <message>
            <source>gift card promotions</source>
            <translation>promotions de cartes-cadeaux</translation>
        </message>
        <message>
            <source>Gift card promotions must be text.</source>
            <translation>Les promotions de cartes-cadeaux doivent être du texte.</translation>
        </message>
        <message>
            <source>Gift card redemptions</source>
            <translation>Paiements par carte-cadeau</translation>
        </message>
        <message>
            <source>Gift card reload</source>
            <translation>Recharge de carte-cadeau</translation>
        </message>
        <message>
            <source>Gift card {card} {amount} — {what}</source>
            <translation>Carte-cadeau {card} {amount} — {what}</translation>
        </message>
        <message>
            <source>gift card ····{last4}</source>
            <translation>carte-cadeau ····{last4}</translation>
        </message>
        <message>
            <source>Gift card ····{last4}
Balance {amount}
On hold {amount2}
Available {amount3}</source>
            <translation>Carte-cadeau ····{last4}
Solde {amount}
Retenu {amount2}
Disponible {amount3}</translation>
        </message>
        <message>
            <source>Gift card ····{last4} balance {amount}</source>
            <translation>Carte-cadeau ····{last4} solde {amount}</translation>
        </message>
        <message>
            <source>Gift card ····{last4} needs its {what} — key it, then Enter.</source>
            <translation>La carte-cadeau ····{last4} exige son {what} — saisissez-le, puis Entrée.</translation>
        </message>
        <message>
            <source>Gift card ····{last4} read.</source>
            <translation>Carte-cadeau ····{last4} lue.</translation>
        </message>
        <message>
            <source>Gift card ····{last4} swiped — choose what to do.</source>
            <translation>Carte-cadeau ····{last4} glissée — choisissez quoi faire.</translation>
        </message>
        <message>
            <source>Gift card ····{last4} — key its {what}, then Enter:</source>
            <translation>Carte-cadeau ····{last4} — saisissez son {what}, puis Entrée :</translation>
        </message>
        <message>
            <source>Gift card ····{value} holds {balance} now: {seems}. Check the cash drawer before paying out anything.</source>
            <translation>La carte-cadeau ····{value} contient maintenant {balance} : {seems}. Vérifiez le tiroir-caisse avant de remettre quoi que ce soit.</translation>
        </message>
        <message>
            <source>Gift cards</source>
            <translation>Cartes-cadeaux</translation>
        </message>
        <message>
            <source>Gross sales</source>
            <translation>Ventes brutes</translation>
        </message>
        <message>
            <source>Hand back {amount} cash</source>
            <translation>Rendez {amount} en argent comptant</translation>
        </message>
        <message>
            <source>Hand back {amount} cash · {due}</source>
            <translation>Rendez {amount} en argent comptant · {due}</translation>
        </message>
        <message>
            <source>Handed back {amount} cash</source>
            <translation>{amount} rendu en argent comptant</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Retenu</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>hold released, nothing taken</source>
            <translation>retenue libérée, rien de pris</translation>
        </message>
        <message>
            <source>Hold, then capture when paid</source>
            <translation>Retenir, puis encaisser au paiement</translation>
        </message>
        <message>
            <source>Holds still open</source>
            <translation>Retenues encore ouvertes</translation>
        </message>
        <message>
            <source>I understand Production takes real money</source>
            <translation>Je comprends : c'est du vrai argent</translation>
        </message>
        <message>
            <source>If you can read this, receipts print here.</source>
            <translation>Si vous lisez ceci, les reçus s'impriment ici.</translation>
        </message>
        <message>
            <source>in training mode</source>
            <translation>en mode formation</translation>
        </message>
        <message>
            <source>INCOMPLETE</source>
            <translation>INCOMPLÈTE</translation>
        </message>
        <message>
            <source>it most likely didn't go through</source>
            <translation>elle n'est probablement pas passée</translation>
        </message>
        <message>
            <source>it most likely went through before the restart</source>
            <translation>elle est probablement passée avant le redémarrage</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Items sold</source>
            <translation>Articles vendus</translation>
        </message>
        <message>
            <source>Journaling the cash refund…</source>
            <translation>Inscription du remboursement en argent au journal…</translation>
        </message>
        <message>
            <source>Juice</source>
            <translation>Jus</translation>
        </message>
        <message>
            <source>Key the CVV — the 3 or 4 digits on the card.</source>
            <translation>Saisissez le CVV — les 3 ou 4 chiffres sur la carte.</translation>
        </message>
        <message>
            <source>Key {key}</source>
            <translation>Touche {key}</translation>
        </message>
        <message>
            <source>keyed</source>
            <translation>saisie</translation>
        </message>
        <message>
            <source>Keypad</source>
            <translation>Clavier numérique</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Keys received, masked</source>
            <translation>Touches reçues, masquées</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>language</source>
            <translation>langue</translation>
        </message>
        <message>
            <source>Last swipe below. Swipe again to test another card.</source>
            <translation>Dernière carte glissée ci-dessous. Glissez de nouveau pour tester une autre carte.</translation>
        </message>
        <message>
            <source>Leave blank to refund all that is left of the payment.</source>
            <translation>Laissez vide pour rembourser tout ce qui reste du paiement.</translation>
        </message>
        <message>
            <source>List shown</source>
            <translation>Liste affichée</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrou</translation>
        </message>
        <message>
            <source>Lock after (min)</source>
            <translation>Verrouiller après (min)</translation>
        </message>
        <message>
            <source>Lock after, minutes</source>
            <translation>Verrouiller après, en minutes</translation>
        </message>
        <message>
            <source>Lock the register</source>
            <translation>Verrouiller la caisse</translation>
        </message>
        <message>
            <source>Lock the register ({LOCK_KEY})</source>
            <translation>Verrouiller la caisse ({LOCK_KEY})</translation>
        </message>
        <message>
            <source>Locked out</source>
            <translation>Bloqué</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Longest pause</source>
            <translation>Plus longue pause</translation>
        </message>
        <message>
            <source>Longest pause between keys</source>
            <translation>Plus longue pause entre les touches</translation>
        </message>
        <message>
            <source>Looking for receipt printers…</source>
            <translation>Recherche d'imprimantes à reçus…</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Gestionnaire</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>gestionnaire</translation>
        </message>
        <message>
            <source>Manager approval</source>
            <translation>Approbation d'un gestionnaire</translation>
        </message>
        <message>
            <source>Manager approval for cashouts must be yes or no.</source>
            <translation>L'approbation des remises en argent par un gestionnaire doit être oui ou non.</translation>
        </message>
        <message>
            <source>Manager's PIN</source>
            <translation>NIP du gestionnaire</translation>
        </message>
        <message>
            <source>Mastercard</source>
            <translation>Mastercard</translation>
        </message>
        <message>
            <source>Merchant ID</source>
            <translation>ID de marchand</translation>
        </message>
        <message>
            <source>merchant ID</source>
            <translation>ID de marchand</translation>
        </message>
        <message>
            <source>MM/YY</source>
            <translation>MM/AA</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>mode</source>
            <translation>mode</translation>
        </message>
        <message>
            <source>ms between keys, at most</source>
            <translation>ms entre les touches, au plus</translation>
        </message>
        <message>
            <source>Muffin</source>
            <translation>Muffin</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>name {name} → {clean_name}</source>
            <translation>nom {name} → {clean_name}</translation>
        </message>
        <message>
            <source>Need a manager</source>
            <translation>Exigent un gestionnaire</translation>
        </message>
        <message>
            <source>NEEDS A MANAGER</source>
            <translation>EXIGE UN GESTIONNAIRE</translation>
        </message>
        <message>
            <source>Needs a manager</source>
            <translation>Exige un gestionnaire</translation>
        </message>
        <message>
            <source>Needs a manager ({value})</source>
            <translation>Exige un gestionnaire ({value})</translation>
        </message>
        <message>
            <source>Needs a manager only ({count})</source>
            <translation>À régler par un gestionnaire ({count})</translation>
        </message>
        <message>
            <source>Needs a manager — Clover refused this for good:
</source>
            <translation>Exige un gestionnaire — Clover a refusé ceci définitivement :
</translation>
        </message>
        <message>
            <source>Needs a manager — {what} for Clover:
</source>
            <translation>Exige un gestionnaire — {what} de Clover :
</translation>
        </message>
        <message>
            <source>Net sales</source>
            <translation>Ventes nettes</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Network printer — type its address after escpos:net:</source>
            <translation>Imprimante réseau — tapez son adresse après escpos:net:</translation>
        </message>
        <message>
            <source>New balance {amount}</source>
            <translation>Nouveau solde {amount}</translation>
        </message>
        <message>
            <source>New gift card</source>
            <translation>Nouvelle carte-cadeau</translation>
        </message>
        <message>
            <source>New gift card for the customer</source>
            <translation>Nouvelle carte-cadeau pour le client</translation>
        </message>
        <message>
            <source>New gift cards</source>
            <translation>Nouvelles cartes-cadeaux</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Nouveau NIP</translation>
        </message>
        <message>
            <source>new PIN</source>
            <translation>nouveau NIP</translation>
        </message>
        <message>
            <source>New price, then Enter</source>
            <translation>Nouveau prix, puis Entrée</translation>
        </message>
        <message>
            <source>New sale</source>
            <translation>Nouvelle vente</translation>
        </message>
        <message>
            <source>New sale  [Enter]</source>
            <translation>Nouvelle vente  [Entrée]</translation>
        </message>
        <message>
            <source>New sale — no receipt  [Enter]</source>
            <translation>Nouvelle vente — sans reçu  [Entrée]</translation>
        </message>
        <message>
            <source>No answer came back from Clover's sign-in page in time — press Connect to Clover to try again. Nothing was saved.</source>
            <translation>La page de connexion de Clover n'a pas répondu à temps — appuyez sur Se connecter à Clover pour réessayer. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>No answer from Clover — check the internet connection, then connect again.</source>
            <translation>Aucune réponse de Clover — vérifiez la connexion Internet, puis connectez-vous de nouveau.</translation>
        </message>
        <message>
            <source>No answer from Clover — check the internet connection.</source>
            <translation>Aucune réponse de Clover — vérifiez la connexion Internet.</translation>
        </message>
        <message>
            <source>No answer from Clover — checking the payment…</source>
            <translation>Aucune réponse de Clover — vérification du paiement…</translation>
        </message>
        <message>
            <source>No answer from Clover — it will be retried.</source>
            <translation>Aucune réponse de Clover — la demande sera refaite.</translation>
        </message>
        <message>
            <source>No answer from Clover — the capture will be retried.</source>
            <translation>Aucune réponse de Clover — l'encaissement sera refait.</translation>
        </message>
        <message>
            <source>No answer from Clover — the return will be retried.</source>
            <translation>Aucune réponse de Clover — le retour sera refait.</translation>
        </message>
        <message>
            <source>No answer from Clover — the reversal will be retried.</source>
            <translation>Aucune réponse de Clover — le renversement sera refait.</translation>
        </message>
        <message>
            <source>No answer from Clover — try again.</source>
            <translation>Aucune réponse de Clover — réessayez.</translation>
        </message>
        <message>
            <source>No answer from Clover: the {what}{target} may or may not have gone through. Don't do it again — the register will ask Clover again.</source>
            <translation>Aucune réponse de Clover : {what}{target} est peut-être passé, peut-être pas. Ne recommencez pas — la caisse redemandera à Clover.</translation>
        </message>
        <message>
            <source>no approval needed (store setting)</source>
            <translation>aucune approbation requise (réglage du commerce)</translation>
        </message>
        <message>
            <source>No cash drawer</source>
            <translation>Aucun tiroir-caisse</translation>
        </message>
        <message>
            <source>No cash drawer is set up: it plugs into an ESC/POS receipt printer — choose one in Settings.</source>
            <translation>Aucun tiroir-caisse n'est configuré : il se branche sur une imprimante à reçus ESC/POS — choisissez-en une dans les Réglages.</translation>
        </message>
        <message>
            <source>No Clover account is connected (Settings → Clover).</source>
            <translation>Aucun compte Clover n'est connecté (Réglages → Clover).</translation>
        </message>
        <message>
            <source>No Clover account is connected.</source>
            <translation>Aucun compte Clover n'est connecté.</translation>
        </message>
        <message>
            <source>No Clover API token is stored — paste the token from Clover into API token (Settings → Clover), then test again.</source>
            <translation>Aucun jeton d'API Clover n'est enregistré — collez le jeton de Clover dans Jeton d'API (Réglages → Clover), puis testez de nouveau.</translation>
        </message>
        <message>
            <source>No Clover credentials are stored on this computer.</source>
            <translation>Aucun identifiant Clover n'est enregistré sur cet ordinateur.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer — choose the receipt printer in Settings (Ctrl+,), or press New sale for no receipt.</source>
            <translation>Aucune imprimante n'est configurée sur cet ordinateur — choisissez l'imprimante à reçus dans les Réglages (Ctrl+,), ou appuyez sur Nouvelle vente pour ne pas imprimer de reçu.</translation>
        </message>
        <message>
            <source>No sale</source>
            <translation>Sans vente</translation>
        </message>
        <message>
            <source>No shift has closed yet.</source>
            <translation>Aucun quart n'a encore été fermé.</translation>
        </message>
        <message>
            <source>No shift is open on this register. Count the float into the drawer and open the shift; sales need an open shift.</source>
            <translation>Aucun quart n'est ouvert sur cette caisse. Comptez le fonds de caisse dans le tiroir et ouvrez le quart; les ventes exigent un quart ouvert.</translation>
        </message>
        <message>
            <source>No shift is open: open one on the Shift screen (F6) with the float counted.</source>
            <translation>Aucun quart n'est ouvert : ouvrez-en un à l'écran Quart (F6), fonds de caisse compté.</translation>
        </message>
        <message>
            <source>No swipe yet</source>
            <translation>Aucune carte glissée</translation>
        </message>
        <message>
            <source>No USB or serial receipt printer is plugged in. For a network printer, type escpos:net: and its address, then Print test page.</source>
            <translation>Aucune imprimante à reçus USB ou série n'est branchée. Pour une imprimante réseau, tapez escpos:net: et son adresse, puis Page de test.</translation>
        </message>
        <message>
            <source>No-sale</source>
            <translation>Sans vente</translation>
        </message>
        <message>
            <source>no-sale (open the drawer)</source>
            <translation>sans vente (ouvrir le tiroir)</translation>
        </message>
        <message>
            <source>No-sales</source>
            <translation>Ouvertures sans vente</translation>
        </message>
        <message>
            <source>Nobody may approve this on this register.</source>
            <translation>Personne ne peut approuver ceci sur cette caisse.</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>pas un objet JSON</translation>
        </message>
        <message>
            <source>Not active</source>
            <translation>Inactif</translation>
        </message>
        <message>
            <source>Not charged (checked with Clover) — take the payment again.</source>
            <translation>Non débité (vérifié auprès de Clover) — reprenez le paiement.</translation>
        </message>
        <message>
            <source>Not charged (checked with Clover).</source>
            <translation>Non débité (vérifié auprès de Clover).</translation>
        </message>
        <message>
            <source>not confirmed by Clover yet</source>
            <translation>pas encore confirmé par Clover</translation>
        </message>
        <message>
            <source>Not done — nothing changed.</source>
            <translation>Non fait — rien n'a changé.</translation>
        </message>
        <message>
            <source>Not ready for keys yet: {what} not taken. Type it again when the Sale screen shows.</source>
            <translation>Pas encore prêt pour les touches : {what} non pris en compte. Tapez-le de nouveau quand l'écran Vente s'affiche.</translation>
        </message>
        <message>
            <source>Not ready for keys yet: {what} not taken. Type them again when the Sale screen shows.</source>
            <translation>Pas encore prêt pour les touches : {what} non pris en compte. Tapez-les de nouveau quand l'écran Vente s'affiche.</translation>
        </message>
        <message>
            <source>Not stored</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Rien n'a changé.</translation>
        </message>
        <message>
            <source>Nothing counts as settled until Clover confirms it: the register keeps asking by itself — choose one and press Try again now (F9) to ask at once.</source>
            <translation>Rien n'est réglé tant que Clover ne l'a pas confirmé : la caisse redemande d'elle-même — choisissez-en une et appuyez sur Réessayer maintenant (F9) pour demander tout de suite.</translation>
        </message>
        <message>
            <source>Nothing is due.</source>
            <translation>Rien n'est dû.</translation>
        </message>
        <message>
            <source>Nothing needs a manager.</source>
            <translation>Rien n'exige de gestionnaire.</translation>
        </message>
        <message>
            <source>Nothing unfinished — nothing to recover.</source>
            <translation>Rien d'inachevé — rien à reprendre.</translation>
        </message>
        <message>
            <source>Nothing was charged.</source>
            <translation>Rien n'a été débité.</translation>
        </message>
        <message>
            <source>Nothing was saved — empty the Clover credential fields to save the other settings.</source>
            <translation>Rien n'a été enregistré — videz les champs des identifiants Clover pour enregistrer les autres réglages.</translation>
        </message>
        <message>
            <source>Number of keys</source>
            <translation>Nombre de touches</translation>
        </message>
        <message>
            <source>OAuth app ID</source>
            <translation>ID OAuth</translation>
        </message>
        <message>
            <source>On the printer's drawer port (pin 2)</source>
            <translation>Port de l'imprimante (broche 2)</translation>
        </message>
        <message>
            <source>Only a cash payment of a completed sale is handed back in cash.</source>
            <translation>Seul un paiement comptant d'une vente terminée est rendu en argent comptant.</translation>
        </message>
        <message>
            <source>Only a completed sale can be reversed here.</source>
            <translation>Seule une vente terminée peut être renversée ici.</translation>
        </message>
        <message>
            <source>Only a completed sale can be voided.</source>
            <translation>Seule une vente terminée peut être corrigée.</translation>
        </message>
        <message>
            <source>Only a payment of an unfinished sale can be removed.</source>
            <translation>Seul un paiement d'une vente inachevée peut être retiré.</translation>
        </message>
        <message>
            <source>Only a reversed sale with items can be rung up again.</source>
            <translation>Seule une vente renversée qui a des articles peut être entrée de nouveau.</translation>
        </message>
        <message>
            <source>Only a sale that was reversed can be rung up again.</source>
            <translation>Seule une vente renversée peut être entrée de nouveau.</translation>
        </message>
        <message>
            <source>Only a sale whose gift card Clover refused can be refunded this way.</source>
            <translation>Seule une vente dont Clover a refusé la carte-cadeau peut être remboursée ainsi.</translation>
        </message>
        <message>
            <source>Only the owner adds, edits and retires people.</source>
            <translation>Seul le propriétaire ajoute, modifie et retire des personnes.</translation>
        </message>
        <message>
            <source>Only the owner adds, edits and retires people: the owner signs in to do it.</source>
            <translation>Seul le propriétaire ajoute, modifie et retire des personnes : il se connecte pour le faire.</translation>
        </message>
        <message>
            <source>Only today's sales can be voided here.</source>
            <translation>Seules les ventes d'aujourd'hui peuvent être corrigées ici.</translation>
        </message>
        <message>
            <source>Only {amount} of this payment is left to refund.</source>
            <translation>Il ne reste que {amount} de ce paiement à rembourser.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Open cash drawer</source>
            <translation>Ouvrir le tiroir</translation>
        </message>
        <message>
            <source>Open shift</source>
            <translation>Ouvrir le quart</translation>
        </message>
        <message>
            <source>Opening the cash drawer…</source>
            <translation>Ouverture du tiroir-caisse…</translation>
        </message>
        <message>
            <source>Opens Clover's sign-in page in the web browser; approve Counter POS there and it connects by itself.</source>
            <translation>Ouvre la page de connexion de Clover dans le navigateur; approuvez-y Counter POS et il se connecte de lui-même.</translation>
        </message>
        <message>
            <source>Over / short</source>
            <translation>Excédent / manque</translation>
        </message>
        <message>
            <source>Over {amount}</source>
            <translation>Surplus {amount}</translation>
        </message>
        <message>
            <source>over {amount}</source>
            <translation>surplus {amount}</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Dérogation</translation>
        </message>
        <message>
            <source>Override refused</source>
            <translation>Dérogation refusée</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>propriétaire</translation>
        </message>
        <message>
            <source>Owner set up</source>
            <translation>Propriétaire configuré</translation>
        </message>
        <message>
            <source>Owner's name</source>
            <translation>Nom du propriétaire</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <source>Paid in full</source>
            <translation>Payé en entier</translation>
        </message>
        <message>
            <source>Paid with</source>
            <translation>Payé par</translation>
        </message>
        <message>
            <source>Paid — finishing</source>
            <translation>Payée — en finalisation</translation>
        </message>
        <message>
            <source>paid, being finished</source>
            <translation>payée, en finalisation</translation>
        </message>
        <message>
            <source>PAKMS key</source>
            <translation>Clé PAKMS</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Paper width</source>
            <translation>Largeur du papier</translation>
        </message>
        <message>
            <source>Part of this gift card is on hold for a sale — finish or cancel that sale first.</source>
            <translation>Une partie de cette carte-cadeau est retenue pour une vente — terminez ou annulez d'abord cette vente.</translation>
        </message>
        <message>
            <source>Paste to replace</source>
            <translation>Collez pour remplacer</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Payer</translation>
        </message>
        <message>
            <source>Pay  [Enter]</source>
            <translation>Payer  [Entrée]</translation>
        </message>
        <message>
            <source>Pay in</source>
            <translation>Entrée d'argent</translation>
        </message>
        <message>
            <source>Pay out</source>
            <translation>Sortie d'argent</translation>
        </message>
        <message>
            <source>Pay out all of gift card ····{last4} in cash?</source>
            <translation>Remettre en argent tout le solde de la carte-cadeau ····{last4}?</translation>
        </message>
        <message>
            <source>Pay the customer {amount} in cash{balance}</source>
            <translation>Remettez {amount} en argent au client{balance}</translation>
        </message>
        <message>
            <source>Pay with the keyed card</source>
            <translation>Payer avec la carte saisie</translation>
        </message>
        <message>
            <source>Pay with the keyed gift card</source>
            <translation>Payer avec la carte-cadeau saisie</translation>
        </message>
        <message>
            <source>Pay {amount}</source>
            <translation>Payer {amount}</translation>
        </message>
        <message>
            <source>Pay-in</source>
            <translation>Entrée d'argent</translation>
        </message>
        <message>
            <source>Pay-ins</source>
            <translation>Entrées d'argent</translation>
        </message>
        <message>
            <source>Pay-out</source>
            <translation>Sortie d'argent</translation>
        </message>
        <message>
            <source>Pay-outs</source>
            <translation>Sorties d'argent</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Paiement</translation>
        </message>
        <message>
            <source>Payment to refund</source>
            <translation>Paiement à rembourser</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <source>Payments title</source>
            <translation>Titre des paiements</translation>
        </message>
        <message>
            <source>Payments were taken: cancel the sale to change its items.</source>
            <translation>Des paiements ont été pris : annulez la vente pour en changer les articles.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personnes</translation>
        </message>
        <message>
            <source>People on the register</source>
            <translation>Personnes de la caisse</translation>
        </message>
        <message>
            <source>Percent, like 8.875</source>
            <translation>Pourcentage, p. ex. 8,875</translation>
        </message>
        <message>
            <source>period from {start_ms}</source>
            <translation>période depuis {start_ms}</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Person added</source>
            <translation>Personne ajoutée</translation>
        </message>
        <message>
            <source>Person edited</source>
            <translation>Personne modifiée</translation>
        </message>
        <message>
            <source>Person retired</source>
            <translation>Personne retirée</translation>
        </message>
        <message>
            <source>Person's name</source>
            <translation>Nom de la personne</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>NIP</translation>
        </message>
        <message>
            <source>PIN (4–8 digits)</source>
            <translation>NIP (4 à 8 chiffres)</translation>
        </message>
        <message>
            <source>PIN (4–8 digits; blank keeps it)</source>
            <translation>NIP (4 à 8 chiffres; vide : inchangé)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>NIP de nouveau</translation>
        </message>
        <message>
            <source>PIN digit {key}</source>
            <translation>Chiffre du NIP {key}</translation>
        </message>
        <message>
            <source>PIN failed</source>
            <translation>NIP erroné</translation>
        </message>
        <message>
            <source>Press again to cancel  [F12]</source>
            <translation>Appuyez de nouveau pour annuler  [F12]</translation>
        </message>
        <message>
            <source>Press again to refund</source>
            <translation>Appuyez de nouveau pour rembourser</translation>
        </message>
        <message>
            <source>Press again to void</source>
            <translation>Appuyez de nouveau pour corriger</translation>
        </message>
        <message>
            <source>Press Cancel sale again to cancel the sale and reverse every payment.</source>
            <translation>Appuyez de nouveau sur Annuler la vente pour annuler la vente et renverser chaque paiement.</translation>
        </message>
        <message>
            <source>Press X report for the figures so far, or Z report to close the day (after the shift is closed).</source>
            <translation>Appuyez sur Rapport X pour les chiffres jusqu'ici, ou Rapport Z pour fermer la journée (après la fermeture du quart).</translation>
        </message>
        <message>
            <source>Press “Forget Clover account” again to remove the API token, refresh token and PAKMS key from this computer. Counter POS then starts in training mode.</source>
            <translation>Appuyez de nouveau sur « Oublier le compte Clover » pour retirer de cet ordinateur le jeton d'API, le jeton d'actualisation et la clé PAKMS. Counter POS démarrera ensuite en mode formation.</translation>
        </message>
        <message>
            <source>Price changed</source>
            <translation>Prix modifié</translation>
        </message>
        <message>
            <source>Price changed, was {amount}</source>
            <translation>Prix modifié, était {amount}</translation>
        </message>
        <message>
            <source>Price changed, was {amount} each</source>
            <translation>Prix modifié, était {amount} chacun</translation>
        </message>
        <message>
            <source>Price changed: {what}</source>
            <translation>Prix modifié : {what}</translation>
        </message>
        <message>
            <source>price override</source>
            <translation>modification de prix</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Print again  [F6]</source>
            <translation>Imprimer de nouveau  [F6]</translation>
        </message>
        <message>
            <source>Print receipt</source>
            <translation>Imprimer le reçu</translation>
        </message>
        <message>
            <source>Print receipt  [F6]</source>
            <translation>Imprimer le reçu  [F6]</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Imprimer le rapport</translation>
        </message>
        <message>
            <source>Print test page</source>
            <translation>Page de test</translation>
        </message>
        <message>
            <source>Print the chosen sale's receipt</source>
            <translation>Imprimer le reçu de la vente choisie</translation>
        </message>
        <message>
            <source>Printed at the bottom of receipts</source>
            <translation>Imprimé au bas des reçus</translation>
        </message>
        <message>
            <source>Printed on {where}.</source>
            <translation>Imprimé sur {where}.</translation>
        </message>
        <message>
            <source>Printers found</source>
            <translation>Imprimantes trouvées</translation>
        </message>
        <message>
            <source>Printers found: {count}. Choose one in the list, then Print test page; for a network printer, type its address.</source>
            <translation>Imprimantes trouvées : {count}. Choisissez-en une dans la liste, puis Page de test; pour une imprimante réseau, tapez son adresse.</translation>
        </message>
        <message>
            <source>Printing a test page…</source>
            <translation>Impression d'une page de test…</translation>
        </message>
        <message>
            <source>Printing the receipt of sale #{number}…</source>
            <translation>Impression du reçu de la vente nº {number}…</translation>
        </message>
        <message>
            <source>Printing the {title}…</source>
            <translation>Impression : {title}…</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Production takes real money from real cards. Tick “I understand Production takes real money”, then press Connect to Clover again.</source>
            <translation>La production débite du vrai argent sur de vraies cartes. Cochez « Je comprends : c'est du vrai argent », puis appuyez de nouveau sur Se connecter à Clover.</translation>
        </message>
        <message>
            <source>Production takes real money from real cards. Tick “I understand Production takes real money”, then press Save again.</source>
            <translation>La production débite du vrai argent sur de vraies cartes. Cochez « Je comprends : c'est du vrai argent », puis appuyez de nouveau sur Enregistrer.</translation>
        </message>
        <message>
            <source>Production — real money</source>
            <translation>Production — vrai argent</translation>
        </message>
        <message>
            <source>Promotion code</source>
            <translation>Code de promotion</translation>
        </message>
        <message>
            <source>Promotion code (virtual cards)</source>
            <translation>Code de promotion (cartes virtuelles)</translation>
        </message>
        <message>
            <source>Promotion code {code} isn't set up on this register — check the code (Settings → Checkout → Promotions).</source>
            <translation>Le code de promotion {code} n'est pas configuré sur cette caisse — vérifiez le code (Réglages → Passage en caisse → Promotions).</translation>
        </message>
        <message>
            <source>Promotion {code} cards are sold for {amount} to {amount2} — not {amount3}.</source>
            <translation>Les cartes de la promotion {code} se vendent de {amount} à {amount2} — pas {amount3}.</translation>
        </message>
        <message>
            <source>Promotion {code} is a {amount} card — it can't be sold for {amount2}. Leave the amount blank or enter {amount}.</source>
            <translation>La promotion {code} est une carte de {amount} — elle ne peut pas être vendue {amount2}. Laissez le montant vide ou entrez {amount}.</translation>
        </message>
        <message>
            <source>Promotion {code}: the range must go from more than $0.00 up to at least as much.</source>
            <translation>Promotion {code} : la fourchette doit aller de plus de 0,00 $ jusqu'à au moins autant.</translation>
        </message>
        <message>
            <source>Promotion {code}: the value must be more than $0.00.</source>
            <translation>Promotion {code} : la valeur doit être de plus de 0,00 $.</translation>
        </message>
        <message>
            <source>Promotion {code}: {strip!r} isn't an amount like 50.00.</source>
            <translation>Promotion {code} : {strip!r} n'est pas un montant comme 50,00.</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promotions</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Invite</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qté</translation>
        </message>
        <message>
            <source>Quantity must be 1 to {MAX_QUANTITY}.</source>
            <translation>La quantité doit être de 1 à {MAX_QUANTITY}.</translation>
        </message>
        <message>
            <source>Quantity must be 1 to {most}, like 3*2.50.</source>
            <translation>La quantité doit être de 1 à {most}, p. ex. 3*2,50.</translation>
        </message>
        <message>
            <source>Quick cash</source>
            <translation>Comptant rapide</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lu</translation>
        </message>
        <message>
            <source>Read {get} — {get2} ····{last4}</source>
            <translation>Lu {get} — {get2} ····{last4}</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Receipt footer</source>
            <translation>Bas de reçu</translation>
        </message>
        <message>
            <source>Receipt logo</source>
            <translation>Logo du reçu</translation>
        </message>
        <message>
            <source>Receipt of sale #{number} printed ({where}).</source>
            <translation>Reçu de la vente nº {number} imprimé ({where}).</translation>
        </message>
        <message>
            <source>Receipt of sale #{number} reprinted ({where}).</source>
            <translation>Reçu de la vente nº {number} réimprimé ({where}).</translation>
        </message>
        <message>
            <source>Receipt of the chosen sale</source>
            <translation>Reçu de la vente choisie</translation>
        </message>
        <message>
            <source>Receipt preview</source>
            <translation>Aperçu du reçu</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Imprimante à reçus</translation>
        </message>
        <message>
            <source>Receipt printer and cash drawer</source>
            <translation>Imprimante à reçus et tiroir-caisse</translation>
        </message>
        <message>
            <source>Receipt printer test page</source>
            <translation>Page de test de l'imprimante à reçus</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Record sales as Clover orders</source>
            <translation>Inscrire les ventes comme commandes Clover</translation>
        </message>
        <message>
            <source>Record sales as Clover orders, with their items</source>
            <translation>Inscrire les ventes comme commandes Clover</translation>
        </message>
        <message>
            <source>recording sales as Clover orders</source>
            <translation>inscription des ventes comme commandes Clover</translation>
        </message>
        <message>
            <source>Recording sales as Clover orders must be yes or no.</source>
            <translation>L'inscription des ventes comme commandes Clover doit être oui ou non.</translation>
        </message>
        <message>
            <source>Recording the cash…</source>
            <translation>Enregistrement du comptant…</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Reprise</translation>
        </message>
        <message>
            <source>Recovery summary</source>
            <translation>Résumé de la reprise</translation>
        </message>
        <message>
            <source>Redeem immediately</source>
            <translation>Débiter immédiatement</translation>
        </message>
        <message>
            <source>Ref {ref_num}</source>
            <translation>Réf. {ref_num}</translation>
        </message>
        <message>
            <source>Refresh token</source>
            <translation>Jeton d'actualisation</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Rembourser</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>remboursement</translation>
        </message>
        <message>
            <source>Refund a payment of this sale (to the card or cash it came from)</source>
            <translation>Rembourser un paiement de cette vente (sur sa carte ou en argent)</translation>
        </message>
        <message>
            <source>Refund amount</source>
            <translation>Montant à rembourser</translation>
        </message>
        <message>
            <source>refund or reload</source>
            <translation>remboursement ou recharge</translation>
        </message>
        <message>
            <source>Refund payment</source>
            <translation>Rembourser le paiement</translation>
        </message>
        <message>
            <source>refund status {status}</source>
            <translation>état du remboursement {status}</translation>
        </message>
        <message>
            <source>Refund the customer</source>
            <translation>Rembourser le client</translation>
        </message>
        <message>
            <source>Refund the customer of sale #{number} (Clover refused its gift card)?</source>
            <translation>Rembourser le client de la vente nº {number} (Clover a refusé sa carte-cadeau)?</translation>
        </message>
        <message>
            <source>Refund to card</source>
            <translation>Remboursement sur carte</translation>
        </message>
        <message>
            <source>Refund to gift card</source>
            <translation>Remboursement sur carte-cadeau</translation>
        </message>
        <message>
            <source>Refund to {card}</source>
            <translation>Remboursement sur {card}</translation>
        </message>
        <message>
            <source>REFUNDED</source>
            <translation>REMBOURSÉ</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Remboursé</translation>
        </message>
        <message>
            <source>Refunded at {clock}{by} — Clover refused its gift card</source>
            <translation>Remboursée à {clock}{by} — Clover a refusé sa carte-cadeau</translation>
        </message>
        <message>
            <source>Refunded in full at the desk before the void.</source>
            <translation>Remboursé en entier au comptoir avant la correction.</translation>
        </message>
        <message>
            <source>Refunded {amount} to {card}</source>
            <translation>{amount} remboursé sur {card}</translation>
        </message>
        <message>
            <source>Refunded {amount} to {card}{balance}</source>
            <translation>{amount} remboursé sur {card}{balance}</translation>
        </message>
        <message>
            <source>Refunded {amount} to {label}</source>
            <translation>{amount} remboursé sur {label}</translation>
        </message>
        <message>
            <source>Refunding to {label}…</source>
            <translation>Remboursement sur {label}…</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <source>Register IP</source>
            <translation>IP de la caisse</translation>
        </message>
        <message>
            <source>register IP</source>
            <translation>IP de la caisse</translation>
        </message>
        <message>
            <source>Register IP address</source>
            <translation>Adresse IP de la caisse</translation>
        </message>
        <message>
            <source>Register locked</source>
            <translation>Caisse verrouillée</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Reload of gift card</source>
            <translation>Recharge de carte-cadeau</translation>
        </message>
        <message>
            <source>Reload of {card}</source>
            <translation>Recharge de {card}</translation>
        </message>
        <message>
            <source>reloading</source>
            <translation>la recharge de</translation>
        </message>
        <message>
            <source>Reloads</source>
            <translation>Recharges</translation>
        </message>
        <message>
            <source>Remaining due</source>
            <translation>Reste à payer</translation>
        </message>
        <message>
            <source>Remaining due {amount}</source>
            <translation>Reste à payer {amount}</translation>
        </message>
        <message>
            <source>remove a payment</source>
            <translation>retirer un paiement</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Retirer la ligne</translation>
        </message>
        <message>
            <source>Remove payment</source>
            <translation>Retirer le paiement</translation>
        </message>
        <message>
            <source>Removed {item} {amount}</source>
            <translation>Retiré : {item} {amount}</translation>
        </message>
        <message>
            <source>Removing the Clover credentials…</source>
            <translation>Retrait des identifiants Clover…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>reports</source>
            <translation>rapports</translation>
        </message>
        <message>
            <source>Reports, people and audit</source>
            <translation>Rapports, personnes et audit</translation>
        </message>
        <message>
            <source>Reports, people, audit</source>
            <translation>Rapports, personnes, audit</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Réimprimer</translation>
        </message>
        <message>
            <source>Reprint receipt</source>
            <translation>Réimprimer le reçu</translation>
        </message>
        <message>
            <source>Reprinting sale #{number}…</source>
            <translation>Réimpression de la vente nº {number}…</translation>
        </message>
        <message>
            <source>Restart Counter POS to switch to {MODE_NAMES}.</source>
            <translation>Redémarrez Counter POS pour passer en mode {MODE_NAMES}.</translation>
        </message>
        <message>
            <source>Restart Counter POS to use the new {words}.</source>
            <translation>Redémarrez Counter POS pour utiliser les nouveaux réglages : {words}.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Result title</source>
            <translation>Titre du résultat</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Retire person</source>
            <translation>Retirer la personne</translation>
        </message>
        <message>
            <source>Retrying.</source>
            <translation>Nouvel essai.</translation>
        </message>
        <message>
            <source>reversed — every payment given back</source>
            <translation>renversée — chaque paiement rendu</translation>
        </message>
        <message>
            <source>Reversing the payment…</source>
            <translation>Renversement du paiement…</translation>
        </message>
        <message>
            <source>ring up a sale</source>
            <translation>entrer une vente</translation>
        </message>
        <message>
            <source>Ring up again</source>
            <translation>Entrer de nouveau</translation>
        </message>
        <message>
            <source>Ring up the chosen sale's items again</source>
            <translation>Entrer de nouveau les articles de la vente choisie</translation>
        </message>
        <message>
            <source>Ring up this sale's items again</source>
            <translation>Entrer de nouveau les articles de cette vente</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>role {lower} → {lower2}</source>
            <translation>rôle {lower} → {lower2}</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Vente</translation>
        </message>
        <message>
            <source>Sale # / refund id</source>
            <translation>Nº vente / rembours.</translation>
        </message>
        <message>
            <source>Sale # to refund, or the refund / transaction id to void</source>
            <translation>Nº de vente à rembourser, ou nº à corriger</translation>
        </message>
        <message>
            <source>Sale #{number}  {stamp}</source>
            <translation>Vente nº {number}  {stamp}</translation>
        </message>
        <message>
            <source>Sale #{number} cancelled — every payment was reversed.{tail}</source>
            <translation>Vente nº {number} annulée — chaque paiement a été renversé.{tail}</translation>
        </message>
        <message>
            <source>Sale #{number} had no items to ring up again.</source>
            <translation>La vente nº {number} n'avait aucun article à entrer de nouveau.</translation>
        </message>
        <message>
            <source>Sale #{number} had no payments: discarded it.</source>
            <translation>La vente nº {number} n'avait aucun paiement : elle a été abandonnée.</translation>
        </message>
        <message>
            <source>Sale #{number} is settled — {end}{tail}</source>
            <translation>La vente nº {number} est réglée — {end}{tail}</translation>
        </message>
        <message>
            <source>Sale #{number} is settled: {end}</source>
            <translation>La vente nº {number} est réglée : {end}</translation>
        </message>
        <message>
            <source>Sale #{number} needs a manager: {owed}. The register keeps trying.</source>
            <translation>La vente nº {number} exige un gestionnaire : {owed}. La caisse continue d'essayer.</translation>
        </message>
        <message>
            <source>Sale #{number} needs a manager: {value}</source>
            <translation>La vente nº {number} exige un gestionnaire : {value}</translation>
        </message>
        <message>
            <source>Sale #{number} needs attention: {value}</source>
            <translation>La vente nº {number} exige une attention : {value}</translation>
        </message>
        <message>
            <source>Sale #{number} refunded: {said}.</source>
            <translation>Vente nº {number} remboursée : {said}.</translation>
        </message>
        <message>
            <source>Sale #{number} rung up again as sale #{number2} ({amount}).{left_off_note}</source>
            <translation>Vente nº {number} entrée de nouveau comme vente nº {number2} ({amount}).{left_off_note}</translation>
        </message>
        <message>
            <source>Sale #{number} rung up again as sale #{number2} ({amount}).{note}</source>
            <translation>Vente nº {number} entrée de nouveau comme vente nº {number2} ({amount}).{note}</translation>
        </message>
        <message>
            <source>Sale #{number} still needs a manager: {join}.</source>
            <translation>La vente nº {number} exige toujours un gestionnaire : {join}.</translation>
        </message>
        <message>
            <source>Sale #{number} still needs a manager: {owed}.</source>
            <translation>La vente nº {number} exige toujours un gestionnaire : {owed}.</translation>
        </message>
        <message>
            <source>Sale #{number} voided: {said}.</source>
            <translation>Vente nº {number} corrigée : {said}.</translation>
        </message>
        <message>
            <source>Sale #{number} was paid: finished it ({amount}).</source>
            <translation>La vente nº {number} était payée : elle a été terminée ({amount}).</translation>
        </message>
        <message>
            <source>Sale #{number} wasn't paid in full: reversed every payment.</source>
            <translation>La vente nº {number} n'était pas payée en entier : chaque paiement a été renversé.</translation>
        </message>
        <message>
            <source>Sale #{number} · {amount} · {doing}
{owed}</source>
            <translation>Vente nº {number} · {amount} · {doing}
{owed}</translation>
        </message>
        <message>
            <source>Sale #{number} · {total} · {before} → {after}
{message}</source>
            <translation>Vente nº {number} · {total} · {before} → {after}
{message}</translation>
        </message>
        <message>
            <source>sale #{number}, {amount}</source>
            <translation>vente nº {number}, {amount}</translation>
        </message>
        <message>
            <source>sale #{number}, {label}, </source>
            <translation>vente nº {number}, {label}, </translation>
        </message>
        <message>
            <source>Sale #{number}: giving every payment back…</source>
            <translation>Vente nº {number} : remise de chaque paiement…</translation>
        </message>
        <message>
            <source>Sale #{wanted} isn't among today's sales — check the number on the receipt.</source>
            <translation>La vente nº {wanted} ne fait pas partie des ventes d'aujourd'hui — vérifiez le numéro sur le reçu.</translation>
        </message>
        <message>
            <source>Sale #{wanted}: choose the payment to refund, then Refund payment (F7).</source>
            <translation>Vente nº {wanted} : choisissez le paiement à rembourser, puis Rembourser le paiement (F7).</translation>
        </message>
        <message>
            <source>Sale cancelled</source>
            <translation>Vente annulée</translation>
        </message>
        <message>
            <source>Sale cancelled.</source>
            <translation>Vente annulée.</translation>
        </message>
        <message>
            <source>Sale complete</source>
            <translation>Vente terminée</translation>
        </message>
        <message>
            <source>Sale lines</source>
            <translation>Lignes de la vente</translation>
        </message>
        <message>
            <source>Sale number or refund id</source>
            <translation>Nº de vente ou de remboursement</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Sales and gift card operations that need a manager</source>
            <translation>Ventes et opérations de cartes-cadeaux qui exigent un gestionnaire</translation>
        </message>
        <message>
            <source>Sales that need a manager</source>
            <translation>Ventes qui exigent un gestionnaire</translation>
        </message>
        <message>
            <source>Sandwich</source>
            <translation>Sandwich</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <source>Save PDF and CSV</source>
            <translation>Enregistrer en PDF et CSV</translation>
        </message>
        <message>
            <source>Save person</source>
            <translation>Enregistrer la personne</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Enregistrer le rapport</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Enregistrer les réglages</translation>
        </message>
        <message>
            <source>Saved {name} and {name2} in {folder}.</source>
            <translation>{name} et {name2} enregistrés dans {folder}.</translation>
        </message>
        <message>
            <source>Saved — waiting for a restart of Counter POS: {words}.</source>
            <translation>Enregistré — en attente d'un redémarrage de Counter POS : {words}.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Say why ({lower} reason).</source>
            <translation>Dites pourquoi (motif : {lower}).</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Écran</translation>
        </message>
        <message>
            <source>Screen title</source>
            <translation>Titre de l'écran</translation>
        </message>
        <message>
            <source>Second drawer (pin 5)</source>
            <translation>Deuxième tiroir (broche 5)</translation>
        </message>
        <message>
            <source>Security code</source>
            <translation>Code de sécurité</translation>
        </message>
        <message>
            <source>security code</source>
            <translation>code de sécurité</translation>
        </message>
        <message>
            <source>Security code (if any)</source>
            <translation>Code de sécurité (s'il y a lieu)</translation>
        </message>
        <message>
            <source>Security code (if the card has one)</source>
            <translation>Code de sécurité (si la carte en a un)</translation>
        </message>
        <message>
            <source>Select the line whose price changes.</source>
            <translation>Sélectionnez la ligne dont le prix change.</translation>
        </message>
        <message>
            <source>Select the payment to remove in the list.</source>
            <translation>Sélectionnez dans la liste le paiement à retirer.</translation>
        </message>
        <message>
            <source>Sell card</source>
            <translation>Vendre</translation>
        </message>
        <message>
            <source>Sell virtual</source>
            <translation>Virtuelle</translation>
        </message>
        <message>
            <source>Sell virtual card</source>
            <translation>Vendre une carte virtuelle</translation>
        </message>
        <message>
            <source>Sent to Clover with every payment (x-forwarded-for). Leave it empty to send this register's own address.</source>
            <translation>Envoyée à Clover avec chaque paiement (x-forwarded-for). Laissez vide pour envoyer l'adresse de cette caisse.</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Série</translation>
        </message>
        <message>
            <source>Set price</source>
            <translation>Fixer le prix</translation>
        </message>
        <message>
            <source>Set up owner</source>
            <translation>Configurer le propriétaire</translation>
        </message>
        <message>
            <source>Set up the owner</source>
            <translation>Configurer le propriétaire</translation>
        </message>
        <message>
            <source>Setting up the owner…</source>
            <translation>Configuration du propriétaire…</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>réglages</translation>
        </message>
        <message>
            <source>Settings are for a manager or the owner: Lock (Ctrl+F12), then they sign in.</source>
            <translation>Les réglages sont réservés à un gestionnaire ou au propriétaire : Verrouiller (Ctrl+F12), puis il se connecte.</translation>
        </message>
        <message>
            <source>Settings fields</source>
            <translation>Champs des réglages</translation>
        </message>
        <message>
            <source>Settled by {manager}: didn't go through. Nothing changed.</source>
            <translation>Réglé par {manager} : n'est pas passé. Rien n'a changé.</translation>
        </message>
        <message>
            <source>Settled by {manager}: {done_message}</source>
            <translation>Réglé par {manager} : {done_message}</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Quart</translation>
        </message>
        <message>
            <source>Shift #{number} closed. Expected {amount} · Counted {amount2} · {words}</source>
            <translation>Quart nº {number} fermé. Attendu {amount} · Compté {amount2} · {words}</translation>
        </message>
        <message>
            <source>Shift #{number} — opened by {opened_by} at {clock} with a float of {amount}.</source>
            <translation>Quart nº {number} — ouvert par {opened_by} à {clock} avec un fonds de caisse de {amount}.</translation>
        </message>
        <message>
            <source>shift #{number}: counted {amount}, expected {amount2}, {words}</source>
            <translation>quart nº {number} : compté {amount}, attendu {amount2}, {words}</translation>
        </message>
        <message>
            <source>Shift closed</source>
            <translation>Quart fermé</translation>
        </message>
        <message>
            <source>Shift closed. The Z report (Manager screen) closes the day.</source>
            <translation>Quart fermé. Le rapport Z (écran Gestionnaire) ferme la journée.</translation>
        </message>
        <message>
            <source>Shift open with a float of {amount}. Sales can be rung up (F1).</source>
            <translation>Quart ouvert avec un fonds de caisse de {amount}. Les ventes peuvent être entrées (F1).</translation>
        </message>
        <message>
            <source>Shift opened</source>
            <translation>Quart ouvert</translation>
        </message>
        <message>
            <source>Shift result</source>
            <translation>Résultat du quart</translation>
        </message>
        <message>
            <source>Shift summary</source>
            <translation>Résumé du quart</translation>
        </message>
        <message>
            <source>Shifts {numbers}</source>
            <translation>Quarts {numbers}</translation>
        </message>
        <message>
            <source>Short {amount}</source>
            <translation>Manque {amount}</translation>
        </message>
        <message>
            <source>short {amount}</source>
            <translation>manque {amount}</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Show all sales</source>
            <translation>Afficher toutes les ventes</translation>
        </message>
        <message>
            <source>Show audit</source>
            <translation>Afficher l'audit</translation>
        </message>
        <message>
            <source>Show only sales that need a manager</source>
            <translation>Afficher seulement les ventes qui exigent un gestionnaire</translation>
        </message>
        <message>
            <source>Show {label}</source>
            <translation>Afficher {label}</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Sign in first.</source>
            <translation>Connectez-vous d'abord.</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Déconnexion</translation>
        </message>
        <message>
            <source>Sign-in cancelled — nothing was changed.</source>
            <translation>Connexion annulée — rien n'a changé.</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <source>Signed in: {name} ({label}).</source>
            <translation>Connecté : {name} ({label}).</translation>
        </message>
        <message>
            <source>Something went wrong on this register — the sale is safe in the journal. Try again; if it repeats, call a manager.</source>
            <translation>Un problème est survenu sur cette caisse — la vente est en sûreté dans le journal. Réessayez; si cela se répète, appelez un gestionnaire.</translation>
        </message>
        <message>
            <source>Start a sale first.</source>
            <translation>Commencez d'abord une vente.</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation>Démarrage</translation>
        </message>
        <message>
            <source>Starting Counter POS — checking the journal…</source>
            <translation>Démarrage de Counter POS — vérification du journal…</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Still no answer from Clover. Don't take another payment yet: press Check again, or Cancel sale (it will be reversed once Clover answers).</source>
            <translation>Toujours aucune réponse de Clover. Ne prenez pas encore d'autre paiement : appuyez sur Vérifier de nouveau, ou Annuler la vente (le paiement sera renversé dès que Clover répondra).</translation>
        </message>
        <message>
            <source>Store address</source>
            <translation>Adresse du commerce</translation>
        </message>
        <message>
            <source>Store and receipts</source>
            <translation>Commerce et reçus</translation>
        </message>
        <message>
            <source>Store details and swipe timing apply now.</source>
            <translation>Les coordonnées du commerce et le délai de lecture s'appliquent maintenant.</translation>
        </message>
        <message>
            <source>Store name</source>
            <translation>Nom du commerce</translation>
        </message>
        <message>
            <source>Street, town, phone — up to 6 lines</source>
            <translation>Rue, ville, téléphone — jusqu'à 6 lignes</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Sous-total</translation>
        </message>
        <message>
            <source>Subtotal  {amount}</source>
            <translation>Sous-total  {amount}</translation>
        </message>
        <message>
            <source>Swipe a card now. What the reader types is shown here, masked.</source>
            <translation>Glissez une carte maintenant. Ce que le lecteur tape s'affiche ici, masqué.</translation>
        </message>
        <message>
            <source>Swipe a gift card, or key its number and security code.</source>
            <translation>Glissez une carte-cadeau ou saisissez son numéro et son code.</translation>
        </message>
        <message>
            <source>Swipe again — the card didn't read.</source>
            <translation>Glissez de nouveau — la carte n'a pas été lue.</translation>
        </message>
        <message>
            <source>Swipe duration</source>
            <translation>Durée de la lecture</translation>
        </message>
        <message>
            <source>Swipe gift card ····{last4} to finish {value} {amount}.</source>
            <translation>Glissez la carte-cadeau ····{last4} pour terminer {value} {amount}.</translation>
        </message>
        <message>
            <source>Swipe the card now — or key it in:</source>
            <translation>Glissez la carte maintenant — ou saisissez-la :</translation>
        </message>
        <message>
            <source>Swipe the gift card now — or key it in:</source>
            <translation>Glissez la carte-cadeau maintenant — ou saisissez-la :</translation>
        </message>
        <message>
            <source>Swipe timing</source>
            <translation>Délai de lecture</translation>
        </message>
        <message>
            <source>Swipe timing setting</source>
            <translation>Réglage du délai de lecture</translation>
        </message>
        <message>
            <source>Swipe timing, milliseconds</source>
            <translation>Délai de lecture, en millisecondes</translation>
        </message>
        <message>
            <source>System (default)</source>
            <translation>Système (par défaut)</translation>
        </message>
        <message>
            <source>Take cash</source>
            <translation>Prendre le comptant</translation>
        </message>
        <message>
            <source>Take cash  [Enter]</source>
            <translation>Prendre le comptant  [Entrée]</translation>
        </message>
        <message>
            <source>taken back off the card</source>
            <translation>retiré de la carte</translation>
        </message>
        <message>
            <source>Taking payment</source>
            <translation>Paiement en cours</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Taxes</translation>
        </message>
        <message>
            <source>Tax  {amount}</source>
            <translation>Taxes  {amount}</translation>
        </message>
        <message>
            <source>Tax is computed on non-negative amounts and rates only.</source>
            <translation>Les taxes ne se calculent que sur des montants et des taux positifs ou nuls.</translation>
        </message>
        <message>
            <source>tax rate</source>
            <translation>taux de taxe</translation>
        </message>
        <message>
            <source>Tax rate (%)</source>
            <translation>Taux de taxe (%)</translation>
        </message>
        <message>
            <source>Tax rate, percent</source>
            <translation>Taux de taxe, en pourcentage</translation>
        </message>
        <message>
            <source>Tea</source>
            <translation>Thé</translation>
        </message>
        <message>
            <source>Tendered {money}</source>
            <translation>Remis {money}</translation>
        </message>
        <message>
            <source>Tenders</source>
            <translation>Modes de paiement</translation>
        </message>
        <message>
            <source>Test card reader</source>
            <translation>Tester le lecteur</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>Test page sent to {where} — check it printed, then Save.</source>
            <translation>Page de test envoyée à {where} — vérifiez qu'elle s'est imprimée, puis Enregistrer.</translation>
        </message>
        <message>
            <source>Thank you!</source>
            <translation>Merci!</translation>
        </message>
        <message>
            <source>That card number doesn't add up — check it and key it again.</source>
            <translation>Ce numéro de carte n'est pas valide — vérifiez-le et saisissez-le de nouveau.</translation>
        </message>
        <message>
            <source>That is already the line's price.</source>
            <translation>C'est déjà le prix de la ligne.</translation>
        </message>
        <message>
            <source>That is gift card ····{last4} — this cash-out was of gift card ····{last42}. Swipe that card.</source>
            <translation>C'est la carte-cadeau ····{last4} — cette remise en argent était celle de la carte-cadeau ····{last42}. Glissez cette carte-là.</translation>
        </message>
        <message>
            <source>That isn't a card this register can read — swipe again or key it in.</source>
            <translation>Cette caisse ne peut pas lire cette carte — glissez-la de nouveau ou saisissez-la.</translation>
        </message>
        <message>
            <source>That isn't a Clover {what} id — check it and try again.</source>
            <translation>Ce n'est pas un nº de {what} Clover — vérifiez-le et réessayez.</translation>
        </message>
        <message>
            <source>That isn't a gift card number — gift card numbers are six, thirteen, sixteen or nineteen digits.</source>
            <translation>Ce n'est pas un numéro de carte-cadeau — les numéros de cartes-cadeaux ont six, treize, seize ou dix-neuf chiffres.</translation>
        </message>
        <message>
            <source>That isn't an amount — type digits like 12.50.</source>
            <translation>Ce n'est pas un montant — tapez des chiffres, p. ex. 12,50.</translation>
        </message>
        <message>
            <source>That isn't an amount — type digits with no spaces, like 12.50.</source>
            <translation>Ce n'est pas un montant — tapez des chiffres sans espaces, p. ex. 12,50.</translation>
        </message>
        <message>
            <source>That number is the wrong length for a card or gift card — check it and key it again.</source>
            <translation>Ce numéro n'a pas la bonne longueur pour une carte ou une carte-cadeau — vérifiez-le et saisissez-le de nouveau.</translation>
        </message>
        <message>
            <source>That payment is only a hold — release it from its sale instead.</source>
            <translation>Ce paiement n'est qu'une retenue — libérez-la plutôt à partir de sa vente.</translation>
        </message>
        <message>
            <source>That person is not on the register's list.</source>
            <translation>Cette personne n'est pas sur la liste de la caisse.</translation>
        </message>
        <message>
            <source>That would be {amount} in change — check the amount.</source>
            <translation>Cela ferait {amount} de monnaie — vérifiez le montant.</translation>
        </message>
        <message>
            <source>The amount can't be negative.</source>
            <translation>Le montant ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>The amount is too large: at most {most}.</source>
            <translation>Le montant est trop élevé : au plus {most}.</translation>
        </message>
        <message>
            <source>The amount must be more than $0.00.</source>
            <translation>Le montant doit être de plus de 0,00 $.</translation>
        </message>
        <message>
            <source>The amount must be more than {zero}.</source>
            <translation>Le montant doit être de plus de {zero}.</translation>
        </message>
        <message>
            <source>The answer that came back was not from this sign-in, so it was ignored and nothing was saved. Press Connect to Clover to try again.</source>
            <translation>La réponse reçue ne venait pas de cette connexion; elle a donc été ignorée et rien n'a été enregistré. Appuyez sur Se connecter à Clover pour réessayer.</translation>
        </message>
        <message>
            <source>the card</source>
            <translation>la carte</translation>
        </message>
        <message>
            <source>The card read two different numbers — swipe again.</source>
            <translation>La carte a donné deux numéros différents — glissez-la de nouveau.</translation>
        </message>
        <message>
            <source>The card reader is not active on this register — restart Counter POS.</source>
            <translation>Le lecteur de cartes n'est pas actif sur cette caisse — redémarrez Counter POS.</translation>
        </message>
        <message>
            <source>The card reader speed must be a whole number of milliseconds from 5 to 500.</source>
            <translation>La vitesse du lecteur de cartes doit être un nombre entier de millisecondes de 5 à 500.</translation>
        </message>
        <message>
            <source>The card reader works: {what} ····{last4} read. Test card reader (F8) shows how the swipe arrived.</source>
            <translation>Le lecteur de cartes fonctionne : {what} ····{last4} lue. Tester le lecteur de cartes (F8) montre comment la lecture est arrivée.</translation>
        </message>
        <message>
            <source>The card's expiry date didn't read — key the card in.</source>
            <translation>La date d'expiration de la carte n'a pas été lue — saisissez la carte.</translation>
        </message>
        <message>
            <source>The card's expiry date didn't read — swipe again or key it in.</source>
            <translation>La date d'expiration de la carte n'a pas été lue — glissez-la de nouveau ou saisissez-la.</translation>
        </message>
        <message>
            <source>The cash drawer didn't open ({where}). Open the drawer with its key.</source>
            <translation>Le tiroir-caisse ne s'est pas ouvert ({where}). Ouvrez-le avec sa clé.</translation>
        </message>
        <message>
            <source>The cash drawer didn't open: the receipt printer at {where} doesn't answer. Open the drawer with its key.</source>
            <translation>Le tiroir-caisse ne s'est pas ouvert : l'imprimante à reçus à {where} ne répond pas. Ouvrez le tiroir avec sa clé.</translation>
        </message>
        <message>
            <source>The cash drawer is 'none', 'pin2' (most drawers) or 'pin5' (a second drawer).</source>
            <translation>Le tiroir-caisse est « none », « pin2 » (la plupart des tiroirs) ou « pin5 » (un deuxième tiroir).</translation>
        </message>
        <message>
            <source>The cash drawer may not have opened: the receipt printer at {where} hung up. Open the drawer with its key if it is shut.</source>
            <translation>Le tiroir-caisse ne s'est peut-être pas ouvert : l'imprimante à reçus à {where} a coupé la communication. Ouvrez le tiroir avec sa clé s'il est fermé.</translation>
        </message>
        <message>
            <source>The cash drawer opened.</source>
            <translation>Le tiroir-caisse s'est ouvert.</translation>
        </message>
        <message>
            <source>The Clover credentials were removed from this computer. Restart Counter POS: it starts in training mode.</source>
            <translation>Les identifiants Clover ont été retirés de cet ordinateur. Redémarrez Counter POS : il démarrera en mode formation.</translation>
        </message>
        <message>
            <source>The computer's credential store is locked. Unlock it (GNOME Keyring, KWallet or the Keychain — usually by signing in again), then try again.</source>
            <translation>Le magasin d'identifiants de l'ordinateur est verrouillé. Déverrouillez-le (GNOME Keyring, KWallet ou le Trousseau — habituellement en ouvrant de nouveau une session), puis réessayez.</translation>
        </message>
        <message>
            <source>The connection was refused on Clover's page (Deny). Nothing was saved; Counter POS keeps its current account.</source>
            <translation>La connexion a été refusée sur la page de Clover (Deny). Rien n'a été enregistré; Counter POS garde son compte actuel.</translation>
        </message>
        <message>
            <source>The credentials were stored, but the settings file couldn't be written ({why}) — check the disk has space, then press Save again.</source>
            <translation>Les identifiants ont été enregistrés, mais le fichier des réglages n'a pas pu être écrit ({why}) — vérifiez l'espace sur le disque, puis appuyez de nouveau sur Enregistrer.</translation>
        </message>
        <message>
            <source>The currency must be USD or CAD.</source>
            <translation>La devise doit être USD ou CAD.</translation>
        </message>
        <message>
            <source>The drawer should hold only {amount} — a {lower} of {amount2} can't come out.</source>
            <translation>Le tiroir ne devrait contenir que {amount} — impossible de sortir {amount2} ({lower}).</translation>
        </message>
        <message>
            <source>The environment must be training, sandbox or production.</source>
            <translation>L'environnement doit être training, sandbox ou production.</translation>
        </message>
        <message>
            <source>The float is counted when the shift opens.</source>
            <translation>Le fonds de caisse se compte à l'ouverture du quart.</translation>
        </message>
        <message>
            <source>the gift card</source>
            <translation>la carte-cadeau</translation>
        </message>
        <message>
            <source>The gift card hold expired before the sale was finished.</source>
            <translation>La retenue sur la carte-cadeau a expiré avant la fin de la vente.</translation>
        </message>
        <message>
            <source>The hold had expired: nothing was taken.</source>
            <translation>La retenue avait expiré : rien n'a été pris.</translation>
        </message>
        <message>
            <source>The hold on {cards} expired before the sale finished — nothing was taken from it. {due}: take another payment.</source>
            <translation>La retenue sur {cards} a expiré avant la fin de la vente — rien n'y a été pris. {due} : prenez un autre paiement.</translation>
        </message>
        <message>
            <source>The journal has no such desk operation.</source>
            <translation>Le journal ne contient pas cette opération de comptoir.</translation>
        </message>
        <message>
            <source>The journal has no such payment.</source>
            <translation>Le journal ne contient pas ce paiement.</translation>
        </message>
        <message>
            <source>the keyring chainer has no usable backends</source>
            <translation>le chaîneur de trousseaux n'a aucun service utilisable</translation>
        </message>
        <message>
            <source>the keyring chainer includes an insecure backend: {reason}</source>
            <translation>le chaîneur de trousseaux inclut un service non sécurisé : {reason}</translation>
        </message>
        <message>
            <source>The language must be system, en or fr_CA.</source>
            <translation>La langue doit être system, en ou fr_CA.</translation>
        </message>
        <message>
            <source>The line is too large: at most $999,999.99.</source>
            <translation>La ligne est trop élevée : au plus 999 999,99 $.</translation>
        </message>
        <message>
            <source>The line is too large: at most {most}.</source>
            <translation>La ligne est trop élevée : au plus {most}.</translation>
        </message>
        <message>
            <source>The logo file</source>
            <translation>Le fichier du logo</translation>
        </message>
        <message>
            <source>The merchant ID has only letters and digits (at most 32), as shown in Clover.</source>
            <translation>L'ID de marchand ne contient que des lettres et des chiffres (32 au plus), tel qu'affiché dans Clover.</translation>
        </message>
        <message>
            <source>The network printer's port is a number from 1 to 65535 (usually 9100).</source>
            <translation>Le port de l'imprimante réseau est un nombre de 1 à 65535 (habituellement 9100).</translation>
        </message>
        <message>
            <source>The new price must be more than zero.</source>
            <translation>Le nouveau prix doit être de plus de zéro.</translation>
        </message>
        <message>
            <source>The OAuth app ID has only letters, digits, dots, dashes and underscores.</source>
            <translation>L'ID d'application OAuth ne contient que des lettres, des chiffres, des points, des traits d'union et des traits de soulignement.</translation>
        </message>
        <message>
            <source>The owner can't retire themselves; make someone else owner first.</source>
            <translation>Le propriétaire ne peut pas se retirer lui-même; nommez d'abord un autre propriétaire.</translation>
        </message>
        <message>
            <source>The owner is already set up: sign in instead.</source>
            <translation>Le propriétaire est déjà configuré : connectez-vous plutôt.</translation>
        </message>
        <message>
            <source>The price was not changed.</source>
            <translation>Le prix n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The printer {setting!r} isn't on this computer — check the receipt printer in Settings (Ctrl+,).</source>
            <translation>L'imprimante {setting!r} n'est pas sur cet ordinateur — vérifiez l'imprimante à reçus dans les Réglages (Ctrl+,).</translation>
        </message>
        <message>
            <source>The printer {where} reported an error — check it, then print again.</source>
            <translation>L'imprimante {where} a signalé une erreur — vérifiez-la, puis imprimez de nouveau.</translation>
        </message>
        <message>
            <source>The promotion codes set up in Clover: a fixed value (CODE=50.00) or a range (CODE=1.00-500.00). A virtual card's amount is checked against its code before the customer pays.</source>
            <translation>Les codes de promotion configurés dans Clover : une valeur fixe (CODE=50.00) ou une fourchette (CODE=1.00-500.00). Le montant d'une carte virtuelle est vérifié selon son code avant que le client paie.</translation>
        </message>
        <message>
            <source>The receipt folder {folder} can't be written — check the receipt printer in Settings.</source>
            <translation>Impossible d'écrire dans le dossier des reçus {folder} — vérifiez l'imprimante à reçus dans les Réglages.</translation>
        </message>
        <message>
            <source>The receipt footer</source>
            <translation>Le bas de reçu</translation>
        </message>
        <message>
            <source>The receipt logo {where} can't be read as a picture — choose another in Settings (Ctrl+,), or leave it empty.</source>
            <translation>Le logo du reçu {where} ne peut pas être lu comme une image — choisissez-en un autre dans les Réglages (Ctrl+,), ou laissez vide.</translation>
        </message>
        <message>
            <source>The receipt paper is 58 or 80 mm wide.</source>
            <translation>Le papier à reçus a 58 ou 80 mm de largeur.</translation>
        </message>
        <message>
            <source>The receipt printer</source>
            <translation>L'imprimante à reçus</translation>
        </message>
        <message>
            <source>The receipt printer at {where} doesn't answer — check it is on and plugged in, then press Print receipt again.</source>
            <translation>L'imprimante à reçus à {where} ne répond pas — vérifiez qu'elle est allumée et branchée, puis appuyez de nouveau sur Imprimer le reçu.</translation>
        </message>
        <message>
            <source>The receipt printer at {where} is offline — check its lights and paper, then press Print receipt again.</source>
            <translation>L'imprimante à reçus à {where} est hors ligne — vérifiez ses voyants et son papier, puis appuyez de nouveau sur Imprimer le reçu.</translation>
        </message>
        <message>
            <source>The receipt printer at {where} stopped mid-receipt — check it is on and has paper, then press Print receipt again.</source>
            <translation>L'imprimante à reçus à {where} s'est arrêtée au milieu du reçu — vérifiez qu'elle est allumée et qu'elle a du papier, puis appuyez de nouveau sur Imprimer le reçu.</translation>
        </message>
        <message>
            <source>The receipt printer is out of paper — load a new roll, then press Print receipt again.</source>
            <translation>L'imprimante à reçus n'a plus de papier — installez un nouveau rouleau, puis appuyez de nouveau sur Imprimer le reçu.</translation>
        </message>
        <message>
            <source>The receipt printer {where} isn't connected — plug it in, or check the receipt printer in Settings (Ctrl+,).</source>
            <translation>L'imprimante à reçus {where} n'est pas branchée — branchez-la, ou vérifiez l'imprimante à reçus dans les Réglages (Ctrl+,).</translation>
        </message>
        <message>
            <source>The receipt printer's cover is open — close it, then press Print receipt again.</source>
            <translation>Le couvercle de l'imprimante à reçus est ouvert — fermez-le, puis appuyez de nouveau sur Imprimer le reçu.</translation>
        </message>
        <message>
            <source>the refund</source>
            <translation>le remboursement</translation>
        </message>
        <message>
            <source>The register IP address must look like 192.168.1.20 (or an IPv6 address).</source>
            <translation>L'adresse IP de la caisse doit ressembler à 192.168.1.20 (ou être une adresse IPv6).</translation>
        </message>
        <message>
            <source>The register keeps trying by itself; Try again now (F9) asks Clover at once.</source>
            <translation>La caisse continue d'essayer d'elle-même; Réessayer maintenant (F9) demande tout de suite à Clover.</translation>
        </message>
        <message>
            <source>The register locks itself after this many minutes with no key or touch; someone signs in again. 0: never.</source>
            <translation>La caisse se verrouille après ce nombre de minutes sans touche ni contact; quelqu'un se reconnecte. 0 : jamais.</translation>
        </message>
        <message>
            <source>The register stopped in the middle of {done} — here is what it did</source>
            <translation>La caisse s'est arrêtée au milieu de {done} — voici ce qu'elle a fait</translation>
        </message>
        <message>
            <source>The sale is paid and being finished; it can't be cancelled now.</source>
            <translation>La vente est payée et en finalisation; elle ne peut plus être annulée.</translation>
        </message>
        <message>
            <source>The sale on the till has items — finish or clear it first.</source>
            <translation>La vente en cours a des articles — terminez-la ou videz-la d'abord.</translation>
        </message>
        <message>
            <source>The sale would be too large: at most $999,999.99.</source>
            <translation>La vente serait trop élevée : au plus 999 999,99 $.</translation>
        </message>
        <message>
            <source>The serial speed must be one of 1200, 2400, 4800, 9600, 19200, 38400, 57600 or 115200.</source>
            <translation>La vitesse série doit être 1200, 2400, 4800, 9600, 19200, 38400, 57600 ou 115200.</translation>
        </message>
        <message>
            <source>The settings file could not be read, so the default settings are in use.{kept} A manager should check Settings.</source>
            <translation>Le fichier des réglages n'a pas pu être lu; les réglages par défaut sont donc utilisés.{kept} Un gestionnaire devrait vérifier les Réglages.</translation>
        </message>
        <message>
            <source>The settings file couldn't be written ({why}) — check the disk has space, then press Save again.</source>
            <translation>Le fichier des réglages n'a pas pu être écrit ({why}) — vérifiez l'espace sur le disque, puis appuyez de nouveau sur Enregistrer.</translation>
        </message>
        <message>
            <source>The settings file has no valid version number.</source>
            <translation>Le fichier des réglages n'a pas de numéro de version valide.</translation>
        </message>
        <message>
            <source>The settings were saved by a newer version of Counter POS; settings this version does not know are ignored.</source>
            <translation>Les réglages ont été enregistrés par une version plus récente de Counter POS; les réglages inconnus de cette version sont ignorés.</translation>
        </message>
        <message>
            <source>The store address</source>
            <translation>L'adresse du commerce</translation>
        </message>
        <message>
            <source>The store name</source>
            <translation>Le nom du commerce</translation>
        </message>
        <message>
            <source>The store needs an owner: make someone else owner first.</source>
            <translation>Le commerce a besoin d'un propriétaire : nommez d'abord quelqu'un d'autre propriétaire.</translation>
        </message>
        <message>
            <source>The tax rate can have at most {TAX_DECIMALS} decimal places.</source>
            <translation>Le taux de taxe peut avoir au plus {TAX_DECIMALS} décimales.</translation>
        </message>
        <message>
            <source>The tax rate can't be more than 30 %.</source>
            <translation>Le taux de taxe ne peut pas dépasser 30 %.</translation>
        </message>
        <message>
            <source>The tax rate can't be negative.</source>
            <translation>Le taux de taxe ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>The tax rate must be between 0 % and 30 %.</source>
            <translation>Le taux de taxe doit être entre 0 % et 30 %.</translation>
        </message>
        <message>
            <source>the training sandbox</source>
            <translation>le bac à sable de formation</translation>
        </message>
        <message>
            <source>the transaction</source>
            <translation>la transaction</translation>
        </message>
        <message>
            <source>The two PINs differ: type the PIN twice.</source>
            <translation>Les deux NIP diffèrent : tapez le NIP deux fois.</translation>
        </message>
        <message>
            <source>the void is waiting</source>
            <translation>la correction attend</translation>
        </message>
        <message>
            <source>The {names} are in this computer's credential store.</source>
            <translation>Les éléments suivants sont dans le magasin d'identifiants de cet ordinateur : {names}.</translation>
        </message>
        <message>
            <source>The {names} is in this computer's credential store.</source>
            <translation>L'élément suivant est dans le magasin d'identifiants de cet ordinateur : {names}.</translation>
        </message>
        <message>
            <source>There is no line to change the price of.</source>
            <translation>Il n'y a aucune ligne dont changer le prix.</translation>
        </message>
        <message>
            <source>There is no line to remove.</source>
            <translation>Il n'y a aucune ligne à retirer.</translation>
        </message>
        <message>
            <source>There is no setting called {name!r}.</source>
            <translation>Il n'y a aucun réglage nommé {name!r}.</translation>
        </message>
        <message>
            <source>This computer can't drive the receipt printer {where} (USB or serial support isn't installed) — use its network port instead, or ask whoever set up this computer.</source>
            <translation>Cet ordinateur ne peut pas piloter l'imprimante à reçus {where} (le soutien USB ou série n'est pas installé) — utilisez plutôt son port réseau, ou adressez-vous à la personne qui a configuré cet ordinateur.</translation>
        </message>
        <message>
            <source>This computer has no secure credential store, so Counter POS can't save the Clover connection. On Linux, install and unlock GNOME Keyring or KWallet (sign in to a desktop session); on Windows and macOS, sign in to a normal user account. Then connect again.</source>
            <translation>Cet ordinateur n'a pas de magasin d'identifiants sécurisé; Counter POS ne peut donc pas enregistrer la connexion Clover. Sous Linux, installez et déverrouillez GNOME Keyring ou KWallet (ouvrez une session de bureau); sous Windows et macOS, ouvrez une session d'utilisateur normale. Connectez-vous ensuite de nouveau.</translation>
        </message>
        <message>
            <source>This gift card is already active — use Reload to add value.</source>
            <translation>Cette carte-cadeau est déjà active — utilisez Recharger pour ajouter de la valeur.</translation>
        </message>
        <message>
            <source>This gift card is closed — it has no balance to use or pay out.</source>
            <translation>Cette carte-cadeau est fermée — elle n'a aucun solde à utiliser ni à remettre.</translation>
        </message>
        <message>
            <source>This gift card isn't active yet — sell it instead.</source>
            <translation>Cette carte-cadeau n'est pas encore active — vendez-la plutôt.</translation>
        </message>
        <message>
            <source>This gift card isn't active yet — sell or activate it first.</source>
            <translation>Cette carte-cadeau n'est pas encore active — vendez-la ou activez-la d'abord.</translation>
        </message>
        <message>
            <source>This operation is already settled.</source>
            <translation>Cette opération est déjà réglée.</translation>
        </message>
        <message>
            <source>This operation was made in the other mode (training or real Clover) — settle it with the register in that mode.</source>
            <translation>Cette opération a été faite dans l'autre mode (formation ou vrai Clover) — réglez-la avec la caisse dans ce mode.</translation>
        </message>
        <message>
            <source>This payment was already refunded in full.</source>
            <translation>Ce paiement a déjà été remboursé en entier.</translation>
        </message>
        <message>
            <source>This register</source>
            <translation>Cette caisse</translation>
        </message>
        <message>
            <source>This register already has an open shift: close it first.</source>
            <translation>Cette caisse a déjà un quart ouvert : fermez-le d'abord.</translation>
        </message>
        <message>
            <source>This sale is still at the till.</source>
            <translation>Cette vente est toujours à la caisse.</translation>
        </message>
        <message>
            <source>This sale isn't taking payments now.</source>
            <translation>Cette vente ne prend pas de paiements en ce moment.</translation>
        </message>
        <message>
            <source>This sale isn't taking payments — press New sale.</source>
            <translation>Cette vente ne prend pas de paiements — appuyez sur Nouvelle vente.</translation>
        </message>
        <message>
            <source>This sale was made {mode} — settle it with the register in that mode (Settings → Clover).</source>
            <translation>Cette vente a été faite {mode} — réglez-la avec la caisse dans ce mode (Réglages → Clover).</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Today's sales</source>
            <translation>Ventes d'aujourd'hui</translation>
        </message>
        <message>
            <source>Too many wrong PINs: {name} is locked out for {minutes_locked} more minute(s).</source>
            <translation>Trop de NIP erronés : {name} est bloqué encore {minutes_locked} minute(s).</translation>
        </message>
        <message>
            <source>TOTAL</source>
            <translation>TOTAL</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>TOTAL  {amount}</source>
            <translation>TOTAL  {amount}</translation>
        </message>
        <message>
            <source>Total tenders</source>
            <translation>Total des paiements</translation>
        </message>
        <message>
            <source>track 1</source>
            <translation>piste 1</translation>
        </message>
        <message>
            <source>track 2</source>
            <translation>piste 2</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Training mode banner</source>
            <translation>Bandeau du mode formation</translation>
        </message>
        <message>
            <source>Training mode is on in Settings.</source>
            <translation>Le mode formation est activé dans les Réglages.</translation>
        </message>
        <message>
            <source>Training mode uses the built-in sandbox and needs no Clover account — choose Clover sandbox or Production as the mode, then press Connect to Clover.</source>
            <translation>Le mode formation utilise le bac à sable intégré et n'exige aucun compte Clover — choisissez le mode Bac à sable Clover ou Production, puis appuyez sur Se connecter à Clover.</translation>
        </message>
        <message>
            <source>Training mode uses the built-in sandbox — no connection needed.</source>
            <translation>Le mode formation utilise le bac à sable intégré — aucune connexion requise.</translation>
        </message>
        <message>
            <source>TRAINING MODE — nothing here has value. {reason}</source>
            <translation>MODE FORMATION — rien ici n'a de valeur. {reason}</translation>
        </message>
        <message>
            <source>TRAINING — NO VALUE</source>
            <translation>FORMATION — SANS VALEUR</translation>
        </message>
        <message>
            <source>Training — no value</source>
            <translation>Formation — sans valeur</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Try again now</source>
            <translation>Réessayer maintenant</translation>
        </message>
        <message>
            <source>Try again now: ask Clover about the chosen one</source>
            <translation>Réessayer maintenant : demander à Clover pour celle choisie</translation>
        </message>
        <message>
            <source>Type an amount from $0.01 to $999,999.99.</source>
            <translation>Tapez un montant de 0,01 $ à 999 999,99 $.</translation>
        </message>
        <message>
            <source>Type the device's full path, like escpos:file:/dev/usb/lp0.</source>
            <translation>Tapez le chemin complet du périphérique, p. ex. escpos:file:/dev/usb/lp0.</translation>
        </message>
        <message>
            <source>Type the expiry as MM/YY, like 12/30.</source>
            <translation>Tapez l'expiration au format MM/AA, p. ex. 12/30.</translation>
        </message>
        <message>
            <source>Type the minutes before the register locks itself, a whole number from 0 (never) to 240.</source>
            <translation>Tapez les minutes avant que la caisse se verrouille, un nombre entier de 0 (jamais) à 240.</translation>
        </message>
        <message>
            <source>Type the network printer's address, like escpos:net:192.168.1.50.</source>
            <translation>Tapez l'adresse de l'imprimante réseau, p. ex. escpos:net:192.168.1.50.</translation>
        </message>
        <message>
            <source>Type the new price of {item} (now {amount}), then Enter. Esc backs out.</source>
            <translation>Saisissez le nouveau prix de {item} (actuellement {amount}), puis Entrée. Échap pour annuler.</translation>
        </message>
        <message>
            <source>Type the OAuth app ID (the App ID of your app in Clover's developer dashboard), then press Connect to Clover.</source>
            <translation>Tapez l'ID d'application OAuth (l'App ID de votre application dans le tableau de bord des développeurs Clover), puis appuyez sur Se connecter à Clover.</translation>
        </message>
        <message>
            <source>Type the person's name.</source>
            <translation>Tapez le nom de la personne.</translation>
        </message>
        <message>
            <source>Type the reason for the {lower}.</source>
            <translation>Tapez le motif ({lower}).</translation>
        </message>
        <message>
            <source>Type the sale number from the receipt (Sale #…), then Refund: the sale's payments are listed to choose from.</source>
            <translation>Tapez le numéro de vente inscrit sur le reçu (Vente nº …), puis Rembourser : les paiements de la vente s'affichent pour que vous choisissiez.</translation>
        </message>
        <message>
            <source>Type the swipe timing in milliseconds, a whole number from {lo} to {hi}.</source>
            <translation>Tapez le délai de lecture en millisecondes, un nombre entier de {lo} à {hi}.</translation>
        </message>
        <message>
            <source>Type the tax rate as a percentage, like 8.875.</source>
            <translation>Tapez le taux de taxe en pourcentage, p. ex. 8,875.</translation>
        </message>
        <message>
            <source>Unfinished sales and gift card operations, and what was done</source>
            <translation>Ventes et opérations de cartes-cadeaux inachevées, et ce qui a été fait</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>USB</source>
            <translation>USB</translation>
        </message>
        <message>
            <source>USD — US dollar</source>
            <translation>USD — dollar américain</translation>
        </message>
        <message>
            <source>Use at most two decimals (cents), like 12.50.</source>
            <translation>Utilisez au plus deux décimales (les cents), p. ex. 12,50.</translation>
        </message>
        <message>
            <source>virtual gift card</source>
            <translation>carte-cadeau virtuelle</translation>
        </message>
        <message>
            <source>Virtual gift card promotions</source>
            <translation>Promotions de cartes-cadeaux virtuelles</translation>
        </message>
        <message>
            <source>Visa</source>
            <translation>Visa</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Correction</translation>
        </message>
        <message>
            <source>void</source>
            <translation>correction</translation>
        </message>
        <message>
            <source>Void cancelled — the sale is unchanged.</source>
            <translation>Correction annulée — la vente est inchangée.</translation>
        </message>
        <message>
            <source>Void of a refund to {card}</source>
            <translation>Correction d'un remboursement sur {card}</translation>
        </message>
        <message>
            <source>Void on {card}</source>
            <translation>Correction sur {card}</translation>
        </message>
        <message>
            <source>Void refund</source>
            <translation>Corriger un remboursement</translation>
        </message>
        <message>
            <source>Void sale</source>
            <translation>Corriger la vente</translation>
        </message>
        <message>
            <source>Void sale #{number} ({amount})?</source>
            <translation>Corriger la vente nº {number} ({amount})?</translation>
        </message>
        <message>
            <source>Void {what} {target}?</source>
            <translation>Corriger {what} {target}?</translation>
        </message>
        <message>
            <source>VOIDED</source>
            <translation>CORRIGÉ</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Corrigée</translation>
        </message>
        <message>
            <source>Voided at {clock}{by}</source>
            <translation>Corrigée à {clock}{by}</translation>
        </message>
        <message>
            <source>Voided: {amount} taken back off {card}{balance}</source>
            <translation>Corrigé : {amount} retiré de {card}{balance}</translation>
        </message>
        <message>
            <source>Voiding…</source>
            <translation>Correction…</translation>
        </message>
        <message>
            <source>Voids</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <source>Wait — a payment is in progress. Close the register when it has finished.</source>
            <translation>Attendez — un paiement est en cours. Fermez la caisse quand il sera terminé.</translation>
        </message>
        <message>
            <source>Wait — the gift card desk is still working on the last request.</source>
            <translation>Attendez — le comptoir des cartes-cadeaux traite encore la dernière demande.</translation>
        </message>
        <message>
            <source>Wait — the last payment is still being checked.</source>
            <translation>Attendez — le dernier paiement est encore en vérification.</translation>
        </message>
        <message>
            <source>Wait — the register is still working on the last step.</source>
            <translation>Attendez — la caisse traite encore la dernière étape.</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>Waiting for a restart</source>
            <translation>En attente d'un redémarrage</translation>
        </message>
        <message>
            <source>Waiting for Clover's answer.</source>
            <translation>En attente de la réponse de Clover.</translation>
        </message>
        <message>
            <source>Waiting for Clover's sign-in page in the web browser: approve Counter POS there. (Cancel sign-in stops waiting.)</source>
            <translation>En attente de la page de connexion de Clover dans le navigateur : approuvez-y Counter POS. (Annuler la connexion arrête l'attente.)</translation>
        </message>
        <message>
            <source>Welcome to Counter POS. Set up the owner: type your name and choose a PIN of 4 to 8 digits. The owner adds everyone else.</source>
            <translation>Bienvenue dans Counter POS. Configurez le propriétaire : tapez votre nom et choisissez un NIP de 4 à 8 chiffres. Le propriétaire ajoute tous les autres.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>What happened to this sale</source>
            <translation>Ce qui est arrivé à cette vente</translation>
        </message>
        <message>
            <source>What the register did after the restart</source>
            <translation>Ce que la caisse a fait après le redémarrage</translation>
        </message>
        <message>
            <source>What the screens and receipts say, and how amounts and dates read. Applied when Counter POS starts.</source>
            <translation>La langue des écrans et des reçus, et la forme des montants et des dates. Appliquée au démarrage de Counter POS.</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>with the real Clover account</source>
            <translation>avec le vrai compte Clover</translation>
        </message>
        <message>
            <source>Wrong PIN for {name}. {left} more {value} before a 5-minute lock-out.</source>
            <translation>NIP erroné pour {name}. Encore {left} {value} avant un blocage de 5 minutes.</translation>
        </message>
        <message>
            <source>Wrong PIN {MAX_TRIES} times: {name} is locked out for {value} minutes.</source>
            <translation>NIP erroné {MAX_TRIES} fois : {name} est bloqué pendant {value} minutes.</translation>
        </message>
        <message>
            <source>wrong PIN{what}, try {failed_tries} of {MAX_TRIES}</source>
            <translation>NIP erroné{what}, essai {failed_tries} sur {MAX_TRIES}</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>Rapport X</translation>
        </message>
        <message>
            <source>X report: nothing was closed.</source>
            <translation>Rapport X : rien n'a été fermé.</translation>
        </message>
        <message>
            <source>x-report</source>
            <translation>rapport X</translation>
        </message>
        <message>
            <source>Your app's App ID in Clover</source>
            <translation>L'App ID de votre application dans Clover</translation>
        </message>
        <message>
            <source>Z report</source>
            <translation>Rapport Z</translation>
        </message>
        <message>
            <source>Z report #{last} already covers this period: no shift has closed since.</source>
            <translation>Le rapport Z nº {last} couvre déjà cette période : aucun quart n'a été fermé depuis.</translation>
        </message>
        <message>
            <source>Z report #{number}</source>
            <translation>Rapport Z nº {number}</translation>
        </message>
        <message>
            <source>Z report — close the day</source>
            <translation>Rapport Z — fermer la journée</translation>
        </message>
        <message>
            <source>{address} (found at start)</source>
            <translation>{address} (trouvée au démarrage)</translation>
        </message>
        <message>
            <source>{amount} (the rest of {amount2})</source>
            <translation>{amount} (le reste de {amount2})</translation>
        </message>
        <message>
            <source>{amount} (was {before})</source>
            <translation>{amount} (était {before})</translation>
        </message>
        <message>
            <source>{amount} is taken back off gift card ····{value}</source>
            <translation>{amount} est retiré de la carte-cadeau ····{value}</translation>
        </message>
        <message>
            <source>{approver} for {name}</source>
            <translation>{approver} pour {name}</translation>
        </message>
        <message>
            <source>{capitalize} had a $0.00 balance — nothing to pay out.</source>
            <translation>{capitalize} avait un solde de 0,00 $ — rien à remettre.</translation>
        </message>
        <message>
            <source>{capitalize} has a $0.00 balance — nothing to pay out.</source>
            <translation>{capitalize} a un solde de 0,00 $ — rien à remettre.</translation>
        </message>
        <message>
            <source>{caption}  [Alt+{value}]</source>
            <translation>{caption}  [Alt+{value}]</translation>
        </message>
        <message>
            <source>{clean} is already on the list: edit them instead.</source>
            <translation>{clean} est déjà sur la liste : modifiez plutôt cette personne.</translation>
        </message>
        <message>
            <source>{count} card swipe</source>
            <translation>{count} carte glissée</translation>
        </message>
        <message>
            <source>{count} card swipes</source>
            <translation>{count} cartes glissées</translation>
        </message>
        <message>
            <source>{count} gift card operation</source>
            <translation>{count} opération de carte-cadeau</translation>
        </message>
        <message>
            <source>{count} gift card operations</source>
            <translation>{count} opérations de cartes-cadeaux</translation>
        </message>
        <message>
            <source>{count} key</source>
            <translation>{count} touche</translation>
        </message>
        <message>
            <source>{count} keys</source>
            <translation>{count} touches</translation>
        </message>
        <message>
            <source>{count} sale</source>
            <translation>{count} vente</translation>
        </message>
        <message>
            <source>{count} sales</source>
            <translation>{count} ventes</translation>
        </message>
        <message>
            <source>{description} ····{value} {amount}: void not confirmed ({value2})</source>
            <translation>{description} ····{value} {amount} : correction non confirmée ({value2})</translation>
        </message>
        <message>
            <source>{head} {what}. Press {void_text} again (F8) to confirm, Esc to keep the sale.</source>
            <translation>{head} {what}. Appuyez de nouveau sur {void_text} (F8) pour confirmer, Échap pour garder la vente.</translation>
        </message>
        <message>
            <source>{head}: hold not captured — capture {NOT_YET}</source>
            <translation>{head} : retenue non encaissée — encaissement {NOT_YET}</translation>
        </message>
        <message>
            <source>{head}: hold release {NOT_YET}</source>
            <translation>{head} : libération de la retenue {NOT_YET}</translation>
        </message>
        <message>
            <source>{head}: not given back yet</source>
            <translation>{head} : pas encore rendu</translation>
        </message>
        <message>
            <source>{head}: payment {NOT_YET}</source>
            <translation>{head} : paiement {NOT_YET}</translation>
        </message>
        <message>
            <source>{head}: refund{where} {NOT_YET}</source>
            <translation>{head} : remboursement{where} {NOT_YET}</translation>
        </message>
        <message>
            <source>{head}: void {NOT_YET}{detail}</source>
            <translation>{head} : correction {NOT_YET}{detail}</translation>
        </message>
        <message>
            <source>{head}: {what} refused by Clover{detail} — refund the customer</source>
            <translation>{head} : {what} refusée par Clover{detail} — remboursez le client</translation>
        </message>
        <message>
            <source>{head}: {what} {not_yet}{detail}</source>
            <translation>{head} : {what} {not_yet}{detail}</translation>
        </message>
        <message>
            <source>{item}: {old} → {new}</source>
            <translation>{item} : {old} → {new}</translation>
        </message>
        <message>
            <source>{kind} report</source>
            <translation>Rapport {kind}</translation>
        </message>
        <message>
            <source>{label} can have at most {max_chars} characters.</source>
            <translation>{label} peut avoir au plus {max_chars} caractères.</translation>
        </message>
        <message>
            <source>{label} can have at most {max_lines} lines.</source>
            <translation>{label} peut avoir au plus {max_lines} lignes.</translation>
        </message>
        <message>
            <source>{label} can't contain tabs or control characters.</source>
            <translation>{label} ne peut pas contenir de tabulations ni de caractères de contrôle.</translation>
        </message>
        <message>
            <source>{label} is refunded in full.</source>
            <translation>{label} est remboursé en entier.</translation>
        </message>
        <message>
            <source>{label} must be text.</source>
            <translation>{label} doit être du texte.</translation>
        </message>
        <message>
            <source>{label} must fit on one line.</source>
            <translation>{label} doit tenir sur une ligne.</translation>
        </message>
        <message>
            <source>{label} not done: Clover didn't approve it. Nothing changed.</source>
            <translation>{label} non fait : Clover ne l'a pas approuvé. Rien n'a changé.</translation>
        </message>
        <message>
            <source>{label} not done: {reason} {NOTHING_CHANGED}</source>
            <translation>{label} non fait : {reason} {NOTHING_CHANGED}</translation>
        </message>
        <message>
            <source>{label} paid {amount}</source>
            <translation>{label} a payé {amount}</translation>
        </message>
        <message>
            <source>{label} was not charged · {due}</source>
            <translation>{label} n'a pas été débitée · {due}</translation>
        </message>
        <message>
            <source>{label} {amount} goes back on the card</source>
            <translation>{label} {amount} retourne sur la carte</translation>
        </message>
        <message>
            <source>{label} {amount} is given back to the card</source>
            <translation>{label} {amount} est rendu à la carte</translation>
        </message>
        <message>
            <source>{label} {amount} reversed · {due}</source>
            <translation>{label} {amount} renversé · {due}</translation>
        </message>
        <message>
            <source>{label} {amount} was refunded in full before</source>
            <translation>{label} {amount} avait déjà été remboursé en entier</translation>
        </message>
        <message>
            <source>{label} {amount} — charge voided</source>
            <translation>{label} {amount} — débit corrigé</translation>
        </message>
        <message>
            <source>{label} {amount} — not charged</source>
            <translation>{label} {amount} — non débité</translation>
        </message>
        <message>
            <source>{label} {amount} — paid</source>
            <translation>{label} {amount} — payé</translation>
        </message>
        <message>
            <source>{label} {amount} — refunded at the desk before</source>
            <translation>{label} {amount} — déjà remboursé au comptoir</translation>
        </message>
        <message>
            <source>{label} {amount} — refunded to the card</source>
            <translation>{label} {amount} — remboursé sur la carte</translation>
        </message>
        <message>
            <source>{label} {amount}: hold not captured ({value})</source>
            <translation>{label} {amount} : retenue non encaissée ({value})</translation>
        </message>
        <message>
            <source>{label} {amount}: no answer from Clover yet</source>
            <translation>{label} {amount} : pas encore de réponse de Clover</translation>
        </message>
        <message>
            <source>{label} {amount}: reversal not confirmed ({value})</source>
            <translation>{label} {amount} : renversement non confirmé ({value})</translation>
        </message>
        <message>
            <source>{label} — {left} left to refund</source>
            <translation>{label} — {left} à rembourser</translation>
        </message>
        <message>
            <source>{label}: couldn't confirm the reversal with Clover — it will be retried. {value}</source>
            <translation>{label} : impossible de confirmer le renversement auprès de Clover — il sera refait. {value}</translation>
        </message>
        <message>
            <source>{len} audit record(s).</source>
            <translation>{len} entrée(s) d'audit.</translation>
        </message>
        <message>
            <source>{line_label} sold for {amount} is deactivated</source>
            <translation>{line_label} vendue {amount} est désactivée</translation>
        </message>
        <message>
            <source>{line_label} {amount}: Clover refused it ({rstrip}) — a manager refunds the customer from History (F4)</source>
            <translation>{line_label} {amount} : Clover l'a refusée ({rstrip}) — un gestionnaire rembourse le client depuis l'Historique (F4)</translation>
        </message>
        <message>
            <source>{MAX_TRIES} wrong PINs{what}</source>
            <translation>{MAX_TRIES} NIP erronés{what}</translation>
        </message>
        <message>
            <source>{message} Restart Counter POS to use it.</source>
            <translation>{message} Redémarrez Counter POS pour l'utiliser.</translation>
        </message>
        <message>
            <source>{message} Using the default instead.</source>
            <translation>{message} La valeur par défaut est utilisée.</translation>
        </message>
        <message>
            <source>{name} ({label}) is signed in</source>
            <translation>{name} ({label}) est connecté</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>{name} added as {lower}.</source>
            <translation>{name} ajouté comme {lower}.</translation>
        </message>
        <message>
            <source>{name} as {lower}</source>
            <translation>{name} comme {lower}</translation>
        </message>
        <message>
            <source>{name} has priority {priority:g} (not a real store)</source>
            <translation>{name} a la priorité {priority:g} (pas un vrai magasin)</translation>
        </message>
        <message>
            <source>{name} is not a known OS credential store</source>
            <translation>{name} n'est pas un magasin d'identifiants connu du système</translation>
        </message>
        <message>
            <source>{name} is not usable here ({name2})</source>
            <translation>{name} n'est pas utilisable ici ({name2})</translation>
        </message>
        <message>
            <source>{name} is retired and can't sign in.</source>
            <translation>{name} est retiré et ne peut pas se connecter.</translation>
        </message>
        <message>
            <source>{name} keeps secrets in a file</source>
            <translation>{name} garde les secrets dans un fichier</translation>
        </message>
        <message>
            <source>{name} may not approve {label}.</source>
            <translation>{name} ne peut pas approuver : {label}.</translation>
        </message>
        <message>
            <source>{name} retired: they can no longer sign in.</source>
            <translation>{name} retiré : cette personne ne peut plus se connecter.</translation>
        </message>
        <message>
            <source>{name} saved.</source>
            <translation>{name} enregistré.</translation>
        </message>
        <message>
            <source>{name} stores nothing (no keyring backend is available)</source>
            <translation>{name} n'enregistre rien (aucun trousseau n'est disponible)</translation>
        </message>
        <message>
            <source>{NO_SECURE_STORE} Nothing was changed.</source>
            <translation>{NO_SECURE_STORE} Rien n'a changé.</translation>
        </message>
        <message>
            <source>{op_head} · interrupted → {DESK_AFTER}
{message}</source>
            <translation>{op_head} · interrompue → {DESK_AFTER}
{message}</translation>
        </message>
        <message>
            <source>{owed} need a manager (highlighted).</source>
            <translation>{owed} exigent un gestionnaire (en surbrillance).</translation>
        </message>
        <message>
            <source>{owed} needs a manager (highlighted).</source>
            <translation>{owed} exige un gestionnaire (en surbrillance).</translation>
        </message>
        <message>
            <source>{part!r}: write each promotion as CODE=50.00 (a fixed value) or CODE=1.00-500.00 (a range).</source>
            <translation>{part!r} : écrivez chaque promotion sous la forme CODE=50.00 (une valeur fixe) ou CODE=1.00-500.00 (une fourchette).</translation>
        </message>
        <message>
            <source>{question} Press {key} again to confirm, Esc to stop.</source>
            <translation>{question} Appuyez de nouveau sur {key} pour confirmer, Échap pour arrêter.</translation>
        </message>
        <message>
            <source>{refusal_message} Nothing changed.</source>
            <translation>{refusal_message} Rien n'a changé.</translation>
        </message>
        <message>
            <source>{said} recorded ({reason}{by}).</source>
            <translation>{said} inscrit ({reason}{by}).</translation>
        </message>
        <message>
            <source>{said} recorded.</source>
            <translation>{said} inscrit.</translation>
        </message>
        <message>
            <source>{said} Training: the cash drawer stays shut.</source>
            <translation>{said} Formation : le tiroir-caisse reste fermé.</translation>
        </message>
        <message>
            <source>{text} stored</source>
            <translation>{text} enregistré</translation>
        </message>
        <message>
            <source>{text}. The reader paused close to the swipe timing limit — raise Swipe timing a little if some swipes arrive as typing.</source>
            <translation>{text}. Le lecteur a fait une pause proche de la limite du délai de lecture — augmentez un peu le délai si des cartes glissées arrivent comme de la saisie.</translation>
        </message>
        <message>
            <source>{title} made</source>
            <translation>{title} fait</translation>
        </message>
        <message>
            <source>{title} — give this to the customer (it is not on the receipt):
</source>
            <translation>{title} — remettez ceci au client (ce n'est pas sur le reçu) :
</translation>
        </message>
        <message>
            <source>{user_message} The Clover sign-in was not saved.</source>
            <translation>{user_message} La connexion Clover n'a pas été enregistrée.</translation>
        </message>
        <message>
            <source>{value:.0f} ms</source>
            <translation>{value:.0f} ms</translation>
        </message>
        <message>
            <source>{value}  [F10]</source>
            <translation>{value}  [F10]</translation>
        </message>
        <message>
            <source>{what} at {clock}{who}</source>
            <translation>{what} à {clock}{who}</translation>
        </message>
        <message>
            <source>{what} pressed while Counter POS was starting was not taken — type it again.</source>
            <translation>{what} pendant le démarrage de Counter POS : non pris en compte — tapez-le de nouveau.</translation>
        </message>
        <message>
            <source>{what} pressed while Counter POS was starting were not taken — type them again.</source>
            <translation>{what} pendant le démarrage de Counter POS : non pris en compte — tapez-les de nouveau.</translation>
        </message>
        <message>
            <source>{what}{card} for {amount} is on the sale — take payment on the Pay screen.</source>
            <translation>{what}{card} de {amount} est sur la vente — prenez le paiement à l'écran Payer.</translation>
        </message>
        <message>
            <source>✓ Stored</source>
            <translation>✓ Enregistré</translation>
        </message>
    </context>
</TS>
