<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>AboutForm</name>
    <message>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Kinesitherapeut/in</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>Wann anrufen</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <source>Recorded voice</source>
        <translation>Aufgenommene Stimme</translation>
    </message>
    <message>
        <source>A few personal words: what to keep in mind, and that asking is welcome.</source>
        <translation>Ein paar persönliche Worte: worauf es ankommt, und dass Fragen willkommen sind.</translation>
    </message>
    <message>
        <source>For example: weekdays 8–12</source>
        <translation>Zum Beispiel: werktags 8–12</translation>
    </message>
    <message>
        <source>For example: 08:30, 20:00</source>
        <translation>Zum Beispiel: 08:30, 20:00</translation>
    </message>
    <message>
        <source>Suggested times for reminders, up to four</source>
        <translation>Vorgeschlagene Zeiten für Erinnerungen, höchstens vier</translation>
    </message>
    <message>
        <source>Your recorded voice, sent with the plan so your patient hears you at home</source>
        <translation>Ihre aufgenommene Stimme geht mit dem Plan mit: So hört man Sie auch zu Hause.</translation>
    </message>
    <message>
        <source>Your advice for a bad day</source>
        <translation>Ihr Rat für einen schlechten Tag</translation>
    </message>
    <message>
        <source>What helps when the pain flares up, in your own words. Your patient reads it on a bad day, after a short calm session.</source>
        <translation>Was hilft, wenn die Schmerzen aufflammen, in Ihren eigenen Worten. Ihre Patientin oder Ihr Patient liest es an einem schlechten Tag, nach einer kurzen, ruhigen Übung.</translation>
    </message>
    <message>
        <source>Suggest contacting me when pain stays high or rises</source>
        <translation>Vorschlagen, sich bei mir zu melden, wenn die Schmerzen stark bleiben oder zunehmen</translation>
    </message>
    <message>
        <source>A quiet suggestion with your contact details, at most once a week, after three days in a row of pain 7 or more, or pain that rose over a week.</source>
        <translation>Ein dezenter Vorschlag mit Ihren Kontaktdaten, höchstens einmal pro Woche: nach drei Tagen in Folge mit Schmerzen von 7 oder mehr oder wenn die Schmerzen im Laufe einer Woche zugenommen haben.</translation>
    </message>
</context>
<context>
    <name>AllowHolds</name>
    <message>
        <source>Allow breath holds</source>
        <translation>Atemanhalten erlauben</translation>
    </message>
    <message>
        <source>Allow breath holds again?</source>
        <translation>Atemanhalten wieder erlauben?</translation>
    </message>
    <message>
        <source>Your therapist turned this on to keep your breathing without pauses. Turn it off only after talking with them.</source>
        <translation>Ihre Kinesitherapeutin oder Ihr Kinesitherapeut hat dies eingeschaltet, damit Sie den Atem nicht anhalten. Schalten Sie es erst aus, wenn Sie in der Praxis darüber gesprochen haben.</translation>
    </message>
    <message>
        <source>Keep them off</source>
        <translation>Nicht erlauben</translation>
    </message>
    <message>
        <source>PIN for this profile</source>
        <translation>PIN für dieses Profil</translation>
    </message>
    <message>
        <source>This profile has a PIN. Type it to allow breath holds again.</source>
        <translation>Dieses Profil hat eine PIN. Geben Sie sie ein, um das Atemanhalten wieder zu erlauben.</translation>
    </message>
    <message>
        <source>That PIN is not right. Tries left: %1.</source>
        <translation>Diese PIN stimmt nicht. Verbleibende Versuche: %1.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait a minute, then try again.</source>
        <translation>Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.</translation>
    </message>
</context>
<context>
    <name>BackgroundSettings</name>
    <message>
        <source>Background sound</source>
        <translation>Hintergrundklang</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Brown noise</source>
        <translation>Braunes Rauschen</translation>
    </message>
    <message>
        <source>Soft rain</source>
        <translation>Leiser Regen</translation>
    </message>
    <message>
        <source>Soft waves</source>
        <translation>Sanfte Wellen</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Listen to the background sound</source>
        <translation>Den Hintergrundklang anhören</translation>
    </message>
    <message>
        <source>Background volume</source>
        <translation>Lautstärke des Hintergrunds</translation>
    </message>
    <message>
        <source>A quiet sound under your session, always softer than the voice. It comes in slowly and fades away when you pause or stop.</source>
        <translation>Ein sanfter Klang unter Ihrer Übung, immer leiser als die Stimme. Er setzt langsam ein und klingt aus, wenn Sie pausieren oder aufhören.</translation>
    </message>
</context>
<context>
    <name>BadDayEnd</name>
    <message>
        <source>This note is a little long. Could you keep it under 1000 characters?</source>
        <translation>Diese Notiz ist etwas lang. Könnten Sie sie auf weniger als 1000 Zeichen kürzen?</translation>
    </message>
    <message>
        <source>Saved. It will be in the report for your therapist.</source>
        <translation>Gespeichert. Die Notiz kommt in den Bericht für Ihre Praxis.</translation>
    </message>
    <message>
        <source>Thank you for taking this time for yourself.</source>
        <translation>Schön, dass Sie sich diese Zeit genommen haben.</translation>
    </message>
    <message>
        <source>Your therapist&apos;s advice</source>
        <translation>Der Rat Ihrer Kinesitherapeutin oder Ihres Kinesitherapeuten</translation>
    </message>
    <message>
        <source>A note for your therapist (optional)</source>
        <translation>Eine Notiz für Ihre Praxis (optional)</translation>
    </message>
    <message>
        <source>What went well, what was hard</source>
        <translation>Was gut ging, was schwer war</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>After the flare-up session</source>
        <translation>Nach der Übung für einen Schmerzschub</translation>
    </message>
</context>
<context>
    <name>BadDayFlow</name>
    <message>
        <source>Could you write a few words, with letters or numbers?</source>
        <translation>Könnten Sie ein paar Worte schreiben, mit Buchstaben oder Ziffern?</translation>
    </message>
    <message>
        <source>The note could not be saved just now.</source>
        <translation>Die Notiz konnte gerade nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>BadDayStart</name>
    <message>
        <source>A bad day is nobody&apos;s fault. Take a few quiet minutes for yourself.</source>
        <translation>Ein schlechter Tag ist niemandes Schuld. Nehmen Sie sich ein paar ruhige Minuten für sich.</translation>
    </message>
    <message>
        <source>Lie down or sit well supported. Answer, or skip the question, and a short, gentle session begins.</source>
        <translation>Legen Sie sich hin oder sitzen Sie gut gestützt. Antworten Sie oder überspringen Sie die Frage, dann beginnt eine kurze, sanfte Übung.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>I&apos;m having a bad day</source>
        <translation>Ich habe einen schlechten Tag</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Nothing to show in this period.</source>
        <translation>In diesem Zeitraum gibt es nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>How much pain do you feel now?</source>
        <translation>Wie stark sind Ihre Schmerzen jetzt?</translation>
    </message>
    <message>
        <source>How much pain do you feel right now?</source>
        <translation>Wie stark sind Ihre Schmerzen gerade?</translation>
    </message>
    <message>
        <source>0 is no pain, 10 is the worst pain you can imagine.</source>
        <translation>0 heißt keine Schmerzen, 10 die schlimmsten Schmerzen, die Sie sich vorstellen können.</translation>
    </message>
    <message>
        <source>How tense do you feel now?</source>
        <translation>Wie angespannt fühlen Sie sich jetzt?</translation>
    </message>
    <message>
        <source>How tense do you feel right now?</source>
        <translation>Wie angespannt fühlen Sie sich gerade?</translation>
    </message>
    <message>
        <source>0 is completely relaxed, 10 is very tense. Your own feeling, not a test.</source>
        <translation>0 heißt ganz entspannt, 10 sehr angespannt. Ihr eigenes Gefühl, kein Test.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Type a number from 0 to 10, then press Enter.</source>
        <translation>Geben Sie eine Zahl von 0 bis 10 ein und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <source>Click a number, or type it and press Enter.</source>
        <translation>Klicken Sie auf eine Zahl oder tippen Sie sie ein, dann Enter.</translation>
    </message>
    <message>
        <source>You typed %1. Press Enter to choose it.</source>
        <translation>Sie haben %1 eingegeben. Drücken Sie die Eingabetaste, um das zu wählen.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>Wann anrufen</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>Includes a recorded voice: %1, %n steps</source>
        <translation>
            <numerusform>Mit aufgenommener Stimme: %1, %n Schritt</numerusform>
            <numerusform>Mit aufgenommener Stimme: %1, %n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move every day: %n minutes of %1</source>
        <translation>
            <numerusform>Jeden Tag bewegen: %n Minute %1</numerusform>
            <numerusform>Jeden Tag bewegen: %n Minuten %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move every day: %n minutes</source>
        <translation>
            <numerusform>Jeden Tag bewegen: %n Minute</numerusform>
            <numerusform>Jeden Tag bewegen: %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n-mal am Tag</numerusform>
            <numerusform>%n-mal am Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n-mal pro Woche</numerusform>
            <numerusform>%n-mal pro Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the history file was damaged and there was no backup to restore; it was set aside as %1 and a new history was started with the %n sessions still readable in it</source>
        <translation>
            <numerusform>die Verlaufsdatei war beschädigt und es gab keine Sicherungskopie zum Wiederherstellen; sie wurde als %1 beiseitegelegt und ein neuer Verlauf mit der %n noch lesbaren Übung begonnen</numerusform>
            <numerusform>die Verlaufsdatei war beschädigt und es gab keine Sicherungskopie zum Wiederherstellen; sie wurde als %1 beiseitegelegt und ein neuer Verlauf mit den %n noch lesbaren Übungen begonnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the history file was damaged; it was set aside as %1 and the backup of %2 was restored; %n sessions were read back from the damaged file, others after the backup may be missing</source>
        <translation>
            <numerusform>die Verlaufsdatei war beschädigt; sie wurde als %1 beiseitegelegt und die Sicherungskopie vom %2 wiederhergestellt; %n Übung wurde aus der beschädigten Datei zurückgelesen, andere nach der Sicherungskopie können fehlen</numerusform>
            <numerusform>die Verlaufsdatei war beschädigt; sie wurde als %1 beiseitegelegt und die Sicherungskopie vom %2 wiederhergestellt; %n Übungen wurden aus der beschädigten Datei zurückgelesen, andere nach der Sicherungskopie können fehlen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with practice</source>
        <translation>
            <numerusform>an %n Tag geübt</numerusform>
            <numerusform>an %n Tagen geübt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved 15 minutes or more on %n days</source>
        <translation>
            <numerusform>an %n Tag 15 Minuten oder länger bewegt</numerusform>
            <numerusform>an %n Tagen 15 Minuten oder länger bewegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n days at your goal of %2</source>
        <translation>
            <numerusform>Ihr Ziel von %2 an %1 von %n Tag erreicht</numerusform>
            <numerusform>Ihr Ziel von %2 an %1 von %n Tagen erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week you practised %n days, %1.</source>
        <translation>
            <numerusform>Diese Woche haben Sie an %n Tag geübt, insgesamt %1.</numerusform>
            <numerusform>Diese Woche haben Sie an %n Tagen geübt, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions rated</source>
        <translation>
            <numerusform>%n Übung eingeschätzt</numerusform>
            <numerusform>%n Übungen eingeschätzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n planned sessions done</source>
        <translation>
            <numerusform>%1 von %n geplanten Übung gemacht</numerusform>
            <numerusform>%1 von %n geplanten Übungen gemacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>days at your goal of %n minutes this week</source>
        <translation>
            <numerusform>Tage, an denen Sie diese Woche Ihr Ziel von %n Minute erreicht haben</numerusform>
            <numerusform>Tage, an denen Sie diese Woche Ihr Ziel von %n Minuten erreicht haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps recorded</source>
        <translation>
            <numerusform>%1 von %n Schritt aufgenommen</numerusform>
            <numerusform>%1 von %n Schritten aufgenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 most recent of %Ln sessions in this period.</source>
        <translation>
            <numerusform>Die %1 letzten von %Ln Übung in diesem Zeitraum.</numerusform>
            <numerusform>Die %1 letzten von %Ln Übungen in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bad days logged: %Ln days</source>
        <translation>
            <numerusform>Schlechte Tage notiert: %Ln Tag</numerusform>
            <numerusform>Schlechte Tage notiert: %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln Übung</numerusform>
            <numerusform>%Ln Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln days</source>
        <translation>
            <numerusform>%1 von %Ln Tag</numerusform>
            <numerusform>%1 von %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days with at least the daily goal of %Ln minutes</source>
        <translation>
            <numerusform>Tage mit mindestens %Ln Minute (Tagesziel)</numerusform>
            <numerusform>Tage mit mindestens %Ln Minuten (Tagesziel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln listed sessions</source>
        <translation>
            <numerusform>%1 der %Ln aufgeführten Übung</numerusform>
            <numerusform>%1 der %Ln aufgeführten Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes per day, as an average over %n days</source>
        <translation>
            <numerusform>Minuten pro Tag, im Durchschnitt über %n Tag</numerusform>
            <numerusform>Minuten pro Tag, im Durchschnitt über %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln planned sessions done</source>
        <translation>
            <numerusform>%1 von %Ln geplanten Übung gemacht</numerusform>
            <numerusform>%1 von %Ln geplanten Übungen gemacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Dieser Text ist zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Dieser Text ist zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n-mal am Tag</numerusform>
            <numerusform>%n-mal am Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n-mal pro Woche</numerusform>
            <numerusform>%n-mal pro Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This phase lasts %n days; then the next one starts by itself.</source>
        <translation>
            <numerusform>Diese Phase dauert %n Tag; dann beginnt die nächste von selbst.</numerusform>
            <numerusform>Diese Phase dauert %n Tage; dann beginnt die nächste von selbst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Movement each day: %n minutes</source>
        <translation>
            <numerusform>Bewegung pro Tag: %n Minute</numerusform>
            <numerusform>Bewegung pro Tag: %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Movement each day: %n minutes, %1</source>
        <translation>
            <numerusform>Bewegung pro Tag: %n Minute, %1</numerusform>
            <numerusform>Bewegung pro Tag: %n Minuten, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n days</source>
        <translation>
            <numerusform>Nach %n Tag</numerusform>
            <numerusform>Nach %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation>
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>4-7-8 breathing is new for you: until %1, one session is at most %n breaths. This one ends after %n breaths.</source>
        <translation>
            <numerusform>Die 4-7-8-Atmung ist neu für Sie: Bis zum %1 hat eine Übung höchstens %n Atemzug. Diese endet nach %n Atemzug.</numerusform>
            <numerusform>Die 4-7-8-Atmung ist neu für Sie: Bis zum %1 hat eine Übung höchstens %n Atemzüge. Diese endet nach %n Atemzügen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes written for you in this period.</source>
        <translation>
            <numerusform>%Ln Notiz für Sie in diesem Zeitraum geschrieben.</numerusform>
            <numerusform>%Ln Notizen für Sie in diesem Zeitraum geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %1 of %Ln weeks.</source>
        <translation>
            <numerusform>Die letzten %1 von %Ln Woche.</numerusform>
            <numerusform>Die letzten %1 von %Ln Wochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Optional; at most %n characters.</source>
        <translation>
            <numerusform>Optional; höchstens %n Zeichen.</numerusform>
            <numerusform>Optional; höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A goal of 1 to %n minutes a day, or no goal.</source>
        <translation>
            <numerusform>Ein Ziel von 1 bis %n Minute pro Tag oder kein Ziel.</numerusform>
            <numerusform>Ein Ziel von 1 bis %n Minuten pro Tag oder kein Ziel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For example walking or cycling; at most %n characters.</source>
        <translation>
            <numerusform>Zum Beispiel Gehen oder Radfahren; höchstens %n Zeichen.</numerusform>
            <numerusform>Zum Beispiel Gehen oder Radfahren; höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your heart follows your breath: %n beats a minute up and down</source>
        <translation>
            <numerusform>Ihr Herz folgt Ihrem Atem: %n Schlag pro Minute auf und ab</numerusform>
            <numerusform>Ihr Herz folgt Ihrem Atem: %n Schläge pro Minute auf und ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heart rate now: %n a minute</source>
        <translation>
            <numerusform>Herzfrequenz jetzt: %n pro Minute</numerusform>
            <numerusform>Herzfrequenz jetzt: %n pro Minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n % of beats left out as unclear</source>
        <translation>
            <numerusform>%n % der Schläge als unklar weggelassen</numerusform>
            <numerusform>%n % der Schläge als unklar weggelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>Der Bericht ist gespeichert als:
%1</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Sicherungskopie speichern</translation>
    </message>
    <message>
        <source>Export as a spreadsheet</source>
        <translation>Als Tabelle exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions are saved in:
%1</source>
        <translation>
            <numerusform>%n Übung ist gespeichert in:
%1</numerusform>
            <numerusform>%n Übungen sind gespeichert in:
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file holds %n sessions, saved on %1. Add them to your history? Sessions you already have are left as they are.</source>
        <translation>
            <numerusform>Diese Datei enthält %n Übung, gespeichert am %1. Zu Ihrem Verlauf hinzufügen? Übungen, die Sie schon haben, bleiben, wie sie sind.</numerusform>
            <numerusform>Diese Datei enthält %n Übungen, gespeichert am %1. Zu Ihrem Verlauf hinzufügen? Übungen, die Sie schon haben, bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions were added.</source>
        <translation>
            <numerusform>%n Übung wurde hinzugefügt.</numerusform>
            <numerusform>%n Übungen wurden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your history.</source>
        <translation>
            <numerusform>%n war schon in Ihrem Verlauf.</numerusform>
            <numerusform>%n waren schon in Ihrem Verlauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days you moved 15 minutes or more were added too.</source>
        <translation>
            <numerusform>%n Tag, an dem Sie sich 15 Minuten oder länger bewegt haben, wurde auch hinzugefügt.</numerusform>
            <numerusform>%n Tage, an denen Sie sich 15 Minuten oder länger bewegt haben, wurden auch hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>Sicherungskopie einlesen</translation>
    </message>
    <message>
        <source>Open a practice file</source>
        <translation>Übungsdatei öffnen</translation>
    </message>
    <message>
        <source>This file cannot be used, and nothing was changed.

%1</source>
        <translation>Diese Datei kann nicht verwendet werden, und nichts wurde geändert.

%1</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>FlareOffer</name>
    <message>
        <source>Your pain is high today. A gentle flare-up session can help, if you like.</source>
        <translation>Ihre Schmerzen sind heute stark. Eine sanfte Übung für solche Tage kann helfen, wenn Sie möchten.</translation>
    </message>
    <message>
        <source>The flare-up session</source>
        <translation>Die Übung für einen Schmerzschub</translation>
    </message>
    <message>
        <source>Keep my planned session</source>
        <translation>Meine geplante Übung behalten</translation>
    </message>
</context>
<context>
    <name>GuideCanvas</name>
    <message>
        <source>Breathing guide</source>
        <translation>Atemfigur</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seconds left</source>
        <translation>
            <numerusform>%1, noch %n Sekunde</numerusform>
            <numerusform>%1, noch %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Übung beenden (Esc)</translation>
    </message>
    <message>
        <source>I feel dizzy</source>
        <translation>Mir ist schwindelig</translation>
    </message>
    <message>
        <source>Stop now and breathe normally (D)</source>
        <translation>Sofort aufhören und normal atmen (D)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or continue (Space)</source>
        <translation>Pause oder weiter (Leertaste)</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Nehmen Sie sich Zeit</translation>
    </message>
    <message>
        <source>Sit or lie comfortably. Breathe gently: slower, not deeper.</source>
        <translation>Sitzen oder liegen Sie bequem. Atmen Sie sanft: langsamer, nicht tiefer.</translation>
    </message>
    <message>
        <source>Press Space to start.</source>
        <translation>Mit der Leertaste beginnen.</translation>
    </message>
    <message>
        <source>Get comfortable</source>
        <translation>Machen Sie es sich bequem</translation>
    </message>
    <message>
        <source>Press Space to begin now.</source>
        <translation>Mit der Leertaste jetzt beginnen.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 geschafft</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Last time you felt dizzy. %1 may suit you better. Breathe softly: slower, not deeper.</source>
        <translation>Letztes Mal war Ihnen schwindelig. %1 passt vielleicht besser zu Ihnen. Atmen Sie sanft: langsamer, nicht tiefer.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
</context>
<context>
    <name>HeartBox</name>
    <message>
        <source>Show my heart</source>
        <translation>Mein Herz zeigen</translation>
    </message>
</context>
<context>
    <name>HeartCurve</name>
    <message>
        <source>Heart rate and breath over the last minute and a half</source>
        <translation>Herzfrequenz und Atem der letzten anderthalb Minuten</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Your practice</source>
        <translation>Ihr Übungsverlauf</translation>
    </message>
    <message>
        <source>Report for your therapist (PDF)…</source>
        <translation>Bericht für Ihre Praxis (PDF)…</translation>
    </message>
    <message>
        <source>The period shown below, on one or two pages</source>
        <translation>Der unten gezeigte Zeitraum, auf ein oder zwei Seiten</translation>
    </message>
    <message>
        <source>Backup and files</source>
        <translation>Sicherung und Dateien</translation>
    </message>
    <message>
        <source>Save a backup…</source>
        <translation>Sicherungskopie speichern…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>Tabelle (CSV)…</translation>
    </message>
    <message>
        <source>Import a backup…</source>
        <translation>Sicherungskopie einlesen…</translation>
    </message>
    <message>
        <source>Open a practice file…</source>
        <translation>Übungsdatei öffnen…</translation>
    </message>
    <message>
        <source>Look at a patient&apos;s file; nothing is mixed in</source>
        <translation>Die Datei einer Patientin oder eines Patienten ansehen; nichts wird übernommen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>To zoom in on the days, hold Ctrl and turn the mouse wheel over a chart</source>
        <translation>Zum Vergrößern der Tage halten Sie Strg gedrückt und drehen das Mausrad über einem Diagramm</translation>
    </message>
    <message>
        <source>Practice days this year</source>
        <translation>Übungstage in diesem Jahr</translation>
    </message>
    <message>
        <source>How you felt before and after</source>
        <translation>Wie Sie sich vorher und nachher gefühlt haben</translation>
    </message>
    <message>
        <source>Your breathing pace</source>
        <translation>Ihr Atemtempo</translation>
    </message>
    <message>
        <source>Your practice will show here after your first session.
A few calm minutes are a good start.</source>
        <translation>Nach Ihrer ersten Übung sehen Sie hier Ihren Verlauf.
Ein paar ruhige Minuten sind ein guter Anfang.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Atemübung beginnen</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minuten pro Tag</translation>
    </message>
    <message>
        <source>Each week: the average of your own ratings. Not a test.</source>
        <translation>Jede Woche: der Durchschnitt Ihrer eigenen Einschätzungen. Kein Test.</translation>
    </message>
    <message>
        <source>Your own ratings, not a test.</source>
        <translation>Ihre eigenen Einschätzungen, kein Test.</translation>
    </message>
    <message>
        <source>this week (goal %1 a day)</source>
        <translation>diese Woche (Ziel %1 am Tag)</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in all, in %n sessions</source>
        <translation>
            <numerusform>insgesamt, in %n Übung</numerusform>
            <numerusform>insgesamt, in %n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>in a row now; longest %1</source>
        <translation>in Folge; am längsten bisher: %1</translation>
    </message>
    <message>
        <source>tension change: rate it before and after</source>
        <translation>Veränderung der Anspannung: vorher und nachher einschätzen</translation>
    </message>
    <message>
        <source>less tense after a session, on average</source>
        <translation>nach einer Übung weniger angespannt, im Durchschnitt</translation>
    </message>
    <message>
        <source>more tense after a session, on average</source>
        <translation>nach einer Übung angespannter, im Durchschnitt</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>tension before and after a session, on average</source>
        <translation>Anspannung vor und nach einer Übung, im Durchschnitt</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>Woche vom %1: %2</translation>
    </message>
    <message>
        <source>After a session, on average: </source>
        <translation>Nach einer Übung, im Durchschnitt: </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>A plan from your therapist</source>
        <translation>Ein Plan aus Ihrer Praxis</translation>
    </message>
    <message>
        <source>This is what the plan holds. Nothing changes until you accept it.</source>
        <translation>Das steht im Plan. Nichts ändert sich, bevor Sie ihn annehmen.</translation>
    </message>
    <message>
        <source>You already follow a plan. Accepting this one replaces it; what you practised stays in your history.</source>
        <translation>Sie folgen schon einem Plan. Wenn Sie diesen annehmen, ersetzt er den alten; was Sie geübt haben, bleibt in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Plan annehmen</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Own pattern (seconds)</source>
        <translation>Eigenes Muster (Sekunden)</translation>
    </message>
    <message>
        <source>%1 min, its own length</source>
        <translation>%1 Min., eigene Dauer</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>Entspannung</translation>
    </message>
    <message>
        <source>In-pause-out-pause, in seconds, for example 4-0-6-0</source>
        <translation>Ein-Anhalten-Aus-Anhalten, in Sekunden, zum Beispiel 4-0-6-0</translation>
    </message>
    <message>
        <source>Seconds (in-pause-out-pause)</source>
        <translation>Sekunden (Ein-Anhalten-Aus-Anhalten)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this session</source>
        <translation>Diese Übung entfernen</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>am Tag</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>Slow down gradually</source>
        <translation>Allmählich langsamer werden</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/Min.</translation>
    </message>
    <message>
        <source>over</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Art der Übung</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>Own pattern, in seconds</source>
        <translation>Eigenes Muster, in Sekunden</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>How often: a day or a week</source>
        <translation>Wie oft: am Tag oder pro Woche</translation>
    </message>
    <message>
        <source>Start pace, breaths per minute</source>
        <translation>Anfangstempo, Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>Minutes to slow down over</source>
        <translation>Minuten bis zum langsameren Tempo</translation>
    </message>
</context>
<context>
    <name>LiveControls</name>
    <message>
        <source>As far as it goes: %1</source>
        <translation>Weiter geht es nicht: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Start, pause or continue</source>
        <translation>Beginnen, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Stop the session, or leave full screen</source>
        <translation>Übung beenden oder Vollbild verlassen</translation>
    </message>
    <message>
        <source>I feel dizzy: stop at once</source>
        <translation>Mir ist schwindelig: sofort aufhören</translation>
    </message>
    <message>
        <source>Previous or next step of a relaxation</source>
        <translation>Vorheriger oder nächster Schritt einer Entspannungsübung</translation>
    </message>
    <message>
        <source>Sound on or off</source>
        <translation>Ton ein oder aus</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Vollbild ein oder aus</translation>
    </message>
    <message>
        <source>Report for your therapist (PDF)…</source>
        <translation>Bericht für Ihre Praxis (PDF)…</translation>
    </message>
    <message>
        <source>Save a backup…</source>
        <translation>Sicherungskopie speichern…</translation>
    </message>
    <message>
        <source>Open a practice file…</source>
        <translation>Übungsdatei öffnen…</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Plan bearbeiten…</translation>
    </message>
    <message>
        <source>Import a plan…</source>
        <translation>Plan einlesen…</translation>
    </message>
    <message>
        <source>Export the plan…</source>
        <translation>Plan exportieren…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BreathApp %1&lt;/h3&gt;&lt;p&gt;Guided slow belly breathing, at your own pace.&lt;/p&gt;&lt;p&gt;A practice aid, not a medical device. Breathe gently; if you feel dizzy, stop and breathe normally.&lt;/p&gt;&lt;p&gt;Works fully offline: nothing leaves this computer.&lt;/p&gt;&lt;p&gt;Your data is kept in:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BreathApp %1&lt;/h3&gt;&lt;p&gt;Geführte, langsame Bauchatmung in Ihrem eigenen Tempo.&lt;/p&gt;&lt;p&gt;Eine Übungshilfe, kein Medizinprodukt. Atmen Sie sanft; wenn Ihnen schwindelig wird, hören Sie auf und atmen Sie wieder ganz normal.&lt;/p&gt;&lt;p&gt;Funktioniert ganz ohne Internet: nichts verlässt diesen Computer.&lt;/p&gt;&lt;p&gt;Ihre Daten liegen in:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About BreathApp</source>
        <translation>Über BreathApp</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>I feel dizzy</source>
        <translation>Mir ist schwindelig</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Breathing safely…</source>
        <translation>Sicher atmen…</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Present in the treatment room</source>
        <translation>Im Behandlungsraum vorführen</translation>
    </message>
    <message>
        <source>Import a backup…</source>
        <translation>Sicherungskopie einlesen…</translation>
    </message>
    <message>
        <source>Stop and close?</source>
        <translation>Beenden und schließen?</translation>
    </message>
    <message>
        <source>A session is under way. Stop it and close BreathApp? What you practised so far is kept.</source>
        <translation>Gerade läuft eine Übung. Möchten Sie sie beenden und BreathApp schließen? Was Sie bis jetzt geübt haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Practice not saved yet</source>
        <translation>Übung noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Your last practice could not be saved yet (the disk may be full). If you close now, it is lost. Close anyway?</source>
        <translation>Ihre letzte Übung konnte noch nicht gespeichert werden (vielleicht ist der Speicher voll). Wenn Sie jetzt schließen, geht sie verloren. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>MorePanel</name>
    <message>
        <source>Make your own…</source>
        <translation>Eigenes Muster…</translation>
    </message>
    <message>
        <source>Set the seconds in and out yourself</source>
        <translation>Die Sekunden für Ein- und Ausatmen selbst einstellen</translation>
    </message>
    <message>
        <source>Exact length</source>
        <translation>Genaue Dauer</translation>
    </message>
    <message>
        <source>Slow down gradually</source>
        <translation>Allmählich langsamer werden</translation>
    </message>
    <message>
        <source>Begin at a more comfortable, quicker pace and ease into the pattern.</source>
        <translation>Mit einem bequemeren, schnelleren Tempo beginnen und allmählich ins Muster finden.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>breaths a minute,</source>
        <translation>Atemzüge pro Minute,</translation>
    </message>
    <message>
        <source>over</source>
        <translation>in</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Length in</source>
        <translation>Dauer in</translation>
    </message>
    <message>
        <source>Minutes or breaths</source>
        <translation>Minuten oder Atemzüge</translation>
    </message>
    <message>
        <source>Start pace, breaths per minute</source>
        <translation>Anfangstempo, Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>Minutes to slow down over</source>
        <translation>Minuten bis zum langsameren Tempo</translation>
    </message>
</context>
<context>
    <name>MovementQuestion</name>
    <message numerus="yes">
        <source>A number from 1 to %n minutes, please.</source>
        <translation>
            <numerusform>Bitte eine Zahl von 1 bis %n Minuten.</numerusform>
            <numerusform>Bitte eine Zahl von 1 bis %n Minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere Zahl…</translation>
    </message>
    <message>
        <source>Another number of minutes</source>
        <translation>Eine andere Anzahl Minuten</translation>
    </message>
    <message>
        <source>How many minutes did you move today?</source>
        <translation>Wie viele Minuten haben Sie sich heute bewegt?</translation>
    </message>
    <message>
        <source>A walk, cycling, the stairs, gardening: all of it counts.</source>
        <translation>Spazierengehen, Radfahren, Treppensteigen, Gartenarbeit: Alles zählt.</translation>
    </message>
    <message numerus="yes">
        <source>Your goal in this phase: %n minutes of %1</source>
        <translation>
            <numerusform>Ihr Ziel in dieser Phase: %n Minute %1</numerusform>
            <numerusform>Ihr Ziel in dieser Phase: %n Minuten %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your goal in this phase: %n minutes a day</source>
        <translation>
            <numerusform>Ihr Ziel in dieser Phase: %n Minute am Tag</numerusform>
            <numerusform>Ihr Ziel in dieser Phase: %n Minuten am Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: 15 minutes or more.</source>
        <translation>Heute: 15 Minuten oder mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n minutes.</source>
        <translation>
            <numerusform>Heute: %n Minute.</numerusform>
            <numerusform>Heute: %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>You reached your goal for today.</source>
        <translation>Sie haben Ihr Ziel für heute erreicht.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear today&apos;s minutes</source>
        <translation>Die Minuten von heute löschen</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Minutes moved today</source>
        <translation>Heute bewegte Minuten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Die Minuten speichern</translation>
    </message>
</context>
<context>
    <name>NewPackDialog</name>
    <message>
        <source>New voice pack</source>
        <translation>Neues Stimmenpaket</translation>
    </message>
    <message>
        <source>For example: Anna&apos;s voice</source>
        <translation>Zum Beispiel: Annas Stimme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language of the recordings</source>
        <translation>Sprache der Aufnahmen</translation>
    </message>
    <message>
        <source>Make the pack</source>
        <translation>Paket erstellen</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>A note for your therapist (optional)</source>
        <translation>Eine Notiz für Ihre Praxis (optional)</translation>
    </message>
    <message>
        <source>What went well, what was hard</source>
        <translation>Was gut ging, was schwer war</translation>
    </message>
    <message>
        <source>Keep this note private</source>
        <translation>Diese Notiz für mich behalten</translation>
    </message>
    <message>
        <source>This note is a little long. Could you keep it under 1000 characters?</source>
        <translation>Diese Notiz ist etwas lang. Könnten Sie sie auf weniger als 1000 Zeichen kürzen?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>PackBar</name>
    <message>
        <source>Voice pack</source>
        <translation>Stimmenpaket</translation>
    </message>
    <message>
        <source>New pack…</source>
        <translation>Neues Paket…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Einlesen…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>No voice pack yet: make one with New pack</source>
        <translation>Noch kein Stimmenpaket: Erstellen Sie eins mit „Neues Paket“</translation>
    </message>
    <message>
        <source>The voice pack “%1” is ready.</source>
        <translation>Das Stimmenpaket „%1“ ist fertig.</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <source>Make your own pattern</source>
        <translation>Eigenes Muster erstellen</translation>
    </message>
    <message>
        <source>Seconds per step</source>
        <translation>Sekunden pro Schritt</translation>
    </message>
    <message>
        <source>Pace and ratio</source>
        <translation>Tempo und Verhältnis</translation>
    </message>
    <message>
        <source>This profile is set to breathe without pauses (no breath holds), as your therapist advised, so both pauses stay at 0.</source>
        <translation>Auf Rat Ihrer Kinesitherapeutin oder Ihres Kinesitherapeuten halten Sie in diesem Profil den Atem nicht an. Deshalb bleibt das Anhalten nach dem Ein- und Ausatmen auf 0.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Pause after breathing in</source>
        <translation>Anhalten nach dem Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Pause after breathing out</source>
        <translation>Anhalten nach dem Ausatmen</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/Min.</translation>
    </message>
    <message>
        <source>Breaths per minute</source>
        <translation>Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>Breathe in : breathe out</source>
        <translation>Einatmen : Ausatmen</translation>
    </message>
    <message>
        <source>Use this pattern</source>
        <translation>Dieses Muster verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PhaseForm</name>
    <message>
        <source>Name of the phase</source>
        <translation>Name der Phase</translation>
    </message>
    <message>
        <source>For example: Calm and loosen</source>
        <translation>Zum Beispiel: Beruhigen und lockern</translation>
    </message>
    <message>
        <source>A word for the patient</source>
        <translation>Ein paar Worte für die Patientin oder den Patienten</translation>
    </message>
    <message>
        <source>What matters in this phase, in a sentence or two</source>
        <translation>Worauf es in dieser Phase ankommt, in ein, zwei Sätzen</translation>
    </message>
    <message>
        <source>The next phase starts</source>
        <translation>Die nächste Phase beginnt</translation>
    </message>
    <message>
        <source>by itself after</source>
        <translation>von selbst nach</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>when I say so</source>
        <translation>wenn ich es sage</translation>
    </message>
    <message>
        <source>With Plan ▸ Move to the next phase</source>
        <translation>Mit Plan ▸ Zur nächsten Phase</translation>
    </message>
    <message>
        <source>Sessions in this phase</source>
        <translation>Übungen in dieser Phase</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Days until the next phase</source>
        <translation>Tage bis zur nächsten Phase</translation>
    </message>
    <message>
        <source>Movement each day</source>
        <translation>Bewegung pro Tag</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Minutes of movement each day</source>
        <translation>Minuten Bewegung pro Tag</translation>
    </message>
    <message>
        <source>Which movement</source>
        <translation>Welche Bewegung</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>Gehen</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>A PIN seals the notes, ratings, pain scores and the therapist&apos;s message and plan on this computer. Names, dates and minutes stay visible. Digits can be guessed by someone who copies the files: a passphrase is stronger.</source>
        <translation>Eine PIN schützt die Notizen, Einschätzungen, Schmerzwerte sowie Nachricht und Plan aus der Praxis auf diesem Computer. Namen, Daten und Minuten bleiben sichtbar. Wer die Dateien kopiert, kann Ziffern erraten: Eine Passphrase ist sicherer.</translation>
    </message>
    <message>
        <source>With a PIN, this profile opens only with it, and its notes, ratings, pain scores and the therapist&apos;s message and plan are sealed on this computer, in its backups too. The profile&apos;s name, the dates and the minutes practised stay visible, for the list of profiles and the reminders. Someone who copies the files can try every 4-digit PIN within hours; a passphrase of several words, or a separate computer account for each person, is the stronger wall. A forgotten PIN cannot be recovered: the therapist can delete the profile, but no one can read it.</source>
        <translation>Mit einer PIN öffnet sich dieses Profil nur mit ihr, und seine Notizen, Einschätzungen, Schmerzwerte sowie Nachricht und Plan aus der Praxis sind auf diesem Computer geschützt, auch in den Sicherungskopien. Der Name des Profils, die Daten und die geübten Minuten bleiben sichtbar, für die Liste der Profile und die Erinnerungen. Wer die Dateien kopiert, kann in wenigen Stunden jede 4-stellige PIN ausprobieren; eine Passphrase aus mehreren Wörtern oder ein eigenes Benutzerkonto für jede Person schützt besser. Eine vergessene PIN lässt sich nicht wiederherstellen: Die Praxis kann das Profil löschen, aber niemand kann es lesen.</translation>
    </message>
</context>
<context>
    <name>PinSettings</name>
    <message>
        <source>Set a PIN…</source>
        <translation>PIN festlegen…</translation>
    </message>
    <message>
        <source>Change the PIN…</source>
        <translation>PIN ändern…</translation>
    </message>
    <message>
        <source>Remove the PIN…</source>
        <translation>PIN entfernen…</translation>
    </message>
    <message>
        <source>This profile opens with a PIN.</source>
        <translation>Dieses Profil öffnet sich mit einer PIN.</translation>
    </message>
    <message>
        <source>This profile has no PIN: it opens without one.</source>
        <translation>Dieses Profil hat keine PIN: Es öffnet sich ohne.</translation>
    </message>
</context>
<context>
    <name>PlaceChoice</name>
    <message>
        <source>Heart rate under the guide</source>
        <translation>Herzfrequenz unter der Atemfigur</translation>
    </message>
    <message>
        <source>Heart rate filling the guide&apos;s screen</source>
        <translation>Herzfrequenz auf dem ganzen Bildschirm der Atemfigur</translation>
    </message>
    <message>
        <source>Where the heart rate shows on the guide&apos;s screen</source>
        <translation>Wo die Herzfrequenz auf dem Bildschirm der Atemfigur erscheint</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Calm and loosen</source>
        <translation>Beruhigen und lockern</translation>
    </message>
    <message>
        <source>Breathing plan</source>
        <translation>Atemplan</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Plan einlesen</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>BreathApp plan (*%1)</source>
        <translation>BreathApp-Plan (*%1)</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Plan bearbeiten…</translation>
    </message>
    <message>
        <source>Import a plan…</source>
        <translation>Plan einlesen…</translation>
    </message>
    <message>
        <source>Export the plan…</source>
        <translation>Plan exportieren…</translation>
    </message>
    <message>
        <source>Move to the next phase</source>
        <translation>Zur nächsten Phase</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>Plan entfernen</translation>
    </message>
    <message>
        <source>Replace the plan?</source>
        <translation>Den Plan ersetzen?</translation>
    </message>
    <message>
        <source>This profile already follows “%1”. Replace it with the new plan?</source>
        <translation>Dieses Profil folgt schon „%1“. Durch den neuen Plan ersetzen?</translation>
    </message>
    <message>
        <source>Replace your plan?</source>
        <translation>Ihren Plan ersetzen?</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2”? What you practised stays in your history.</source>
        <translation>„%1“ durch „%2“ ersetzen? Was Sie geübt haben, bleibt in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>The recorded voice that came with this plan could not be installed, so nothing was changed.</source>
        <translation>Die aufgenommene Stimme zu diesem Plan konnte nicht installiert werden, deshalb wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The plan was saved as:
%1

On the patient&apos;s computer, open it with Plan ▸ Import a plan….</source>
        <translation>Der Plan wurde gespeichert als:
%1

Öffnen Sie ihn auf dem Computer der Patientin oder des Patienten mit Plan ▸ Plan einlesen….</translation>
    </message>
    <message>
        <source>Move to the next phase?</source>
        <translation>Zur nächsten Phase?</translation>
    </message>
    <message>
        <source>“%1” starts today.</source>
        <translation>„%1“ beginnt heute.</translation>
    </message>
    <message>
        <source>Remove the plan?</source>
        <translation>Den Plan entfernen?</translation>
    </message>
    <message>
        <source>Stop following “%1”? What you practised stays in your history. If you have the plan&apos;s file, you can import it again.</source>
        <translation>„%1“ nicht mehr folgen? Was Sie geübt haben, bleibt in Ihrem Verlauf. Wenn Sie die Datei des Plans haben, können Sie ihn wieder einlesen.</translation>
    </message>
    <message>
        <source>This plan cannot be used, so nothing was changed.</source>
        <translation>Dieser Plan kann nicht verwendet werden, deshalb wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>The pattern %1 has breath holds, and this profile is set to no breath holds. Choose a pattern without holds.</source>
        <translation>Im Muster %1 halten Sie den Atem an, und dieses Profil steht auf „Kein Atemanhalten“. Wählen Sie ein Muster ohne Atemanhalten.</translation>
    </message>
    <message>
        <source>Remove this phase?</source>
        <translation>Diese Phase entfernen?</translation>
    </message>
    <message>
        <source>“%1” and its sessions leave the plan.</source>
        <translation>„%1“ und ihre Übungen werden aus dem Plan genommen.</translation>
    </message>
    <message>
        <source>Phase %1 on its first day, before any practice.</source>
        <translation>Phase %1 an ihrem ersten Tag, vor der ersten Übung.</translation>
    </message>
    <message>
        <source>What your patient sees</source>
        <translation>Was zu Hause zu sehen ist</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation>Titel des Plans</translation>
    </message>
    <message>
        <source>For example: Calm back, step by step</source>
        <translation>Zum Beispiel: Ruhiger Rücken, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Phases and sessions</source>
        <translation>Phasen und Übungen</translation>
    </message>
    <message>
        <source>Message and contact</source>
        <translation>Nachricht und Kontakt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Phases of the plan</source>
        <translation>Phasen des Plans</translation>
    </message>
    <message>
        <source>The chosen phase</source>
        <translation>Die gewählte Phase</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Ohne Speichern verlassen?</translation>
    </message>
    <message>
        <source>Your changes to this plan are not saved yet. Leave anyway?</source>
        <translation>Ihre Änderungen an diesem Plan sind noch nicht gespeichert. Trotzdem verlassen?</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Message from your therapist</source>
        <translation>Nachricht aus Ihrer Praxis</translation>
    </message>
    <message>
        <source>The phases</source>
        <translation>Die Phasen</translation>
    </message>
    <message>
        <source>On a bad day</source>
        <translation>An einem schlechten Tag</translation>
    </message>
    <message>
        <source>Questions? Just ask</source>
        <translation>Fragen? Melden Sie sich gern</translation>
    </message>
    <message>
        <source>Suggested reminder times: %1</source>
        <translation>Vorgeschlagene Erinnerungszeiten: %1</translation>
    </message>
</context>
<context>
    <name>PlanVoice</name>
    <message>
        <source>Includes a recorded voice: %1, %2</source>
        <translation>Mit aufgenommener Stimme: %1, %2</translation>
    </message>
    <message>
        <source>No recorded voice</source>
        <translation>Keine aufgenommene Stimme</translation>
    </message>
    <message>
        <source>%1 (not on this computer)</source>
        <translation>%1 (nicht auf diesem Computer)</translation>
    </message>
</context>
<context>
    <name>PlanWeeks</name>
    <message>
        <source>Your plan: sessions per week</source>
        <translation>Ihr Plan: Übungen pro Woche</translation>
    </message>
    <message>
        <source>Every session counts, whatever the week looks like.</source>
        <translation>Jede Übung zählt, wie die Woche auch aussieht.</translation>
    </message>
</context>
<context>
    <name>PracticeFileWindow</name>
    <message>
        <source>a patient</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Practice file of %1</source>
        <translation>Übungsdatei: %1</translation>
    </message>
    <message numerus="yes">
        <source>Practice file of %1, saved on %2, with %n sessions. You are only looking: nothing from it is added to any profile on this computer.</source>
        <translation>
            <numerusform>Übungsdatei (%1), gespeichert am %2, mit %n Übung. Sie sehen sie nur an: Nichts daraus wird einem Profil auf diesem Computer hinzugefügt.</numerusform>
            <numerusform>Übungsdatei (%1), gespeichert am %2, mit %n Übungen. Sie sehen sie nur an: Nichts daraus wird einem Profil auf diesem Computer hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>breath out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>presets</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>beenden</translation>
    </message>
    <message>
        <source>dizzy</source>
        <translation>schwindelig</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>hide these keys</source>
        <translation>Tasten ausblenden</translation>
    </message>
    <message>
        <source>Get comfortable</source>
        <translation>Machen Sie es sich bequem</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Save a copy first…</source>
        <translation>Zuerst eine Kopie speichern…</translation>
    </message>
    <message>
        <source>Delete without a copy</source>
        <translation>Ohne Kopie löschen</translation>
    </message>
    <message>
        <source>Practice file (*.json)</source>
        <translation>Übungsdatei (*.json)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Switch profile…</source>
        <translation>Profil wechseln…</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <source>Rename this profile…</source>
        <translation>Dieses Profil umbenennen…</translation>
    </message>
    <message>
        <source>Delete this profile…</source>
        <translation>Dieses Profil löschen…</translation>
    </message>
    <message>
        <source>PIN for this profile…</source>
        <translation>PIN für dieses Profil…</translation>
    </message>
    <message>
        <source>Guest mode (nothing is saved)</source>
        <translation>Gastmodus (nichts wird gespeichert)</translation>
    </message>
    <message>
        <source>Guest — nothing is saved</source>
        <translation>Gast – nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A name can have up to 40 characters.</source>
        <translation>Ein Name kann bis zu 40 Zeichen haben.</translation>
    </message>
    <message>
        <source>There is already a profile with that name.</source>
        <translation>Es gibt schon ein Profil mit diesem Namen.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Name des neuen Profils:</translation>
    </message>
    <message>
        <source>Rename this profile</source>
        <translation>Dieses Profil umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>This is the only profile on this computer: it cannot be deleted.</source>
        <translation>Dies ist das einzige Profil auf diesem Computer: Es kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete this profile?</source>
        <translation>Dieses Profil löschen?</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? You can first save a copy of its practice history as a file, to keep or to give to the person.</source>
        <translation>Das Profil „%1“ löschen? Sie können vorher eine Kopie seines Übungsverlaufs als Datei speichern, zum Aufbewahren oder um sie der Person zu geben.</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Endgültig löschen?</translation>
    </message>
    <message>
        <source>All sessions and settings of “%1” will be removed from this computer. This cannot be undone.</source>
        <translation>Alle Übungen und Einstellungen von „%1“ werden von diesem Computer entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Save a copy of the history</source>
        <translation>Eine Kopie des Verlaufs speichern</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1. Nothing was deleted.</source>
        <translation>Die Kopie konnte nicht gespeichert werden: %1. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>PIN for this profile</source>
        <translation>PIN für dieses Profil</translation>
    </message>
    <message>
        <source>Your current PIN:</source>
        <translation>Ihre jetzige PIN:</translation>
    </message>
    <message>
        <source>Leave it empty to remove the PIN.</source>
        <translation>Leer lassen, um die PIN zu entfernen.</translation>
    </message>
    <message>
        <source>A new PIN of 4 to 8 digits.</source>
        <translation>Eine neue PIN aus 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>A new passphrase of 8 characters or more: words, spaces, signs.</source>
        <translation>Eine neue Passphrase aus 8 Zeichen oder mehr: Wörter, Leerzeichen, Satzzeichen.</translation>
    </message>
    <message>
        <source>Type the new PIN once more:</source>
        <translation>Geben Sie die neue PIN noch einmal ein:</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Nothing was changed.</source>
        <translation>Die beiden PINs sind nicht gleich. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The PIN is set.</source>
        <translation>Die PIN ist festgelegt.</translation>
    </message>
    <message>
        <source>The PIN is removed.</source>
        <translation>Die PIN ist entfernt.</translation>
    </message>
    <message>
        <source>These copies could not be sealed, perhaps because the disk is full or the copy is damaged. They may still hold this profile&apos;s notes and ratings in readable form. Make some room and change the PIN again, or delete them:
%1</source>
        <translation>Diese Kopien konnten nicht geschützt werden, vielleicht weil der Speicher voll oder die Kopie beschädigt ist. Möglicherweise enthalten sie die Notizen und Einschätzungen dieses Profils noch lesbar. Schaffen Sie etwas Platz und ändern Sie die PIN noch einmal, oder löschen Sie sie:
%1</translation>
    </message>
    <message>
        <source>The PIN was not changed: the current PIN was not right, or the new one is neither 4 to 8 digits nor a passphrase of 8 characters or more.</source>
        <translation>Die PIN wurde nicht geändert: Die jetzige PIN stimmte nicht, oder die neue hat weder 4 bis 8 Ziffern, noch ist sie eine Passphrase aus 8 Zeichen oder mehr.</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Who is practising?</source>
        <translation>Wer übt?</translation>
    </message>
    <message>
        <source>Guest: try it out, nothing is saved</source>
        <translation>Gast: einfach ausprobieren, nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>PIN oder Passphrase</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN für %1</translation>
    </message>
    <message>
        <source>Too many tries. Please wait a minute, then try again.</source>
        <translation>Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>Diese PIN stimmt nicht. Sie können es noch %n-mal versuchen.</numerusform>
            <numerusform>Diese PIN stimmt nicht. Sie können es noch %n-mal versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecorderWindow</name>
    <message>
        <source>Record a voice</source>
        <translation>Eine Stimme aufnehmen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Words to say</source>
        <translation>Text zum Einsprechen</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>How loud the microphone hears you. It moves while you speak.</source>
        <translation>Wie laut das Mikrofon Sie hört. Die Anzeige bewegt sich, während Sie sprechen.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Record this step (R). A count of 3 comes first.</source>
        <translation>Diesen Schritt aufnehmen (R). Zuerst wird bis 3 gezählt.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Noch einmal aufnehmen</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Aufgenommen: %1</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Noch nicht aufgenommen.</translation>
    </message>
    <message>
        <source>The recording of this step was removed.</source>
        <translation>Die Aufnahme dieses Schritts wurde entfernt.</translation>
    </message>
    <message>
        <source>Get ready…</source>
        <translation>Machen Sie sich bereit…</translation>
    </message>
    <message>
        <source>Speak now. Press Stop when you are done.</source>
        <translation>Sprechen Sie jetzt. Drücken Sie Stopp, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>A moment: keeping the take…</source>
        <translation>Einen Moment: Die Aufnahme wird übernommen…</translation>
    </message>
    <message>
        <source>Recording begins in %1…</source>
        <translation>Die Aufnahme beginnt in %1…</translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Übernommen: %1.</translation>
    </message>
    <message>
        <source>It was a little loud: record it again a bit further away if you like.</source>
        <translation>Das war etwas laut: Nehmen Sie es gern noch einmal mit etwas mehr Abstand auf.</translation>
    </message>
    <message>
        <source>On to the next step.</source>
        <translation>Weiter zum nächsten Schritt.</translation>
    </message>
    <message>
        <source>That was the last step of this session.</source>
        <translation>Das war der letzte Schritt dieser Übung.</translation>
    </message>
</context>
<context>
    <name>RelaxList</name>
    <message>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <source>Short guided sessions to follow sitting or lying down. Each step is read aloud (or a soft chime marks it), so you can keep your eyes closed.</source>
        <translation>Kurze geführte Übungen, im Sitzen oder Liegen. Jeder Schritt wird vorgelesen (oder ein leiser Klang kündigt ihn an), so können Sie die Augen geschlossen halten.</translation>
    </message>
    <message>
        <source>No relaxation sessions could be found. The breathing guide works as always; reinstalling BreathApp brings the sessions back.</source>
        <translation>Es wurden keine Entspannungsübungen gefunden. Das Atmen mit der Atemfigur funktioniert wie immer; wenn Sie BreathApp neu installieren, sind die Entspannungsübungen wieder da.</translation>
    </message>
    <message>
        <source>Left out because its file has a mistake:</source>
        <translation>Weggelassen, weil ihre Datei einen Fehler hat:</translation>
    </message>
</context>
<context>
    <name>RelaxPlayer</name>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Vorheriger Schritt (Pfeil nach links)</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Nächster Schritt (Pfeil nach rechts)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Übung beenden (Esc)</translation>
    </message>
    <message>
        <source>Pause or continue (Space)</source>
        <translation>Pause oder weiter (Leertaste)</translation>
    </message>
    <message>
        <source>I feel dizzy</source>
        <translation>Mir ist schwindelig</translation>
    </message>
    <message>
        <source>Stop now and breathe normally (D)</source>
        <translation>Sofort aufhören und normal atmen (D)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Tense gently</source>
        <translation>Sanft anspannen</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Loslassen</translation>
    </message>
</context>
<context>
    <name>RelaxView</name>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Leave full screen (F11)</source>
        <translation>Vollbild verlassen (F11)</translation>
    </message>
    <message>
        <source>Esc stops the session. F11 leaves full screen.</source>
        <translation>Esc beendet die Übung. F11 verlässt das Vollbild.</translation>
    </message>
    <message>
        <source>Esc leaves full screen.</source>
        <translation>Esc verlässt das Vollbild.</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Remind me to practise at these times</source>
        <translation>Mich zu diesen Zeiten ans Üben erinnern</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Zeit hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Erinnerungszeit</translation>
    </message>
    <message>
        <source>Reminders come as a short note from the BreathApp icon near the clock, also while the window is closed.</source>
        <translation>Erinnerungen kommen als kurze Nachricht vom BreathApp-Symbol neben der Uhr, auch wenn das Fenster geschlossen ist.</translation>
    </message>
    <message>
        <source>This computer shows no icons near the clock, so reminders appear in BreathApp itself, while it is open and when you open it.</source>
        <translation>Dieser Computer zeigt keine Symbole neben der Uhr, deshalb erscheinen Erinnerungen in BreathApp selbst, solange es offen ist und wenn Sie es öffnen.</translation>
    </message>
    <message>
        <source>Use the plan&apos;s times (%1)</source>
        <translation>Die Zeiten des Plans verwenden (%1)</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Time for a few quiet minutes of breathing, whenever it suits you.</source>
        <translation>Zeit für ein paar ruhige Minuten Atmen, wann es Ihnen passt.</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Heutige Übung beginnen</translation>
    </message>
    <message>
        <source>Open BreathApp</source>
        <translation>BreathApp öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation>Erinnerungen für heute pausieren</translation>
    </message>
    <message>
        <source>BreathApp: reminders paused for today</source>
        <translation>BreathApp: Erinnerungen für heute pausiert</translation>
    </message>
    <message>
        <source>BreathApp: next reminder at %1</source>
        <translation>BreathApp: nächste Erinnerung um %1</translation>
    </message>
</context>
<context>
    <name>ResonanceChart</name>
    <message>
        <source>Heart-rate swing and LF power at each pace</source>
        <translation>Schwankung der Herzfrequenz und LF-Leistung bei jedem Tempo</translation>
    </message>
    <message>
        <source>Swing (beats a minute)</source>
        <translation>Schwankung (Schläge pro Minute)</translation>
    </message>
    <message>
        <source>LF power (ms²)</source>
        <translation>LF-Leistung (ms²)</translation>
    </message>
    <message>
        <source>breaths a minute</source>
        <translation>Atemzüge pro Minute</translation>
    </message>
</context>
<context>
    <name>ResonanceTable</name>
    <message>
        <source>Pace (breaths a minute)</source>
        <translation>Tempo (Atemzüge pro Minute)</translation>
    </message>
    <message>
        <source>Swing (beats a minute)</source>
        <translation>Schwankung (Schläge pro Minute)</translation>
    </message>
    <message>
        <source>LF power (ms²)</source>
        <translation>LF-Leistung (ms²)</translation>
    </message>
    <message>
        <source>LF peak (Hz)</source>
        <translation>LF-Spitze (Hz)</translation>
    </message>
    <message>
        <source>In step</source>
        <translation>In Phase</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Schläge</translation>
    </message>
    <message>
        <source>Artefacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1, suggested</source>
        <translation>%1, vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>ResonanceTimes</name>
    <message>
        <source>The test&apos;s times</source>
        <translation>Die Zeiten des Tests</translation>
    </message>
    <message>
        <source>Minutes at each pace</source>
        <translation>Minuten pro Tempo</translation>
    </message>
    <message>
        <source>Rest between paces, in seconds</source>
        <translation>Pause zwischen den Tempi, in Sekunden</translation>
    </message>
    <message>
        <source>Breathing in : breathing out</source>
        <translation>Einatmen : Ausatmen</translation>
    </message>
    <message>
        <source>Breathing out a little longer than breathing in, with no hold.</source>
        <translation>Etwas länger ausatmen als einatmen, ohne den Atem anzuhalten.</translation>
    </message>
    <message>
        <source>Breathing in and out equally long, with no hold.</source>
        <translation>Gleich lange einatmen wie ausatmen, ohne den Atem anzuhalten.</translation>
    </message>
    <message>
        <source>Breathing out twice as long as breathing in, with no hold.</source>
        <translation>Doppelt so lange ausatmen wie einatmen, ohne den Atem anzuhalten.</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResonanceView</name>
    <message>
        <source>Resonance pace test</source>
        <translation>Test des Resonanztempos</translation>
    </message>
    <message>
        <source>Find the pace where the heart&apos;s wave is biggest</source>
        <translation>Das Tempo finden, bei dem die Welle des Herzens am größten ist</translation>
    </message>
    <message numerus="yes">
        <source>Your heart follows your breath: a little faster on each breath in, a little slower on each breath out. At one pace that wave is biggest. The guide paces %n rates, from %1 to %2 breaths a minute, about %3 each, with a short rest between; then the test suggests the pace with the biggest wave.</source>
        <translation>
            <numerusform>Ihr Herz folgt Ihrem Atem: Bei jedem Einatmen schlägt es etwas schneller, bei jedem Ausatmen etwas langsamer. Bei einem bestimmten Tempo ist diese Welle am größten. Die Atemfigur gibt %n Tempo vor, von %1 bis %2 Atemzügen pro Minute, etwa %3 lang; danach schlägt der Test das Tempo mit der größten Welle vor.</numerusform>
            <numerusform>Ihr Herz folgt Ihrem Atem: Bei jedem Einatmen schlägt es etwas schneller, bei jedem Ausatmen etwas langsamer. Bei einem bestimmten Tempo ist diese Welle am größten. Die Atemfigur gibt %n Tempi vor, von %1 bis %2 Atemzügen pro Minute, jeweils etwa %3 lang, mit einer kurzen Pause dazwischen; danach schlägt der Test das Tempo mit der größten Welle vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>What it needs:</source>
        <translation>Was Sie brauchen:</translation>
    </message>
    <message>
        <source>the chest strap on and connected</source>
        <translation>Brustgurt angelegt und verbunden</translation>
    </message>
    <message>
        <source>sitting or lying comfortably</source>
        <translation>bequem sitzen oder liegen</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Breathe gently: slow, not deep. Feeling dizzy? Stop, and breathe normally.</source>
        <translation>Atmen Sie sanft: langsam, nicht tief. Wird Ihnen schwindlig? Dann brechen Sie ab und atmen Sie wieder normal.</translation>
    </message>
    <message>
        <source>This test needs a heart signal. Connect a chest strap first, or start BreathApp with --rr-replay FILE to show the test with a recording.</source>
        <translation>Dieser Test braucht ein Herzsignal. Verbinden Sie zuerst einen Brustgurt, oder starten Sie BreathApp mit --rr-replay DATEI, um den Test mit einer Aufnahme zu zeigen.</translation>
    </message>
    <message>
        <source>Connect a chest strap…</source>
        <translation>Brustgurt verbinden…</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Test starten</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Test beenden</translation>
    </message>
    <message>
        <source>The heart&apos;s wave at each pace</source>
        <translation>Die Welle des Herzens bei jedem Tempo</translation>
    </message>
    <message>
        <source>The test was stopped early: these are the paces it measured.</source>
        <translation>Der Test wurde vorzeitig beendet: Das sind die bereits gemessenen Tempi.</translation>
    </message>
    <message>
        <source>Use this pace</source>
        <translation>Dieses Tempo verwenden</translation>
    </message>
    <message>
        <source>Make a plan at this pace</source>
        <translation>Einen Plan mit diesem Tempo erstellen</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Erneut testen</translation>
    </message>
    <message>
        <source>%1 breaths a minute is now this profile&apos;s pace.</source>
        <translation>Das Tempo dieses Profils ist jetzt %1 Atemzüge pro Minute.</translation>
    </message>
    <message>
        <source>The Breathe page now offers it as “Your own pattern”.</source>
        <translation>Die Seite „Atmen“ bietet es jetzt als „Ihr eigenes Muster“ an.</translation>
    </message>
    <message>
        <source>Getting ready: follow the guide.</source>
        <translation>Gleich geht es los: Folgen Sie der Atemfigur.</translation>
    </message>
    <message>
        <source>Pace %1 of %2: %3 breaths a minute</source>
        <translation>Tempo %1 von %2: %3 Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>Follow the guide. %1 left at this pace.</source>
        <translation>Folgen Sie der Atemfigur. Noch %1 in diesem Tempo.</translation>
    </message>
    <message>
        <source>Rest: breathe freely</source>
        <translation>Pause: Atmen Sie frei</translation>
    </message>
    <message>
        <source>Next: %1 breaths a minute, in %2.</source>
        <translation>Danach: %1 Atemzüge pro Minute, in %2.</translation>
    </message>
    <message>
        <source>Last breath: the test is nearly done.</source>
        <translation>Letzter Atemzug: Der Test ist fast fertig.</translation>
    </message>
    <message>
        <source>%1 left in the test</source>
        <translation>Noch %1 im Test</translation>
    </message>
    <message>
        <source>A bigger wave: you found a good pace. Suggested: %1 breaths a minute (%2), where the swing and the LF power are together largest. Choose the pace that also felt easiest. A good pace can shift with time: test again in a few weeks.</source>
        <translation>Eine größere Welle: Sie haben ein gutes Tempo gefunden. Vorschlag: %1 Atemzüge pro Minute (%2), bei dem Schwankung und LF-Leistung zusammen am größten sind. Wählen Sie das Tempo, das sich auch am leichtesten anfühlte. Ein gutes Tempo kann sich mit der Zeit verschieben: Testen Sie in einigen Wochen noch einmal.</translation>
    </message>
    <message>
        <source>Too few clean beats came to suggest a pace. You can test again.</source>
        <translation>Es kamen zu wenige saubere Herzschläge an, um ein Tempo vorzuschlagen. Sie können den Test wiederholen.</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Leave full screen (F11)</source>
        <translation>Vollbild verlassen (F11)</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
    <message>
        <source>Esc stops the session. F11 leaves full screen.</source>
        <translation>Esc beendet die Übung. F11 verlässt das Vollbild.</translation>
    </message>
    <message>
        <source>Esc leaves full screen.</source>
        <translation>Esc verlässt das Vollbild.</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message numerus="yes">
        <source>%1 of %n sessions</source>
        <translation>
            <numerusform>%1 von %n Übung</numerusform>
            <numerusform>%1 von %n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>felt dizzy</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>Diese Übung löschen?</translation>
    </message>
    <message>
        <source>The session is removed from your history. You can undo this right after.</source>
        <translation>Die Übung wird aus Ihrem Verlauf entfernt. Sie können das gleich danach rückgängig machen.</translation>
    </message>
    <message>
        <source>The session was deleted.</source>
        <translation>Die Übung wurde gelöscht.</translation>
    </message>
    <message>
        <source>What did you notice?</source>
        <translation>Was haben Sie bemerkt?</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Every relaxation</source>
        <translation>Alle Entspannungsübungen</translation>
    </message>
    <message>
        <source>Every pattern</source>
        <translation>Alle Muster</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mehr zeigen</translation>
    </message>
    <message>
        <source>Show which kind of session</source>
        <translation>Welche Art von Übung zeigen</translation>
    </message>
    <message>
        <source>Show which breathing pattern</source>
        <translation>Welches Atemmuster zeigen</translation>
    </message>
    <message>
        <source>Show which period</source>
        <translation>Welchen Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Ihre Übungen</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>minutes a day</source>
        <translation>Minuten am Tag</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Wie am Computer eingestellt</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Less movement</source>
        <translation>Weniger Animation</translation>
    </message>
    <message>
        <source>The guide fills and empties like a glass instead of growing and shrinking.</source>
        <translation>Die Atemfigur füllt und leert sich wie ein Glas, statt zu wachsen und zu schrumpfen.</translation>
    </message>
    <message>
        <source>Count down 3-2-1 before the first breath</source>
        <translation>Vor dem ersten Atemzug 3-2-1 herunterzählen</translation>
    </message>
    <message>
        <source>Ask how I feel before and after</source>
        <translation>Vorher und nachher fragen, wie es mir geht</translation>
    </message>
    <message>
        <source>Ask about pain before and after, too</source>
        <translation>Vorher und nachher auch nach Schmerzen fragen</translation>
    </message>
    <message>
        <source>No breath holds</source>
        <translation>Kein Atemanhalten</translation>
    </message>
    <message>
        <source>Your therapist turns this on for heart problems, pregnancy or high blood pressure: patterns with pauses are then not offered. Talk with your therapist before you turn it off.</source>
        <translation>Ihre Kinesitherapeutin oder Ihr Kinesitherapeut schaltet dies bei Herzproblemen, Schwangerschaft oder Bluthochdruck ein: Muster mit Atemanhalten werden dann nicht angeboten. Sprechen Sie in der Praxis darüber, bevor Sie es ausschalten.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Each session</source>
        <translation>Jede Übung</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Your data is kept in</source>
        <translation>Ihre Daten liegen in</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Pain rating</source>
        <translation>Schmerzeinschätzung</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>Look and feel</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Atemfigur</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>For practising with your eyes closed: the steps are read aloud.</source>
        <translation>Zum Üben mit geschlossenen Augen: Die Schritte werden vorgelesen.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>For your therapist</source>
        <translation>Für die Kinesitherapie</translation>
    </message>
    <message>
        <source>Your therapist sets these with you. They belong to this profile only: other profiles on this computer keep their own.</source>
        <translation>Diese Einstellungen nehmen Sie gemeinsam mit Ihrer Praxis vor. Sie gelten nur für dieses Profil: Andere Profile auf diesem Computer behalten ihre eigenen.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Your profile and PIN</source>
        <translation>Ihr Profil und Ihre PIN</translation>
    </message>
</context>
<context>
    <name>SetupBar</name>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation>Mehr Möglichkeiten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Beginnen (Leertaste)</translation>
    </message>
    <message>
        <source>I&apos;m having a bad day</source>
        <translation>Ich habe einen schlechten Tag</translation>
    </message>
    <message>
        <source>A short, gentle session for a day with more pain, and a kind word after it.</source>
        <translation>Eine kurze, sanfte Übung für einen Tag mit mehr Schmerzen und danach ein freundliches Wort.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln breaths</source>
        <translation>
            <numerusform>%Ln Atemzug</numerusform>
            <numerusform>%Ln Atemzüge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 · your plan</source>
        <translation>%1 · Ihr Plan</translation>
    </message>
    <message>
        <source>Your plan&apos;s length</source>
        <translation>Die Dauer aus Ihrem Plan</translation>
    </message>
    <message>
        <source>Your own pattern</source>
        <translation>Ihr eigenes Muster</translation>
    </message>
    <message>
        <source>The pattern you made. To change it, open More.</source>
        <translation>Das Muster, das Sie erstellt haben. Zum Ändern öffnen Sie „Mehr Möglichkeiten“.</translation>
    </message>
    <message>
        <source>Your own pattern, the exact length and slowing down: shown</source>
        <translation>Ihr eigenes Muster, die genaue Dauer und das Langsamerwerden: angezeigt</translation>
    </message>
    <message>
        <source>Your own pattern, the exact length and slowing down: hidden</source>
        <translation>Ihr eigenes Muster, die genaue Dauer und das Langsamerwerden: ausgeblendet</translation>
    </message>
</context>
<context>
    <name>ShownPanel</name>
    <message>
        <source>Shown in the demonstration:</source>
        <translation>In der Vorführung gezeigt:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>What was shown</source>
        <translation>Was gezeigt wurde</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this list, to make a plan from it</source>
        <translation>Diese Liste kopieren, um daraus einen Plan zu machen</translation>
    </message>
    <message>
        <source>Make a plan from this…</source>
        <translation>Daraus einen Plan machen…</translation>
    </message>
    <message>
        <source>Open the plan editor with these patterns filled in</source>
        <translation>Den Plan-Editor mit diesen Mustern öffnen</translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <source>Sound on (M)</source>
        <translation>Ton ein (M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Breathing in: a rising tone</source>
        <translation>Einatmen: ein steigender Ton</translation>
    </message>
    <message>
        <source>Breathing out: a falling tone</source>
        <translation>Ausatmen: ein fallender Ton</translation>
    </message>
    <message>
        <source>Pauses: a soft tick</source>
        <translation>Atem anhalten: ein leises Ticken</translation>
    </message>
    <message>
        <source>Next relaxation step: a chime</source>
        <translation>Nächster Entspannungsschritt: ein Klang</translation>
    </message>
    <message>
        <source>End of the session: a bell</source>
        <translation>Ende der Übung: eine Glocke</translation>
    </message>
    <message>
        <source>Eyes closed: a soft hum that rises and falls with your breath</source>
        <translation>Augen geschlossen: ein leises Summen, das mit Ihrem Atem steigt und fällt</translation>
    </message>
    <message>
        <source>This computer cannot play sound right now (no sound device was found), so BreathApp runs silently. Everything else works as usual.</source>
        <translation>Dieser Computer kann gerade keinen Ton abspielen (kein Audiogerät gefunden), deshalb läuft BreathApp ohne Ton. Alles andere funktioniert wie gewohnt.</translation>
    </message>
</context>
<context>
    <name>StrapPicker</name>
    <message>
        <source>Heart rate strap</source>
        <translation>Herzfrequenzgurt</translation>
    </message>
    <message>
        <source>Straps found</source>
        <translation>Gefundene Gurte</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop using the strap; the session goes on</source>
        <translation>Den Gurt nicht mehr verwenden; die Übung geht weiter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No strap found yet. Put the strap on, moisten its contacts, and search again.</source>
        <translation>Noch kein Gurt gefunden. Legen Sie den Gurt an, befeuchten Sie die Kontakte und suchen Sie erneut.</translation>
    </message>
    <message>
        <source>Chest straps that measure the heart&apos;s electrical signal (Polar H10, H9 or H7, Garmin HRM, Decathlon and the like) give beats precise enough.</source>
        <translation>Brustgurte, die das elektrische Signal des Herzens messen (Polar H10, H9 oder H7, Garmin HRM, Decathlon und ähnliche), erfassen die Herzschläge genau genug.</translation>
    </message>
    <message>
        <source>Watches, wristbands and other optical sensors are not precise enough.</source>
        <translation>Uhren, Armbänder und andere optische Sensoren sind nicht genau genug.</translation>
    </message>
    <message>
        <source>On Windows, first pair the strap in the Bluetooth settings of Windows.</source>
        <translation>Unter Windows koppeln Sie den Gurt zuerst in den Bluetooth-Einstellungen von Windows.</translation>
    </message>
    <message>
        <source>This is breathing training, not a medical device.</source>
        <translation>Dies ist ein Atemtraining, kein Medizinprodukt.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer.</source>
        <translation>Nichts verlässt diesen Computer.</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Talking to your therapist can help</source>
        <translation>Ein Gespräch mit Ihrer Kinesitherapeutin oder Ihrem Kinesitherapeuten kann helfen</translation>
    </message>
    <message>
        <source>Your pain has gone up this week.</source>
        <translation>Ihre Schmerzen haben diese Woche zugenommen.</translation>
    </message>
    <message>
        <source>Your pain has been high for three days.</source>
        <translation>Ihre Schmerzen sind seit drei Tagen stark.</translation>
    </message>
    <message>
        <source>That happens, and it is nobody&apos;s fault. Your therapist would like to hear about it: a short call or message is enough.</source>
        <translation>Das kommt vor, und es ist niemandes Schuld. Ihre Kinesitherapeutin oder Ihr Kinesitherapeut möchte gern davon hören: Ein kurzer Anruf oder eine kurze Nachricht genügt.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, close this suggestion</source>
        <translation>OK, diesen Vorschlag schließen</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Once more</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Breathe normally now.</source>
        <translation>Atmen Sie jetzt wieder ganz normal.</translation>
    </message>
    <message>
        <source>Sit or lie still and let your breath find its own pace. The light-headed feeling usually passes within a minute or two. If it does not pass, stop for today and ask your therapist or doctor.</source>
        <translation>Sitzen oder liegen Sie still und lassen Sie Ihren Atem sein eigenes Tempo finden. Die Benommenheit geht meist nach ein, zwei Minuten vorbei. Wenn nicht, hören Sie für heute auf und fragen Sie in Ihrer Kinesitherapie- oder Hausarztpraxis nach.</translation>
    </message>
    <message>
        <source>Pain in the chest: call 112.</source>
        <translation>Schmerzen in der Brust: Rufen Sie 112 an.</translation>
    </message>
    <message>
        <source>Good that you took this time for yourself.</source>
        <translation>Schön, dass Sie sich diese Zeit für sich genommen haben.</translation>
    </message>
    <message>
        <source>Take a moment to notice how your body feels now.</source>
        <translation>Nehmen Sie sich einen Moment, um zu spüren, wie sich Ihr Körper jetzt anfühlt.</translation>
    </message>
    <message>
        <source>You stopped here, and that is fine.</source>
        <translation>Sie haben hier aufgehört, und das ist in Ordnung.</translation>
    </message>
    <message>
        <source>Listening to your body is part of practising. Every minute counts.</source>
        <translation>Auf den eigenen Körper zu hören, gehört zum Üben dazu. Jede Minute zählt.</translation>
    </message>
    <message>
        <source>Your own pattern</source>
        <translation>Ihr eigenes Muster</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>(a difference you can feel)</source>
        <translation>(ein spürbarer Unterschied)</translation>
    </message>
</context>
<context>
    <name>TherapistPanel</name>
    <message>
        <source>Presentation</source>
        <translation>Vorführung</translation>
    </message>
    <message>
        <source>The guide is on the other screen</source>
        <translation>Die Atemfigur ist auf dem anderen Bildschirm</translation>
    </message>
    <message>
        <source>End the demonstration (Esc)</source>
        <translation>Vorführung beenden (Esc)</translation>
    </message>
    <message>
        <source>I feel dizzy (D)</source>
        <translation>Mir ist schwindelig (D)</translation>
    </message>
    <message>
        <source>The patient feels dizzy: stop at once (D)</source>
        <translation>Schwindel: sofort aufhören (D)</translation>
    </message>
    <message>
        <source>High contrast on the guide&apos;s screen (C)</source>
        <translation>Hoher Kontrast auf dem Bildschirm der Atemfigur (C)</translation>
    </message>
    <message>
        <source>Faster or slower, by half a breath a minute</source>
        <translation>Schneller oder langsamer, um einen halben Atemzug pro Minute</translation>
    </message>
    <message>
        <source>Shorter or longer exhale</source>
        <translation>Kürzer oder länger ausatmen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Pause or continue</source>
        <translation>Pause oder weiter</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The patient feels dizzy: stop at once</source>
        <translation>Schwindel: sofort aufhören</translation>
    </message>
    <message>
        <source>Calm colours or high contrast</source>
        <translation>Ruhige Farben oder hoher Kontrast</translation>
    </message>
    <message>
        <source>Show or hide the key strip</source>
        <translation>Tastenleiste zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Guide on: %1</source>
        <translation>Atemfigur auf: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today&apos;s practice</source>
        <translation>Heute üben</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>I&apos;m having a bad day</source>
        <translation>Ich habe einen schlechten Tag</translation>
    </message>
    <message>
        <source>A gentle session and support, for days that hurt.</source>
        <translation>Eine sanfte Übung und Unterstützung, für Tage mit starken Schmerzen.</translation>
    </message>
    <message>
        <source>From your therapist</source>
        <translation>Aus Ihrer Praxis</translation>
    </message>
    <message>
        <source>Open a plan file…</source>
        <translation>Plandatei öffnen…</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Noch kein Plan</translation>
    </message>
    <message>
        <source>A plan is a programme your therapist makes for you: which breathing and relaxation sessions to do, how often, and how they build up over the weeks.</source>
        <translation>Ein Plan ist ein Programm, das Ihre Kinesitherapeutin oder Ihr Kinesitherapeut für Sie erstellt: welche Atem- und Entspannungsübungen, wie oft und wie sie über die Wochen aufeinander aufbauen.</translation>
    </message>
    <message>
        <source>To get one, ask your therapist. If you were given a plan file (its name ends in %1), you can open it here.</source>
        <translation>Fragen Sie in Ihrer Praxis danach. Wenn Sie eine Plandatei bekommen haben (ihr Name endet auf %1), können Sie sie hier öffnen.</translation>
    </message>
    <message>
        <source>Questions? Just ask</source>
        <translation>Fragen? Melden Sie sich gern</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Atemübung beginnen</translation>
    </message>
    <message>
        <source>A calm belly-breathing session, as you set it up.</source>
        <translation>Eine ruhige Übung zur Bauchatmung, so wie Sie sie eingestellt haben.</translation>
    </message>
    <message>
        <source>Nothing is planned for today. A short walk can still do you good.</source>
        <translation>Für heute ist nichts geplant. Ein kurzer Spaziergang kann Ihnen trotzdem guttun.</translation>
    </message>
    <message>
        <source>All done for today. Good that you took this time for yourself.</source>
        <translation>Alles erledigt für heute. Schön, dass Sie sich diese Zeit für sich genommen haben.</translation>
    </message>
    <message>
        <source>Breathe a little more</source>
        <translation>Noch eine Atemübung</translation>
    </message>
    <message>
        <source>If you feel like it: a calm extra session.</source>
        <translation>Wenn Sie Lust haben: eine ruhige zusätzliche Übung.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Als Nächstes: %1, %2</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>Export the voice pack</source>
        <translation>Das Stimmenpaket exportieren</translation>
    </message>
    <message>
        <source>Voice pack (*.zip)</source>
        <translation>Stimmenpaket (*.zip)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>Import a voice pack</source>
        <translation>Ein Stimmenpaket einlesen</translation>
    </message>
    <message>
        <source>Replace the voice pack?</source>
        <translation>Das Stimmenpaket ersetzen?</translation>
    </message>
    <message>
        <source>This computer already has the voice pack “%1”. Replace it with the one in %2?</source>
        <translation>Auf diesem Computer gibt es schon das Stimmenpaket „%1“. Durch das in %2 ersetzen?</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ eingelesen.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Das hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>Breathing cues (in, out, hold)</source>
        <translation>Atemhinweise (ein, aus, anhalten)</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Noch nicht aufgenommen</translation>
    </message>
    <message>
        <source>✓ Recorded: %1</source>
        <translation>✓ Aufgenommen: %1</translation>
    </message>
    <message>
        <source>No microphone was found. You can still listen, export and import.</source>
        <translation>Es wurde kein Mikrofon gefunden. Anhören, Exportieren und Einlesen geht trotzdem.</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Close other programs that use it and try again.</source>
        <translation>Das Mikrofon ließ sich nicht öffnen. Schließen Sie andere Programme, die es benutzen, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The microphone heard nothing. Check that it is on, then try again.</source>
        <translation>Das Mikrofon hat nichts gehört. Prüfen Sie, ob es eingeschaltet ist, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>That take was very short. Try again and say the whole step.</source>
        <translation>Diese Aufnahme war sehr kurz. Versuchen Sie es noch einmal und sprechen Sie den ganzen Schritt.</translation>
    </message>
    <message>
        <source>This step takes at most %1. Try saying it a little shorter.</source>
        <translation>Dieser Schritt dauert höchstens %1. Versuchen Sie, ihn etwas kürzer zu sagen.</translation>
    </message>
    <message>
        <source>The take could not be saved. Please try again.</source>
        <translation>Die Aufnahme konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>My therapist&apos;s recorded voice, where there is one</source>
        <translation>Aufgenommene Stimme aus meiner Praxis, falls vorhanden</translation>
    </message>
    <message>
        <source>Recorded voice</source>
        <translation>Aufgenommene Stimme</translation>
    </message>
    <message>
        <source>Record a voice…</source>
        <translation>Eine Stimme aufnehmen…</translation>
    </message>
    <message>
        <source>For your therapist: record each step in their own voice.</source>
        <translation>Für die Kinesitherapie: jeden Schritt mit der eigenen Stimme aufnehmen.</translation>
    </message>
    <message>
        <source>The computer&apos;s voice for the other steps</source>
        <translation>Die Computerstimme für die übrigen Schritte</translation>
    </message>
    <message>
        <source>Computer voice</source>
        <translation>Computerstimme</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation>Tempo der Stimme</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Hear the voice at this speed</source>
        <translation>Die Stimme in diesem Tempo anhören</translation>
    </message>
    <message>
        <source>In the breathing guide</source>
        <translation>Beim Atmen mit der Atemfigur</translation>
    </message>
    <message>
        <source>Tones only, no words</source>
        <translation>Nur Töne, keine Worte</translation>
    </message>
    <message>
        <source>Say “in” and “out”</source>
        <translation>„Ein“ und „Aus“ sagen</translation>
    </message>
    <message>
        <source>Say “in” and “out” and count softly</source>
        <translation>„Ein“ und „Aus“ sagen und leise zählen</translation>
    </message>
    <message>
        <source>Breathe in gently through your nose. And slowly out.</source>
        <translation>Atmen Sie sanft durch die Nase ein. Und langsam aus.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln steps)</source>
        <translation>
            <numerusform>%1 (%Ln Schritt)</numerusform>
            <numerusform>%1 (%Ln Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>The usual voice</source>
        <translation>Die übliche Stimme</translation>
    </message>
    <message>
        <source>This computer has no speech voice installed, so the steps are not read aloud. A chime marks each step, and your therapist&apos;s recordings still play.</source>
        <translation>Auf diesem Computer ist keine Sprachausgabe installiert, deshalb werden die Schritte nicht vorgelesen. Ein Klang kündigt jeden Schritt an, und die Aufnahmen aus Ihrer Praxis werden trotzdem abgespielt.</translation>
    </message>
    <message>
        <source>This computer has no voice for this language, so the steps are not read aloud. A chime marks each step, and your therapist&apos;s recordings still play.</source>
        <translation>Dieser Computer hat keine Stimme für diese Sprache, deshalb werden die Schritte nicht vorgelesen. Ein Klang kündigt jeden Schritt an, und die Aufnahmen aus Ihrer Praxis werden trotzdem abgespielt.</translation>
    </message>
</context>
<context>
    <name>YearCalendar</name>
    <message>
        <source>No practice</source>
        <translation>Nicht geübt</translation>
    </message>
    <message>
        <source>Darker: more minutes</source>
        <translation>Dunkler: mehr Minuten</translation>
    </message>
    <message>
        <source>Your goal of %1 or more</source>
        <translation>Ihr Ziel von %1 oder mehr</translation>
    </message>
    <message>
        <source>Dot: you moved that day</source>
        <translation>Punkt: Sie haben sich an diesem Tag bewegt</translation>
    </message>
    <message>
        <source>Dot: you moved 15 minutes or more</source>
        <translation>Punkt: Sie haben sich 15 Minuten oder länger bewegt</translation>
    </message>
    <message>
        <source>Corner: a bad day</source>
        <translation>Ecke: ein schlechter Tag</translation>
    </message>
    <message>
        <source>moved 15 minutes or more</source>
        <translation>15 Minuten oder länger bewegt</translation>
    </message>
    <message>
        <source>a bad day</source>
        <translation>ein schlechter Tag</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>There is no profile of that name.</source>
        <translation>Es gibt kein Profil mit diesem Namen.</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>Diese Übung beenden?</translation>
    </message>
    <message>
        <source>A session is under way. Stop it and switch profile? What you practised so far is kept.</source>
        <translation>Gerade läuft eine Übung. Möchten Sie sie beenden und das Profil wechseln? Was Sie bis jetzt geübt haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The file with your practice history was damaged. It has been set aside, untouched, as:
%1

Your history was restored from the backup of %2. Practice after that backup may be missing.</source>
        <translation>Die Datei mit Ihrem Übungsverlauf war beschädigt. Sie wurde unverändert beiseitegelegt als:
%1

Ihr Verlauf wurde aus der Sicherungskopie vom %2 wiederhergestellt. Was Sie danach geübt haben, fehlt vielleicht.</translation>
    </message>
    <message>
        <source>The file with your practice history was damaged and no backup was found. It has been set aside, untouched, as:
%1

BreathApp starts a new history.</source>
        <translation>Die Datei mit Ihrem Übungsverlauf war beschädigt, und es wurde keine Sicherungskopie gefunden. Sie wurde unverändert beiseitegelegt als:
%1

BreathApp beginnt einen neuen Verlauf.</translation>
    </message>
    <message>
        <source>Your last session was cut off before it ended. The time you practised until then is kept.</source>
        <translation>Ihre letzte Übung wurde vor dem Ende unterbrochen. Die Zeit, die Sie bis dahin geübt haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Plan from the demonstration of %1</source>
        <translation>Plan aus der Vorführung vom %1</translation>
    </message>
    <message>
        <source>BreathApp keeps running near the clock, so it can remind you at your times. To quit, choose Quit in the menu of its icon there, or in the File menu.</source>
        <translation>BreathApp läuft neben der Uhr weiter, damit es Sie zu Ihren Zeiten erinnern kann. Zum Beenden wählen Sie „Beenden“ im Menü seines Symbols dort oder im Menü „Datei“.</translation>
    </message>
    <message>
        <source>Resonance pace test…</source>
        <translation>Test des Resonanztempos…</translation>
    </message>
    <message>
        <source>Rest: breathe freely. The next pace comes soon.</source>
        <translation>Pause: Atmen Sie frei. Das nächste Tempo kommt gleich.</translation>
    </message>
    <message>
        <source>Breathing at %1 breaths a minute</source>
        <translation>Atmen mit %1 Atemzügen pro Minute</translation>
    </message>
    <message>
        <source>Heart rate strap…</source>
        <translation>Herzfrequenzgurt…</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 must be a number, got %2</source>
        <translation>%1 muss eine Zahl sein; angegeben: %2</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, got %2</source>
        <translation>%1 muss ein Datum im Format JJJJ-MM-TT sein; angegeben: %2</translation>
    </message>
    <message>
        <source>BreathApp is already open with this data folder, but it could not be told to come to the front: %1</source>
        <translation>BreathApp ist mit diesem Datenordner bereits geöffnet, konnte aber nicht in den Vordergrund geholt werden: %1</translation>
    </message>
    <message>
        <source>BreathApp is already open with this data folder; it has been brought to the front.</source>
        <translation>BreathApp ist mit diesem Datenordner bereits geöffnet; es wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>--to %1 leaves no room for the %2 days before it: give --from too</source>
        <translation>--to %1 lässt keinen Platz für die %2 Tage davor: Geben Sie auch --from an</translation>
    </message>
    <message>
        <source>--from %1 is after the end of the report, %2</source>
        <translation>--from %1 liegt nach dem Ende des Berichts, dem %2</translation>
    </message>
    <message>
        <source>a PDF report needs a file: give --output FILE</source>
        <translation>ein PDF-Bericht braucht eine Datei: Geben Sie --output DATEI an</translation>
    </message>
    <message>
        <source>sessions imported: %1; already there, skipped: %2</source>
        <translation>Übungen importiert: %1; schon vorhanden, übersprungen: %2</translation>
    </message>
    <message>
        <source>; movement days added: %1</source>
        <translation>; Tage mit Bewegung hinzugefügt: %1</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer anzeigen und beenden</translation>
    </message>
    <message>
        <source>folder for the history (default: BREATHAPP_DATA_DIR when it is set and not empty, else a &apos;data&apos; folder beside the installed program if there is a writable one, else the per-user folder)</source>
        <translation>Ordner für den Verlauf (Standard: BREATHAPP_DATA_DIR, wenn gesetzt und nicht leer, sonst ein beschreibbarer Ordner &apos;data&apos; neben dem installierten Programm, sonst der Ordner des Benutzers)</translation>
    </message>
    <message>
        <source>language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <source>the profile to use (see &apos;profiles&apos;); the window asks the PIN of a profile with one, export and import refuse it: they have no way to ask</source>
        <translation>das zu verwendende Profil (siehe &apos;profiles&apos;); das Fenster fragt nach der PIN eines Profils mit PIN, export und import lehnen es ab, weil sie nicht danach fragen können</translation>
    </message>
    <message>
        <source>Guided slow belly breathing. Without a command, opens the app.</source>
        <translation>Angeleitete langsame Bauchatmung. Ohne Befehl öffnet sich die App.</translation>
    </message>
    <message>
        <source>open straight into a session: a preset id, IN-HOLD-OUT-HOLD seconds, or a relaxation session id (see &apos;list&apos;)</source>
        <translation>direkt eine Übung öffnen: die ID eines Atemmusters, Sekunden als EIN-PAUSE-AUS-PAUSE oder die ID einer Entspannungsübung (siehe &apos;list&apos;)</translation>
    </message>
    <message>
        <source>session length in minutes</source>
        <translation>Dauer der Übung in Minuten</translation>
    </message>
    <message>
        <source>session length in breaths</source>
        <translation>Dauer der Übung in Atemzügen</translation>
    </message>
    <message>
        <source>start in full screen</source>
        <translation>im Vollbild starten</translation>
    </message>
    <message>
        <source>close the app when the session ends</source>
        <translation>die App schließen, wenn die Übung endet</translation>
    </message>
    <message>
        <source>replay an RR file (one interval between heartbeats in milliseconds a line) as the heart-rate source, in real time: for demonstrations without a strap</source>
        <translation>eine RR-Datei (ein Abstand zwischen Herzschlägen in Millisekunden pro Zeile) als Quelle der Herzfrequenz abspielen, in Echtzeit: für Vorführungen ohne Brustgurt</translation>
    </message>
    <message>
        <source>print the breathing patterns and the relaxation sessions</source>
        <translation>die Atemmuster und die Entspannungsübungen anzeigen</translation>
    </message>
    <message>
        <source>Breathing patterns and relaxation sessions. Relaxation titles are in the --lang language; without it in the language saved in the app&apos;s settings; else the system language (LANGUAGE, LC_ALL, LC_MESSAGES or LANG: its language if the app speaks it, otherwise English).</source>
        <translation>Atemmuster und Entspannungsübungen. Die Titel sind in der Sprache von --lang; ohne diese Option in der Sprache, die in den Einstellungen der App gespeichert ist; sonst in der Systemsprache (LANGUAGE, LC_ALL, LC_MESSAGES oder LANG: deren Sprache, wenn die App sie spricht, sonst Englisch).</translation>
    </message>
    <message>
        <source>print the profile names, one a line</source>
        <translation>die Namen der Profile anzeigen, einen pro Zeile</translation>
    </message>
    <message>
        <source>write the history to a file, without a window</source>
        <translation>den Verlauf in eine Datei schreiben, ohne Fenster</translation>
    </message>
    <message>
        <source>csv: a table; json: a practice file &apos;import&apos; reads back; pdf: a report</source>
        <translation>csv: eine Tabelle; json: eine Übungsdatei, die &apos;import&apos; wieder einliest; pdf: ein Bericht</translation>
    </message>
    <message>
        <source>from this day on (YYYY-MM-DD, inclusive)</source>
        <translation>ab diesem Tag (JJJJ-MM-TT, einschließlich)</translation>
    </message>
    <message>
        <source>up to this day (inclusive)</source>
        <translation>bis zu diesem Tag (einschließlich)</translation>
    </message>
    <message>
        <source>&apos;-&apos; for standard output</source>
        <translation>&apos;-&apos; für die Standardausgabe</translation>
    </message>
    <message>
        <source>add the sessions of a practice file (from &apos;export --format json&apos;)</source>
        <translation>die Übungen einer Übungsdatei hinzufügen (aus &apos;export --format json&apos;)</translation>
    </message>
    <message>
        <source>Checks the whole file first, then adds its sessions to the history; sessions already there are skipped. Settings and preferences are not changed.</source>
        <translation>Prüft zuerst die ganze Datei und fügt dann ihre Übungen dem Verlauf hinzu; schon vorhandene Übungen werden übersprungen. Einstellungen werden nicht geändert.</translation>
    </message>
    <message>
        <source>a practice file</source>
        <translation>eine Übungsdatei</translation>
    </message>
    <message>
        <source>unknown pattern or relaxation session %1: see %2</source>
        <translation>unbekanntes Atemmuster oder unbekannte Entspannungsübung: %1; siehe %2</translation>
    </message>
    <message>
        <source>plan needs an action: import FILE or export FILE</source>
        <translation>plan braucht eine Aktion: import DATEI oder export DATEI</translation>
    </message>
    <message>
        <source>--data-dir is empty: give a folder, or leave the option out</source>
        <translation>--data-dir ist leer: Geben Sie einen Ordner an oder lassen Sie die Option weg</translation>
    </message>
    <message>
        <source>--rr-replay is for the window, not a command</source>
        <translation>--rr-replay gilt nur für das Fenster, nicht für einen Befehl</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>--minutes, --breaths and --quit-when-done need --start</source>
        <translation>--minutes, --breaths und --quit-when-done brauchen --start</translation>
    </message>
    <message>
        <source>a relaxation session has its own length; leave out --minutes and --breaths</source>
        <translation>eine Entspannungsübung hat ihre eigene Dauer: Lassen Sie --minutes und --breaths weg</translation>
    </message>
    <message>
        <source>4-7-8 is at most %1 breaths a session in the first %2 days with it (until %3): give --breaths %1 or fewer, or leave the length out</source>
        <translation>4-7-8 ist in den ersten %2 Tagen (bis zum %3) auf %1 Atemzüge pro Übung begrenzt: Geben Sie --breaths %1 oder weniger an oder lassen Sie die Dauer weg</translation>
    </message>
    <message>
        <source>there is no profile named %1: see %2</source>
        <translation>es gibt kein Profil mit dem Namen %1: siehe %2</translation>
    </message>
    <message>
        <source>the profile %1 has a PIN: open it in the app, which asks for the PIN (the command line has no way to ask for it)</source>
        <translation>das Profil %1 hat eine PIN: Öffnen Sie es in der App, die nach der PIN fragt (die Befehlszeile kann nicht danach fragen)</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>prüfen Sie %1</translation>
    </message>
    <message>
        <source>there is no data folder at %1: %2</source>
        <translation>es gibt keinen Datenordner unter %1: %2</translation>
    </message>
    <message>
        <source>there is no data folder at %1 yet: open BreathApp once to make it, or give %2</source>
        <translation>es gibt noch keinen Datenordner unter %1: Öffnen Sie BreathApp einmal, um ihn anzulegen, oder geben Sie %2 an</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>geben Sie %1 an</translation>
    </message>
    <message>
        <source>%1 is a file, not a data folder: %2</source>
        <translation>%1 ist eine Datei, kein Datenordner: %2</translation>
    </message>
    <message>
        <source>BreathApp has saved nothing in %1 yet (there is no %2): %3</source>
        <translation>BreathApp hat in %1 noch nichts gespeichert (es gibt keine %2): %3</translation>
    </message>
    <message>
        <source>open BreathApp once, or give %1</source>
        <translation>öffnen Sie BreathApp einmal oder geben Sie %1 an</translation>
    </message>
    <message>
        <source>the data folder %1 may not be looked into (permission denied): %2</source>
        <translation>der Datenordner %1 kann nicht geöffnet werden (Zugriff verweigert): %2</translation>
    </message>
    <message>
        <source>the data folder %1 cannot be used (%2): %3</source>
        <translation>der Datenordner %1 kann nicht verwendet werden (%2): %3</translation>
    </message>
    <message>
        <source>%1 cannot be a folder: %2 is a file: %3</source>
        <translation>%1 kann kein Ordner sein: %2 ist eine Datei: %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: give a file name, or &apos;-&apos; for standard output</source>
        <translation>%1 ist leer: Geben Sie einen Dateinamen an oder &apos;-&apos; für die Standardausgabe</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>seconds (in-hold-out-hold)</source>
        <translation>Sekunden (Ein-Anhalten-Aus-Anhalten)</translation>
    </message>
    <message>
        <source>breaths/min</source>
        <translation>Atemzüge/min</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Or give your own seconds, e.g. --start 4-2-6-0 (each 0 to 20 s, in and out at least 1 s, a whole breath at most %1 s).</source>
        <translation>Oder geben Sie Ihre eigenen Sekunden an, zum Beispiel --start 4-2-6-0 (jeweils 0 bis 20 s, Ein- und Ausatmen mindestens 1 s, ein ganzer Atemzug höchstens %1 s).</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Relaxation sessions</source>
        <translation>Entspannungsübungen</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>inhale</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>top up</source>
        <translation>Nachatmen</translation>
    </message>
    <message>
        <source>hold in</source>
        <translation>das Anhalten nach dem Einatmen</translation>
    </message>
    <message>
        <source>exhale</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>hold out</source>
        <translation>das Anhalten nach dem Ausatmen</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 seconds, got %4</source>
        <translation>%1 muss %2 bis %3 Sekunden dauern; angegeben: %4</translation>
    </message>
    <message>
        <source>a whole breath must last at most %1 seconds, got %2</source>
        <translation>ein ganzer Atemzug darf höchstens %1 Sekunden dauern; angegeben: %2</translation>
    </message>
    <message>
        <source>unknown pattern %1: use a preset id or IN-HOLD-OUT-HOLD seconds</source>
        <translation>unbekanntes Atemmuster: %1; geben Sie die ID eines Atemmusters oder Sekunden als EIN-PAUSE-AUS-PAUSE an</translation>
    </message>
    <message>
        <source>pattern %1 is not IN-HOLD-OUT-HOLD in seconds (for example 4-0-6-0 or 2+1-0-6-0)</source>
        <translation>das Atemmuster %1 ist nicht als EIN-PAUSE-AUS-PAUSE in Sekunden geschrieben (zum Beispiel 4-0-6-0 oder 2+1-0-6-0)</translation>
    </message>
    <message>
        <source>minutes must be %1 to %2, got %3</source>
        <translation>die Minuten müssen zwischen %1 und %2 liegen; angegeben: %3</translation>
    </message>
    <message>
        <source>breaths must be a whole number, %1 to %2, got %3</source>
        <translation>die Atemzüge müssen eine ganze Zahl zwischen %1 und %2 sein; angegeben: %3</translation>
    </message>
    <message>
        <source>%1 has breath holds, and this profile is set to no breath holds</source>
        <translation>Im Muster %1 halten Sie den Atem an, und dieses Profil steht auf „Kein Atemanhalten“</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB: not an RR file</source>
        <translation>%1: größer als %2 MB: keine RR-Datei</translation>
    </message>
    <message>
        <source>%1: not a text file (UTF-8) with one interval in milliseconds a line</source>
        <translation>%1: keine Textdatei (UTF-8) mit einem Abstand in Millisekunden pro Zeile</translation>
    </message>
    <message>
        <source>%1: line %2: %3 is not a number of milliseconds</source>
        <translation>%1: Zeile %2: %3 ist keine Anzahl Millisekunden</translation>
    </message>
    <message>
        <source>%1: line %2: %3 ms is not between %4 and %5 ms (the file is read in milliseconds)</source>
        <translation>%1: Zeile %2: %3 ms liegt nicht zwischen %4 und %5 ms (die Datei wird in Millisekunden gelesen)</translation>
    </message>
    <message>
        <source>%1: too few intervals (%2); at least %3 are needed</source>
        <translation>%1: zu wenige Abstände (%2); mindestens %3 werden gebraucht</translation>
    </message>
    <message>
        <source>speak one step with the computer&apos;s voice (and play a voice pack&apos;s first step)</source>
        <translation>einen Schritt mit der Stimme des Computers sprechen (und den ersten Schritt einer Stimmdatei abspielen)</translation>
    </message>
    <message>
        <source>Says the first step of the first relaxation session with the computer&apos;s voice, in the app&apos;s language, and plays the first recording of a voice pack if one is given. Nothing is saved. Exit 1 when this machine cannot speak or play.</source>
        <translation>Spricht den ersten Schritt der ersten Entspannungsübung mit der Stimme des Computers in der Sprache der App und spielt die erste Aufnahme einer Stimmdatei ab, wenn eine angegeben ist. Es wird nichts gespeichert. Exit-Code 1, wenn dieser Computer nicht sprechen oder abspielen kann.</translation>
    </message>
    <message>
        <source>a speech engine (default: the system&apos;s)</source>
        <translation>eine Sprachausgabe (Standard: die des Systems)</translation>
    </message>
    <message>
        <source>a voice pack file (.zip) to play from</source>
        <translation>eine Stimmdatei (.zip) zum Abspielen</translation>
    </message>
    <message>
        <source>no relaxation session in %1 to speak</source>
        <translation>keine Entspannungsübung in %1 zum Vorlesen</translation>
    </message>
    <message>
        <source>%1: no such voice pack file</source>
        <translation>%1: diese Stimmdatei gibt es nicht</translation>
    </message>
    <message>
        <source>export or import a therapist&apos;s plan (a .breathplan file)</source>
        <translation>einen Plan Ihrer Praxis exportieren oder einlesen (eine .breathplan-Datei)</translation>
    </message>
    <message>
        <source>Checks the whole file and prints what the plan holds, then makes it the profile&apos;s plan, starting today. A plan with breath holds is refused for a profile set to no breath holds.</source>
        <translation>Prüft die ganze Datei und zeigt, was der Plan enthält, dann wird er ab heute der Plan des Profils. Ein Plan mit Atemanhalten wird für ein Profil mit „Kein Atemanhalten“ abgelehnt.</translation>
    </message>
    <message>
        <source>write the profile&apos;s plan to FILE</source>
        <translation>den Plan des Profils in DATEI schreiben</translation>
    </message>
    <message>
        <source>the plan file to write</source>
        <translation>die zu schreibende Plandatei</translation>
    </message>
    <message>
        <source>make the plan in FILE the profile&apos;s plan</source>
        <translation>den Plan in DATEI zum Plan des Profils machen</translation>
    </message>
    <message>
        <source>a .breathplan file</source>
        <translation>eine .breathplan-Datei</translation>
    </message>
    <message>
        <source>the plan of profile %1 cannot be read (%2)</source>
        <translation>der Plan des Profils %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the profile %1 has no plan to export</source>
        <translation>das Profil %1 hat keinen Plan zum Exportieren</translation>
    </message>
    <message>
        <source>wrote the plan &apos;%1&apos; of profile %2 to %3</source>
        <translation>der Plan „%1“ des Profils %2 ist in %3 gespeichert</translation>
    </message>
    <message>
        <source>%1: %2; the plan was not saved</source>
        <translation>%1: %2; der Plan wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved as the plan of profile %1, starting today (%2).</source>
        <translation>Als Plan des Profils %1 gespeichert, ab heute (%2).</translation>
    </message>
    <message>
        <source>The recorded voice %1 is this profile&apos;s voice now.</source>
        <translation>Die aufgenommene Stimme %1 ist jetzt die Stimme dieses Profils.</translation>
    </message>
    <message>
        <source>Note: 4-7-8 sessions are at most %1 breaths until %2, this profile&apos;s first month with 4-7-8; after that they last as the plan says.</source>
        <translation>Hinweis: Bis zum %2, dem ersten Monat dieses Profils mit 4-7-8, dauern 4-7-8-Übungen höchstens %1 Atemzüge; danach so lange, wie der Plan sagt.</translation>
    </message>
    <message>
        <source>%1: %2: there is no relaxation session %3 in this version of BreathApp (see %4)</source>
        <translation>%1: %2: es gibt keine Entspannungsübung %3 in dieser Version von BreathApp (siehe %4)</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Phase %1: %2 (%3)</source>
        <translation>Phase %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Message from your therapist:</source>
        <translation>Nachricht aus Ihrer Praxis:</translation>
    </message>
    <message>
        <source>On a bad day, your therapist advises:</source>
        <translation>Für einen schlechten Tag rät Ihnen Ihre Kinesitherapeutin oder Ihr Kinesitherapeut:</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <source>when to call: %1</source>
        <translation>erreichbar: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>The app does not suggest contacting your therapist when pain stays high (your therapist turned it off).</source>
        <translation>Die App schlägt nicht vor, sich an Ihre Praxis zu wenden, wenn die Schmerzen stark bleiben (Ihre Kinesitherapeutin oder Ihr Kinesitherapeut hat das ausgeschaltet).</translation>
    </message>
    <message>
        <source>Suggested reminder times: %1</source>
        <translation>Vorgeschlagene Erinnerungszeiten: %1</translation>
    </message>
    <message>
        <source>until your therapist moves you on</source>
        <translation>bis Ihre Kinesitherapeutin oder Ihr Kinesitherapeut Sie weiterführt</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>einmal am Tag</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>zweimal am Tag</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>einmal in der Woche</translation>
    </message>
    <message>
        <source>twice a week</source>
        <translation>zweimal in der Woche</translation>
    </message>
    <message>
        <source>relaxation: %1, %2</source>
        <translation>Entspannung: %1, %2</translation>
    </message>
    <message>
        <source>breathing %1, %2 breaths a minute, %3 minutes</source>
        <translation>Atmen %1, %2 Atemzüge pro Minute, %3 Minuten</translation>
    </message>
    <message>
        <source>, easing in from %1 breaths a minute over %2 minutes</source>
        <translation>, sanfter Beginn mit %1 Atemzügen pro Minute über %2 Minuten</translation>
    </message>
    <message>
        <source>, with breath holds</source>
        <translation>, mit Atemanhalten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the history file was damaged and there was no backup to restore; it was set aside as %1 and a new, empty history was started</source>
        <translation>die Verlaufsdatei war beschädigt und es gab keine Sicherungskopie zum Wiederherstellen; sie wurde als %1 beiseitegelegt und ein neuer, leerer Verlauf begonnen</translation>
    </message>
    <message>
        <source>the history file was damaged; it was set aside as %1 and the backup of %2 was restored (sessions after it are not in it)</source>
        <translation>die Verlaufsdatei war beschädigt; sie wurde als %1 beiseitegelegt und die Sicherungskopie vom %2 wiederhergestellt (Übungen danach sind nicht darin)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use a passphrase instead</source>
        <translation>Stattdessen eine Passphrase verwenden</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>heart</name>
    <message>
        <source>Breathe with the guide: after a few breaths you see your heart follow.</source>
        <translation>Atmen Sie mit der Atemfigur: Nach ein paar Atemzügen sehen Sie, wie Ihr Herz folgt.</translation>
    </message>
    <message>
        <source>The signal is back.</source>
        <translation>Das Signal ist wieder da.</translation>
    </message>
    <message>
        <source>No heart rate strap in use.</source>
        <translation>Kein Herzfrequenzgurt in Gebrauch.</translation>
    </message>
    <message>
        <source>Looking for your strap…</source>
        <translation>Suche nach Ihrem Gurt…</translation>
    </message>
    <message>
        <source>Connecting to your strap…</source>
        <translation>Verbindung mit Ihrem Gurt wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: your heartbeats come in.</source>
        <translation>Verbunden: Ihre Herzschläge kommen an.</translation>
    </message>
    <message>
        <source>Signal lost: trying again. The session goes on.</source>
        <translation>Signal verloren: neuer Versuch läuft. Die Übung geht weiter.</translation>
    </message>
    <message>
        <source>Bluetooth is not available here. The session goes on without it.</source>
        <translation>Bluetooth ist hier nicht verfügbar. Die Übung geht ohne Bluetooth weiter.</translation>
    </message>
    <message>
        <source>The replay has ended.</source>
        <translation>Die Wiedergabe ist zu Ende.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>goal %1 min</source>
        <translation>Ziel %1 Min.</translation>
    </message>
    <message>
        <source>Bar: the minutes you practised that day</source>
        <translation>Balken: die Minuten, die Sie an diesem Tag geübt haben</translation>
    </message>
    <message>
        <source>Dashed line: your goal of %1 a day</source>
        <translation>Gestrichelte Linie: Ihr Ziel von %1 am Tag</translation>
    </message>
    <message>
        <source>Dot below a day: you moved that day</source>
        <translation>Punkt unter einem Tag: Sie haben sich an diesem Tag bewegt</translation>
    </message>
    <message>
        <source>Dot below a day: you moved 15 minutes or more</source>
        <translation>Punkt unter einem Tag: Sie haben sich 15 Minuten oder länger bewegt</translation>
    </message>
    <message>
        <source>Bar: the minutes you practised that week</source>
        <translation>Balken: die Minuten, die Sie in dieser Woche geübt haben</translation>
    </message>
    <message>
        <source>Dashed line: your goal of %1 a day, for 7 days</source>
        <translation>Gestrichelte Linie: Ihr Ziel von %1 am Tag, für 7 Tage</translation>
    </message>
    <message>
        <source>moved 15 minutes or more</source>
        <translation>15 Minuten oder länger bewegt</translation>
    </message>
    <message>
        <source>moved %1</source>
        <translation>%1 bewegt</translation>
    </message>
    <message>
        <source>moved %1 (your goal: %2)</source>
        <translation>%1 bewegt (Ihr Ziel: %2)</translation>
    </message>
    <message>
        <source>minutes moved this week: %1 or more</source>
        <translation>Minuten Bewegung diese Woche: %1 oder mehr</translation>
    </message>
    <message>
        <source>minutes moved this week: %1</source>
        <translation>Minuten Bewegung diese Woche: %1</translation>
    </message>
    <message>
        <source>no practice</source>
        <translation>nicht geübt</translation>
    </message>
    <message>
        <source>goal %1 min a day</source>
        <translation>Ziel %1 Min. am Tag</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>Dot: your breathing pace that week, on average</source>
        <translation>Punkt: Ihr Atemtempo in dieser Woche, im Durchschnitt</translation>
    </message>
    <message>
        <source>Dot: your breathing pace that day</source>
        <translation>Punkt: Ihr Atemtempo an diesem Tag</translation>
    </message>
    <message>
        <source>No practice yet this week.</source>
        <translation>Diese Woche noch nicht geübt.</translation>
    </message>
    <message>
        <source>After a session you felt on average %1 points less tense.</source>
        <translation>Nach einer Übung waren Sie im Durchschnitt %1 Punkte weniger angespannt.</translation>
    </message>
    <message>
        <source>After a session your tension was on average %1 points higher.</source>
        <translation>Nach einer Übung war Ihre Anspannung im Durchschnitt %1 Punkte höher.</translation>
    </message>
    <message>
        <source>After a session your tension was on average about the same.</source>
        <translation>Nach einer Übung war Ihre Anspannung im Durchschnitt etwa gleich.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>%1 points less tense</source>
        <translation>%1 Punkte weniger angespannt</translation>
    </message>
    <message>
        <source>%1 points more tense</source>
        <translation>%1 Punkte angespannter</translation>
    </message>
    <message>
        <source>about as tense as before</source>
        <translation>etwa so angespannt wie vorher</translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation>0 bis 10</translation>
    </message>
    <message>
        <source>Tension, the week&apos;s average: before (open dot) and after</source>
        <translation>Anspannung, Wochendurchschnitt: vorher (leerer Punkt) und nachher</translation>
    </message>
    <message>
        <source>Tension before a session (open dot) and after</source>
        <translation>Anspannung vor einer Übung (leerer Punkt) und nachher</translation>
    </message>
    <message>
        <source>Pain, the week&apos;s average: before (open square) and after</source>
        <translation>Schmerz, Wochendurchschnitt: vorher (leeres Quadrat) und nachher</translation>
    </message>
    <message>
        <source>Pain before a session (open square) and after</source>
        <translation>Schmerz vor einer Übung (leeres Quadrat) und nachher</translation>
    </message>
    <message>
        <source>Ring: a change in pain you can feel (2 points or 30 %)</source>
        <translation>Ring: eine spürbare Veränderung der Schmerzen (2 Punkte oder 30 %)</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>a difference in pain you can feel</source>
        <translation>ein spürbarer Unterschied bei den Schmerzen</translation>
    </message>
    <message>
        <source>Tension on average</source>
        <translation>Anspannung im Durchschnitt</translation>
    </message>
    <message>
        <source>Pain on average</source>
        <translation>Schmerz im Durchschnitt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Pale bar: the sessions your therapist planned</source>
        <translation>Heller Balken: die für Sie geplanten Übungen</translation>
    </message>
    <message>
        <source>Full bar: the sessions you did</source>
        <translation>Voller Balken: die Übungen, die Sie gemacht haben</translation>
    </message>
    <message>
        <source>planned sessions this week</source>
        <translation>geplante Übungen diese Woche</translation>
    </message>
    <message>
        <source>moved 15 minutes or more this week</source>
        <translation>diese Woche 15 Minuten oder länger bewegt</translation>
    </message>
    <message>
        <source>moved this week (a tick: 15 minutes or more)</source>
        <translation>diese Woche bewegt (ein Häkchen: 15 Minuten oder länger)</translation>
    </message>
    <message>
        <source>moved this week</source>
        <translation>diese Woche bewegt</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Noch etwas einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Atem anhalten</translation>
    </message>
    <message>
        <source>Calm belly breathing</source>
        <translation>Ruhige Bauchatmung</translation>
    </message>
    <message>
        <source>Even breathing</source>
        <translation>Gleichmäßiges Atmen</translation>
    </message>
    <message>
        <source>Even breathing, a little slower</source>
        <translation>Gleichmäßiges Atmen, etwas langsamer</translation>
    </message>
    <message>
        <source>Long breath out</source>
        <translation>Langes Ausatmen</translation>
    </message>
    <message>
        <source>Gentle start</source>
        <translation>Sanfter Einstieg</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <translation>Box-Atmung</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>4-7-8-Atmung</translation>
    </message>
    <message>
        <source>Double breath in, long sigh out</source>
        <translation>Zweimal ein, lang seufzend aus</translation>
    </message>
    <message>
        <source>A longer breath out than in. A good pattern to begin with.</source>
        <translation>Länger aus- als einatmen. Ein gutes Muster für den Anfang.</translation>
    </message>
    <message>
        <source>As long in as out, about six breaths a minute.</source>
        <translation>Genauso lang ein wie aus, etwa sechs Atemzüge pro Minute.</translation>
    </message>
    <message>
        <source>As long in as out, a touch slower still.</source>
        <translation>Genauso lang ein wie aus, noch ein wenig langsamer.</translation>
    </message>
    <message>
        <source>Short in, long out. Nice in the evening, to wind down.</source>
        <translation>Kurz ein, lang aus. Schön am Abend, zum Abschalten.</translation>
    </message>
    <message>
        <source>A little quicker, for when six a minute still feels too slow.</source>
        <translation>Etwas schneller, wenn Ihnen sechs pro Minute noch zu langsam sind.</translation>
    </message>
    <message>
        <source>With two short pauses. Can steady you in a tense moment.</source>
        <translation>Sie halten den Atem zweimal kurz an. Kann Sie in einem angespannten Moment beruhigen.</translation>
    </message>
    <message>
        <source>With a long pause. In the first month, keep it to four breaths.</source>
        <translation>Sie halten den Atem lange an. Im ersten Monat höchstens vier Atemzüge.</translation>
    </message>
    <message>
        <source>Breathe in, add a small second breath, then sigh out slowly.</source>
        <translation>Einatmen, noch einen kleinen Atemzug dazunehmen, dann langsam seufzend ausatmen.</translation>
    </message>
    <message>
        <source>%1 breaths per minute</source>
        <translation>%1 Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>in : out = 1 : %1</source>
        <translation>ein : aus = 1 : %1</translation>
    </message>
    <message>
        <source>with pauses</source>
        <translation>mit Atemanhalten</translation>
    </message>
    <message>
        <source>Belly figure</source>
        <translation>Bauchfigur</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Breathing in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>The second breath in</source>
        <translation>Das zweite Einatmen</translation>
    </message>
    <message>
        <source>The pause after breathing in</source>
        <translation>Das Anhalten nach dem Einatmen</translation>
    </message>
    <message>
        <source>Breathing out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>The pause after breathing out</source>
        <translation>Das Anhalten nach dem Ausatmen</translation>
    </message>
    <message>
        <source>%1 can be %2 to %3 seconds, not %4.</source>
        <translation>%1 kann %2 bis %3 Sekunden dauern, nicht %4.</translation>
    </message>
    <message>
        <source>One whole breath can last at most %1 seconds; this one lasts %2.</source>
        <translation>Ein ganzer Atemzug kann höchstens %1 Sekunden dauern; dieser dauert %2.</translation>
    </message>
    <message>
        <source>The pace can be %1 to %2 breaths per minute, not %3.</source>
        <translation>Das Tempo kann %1 bis %2 Atemzüge pro Minute sein, nicht %3.</translation>
    </message>
    <message>
        <source>Breathing out can last one to two times as long as breathing in.</source>
        <translation>Das Ausatmen kann ein- bis zweimal so lang dauern wie das Einatmen.</translation>
    </message>
    <message>
        <source>Slowing down can take %1 to %2 minutes.</source>
        <translation>Das Langsamerwerden kann %1 bis %2 Minuten dauern.</translation>
    </message>
    <message>
        <source>This pattern is not clear. Write it as in-pause-out-pause, for example 4-0-6-0.</source>
        <translation>Dieses Muster ist nicht klar. Schreiben Sie es als Ein-Anhalten-Aus-Anhalten, zum Beispiel 4-0-6-0.</translation>
    </message>
    <message>
        <source>A session can last half a minute to 3 hours.</source>
        <translation>Eine Übung kann eine halbe Minute bis 3 Stunden dauern.</translation>
    </message>
    <message>
        <source>A session can last 1 to 2000 breaths.</source>
        <translation>Eine Übung kann 1 bis 2000 Atemzüge dauern.</translation>
    </message>
    <message>
        <source>BreathApp keeps your history, its backups and its log here:
%1

Saving under this name could replace them. Please choose another folder or name.</source>
        <translation>BreathApp bewahrt hier Ihren Verlauf, seine Sicherungskopien und sein Protokoll auf:
%1

Wenn Sie unter diesem Namen speichern, könnten sie ersetzt werden. Bitte wählen Sie einen anderen Ordner oder Namen.</translation>
    </message>
    <message>
        <source>BreathApp cannot save in this folder:
%1

Choose another folder with --data-dir, or ask whoever looks after this computer for write access.</source>
        <translation>BreathApp kann in diesem Ordner nicht speichern:
%1

Wählen Sie mit --data-dir einen anderen Ordner, oder bitten Sie die Person, die diesen Computer betreut, um Schreibrechte.</translation>
    </message>
    <message>
        <source>The disk is full, so your practice cannot be saved right now. Nothing is lost: BreathApp keeps it and saves it as soon as there is room again.</source>
        <translation>Der Speicher ist voll, deshalb kann Ihre Übung gerade nicht gespeichert werden. Nichts geht verloren: BreathApp behält sie und speichert sie, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <source>The folder with your practice is read-only:
%1

BreathApp keeps your practice and saves it as soon as it may write again.</source>
        <translation>Der Ordner mit Ihren Übungen ist schreibgeschützt:
%1

BreathApp behält Ihre Übungen und speichert sie, sobald es wieder schreiben darf.</translation>
    </message>
    <message>
        <source>Your practice history was saved by a newer version of BreathApp:
%1

This version leaves it untouched. Please install the newer version again.</source>
        <translation>Ihr Übungsverlauf wurde von einer neueren Version von BreathApp gespeichert:
%1

Diese Version lässt ihn unverändert. Bitte installieren Sie wieder die neuere Version.</translation>
    </message>
    <message>
        <source>The file with your practice could not be read or written:
%1

BreathApp keeps what you practise and tries again.</source>
        <translation>Die Datei mit Ihren Übungen konnte nicht gelesen oder geschrieben werden:
%1

BreathApp behält, was Sie üben, und versucht es noch einmal.</translation>
    </message>
    <message>
        <source>Breathing safely</source>
        <translation>Sicher atmen</translation>
    </message>
    <message>
        <source>&lt;p&gt;BreathApp helps you practise calm, slow breathing. Breathe gently: slower, not deeper.&lt;/p&gt;&lt;p&gt;Stop and breathe normally if you feel dizzy or light-headed, feel tingling, become short of breath or have pain in your chest. &lt;b&gt;I feel dizzy&lt;/b&gt; (or the D key) ends a session at once.&lt;/p&gt;&lt;p&gt;Not sure whether this is right for you? Ask your therapist or doctor.&lt;/p&gt;&lt;p&gt;BreathApp is a practice aid, not a medical device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;BreathApp hilft Ihnen, ruhig und langsam atmen zu üben. Atmen Sie sanft: langsamer, nicht tiefer.&lt;/p&gt;&lt;p&gt;Hören Sie auf und atmen Sie wieder ganz normal, wenn Ihnen schwindelig oder benommen wird, wenn Sie ein Kribbeln spüren, außer Atem geraten oder Schmerzen in der Brust haben. &lt;b&gt;Mir ist schwindelig&lt;/b&gt; (oder die Taste D) beendet eine Übung sofort.&lt;/p&gt;&lt;p&gt;Nicht sicher, ob das für Sie das Richtige ist? Fragen Sie in Ihrer Kinesitherapie- oder Arztpraxis nach.&lt;/p&gt;&lt;p&gt;BreathApp ist eine Übungshilfe, kein Medizinprodukt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This pattern has pauses (breath holds), and pauses are turned off for you. Please choose another pattern.</source>
        <translation>In diesem Muster halten Sie den Atem an, und das Atemanhalten ist für Sie ausgeschaltet. Bitte wählen Sie ein anderes Muster.</translation>
    </message>
    <message>
        <source>The pattern %1</source>
        <translation>Das Muster %1</translation>
    </message>
    <message>
        <source>4-7-8 breathing is new for this profile. Until %1 it is done for at most 4 breaths at a time, as a short session of its own, so the pace did not change to it now.</source>
        <translation>Die 4-7-8-Atmung ist neu für dieses Profil. Bis zum %1 wird sie höchstens 4 Atemzüge am Stück geübt, als eigene kurze Übung, deshalb wurde das Tempo jetzt nicht darauf umgestellt.</translation>
    </message>
    <message>
        <source>This relaxation session breathes with pauses (breath holds), and this profile is set to breathe without them, so it was not started. Please choose another session.</source>
        <translation>In dieser Entspannungsübung halten Sie den Atem an, und dieses Profil steht auf „Kein Atemanhalten“. Deshalb wurde sie nicht begonnen. Bitte wählen Sie eine andere Übung.</translation>
    </message>
    <message>
        <source>%1 has pauses where you hold your breath. This profile is set to breathe without pauses, so it was not started. Choose a pattern without pauses, for example %2.</source>
        <translation>In %1 halten Sie den Atem an. Dieses Profil steht auf „Kein Atemanhalten“, deshalb wurde die Übung nicht begonnen. Wählen Sie ein Muster ohne Atemanhalten, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>In the first month with 4-7-8 (until %1), a session is at most 4 breaths, a little over a minute. Start gently; longer sessions come later.</source>
        <translation>Im ersten Monat mit 4-7-8 (bis zum %1) hat eine Übung höchstens 4 Atemzüge, etwas mehr als eine Minute. Beginnen Sie sanft; längere Übungen kommen später.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>is not written as the format asks</source>
        <translation>ist nicht im verlangten Format geschrieben</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>has the wrong kind of value</source>
        <translation>hat die falsche Art von Wert</translation>
    </message>
    <message>
        <source>is outside its limits</source>
        <translation>liegt außerhalb der Grenzen</translation>
    </message>
    <message>
        <source>has a value that is not allowed</source>
        <translation>hat einen Wert, der nicht erlaubt ist</translation>
    </message>
    <message>
        <source>does not match the file name</source>
        <translation>passt nicht zum Dateinamen</translation>
    </message>
    <message>
        <source>has breath holds, which relaxation never uses</source>
        <translation>hält den Atem an, was eine Entspannungsübung nie tut</translation>
    </message>
    <message>
        <source>makes the session too long</source>
        <translation>macht die Übung zu lang</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>Feld &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>plan_labels</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>pattern or session</source>
        <translation>Muster oder Übung</translation>
    </message>
    <message>
        <source>kind of session</source>
        <translation>Art der Übung</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>start rate of the slow-down</source>
        <translation>Anfangstempo beim Langsamerwerden</translation>
    </message>
    <message>
        <source>minutes of the slow-down</source>
        <translation>Minuten des Langsamerwerdens</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>wie oft</translation>
    </message>
    <message>
        <source>per day or per week</source>
        <translation>am Tag oder pro Woche</translation>
    </message>
    <message>
        <source>when the next phase starts</source>
        <translation>wann die nächste Phase beginnt</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>Kinesitherapeut/in</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>when to call</source>
        <translation>wann anrufen</translation>
    </message>
    <message>
        <source>reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <source>file type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>recorded voice</source>
        <translation>aufgenommene Stimme</translation>
    </message>
    <message>
        <source>minutes of movement</source>
        <translation>Minuten Bewegung</translation>
    </message>
    <message>
        <source>which movement</source>
        <translation>welche Bewegung</translation>
    </message>
    <message>
        <source>advice for a bad day</source>
        <translation>Rat für einen schlechten Tag</translation>
    </message>
    <message>
        <source>suggest contacting the therapist</source>
        <translation>vorschlagen, sich an die Praxis zu wenden</translation>
    </message>
    <message>
        <source>At byte %1 of the file</source>
        <translation>Bei Byte %1 der Datei</translation>
    </message>
    <message>
        <source>Line %1, column %2 of the file</source>
        <translation>Zeile %1, Spalte %2 der Datei</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>reminder time %1</source>
        <translation>Erinnerungszeit %1</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>Der Plan braucht einen Titel.</translation>
    </message>
    <message>
        <source>A plan needs at least one phase.</source>
        <translation>Ein Plan braucht mindestens eine Phase.</translation>
    </message>
    <message>
        <source>Every phase needs at least one session.</source>
        <translation>Jede Phase braucht mindestens eine Übung.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Das darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This must be between %1 and %2.</source>
        <translation>Das muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>There are too many: at most %1.</source>
        <translation>Das sind zu viele: höchstens %1.</translation>
    </message>
    <message>
        <source>Something is missing here.</source>
        <translation>Hier fehlt etwas.</translation>
    </message>
    <message>
        <source>This holds the wrong kind of value.</source>
        <translation>Das ist die falsche Art von Wert.</translation>
    </message>
    <message>
        <source>This number is outside what BreathApp allows.</source>
        <translation>Diese Zahl liegt außerhalb dessen, was BreathApp erlaubt.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Dieser Text ist zu lang.</translation>
    </message>
    <message>
        <source>There are too many here.</source>
        <translation>Das sind hier zu viele.</translation>
    </message>
    <message>
        <source>BreathApp does not know this breathing pattern. Use a pattern from the list, or seconds such as 4-0-6-0.</source>
        <translation>BreathApp kennt dieses Atemmuster nicht. Verwenden Sie ein Muster aus der Liste oder Sekunden wie 4-0-6-0.</translation>
    </message>
    <message>
        <source>This relaxation session is not in this version of BreathApp.</source>
        <translation>Diese Entspannungsübung gibt es in dieser Version von BreathApp nicht.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, for example 08:30.</source>
        <translation>Schreiben Sie die Uhrzeit als Stunden und Minuten, zum Beispiel 08:30.</translation>
    </message>
    <message>
        <source>BreathApp does not know this value.</source>
        <translation>BreathApp kennt diesen Wert nicht.</translation>
    </message>
    <message>
        <source>BreathApp does not know this part of the file.</source>
        <translation>BreathApp kennt diesen Teil der Datei nicht.</translation>
    </message>
    <message>
        <source>This file is not a BreathApp plan.</source>
        <translation>Diese Datei ist kein BreathApp-Plan.</translation>
    </message>
    <message>
        <source>This plan was made with a newer version of BreathApp. Install the newer version to open it.</source>
        <translation>Dieser Plan wurde mit einer neueren Version von BreathApp erstellt. Installieren Sie die neuere Version, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a plan, so it cannot be read.</source>
        <translation>Diese Datei ist beschädigt oder kein Plan, deshalb kann sie nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This file is too large to be a plan.</source>
        <translation>Diese Datei ist zu groß für einen Plan.</translation>
    </message>
    <message>
        <source>The recorded voice that came with this plan cannot be used. Your therapist can send the plan again.</source>
        <translation>Die aufgenommene Stimme zu diesem Plan kann nicht verwendet werden. Ihre Praxis kann Ihnen den Plan noch einmal schicken.</translation>
    </message>
    <message>
        <source>The pattern %1 has breath holds, and this profile is set to no breath holds. The plan was not saved. Ask your therapist for a plan without holds.</source>
        <translation>Im Muster %1 halten Sie den Atem an, und dieses Profil steht auf „Kein Atemanhalten“. Der Plan wurde nicht gespeichert. Bitten Sie Ihre Praxis um einen Plan ohne Atemanhalten.</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
</context>
<context>
    <name>plan_text</name>
    <message>
        <source>A breathing pattern</source>
        <translation>Ein Atemmuster</translation>
    </message>
    <message>
        <source>Your own pattern</source>
        <translation>Ihr eigenes Muster</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>einmal am Tag</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>zweimal am Tag</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>einmal pro Woche</translation>
    </message>
    <message>
        <source>twice a week</source>
        <translation>zweimal pro Woche</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Relaxation session “%1”</source>
        <translation>Entspannungsübung „%1“</translation>
    </message>
    <message>
        <source>starting at %1 breaths a minute, slowing down over %2</source>
        <translation>beginnend mit %1 Atemzügen pro Minute, in %2 langsamer werdend</translation>
    </message>
    <message>
        <source>Done for this week</source>
        <translation>Für diese Woche erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 done this week</source>
        <translation>%1 von %2 diese Woche erledigt</translation>
    </message>
    <message>
        <source>Done for today</source>
        <translation>Für heute erledigt</translation>
    </message>
    <message>
        <source>Not yet today</source>
        <translation>Heute noch nicht</translation>
    </message>
    <message>
        <source>%1 of %2 done today</source>
        <translation>%1 von %2 heute erledigt</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation>Phase %1 von %2</translation>
    </message>
    <message>
        <source>day %1 of %2</source>
        <translation>Tag %1 von %2</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>This is the last phase: keep it up for as long as it helps you.</source>
        <translation>Dies ist die letzte Phase: Bleiben Sie dabei, solange es Ihnen hilft.</translation>
    </message>
    <message>
        <source>This phase lasts until your therapist moves you on.</source>
        <translation>Diese Phase dauert, bis Ihre Kinesitherapeutin oder Ihr Kinesitherapeut Sie weiterführt.</translation>
    </message>
    <message>
        <source>Next: %1, when your therapist says so.</source>
        <translation>Als Nächstes: %1, nach Absprache mit Ihrer Praxis.</translation>
    </message>
    <message>
        <source>Next: %1, from %2.</source>
        <translation>Als Nächstes: %1, ab %2.</translation>
    </message>
    <message>
        <source>If your pain stays high or rises, BreathApp will suggest contacting your therapist.</source>
        <translation>Wenn Ihre Schmerzen stark bleiben oder zunehmen, schlägt BreathApp vor, sich an Ihre Praxis zu wenden.</translation>
    </message>
    <message>
        <source>BreathApp will not suggest contacting your therapist when the pain stays high or rises.</source>
        <translation>BreathApp schlägt nicht vor, sich an Ihre Praxis zu wenden, wenn die Schmerzen stark bleiben oder zunehmen.</translation>
    </message>
    <message>
        <source>When the therapist says</source>
        <translation>Nach Absprache</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>My profile</source>
        <translation>Mein Profil</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Own pattern %1</source>
        <translation>Eigenes Muster %1</translation>
    </message>
    <message>
        <source>Shown live: %1</source>
        <translation>Live gezeigt: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Most recent sessions</source>
        <translation>Die neuesten Übungen</translation>
    </message>
    <message>
        <source>All sessions in this period, the most recent first.</source>
        <translation>Alle Übungen in diesem Zeitraum, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Dizzy</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>dizzy</source>
        <translation>schwindelig</translation>
    </message>
    <message>
        <source>Practice report</source>
        <translation>Übungsbericht</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>counted up to %1</source>
        <translation>gezählt bis %1</translation>
    </message>
    <message>
        <source>No practice was recorded in this period.</source>
        <translation>In diesem Zeitraum wurde keine Übung aufgezeichnet.</translation>
    </message>
    <message>
        <source>When there is practice in the chosen period, this report shows the days, the minutes and the ratings before and after the sessions.</source>
        <translation>Wenn im gewählten Zeitraum geübt wurde, zeigt dieser Bericht die Tage, die Minuten und die Einschätzungen vor und nach den Übungen.</translation>
    </message>
    <message>
        <source>not rated in this period</source>
        <translation>in diesem Zeitraum nicht eingeschätzt</translation>
    </message>
    <message>
        <source>%1 → %2 (change %3; %4)</source>
        <translation>%1 → %2 (Veränderung %3; %4)</translation>
    </message>
    <message>
        <source>Notes for you</source>
        <translation>Notizen für Sie</translation>
    </message>
    <message>
        <source>Minutes moved each week (Monday to Sunday), and the days the daily movement goal of the plan&apos;s phase was met. “or more”: a day ticked as 15 minutes or more.</source>
        <translation>Bewegte Minuten pro Woche (Montag bis Sonntag) und die Tage, an denen das tägliche Bewegungsziel der Phase im Plan erreicht wurde. „oder mehr“: ein Tag, der als 15 Minuten oder mehr abgehakt wurde.</translation>
    </message>
    <message>
        <source>Movement by week</source>
        <translation>Bewegung pro Woche</translation>
    </message>
    <message>
        <source>on a bad day</source>
        <translation>an einem schlechten Tag</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Minutes moved</source>
        <translation>Bewegte Minuten</translation>
    </message>
    <message>
        <source>Days moved</source>
        <translation>Tage mit Bewegung</translation>
    </message>
    <message>
        <source>Days at the goal</source>
        <translation>Tage mit erreichtem Ziel</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Übungstage</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Average on a day with practice</source>
        <translation>Durchschnitt an einem Übungstag</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Days with 15 minutes or more of movement</source>
        <translation>Tage mit 15 Minuten Bewegung oder mehr</translation>
    </message>
    <message>
        <source>Tension before → after, on average (0 to 10)</source>
        <translation>Anspannung vorher → nachher, im Durchschnitt (0 bis 10)</translation>
    </message>
    <message>
        <source>Pain before → after, on average (0 to 10)</source>
        <translation>Schmerz vorher → nachher, im Durchschnitt (0 bis 10)</translation>
    </message>
    <message>
        <source>Sessions with 2 points or 30 % less pain</source>
        <translation>Übungen mit 2 Punkten oder 30 % weniger Schmerz</translation>
    </message>
    <message>
        <source>Breaths per minute, first week → last week</source>
        <translation>Atemzüge pro Minute, erste Woche → letzte Woche</translation>
    </message>
    <message>
        <source>Sessions ended with “I feel dizzy”</source>
        <translation>Mit „Mir ist schwindelig“ beendete Übungen</translation>
    </message>
    <message>
        <source>Bad days logged</source>
        <translation>Schlechte Tage notiert</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Ratings and breathing</source>
        <translation>Einschätzungen und Atmung</translation>
    </message>
    <message>
        <source>BreathApp — a practice aid, not a medical device. Self-ratings are the patient&apos;s own, not a test.</source>
        <translation>BreathApp – eine Übungshilfe, kein Medizinprodukt. Die Selbsteinschätzungen stammen von der Patientin oder dem Patienten selbst; sie sind kein Test.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minuten pro Tag</translation>
    </message>
    <message>
        <source>Minutes per day, as a weekly average</source>
        <translation>Minuten pro Tag, als Wochendurchschnitt</translation>
    </message>
    <message>
        <source>goal %1 min</source>
        <translation>Ziel %1 Min.</translation>
    </message>
    <message>
        <source>Tension, weekly average</source>
        <translation>Anspannung, Wochendurchschnitt</translation>
    </message>
    <message>
        <source>Pain, weekly average</source>
        <translation>Schmerz, Wochendurchschnitt</translation>
    </message>
    <message>
        <source>No ratings in this period.</source>
        <translation>Keine Einschätzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Breaths per minute, per day</source>
        <translation>Atemzüge pro Minute, pro Tag</translation>
    </message>
    <message>
        <source>No breathing sessions in this period.</source>
        <translation>Keine Atemübungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Planned sessions per week</source>
        <translation>Geplante Übungen pro Woche</translation>
    </message>
    <message>
        <source>Resonance pace test</source>
        <translation>Test des Resonanztempos</translation>
    </message>
    <message>
        <source>%1 (stopped early)</source>
        <translation>%1 (vorzeitig beendet)</translation>
    </message>
    <message>
        <source>Suggested pace: none (too few clean beats)</source>
        <translation>Vorgeschlagenes Tempo: keines (zu wenige saubere Herzschläge)</translation>
    </message>
    <message>
        <source>Suggested pace: %1 breaths a minute (%2)</source>
        <translation>Vorgeschlagenes Tempo: %1 Atemzüge pro Minute (%2)</translation>
    </message>
    <message>
        <source>Chosen pace: not chosen yet</source>
        <translation>Gewähltes Tempo: noch nicht gewählt</translation>
    </message>
    <message>
        <source>Chosen pace: %1 breaths a minute</source>
        <translation>Gewähltes Tempo: %1 Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>The guide paced each rate for %1, breathing in for %2 % of each breath, with %3 of free breathing between. The swing is how far the heart rate rises and falls within one breath: a bigger wave means the heart follows the breath well at that pace. LF power is the RR series&apos; power from 0.04 to 0.15 Hz.</source>
        <translation>Die Atemfigur gab jedes Tempo %1 lang vor, mit jeweils %3 freiem Atmen dazwischen; das Einatmen dauerte %2 % jedes Atemzugs. Die Schwankung gibt an, wie weit die Herzfrequenz innerhalb eines Atemzugs steigt und fällt: Eine größere Welle bedeutet, dass das Herz dem Atem bei diesem Tempo gut folgt. Die LF-Leistung ist die Leistung der RR-Reihe von 0,04 bis 0,15 Hz.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Pace (breaths a minute)</source>
        <translation>Tempo (Atemzüge pro Minute)</translation>
    </message>
    <message>
        <source>Swing (beats a minute)</source>
        <translation>Schwankung (Schläge pro Minute)</translation>
    </message>
    <message>
        <source>LF power (ms²)</source>
        <translation>LF-Leistung (ms²)</translation>
    </message>
    <message>
        <source>LF peak (Hz)</source>
        <translation>LF-Spitze (Hz)</translation>
    </message>
    <message>
        <source>In step</source>
        <translation>In Phase</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Schläge</translation>
    </message>
    <message>
        <source>Artefacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>breaths a minute</source>
        <translation>Atemzüge pro Minute</translation>
    </message>
</context>
</TS>
