<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="84"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="103"/>
        <source>There is no picture on the clipboard.</source>
        <translation>Le presse-papiers ne contient pas d&apos;image.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="171"/>
        <source>You and %1 are friends now</source>
        <translation>Vous êtes maintenant amis avec %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="172"/>
        <source>Say hello from Chats.</source>
        <translation>Dites-lui bonjour depuis Discussions.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="176"/>
        <source>Request sent to %1</source>
        <translation>Demande envoyée à %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="178"/>
        <source>You can chat once they accept. They receive the request the next time your computers meet on the network.</source>
        <translation>Vous pourrez discuter dès qu&apos;il ou elle acceptera. La demande arrivera la prochaine fois que vos ordinateurs se croiseront sur le réseau.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="198"/>
        <source>Asked to join “%1”</source>
        <translation>Demande envoyée pour rejoindre « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_dialog.py" line="200"/>
        <source>%1&apos;s Hutong adds you when it sees your request. The group then appears in Chats.</source>
        <translation>Le Hutong de %1 vous ajoutera dès qu&apos;il verra votre demande. Le groupe apparaîtra alors dans Discussions.</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="72"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="72"/>
        <source>Theme and language</source>
        <translation>Thème et langue</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="73"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="74"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="75"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="76"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="77"/>
        <source>“System” follows your computer&apos;s light or dark setting.</source>
        <translation>« Système » suit le réglage clair ou sombre de votre ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="78"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/me/appearance_page.py" line="79"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>AudiencePicker</name>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="107"/>
        <source>Who can see this post</source>
        <translation>Qui peut voir cette publication</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="111"/>
        <source>Search friends and tags</source>
        <translation>Rechercher des amis et des étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="112"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="113"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="150"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="153"/>
        <source>1 friend</source>
        <translation>1 ami</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="153"/>
        <source>%1 friends</source>
        <translation>%1 amis</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="158"/>
        <source>Friends</source>
        <translation>Amis</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="158"/>
        <source>No friends yet</source>
        <translation>Pas encore d&apos;amis</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="216"/>
        <source>Chosen: %1</source>
        <translation>Choisis : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="218"/>
        <source>Nobody chosen yet</source>
        <translation>Personne n&apos;est encore choisi</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="232"/>
        <source>Choose at least one friend or tag who can see it</source>
        <translation>Choisissez au moins un ami ou une étiquette qui pourra la voir</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/audience.py" line="235"/>
        <source>Choose the friends or tags to leave out</source>
        <translation>Choisissez les amis ou étiquettes à exclure</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../../desktop/qr/scan_sources.py" line="230"/>
        <source>Scan with camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/scan_sources.py" line="231"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../desktop/qr/camera.py" line="77"/>
        <source>Hold the QR code steady in front of the camera</source>
        <translation>Tenez le code QR bien immobile devant la caméra</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/camera.py" line="90"/>
        <source>The camera cannot be used: %1</source>
        <translation>Impossible d&apos;utiliser la caméra : %1</translation>
    </message>
</context>
<context>
    <name>ChatCards</name>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="39"/>
        <source>%1 units · currency %2</source>
        <translation>%1 unités · monnaie %2</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="50"/>
        <location filename="../../desktop/chats/cards/texts.py" line="78"/>
        <source>Pending clearing</source>
        <translation>En attente de compensation</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="51"/>
        <source>Waiting for acceptance</source>
        <translation>En attente d’acceptation</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="52"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="53"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="54"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="55"/>
        <source>Returned</source>
        <translation>Rendue</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="56"/>
        <location filename="../../desktop/chats/cards/texts.py" line="82"/>
        <source>Refused at clearing</source>
        <translation>Refusée à la compensation</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="76"/>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="80"/>
        <source>All grabbed</source>
        <translation>Tout est pris</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="81"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="97"/>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="99"/>
        <source>Red envelope</source>
        <translation>Enveloppe rouge</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="101"/>
        <source>Mini-program</source>
        <translation>Mini-programme</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="102"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="106"/>
        <source>Unsupported card — update Hutong</source>
        <translation>Carte non prise en charge — mettez Hutong à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="113"/>
        <source>[Transfer] %1</source>
        <translation>[Virement] %1</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="115"/>
        <source>[Red envelope] %1</source>
        <translation>[Enveloppe rouge] %1</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="117"/>
        <source>[Mini-program] %1</source>
        <translation>[Mini-programme] %1</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/cards/texts.py" line="120"/>
        <source>[Unsupported card] %1</source>
        <translation>[Carte non prise en charge] %1</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="153"/>
        <source>Transfer money</source>
        <translation>Envoyer de l’argent</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="154"/>
        <source>Send a red envelope</source>
        <translation>Envoyer une enveloppe rouge</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/choosing.py" line="95"/>
        <source>Transfers, red envelopes and mini-programs stay in their chat.</source>
        <translation>Les virements, enveloppes rouges et mini-programmes restent dans leur discussion.</translation>
    </message>
</context>
<context>
    <name>ChatTexts</name>
    <message>
        <location filename="../../desktop/chats/composer/attachments.py" line="57"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="149"/>
        <location filename="../../desktop/chats/messages/forward_picker.py" line="96"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="233"/>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>Envoyer (Entrée). Maj+Entrée pour aller à la ligne.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="150"/>
        <source>Emoji</source>
        <translation>Émoji</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="151"/>
        <source>Send a file</source>
        <translation>Envoyer un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="152"/>
        <source>Send a picture</source>
        <translation>Envoyer une image</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="157"/>
        <source>Write a message…</source>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="223"/>
        <source>%1 characters too long (at most %2)</source>
        <translation>%1 caractères de trop (%2 au maximum)</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="231"/>
        <source>Shorten the message to send it, or send it in parts.</source>
        <translation>Raccourcissez le message pour l’envoyer, ou envoyez-le en plusieurs fois.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="264"/>
        <source>Send pictures</source>
        <translation>Envoyer des images</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="266"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/composer.py" line="270"/>
        <source>Send files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/reply_bar.py" line="65"/>
        <source>Cancel the reply</source>
        <translation>Annuler la réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/composer/reply_bar.py" line="70"/>
        <source>Reply to %1: %2</source>
        <translation>Répondre à %1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="238"/>
        <source>Search this chat (Ctrl+F)</source>
        <translation>Rechercher dans cette discussion (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="239"/>
        <source>Chat info</source>
        <translation>Infos de la discussion</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="240"/>
        <source>Jump to the newest messages</source>
        <translation>Aller aux messages les plus récents</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="337"/>
        <location filename="../../desktop/chats/conversations/model.py" line="29"/>
        <source>Group chat</source>
        <translation>Discussion de groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="339"/>
        <source>(%n)</source>
        <translation>(%n)</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="408"/>
        <source>You are no longer a member of this group, so you cannot send messages here.</source>
        <translation>Vous ne faites plus partie de ce groupe : vous ne pouvez plus y envoyer de messages.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="417"/>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversation_view.py" line="598"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/delegate.py" line="140"/>
        <source>[@me]</source>
        <translation>[@moi]</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/delegate.py" line="142"/>
        <source>[Draft]</source>
        <translation>[Brouillon]</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="107"/>
        <location filename="../../desktop/chats/messages/forward_picker.py" line="65"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="108"/>
        <source>Start a group chat</source>
        <translation>Créer une discussion de groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="156"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="158"/>
        <source>Pin to top</source>
        <translation>Épingler en haut</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="162"/>
        <source>Unmute</source>
        <translation>Réactiver les notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="164"/>
        <source>Mute notifications</source>
        <translation>Désactiver les notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="168"/>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="173"/>
        <source>Mark as unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/panel.py" line="179"/>
        <source>Delete chat…</source>
        <translation>Supprimer la discussion…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/search_results.py" line="67"/>
        <source>Chats and friends</source>
        <translation>Discussions et amis</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/search_results.py" line="74"/>
        <source>Searching messages…</source>
        <translation>Recherche dans les messages…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/search_results.py" line="77"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/conversations/search_results.py" line="88"/>
        <source>Nothing found for “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/people/directory.py" line="146"/>
        <location filename="../../desktop/people/directory.py" line="158"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="43"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="44"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="126"/>
        <source>Group info</source>
        <translation>Infos du groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="127"/>
        <location filename="../../desktop/chats/groups/member_picker.py" line="45"/>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="128"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="129"/>
        <source>Publish announcement</source>
        <translation>Publier l&apos;annonce</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="130"/>
        <location filename="../../desktop/chats/groups/info_panel.py" line="182"/>
        <source>Add members</source>
        <translation>Ajouter des membres</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="131"/>
        <source>Invite by QR</source>
        <translation>Inviter par QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="132"/>
        <location filename="../../desktop/chats/groups/info_panel.py" line="254"/>
        <source>Leave group</source>
        <translation>Quitter le groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="133"/>
        <source>No announcement</source>
        <translation>Aucune annonce</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="158"/>
        <source>Members (%n)</source>
        <translation>Membres (%n)</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="163"/>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="235"/>
        <source>Remove %1 from the group? Hutong makes a new group key without them, so they cannot read anything said from now on. They keep what they already received.</source>
        <translation>Retirer %1 du groupe ? Hutong crée une nouvelle clé de groupe sans cette personne : elle ne pourra plus rien lire de ce qui sera dit. Elle garde ce qu&apos;elle a déjà reçu.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="240"/>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="255"/>
        <source>Leave %1? You will no longer receive its messages.</source>
        <translation>Quitter %1 ? Vous ne recevrez plus ses messages.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="281"/>
        <source>Make admin</source>
        <translation>Nommer admin</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="285"/>
        <source>Remove admin rights</source>
        <translation>Retirer les droits d&apos;admin</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/info_panel.py" line="293"/>
        <source>Remove from group</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/invite_qr.py" line="49"/>
        <source>Invite to %1</source>
        <translation>Inviter dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/invite_qr.py" line="52"/>
        <source>Making the invite…</source>
        <translation>Création de l&apos;invitation…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/invite_qr.py" line="57"/>
        <source>People nearby scan this with Hutong to ask to join. Your Hutong adds them when it sees their request. The code works for 7 days.</source>
        <translation>Les personnes à proximité scannent ce code avec Hutong pour demander à rejoindre le groupe. Votre Hutong les ajoute dès qu&apos;il reçoit leur demande. Le code est valable 7 jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/invite_qr.py" line="65"/>
        <source>Copy invite text</source>
        <translation>Copier le texte de l&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/invite_qr.py" line="68"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/invite_qr.py" line="95"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/member_picker.py" line="49"/>
        <source>Search friends</source>
        <translation>Rechercher des amis</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/member_picker.py" line="55"/>
        <source>You have no friends to add yet. Add people in Contacts.</source>
        <translation>Vous n&apos;avez encore aucun ami à ajouter. Ajoutez des personnes dans Contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/member_picker.py" line="139"/>
        <location filename="../../desktop/chats/texts.py" line="78"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/member_picker.py" line="146"/>
        <source>Create (%n)</source>
        <translation>Créer (%n)</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/groups/member_picker.py" line="148"/>
        <source>Add (%n)</source>
        <translation>Ajouter (%n)</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="210"/>
        <source>Opening the picture…</source>
        <translation>Ouverture de l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="157"/>
        <source>Fit to window (0)</source>
        <translation>Ajuster à la fenêtre (0)</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="151"/>
        <source>Previous picture (Left)</source>
        <translation>Image précédente (Gauche)</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="154"/>
        <source>Next picture (Right)</source>
        <translation>Image suivante (Droite)</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="159"/>
        <source>Zoom in (+)</source>
        <translation>Agrandir (+)</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="161"/>
        <source>Zoom out (-)</source>
        <translation>Réduire (-)</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="164"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../desktop/people/image_viewer.py" line="227"/>
        <source>This picture has not arrived yet, or cannot be shown.</source>
        <translation>Cette image n&apos;est pas encore arrivée ou ne peut pas être affichée.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/delegate.py" line="175"/>
        <source>The original message is not available</source>
        <translation>Le message d&apos;origine n&apos;est pas disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/delegate.py" line="184"/>
        <source>Recalled message</source>
        <translation>Message rappelé</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/delegate.py" line="250"/>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/delegate.py" line="328"/>
        <location filename="../../desktop/chats/messages/delegate.py" line="340"/>
        <location filename="../../desktop/chats/messages/menu.py" line="55"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="35"/>
        <source>Sending %1%</source>
        <translation>Envoi : %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="39"/>
        <source>Click to download</source>
        <translation>Cliquer pour télécharger</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="44"/>
        <source>Receiving %1%</source>
        <translation>Réception : %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="81"/>
        <source>Waiting for the image…</source>
        <translation>En attente de l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="82"/>
        <source>Cannot show this image</source>
        <translation>Impossible d&apos;afficher cette image</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="83"/>
        <source>Picture too large to show</source>
        <translation>Image trop grande pour être affichée</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/part_painting.py" line="126"/>
        <source>Not received yet</source>
        <translation>Pas encore reçu</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/delegate.py" line="423"/>
        <source>Not sent. Click Retry to send it again.</source>
        <translation>Non envoyé. Cliquez sur Réessayer pour l’envoyer à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="52"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/choosing.py" line="31"/>
        <location filename="../../desktop/chats/messages/menu.py" line="56"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/choosing.py" line="132"/>
        <source>Delete this message from this device? The others keep it.</source>
        <translation>Supprimer ce message de cet appareil ? Les autres le gardent.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/choosing.py" line="139"/>
        <location filename="../../desktop/chats/messages/menu.py" line="96"/>
        <location filename="../../desktop/chats/messages/selection_bar.py" line="45"/>
        <source>Delete for me</source>
        <translation>Supprimer pour moi</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="60"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="63"/>
        <location filename="../../desktop/chats/messages/selection_bar.py" line="44"/>
        <source>Forward…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="68"/>
        <source>View image</source>
        <translation>Voir l&apos;image</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="72"/>
        <source>Save image as…</source>
        <translation>Enregistrer l&apos;image sous…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="74"/>
        <source>Save file as…</source>
        <translation>Enregistrer le fichier sous…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="80"/>
        <source>Recall</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="85"/>
        <source>Removes the message here and asks the others&apos; Hutong to hide it. Recall is best effort: someone may already have read or copied it.</source>
        <translation>Supprime le message ici et demande au Hutong des autres de le masquer. Le rappel est au mieux : quelqu&apos;un l&apos;a peut-être déjà lu ou copié.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="91"/>
        <source>Messages can be recalled within two minutes of sending.</source>
        <translation>Un message peut être rappelé dans les deux minutes qui suivent son envoi.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="99"/>
        <source>Removes the message from this device only; others keep it.</source>
        <translation>Supprime le message de cet appareil seulement ; les autres le gardent.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/menu.py" line="101"/>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="143"/>
        <source>Choose a chat on the left, or press Ctrl+K to find one.</source>
        <translation>Choisissez une discussion à gauche, ou appuyez sur Ctrl+K pour en trouver une.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="273"/>
        <source>Delete the chat with %1 from this device? Its messages are removed here only.</source>
        <translation>Supprimer la discussion avec %1 de cet appareil ? Ses messages ne sont supprimés qu’ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="277"/>
        <source>Delete chat</source>
        <translation>Supprimer la discussion</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="294"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="301"/>
        <source>Friend</source>
        <translation>Ami</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="322"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/pane.py" line="375"/>
        <source>Start group chat</source>
        <translation>Créer un groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/search/find_bar.py" line="82"/>
        <source>Search this chat</source>
        <translation>Rechercher dans cette discussion</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/search/find_bar.py" line="83"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/search/find_bar.py" line="147"/>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/search/find_bar.py" line="149"/>
        <source>%n results</source>
        <translation>%n résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/search/find_bar.py" line="151"/>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/search/switcher.py" line="56"/>
        <source>Jump to a chat or a friend…</source>
        <translation>Aller à une discussion ou un ami…</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="37"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="51"/>
        <source>Yesterday %1</source>
        <translation>Hier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="84"/>
        <source>You created the group</source>
        <translation>Vous avez créé le groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="88"/>
        <source>%1 invited you to the group</source>
        <translation>%1 vous a invité dans le groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="89"/>
        <source>%1 added %2 to the group</source>
        <translation>%1 a ajouté %2 au groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="90"/>
        <source>%1 removed %2 from the group</source>
        <translation>%1 a retiré %2 du groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="91"/>
        <source>%1 renamed the group to &quot;%3&quot;</source>
        <translation>%1 a renommé le groupe en « %3 »</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="92"/>
        <source>%1 updated the group announcement</source>
        <translation>%1 a mis à jour l&apos;annonce du groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="93"/>
        <source>%1 left the group</source>
        <translation>%1 a quitté le groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="94"/>
        <source>%1 changed the admin role of %2</source>
        <translation>%1 a modifié le rôle d&apos;admin de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="96"/>
        <source>%1 changed the group</source>
        <translation>%1 a modifié le groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="102"/>
        <source>You recalled a message</source>
        <translation>Vous avez rappelé un message</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="103"/>
        <source>%1 recalled a message</source>
        <translation>%1 a rappelé un message</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="113"/>
        <source>[Image]</source>
        <translation>[Image]</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="115"/>
        <source>[File] %1</source>
        <translation>[Fichier] %1</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="137"/>
        <source>1 new message</source>
        <translation>1 nouveau message</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/texts.py" line="139"/>
        <source>%n new messages</source>
        <translation>%n nouveaux messages</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/downloads.py" line="41"/>
        <source>Download file</source>
        <translation>Télécharger le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/downloads.py" line="42"/>
        <source>Download %1?</source>
        <translation>Télécharger %1 ?</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/downloads.py" line="46"/>
        <source>Files over %1 are downloaded only when you ask.</source>
        <translation>Les fichiers de plus de %1 ne sont téléchargés que si vous le demandez.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/downloads.py" line="50"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/downloads.py" line="84"/>
        <source>Download files by themselves up to</source>
        <translation>Télécharger automatiquement les fichiers jusqu’à</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/downloads.py" line="87"/>
        <source>Larger files in chats wait until you click them (0: always ask first).</source>
        <translation>Les fichiers plus gros attendent que vous cliquiez dessus (0 : toujours demander).</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/forward_picker.py" line="63"/>
        <source>Forward</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/forward_picker.py" line="64"/>
        <source>Forward to:</source>
        <translation>Transférer à :</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/forward_picker.py" line="94"/>
        <source>Send (%1)</source>
        <translation>Envoyer (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/selection_bar.py" line="47"/>
        <source>Removes the messages from this device only; others keep them.</source>
        <translation>Supprime les messages de cet appareil seulement ; les autres les gardent.</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/selection_bar.py" line="49"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/chats/messages/selection_bar.py" line="54"/>
        <source>%n selected</source>
        <translation>%n sélectionné(s)</translation>
    </message>
</context>
<context>
    <name>ChatsPane</name>
    <message>
        <location filename="../../desktop/chats/pane.py" line="139"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
</context>
<context>
    <name>ChooseSourcePage</name>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="59"/>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="61"/>
        <source>Scan your friend&apos;s Hutong QR code, or paste the card text they sent you.</source>
        <translation>Scannez le code QR Hutong de votre ami, ou collez le texte de carte qu&apos;il vous a envoyé.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="65"/>
        <source>Scan with camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="65"/>
        <source>Hold their phone or screen up</source>
        <translation>Montrez-lui l&apos;écran ou le téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="67"/>
        <source>Scan from screen</source>
        <translation>Scanner à l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="68"/>
        <source>Select a QR code shown anywhere on your screen</source>
        <translation>Un code QR visible à l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="70"/>
        <source>Open a picture</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="70"/>
        <source>A QR code saved as an image file</source>
        <translation>Un code QR enregistré en fichier image</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="72"/>
        <source>Paste a picture</source>
        <translation>Coller une image</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="73"/>
        <source>A QR code image you copied</source>
        <translation>Une image de code QR que vous avez copiée</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="75"/>
        <source>Paste card text</source>
        <translation>Coller le texte de la carte</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="75"/>
        <source>Text that starts with HUTONG:C1:</source>
        <translation>Un texte qui commence par HUTONG:C1:</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="78"/>
        <source>Show my QR code</source>
        <translation>Afficher mon code QR</translation>
    </message>
</context>
<context>
    <name>ComingSoonPane</name>
    <message>
        <location filename="../../desktop/shell/coming_soon.py" line="59"/>
        <source>Coming soon</source>
        <translation>Bientôt disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/coming_soon.py" line="60"/>
        <source>%1 is on its way</source>
        <translation>%1 arrive bientôt</translation>
    </message>
</context>
<context>
    <name>CommentBar</name>
    <message>
        <location filename="../../desktop/moments/feed/comment_bar.py" line="74"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/comment_bar.py" line="75"/>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/comment_bar.py" line="76"/>
        <location filename="../../desktop/moments/feed/comment_bar.py" line="84"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="136"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="137"/>
        <source>Share what is new…</source>
        <translation>Quoi de neuf ?…</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="138"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="139"/>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="140"/>
        <source>Post (Ctrl+Enter)</source>
        <translation>Publier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="172"/>
        <source>Who can see</source>
        <translation>Qui peut voir</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="184"/>
        <source>A post has at most %1 characters; this one has %2</source>
        <translation>Une publication fait au plus %1 caractères ; celle-ci en a %2</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="200"/>
        <source>Choose pictures</source>
        <translation>Choisir des images</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="201"/>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="219"/>
        <source>A post has at most %1 pictures; 1 was left out</source>
        <translation>Une publication a au plus %1 images ; 1 a été laissée de côté</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="221"/>
        <source>A post has at most %1 pictures; %2 were left out</source>
        <translation>Une publication a au plus %1 images ; %2 ont été laissées de côté</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/dialog.py" line="260"/>
        <source>Posting…</source>
        <translation>Publication…</translation>
    </message>
</context>
<context>
    <name>ConfirmCardPage</name>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="159"/>
        <source>Hutong ID: %1</source>
        <translation>Identifiant Hutong : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="161"/>
        <source>Hi, I&apos;m %1</source>
        <translation>Bonjour, c&apos;est %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="168"/>
        <source>Add this person?</source>
        <translation>Ajouter cette personne ?</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="169"/>
        <source>Verification message</source>
        <translation>Message de présentation</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="170"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="176"/>
        <source>You are already friends.</source>
        <translation>Vous êtes déjà amis.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="177"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="179"/>
        <source>They already asked to be your friend. Accept them?</source>
        <translation>Cette personne vous a déjà demandé en ami. L&apos;accepter ?</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="180"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="182"/>
        <source>You already sent them a request. You can send it again.</source>
        <translation>Vous lui avez déjà envoyé une demande. Vous pouvez la renvoyer.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="183"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="187"/>
        <source>They see your name and this message, and can accept or decline. The request reaches them the next time your computers meet on the network.</source>
        <translation>Cette personne verra votre nom et ce message, et pourra accepter ou refuser. La demande lui parviendra la prochaine fois que vos ordinateurs se croiseront sur le réseau.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="191"/>
        <source>Send friend request</source>
        <translation>Envoyer la demande d&apos;ami</translation>
    </message>
</context>
<context>
    <name>ConfirmInvitePage</name>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="237"/>
        <source>Join “%1”?</source>
        <translation>Rejoindre « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="238"/>
        <source>Invited by %1</source>
        <translation>Invitation de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="241"/>
        <source>%1&apos;s Hutong adds you to the group the next time it sees you on the network.</source>
        <translation>Le Hutong de %1 vous ajoutera au groupe la prochaine fois qu&apos;il vous verra sur le réseau.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="244"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="245"/>
        <source>Ask to join</source>
        <translation>Demander à rejoindre</translation>
    </message>
</context>
<context>
    <name>ContactDetailPage</name>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="205"/>
        <source>Remark</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="206"/>
        <source>Add a name only you see</source>
        <translation>Un nom que vous seul voyez</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="207"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="208"/>
        <source>No tags</source>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="209"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="210"/>
        <source>Safety number</source>
        <translation>Numéro de sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="211"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="212"/>
        <source>Last seen at</source>
        <translation>Vu dernièrement à</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="213"/>
        <source>Send message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="214"/>
        <source>Accept request</source>
        <translation>Accepter la demande</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="223"/>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="226"/>
        <source>Hutong ID: %1</source>
        <translation>Identifiant Hutong : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="228"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="237"/>
        <source>Verified in person</source>
        <translation>Vérifié en personne</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="237"/>
        <source>Not verified yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="246"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="246"/>
        <location filename="../../desktop/contacts/detail.py" line="338"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="250"/>
        <source>Blocked: you don&apos;t receive their messages</source>
        <translation>Bloqué : vous ne recevez pas ses messages</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="252"/>
        <source>Friend request sent, waiting for them to accept</source>
        <translation>Demande d&apos;ami envoyée, en attente de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="254"/>
        <source>Wants to be your friend</source>
        <translation>Souhaite devenir votre ami</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="256"/>
        <source>You declined their request</source>
        <translation>Vous avez refusé sa demande</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="258"/>
        <source>Not your friend yet</source>
        <translation>Pas encore votre ami</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="330"/>
        <location filename="../../desktop/contacts/detail.py" line="331"/>
        <source>Block %1?</source>
        <translation>Bloquer %1 ?</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="334"/>
        <source>You will not receive their messages or requests any more. They are not told. You can unblock them later.</source>
        <translation>Vous ne recevrez plus ses messages ni ses demandes. Cette personne n&apos;en sera pas informée. Vous pourrez la débloquer plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/detail.py" line="339"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="161"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="164"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="165"/>
        <location filename="../../desktop/contacts/pane.py" line="166"/>
        <location filename="../../desktop/contacts/pane.py" line="169"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="167"/>
        <source>New friends</source>
        <translation>Nouveaux amis</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="168"/>
        <source>People nearby</source>
        <translation>Personnes à proximité</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="170"/>
        <source>My QR code</source>
        <translation>Mon code QR</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="194"/>
        <source>No friends yet</source>
        <translation>Pas encore d&apos;amis</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="196"/>
        <source>Add people by scanning their Hutong QR code, or find them under People nearby. Show them your own code so they can add you.</source>
        <translation>Ajoutez des personnes en scannant leur code QR Hutong, ou trouvez-les dans Personnes à proximité. Montrez-leur votre propre code pour qu&apos;elles vous ajoutent.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="201"/>
        <source>Choose someone on the left to see their details.</source>
        <translation>Choisissez quelqu&apos;un à gauche pour voir sa fiche.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="205"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="208"/>
        <source>Blocked</source>
        <translation>Bloqués</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="234"/>
        <source>Blocked · %1</source>
        <translation>Bloqués · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="238"/>
        <source>Friends · %1</source>
        <translation>Amis · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="240"/>
        <source>No one matches “%1”</source>
        <translation>Personne ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="242"/>
        <source>Nobody here yet</source>
        <translation>Personne ici pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="281"/>
        <source>Send message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="282"/>
        <source>Edit tags…</source>
        <translation>Modifier les étiquettes…</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="283"/>
        <source>Safety number</source>
        <translation>Numéro de sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/pane.py" line="285"/>
        <source>Block…</source>
        <translation>Bloquer…</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../../desktop/core_errors.py" line="28"/>
        <source>you are no longer a member of this group</source>
        <translation>vous n&apos;êtes plus membre de ce groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="29"/>
        <source>a message has at most %1 characters</source>
        <translation>un message compte au plus %1 caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="30"/>
        <source>a message cannot be empty</source>
        <translation>un message ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="31"/>
        <source>at most %1 files and %2 mentions per message</source>
        <translation>au plus %1 fichiers et %2 mentions par message</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="32"/>
        <source>an attachment is an image or a file</source>
        <translation>une pièce jointe est une image ou un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="33"/>
        <source>you can only recall your own messages</source>
        <translation>vous ne pouvez rappeler que vos propres messages</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="34"/>
        <source>messages can be recalled within two minutes only</source>
        <translation>un message ne peut être rappelé que dans les deux minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="35"/>
        <source>no such message</source>
        <translation>ce message n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="36"/>
        <source>this message cannot be forwarded</source>
        <translation>Ce message ne peut pas être transféré.</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="37"/>
        <source>a file of this message has not arrived yet</source>
        <translation>Un fichier de ce message n’est pas encore arrivé.</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="38"/>
        <source>this card cannot be sent</source>
        <translation>cette carte ne peut pas être envoyée</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="39"/>
        <source>a card&apos;s title has 1 to %1 characters</source>
        <translation>le titre d&apos;une carte compte de 1 à %1 caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="40"/>
        <source>this draft is too long</source>
        <translation>ce brouillon est trop long</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="41"/>
        <source>you can only message your contacts</source>
        <translation>vous ne pouvez écrire qu&apos;à vos contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="42"/>
        <source>the file %1 cannot be read</source>
        <translation>le fichier %1 ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="43"/>
        <source>no such group</source>
        <translation>ce groupe n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="44"/>
        <source>only the group&apos;s owner or an admin can do this</source>
        <translation>seul le propriétaire du groupe ou un administrateur peut faire cela</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="45"/>
        <source>this group&apos;s key is not here yet</source>
        <translation>la clé de ce groupe n&apos;est pas encore arrivée</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="46"/>
        <source>a group name has 1 to %1 characters</source>
        <translation>un nom de groupe compte de 1 à %1 caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="47"/>
        <source>a group has at most %1 members</source>
        <translation>un groupe compte au plus %1 membres</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="48"/>
        <source>you cannot remove this member</source>
        <translation>vous ne pouvez pas retirer ce membre</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="49"/>
        <source>only current members other than the owner can be made admins</source>
        <translation>seuls les membres actuels, hors propriétaire, peuvent devenir administrateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="50"/>
        <source>an announcement has at most %1 characters</source>
        <translation>une annonce compte au plus %1 caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="51"/>
        <source>this is your own group&apos;s invite</source>
        <translation>c&apos;est l&apos;invitation de votre propre groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="52"/>
        <source>the owner cannot leave the group</source>
        <translation>le propriétaire ne peut pas quitter le groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="53"/>
        <source>you can only add your contacts to a group</source>
        <translation>vous ne pouvez ajouter que vos contacts à un groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="54"/>
        <source>this text is too long to be a group invite</source>
        <translation>ce texte est trop long pour être une invitation de groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="55"/>
        <source>this is not a Hutong group invite</source>
        <translation>ce n&apos;est pas une invitation de groupe Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="56"/>
        <source>this group invite is of an unknown kind</source>
        <translation>cette invitation de groupe est d&apos;un type inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="57"/>
        <source>this group invite&apos;s signature does not match: it was altered</source>
        <translation>la signature de cette invitation ne correspond pas : elle a été modifiée</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="58"/>
        <source>this group invite has expired; ask for a new one</source>
        <translation>cette invitation a expiré ; demandez-en une nouvelle</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="59"/>
        <source>this group invite is damaged</source>
        <translation>cette invitation de groupe est endommagée</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="60"/>
        <source>this person is not among your contacts</source>
        <translation>cette personne ne fait pas partie de vos contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="61"/>
        <source>this is your own card</source>
        <translation>c&apos;est votre propre carte</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="62"/>
        <source>a request message has at most %1 characters</source>
        <translation>un message de demande compte au plus %1 caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="63"/>
        <source>there is no request from this person to accept</source>
        <translation>aucune demande de cette personne à accepter</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="64"/>
        <source>there is no request from this person to decline</source>
        <translation>aucune demande de cette personne à refuser</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="65"/>
        <source>a remark name has at most 64 characters</source>
        <translation>un nom personnalisé compte au plus 64 caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="66"/>
        <source>at most %1 tags</source>
        <translation>au plus %1 étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="67"/>
        <source>the picture %1 is over %2 MB</source>
        <translation>l&apos;image %1 dépasse %2 Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="68"/>
        <source>%1 is not a picture Hutong can show</source>
        <translation>%1 n&apos;est pas une image que Hutong sait afficher</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="69"/>
        <source>the picture %1 cannot be read</source>
        <translation>l&apos;image %1 ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="70"/>
        <source>a post has at most %1 characters</source>
        <translation>une publication compte au plus %1 caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="71"/>
        <source>a post has at most %1 pictures</source>
        <translation>une publication compte au plus %1 images</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="72"/>
        <source>write something or add a picture</source>
        <translation>écrivez quelque chose ou ajoutez une image</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="73"/>
        <source>choose at least one friend or tag who can see this post</source>
        <translation>choisissez au moins un ami ou une étiquette qui verra cette publication</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="74"/>
        <source>a comment has at most %1 characters</source>
        <translation>un commentaire compte au plus %1 caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="75"/>
        <source>a comment cannot be empty</source>
        <translation>un commentaire ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="76"/>
        <source>you can only delete your own posts</source>
        <translation>vous ne pouvez supprimer que vos propres publications</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="77"/>
        <source>this comment is gone</source>
        <translation>ce commentaire n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="78"/>
        <source>you can delete your own comments, and any comment on your posts</source>
        <translation>vous pouvez supprimer vos propres commentaires et tout commentaire sur vos publications</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="81"/>
        <source>choose three days, a month, six months or all</source>
        <translation>choisissez trois jours, un mois, six mois ou tout</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="82"/>
        <source>this post is not here</source>
        <translation>cette publication n&apos;est pas ici</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="83"/>
        <source>this post was deleted</source>
        <translation>cette publication a été supprimée</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="84"/>
        <source>a picture&apos;s size is out of range</source>
        <translation>la taille d&apos;une image est hors limites</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="85"/>
        <source>the comment you reply to is gone</source>
        <translation>le commentaire auquel vous répondez n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="86"/>
        <source>a name cannot be empty</source>
        <translation>un nom ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="87"/>
        <source>this card has an address with port 0</source>
        <translation>cette carte contient une adresse avec le port 0</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="88"/>
        <source>this card is too long to be a Hutong card</source>
        <translation>cette carte est trop longue pour être une carte Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="89"/>
        <source>this card is version %1; this Hutong reads version %2</source>
        <translation>cette carte est en version %1 ; ce Hutong lit la version %2</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="90"/>
        <source>this card uses features this Hutong does not know</source>
        <translation>cette carte utilise des fonctions que ce Hutong ne connaît pas</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="91"/>
        <source>this card names a second device, which this Hutong does not support yet</source>
        <translation>cette carte nomme un second appareil, ce que ce Hutong ne prend pas encore en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="94"/>
        <source>this card&apos;s name is empty or too long</source>
        <translation>le nom de cette carte est vide ou trop long</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="95"/>
        <source>this card&apos;s name contains control characters</source>
        <translation>le nom de cette carte contient des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="96"/>
        <source>this card lists too many addresses</source>
        <translation>cette carte contient trop d&apos;adresses</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="97"/>
        <source>this card has extra bytes after its signature</source>
        <translation>cette carte contient des octets en trop après sa signature</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="98"/>
        <source>this card&apos;s signature does not match: it was altered or damaged</source>
        <translation>la signature de cette carte ne correspond pas : elle a été modifiée ou endommagée</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="101"/>
        <source>this text is too long to be a Hutong card</source>
        <translation>ce texte est trop long pour être une carte Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="102"/>
        <source>this is not a Hutong card (it should start with HUTONG:C1:)</source>
        <translation>ce n&apos;est pas une carte Hutong (elle devrait commencer par HUTONG:C1:)</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="103"/>
        <source>this card is cut short</source>
        <translation>cette carte est tronquée</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="104"/>
        <source>this card has an address of an unknown kind</source>
        <translation>cette carte contient une adresse d&apos;un type inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="105"/>
        <source>this card&apos;s name is not valid text</source>
        <translation>le nom de cette carte n&apos;est pas un texte valide</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="106"/>
        <source>this card&apos;s text is damaged (not valid base32)</source>
        <translation>le texte de cette carte est endommagé (base32 invalide)</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="107"/>
        <source>a Hutong id has 56 letters and digits (A–Z, 2–7)</source>
        <translation>un identifiant Hutong compte 56 lettres et chiffres (A–Z, 2–7)</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="108"/>
        <source>this Hutong id has a typo: a check character does not match</source>
        <translation>cet identifiant Hutong contient une faute de frappe : un caractère de contrôle ne correspond pas</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="109"/>
        <source>the identity file in %1 is of an unknown format</source>
        <translation>le fichier d&apos;identité dans %1 est d&apos;un format inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="110"/>
        <source>the identity file in %1 is damaged</source>
        <translation>le fichier d&apos;identité dans %1 est endommagé</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="111"/>
        <source>the identity file in %1 does not match its public key</source>
        <translation>le fichier d&apos;identité dans %1 ne correspond pas à sa clé publique</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="112"/>
        <source>no identity in %1</source>
        <translation>aucune identité dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="113"/>
        <source>the identity file in %1 cannot be read: %2</source>
        <translation>le fichier d&apos;identité dans %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="114"/>
        <source>this profile is protected by a passphrase</source>
        <translation>ce profil est protégé par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="115"/>
        <source>wrong passphrase</source>
        <translation>phrase secrète incorrecte</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="116"/>
        <source>this profile has no published card yet</source>
        <translation>ce profil n&apos;a pas encore publié de carte</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="117"/>
        <source>an avatar picture is at most %1 KB</source>
        <translation>une photo de profil fait au plus %1 Ko</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="118"/>
        <source>this profile was made by a newer Hutong; please update</source>
        <translation>ce profil a été créé par un Hutong plus récent ; veuillez mettre à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="119"/>
        <source>the profile %1 is already open in another Hutong</source>
        <translation>le profil %1 est déjà ouvert dans un autre Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="120"/>
        <source>the database could not be used: %1</source>
        <translation>la base de données n&apos;a pas pu être utilisée : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="121"/>
        <source>the database could not be written: %1</source>
        <translation>la base de données n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="122"/>
        <source>the database could not be opened: %1</source>
        <translation>la base de données n&apos;a pas pu être ouverte : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="123"/>
        <source>no such chunk</source>
        <translation>ce fragment n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="124"/>
        <source>the blob ends early</source>
        <translation>le fichier se termine trop tôt</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="125"/>
        <source>blob of %1 bytes is over the %2-byte limit</source>
        <translation>un fichier de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="126"/>
        <source>chunk index out of range</source>
        <translation>numéro de fragment hors limites</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="127"/>
        <source>blob chunk does not match its hash</source>
        <translation>un fragment du fichier ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="128"/>
        <source>the blob could not be written: %1</source>
        <translation>le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="129"/>
        <source>no such blob here</source>
        <translation>ce fichier n&apos;est pas ici</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="130"/>
        <source>the blob&apos;s key does not fit</source>
        <translation>la clé du fichier ne convient pas</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="131"/>
        <source>a blob chunk on disk is damaged</source>
        <translation>un fragment du fichier est endommagé sur le disque</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="132"/>
        <source>the blob does not decrypt with this key</source>
        <translation>le fichier ne se déchiffre pas avec cette clé</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="133"/>
        <source>the blob folder could not be opened: %1</source>
        <translation>le dossier des blobs n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="134"/>
        <source>the identity file in %1 could not be written: %2</source>
        <translation>le fichier d&apos;identité dans %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="135"/>
        <source>the database is damaged (%1): restore it from a backup, or move hutong.db away and reopen to recover your history from friends</source>
        <translation>la base de données est endommagée (%1) : restaurez-la depuis une sauvegarde, ou déplacez hutong.db et rouvrez pour récupérer votre historique auprès de vos amis</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="140"/>
        <source>this profile is waiting for its own history (restored or lost database): connect to a friend or import a backup first</source>
        <translation>ce profil attend son propre historique (base restaurée ou perdue) : connectez-vous d&apos;abord à un ami ou importez une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="146"/>
        <source>a VRF key is 32 bytes</source>
        <translation>une clé VRF fait 32 octets</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="147"/>
        <source>a payment request is valid for up to a week</source>
        <translation>une demande de paiement est valable une semaine au plus</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="148"/>
        <source>an exclusive red envelope goes to a member of this chat</source>
        <translation>une enveloppe rouge réservée va à un membre de cette discussion</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="149"/>
        <source>join the currency %1 first</source>
        <translation>rejoignez d&apos;abord la monnaie %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="150"/>
        <source>not enough money: %1 available</source>
        <translation>pas assez d&apos;argent : %1 disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="151"/>
        <source>only the currency&apos;s issuer creates money</source>
        <translation>seul l&apos;émetteur de la monnaie crée de l&apos;argent</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="152"/>
        <source>only the currency&apos;s issuer hands its clearing over</source>
        <translation>seul l&apos;émetteur de la monnaie transmet sa compensation</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="153"/>
        <source>only the payee accepts or declines a transfer</source>
        <translation>seul le bénéficiaire accepte ou refuse un virement</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="154"/>
        <source>the currency&apos;s clearer is not among your contacts yet</source>
        <translation>le compensateur de la monnaie n&apos;est pas encore parmi vos contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="155"/>
        <source>the first amount is over the currency&apos;s cap</source>
        <translation>le premier montant dépasse le plafond de la monnaie</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="156"/>
        <source>the last hand-over is not complete yet (records to come)</source>
        <translation>la dernière transmission n&apos;est pas encore terminée (des enregistrements doivent arriver)</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="157"/>
        <source>this code is your own</source>
        <translation>ce code est le vôtre</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="158"/>
        <source>this currency is frozen: %1</source>
        <translation>cette monnaie est gelée : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="159"/>
        <source>this currency is not known here</source>
        <translation>cette monnaie n&apos;est pas connue ici</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="160"/>
        <source>this currency&apos;s clearing is moving already</source>
        <translation>la compensation de cette monnaie est déjà en cours de transmission</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="161"/>
        <source>this identity signed payments in this currency on two devices (a copied profile): its payments here are refused from now on</source>
        <translation>cette identité a signé des paiements dans cette monnaie sur deux appareils (un profil copié) : ses paiements ici sont désormais refusés</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="166"/>
        <source>this key has cleared this currency before; choose another</source>
        <translation>cette clé a déjà compensé cette monnaie ; choisissez-en une autre</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="167"/>
        <source>this red envelope is not for you</source>
        <translation>cette enveloppe rouge n&apos;est pas pour vous</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="168"/>
        <source>this transfer is not waiting for an answer</source>
        <translation>ce virement n&apos;attend pas de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="169"/>
        <source>you are not in this chat</source>
        <translation>vous ne faites pas partie de cette discussion</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="170"/>
        <source>you cannot pay yourself</source>
        <translation>vous ne pouvez pas vous payer vous-même</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="171"/>
        <source>you have opened this red envelope already</source>
        <translation>vous avez déjà ouvert cette enveloppe rouge</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="172"/>
        <source>this red envelope cannot be opened now</source>
        <translation>cette enveloppe rouge ne peut pas être ouverte maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="173"/>
        <source>enter the current payment PIN to change it</source>
        <translation>saisissez le code de paiement actuel pour le changer</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="174"/>
        <source>set a payment PIN first</source>
        <translation>définissez d&apos;abord un code de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="175"/>
        <source>wrong payment PIN</source>
        <translation>code de paiement erroné</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="176"/>
        <source>the payment PIN is 6 digits</source>
        <translation>le code de paiement a 6 chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="177"/>
        <source>this is not a Hutong payment code</source>
        <translation>ce n&apos;est pas un code de paiement Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="178"/>
        <source>this payment code asks for an impossible amount</source>
        <translation>ce code de paiement demande un montant impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="179"/>
        <source>this payment code is damaged</source>
        <translation>ce code de paiement est endommagé</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="180"/>
        <source>this payment code is of an unknown kind</source>
        <translation>ce code de paiement est d&apos;un type inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="181"/>
        <source>this payment request has expired; ask for a new one</source>
        <translation>cette demande de paiement a expiré ; demandez-en une nouvelle</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="182"/>
        <source>this payment request is damaged</source>
        <translation>cette demande de paiement est endommagée</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="183"/>
        <source>this payment request is of an unknown kind</source>
        <translation>cette demande de paiement est d&apos;un type inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="184"/>
        <source>this payment request&apos;s signature does not match: it was altered</source>
        <translation>la signature de cette demande de paiement ne correspond pas : elle a été modifiée</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="188"/>
        <source>this text is too long to be a payment code</source>
        <translation>ce texte est trop long pour être un code de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="189"/>
        <source>a currency has 0 to %1 decimal places</source>
        <translation>une monnaie a de 0 à %1 décimales</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="190"/>
        <source>an amount must be a whole number of minor units</source>
        <translation>un montant doit être un nombre entier d&apos;unités</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="191"/>
        <source>an amount must be more than zero and at most %1</source>
        <translation>un montant doit être supérieur à zéro et au plus %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="192"/>
        <source>this currency has %1 decimal places</source>
        <translation>cette monnaie a %1 décimales</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="193"/>
        <source>write the amount as a number, like 12.50</source>
        <translation>écrivez le montant en chiffres, comme 12.50</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="194"/>
        <source>a currency name has 1 to %1 characters</source>
        <translation>un nom de monnaie a de 1 à %1 caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="195"/>
        <source>a currency symbol has 1 to %1 characters</source>
        <translation>un symbole de monnaie a de 1 à %1 caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="196"/>
        <source>a fixed red envelope&apos;s total must divide evenly</source>
        <translation>le total d&apos;une enveloppe rouge à parts égales doit se diviser exactement</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="197"/>
        <source>a red envelope has 1 to %1 shares</source>
        <translation>une enveloppe rouge a de 1 à %1 parts</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="198"/>
        <source>an exclusive red envelope has one share</source>
        <translation>une enveloppe rouge réservée n&apos;a qu&apos;une part</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="199"/>
        <source>every share must get at least one minor unit</source>
        <translation>chaque part doit recevoir au moins une unité</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="200"/>
        <source>the note is too long</source>
        <translation>la note est trop longue</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="201"/>
        <source>this device does not clear this currency</source>
        <translation>cet appareil ne compense pas cette monnaie</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="202"/>
        <source>your earlier payments in this currency have not come back from the other members yet (a restored profile): connect to one of them, then try again</source>
        <translation>vos paiements antérieurs dans cette monnaie ne sont pas encore revenus des autres membres (un profil restauré) : connectez-vous à l&apos;un d&apos;eux, puis réessayez</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="207"/>
        <source>some of this currency&apos;s clearing records are not back yet</source>
        <translation>certains enregistrements de compensation de cette monnaie ne sont pas encore revenus</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="208"/>
        <source>the payment request is too long</source>
        <translation>la demande de paiement est trop longue</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="209"/>
        <source>the chat id is too long</source>
        <translation>l&apos;identifiant de la discussion est trop long</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="210"/>
        <source>this is not a wallet intent</source>
        <translation>ce n&apos;est pas une opération de portefeuille</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="211"/>
        <source>a hand-over&apos;s epoch or position is out of range</source>
        <translation>l&apos;époque ou la position d&apos;une transmission est hors limites</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="212"/>
        <source>this is not a currency issue</source>
        <translation>ce n&apos;est pas une émission de monnaie</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="213"/>
        <source>this is not a clearing hand-over</source>
        <translation>ce n&apos;est pas une transmission de compensation</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="214"/>
        <source>this hand-over is not the next one for this currency</source>
        <translation>cette transmission n&apos;est pas la suivante pour cette monnaie</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="215"/>
        <source>this hand-over is not signed by the currency&apos;s issuer</source>
        <translation>ce transfert n&apos;est pas signé par l&apos;émetteur de la monnaie</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="216"/>
        <source>a payment request is paid in its own amount</source>
        <translation>une demande de paiement se paie de son propre montant</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="217"/>
        <source>this payment request has been paid already</source>
        <translation>cette demande de paiement a déjà été payée</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="218"/>
        <source>enter the amount to pay</source>
        <translation>saisissez le montant à payer</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="219"/>
        <source>this code asks for its own amount</source>
        <translation>ce code demande son propre montant</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="220"/>
        <source>clearing of this currency has moved to another key</source>
        <translation>la compensation de cette monnaie est passée à une autre clé</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="222"/>
        <source>too many wrong PINs; wait before trying again</source>
        <translation>trop de codes erronés ; attendez avant de réessayer</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="226"/>
        <source>a mini-program may be at most %1 bytes</source>
        <translation>un mini-programme fait au plus %1 octets</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="227"/>
        <source>this mini-program is still arriving; try again in a moment</source>
        <translation>ce mini-programme est encore en route ; réessayez dans un instant</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="228"/>
        <source>this mini-program&apos;s package cannot be read: %1</source>
        <translation>le paquet de ce mini-programme ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="229"/>
        <source>this mini-program&apos;s package does not match its card</source>
        <translation>le paquet de ce mini-programme ne correspond pas à sa carte</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="230"/>
        <source>this mini-program&apos;s stored package is damaged</source>
        <translation>le paquet enregistré de ce mini-programme est endommagé</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="231"/>
        <source>mini-program cards cannot be read here</source>
        <translation>les cartes de mini-programme ne peuvent pas être lues ici</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="232"/>
        <source>this message is not in this conversation</source>
        <translation>ce message n&apos;est pas dans cette discussion</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="233"/>
        <source>this message does not carry a mini-program</source>
        <translation>ce message ne contient pas de mini-programme</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="234"/>
        <source>this card carries no package, and the program is not installed</source>
        <translation>cette carte ne contient pas de paquet, et le programme n&apos;est pas installé</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="237"/>
        <source>a mini-program that comes with Hutong cannot be removed</source>
        <translation>un mini-programme fourni avec Hutong ne peut pas être supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="238"/>
        <source>this mini-program is not installed</source>
        <translation>ce mini-programme n&apos;est pas installé</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="239"/>
        <source>mini-programs cannot be shared here</source>
        <translation>les mini-programmes ne peuvent pas être partagés ici</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="240"/>
        <source>this is not a conversation mini-programs can be opened in</source>
        <translation>ce n&apos;est pas une discussion où ouvrir des mini-programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="241"/>
        <source>this is not a conversation</source>
        <translation>ce n&apos;est pas une discussion</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="242"/>
        <source>this mini-program did not declare %1</source>
        <translation>ce mini-programme n&apos;a pas déclaré %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="243"/>
        <source>manifest.toml is too large</source>
        <translation>manifest.toml est trop volumineux</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="244"/>
        <source>manifest.toml is not valid TOML: %1</source>
        <translation>manifest.toml n&apos;est pas du TOML valide : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="245"/>
        <source>manifest.toml: name must be a non-empty text</source>
        <translation>manifest.toml : name doit être un texte non vide</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="246"/>
        <source>manifest.toml: min_api must be a whole number</source>
        <translation>manifest.toml : min_api doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="247"/>
        <source>this mini-program needs a newer Hutong (API %1, this one has %2)</source>
        <translation>ce mini-programme demande un Hutong plus récent (API %1, celui-ci a %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="250"/>
        <source>manifest.toml: source_code_url must be a text</source>
        <translation>manifest.toml : source_code_url doit être un texte</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="251"/>
        <source>manifest.toml: [hutong] must be a table</source>
        <translation>manifest.toml : [hutong] doit être une table</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="252"/>
        <source>manifest.toml: hutong.capabilities must be a list of texts</source>
        <translation>manifest.toml : hutong.capabilities doit être une liste de textes</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="253"/>
        <source>manifest.toml: unknown capability %1</source>
        <translation>manifest.toml : capacité inconnue %1</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="254"/>
        <source>%1 is %2 bytes; a mini-program may be at most %3 bytes</source>
        <translation>%1 fait %2 octets ; un mini-programme fait au plus %3 octets</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="255"/>
        <source>%1 is not a webxdc package: it has no index.html at its root</source>
        <translation>%1 n&apos;est pas un paquet webxdc : il n&apos;a pas d&apos;index.html à sa racine</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="256"/>
        <source>%1 is a %2 archive, not a zip: it is not a webxdc package</source>
        <translation>%1 est une archive %2, pas un zip : ce n&apos;est pas un paquet webxdc</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="257"/>
        <source>%1 is not a zip file: it is not a webxdc package</source>
        <translation>%1 n&apos;est pas un fichier zip : ce n&apos;est pas un paquet webxdc</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="258"/>
        <source>%1 has %2 files; at most %3 are allowed</source>
        <translation>%1 contient %2 fichiers ; %3 au plus sont permis</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="259"/>
        <source>%1 holds %2 twice</source>
        <translation>%1 contient %2 deux fois</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="260"/>
        <source>%1 unpacks to more than %2 bytes</source>
        <translation>%1 dépasse %2 octets une fois décompressé</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="261"/>
        <source>%1 is a damaged zip file (%2)</source>
        <translation>%1 est un fichier zip endommagé (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="262"/>
        <source>%1 contains an unsafe path: %2</source>
        <translation>%1 contient un chemin dangereux : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="263"/>
        <source>%1: %2 is encrypted</source>
        <translation>%1 : %2 est chiffré</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="264"/>
        <source>%1: %2 uses an unsupported compression method</source>
        <translation>%1 : %2 utilise une méthode de compression non prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="265"/>
        <source>%1: %2 is larger than %3 bytes</source>
        <translation>%1 : %2 dépasse %3 octets</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="266"/>
        <source>%1: %2 does not unpack to its declared size</source>
        <translation>%1 : %2 ne se décompresse pas à sa taille déclarée</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="267"/>
        <source>%1: %2 is compressed suspiciously well (a zip bomb?)</source>
        <translation>%1 : %2 est compressé de façon suspecte (une bombe zip ?)</translation>
    </message>
    <message>
        <location filename="../../desktop/core_errors.py" line="269"/>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desktop/qr/scan_sources.py" line="282"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>FileChoice</name>
    <message>
        <location filename="../../desktop/widgets/file_choice.py" line="48"/>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/file_choice.py" line="54"/>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/file_choice.py" line="61"/>
        <source>Choose a picture of a QR code</source>
        <translation>Choisir une image de code QR</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/file_choice.py" line="67"/>
        <source>Save QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="154"/>
        <location filename="../../desktop/onboarding/first_run.py" line="155"/>
        <source>Welcome to Hutong</source>
        <translation>Bienvenue dans Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="158"/>
        <source>Chat and share with the people on your network. There is no server and no account: your messages stay on your computers, encrypted end to end.</source>
        <translation>Discutez et partagez avec les personnes de votre réseau. Pas de serveur, pas de compte : vos messages restent sur vos ordinateurs, chiffrés de bout en bout.</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="162"/>
        <location filename="../../desktop/onboarding/first_run.py" line="223"/>
        <source>Choose a picture…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="163"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="164"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="165"/>
        <source>How friends will see you</source>
        <translation>Le nom que verront vos amis</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="166"/>
        <source>Protect this profile with a passphrase</source>
        <translation>Protéger ce profil par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="167"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="168"/>
        <source>Type it again</source>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="171"/>
        <source>Hutong asks for it at every start. If you forget it, this profile cannot be opened again: there is no reset.</source>
        <translation>Hutong la demande à chaque démarrage. Si vous l&apos;oubliez, ce profil ne pourra plus être ouvert : il n&apos;y a aucun moyen de la réinitialiser.</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="176"/>
        <source>Profile folder: %1</source>
        <translation>Dossier du profil : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="183"/>
        <source>Creating your identity…</source>
        <translation>Création de votre identité…</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="183"/>
        <source>Get started</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="216"/>
        <source>Change picture…</source>
        <translation>Changer d&apos;image…</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="234"/>
        <source>Use at least %1 characters for the passphrase.</source>
        <translation>Utilisez au moins %1 caractères pour la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/first_run.py" line="241"/>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>ImageGrid</name>
    <message>
        <location filename="../../desktop/moments/compose/image_grid.py" line="86"/>
        <source>Add pictures (up to 9)</source>
        <translation>Ajouter des images (jusqu&apos;à 9)</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/image_grid.py" line="88"/>
        <location filename="../../desktop/moments/compose/image_grid.py" line="100"/>
        <source>Remove this picture</source>
        <translation>Retirer cette image</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="127"/>
        <source>Hutong</source>
        <translation>Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="147"/>
        <source>Hutong is still running</source>
        <translation>Hutong fonctionne toujours</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="148"/>
        <source>Hutong keeps running in the tray. To quit, choose Quit Hutong in its menu.</source>
        <translation>Hutong continue de fonctionner dans la zone de notification. Pour quitter, choisissez Quitter Hutong dans son menu.</translation>
    </message>
</context>
<context>
    <name>MePane</name>
    <message>
        <location filename="../../desktop/me/pane.py" line="118"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="122"/>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="123"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="124"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="125"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="126"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="127"/>
        <source>Mini-programs</source>
        <translation>Mini-programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/me/pane.py" line="142"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
</context>
<context>
    <name>MessageNotifier</name>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="99"/>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="103"/>
        <source>Hutong</source>
        <translation>Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="103"/>
        <source>You have a new message</source>
        <translation>Vous avez un nouveau message</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="109"/>
        <source>1 new message</source>
        <translation>1 nouveau message</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="111"/>
        <source>%1 new messages</source>
        <translation>%1 nouveaux messages</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="117"/>
        <source>[%1 messages] </source>
        <translation>[%1 messages] </translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="125"/>
        <source>[Photo]</source>
        <translation>[Photo]</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/notifier.py" line="127"/>
        <source>[File] %1</source>
        <translation>[Fichier] %1</translation>
    </message>
</context>
<context>
    <name>MiniPrograms</name>
    <message>
        <location filename="../../desktop/miniprograms/file_import.py" line="48"/>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/file_import.py" line="56"/>
        <source>Files (%1)</source>
        <translation>Fichiers (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="28"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="44"/>
        <source>Stop it</source>
        <translation>L’arrêter</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="47"/>
        <source>Permissions…</source>
        <translation>Autorisations…</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="50"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="89"/>
        <source>This mini-program is not responding.</source>
        <translation>Ce mini-programme ne répond pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="97"/>
        <source>This mini-program sends updates too fast; some were refused.</source>
        <translation>Ce mini-programme envoie des mises à jour trop vite ; certaines ont été refusées.</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/window.py" line="104"/>
        <source>This mini-program was stopped.</source>
        <translation>Ce mini-programme a été arrêté.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="33"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="35"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="36"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="58"/>
        <location filename="../../desktop/miniprograms/launcher.py" line="148"/>
        <location filename="../../desktop/miniprograms/launcher.py" line="220"/>
        <location filename="../../desktop/miniprograms/pane.py" line="207"/>
        <source>Mini-programs</source>
        <translation>Mini-programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="59"/>
        <source>What each app may do, and the data it keeps here</source>
        <translation>Ce que chaque mini-programme peut faire, et les données qu&apos;il garde ici</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="61"/>
        <source>No mini-program has asked for anything yet.</source>
        <translation>Aucun mini-programme n&apos;a encore rien demandé.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="112"/>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="114"/>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="119"/>
        <source>Revoke</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="130"/>
        <source>Storage used: %1</source>
        <translation>Stockage utilisé : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/me/miniprograms_page.py" line="134"/>
        <source>Clear storage</source>
        <translation>Effacer les données</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_choice.py" line="35"/>
        <source>Share to chat</source>
        <translation>Partager dans une discussion</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_choice.py" line="49"/>
        <location filename="../../desktop/miniprograms/program_choice.py" line="37"/>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_choice.py" line="105"/>
        <source>this chat</source>
        <translation>cette discussion</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_post.py" line="36"/>
        <source>“%1” wants to post in a chat. Which one?</source>
        <translation>« %1 » veut publier dans une discussion. Laquelle ?</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_post.py" line="43"/>
        <source>“%1” wants to post this in %2:</source>
        <translation>« %1 » veut publier ceci dans %2 :</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_post.py" line="51"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_post.py" line="56"/>
        <location filename="../../desktop/miniprograms/hutong_actions.py" line="146"/>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/chat_post.py" line="57"/>
        <location filename="../../desktop/miniprograms/hutong_actions.py" line="147"/>
        <location filename="../../desktop/miniprograms/launcher.py" line="151"/>
        <location filename="../../desktop/miniprograms/pane.py" line="212"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/hutong_actions.py" line="125"/>
        <source>Post “%1” in:</source>
        <translation>Publier « %1 » dans :</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/hutong_actions.py" line="132"/>
        <source>Post “%1” in %2?</source>
        <translation>Publier « %1 » dans %2 ?</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/install_file.py" line="30"/>
        <source>Install a mini-program</source>
        <translation>Installer un mini-programme</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/install_file.py" line="34"/>
        <source>Mini-programs (*.xdc *.zip)</source>
        <translation>Mini-programmes (*.xdc *.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/install_file.py" line="67"/>
        <source>“%1” was not installed: %2</source>
        <translation>« %1 » n&apos;a pas été installé : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/launcher.py" line="137"/>
        <source>This card carries no mini-program.</source>
        <translation>Cette carte ne contient aucun mini-programme.</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/launcher.py" line="140"/>
        <source>Install “%1” shared by %2?</source>
        <translation>Installer « %1 » partagé par %2 ?</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/launcher.py" line="144"/>
        <source>Install “%1”?</source>
        <translation>Installer « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/launcher.py" line="150"/>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/launcher.py" line="166"/>
        <source>“%1” is still downloading. Try again when it has arrived.</source>
        <translation>« %1 » est encore en cours de téléchargement. Réessayez une fois qu&apos;il sera arrivé.</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/launcher.py" line="211"/>
        <source>Share “%1” in:</source>
        <translation>Partager « %1 » dans :</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="98"/>
        <source>Small apps you use alone or with a chat</source>
        <translation>De petites applications à utiliser seul ou dans une discussion</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="100"/>
        <source>Install from file…</source>
        <translation>Installer depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="101"/>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="102"/>
        <source>Installed</source>
        <translation>Installés</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="103"/>
        <source>Bundled</source>
        <translation>Fournis avec Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="104"/>
        <source>Apps you open appear here.</source>
        <translation>Les mini-programmes que vous ouvrez apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="106"/>
        <source>Apps installed from a chat or a file appear here.</source>
        <translation>Les mini-programmes installés depuis une discussion ou un fichier apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="151"/>
        <source>Just me</source>
        <translation>Moi seul</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="208"/>
        <source>Uninstall “%1”? Its data on this device is deleted too.</source>
        <translation>Désinstaller « %1 » ? Ses données sur cet appareil seront aussi supprimées.</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="211"/>
        <location filename="../../desktop/miniprograms/program_tile.py" line="67"/>
        <source>Uninstall</source>
        <translation>Désinstaller</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/permissions_dialog.py" line="23"/>
        <source>Permissions of %1</source>
        <translation>Autorisations de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/permissions_dialog.py" line="30"/>
        <source>What “%1” may do beyond its own window:</source>
        <translation>Ce que « %1 » peut faire hors de sa fenêtre :</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/permissions_dialog.py" line="32"/>
        <source>“%1” asks for nothing beyond its own window.</source>
        <translation>« %1 » ne demande rien hors de sa fenêtre.</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/program_choice.py" line="27"/>
        <source>Share a mini-program</source>
        <translation>Partager un mini-programme</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/program_tile.py" line="48"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/program_tile.py" line="60"/>
        <source>Share…</source>
        <translation>Partager…</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/program_tile.py" line="62"/>
        <source>Share to chat…</source>
        <translation>Partager dans une discussion…</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="20"/>
        <source>Keep data on this device</source>
        <translation>Garder des données sur cet appareil</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="21"/>
        <source>See your name</source>
        <translation>Voir votre nom</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="22"/>
        <source>Use your wallet</source>
        <translation>Utiliser votre portefeuille</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="23"/>
        <source>Post cards in chats</source>
        <translation>Publier des cartes dans les discussions</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="30"/>
        <source>“%1” wants to keep data on this device (up to 10 MB).</source>
        <translation>« %1 » veut garder des données sur cet appareil (jusqu&apos;à 10 Mo).</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="33"/>
        <source>“%1” wants to see your name and your ID in this app.</source>
        <translation>« %1 » veut voir votre nom et votre identifiant dans ce mini-programme.</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="36"/>
        <source>“%1” wants to use your wallet: see your currencies and ask for payments. Every payment still shows you the amount and asks for your PIN.</source>
        <translation>« %1 » veut utiliser votre portefeuille : voir vos monnaies et demander des paiements. Chaque paiement vous montre toujours le montant et demande votre code.</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="41"/>
        <source>“%1” wants to post its card in chats. You confirm each post.</source>
        <translation>« %1 » veut publier sa carte dans les discussions. Vous confirmez chaque publication.</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="97"/>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <location filename="../../desktop/miniprograms/prompts.py" line="98"/>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>MiniProgramsPane</name>
    <message>
        <location filename="../../desktop/miniprograms/pane.py" line="94"/>
        <source>Mini-programs</source>
        <translation>Mini-programmes</translation>
    </message>
</context>
<context>
    <name>Moments</name>
    <message>
        <location filename="../../desktop/moments/compose/images.py" line="87"/>
        <source>“%1” cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir « %1 ».</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/images.py" line="92"/>
        <source>“%1” is over %2 MB; choose a smaller picture.</source>
        <translation>« %1 » dépasse %2 Mo ; choisissez une image plus petite.</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/images.py" line="101"/>
        <location filename="../../desktop/moments/compose/images.py" line="114"/>
        <source>“%1” is not a picture Hutong can show.</source>
        <translation>« %1 » n&apos;est pas une image que Hutong peut afficher.</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/images.py" line="107"/>
        <location filename="../../desktop/moments/compose/images.py" line="110"/>
        <source>“%1” is too large in pixels.</source>
        <translation>« %1 » est trop grande en pixels.</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/compose/images.py" line="126"/>
        <source>The thumbnail of “%1” could not be written.</source>
        <translation>La vignette de « %1 » n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/delegate.py" line="87"/>
        <source>%1 replied to %2</source>
        <translation>%1 a répondu à %2</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/delegate.py" line="88"/>
        <source>Full text</source>
        <translation>Texte complet</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/delegate.py" line="89"/>
        <source>Collapse</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/delegate.py" line="90"/>
        <location filename="../../desktop/moments/feed/page.py" line="230"/>
        <location filename="../../desktop/moments/feed/page.py" line="237"/>
        <location filename="../../desktop/moments/feed/page.py" line="302"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/delegate.py" line="272"/>
        <source>Like or comment</source>
        <translation>J&apos;aime ou commenter</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="157"/>
        <source>This post was deleted, or you can no longer see it.</source>
        <translation>Cette publication a été supprimée, ou vous ne pouvez plus la voir.</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="159"/>
        <source>No moments yet. Click the camera above to share your first one.</source>
        <translation>Aucune publication pour l&apos;instant. Cliquez sur l&apos;appareil photo en haut pour partager la première.</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="163"/>
        <source>You have not posted anything yet.</source>
        <translation>Vous n&apos;avez encore rien publié.</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="165"/>
        <source>%1 has not shared any posts with you.</source>
        <translation>%1 n&apos;a partagé aucune publication avec vous.</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="225"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="227"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="234"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="235"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="255"/>
        <source>Reply to %1</source>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="258"/>
        <source>Comment on %1&apos;s post</source>
        <translation>Commenter la publication de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="282"/>
        <source>Delete this post?</source>
        <translation>Supprimer cette publication ?</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="288"/>
        <source>Delete this comment?</source>
        <translation>Supprimer ce commentaire ?</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/page.py" line="304"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/row_painting.py" line="107"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/row_painting.py" line="278"/>
        <source>%n pictures</source>
        <translation>%n images</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="28"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="38"/>
        <source>Just now</source>
        <translation>À l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="41"/>
        <source>%n min ago</source>
        <translation>il y a %n min</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="44"/>
        <source>%n hr ago</source>
        <translation>il y a %n h</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="46"/>
        <location filename="../../desktop/moments/texts.py" line="61"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="59"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="76"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="77"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="78"/>
        <source>Share with</source>
        <translation>Partager avec</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="79"/>
        <source>Don&apos;t share</source>
        <translation>Ne pas partager</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="85"/>
        <source>All friends</source>
        <translation>Tous les amis</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="86"/>
        <source>Only me</source>
        <translation>Moi seul</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="87"/>
        <source>Chosen friends or tags</source>
        <translation>Amis ou étiquettes choisis</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="88"/>
        <source>All friends except the ones chosen</source>
        <translation>Tous les amis sauf ceux choisis</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="94"/>
        <source>Visible to all friends</source>
        <translation>Visible par tous les amis</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="95"/>
        <source>Private: only you can see this post</source>
        <translation>Privé : vous seul pouvez voir cette publication</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="96"/>
        <source>Visible to the friends you chose</source>
        <translation>Visible par les amis choisis</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="97"/>
        <source>Hidden from the friends you chose</source>
        <translation>Masqué pour les amis choisis</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="111"/>
        <source>Last 3 days</source>
        <translation>Les 3 derniers jours</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="112"/>
        <source>Last month</source>
        <translation>Le dernier mois</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="113"/>
        <source>Last 6 months</source>
        <translation>Les 6 derniers mois</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="114"/>
        <location filename="../../desktop/moments/texts.py" line="115"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="123"/>
        <source>%1 lets friends see only the last 3 days of posts.</source>
        <translation>%1 ne montre à ses amis que les publications des 3 derniers jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="124"/>
        <source>%1 lets friends see only the last month of posts.</source>
        <translation>%1 ne montre à ses amis que les publications du dernier mois.</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="125"/>
        <source>%1 lets friends see only the last 6 months of posts.</source>
        <translation>%1 ne montre à ses amis que les publications des 6 derniers mois.</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="131"/>
        <source>Liked your post</source>
        <translation>a aimé votre publication</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="133"/>
        <source>Replied: %1</source>
        <translation>A répondu : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="140"/>
        <source>1 new message</source>
        <translation>1 nouveau message</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="142"/>
        <source>%n new messages</source>
        <translation>%n nouveaux messages</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/texts.py" line="147"/>
        <source>It disappears here at once. Friends&apos; computers delete it when they next sync; a copy someone already saved cannot be called back.</source>
        <translation>Elle disparaît ici tout de suite. Les ordinateurs de vos amis l&apos;effacent à leur prochaine synchronisation ; une copie déjà enregistrée par quelqu&apos;un ne peut pas être rappelée.</translation>
    </message>
</context>
<context>
    <name>MomentsPane</name>
    <message>
        <location filename="../../desktop/moments/pane.py" line="114"/>
        <source>Moments</source>
        <translation>Moments</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="117"/>
        <location filename="../../desktop/moments/pane.py" line="127"/>
        <source>My album</source>
        <translation>Mon album</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="118"/>
        <location filename="../../desktop/moments/pane.py" line="133"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="119"/>
        <source>Moments settings</source>
        <translation>Réglages du fil</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="120"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="121"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="129"/>
        <source>%1&apos;s album</source>
        <translation>Album de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/pane.py" line="131"/>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
</context>
<context>
    <name>MyQrCardDialog</name>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="119"/>
        <source>My QR code</source>
        <translation>Mon code QR</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="120"/>
        <source>Scan this code in Hutong to add me as a friend</source>
        <translation>Scannez ce code dans Hutong pour m&apos;ajouter en ami</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="121"/>
        <source>Copy card text</source>
        <translation>Copier le texte de la carte</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="122"/>
        <source>Save image…</source>
        <translation>Enregistrer l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="123"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="125"/>
        <source>Hutong ID: %1</source>
        <translation>Identifiant Hutong : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="155"/>
        <source>Card text copied. Paste it to a friend; they add you with “Paste card text”.</source>
        <translation>Texte de la carte copié. Envoyez-le à un ami : il vous ajoutera avec « Coller le texte de la carte ».</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/card_dialog.py" line="167"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <location filename="../../desktop/shell/nav_rail.py" line="52"/>
        <source>%1, %2 unread</source>
        <translation>%1, %2 non lus</translation>
    </message>
</context>
<context>
    <name>NearbyRow</name>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="58"/>
        <source>Unnamed</source>
        <translation>Sans nom</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="61"/>
        <source>Online now</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="61"/>
        <source>Seen nearby</source>
        <translation>Vu à proximité</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="69"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="72"/>
        <source>Respond</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="75"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../desktop/me/network_page.py" line="122"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="122"/>
        <source>How Hutong finds and reaches people</source>
        <translation>Comment Hutong trouve et joint les autres</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="123"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="124"/>
        <source>Computers seen</source>
        <translation>Ordinateurs vus</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="126"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="126"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="126"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="126"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="128"/>
        <source>Nobody found?</source>
        <translation>Personne en vue ?</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="129"/>
        <source>Add a computer by address</source>
        <translation>Ajouter un ordinateur par son adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="132"/>
        <source>Ask the other person for an address from their Network page (for example 192.168.1.20:47000) and type it here. Hutong keeps trying it.</source>
        <translation>Demandez à l&apos;autre personne une adresse affichée sur sa page Réseau (par exemple 192.168.1.20:47000) et saisissez-la ici. Hutong continuera d&apos;essayer.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="136"/>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="137"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="138"/>
        <source>Files in chats</source>
        <translation>Fichiers des discussions</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="146"/>
        <source>Sync is off</source>
        <translation>La synchronisation est désactivée</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="150"/>
        <source>Hutong is not connecting to the network in this session.</source>
        <translation>Hutong ne se connecte pas au réseau pendant cette session.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="160"/>
        <source>Listening on port %1</source>
        <translation>À l&apos;écoute sur le port %1</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="162"/>
        <source>Not listening yet</source>
        <translation>Pas encore à l&apos;écoute</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="166"/>
        <source>Finding people nearby automatically (mDNS) is on.</source>
        <translation>La recherche automatique des personnes à proximité (mDNS) est activée.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="169"/>
        <source>Finding people nearby automatically is not working: %1</source>
        <translation>La recherche automatique des personnes à proximité ne fonctionne pas : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="174"/>
        <source>Finding people nearby automatically is off.</source>
        <translation>La recherche automatique des personnes à proximité est désactivée.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="180"/>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="181"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="182"/>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="183"/>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="184"/>
        <source>Can&apos;t connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="192"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="207"/>
        <source>No other computer seen yet.</source>
        <translation>Aucun autre ordinateur vu pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="239"/>
        <source>If no one shows up, the network may be in the way:</source>
        <translation>Si personne n&apos;apparaît, le réseau fait peut-être obstacle :</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="241"/>
        <source>Multicast may be blocked (common on office, school and hotel networks), so computers cannot announce themselves.</source>
        <translation>La multidiffusion est peut-être bloquée (fréquent sur les réseaux de bureau, d&apos;école ou d&apos;hôtel) : les ordinateurs ne peuvent pas s&apos;annoncer.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="245"/>
        <source>A firewall may block Hutong&apos;s port (%1) on this or the other computer.</source>
        <translation>Un pare-feu bloque peut-être le port de Hutong (%1) sur cet ordinateur ou sur l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="248"/>
        <source>Wi-Fi client isolation (often on guest networks) stops computers on the same Wi-Fi from reaching each other.</source>
        <translation>L&apos;isolement des clients Wi-Fi (fréquent sur les réseaux invités) empêche les ordinateurs d&apos;un même Wi-Fi de se joindre.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="252"/>
        <source>What to try: add the other computer by address below, allow Hutong in the firewall, or join both computers to the same private network or a phone hotspot.</source>
        <translation>À essayer : ajoutez l&apos;autre ordinateur par son adresse ci-dessous, autorisez Hutong dans le pare-feu, ou reliez les deux ordinateurs au même réseau privé ou à un partage de connexion.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="268"/>
        <source>Type an address such as 192.168.1.20:47000.</source>
        <translation>Saisissez une adresse comme 192.168.1.20:47000.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="269"/>
        <source>Add the port after a colon, for example 192.168.1.20:47000.</source>
        <translation>Ajoutez le port après deux-points, par exemple 192.168.1.20:47000.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="270"/>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Le port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="271"/>
        <source>That does not look like an IP address or a computer name.</source>
        <translation>Cela ne ressemble ni à une adresse IP ni à un nom d&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="272"/>
        <source>That address cannot be used.</source>
        <translation>Cette adresse ne peut pas être utilisée.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/network_page.py" line="295"/>
        <source>Connecting to %1. It appears in the list above.</source>
        <translation>Connexion à %1. Il apparaîtra dans la liste ci-dessus.</translation>
    </message>
</context>
<context>
    <name>NewFriendsPage</name>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="140"/>
        <source>New friends</source>
        <translation>Nouveaux amis</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="140"/>
        <source>Requests to you, and the ones you sent</source>
        <translation>Les demandes reçues et celles que vous avez envoyées</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="143"/>
        <source>No friend requests</source>
        <translation>Aucune demande d&apos;ami</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="145"/>
        <source>When someone scans your QR code or finds you nearby, their request and message appear here.</source>
        <translation>Quand quelqu&apos;un scanne votre code QR ou vous trouve à proximité, sa demande et son message apparaissent ici.</translation>
    </message>
</context>
<context>
    <name>NotificationDelegate</name>
    <message>
        <location filename="../../desktop/moments/notifications.py" line="151"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="70"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="71"/>
        <source>Alerts for new messages from others</source>
        <translation>Alertes pour les nouveaux messages reçus</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="73"/>
        <source>Show in notifications</source>
        <translation>Afficher dans les notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="74"/>
        <source>Sender and message</source>
        <translation>L&apos;expéditeur et le message</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="75"/>
        <source>Sender only</source>
        <translation>L&apos;expéditeur seulement</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="76"/>
        <source>Nothing, just “New message”</source>
        <translation>Rien, juste « Nouveau message »</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="78"/>
        <source>Muted chats never notify, and neither does the chat you are looking at.</source>
        <translation>Les discussions en sourdine ne notifient jamais, pas plus que celle que vous êtes en train de lire.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="80"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="98"/>
        <source>Hutong</source>
        <translation>Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="98"/>
        <source>You have a new message</source>
        <translation>Vous avez un nouveau message</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="100"/>
        <location filename="../../desktop/me/notifications_page.py" line="102"/>
        <source>Lin Mei</source>
        <translation>Léa Martin</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="100"/>
        <source>1 new message</source>
        <translation>1 nouveau message</translation>
    </message>
    <message>
        <location filename="../../desktop/me/notifications_page.py" line="102"/>
        <source>Lunch at the canteen at 12:30?</source>
        <translation>On déjeune à la cantine à 12 h 30 ?</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/notifications.py" line="189"/>
        <source>No notifications yet</source>
        <translation>Aucune notification</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/notifications.py" line="190"/>
        <source>When friends like or comment on your posts, or reply to you, it shows here.</source>
        <translation>Quand des amis aiment ou commentent vos publications, ou vous répondent, cela s&apos;affiche ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/notifications.py" line="216"/>
        <source>The notifications could not be opened</source>
        <translation>Les notifications n&apos;ont pas pu être ouvertes</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <location filename="../../desktop/runner.py" line="90"/>
        <source>Something went wrong. The details are in the log.</source>
        <translation>Un problème est survenu. Les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../desktop/onboarding/passphrase_fields.py" line="29"/>
        <source>Hide passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/passphrase_fields.py" line="29"/>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
</context>
<context>
    <name>PasteTextPage</name>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="89"/>
        <source>Paste card text</source>
        <translation>Coller le texte de la carte</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="92"/>
        <source>Ask your friend to copy their card text (Me › My QR code › Copy card text) and send it to you. It starts with HUTONG:C1:.</source>
        <translation>Demandez à votre ami de copier le texte de sa carte (Moi › Mon code QR › Copier le texte de la carte) et de vous l&apos;envoyer. Il commence par HUTONG:C1:.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="97"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/add_pages.py" line="98"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>PeopleNearbyPage</name>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="117"/>
        <source>People nearby</source>
        <translation>Personnes à proximité</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="117"/>
        <source>Hutong users on your network who aren&apos;t friends yet</source>
        <translation>Les utilisateurs de Hutong sur votre réseau qui ne sont pas encore vos amis</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="154"/>
        <source>Sync is off</source>
        <translation>La synchronisation est désactivée</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="156"/>
        <source>Hutong is not looking for people on your network right now, so nobody nearby can be listed. You can still add friends by QR code or card text.</source>
        <translation>Hutong ne cherche personne sur votre réseau en ce moment, aucune personne à proximité ne peut donc être affichée. Vous pouvez toujours ajouter des amis par code QR ou texte de carte.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="174"/>
        <source>Nobody new nearby</source>
        <translation>Personne de nouveau à proximité</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/nearby_page.py" line="176"/>
        <source>People appear here when Hutong is open on their computer on the same network. If nobody shows up, the network may block discovery: add them by QR code, or by address in Me › Network.</source>
        <translation>Les personnes apparaissent ici quand Hutong est ouvert sur leur ordinateur, sur le même réseau. Si personne n&apos;apparaît, le réseau bloque peut-être la découverte : ajoutez-les par code QR, ou par adresse dans Moi › Réseau.</translation>
    </message>
</context>
<context>
    <name>PostActionsPopup</name>
    <message>
        <location filename="../../desktop/moments/feed/actions_popup.py" line="51"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/actions_popup.py" line="51"/>
        <source>Like</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/feed/actions_popup.py" line="52"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
</context>
<context>
    <name>PostImageViewer</name>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="97"/>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="98"/>
        <source>Previous picture (Left)</source>
        <translation>Image précédente (Gauche)</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="99"/>
        <source>Next picture (Right)</source>
        <translation>Image suivante (Droite)</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="100"/>
        <source>Zoom out (-)</source>
        <translation>Réduire (-)</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="101"/>
        <source>Zoom in (+)</source>
        <translation>Agrandir (+)</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="102"/>
        <source>Fit to window (0)</source>
        <translation>Ajuster à la fenêtre (0)</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="103"/>
        <source>Save the original as…</source>
        <translation>Enregistrer l&apos;original sous…</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="149"/>
        <source>Fetching the original from your friends…</source>
        <translation>Récupération de l&apos;original auprès de vos amis…</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="151"/>
        <source>Opening the picture…</source>
        <translation>Ouverture de l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="203"/>
        <source>Save picture</source>
        <translation>Enregistrer l&apos;image</translation>
    </message>
    <message>
        <location filename="../../desktop/moments/viewer.py" line="225"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="122"/>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="122"/>
        <source>What friends see when they add you</source>
        <translation>Ce que voient vos amis quand ils vous ajoutent</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="123"/>
        <source>Picture</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="125"/>
        <source>A square picture works best. Friends see it next to your name.</source>
        <translation>Une image carrée rend mieux. Vos amis la voient à côté de votre nom.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="127"/>
        <source>Change picture…</source>
        <translation>Changer d&apos;image…</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="128"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="129"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="130"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="131"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="133"/>
        <source>Friends can give you a remark name of their own; they see yours otherwise.</source>
        <translation>Vos amis peuvent vous donner un surnom à eux ; sinon, ils voient celui-ci.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="135"/>
        <source>Hutong ID</source>
        <translation>Identifiant Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="136"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="139"/>
        <source>Your ID comes from your keys and never changes. Friends can compare it to be sure they added the real you.</source>
        <translation>Votre identifiant vient de vos clés et ne change jamais. Vos amis peuvent le comparer pour être sûrs d&apos;avoir ajouté le vrai vous.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="143"/>
        <source>Show my QR code</source>
        <translation>Afficher mon code QR</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="174"/>
        <source>Name saved.</source>
        <translation>Nom enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="192"/>
        <source>Picture updated.</source>
        <translation>Photo mise à jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/profile_page.py" line="202"/>
        <source>Hutong ID copied.</source>
        <translation>Identifiant Hutong copié.</translation>
    </message>
</context>
<context>
    <name>QrTexts</name>
    <message>
        <location filename="../../desktop/qr/texts.py" line="16"/>
        <source>No QR code was found. Make sure the whole code is visible, sharp and not too small.</source>
        <translation>Aucun code QR trouvé. Vérifiez que le code est entier, net et pas trop petit.</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/texts.py" line="21"/>
        <source>This QR code is not a Hutong contact card or group invite.</source>
        <translation>Ce code QR n&apos;est ni une carte de contact Hutong ni une invitation de groupe.</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/texts.py" line="23"/>
        <source>This contact card cannot be trusted: it is damaged or was altered. Ask your friend to show their code again.</source>
        <translation>Cette carte de contact n&apos;est pas fiable : elle est abîmée ou a été modifiée. Demandez à votre ami de montrer son code à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/texts.py" line="29"/>
        <source>This group invite cannot be used.</source>
        <translation>Cette invitation de groupe ne peut pas être utilisée.</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/texts.py" line="31"/>
        <source>This is your own card. Scan a friend&apos;s code to add them.</source>
        <translation>C&apos;est votre propre carte. Scannez le code d&apos;un ami pour l&apos;ajouter.</translation>
    </message>
    <message>
        <location filename="../../desktop/qr/texts.py" line="32"/>
        <source>This code cannot be read.</source>
        <translation>Ce code est illisible.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../desktop/qr/screen_region.py" line="67"/>
        <source>Drag a rectangle around the QR code  ·  Esc to cancel</source>
        <translation>Tracez un rectangle autour du code QR  ·  Échap pour annuler</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="68"/>
        <source>(no message)</source>
        <translation>(pas de message)</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="77"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="83"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="89"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/requests_page.py" line="91"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
</context>
<context>
    <name>SafetyNumberDialog</name>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="93"/>
        <source>Safety number</source>
        <translation>Numéro de sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="94"/>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="97"/>
        <source>Compare these numbers with %1, side by side or on a call. If they match, your messages are encrypted for the right person and nobody is in between.</source>
        <translation>Comparez ces chiffres avec %1, côte à côte ou au téléphone. S&apos;ils correspondent, vos messages sont chiffrés pour la bonne personne et personne ne s&apos;interpose.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="101"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="116"/>
        <source>✓ Verified</source>
        <translation>✓ Vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="118"/>
        <source>Clear verification</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="121"/>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/safety_dialog.py" line="123"/>
        <source>Mark as verified</source>
        <translation>Marquer comme vérifié</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../desktop/me/security_page.py" line="93"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="93"/>
        <source>Protect your keys on this computer</source>
        <translation>Protégez vos clés sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="94"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="96"/>
        <location filename="../../desktop/me/security_page.py" line="128"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="96"/>
        <source>Set a passphrase</source>
        <translation>Définir une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="99"/>
        <source>This profile is protected</source>
        <translation>Ce profil est protégé</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="100"/>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="104"/>
        <source>Your secret keys are encrypted with your passphrase. Hutong asks for it each time it starts.</source>
        <translation>Vos clés secrètes sont chiffrées avec votre phrase secrète. Hutong la demande à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="109"/>
        <source>This profile is not protected</source>
        <translation>Ce profil n&apos;est pas protégé</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="110"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="114"/>
        <source>Anyone who can open your files on this computer can use your identity. Set a passphrase to encrypt your keys.</source>
        <translation>Toute personne pouvant ouvrir vos fichiers sur cet ordinateur peut utiliser votre identité. Définissez une phrase secrète pour chiffrer vos clés.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="118"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="119"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="120"/>
        <source>Type the new passphrase again</source>
        <translation>Saisissez à nouveau la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="122"/>
        <source>There is no way to reset a forgotten passphrase. Keep it somewhere safe.</source>
        <translation>Une phrase secrète oubliée ne peut pas être réinitialisée. Gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="126"/>
        <source>Remove passphrase</source>
        <translation>Supprimer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="128"/>
        <source>Set passphrase</source>
        <translation>Définir la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="145"/>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="149"/>
        <source>The two new passphrases are different.</source>
        <translation>Les deux nouvelles phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="152"/>
        <source>Passphrase saved. Hutong will ask for it next time.</source>
        <translation>Phrase secrète enregistrée. Hutong la demandera au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="157"/>
        <source>Passphrase removed.</source>
        <translation>Phrase secrète supprimée.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="173"/>
        <source>The current passphrase is not right.</source>
        <translation>La phrase secrète actuelle est incorrecte.</translation>
    </message>
    <message>
        <location filename="../../desktop/me/security_page.py" line="194"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/onboarding/startup.py" line="54"/>
        <source>Hutong cannot open this profile. Close the other Hutong using it, or choose another folder with --profile.</source>
        <translation>Hutong ne peut pas ouvrir ce profil. Fermez l&apos;autre Hutong qui l&apos;utilise, ou choisissez un autre dossier avec --profile.</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="86"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="87"/>
        <source>Tags for %1</source>
        <translation>Étiquettes de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="89"/>
        <source>Tags group your friends, for example Family or Work. Only you see them.</source>
        <translation>Les étiquettes regroupent vos amis, par exemple Famille ou Travail. Vous seul les voyez.</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="91"/>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="92"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="93"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/contacts/tags_dialog.py" line="94"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../desktop/notify/tray.py" line="89"/>
        <source>Show Hutong</source>
        <translation>Afficher Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/tray.py" line="90"/>
        <source>Quit Hutong</source>
        <translation>Quitter Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/tray.py" line="96"/>
        <source>Hutong: 1 unread message</source>
        <translation>Hutong : 1 message non lu</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/tray.py" line="97"/>
        <source>Hutong: %1 unread messages</source>
        <translation>Hutong : %1 messages non lus</translation>
    </message>
    <message>
        <location filename="../../desktop/notify/tray.py" line="98"/>
        <source>Hutong</source>
        <translation>Hutong</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="93"/>
        <source>Unlock Hutong</source>
        <translation>Déverrouiller Hutong</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="94"/>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="96"/>
        <source>This profile is protected. Enter your passphrase to open it.</source>
        <translation>Ce profil est protégé. Saisissez votre phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="100"/>
        <source>Hutong ID: %1</source>
        <translation>Identifiant Hutong : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="103"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="104"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="105"/>
        <location filename="../../desktop/onboarding/unlock.py" line="129"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="105"/>
        <location filename="../../desktop/onboarding/unlock.py" line="129"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/onboarding/unlock.py" line="136"/>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>Cette phrase secrète est incorrecte. Vérifiez la touche Verr. Maj et réessayez.</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <location filename="../../desktop/wallet/bills_model.py" line="66"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_model.py" line="67"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_model.py" line="68"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_model.py" line="69"/>
        <location filename="../../desktop/wallet/receive_dialog.py" line="121"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="150"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_model.py" line="70"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_model.py" line="71"/>
        <location filename="../../desktop/wallet/receive_dialog.py" line="122"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="151"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="63"/>
        <source>Export bills</source>
        <translation>Exporter les factures</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="201"/>
        <source>‹ Wallet</source>
        <translation>‹ Portefeuille</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="202"/>
        <location filename="../../desktop/wallet/currency_card.py" line="196"/>
        <location filename="../../desktop/wallet/pane.py" line="163"/>
        <source>Bills</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="203"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="204"/>
        <source>Double-click a transfer to open it</source>
        <translation>Double-cliquez sur un virement pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="207"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="212"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="221"/>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="222"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="223"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="224"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="225"/>
        <source>Between dates…</source>
        <translation>Entre deux dates…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="252"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="308"/>
        <source>%1 of %2 bills</source>
        <translation>%1 factures sur %2</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="314"/>
        <source>No currencies yet: nothing to show.</source>
        <translation>Aucune monnaie pour l&apos;instant : rien à afficher.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="316"/>
        <source>No bills in this currency yet.</source>
        <translation>Aucune facture dans cette monnaie pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="318"/>
        <source>No bills match these filters.</source>
        <translation>Aucune facture ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/bills_page.py" line="415"/>
        <source>Exported %1 bills to %2</source>
        <translation>%1 factures exportées vers %2</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/code_view.py" line="81"/>
        <source>Copy code text</source>
        <translation>Copier le texte du code</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/code_view.py" line="82"/>
        <source>Save image…</source>
        <translation>Enregistrer l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/code_view.py" line="122"/>
        <source>Code text copied.</source>
        <translation>Texte du code copié.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/code_view.py" line="132"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="49"/>
        <source>its clearer signed two different histories at record %1</source>
        <translation>son compensateur a signé deux historiques différents à l’enregistrement %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="53"/>
        <source> (events %1… and %2…)</source>
        <translation> (événements %1… et %2…)</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="61"/>
        <source>record %1: %2</source>
        <translation>enregistrement %1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="69"/>
        <source>Issued by you · cleared on this computer</source>
        <translation>Émise par vous · compensée sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="71"/>
        <source>Issued by you</source>
        <translation>Émise par vous</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="73"/>
        <source>Issued by %1 · cleared on this computer</source>
        <translation>Émise par %1 · compensée sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="76"/>
        <source>Issued by %1</source>
        <translation>Émise par %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="195"/>
        <source>Balance (cleared)</source>
        <translation>Solde (compensé)</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="197"/>
        <location filename="../../desktop/wallet/mint_dialog.py" line="59"/>
        <source>Issue more</source>
        <translation>Émettre davantage</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="198"/>
        <source>Frozen</source>
        <translation>Gelée</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="200"/>
        <source>+%1 pending in</source>
        <translation>+%1 à recevoir</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="204"/>
        <source>Not in your balance yet: transfers wait for you to accept them in the chat, payments wait for the currency&apos;s clearer.</source>
        <translation>Pas encore dans votre solde : les virements attendent que vous les acceptiez dans la discussion, les paiements attendent le compensateur de la monnaie.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="211"/>
        <source>−%1 pending out</source>
        <translation>−%1 à débiter</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="217"/>
        <source>Still in your balance but not spendable: payments the currency&apos;s clearer has not confirmed yet.</source>
        <translation>Encore dans votre solde mais pas utilisable : des paiements que le compensateur de la monnaie n&apos;a pas encore confirmés.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="224"/>
        <source>Clearing is paused: this profile was restored. Payments in this currency wait until you resume, once this computer has synced with the members.</source>
        <translation>La compensation est suspendue : ce profil a été restauré. Les paiements dans cette monnaie attendent que vous la repreniez, une fois cet ordinateur synchronisé avec les membres.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="230"/>
        <source>Resume clearing</source>
        <translation>Reprendre la compensation</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="234"/>
        <source>Frozen: %1. Its clearer broke the rules, so no payment in this currency is made or shown as final.</source>
        <translation>Gelée : %1. Son compensateur a enfreint les règles : aucun paiement dans cette monnaie n&apos;est effectué ni affiché comme définitif.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_card.py" line="260"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/currency_picker.py" line="39"/>
        <source>%1 · available %2</source>
        <translation>%1 · disponible %2</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="136"/>
        <source>👑 Best luck</source>
        <translation>👑 Meilleure chance</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="276"/>
        <location filename="../../desktop/wallet/envelope_send.py" line="142"/>
        <location filename="../../desktop/wallet/envelope_send.py" line="228"/>
        <location filename="../../desktop/wallet/texts.py" line="29"/>
        <source>Red envelope</source>
        <translation>Enveloppe rouge</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="277"/>
        <source>See who grabbed it ›</source>
        <translation>Voir qui l&apos;a ouverte ›</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="278"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="267"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="350"/>
        <source>%1&apos;s red envelope</source>
        <translation>Enveloppe rouge de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="359"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="303"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="375"/>
        <source>This red envelope is for %1 only.</source>
        <translation>Cette enveloppe rouge est réservée à %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="377"/>
        <source>Too slow! Every share has been grabbed.</source>
        <translation>Trop tard ! Toutes les parts ont été prises.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="379"/>
        <source>This red envelope has expired: it was open for 24 hours.</source>
        <translation>Cette enveloppe rouge a expiré : elle était ouverte pendant 24 heures.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="390"/>
        <source>In your wallet in %1</source>
        <translation>Dans votre portefeuille en %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="396"/>
        <source>Pending: your share is drawn when the currency&apos;s clearer records your grab.</source>
        <translation>En attente : votre part est tirée quand le compensateur de la monnaie enregistre votre ouverture.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="411"/>
        <source>%1 of %2 opened, %3 of %4</source>
        <translation>%1 sur %2 ouvertes, %3 sur %4</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_open.py" line="418"/>
        <source>lucky draw</source>
        <translation>au hasard</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="46"/>
        <source>Best wishes</source>
        <translation>Meilleurs vœux</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="143"/>
        <source>Send a red envelope</source>
        <translation>Envoyer une enveloppe rouge</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="144"/>
        <source>Lucky draw</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="145"/>
        <source>Same amount each</source>
        <translation>Même montant pour chacun</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="146"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="149"/>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="147"/>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="148"/>
        <source>Greeting</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="149"/>
        <source>Who can open it</source>
        <translation>Qui peut l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="151"/>
        <location filename="../../desktop/wallet/issue_dialog.py" line="123"/>
        <location filename="../../desktop/wallet/mint_dialog.py" line="75"/>
        <location filename="../../desktop/wallet/pin_change.py" line="150"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="143"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="193"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="159"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="152"/>
        <source>Put money in the envelope</source>
        <translation>Mettre l&apos;argent dans l&apos;enveloppe</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="160"/>
        <source>Anyone in the group</source>
        <translation>Tout le groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/dialog_parts.py" line="110"/>
        <source>You hold no currency yet. Issue or join one in the Wallet first.</source>
        <translation>Vous n&apos;avez encore aucune monnaie. Émettez-en ou rejoignez-en une d&apos;abord dans le Portefeuille.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="197"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="197"/>
        <source>Amount each</source>
        <translation>Montant par part</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/envelope_send.py" line="213"/>
        <source>Each share needs at least the smallest unit of %1.</source>
        <translation>Chaque part doit valoir au moins la plus petite unité de %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/dialog_parts.py" line="129"/>
        <source>You have %1 available.</source>
        <translation>Vous avez %1 disponible.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="100"/>
        <location filename="../../desktop/wallet/issue_dialog.py" line="101"/>
        <location filename="../../desktop/wallet/pane.py" line="164"/>
        <location filename="../../desktop/wallet/pane.py" line="178"/>
        <source>Issue a currency</source>
        <translation>Émettre une monnaie</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="103"/>
        <source>Meal credits, club tokens, event vouchers: you issue them, and this computer clears every payment. Payments stay pending while it is offline.</source>
        <translation>Tickets repas, jetons de club, bons d&apos;événement : vous les émettez, et cet ordinateur compense chaque paiement. Tant qu&apos;il est hors ligne, les paiements restent en attente.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="110"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="111"/>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="112"/>
        <source>Decimal places</source>
        <translation>Décimales</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="113"/>
        <source>Cap (optional)</source>
        <translation>Plafond (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="114"/>
        <source>Issue now</source>
        <translation>Émettre maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="118"/>
        <source>Canteen meal credits</source>
        <translation>Tickets de cantine</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="119"/>
        <source>MEAL</source>
        <translation>REPAS</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="120"/>
        <source>0 to 8 (2 for cents)</source>
        <translation>0 à 8 (2 pour les centimes)</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="121"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="122"/>
        <source>0 (you can issue more later)</source>
        <translation>0 (vous pourrez en émettre plus tard)</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="124"/>
        <location filename="../../desktop/wallet/mint_dialog.py" line="76"/>
        <source>Issue</source>
        <translation>Émettre</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="155"/>
        <source>Give the currency a name of 1 to %1 characters.</source>
        <translation>Donnez à la monnaie un nom de 1 à %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="163"/>
        <source>A symbol has 1 to %1 characters and no spaces, like MEAL or ¥.</source>
        <translation>Un symbole a de 1 à %1 caractères, sans espace, comme REPAS ou ¥.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="172"/>
        <source>Decimal places is a whole number from 0 to %1.</source>
        <translation>Les décimales sont un nombre entier de 0 à %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="184"/>
        <source>You cannot issue more than the cap (%1).</source>
        <translation>Vous ne pouvez pas émettre plus que le plafond (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="212"/>
        <source>%1 %2 to start</source>
        <translation>%1 %2 pour commencer</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/issue_dialog.py" line="217"/>
        <source>Issue “%1”</source>
        <translation>Émettre « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/mint_dialog.py" line="60"/>
        <location filename="../../desktop/wallet/mint_dialog.py" line="94"/>
        <source>Issue more %1</source>
        <translation>Émettre davantage de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/mint_dialog.py" line="63"/>
        <source>%1 issued so far. The new money goes to your balance.</source>
        <translation>%1 émis jusqu&apos;ici. Le nouvel argent va sur votre solde.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/mint_dialog.py" line="70"/>
        <location filename="../../desktop/wallet/mint_dialog.py" line="86"/>
        <source>The cap allows %1 more.</source>
        <translation>Le plafond permet encore %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="159"/>
        <source>Payment PIN…</source>
        <translation>Code de paiement…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="161"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="47"/>
        <source>Scan to pay</source>
        <translation>Scanner pour payer</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="162"/>
        <location filename="../../desktop/wallet/receive_dialog.py" line="116"/>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="168"/>
        <source>My currencies</source>
        <translation>Mes monnaies</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="169"/>
        <source>Offered by friends</source>
        <translation>Proposées par des amis</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="171"/>
        <source>No currencies yet</source>
        <translation>Aucune monnaie pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="172"/>
        <source>Issue one for your canteen, club or event, or join one a friend issued: it appears here when their computer meets yours.</source>
        <translation>Émettez-en une pour votre cantine, votre club ou votre événement, ou rejoignez celle d&apos;un ami : elle apparaît ici quand son ordinateur rencontre le vôtre.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="121"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="142"/>
        <location filename="../../desktop/wallet/pin_field.py" line="35"/>
        <source>Payment PIN</source>
        <translation>Code de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="124"/>
        <location filename="../../desktop/wallet/pin_change.py" line="125"/>
        <source>Enter your current payment PIN</source>
        <translation>Saisissez votre code de paiement actuel</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="126"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="146"/>
        <source>Set a payment PIN</source>
        <translation>Définir un code de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="128"/>
        <source>Enter a new payment PIN</source>
        <translation>Saisissez un nouveau code de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="131"/>
        <source>Payment PIN set</source>
        <translation>Code de paiement défini</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="133"/>
        <source>Payment PIN changed</source>
        <translation>Code de paiement changé</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="137"/>
        <source>To change the PIN, first prove you know the one you have.</source>
        <translation>Pour changer de code, prouvez d’abord que vous connaissez l’actuel.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="140"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="148"/>
        <source>Six digits that Hutong asks for before every payment from this computer. Choose one others cannot guess.</source>
        <translation>Six chiffres que Hutong demande avant chaque paiement depuis cet ordinateur. Choisissez-en un que personne ne peut deviner.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="145"/>
        <source>Hutong asks for the new PIN from the next payment on.</source>
        <translation>Hutong demandera le nouveau code dès le prochain paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="152"/>
        <source>Forgot your PIN?</source>
        <translation>Code oublié ?</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="155"/>
        <source>A forgotten payment PIN cannot be reset. Hutong has no server that could confirm it is you, and a reset that needs no secret would let anyone at this computer pay with your money. Without the PIN nothing can be paid from this computer; receiving, accepting transfers and grabbing red envelopes still work. If you remember part of it, keep trying: after three wrong PINs each try waits longer, at most a day.</source>
        <translation>Un code de paiement oublié ne peut pas être réinitialisé. Hutong n’a aucun serveur qui pourrait confirmer que c’est bien vous, et une réinitialisation sans secret permettrait à quiconque devant cet ordinateur de payer avec votre argent. Sans le code, rien ne peut être payé depuis cet ordinateur ; recevoir, accepter des transferts et ouvrir des enveloppes rouges fonctionnent toujours. Si vous vous souvenez d’une partie du code, continuez d’essayer : après trois codes erronés, chaque essai attend plus longtemps, au plus un jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="214"/>
        <source>The new PIN is the same as the current one.</source>
        <translation>Le nouveau code est identique au code actuel.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="224"/>
        <source>The two new PINs are not the same. Enter the new PIN again.</source>
        <translation>Les deux nouveaux codes sont différents. Saisissez à nouveau le nouveau code.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="252"/>
        <source>Your payment PIN was changed.</source>
        <translation>Votre code de paiement a été changé.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="129"/>
        <location filename="../../desktop/wallet/pin_change.py" line="130"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="155"/>
        <source>Enter the new PIN again</source>
        <translation>Saisissez à nouveau le nouveau code</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_dialog.py" line="162"/>
        <source>Enter your 6-digit payment PIN</source>
        <translation>Saisissez votre code de paiement à 6 chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_dialog.py" line="187"/>
        <source>The two PINs are not the same. Start again.</source>
        <translation>Les deux codes sont différents. Recommencez.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="254"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="196"/>
        <source>Payment PIN set.</source>
        <translation>Code de paiement défini.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="266"/>
        <location filename="../../desktop/wallet/pin_dialog.py" line="209"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_lockout.py" line="92"/>
        <source>Too many wrong PINs. You can try again in %1.</source>
        <translation>Trop de codes erronés. Vous pourrez réessayer dans %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="117"/>
        <source>Receive money</source>
        <translation>Recevoir de l&apos;argent</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="118"/>
        <source>Receive code</source>
        <translation>Code de réception</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="119"/>
        <source>Request a payment</source>
        <translation>Demander un paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="120"/>
        <source>Amount (optional)</source>
        <translation>Montant (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="123"/>
        <source>What it is for (optional)</source>
        <translation>Pour quoi (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="124"/>
        <source>Can be paid for</source>
        <translation>Payable pendant</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="129"/>
        <source>10 minutes</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="130"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="131"/>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="135"/>
        <source>Create request</source>
        <translation>Créer la demande</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/pin_change.py" line="150"/>
        <location filename="../../desktop/wallet/receive_dialog.py" line="136"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="221"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="174"/>
        <source>Join or issue a currency first: there is nothing to receive.</source>
        <translation>Rejoignez ou émettez d&apos;abord une monnaie : il n&apos;y a rien à recevoir.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="195"/>
        <source>Scan with Hutong to pay me in %1</source>
        <translation>Scannez avec Hutong pour me payer en %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="199"/>
        <source>Scan with Hutong to pay me %1</source>
        <translation>Scannez avec Hutong pour me payer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="226"/>
        <source>The note is too long for a QR code.</source>
        <translation>La note est trop longue pour un code QR.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/receive_dialog.py" line="235"/>
        <source>Pay me %1. Valid until %2; it can be paid once.</source>
        <translation>Payez-moi %1. Valable jusqu&apos;à %2 ; payable une seule fois.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="76"/>
        <source>Checking the payment request…</source>
        <translation>Vérification de la demande de paiement…</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="80"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="195"/>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="97"/>
        <source>There is no picture on the clipboard.</source>
        <translation>Il n&apos;y a pas d&apos;image dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="115"/>
        <source>This payment code cannot be used. %1</source>
        <translation>Ce code de paiement ne peut pas être utilisé. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="149"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="199"/>
        <source>Pay %1</source>
        <translation>Payer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="161"/>
        <source>%1 sent to %2</source>
        <translation>%1 envoyé à %2</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_dialog.py" line="162"/>
        <source>Pending until the currency&apos;s clearer confirms it; then it is final. You can follow it in Bills.</source>
        <translation>En attente jusqu&apos;à ce que le compensateur de la monnaie le confirme ; il est alors définitif. Vous pouvez le suivre dans Factures.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="49"/>
        <source>Scan a receive code or a payment request. You see who gets paid and how much before you enter your PIN.</source>
        <translation>Scannez un code de réception ou une demande de paiement. Vous voyez qui est payé et combien avant de saisir votre code.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="58"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="233"/>
        <source>Scan with camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="59"/>
        <source>Hold the code up to your camera</source>
        <translation>Présentez le code à votre caméra</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="62"/>
        <source>Scan from screen</source>
        <translation>Scanner depuis l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="63"/>
        <source>Select a QR code shown anywhere on your screen</source>
        <translation>Sélectionnez un code QR affiché n&apos;importe où à l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="66"/>
        <source>Open a picture</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="67"/>
        <source>A QR code saved as an image file</source>
        <translation>Un code QR enregistré comme fichier image</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="70"/>
        <source>Paste a picture</source>
        <translation>Coller une image</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="71"/>
        <source>A QR code image you copied</source>
        <translation>Une image de code QR que vous avez copiée</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="74"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="92"/>
        <source>Paste code text</source>
        <translation>Coller le texte du code</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="75"/>
        <source>Text that starts with HUTONG:R1: or HUTONG:P1:</source>
        <translation>Un texte qui commence par HUTONG:R1: ou HUTONG:P1:</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="94"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="193"/>
        <location filename="../../desktop/wallet/scan_pages.py" line="234"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="95"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="171"/>
        <source>This is your own code: scan someone else&apos;s to pay.</source>
        <translation>C&apos;est votre propre code : scannez celui de quelqu&apos;un d&apos;autre pour payer.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="173"/>
        <source>This code is for a currency you do not hold. Ask the payee which currency it is, and join it first.</source>
        <translation>Ce code est pour une monnaie que vous ne détenez pas. Demandez au bénéficiaire de quelle monnaie il s&apos;agit, et rejoignez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="179"/>
        <source>You have not joined %1 yet. Join it in the Wallet, then scan again.</source>
        <translation>Vous n&apos;avez pas encore rejoint %1. Rejoignez-la dans le Portefeuille, puis scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="196"/>
        <source>Amount to pay</source>
        <translation>Montant à payer</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="205"/>
        <source>Payment request · %1 · signed by the payee</source>
        <translation>Demande de paiement · %1 · signée par le bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="210"/>
        <source>Receive code · %1</source>
        <translation>Code de réception · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_pages.py" line="211"/>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_reading.py" line="26"/>
        <source>No QR code was found. Make sure the whole code is visible, sharp and not too small.</source>
        <translation>Aucun code QR trouvé. Vérifiez que le code est entièrement visible, net et pas trop petit.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/scan_reading.py" line="31"/>
        <source>This QR code is not a Hutong payment code.</source>
        <translation>Ce code QR n&apos;est pas un code de paiement Hutong.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="16"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="17"/>
        <source>Awaiting acceptance</source>
        <translation>En attente d&apos;acceptation</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="18"/>
        <source>Cleared</source>
        <translation>Compensé</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="19"/>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="20"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="26"/>
        <source>Issued</source>
        <translation>Émission</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="27"/>
        <source>Withdrawn</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="28"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="147"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="160"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="264"/>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="30"/>
        <source>Red envelope received</source>
        <translation>Enveloppe rouge reçue</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="31"/>
        <source>Red envelope refund</source>
        <translation>Remboursement d&apos;enveloppe rouge</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="38"/>
        <source>Pending: waiting for the currency&apos;s clearer. It is not final until it is cleared.</source>
        <translation>En attente du compensateur de la monnaie. Rien n&apos;est définitif avant la compensation.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="44"/>
        <source>Waiting for you to accept</source>
        <translation>En attente de votre acceptation</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="45"/>
        <source>Waiting for %1 to accept</source>
        <translation>En attente de l&apos;acceptation de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="48"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="49"/>
        <source>%1 received it</source>
        <translation>%1 l&apos;a reçu</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="52"/>
        <source>Declined: the money went back</source>
        <translation>Refusé : l&apos;argent est reparti</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="53"/>
        <source>%1 declined it: the money came back to you</source>
        <translation>%1 l&apos;a refusé : l&apos;argent vous est revenu</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="58"/>
        <source>Returned: not accepted within 24 hours</source>
        <translation>Retourné : non accepté sous 24 heures</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="59"/>
        <source>Not accepted within 24 hours: the money came back to you</source>
        <translation>Non accepté sous 24 heures : l&apos;argent vous est revenu</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="61"/>
        <location filename="../../desktop/wallet/texts.py" line="71"/>
        <source>Refused by the clearer</source>
        <translation>Refusé par le compensateur</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="62"/>
        <source>Not here yet: it arrives when your computers meet</source>
        <translation>Pas encore arrivé : il arrive quand vos ordinateurs se rencontrent</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="67"/>
        <source>Waiting for the clearer</source>
        <translation>En attente du compensateur</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="68"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="69"/>
        <source>All shares have been grabbed</source>
        <translation>Toutes les parts ont été prises</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="70"/>
        <source>Expired: the rest went back to the sender</source>
        <translation>Expirée : le reste est revenu à l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="82"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="86"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/texts.py" line="90"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="148"/>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="183"/>
        <source>Transfer to %1</source>
        <translation>Virement à %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="152"/>
        <source>Add a note (optional)</source>
        <translation>Ajouter une note (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="154"/>
        <source>%1 accepts it in the chat. If they do not within 24 hours, it comes back to you.</source>
        <translation>%1 l&apos;accepte dans la discussion. Sinon, sous 24 heures, l&apos;argent vous revient.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="265"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="266"/>
        <source>Decline and return</source>
        <translation>Refuser et rendre</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="294"/>
        <source>the payee</source>
        <translation>le bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="315"/>
        <source>Goes back to the payer in %1 if not accepted.</source>
        <translation>Revient au payeur dans %1 s&apos;il n&apos;est pas accepté.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="319"/>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="337"/>
        <source>Accepted. It is final once the clearer records it.</source>
        <translation>Accepté. C&apos;est définitif dès que le compensateur l&apos;enregistre.</translation>
    </message>
    <message>
        <location filename="../../desktop/wallet/transfer_dialogs.py" line="339"/>
        <source>Declined. The money goes back once the clearer records it.</source>
        <translation>Refusé. L&apos;argent repart dès que le compensateur l&apos;enregistre.</translation>
    </message>
</context>
<context>
    <name>WalletPane</name>
    <message>
        <location filename="../../desktop/wallet/pane.py" line="155"/>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <location filename="../../desktop/contacts/when.py" line="20"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>WindowMenu</name>
    <message>
        <location filename="../../desktop/moments/window_menu.py" line="38"/>
        <source>Friends can see my posts from</source>
        <translation>Mes amis voient mes publications de</translation>
    </message>
</context>
</TS>
