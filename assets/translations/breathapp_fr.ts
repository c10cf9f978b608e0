<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AboutForm</name>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Kinésithérapeute</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>Quand appeler</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Heures de rappel</translation>
    </message>
    <message>
        <source>Recorded voice</source>
        <translation>Voix enregistrée</translation>
    </message>
    <message>
        <source>A few personal words: what to keep in mind, and that asking is welcome.</source>
        <translation>Quelques mots personnels : à quoi faire attention, et que les questions sont toujours bienvenues.</translation>
    </message>
    <message>
        <source>For example: weekdays 8–12</source>
        <translation>Par exemple : en semaine, de 8 h à 12 h</translation>
    </message>
    <message>
        <source>For example: 08:30, 20:00</source>
        <translation>Par exemple : 08:30, 20:00</translation>
    </message>
    <message>
        <source>Suggested times for reminders, up to four</source>
        <translation>Heures proposées pour les rappels, quatre au plus</translation>
    </message>
    <message>
        <source>Your recorded voice, sent with the plan so your patient hears you at home</source>
        <translation>Votre voix enregistrée, envoyée avec le programme pour que votre patient vous entende à la maison</translation>
    </message>
    <message>
        <source>Your advice for a bad day</source>
        <translation>Votre conseil pour une mauvaise journée</translation>
    </message>
    <message>
        <source>What helps when the pain flares up, in your own words. Your patient reads it on a bad day, after a short calm session.</source>
        <translation>Ce qui aide quand la douleur se réveille, avec vos propres mots. Votre patient le lit lors d&apos;une mauvaise journée, après une courte séance calme.</translation>
    </message>
    <message>
        <source>Suggest contacting me when pain stays high or rises</source>
        <translation>Proposer de me contacter quand la douleur reste forte ou augmente</translation>
    </message>
    <message>
        <source>A quiet suggestion with your contact details, at most once a week, after three days in a row of pain 7 or more, or pain that rose over a week.</source>
        <translation>Une suggestion discrète avec vos coordonnées, au plus une fois par semaine : après trois jours de suite avec une douleur de 7 ou plus, ou quand la douleur a augmenté au fil d&apos;une semaine.</translation>
    </message>
</context>
<context>
    <name>AllowHolds</name>
    <message>
        <source>Allow breath holds</source>
        <translation>Autoriser les pauses respiratoires</translation>
    </message>
    <message>
        <source>Allow breath holds again?</source>
        <translation>Autoriser à nouveau les pauses respiratoires ?</translation>
    </message>
    <message>
        <source>Your therapist turned this on to keep your breathing without pauses. Turn it off only after talking with them.</source>
        <translation>Votre kinésithérapeute a activé ce réglage pour que vous respiriez sans pause. Ne le désactivez qu&apos;après en avoir parlé avec lui ou elle.</translation>
    </message>
    <message>
        <source>Keep them off</source>
        <translation>Rester sans pause</translation>
    </message>
    <message>
        <source>PIN for this profile</source>
        <translation>Code PIN de ce profil</translation>
    </message>
    <message>
        <source>This profile has a PIN. Type it to allow breath holds again.</source>
        <translation>Ce profil a un code PIN. Tapez-le pour autoriser à nouveau les pauses respiratoires.</translation>
    </message>
    <message>
        <source>That PIN is not right. Tries left: %1.</source>
        <translation>Ce code PIN n&apos;est pas le bon. Essais restants : %1.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait a minute, then try again.</source>
        <translation>Trop d&apos;essais. Attendez une petite minute, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>BackgroundSettings</name>
    <message>
        <source>Background sound</source>
        <translation>Son de fond</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Brown noise</source>
        <translation>Bruit brun</translation>
    </message>
    <message>
        <source>Soft rain</source>
        <translation>Pluie douce</translation>
    </message>
    <message>
        <source>Soft waves</source>
        <translation>Vagues douces</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Listen to the background sound</source>
        <translation>Écouter le son de fond</translation>
    </message>
    <message>
        <source>Background volume</source>
        <translation>Volume du son de fond</translation>
    </message>
    <message>
        <source>A quiet sound under your session, always softer than the voice. It comes in slowly and fades away when you pause or stop.</source>
        <translation>Un son discret pendant votre séance, toujours plus doux que la voix. Il arrive lentement et s&apos;éteint doucement quand vous faites une pause ou arrêtez.</translation>
    </message>
</context>
<context>
    <name>BadDayEnd</name>
    <message>
        <source>This note is a little long. Could you keep it under 1000 characters?</source>
        <translation>Cette note est un peu longue. Pourriez-vous la raccourcir à moins de 1000 caractères ?</translation>
    </message>
    <message>
        <source>Saved. It will be in the report for your therapist.</source>
        <translation>Note enregistrée. Elle figurera dans le rapport destiné à votre kinésithérapeute.</translation>
    </message>
    <message>
        <source>Thank you for taking this time for yourself.</source>
        <translation>Merci d&apos;avoir pris ce temps pour vous.</translation>
    </message>
    <message>
        <source>Your therapist&apos;s advice</source>
        <translation>Le conseil de votre kinésithérapeute</translation>
    </message>
    <message>
        <source>A note for your therapist (optional)</source>
        <translation>Une note pour votre kinésithérapeute (facultatif)</translation>
    </message>
    <message>
        <source>What went well, what was hard</source>
        <translation>Ce qui s&apos;est bien passé, ce qui a été difficile</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>After the flare-up session</source>
        <translation>Après la séance pour une poussée douloureuse</translation>
    </message>
</context>
<context>
    <name>BadDayFlow</name>
    <message>
        <source>Could you write a few words, with letters or numbers?</source>
        <translation>Pourriez-vous écrire quelques mots, avec des lettres ou des chiffres ?</translation>
    </message>
    <message>
        <source>The note could not be saved just now.</source>
        <translation>La note n&apos;a pas pu être enregistrée pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>BadDayStart</name>
    <message>
        <source>A bad day is nobody&apos;s fault. Take a few quiet minutes for yourself.</source>
        <translation>Un mauvais jour n&apos;est la faute de personne. Prenez quelques minutes de calme pour vous.</translation>
    </message>
    <message>
        <source>Lie down or sit well supported. Answer, or skip the question, and a short, gentle session begins.</source>
        <translation>Allongez-vous, ou asseyez-vous avec un bon appui. Répondez à la question ou passez-la : une séance courte et douce commence ensuite.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>I&apos;m having a bad day</source>
        <translation>Je passe une mauvaise journée</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Nothing to show in this period.</source>
        <translation>Rien à afficher pour cette période.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>How much pain do you feel now?</source>
        <translation>Quel est votre niveau de douleur maintenant ?</translation>
    </message>
    <message>
        <source>How much pain do you feel right now?</source>
        <translation>Quel est votre niveau de douleur en ce moment ?</translation>
    </message>
    <message>
        <source>0 is no pain, 10 is the worst pain you can imagine.</source>
        <translation>0 : pas de douleur ; 10 : la pire douleur que vous puissiez imaginer.</translation>
    </message>
    <message>
        <source>How tense do you feel now?</source>
        <translation>Quelle tension ressentez-vous maintenant ?</translation>
    </message>
    <message>
        <source>How tense do you feel right now?</source>
        <translation>Quelle tension ressentez-vous en ce moment ?</translation>
    </message>
    <message>
        <source>0 is completely relaxed, 10 is very tense. Your own feeling, not a test.</source>
        <translation>0 : aucune tension ; 10 : une très forte tension. C&apos;est votre ressenti, pas un test.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Type a number from 0 to 10, then press Enter.</source>
        <translation>Tapez un nombre de 0 à 10, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Click a number, or type it and press Enter.</source>
        <translation>Cliquez sur un nombre, ou tapez-le et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>You typed %1. Press Enter to choose it.</source>
        <translation>Vous avez tapé %1. Appuyez sur Entrée pour le choisir.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>Quand appeler</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>Includes a recorded voice: %1, %n steps</source>
        <translation>
            <numerusform>Avec une voix enregistrée : %1, %n étape</numerusform>
            <numerusform>Avec une voix enregistrée : %1, %n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move every day: %n minutes of %1</source>
        <translation>
            <numerusform>Bouger chaque jour : %n minute de %1</numerusform>
            <numerusform>Bouger chaque jour : %n minutes de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move every day: %n minutes</source>
        <translation>
            <numerusform>Bouger chaque jour : %n minute</numerusform>
            <numerusform>Bouger chaque jour : %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n fois par jour</numerusform>
            <numerusform>%n fois par jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n fois par semaine</numerusform>
            <numerusform>%n fois par semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the history file was damaged and there was no backup to restore; it was set aside as %1 and a new history was started with the %n sessions still readable in it</source>
        <translation>
            <numerusform>le fichier d&apos;historique était endommagé et aucune sauvegarde ne pouvait être restaurée ; il a été mis de côté sous %1 et un nouvel historique a été commencé avec la %n séance encore lisible</numerusform>
            <numerusform>le fichier d&apos;historique était endommagé et aucune sauvegarde ne pouvait être restaurée ; il a été mis de côté sous %1 et un nouvel historique a été commencé avec les %n séances encore lisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the history file was damaged; it was set aside as %1 and the backup of %2 was restored; %n sessions were read back from the damaged file, others after the backup may be missing</source>
        <translation>
            <numerusform>le fichier d&apos;historique était endommagé ; il a été mis de côté sous %1 et la sauvegarde du %2 a été restaurée ; %n séance a été relue dans le fichier endommagé, d&apos;autres, postérieures à la sauvegarde, peuvent manquer</numerusform>
            <numerusform>le fichier d&apos;historique était endommagé ; il a été mis de côté sous %1 et la sauvegarde du %2 a été restaurée ; %n séances ont été relues dans le fichier endommagé, d&apos;autres, postérieures à la sauvegarde, peuvent manquer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with practice</source>
        <translation>
            <numerusform>%n jour d&apos;exercice</numerusform>
            <numerusform>%n jours d&apos;exercice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved 15 minutes or more on %n days</source>
        <translation>
            <numerusform>%n jour avec 15 minutes de mouvement ou plus</numerusform>
            <numerusform>%n jours avec 15 minutes de mouvement ou plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n days at your goal of %2</source>
        <translation>
            <numerusform>objectif de %2 atteint %1 fois sur %n jour</numerusform>
            <numerusform>objectif de %2 atteint %1 fois sur %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week you practised %n days, %1.</source>
        <translation>
            <numerusform>Cette semaine, vous avez fait vos exercices pendant %n jour, %1 en tout.</numerusform>
            <numerusform>Cette semaine, vous avez fait vos exercices pendant %n jours, %1 en tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions rated</source>
        <translation>
            <numerusform>%n séance évaluée</numerusform>
            <numerusform>%n séances évaluées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n planned sessions done</source>
        <translation>
            <numerusform>Séances faites : %1 sur %n prévue</numerusform>
            <numerusform>Séances faites : %1 sur %n prévues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>days at your goal of %n minutes this week</source>
        <translation>
            <numerusform>jours où vous avez atteint votre objectif de %n minute cette semaine</numerusform>
            <numerusform>jours où vous avez atteint votre objectif de %n minutes cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps recorded</source>
        <translation>
            <numerusform>%1 étape enregistrée sur %n</numerusform>
            <numerusform>%1 sur %n étapes enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 most recent of %Ln sessions in this period.</source>
        <translation>
            <numerusform>Les %1 plus récentes de %Ln séance de cette période.</numerusform>
            <numerusform>Les %1 plus récentes des %Ln séances de cette période.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bad days logged: %Ln days</source>
        <translation>
            <numerusform>Mauvaises journées notées : %Ln jour</numerusform>
            <numerusform>Mauvaises journées notées : %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln days</source>
        <translation>
            <numerusform>%1 jour sur %Ln</numerusform>
            <numerusform>%1 sur %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days with at least the daily goal of %Ln minutes</source>
        <translation>
            <numerusform>Jours avec au moins %Ln minute (l&apos;objectif quotidien)</numerusform>
            <numerusform>Jours avec au moins %Ln minutes (l&apos;objectif quotidien)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln listed sessions</source>
        <translation>
            <numerusform>%1 sur %Ln séance listée</numerusform>
            <numerusform>%1 des %Ln séances listées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes per day, as an average over %n days</source>
        <translation>
            <numerusform>Minutes par jour, en moyenne sur %n jour</numerusform>
            <numerusform>Minutes par jour, en moyenne sur %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln planned sessions done</source>
        <translation>
            <numerusform>Séances faites : %1 sur %Ln prévue</numerusform>
            <numerusform>Séances faites : %1 sur %Ln prévues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Ce texte est trop long : %n caractère au plus.</numerusform>
            <numerusform>Ce texte est trop long : %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n fois par jour</numerusform>
            <numerusform>%n fois par jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n fois par semaine</numerusform>
            <numerusform>%n fois par semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This phase lasts %n days; then the next one starts by itself.</source>
        <translation>
            <numerusform>Cette phase dure %n jour ; ensuite, la suivante commence d&apos;elle-même.</numerusform>
            <numerusform>Cette phase dure %n jours ; ensuite, la suivante commence d&apos;elle-même.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Movement each day: %n minutes</source>
        <translation>
            <numerusform>Mouvement chaque jour : %n minute</numerusform>
            <numerusform>Mouvement chaque jour : %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Movement each day: %n minutes, %1</source>
        <translation>
            <numerusform>Mouvement chaque jour : %n minute, %1</numerusform>
            <numerusform>Mouvement chaque jour : %n minutes, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n days</source>
        <translation>
            <numerusform>Après %n jour</numerusform>
            <numerusform>Après %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation>
            <numerusform>%n respiration</numerusform>
            <numerusform>%n respirations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>4-7-8 breathing is new for you: until %1, one session is at most %n breaths. This one ends after %n breaths.</source>
        <translation>
            <numerusform>La respiration 4-7-8 est nouvelle pour vous : jusqu&apos;au %1, une séance compte au plus %n respiration. Celle-ci s&apos;arrête après %n respiration.</numerusform>
            <numerusform>La respiration 4-7-8 est nouvelle pour vous : jusqu&apos;au %1, une séance compte au plus %n respirations. Celle-ci s&apos;arrête après %n respirations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes written for you in this period.</source>
        <translation>
            <numerusform>%Ln note écrite pour vous pendant cette période.</numerusform>
            <numerusform>%Ln notes écrites pour vous pendant cette période.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %1 of %Ln weeks.</source>
        <translation>
            <numerusform>Les %1 dernières sur %Ln semaine.</numerusform>
            <numerusform>Les %1 dernières sur %Ln semaines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Optional; at most %n characters.</source>
        <translation>
            <numerusform>Facultatif ; %n caractère au plus.</numerusform>
            <numerusform>Facultatif ; %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A goal of 1 to %n minutes a day, or no goal.</source>
        <translation>
            <numerusform>Un objectif de 1 à %n minute par jour, ou pas d&apos;objectif.</numerusform>
            <numerusform>Un objectif de 1 à %n minutes par jour, ou pas d&apos;objectif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For example walking or cycling; at most %n characters.</source>
        <translation>
            <numerusform>Par exemple la marche ou le vélo ; %n caractère au plus.</numerusform>
            <numerusform>Par exemple la marche ou le vélo ; %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your heart follows your breath: %n beats a minute up and down</source>
        <translation>
            <numerusform>Votre cœur suit votre souffle : il monte et descend de %n battement par minute</numerusform>
            <numerusform>Votre cœur suit votre souffle : il monte et descend de %n battements par minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heart rate now: %n a minute</source>
        <translation>
            <numerusform>Fréquence cardiaque actuelle : %n par minute</numerusform>
            <numerusform>Fréquence cardiaque actuelle : %n par minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n % of beats left out as unclear</source>
        <translation>
            <numerusform>%n % des battements écartés car peu clairs</numerusform>
            <numerusform>%n % des battements écartés car peu clairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>Le rapport est enregistré sous :
%1</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Enregistrer une sauvegarde</translation>
    </message>
    <message>
        <source>Export as a spreadsheet</source>
        <translation>Exporter en tableur</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions are saved in:
%1</source>
        <translation>
            <numerusform>%n séance est enregistrée dans :
%1</numerusform>
            <numerusform>%n séances sont enregistrées dans :
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file holds %n sessions, saved on %1. Add them to your history? Sessions you already have are left as they are.</source>
        <translation>
            <numerusform>Ce fichier contient %n séance, enregistrée le %1. L&apos;ajouter à votre historique ? Les séances que vous avez déjà restent telles quelles.</numerusform>
            <numerusform>Ce fichier contient %n séances, enregistrées le %1. Les ajouter à votre historique ? Les séances que vous avez déjà restent telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions were added.</source>
        <translation>
            <numerusform>%n séance a été ajoutée.</numerusform>
            <numerusform>%n séances ont été ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your history.</source>
        <translation>
            <numerusform>%n était déjà dans votre historique.</numerusform>
            <numerusform>%n étaient déjà dans votre historique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days you moved 15 minutes or more were added too.</source>
        <translation>
            <numerusform>%n jour où vous avez bougé 15 minutes ou plus a aussi été ajouté.</numerusform>
            <numerusform>%n jours où vous avez bougé 15 minutes ou plus ont aussi été ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>Importer une sauvegarde</translation>
    </message>
    <message>
        <source>Open a practice file</source>
        <translation>Ouvrir un fichier d&apos;exercices</translation>
    </message>
    <message>
        <source>This file cannot be used, and nothing was changed.

%1</source>
        <translation>Ce fichier ne peut pas être utilisé, et rien n&apos;a été modifié.

%1</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 n&apos;a pas pu être enregistré : %2.</translation>
    </message>
</context>
<context>
    <name>FlareOffer</name>
    <message>
        <source>Your pain is high today. A gentle flare-up session can help, if you like.</source>
        <translation>Votre douleur est forte aujourd&apos;hui. Une séance douce, pensée pour ces jours-là, peut aider, si vous le souhaitez.</translation>
    </message>
    <message>
        <source>The flare-up session</source>
        <translation>La séance pour une poussée douloureuse</translation>
    </message>
    <message>
        <source>Keep my planned session</source>
        <translation>Garder ma séance prévue</translation>
    </message>
</context>
<context>
    <name>GuideCanvas</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guide de respiration</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seconds left</source>
        <translation>
            <numerusform>%1, encore %n seconde</numerusform>
            <numerusform>%1, encore %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Arrêter la séance (Échap)</translation>
    </message>
    <message>
        <source>I feel dizzy</source>
        <translation>J&apos;ai la tête qui tourne</translation>
    </message>
    <message>
        <source>Stop now and breathe normally (D)</source>
        <translation>Arrêter maintenant et respirer normalement (D)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or continue (Space)</source>
        <translation>Mettre en pause ou continuer (Espace)</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Commencez quand vous voulez</translation>
    </message>
    <message>
        <source>Sit or lie comfortably. Breathe gently: slower, not deeper.</source>
        <translation>Asseyez-vous ou allongez-vous confortablement. Respirez doucement : plus lentement, pas plus profondément.</translation>
    </message>
    <message>
        <source>Press Space to start.</source>
        <translation>Appuyez sur Espace pour commencer.</translation>
    </message>
    <message>
        <source>Get comfortable</source>
        <translation>Installez-vous confortablement</translation>
    </message>
    <message>
        <source>Press Space to begin now.</source>
        <translation>Appuyez sur Espace pour commencer tout de suite.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>déjà %1</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>Last time you felt dizzy. %1 may suit you better. Breathe softly: slower, not deeper.</source>
        <translation>La dernière fois, vous avez eu la tête qui tourne. %1 vous conviendra peut-être mieux. Respirez doucement : plus lentement, pas plus profondément.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Choisir %1</translation>
    </message>
</context>
<context>
    <name>HeartBox</name>
    <message>
        <source>Show my heart</source>
        <translation>Afficher mon cœur</translation>
    </message>
</context>
<context>
    <name>HeartCurve</name>
    <message>
        <source>Heart rate and breath over the last minute and a half</source>
        <translation>Fréquence cardiaque et souffle de la dernière minute et demie</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Your practice</source>
        <translation>Vos exercices</translation>
    </message>
    <message>
        <source>Report for your therapist (PDF)…</source>
        <translation>Rapport pour votre kinésithérapeute (PDF)…</translation>
    </message>
    <message>
        <source>The period shown below, on one or two pages</source>
        <translation>La période affichée ci-dessous, sur une ou deux pages</translation>
    </message>
    <message>
        <source>Backup and files</source>
        <translation>Sauvegarde et fichiers</translation>
    </message>
    <message>
        <source>Save a backup…</source>
        <translation>Enregistrer une sauvegarde…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>Tableur (CSV)…</translation>
    </message>
    <message>
        <source>Import a backup…</source>
        <translation>Importer une sauvegarde…</translation>
    </message>
    <message>
        <source>Open a practice file…</source>
        <translation>Ouvrir un fichier d&apos;exercices…</translation>
    </message>
    <message>
        <source>Look at a patient&apos;s file; nothing is mixed in</source>
        <translation>Consulter le fichier d&apos;un patient ; rien n&apos;est mêlé à vos données</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Rétablir l&apos;affichage</translation>
    </message>
    <message>
        <source>To zoom in on the days, hold Ctrl and turn the mouse wheel over a chart</source>
        <translation>Pour zoomer sur les jours, maintenez Ctrl et tournez la molette de la souris sur un graphique</translation>
    </message>
    <message>
        <source>Practice days this year</source>
        <translation>Jours d&apos;exercice cette année</translation>
    </message>
    <message>
        <source>How you felt before and after</source>
        <translation>Votre ressenti, avant et après</translation>
    </message>
    <message>
        <source>Your breathing pace</source>
        <translation>Votre cadence de respiration</translation>
    </message>
    <message>
        <source>Your practice will show here after your first session.
A few calm minutes are a good start.</source>
        <translation>Vos exercices apparaîtront ici après votre première séance.
Quelques minutes au calme, c&apos;est un bon début.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Commencer une séance</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutes par semaine</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minutes par jour</translation>
    </message>
    <message>
        <source>Each week: the average of your own ratings. Not a test.</source>
        <translation>Chaque semaine : la moyenne de vos propres évaluations. Pas un test.</translation>
    </message>
    <message>
        <source>Your own ratings, not a test.</source>
        <translation>Vos propres évaluations, pas un test.</translation>
    </message>
    <message>
        <source>this week (goal %1 a day)</source>
        <translation>cette semaine (objectif : %1 par jour)</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in all, in %n sessions</source>
        <translation>
            <numerusform>au total, en %n séance</numerusform>
            <numerusform>au total, en %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>in a row now; longest %1</source>
        <translation>d&apos;affilée ; au plus long : %1</translation>
    </message>
    <message>
        <source>tension change: rate it before and after</source>
        <translation>évolution de la tension : évaluez-la avant et après</translation>
    </message>
    <message>
        <source>less tense after a session, on average</source>
        <translation>de tension en moins après une séance, en moyenne</translation>
    </message>
    <message>
        <source>more tense after a session, on average</source>
        <translation>de tension en plus après une séance, en moyenne</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>à peu près pareil</translation>
    </message>
    <message>
        <source>tension before and after a session, on average</source>
        <translation>tension avant et après une séance, en moyenne</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>semaine du %1 : %2</translation>
    </message>
    <message>
        <source>After a session, on average: </source>
        <translation>Après une séance, en moyenne : </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>A plan from your therapist</source>
        <translation>Un programme de votre kinésithérapeute</translation>
    </message>
    <message>
        <source>This is what the plan holds. Nothing changes until you accept it.</source>
        <translation>Voici ce que contient le programme. Rien ne change tant que vous ne l&apos;acceptez pas.</translation>
    </message>
    <message>
        <source>You already follow a plan. Accepting this one replaces it; what you practised stays in your history.</source>
        <translation>Vous suivez déjà un programme. Si vous acceptez celui-ci, il le remplace ; vos exercices restent dans votre historique.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Accepter</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Own pattern (seconds)</source>
        <translation>Rythme personnel (secondes)</translation>
    </message>
    <message>
        <source>%1 min, its own length</source>
        <translation>%1 min, sa propre durée</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>pas sur cet ordinateur</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>Relaxation</translation>
    </message>
    <message>
        <source>In-pause-out-pause, in seconds, for example 4-0-6-0</source>
        <translation>Inspiration-pause-expiration-pause, en secondes, par exemple 4-0-6-0</translation>
    </message>
    <message>
        <source>Seconds (in-pause-out-pause)</source>
        <translation>Secondes (insp.-pause-exp.-pause)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this session</source>
        <translation>Retirer cette séance</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>Slow down gradually</source>
        <translation>Ralentir peu à peu</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>over</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Type de séance</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Rythme respiratoire</translation>
    </message>
    <message>
        <source>Own pattern, in seconds</source>
        <translation>Rythme personnel, en secondes</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Combien de fois</translation>
    </message>
    <message>
        <source>How often: a day or a week</source>
        <translation>À quelle fréquence : par jour ou par semaine</translation>
    </message>
    <message>
        <source>Start pace, breaths per minute</source>
        <translation>Cadence de départ, respirations par minute</translation>
    </message>
    <message>
        <source>Minutes to slow down over</source>
        <translation>Minutes pour ralentir</translation>
    </message>
</context>
<context>
    <name>LiveControls</name>
    <message>
        <source>As far as it goes: %1</source>
        <translation>Limite atteinte : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Start, pause or continue</source>
        <translation>Commencer, mettre en pause ou continuer</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Stop the session, or leave full screen</source>
        <translation>Arrêter la séance, ou quitter le plein écran</translation>
    </message>
    <message>
        <source>I feel dizzy: stop at once</source>
        <translation>J&apos;ai la tête qui tourne : arrêter tout de suite</translation>
    </message>
    <message>
        <source>Previous or next step of a relaxation</source>
        <translation>Étape précédente ou suivante d&apos;une relaxation</translation>
    </message>
    <message>
        <source>Sound on or off</source>
        <translation>Son activé ou coupé</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Plein écran activé ou non</translation>
    </message>
    <message>
        <source>Report for your therapist (PDF)…</source>
        <translation>Rapport pour votre kinésithérapeute (PDF)…</translation>
    </message>
    <message>
        <source>Save a backup…</source>
        <translation>Enregistrer une sauvegarde…</translation>
    </message>
    <message>
        <source>Open a practice file…</source>
        <translation>Ouvrir un fichier d&apos;exercices…</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Modifier le programme…</translation>
    </message>
    <message>
        <source>Import a plan…</source>
        <translation>Importer un programme…</translation>
    </message>
    <message>
        <source>Export the plan…</source>
        <translation>Exporter le programme…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BreathApp %1&lt;/h3&gt;&lt;p&gt;Guided slow belly breathing, at your own pace.&lt;/p&gt;&lt;p&gt;A practice aid, not a medical device. Breathe gently; if you feel dizzy, stop and breathe normally.&lt;/p&gt;&lt;p&gt;Works fully offline: nothing leaves this computer.&lt;/p&gt;&lt;p&gt;Your data is kept in:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BreathApp %1&lt;/h3&gt;&lt;p&gt;Une respiration lente par le ventre, guidée, à votre rythme.&lt;/p&gt;&lt;p&gt;Une aide pour vos exercices, pas un dispositif médical. Respirez doucement ; si vous avez la tête qui tourne, arrêtez et respirez normalement.&lt;/p&gt;&lt;p&gt;Fonctionne entièrement hors ligne : rien ne quitte cet ordinateur.&lt;/p&gt;&lt;p&gt;Vos données sont conservées dans :&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Licence : GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About BreathApp</source>
        <translation>À propos de BreathApp</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respirer</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Relaxation</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>I feel dizzy</source>
        <translation>J&apos;ai la tête qui tourne</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Breathing safely…</source>
        <translation>Respirer en toute sécurité…</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Present in the treatment room</source>
        <translation>Présenter en salle de soins</translation>
    </message>
    <message>
        <source>Import a backup…</source>
        <translation>Importer une sauvegarde…</translation>
    </message>
    <message>
        <source>Stop and close?</source>
        <translation>Arrêter et fermer ?</translation>
    </message>
    <message>
        <source>A session is under way. Stop it and close BreathApp? What you practised so far is kept.</source>
        <translation>Une séance est en cours. L&apos;arrêter et fermer BreathApp ? Ce que vous avez déjà fait est conservé.</translation>
    </message>
    <message>
        <source>Practice not saved yet</source>
        <translation>Séance pas encore enregistrée</translation>
    </message>
    <message>
        <source>Your last practice could not be saved yet (the disk may be full). If you close now, it is lost. Close anyway?</source>
        <translation>Votre dernière séance n&apos;a pas encore pu être enregistrée (le disque est peut-être plein). Si vous fermez maintenant, elle sera perdue. Fermer quand même ?</translation>
    </message>
</context>
<context>
    <name>MorePanel</name>
    <message>
        <source>Make your own…</source>
        <translation>Créer le vôtre…</translation>
    </message>
    <message>
        <source>Set the seconds in and out yourself</source>
        <translation>Choisir vous-même les secondes d&apos;inspiration et d&apos;expiration</translation>
    </message>
    <message>
        <source>Exact length</source>
        <translation>Durée précise</translation>
    </message>
    <message>
        <source>Slow down gradually</source>
        <translation>Ralentir peu à peu</translation>
    </message>
    <message>
        <source>Begin at a more comfortable, quicker pace and ease into the pattern.</source>
        <translation>Commencez à une cadence plus confortable, un peu plus rapide, puis ralentissez doucement jusqu&apos;au rythme choisi.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>breaths a minute,</source>
        <translation>respirations par minute,</translation>
    </message>
    <message>
        <source>over</source>
        <translation>en</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Length in</source>
        <translation>Durée en</translation>
    </message>
    <message>
        <source>Minutes or breaths</source>
        <translation>Minutes ou respirations</translation>
    </message>
    <message>
        <source>Start pace, breaths per minute</source>
        <translation>Cadence de départ, respirations par minute</translation>
    </message>
    <message>
        <source>Minutes to slow down over</source>
        <translation>Minutes pour ralentir</translation>
    </message>
</context>
<context>
    <name>MovementQuestion</name>
    <message numerus="yes">
        <source>A number from 1 to %n minutes, please.</source>
        <translation>
            <numerusform>Un nombre de 1 à %n minutes, s&apos;il vous plaît.</numerusform>
            <numerusform>Un nombre de 1 à %n minutes, s&apos;il vous plaît.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Another number of minutes</source>
        <translation>Un autre nombre de minutes</translation>
    </message>
    <message>
        <source>How many minutes did you move today?</source>
        <translation>Combien de minutes avez-vous bougé aujourd&apos;hui ?</translation>
    </message>
    <message>
        <source>A walk, cycling, the stairs, gardening: all of it counts.</source>
        <translation>Une promenade, du vélo, les escaliers, le jardinage : tout compte.</translation>
    </message>
    <message numerus="yes">
        <source>Your goal in this phase: %n minutes of %1</source>
        <translation>
            <numerusform>Votre objectif dans cette phase : %n minute de %1</numerusform>
            <numerusform>Votre objectif dans cette phase : %n minutes de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your goal in this phase: %n minutes a day</source>
        <translation>
            <numerusform>Votre objectif dans cette phase : %n minute par jour</numerusform>
            <numerusform>Votre objectif dans cette phase : %n minutes par jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: 15 minutes or more.</source>
        <translation>Aujourd&apos;hui : 15 minutes ou plus.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n minutes.</source>
        <translation>
            <numerusform>Aujourd&apos;hui : %n minute.</numerusform>
            <numerusform>Aujourd&apos;hui : %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>You reached your goal for today.</source>
        <translation>Vous avez atteint votre objectif du jour.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear today&apos;s minutes</source>
        <translation>Effacer les minutes d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Minutes moved today</source>
        <translation>Minutes de mouvement aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Enregistrer les minutes</translation>
    </message>
</context>
<context>
    <name>NewPackDialog</name>
    <message>
        <source>New voice pack</source>
        <translation>Nouveau pack de voix</translation>
    </message>
    <message>
        <source>For example: Anna&apos;s voice</source>
        <translation>Par exemple : la voix d&apos;Anna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Language of the recordings</source>
        <translation>Langue des enregistrements</translation>
    </message>
    <message>
        <source>Make the pack</source>
        <translation>Créer le pack</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>A note for your therapist (optional)</source>
        <translation>Une note pour votre kinésithérapeute (facultatif)</translation>
    </message>
    <message>
        <source>What went well, what was hard</source>
        <translation>Ce qui s&apos;est bien passé, ce qui a été difficile</translation>
    </message>
    <message>
        <source>Keep this note private</source>
        <translation>Garder cette note pour moi</translation>
    </message>
    <message>
        <source>This note is a little long. Could you keep it under 1000 characters?</source>
        <translation>Cette note est un peu longue. Pourriez-vous la raccourcir à moins de 1000 caractères ?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>PackBar</name>
    <message>
        <source>Voice pack</source>
        <translation>Pack de voix</translation>
    </message>
    <message>
        <source>New pack…</source>
        <translation>Nouveau pack…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>No voice pack yet: make one with New pack</source>
        <translation>Pas encore de pack de voix : créez-en un avec Nouveau pack</translation>
    </message>
    <message>
        <source>The voice pack “%1” is ready.</source>
        <translation>Le pack de voix « %1 » est prêt.</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <source>Make your own pattern</source>
        <translation>Créer votre propre rythme</translation>
    </message>
    <message>
        <source>Seconds per step</source>
        <translation>Secondes par étape</translation>
    </message>
    <message>
        <source>Pace and ratio</source>
        <translation>Cadence et rapport</translation>
    </message>
    <message>
        <source>This profile is set to breathe without pauses (no breath holds), as your therapist advised, so both pauses stay at 0.</source>
        <translation>Ce profil est réglé sans pause respiratoire, comme votre kinésithérapeute l&apos;a conseillé : les deux pauses restent donc à 0.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Pause after breathing in</source>
        <translation>Pause après l&apos;inspiration</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Pause after breathing out</source>
        <translation>Pause après l&apos;expiration</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>Breaths per minute</source>
        <translation>Respirations par minute</translation>
    </message>
    <message>
        <source>Breathe in : breathe out</source>
        <translation>Inspiration : expiration</translation>
    </message>
    <message>
        <source>Use this pattern</source>
        <translation>Choisir ce rythme</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PhaseForm</name>
    <message>
        <source>Name of the phase</source>
        <translation>Nom de la phase</translation>
    </message>
    <message>
        <source>For example: Calm and loosen</source>
        <translation>Par exemple : Calmer et assouplir</translation>
    </message>
    <message>
        <source>A word for the patient</source>
        <translation>Un petit mot pour le patient</translation>
    </message>
    <message>
        <source>What matters in this phase, in a sentence or two</source>
        <translation>Ce qui compte dans cette phase, en une ou deux phrases</translation>
    </message>
    <message>
        <source>The next phase starts</source>
        <translation>La phase suivante commence</translation>
    </message>
    <message>
        <source>by itself after</source>
        <translation>d&apos;elle-même après</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>when I say so</source>
        <translation>quand je le décide</translation>
    </message>
    <message>
        <source>With Plan ▸ Move to the next phase</source>
        <translation>Avec Programme ▸ Passer à la phase suivante</translation>
    </message>
    <message>
        <source>Sessions in this phase</source>
        <translation>Séances de cette phase</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <source>Days until the next phase</source>
        <translation>Jours avant la phase suivante</translation>
    </message>
    <message>
        <source>Movement each day</source>
        <translation>Mouvement chaque jour</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Pas d&apos;objectif</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Minutes of movement each day</source>
        <translation>Minutes de mouvement par jour</translation>
    </message>
    <message>
        <source>Which movement</source>
        <translation>Quel mouvement</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>marche</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>A PIN seals the notes, ratings, pain scores and the therapist&apos;s message and plan on this computer. Names, dates and minutes stay visible. Digits can be guessed by someone who copies the files: a passphrase is stronger.</source>
        <translation>Un code PIN verrouille les notes, les évaluations, les niveaux de douleur ainsi que le message et le programme du kinésithérapeute sur cet ordinateur. Les noms, les dates et les minutes restent visibles. Quelqu&apos;un qui copie les fichiers peut deviner des chiffres : une phrase secrète est plus sûre.</translation>
    </message>
    <message>
        <source>With a PIN, this profile opens only with it, and its notes, ratings, pain scores and the therapist&apos;s message and plan are sealed on this computer, in its backups too. The profile&apos;s name, the dates and the minutes practised stay visible, for the list of profiles and the reminders. Someone who copies the files can try every 4-digit PIN within hours; a passphrase of several words, or a separate computer account for each person, is the stronger wall. A forgotten PIN cannot be recovered: the therapist can delete the profile, but no one can read it.</source>
        <translation>Avec un code PIN, ce profil ne s&apos;ouvre qu&apos;avec lui, et ses notes, ses évaluations, ses niveaux de douleur ainsi que le message et le programme du kinésithérapeute sont verrouillés sur cet ordinateur, dans les sauvegardes aussi. Le nom du profil, les dates et les minutes d&apos;exercice restent visibles, pour la liste des profils et les rappels. Quelqu&apos;un qui copie les fichiers peut essayer tous les codes à 4 chiffres en quelques heures ; une phrase secrète de plusieurs mots, ou un compte d&apos;ordinateur séparé pour chaque personne, protège mieux. Un code PIN oublié ne peut pas être récupéré : le kinésithérapeute peut supprimer le profil, mais personne ne peut le lire.</translation>
    </message>
</context>
<context>
    <name>PinSettings</name>
    <message>
        <source>Set a PIN…</source>
        <translation>Choisir un code PIN…</translation>
    </message>
    <message>
        <source>Change the PIN…</source>
        <translation>Changer le code PIN…</translation>
    </message>
    <message>
        <source>Remove the PIN…</source>
        <translation>Retirer le code PIN…</translation>
    </message>
    <message>
        <source>This profile opens with a PIN.</source>
        <translation>Ce profil s&apos;ouvre avec un code PIN.</translation>
    </message>
    <message>
        <source>This profile has no PIN: it opens without one.</source>
        <translation>Ce profil n&apos;a pas de code PIN : il s&apos;ouvre sans code.</translation>
    </message>
</context>
<context>
    <name>PlaceChoice</name>
    <message>
        <source>Heart rate under the guide</source>
        <translation>Fréquence cardiaque sous le guide</translation>
    </message>
    <message>
        <source>Heart rate filling the guide&apos;s screen</source>
        <translation>Fréquence cardiaque sur tout l&apos;écran du guide</translation>
    </message>
    <message>
        <source>Where the heart rate shows on the guide&apos;s screen</source>
        <translation>Où la fréquence cardiaque s&apos;affiche sur l&apos;écran du guide</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>plan</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>Calm and loosen</source>
        <translation>Calmer et assouplir</translation>
    </message>
    <message>
        <source>Breathing plan</source>
        <translation>Programme de respiration</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <source>BreathApp plan (*%1)</source>
        <translation>Programme BreathApp (*%1)</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Modifier le programme…</translation>
    </message>
    <message>
        <source>Import a plan…</source>
        <translation>Importer un programme…</translation>
    </message>
    <message>
        <source>Export the plan…</source>
        <translation>Exporter le programme…</translation>
    </message>
    <message>
        <source>Move to the next phase</source>
        <translation>Passer à la phase suivante</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>Retirer le programme</translation>
    </message>
    <message>
        <source>Replace the plan?</source>
        <translation>Remplacer le programme ?</translation>
    </message>
    <message>
        <source>This profile already follows “%1”. Replace it with the new plan?</source>
        <translation>Ce profil suit déjà « %1 ». Le remplacer par le nouveau programme ?</translation>
    </message>
    <message>
        <source>Replace your plan?</source>
        <translation>Remplacer votre programme ?</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2”? What you practised stays in your history.</source>
        <translation>Remplacer « %1 » par « %2 » ? Vos exercices restent dans votre historique.</translation>
    </message>
    <message>
        <source>The recorded voice that came with this plan could not be installed, so nothing was changed.</source>
        <translation>La voix enregistrée fournie avec ce programme n&apos;a pas pu être installée : rien n&apos;a donc été modifié.</translation>
    </message>
    <message>
        <source>The plan was saved as:
%1

On the patient&apos;s computer, open it with Plan ▸ Import a plan….</source>
        <translation>Le programme est enregistré sous :
%1

Sur l&apos;ordinateur du patient, ouvrez-le avec Programme ▸ Importer un programme….</translation>
    </message>
    <message>
        <source>Move to the next phase?</source>
        <translation>Passer à la phase suivante ?</translation>
    </message>
    <message>
        <source>“%1” starts today.</source>
        <translation>« %1 » commence aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Remove the plan?</source>
        <translation>Retirer le programme ?</translation>
    </message>
    <message>
        <source>Stop following “%1”? What you practised stays in your history. If you have the plan&apos;s file, you can import it again.</source>
        <translation>Arrêter de suivre « %1 » ? Vos exercices restent dans votre historique. Si vous avez le fichier du programme, vous pouvez l&apos;importer à nouveau.</translation>
    </message>
    <message>
        <source>This plan cannot be used, so nothing was changed.</source>
        <translation>Ce programme ne peut pas être utilisé : rien n&apos;a donc été modifié.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>The pattern %1 has breath holds, and this profile is set to no breath holds. Choose a pattern without holds.</source>
        <translation>Le rythme %1 comporte des pauses respiratoires, et ce profil est réglé sans pause respiratoire. Choisissez un rythme sans pause respiratoire.</translation>
    </message>
    <message>
        <source>Remove this phase?</source>
        <translation>Retirer cette phase ?</translation>
    </message>
    <message>
        <source>“%1” and its sessions leave the plan.</source>
        <translation>« %1 » et ses séances sont retirées du programme.</translation>
    </message>
    <message>
        <source>Phase %1 on its first day, before any practice.</source>
        <translation>Phase %1 le premier jour, avant tout exercice.</translation>
    </message>
    <message>
        <source>What your patient sees</source>
        <translation>Ce que voit votre patient</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation>Titre du programme</translation>
    </message>
    <message>
        <source>For example: Calm back, step by step</source>
        <translation>Par exemple : Un dos apaisé, pas à pas</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Retirer la phase</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Phases and sessions</source>
        <translation>Phases et séances</translation>
    </message>
    <message>
        <source>Message and contact</source>
        <translation>Message et contact</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Enregistrer le programme</translation>
    </message>
    <message>
        <source>Phases of the plan</source>
        <translation>Phases du programme</translation>
    </message>
    <message>
        <source>The chosen phase</source>
        <translation>La phase choisie</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Quitter sans enregistrer ?</translation>
    </message>
    <message>
        <source>Your changes to this plan are not saved yet. Leave anyway?</source>
        <translation>Vos modifications de ce programme ne sont pas encore enregistrées. Quitter quand même ?</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>From %1</source>
        <translation>De la part de %1</translation>
    </message>
    <message>
        <source>Message from your therapist</source>
        <translation>Message de votre kinésithérapeute</translation>
    </message>
    <message>
        <source>The phases</source>
        <translation>Les phases</translation>
    </message>
    <message>
        <source>On a bad day</source>
        <translation>Lors d&apos;une mauvaise journée</translation>
    </message>
    <message>
        <source>Questions? Just ask</source>
        <translation>Des questions ? N&apos;hésitez pas</translation>
    </message>
    <message>
        <source>Suggested reminder times: %1</source>
        <translation>Heures de rappel proposées : %1</translation>
    </message>
</context>
<context>
    <name>PlanVoice</name>
    <message>
        <source>Includes a recorded voice: %1, %2</source>
        <translation>Avec une voix enregistrée : %1, %2</translation>
    </message>
    <message>
        <source>No recorded voice</source>
        <translation>Pas de voix enregistrée</translation>
    </message>
    <message>
        <source>%1 (not on this computer)</source>
        <translation>%1 (pas sur cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>PlanWeeks</name>
    <message>
        <source>Your plan: sessions per week</source>
        <translation>Votre programme : séances par semaine</translation>
    </message>
    <message>
        <source>Every session counts, whatever the week looks like.</source>
        <translation>Chaque séance compte, quelle que soit la semaine.</translation>
    </message>
</context>
<context>
    <name>PracticeFileWindow</name>
    <message>
        <source>a patient</source>
        <translation>un patient</translation>
    </message>
    <message>
        <source>Practice file of %1</source>
        <translation>Fichier d&apos;exercices de %1</translation>
    </message>
    <message numerus="yes">
        <source>Practice file of %1, saved on %2, with %n sessions. You are only looking: nothing from it is added to any profile on this computer.</source>
        <translation>
            <numerusform>Fichier d&apos;exercices de %1, enregistré le %2, avec %n séance. Vous le consultez seulement : rien n&apos;est ajouté à un profil de cet ordinateur.</numerusform>
            <numerusform>Fichier d&apos;exercices de %1, enregistré le %2, avec %n séances. Vous le consultez seulement : rien n&apos;est ajouté à un profil de cet ordinateur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>pace</source>
        <translation>cadence</translation>
    </message>
    <message>
        <source>breath out</source>
        <translation>expiration</translation>
    </message>
    <message>
        <source>presets</source>
        <translation>rythmes</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>quitter</translation>
    </message>
    <message>
        <source>dizzy</source>
        <translation>tête qui tourne</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>couleurs</translation>
    </message>
    <message>
        <source>hide these keys</source>
        <translation>masquer ces touches</translation>
    </message>
    <message>
        <source>Get comfortable</source>
        <translation>Installez-vous confortablement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Save a copy first…</source>
        <translation>Enregistrer d&apos;abord une copie…</translation>
    </message>
    <message>
        <source>Delete without a copy</source>
        <translation>Supprimer sans copie</translation>
    </message>
    <message>
        <source>Practice file (*.json)</source>
        <translation>Fichier d&apos;exercices (*.json)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>P&amp;rofil</translation>
    </message>
    <message>
        <source>Switch profile…</source>
        <translation>Changer de profil…</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <source>Rename this profile…</source>
        <translation>Renommer ce profil…</translation>
    </message>
    <message>
        <source>Delete this profile…</source>
        <translation>Supprimer ce profil…</translation>
    </message>
    <message>
        <source>PIN for this profile…</source>
        <translation>Code PIN de ce profil…</translation>
    </message>
    <message>
        <source>Guest mode (nothing is saved)</source>
        <translation>Mode invité (rien n&apos;est enregistré)</translation>
    </message>
    <message>
        <source>Guest — nothing is saved</source>
        <translation>Invité — rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Tapez un nom, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>A name can have up to 40 characters.</source>
        <translation>Un nom peut compter jusqu&apos;à 40 caractères.</translation>
    </message>
    <message>
        <source>There is already a profile with that name.</source>
        <translation>Il existe déjà un profil avec ce nom.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Nom du nouveau profil :</translation>
    </message>
    <message>
        <source>Rename this profile</source>
        <translation>Renommer ce profil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>This is the only profile on this computer: it cannot be deleted.</source>
        <translation>C&apos;est le seul profil sur cet ordinateur : il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Delete this profile?</source>
        <translation>Supprimer ce profil ?</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? You can first save a copy of its practice history as a file, to keep or to give to the person.</source>
        <translation>Supprimer le profil « %1 » ? Vous pouvez d&apos;abord enregistrer une copie de son historique dans un fichier, à garder ou à donner à la personne.</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Supprimer définitivement ?</translation>
    </message>
    <message>
        <source>All sessions and settings of “%1” will be removed from this computer. This cannot be undone.</source>
        <translation>Toutes les séances et tous les réglages de « %1 » seront supprimés de cet ordinateur. C&apos;est définitif.</translation>
    </message>
    <message>
        <source>Save a copy of the history</source>
        <translation>Enregistrer une copie de l&apos;historique</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1. Nothing was deleted.</source>
        <translation>La copie n&apos;a pas pu être enregistrée : %1. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>PIN for this profile</source>
        <translation>Code PIN de ce profil</translation>
    </message>
    <message>
        <source>Your current PIN:</source>
        <translation>Votre code PIN actuel :</translation>
    </message>
    <message>
        <source>Leave it empty to remove the PIN.</source>
        <translation>Laissez vide pour retirer le code PIN.</translation>
    </message>
    <message>
        <source>A new PIN of 4 to 8 digits.</source>
        <translation>Un nouveau code PIN de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>A new passphrase of 8 characters or more: words, spaces, signs.</source>
        <translation>Une nouvelle phrase secrète de 8 caractères ou plus : des mots, des espaces, des signes.</translation>
    </message>
    <message>
        <source>Type the new PIN once more:</source>
        <translation>Tapez encore une fois le nouveau code PIN :</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Nothing was changed.</source>
        <translation>Les deux codes PIN ne sont pas identiques. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The PIN is set.</source>
        <translation>Le code PIN est activé.</translation>
    </message>
    <message>
        <source>The PIN is removed.</source>
        <translation>Le code PIN est retiré.</translation>
    </message>
    <message>
        <source>These copies could not be sealed, perhaps because the disk is full or the copy is damaged. They may still hold this profile&apos;s notes and ratings in readable form. Make some room and change the PIN again, or delete them:
%1</source>
        <translation>Ces copies n&apos;ont pas pu être verrouillées, peut-être parce que le disque est plein ou que la copie est abîmée. Elles contiennent peut-être encore les notes et les évaluations de ce profil en clair. Libérez de la place et changez à nouveau le code PIN, ou supprimez-les :
%1</translation>
    </message>
    <message>
        <source>The PIN was not changed: the current PIN was not right, or the new one is neither 4 to 8 digits nor a passphrase of 8 characters or more.</source>
        <translation>Le code PIN n&apos;a pas été changé : le code actuel n&apos;était pas le bon, ou le nouveau n&apos;a ni 4 à 8 chiffres, ni 8 caractères ou plus pour une phrase secrète.</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Who is practising?</source>
        <translation>Qui fait ses exercices ?</translation>
    </message>
    <message>
        <source>Guest: try it out, nothing is saved</source>
        <translation>Invité : pour essayer, rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>Code PIN ou phrase secrète</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>Code PIN de %1</translation>
    </message>
    <message>
        <source>Too many tries. Please wait a minute, then try again.</source>
        <translation>Trop d&apos;essais. Attendez une petite minute, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>Ce code PIN n&apos;est pas le bon. Vous pouvez encore essayer %n fois.</numerusform>
            <numerusform>Ce code PIN n&apos;est pas le bon. Vous pouvez encore essayer %n fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecorderWindow</name>
    <message>
        <source>Record a voice</source>
        <translation>Enregistrer une voix</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Words to say</source>
        <translation>Texte à lire</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <source>How loud the microphone hears you. It moves while you speak.</source>
        <translation>Le volume auquel le micro vous entend. Il bouge pendant que vous parlez.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record this step (R). A count of 3 comes first.</source>
        <translation>Enregistrer cette étape (R). D&apos;abord, un décompte de 3.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Réenregistrer</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>The recording of this step was removed.</source>
        <translation>L&apos;enregistrement de cette étape a été retiré.</translation>
    </message>
    <message>
        <source>Get ready…</source>
        <translation>Préparez-vous…</translation>
    </message>
    <message>
        <source>Speak now. Press Stop when you are done.</source>
        <translation>Parlez maintenant. Appuyez sur Arrêter quand vous avez fini.</translation>
    </message>
    <message>
        <source>A moment: keeping the take…</source>
        <translation>Un instant : on conserve l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Recording begins in %1…</source>
        <translation>L&apos;enregistrement commence dans %1…</translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Conservé : %1.</translation>
    </message>
    <message>
        <source>It was a little loud: record it again a bit further away if you like.</source>
        <translation>C&apos;était un peu fort : réenregistrez un peu plus loin du micro si vous voulez.</translation>
    </message>
    <message>
        <source>On to the next step.</source>
        <translation>On passe à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>That was the last step of this session.</source>
        <translation>C&apos;était la dernière étape de cette séance.</translation>
    </message>
</context>
<context>
    <name>RelaxList</name>
    <message>
        <source>Relax</source>
        <translation>Relaxation</translation>
    </message>
    <message>
        <source>Short guided sessions to follow sitting or lying down. Each step is read aloud (or a soft chime marks it), so you can keep your eyes closed.</source>
        <translation>De courtes séances guidées, à suivre en position assise ou couchée. Chaque étape est lue à voix haute (ou marquée par un léger tintement) : vous pouvez garder les yeux fermés.</translation>
    </message>
    <message>
        <source>No relaxation sessions could be found. The breathing guide works as always; reinstalling BreathApp brings the sessions back.</source>
        <translation>Aucune séance de relaxation n&apos;a été trouvée. Le guide de respiration fonctionne comme toujours ; réinstaller BreathApp fait revenir les séances.</translation>
    </message>
    <message>
        <source>Left out because its file has a mistake:</source>
        <translation>Laissée de côté car son fichier contient une erreur :</translation>
    </message>
</context>
<context>
    <name>RelaxPlayer</name>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Étape précédente (flèche gauche)</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Étape suivante (flèche droite)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Arrêter la séance (Échap)</translation>
    </message>
    <message>
        <source>Pause or continue (Space)</source>
        <translation>Mettre en pause ou continuer (Espace)</translation>
    </message>
    <message>
        <source>I feel dizzy</source>
        <translation>J&apos;ai la tête qui tourne</translation>
    </message>
    <message>
        <source>Stop now and breathe normally (D)</source>
        <translation>Arrêter maintenant et respirer normalement (D)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suivante : %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Tense gently</source>
        <translation>Contractez doucement</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Relâchez</translation>
    </message>
</context>
<context>
    <name>RelaxView</name>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Leave full screen (F11)</source>
        <translation>Quitter le plein écran (F11)</translation>
    </message>
    <message>
        <source>Esc stops the session. F11 leaves full screen.</source>
        <translation>Échap arrête la séance. F11 quitte le plein écran.</translation>
    </message>
    <message>
        <source>Esc leaves full screen.</source>
        <translation>Échap quitte le plein écran.</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Remind me to practise at these times</source>
        <translation>Me rappeler de faire mes exercices à ces heures</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Ajouter une heure</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Heure de rappel</translation>
    </message>
    <message>
        <source>Reminders come as a short note from the BreathApp icon near the clock, also while the window is closed.</source>
        <translation>Les rappels arrivent sous forme d&apos;un petit message de l&apos;icône BreathApp près de l&apos;horloge, même quand la fenêtre est fermée.</translation>
    </message>
    <message>
        <source>This computer shows no icons near the clock, so reminders appear in BreathApp itself, while it is open and when you open it.</source>
        <translation>Cet ordinateur n&apos;affiche pas d&apos;icônes près de l&apos;horloge : les rappels apparaissent donc dans BreathApp, quand il est ouvert et quand vous l&apos;ouvrez.</translation>
    </message>
    <message>
        <source>Use the plan&apos;s times (%1)</source>
        <translation>Utiliser les heures du programme (%1)</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Time for a few quiet minutes of breathing, whenever it suits you.</source>
        <translation>C&apos;est le moment de quelques minutes de respiration au calme, quand cela vous convient.</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Commencer la séance du jour</translation>
    </message>
    <message>
        <source>Open BreathApp</source>
        <translation>Ouvrir BreathApp</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation>Suspendre les rappels pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>BreathApp: reminders paused for today</source>
        <translation>BreathApp : rappels suspendus pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>BreathApp: next reminder at %1</source>
        <translation>BreathApp : rappel suivant à %1</translation>
    </message>
</context>
<context>
    <name>ResonanceChart</name>
    <message>
        <source>Heart-rate swing and LF power at each pace</source>
        <translation>Amplitude de la fréquence cardiaque et puissance LF à chaque rythme</translation>
    </message>
    <message>
        <source>Swing (beats a minute)</source>
        <translation>Amplitude (battements par minute)</translation>
    </message>
    <message>
        <source>LF power (ms²)</source>
        <translation>Puissance LF (ms²)</translation>
    </message>
    <message>
        <source>breaths a minute</source>
        <translation>respirations par minute</translation>
    </message>
</context>
<context>
    <name>ResonanceTable</name>
    <message>
        <source>Pace (breaths a minute)</source>
        <translation>Rythme (respirations par minute)</translation>
    </message>
    <message>
        <source>Swing (beats a minute)</source>
        <translation>Amplitude (battements par minute)</translation>
    </message>
    <message>
        <source>LF power (ms²)</source>
        <translation>Puissance LF (ms²)</translation>
    </message>
    <message>
        <source>LF peak (Hz)</source>
        <translation>Pic LF (Hz)</translation>
    </message>
    <message>
        <source>In step</source>
        <translation>En phase</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Battements</translation>
    </message>
    <message>
        <source>Artefacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1, suggested</source>
        <translation>%1, proposé</translation>
    </message>
</context>
<context>
    <name>ResonanceTimes</name>
    <message>
        <source>The test&apos;s times</source>
        <translation>Les durées du test</translation>
    </message>
    <message>
        <source>Minutes at each pace</source>
        <translation>Minutes à chaque rythme</translation>
    </message>
    <message>
        <source>Rest between paces, in seconds</source>
        <translation>Pause entre les rythmes, en secondes</translation>
    </message>
    <message>
        <source>Breathing in : breathing out</source>
        <translation>Inspiration : expiration</translation>
    </message>
    <message>
        <source>Breathing out a little longer than breathing in, with no hold.</source>
        <translation>Expirer un peu plus longtemps qu&apos;inspirer, sans retenir le souffle.</translation>
    </message>
    <message>
        <source>Breathing in and out equally long, with no hold.</source>
        <translation>Inspirer et expirer aussi longtemps l&apos;un que l&apos;autre, sans retenir le souffle.</translation>
    </message>
    <message>
        <source>Breathing out twice as long as breathing in, with no hold.</source>
        <translation>Expirer deux fois plus longtemps qu&apos;inspirer, sans retenir le souffle.</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResonanceView</name>
    <message>
        <source>Resonance pace test</source>
        <translation>Test du rythme de résonance</translation>
    </message>
    <message>
        <source>Find the pace where the heart&apos;s wave is biggest</source>
        <translation>Trouver le rythme où la vague du cœur est la plus grande</translation>
    </message>
    <message numerus="yes">
        <source>Your heart follows your breath: a little faster on each breath in, a little slower on each breath out. At one pace that wave is biggest. The guide paces %n rates, from %1 to %2 breaths a minute, about %3 each, with a short rest between; then the test suggests the pace with the biggest wave.</source>
        <translation>
            <numerusform>Votre cœur suit votre souffle : il bat un peu plus vite à chaque inspiration, un peu plus lentement à chaque expiration. À un certain rythme, cette vague est la plus grande. Le guide vous fait respirer à %n rythme, de %1 à %2 respirations par minute, pendant environ %3 ; ensuite, le test propose le rythme où la vague est la plus grande.</numerusform>
            <numerusform>Votre cœur suit votre souffle : il bat un peu plus vite à chaque inspiration, un peu plus lentement à chaque expiration. À un certain rythme, cette vague est la plus grande. Le guide vous fait respirer à %n rythmes, de %1 à %2 respirations par minute, pendant environ %3 chacun, avec une courte pause entre chaque rythme ; ensuite, le test propose le rythme où la vague est la plus grande.</numerusform>
        </translation>
    </message>
    <message>
        <source>What it needs:</source>
        <translation>Ce qu&apos;il faut :</translation>
    </message>
    <message>
        <source>the chest strap on and connected</source>
        <translation>la ceinture thoracique en place et connectée</translation>
    </message>
    <message>
        <source>sitting or lying comfortably</source>
        <translation>une position confortable, assise ou allongée</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Breathe gently: slow, not deep. Feeling dizzy? Stop, and breathe normally.</source>
        <translation>Respirez doucement : lentement, pas profondément. Un vertige ? Arrêtez et respirez normalement.</translation>
    </message>
    <message>
        <source>This test needs a heart signal. Connect a chest strap first, or start BreathApp with --rr-replay FILE to show the test with a recording.</source>
        <translation>Ce test a besoin d&apos;un signal cardiaque. Connectez d&apos;abord une ceinture thoracique, ou lancez BreathApp avec --rr-replay FICHIER pour montrer le test avec un enregistrement.</translation>
    </message>
    <message>
        <source>Connect a chest strap…</source>
        <translation>Connecter une ceinture thoracique…</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Commencer le test</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Arrêter le test</translation>
    </message>
    <message>
        <source>The heart&apos;s wave at each pace</source>
        <translation>La vague du cœur à chaque rythme</translation>
    </message>
    <message>
        <source>The test was stopped early: these are the paces it measured.</source>
        <translation>Le test a été arrêté avant la fin : voici les rythmes déjà mesurés.</translation>
    </message>
    <message>
        <source>Use this pace</source>
        <translation>Utiliser ce rythme</translation>
    </message>
    <message>
        <source>Make a plan at this pace</source>
        <translation>Faire un plan à ce rythme</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Refaire le test</translation>
    </message>
    <message>
        <source>%1 breaths a minute is now this profile&apos;s pace.</source>
        <translation>Le rythme de ce profil est maintenant de %1 respirations par minute.</translation>
    </message>
    <message>
        <source>The Breathe page now offers it as “Your own pattern”.</source>
        <translation>La page Respirer le propose désormais comme « Votre propre rythme ».</translation>
    </message>
    <message>
        <source>Getting ready: follow the guide.</source>
        <translation>On se prépare : suivez le guide.</translation>
    </message>
    <message>
        <source>Pace %1 of %2: %3 breaths a minute</source>
        <translation>Rythme %1 sur %2 : %3 respirations par minute</translation>
    </message>
    <message>
        <source>Follow the guide. %1 left at this pace.</source>
        <translation>Suivez le guide. Encore %1 à ce rythme.</translation>
    </message>
    <message>
        <source>Rest: breathe freely</source>
        <translation>Pause : respirez librement</translation>
    </message>
    <message>
        <source>Next: %1 breaths a minute, in %2.</source>
        <translation>Ensuite : %1 respirations par minute, dans %2.</translation>
    </message>
    <message>
        <source>Last breath: the test is nearly done.</source>
        <translation>Dernière respiration : le test est presque fini.</translation>
    </message>
    <message>
        <source>%1 left in the test</source>
        <translation>Encore %1 de test</translation>
    </message>
    <message>
        <source>A bigger wave: you found a good pace. Suggested: %1 breaths a minute (%2), where the swing and the LF power are together largest. Choose the pace that also felt easiest. A good pace can shift with time: test again in a few weeks.</source>
        <translation>Une vague plus grande : vous avez trouvé un bon rythme. Rythme proposé : %1 respirations par minute (%2), là où l&apos;amplitude et la puissance LF, prises ensemble, sont les plus grandes. Choisissez le rythme qui vous a aussi semblé le plus facile. Un bon rythme peut changer avec le temps : refaites le test dans quelques semaines.</translation>
    </message>
    <message>
        <source>Too few clean beats came to suggest a pace. You can test again.</source>
        <translation>Trop peu de battements nets ont été reçus pour proposer un rythme. Vous pouvez refaire le test.</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Leave full screen (F11)</source>
        <translation>Quitter le plein écran (F11)</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <source>Esc stops the session. F11 leaves full screen.</source>
        <translation>Échap arrête la séance. F11 quitte le plein écran.</translation>
    </message>
    <message>
        <source>Esc leaves full screen.</source>
        <translation>Échap quitte le plein écran.</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message numerus="yes">
        <source>%1 of %n sessions</source>
        <translation>
            <numerusform>%1 séance sur %n</numerusform>
            <numerusform>%1 sur %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>felt dizzy</source>
        <translation>tête qui tourne</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>Supprimer cette séance ?</translation>
    </message>
    <message>
        <source>The session is removed from your history. You can undo this right after.</source>
        <translation>La séance est retirée de votre historique. Vous pouvez annuler juste après.</translation>
    </message>
    <message>
        <source>The session was deleted.</source>
        <translation>La séance a été supprimée.</translation>
    </message>
    <message>
        <source>What did you notice?</source>
        <translation>Qu&apos;avez-vous remarqué ?</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Every relaxation</source>
        <translation>Toutes les relaxations</translation>
    </message>
    <message>
        <source>Every pattern</source>
        <translation>Tous les rythmes</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tension</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Show which kind of session</source>
        <translation>Quel type de séance afficher</translation>
    </message>
    <message>
        <source>Show which breathing pattern</source>
        <translation>Quel rythme respiratoire afficher</translation>
    </message>
    <message>
        <source>Show which period</source>
        <translation>Quelle période afficher</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Vos séances</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Modifier la note…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>minutes a day</source>
        <translation>minutes par jour</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Comme l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Less movement</source>
        <translation>Moins d&apos;animation</translation>
    </message>
    <message>
        <source>The guide fills and empties like a glass instead of growing and shrinking.</source>
        <translation>Le guide se remplit et se vide comme un verre, au lieu de grandir et de rétrécir.</translation>
    </message>
    <message>
        <source>Count down 3-2-1 before the first breath</source>
        <translation>Décompte 3-2-1 avant la première respiration</translation>
    </message>
    <message>
        <source>Ask how I feel before and after</source>
        <translation>Me demander mon ressenti avant et après</translation>
    </message>
    <message>
        <source>Ask about pain before and after, too</source>
        <translation>Demander aussi la douleur avant et après</translation>
    </message>
    <message>
        <source>No breath holds</source>
        <translation>Sans pause respiratoire</translation>
    </message>
    <message>
        <source>Your therapist turns this on for heart problems, pregnancy or high blood pressure: patterns with pauses are then not offered. Talk with your therapist before you turn it off.</source>
        <translation>Votre kinésithérapeute active ce réglage en cas de problème cardiaque, de grossesse ou d&apos;hypertension : les rythmes avec pauses ne sont alors pas proposés. Parlez-en avec votre kinésithérapeute avant de le désactiver.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Each session</source>
        <translation>Chaque séance</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Your data is kept in</source>
        <translation>Vos données sont conservées dans</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Pain rating</source>
        <translation>Évaluation de la douleur</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objectif quotidien</translation>
    </message>
    <message>
        <source>Look and feel</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>For practising with your eyes closed: the steps are read aloud.</source>
        <translation>Pour faire les exercices les yeux fermés : les étapes sont lues à voix haute.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>For your therapist</source>
        <translation>Pour votre kinésithérapeute</translation>
    </message>
    <message>
        <source>Your therapist sets these with you. They belong to this profile only: other profiles on this computer keep their own.</source>
        <translation>Votre kinésithérapeute les règle avec vous. Ils ne valent que pour ce profil : les autres profils de cet ordinateur gardent les leurs.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Your profile and PIN</source>
        <translation>Votre profil et votre code PIN</translation>
    </message>
</context>
<context>
    <name>SetupBar</name>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Rythme respiratoire</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation>Plus de choix</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Commencer (Espace)</translation>
    </message>
    <message>
        <source>I&apos;m having a bad day</source>
        <translation>Je passe une mauvaise journée</translation>
    </message>
    <message>
        <source>A short, gentle session for a day with more pain, and a kind word after it.</source>
        <translation>Une séance courte et douce pour un jour avec plus de douleur, puis un mot bienveillant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln breaths</source>
        <translation>
            <numerusform>%Ln respiration</numerusform>
            <numerusform>%Ln respirations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 · your plan</source>
        <translation>%1 · votre programme</translation>
    </message>
    <message>
        <source>Your plan&apos;s length</source>
        <translation>La durée de votre programme</translation>
    </message>
    <message>
        <source>Your own pattern</source>
        <translation>Votre propre rythme</translation>
    </message>
    <message>
        <source>The pattern you made. To change it, open More.</source>
        <translation>Le rythme que vous avez créé. Pour le changer, ouvrez Plus de choix.</translation>
    </message>
    <message>
        <source>Your own pattern, the exact length and slowing down: shown</source>
        <translation>Votre propre rythme, la durée précise et le ralentissement : affichés</translation>
    </message>
    <message>
        <source>Your own pattern, the exact length and slowing down: hidden</source>
        <translation>Votre propre rythme, la durée précise et le ralentissement : masqués</translation>
    </message>
</context>
<context>
    <name>ShownPanel</name>
    <message>
        <source>Shown in the demonstration:</source>
        <translation>Montré pendant la démonstration :</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>What was shown</source>
        <translation>Ce qui a été montré</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy this list, to make a plan from it</source>
        <translation>Copier cette liste, pour en faire un programme</translation>
    </message>
    <message>
        <source>Make a plan from this…</source>
        <translation>En faire un programme…</translation>
    </message>
    <message>
        <source>Open the plan editor with these patterns filled in</source>
        <translation>Ouvrir l&apos;éditeur de programme avec ces rythmes déjà remplis</translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <source>Sound on (M)</source>
        <translation>Son activé (M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Breathing in: a rising tone</source>
        <translation>Inspiration : un son qui monte</translation>
    </message>
    <message>
        <source>Breathing out: a falling tone</source>
        <translation>Expiration : un son qui descend</translation>
    </message>
    <message>
        <source>Pauses: a soft tick</source>
        <translation>Pauses : un léger clic</translation>
    </message>
    <message>
        <source>Next relaxation step: a chime</source>
        <translation>Étape suivante de la relaxation : un tintement</translation>
    </message>
    <message>
        <source>End of the session: a bell</source>
        <translation>Fin de la séance : une cloche</translation>
    </message>
    <message>
        <source>Eyes closed: a soft hum that rises and falls with your breath</source>
        <translation>Yeux fermés : un doux murmure qui monte et descend avec votre souffle</translation>
    </message>
    <message>
        <source>This computer cannot play sound right now (no sound device was found), so BreathApp runs silently. Everything else works as usual.</source>
        <translation>Cet ordinateur ne peut pas jouer de son pour le moment (aucun appareil audio trouvé) : BreathApp fonctionne donc en silence. Tout le reste fonctionne comme d&apos;habitude.</translation>
    </message>
</context>
<context>
    <name>StrapPicker</name>
    <message>
        <source>Heart rate strap</source>
        <translation>Ceinture thoracique</translation>
    </message>
    <message>
        <source>Straps found</source>
        <translation>Ceintures trouvées</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop using the strap; the session goes on</source>
        <translation>Ne plus utiliser la ceinture ; la séance continue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No strap found yet. Put the strap on, moisten its contacts, and search again.</source>
        <translation>Aucune ceinture trouvée pour l&apos;instant. Mettez la ceinture, humidifiez ses contacts et cherchez à nouveau.</translation>
    </message>
    <message>
        <source>Chest straps that measure the heart&apos;s electrical signal (Polar H10, H9 or H7, Garmin HRM, Decathlon and the like) give beats precise enough.</source>
        <translation>Les ceintures thoraciques qui mesurent le signal électrique du cœur (Polar H10, H9 ou H7, Garmin HRM, Decathlon et similaires) captent les battements avec assez de précision.</translation>
    </message>
    <message>
        <source>Watches, wristbands and other optical sensors are not precise enough.</source>
        <translation>Les montres, bracelets et autres capteurs optiques ne sont pas assez précis.</translation>
    </message>
    <message>
        <source>On Windows, first pair the strap in the Bluetooth settings of Windows.</source>
        <translation>Sous Windows, associez d&apos;abord la ceinture dans les paramètres Bluetooth de Windows.</translation>
    </message>
    <message>
        <source>This is breathing training, not a medical device.</source>
        <translation>Il s&apos;agit d&apos;un entraînement respiratoire, pas d&apos;un dispositif médical.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer.</source>
        <translation>Rien ne quitte cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Talking to your therapist can help</source>
        <translation>En parler à votre kinésithérapeute peut aider</translation>
    </message>
    <message>
        <source>Your pain has gone up this week.</source>
        <translation>Votre douleur a augmenté cette semaine.</translation>
    </message>
    <message>
        <source>Your pain has been high for three days.</source>
        <translation>Votre douleur est forte depuis trois jours.</translation>
    </message>
    <message>
        <source>That happens, and it is nobody&apos;s fault. Your therapist would like to hear about it: a short call or message is enough.</source>
        <translation>Cela arrive, et ce n&apos;est la faute de personne. Votre kinésithérapeute aimerait le savoir : un court appel ou un petit message suffit.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, close this suggestion</source>
        <translation>OK, fermer cette suggestion</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Once more</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Breathe normally now.</source>
        <translation>Respirez normalement maintenant.</translation>
    </message>
    <message>
        <source>Sit or lie still and let your breath find its own pace. The light-headed feeling usually passes within a minute or two. If it does not pass, stop for today and ask your therapist or doctor.</source>
        <translation>Restez au calme, en position assise ou couchée, et laissez votre souffle trouver sa propre cadence. L&apos;étourdissement passe en général en une ou deux minutes. S&apos;il ne passe pas, arrêtez pour aujourd&apos;hui et demandez conseil à votre kinésithérapeute ou à votre médecin.</translation>
    </message>
    <message>
        <source>Pain in the chest: call 112.</source>
        <translation>Douleur dans la poitrine : appelez le 112.</translation>
    </message>
    <message>
        <source>Good that you took this time for yourself.</source>
        <translation>C&apos;est bien d&apos;avoir pris ce temps pour vous.</translation>
    </message>
    <message>
        <source>Take a moment to notice how your body feels now.</source>
        <translation>Prenez un moment pour sentir comment va votre corps maintenant.</translation>
    </message>
    <message>
        <source>You stopped here, and that is fine.</source>
        <translation>Vous avez arrêté ici, et c&apos;est très bien.</translation>
    </message>
    <message>
        <source>Listening to your body is part of practising. Every minute counts.</source>
        <translation>Écouter votre corps fait partie de l&apos;exercice. Chaque minute compte.</translation>
    </message>
    <message>
        <source>Your own pattern</source>
        <translation>Votre propre rythme</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tension</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>(a difference you can feel)</source>
        <translation>(une différence qui se sent)</translation>
    </message>
</context>
<context>
    <name>TherapistPanel</name>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>The guide is on the other screen</source>
        <translation>Le guide est sur l&apos;autre écran</translation>
    </message>
    <message>
        <source>End the demonstration (Esc)</source>
        <translation>Terminer la démonstration (Échap)</translation>
    </message>
    <message>
        <source>I feel dizzy (D)</source>
        <translation>J&apos;ai la tête qui tourne (D)</translation>
    </message>
    <message>
        <source>The patient feels dizzy: stop at once (D)</source>
        <translation>Le patient a la tête qui tourne : arrêter tout de suite (D)</translation>
    </message>
    <message>
        <source>High contrast on the guide&apos;s screen (C)</source>
        <translation>Contraste élevé sur l&apos;écran du guide (C)</translation>
    </message>
    <message>
        <source>Faster or slower, by half a breath a minute</source>
        <translation>Plus vite ou plus lentement, d&apos;une demi-respiration par minute</translation>
    </message>
    <message>
        <source>Shorter or longer exhale</source>
        <translation>Expiration plus courte ou plus longue</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Pause or continue</source>
        <translation>Mettre en pause ou continuer</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>The patient feels dizzy: stop at once</source>
        <translation>Le patient a la tête qui tourne : arrêter tout de suite</translation>
    </message>
    <message>
        <source>Calm colours or high contrast</source>
        <translation>Couleurs calmes ou contraste élevé</translation>
    </message>
    <message>
        <source>Show or hide the key strip</source>
        <translation>Afficher ou masquer la barre des touches</translation>
    </message>
    <message>
        <source>Guide on: %1</source>
        <translation>Guide affiché sur : %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant : %1</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Today&apos;s practice</source>
        <translation>Vos exercices du jour</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Bouger</translation>
    </message>
    <message>
        <source>I&apos;m having a bad day</source>
        <translation>Je passe une mauvaise journée</translation>
    </message>
    <message>
        <source>A gentle session and support, for days that hurt.</source>
        <translation>Une séance douce et du soutien, pour les jours où la douleur est forte.</translation>
    </message>
    <message>
        <source>From your therapist</source>
        <translation>De votre kinésithérapeute</translation>
    </message>
    <message>
        <source>Open a plan file…</source>
        <translation>Ouvrir un fichier de programme…</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Pas encore de programme</translation>
    </message>
    <message>
        <source>A plan is a programme your therapist makes for you: which breathing and relaxation sessions to do, how often, and how they build up over the weeks.</source>
        <translation>Un programme est préparé pour vous par votre kinésithérapeute : quelles séances de respiration et de relaxation faire, à quelle fréquence, et comment elles évoluent au fil des semaines.</translation>
    </message>
    <message>
        <source>To get one, ask your therapist. If you were given a plan file (its name ends in %1), you can open it here.</source>
        <translation>Pour en recevoir un, demandez à votre kinésithérapeute. Si vous avez reçu un fichier de programme (son nom se termine par %1), vous pouvez l&apos;ouvrir ici.</translation>
    </message>
    <message>
        <source>Questions? Just ask</source>
        <translation>Des questions ? N&apos;hésitez pas</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Respirer maintenant</translation>
    </message>
    <message>
        <source>A calm belly-breathing session, as you set it up.</source>
        <translation>Une séance calme de respiration par le ventre, comme vous l&apos;avez réglée.</translation>
    </message>
    <message>
        <source>Nothing is planned for today. A short walk can still do you good.</source>
        <translation>Rien n&apos;est prévu aujourd&apos;hui. Une petite promenade peut quand même vous faire du bien.</translation>
    </message>
    <message>
        <source>All done for today. Good that you took this time for yourself.</source>
        <translation>Tout est fait pour aujourd&apos;hui. C&apos;est bien d&apos;avoir pris ce temps pour vous.</translation>
    </message>
    <message>
        <source>Breathe a little more</source>
        <translation>Respirer encore un peu</translation>
    </message>
    <message>
        <source>If you feel like it: a calm extra session.</source>
        <translation>Si vous en avez envie : une séance calme en plus.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suivante : %1</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Suivante : %1, %2</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>Export the voice pack</source>
        <translation>Exporter le pack de voix</translation>
    </message>
    <message>
        <source>Voice pack (*.zip)</source>
        <translation>Pack de voix (*.zip)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <source>Import a voice pack</source>
        <translation>Importer un pack de voix</translation>
    </message>
    <message>
        <source>Replace the voice pack?</source>
        <translation>Remplacer le pack de voix ?</translation>
    </message>
    <message>
        <source>This computer already has the voice pack “%1”. Replace it with the one in %2?</source>
        <translation>Cet ordinateur a déjà le pack de voix « %1 ». Le remplacer par celui de %2 ?</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>« %1 » importé.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Cela n&apos;a pas fonctionné : %1</translation>
    </message>
    <message>
        <source>Breathing cues (in, out, hold)</source>
        <translation>Indications de respiration (inspirez, expirez, retenez)</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>✓ Recorded: %1</source>
        <translation>✓ Enregistré : %1</translation>
    </message>
    <message>
        <source>No microphone was found. You can still listen, export and import.</source>
        <translation>Aucun micro n&apos;a été trouvé. Vous pouvez quand même écouter, exporter et importer.</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Close other programs that use it and try again.</source>
        <translation>Le micro n&apos;a pas pu être ouvert. Fermez les autres programmes qui l&apos;utilisent et réessayez.</translation>
    </message>
    <message>
        <source>The microphone heard nothing. Check that it is on, then try again.</source>
        <translation>Le micro n&apos;a rien entendu. Vérifiez qu&apos;il est allumé, puis réessayez.</translation>
    </message>
    <message>
        <source>That take was very short. Try again and say the whole step.</source>
        <translation>Cet enregistrement était très court. Réessayez en disant toute l&apos;étape.</translation>
    </message>
    <message>
        <source>This step takes at most %1. Try saying it a little shorter.</source>
        <translation>Cette étape dure au plus %1. Essayez de la dire un peu plus brièvement.</translation>
    </message>
    <message>
        <source>The take could not be saved. Please try again.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être conservé. Réessayez, s&apos;il vous plaît.</translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>My therapist&apos;s recorded voice, where there is one</source>
        <translation>La voix enregistrée de mon kinésithérapeute, quand il y en a une</translation>
    </message>
    <message>
        <source>Recorded voice</source>
        <translation>Voix enregistrée</translation>
    </message>
    <message>
        <source>Record a voice…</source>
        <translation>Enregistrer une voix…</translation>
    </message>
    <message>
        <source>For your therapist: record each step in their own voice.</source>
        <translation>Pour votre kinésithérapeute : enregistrer chaque étape avec sa propre voix.</translation>
    </message>
    <message>
        <source>The computer&apos;s voice for the other steps</source>
        <translation>La voix de l&apos;ordinateur pour les autres étapes</translation>
    </message>
    <message>
        <source>Computer voice</source>
        <translation>Voix de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation>Vitesse de la voix</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Plus lent</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Plus rapide</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Hear the voice at this speed</source>
        <translation>Écouter la voix à cette vitesse</translation>
    </message>
    <message>
        <source>In the breathing guide</source>
        <translation>Avec le guide de respiration</translation>
    </message>
    <message>
        <source>Tones only, no words</source>
        <translation>Des sons, sans mots</translation>
    </message>
    <message>
        <source>Say “in” and “out”</source>
        <translation>Dire « inspirez » et « expirez »</translation>
    </message>
    <message>
        <source>Say “in” and “out” and count softly</source>
        <translation>Dire « inspirez » et « expirez » et compter doucement</translation>
    </message>
    <message>
        <source>Breathe in gently through your nose. And slowly out.</source>
        <translation>Inspirez doucement par le nez. Et expirez lentement.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln steps)</source>
        <translation>
            <numerusform>%1 (%Ln étape)</numerusform>
            <numerusform>%1 (%Ln étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The usual voice</source>
        <translation>La voix habituelle</translation>
    </message>
    <message>
        <source>This computer has no speech voice installed, so the steps are not read aloud. A chime marks each step, and your therapist&apos;s recordings still play.</source>
        <translation>Cet ordinateur n&apos;a pas de voix de synthèse installée : les étapes ne sont donc pas lues à voix haute. Un tintement marque chaque étape, et les enregistrements de votre kinésithérapeute sont toujours joués.</translation>
    </message>
    <message>
        <source>This computer has no voice for this language, so the steps are not read aloud. A chime marks each step, and your therapist&apos;s recordings still play.</source>
        <translation>Cet ordinateur n&apos;a pas de voix pour cette langue : les étapes ne sont donc pas lues à voix haute. Un tintement marque chaque étape, et les enregistrements de votre kinésithérapeute sont toujours joués.</translation>
    </message>
</context>
<context>
    <name>YearCalendar</name>
    <message>
        <source>No practice</source>
        <translation>Pas d&apos;exercice</translation>
    </message>
    <message>
        <source>Darker: more minutes</source>
        <translation>Plus foncé : plus de minutes</translation>
    </message>
    <message>
        <source>Your goal of %1 or more</source>
        <translation>Votre objectif de %1 ou plus</translation>
    </message>
    <message>
        <source>Dot: you moved that day</source>
        <translation>Point : vous avez bougé ce jour-là</translation>
    </message>
    <message>
        <source>Dot: you moved 15 minutes or more</source>
        <translation>Point : vous avez bougé 15 minutes ou plus</translation>
    </message>
    <message>
        <source>Corner: a bad day</source>
        <translation>Coin : une mauvaise journée</translation>
    </message>
    <message>
        <source>moved 15 minutes or more</source>
        <translation>15 minutes ou plus de mouvement</translation>
    </message>
    <message>
        <source>a bad day</source>
        <translation>une mauvaise journée</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>There is no profile of that name.</source>
        <translation>Il n&apos;y a pas de profil à ce nom.</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>Arrêter cette séance ?</translation>
    </message>
    <message>
        <source>A session is under way. Stop it and switch profile? What you practised so far is kept.</source>
        <translation>Une séance est en cours. L&apos;arrêter et changer de profil ? Ce que vous avez déjà fait est conservé.</translation>
    </message>
    <message>
        <source>The file with your practice history was damaged. It has been set aside, untouched, as:
%1

Your history was restored from the backup of %2. Practice after that backup may be missing.</source>
        <translation>Le fichier de votre historique était abîmé. Il a été mis de côté, tel quel, sous :
%1

Votre historique a été récupéré depuis la sauvegarde du %2. Les exercices faits après cette sauvegarde manquent peut-être.</translation>
    </message>
    <message>
        <source>The file with your practice history was damaged and no backup was found. It has been set aside, untouched, as:
%1

BreathApp starts a new history.</source>
        <translation>Le fichier de votre historique était abîmé et aucune sauvegarde n&apos;a été trouvée. Il a été mis de côté, tel quel, sous :
%1

BreathApp commence un nouvel historique.</translation>
    </message>
    <message>
        <source>Your last session was cut off before it ended. The time you practised until then is kept.</source>
        <translation>Votre dernière séance a été interrompue avant la fin. Le temps d&apos;exercice jusque-là est conservé.</translation>
    </message>
    <message>
        <source>Plan from the demonstration of %1</source>
        <translation>Programme tiré de la démonstration du %1</translation>
    </message>
    <message>
        <source>BreathApp keeps running near the clock, so it can remind you at your times. To quit, choose Quit in the menu of its icon there, or in the File menu.</source>
        <translation>BreathApp reste actif près de l&apos;horloge, pour pouvoir vous rappeler vos exercices à vos heures. Pour quitter, choisissez Quitter dans le menu de son icône, ou dans le menu Fichier.</translation>
    </message>
    <message>
        <source>Resonance pace test…</source>
        <translation>Test du rythme de résonance…</translation>
    </message>
    <message>
        <source>Rest: breathe freely. The next pace comes soon.</source>
        <translation>Pause : respirez librement. Le prochain rythme arrive bientôt.</translation>
    </message>
    <message>
        <source>Breathing at %1 breaths a minute</source>
        <translation>Respirer à %1 respirations par minute</translation>
    </message>
    <message>
        <source>Heart rate strap…</source>
        <translation>Ceinture thoracique…</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 must be a number, got %2</source>
        <translation>%1 doit être un nombre ; reçu : %2</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, got %2</source>
        <translation>%1 doit être une date au format AAAA-MM-JJ ; reçu : %2</translation>
    </message>
    <message>
        <source>BreathApp is already open with this data folder, but it could not be told to come to the front: %1</source>
        <translation>BreathApp est déjà ouvert avec ce dossier des données, mais il n&apos;a pas pu être mis au premier plan : %1</translation>
    </message>
    <message>
        <source>BreathApp is already open with this data folder; it has been brought to the front.</source>
        <translation>BreathApp est déjà ouvert avec ce dossier des données ; il a été mis au premier plan.</translation>
    </message>
    <message>
        <source>--to %1 leaves no room for the %2 days before it: give --from too</source>
        <translation>--to %1 ne laisse pas de place pour les %2 jours qui précèdent : indiquez aussi --from</translation>
    </message>
    <message>
        <source>--from %1 is after the end of the report, %2</source>
        <translation>--from %1 tombe après la fin du rapport, le %2</translation>
    </message>
    <message>
        <source>a PDF report needs a file: give --output FILE</source>
        <translation>un rapport PDF a besoin d&apos;un fichier : indiquez --output FICHIER</translation>
    </message>
    <message>
        <source>sessions imported: %1; already there, skipped: %2</source>
        <translation>séances importées : %1 ; déjà présentes, ignorées : %2</translation>
    </message>
    <message>
        <source>; movement days added: %1</source>
        <translation> ; jours avec mouvement ajoutés : %1</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <source>folder for the history (default: BREATHAPP_DATA_DIR when it is set and not empty, else a &apos;data&apos; folder beside the installed program if there is a writable one, else the per-user folder)</source>
        <translation>dossier de l&apos;historique (par défaut : BREATHAPP_DATA_DIR s&apos;il est défini et non vide, sinon un dossier &apos;data&apos; à côté du programme installé s&apos;il y en a un où l&apos;on peut écrire, sinon le dossier de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>language of the app</source>
        <translation>langue de l&apos;application</translation>
    </message>
    <message>
        <source>the profile to use (see &apos;profiles&apos;); the window asks the PIN of a profile with one, export and import refuse it: they have no way to ask</source>
        <translation>le profil à utiliser (voyez &apos;profiles&apos;) ; la fenêtre demande le code PIN d&apos;un profil qui en a un, export et import le refusent : ils ne peuvent pas le demander</translation>
    </message>
    <message>
        <source>Guided slow belly breathing. Without a command, opens the app.</source>
        <translation>Respiration abdominale lente et guidée. Sans commande, ouvre l&apos;application.</translation>
    </message>
    <message>
        <source>open straight into a session: a preset id, IN-HOLD-OUT-HOLD seconds, or a relaxation session id (see &apos;list&apos;)</source>
        <translation>ouvrir directement une séance : l&apos;id d&apos;un rythme, des secondes INSPIRATION-PAUSE-EXPIRATION-PAUSE, ou l&apos;id d&apos;une séance de relaxation (voyez &apos;list&apos;)</translation>
    </message>
    <message>
        <source>session length in minutes</source>
        <translation>durée de la séance en minutes</translation>
    </message>
    <message>
        <source>session length in breaths</source>
        <translation>durée de la séance en respirations</translation>
    </message>
    <message>
        <source>start in full screen</source>
        <translation>démarrer en plein écran</translation>
    </message>
    <message>
        <source>close the app when the session ends</source>
        <translation>fermer l&apos;application à la fin de la séance</translation>
    </message>
    <message>
        <source>replay an RR file (one interval between heartbeats in milliseconds a line) as the heart-rate source, in real time: for demonstrations without a strap</source>
        <translation>rejouer un fichier RR (un intervalle entre battements cardiaques en millisecondes par ligne) comme source de la fréquence cardiaque, en temps réel : pour des démonstrations sans ceinture</translation>
    </message>
    <message>
        <source>print the breathing patterns and the relaxation sessions</source>
        <translation>afficher les rythmes respiratoires et les séances de relaxation</translation>
    </message>
    <message>
        <source>Breathing patterns and relaxation sessions. Relaxation titles are in the --lang language; without it in the language saved in the app&apos;s settings; else the system language (LANGUAGE, LC_ALL, LC_MESSAGES or LANG: its language if the app speaks it, otherwise English).</source>
        <translation>Rythmes respiratoires et séances de relaxation. Les titres des séances sont dans la langue de --lang ; sans cette option, dans la langue enregistrée dans les réglages de l&apos;application ; sinon dans la langue du système (LANGUAGE, LC_ALL, LC_MESSAGES ou LANG : sa langue si l&apos;application la parle, sinon l&apos;anglais).</translation>
    </message>
    <message>
        <source>print the profile names, one a line</source>
        <translation>afficher les noms des profils, un par ligne</translation>
    </message>
    <message>
        <source>write the history to a file, without a window</source>
        <translation>écrire l&apos;historique dans un fichier, sans fenêtre</translation>
    </message>
    <message>
        <source>csv: a table; json: a practice file &apos;import&apos; reads back; pdf: a report</source>
        <translation>csv : un tableau ; json : un fichier d&apos;exercices que &apos;import&apos; relit ; pdf : un rapport</translation>
    </message>
    <message>
        <source>from this day on (YYYY-MM-DD, inclusive)</source>
        <translation>à partir de ce jour (AAAA-MM-JJ, compris)</translation>
    </message>
    <message>
        <source>up to this day (inclusive)</source>
        <translation>jusqu&apos;à ce jour (compris)</translation>
    </message>
    <message>
        <source>&apos;-&apos; for standard output</source>
        <translation>&apos;-&apos; pour la sortie standard</translation>
    </message>
    <message>
        <source>add the sessions of a practice file (from &apos;export --format json&apos;)</source>
        <translation>ajouter les séances d&apos;un fichier d&apos;exercices (de &apos;export --format json&apos;)</translation>
    </message>
    <message>
        <source>Checks the whole file first, then adds its sessions to the history; sessions already there are skipped. Settings and preferences are not changed.</source>
        <translation>Vérifie d&apos;abord tout le fichier, puis ajoute ses séances à l&apos;historique ; les séances déjà présentes sont ignorées. Les réglages et préférences ne changent pas.</translation>
    </message>
    <message>
        <source>a practice file</source>
        <translation>un fichier d&apos;exercices</translation>
    </message>
    <message>
        <source>unknown pattern or relaxation session %1: see %2</source>
        <translation>rythme ou séance de relaxation inconnu : %1 ; voyez %2</translation>
    </message>
    <message>
        <source>plan needs an action: import FILE or export FILE</source>
        <translation>plan demande une action : import FICHIER ou export FICHIER</translation>
    </message>
    <message>
        <source>--data-dir is empty: give a folder, or leave the option out</source>
        <translation>--data-dir est vide : indiquez un dossier, ou laissez l&apos;option de côté</translation>
    </message>
    <message>
        <source>--rr-replay is for the window, not a command</source>
        <translation>--rr-replay s&apos;utilise avec la fenêtre, pas avec une commande</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 tombe après --to %2</translation>
    </message>
    <message>
        <source>--minutes, --breaths and --quit-when-done need --start</source>
        <translation>--minutes, --breaths et --quit-when-done demandent --start</translation>
    </message>
    <message>
        <source>a relaxation session has its own length; leave out --minutes and --breaths</source>
        <translation>une séance de relaxation a sa propre durée : laissez de côté --minutes et --breaths</translation>
    </message>
    <message>
        <source>4-7-8 is at most %1 breaths a session in the first %2 days with it (until %3): give --breaths %1 or fewer, or leave the length out</source>
        <translation>le 4-7-8 se limite à %1 respirations par séance pendant les %2 premiers jours (jusqu&apos;au %3) : indiquez --breaths %1 ou moins, ou laissez la durée de côté</translation>
    </message>
    <message>
        <source>there is no profile named %1: see %2</source>
        <translation>il n&apos;y a pas de profil nommé %1 : voyez %2</translation>
    </message>
    <message>
        <source>the profile %1 has a PIN: open it in the app, which asks for the PIN (the command line has no way to ask for it)</source>
        <translation>le profil %1 a un code PIN : ouvrez-le dans l&apos;application, qui demande le code PIN (la ligne de commande ne peut pas le demander)</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>vérifiez %1</translation>
    </message>
    <message>
        <source>there is no data folder at %1: %2</source>
        <translation>il n&apos;y a pas de dossier des données à l&apos;emplacement %1 : %2</translation>
    </message>
    <message>
        <source>there is no data folder at %1 yet: open BreathApp once to make it, or give %2</source>
        <translation>il n&apos;y a pas encore de dossier des données à l&apos;emplacement %1 : ouvrez BreathApp une fois pour le créer, ou indiquez %2</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>indiquez %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a data folder: %2</source>
        <translation>%1 est un fichier, pas un dossier des données : %2</translation>
    </message>
    <message>
        <source>BreathApp has saved nothing in %1 yet (there is no %2): %3</source>
        <translation>BreathApp n&apos;a encore rien enregistré dans %1 (il n&apos;y a pas de %2) : %3</translation>
    </message>
    <message>
        <source>open BreathApp once, or give %1</source>
        <translation>ouvrez BreathApp une fois, ou indiquez %1</translation>
    </message>
    <message>
        <source>the data folder %1 may not be looked into (permission denied): %2</source>
        <translation>le dossier des données %1 ne peut pas être consulté (accès refusé) : %2</translation>
    </message>
    <message>
        <source>the data folder %1 cannot be used (%2): %3</source>
        <translation>le dossier des données %1 ne peut pas être utilisé (%2) : %3</translation>
    </message>
    <message>
        <source>%1 cannot be a folder: %2 is a file: %3</source>
        <translation>%1 ne peut pas être un dossier : %2 est un fichier : %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty: give a file name, or &apos;-&apos; for standard output</source>
        <translation>%1 est vide : indiquez un nom de fichier, ou &apos;-&apos; pour la sortie standard</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>seconds (in-hold-out-hold)</source>
        <translation>secondes (inspiration-pause-expiration-pause)</translation>
    </message>
    <message>
        <source>breaths/min</source>
        <translation>respirations/min</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>pauses</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Or give your own seconds, e.g. --start 4-2-6-0 (each 0 to 20 s, in and out at least 1 s, a whole breath at most %1 s).</source>
        <translation>Ou indiquez vos propres secondes, par exemple --start 4-2-6-0 (chacune de 0 à 20 s, inspiration et expiration d&apos;au moins 1 s, une respiration entière de %1 s au plus).</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Relaxation sessions</source>
        <translation>Séances de relaxation</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>inhale</source>
        <translation>l&apos;inspiration</translation>
    </message>
    <message>
        <source>top up</source>
        <translation>le complément d&apos;inspiration</translation>
    </message>
    <message>
        <source>hold in</source>
        <translation>la pause après l&apos;inspiration</translation>
    </message>
    <message>
        <source>exhale</source>
        <translation>l&apos;expiration</translation>
    </message>
    <message>
        <source>hold out</source>
        <translation>la pause après l&apos;expiration</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 seconds, got %4</source>
        <translation>%1 doit durer de %2 à %3 secondes ; reçu : %4</translation>
    </message>
    <message>
        <source>a whole breath must last at most %1 seconds, got %2</source>
        <translation>une respiration entière doit durer au plus %1 secondes ; reçu : %2</translation>
    </message>
    <message>
        <source>unknown pattern %1: use a preset id or IN-HOLD-OUT-HOLD seconds</source>
        <translation>rythme inconnu : %1 ; indiquez l&apos;id d&apos;un rythme ou des secondes INSPIRATION-PAUSE-EXPIRATION-PAUSE</translation>
    </message>
    <message>
        <source>pattern %1 is not IN-HOLD-OUT-HOLD in seconds (for example 4-0-6-0 or 2+1-0-6-0)</source>
        <translation>le rythme %1 ne s&apos;écrit pas INSPIRATION-PAUSE-EXPIRATION-PAUSE en secondes (par exemple 4-0-6-0 ou 2+1-0-6-0)</translation>
    </message>
    <message>
        <source>minutes must be %1 to %2, got %3</source>
        <translation>les minutes doivent aller de %1 à %2 ; reçu : %3</translation>
    </message>
    <message>
        <source>breaths must be a whole number, %1 to %2, got %3</source>
        <translation>les respirations doivent être un nombre entier, de %1 à %2 ; reçu : %3</translation>
    </message>
    <message>
        <source>%1 has breath holds, and this profile is set to no breath holds</source>
        <translation>%1 comporte des pauses respiratoires, et ce profil est réglé sans pause respiratoire</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB: not an RR file</source>
        <translation>%1 : plus grand que %2 Mo : ce n&apos;est pas un fichier RR</translation>
    </message>
    <message>
        <source>%1: not a text file (UTF-8) with one interval in milliseconds a line</source>
        <translation>%1 : ce n&apos;est pas un fichier texte (UTF-8) avec un intervalle en millisecondes par ligne</translation>
    </message>
    <message>
        <source>%1: line %2: %3 is not a number of milliseconds</source>
        <translation>%1 : ligne %2 : %3 n&apos;est pas un nombre de millisecondes</translation>
    </message>
    <message>
        <source>%1: line %2: %3 ms is not between %4 and %5 ms (the file is read in milliseconds)</source>
        <translation>%1 : ligne %2 : %3 ms n&apos;est pas entre %4 et %5 ms (le fichier est lu en millisecondes)</translation>
    </message>
    <message>
        <source>%1: too few intervals (%2); at least %3 are needed</source>
        <translation>%1 : trop peu d&apos;intervalles (%2) ; il en faut au moins %3</translation>
    </message>
    <message>
        <source>speak one step with the computer&apos;s voice (and play a voice pack&apos;s first step)</source>
        <translation>lire une étape avec la voix de l&apos;ordinateur (et jouer la première étape d&apos;un fichier de voix)</translation>
    </message>
    <message>
        <source>Says the first step of the first relaxation session with the computer&apos;s voice, in the app&apos;s language, and plays the first recording of a voice pack if one is given. Nothing is saved. Exit 1 when this machine cannot speak or play.</source>
        <translation>Lit la première étape de la première séance de relaxation avec la voix de l&apos;ordinateur, dans la langue de l&apos;application, et joue le premier enregistrement d&apos;un fichier de voix s&apos;il est indiqué. Rien n&apos;est enregistré. Code de sortie 1 quand cet ordinateur ne peut pas parler ou jouer le son.</translation>
    </message>
    <message>
        <source>a speech engine (default: the system&apos;s)</source>
        <translation>un moteur de synthèse vocale (par défaut : celui du système)</translation>
    </message>
    <message>
        <source>a voice pack file (.zip) to play from</source>
        <translation>un fichier de voix (.zip) à jouer</translation>
    </message>
    <message>
        <source>no relaxation session in %1 to speak</source>
        <translation>aucune séance de relaxation en %1 à lire à voix haute</translation>
    </message>
    <message>
        <source>%1: no such voice pack file</source>
        <translation>%1 : ce fichier de voix n&apos;existe pas</translation>
    </message>
    <message>
        <source>export or import a therapist&apos;s plan (a .breathplan file)</source>
        <translation>exporter ou importer le programme de votre kinésithérapeute (un fichier .breathplan)</translation>
    </message>
    <message>
        <source>Checks the whole file and prints what the plan holds, then makes it the profile&apos;s plan, starting today. A plan with breath holds is refused for a profile set to no breath holds.</source>
        <translation>Vérifie tout le fichier et affiche ce que contient le programme, puis en fait le programme du profil, à partir d&apos;aujourd&apos;hui. Un programme avec des pauses respiratoires est refusé pour un profil réglé sans pause respiratoire.</translation>
    </message>
    <message>
        <source>write the profile&apos;s plan to FILE</source>
        <translation>écrire le programme du profil dans FICHIER</translation>
    </message>
    <message>
        <source>the plan file to write</source>
        <translation>le fichier de programme à écrire</translation>
    </message>
    <message>
        <source>make the plan in FILE the profile&apos;s plan</source>
        <translation>faire du programme de FICHIER le programme du profil</translation>
    </message>
    <message>
        <source>a .breathplan file</source>
        <translation>un fichier .breathplan</translation>
    </message>
    <message>
        <source>the plan of profile %1 cannot be read (%2)</source>
        <translation>le programme du profil %1 ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <source>the profile %1 has no plan to export</source>
        <translation>le profil %1 n&apos;a pas de programme à exporter</translation>
    </message>
    <message>
        <source>wrote the plan &apos;%1&apos; of profile %2 to %3</source>
        <translation>le programme « %1 » du profil %2 est enregistré dans %3</translation>
    </message>
    <message>
        <source>%1: %2; the plan was not saved</source>
        <translation>%1 : %2 ; le programme n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved as the plan of profile %1, starting today (%2).</source>
        <translation>Enregistré comme programme du profil %1, à partir d&apos;aujourd&apos;hui (%2).</translation>
    </message>
    <message>
        <source>The recorded voice %1 is this profile&apos;s voice now.</source>
        <translation>La voix enregistrée %1 est désormais la voix de ce profil.</translation>
    </message>
    <message>
        <source>Note: 4-7-8 sessions are at most %1 breaths until %2, this profile&apos;s first month with 4-7-8; after that they last as the plan says.</source>
        <translation>Remarque : jusqu&apos;au %2, premier mois de ce profil avec le 4-7-8, les séances 4-7-8 durent au plus %1 respirations ; ensuite, elles durent ce que prévoit le programme.</translation>
    </message>
    <message>
        <source>%1: %2: there is no relaxation session %3 in this version of BreathApp (see %4)</source>
        <translation>%1 : %2 : il n&apos;y a pas de séance de relaxation %3 dans cette version de BreathApp (voyez %4)</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Programme : %1</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Phase %1: %2 (%3)</source>
        <translation>Phase %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Message from your therapist:</source>
        <translation>Message de votre kinésithérapeute :</translation>
    </message>
    <message>
        <source>On a bad day, your therapist advises:</source>
        <translation>Pour un mauvais jour, votre kinésithérapeute conseille :</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>téléphone %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>e-mail %1</translation>
    </message>
    <message>
        <source>when to call: %1</source>
        <translation>quand appeler : %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <source>The app does not suggest contacting your therapist when pain stays high (your therapist turned it off).</source>
        <translation>L&apos;application ne propose pas de contacter votre kinésithérapeute quand la douleur reste forte (votre kinésithérapeute a désactivé cette option).</translation>
    </message>
    <message>
        <source>Suggested reminder times: %1</source>
        <translation>Heures de rappel proposées : %1</translation>
    </message>
    <message>
        <source>until your therapist moves you on</source>
        <translation>jusqu&apos;à ce que votre kinésithérapeute vous fasse passer à la suivante</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>une fois par jour</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>deux fois par jour</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>une fois par semaine</translation>
    </message>
    <message>
        <source>twice a week</source>
        <translation>deux fois par semaine</translation>
    </message>
    <message>
        <source>relaxation: %1, %2</source>
        <translation>relaxation : %1, %2</translation>
    </message>
    <message>
        <source>breathing %1, %2 breaths a minute, %3 minutes</source>
        <translation>respiration %1, %2 respirations par minute, %3 minutes</translation>
    </message>
    <message>
        <source>, easing in from %1 breaths a minute over %2 minutes</source>
        <translation>, en commençant doucement à %1 respirations par minute, sur %2 minutes</translation>
    </message>
    <message>
        <source>, with breath holds</source>
        <translation>, avec des pauses respiratoires</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the history file was damaged and there was no backup to restore; it was set aside as %1 and a new, empty history was started</source>
        <translation>le fichier d&apos;historique était endommagé et aucune sauvegarde ne pouvait être restaurée ; il a été mis de côté sous %1 et un nouvel historique vide a été commencé</translation>
    </message>
    <message>
        <source>the history file was damaged; it was set aside as %1 and the backup of %2 was restored (sessions after it are not in it)</source>
        <translation>le fichier d&apos;historique était endommagé ; il a été mis de côté sous %1 et la sauvegarde du %2 a été restaurée (les séances plus récentes n&apos;y sont pas)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Use a passphrase instead</source>
        <translation>Utiliser plutôt une phrase secrète</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>heart</name>
    <message>
        <source>Breathe with the guide: after a few breaths you see your heart follow.</source>
        <translation>Respirez avec le guide : après quelques respirations, vous verrez votre cœur suivre.</translation>
    </message>
    <message>
        <source>The signal is back.</source>
        <translation>Le signal est revenu.</translation>
    </message>
    <message>
        <source>No heart rate strap in use.</source>
        <translation>Aucune ceinture thoracique utilisée.</translation>
    </message>
    <message>
        <source>Looking for your strap…</source>
        <translation>Recherche de votre ceinture…</translation>
    </message>
    <message>
        <source>Connecting to your strap…</source>
        <translation>Connexion à votre ceinture…</translation>
    </message>
    <message>
        <source>Connected: your heartbeats come in.</source>
        <translation>Connecté : vos battements arrivent.</translation>
    </message>
    <message>
        <source>Signal lost: trying again. The session goes on.</source>
        <translation>Signal perdu : nouvel essai en cours. La séance continue.</translation>
    </message>
    <message>
        <source>Bluetooth is not available here. The session goes on without it.</source>
        <translation>Le Bluetooth n&apos;est pas disponible ici. La séance continue sans lui.</translation>
    </message>
    <message>
        <source>The replay has ended.</source>
        <translation>La lecture de l&apos;enregistrement est terminée.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>goal %1 min</source>
        <translation>objectif %1 min</translation>
    </message>
    <message>
        <source>Bar: the minutes you practised that day</source>
        <translation>Barre : vos minutes d&apos;exercice ce jour-là</translation>
    </message>
    <message>
        <source>Dashed line: your goal of %1 a day</source>
        <translation>Ligne pointillée : votre objectif de %1 par jour</translation>
    </message>
    <message>
        <source>Dot below a day: you moved that day</source>
        <translation>Point sous un jour : vous avez bougé ce jour-là</translation>
    </message>
    <message>
        <source>Dot below a day: you moved 15 minutes or more</source>
        <translation>Point sous un jour : vous avez bougé 15 minutes ou plus</translation>
    </message>
    <message>
        <source>Bar: the minutes you practised that week</source>
        <translation>Barre : vos minutes d&apos;exercice cette semaine-là</translation>
    </message>
    <message>
        <source>Dashed line: your goal of %1 a day, for 7 days</source>
        <translation>Ligne pointillée : votre objectif de %1 par jour, sur 7 jours</translation>
    </message>
    <message>
        <source>moved 15 minutes or more</source>
        <translation>15 minutes ou plus de mouvement</translation>
    </message>
    <message>
        <source>moved %1</source>
        <translation>%1 de mouvement</translation>
    </message>
    <message>
        <source>moved %1 (your goal: %2)</source>
        <translation>%1 de mouvement (votre objectif : %2)</translation>
    </message>
    <message>
        <source>minutes moved this week: %1 or more</source>
        <translation>minutes de mouvement cette semaine : %1 ou plus</translation>
    </message>
    <message>
        <source>minutes moved this week: %1</source>
        <translation>minutes de mouvement cette semaine : %1</translation>
    </message>
    <message>
        <source>no practice</source>
        <translation>pas d&apos;exercice</translation>
    </message>
    <message>
        <source>goal %1 min a day</source>
        <translation>objectif %1 min par jour</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>par minute</translation>
    </message>
    <message>
        <source>Dot: your breathing pace that week, on average</source>
        <translation>Point : votre cadence de respiration cette semaine-là, en moyenne</translation>
    </message>
    <message>
        <source>Dot: your breathing pace that day</source>
        <translation>Point : votre cadence de respiration ce jour-là</translation>
    </message>
    <message>
        <source>No practice yet this week.</source>
        <translation>Pas encore d&apos;exercice cette semaine.</translation>
    </message>
    <message>
        <source>After a session you felt on average %1 points less tense.</source>
        <translation>Après une séance, votre tension était en moyenne de %1 points plus basse.</translation>
    </message>
    <message>
        <source>After a session your tension was on average %1 points higher.</source>
        <translation>Après une séance, votre tension était en moyenne de %1 points plus haute.</translation>
    </message>
    <message>
        <source>After a session your tension was on average about the same.</source>
        <translation>Après une séance, votre tension était en moyenne à peu près la même.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1 points less tense</source>
        <translation>%1 points de tension en moins</translation>
    </message>
    <message>
        <source>%1 points more tense</source>
        <translation>%1 points de tension en plus</translation>
    </message>
    <message>
        <source>about as tense as before</source>
        <translation>à peu près la même tension qu&apos;avant</translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation>0 à 10</translation>
    </message>
    <message>
        <source>Tension, the week&apos;s average: before (open dot) and after</source>
        <translation>Tension, moyenne de la semaine : avant (point vide) et après</translation>
    </message>
    <message>
        <source>Tension before a session (open dot) and after</source>
        <translation>Tension avant une séance (point vide) et après</translation>
    </message>
    <message>
        <source>Pain, the week&apos;s average: before (open square) and after</source>
        <translation>Douleur, moyenne de la semaine : avant (carré vide) et après</translation>
    </message>
    <message>
        <source>Pain before a session (open square) and after</source>
        <translation>Douleur avant une séance (carré vide) et après</translation>
    </message>
    <message>
        <source>Ring: a change in pain you can feel (2 points or 30 %)</source>
        <translation>Cercle : une différence de douleur que l&apos;on sent (2 points ou 30 %)</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tension</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>a difference in pain you can feel</source>
        <translation>une différence de douleur que l&apos;on sent</translation>
    </message>
    <message>
        <source>Tension on average</source>
        <translation>Tension en moyenne</translation>
    </message>
    <message>
        <source>Pain on average</source>
        <translation>Douleur en moyenne</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message>
        <source>Pale bar: the sessions your therapist planned</source>
        <translation>Barre pâle : les séances prévues par votre kinésithérapeute</translation>
    </message>
    <message>
        <source>Full bar: the sessions you did</source>
        <translation>Barre pleine : les séances que vous avez faites</translation>
    </message>
    <message>
        <source>planned sessions this week</source>
        <translation>séances prévues cette semaine</translation>
    </message>
    <message>
        <source>moved 15 minutes or more this week</source>
        <translation>15 minutes ou plus de mouvement cette semaine</translation>
    </message>
    <message>
        <source>moved this week (a tick: 15 minutes or more)</source>
        <translation>de mouvement cette semaine (une coche : 15 minutes ou plus)</translation>
    </message>
    <message>
        <source>moved this week</source>
        <translation>de mouvement cette semaine</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Inspirez encore un peu</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retenez</translation>
    </message>
    <message>
        <source>Calm belly breathing</source>
        <translation>Respiration calme par le ventre</translation>
    </message>
    <message>
        <source>Even breathing</source>
        <translation>Respiration régulière</translation>
    </message>
    <message>
        <source>Even breathing, a little slower</source>
        <translation>Respiration régulière, un peu plus lente</translation>
    </message>
    <message>
        <source>Long breath out</source>
        <translation>Longue expiration</translation>
    </message>
    <message>
        <source>Gentle start</source>
        <translation>Début en douceur</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <translation>Respiration carrée</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>Respiration 4-7-8</translation>
    </message>
    <message>
        <source>Double breath in, long sigh out</source>
        <translation>Double inspiration, long soupir</translation>
    </message>
    <message>
        <source>A longer breath out than in. A good pattern to begin with.</source>
        <translation>Une expiration plus longue que l&apos;inspiration. Un bon rythme pour commencer.</translation>
    </message>
    <message>
        <source>As long in as out, about six breaths a minute.</source>
        <translation>Inspiration et expiration de même durée, environ six respirations par minute.</translation>
    </message>
    <message>
        <source>As long in as out, a touch slower still.</source>
        <translation>Inspiration et expiration de même durée, un rien plus lent encore.</translation>
    </message>
    <message>
        <source>Short in, long out. Nice in the evening, to wind down.</source>
        <translation>Inspiration courte, expiration longue. Agréable le soir, pour se poser.</translation>
    </message>
    <message>
        <source>A little quicker, for when six a minute still feels too slow.</source>
        <translation>Un peu plus rapide, quand six par minute semble encore trop lent.</translation>
    </message>
    <message>
        <source>With two short pauses. Can steady you in a tense moment.</source>
        <translation>Avec deux courtes pauses. Peut aider à vous apaiser dans un moment de tension.</translation>
    </message>
    <message>
        <source>With a long pause. In the first month, keep it to four breaths.</source>
        <translation>Avec une longue pause. Le premier mois, limitez-vous à quatre respirations.</translation>
    </message>
    <message>
        <source>Breathe in, add a small second breath, then sigh out slowly.</source>
        <translation>Inspirez, ajoutez une petite deuxième inspiration, puis soupirez lentement.</translation>
    </message>
    <message>
        <source>%1 breaths per minute</source>
        <translation>%1 respirations par minute</translation>
    </message>
    <message>
        <source>in : out = 1 : %1</source>
        <translation>insp. : exp. = 1 : %1</translation>
    </message>
    <message>
        <source>with pauses</source>
        <translation>avec pauses</translation>
    </message>
    <message>
        <source>Belly figure</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>respirations</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Breathing in</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>The second breath in</source>
        <translation>La deuxième inspiration</translation>
    </message>
    <message>
        <source>The pause after breathing in</source>
        <translation>La pause après l&apos;inspiration</translation>
    </message>
    <message>
        <source>Breathing out</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>The pause after breathing out</source>
        <translation>La pause après l&apos;expiration</translation>
    </message>
    <message>
        <source>%1 can be %2 to %3 seconds, not %4.</source>
        <translation>%1 peut durer de %2 à %3 secondes, pas %4.</translation>
    </message>
    <message>
        <source>One whole breath can last at most %1 seconds; this one lasts %2.</source>
        <translation>Une respiration complète dure au plus %1 secondes ; celle-ci dure %2.</translation>
    </message>
    <message>
        <source>The pace can be %1 to %2 breaths per minute, not %3.</source>
        <translation>La cadence peut aller de %1 à %2 respirations par minute, pas %3.</translation>
    </message>
    <message>
        <source>Breathing out can last one to two times as long as breathing in.</source>
        <translation>L&apos;expiration peut durer une à deux fois plus longtemps que l&apos;inspiration.</translation>
    </message>
    <message>
        <source>Slowing down can take %1 to %2 minutes.</source>
        <translation>Le ralentissement peut prendre de %1 à %2 minutes.</translation>
    </message>
    <message>
        <source>This pattern is not clear. Write it as in-pause-out-pause, for example 4-0-6-0.</source>
        <translation>Ce rythme n&apos;est pas clair. Écrivez-le sous la forme inspiration-pause-expiration-pause, par exemple 4-0-6-0.</translation>
    </message>
    <message>
        <source>A session can last half a minute to 3 hours.</source>
        <translation>Une séance peut durer d&apos;une demi-minute à 3 heures.</translation>
    </message>
    <message>
        <source>A session can last 1 to 2000 breaths.</source>
        <translation>Une séance peut durer de 1 à 2000 respirations.</translation>
    </message>
    <message>
        <source>BreathApp keeps your history, its backups and its log here:
%1

Saving under this name could replace them. Please choose another folder or name.</source>
        <translation>BreathApp conserve ici votre historique, ses sauvegardes et son journal :
%1

Enregistrer sous ce nom pourrait les remplacer. Choisissez un autre dossier ou un autre nom, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>BreathApp cannot save in this folder:
%1

Choose another folder with --data-dir, or ask whoever looks after this computer for write access.</source>
        <translation>BreathApp ne peut pas enregistrer dans ce dossier :
%1

Choisissez un autre dossier avec --data-dir, ou demandez l&apos;accès en écriture à la personne qui s&apos;occupe de cet ordinateur.</translation>
    </message>
    <message>
        <source>The disk is full, so your practice cannot be saved right now. Nothing is lost: BreathApp keeps it and saves it as soon as there is room again.</source>
        <translation>Le disque est plein : votre séance ne peut donc pas être enregistrée pour le moment. Rien n&apos;est perdu : BreathApp la garde et l&apos;enregistre dès qu&apos;il y a de nouveau de la place.</translation>
    </message>
    <message>
        <source>The folder with your practice is read-only:
%1

BreathApp keeps your practice and saves it as soon as it may write again.</source>
        <translation>Le dossier de vos exercices est en lecture seule :
%1

BreathApp garde votre séance et l&apos;enregistre dès qu&apos;il peut de nouveau écrire.</translation>
    </message>
    <message>
        <source>Your practice history was saved by a newer version of BreathApp:
%1

This version leaves it untouched. Please install the newer version again.</source>
        <translation>Votre historique a été enregistré par une version plus récente de BreathApp :
%1

Cette version n&apos;y touche pas. Installez à nouveau la version plus récente, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>The file with your practice could not be read or written:
%1

BreathApp keeps what you practise and tries again.</source>
        <translation>Le fichier de vos exercices n&apos;a pas pu être lu ou écrit :
%1

BreathApp garde ce que vous faites et réessaie.</translation>
    </message>
    <message>
        <source>Breathing safely</source>
        <translation>Respirer en toute sécurité</translation>
    </message>
    <message>
        <source>&lt;p&gt;BreathApp helps you practise calm, slow breathing. Breathe gently: slower, not deeper.&lt;/p&gt;&lt;p&gt;Stop and breathe normally if you feel dizzy or light-headed, feel tingling, become short of breath or have pain in your chest. &lt;b&gt;I feel dizzy&lt;/b&gt; (or the D key) ends a session at once.&lt;/p&gt;&lt;p&gt;Not sure whether this is right for you? Ask your therapist or doctor.&lt;/p&gt;&lt;p&gt;BreathApp is a practice aid, not a medical device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;BreathApp vous aide à vous exercer à respirer calmement et lentement. Respirez doucement : plus lentement, pas plus profondément.&lt;/p&gt;&lt;p&gt;Arrêtez et respirez normalement si vous avez la tête qui tourne ou un étourdissement, si vous sentez des picotements, si vous manquez de souffle ou si vous avez mal à la poitrine. &lt;b&gt;J&apos;ai la tête qui tourne&lt;/b&gt; (ou la touche D) arrête tout de suite une séance.&lt;/p&gt;&lt;p&gt;Vous ne savez pas si c&apos;est fait pour vous ? Demandez à votre kinésithérapeute ou à votre médecin.&lt;/p&gt;&lt;p&gt;BreathApp est une aide pour vos exercices, pas un dispositif médical.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This pattern has pauses (breath holds), and pauses are turned off for you. Please choose another pattern.</source>
        <translation>Ce rythme comporte des pauses respiratoires, et elles sont désactivées pour vous. Choisissez un autre rythme, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>The pattern %1</source>
        <translation>Le rythme %1</translation>
    </message>
    <message>
        <source>4-7-8 breathing is new for this profile. Until %1 it is done for at most 4 breaths at a time, as a short session of its own, so the pace did not change to it now.</source>
        <translation>La respiration 4-7-8 est nouvelle pour ce profil. Jusqu&apos;au %1, elle se fait sur 4 respirations au plus, en courte séance à part : c&apos;est pourquoi la séance en cours n&apos;est pas passée à ce rythme.</translation>
    </message>
    <message>
        <source>This relaxation session breathes with pauses (breath holds), and this profile is set to breathe without them, so it was not started. Please choose another session.</source>
        <translation>Cette séance de relaxation comporte des pauses respiratoires, et ce profil est réglé sans pause respiratoire : elle n&apos;a donc pas commencé. Choisissez une autre séance, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>%1 has pauses where you hold your breath. This profile is set to breathe without pauses, so it was not started. Choose a pattern without pauses, for example %2.</source>
        <translation>%1 comporte des pauses où vous retenez votre souffle. Ce profil est réglé pour respirer sans pause : la séance n&apos;a donc pas commencé. Choisissez un rythme sans pause, par exemple %2.</translation>
    </message>
    <message>
        <source>In the first month with 4-7-8 (until %1), a session is at most 4 breaths, a little over a minute. Start gently; longer sessions come later.</source>
        <translation>Le premier mois avec le 4-7-8 (jusqu&apos;au %1), une séance compte au plus 4 respirations, un peu plus d&apos;une minute. Commencez en douceur ; les séances plus longues viendront plus tard.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <source>is not written as the format asks</source>
        <translation>n&apos;est pas écrit comme le format le demande</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>n&apos;est pas un champ connu</translation>
    </message>
    <message>
        <source>has the wrong kind of value</source>
        <translation>a une valeur du mauvais type</translation>
    </message>
    <message>
        <source>is outside its limits</source>
        <translation>sort de ses limites</translation>
    </message>
    <message>
        <source>has a value that is not allowed</source>
        <translation>a une valeur qui n&apos;est pas permise</translation>
    </message>
    <message>
        <source>does not match the file name</source>
        <translation>ne correspond pas au nom du fichier</translation>
    </message>
    <message>
        <source>has breath holds, which relaxation never uses</source>
        <translation>comporte des pauses respiratoires, ce qu&apos;une relaxation n&apos;utilise jamais</translation>
    </message>
    <message>
        <source>makes the session too long</source>
        <translation>rend la séance trop longue</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>champ « %1 »</translation>
    </message>
</context>
<context>
    <name>plan_labels</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>pattern or session</source>
        <translation>rythme ou séance</translation>
    </message>
    <message>
        <source>kind of session</source>
        <translation>type de séance</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>start rate of the slow-down</source>
        <translation>cadence de départ du ralentissement</translation>
    </message>
    <message>
        <source>minutes of the slow-down</source>
        <translation>minutes du ralentissement</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>fréquence</translation>
    </message>
    <message>
        <source>per day or per week</source>
        <translation>par jour ou par semaine</translation>
    </message>
    <message>
        <source>when the next phase starts</source>
        <translation>début de la phase suivante</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>coordonnées</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>kinésithérapeute</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>cabinet</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>when to call</source>
        <translation>quand appeler</translation>
    </message>
    <message>
        <source>reminder times</source>
        <translation>heures de rappel</translation>
    </message>
    <message>
        <source>file type</source>
        <translation>type de fichier</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>phases</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>recorded voice</source>
        <translation>voix enregistrée</translation>
    </message>
    <message>
        <source>minutes of movement</source>
        <translation>minutes de mouvement</translation>
    </message>
    <message>
        <source>which movement</source>
        <translation>quel mouvement</translation>
    </message>
    <message>
        <source>advice for a bad day</source>
        <translation>conseil pour une mauvaise journée</translation>
    </message>
    <message>
        <source>suggest contacting the therapist</source>
        <translation>proposer de contacter le kinésithérapeute</translation>
    </message>
    <message>
        <source>At byte %1 of the file</source>
        <translation>À l&apos;octet %1 du fichier</translation>
    </message>
    <message>
        <source>Line %1, column %2 of the file</source>
        <translation>Ligne %1, colonne %2 du fichier</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>séance %1</translation>
    </message>
    <message>
        <source>reminder time %1</source>
        <translation>heure de rappel %1</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>Le programme a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>A plan needs at least one phase.</source>
        <translation>Un programme a besoin d&apos;au moins une phase.</translation>
    </message>
    <message>
        <source>Every phase needs at least one session.</source>
        <translation>Chaque phase a besoin d&apos;au moins une séance.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Ceci ne peut pas être vide.</translation>
    </message>
    <message>
        <source>This must be between %1 and %2.</source>
        <translation>Ceci doit être entre %1 et %2.</translation>
    </message>
    <message>
        <source>There are too many: at most %1.</source>
        <translation>Il y en a trop : %1 au plus.</translation>
    </message>
    <message>
        <source>Something is missing here.</source>
        <translation>Il manque quelque chose ici.</translation>
    </message>
    <message>
        <source>This holds the wrong kind of value.</source>
        <translation>Ceci contient une valeur du mauvais type.</translation>
    </message>
    <message>
        <source>This number is outside what BreathApp allows.</source>
        <translation>Ce nombre sort de ce que BreathApp permet.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <source>There are too many here.</source>
        <translation>Il y en a trop ici.</translation>
    </message>
    <message>
        <source>BreathApp does not know this breathing pattern. Use a pattern from the list, or seconds such as 4-0-6-0.</source>
        <translation>BreathApp ne connaît pas ce rythme respiratoire. Choisissez un rythme dans la liste, ou des secondes comme 4-0-6-0.</translation>
    </message>
    <message>
        <source>This relaxation session is not in this version of BreathApp.</source>
        <translation>Cette séance de relaxation n&apos;existe pas dans cette version de BreathApp.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, for example 08:30.</source>
        <translation>Écrivez l&apos;heure en heures et minutes, par exemple 08:30.</translation>
    </message>
    <message>
        <source>BreathApp does not know this value.</source>
        <translation>BreathApp ne connaît pas cette valeur.</translation>
    </message>
    <message>
        <source>BreathApp does not know this part of the file.</source>
        <translation>BreathApp ne connaît pas cette partie du fichier.</translation>
    </message>
    <message>
        <source>This file is not a BreathApp plan.</source>
        <translation>Ce fichier n&apos;est pas un programme BreathApp.</translation>
    </message>
    <message>
        <source>This plan was made with a newer version of BreathApp. Install the newer version to open it.</source>
        <translation>Ce programme a été fait avec une version plus récente de BreathApp. Installez la version plus récente pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a plan, so it cannot be read.</source>
        <translation>Ce fichier est abîmé ou n&apos;est pas un programme : il ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>This file is too large to be a plan.</source>
        <translation>Ce fichier est trop gros pour être un programme.</translation>
    </message>
    <message>
        <source>The recorded voice that came with this plan cannot be used. Your therapist can send the plan again.</source>
        <translation>La voix enregistrée fournie avec ce programme ne peut pas être utilisée. Votre kinésithérapeute peut vous renvoyer le programme.</translation>
    </message>
    <message>
        <source>The pattern %1 has breath holds, and this profile is set to no breath holds. The plan was not saved. Ask your therapist for a plan without holds.</source>
        <translation>Le rythme %1 comporte des pauses respiratoires, et ce profil est réglé sans pause respiratoire. Le programme n&apos;a pas été enregistré. Demandez à votre kinésithérapeute un programme sans pause respiratoire.</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1 :
%2</translation>
    </message>
</context>
<context>
    <name>plan_text</name>
    <message>
        <source>A breathing pattern</source>
        <translation>Un rythme respiratoire</translation>
    </message>
    <message>
        <source>Your own pattern</source>
        <translation>Votre propre rythme</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>une fois par jour</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>deux fois par jour</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>une fois par semaine</translation>
    </message>
    <message>
        <source>twice a week</source>
        <translation>deux fois par semaine</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Relaxation session “%1”</source>
        <translation>Séance de relaxation « %1 »</translation>
    </message>
    <message>
        <source>starting at %1 breaths a minute, slowing down over %2</source>
        <translation>en partant de %1 respirations par minute, avec un ralentissement sur %2</translation>
    </message>
    <message>
        <source>Done for this week</source>
        <translation>Fait pour cette semaine</translation>
    </message>
    <message>
        <source>%1 of %2 done this week</source>
        <translation>%1 sur %2 faites cette semaine</translation>
    </message>
    <message>
        <source>Done for today</source>
        <translation>Fait pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Not yet today</source>
        <translation>Pas encore aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 of %2 done today</source>
        <translation>%1 sur %2 faites aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation>Phase %1 sur %2</translation>
    </message>
    <message>
        <source>day %1 of %2</source>
        <translation>jour %1 sur %2</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <source>This is the last phase: keep it up for as long as it helps you.</source>
        <translation>C&apos;est la dernière phase : continuez-la aussi longtemps qu&apos;elle vous fait du bien.</translation>
    </message>
    <message>
        <source>This phase lasts until your therapist moves you on.</source>
        <translation>Cette phase dure jusqu&apos;à ce que votre kinésithérapeute vous fasse passer à la suivante.</translation>
    </message>
    <message>
        <source>Next: %1, when your therapist says so.</source>
        <translation>Suivante : %1, quand votre kinésithérapeute le dira.</translation>
    </message>
    <message>
        <source>Next: %1, from %2.</source>
        <translation>Suivante : %1, à partir du %2.</translation>
    </message>
    <message>
        <source>If your pain stays high or rises, BreathApp will suggest contacting your therapist.</source>
        <translation>Si votre douleur reste forte ou augmente, BreathApp vous proposera de contacter votre kinésithérapeute.</translation>
    </message>
    <message>
        <source>BreathApp will not suggest contacting your therapist when the pain stays high or rises.</source>
        <translation>BreathApp ne proposera pas de contacter votre kinésithérapeute quand la douleur reste forte ou augmente.</translation>
    </message>
    <message>
        <source>When the therapist says</source>
        <translation>Quand le kinésithérapeute le décide</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Own pattern %1</source>
        <translation>Rythme personnel %1</translation>
    </message>
    <message>
        <source>Shown live: %1</source>
        <translation>Montré en direct : %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Most recent sessions</source>
        <translation>Séances les plus récentes</translation>
    </message>
    <message>
        <source>All sessions in this period, the most recent first.</source>
        <translation>Toutes les séances de cette période, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tension</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Dizzy</source>
        <translation>Tête qui tourne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>dizzy</source>
        <translation>tête qui tourne</translation>
    </message>
    <message>
        <source>Practice report</source>
        <translation>Rapport d&apos;exercices</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>counted up to %1</source>
        <translation>compté jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>No practice was recorded in this period.</source>
        <translation>Aucun exercice n&apos;a été enregistré pendant cette période.</translation>
    </message>
    <message>
        <source>When there is practice in the chosen period, this report shows the days, the minutes and the ratings before and after the sessions.</source>
        <translation>Quand des exercices ont été faits pendant la période choisie, ce rapport montre les jours, les minutes et les évaluations avant et après les séances.</translation>
    </message>
    <message>
        <source>not rated in this period</source>
        <translation>pas d&apos;évaluation pendant cette période</translation>
    </message>
    <message>
        <source>%1 → %2 (change %3; %4)</source>
        <translation>%1 → %2 (évolution %3 ; %4)</translation>
    </message>
    <message>
        <source>Notes for you</source>
        <translation>Notes pour vous</translation>
    </message>
    <message>
        <source>Minutes moved each week (Monday to Sunday), and the days the daily movement goal of the plan&apos;s phase was met. “or more”: a day ticked as 15 minutes or more.</source>
        <translation>Minutes de mouvement par semaine (du lundi au dimanche), et les jours où l&apos;objectif quotidien de mouvement de la phase du programme a été atteint. « ou plus » : un jour coché comme 15 minutes ou plus.</translation>
    </message>
    <message>
        <source>Movement by week</source>
        <translation>Mouvement par semaine</translation>
    </message>
    <message>
        <source>on a bad day</source>
        <translation>lors d&apos;une mauvaise journée</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Minutes moved</source>
        <translation>Minutes de mouvement</translation>
    </message>
    <message>
        <source>Days moved</source>
        <translation>Jours avec mouvement</translation>
    </message>
    <message>
        <source>Days at the goal</source>
        <translation>Jours où l&apos;objectif est atteint</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Jours d&apos;exercice</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Temps total</translation>
    </message>
    <message>
        <source>Average on a day with practice</source>
        <translation>Moyenne par jour d&apos;exercice</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Days with 15 minutes or more of movement</source>
        <translation>Jours avec 15 minutes ou plus de mouvement</translation>
    </message>
    <message>
        <source>Tension before → after, on average (0 to 10)</source>
        <translation>Tension avant → après, en moyenne (0 à 10)</translation>
    </message>
    <message>
        <source>Pain before → after, on average (0 to 10)</source>
        <translation>Douleur avant → après, en moyenne (0 à 10)</translation>
    </message>
    <message>
        <source>Sessions with 2 points or 30 % less pain</source>
        <translation>Séances avec 2 points ou 30 % de douleur en moins</translation>
    </message>
    <message>
        <source>Breaths per minute, first week → last week</source>
        <translation>Respirations par minute, première semaine → dernière semaine</translation>
    </message>
    <message>
        <source>Sessions ended with “I feel dizzy”</source>
        <translation>Séances arrêtées avec « J&apos;ai la tête qui tourne »</translation>
    </message>
    <message>
        <source>Bad days logged</source>
        <translation>Mauvaises journées notées</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Ratings and breathing</source>
        <translation>Évaluations et respiration</translation>
    </message>
    <message>
        <source>BreathApp — a practice aid, not a medical device. Self-ratings are the patient&apos;s own, not a test.</source>
        <translation>BreathApp — une aide pour les exercices, pas un dispositif médical. Les évaluations sont celles du patient lui-même, pas un test.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minutes par jour</translation>
    </message>
    <message>
        <source>Minutes per day, as a weekly average</source>
        <translation>Minutes par jour, en moyenne hebdomadaire</translation>
    </message>
    <message>
        <source>goal %1 min</source>
        <translation>objectif %1 min</translation>
    </message>
    <message>
        <source>Tension, weekly average</source>
        <translation>Tension, moyenne hebdomadaire</translation>
    </message>
    <message>
        <source>Pain, weekly average</source>
        <translation>Douleur, moyenne hebdomadaire</translation>
    </message>
    <message>
        <source>No ratings in this period.</source>
        <translation>Pas d&apos;évaluation pendant cette période.</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Breaths per minute, per day</source>
        <translation>Respirations par minute, par jour</translation>
    </message>
    <message>
        <source>No breathing sessions in this period.</source>
        <translation>Pas de séance de respiration pendant cette période.</translation>
    </message>
    <message>
        <source>Planned sessions per week</source>
        <translation>Séances prévues par semaine</translation>
    </message>
    <message>
        <source>Resonance pace test</source>
        <translation>Test du rythme de résonance</translation>
    </message>
    <message>
        <source>%1 (stopped early)</source>
        <translation>%1 (arrêté avant la fin)</translation>
    </message>
    <message>
        <source>Suggested pace: none (too few clean beats)</source>
        <translation>Rythme proposé : aucun (trop peu de battements nets)</translation>
    </message>
    <message>
        <source>Suggested pace: %1 breaths a minute (%2)</source>
        <translation>Rythme proposé : %1 respirations par minute (%2)</translation>
    </message>
    <message>
        <source>Chosen pace: not chosen yet</source>
        <translation>Rythme choisi : pas encore choisi</translation>
    </message>
    <message>
        <source>Chosen pace: %1 breaths a minute</source>
        <translation>Rythme choisi : %1 respirations par minute</translation>
    </message>
    <message>
        <source>The guide paced each rate for %1, breathing in for %2 % of each breath, with %3 of free breathing between. The swing is how far the heart rate rises and falls within one breath: a bigger wave means the heart follows the breath well at that pace. LF power is the RR series&apos; power from 0.04 to 0.15 Hz.</source>
        <translation>Le guide a donné chaque rythme pendant %1, l&apos;inspiration occupant %2 % de chaque respiration, avec %3 de respiration libre entre chaque rythme. L&apos;amplitude est l&apos;écart entre la fréquence cardiaque la plus haute et la plus basse au cours d&apos;une respiration : une vague plus grande signifie que le cœur suit bien la respiration à ce rythme. La puissance LF est la puissance de la série RR de 0,04 à 0,15 Hz.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Pace (breaths a minute)</source>
        <translation>Rythme (respirations par minute)</translation>
    </message>
    <message>
        <source>Swing (beats a minute)</source>
        <translation>Amplitude (battements par minute)</translation>
    </message>
    <message>
        <source>LF power (ms²)</source>
        <translation>Puissance LF (ms²)</translation>
    </message>
    <message>
        <source>LF peak (Hz)</source>
        <translation>Pic LF (Hz)</translation>
    </message>
    <message>
        <source>In step</source>
        <translation>En phase</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Battements</translation>
    </message>
    <message>
        <source>Artefacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>breaths a minute</source>
        <translation>respirations par minute</translation>
    </message>
</context>
</TS>
