<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AboutForm</name>
    <message>
        <source>Your message</source>
        <translation>Je boodschap</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapeut</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktijk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>Wanneer bellen</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Herinneringsuren</translation>
    </message>
    <message>
        <source>Recorded voice</source>
        <translation>Opgenomen stem</translation>
    </message>
    <message>
        <source>A few personal words: what to keep in mind, and that asking is welcome.</source>
        <translation>Een paar persoonlijke woorden: waar de patiënt op mag letten, en dat vragen altijd mag.</translation>
    </message>
    <message>
        <source>For example: weekdays 8–12</source>
        <translation>Bijvoorbeeld: weekdagen 8–12</translation>
    </message>
    <message>
        <source>For example: 08:30, 20:00</source>
        <translation>Bijvoorbeeld: 08:30, 20:00</translation>
    </message>
    <message>
        <source>Suggested times for reminders, up to four</source>
        <translation>Voorgestelde uren voor herinneringen, hoogstens vier</translation>
    </message>
    <message>
        <source>Your recorded voice, sent with the plan so your patient hears you at home</source>
        <translation>Je opgenomen stem gaat mee met het plan, zodat je patiënt je thuis hoort</translation>
    </message>
    <message>
        <source>Your advice for a bad day</source>
        <translation>Je advies voor een slechte dag</translation>
    </message>
    <message>
        <source>What helps when the pain flares up, in your own words. Your patient reads it on a bad day, after a short calm session.</source>
        <translation>Wat helpt als de pijn opflakkert, in je eigen woorden. Je patiënt leest het op een slechte dag, na een korte, rustige sessie.</translation>
    </message>
    <message>
        <source>Suggest contacting me when pain stays high or rises</source>
        <translation>Stel voor om contact met mij op te nemen als de pijn hoog blijft of toeneemt</translation>
    </message>
    <message>
        <source>A quiet suggestion with your contact details, at most once a week, after three days in a row of pain 7 or more, or pain that rose over a week.</source>
        <translation>Een rustige suggestie met je contactgegevens, hoogstens één keer per week, na drie dagen na elkaar met pijn 7 of meer, of pijn die over een week toenam.</translation>
    </message>
</context>
<context>
    <name>AllowHolds</name>
    <message>
        <source>Allow breath holds</source>
        <translation>Adem vasthouden toelaten</translation>
    </message>
    <message>
        <source>Allow breath holds again?</source>
        <translation>Adem vasthouden weer toelaten?</translation>
    </message>
    <message>
        <source>Your therapist turned this on to keep your breathing without pauses. Turn it off only after talking with them.</source>
        <translation>Je therapeut heeft dit aangezet, zodat je je adem niet vasthoudt. Zet het pas uit als je er met je therapeut over gepraat hebt.</translation>
    </message>
    <message>
        <source>Keep them off</source>
        <translation>Niet toelaten</translation>
    </message>
    <message>
        <source>PIN for this profile</source>
        <translation>Pincode voor dit profiel</translation>
    </message>
    <message>
        <source>This profile has a PIN. Type it to allow breath holds again.</source>
        <translation>Dit profiel heeft een pincode. Typ die om adem vasthouden weer toe te laten.</translation>
    </message>
    <message>
        <source>That PIN is not right. Tries left: %1.</source>
        <translation>Die pincode klopt niet. Pogingen over: %1.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait a minute, then try again.</source>
        <translation>Te veel pogingen. Wacht een minuutje en probeer het dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>BackgroundSettings</name>
    <message>
        <source>Background sound</source>
        <translation>Achtergrondgeluid</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Brown noise</source>
        <translation>Bruine ruis</translation>
    </message>
    <message>
        <source>Soft rain</source>
        <translation>Zachte regen</translation>
    </message>
    <message>
        <source>Soft waves</source>
        <translation>Zachte golven</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Luisteren</translation>
    </message>
    <message>
        <source>Listen to the background sound</source>
        <translation>Luister naar het achtergrondgeluid</translation>
    </message>
    <message>
        <source>Background volume</source>
        <translation>Volume achtergrond</translation>
    </message>
    <message>
        <source>A quiet sound under your session, always softer than the voice. It comes in slowly and fades away when you pause or stop.</source>
        <translation>Een zacht geluid onder je sessie, altijd stiller dan de stem. Het komt rustig op en wordt zachtjes stil als je pauzeert of stopt.</translation>
    </message>
</context>
<context>
    <name>BadDayEnd</name>
    <message>
        <source>This note is a little long. Could you keep it under 1000 characters?</source>
        <translation>Deze notitie is wat lang. Kun je ze onder de 1000 tekens houden?</translation>
    </message>
    <message>
        <source>Saved. It will be in the report for your therapist.</source>
        <translation>Bewaard. Je notitie komt in het verslag voor je therapeut.</translation>
    </message>
    <message>
        <source>Thank you for taking this time for yourself.</source>
        <translation>Fijn dat je deze tijd voor jezelf nam.</translation>
    </message>
    <message>
        <source>Your therapist&apos;s advice</source>
        <translation>Het advies van je therapeut</translation>
    </message>
    <message>
        <source>A note for your therapist (optional)</source>
        <translation>Een notitie voor je therapeut (niet verplicht)</translation>
    </message>
    <message>
        <source>What went well, what was hard</source>
        <translation>Wat ging goed, wat was moeilijk</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Notitie bewaren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>After the flare-up session</source>
        <translation>Na de sessie voor een opstoot</translation>
    </message>
</context>
<context>
    <name>BadDayFlow</name>
    <message>
        <source>Could you write a few words, with letters or numbers?</source>
        <translation>Kun je een paar woorden schrijven, met letters of cijfers?</translation>
    </message>
    <message>
        <source>The note could not be saved just now.</source>
        <translation>De notitie kon nu niet bewaard worden.</translation>
    </message>
</context>
<context>
    <name>BadDayStart</name>
    <message>
        <source>A bad day is nobody&apos;s fault. Take a few quiet minutes for yourself.</source>
        <translation>Een slechte dag is niemands schuld. Neem een paar rustige minuten voor jezelf.</translation>
    </message>
    <message>
        <source>Lie down or sit well supported. Answer, or skip the question, and a short, gentle session begins.</source>
        <translation>Ga liggen of zit goed ondersteund. Antwoord, of sla de vraag over, en een korte, zachte sessie begint.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>I&apos;m having a bad day</source>
        <translation>Ik heb een slechte dag</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Nothing to show in this period.</source>
        <translation>In deze periode is er nog niets te tonen.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>How much pain do you feel now?</source>
        <translation>Hoeveel pijn voel je nu?</translation>
    </message>
    <message>
        <source>How much pain do you feel right now?</source>
        <translation>Hoeveel pijn voel je op dit moment?</translation>
    </message>
    <message>
        <source>0 is no pain, 10 is the worst pain you can imagine.</source>
        <translation>0 is geen pijn, 10 is de ergste pijn die je je kan voorstellen.</translation>
    </message>
    <message>
        <source>How tense do you feel now?</source>
        <translation>Hoe gespannen voel je je nu?</translation>
    </message>
    <message>
        <source>How tense do you feel right now?</source>
        <translation>Hoe gespannen voel je je op dit moment?</translation>
    </message>
    <message>
        <source>0 is completely relaxed, 10 is very tense. Your own feeling, not a test.</source>
        <translation>0 is helemaal ontspannen, 10 is heel gespannen. Je eigen gevoel, geen test.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Type a number from 0 to 10, then press Enter.</source>
        <translation>Typ een getal van 0 tot 10 en druk dan op Enter.</translation>
    </message>
    <message>
        <source>Click a number, or type it and press Enter.</source>
        <translation>Klik op een getal, of typ het en druk op Enter.</translation>
    </message>
    <message>
        <source>You typed %1. Press Enter to choose it.</source>
        <translation>Je typte %1. Druk op Enter om het te kiezen.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Practice</source>
        <translation>Praktijk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>Wanneer bellen</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>Includes a recorded voice: %1, %n steps</source>
        <translation>
            <numerusform>Met een opgenomen stem: %1, %n stap</numerusform>
            <numerusform>Met een opgenomen stem: %1, %n stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move every day: %n minutes of %1</source>
        <translation>
            <numerusform>Elke dag bewegen: %n minuut %1</numerusform>
            <numerusform>Elke dag bewegen: %n minuten %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move every day: %n minutes</source>
        <translation>
            <numerusform>Elke dag bewegen: %n minuut</numerusform>
            <numerusform>Elke dag bewegen: %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n keer per dag</numerusform>
            <numerusform>%n keer per dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n keer per week</numerusform>
            <numerusform>%n keer per week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the history file was damaged and there was no backup to restore; it was set aside as %1 and a new history was started with the %n sessions still readable in it</source>
        <translation>
            <numerusform>het geschiedenisbestand was beschadigd en er was geen reservekopie om terug te zetten; het is opzijgezet als %1 en er is een nieuwe geschiedenis begonnen met de %n oefening die nog leesbaar was</numerusform>
            <numerusform>het geschiedenisbestand was beschadigd en er was geen reservekopie om terug te zetten; het is opzijgezet als %1 en er is een nieuwe geschiedenis begonnen met de %n oefeningen die nog leesbaar waren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the history file was damaged; it was set aside as %1 and the backup of %2 was restored; %n sessions were read back from the damaged file, others after the backup may be missing</source>
        <translation>
            <numerusform>het geschiedenisbestand was beschadigd; het is opzijgezet als %1 en de reservekopie van %2 is teruggezet; %n oefening is uit het beschadigde bestand teruggelezen, andere van na de reservekopie kunnen ontbreken</numerusform>
            <numerusform>het geschiedenisbestand was beschadigd; het is opzijgezet als %1 en de reservekopie van %2 is teruggezet; %n oefeningen zijn uit het beschadigde bestand teruggelezen, andere van na de reservekopie kunnen ontbreken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with practice</source>
        <translation>
            <numerusform>%n dag geoefend</numerusform>
            <numerusform>%n dagen geoefend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved 15 minutes or more on %n days</source>
        <translation>
            <numerusform>op %n dag 15 minuten of meer bewogen</numerusform>
            <numerusform>op %n dagen 15 minuten of meer bewogen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n days at your goal of %2</source>
        <translation>
            <numerusform>%1 van %n dag op je doel van %2</numerusform>
            <numerusform>%1 van %n dagen op je doel van %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week you practised %n days, %1.</source>
        <translation>
            <numerusform>Deze week oefende je %n dag, %1.</numerusform>
            <numerusform>Deze week oefende je %n dagen, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions rated</source>
        <translation>
            <numerusform>%n sessie met een score</numerusform>
            <numerusform>%n sessies met een score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n planned sessions done</source>
        <translation>
            <numerusform>%1 van %n geplande sessie gedaan</numerusform>
            <numerusform>%1 van %n geplande sessies gedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>days at your goal of %n minutes this week</source>
        <translation>
            <numerusform>dagen deze week op je doel van %n minuut</numerusform>
            <numerusform>dagen deze week op je doel van %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps recorded</source>
        <translation>
            <numerusform>%1 van %n stap opgenomen</numerusform>
            <numerusform>%1 van %n stappen opgenomen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 most recent of %Ln sessions in this period.</source>
        <translation>
            <numerusform>De %1 meest recente van %Ln sessie in deze periode.</numerusform>
            <numerusform>De %1 meest recente van %Ln sessies in deze periode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bad days logged: %Ln days</source>
        <translation>
            <numerusform>Slechte dagen genoteerd: %Ln dag</numerusform>
            <numerusform>Slechte dagen genoteerd: %Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln sessie</numerusform>
            <numerusform>%Ln sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln days</source>
        <translation>
            <numerusform>%1 van %Ln dag</numerusform>
            <numerusform>%1 van %Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days with at least the daily goal of %Ln minutes</source>
        <translation>
            <numerusform>Dagen met minstens het dagelijkse doel van %Ln minuut</numerusform>
            <numerusform>Dagen met minstens het dagelijkse doel van %Ln minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln listed sessions</source>
        <translation>
            <numerusform>%1 van de %Ln getoonde sessie</numerusform>
            <numerusform>%1 van de %Ln getoonde sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes per day, as an average over %n days</source>
        <translation>
            <numerusform>Minuten per dag, als gemiddelde over %n dag</numerusform>
            <numerusform>Minuten per dag, als gemiddelde over %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln planned sessions done</source>
        <translation>
            <numerusform>%1 van de %Ln geplande sessie gedaan</numerusform>
            <numerusform>%1 van de %Ln geplande sessies gedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuut</numerusform>
            <numerusform>%Ln minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Deze tekst is te lang: hoogstens %n teken.</numerusform>
            <numerusform>Deze tekst is te lang: hoogstens %n tekens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n keer per dag</numerusform>
            <numerusform>%n keer per dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n keer per week</numerusform>
            <numerusform>%n keer per week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This phase lasts %n days; then the next one starts by itself.</source>
        <translation>
            <numerusform>Deze fase duurt %n dag; daarna begint de volgende vanzelf.</numerusform>
            <numerusform>Deze fase duurt %n dagen; daarna begint de volgende vanzelf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Movement each day: %n minutes</source>
        <translation>
            <numerusform>Beweging per dag: %n minuut</numerusform>
            <numerusform>Beweging per dag: %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Movement each day: %n minutes, %1</source>
        <translation>
            <numerusform>Beweging per dag: %n minuut, %1</numerusform>
            <numerusform>Beweging per dag: %n minuten, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n days</source>
        <translation>
            <numerusform>Na %n dag</numerusform>
            <numerusform>Na %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation>
            <numerusform>%n ademhaling</numerusform>
            <numerusform>%n ademhalingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>4-7-8 breathing is new for you: until %1, one session is at most %n breaths. This one ends after %n breaths.</source>
        <translation>
            <numerusform>4-7-8-ademhaling is nieuw voor jou: tot %1 duurt een sessie hoogstens %n ademhaling. Deze sessie stopt na %n ademhaling.</numerusform>
            <numerusform>4-7-8-ademhaling is nieuw voor jou: tot %1 duurt een sessie hoogstens %n ademhalingen. Deze sessie stopt na %n ademhalingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes written for you in this period.</source>
        <translation>
            <numerusform>%Ln notitie voor jou geschreven in deze periode.</numerusform>
            <numerusform>%Ln notities voor jou geschreven in deze periode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %1 of %Ln weeks.</source>
        <translation>
            <numerusform>De laatste %1 van %Ln week.</numerusform>
            <numerusform>De laatste %1 van %Ln weken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Optional; at most %n characters.</source>
        <translation>
            <numerusform>Niet verplicht; hoogstens %n teken.</numerusform>
            <numerusform>Niet verplicht; hoogstens %n tekens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A goal of 1 to %n minutes a day, or no goal.</source>
        <translation>
            <numerusform>Een doel van 1 tot %n minuut per dag, of geen doel.</numerusform>
            <numerusform>Een doel van 1 tot %n minuten per dag, of geen doel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For example walking or cycling; at most %n characters.</source>
        <translation>
            <numerusform>Bijvoorbeeld wandelen of fietsen; hoogstens %n teken.</numerusform>
            <numerusform>Bijvoorbeeld wandelen of fietsen; hoogstens %n tekens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your heart follows your breath: %n beats a minute up and down</source>
        <translation>
            <numerusform>Je hart volgt je adem: %n slag per minuut op en neer</numerusform>
            <numerusform>Je hart volgt je adem: %n slagen per minuut op en neer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heart rate now: %n a minute</source>
        <translation>
            <numerusform>Hartslag nu: %n per minuut</numerusform>
            <numerusform>Hartslag nu: %n per minuut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n % of beats left out as unclear</source>
        <translation>
            <numerusform>%n % van de slagen weggelaten omdat ze onduidelijk waren</numerusform>
            <numerusform>%n % van de slagen weggelaten omdat ze onduidelijk waren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Save the report</source>
        <translation>Het verslag bewaren</translation>
    </message>
    <message>
        <source>The report is saved as:
%1</source>
        <translation>Het verslag is bewaard als:
%1</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Een reservekopie bewaren</translation>
    </message>
    <message>
        <source>Export as a spreadsheet</source>
        <translation>Als rekenblad bewaren</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions are saved in:
%1</source>
        <translation>
            <numerusform>%n sessie is bewaard in:
%1</numerusform>
            <numerusform>%n sessies zijn bewaard in:
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file holds %n sessions, saved on %1. Add them to your history? Sessions you already have are left as they are.</source>
        <translation>
            <numerusform>Dit bestand bevat %n sessie, bewaard op %1. Wil je die aan je geschiedenis toevoegen? Sessies die je al hebt, blijven zoals ze zijn.</numerusform>
            <numerusform>Dit bestand bevat %n sessies, bewaard op %1. Wil je ze aan je geschiedenis toevoegen? Sessies die je al hebt, blijven zoals ze zijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions were added.</source>
        <translation>
            <numerusform>%n sessie is toegevoegd.</numerusform>
            <numerusform>%n sessies zijn toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your history.</source>
        <translation>
            <numerusform>%n stond al in je geschiedenis.</numerusform>
            <numerusform>%n stonden al in je geschiedenis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days you moved 15 minutes or more were added too.</source>
        <translation>
            <numerusform>Ook %n dag waarop je 15 minuten of meer bewoog, is toegevoegd.</numerusform>
            <numerusform>Ook %n dagen waarop je 15 minuten of meer bewoog, zijn toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>Een reservekopie inlezen</translation>
    </message>
    <message>
        <source>Open a practice file</source>
        <translation>Een oefenbestand openen</translation>
    </message>
    <message>
        <source>This file cannot be used, and nothing was changed.

%1</source>
        <translation>Dit bestand kan niet gebruikt worden, en er is niets veranderd.

%1</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 kon niet bewaard worden: %2.</translation>
    </message>
</context>
<context>
    <name>FlareOffer</name>
    <message>
        <source>Your pain is high today. A gentle flare-up session can help, if you like.</source>
        <translation>Je pijn is vandaag hoog. Een zachte sessie voor een opstoot kan helpen, als je wilt.</translation>
    </message>
    <message>
        <source>The flare-up session</source>
        <translation>De sessie voor een opstoot</translation>
    </message>
    <message>
        <source>Keep my planned session</source>
        <translation>Mijn geplande sessie houden</translation>
    </message>
</context>
<context>
    <name>GuideCanvas</name>
    <message>
        <source>Breathing guide</source>
        <translation>Ademfiguur</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seconds left</source>
        <translation>
            <numerusform>%1, nog %n seconde</numerusform>
            <numerusform>%1, nog %n seconden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>De sessie stoppen (Esc)</translation>
    </message>
    <message>
        <source>I feel dizzy</source>
        <translation>Ik voel me duizelig</translation>
    </message>
    <message>
        <source>Stop now and breathe normally (D)</source>
        <translation>Nu stoppen en weer gewoon ademen (D)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Pause or continue (Space)</source>
        <translation>Pauzeren of verdergaan (spatie)</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Begin wanneer je wil</translation>
    </message>
    <message>
        <source>Sit or lie comfortably. Breathe gently: slower, not deeper.</source>
        <translation>Zit of lig gemakkelijk. Adem zacht: trager, niet dieper.</translation>
    </message>
    <message>
        <source>Press Space to start.</source>
        <translation>Druk op de spatiebalk om te beginnen.</translation>
    </message>
    <message>
        <source>Get comfortable</source>
        <translation>Maak het je gemakkelijk</translation>
    </message>
    <message>
        <source>Press Space to begin now.</source>
        <translation>Druk op de spatiebalk om nu te beginnen.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Even pauze</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 gedaan</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <source>Last time you felt dizzy. %1 may suit you better. Breathe softly: slower, not deeper.</source>
        <translation>De vorige keer werd je duizelig. %1 past misschien beter bij je. Adem zacht: trager, niet dieper.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 gebruiken</translation>
    </message>
</context>
<context>
    <name>HeartBox</name>
    <message>
        <source>Show my heart</source>
        <translation>Mijn hart tonen</translation>
    </message>
</context>
<context>
    <name>HeartCurve</name>
    <message>
        <source>Heart rate and breath over the last minute and a half</source>
        <translation>Hartslag en adem van de laatste anderhalve minuut</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Your practice</source>
        <translation>Je oefening</translation>
    </message>
    <message>
        <source>Report for your therapist (PDF)…</source>
        <translation>Verslag voor je therapeut (pdf)…</translation>
    </message>
    <message>
        <source>The period shown below, on one or two pages</source>
        <translation>De periode hieronder, op een of twee bladzijden</translation>
    </message>
    <message>
        <source>Backup and files</source>
        <translation>Reservekopie en bestanden</translation>
    </message>
    <message>
        <source>Save a backup…</source>
        <translation>Reservekopie bewaren…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>Rekenblad (csv)…</translation>
    </message>
    <message>
        <source>Import a backup…</source>
        <translation>Reservekopie inlezen…</translation>
    </message>
    <message>
        <source>Open a practice file…</source>
        <translation>Oefenbestand openen…</translation>
    </message>
    <message>
        <source>Look at a patient&apos;s file; nothing is mixed in</source>
        <translation>Het bestand van een patiënt bekijken; er wordt niets mee vermengd</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Weergave herstellen</translation>
    </message>
    <message>
        <source>To zoom in on the days, hold Ctrl and turn the mouse wheel over a chart</source>
        <translation>Om in te zoomen op de dagen: houd Ctrl ingedrukt en draai aan het muiswiel boven een grafiek</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minuten per dag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in all, in %n sessions</source>
        <translation>
            <numerusform>in totaal, in %n sessie</numerusform>
            <numerusform>in totaal, in %n sessies</numerusform>
        </translation>
    </message>
    <message>
        <source>less tense after a session, on average</source>
        <translation>minder gespannen na een sessie, gemiddeld</translation>
    </message>
    <message>
        <source>more tense after a session, on average</source>
        <translation>meer gespannen na een sessie, gemiddeld</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>ongeveer hetzelfde</translation>
    </message>
    <message>
        <source>tension before and after a session, on average</source>
        <translation>spanning voor en na een sessie, gemiddeld</translation>
    </message>
    <message>
        <source>After a session, on average: </source>
        <translation>Na een sessie, gemiddeld: </translation>
    </message>
    <message>
        <source>Practice days this year</source>
        <translation>Oefendagen dit jaar</translation>
    </message>
    <message>
        <source>How you felt before and after</source>
        <translation>Hoe je je voelde, ervoor en erna</translation>
    </message>
    <message>
        <source>Your breathing pace</source>
        <translation>Je ademtempo</translation>
    </message>
    <message>
        <source>Your practice will show here after your first session.
A few calm minutes are a good start.</source>
        <translation>Na je eerste sessie zie je hier je oefening.
Een paar rustige minuten zijn een goed begin.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Beginnen met ademen</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten per week</translation>
    </message>
    <message>
        <source>Each week: the average of your own ratings. Not a test.</source>
        <translation>Per week: het gemiddelde van je eigen scores. Geen test.</translation>
    </message>
    <message>
        <source>Your own ratings, not a test.</source>
        <translation>Je eigen scores, geen test.</translation>
    </message>
    <message>
        <source>this week (goal %1 a day)</source>
        <translation>deze week (doel: %1 per dag)</translation>
    </message>
    <message>
        <source>in a row now; longest %1</source>
        <translation>op rij; langste reeks: %1</translation>
    </message>
    <message>
        <source>tension change: rate it before and after</source>
        <translation>verandering in spanning: geef een score ervoor en erna</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>week van %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>A plan from your therapist</source>
        <translation>Een plan van je therapeut</translation>
    </message>
    <message>
        <source>This is what the plan holds. Nothing changes until you accept it.</source>
        <translation>Dit staat er in het plan. Er verandert niets tot je het aanvaardt.</translation>
    </message>
    <message>
        <source>You already follow a plan. Accepting this one replaces it; what you practised stays in your history.</source>
        <translation>Je volgt al een plan. Aanvaard je dit plan, dan vervangt het je huidige plan; wat je geoefend hebt, blijft in je geschiedenis.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Plan aanvaarden</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Own pattern (seconds)</source>
        <translation>Eigen patroon (seconden)</translation>
    </message>
    <message>
        <source>%1 min, its own length</source>
        <translation>%1 min, de eigen duur</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>niet op deze computer</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Ademen</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>Ontspanning</translation>
    </message>
    <message>
        <source>In-pause-out-pause, in seconds, for example 4-0-6-0</source>
        <translation>In-vasthouden-uit-vasthouden, in seconden, bijvoorbeeld 4-0-6-0</translation>
    </message>
    <message>
        <source>Seconds (in-pause-out-pause)</source>
        <translation>Seconden (in-vasthouden-uit-vasthouden)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove this session</source>
        <translation>Deze sessie verwijderen</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>Slow down gradually</source>
        <translation>Geleidelijk vertragen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>over</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Soort sessie</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Ademhalingspatroon</translation>
    </message>
    <message>
        <source>Own pattern, in seconds</source>
        <translation>Eigen patroon, in seconden</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Hoeveel keer</translation>
    </message>
    <message>
        <source>How often: a day or a week</source>
        <translation>Hoe vaak: per dag of per week</translation>
    </message>
    <message>
        <source>Start pace, breaths per minute</source>
        <translation>Begintempo, ademhalingen per minuut</translation>
    </message>
    <message>
        <source>Minutes to slow down over</source>
        <translation>Aantal minuten om rustig te vertragen</translation>
    </message>
</context>
<context>
    <name>LiveControls</name>
    <message>
        <source>As far as it goes: %1</source>
        <translation>Verder gaat het niet: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Breathe</source>
        <translation>Ademen</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Ontspannen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>I feel dizzy</source>
        <translation>Ik voel me duizelig</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Present in the treatment room</source>
        <translation>Tonen in de behandelruimte</translation>
    </message>
    <message>
        <source>Sound on or off</source>
        <translation>Geluid aan of uit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Breathing safely…</source>
        <translation>Veilig ademen…</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Report for your therapist (PDF)…</source>
        <translation>Verslag voor je therapeut (pdf)…</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Start, pause or continue</source>
        <translation>Starten, pauzeren of verdergaan</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Stop the session, or leave full screen</source>
        <translation>De sessie stoppen, of volledig scherm verlaten</translation>
    </message>
    <message>
        <source>I feel dizzy: stop at once</source>
        <translation>Ik voel me duizelig: meteen stoppen</translation>
    </message>
    <message>
        <source>Previous or next step of a relaxation</source>
        <translation>Vorige of volgende stap van een ontspanning</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Volledig scherm aan of uit</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Plan bewerken…</translation>
    </message>
    <message>
        <source>Import a plan…</source>
        <translation>Een plan importeren…</translation>
    </message>
    <message>
        <source>Export the plan…</source>
        <translation>Het plan exporteren…</translation>
    </message>
    <message>
        <source>Save a backup…</source>
        <translation>Reservekopie bewaren…</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Gegevensmap openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Import a backup…</source>
        <translation>Reservekopie inlezen…</translation>
    </message>
    <message>
        <source>Open a practice file…</source>
        <translation>Oefenbestand openen…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BreathApp %1&lt;/h3&gt;&lt;p&gt;Guided slow belly breathing, at your own pace.&lt;/p&gt;&lt;p&gt;A practice aid, not a medical device. Breathe gently; if you feel dizzy, stop and breathe normally.&lt;/p&gt;&lt;p&gt;Works fully offline: nothing leaves this computer.&lt;/p&gt;&lt;p&gt;Your data is kept in:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BreathApp %1&lt;/h3&gt;&lt;p&gt;Begeleid rustig buikademen, op je eigen tempo.&lt;/p&gt;&lt;p&gt;Een hulp bij het oefenen, geen medisch hulpmiddel. Adem zacht; word je duizelig, stop dan en adem weer gewoon.&lt;/p&gt;&lt;p&gt;Werkt volledig offline: er gaat niets van deze computer weg.&lt;/p&gt;&lt;p&gt;Je gegevens staan in:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Licentie: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About BreathApp</source>
        <translation>Over BreathApp</translation>
    </message>
    <message>
        <source>Stop and close?</source>
        <translation>Stoppen en afsluiten?</translation>
    </message>
    <message>
        <source>A session is under way. Stop it and close BreathApp? What you practised so far is kept.</source>
        <translation>Er loopt een sessie. Wil je die stoppen en BreathApp afsluiten? Wat je al geoefend hebt, blijft bewaard.</translation>
    </message>
    <message>
        <source>Practice not saved yet</source>
        <translation>Oefening nog niet bewaard</translation>
    </message>
    <message>
        <source>Your last practice could not be saved yet (the disk may be full). If you close now, it is lost. Close anyway?</source>
        <translation>Je laatste oefening kon nog niet bewaard worden (misschien is de schijf vol). Als je nu afsluit, gaat ze verloren. Toch afsluiten?</translation>
    </message>
</context>
<context>
    <name>MorePanel</name>
    <message>
        <source>Make your own…</source>
        <translation>Zelf maken…</translation>
    </message>
    <message>
        <source>Set the seconds in and out yourself</source>
        <translation>Kies zelf hoeveel seconden je in- en uitademt</translation>
    </message>
    <message>
        <source>Exact length</source>
        <translation>Precieze duur</translation>
    </message>
    <message>
        <source>Slow down gradually</source>
        <translation>Geleidelijk vertragen</translation>
    </message>
    <message>
        <source>Begin at a more comfortable, quicker pace and ease into the pattern.</source>
        <translation>Begin aan een comfortabel, iets sneller tempo en vertraag rustig naar het patroon.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>breaths a minute,</source>
        <translation>ademhalingen per minuut,</translation>
    </message>
    <message>
        <source>over</source>
        <translation>in</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>Length in</source>
        <translation>Lengte in</translation>
    </message>
    <message>
        <source>Minutes or breaths</source>
        <translation>Minuten of ademhalingen</translation>
    </message>
    <message>
        <source>Start pace, breaths per minute</source>
        <translation>Begintempo, ademhalingen per minuut</translation>
    </message>
    <message>
        <source>Minutes to slow down over</source>
        <translation>Aantal minuten om rustig te vertragen</translation>
    </message>
</context>
<context>
    <name>MovementQuestion</name>
    <message numerus="yes">
        <source>A number from 1 to %n minutes, please.</source>
        <translation>
            <numerusform>Graag een getal van 1 tot %n minuten.</numerusform>
            <numerusform>Graag een getal van 1 tot %n minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Anders…</translation>
    </message>
    <message>
        <source>Another number of minutes</source>
        <translation>Een ander aantal minuten</translation>
    </message>
    <message>
        <source>How many minutes did you move today?</source>
        <translation>Hoeveel minuten heb je vandaag bewogen?</translation>
    </message>
    <message>
        <source>A walk, cycling, the stairs, gardening: all of it counts.</source>
        <translation>Wandelen, fietsen, de trap, tuinieren: het telt allemaal.</translation>
    </message>
    <message numerus="yes">
        <source>Your goal in this phase: %n minutes of %1</source>
        <translation>
            <numerusform>Je doel in deze fase: %n minuut %1</numerusform>
            <numerusform>Je doel in deze fase: %n minuten %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your goal in this phase: %n minutes a day</source>
        <translation>
            <numerusform>Je doel in deze fase: %n minuut per dag</numerusform>
            <numerusform>Je doel in deze fase: %n minuten per dag</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: 15 minutes or more.</source>
        <translation>Vandaag: 15 minuten of meer.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n minutes.</source>
        <translation>
            <numerusform>Vandaag: %n minuut.</numerusform>
            <numerusform>Vandaag: %n minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>You reached your goal for today.</source>
        <translation>Je hebt je doel voor vandaag gehaald.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear today&apos;s minutes</source>
        <translation>De minuten van vandaag wissen</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Minutes moved today</source>
        <translation>Vandaag bewogen minuten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>De minuten bewaren</translation>
    </message>
</context>
<context>
    <name>NewPackDialog</name>
    <message>
        <source>New voice pack</source>
        <translation>Nieuw stempakket</translation>
    </message>
    <message>
        <source>For example: Anna&apos;s voice</source>
        <translation>Bijvoorbeeld: stem van Anna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Language of the recordings</source>
        <translation>Taal van de opnames</translation>
    </message>
    <message>
        <source>Make the pack</source>
        <translation>Pakket maken</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>A note for your therapist (optional)</source>
        <translation>Een notitie voor je therapeut (niet verplicht)</translation>
    </message>
    <message>
        <source>What went well, what was hard</source>
        <translation>Wat ging goed, wat was moeilijk</translation>
    </message>
    <message>
        <source>Keep this note private</source>
        <translation>Deze notitie voor mezelf houden</translation>
    </message>
    <message>
        <source>This note is a little long. Could you keep it under 1000 characters?</source>
        <translation>Deze notitie is wat lang. Kun je ze onder de 1000 tekens houden?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
</context>
<context>
    <name>PackBar</name>
    <message>
        <source>Voice pack</source>
        <translation>Stempakket</translation>
    </message>
    <message>
        <source>New pack…</source>
        <translation>Nieuw pakket…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>No voice pack yet: make one with New pack</source>
        <translation>Nog geen stempakket: maak er een met Nieuw pakket</translation>
    </message>
    <message>
        <source>The voice pack “%1” is ready.</source>
        <translation>Het stempakket “%1” is klaar.</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <source>Make your own pattern</source>
        <translation>Je eigen patroon maken</translation>
    </message>
    <message>
        <source>Seconds per step</source>
        <translation>Seconden per stap</translation>
    </message>
    <message>
        <source>Pace and ratio</source>
        <translation>Tempo en verhouding</translation>
    </message>
    <message>
        <source>This profile is set to breathe without pauses (no breath holds), as your therapist advised, so both pauses stay at 0.</source>
        <translation>Op aanraden van je therapeut houd je met dit profiel je adem niet vast. Daarom staat vasthouden na het in- en uitademen op 0.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Adem in</translation>
    </message>
    <message>
        <source>Pause after breathing in</source>
        <translation>Vasthouden na het inademen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Adem uit</translation>
    </message>
    <message>
        <source>Pause after breathing out</source>
        <translation>Vasthouden na het uitademen</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>Breaths per minute</source>
        <translation>Ademhalingen per minuut</translation>
    </message>
    <message>
        <source>Breathe in : breathe out</source>
        <translation>Inademen : uitademen</translation>
    </message>
    <message>
        <source>Use this pattern</source>
        <translation>Dit patroon gebruiken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PhaseForm</name>
    <message>
        <source>Name of the phase</source>
        <translation>Naam van de fase</translation>
    </message>
    <message>
        <source>For example: Calm and loosen</source>
        <translation>Bijvoorbeeld: Rust en losmaken</translation>
    </message>
    <message>
        <source>A word for the patient</source>
        <translation>Een woordje voor de patiënt</translation>
    </message>
    <message>
        <source>What matters in this phase, in a sentence or two</source>
        <translation>Wat telt in deze fase, in een zin of twee</translation>
    </message>
    <message>
        <source>The next phase starts</source>
        <translation>De volgende fase begint</translation>
    </message>
    <message>
        <source>by itself after</source>
        <translation>vanzelf na</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>when I say so</source>
        <translation>wanneer ik het zeg</translation>
    </message>
    <message>
        <source>With Plan ▸ Move to the next phase</source>
        <translation>Met Plan ▸ Naar de volgende fase</translation>
    </message>
    <message>
        <source>Sessions in this phase</source>
        <translation>Sessies in deze fase</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Een sessie toevoegen</translation>
    </message>
    <message>
        <source>Days until the next phase</source>
        <translation>Dagen tot de volgende fase</translation>
    </message>
    <message>
        <source>Movement each day</source>
        <translation>Beweging per dag</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Geen doel</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>Minutes of movement each day</source>
        <translation>Minuten beweging per dag</translation>
    </message>
    <message>
        <source>Which movement</source>
        <translation>Welke beweging</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>wandelen</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>A PIN seals the notes, ratings, pain scores and the therapist&apos;s message and plan on this computer. Names, dates and minutes stay visible. Digits can be guessed by someone who copies the files: a passphrase is stronger.</source>
        <translation>Een pincode verzegelt de notities, scores, pijnscores en het bericht en plan van de therapeut op deze computer. Namen, datums en minuten blijven zichtbaar. Wie de bestanden kopieert, kan cijfers raden: een wachtzin is sterker.</translation>
    </message>
    <message>
        <source>With a PIN, this profile opens only with it, and its notes, ratings, pain scores and the therapist&apos;s message and plan are sealed on this computer, in its backups too. The profile&apos;s name, the dates and the minutes practised stay visible, for the list of profiles and the reminders. Someone who copies the files can try every 4-digit PIN within hours; a passphrase of several words, or a separate computer account for each person, is the stronger wall. A forgotten PIN cannot be recovered: the therapist can delete the profile, but no one can read it.</source>
        <translation>Met een pincode opent dit profiel alleen daarmee, en zijn de notities, scores, pijnscores en het bericht en plan van de therapeut verzegeld op deze computer, ook in de reservekopieën. De naam van het profiel, de datums en de geoefende minuten blijven zichtbaar, voor de lijst met profielen en de herinneringen. Wie de bestanden kopieert, kan binnen enkele uren elke pincode van 4 cijfers proberen; een wachtzin van een paar woorden, of een eigen computeraccount voor iedereen, beschermt beter. Een vergeten pincode kan niemand terughalen: de therapeut kan het profiel verwijderen, maar niemand kan het lezen.</translation>
    </message>
</context>
<context>
    <name>PinSettings</name>
    <message>
        <source>Set a PIN…</source>
        <translation>Een pincode instellen…</translation>
    </message>
    <message>
        <source>Change the PIN…</source>
        <translation>De pincode wijzigen…</translation>
    </message>
    <message>
        <source>Remove the PIN…</source>
        <translation>De pincode weghalen…</translation>
    </message>
    <message>
        <source>This profile opens with a PIN.</source>
        <translation>Dit profiel opent met een pincode.</translation>
    </message>
    <message>
        <source>This profile has no PIN: it opens without one.</source>
        <translation>Dit profiel heeft geen pincode: het opent zonder.</translation>
    </message>
</context>
<context>
    <name>PlaceChoice</name>
    <message>
        <source>Heart rate under the guide</source>
        <translation>Hartslag onder de ademfiguur</translation>
    </message>
    <message>
        <source>Heart rate filling the guide&apos;s screen</source>
        <translation>Hartslag over het hele scherm van de ademfiguur</translation>
    </message>
    <message>
        <source>Where the heart rate shows on the guide&apos;s screen</source>
        <translation>Waar de hartslag op het scherm van de ademfiguur staat</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Calm and loosen</source>
        <translation>Rust en losmaken</translation>
    </message>
    <message>
        <source>Breathing plan</source>
        <translation>Ademplan</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Een plan importeren</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Het plan exporteren</translation>
    </message>
    <message>
        <source>BreathApp plan (*%1)</source>
        <translation>BreathApp-plan (*%1)</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Plan bewerken…</translation>
    </message>
    <message>
        <source>Import a plan…</source>
        <translation>Een plan importeren…</translation>
    </message>
    <message>
        <source>Export the plan…</source>
        <translation>Het plan exporteren…</translation>
    </message>
    <message>
        <source>Move to the next phase</source>
        <translation>Naar de volgende fase</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>Plan verwijderen</translation>
    </message>
    <message>
        <source>Replace the plan?</source>
        <translation>Het plan vervangen?</translation>
    </message>
    <message>
        <source>This profile already follows “%1”. Replace it with the new plan?</source>
        <translation>Dit profiel volgt al “%1”. Vervangen door het nieuwe plan?</translation>
    </message>
    <message>
        <source>Replace your plan?</source>
        <translation>Je plan vervangen?</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2”? What you practised stays in your history.</source>
        <translation>“%1” vervangen door “%2”? Wat je geoefend hebt, blijft in je geschiedenis.</translation>
    </message>
    <message>
        <source>The recorded voice that came with this plan could not be installed, so nothing was changed.</source>
        <translation>De opgenomen stem bij dit plan kon niet geïnstalleerd worden. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The plan was saved as:
%1

On the patient&apos;s computer, open it with Plan ▸ Import a plan….</source>
        <translation>Het plan is bewaard als:
%1

Open het op de computer van de patiënt met Plan ▸ Een plan importeren….</translation>
    </message>
    <message>
        <source>Move to the next phase?</source>
        <translation>Naar de volgende fase?</translation>
    </message>
    <message>
        <source>“%1” starts today.</source>
        <translation>“%1” begint vandaag.</translation>
    </message>
    <message>
        <source>Remove the plan?</source>
        <translation>Het plan verwijderen?</translation>
    </message>
    <message>
        <source>Stop following “%1”? What you practised stays in your history. If you have the plan&apos;s file, you can import it again.</source>
        <translation>“%1” niet langer volgen? Wat je geoefend hebt, blijft in je geschiedenis. Heb je het planbestand, dan kan je het opnieuw importeren.</translation>
    </message>
    <message>
        <source>This plan cannot be used, so nothing was changed.</source>
        <translation>Dit plan kan niet gebruikt worden, dus er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>The pattern %1 has breath holds, and this profile is set to no breath holds. Choose a pattern without holds.</source>
        <translation>In het patroon %1 houd je je adem vast, en dit profiel staat op ‘Geen adem vasthouden’. Kies een patroon zonder adem vasthouden.</translation>
    </message>
    <message>
        <source>Remove this phase?</source>
        <translation>Deze fase verwijderen?</translation>
    </message>
    <message>
        <source>“%1” and its sessions leave the plan.</source>
        <translation>“%1” en de sessies erin verdwijnen uit het plan.</translation>
    </message>
    <message>
        <source>Phase %1 on its first day, before any practice.</source>
        <translation>Fase %1 op de eerste dag, voor er geoefend is.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation>Titel van het plan</translation>
    </message>
    <message>
        <source>For example: Calm back, step by step</source>
        <translation>Bijvoorbeeld: Een rustige rug, stap voor stap</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naar boven</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Naar onder</translation>
    </message>
    <message>
        <source>Phases and sessions</source>
        <translation>Fasen en sessies</translation>
    </message>
    <message>
        <source>Message and contact</source>
        <translation>Boodschap en contact</translation>
    </message>
    <message>
        <source>What your patient sees</source>
        <translation>Wat je patiënt ziet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Het plan bewaren</translation>
    </message>
    <message>
        <source>Phases of the plan</source>
        <translation>Fasen van het plan</translation>
    </message>
    <message>
        <source>The chosen phase</source>
        <translation>De gekozen fase</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Sluiten zonder te bewaren?</translation>
    </message>
    <message>
        <source>Your changes to this plan are not saved yet. Leave anyway?</source>
        <translation>Je wijzigingen aan dit plan zijn nog niet bewaard. Toch sluiten?</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>From %1</source>
        <translation>Van %1</translation>
    </message>
    <message>
        <source>Message from your therapist</source>
        <translation>Boodschap van je therapeut</translation>
    </message>
    <message>
        <source>The phases</source>
        <translation>De fasen</translation>
    </message>
    <message>
        <source>On a bad day</source>
        <translation>Op een slechte dag</translation>
    </message>
    <message>
        <source>Questions? Just ask</source>
        <translation>Vragen? Vraag het gerust</translation>
    </message>
    <message>
        <source>Suggested reminder times: %1</source>
        <translation>Voorgestelde herinneringsuren: %1</translation>
    </message>
</context>
<context>
    <name>PlanVoice</name>
    <message>
        <source>Includes a recorded voice: %1, %2</source>
        <translation>Met een opgenomen stem: %1, %2</translation>
    </message>
    <message>
        <source>No recorded voice</source>
        <translation>Geen opgenomen stem</translation>
    </message>
    <message>
        <source>%1 (not on this computer)</source>
        <translation>%1 (niet op deze computer)</translation>
    </message>
</context>
<context>
    <name>PlanWeeks</name>
    <message>
        <source>Your plan: sessions per week</source>
        <translation>Je plan: sessies per week</translation>
    </message>
    <message>
        <source>Every session counts, whatever the week looks like.</source>
        <translation>Elke sessie telt, hoe de week er ook uitziet.</translation>
    </message>
</context>
<context>
    <name>PracticeFileWindow</name>
    <message>
        <source>a patient</source>
        <translation>een patiënt</translation>
    </message>
    <message>
        <source>Practice file of %1</source>
        <translation>Oefenbestand van %1</translation>
    </message>
    <message numerus="yes">
        <source>Practice file of %1, saved on %2, with %n sessions. You are only looking: nothing from it is added to any profile on this computer.</source>
        <translation>
            <numerusform>Oefenbestand van %1, bewaard op %2, met %n sessie. Je kijkt alleen: er wordt niets van toegevoegd aan een profiel op deze computer.</numerusform>
            <numerusform>Oefenbestand van %1, bewaard op %2, met %n sessies. Je kijkt alleen: er wordt niets van toegevoegd aan een profiel op deze computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>pace</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>breath out</source>
        <translation>uitademen</translation>
    </message>
    <message>
        <source>presets</source>
        <translation>patronen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pauze</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>stoppen</translation>
    </message>
    <message>
        <source>dizzy</source>
        <translation>duizelig</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>kleuren</translation>
    </message>
    <message>
        <source>hide these keys</source>
        <translation>deze toetsen verbergen</translation>
    </message>
    <message>
        <source>Get comfortable</source>
        <translation>Maak het je gemakkelijk</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Even pauze</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Delete for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>Save a copy first…</source>
        <translation>Eerst een kopie bewaren…</translation>
    </message>
    <message>
        <source>Delete without a copy</source>
        <translation>Wissen zonder kopie</translation>
    </message>
    <message>
        <source>Practice file (*.json)</source>
        <translation>Oefenbestand (*.json)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profiel</translation>
    </message>
    <message>
        <source>Switch profile…</source>
        <translation>Ander profiel…</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nieuw profiel…</translation>
    </message>
    <message>
        <source>Rename this profile…</source>
        <translation>Dit profiel hernoemen…</translation>
    </message>
    <message>
        <source>Delete this profile…</source>
        <translation>Dit profiel wissen…</translation>
    </message>
    <message>
        <source>PIN for this profile…</source>
        <translation>Pincode voor dit profiel…</translation>
    </message>
    <message>
        <source>Guest mode (nothing is saved)</source>
        <translation>Gastmodus (er wordt niets bewaard)</translation>
    </message>
    <message>
        <source>Guest — nothing is saved</source>
        <translation>Gast — er wordt niets bewaard</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Typ een naam.</translation>
    </message>
    <message>
        <source>A name can have up to 40 characters.</source>
        <translation>Een naam kan tot 40 tekens hebben.</translation>
    </message>
    <message>
        <source>There is already a profile with that name.</source>
        <translation>Er is al een profiel met die naam.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Naam van het nieuwe profiel:</translation>
    </message>
    <message>
        <source>Rename this profile</source>
        <translation>Dit profiel hernoemen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <source>This is the only profile on this computer: it cannot be deleted.</source>
        <translation>Dit is het enige profiel op deze computer: je kan het niet wissen.</translation>
    </message>
    <message>
        <source>Delete this profile?</source>
        <translation>Dit profiel wissen?</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? You can first save a copy of its practice history as a file, to keep or to give to the person.</source>
        <translation>Het profiel “%1” wissen? Je kan eerst een kopie van de oefengeschiedenis als bestand bewaren, om te houden of aan de persoon mee te geven.</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Definitief wissen?</translation>
    </message>
    <message>
        <source>All sessions and settings of “%1” will be removed from this computer. This cannot be undone.</source>
        <translation>Alle sessies en instellingen van “%1” worden van deze computer gewist. Dat kan je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Save a copy of the history</source>
        <translation>Een kopie van de geschiedenis bewaren</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1. Nothing was deleted.</source>
        <translation>De kopie kon niet bewaard worden: %1. Er is niets gewist.</translation>
    </message>
    <message>
        <source>PIN for this profile</source>
        <translation>Pincode voor dit profiel</translation>
    </message>
    <message>
        <source>Your current PIN:</source>
        <translation>Je huidige pincode:</translation>
    </message>
    <message>
        <source>A new PIN of 4 to 8 digits.</source>
        <translation>Een nieuwe pincode van 4 tot 8 cijfers.</translation>
    </message>
    <message>
        <source>These copies could not be sealed, perhaps because the disk is full or the copy is damaged. They may still hold this profile&apos;s notes and ratings in readable form. Make some room and change the PIN again, or delete them:
%1</source>
        <translation>Deze kopieën konden niet verzegeld worden, misschien omdat de schijf vol is of de kopie beschadigd is. Mogelijk staan de notities en scores van dit profiel er nog leesbaar in. Maak wat ruimte vrij en verander de pincode opnieuw, of verwijder ze:
%1</translation>
    </message>
    <message>
        <source>The PIN was not changed: the current PIN was not right, or the new one is neither 4 to 8 digits nor a passphrase of 8 characters or more.</source>
        <translation>De pincode is niet veranderd: de huidige pincode klopte niet, of de nieuwe heeft geen 4 tot 8 cijfers en is ook geen wachtzin van 8 tekens of meer.</translation>
    </message>
    <message>
        <source>Leave it empty to remove the PIN.</source>
        <translation>Laat het leeg om de pincode weg te halen.</translation>
    </message>
    <message>
        <source>A new passphrase of 8 characters or more: words, spaces, signs.</source>
        <translation>Een nieuwe wachtzin van 8 tekens of meer: woorden, spaties, leestekens.</translation>
    </message>
    <message>
        <source>Type the new PIN once more:</source>
        <translation>Typ de nieuwe pincode nog een keer:</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Nothing was changed.</source>
        <translation>De twee pincodes zijn niet gelijk. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The PIN is set.</source>
        <translation>De pincode is ingesteld.</translation>
    </message>
    <message>
        <source>The PIN is removed.</source>
        <translation>De pincode is weggehaald.</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Who is practising?</source>
        <translation>Wie gaat er oefenen?</translation>
    </message>
    <message>
        <source>Guest: try it out, nothing is saved</source>
        <translation>Gast: even proberen, er wordt niets bewaard</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>Pincode of wachtzin</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>Pincode voor %1</translation>
    </message>
    <message>
        <source>Too many tries. Please wait a minute, then try again.</source>
        <translation>Te veel pogingen. Wacht een minuutje en probeer het dan opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>Die pincode klopt niet. Je kan het nog %n keer proberen.</numerusform>
            <numerusform>Die pincode klopt niet. Je kan het nog %n keer proberen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecorderWindow</name>
    <message>
        <source>Record a voice</source>
        <translation>Een stem opnemen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Words to say</source>
        <translation>Tekst om in te spreken</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Microfoonniveau</translation>
    </message>
    <message>
        <source>How loud the microphone hears you. It moves while you speak.</source>
        <translation>Hoe luid de microfoon je hoort. De meter beweegt terwijl je spreekt.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>Record this step (R). A count of 3 comes first.</source>
        <translation>Deze stap opnemen (R). Eerst wordt er afgeteld van 3.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Luisteren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Opnieuw opnemen</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Opgenomen: %1</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Nog niet opgenomen.</translation>
    </message>
    <message>
        <source>The recording of this step was removed.</source>
        <translation>De opname van deze stap is verwijderd.</translation>
    </message>
    <message>
        <source>Get ready…</source>
        <translation>Maak je klaar…</translation>
    </message>
    <message>
        <source>Speak now. Press Stop when you are done.</source>
        <translation>Spreek nu. Druk op Stoppen als je klaar bent.</translation>
    </message>
    <message>
        <source>A moment: keeping the take…</source>
        <translation>Even geduld: de opname wordt bewaard…</translation>
    </message>
    <message>
        <source>Recording begins in %1…</source>
        <translation>De opname begint over %1…</translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Bewaard: %1.</translation>
    </message>
    <message>
        <source>It was a little loud: record it again a bit further away if you like.</source>
        <translation>Het was wat luid: neem het gerust opnieuw op, een beetje verder van de microfoon.</translation>
    </message>
    <message>
        <source>On to the next step.</source>
        <translation>Door naar de volgende stap.</translation>
    </message>
    <message>
        <source>That was the last step of this session.</source>
        <translation>Dat was de laatste stap van deze sessie.</translation>
    </message>
</context>
<context>
    <name>RelaxList</name>
    <message>
        <source>Relax</source>
        <translation>Ontspannen</translation>
    </message>
    <message>
        <source>Short guided sessions to follow sitting or lying down. Each step is read aloud (or a soft chime marks it), so you can keep your eyes closed.</source>
        <translation>Korte begeleide sessies, zittend of liggend te volgen. Elke stap wordt voorgelezen (of een zacht belletje geeft hem aan), zodat je je ogen dicht kan houden.</translation>
    </message>
    <message>
        <source>No relaxation sessions could be found. The breathing guide works as always; reinstalling BreathApp brings the sessions back.</source>
        <translation>Er zijn geen ontspanningen gevonden. Ademen met de ademfiguur werkt zoals altijd; als je BreathApp opnieuw installeert, komen de ontspanningen terug.</translation>
    </message>
    <message>
        <source>Left out because its file has a mistake:</source>
        <translation>Weggelaten omdat er een fout in het bestand staat:</translation>
    </message>
</context>
<context>
    <name>RelaxPlayer</name>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Vorige stap (pijltje naar links)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Volgende stap (pijltje naar rechts)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>De sessie stoppen (Esc)</translation>
    </message>
    <message>
        <source>Pause or continue (Space)</source>
        <translation>Pauzeren of verdergaan (spatie)</translation>
    </message>
    <message>
        <source>I feel dizzy</source>
        <translation>Ik voel me duizelig</translation>
    </message>
    <message>
        <source>Stop now and breathe normally (D)</source>
        <translation>Nu stoppen en weer gewoon ademen (D)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Volgende: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Even pauze</translation>
    </message>
    <message>
        <source>Tense gently</source>
        <translation>Zacht aanspannen</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Loslaten</translation>
    </message>
</context>
<context>
    <name>RelaxView</name>
    <message>
        <source>Leave full screen</source>
        <translation>Volledig scherm verlaten</translation>
    </message>
    <message>
        <source>Leave full screen (F11)</source>
        <translation>Volledig scherm verlaten (F11)</translation>
    </message>
    <message>
        <source>Esc stops the session. F11 leaves full screen.</source>
        <translation>Esc stopt de sessie. F11 verlaat het volledige scherm.</translation>
    </message>
    <message>
        <source>Esc leaves full screen.</source>
        <translation>Esc verlaat het volledige scherm.</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Remind me to practise at these times</source>
        <translation>Herinner me eraan om te oefenen op deze uren</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Een tijdstip toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uur van de herinnering</translation>
    </message>
    <message>
        <source>Reminders come as a short note from the BreathApp icon near the clock, also while the window is closed.</source>
        <translation>Herinneringen komen als een kort berichtje van het BreathApp-pictogram bij de klok, ook als het venster gesloten is.</translation>
    </message>
    <message>
        <source>This computer shows no icons near the clock, so reminders appear in BreathApp itself, while it is open and when you open it.</source>
        <translation>Deze computer toont geen pictogrammen bij de klok. Herinneringen verschijnen daarom in BreathApp zelf, terwijl het open is en wanneer je het opent.</translation>
    </message>
    <message>
        <source>Use the plan&apos;s times (%1)</source>
        <translation>De uren van je plan gebruiken (%1)</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Time for a few quiet minutes of breathing, whenever it suits you.</source>
        <translation>Tijd voor een paar rustige minuten ademen, wanneer het je uitkomt.</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>De sessie van vandaag starten</translation>
    </message>
    <message>
        <source>Open BreathApp</source>
        <translation>BreathApp openen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Herinneringen hervatten</translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation>Herinneringen pauzeren voor vandaag</translation>
    </message>
    <message>
        <source>BreathApp: reminders paused for today</source>
        <translation>BreathApp: herinneringen gepauzeerd voor vandaag</translation>
    </message>
    <message>
        <source>BreathApp: next reminder at %1</source>
        <translation>BreathApp: volgende herinnering om %1</translation>
    </message>
</context>
<context>
    <name>ResonanceChart</name>
    <message>
        <source>Heart-rate swing and LF power at each pace</source>
        <translation>Schommeling van de hartslag en LF-vermogen bij elk tempo</translation>
    </message>
    <message>
        <source>Swing (beats a minute)</source>
        <translation>Schommeling (slagen per minuut)</translation>
    </message>
    <message>
        <source>LF power (ms²)</source>
        <translation>LF-vermogen (ms²)</translation>
    </message>
    <message>
        <source>breaths a minute</source>
        <translation>ademhalingen per minuut</translation>
    </message>
</context>
<context>
    <name>ResonanceTable</name>
    <message>
        <source>Pace (breaths a minute)</source>
        <translation>Tempo (ademhalingen per minuut)</translation>
    </message>
    <message>
        <source>Swing (beats a minute)</source>
        <translation>Schommeling (slagen per minuut)</translation>
    </message>
    <message>
        <source>LF power (ms²)</source>
        <translation>LF-vermogen (ms²)</translation>
    </message>
    <message>
        <source>LF peak (Hz)</source>
        <translation>LF-piek (Hz)</translation>
    </message>
    <message>
        <source>In step</source>
        <translation>In fase</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Slagen</translation>
    </message>
    <message>
        <source>Artefacts</source>
        <translation>Artefacten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1, suggested</source>
        <translation>%1, voorgesteld</translation>
    </message>
</context>
<context>
    <name>ResonanceTimes</name>
    <message>
        <source>The test&apos;s times</source>
        <translation>De tijden van de test</translation>
    </message>
    <message>
        <source>Minutes at each pace</source>
        <translation>Minuten per tempo</translation>
    </message>
    <message>
        <source>Rest between paces, in seconds</source>
        <translation>Rust tussen de tempo&apos;s, in seconden</translation>
    </message>
    <message>
        <source>Breathing in : breathing out</source>
        <translation>Inademen : uitademen</translation>
    </message>
    <message>
        <source>Breathing out a little longer than breathing in, with no hold.</source>
        <translation>Iets langer uitademen dan inademen, zonder de adem vast te houden.</translation>
    </message>
    <message>
        <source>Breathing in and out equally long, with no hold.</source>
        <translation>Even lang inademen als uitademen, zonder de adem vast te houden.</translation>
    </message>
    <message>
        <source>Breathing out twice as long as breathing in, with no hold.</source>
        <translation>Twee keer zo lang uitademen als inademen, zonder de adem vast te houden.</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>ongeveer %n minuut</numerusform>
            <numerusform>ongeveer %n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResonanceView</name>
    <message>
        <source>Resonance pace test</source>
        <translation>Test van het resonantietempo</translation>
    </message>
    <message>
        <source>Find the pace where the heart&apos;s wave is biggest</source>
        <translation>Zoek het tempo waarop de golf van je hart het grootst is</translation>
    </message>
    <message numerus="yes">
        <source>Your heart follows your breath: a little faster on each breath in, a little slower on each breath out. At one pace that wave is biggest. The guide paces %n rates, from %1 to %2 breaths a minute, about %3 each, with a short rest between; then the test suggests the pace with the biggest wave.</source>
        <translation>
            <numerusform>Je hart volgt je adem: het klopt een beetje sneller bij elke inademing en een beetje trager bij elke uitademing. Bij één tempo is die golf het grootst. De ademfiguur leidt je door %n tempo, van %1 tot %2 ademhalingen per minuut, ongeveer %3; daarna stelt de test het tempo met de grootste golf voor.</numerusform>
            <numerusform>Je hart volgt je adem: het klopt een beetje sneller bij elke inademing en een beetje trager bij elke uitademing. Bij één tempo is die golf het grootst. De ademfiguur leidt je door %n tempo&apos;s, van %1 tot %2 ademhalingen per minuut, elk ongeveer %3, met telkens een korte rustpauze ertussen; daarna stelt de test het tempo met de grootste golf voor.</numerusform>
        </translation>
    </message>
    <message>
        <source>What it needs:</source>
        <translation>Wat je nodig hebt:</translation>
    </message>
    <message>
        <source>the chest strap on and connected</source>
        <translation>de borstband om en verbonden</translation>
    </message>
    <message>
        <source>sitting or lying comfortably</source>
        <translation>comfortabel zitten of liggen</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>ongeveer %n minuut</numerusform>
            <numerusform>ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Breathe gently: slow, not deep. Feeling dizzy? Stop, and breathe normally.</source>
        <translation>Adem zacht: traag, niet diep. Word je duizelig? Stop dan en adem weer gewoon.</translation>
    </message>
    <message>
        <source>This test needs a heart signal. Connect a chest strap first, or start BreathApp with --rr-replay FILE to show the test with a recording.</source>
        <translation>Deze test heeft een hartsignaal nodig. Verbind eerst een borstband, of start BreathApp met --rr-replay BESTAND om de test met een opname te tonen.</translation>
    </message>
    <message>
        <source>Connect a chest strap…</source>
        <translation>Borstband verbinden…</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Test starten</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Test stoppen</translation>
    </message>
    <message>
        <source>The heart&apos;s wave at each pace</source>
        <translation>De golf van het hart bij elk tempo</translation>
    </message>
    <message>
        <source>The test was stopped early: these are the paces it measured.</source>
        <translation>De test is voortijdig gestopt: dit zijn de tempo&apos;s die al gemeten zijn.</translation>
    </message>
    <message>
        <source>Use this pace</source>
        <translation>Dit tempo gebruiken</translation>
    </message>
    <message>
        <source>Make a plan at this pace</source>
        <translation>Een plan maken aan dit tempo</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Opnieuw testen</translation>
    </message>
    <message>
        <source>%1 breaths a minute is now this profile&apos;s pace.</source>
        <translation>Het tempo van dit profiel is nu %1 ademhalingen per minuut.</translation>
    </message>
    <message>
        <source>The Breathe page now offers it as “Your own pattern”.</source>
        <translation>De pagina Ademen biedt het nu aan als ‘Je eigen patroon’.</translation>
    </message>
    <message>
        <source>Getting ready: follow the guide.</source>
        <translation>Even klaarmaken: volg de ademfiguur.</translation>
    </message>
    <message>
        <source>Pace %1 of %2: %3 breaths a minute</source>
        <translation>Tempo %1 van %2: %3 ademhalingen per minuut</translation>
    </message>
    <message>
        <source>Follow the guide. %1 left at this pace.</source>
        <translation>Volg de ademfiguur. Nog %1 aan dit tempo.</translation>
    </message>
    <message>
        <source>Rest: breathe freely</source>
        <translation>Rust: adem vrij</translation>
    </message>
    <message>
        <source>Next: %1 breaths a minute, in %2.</source>
        <translation>Hierna: %1 ademhalingen per minuut, over %2.</translation>
    </message>
    <message>
        <source>Last breath: the test is nearly done.</source>
        <translation>Laatste ademhaling: de test is bijna klaar.</translation>
    </message>
    <message>
        <source>%1 left in the test</source>
        <translation>Nog %1 in de test</translation>
    </message>
    <message>
        <source>A bigger wave: you found a good pace. Suggested: %1 breaths a minute (%2), where the swing and the LF power are together largest. Choose the pace that also felt easiest. A good pace can shift with time: test again in a few weeks.</source>
        <translation>Een grotere golf: je hebt een goed tempo gevonden. Voorstel: %1 ademhalingen per minuut (%2), waar de schommeling en het LF-vermogen samen het grootst zijn. Kies het tempo dat ook het makkelijkst aanvoelde. Een goed tempo kan na verloop van tijd verschuiven: test over een paar weken opnieuw.</translation>
    </message>
    <message>
        <source>Too few clean beats came to suggest a pace. You can test again.</source>
        <translation>Er kwamen te weinig zuivere hartslagen binnen om een tempo voor te stellen. Je kunt opnieuw testen.</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Leave full screen</source>
        <translation>Volledig scherm verlaten</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <source>Leave full screen (F11)</source>
        <translation>Volledig scherm verlaten (F11)</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Volledig scherm (F11)</translation>
    </message>
    <message>
        <source>Esc stops the session. F11 leaves full screen.</source>
        <translation>Esc stopt de sessie. F11 verlaat het volledige scherm.</translation>
    </message>
    <message>
        <source>Esc leaves full screen.</source>
        <translation>Esc verlaat het volledige scherm.</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message numerus="yes">
        <source>%1 of %n sessions</source>
        <translation>
            <numerusform>%1 van %n sessie</numerusform>
            <numerusform>%1 van %n sessies</numerusform>
        </translation>
    </message>
    <message>
        <source>felt dizzy</source>
        <translation>duizelig geworden</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>Deze sessie verwijderen?</translation>
    </message>
    <message>
        <source>The session is removed from your history. You can undo this right after.</source>
        <translation>De sessie verdwijnt uit je geschiedenis. Je kan dit meteen daarna ongedaan maken.</translation>
    </message>
    <message>
        <source>The session was deleted.</source>
        <translation>De sessie is verwijderd.</translation>
    </message>
    <message>
        <source>What did you notice?</source>
        <translation>Wat viel je op?</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Ademen</translation>
    </message>
    <message>
        <source>Every relaxation</source>
        <translation>Elke ontspanning</translation>
    </message>
    <message>
        <source>Every pattern</source>
        <translation>Elk patroon</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Vanaf het begin</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Laatste 365 dagen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Spanning</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pijn</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Meer tonen</translation>
    </message>
    <message>
        <source>Show which kind of session</source>
        <translation>Welke soort sessie tonen</translation>
    </message>
    <message>
        <source>Show which breathing pattern</source>
        <translation>Welk ademhalingspatroon tonen</translation>
    </message>
    <message>
        <source>Show which period</source>
        <translation>Welke periode tonen</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Je sessies</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Notitie aanpassen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>minutes a day</source>
        <translation>minuten per dag</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Zoals de computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Less movement</source>
        <translation>Minder animatie</translation>
    </message>
    <message>
        <source>The guide fills and empties like a glass instead of growing and shrinking.</source>
        <translation>De ademfiguur vult zich en loopt leeg als een glas, in plaats van te groeien en te krimpen.</translation>
    </message>
    <message>
        <source>Count down 3-2-1 before the first breath</source>
        <translation>Aftellen 3-2-1 voor de eerste ademhaling</translation>
    </message>
    <message>
        <source>Ask how I feel before and after</source>
        <translation>Vragen hoe ik me voel, ervoor en erna</translation>
    </message>
    <message>
        <source>Ask about pain before and after, too</source>
        <translation>Ook voor en na naar pijn vragen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Pain rating</source>
        <translation>Pijnscore</translation>
    </message>
    <message>
        <source>Look and feel</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>For practising with your eyes closed: the steps are read aloud.</source>
        <translation>Om met je ogen dicht te oefenen: de stappen worden voorgelezen.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>For your therapist</source>
        <translation>Voor je therapeut</translation>
    </message>
    <message>
        <source>Your therapist sets these with you. They belong to this profile only: other profiles on this computer keep their own.</source>
        <translation>Je therapeut stelt deze samen met jou in. Ze horen alleen bij dit profiel: andere profielen op deze computer houden hun eigen instellingen.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <source>Your profile and PIN</source>
        <translation>Je profiel en pincode</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>No breath holds</source>
        <translation>Geen adem vasthouden</translation>
    </message>
    <message>
        <source>Your therapist turns this on for heart problems, pregnancy or high blood pressure: patterns with pauses are then not offered. Talk with your therapist before you turn it off.</source>
        <translation>Je therapeut zet dit aan bij hartproblemen, zwangerschap of hoge bloeddruk: patronen waarin je je adem vasthoudt, worden dan niet aangeboden. Praat met je therapeut voor je het uitzet.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Ademfiguur</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Animatie</translation>
    </message>
    <message>
        <source>Each session</source>
        <translation>Elke sessie</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Your data is kept in</source>
        <translation>Je gegevens staan in</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Dagelijks doel</translation>
    </message>
</context>
<context>
    <name>SetupBar</name>
    <message>
        <source>Pattern</source>
        <translation>Patroon</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation>Meer keuzes</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Starten (spatie)</translation>
    </message>
    <message>
        <source>I&apos;m having a bad day</source>
        <translation>Ik heb een slechte dag</translation>
    </message>
    <message>
        <source>A short, gentle session for a day with more pain, and a kind word after it.</source>
        <translation>Een korte, zachte sessie voor een dag met meer pijn, en daarna een vriendelijk woord.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln breaths</source>
        <translation>
            <numerusform>%Ln ademhaling</numerusform>
            <numerusform>%Ln ademhalingen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuut</numerusform>
            <numerusform>%Ln minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>%1 · your plan</source>
        <translation>%1 · je plan</translation>
    </message>
    <message>
        <source>Your plan&apos;s length</source>
        <translation>De duur uit je plan</translation>
    </message>
    <message>
        <source>Your own pattern</source>
        <translation>Je eigen patroon</translation>
    </message>
    <message>
        <source>The pattern you made. To change it, open More.</source>
        <translation>Het patroon dat je zelf maakte. Wil je het aanpassen? Open dan Meer.</translation>
    </message>
    <message>
        <source>Your own pattern, the exact length and slowing down: shown</source>
        <translation>Je eigen patroon, de precieze duur en geleidelijk vertragen: zichtbaar</translation>
    </message>
    <message>
        <source>Your own pattern, the exact length and slowing down: hidden</source>
        <translation>Je eigen patroon, de precieze duur en geleidelijk vertragen: verborgen</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Ademhalingspatroon</translation>
    </message>
</context>
<context>
    <name>ShownPanel</name>
    <message>
        <source>Shown in the demonstration:</source>
        <translation>Getoond in de demonstratie:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>What was shown</source>
        <translation>Wat er getoond werd</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy this list, to make a plan from it</source>
        <translation>Kopieer deze lijst om er een plan van te maken</translation>
    </message>
    <message>
        <source>Make a plan from this…</source>
        <translation>Hier een plan van maken…</translation>
    </message>
    <message>
        <source>Open the plan editor with these patterns filled in</source>
        <translation>De planeditor openen met deze patronen al ingevuld</translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <source>Sound on (M)</source>
        <translation>Geluid aan (M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Breathing in: a rising tone</source>
        <translation>Inademen: een stijgende toon</translation>
    </message>
    <message>
        <source>Breathing out: a falling tone</source>
        <translation>Uitademen: een dalende toon</translation>
    </message>
    <message>
        <source>Pauses: a soft tick</source>
        <translation>Adem vasthouden: een zacht tikje</translation>
    </message>
    <message>
        <source>Next relaxation step: a chime</source>
        <translation>Volgende stap van een ontspanning: een licht belletje</translation>
    </message>
    <message>
        <source>End of the session: a bell</source>
        <translation>Einde van de sessie: een zachte gong</translation>
    </message>
    <message>
        <source>Eyes closed: a soft hum that rises and falls with your breath</source>
        <translation>Ogen dicht: een zachte toon die stijgt en daalt met je adem</translation>
    </message>
    <message>
        <source>This computer cannot play sound right now (no sound device was found), so BreathApp runs silently. Everything else works as usual.</source>
        <translation>Deze computer kan nu geen geluid afspelen (er is geen geluidsapparaat gevonden), dus BreathApp werkt zonder geluid. Al de rest werkt zoals gewoonlijk.</translation>
    </message>
</context>
<context>
    <name>StrapPicker</name>
    <message>
        <source>Heart rate strap</source>
        <translation>Hartslagband</translation>
    </message>
    <message>
        <source>Straps found</source>
        <translation>Gevonden banden</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop using the strap; the session goes on</source>
        <translation>De band niet meer gebruiken; de sessie gaat door</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>No strap found yet. Put the strap on, moisten its contacts, and search again.</source>
        <translation>Nog geen band gevonden. Doe de band om, maak de contactpunten wat vochtig en zoek opnieuw.</translation>
    </message>
    <message>
        <source>Chest straps that measure the heart&apos;s electrical signal (Polar H10, H9 or H7, Garmin HRM, Decathlon and the like) give beats precise enough.</source>
        <translation>Borstbanden die het elektrische signaal van het hart meten (Polar H10, H9 of H7, Garmin HRM, Decathlon en dergelijke) registreren de slagen precies genoeg.</translation>
    </message>
    <message>
        <source>Watches, wristbands and other optical sensors are not precise enough.</source>
        <translation>Horloges, polsbandjes en andere optische sensoren zijn niet precies genoeg.</translation>
    </message>
    <message>
        <source>On Windows, first pair the strap in the Bluetooth settings of Windows.</source>
        <translation>Op Windows koppel je de band eerst in de Bluetooth-instellingen van Windows.</translation>
    </message>
    <message>
        <source>This is breathing training, not a medical device.</source>
        <translation>Dit is ademtraining, geen medisch hulpmiddel.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer.</source>
        <translation>Er gaat niets van deze computer weg.</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Talking to your therapist can help</source>
        <translation>Praten met je kinesitherapeut kan helpen</translation>
    </message>
    <message>
        <source>Your pain has gone up this week.</source>
        <translation>Je pijn is deze week toegenomen.</translation>
    </message>
    <message>
        <source>Your pain has been high for three days.</source>
        <translation>Je pijn is al drie dagen hoog.</translation>
    </message>
    <message>
        <source>That happens, and it is nobody&apos;s fault. Your therapist would like to hear about it: a short call or message is enough.</source>
        <translation>Dat gebeurt, en het is niemands schuld. Je kinesitherapeut hoort het graag: een kort telefoontje of berichtje is genoeg.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, close this suggestion</source>
        <translation>OK, deze suggestie sluiten</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Once more</source>
        <translation>Nog een keer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Breathe normally now.</source>
        <translation>Adem nu weer gewoon.</translation>
    </message>
    <message>
        <source>Sit or lie still and let your breath find its own pace. The light-headed feeling usually passes within a minute or two. If it does not pass, stop for today and ask your therapist or doctor.</source>
        <translation>Zit of lig rustig en laat je adem zijn eigen tempo vinden. Het lichte gevoel in je hoofd gaat meestal binnen een minuutje of twee over. Gaat het niet over, stop dan voor vandaag en vraag raad aan je therapeut of huisarts.</translation>
    </message>
    <message>
        <source>Pain in the chest: call 112.</source>
        <translation>Pijn in de borst: bel 112.</translation>
    </message>
    <message>
        <source>Good that you took this time for yourself.</source>
        <translation>Fijn dat je deze tijd voor jezelf nam.</translation>
    </message>
    <message>
        <source>Take a moment to notice how your body feels now.</source>
        <translation>Neem even de tijd om op te merken hoe je lichaam nu aanvoelt.</translation>
    </message>
    <message>
        <source>You stopped here, and that is fine.</source>
        <translation>Je bent hier gestopt, en dat is goed.</translation>
    </message>
    <message>
        <source>Listening to your body is part of practising. Every minute counts.</source>
        <translation>Luisteren naar je lichaam hoort bij het oefenen. Elke minuut telt.</translation>
    </message>
    <message>
        <source>Your own pattern</source>
        <translation>Je eigen patroon</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Spanning</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pijn</translation>
    </message>
    <message>
        <source>(a difference you can feel)</source>
        <translation>(een verschil dat je voelt)</translation>
    </message>
</context>
<context>
    <name>TherapistPanel</name>
    <message>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <source>The guide is on the other screen</source>
        <translation>De ademfiguur staat op het andere scherm</translation>
    </message>
    <message>
        <source>End the demonstration (Esc)</source>
        <translation>De demonstratie beëindigen (Esc)</translation>
    </message>
    <message>
        <source>I feel dizzy (D)</source>
        <translation>Ik voel me duizelig (D)</translation>
    </message>
    <message>
        <source>The patient feels dizzy: stop at once (D)</source>
        <translation>De patiënt voelt zich duizelig: meteen stoppen (D)</translation>
    </message>
    <message>
        <source>High contrast on the guide&apos;s screen (C)</source>
        <translation>Hoog contrast op het scherm met de ademfiguur (C)</translation>
    </message>
    <message>
        <source>Faster or slower, by half a breath a minute</source>
        <translation>Sneller of trager, per halve ademhaling per minuut</translation>
    </message>
    <message>
        <source>Shorter or longer exhale</source>
        <translation>Korter of langer uitademen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Pause or continue</source>
        <translation>Pauzeren of verdergaan</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>The patient feels dizzy: stop at once</source>
        <translation>De patiënt voelt zich duizelig: meteen stoppen</translation>
    </message>
    <message>
        <source>Calm colours or high contrast</source>
        <translation>Rustige kleuren of hoog contrast</translation>
    </message>
    <message>
        <source>Show or hide the key strip</source>
        <translation>De toetsenbalk tonen of verbergen</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Guide on: %1</source>
        <translation>Ademfiguur op: %1</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Today&apos;s practice</source>
        <translation>Je oefening van vandaag</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>From your therapist</source>
        <translation>Van je therapeut</translation>
    </message>
    <message>
        <source>Open a plan file…</source>
        <translation>Een planbestand openen…</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Nog geen plan</translation>
    </message>
    <message>
        <source>A plan is a programme your therapist makes for you: which breathing and relaxation sessions to do, how often, and how they build up over the weeks.</source>
        <translation>Een plan is een programma dat je therapeut voor je maakt: welke adem- en ontspanningssessies je doet, hoe vaak, en hoe ze over de weken heen opbouwen.</translation>
    </message>
    <message>
        <source>To get one, ask your therapist. If you were given a plan file (its name ends in %1), you can open it here.</source>
        <translation>Vraag er gerust een aan je therapeut. Kreeg je een planbestand (de naam eindigt op %1), dan kan je het hier openen.</translation>
    </message>
    <message>
        <source>Questions? Just ask</source>
        <translation>Vragen? Vraag het gerust</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Nu ademen</translation>
    </message>
    <message>
        <source>A calm belly-breathing session, as you set it up.</source>
        <translation>Een rustige sessie buikademen, zoals je die ingesteld hebt.</translation>
    </message>
    <message>
        <source>Nothing is planned for today. A short walk can still do you good.</source>
        <translation>Voor vandaag staat er niets gepland. Een korte wandeling kan je toch deugd doen.</translation>
    </message>
    <message>
        <source>If you feel like it: a calm extra session.</source>
        <translation>Als je er zin in hebt: een rustige extra sessie.</translation>
    </message>
    <message>
        <source>All done for today. Good that you took this time for yourself.</source>
        <translation>Alles gedaan voor vandaag. Fijn dat je deze tijd voor jezelf nam.</translation>
    </message>
    <message>
        <source>I&apos;m having a bad day</source>
        <translation>Ik heb een slechte dag</translation>
    </message>
    <message>
        <source>A gentle session and support, for days that hurt.</source>
        <translation>Een zachte sessie en wat steun, voor dagen met veel pijn.</translation>
    </message>
    <message>
        <source>Breathe a little more</source>
        <translation>Nog wat ademen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Volgende: %1</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Volgende: %1, %2</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>Export the voice pack</source>
        <translation>Stempakket exporteren</translation>
    </message>
    <message>
        <source>Voice pack (*.zip)</source>
        <translation>Stempakket (*.zip)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Bewaard als %1.</translation>
    </message>
    <message>
        <source>Import a voice pack</source>
        <translation>Stempakket importeren</translation>
    </message>
    <message>
        <source>Replace the voice pack?</source>
        <translation>Het stempakket vervangen?</translation>
    </message>
    <message>
        <source>This computer already has the voice pack “%1”. Replace it with the one in %2?</source>
        <translation>Deze computer heeft het stempakket “%1” al. Vervangen door dat in %2?</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>“%1” is geïmporteerd.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Dat lukte niet: %1</translation>
    </message>
    <message>
        <source>Breathing cues (in, out, hold)</source>
        <translation>Ademwoorden (in, uit, houd vast)</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconden</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Nog niet opgenomen</translation>
    </message>
    <message>
        <source>✓ Recorded: %1</source>
        <translation>✓ Opgenomen: %1</translation>
    </message>
    <message>
        <source>No microphone was found. You can still listen, export and import.</source>
        <translation>Er is geen microfoon gevonden. Je kan wel beluisteren, exporteren en importeren.</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Close other programs that use it and try again.</source>
        <translation>De microfoon kon niet geopend worden. Sluit andere programma&apos;s die hem gebruiken en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The microphone heard nothing. Check that it is on, then try again.</source>
        <translation>De microfoon hoorde niets. Kijk of hij aan staat en probeer dan opnieuw.</translation>
    </message>
    <message>
        <source>That take was very short. Try again and say the whole step.</source>
        <translation>Die opname was erg kort. Probeer opnieuw en zeg de hele stap.</translation>
    </message>
    <message>
        <source>This step takes at most %1. Try saying it a little shorter.</source>
        <translation>Deze stap duurt hoogstens %1. Probeer het wat korter te zeggen.</translation>
    </message>
    <message>
        <source>The take could not be saved. Please try again.</source>
        <translation>De opname kon niet bewaard worden. Probeer het gerust opnieuw.</translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>My therapist&apos;s recorded voice, where there is one</source>
        <translation>De opgenomen stem van mijn therapeut, als die er is</translation>
    </message>
    <message>
        <source>Recorded voice</source>
        <translation>Opgenomen stem</translation>
    </message>
    <message>
        <source>Record a voice…</source>
        <translation>Een stem opnemen…</translation>
    </message>
    <message>
        <source>For your therapist: record each step in their own voice.</source>
        <translation>Voor je therapeut: neem elke stap op met de eigen stem.</translation>
    </message>
    <message>
        <source>The computer&apos;s voice for the other steps</source>
        <translation>De stem van de computer voor de andere stappen</translation>
    </message>
    <message>
        <source>Computer voice</source>
        <translation>Computerstem</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation>Snelheid van de stem</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Trager</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Sneller</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Luisteren</translation>
    </message>
    <message>
        <source>Hear the voice at this speed</source>
        <translation>Hoor de stem aan deze snelheid</translation>
    </message>
    <message>
        <source>In the breathing guide</source>
        <translation>Bij het ademen met de ademfiguur</translation>
    </message>
    <message>
        <source>Tones only, no words</source>
        <translation>Alleen tonen, geen woorden</translation>
    </message>
    <message>
        <source>Say “in” and “out”</source>
        <translation>Zeg “in” en “uit”</translation>
    </message>
    <message>
        <source>Say “in” and “out” and count softly</source>
        <translation>Zeg “in” en “uit” en tel zacht mee</translation>
    </message>
    <message>
        <source>Breathe in gently through your nose. And slowly out.</source>
        <translation>Adem zacht in door je neus. En traag weer uit.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln steps)</source>
        <translation>
            <numerusform>%1 (%Ln stap)</numerusform>
            <numerusform>%1 (%Ln stappen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The usual voice</source>
        <translation>De gewone stem</translation>
    </message>
    <message>
        <source>This computer has no speech voice installed, so the steps are not read aloud. A chime marks each step, and your therapist&apos;s recordings still play.</source>
        <translation>Op deze computer is geen spraakstem geïnstalleerd, dus de stappen worden niet voorgelezen. Een belletje geeft elke stap aan, en de opnames van je therapeut spelen wel.</translation>
    </message>
    <message>
        <source>This computer has no voice for this language, so the steps are not read aloud. A chime marks each step, and your therapist&apos;s recordings still play.</source>
        <translation>Deze computer heeft geen stem voor deze taal, dus de stappen worden niet voorgelezen. Een belletje geeft elke stap aan, en de opnames van je therapeut spelen wel.</translation>
    </message>
</context>
<context>
    <name>YearCalendar</name>
    <message>
        <source>No practice</source>
        <translation>Niet geoefend</translation>
    </message>
    <message>
        <source>Darker: more minutes</source>
        <translation>Donkerder: meer minuten</translation>
    </message>
    <message>
        <source>Your goal of %1 or more</source>
        <translation>Je doel van %1 of meer</translation>
    </message>
    <message>
        <source>Dot: you moved that day</source>
        <translation>Bolletje: je bewoog die dag</translation>
    </message>
    <message>
        <source>Dot: you moved 15 minutes or more</source>
        <translation>Bolletje: je bewoog 15 minuten of meer</translation>
    </message>
    <message>
        <source>Corner: a bad day</source>
        <translation>Hoekje: een slechte dag</translation>
    </message>
    <message>
        <source>moved 15 minutes or more</source>
        <translation>15 minuten of meer bewogen</translation>
    </message>
    <message>
        <source>a bad day</source>
        <translation>een slechte dag</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The file with your practice history was damaged. It has been set aside, untouched, as:
%1

Your history was restored from the backup of %2. Practice after that backup may be missing.</source>
        <translation>Het bestand met je oefengeschiedenis was beschadigd. Het is onaangeroerd opzijgezet als:
%1

Je geschiedenis is teruggezet uit de reservekopie van %2. Oefeningen van na die kopie kunnen ontbreken.</translation>
    </message>
    <message>
        <source>The file with your practice history was damaged and no backup was found. It has been set aside, untouched, as:
%1

BreathApp starts a new history.</source>
        <translation>Het bestand met je oefengeschiedenis was beschadigd en er was geen reservekopie. Het is onaangeroerd opzijgezet als:
%1

BreathApp begint een nieuwe geschiedenis.</translation>
    </message>
    <message>
        <source>Your last session was cut off before it ended. The time you practised until then is kept.</source>
        <translation>Je vorige sessie werd onderbroken voor ze klaar was. De tijd die je tot dan oefende, blijft bewaard.</translation>
    </message>
    <message>
        <source>There is no profile of that name.</source>
        <translation>Er is geen profiel met die naam.</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>Deze sessie stoppen?</translation>
    </message>
    <message>
        <source>A session is under way. Stop it and switch profile? What you practised so far is kept.</source>
        <translation>Er loopt een sessie. Wil je ze stoppen en van profiel wisselen? Wat je al geoefend hebt, blijft bewaard.</translation>
    </message>
    <message>
        <source>BreathApp keeps running near the clock, so it can remind you at your times. To quit, choose Quit in the menu of its icon there, or in the File menu.</source>
        <translation>BreathApp blijft actief bij de klok, zodat het je op je tijden kan herinneren. Wil je afsluiten? Kies dan Afsluiten in het menu van het pictogram daar, of in het menu Bestand.</translation>
    </message>
    <message>
        <source>Plan from the demonstration of %1</source>
        <translation>Plan uit de demonstratie van %1</translation>
    </message>
    <message>
        <source>Resonance pace test…</source>
        <translation>Test van het resonantietempo…</translation>
    </message>
    <message>
        <source>Rest: breathe freely. The next pace comes soon.</source>
        <translation>Rust: adem vrij. Het volgende tempo komt zo.</translation>
    </message>
    <message>
        <source>Breathing at %1 breaths a minute</source>
        <translation>Ademen aan %1 ademhalingen per minuut</translation>
    </message>
    <message>
        <source>Heart rate strap…</source>
        <translation>Hartslagband…</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 must be a number, got %2</source>
        <translation>%1 moet een getal zijn; gekregen: %2</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, got %2</source>
        <translation>%1 moet een datum zijn als JJJJ-MM-DD; gekregen: %2</translation>
    </message>
    <message>
        <source>BreathApp is already open with this data folder, but it could not be told to come to the front: %1</source>
        <translation>BreathApp is al open met deze gegevensmap, maar kon niet naar voren gehaald worden: %1</translation>
    </message>
    <message>
        <source>BreathApp is already open with this data folder; it has been brought to the front.</source>
        <translation>BreathApp is al open met deze gegevensmap; het is naar voren gehaald.</translation>
    </message>
    <message>
        <source>--to %1 leaves no room for the %2 days before it: give --from too</source>
        <translation>--to %1 laat geen plaats voor de %2 dagen ervoor: geef ook --from</translation>
    </message>
    <message>
        <source>--from %1 is after the end of the report, %2</source>
        <translation>--from %1 valt na het einde van het verslag, %2</translation>
    </message>
    <message>
        <source>a PDF report needs a file: give --output FILE</source>
        <translation>een pdf-verslag heeft een bestand nodig: geef --output BESTAND</translation>
    </message>
    <message>
        <source>sessions imported: %1; already there, skipped: %2</source>
        <translation>sessies geïmporteerd: %1; al aanwezig, overgeslagen: %2</translation>
    </message>
    <message>
        <source>; movement days added: %1</source>
        <translation>; dagen met beweging toegevoegd: %1</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>het versienummer tonen en stoppen</translation>
    </message>
    <message>
        <source>folder for the history (default: BREATHAPP_DATA_DIR when it is set and not empty, else a &apos;data&apos; folder beside the installed program if there is a writable one, else the per-user folder)</source>
        <translation>map voor de geschiedenis (standaard: BREATHAPP_DATA_DIR als die ingesteld en niet leeg is, anders een map &apos;data&apos; naast het geïnstalleerde programma als er een is waarin geschreven mag worden, anders de map van de gebruiker)</translation>
    </message>
    <message>
        <source>language of the app</source>
        <translation>taal van de app</translation>
    </message>
    <message>
        <source>the profile to use (see &apos;profiles&apos;); the window asks the PIN of a profile with one, export and import refuse it: they have no way to ask</source>
        <translation>het profiel om te gebruiken (zie &apos;profiles&apos;); het venster vraagt de pincode van een profiel met een pincode, export en import weigeren het: zij kunnen er niet naar vragen</translation>
    </message>
    <message>
        <source>Guided slow belly breathing. Without a command, opens the app.</source>
        <translation>Begeleide trage buikademhaling. Zonder opdracht opent de app.</translation>
    </message>
    <message>
        <source>open straight into a session: a preset id, IN-HOLD-OUT-HOLD seconds, or a relaxation session id (see &apos;list&apos;)</source>
        <translation>meteen een sessie openen: de id van een patroon, seconden als IN-VASTHOUDEN-UIT-VASTHOUDEN, of de id van een ontspanningssessie (zie &apos;list&apos;)</translation>
    </message>
    <message>
        <source>session length in minutes</source>
        <translation>duur van de sessie in minuten</translation>
    </message>
    <message>
        <source>session length in breaths</source>
        <translation>duur van de sessie in ademhalingen</translation>
    </message>
    <message>
        <source>start in full screen</source>
        <translation>starten in volledig scherm</translation>
    </message>
    <message>
        <source>close the app when the session ends</source>
        <translation>de app sluiten als de sessie gedaan is</translation>
    </message>
    <message>
        <source>replay an RR file (one interval between heartbeats in milliseconds a line) as the heart-rate source, in real time: for demonstrations without a strap</source>
        <translation>speel een RR-bestand af (één interval tussen hartslagen in milliseconden per regel) als bron van de hartslag, in realtime: voor demonstraties zonder borstband</translation>
    </message>
    <message>
        <source>print the breathing patterns and the relaxation sessions</source>
        <translation>de ademhalingspatronen en de ontspanningssessies tonen</translation>
    </message>
    <message>
        <source>Breathing patterns and relaxation sessions. Relaxation titles are in the --lang language; without it in the language saved in the app&apos;s settings; else the system language (LANGUAGE, LC_ALL, LC_MESSAGES or LANG: its language if the app speaks it, otherwise English).</source>
        <translation>Ademhalingspatronen en ontspanningssessies. De titels staan in de taal van --lang; zonder die optie in de taal die in de instellingen van de app bewaard is; anders in de taal van het systeem (LANGUAGE, LC_ALL, LC_MESSAGES of LANG: die taal als de app ze spreekt, anders Engels).</translation>
    </message>
    <message>
        <source>print the profile names, one a line</source>
        <translation>de namen van de profielen tonen, een per regel</translation>
    </message>
    <message>
        <source>write the history to a file, without a window</source>
        <translation>de geschiedenis naar een bestand schrijven, zonder venster</translation>
    </message>
    <message>
        <source>csv: a table; json: a practice file &apos;import&apos; reads back; pdf: a report</source>
        <translation>csv: een tabel; json: een oefenbestand dat &apos;import&apos; terug inleest; pdf: een verslag</translation>
    </message>
    <message>
        <source>from this day on (YYYY-MM-DD, inclusive)</source>
        <translation>vanaf deze dag (JJJJ-MM-DD, inbegrepen)</translation>
    </message>
    <message>
        <source>up to this day (inclusive)</source>
        <translation>tot en met deze dag</translation>
    </message>
    <message>
        <source>&apos;-&apos; for standard output</source>
        <translation>&apos;-&apos; voor de standaarduitvoer</translation>
    </message>
    <message>
        <source>add the sessions of a practice file (from &apos;export --format json&apos;)</source>
        <translation>de sessies van een oefenbestand toevoegen (van &apos;export --format json&apos;)</translation>
    </message>
    <message>
        <source>Checks the whole file first, then adds its sessions to the history; sessions already there are skipped. Settings and preferences are not changed.</source>
        <translation>Controleert eerst het hele bestand en voegt dan de sessies toe aan de geschiedenis; sessies die er al zijn, worden overgeslagen. Instellingen en voorkeuren veranderen niet.</translation>
    </message>
    <message>
        <source>a practice file</source>
        <translation>een oefenbestand</translation>
    </message>
    <message>
        <source>unknown pattern or relaxation session %1: see %2</source>
        <translation>onbekend ademhalingspatroon of onbekende ontspanningssessie: %1; zie %2</translation>
    </message>
    <message>
        <source>plan needs an action: import FILE or export FILE</source>
        <translation>plan heeft een actie nodig: import BESTAND of export BESTAND</translation>
    </message>
    <message>
        <source>--data-dir is empty: give a folder, or leave the option out</source>
        <translation>--data-dir is leeg: geef een map, of laat de optie weg</translation>
    </message>
    <message>
        <source>--rr-replay is for the window, not a command</source>
        <translation>--rr-replay werkt alleen met het venster, niet met een opdracht</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 valt na --to %2</translation>
    </message>
    <message>
        <source>--minutes, --breaths and --quit-when-done need --start</source>
        <translation>--minutes, --breaths en --quit-when-done hebben --start nodig</translation>
    </message>
    <message>
        <source>a relaxation session has its own length; leave out --minutes and --breaths</source>
        <translation>een ontspanningssessie heeft haar eigen duur: laat --minutes en --breaths weg</translation>
    </message>
    <message>
        <source>4-7-8 is at most %1 breaths a session in the first %2 days with it (until %3): give --breaths %1 or fewer, or leave the length out</source>
        <translation>4-7-8 is de eerste %2 dagen (tot %3) hoogstens %1 ademhalingen per sessie: geef --breaths %1 of minder, of laat de duur weg</translation>
    </message>
    <message>
        <source>there is no profile named %1: see %2</source>
        <translation>er is geen profiel met de naam %1: zie %2</translation>
    </message>
    <message>
        <source>the profile %1 has a PIN: open it in the app, which asks for the PIN (the command line has no way to ask for it)</source>
        <translation>het profiel %1 heeft een pincode: open het in de app, die naar de pincode vraagt (de opdrachtregel kan er niet naar vragen)</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>controleer %1</translation>
    </message>
    <message>
        <source>there is no data folder at %1: %2</source>
        <translation>er is geen gegevensmap op %1: %2</translation>
    </message>
    <message>
        <source>there is no data folder at %1 yet: open BreathApp once to make it, or give %2</source>
        <translation>er is nog geen gegevensmap op %1: open BreathApp één keer om ze te maken, of geef %2</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>geef %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a data folder: %2</source>
        <translation>%1 is een bestand, geen gegevensmap: %2</translation>
    </message>
    <message>
        <source>BreathApp has saved nothing in %1 yet (there is no %2): %3</source>
        <translation>BreathApp heeft nog niets bewaard in %1 (er is geen %2): %3</translation>
    </message>
    <message>
        <source>open BreathApp once, or give %1</source>
        <translation>open BreathApp één keer, of geef %1</translation>
    </message>
    <message>
        <source>the data folder %1 may not be looked into (permission denied): %2</source>
        <translation>de gegevensmap %1 mag niet bekeken worden (geen toegang): %2</translation>
    </message>
    <message>
        <source>the data folder %1 cannot be used (%2): %3</source>
        <translation>de gegevensmap %1 kan niet gebruikt worden (%2): %3</translation>
    </message>
    <message>
        <source>%1 cannot be a folder: %2 is a file: %3</source>
        <translation>%1 kan geen map zijn: %2 is een bestand: %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is empty: give a file name, or &apos;-&apos; for standard output</source>
        <translation>%1 is leeg: geef een bestandsnaam, of &apos;-&apos; voor de standaarduitvoer</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>seconds (in-hold-out-hold)</source>
        <translation>seconden (in-vasthouden-uit-vasthouden)</translation>
    </message>
    <message>
        <source>breaths/min</source>
        <translation>ademhalingen/min</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>vasthouden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Or give your own seconds, e.g. --start 4-2-6-0 (each 0 to 20 s, in and out at least 1 s, a whole breath at most %1 s).</source>
        <translation>Of geef je eigen seconden, bijvoorbeeld --start 4-2-6-0 (elk 0 tot 20 s, in en uit minstens 1 s, een hele ademhaling hoogstens %1 s).</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>overgeslagen: %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>Relaxation sessions</source>
        <translation>Ontspanningssessies</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>inhale</source>
        <translation>inademen</translation>
    </message>
    <message>
        <source>top up</source>
        <translation>bijademen</translation>
    </message>
    <message>
        <source>hold in</source>
        <translation>vasthouden na het inademen</translation>
    </message>
    <message>
        <source>exhale</source>
        <translation>uitademen</translation>
    </message>
    <message>
        <source>hold out</source>
        <translation>vasthouden na het uitademen</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 seconds, got %4</source>
        <translation>%1 moet %2 tot %3 seconden duren; gekregen: %4</translation>
    </message>
    <message>
        <source>a whole breath must last at most %1 seconds, got %2</source>
        <translation>een hele ademhaling duurt hoogstens %1 seconden; gekregen: %2</translation>
    </message>
    <message>
        <source>unknown pattern %1: use a preset id or IN-HOLD-OUT-HOLD seconds</source>
        <translation>onbekend ademhalingspatroon: %1; geef de id van een patroon of seconden als IN-VASTHOUDEN-UIT-VASTHOUDEN</translation>
    </message>
    <message>
        <source>pattern %1 is not IN-HOLD-OUT-HOLD in seconds (for example 4-0-6-0 or 2+1-0-6-0)</source>
        <translation>het patroon %1 is niet geschreven als IN-VASTHOUDEN-UIT-VASTHOUDEN in seconden (bijvoorbeeld 4-0-6-0 of 2+1-0-6-0)</translation>
    </message>
    <message>
        <source>minutes must be %1 to %2, got %3</source>
        <translation>de minuten moeten tussen %1 en %2 liggen; gekregen: %3</translation>
    </message>
    <message>
        <source>breaths must be a whole number, %1 to %2, got %3</source>
        <translation>de ademhalingen moeten een heel getal zijn, van %1 tot %2; gekregen: %3</translation>
    </message>
    <message>
        <source>%1 has breath holds, and this profile is set to no breath holds</source>
        <translation>%1 heeft momenten van vasthouden, en dit profiel staat ingesteld zonder vasthouden</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB: not an RR file</source>
        <translation>%1: groter dan %2 MB: geen RR-bestand</translation>
    </message>
    <message>
        <source>%1: not a text file (UTF-8) with one interval in milliseconds a line</source>
        <translation>%1: geen tekstbestand (UTF-8) met één interval in milliseconden per regel</translation>
    </message>
    <message>
        <source>%1: line %2: %3 is not a number of milliseconds</source>
        <translation>%1: regel %2: %3 is geen aantal milliseconden</translation>
    </message>
    <message>
        <source>%1: line %2: %3 ms is not between %4 and %5 ms (the file is read in milliseconds)</source>
        <translation>%1: regel %2: %3 ms ligt niet tussen %4 en %5 ms (het bestand wordt in milliseconden gelezen)</translation>
    </message>
    <message>
        <source>%1: too few intervals (%2); at least %3 are needed</source>
        <translation>%1: te weinig intervallen (%2); er zijn er minstens %3 nodig</translation>
    </message>
    <message>
        <source>speak one step with the computer&apos;s voice (and play a voice pack&apos;s first step)</source>
        <translation>een stap uitspreken met de stem van de computer (en de eerste stap van een stembestand afspelen)</translation>
    </message>
    <message>
        <source>Says the first step of the first relaxation session with the computer&apos;s voice, in the app&apos;s language, and plays the first recording of a voice pack if one is given. Nothing is saved. Exit 1 when this machine cannot speak or play.</source>
        <translation>Spreekt de eerste stap van de eerste ontspanningssessie uit met de stem van de computer, in de taal van de app, en speelt de eerste opname van een stembestand af als je er een geeft. Er wordt niets bewaard. Afsluitcode 1 als deze computer niet kan spreken of afspelen.</translation>
    </message>
    <message>
        <source>a speech engine (default: the system&apos;s)</source>
        <translation>een spraakprogramma (standaard: dat van het systeem)</translation>
    </message>
    <message>
        <source>a voice pack file (.zip) to play from</source>
        <translation>een stembestand (.zip) om af te spelen</translation>
    </message>
    <message>
        <source>no relaxation session in %1 to speak</source>
        <translation>geen ontspanningssessie in %1 om voor te lezen</translation>
    </message>
    <message>
        <source>%1: no such voice pack file</source>
        <translation>%1: dat stembestand bestaat niet</translation>
    </message>
    <message>
        <source>export or import a therapist&apos;s plan (a .breathplan file)</source>
        <translation>het plan van een therapeut exporteren of importeren (een .breathplan-bestand)</translation>
    </message>
    <message>
        <source>Checks the whole file and prints what the plan holds, then makes it the profile&apos;s plan, starting today. A plan with breath holds is refused for a profile set to no breath holds.</source>
        <translation>Controleert het hele bestand en toont wat er in het plan staat, en maakt het dan het plan van het profiel, vanaf vandaag. Een plan met vasthouden wordt geweigerd voor een profiel dat ingesteld is zonder vasthouden.</translation>
    </message>
    <message>
        <source>write the profile&apos;s plan to FILE</source>
        <translation>het plan van het profiel naar BESTAND schrijven</translation>
    </message>
    <message>
        <source>the plan file to write</source>
        <translation>het planbestand om te schrijven</translation>
    </message>
    <message>
        <source>make the plan in FILE the profile&apos;s plan</source>
        <translation>het plan in BESTAND het plan van het profiel maken</translation>
    </message>
    <message>
        <source>a .breathplan file</source>
        <translation>een .breathplan-bestand</translation>
    </message>
    <message>
        <source>the plan of profile %1 cannot be read (%2)</source>
        <translation>het plan van profiel %1 kan niet gelezen worden (%2)</translation>
    </message>
    <message>
        <source>the profile %1 has no plan to export</source>
        <translation>het profiel %1 heeft geen plan om te exporteren</translation>
    </message>
    <message>
        <source>wrote the plan &apos;%1&apos; of profile %2 to %3</source>
        <translation>het plan &apos;%1&apos; van profiel %2 is bewaard in %3</translation>
    </message>
    <message>
        <source>%1: %2; the plan was not saved</source>
        <translation>%1: %2; het plan is niet bewaard</translation>
    </message>
    <message>
        <source>Saved as the plan of profile %1, starting today (%2).</source>
        <translation>Bewaard als het plan van profiel %1, vanaf vandaag (%2).</translation>
    </message>
    <message>
        <source>The recorded voice %1 is this profile&apos;s voice now.</source>
        <translation>De opgenomen stem %1 is nu de stem van dit profiel.</translation>
    </message>
    <message>
        <source>Note: 4-7-8 sessions are at most %1 breaths until %2, this profile&apos;s first month with 4-7-8; after that they last as the plan says.</source>
        <translation>Let op: 4-7-8-oefeningen duren tot %2 hoogstens %1 ademhalingen, de eerste maand van dit profiel met 4-7-8; daarna duren ze zoals het plan zegt.</translation>
    </message>
    <message>
        <source>%1: %2: there is no relaxation session %3 in this version of BreathApp (see %4)</source>
        <translation>%1: %2: er is geen ontspanningssessie %3 in deze versie van BreathApp (zie %4)</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>zonder naam</translation>
    </message>
    <message>
        <source>Phase %1: %2 (%3)</source>
        <translation>Fase %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Noot: %1</translation>
    </message>
    <message>
        <source>Message from your therapist:</source>
        <translation>Boodschap van je therapeut:</translation>
    </message>
    <message>
        <source>On a bad day, your therapist advises:</source>
        <translation>Op een slechte dag raadt je therapeut aan:</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>telefoon %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>e-mail %1</translation>
    </message>
    <message>
        <source>when to call: %1</source>
        <translation>bellen: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>The app does not suggest contacting your therapist when pain stays high (your therapist turned it off).</source>
        <translation>De app stelt niet voor om je therapeut te contacteren als de pijn hoog blijft (je therapeut heeft dat uitgezet).</translation>
    </message>
    <message>
        <source>Suggested reminder times: %1</source>
        <translation>Voorgestelde herinneringsuren: %1</translation>
    </message>
    <message>
        <source>until your therapist moves you on</source>
        <translation>tot je therapeut je verder laat gaan</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>één keer per dag</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>twee keer per dag</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>één keer per week</translation>
    </message>
    <message>
        <source>twice a week</source>
        <translation>twee keer per week</translation>
    </message>
    <message>
        <source>relaxation: %1, %2</source>
        <translation>ontspanning: %1, %2</translation>
    </message>
    <message>
        <source>breathing %1, %2 breaths a minute, %3 minutes</source>
        <translation>ademen %1, %2 ademhalingen per minuut, %3 minuten</translation>
    </message>
    <message>
        <source>, easing in from %1 breaths a minute over %2 minutes</source>
        <translation>, rustig beginnend bij %1 ademhalingen per minuut, over %2 minuten</translation>
    </message>
    <message>
        <source>, with breath holds</source>
        <translation>, met adem vasthouden</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the history file was damaged and there was no backup to restore; it was set aside as %1 and a new, empty history was started</source>
        <translation>het geschiedenisbestand was beschadigd en er was geen reservekopie om terug te zetten; het is opzijgezet als %1 en er is een nieuwe, lege geschiedenis begonnen</translation>
    </message>
    <message>
        <source>the history file was damaged; it was set aside as %1 and the backup of %2 was restored (sessions after it are not in it)</source>
        <translation>het geschiedenisbestand was beschadigd; het is opzijgezet als %1 en de reservekopie van %2 is teruggezet (oefeningen van daarna staan er niet in)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Use a passphrase instead</source>
        <translation>Liever een wachtzin gebruiken</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>heart</name>
    <message>
        <source>Breathe with the guide: after a few breaths you see your heart follow.</source>
        <translation>Adem mee met de ademfiguur: na een paar ademhalingen zie je je hart meevolgen.</translation>
    </message>
    <message>
        <source>The signal is back.</source>
        <translation>Het signaal is terug.</translation>
    </message>
    <message>
        <source>No heart rate strap in use.</source>
        <translation>Geen hartslagband in gebruik.</translation>
    </message>
    <message>
        <source>Looking for your strap…</source>
        <translation>Zoeken naar je band…</translation>
    </message>
    <message>
        <source>Connecting to your strap…</source>
        <translation>Verbinden met je band…</translation>
    </message>
    <message>
        <source>Connected: your heartbeats come in.</source>
        <translation>Verbonden: je hartslagen komen binnen.</translation>
    </message>
    <message>
        <source>Signal lost: trying again. The session goes on.</source>
        <translation>Signaal kwijt: we proberen opnieuw. De sessie gaat gewoon door.</translation>
    </message>
    <message>
        <source>Bluetooth is not available here. The session goes on without it.</source>
        <translation>Bluetooth is hier niet beschikbaar. De sessie gaat zonder Bluetooth verder.</translation>
    </message>
    <message>
        <source>The replay has ended.</source>
        <translation>De opname is helemaal afgespeeld.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Week of %1</source>
        <translation>Week van %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>goal %1 min</source>
        <translation>doel %1 min</translation>
    </message>
    <message>
        <source>Bar: the minutes you practised that day</source>
        <translation>Staaf: de minuten die je die dag oefende</translation>
    </message>
    <message>
        <source>Dashed line: your goal of %1 a day</source>
        <translation>Stippellijn: je doel van %1 per dag</translation>
    </message>
    <message>
        <source>Dot below a day: you moved that day</source>
        <translation>Bolletje onder een dag: je bewoog die dag</translation>
    </message>
    <message>
        <source>Dot below a day: you moved 15 minutes or more</source>
        <translation>Bolletje onder een dag: je bewoog 15 minuten of meer</translation>
    </message>
    <message>
        <source>Bar: the minutes you practised that week</source>
        <translation>Staaf: de minuten die je die week oefende</translation>
    </message>
    <message>
        <source>Dashed line: your goal of %1 a day, for 7 days</source>
        <translation>Stippellijn: je doel van %1 per dag, voor 7 dagen</translation>
    </message>
    <message>
        <source>moved 15 minutes or more</source>
        <translation>15 minuten of meer bewogen</translation>
    </message>
    <message>
        <source>moved %1</source>
        <translation>%1 bewogen</translation>
    </message>
    <message>
        <source>moved %1 (your goal: %2)</source>
        <translation>%1 bewogen (je doel: %2)</translation>
    </message>
    <message>
        <source>minutes moved this week: %1 or more</source>
        <translation>minuten bewogen deze week: %1 of meer</translation>
    </message>
    <message>
        <source>minutes moved this week: %1</source>
        <translation>minuten bewogen deze week: %1</translation>
    </message>
    <message>
        <source>no practice</source>
        <translation>niet geoefend</translation>
    </message>
    <message>
        <source>goal %1 min a day</source>
        <translation>doel %1 min per dag</translation>
    </message>
    <message>
        <source>Dot: your breathing pace that week, on average</source>
        <translation>Bolletje: je ademtempo die week, gemiddeld</translation>
    </message>
    <message>
        <source>Dot: your breathing pace that day</source>
        <translation>Bolletje: je ademtempo die dag</translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation>0 tot 10</translation>
    </message>
    <message>
        <source>Tension, the week&apos;s average: before (open dot) and after</source>
        <translation>Spanning, gemiddeld over de week: ervoor (open bolletje) en erna</translation>
    </message>
    <message>
        <source>Tension before a session (open dot) and after</source>
        <translation>Spanning voor een sessie (open bolletje) en erna</translation>
    </message>
    <message>
        <source>Pain, the week&apos;s average: before (open square) and after</source>
        <translation>Pijn, gemiddeld over de week: ervoor (open vierkantje) en erna</translation>
    </message>
    <message>
        <source>Pain before a session (open square) and after</source>
        <translation>Pijn voor een sessie (open vierkantje) en erna</translation>
    </message>
    <message>
        <source>Ring: a change in pain you can feel (2 points or 30 %)</source>
        <translation>Ring: een verschil in pijn dat je kan voelen (2 punten of 30 %)</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Spanning</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pijn</translation>
    </message>
    <message>
        <source>a difference in pain you can feel</source>
        <translation>een verschil in pijn dat je kan voelen</translation>
    </message>
    <message>
        <source>Tension on average</source>
        <translation>Spanning gemiddeld</translation>
    </message>
    <message>
        <source>Pain on average</source>
        <translation>Pijn gemiddeld</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>per minuut</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessies</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>week van %1</translation>
    </message>
    <message>
        <source>Pale bar: the sessions your therapist planned</source>
        <translation>Lichte staaf: de sessies die je therapeut plande</translation>
    </message>
    <message>
        <source>Full bar: the sessions you did</source>
        <translation>Volle staaf: de sessies die je deed</translation>
    </message>
    <message>
        <source>planned sessions this week</source>
        <translation>geplande sessies deze week</translation>
    </message>
    <message>
        <source>moved 15 minutes or more this week</source>
        <translation>deze week 15 minuten of meer bewogen</translation>
    </message>
    <message>
        <source>moved this week (a tick: 15 minutes or more)</source>
        <translation>deze week bewogen (een vinkje: 15 minuten of meer)</translation>
    </message>
    <message>
        <source>moved this week</source>
        <translation>deze week bewogen</translation>
    </message>
    <message>
        <source>No practice yet this week.</source>
        <translation>Deze week nog geen oefening.</translation>
    </message>
    <message>
        <source>After a session you felt on average %1 points less tense.</source>
        <translation>Na een sessie voelde je je gemiddeld %1 punten minder gespannen.</translation>
    </message>
    <message>
        <source>After a session your tension was on average %1 points higher.</source>
        <translation>Na een sessie was je spanning gemiddeld %1 punten hoger.</translation>
    </message>
    <message>
        <source>After a session your tension was on average about the same.</source>
        <translation>Na een sessie was je spanning gemiddeld ongeveer even hoog.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 punten</translation>
    </message>
    <message>
        <source>%1 points less tense</source>
        <translation>%1 punten minder gespannen</translation>
    </message>
    <message>
        <source>%1 points more tense</source>
        <translation>%1 punten meer gespannen</translation>
    </message>
    <message>
        <source>about as tense as before</source>
        <translation>ongeveer even gespannen als ervoor</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Breathe in</source>
        <translation>Adem in</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Nog een beetje in</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Adem uit</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Houd vast</translation>
    </message>
    <message>
        <source>Calm belly breathing</source>
        <translation>Rustig buikademen</translation>
    </message>
    <message>
        <source>Even breathing</source>
        <translation>Gelijkmatig ademen</translation>
    </message>
    <message>
        <source>Even breathing, a little slower</source>
        <translation>Gelijkmatig ademen, iets trager</translation>
    </message>
    <message>
        <source>Long breath out</source>
        <translation>Lang uitademen</translation>
    </message>
    <message>
        <source>Gentle start</source>
        <translation>Zachte start</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <translation>Vierkant ademen</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>4-7-8-ademhaling</translation>
    </message>
    <message>
        <source>Double breath in, long sigh out</source>
        <translation>Twee keer in, een lange zucht</translation>
    </message>
    <message>
        <source>A longer breath out than in. A good pattern to begin with.</source>
        <translation>Langer uit dan in. Een goed patroon om mee te beginnen.</translation>
    </message>
    <message>
        <source>As long in as out, about six breaths a minute.</source>
        <translation>Even lang in als uit, ongeveer zes ademhalingen per minuut.</translation>
    </message>
    <message>
        <source>As long in as out, a touch slower still.</source>
        <translation>Even lang in als uit, nog een tikje trager.</translation>
    </message>
    <message>
        <source>Short in, long out. Nice in the evening, to wind down.</source>
        <translation>Kort in, lang uit. Fijn &apos;s avonds, om tot rust te komen.</translation>
    </message>
    <message>
        <source>A little quicker, for when six a minute still feels too slow.</source>
        <translation>Iets sneller, voor als zes per minuut nog te traag aanvoelt.</translation>
    </message>
    <message>
        <source>With two short pauses. Can steady you in a tense moment.</source>
        <translation>Je houdt je adem twee keer kort vast. Kan je rust geven op een gespannen moment.</translation>
    </message>
    <message>
        <source>With a long pause. In the first month, keep it to four breaths.</source>
        <translation>Je houdt je adem lang vast. Houd het de eerste maand bij vier ademhalingen.</translation>
    </message>
    <message>
        <source>Breathe in, add a small second breath, then sigh out slowly.</source>
        <translation>Adem in, neem er nog een klein beetje bij en zucht dan traag uit.</translation>
    </message>
    <message>
        <source>%1 breaths per minute</source>
        <translation>%1 ademhalingen per minuut</translation>
    </message>
    <message>
        <source>in : out = 1 : %1</source>
        <translation>in : uit = 1 : %1</translation>
    </message>
    <message>
        <source>with pauses</source>
        <translation>met adem vasthouden</translation>
    </message>
    <message>
        <source>Belly figure</source>
        <translation>Buikfiguur</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>ademhalingen</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>minder dan een minuut</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>Breathing in</source>
        <translation>Inademen</translation>
    </message>
    <message>
        <source>The second breath in</source>
        <translation>De tweede inademing</translation>
    </message>
    <message>
        <source>The pause after breathing in</source>
        <translation>Het vasthouden na het inademen</translation>
    </message>
    <message>
        <source>Breathing out</source>
        <translation>Uitademen</translation>
    </message>
    <message>
        <source>The pause after breathing out</source>
        <translation>Het vasthouden na het uitademen</translation>
    </message>
    <message>
        <source>%1 can be %2 to %3 seconds, not %4.</source>
        <translation>%1 kan %2 tot %3 seconden duren, niet %4.</translation>
    </message>
    <message>
        <source>One whole breath can last at most %1 seconds; this one lasts %2.</source>
        <translation>Een hele ademhaling duurt hoogstens %1 seconden; deze duurt %2.</translation>
    </message>
    <message>
        <source>The pace can be %1 to %2 breaths per minute, not %3.</source>
        <translation>Het tempo kan %1 tot %2 ademhalingen per minuut zijn, niet %3.</translation>
    </message>
    <message>
        <source>Breathing out can last one to two times as long as breathing in.</source>
        <translation>Uitademen kan één tot twee keer zo lang duren als inademen.</translation>
    </message>
    <message>
        <source>Slowing down can take %1 to %2 minutes.</source>
        <translation>Vertragen kan %1 tot %2 minuten duren.</translation>
    </message>
    <message>
        <source>This pattern is not clear. Write it as in-pause-out-pause, for example 4-0-6-0.</source>
        <translation>Dit patroon is niet duidelijk. Schrijf het als in-vasthouden-uit-vasthouden, bijvoorbeeld 4-0-6-0.</translation>
    </message>
    <message>
        <source>A session can last half a minute to 3 hours.</source>
        <translation>Een sessie kan een halve minuut tot 3 uur duren.</translation>
    </message>
    <message>
        <source>A session can last 1 to 2000 breaths.</source>
        <translation>Een sessie kan 1 tot 2000 ademhalingen duren.</translation>
    </message>
    <message>
        <source>BreathApp keeps your history, its backups and its log here:
%1

Saving under this name could replace them. Please choose another folder or name.</source>
        <translation>Hier bewaart BreathApp je oefengeschiedenis, de reservekopieën en het logboek:
%1

Bewaren onder deze naam zou ze kunnen vervangen. Kies een andere map of naam.</translation>
    </message>
    <message>
        <source>BreathApp cannot save in this folder:
%1

Choose another folder with --data-dir, or ask whoever looks after this computer for write access.</source>
        <translation>BreathApp kan niet bewaren in deze map:
%1

Kies een andere map met --data-dir, of vraag aan wie deze computer beheert om schrijfrechten.</translation>
    </message>
    <message>
        <source>The disk is full, so your practice cannot be saved right now. Nothing is lost: BreathApp keeps it and saves it as soon as there is room again.</source>
        <translation>De schijf is vol, dus je oefening kan nu niet bewaard worden. Er gaat niets verloren: BreathApp houdt ze bij en bewaart ze zodra er weer plaats is.</translation>
    </message>
    <message>
        <source>The folder with your practice is read-only:
%1

BreathApp keeps your practice and saves it as soon as it may write again.</source>
        <translation>De map met je oefeningen is alleen-lezen:
%1

BreathApp houdt je oefening bij en bewaart ze zodra dat weer mag.</translation>
    </message>
    <message>
        <source>Your practice history was saved by a newer version of BreathApp:
%1

This version leaves it untouched. Please install the newer version again.</source>
        <translation>Je oefengeschiedenis is bewaard door een nieuwere versie van BreathApp:
%1

Deze versie laat ze onaangeroerd. Installeer de nieuwere versie opnieuw.</translation>
    </message>
    <message>
        <source>The file with your practice could not be read or written:
%1

BreathApp keeps what you practise and tries again.</source>
        <translation>Het bestand met je oefeningen kon niet gelezen of geschreven worden:
%1

BreathApp houdt bij wat je oefent en probeert het opnieuw.</translation>
    </message>
    <message>
        <source>Breathing safely</source>
        <translation>Veilig ademen</translation>
    </message>
    <message>
        <source>&lt;p&gt;BreathApp helps you practise calm, slow breathing. Breathe gently: slower, not deeper.&lt;/p&gt;&lt;p&gt;Stop and breathe normally if you feel dizzy or light-headed, feel tingling, become short of breath or have pain in your chest. &lt;b&gt;I feel dizzy&lt;/b&gt; (or the D key) ends a session at once.&lt;/p&gt;&lt;p&gt;Not sure whether this is right for you? Ask your therapist or doctor.&lt;/p&gt;&lt;p&gt;BreathApp is a practice aid, not a medical device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;BreathApp helpt je rustig en traag te leren ademen. Adem zacht: trager, niet dieper.&lt;/p&gt;&lt;p&gt;Stop en adem weer gewoon als je duizelig of licht in het hoofd wordt, tintelingen voelt, kortademig wordt of pijn in je borst hebt. &lt;b&gt;Ik voel me duizelig&lt;/b&gt; (of de toets D) stopt een sessie meteen.&lt;/p&gt;&lt;p&gt;Twijfel je of dit bij je past? Vraag het aan je therapeut of arts.&lt;/p&gt;&lt;p&gt;BreathApp is een hulp bij het oefenen, geen medisch hulpmiddel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This pattern has pauses (breath holds), and pauses are turned off for you. Please choose another pattern.</source>
        <translation>In dit patroon houd je je adem vast, en adem vasthouden staat voor jou uit. Kies een ander patroon.</translation>
    </message>
    <message>
        <source>The pattern %1</source>
        <translation>Het patroon %1</translation>
    </message>
    <message>
        <source>4-7-8 breathing is new for this profile. Until %1 it is done for at most 4 breaths at a time, as a short session of its own, so the pace did not change to it now.</source>
        <translation>4-7-8-ademhaling is nieuw voor dit profiel. Tot %1 doe je het hoogstens 4 ademhalingen na elkaar, als een korte sessie op zich. Daarom is het tempo nu niet veranderd.</translation>
    </message>
    <message>
        <source>This relaxation session breathes with pauses (breath holds), and this profile is set to breathe without them, so it was not started. Please choose another session.</source>
        <translation>In deze ontspanning houd je je adem vast, en dit profiel staat op ‘Geen adem vasthouden’. Daarom is ze niet gestart. Kies een andere ontspanning.</translation>
    </message>
    <message>
        <source>%1 has pauses where you hold your breath. This profile is set to breathe without pauses, so it was not started. Choose a pattern without pauses, for example %2.</source>
        <translation>In %1 houd je je adem vast. Dit profiel staat op ‘Geen adem vasthouden’, daarom is de sessie niet gestart. Kies een patroon zonder adem vasthouden, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <source>In the first month with 4-7-8 (until %1), a session is at most 4 breaths, a little over a minute. Start gently; longer sessions come later.</source>
        <translation>In de eerste maand met 4-7-8 (tot %1) duurt een sessie hoogstens 4 ademhalingen, iets meer dan een minuut. Begin rustig; langere sessies komen later.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan niet gelezen worden</translation>
    </message>
    <message>
        <source>is not written as the format asks</source>
        <translation>is niet geschreven zoals het formaat vraagt</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>is geen bekend veld</translation>
    </message>
    <message>
        <source>has the wrong kind of value</source>
        <translation>heeft een verkeerd soort waarde</translation>
    </message>
    <message>
        <source>is outside its limits</source>
        <translation>valt buiten de grenzen</translation>
    </message>
    <message>
        <source>has a value that is not allowed</source>
        <translation>heeft een waarde die niet mag</translation>
    </message>
    <message>
        <source>does not match the file name</source>
        <translation>past niet bij de naam van het bestand</translation>
    </message>
    <message>
        <source>has breath holds, which relaxation never uses</source>
        <translation>houdt de adem vast, en dat doet een ontspanning nooit</translation>
    </message>
    <message>
        <source>makes the session too long</source>
        <translation>maakt de sessie te lang</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>stap %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>veld &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>plan_labels</name>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>pattern or session</source>
        <translation>patroon of sessie</translation>
    </message>
    <message>
        <source>kind of session</source>
        <translation>soort sessie</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>start rate of the slow-down</source>
        <translation>begintempo van het vertragen</translation>
    </message>
    <message>
        <source>minutes of the slow-down</source>
        <translation>minuten van het vertragen</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>hoe vaak</translation>
    </message>
    <message>
        <source>per day or per week</source>
        <translation>per dag of per week</translation>
    </message>
    <message>
        <source>when the next phase starts</source>
        <translation>wanneer de volgende fase begint</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>message</source>
        <translation>boodschap</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>contactgegevens</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>therapeut</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>praktijk</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>when to call</source>
        <translation>wanneer bellen</translation>
    </message>
    <message>
        <source>reminder times</source>
        <translation>herinneringsuren</translation>
    </message>
    <message>
        <source>file type</source>
        <translation>soort bestand</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>fasen</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessies</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>recorded voice</source>
        <translation>opgenomen stem</translation>
    </message>
    <message>
        <source>minutes of movement</source>
        <translation>minuten beweging</translation>
    </message>
    <message>
        <source>which movement</source>
        <translation>welke beweging</translation>
    </message>
    <message>
        <source>advice for a bad day</source>
        <translation>advies voor een slechte dag</translation>
    </message>
    <message>
        <source>suggest contacting the therapist</source>
        <translation>voorstellen om de therapeut te contacteren</translation>
    </message>
    <message>
        <source>At byte %1 of the file</source>
        <translation>Bij byte %1 van het bestand</translation>
    </message>
    <message>
        <source>Line %1, column %2 of the file</source>
        <translation>Regel %1, kolom %2 van het bestand</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>sessie %1</translation>
    </message>
    <message>
        <source>reminder time %1</source>
        <translation>herinneringsuur %1</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>Het plan heeft een titel nodig.</translation>
    </message>
    <message>
        <source>A plan needs at least one phase.</source>
        <translation>Een plan heeft minstens één fase nodig.</translation>
    </message>
    <message>
        <source>Every phase needs at least one session.</source>
        <translation>Elke fase heeft minstens één sessie nodig.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Dit mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>This must be between %1 and %2.</source>
        <translation>Dit moet tussen %1 en %2 liggen.</translation>
    </message>
    <message>
        <source>There are too many: at most %1.</source>
        <translation>Dat zijn er te veel: hoogstens %1.</translation>
    </message>
    <message>
        <source>Something is missing here.</source>
        <translation>Hier ontbreekt iets.</translation>
    </message>
    <message>
        <source>This holds the wrong kind of value.</source>
        <translation>Hier staat een verkeerd soort waarde.</translation>
    </message>
    <message>
        <source>This number is outside what BreathApp allows.</source>
        <translation>Dit getal valt buiten wat BreathApp toelaat.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Deze tekst is te lang.</translation>
    </message>
    <message>
        <source>There are too many here.</source>
        <translation>Hier staan er te veel.</translation>
    </message>
    <message>
        <source>BreathApp does not know this breathing pattern. Use a pattern from the list, or seconds such as 4-0-6-0.</source>
        <translation>BreathApp kent dit ademhalingspatroon niet. Kies een patroon uit de lijst, of seconden zoals 4-0-6-0.</translation>
    </message>
    <message>
        <source>This relaxation session is not in this version of BreathApp.</source>
        <translation>Deze ontspanning zit niet in deze versie van BreathApp.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, for example 08:30.</source>
        <translation>Schrijf het uur als uren en minuten, bijvoorbeeld 08:30.</translation>
    </message>
    <message>
        <source>BreathApp does not know this value.</source>
        <translation>BreathApp kent deze waarde niet.</translation>
    </message>
    <message>
        <source>BreathApp does not know this part of the file.</source>
        <translation>BreathApp kent dit deel van het bestand niet.</translation>
    </message>
    <message>
        <source>This file is not a BreathApp plan.</source>
        <translation>Dit bestand is geen plan van BreathApp.</translation>
    </message>
    <message>
        <source>This plan was made with a newer version of BreathApp. Install the newer version to open it.</source>
        <translation>Dit plan is gemaakt met een nieuwere versie van BreathApp. Installeer die nieuwere versie om het te openen.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a plan, so it cannot be read.</source>
        <translation>Dit bestand is beschadigd of is geen plan, dus het kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>This file is too large to be a plan.</source>
        <translation>Dit bestand is te groot voor een plan.</translation>
    </message>
    <message>
        <source>The recorded voice that came with this plan cannot be used. Your therapist can send the plan again.</source>
        <translation>De opgenomen stem bij dit plan kan niet gebruikt worden. Je therapeut kan je het plan opnieuw sturen.</translation>
    </message>
    <message>
        <source>The pattern %1 has breath holds, and this profile is set to no breath holds. The plan was not saved. Ask your therapist for a plan without holds.</source>
        <translation>In het patroon %1 houd je je adem vast, en dit profiel staat op ‘Geen adem vasthouden’. Het plan is niet bewaard. Vraag je therapeut om een plan zonder adem vasthouden.</translation>
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
        <translation>Een ademhalingspatroon</translation>
    </message>
    <message>
        <source>Your own pattern</source>
        <translation>Je eigen patroon</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>één keer per dag</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>twee keer per dag</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>één keer per week</translation>
    </message>
    <message>
        <source>twice a week</source>
        <translation>twee keer per week</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Relaxation session “%1”</source>
        <translation>Ontspanning “%1”</translation>
    </message>
    <message>
        <source>starting at %1 breaths a minute, slowing down over %2</source>
        <translation>begint bij %1 ademhalingen per minuut en vertraagt in %2</translation>
    </message>
    <message>
        <source>Done for this week</source>
        <translation>Gedaan voor deze week</translation>
    </message>
    <message>
        <source>%1 of %2 done this week</source>
        <translation>%1 van %2 gedaan deze week</translation>
    </message>
    <message>
        <source>Done for today</source>
        <translation>Gedaan voor vandaag</translation>
    </message>
    <message>
        <source>Not yet today</source>
        <translation>Nog niet vandaag</translation>
    </message>
    <message>
        <source>%1 of %2 done today</source>
        <translation>%1 van %2 gedaan vandaag</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation>Fase %1 van %2</translation>
    </message>
    <message>
        <source>day %1 of %2</source>
        <translation>dag %1 van %2</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>dag %1</translation>
    </message>
    <message>
        <source>This is the last phase: keep it up for as long as it helps you.</source>
        <translation>Dit is de laatste fase: blijf ze doen zolang ze je helpt.</translation>
    </message>
    <message>
        <source>This phase lasts until your therapist moves you on.</source>
        <translation>Deze fase duurt tot je therapeut je naar de volgende laat gaan.</translation>
    </message>
    <message>
        <source>Next: %1, when your therapist says so.</source>
        <translation>Volgende: %1, wanneer je therapeut het zegt.</translation>
    </message>
    <message>
        <source>Next: %1, from %2.</source>
        <translation>Volgende: %1, vanaf %2.</translation>
    </message>
    <message>
        <source>If your pain stays high or rises, BreathApp will suggest contacting your therapist.</source>
        <translation>Als je pijn hoog blijft of toeneemt, stelt BreathApp voor om contact op te nemen met je therapeut.</translation>
    </message>
    <message>
        <source>BreathApp will not suggest contacting your therapist when the pain stays high or rises.</source>
        <translation>BreathApp stelt niet voor om contact op te nemen met je therapeut als de pijn hoog blijft of toeneemt.</translation>
    </message>
    <message>
        <source>When the therapist says</source>
        <translation>Wanneer de therapeut het zegt</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>My profile</source>
        <translation>Mijn profiel</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Practice report</source>
        <translation>Oefenverslag</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>counted up to %1</source>
        <translation>geteld tot %1</translation>
    </message>
    <message>
        <source>No practice was recorded in this period.</source>
        <translation>In deze periode is er geen oefening bijgehouden.</translation>
    </message>
    <message>
        <source>When there is practice in the chosen period, this report shows the days, the minutes and the ratings before and after the sessions.</source>
        <translation>Als er in de gekozen periode geoefend is, toont dit verslag de dagen, de minuten en de scores voor en na de sessies.</translation>
    </message>
    <message>
        <source>not rated in this period</source>
        <translation>geen score in deze periode</translation>
    </message>
    <message>
        <source>%1 → %2 (change %3; %4)</source>
        <translation>%1 → %2 (verandering %3; %4)</translation>
    </message>
    <message>
        <source>Notes for you</source>
        <translation>Notities voor jou</translation>
    </message>
    <message>
        <source>Minutes moved each week (Monday to Sunday), and the days the daily movement goal of the plan&apos;s phase was met. “or more”: a day ticked as 15 minutes or more.</source>
        <translation>Minuten bewogen per week (maandag tot zondag), en de dagen waarop het dagelijkse bewegingsdoel van de fase in het plan gehaald werd. “of meer”: een dag aangevinkt als 15 minuten of meer.</translation>
    </message>
    <message>
        <source>Movement by week</source>
        <translation>Beweging per week</translation>
    </message>
    <message>
        <source>on a bad day</source>
        <translation>op een slechte dag</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week van</translation>
    </message>
    <message>
        <source>Minutes moved</source>
        <translation>Minuten bewogen</translation>
    </message>
    <message>
        <source>Days moved</source>
        <translation>Dagen bewogen</translation>
    </message>
    <message>
        <source>Days at the goal</source>
        <translation>Dagen met het doel gehaald</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 of meer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Dagen geoefend</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Totale tijd</translation>
    </message>
    <message>
        <source>Average on a day with practice</source>
        <translation>Gemiddeld op een oefendag</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Days with 15 minutes or more of movement</source>
        <translation>Dagen met 15 minuten of meer beweging</translation>
    </message>
    <message>
        <source>Tension before → after, on average (0 to 10)</source>
        <translation>Spanning ervoor → erna, gemiddeld (0 tot 10)</translation>
    </message>
    <message>
        <source>Pain before → after, on average (0 to 10)</source>
        <translation>Pijn ervoor → erna, gemiddeld (0 tot 10)</translation>
    </message>
    <message>
        <source>Sessions with 2 points or 30 % less pain</source>
        <translation>Sessies met 2 punten of 30 % minder pijn</translation>
    </message>
    <message>
        <source>Breaths per minute, first week → last week</source>
        <translation>Ademhalingen per minuut, eerste week → laatste week</translation>
    </message>
    <message>
        <source>Sessions ended with “I feel dizzy”</source>
        <translation>Sessies gestopt met “Ik voel me duizelig”</translation>
    </message>
    <message>
        <source>Bad days logged</source>
        <translation>Slechte dagen genoteerd</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Ratings and breathing</source>
        <translation>Scores en ademhaling</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minuten per dag</translation>
    </message>
    <message>
        <source>Minutes per day, as a weekly average</source>
        <translation>Minuten per dag, als weekgemiddelde</translation>
    </message>
    <message>
        <source>goal %1 min</source>
        <translation>doel %1 min</translation>
    </message>
    <message>
        <source>Pain, weekly average</source>
        <translation>Pijn, weekgemiddelde</translation>
    </message>
    <message>
        <source>Tension, weekly average</source>
        <translation>Spanning, weekgemiddelde</translation>
    </message>
    <message>
        <source>No ratings in this period.</source>
        <translation>Geen scores in deze periode.</translation>
    </message>
    <message>
        <source>before</source>
        <translation>ervoor</translation>
    </message>
    <message>
        <source>after</source>
        <translation>erna</translation>
    </message>
    <message>
        <source>Breaths per minute, per day</source>
        <translation>Ademhalingen per minuut, per dag</translation>
    </message>
    <message>
        <source>No breathing sessions in this period.</source>
        <translation>Geen ademsessies in deze periode.</translation>
    </message>
    <message>
        <source>Planned sessions per week</source>
        <translation>Geplande sessies per week</translation>
    </message>
    <message>
        <source>Own pattern %1</source>
        <translation>Eigen patroon %1</translation>
    </message>
    <message>
        <source>Shown live: %1</source>
        <translation>Live getoond: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>Most recent sessions</source>
        <translation>Meest recente sessies</translation>
    </message>
    <message>
        <source>All sessions in this period, the most recent first.</source>
        <translation>Alle sessies in deze periode, de meest recente eerst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Spanning</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pijn</translation>
    </message>
    <message>
        <source>Dizzy</source>
        <translation>Duizelig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>dizzy</source>
        <translation>duizelig</translation>
    </message>
    <message>
        <source>BreathApp — a practice aid, not a medical device. Self-ratings are the patient&apos;s own, not a test.</source>
        <translation>BreathApp — een hulp bij het oefenen, geen medisch hulpmiddel. De scores zijn de eigen inschatting van de patiënt, geen test.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Resonance pace test</source>
        <translation>Test van het resonantietempo</translation>
    </message>
    <message>
        <source>%1 (stopped early)</source>
        <translation>%1 (voortijdig gestopt)</translation>
    </message>
    <message>
        <source>Suggested pace: none (too few clean beats)</source>
        <translation>Voorgesteld tempo: geen (te weinig zuivere hartslagen)</translation>
    </message>
    <message>
        <source>Suggested pace: %1 breaths a minute (%2)</source>
        <translation>Voorgesteld tempo: %1 ademhalingen per minuut (%2)</translation>
    </message>
    <message>
        <source>Chosen pace: not chosen yet</source>
        <translation>Gekozen tempo: nog niet gekozen</translation>
    </message>
    <message>
        <source>Chosen pace: %1 breaths a minute</source>
        <translation>Gekozen tempo: %1 ademhalingen per minuut</translation>
    </message>
    <message>
        <source>The guide paced each rate for %1, breathing in for %2 % of each breath, with %3 of free breathing between. The swing is how far the heart rate rises and falls within one breath: a bigger wave means the heart follows the breath well at that pace. LF power is the RR series&apos; power from 0.04 to 0.15 Hz.</source>
        <translation>De ademfiguur gaf elk tempo %1 aan, met inademen gedurende %2 % van elke ademhaling en telkens %3 vrij ademen ertussen. De schommeling is hoe ver de hartslag stijgt en daalt binnen één ademhaling: een grotere golf betekent dat het hart de adem bij dat tempo goed volgt. Het LF-vermogen is het vermogen van de RR-reeks van 0,04 tot 0,15 Hz.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Pace (breaths a minute)</source>
        <translation>Tempo (ademhalingen per minuut)</translation>
    </message>
    <message>
        <source>Swing (beats a minute)</source>
        <translation>Schommeling (slagen per minuut)</translation>
    </message>
    <message>
        <source>LF power (ms²)</source>
        <translation>LF-vermogen (ms²)</translation>
    </message>
    <message>
        <source>LF peak (Hz)</source>
        <translation>LF-piek (Hz)</translation>
    </message>
    <message>
        <source>In step</source>
        <translation>In fase</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Slagen</translation>
    </message>
    <message>
        <source>Artefacts</source>
        <translation>Artefacten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>breaths a minute</source>
        <translation>ademhalingen per minuut</translation>
    </message>
</context>
</TS>
