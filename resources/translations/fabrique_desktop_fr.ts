<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="20"/>
        <source>%1 — Fabrique Desktop</source>
        <translation>%1 — Fabrique Desktop</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="24"/>
        <source>Contents of the file</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="37"/>
        <source>Needs:</source>
        <translation>Besoins :</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="38"/>
        <source>Projects:</source>
        <translation>Projets :</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="39"/>
        <source>Holders:</source>
        <translation>Porteurs :</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="40"/>
        <source>Committees:</source>
        <translation>Comités :</translation>
    </message>
    <message>
        <location filename="../../fabrique_desktop/ui/main_window.py" line="41"/>
        <source>Late milestones:</source>
        <translation>Jalons en retard :</translation>
    </message>
</context>
</TS>
