<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>Includes a recorded voice: %1, %n steps</source>
        <translation>
            <numerusform>Includes a recorded voice: %1, %n step</numerusform>
            <numerusform>Includes a recorded voice: %1, %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move every day: %n minutes of %1</source>
        <translation>
            <numerusform>Move every day: %n minute of %1</numerusform>
            <numerusform>Move every day: %n minutes of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move every day: %n minutes</source>
        <translation>
            <numerusform>Move every day: %n minute</numerusform>
            <numerusform>Move every day: %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n time a day</numerusform>
            <numerusform>%n times a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n time a week</numerusform>
            <numerusform>%n times a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the history file was damaged and there was no backup to restore; it was set aside as %1 and a new history was started with the %n sessions still readable in it</source>
        <translation>
            <numerusform>the history file was damaged and there was no backup to restore; it was set aside as %1 and a new history was started with the %n session still readable in it</numerusform>
            <numerusform>the history file was damaged and there was no backup to restore; it was set aside as %1 and a new history was started with the %n sessions still readable in it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the history file was damaged; it was set aside as %1 and the backup of %2 was restored; %n sessions were read back from the damaged file, others after the backup may be missing</source>
        <translation>
            <numerusform>the history file was damaged; it was set aside as %1 and the backup of %2 was restored; %n session was read back from the damaged file, others after the backup may be missing</numerusform>
            <numerusform>the history file was damaged; it was set aside as %1 and the backup of %2 was restored; %n sessions were read back from the damaged file, others after the backup may be missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with practice</source>
        <translation>
            <numerusform>%n day with practice</numerusform>
            <numerusform>%n days with practice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved 15 minutes or more on %n days</source>
        <translation>
            <numerusform>moved 15 minutes or more on %n day</numerusform>
            <numerusform>moved 15 minutes or more on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n days at your goal of %2</source>
        <translation>
            <numerusform>%1 of %n day at your goal of %2</numerusform>
            <numerusform>%1 of %n days at your goal of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week you practised %n days, %1.</source>
        <translation>
            <numerusform>This week you practised %n day, %1.</numerusform>
            <numerusform>This week you practised %n days, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions rated</source>
        <translation>
            <numerusform>%n session rated</numerusform>
            <numerusform>%n sessions rated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n planned sessions done</source>
        <translation>
            <numerusform>%1 of %n planned session done</numerusform>
            <numerusform>%1 of %n planned sessions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>days at your goal of %n minutes this week</source>
        <translation>
            <numerusform>days at your goal of %n minute this week</numerusform>
            <numerusform>days at your goal of %n minutes this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps recorded</source>
        <translation>
            <numerusform>%1 of %n step recorded</numerusform>
            <numerusform>%1 of %n steps recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 most recent of %Ln sessions in this period.</source>
        <translation>
            <numerusform>The %1 most recent of %Ln session in this period.</numerusform>
            <numerusform>The %1 most recent of %Ln sessions in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bad days logged: %Ln days</source>
        <translation>
            <numerusform>Bad days logged: %Ln day</numerusform>
            <numerusform>Bad days logged: %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln days</source>
        <translation>
            <numerusform>%1 of %Ln day</numerusform>
            <numerusform>%1 of %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days with at least the daily goal of %Ln minutes</source>
        <translation>
            <numerusform>Days with at least the daily goal of %Ln minute</numerusform>
            <numerusform>Days with at least the daily goal of %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln listed sessions</source>
        <translation>
            <numerusform>%1 of the %Ln listed session</numerusform>
            <numerusform>%1 of the %Ln listed sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes per day, as an average over %n days</source>
        <translation>
            <numerusform>Minutes per day, as an average over %n day</numerusform>
            <numerusform>Minutes per day, as an average over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln planned sessions done</source>
        <translation>
            <numerusform>%1 of %Ln planned session done</numerusform>
            <numerusform>%1 of %Ln planned sessions done</numerusform>
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
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n time a day</numerusform>
            <numerusform>%n times a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n time a week</numerusform>
            <numerusform>%n times a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This phase lasts %n days; then the next one starts by itself.</source>
        <translation>
            <numerusform>This phase lasts %n day; then the next one starts by itself.</numerusform>
            <numerusform>This phase lasts %n days; then the next one starts by itself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Movement each day: %n minutes</source>
        <translation>
            <numerusform>Movement each day: %n minute</numerusform>
            <numerusform>Movement each day: %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Movement each day: %n minutes, %1</source>
        <translation>
            <numerusform>Movement each day: %n minute, %1</numerusform>
            <numerusform>Movement each day: %n minutes, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n days</source>
        <translation>
            <numerusform>After %n day</numerusform>
            <numerusform>After %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
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
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>4-7-8 breathing is new for you: until %1, one session is at most %n breaths. This one ends after %n breaths.</source>
        <translation>
            <numerusform>4-7-8 breathing is new for you: until %1, one session is at most %n breath. This one ends after %n breath.</numerusform>
            <numerusform>4-7-8 breathing is new for you: until %1, one session is at most %n breaths. This one ends after %n breaths.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes written for you in this period.</source>
        <translation>
            <numerusform>%Ln note written for you in this period.</numerusform>
            <numerusform>%Ln notes written for you in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %1 of %Ln weeks.</source>
        <translation>
            <numerusform>The last %1 of %Ln week.</numerusform>
            <numerusform>The last %1 of %Ln weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Optional; at most %n characters.</source>
        <translation>
            <numerusform>Optional; at most %n character.</numerusform>
            <numerusform>Optional; at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A goal of 1 to %n minutes a day, or no goal.</source>
        <translation>
            <numerusform>A goal of 1 to %n minute a day, or no goal.</numerusform>
            <numerusform>A goal of 1 to %n minutes a day, or no goal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For example walking or cycling; at most %n characters.</source>
        <translation>
            <numerusform>For example walking or cycling; at most %n character.</numerusform>
            <numerusform>For example walking or cycling; at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your heart follows your breath: %n beats a minute up and down</source>
        <translation>
            <numerusform>Your heart follows your breath: %n beat a minute up and down</numerusform>
            <numerusform>Your heart follows your breath: %n beats a minute up and down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Heart rate now: %n a minute</source>
        <translation>
            <numerusform>Heart rate now: %n a minute</numerusform>
            <numerusform>Heart rate now: %n a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n % of beats left out as unclear</source>
        <translation>
            <numerusform>%n % of beats left out as unclear</numerusform>
            <numerusform>%n % of beats left out as unclear</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n sessions are saved in:
%1</source>
        <translation>
            <numerusform>%n session is saved in:
%1</numerusform>
            <numerusform>%n sessions are saved in:
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file holds %n sessions, saved on %1. Add them to your history? Sessions you already have are left as they are.</source>
        <translation>
            <numerusform>This file holds %n session, saved on %1. Add it to your history? Sessions you already have are left as they are.</numerusform>
            <numerusform>This file holds %n sessions, saved on %1. Add them to your history? Sessions you already have are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions were added.</source>
        <translation>
            <numerusform>%n session was added.</numerusform>
            <numerusform>%n sessions were added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your history.</source>
        <translation>
            <numerusform>%n was already in your history.</numerusform>
            <numerusform>%n were already in your history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days you moved 15 minutes or more were added too.</source>
        <translation>
            <numerusform>%n day you moved 15 minutes or more was added too.</numerusform>
            <numerusform>%n days you moved 15 minutes or more were added too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideCanvas</name>
    <message numerus="yes">
        <source>%1, %n seconds left</source>
        <translation>
            <numerusform>%1, %n second left</numerusform>
            <numerusform>%1, %n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in all, in %n sessions</source>
        <translation>
            <numerusform>in all, in %n session</numerusform>
            <numerusform>in all, in %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovementQuestion</name>
    <message numerus="yes">
        <source>A number from 1 to %n minutes, please.</source>
        <translation>
            <numerusform>A number from 1 to %n minute, please.</numerusform>
            <numerusform>A number from 1 to %n minutes, please.</numerusform>
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
        <source>Your goal in this phase: %n minutes of %1</source>
        <translation>
            <numerusform>Your goal in this phase: %n minute of %1</numerusform>
            <numerusform>Your goal in this phase: %n minutes of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your goal in this phase: %n minutes a day</source>
        <translation>
            <numerusform>Your goal in this phase: %n minute a day</numerusform>
            <numerusform>Your goal in this phase: %n minutes a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n minutes.</source>
        <translation>
            <numerusform>Today: %n minute.</numerusform>
            <numerusform>Today: %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeFileWindow</name>
    <message numerus="yes">
        <source>Practice file of %1, saved on %2, with %n sessions. You are only looking: nothing from it is added to any profile on this computer.</source>
        <translation>
            <numerusform>Practice file of %1, saved on %2, with %n session. You are only looking: nothing from it is added to any profile on this computer.</numerusform>
            <numerusform>Practice file of %1, saved on %2, with %n sessions. You are only looking: nothing from it is added to any profile on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message numerus="yes">
        <source>That PIN is not right. You can try %n more times.</source>
        <translation>
            <numerusform>That PIN is not right. You can try %n more time.</numerusform>
            <numerusform>That PIN is not right. You can try %n more times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResonanceTimes</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResonanceView</name>
    <message numerus="yes">
        <source>Your heart follows your breath: a little faster on each breath in, a little slower on each breath out. At one pace that wave is biggest. The guide paces %n rates, from %1 to %2 breaths a minute, about %3 each, with a short rest between; then the test suggests the pace with the biggest wave.</source>
        <translation>
            <numerusform>Your heart follows your breath: a little faster on each breath in, a little slower on each breath out. At one pace that wave is biggest. The guide paces %n rate, from %1 to %2 breaths a minute, about %3, with a short rest between; then the test suggests the pace with the biggest wave.</numerusform>
            <numerusform>Your heart follows your breath: a little faster on each breath in, a little slower on each breath out. At one pace that wave is biggest. The guide paces %n rates, from %1 to %2 breaths a minute, about %3 each, with a short rest between; then the test suggests the pace with the biggest wave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message numerus="yes">
        <source>%1 of %n sessions</source>
        <translation>
            <numerusform>%1 of %n session</numerusform>
            <numerusform>%1 of %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupBar</name>
    <message numerus="yes">
        <source>%Ln breaths</source>
        <translation>
            <numerusform>%Ln breath</numerusform>
            <numerusform>%Ln breaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message numerus="yes">
        <source>%1 (%Ln steps)</source>
        <translation>
            <numerusform>%1 (%Ln step)</numerusform>
            <numerusform>%1 (%Ln steps)</numerusform>
        </translation>
    </message>
</context>
</TS>
