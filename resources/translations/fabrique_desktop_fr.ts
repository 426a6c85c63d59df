<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/agenda.py" line="22"/>
        <source>Add a point to the agenda</source>
        <translation>Ajouter un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/agenda.py" line="30"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/agenda.py" line="33"/>
        <source>&amp;Need:</source>
        <translation>&amp;Besoin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/agenda.py" line="34"/>
        <source>&amp;Candidacy:</source>
        <translation>&amp;Candidature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/agenda.py" line="35"/>
        <source>P&amp;roject:</source>
        <translation>P&amp;rojet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/agenda.py" line="38"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/agenda.py" line="39"/>
        <source>N&amp;ote for the committee:</source>
        <translation>Note pour le co&amp;mité&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../fabrique_desktop/app.py" line="58"/>
        <source>An unexpected error occurred: %1
What was saved before is safe. Please tell your administrator what you were doing.</source>
        <translation>Une erreur inattendue s&apos;est produite&#xa0;: %1
Ce qui avait été enregistré avant est intact. Signalez à votre administrateur ce que vous étiez en train de faire.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/app.py" line="191"/>
        <source>This file is on a network share: it works more slowly and only one workstation at a time may open it. A copy on this computer is safer.</source>
        <extracomment>The empty window painted before the file was opened (see run_gui).</extracomment>
        <translation>Ce fichier est sur un partage réseau&#xa0;: l&apos;application y est plus lente et un seul poste à la fois peut l&apos;ouvrir. Une copie sur cet ordinateur est plus sûre.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/app.py" line="289"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/app.py" line="305"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/app.py" line="311"/>
        <source>Take over</source>
        <translation>Reprendre la main</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/app.py" line="385"/>
        <source>%1

Restore the backup of %2? The damaged file is kept beside it, renamed.</source>
        <translation>%1

Restaurer la sauvegarde du %2 ? Le fichier endommagé est conservé à côté, renommé.</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="86"/>
        <source>Attached files</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="94"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="94"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="94"/>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="109"/>
        <source>Add a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="110"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="111"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="113"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="116"/>
        <source>Files can also be dropped here, %1 MB at most each.</source>
        <translation>Vous pouvez aussi déposer des fichiers ici, %1 Mo au plus chacun.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="153"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="155"/>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="157"/>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="174"/>
        <source>Save the record first.</source>
        <translation>Enregistrez d&apos;abord la fiche.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="177"/>
        <source>Choose a file in the list.</source>
        <translation>Choisissez un fichier dans la liste.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="187"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="190"/>
        <source>Documents and images (%1)</source>
        <translation>Documents et images (%1)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="209"/>
        <source>« %1 » could not be read: %2.</source>
        <translation>« %1 » n&apos;a pas pu être lu : %2.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="226"/>
        <source>it is a folder; attach the files inside it</source>
        <translation>c&apos;est un dossier ; joignez les fichiers qu&apos;il contient</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="228"/>
        <source>it no longer exists (moved or deleted?)</source>
        <translation>il n&apos;existe plus (déplacé ou supprimé ?)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="230"/>
        <source>you are not allowed to read it</source>
        <translation>vous n&apos;avez pas le droit de le lire</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="231"/>
        <source>the system refused (%1)</source>
        <translation>le système l&apos;a refusé (%1)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="261"/>
        <source>No temporary copy of « %1 » could be written: %2.</source>
        <translation>Aucune copie temporaire de « %1 » n&apos;a pu être écrite : %2.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="271"/>
        <source>No application of this computer opens « %1 »; use « Save as… » and open it from there.</source>
        <translation>Aucune application de cet ordinateur n&apos;ouvre « %1 » ; utilisez « Enregistrer sous… » et ouvrez-le depuis là.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="289"/>
        <source>Save the file as</source>
        <translation>Enregistrer le fichier sous</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="286"/>
        <source>%1 files (*.%1)</source>
        <translation>Fichiers %1 (*.%1)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="302"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="303"/>
        <source>« %1 » already exists in this folder. Replace it?</source>
        <translation>« %1 » existe déjà dans ce dossier. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="314"/>
        <source>« %1 » could not be written (%2); nothing was changed.</source>
        <translation>« %1 » n&apos;a pas pu être écrit (%2) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="325"/>
        <source>Remove the file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/attachments.py" line="327"/>
        <source>Remove « %1 » (%2) from this record? The file is deleted from the database; copies saved elsewhere stay.</source>
        <translation>Retirer « %1 » (%2) de cette fiche ? Le fichier est supprimé de la base ; les copies enregistrées ailleurs restent.</translation>
    </message>
</context>
<context>
    <name>AttendanceField</name>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/attendance.py" line="28"/>
        <source>Check the convened members above.</source>
        <translation>Cochez d&apos;abord les membres convoqués ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/attendance.py" line="44"/>
        <source>— not recorded —</source>
        <translation>— non indiquée —</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/backups_dialog.py" line="53"/>
        <source>Backups</source>
        <extracomment>The tables whose rows the list counts, in the order of its columns. (backup path) — the user asked to restore this backup. (backup path) — the user asked to look at this backup, read-only.</extracomment>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/backups_dialog.py" line="56"/>
        <source>Backups of %1, kept in %2</source>
        <translation>Sauvegardes de %1, conservées dans %2</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/backups_dialog.py" line="68"/>
        <source>Taken on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/backups_dialog.py" line="69"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/backups_dialog.py" line="70"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/backups_dialog.py" line="71"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/backups_dialog.py" line="72"/>
        <source>Holders</source>
        <translation>Porteurs</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/backups_dialog.py" line="82"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/backups_dialog.py" line="84"/>
        <source>&amp;Open read-only</source>
        <translation>&amp;Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/backups_dialog.py" line="144"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/backups_dialog.py" line="146"/>
        <source>Replace the content of %1 by the backup of %2? The current content is backed up first, so this can be undone.</source>
        <translation>Remplacer le contenu de %1 par la sauvegarde du %2 ? Le contenu actuel est d&apos;abord sauvegardé : l&apos;opération peut être annulée.</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="150"/>
        <source>History — %1</source>
        <translation>Historique — %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="155"/>
        <source>No change has been recorded for this record yet.</source>
        <translation>Aucune modification n&apos;est encore notée pour cette fiche.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="169"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="170"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="171"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="179"/>
        <source>%1 at %2 — %3 by %4</source>
        <translation>Le %1 à %2 — %3 par %4</translation>
    </message>
</context>
<context>
    <name>CommitteeForm</name>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="50"/>
        <source>&amp;Committee:</source>
        <translation>&amp;Comité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="52"/>
        <source>&amp;Date:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="53"/>
        <source>&amp;Time:</source>
        <translation>He&amp;ure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="54"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="55"/>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="57"/>
        <source>&amp;Staff:</source>
        <translation>Chargé·es de &amp;mission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="59"/>
        <source>Attendance:</source>
        <translation>Présences&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="62"/>
        <source>Guests who came (not con&amp;vened):</source>
        <translation>In&amp;vités présents (non convoqués)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="64"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="67"/>
        <source>Prepare the dossier</source>
        <translation>Préparer le d&amp;ossier</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="70"/>
        <source>Record the decisions</source>
        <translation>&amp;Saisir les décisions</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="73"/>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="282"/>
        <source>Minutes</source>
        <translation>&amp;Relevé de décisions</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="78"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="83"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="83"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="83"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="83"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="93"/>
        <source>Add a point…</source>
        <translation>A&amp;jouter un point…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="95"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="96"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="99"/>
        <source>Cancel the decision…</source>
        <translation>Annuler la décision…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="101"/>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="212"/>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="222"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="107"/>
        <source>New committee meeting</source>
        <translation>Nouvelle réunion de comité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="181"/>
        <source>Save the meeting first.</source>
        <translation>Enregistrez d&apos;abord la réunion.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="185"/>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="237"/>
        <source>Choose a point of the agenda.</source>
        <translation>Choisissez un point de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="190"/>
        <source>The agenda is empty.</source>
        <translation>L&apos;ordre du jour est vide.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="192"/>
        <source>Decisions are recorded once the meeting has taken place.</source>
        <translation>Les décisions se saisissent une fois la réunion tenue.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="213"/>
        <source>Remove point %1 « %2 » from the agenda?</source>
        <translation>Retirer le point %1 « %2 » de l&apos;ordre du jour ?</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="240"/>
        <source>No dated decision is recorded on this point.</source>
        <translation>Aucune décision datée n&apos;est enregistrée sur ce point.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="271"/>
        <source>Preparing the dossier…</source>
        <translation>Préparation du dossier…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="270"/>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="282"/>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="292"/>
        <source>Committee dossier</source>
        <translation>Dossier de comité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/form.py" line="293"/>
        <source>The dossier could not be prepared: %1</source>
        <translation>Le dossier n&apos;a pas pu être préparé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CommitteeKindsPage</name>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/committee_kinds.py" line="29"/>
        <source>Comité de pilotage, d&apos;engagement, de sélection…: the kinds offered when a meeting is planned. A kind that meetings use cannot be deleted.</source>
        <translation>Comité de pilotage, d&apos;engagement, de sélection…&#xa0;: les types proposés quand une réunion est prévue. Un type utilisé par des réunions ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/committee_kinds.py" line="40"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/committee_kinds.py" line="41"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/committee_kinds.py" line="42"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/committee_kinds.py" line="58"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/committee_kinds.py" line="66"/>
        <source>Kinds of committee</source>
        <translation>Types de comité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/committee_kinds.py" line="70"/>
        <source>New kind of committee</source>
        <translation>Nouveau type de comité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/committee_kinds.py" line="78"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
</context>
<context>
    <name>CommitteesScreen</name>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/screen.py" line="35"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/screen.py" line="36"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/screen.py" line="37"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/screen.py" line="38"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/screen.py" line="39"/>
        <source>Agenda items</source>
        <translation>Points à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/screen.py" line="57"/>
        <source>All committees</source>
        <translation>Tous les comités</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/committees/screen.py" line="61"/>
        <source>%n committee meeting(s)</source>
        <translation>
            <numerusform>%n réunion de comité</numerusform>
            <numerusform>%n réunions de comité</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/screen.py" line="66"/>
        <source>Delete the meeting of %1, its agenda and its attached files? A meeting where decisions were taken cannot be deleted.</source>
        <translation>Supprimer la réunion du %1, son ordre du jour et ses pièces jointes ? Une réunion où des décisions ont été prises ne peut pas être supprimée.</translation>
    </message>
</context>
<context>
    <name>CommuneDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="119"/>
        <source>New commune</source>
        <translation>Nouvelle commune</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="119"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="122"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="123"/>
        <source>&amp;INSEE code:</source>
        <translation>Code &amp;INSEE&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="124"/>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="127"/>
        <source>Has a p&amp;riority neighbourhood (QPV)</source>
        <translation>Compte un quartier p&amp;rioritaire (QPV)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="129"/>
        <source>R&amp;ural area</source>
        <translation>Zone r&amp;urale</translation>
    </message>
</context>
<context>
    <name>CommuneTableModel</name>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="58"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="59"/>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="60"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="61"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="62"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="63"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="88"/>
        <source>priority neighbourhood</source>
        <translation>quartier prioritaire</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="89"/>
        <source>rural area</source>
        <translation>zone rurale</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="103"/>
        <source>in the list</source>
        <translation>dans la liste</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="103"/>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
</context>
<context>
    <name>CommunesPage</name>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="196"/>
        <source>The communes where the Fabrique works: each need is attached to one. A commune no longer worked in is retired: the records that name it keep it.</source>
        <translation>Les communes où la Fabrique intervient&#xa0;: chaque besoin est rattaché à l&apos;une d&apos;elles. Une commune où vous n&apos;intervenez plus est retirée de la liste&#xa0;: les fiches qui la nomment la gardent.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="204"/>
        <source>Filter the communes</source>
        <translation>Filtrer les communes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="231"/>
        <source>Add from the &amp;official list…</source>
        <translation>Ajouter depuis la liste &amp;officielle…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="232"/>
        <source>Add &amp;by hand…</source>
        <translation>Ajouter à la mai&amp;n…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="233"/>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="234"/>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="269"/>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="235"/>
        <source>&amp;Merge into…</source>
        <translation>F&amp;usionner avec…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="236"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="252"/>
        <source>%n commune(s)</source>
        <translation>
            <numerusform>%n commune</numerusform>
            <numerusform>%n communes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="254"/>
        <source>(%n retired)</source>
        <translation>
            <numerusform>(dont %n retirée)</numerusform>
            <numerusform>(dont %n retirées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="241"/>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="269"/>
        <source>Bring &amp;back</source>
        <translation>&amp;Remettre en usage</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="284"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="324"/>
        <source>— choose a commune —</source>
        <translation>— choisissez une commune —</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="327"/>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="340"/>
        <source>Merge communes</source>
        <translation>Fusionner deux communes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="328"/>
        <source>Every record naming « %1 » will name instead:</source>
        <translation>Les fiches qui nomment «&#xa0;%1&#xa0;» nommeront désormais&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="341"/>
        <source>« %1 » will be removed and %2 will name « %3 ». Merge?</source>
        <translation>«&#xa0;%1&#xa0;» sera supprimée et ses fiches (%2) nommeront «&#xa0;%3&#xa0;». Fusionner&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="343"/>
        <source>no record</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="360"/>
        <source>Delete a commune</source>
        <translation>Supprimer une commune</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="361"/>
        <source>Delete the commune « %1 »?</source>
        <translation>Supprimer la commune «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="71"/>
        <source>This year</source>
        <extracomment>The width a figure&apos;s tile needs (its longest label); charts side by side from ``TWO_COLUMNS_WIDTH`` on.</extracomment>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="72"/>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="73"/>
        <source>Dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="83"/>
        <source>All communes</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="88"/>
        <source>EPCI: %1</source>
        <translation>EPCI&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="96"/>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="105"/>
        <source>All staff</source>
        <translation>Tous les chargés de mission</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="114"/>
        <source>Area: all</source>
        <translation>Territoire&#xa0;: tous</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="115"/>
        <source>Priority neighbourhoods</source>
        <translation>Quartiers prioritaires</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="116"/>
        <source>Rural areas</source>
        <translation>Zones rurales</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="111"/>
        <source>Only the communes marked priority neighbourhood or rural area (File → Fabrique settings → Communes)</source>
        <translation>Seulement les communes marquées quartier prioritaire ou zone rurale (Fichier → Paramètres de la Fabrique → Communes)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="117"/>
        <source>Activity &amp;report (PDF)…</source>
        <translation>&amp;Bilan d&apos;activité (PDF)…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="160"/>
        <source>Figures above: what happened during the period (flows), whatever the date of the need. The funnel below follows the needs spotted during the period (a cohort), whatever the date of the later steps: its validated opportunities count those needs only.</source>
        <translation>Chiffres ci-dessus&#xa0;: ce qui s&apos;est passé pendant la période (flux), quelle que soit la date du besoin. L&apos;entonnoir ci-dessous suit les besoins repérés pendant la période (cohorte), quelle que soit la date des étapes suivantes&#xa0;: ses opportunités validées ne comptent que ces besoins.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="243"/>
        <source>Activity: %1</source>
        <translation>Activité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="262"/>
        <source>Counted during the period. Show the records behind this figure</source>
        <translation>Compté pendant la période. Afficher les fiches derrière ce chiffre</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="289"/>
        <source>Cohort: what became of the needs spotted in the period</source>
        <translation>Cohorte&#xa0;: ce que sont devenus les besoins repérés pendant la période</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="291"/>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="336"/>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="394"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="296"/>
        <source>The needs spotted during the period, followed through to the enterprise, even when the later steps fall after the period. The figures above count what was decided during the period, whatever the need: the two can differ.</source>
        <translation>Les besoins repérés pendant la période, suivis jusqu&apos;à l&apos;entreprise, même quand les étapes suivantes tombent après la période. Les chiffres du haut comptent ce qui a été décidé pendant la période, quel que soit le besoin&#xa0;: les deux peuvent différer.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="304"/>
        <source>Enterprises created and jobs (FTE) per year</source>
        <translation>Entreprises créées et emplois (ETP) par année</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="307"/>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="396"/>
        <source>Enterprises</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="308"/>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="397"/>
        <source>Jobs (FTE)</source>
        <translation>Emplois (ETP)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="317"/>
        <source>Survival: % still running (running / known)</source>
        <translation>Survie&#xa0;: % encore en activité (en activité / connues)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="319"/>
        <source>%n year(s) (%2 / %3)</source>
        <translation>
            <numerusform>À %n an (%2 / %3)</numerusform>
            <numerusform>À %n ans (%2 / %3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="324"/>
        <source>Survival</source>
        <translation>Survie</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="329"/>
        <source>Needs by source</source>
        <translation>Besoins par source</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="330"/>
        <source>Needs by sector</source>
        <translation>Besoins par secteur</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="343"/>
        <source>Median duration of each step (days)</source>
        <translation>Durée médiane de chaque étape (jours)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="345"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="392"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="393"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="395"/>
        <source>Studies launched</source>
        <translation>Études lancées</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="407"/>
        <source>priority neighbourhood</source>
        <translation>quartier prioritaire</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/screen.py" line="408"/>
        <source>rural area</source>
        <translation>zone rurale</translation>
    </message>
</context>
<context>
    <name>DateReasonDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/date_reason.py" line="56"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/decision.py" line="79"/>
        <source>Decision &amp;date:</source>
        <extracomment>A meeting held this recently is the one whose decisions are being recorded.</extracomment>
        <translation>&amp;Date de la décision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/decision.py" line="83"/>
        <source>— No committee —</source>
        <translation>— Hors comité —</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/decision.py" line="88"/>
        <source>&amp;Committee:</source>
        <translation>C&amp;omité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/decision.py" line="92"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/decision.py" line="122"/>
        <source>Cancel this decision</source>
        <translation>Annuler cette décision</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/decision.py" line="124"/>
        <source>The decision « %1 » of %2 will be cancelled by a new dated decision, and the record will return to its state before it. Both decisions stay in the history. Say why in the notes.</source>
        <translation>La décision «&#xa0;%1&#xa0;» du %2 sera annulée par une nouvelle décision datée, et la fiche reviendra à son état d&apos;avant. Les deux décisions restent dans l&apos;historique. Dites pourquoi dans les notes.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/decision.py" line="139"/>
        <source>Keep the decision</source>
        <translation>Garder la décision</translation>
    </message>
</context>
<context>
    <name>DecisionHistory</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="35"/>
        <source>Cancellation of « %1 » of %2</source>
        <translation>Annulation de «&#xa0;%1&#xa0;» du %2</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="40"/>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulée)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="51"/>
        <source>Decisions</source>
        <extracomment>The decision chosen to be reversed (the form asks the date and the reason).</extracomment>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="63"/>
        <source>Date</source>
        <extracomment>Why the form itself cannot reverse a decision (None: it can), e.g. the study form for the launch that created the study.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="64"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="65"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="66"/>
        <source>Recorded by</source>
        <translation>Enregistrée par</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="67"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="76"/>
        <source>Cancel this decision…</source>
        <translation>Annuler cette décision…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="92"/>
        <source>Choose the decision recorded by mistake in the list.</source>
        <translation>Choisissez dans la liste la décision enregistrée par erreur.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/history.py" line="121"/>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
</context>
<context>
    <name>EnterpriseFields</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="31"/>
        <source>&amp;Enterprise name:</source>
        <translation>Nom de l&apos;entre&amp;prise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="34"/>
        <source>&amp;Legal form:</source>
        <translation>Forme juridi&amp;que&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="35"/>
        <source>SI&amp;RET:</source>
        <translation>&amp;SIRET&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="38"/>
        <source>Created &amp;on:</source>
        <translation>&amp;Créée le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="43"/>
        <source>&amp;Jobs (FTE):</source>
        <translation>E&amp;mplois (ETP)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="87"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="98"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="110"/>
        <source>%n backup(s) still hold this person; the rotation removes the last one by %2 at the latest.</source>
        <translation>
            <numerusform>%n sauvegarde garde encore cette personne&#xa0;; la rotation la supprime au plus tard le %2.</numerusform>
            <numerusform>%n sauvegardes gardent encore cette personne&#xa0;; la rotation supprime la dernière au plus tard le %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="105"/>
        <source>Also &amp;purge the backups</source>
        <translation>&amp;Purger aussi les sauvegardes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="124"/>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
</context>
<context>
    <name>EverywhereDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/everywhere.py" line="19"/>
        <source>Search everywhere</source>
        <extracomment>The record to show: (section of the main window, record id).</extracomment>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/everywhere.py" line="23"/>
        <source>A title, a name, a commune…</source>
        <translation>Un titre, un nom, une commune…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/everywhere.py" line="29"/>
        <source>Nothing found.</source>
        <translation>Rien de trouvé.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="45"/>
        <source>Exchange with another office</source>
        <translation>Échanger avec un autre poste</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="52"/>
        <source>&amp;Name this office…</source>
        <translation>&amp;Nommer ce poste…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="58"/>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="170"/>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="182"/>
        <source>Prepare an envoi</source>
        <translation>Préparer un envoi</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="63"/>
        <source>&amp;Prepare an envoi…</source>
        <translation>&amp;Préparer un envoi…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="70"/>
        <source>No partner office yet. Prepare a first envoi, take the file to the other office (USB key, e-mail) and receive it there with « Receive an envoi… »; its envois come back the same way.</source>
        <translation>Aucun poste partenaire pour l&apos;instant. Préparez un premier envoi, portez le fichier à l&apos;autre poste (clé USB, courriel) et recevez-le là-bas avec « Recevoir un envoi… »&#xa0;; ses envois reviennent de la même façon.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="84"/>
        <source>&amp;Receive an envoi…</source>
        <translation>&amp;Recevoir un envoi…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="92"/>
        <source>Re&amp;ceive it</source>
        <translation>Re&amp;cevoir cet envoi</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="102"/>
        <source>Decide</source>
        <translation>Trancher un conflit</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="106"/>
        <source>&amp;Another value:</source>
        <translation>Une &amp;autre valeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="112"/>
        <source>&amp;Decide</source>
        <translation>&amp;Trancher</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="132"/>
        <source>This office: %1 (%2).</source>
        <translation>Ce poste&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="136"/>
        <source>Name this office first: each envoi says which office it comes from.</source>
        <translation>Nommez d&apos;abord ce poste&#xa0;: chaque envoi dit de quel poste il vient.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="144"/>
        <source>An office not met yet (first envoi)</source>
        <translation>Un poste pas encore rencontré (premier envoi)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="159"/>
        <source>Shared: everything.</source>
        <translation>Partagé&#xa0;: tout.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="162"/>
        <source>Shared: everything except the holders&apos; contact details (e-mail, phone, address), the attachments and the personal data requests.</source>
        <translation>Partagé&#xa0;: tout, sauf les coordonnées des porteurs (courriel, téléphone, adresse), les pièces jointes et les demandes RGPD.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="171"/>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="195"/>
        <source>Envois (*.fabrique-echange)</source>
        <translation>Envois (*.fabrique-echange)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="183"/>
        <source>Preparing the envoi…</source>
        <translation>Préparation de l&apos;envoi…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="193"/>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="224"/>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="240"/>
        <source>Receive an envoi</source>
        <translation>Recevoir un envoi</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="218"/>
        <source>Nothing has been written yet. %1</source>
        <translation>Rien n&apos;a encore été écrit. %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="225"/>
        <source>Reading the envoi…</source>
        <translation>Lecture de l&apos;envoi…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="241"/>
        <source>Receiving the envoi…</source>
        <translation>Réception de l&apos;envoi…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="248"/>
        <source>Received. %1</source>
        <translation>Reçu. %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="271"/>
        <source>Set the change received aside: this office keeps its records</source>
        <translation>Écarter la modification reçue&#xa0;: ce poste garde ses fiches telles quelles</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="275"/>
        <source>Keep this office&apos;s value: %1</source>
        <translation>Garder la valeur de ce poste&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="278"/>
        <source>Take the value received: %1</source>
        <translation>Prendre la valeur reçue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="290"/>
        <source>Accept the deletion (deleted here too: %1)</source>
        <translation>Accepter la suppression (supprimés ici aussi&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/exchange/dialog.py" line="294"/>
        <source>Accept the deletion (this office does not hold the record)</source>
        <translation>Accepter la suppression (ce poste n&apos;a pas cette fiche)</translation>
    </message>
</context>
<context>
    <name>FabriqueSettingsDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/dialog.py" line="21"/>
        <source>Settings of the Fabrique</source>
        <translation>Paramètres de la Fabrique</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/dialog.py" line="31"/>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/dialog.py" line="32"/>
        <source>&amp;Communes</source>
        <translation>&amp;Communes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/dialog.py" line="33"/>
        <source>Support &amp;templates</source>
        <translation>&amp;Modèles d&apos;accompagnement</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/dialog.py" line="34"/>
        <source>&amp;Kinds of committee</source>
        <translation>T&amp;ypes de comité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/dialog.py" line="35"/>
        <source>&amp;Personal data</source>
        <translation>Données p&amp;ersonnelles</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/dialog.py" line="36"/>
        <source>&amp;Offices</source>
        <translation>Po&amp;stes</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/file_dialogs.py" line="30"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/file_dialogs.py" line="34"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="33"/>
        <source>&amp;New file…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="34"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="36"/>
        <source>Connect to a &amp;server…</source>
        <translation>Se connec&amp;ter à un serveur…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="38"/>
        <source>&amp;Recent files</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="40"/>
        <source>&amp;Demonstration file</source>
        <translation>Base de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="42"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="43"/>
        <source>&amp;Check the file</source>
        <translation>&amp;Vérifier la base</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="44"/>
        <source>Settings of the &amp;Fabrique…</source>
        <translation>&amp;Paramètres de la Fabrique…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="45"/>
        <source>E&amp;xchange with another office…</source>
        <translation>É&amp;changer avec un autre poste…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="46"/>
        <source>&amp;GDPR requests…</source>
        <translation>Demandes R&amp;GPD…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="48"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="56"/>
        <source>Only for a file: on a server, its administrator checks the database.</source>
        <translation>Pour une base dans un fichier seulement&#xa0;: sur un serveur, son administrateur vérifie la base.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="66"/>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="91"/>
        <source>Fabrique files (*.sqlite *.db)</source>
        <translation>Fichiers Fabrique (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="95"/>
        <source>New Fabrique file</source>
        <translation>Nouvelle base Fabrique</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="103"/>
        <source>Open a Fabrique file</source>
        <translation>Ouvrir une base Fabrique</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="117"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="119"/>
        <source>This database is on a server: its backups are the server&apos;s job, made by its administrator (pg_dump each night, or the host&apos;s continuous backup; see the README). The app makes no backup copy of it.</source>
        <translation>Cette base est sur un serveur&#xa0;: ses sauvegardes sont le travail du serveur, faites par son administrateur (pg_dump chaque nuit, ou la sauvegarde continue de l&apos;hébergeur&#xa0;; voir le README). L&apos;application n&apos;en fait aucune copie de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="155"/>
        <source>Checking the file…</source>
        <translation>Vérification de la base…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="154"/>
        <location filename="../../fabrique_desktop/ui/files.py" line="165"/>
        <location filename="../../fabrique_desktop/ui/files.py" line="171"/>
        <location filename="../../fabrique_desktop/ui/files.py" line="174"/>
        <source>Check the file</source>
        <translation>Vérifier la base</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/files.py" line="166"/>
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problème trouvé&#xa0;:</numerusform>
            <numerusform>%n problèmes trouvés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/files.py" line="171"/>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
</context>
<context>
    <name>FirstPaint</name>
    <message>
        <location filename="../../fabrique_desktop/ui/first_paint.py" line="90"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/follow_up.py" line="28"/>
        <source>Post-creation follow-up</source>
        <translation>Suivi post-création</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/projects/follow_up.py" line="31"/>
        <source>Follow-up at %n year(s), planned on %2</source>
        <translation>
            <numerusform>Suivi à %n an, prévu le %2</numerusform>
            <numerusform>Suivi à %n ans, prévu le %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/follow_up.py" line="34"/>
        <source>&amp;Seen on:</source>
        <translation>&amp;Fait le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/follow_up.py" line="35"/>
        <source>&amp;Enterprise:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/follow_up.py" line="37"/>
        <source>&amp;Jobs (FTE) then:</source>
        <translation>Emplois (ETP) à cette &amp;date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/follow_up.py" line="38"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/candidacy.py" line="34"/>
        <source>Qualification of %1</source>
        <translation>Qualification de %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/candidacy.py" line="37"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/candidacy.py" line="38"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/candidacy.py" line="40"/>
        <source>Qualification grid</source>
        <translation>Grille de qualification</translation>
    </message>
</context>
<context>
    <name>HolderForm</name>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="28"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="30"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="31"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="32"/>
        <source>&amp;Organisation:</source>
        <translation>Str&amp;ucture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="33"/>
        <source>SI&amp;RET:</source>
        <translation>SI&amp;RET&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="34"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="35"/>
        <source>&amp;Phone:</source>
        <translation>Té&amp;léphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="36"/>
        <source>A&amp;ddress:</source>
        <translation>Adre&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="37"/>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="39"/>
        <source>Recruited &amp;through:</source>
        <translation>Recruté &amp;via&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="42"/>
        <source>Legal &amp;basis (GDPR):</source>
        <translation>&amp;Base légale (RGPD)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="45"/>
        <source>Consent &amp;given on:</source>
        <translation>C&amp;onsentement recueilli le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="46"/>
        <source>&amp;Notes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="53"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="53"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="53"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="57"/>
        <source>Candidacies:</source>
        <translation>Candidatures&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="71"/>
        <source>New holder</source>
        <translation>Nouveau porteur</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/form.py" line="74"/>
        <source>last contact on %1</source>
        <translation>dernier contact le %1</translation>
    </message>
</context>
<context>
    <name>HolderTableModel</name>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/table.py" line="28"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/table.py" line="29"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/table.py" line="30"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/table.py" line="31"/>
        <source>Recruited through</source>
        <translation>Recruté via</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/table.py" line="32"/>
        <source>Candidacies</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/table.py" line="33"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>HoldersScreen</name>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/screen.py" line="29"/>
        <source>Persons and organisations</source>
        <translation>Personnes et structures</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/holders/screen.py" line="34"/>
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%n porteur</numerusform>
            <numerusform>%n porteurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/holders/screen.py" line="36"/>
        <source>Delete the holder « %1 », their contact details and attached files? A holder with candidacies cannot be deleted.</source>
        <translation>Supprimer le porteur « %1 », ses coordonnées et ses pièces jointes ? Un porteur qui a des candidatures ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../fabrique_desktop/ui/first_paint.py" line="31"/>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="57"/>
        <source>Late milestones</source>
        <extracomment>Rows of the navigation column, by the section names the domain uses.</extracomment>
        <translation>Jalons en retard</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_paint.py" line="32"/>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="58"/>
        <source>Next committees</source>
        <translation>Prochains comités</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_paint.py" line="33"/>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="59"/>
        <source>Awaiting a decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_paint.py" line="34"/>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="60"/>
        <source>Latest changes</source>
        <translation>Dernières modifications</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_paint.py" line="35"/>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="61"/>
        <source>Data to review (GDPR)</source>
        <translation>Données à revoir (RGPD)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="68"/>
        <source>Getting started</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="73"/>
        <source>This file holds no record yet. The method starts with a need spotted on the territory; the Fabrique&apos;s name and address head every dossier.</source>
        <translation>Ce fichier ne contient encore aucune fiche. La méthode commence par un besoin repéré sur le territoire ; le nom et l&apos;adresse de la Fabrique figurent en tête de chaque dossier.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="83"/>
        <source>Enter a first &amp;need</source>
        <translation>Saisir un premier &amp;besoin</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="85"/>
        <source>Complete the Fabrique&apos;s &amp;settings…</source>
        <translation>Compléter les &amp;paramètres de la Fabrique…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="90"/>
        <source>Open the de&amp;monstration file</source>
        <translation>Ouvrir la base de dé&amp;monstration</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="112"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="112"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="112"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="141"/>
        <source>Hello %1 — %2</source>
        <translation>Bonjour %1 — %2</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="147"/>
        <source>No late milestone.</source>
        <translation>Aucun jalon en retard.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="149"/>
        <source>No committee planned.</source>
        <translation>Aucun comité prévu.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="153"/>
        <source>Nothing awaits a decision.</source>
        <translation>Rien n&apos;attend de décision.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="154"/>
        <source>No change yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/home/screen.py" line="155"/>
        <source>No data to review.</source>
        <translation>Aucune donnée à revoir.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="36"/>
        <source>&amp;Name of the Fabrique:</source>
        <translation>&amp;Nom de la Fabrique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="37"/>
        <source>e.g. Fabrique à initiatives du Grand Amiénois</source>
        <translation>par exemple&#xa0;: Fabrique à initiatives du Grand Amiénois</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="38"/>
        <source>&amp;Run by:</source>
        <translation>&amp;Portée par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="39"/>
        <source>e.g. CRESS Hauts-de-France, GRIEP</source>
        <translation>par exemple&#xa0;: CRESS Hauts-de-France, GRIEP</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="40"/>
        <source>&amp;Territory:</source>
        <translation>&amp;Territoire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="41"/>
        <source>e.g. Amiens Métropole</source>
        <translation>par exemple&#xa0;: Amiens Métropole</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="42"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="53"/>
        <source>&amp;Choose a logo…</source>
        <translation>Choisir un &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="55"/>
        <source>Remove the &amp;logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="71"/>
        <source>Logo (printed on the dossiers):</source>
        <translation>Logo (imprimé sur les dossiers)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="80"/>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="97"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="99"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/identity.py" line="113"/>
        <source>This file cannot be read (%1).</source>
        <translation>Ce fichier ne peut pas être lu (%1).</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_export.py" line="24"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_export.py" line="28"/>
        <source>CSV for a French spreadsheet, « ; » separated (*.csv)</source>
        <translation>CSV pour tableur, séparateur «&#xa0;;&#xa0;» (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_export.py" line="62"/>
        <location filename="../../fabrique_desktop/ui/common/list_export.py" line="85"/>
        <location filename="../../fabrique_desktop/ui/common/list_export.py" line="103"/>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/common/list_export.py" line="86"/>
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>Export de %Ln ligne…</numerusform>
            <numerusform>Export de %Ln lignes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/common/list_export.py" line="95"/>
        <source>%n row(s) exported to %2</source>
        <translation>
            <numerusform>%Ln ligne exportée dans %2</numerusform>
            <numerusform>%Ln lignes exportées dans %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_screen.py" line="104"/>
        <source>Search…</source>
        <extracomment>The figure a list screen is being built for (:func:`opening_on`). Typing pauses this long before the list is searched again. Narrower than this (a 1366-pixel laptop, or any screen at 150 %), the form goes under the list: side by side, both would cut their texts. Said on Ctrl+N where records are not created blank (a study, a project).</extracomment>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_screen.py" line="129"/>
        <source>Show the people in opposition</source>
        <translation>Afficher les personnes en opposition</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_screen.py" line="164"/>
        <location filename="../../fabrique_desktop/ui/common/list_screen.py" line="433"/>
        <location filename="../../fabrique_desktop/ui/common/list_screen.py" line="445"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_screen.py" line="174"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_screen.py" line="177"/>
        <source>Save this list as shown (XLSX or CSV): filters, order, columns</source>
        <translation>Enregistrer cette liste telle qu&apos;affichée (XLSX ou CSV)&#xa0;: filtres, ordre, colonnes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_screen.py" line="202"/>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_screen.py" line="276"/>
        <source>Filtered from the dashboard: %1</source>
        <translation>Filtré depuis le tableau de bord&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_screen.py" line="409"/>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_screen.py" line="483"/>
        <source>All communes</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_screen.py" line="490"/>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/list_screen.py" line="496"/>
        <source>All staff</source>
        <translation>Tous les chargés de mission</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fabrique_desktop/ui/first_paint.py" line="57"/>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="64"/>
        <source>%1 — Fabrique Desktop</source>
        <translation>%1 — Fabrique Desktop</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="70"/>
        <source>%1 (read-only backup)</source>
        <translation>%1 (sauvegarde en lecture seule)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="123"/>
        <source>&amp;Reopen to edit</source>
        <extracomment>Places visited, as (navigation row, record id), for « Précédent » / « Suivant ».</extracomment>
        <translation>&amp;Rouvrir pour modifier</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="142"/>
        <source>Signed in as %1</source>
        <translation>Connecté·e&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="140"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="160"/>
        <source>%1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="162"/>
        <source>open read-only: %1 is using it on %2 since %3</source>
        <translation>ouvert en lecture seule&#xa0;: %1 l&apos;utilise sur %2 depuis %3</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="154"/>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="163"/>
        <source>someone</source>
        <translation>une personne inconnue</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="62"/>
        <source>server %1 — Fabrique Desktop</source>
        <extracomment>The navigation&apos;s rows, by the section names the domain uses for its lists. Asks the application to open another file: (path, create, demo). Asks the application to restore this backup over the open file. Asks the application to show this backup, read-only. Asks the application for the server connection form. Unsaved-to-backup changes are backed up this often (and on opening). A file a colleague holds: how often to look whether they have closed it.</extracomment>
        <translation>serveur %1 — Fabrique Desktop</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="66"/>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="135"/>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="567"/>
        <source>server %1</source>
        <translation>serveur %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="153"/>
        <source>open read-only: %1 is using it on %2</source>
        <translation>ouvert en lecture seule&#xa0;: %1 l&apos;utilise sur %2</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="180"/>
        <source>%1 has closed the file: reopen it to edit it.</source>
        <translation>%1 a fermé le fichier&#xa0;: rouvrez-le pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="181"/>
        <source>The colleague</source>
        <translation>La personne</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="211"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="213"/>
        <source>SQLite found damage in this file: %1. Make no more changes; restore a backup from Fichier → Sauvegardes.</source>
        <translation>SQLite a trouvé des dommages dans ce fichier&#xa0;: %1. N&apos;y faites plus de modification&#xa0;; restaurez une sauvegarde depuis Fichier → Sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="221"/>
        <source>Backup made: %1</source>
        <translation>Sauvegarde faite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="229"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="231"/>
        <source>The automatic backup failed: %1. Your data is still in the file; check the free disk space.</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1. Vos données sont toujours dans le fichier&#xa0;; vérifiez l&apos;espace disque libre.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="283"/>
        <source>Your role on the server may not read this screen: it shows personal data. Ask the Fabrique&apos;s staff for what you need.</source>
        <translation>Votre rôle sur le serveur ne permet pas de lire cet écran&#xa0;: il montre des données personnelles. Demandez à l&apos;équipe de la Fabrique ce dont vous avez besoin.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="475"/>
        <source>Your role on the server may only read.</source>
        <translation>Votre rôle sur le serveur permet seulement de lire.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sections.py" line="20"/>
        <source>Creativity sessions</source>
        <translation>Séances de créativité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sections.py" line="21"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="440"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="443"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sections.py" line="12"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/app.py" line="535"/>
        <location filename="../../fabrique_desktop/ui/sections.py" line="13"/>
        <source>Needs</source>
        <extracomment>A string of Qt&apos;s own catalogue (qtbase_fr), kept out of ours: lupdate reads only literal translate() calls.</extracomment>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sections.py" line="14"/>
        <source>Studies and validations</source>
        <translation>Études et validations</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sections.py" line="15"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sections.py" line="16"/>
        <source>Holders</source>
        <translation>Porteurs</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sections.py" line="17"/>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sections.py" line="18"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sections.py" line="19"/>
        <source>Pipeline view</source>
        <translation>Vue pipeline</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_paint.py" line="42"/>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="418"/>
        <source>&amp;File</source>
        <extracomment>The navigation row of each list a figure of the dashboard can open.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_paint.py" line="43"/>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="419"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_paint.py" line="44"/>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="438"/>
        <source>&amp;Go</source>
        <translation>D&amp;éplacements</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="421"/>
        <source>&amp;New record</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="424"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="426"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="428"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="431"/>
        <source>Search &amp;everywhere…</source>
        <translation>Rechercher &amp;partout…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="436"/>
        <source>E&amp;xport the list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_paint.py" line="45"/>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="447"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="459"/>
        <source>Ne&amp;xt pane</source>
        <translation>Volet su&amp;ivant</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="466"/>
        <source>Pre&amp;vious pane</source>
        <translation>Volet p&amp;récédent</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="472"/>
        <source>The file is open read-only.</source>
        <translation>Le fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_paint.py" line="46"/>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="481"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="482"/>
        <source>&amp;About Fabrique Desktop</source>
        <translation>À &amp;propos de Fabrique Desktop</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="555"/>
        <source>About Fabrique Desktop</source>
        <translation>À propos de Fabrique Desktop</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="557"/>
        <source>&lt;b&gt;Fabrique Desktop %1&lt;/b&gt;&lt;p&gt;Follow-up of a Fabrique à initiatives: needs, opportunity studies, holders, support and committees.&lt;/p&gt;&lt;p&gt;File: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fabrique Desktop %1&lt;/b&gt;&lt;p&gt;Suivi d&apos;une Fabrique à initiatives&#xa0;: besoins, études d&apos;opportunité, porteurs, accompagnement et comités.&lt;/p&gt;&lt;p&gt;Fichier&#xa0;: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="70"/>
        <source>Support templates</source>
        <translation>Modèles d&apos;accompagnement</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="71"/>
        <source>Kinds of committee</source>
        <translation>Types de comité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="75"/>
        <source>Everything set here can be changed later in Fichier → Paramètres de la Fabrique.</source>
        <translation>Tout ce qui est réglé ici se modifie ensuite dans Fichier → Paramètres de la Fabrique.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/milestone.py" line="16"/>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/milestone.py" line="18"/>
        <source>Milestone « %1 »</source>
        <translation>Jalon « %1 »</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/milestone.py" line="23"/>
        <source>&amp;Milestone:</source>
        <translation>&amp;Jalon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/milestone.py" line="24"/>
        <source>&amp;Planned on:</source>
        <translation>&amp;Prévu le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/milestone.py" line="25"/>
        <source>&amp;Done on:</source>
        <translation>&amp;Réalisé le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/milestone.py" line="26"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="29"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="30"/>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="32"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="34"/>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="36"/>
        <source>Source &amp;details:</source>
        <translation>Précision sur la source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="37"/>
        <source>Ori&amp;gin session:</source>
        <translation>Séance d&apos;ori&amp;gine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="39"/>
        <source>Spotted &amp;on:</source>
        <translation>Repéré &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="40"/>
        <source>&amp;Description:</source>
        <translation>Descripti&amp;on&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="41"/>
        <source>Target &amp;public:</source>
        <translation>Pu&amp;blic cible&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="42"/>
        <source>E&amp;xisting offer:</source>
        <translation>Offre e&amp;xistante&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="43"/>
        <source>First &amp;partners:</source>
        <translation>Premiers partenaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="45"/>
        <source>Followed b&amp;y:</source>
        <translation>Sui&amp;vi par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="48"/>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="113"/>
        <source>Keep the idea</source>
        <translation>&amp;Retenir l&apos;idée</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="49"/>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="116"/>
        <source>Postpone</source>
        <translation>Re&amp;porter</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="50"/>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="119"/>
        <source>Set aside</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="52"/>
        <source>Launch the opportunity study</source>
        <translation>La&amp;ncer l&apos;étude d&apos;opportunité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="62"/>
        <source>New need</source>
        <translation>Nouveau besoin</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="65"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="84"/>
        <source>Save the need first.</source>
        <translation>Enregistrez d&apos;abord le besoin.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/form.py" line="86"/>
        <source>The committee has already decided on this idea.</source>
        <translation>Le comité a déjà statué sur cette idée.</translation>
    </message>
</context>
<context>
    <name>NeedTableModel</name>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/table.py" line="26"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/table.py" line="27"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/table.py" line="28"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/table.py" line="29"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/table.py" line="30"/>
        <source>Followed by</source>
        <translation>Suivi par</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/table.py" line="31"/>
        <source>Spotted on</source>
        <translation>Repéré le</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/screen.py" line="25"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/needs/screen.py" line="29"/>
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n besoin</numerusform>
            <numerusform>%n besoins</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/needs/screen.py" line="31"/>
        <source>Delete the need « %1 »? Its links to partners and its attached files go with it. A need with decisions or a project cannot be deleted.</source>
        <translation>Supprimer le besoin « %1 » ? Ses liens avec les partenaires et ses pièces jointes seront supprimés aussi. Un besoin qui a déjà des décisions ou un projet ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>NetworkScreen</name>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="43"/>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="96"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="44"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="45"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="46"/>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="98"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="47"/>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="99"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="48"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="97"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="100"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="154"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="159"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n acteur du réseau</numerusform>
            <numerusform>%n acteurs du réseau</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="163"/>
        <source>Delete the partner « %1 »? It is also removed from the needs and committees it takes part in.</source>
        <translation>Supprimer l&apos;acteur « %1 » ? Il sera aussi retiré des besoins et des comités auxquels il participe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="176"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n chargé·e de mission</numerusform>
            <numerusform>%n chargé·es de mission</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="180"/>
        <source>Delete %1? Someone who recorded decisions cannot be deleted: mark them inactive instead.</source>
        <translation>Supprimer %1 ? Une personne qui a enregistré des décisions ne peut pas être supprimée : marquez-la plutôt comme inactive.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="186"/>
        <source>Network partners</source>
        <translation>Acteurs du réseau</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="187"/>
        <source>Staff</source>
        <translation>Chargé·es de mission</translation>
    </message>
</context>
<context>
    <name>NewCandidacyDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/candidacy.py" line="16"/>
        <source>New candidacy</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/candidacy.py" line="18"/>
        <source>&amp;Holder:</source>
        <translation>&amp;Porteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/candidacy.py" line="21"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/candidacy.py" line="22"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OfficesPage</name>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/offices.py" line="22"/>
        <source>&amp;Name of this office:</source>
        <translation>&amp;Nom de ce poste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/offices.py" line="23"/>
        <source>e.g. CRESS Amiens</source>
        <translation>par exemple&#xa0;: CRESS Amiens</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/offices.py" line="24"/>
        <source>&amp;Structure:</source>
        <translation>&amp;Structure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/offices.py" line="26"/>
        <source>Shared with an office &amp;not met yet:</source>
        <translation>Partagé avec un &amp;futur poste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/offices.py" line="30"/>
        <source>Shared with « %1 »:</source>
        <translation>Partagé avec «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/offices.py" line="40"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/offices.py" line="42"/>
        <source>Everything but the holders&apos; contact details and the attachments</source>
        <translation>Tout, sauf les coordonnées des porteurs et les pièces jointes</translation>
    </message>
</context>
<context>
    <name>OfficialCommunesDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="155"/>
        <source>Add communes from the official list</source>
        <translation>Ajouter des communes depuis la liste officielle</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="161"/>
        <source>&amp;Add these communes</source>
        <translation>&amp;Ajouter ces communes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="178"/>
        <source>%n commune(s) added.</source>
        <translation>
            <numerusform>%n commune ajoutée.</numerusform>
            <numerusform>%n communes ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/settings/communes.py" line="180"/>
        <source>%n were already in the file.</source>
        <translation>
            <numerusform>%n y figurait déjà.</numerusform>
            <numerusform>%n y figuraient déjà.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficialPicker</name>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/official_picker.py" line="39"/>
        <source>Intercommunalité, département, commune or postal code: e.g. Amiens</source>
        <extracomment>Results shown for one search: enough to find a commune, few enough to read. What the user ticked, kept while the results change with the search.</extracomment>
        <translation>Intercommunalité, département, commune ou code postal&#xa0;: par exemple Amiens</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/official_picker.py" line="57"/>
        <source>Official list: %1 (Etalab), delivered with the application.</source>
        <translation>Liste officielle&#xa0;: %1 (Etalab), fournie avec l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/official_picker.py" line="96"/>
        <source>département</source>
        <translation>département</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/official_picker.py" line="98"/>
        <source>intercommunalité</source>
        <translation>intercommunalité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/settings/official_picker.py" line="100"/>
        <source>%1 — %2, %n commune(s)</source>
        <translation>
            <numerusform>%1 — %2, %n commune</numerusform>
            <numerusform>%1 — %2, %n communes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/official_picker.py" line="108"/>
        <source>(in %1)</source>
        <translation>(dans %1)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/official_picker.py" line="117"/>
        <source>The most populated communes of France; type to search the whole list.</source>
        <translation>Les communes les plus peuplées de France ; tapez pour chercher dans toute la liste.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/official_picker.py" line="120"/>
        <source>Your département and its most populated communes; type to search the whole list.</source>
        <translation>Votre département et ses communes les plus peuplées ; tapez pour chercher dans toute la liste.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/official_picker.py" line="123"/>
        <source>Your départements and their most populated communes; type to search the whole list.</source>
        <translation>Vos départements et leurs communes les plus peuplées ; tapez pour chercher dans toute la liste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/settings/official_picker.py" line="177"/>
        <source>%n commune(s) chosen</source>
        <translation>
            <numerusform>%n commune choisie</numerusform>
            <numerusform>%n communes choisies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/official_picker.py" line="179"/>
        <source>No commune chosen yet: tick an area or communes.</source>
        <translation>Aucune commune choisie pour l&apos;instant&#xa0;: cochez un territoire ou des communes.</translation>
    </message>
</context>
<context>
    <name>OutcomesDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/outcomes.py" line="27"/>
        <source>Record the decisions</source>
        <translation>Saisir les décisions</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/outcomes.py" line="33"/>
        <source>One decision per point. Each is dated on the day of the meeting and moves the need, study, candidacy or project it concerns.</source>
        <translation>Une décision par point. Chacune est datée du jour de la réunion et fait avancer le besoin, l&apos;étude, la candidature ou le projet concerné.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/outcomes.py" line="45"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/outcomes.py" line="46"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/outcomes.py" line="47"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/outcomes.py" line="87"/>
        <source>Every point of this meeting is decided.</source>
        <translation>Tous les points de cette réunion sont décidés.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/committees/outcomes.py" line="91"/>
        <source>This meeting has no point on its agenda: add them on the committee&apos;s form.</source>
        <translation>Cette réunion n&apos;a aucun point à son ordre du jour : ajoutez-les sur la fiche du comité.</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="56"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="57"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="59"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="60"/>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="61"/>
        <source>&amp;Phone:</source>
        <translation>Té&amp;léphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="62"/>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="64"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="68"/>
        <source>New partner</source>
        <translation>Nouvel acteur du réseau</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/pdf_preview.py" line="51"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/pdf_preview.py" line="53"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/pdf_preview.py" line="55"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/pdf_preview.py" line="86"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/pdf_preview.py" line="90"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/pdf_preview.py" line="91"/>
        <source>Printing « %1 »…</source>
        <translation>Impression de « %1 »…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/common/pdf_preview.py" line="101"/>
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/pdf_preview.py" line="103"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/pdf_preview.py" line="107"/>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/pdf_preview.py" line="115"/>
        <source>The printer refused the document: %1</source>
        <translation>L&apos;imprimante a refusé le document&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/pdf_preview.py" line="119"/>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/pdf_preview.py" line="128"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="47"/>
        <source>Export personal data</source>
        <translation>Exporter ses données</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="63"/>
        <source>Nothing could be written: %1</source>
        <translation>Rien n&apos;a pu être écrit : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="71"/>
        <source>%n file(s) written to %2.</source>
        <translation>
            <numerusform>%n fichier écrit dans %2.</numerusform>
            <numerusform>%n fichiers écrits dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="141"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="163"/>
        <source>The personal data were erased.</source>
        <translation>Les données personnelles ont été effacées.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="180"/>
        <source>E&amp;xport their data…</source>
        <translation>E&amp;xporter ses données…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="185"/>
        <source>GDPR re&amp;quests…</source>
        <translation>Demandes R&amp;GPD…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="190"/>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="195"/>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="223"/>
        <source>Opposition…</source>
        <translation>Opposition…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="221"/>
        <source>Lift the opposition…</source>
        <translation>Lever l&apos;opposition…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="230"/>
        <source>Only a saved record of a natural person has personal data.</source>
        <translation>Seule la fiche enregistrée d&apos;une personne physique contient des données personnelles.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="254"/>
        <source>Opposition or restriction</source>
        <translation>Opposition ou limitation</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="255"/>
        <source>From this date the person no longer appears in the lists, the committee dossiers or the exports (their lines are masked); the register of requests keeps the line.</source>
        <translation>À partir de cette date, la personne n&apos;apparaît plus dans les listes, les dossiers de comité ni les exports (ses lignes sont masquées)&#xa0;; le registre des demandes en garde la trace.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="263"/>
        <source>Lift the opposition</source>
        <translation>Lever l&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="268"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="272"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="290"/>
        <source>&amp;Anonymise the people past retention…</source>
        <translation>Anonymiser les personnes à la conservation éc&amp;hue…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="295"/>
        <source>E&amp;xtend…</source>
        <translation>Pro&amp;longer…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="298"/>
        <source>Keep a person past their retention date, with a reason</source>
        <translation>Conserver une personne au-delà de sa durée de conservation, avec un motif</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="310"/>
        <source>Extend the retention</source>
        <translation>Prolonger la conservation</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="319"/>
        <source>Keep until</source>
        <translation>Conserver jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="327"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="347"/>
        <source>Anonymise the people past retention</source>
        <translation>Anonymiser les personnes à la conservation échue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="354"/>
        <source>Erase the personal data of %n person(s) past their retention period? Their identifying fields, notes and attachments go; the facts (projects, communes, dates, jobs) stay. Backups keep older copies until their rotation removes them.</source>
        <translation>
            <numerusform>Effacer les données personnelles de %n personne dont la durée de conservation est passée&#xa0;? Son nom, ses coordonnées, ses notes et ses pièces jointes disparaissent&#xa0;; les faits (projets, communes, dates, emplois) restent. Les sauvegardes gardent les anciennes copies jusqu&apos;à ce que leur rotation les supprime.</numerusform>
            <numerusform>Effacer les données personnelles de %n personnes dont la durée de conservation est passée&#xa0;? Leurs noms, coordonnées, notes et pièces jointes disparaissent&#xa0;; les faits (projets, communes, dates, emplois) restent. Les sauvegardes gardent les anciennes copies jusqu&apos;à ce que leur rotation les supprime.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="376"/>
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n personne anonymisée.</numerusform>
            <numerusform>%n personnes anonymisées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="314"/>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="351"/>
        <source>Nobody is past retention.</source>
        <translation>Personne n&apos;a dépassé sa durée de conservation.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/personal_data.py" line="387"/>
        <source>Anonymising…</source>
        <translation>Anonymisation…</translation>
    </message>
</context>
<context>
    <name>PipelineScreen</name>
    <message>
        <location filename="../../fabrique_desktop/ui/pipeline/screen.py" line="159"/>
        <source>%1 (%2)</source>
        <extracomment>Navigation rows of the screens a card opens in. Inside a card&apos;s border, around its text.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/pipeline/screen.py" line="163"/>
        <source>The %1 most recent of %2</source>
        <translation>Les %1 plus récents sur %2</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/pipeline/screen.py" line="181"/>
        <source>Holder: %1</source>
        <translation>Porteur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/pipeline/screen.py" line="184"/>
        <source>Next: %1, %2</source>
        <translation>Prochain jalon&#xa0;: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/pipeline/screen.py" line="186"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/pipeline/screen.py" line="196"/>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/pipeline/screen.py" line="207"/>
        <source>The file is open read-only.</source>
        <translation>Le fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/pipeline/screen.py" line="216"/>
        <source>« %1 » is now at the stage « %2 ».</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant à l&apos;étape «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/background.py" line="115"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="59"/>
        <source>&amp;Title:</source>
        <extracomment>The plan&apos;s date editors, by milestone id, in the table&apos;s order.</extracomment>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="60"/>
        <source>Followed b&amp;y:</source>
        <translation>Sui&amp;vi par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="67"/>
        <source>Declare the enterprise created</source>
        <translation>Déc&amp;larer l&apos;entreprise créée</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="69"/>
        <source>Abandon</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="71"/>
        <source>Post-creation follow-up…</source>
        <translation>Suivi post-création…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="83"/>
        <source>Cancelling the opening removes this project: do it from the need&apos;s record.</source>
        <translation>Annuler l&apos;ouverture supprime ce projet&#xa0;: faites-le depuis la fiche du besoin.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="89"/>
        <source>Candidacies</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="94"/>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="94"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="94"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="94"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="103"/>
        <source>Add a candidacy…</source>
        <translation>Ajouter une candidature…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="106"/>
        <source>Qualification grid…</source>
        <translation>&amp;Grille de qualification…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="113"/>
        <source>Retain this holder</source>
        <translation>&amp;Retenir ce porteur</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="116"/>
        <source>Not retained</source>
        <translation>&amp;Non retenue</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="120"/>
        <source>Withdraw the candidacy</source>
        <translation>Retirer la candidat&amp;ure</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="126"/>
        <source>Support milestones</source>
        <translation>Jalons d&apos;accompagnement</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="139"/>
        <source>Plan:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="141"/>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="144"/>
        <source>Generate the milestones</source>
        <translation>Créer les &amp;jalons</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="150"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="150"/>
        <source>Planned on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="150"/>
        <source>Done on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="172"/>
        <source>Add a milestone…</source>
        <translation>Ajouter un jalon…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="175"/>
        <source>Edit the milestone…</source>
        <translation>Modifier le jalon…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="179"/>
        <source>Remove the milestone…</source>
        <translation>Retirer le jalon…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="195"/>
        <source>Double-click a project in the list</source>
        <translation>Double-cliquez sur un projet de la liste</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="200"/>
        <source>Stage: %1 · Opened on %2 · Holder: %3
From the need: %4 (%5)</source>
        <translation>Étape&#xa0;: %1 · Ouvert le %2 · Porteur&#xa0;: %3
Besoin d&apos;origine&#xa0;: %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="275"/>
        <source>Late: planned on %1</source>
        <translation>En retard&#xa0;: prévu le %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="345"/>
        <source>The project no longer recruits.</source>
        <translation>Le projet ne recrute plus.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="347"/>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="354"/>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="355"/>
        <source>Choose an undecided candidacy.</source>
        <translation>Choisissez une candidature sans décision.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="352"/>
        <source>Choose an undecided candidacy of a project looking for its holder.</source>
        <translation>Choisissez une candidature sans décision, pour un projet qui cherche son porteur.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="359"/>
        <source>Only a created enterprise is followed up.</source>
        <translation>Seule une entreprise créée a un suivi post-création.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="364"/>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="369"/>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="379"/>
        <source>Milestones are added and removed during the support.</source>
        <translation>Les jalons s&apos;ajoutent et se retirent pendant l&apos;accompagnement.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="372"/>
        <source>Choose a milestone.</source>
        <translation>Choisissez un jalon.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="377"/>
        <source>Choose a milestone of a project in support.</source>
        <translation>Choisissez un jalon d&apos;un projet en accompagnement.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="385"/>
        <source>Milestones are planned once the holder is retained, and only once.</source>
        <translation>Les jalons se créent une fois le porteur retenu, et une seule fois.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="390"/>
        <source>Only a supported project can lead to an enterprise.</source>
        <translation>Seul un projet en accompagnement peut aboutir à une entreprise.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="393"/>
        <source>This project is closed.</source>
        <translation>Ce projet est clos.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="447"/>
        <source>« %1 », planned on %2</source>
        <translation>« %1 », prévu le %2</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="453"/>
        <source>%1 and done on %2</source>
        <translation>%1 et réalisé le %2</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="460"/>
        <source>Remove the milestone</source>
        <translation>Retirer le jalon</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/form.py" line="462"/>
        <source>Remove the milestone %1? Its dates and notes are deleted; the other milestones stay as they are.</source>
        <translation>Retirer le jalon %1 ? Ses dates et ses notes sont supprimées ; les autres jalons restent tels quels.</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/table.py" line="27"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/table.py" line="28"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/table.py" line="29"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/table.py" line="30"/>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/table.py" line="31"/>
        <source>Followed by</source>
        <translation>Suivi par</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/table.py" line="32"/>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/table.py" line="33"/>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/screen.py" line="25"/>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/projects/screen.py" line="29"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/screen.py" line="31"/>
        <source>A project is opened from a validated opportunity study: open the study in « Studies and validations » and choose « Open the project ».</source>
        <translation>Un projet s&apos;ouvre depuis une étude d&apos;opportunité validée&#xa0;: ouvrez l&apos;étude dans « Études et validations » et choisissez « Ouvrir le projet ».</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/file_dialogs.py" line="23"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/file_dialogs.py" line="17"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/file_dialogs.py" line="18"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/file_dialogs.py" line="19"/>
        <source>Page &amp;Set:</source>
        <translation>&amp;Jeu de pages&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/form.py" line="94"/>
        <source>&amp;History…</source>
        <extracomment>(section, record id): a link to a related record was followed.</extracomment>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/form.py" line="99"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/form.py" line="227"/>
        <source>To decide after an exchange with another office (File → Exchange with another office…): %1</source>
        <translation>À trancher après un échange avec un autre poste (Fichier → Échanger avec un autre poste…)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/form.py" line="270"/>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/form.py" line="297"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/form.py" line="298"/>
        <source>This file is open read-only: nothing can be saved in it.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/form.py" line="324"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/form.py" line="325"/>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Cette fiche contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/form.py" line="335"/>
        <source>Do&amp;n&apos;t save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/decision.py" line="155"/>
        <source>The file is open read-only.</source>
        <translation>Le fichier est ouvert en lecture seule.</translation>
    </message>
</context>
<context>
    <name>RelatedLinks</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/links.py" line="21"/>
        <source>Need: %1</source>
        <translation>Besoin : %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/links.py" line="22"/>
        <source>Needs: %1</source>
        <translation>Besoins : %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/links.py" line="23"/>
        <source>Study: %1</source>
        <translation>Étude : %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/links.py" line="24"/>
        <source>Project: %1</source>
        <translation>Projet : %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/links.py" line="25"/>
        <source>Projects: %1</source>
        <translation>Projets : %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/links.py" line="26"/>
        <source>Selected holder: %1</source>
        <translation>Porteur retenu : %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/links.py" line="27"/>
        <source>Committees: %1</source>
        <translation>Comités : %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/report.py" line="37"/>
        <location filename="../../fabrique_desktop/ui/dashboard/report.py" line="44"/>
        <location filename="../../fabrique_desktop/ui/dashboard/report.py" line="54"/>
        <location filename="../../fabrique_desktop/ui/dashboard/report.py" line="61"/>
        <source>Activity report</source>
        <translation>Bilan d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/report.py" line="45"/>
        <source>Building the activity report…</source>
        <translation>Préparation du bilan d&apos;activité…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/report.py" line="55"/>
        <source>The activity report is saved in %1.</source>
        <translation>Le bilan d&apos;activité est enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/dashboard/report.py" line="62"/>
        <source>The activity report could not be written: %1. Nothing was replaced.</source>
        <translation>Le bilan d&apos;activité n&apos;a pas pu être écrit&#xa0;: %1. Rien n&apos;a été remplacé.</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="45"/>
        <source>GDPR requests</source>
        <translation>Demandes RGPD</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="47"/>
        <source>GDPR requests — %1</source>
        <translation>Demandes RGPD — %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="52"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="55"/>
        <source>All kinds</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="65"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="66"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="67"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="68"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="69"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="70"/>
        <source>What was done</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="86"/>
        <source>&amp;Extend by two months…</source>
        <translation>&amp;Prolonger de deux mois…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="166"/>
        <source>Extend by two months</source>
        <translation>Prolonger de deux mois</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="166"/>
        <source>Reason (told to the person):</source>
        <translation>Motif (communiqué à la personne)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="81"/>
        <source>New request received today:</source>
        <translation>Nouvelle demande reçue ce jour :</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="83"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="87"/>
        <source>&amp;Answer…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="88"/>
        <source>Answer &amp;letter…</source>
        <translation>&amp;Lettre de réponse…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="176"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="176"/>
        <source>What was done:</source>
        <translation>Suite donnée :</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="191"/>
        <source>Keeping data longer is the Fabrique&apos;s decision: there is no letter.</source>
        <translation>Prolonger la conservation est une décision de la Fabrique&#xa0;: il n&apos;y a pas de lettre de réponse.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/requests_dialog.py" line="195"/>
        <source>Answer letter</source>
        <translation>Lettre de réponse</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/settings/retention.py" line="45"/>
        <location filename="../../fabrique_desktop/ui/settings/retention.py" line="48"/>
        <source> year(s)</source>
        <translation>
            <numerusform> an</numerusform>
            <numerusform> ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/retention.py" line="58"/>
        <source>Save the information &amp;notice for holders…</source>
        <translation>Enregistrer la &amp;mention d&apos;information des porteurs…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/retention.py" line="74"/>
        <location filename="../../fabrique_desktop/ui/settings/retention.py" line="83"/>
        <source>Information notice</source>
        <translation>Mention d&apos;information</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/grid.py" line="29"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/grid.py" line="31"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/grid.py" line="32"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/grid.py" line="83"/>
        <source>Total: %1 / %2 (%3 of %4 criteria scored)</source>
        <translation>Total&#xa0;: %1 / %2 (%3 critères notés sur %4)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="32"/>
        <source>Connect to a server</source>
        <extracomment>Connects to an address with a password (None: the one kept, if any), or raises :class:`DatabaseRefused` (a ``ServerRefused`` names the field it is about).</extracomment>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="38"/>
        <source>Remembered &amp;servers:</source>
        <translation>Serveurs &amp;mémorisés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="38"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="44"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="45"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="46"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="47"/>
        <source>&amp;User (your role):</source>
        <translation>&amp;Utilisateur (votre rôle)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="48"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="51"/>
        <source>&amp;Keep the password in the system&apos;s keyring</source>
        <translation>&amp;Garder le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="53"/>
        <source>&amp;Keep the password until the application closes</source>
        <translation>&amp;Garder le mot de passe jusqu&apos;à la fermeture de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="59"/>
        <source>This system has no keyring: the password cannot be kept between sessions, it will be asked again at the next start.</source>
        <translation>Ce système n&apos;a aucun trousseau&#xa0;: le mot de passe ne peut pas être gardé d&apos;une session à l&apos;autre, il sera demandé de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="68"/>
        <source>&amp;Encryption:</source>
        <translation>Chi&amp;ffrement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="71"/>
        <source>TLS required (recommended)</source>
        <translation>TLS exigé (recommandé)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="72"/>
        <source>TLS, server certificate verified</source>
        <translation>TLS, certificat du serveur vérifié</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="73"/>
        <source>TLS, certificate authority verified</source>
        <translation>TLS, autorité de certification vérifiée</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="74"/>
        <source>TLS if the server offers it</source>
        <translation>TLS si le serveur le propose</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="75"/>
        <source>No encryption (local network only)</source>
        <translation>Sans chiffrement (réseau local seulement)</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="85"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="100"/>
        <source>kept in the keyring</source>
        <translation>gardé dans le trousseau</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/server_dialog.py" line="100"/>
        <source>if the server asks for one</source>
        <translation>si le serveur en demande un</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <location filename="../../fabrique_desktop/ui/servers.py" line="53"/>
        <source>Connecting to a server needs the server mode, which is not installed with this copy of Fabrique Desktop: ask your administrator to install it (pip install &apos;fabrique-desktop[server]&apos;).</source>
        <translation>La connexion à un serveur demande le mode serveur, qui n&apos;est pas installé avec cette copie de Fabrique Desktop&#xa0;: demandez à votre administrateur de l&apos;installer (pip install &apos;fabrique-desktop[server]&apos;).</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="58"/>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenue le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="59"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="60"/>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="63"/>
        <source>Parti&amp;cipants:</source>
        <translation>Parti&amp;cipants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="65"/>
        <source>Pa&amp;rtners:</source>
        <translation>Pa&amp;rtenaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="67"/>
        <source>Led b&amp;y:</source>
        <translation>Animée &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="69"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="73"/>
        <source>New creativity session</source>
        <translation>Nouvelle séance de créativité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="77"/>
        <source>%n need(s) came out of it</source>
        <translation>
            <numerusform>%n besoin en est issu</numerusform>
            <numerusform>%n besoins en sont issus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="44"/>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="45"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="46"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="47"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="48"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="49"/>
        <source>Led by</source>
        <translation>Animée par</translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="100"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/sessions/screen.py" line="102"/>
        <source>Delete the creativity session of %1?</source>
        <translation>Supprimer la séance de créativité du %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="90"/>
        <source>Setting up Fabrique Desktop</source>
        <translation>Mise en place de Fabrique Desktop</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="99"/>
        <source>1. Your Fabrique</source>
        <translation>1. Votre Fabrique</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="101"/>
        <source>Its name heads every dossier and report; the structure that runs it, its address and its logo print on the dossiers&apos; cover. All optional but the name.</source>
        <translation>Son nom figure en tête de chaque dossier et rapport&#xa0;; la structure qui la porte, son adresse et son logo s&apos;impriment sur la couverture des dossiers. Seul le nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="107"/>
        <source>2. Who you are</source>
        <translation>2. Qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="108"/>
        <source>You sign the decisions and changes you record.</source>
        <translation>Vous signez les décisions et les modifications que vous enregistrez.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="112"/>
        <source>3. Your territory</source>
        <translation>3. Votre territoire</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="114"/>
        <source>Tick your intercommunalité (EPCI) or your département to import all their communes, or tick communes one by one. You can pass this step.</source>
        <translation>Cochez votre intercommunalité (EPCI) ou votre département pour importer toutes leurs communes, ou cochez des communes une à une. Vous pouvez passer cette étape.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="120"/>
        <source>4. Your method</source>
        <translation>4. Votre méthode</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="122"/>
        <source>The support plans milestones are created from, with their steps and days after the start of support, and the kinds of committee you hold.</source>
        <translation>Les modèles d&apos;accompagnement dont naissent les jalons (étapes et jours après le début de l&apos;accompagnement) et les types de comité que vous réunissez.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="131"/>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="135"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/setup/wizard.py" line="155"/>
        <source>Leave the setting up? The file will not open. What the pages already saved is kept, and the assistant will start again next time.</source>
        <translation>Quitter la mise en place&#xa0;? Le fichier ne s&apos;ouvrira pas. Ce que les pages ont déjà enregistré est gardé, et l&apos;assistant reprendra au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="108"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="109"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Structure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="111"/>
        <source>&amp;Which one:</source>
        <translation>&amp;Laquelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="112"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="113"/>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="114"/>
        <source>&amp;Active:</source>
        <translation>Ac&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="115"/>
        <source>Server &amp;login:</source>
        <translation>&amp;Identifiant serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="118"/>
        <source>The PostgreSQL role this person connects to the server with: what they save there is signed with their name. Empty for a file.</source>
        <translation>Le rôle PostgreSQL avec lequel cette personne se connecte au serveur : ce qu&apos;elle y enregistre est signé de son nom. Vide pour un fichier.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/network/screen.py" line="125"/>
        <source>New staff member</source>
        <translation>Nouveau chargé·e de mission</translation>
    </message>
</context>
<context>
    <name>StepDecisions</name>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="56"/>
        <source>Decision on the idea « %1 ».</source>
        <translation>Décision sur l&apos;idée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="66"/>
        <source>Launch the opportunity study</source>
        <translation>La&amp;ncer l&apos;étude d&apos;opportunité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="67"/>
        <source>The opportunity study of « %1 » starts on the date of this decision.</source>
        <translation>L&apos;étude d&apos;opportunité de «&#xa0;%1&#xa0;» commence à la date de cette décision.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="79"/>
        <source>Validate the opportunity</source>
        <translation>Va&amp;lider l&apos;opportunité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="82"/>
        <source>Set aside</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="83"/>
        <source>To rework</source>
        <translation>À re&amp;travailler</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="92"/>
        <source>Committee decision on the opportunity study of « %1 ».</source>
        <translation>Décision du comité sur l&apos;étude d&apos;opportunité de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="103"/>
        <source>Open the project</source>
        <translation>Ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="104"/>
        <source>The project opens on the date of this decision, from « %1 ».</source>
        <translation>Le projet s&apos;ouvre à la date de cette décision, à partir de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="111"/>
        <source>Project &amp;title:</source>
        <translation>&amp;Titre du projet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="122"/>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="145"/>
        <source>Retain this holder</source>
        <translation>&amp;Retenir ce porteur</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="124"/>
        <source>Not retained</source>
        <translation>&amp;Non retenue</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="125"/>
        <source>Committee decision on the candidacy of %1.</source>
        <translation>Décision du comité sur la candidature de %1.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="139"/>
        <source>Choose the candidacy retained.</source>
        <translation>Choisissez la candidature retenue.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="146"/>
        <source>The holder retained takes the project « %1 ».</source>
        <translation>Le porteur retenu prend le projet «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="155"/>
        <source>&amp;Candidacy:</source>
        <translation>&amp;Candidature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="163"/>
        <source>Withdraw the candidacy</source>
        <translation>Retirer la candidat&amp;ure</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="164"/>
        <source>%1 withdraws from « %2 ». The reason stays in the project&apos;s decisions.</source>
        <translation>%1 retire sa candidature à «&#xa0;%2&#xa0;». Le motif reste dans les décisions du projet.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="176"/>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Retirée le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="177"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="188"/>
        <source>Declare the enterprise created</source>
        <translation>Déc&amp;larer l&apos;entreprise créée</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="189"/>
        <source>The support of « %1 » ends: the enterprise exists.</source>
        <translation>L&apos;accompagnement de «&#xa0;%1&#xa0;» s&apos;achève&#xa0;: l&apos;entreprise existe.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="202"/>
        <source>Abandon</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/common/step_decisions.py" line="203"/>
        <source>The project « %1 » stops here.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» s&apos;arrête ici.</translation>
    </message>
</context>
<context>
    <name>StudiesScreen</name>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/screen.py" line="24"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/studies/screen.py" line="28"/>
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n étude</numerusform>
            <numerusform>%n études</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/screen.py" line="30"/>
        <source>An opportunity study is launched from its need: open the need in « Needs » and choose « Launch the opportunity study ».</source>
        <translation>Une étude d&apos;opportunité se lance depuis son besoin&#xa0;: ouvrez le besoin dans « Besoins » et choisissez « Lancer l&apos;étude d&apos;opportunité ».</translation>
    </message>
</context>
<context>
    <name>StudyForm</name>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/form.py" line="27"/>
        <source>&amp;Started on:</source>
        <translation>C&amp;ommencée le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/form.py" line="28"/>
        <source>Followed b&amp;y:</source>
        <translation>Sui&amp;vi par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/form.py" line="30"/>
        <source>Opportunity criteria</source>
        <translation>Critères d&apos;opportunité</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/form.py" line="33"/>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recommandation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/form.py" line="36"/>
        <source>Reasons:</source>
        <translation>Motifs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/form.py" line="47"/>
        <source>Open the project</source>
        <translation>Ouvrir le &amp;projet</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/form.py" line="58"/>
        <source>Cancelling the launch removes this study: do it from the need&apos;s record.</source>
        <translation>Annuler le lancement supprime cette étude&#xa0;: faites-le depuis la fiche du besoin.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/form.py" line="63"/>
        <source>Double-click a study in the list</source>
        <translation>Double-cliquez sur une étude de la liste</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/form.py" line="66"/>
        <source>Study: %1 · Need: %2</source>
        <translation>Étude&#xa0;: %1 · Besoin&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/form.py" line="93"/>
        <source>This study has already been decided.</source>
        <translation>Cette étude a déjà fait l&apos;objet d&apos;une décision.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/form.py" line="102"/>
        <source>A project opens only from a validated opportunity.</source>
        <translation>Un projet ne s&apos;ouvre que sur une opportunité validée.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/form.py" line="119"/>
        <source>The study recommends « %1 ». Validate the opportunity all the same? The reason will be asked and kept with the decision.</source>
        <translation>L&apos;étude recommande « %1 ». Valider l&apos;opportunité malgré tout ? Le motif vous sera demandé et gardé avec la décision.</translation>
    </message>
</context>
<context>
    <name>StudyTableModel</name>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/table.py" line="29"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/table.py" line="30"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/table.py" line="31"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/table.py" line="32"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/table.py" line="33"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/table.py" line="34"/>
        <source>Started on</source>
        <translation>Commencée le</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/studies/table.py" line="35"/>
        <source>Followed by</source>
        <translation>Suivi par</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="41"/>
        <source>&amp;Template:</source>
        <translation>Modè&amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="45"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="46"/>
        <source>Re&amp;name…</source>
        <translation>Renomm&amp;er…</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="47"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="52"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="52"/>
        <source>Days after the start</source>
        <translation>Jours après le début</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="64"/>
        <source>&amp;Add a step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="65"/>
        <source>&amp;Remove the step</source>
        <translation>Reti&amp;rer l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="66"/>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="67"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="68"/>
        <source>&amp;Save the template</source>
        <translation>Enre&amp;gistrer le modèle</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="150"/>
        <source>Template saved.</source>
        <translation>Modèle enregistré.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="161"/>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="171"/>
        <source>Name of the template:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="176"/>
        <source>New support template</source>
        <translation>Nouveau modèle d&apos;accompagnement</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="178"/>
        <source>First step</source>
        <translation>Première étape</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="195"/>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="205"/>
        <source>Support templates</source>
        <translation>Modèles d&apos;accompagnement</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="183"/>
        <source>Rename the template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/settings/templates.py" line="207"/>
        <source>Delete the template « %1 »? Projects already planned keep their milestones.</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»&#xa0;? Les projets déjà planifiés gardent leurs jalons.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/timeline.py" line="59"/>
        <source>Planned on %1</source>
        <extracomment>« today » is written above the line, the first and last dates below.</extracomment>
        <translation>Prévu le %1</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/timeline.py" line="62"/>
        <source>Done on %1</source>
        <translation>Réalisé le %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fabrique_desktop/ui/projects/timeline.py" line="65"/>
        <source>Late by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/projects/timeline.py" line="108"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <location filename="../../fabrique_desktop/ui/first_run.py" line="97"/>
        <source>Who is using Fabrique Desktop?</source>
        <translation>Qui utilise Fabrique Desktop ?</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_run.py" line="121"/>
        <source>Every decision recorded in this file is signed by the person using it: without your name the file cannot be opened. Close it?</source>
        <translation>Chaque décision enregistrée dans ce fichier est signée par la personne qui l&apos;utilise&#xa0;: sans votre nom, le fichier ne peut pas être ouvert. Le fermer ?</translation>
    </message>
</context>
<context>
    <name>WhoAreYouForm</name>
    <message>
        <location filename="../../fabrique_desktop/ui/first_run.py" line="40"/>
        <source>Your name is recorded as the author of the decisions and changes you make in this file.</source>
        <translation>Votre nom sera enregistré comme auteur des décisions et des modifications que vous ferez dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_run.py" line="54"/>
        <source>&amp;I am:</source>
        <translation>&amp;Je suis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_run.py" line="54"/>
        <source>Someone new</source>
        <translation>Une nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_run.py" line="60"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_run.py" line="61"/>
        <source>&amp;Organisation:</source>
        <translation>S&amp;tructure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/first_run.py" line="63"/>
        <source>Which &amp;one:</source>
        <translation>&amp;Laquelle&#xa0;:</translation>
    </message>
</context>
</TS>
