<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Field</name>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="15" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="16" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="17" />
        <source>Badge number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="18" />
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="19" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="20" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="21" />
        <source>Grids responsible for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="22" />
        <source>On the village two committees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="23" />
        <source>Committee of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="24" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="25" />
        <source>Left on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="26" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="27" />
        <source>Reason voided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="28" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="29" />
        <source>Grid head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="30" />
        <source>Grid head's phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="31" />
        <source>Grid administrators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="32" />
        <source>Community police room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="33" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="34" />
        <source>Belongs to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="35" />
        <source>Responsible officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="36" />
        <source>Officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="37" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="38" />
        <source>Patrols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="39" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="40" />
        <source>Station name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="56" />
        <source>When / field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="56" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="56" />
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="66" />
        <source>created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="67" />
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="68" />
        <source>voided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="69" />
        <source>officer assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/widgets/history_view.py" line="70" />
        <source>officer removed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="20" />
        <source>Police officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="21" />
        <source>Auxiliary police</source>
        <translation>辅警</translation>
    </message>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="25" />
        <source>Community policing team</source>
        <translation>社区警务队</translation>
    </message>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="26" />
        <source>Case-handling team</source>
        <translation>办案队</translation>
    </message>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="27" />
        <source>Integrated command room</source>
        <translation>综合指挥室</translation>
    </message>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="31" />
        <source>Day</source>
        <translation>白班</translation>
    </message>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="32" />
        <source>Night</source>
        <translation>夜班</translation>
    </message>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="33" />
        <source>Standby</source>
        <translation>备勤</translation>
    </message>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="34" />
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="35" />
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="36" />
        <source>Sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="42" />
        <source>Street / town</source>
        <translation>街道/乡镇</translation>
    </message>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="43" />
        <source>Village / community</source>
        <translation>村/社区</translation>
    </message>
    <message>
        <location filename="../../stationdesk/domain/labels.py" line="44" />
        <source>Village group / grid</source>
        <translation>村民小组/网格</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="35" />
        <location filename="../../stationdesk/ui/main_window.py" line="167" />
        <source>StationDesk - %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="57" />
        <source>This ledger is not part of this version of StationDesk yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="59" />
        <source>Disputes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="59" />
        <source>Disputes and mediation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="61" />
        <source>Households &amp; visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="62" />
        <source>Households and visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="64" />
        <source>Roster &amp; grids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="65" />
        <source>Injuries on duty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="67" />
        <location filename="../../stationdesk/ui/main_window.py" line="69" />
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="71" />
        <source>The weekly report and dashboard are not part of this version yet. The weekly roster sheet prints from Roster &amp; grids (Ctrl+P).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="77" />
        <location filename="../../stationdesk/ui/main_window.py" line="79" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="81" />
        <source>Search across every ledger is not part of this version yet. Ctrl+F filters the list of the page you are on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="93" />
        <source>Signed in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="101" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="104" />
        <source>&amp;Settings...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="109" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="111" />
        <source>&amp;Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="112" />
        <source>&amp;New record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="113" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="114" />
        <source>&amp;Print...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="115" />
        <source>&amp;Cancel edits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="117" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="118" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="125" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="126" />
        <source>&amp;About StationDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="158" />
        <source>About StationDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/main_window.py" line="159" />
        <source>StationDesk %1
The records desk of a community police station.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../stationdesk/ui/pages/roster_page.py" line="24" />
        <source>Officers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/pages/roster_page.py" line="25" />
        <source>Week roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/pages/roster_page.py" line="26" />
        <source>Grids</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../stationdesk/ui/dialogs/settings_dialog.py" line="27" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/dialogs/settings_dialog.py" line="37" />
        <source>A new language applies the next time StationDesk starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/dialogs/settings_dialog.py" line="45" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/dialogs/settings_dialog.py" line="47" />
        <source>Station name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/ui/dialogs/settings_dialog.py" line="55" />
        <source>The station needs a name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../stationdesk/app.py" line="91" />
        <source>Name of this police station:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../stationdesk/app.py" line="115" />
        <source>StationDesk is already open on %1.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>