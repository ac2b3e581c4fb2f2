<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Badge number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grids responsible for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the village two committees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Committee of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason voided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grid head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grid head's phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grid administrators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Community police room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished">白班</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GridForm</name>
    <message>
        <source>11-digit mobile or landline like 0375-1234567</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One per line: name and phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has a community police room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop the changes (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grid head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head's phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible officer(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a node in the tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the station: a new street / town)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set on the Officers tab once the node is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (edited on the Officers tab)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GridPicker</name>
    <message>
        <source>Filter grids: street, community, grid, officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No grid ticked.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GridTreeModel</name>
    <message>
        <source>No responsible officer. Every grid has exactly one; assign one on the Officers tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 responsible officers (%2). Every grid has exactly one; fix it on the Officers tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grid head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible officer(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Police room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officers responsible for the grids below</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GridsTab</name>
    <message>
        <source>Filter by name, code, grid head or officer (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a street or town at the top of the tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a community below the chosen street, or a grid below a community (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void the chosen node (a reason is asked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing below a grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a village group or grid, the lowest level of the tree: nothing can be added below it. Choose its village or community to add a grid beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New street / town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New village or community in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New village group or grid in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why is %1 voided? It stays in the file and in its history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not voided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not voided:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voided %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the station)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the changes to the grid form first?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When / field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>officer assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>officer removed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>Police officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Auxiliary police</source>
        <translation>辅警</translation>
    </message>
    <message>
        <source>Community policing team</source>
        <translation>社区警务队</translation>
    </message>
    <message>
        <source>Case-handling team</source>
        <translation>办案队</translation>
    </message>
    <message>
        <source>Integrated command room</source>
        <translation>综合指挥室</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>白班</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜班</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>备勤</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Street / town</source>
        <translation>街道/乡镇</translation>
    </message>
    <message>
        <source>Village / community</source>
        <translation>村/社区</translation>
    </message>
    <message>
        <source>Village group / grid</source>
        <translation>村民小组/网格</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Marriage and family</source>
        <translation>婚姻家庭</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <source>Land and forest</source>
        <translation>山林土地</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同纠纷</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>损害赔偿</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>劳动争议</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物业纠纷</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>群众来访</translation>
    </message>
    <message>
        <source>110 call</source>
        <translation>110接警</translation>
    </message>
    <message>
        <source>Found on a household visit</source>
        <translation>走访发现</translation>
    </message>
    <message>
        <source>Referred by the village committee</source>
        <translation>村委会移交</translation>
    </message>
    <message>
        <source>Grade A</source>
        <translation>A级</translation>
    </message>
    <message>
        <source>Grade B</source>
        <translation>B级</translation>
    </message>
    <message>
        <source>Grade C</source>
        <translation>C级</translation>
    </message>
    <message>
        <source>Grade D</source>
        <translation>D级</translation>
    </message>
    <message>
        <source>May turn violent or collective</source>
        <translation>可能引发暴力或群体性事件</translation>
    </message>
    <message>
        <source>Tense, may escalate</source>
        <translation>矛盾较尖锐，可能激化</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>调处中</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已化解</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>达成调解协议</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>移交处理</translation>
    </message>
    <message>
        <source>Escalated to the county bureau</source>
        <translation>上报县局</translation>
    </message>
    <message>
        <source>Withdrawn by the parties</source>
        <translation>当事人撤回</translation>
    </message>
    <message>
        <source>People's court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <source>Labour arbitration</source>
        <translation>劳动仲裁</translation>
    </message>
    <message>
        <source>Village committee</source>
        <translation>村（居）委会</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Community police room</source>
        <translation>警务室</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>达成一致</translation>
    </message>
    <message>
        <source>Partly agreed</source>
        <translation>部分达成一致</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>未达成一致</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门回访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>Return visit by risk grade</source>
        <translation>按风险等级回访</translation>
    </message>
    <message>
        <source>Obligation due</source>
        <translation>履行期限届满</translation>
    </message>
    <message>
        <source>Court confirmation</source>
        <translation>司法确认</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StationDesk - %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This ledger is not part of this version of StationDesk yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disputes and mediation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Households &amp; visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Households and visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roster &amp; grids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Injuries on duty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The weekly report and dashboard are not part of this version yet. The weekly roster sheet prints from Roster &amp; grids (Ctrl+P).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search across every ledger is not part of this version yet. Ctrl+F filters the list of the page you are on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel edits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About StationDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About StationDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>StationDesk %1
The records desk of a community police station.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4 to 12 letters or digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>13812345678 or 0375-1234567</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sits on the two committees of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active at the station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the officer (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop unsaved edits (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void an officer entered by mistake; the record and its history are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Badge no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a village</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two committees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Badge no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grids responsible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two committees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficersTab</name>
    <message>
        <source>Filter officers: name, badge, phone, grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left the station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active and left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new officer (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History of this officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The roster sheet of %1 is saved as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void %1 (entered by mistake)? The record and its history are kept.
An officer who left is not voided: untick Active instead.

Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is voided.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>... and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One village (grid), one police:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no responsible officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has %2 responsible officers: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 officer shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 officers shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the new officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have not saved your changes to %1. Discard them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One village (grid), one police</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These grids already have a responsible officer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Save the roster sheet as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roster sheet not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The roster sheet could not be written:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roster sheet for %1 saved to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Officers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grids</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new language applies the next time StationDesk starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station needs a name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftEditor</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patrols that day (0 when off duty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patrols</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duty
days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patrols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click or F2 to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On duty · patrols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officers on duty that day · patrols that day (officers shown)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The week before (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The week after (Alt+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by name, badge or grid (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print roster sheet...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this week's roster sheet as a PDF (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a day, or press F2 or Enter, to change it. Leave and sick days are shaded, the weekend tinted. The bottom line counts officers on duty · patrols per day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day was not changed:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift not changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Name of this police station:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>StationDesk is already open on %1.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>