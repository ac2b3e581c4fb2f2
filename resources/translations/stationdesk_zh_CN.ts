<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <source>— no officer —</source>
        <translation>—— 不关联民警 ——</translation>
    </message>
    <message>
        <source>An instructor changes records only in this officer's grids</source>
        <translation>教导员/社区民警只能修改该民警所负责网格内的记录</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Officer on the roster</source>
        <translation>关联民警</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>密码（至少 8 个字符）</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>关联民警</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>添加(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation>重置密码(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Role and officer...</source>
        <translation>角色和关联民警(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用 / 启用(&amp;D)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>demo only</source>
        <translation>仅供演示</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Pick an account in the list first.</source>
        <translation>请先在列表中选择一个账户。</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>仅限</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>显示更早的记录</translation>
    </message>
    <message>
        <source>Check the trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>Recompute every entry's seal: an entry changed or removed outside StationDesk</source>
        <translation>重新计算每条记录的校验值：在 StationDesk 之外被修改或删除的记录会在此显示</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Every entry that matches, to .xlsx or .csv</source>
        <translation>将全部符合条件的记录导出为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message>
        <source>%1 entries shown, newest first</source>
        <translation>已显示 %1 条，最新的在前</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>%1 entries exported to %2</source>
        <translation>已将 %1 条记录导出到 %2</translation>
    </message>
    <message>
        <source>Created with it</source>
        <translation>随之新建</translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>正在校验每一条记录…</translation>
    </message>
    <message>
        <source>The trail is broken (%1 problems): %2</source>
        <translation>审计日志已被破坏（%1 处问题）：%2</translation>
    </message>
    <message>
        <source>The trail is sound: %1 entries, none changed or missing.</source>
        <translation>审计日志完好：共 %1 条，无修改、无缺失。</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Making the closing backup of the station file…
StationDesk closes by itself when it is done.</source>
        <translation>正在为站点文件做关闭前的备份…
完成后 StationDesk 会自动关闭。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>disputes</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>incidents on duty</source>
        <translation>执法受伤事件</translation>
    </message>
    <message>
        <source>officers</source>
        <translation>警员</translation>
    </message>
    <message>
        <source>shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Taken on %1. It holds the records as they were on %2:
%3.</source>
        <translation>备份于 %1。其中是截至 %2 的记录：
%3。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore this backup...</source>
        <translation>恢复此备份(&amp;R)...</translation>
    </message>
    <message>
        <source>Restore from a &amp;file...</source>
        <translation>从文件恢复(&amp;F)...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Backups are kept in %1 (choose another folder, such as a USB drive, in File &gt; Settings).</source>
        <translation>备份保存在 %1（可在“文件 &gt; 设置”中改为其他文件夹，例如U盘）。</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>There is no backup in this folder yet.</source>
        <translation>此文件夹中还没有备份。</translation>
    </message>
    <message>
        <source>This copy is damaged and cannot be restored: %1</source>
        <translation>此备份已损坏，无法恢复：%1</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>未能备份</translation>
    </message>
    <message>
        <source>No backup was made; the records are untouched.
%1</source>
        <translation>未能完成备份，台账数据没有受到任何影响。
%1</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>StationDesk databases (*.sqlite)</source>
        <translation>StationDesk 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup damaged</source>
        <translation>备份已损坏</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored:
%2</source>
        <translation>%1 已损坏，无法恢复：
%2</translation>
    </message>
    <message>
        <source>Replace the station's records with this backup?

%1

Everything entered after that is set aside: the records as they are now are first kept in a safety copy next to the database, and the restore is written in the history. Unsaved edits in open forms are discarded.</source>
        <translation>用此备份替换本所的台账数据吗？

%1

此后录入的内容将被搁置：当前数据会先在数据库旁保存一份安全副本，恢复操作会记入历史记录。已打开表单中未保存的修改将被放弃。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Nothing was restored; the records are untouched.
%1</source>
        <translation>没有恢复任何内容，台账数据没有受到任何影响。
%1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup is restored. The records as they were are kept in
%1</source>
        <translation>备份已恢复。恢复前的数据保存在
%1</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save the bad rows to correct...</source>
        <translation>保存错误行以便改正...</translation>
    </message>
    <message>
        <source>Writes the bad rows as they are in the file, with a column saying what is wrong: correct them there, then import that file.</source>
        <translation>把错误行按原样另存为表格，并加一栏写明错在哪里：在其中改正后，再导入那个文件。</translation>
    </message>
    <message>
        <source>Import nothing while any row is bad</source>
        <translation>有错误行时不导入任何数据</translation>
    </message>
    <message>
        <source>Import the good rows and leave the bad ones out</source>
        <translation>导入正确的行，跳过错误行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The check was stopped. Go Back, then Next, to check the file again.</source>
        <translation>检查已停止。点“上一步”再点“下一步”可重新检查文件。</translation>
    </message>
    <message>
        <source>bad rows</source>
        <translation>错误行</translation>
    </message>
    <message>
        <source>Save the bad rows</source>
        <translation>保存错误行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>%1 bad rows saved to %2.</source>
        <translation>已把 %1 个错误行保存到 %2。</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>导入已停止，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose what to import</source>
        <translation>选择导入内容</translation>
    </message>
    <message>
        <source>An .xlsx, .xls, .et, .ods or .csv file; its encoding is found by itself.</source>
        <translation>支持 .xlsx、.xls、.et、.ods 或 .csv 文件，文件编码自动识别。</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Save an empty template...</source>
        <translation>保存空白模板...</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>要导入的表格</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>表格文件 (%1)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
</context>
<context>
    <name>CoverageTableModel</name>
    <message>
        <source>Grid or officer</source>
        <translation>网格/民警</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访户数</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>App installs</source>
        <translation>安装反诈APP</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>Flagged, not visited this month</source>
        <translation>本月未走访重点户</translation>
    </message>
</context>
<context>
    <name>DisputeFilterBar</name>
    <message>
        <source>Find: dispute no., words of the summary or place, a party's name or phone</source>
        <translation>查找：纠纷编号、简要情况或地点中的词、当事人姓名或电话</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>A or B</source>
        <translation>A 或 B 级</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>from any day</source>
        <translation>起始不限</translation>
    </message>
    <message>
        <source>to any day</source>
        <translation>截止不限</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <source>My grids</source>
        <translation>我的网格</translation>
    </message>
    <message>
        <source>Only the disputes of the grids you look after</source>
        <translation>只看您负责网格的纠纷</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>New dispute</source>
        <translation>新建纠纷</translation>
    </message>
    <message>
        <source>Record a new dispute (Ctrl+N)</source>
        <translation>登记新的矛盾纠纷（Ctrl+N）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>My open disputes</source>
        <translation>我的在办纠纷</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Grade A</source>
        <translation>A 级</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>责任民警</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Any grid</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>全部民警</translation>
    </message>
</context>
<context>
    <name>DisputeForm</name>
    <message>
        <source>unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct the signed-off record, giving a reason</source>
        <translation>更正已审核的记录，须说明理由</translation>
    </message>
    <message>
        <source>Type to find a village or grid</source>
        <translation>输入以查找村/社区或网格</translation>
    </message>
    <message>
        <source>What happened, who is involved, what they want</source>
        <translation>发生了什么、涉及哪些人、各方诉求</translation>
    </message>
    <message>
        <source>Why this grade (required for A and B)</source>
        <translation>定级理由（A、B 级必填）</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>添加当事人</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the dispute (Ctrl+S)</source>
        <translation>保存纠纷（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Drop unsaved edits (Esc)</source>
        <translation>放弃未保存的修改（Esc）</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简要情况</translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>责任民警</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>化解期限</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Choose an officer</source>
        <translation>选择民警</translation>
    </message>
    <message>
        <source>How received</source>
        <translation>受理方式</translation>
    </message>
    <message>
        <source>Why this grade</source>
        <translation>定级理由</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>未保存，请更正：</translation>
    </message>
</context>
<context>
    <name>DisputeFromVisitDialog</name>
    <message>
        <source>Open a dispute from visit No. %1</source>
        <translation>由第 %1 号走访登记矛盾纠纷</translation>
    </message>
</context>
<context>
    <name>DisputePanel</name>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>未保存，请更正：</translation>
    </message>
</context>
<context>
    <name>DisputeTableModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>How received</source>
        <translation>受理方式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简要情况</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>责任民警</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>化解期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message>
        <source>Intake</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Outcome &amp;&amp; agreement</source>
        <translation>结果与协议</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Choose a dispute in the list first.</source>
        <translation>请先在列表中选择一条纠纷。</translation>
    </message>
    <message>
        <source>Printing the registration form is not part of this version yet.</source>
        <translation>本版本尚不能打印登记表。</translation>
    </message>
    <message>
        <source>Dispute registration form %1</source>
        <translation>矛盾纠纷登记表 %1</translation>
    </message>
    <message>
        <source>Showing the disputes behind: %1 (change any filter to leave)</source>
        <translation>正在显示该数字对应的纠纷：%1（更改任一筛选条件即退出）</translation>
    </message>
    <message>
        <source>The disputes could not be counted: %1</source>
        <translation>未能统计纠纷数：%1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 disputes</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>在办 %1 件</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>逾期 %1 件</translation>
    </message>
    <message>
        <source>%1 grade A/B open</source>
        <translation>A/B 级在办 %1 件</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The records are saved and listed. The find box finds them once they are made searchable, in the background; the status bar counts them down.</source>
        <translation>记录已保存，可在列表中查看。后台为其建立检索后，即可用查找框找到；状态栏显示剩余条数。</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
</context>
<context>
    <name>DueThisWeekView</name>
    <message>
        <source>The week before</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>The week after</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>With late ones</source>
        <translation>含逾期</translation>
    </message>
    <message>
        <source>Also the follow-ups of earlier weeks still not done</source>
        <translation>同时显示往周尚未完成的回访</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Officer / due</source>
        <translation>民警/到期日</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>回访内容</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>全部民警</translation>
    </message>
    <message>
        <source>(this week)</source>
        <translation>（本周）</translation>
    </message>
    <message>
        <source>%1 follow-ups to make, %2 of them late</source>
        <translation>待回访 %1 次，其中逾期 %2 次</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>EntryGroup</name>
    <message>
        <source>Void selected...</source>
        <translation>作废所选...</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>名称/姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>所属队室</translation>
    </message>
    <message>
        <source>Grids responsible for</source>
        <translation>责任网格</translation>
    </message>
    <message>
        <source>On the village two committees</source>
        <translation>进村“两委”</translation>
    </message>
    <message>
        <source>Committee of</source>
        <translation>任职村（社区）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离所日期</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>到所日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason voided</source>
        <translation>作废理由</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Grid head</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Grid head's phone</source>
        <translation>网格长电话</translation>
    </message>
    <message>
        <source>Grid administrators</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Community police room</source>
        <translation>警务室</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>责任民警</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡逻</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>派出所名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>执勤事项</translation>
    </message>
    <message>
        <source>How it happened</source>
        <translation>受侵害方式</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>涉及民警</translation>
    </message>
    <message>
        <source>From dispute</source>
        <translation>起因纠纷</translation>
    </message>
    <message>
        <source>From visit</source>
        <translation>来源走访</translation>
    </message>
    <message>
        <source>Injury record</source>
        <translation>伤情记录</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>后果/结果</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Persons dealt with</source>
        <translation>处理违法人员数</translation>
    </message>
    <message>
        <source>How dealt with</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Case outcome</source>
        <translation>案件处理结果</translation>
    </message>
    <message>
        <source>Cleared on</source>
        <translation>澄清日期</translation>
    </message>
    <message>
        <source>How cleared</source>
        <translation>澄清方式</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>结案人</translation>
    </message>
    <message>
        <source>Compensation payment</source>
        <translation>赔偿支付</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <source>Comfort visit</source>
        <translation>关爱慰问</translation>
    </message>
    <message>
        <source>Merged from person</source>
        <translation>合并自人员</translation>
    </message>
    <message>
        <source>Merged into person</source>
        <translation>已合并到人员</translation>
    </message>
    <message>
        <source>Disputes moved</source>
        <translation>移入的纠纷</translation>
    </message>
    <message>
        <source>Session statements moved</source>
        <translation>移入的调解陈述</translation>
    </message>
    <message>
        <source>Obligations moved</source>
        <translation>移入的履行义务</translation>
    </message>
    <message>
        <source>Residences moved</source>
        <translation>移入的居住记录</translation>
    </message>
    <message>
        <source>Details taken over</source>
        <translation>沿用的信息</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>迁入</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Personal details corrected</source>
        <translation>更正个人信息</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Visit No.</source>
        <translation>走访编号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>迁入日期</translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Under community correction or care</source>
        <translation>社区矫正/监护对象</translation>
    </message>
    <message>
        <source>Key person for disputes</source>
        <translation>矛盾纠纷重点人员</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>Anti-fraud app installed</source>
        <translation>安装国家反诈APP</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Officers who went</source>
        <translation>走访民警</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>协议签订日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Parts of the body injured</source>
        <translation>受伤部位</translation>
    </message>
    <message>
        <source>Broken on</source>
        <translation>违约日期</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Follow-ups cancelled</source>
        <translation>取消的回访</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>取消日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Confirmed by a court</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Days off work</source>
        <translation>误工天数</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>演示账户</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>纠纷事实</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>室</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>完整导出</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>提供日期</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>调解时间</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Injury on duty</source>
        <translation>因公负伤事件</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Nature of the injury</source>
        <translation>伤情性质</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>履行义务</translation>
    </message>
    <message>
        <source>Other mediators</source>
        <translation>其他调解人员</translation>
    </message>
    <message>
        <source>Outcome on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Reason for the outcome</source>
        <translation>结案理由</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方</translation>
    </message>
    <message>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>What was provided</source>
        <translation>提供内容</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>心理疏导</translation>
    </message>
    <message>
        <source>How received</source>
        <translation>受理方式</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>移交去向</translation>
    </message>
    <message>
        <source>Referred where</source>
        <translation>移交单位</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>重新开启次数</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任认定</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Result in words</source>
        <translation>结果说明</translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Why this grade</source>
        <translation>定级理由</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Mediation session</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>救治情况</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>慰问人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>FindBox</name>
    <message>
        <source>Find anything (Ctrl+F)</source>
        <translation>查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>Names, addresses, summaries, pinyin (zw), or 4+ digits of an ID or phone number. The list of the page on show keeps the records that match.</source>
        <translation>姓名、地址、简要情况、拼音（zw），或身份证号、电话号码中连续4位以上数字。当前页面的列表只保留匹配的记录。</translation>
    </message>
</context>
<context>
    <name>FindChip</name>
    <message>
        <source>Show the whole list (empties the find box)</source>
        <translation>显示全部列表（清空查找框）</translation>
    </message>
    <message>
        <source>“%1” matches too many records to narrow this list: type more</source>
        <translation>“%1”匹配的记录太多，无法筛选此列表：请多输入几个字</translation>
    </message>
    <message>
        <source>Filtered by “%1”</source>
        <translation>已按“%1”筛选</translation>
    </message>
</context>
<context>
    <name>FindPopup</name>
    <message>
        <source>Nothing found for %1</source>
        <translation>未找到“%1”</translation>
    </message>
    <message>
        <source>All results for %1…</source>
        <translation>“%1”的全部结果…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up StationDesk</source>
        <translation>设置 StationDesk</translation>
    </message>
    <message>
        <source>A new station file. Name the station and create the administrator's account; the administrator then adds an account for everyone else.</source>
        <translation>这是一个新的派出所数据文件。请填写派出所名称并创建系统管理员账户；之后由系统管理员为其他人员添加账户。</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>派出所名称</translation>
    </message>
    <message>
        <source>Administrator's user name</source>
        <translation>系统管理员用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>密码（至少 8 个字符）</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The station needs a name.</source>
        <translation>请填写派出所名称。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Record follow-up</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>%1 due %2: is the agreement being kept?</source>
        <translation>%1（应于 %2 前完成）：协议是否在履行？</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>正在履行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Broken</source>
        <translation>未履行(&amp;B)</translation>
    </message>
    <message>
        <source>What was found; when broken, how</source>
        <translation>回访发现的情况；未履行的，写明如何违反</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>回访日期(&amp;D)</translation>
    </message>
    <message>
        <source>The agreement is</source>
        <translation>协议履行情况</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FollowupsPanel</name>
    <message>
        <source>Record follow-up…</source>
        <translation>登记回访…</translation>
    </message>
    <message>
        <source>Record what the selected follow-up found</source>
        <translation>登记所选回访的情况</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Follow-ups of dispute %1</source>
        <translation>纠纷 %1 的回访</translation>
    </message>
    <message>
        <source>Choose a dispute to see its follow-ups</source>
        <translation>选择一起纠纷以查看其回访</translation>
    </message>
    <message>
        <source>%1 follow-ups, %2 still to do</source>
        <translation>共 %1 次回访，%2 次待完成</translation>
    </message>
    <message>
        <source>Cancelled on %1</source>
        <translation>%1 已取消</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Follow-up not recorded</source>
        <translation>回访未登记</translation>
    </message>
    <message>
        <source>Agreement broken</source>
        <translation>协议未履行</translation>
    </message>
    <message>
        <source>The agreement is broken: dispute %1 is open again, with a new deadline of %2.
Its other pending follow-ups are cancelled; hold a new mediation session.</source>
        <translation>调解协议未履行：纠纷 %1 已重新调处，新的化解期限为 %2。
其余待办回访已取消，请重新组织调解。</translation>
    </message>
</context>
<context>
    <name>GridForm</name>
    <message>
        <source>11-digit mobile or landline like 0375-1234567</source>
        <translation>11位手机号，或座机如 0375-1234567</translation>
    </message>
    <message>
        <source>One per line: name and phone</source>
        <translation>每行一人：姓名和电话</translation>
    </message>
    <message>
        <source>Has a community police room</source>
        <translation>设有警务室</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Drop the changes (Esc)</source>
        <translation>放弃修改 (Esc)</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Grid head</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Head's phone</source>
        <translation>网格长电话</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Responsible officer(s)</source>
        <translation>责任民警</translation>
    </message>
    <message>
        <source>Choose a node in the tree</source>
        <translation>请在左侧树中选择一个节点</translation>
    </message>
    <message>
        <source>(the station: a new street / town)</source>
        <translation>（本所：新街道/乡镇）</translation>
    </message>
    <message>
        <source>Set on the Officers tab once the node is saved.</source>
        <translation>节点保存后，在“民警”页设置。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (edited on the Officers tab)</source>
        <translation>%1（在“民警”页修改）</translation>
    </message>
</context>
<context>
    <name>GridPicker</name>
    <message>
        <source>Filter grids: street, community, grid, officer</source>
        <translation>筛选网格：街道、社区、网格、民警</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Responsible now</source>
        <translation>现责任民警</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>已勾选：%1</translation>
    </message>
    <message>
        <source>No grid ticked.</source>
        <translation>未勾选网格。</translation>
    </message>
</context>
<context>
    <name>GridTreeModel</name>
    <message>
        <source>No responsible officer. Every grid has exactly one; assign one on the Officers tab.</source>
        <translation>没有责任民警。每个网格须有且仅有一名，请在“民警”页指定。</translation>
    </message>
    <message>
        <source>%1 responsible officers (%2). Every grid has exactly one; fix it on the Officers tab.</source>
        <translation>有 %1 名责任民警（%2）。每个网格须有且仅有一名，请在“民警”页更正。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Grid head</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Responsible officer(s)</source>
        <translation>责任民警</translation>
    </message>
    <message>
        <source>Police room</source>
        <translation>警务室</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Officers responsible for the grids below</source>
        <translation>下级网格的责任民警</translation>
    </message>
</context>
<context>
    <name>GridsTab</name>
    <message>
        <source>Filter by name, code, grid head or officer (Ctrl+Shift+F)</source>
        <translation>按名称、编码、网格长或民警筛选 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Add street</source>
        <translation>新增街道</translation>
    </message>
    <message>
        <source>Add a street or town at the top of the tree</source>
        <translation>在最上层新增街道或乡镇</translation>
    </message>
    <message>
        <source>Add below</source>
        <translation>新增下级</translation>
    </message>
    <message>
        <source>Add a community below the chosen street, or a grid below a community (Ctrl+N)</source>
        <translation>在所选街道下新增村/社区，或在村/社区下新增网格 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Void the chosen node (a reason is asked)</source>
        <translation>作废所选节点（需填写理由）</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Nothing below a grid</source>
        <translation>网格下不能再分</translation>
    </message>
    <message>
        <source>%1 is a village group or grid, the lowest level of the tree: nothing can be added below it. Choose its village or community to add a grid beside it.</source>
        <translation>%1 是村民小组/网格，已是最下一级，不能再新增下级。如需新增同级网格，请选择其所属村/社区。</translation>
    </message>
    <message>
        <source>New street / town</source>
        <translation>新增街道/乡镇</translation>
    </message>
    <message>
        <source>New village or community in %1</source>
        <translation>在 %1 下新增村/社区</translation>
    </message>
    <message>
        <source>New village group or grid in %1</source>
        <translation>在 %1 下新增村民小组/网格</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>作废 %1</translation>
    </message>
    <message>
        <source>Why is %1 voided? It stays in the file and in its history.</source>
        <translation>作废 %1 的理由？该记录及其变更历史仍会保留。</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>未作废</translation>
    </message>
    <message>
        <source>%1 was not voided:
%2</source>
        <translation>%1 未作废：
%2</translation>
    </message>
    <message>
        <source>Voided %1</source>
        <translation>已作废 %1</translation>
    </message>
    <message>
        <source>(the station)</source>
        <translation>（本所）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to the grid form first?</source>
        <translation>是否先保存网格表单的修改？</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When / field</source>
        <translation>时间/字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>officer assigned</source>
        <translation>指定责任民警</translation>
    </message>
    <message>
        <source>officer removed</source>
        <translation>取消责任民警</translation>
    </message>
    <message>
        <source>injury recorded</source>
        <translation>登记伤情</translation>
    </message>
    <message>
        <source>case updated</source>
        <translation>更新案件</translation>
    </message>
    <message>
        <source>compensation paid</source>
        <translation>支付赔偿</translation>
    </message>
    <message>
        <source>legal aid given</source>
        <translation>提供法律援助</translation>
    </message>
    <message>
        <source>comfort visit</source>
        <translation>关爱慰问</translation>
    </message>
    <message>
        <source>publicly cleared</source>
        <translation>澄清正名</translation>
    </message>
    <message>
        <source>case closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>case reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>entry voided</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <source>records merged</source>
        <translation>记录合并</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>members changed</source>
        <translation>成员变动</translation>
    </message>
    <message>
        <source>visit recorded</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>visit voided</source>
        <translation>走访作废</translation>
    </message>
    <message>
        <source>member voided</source>
        <translation>成员作废</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>medical details seen</source>
        <translation>查看医疗信息</translation>
    </message>
    <message>
        <source>mediation session recorded</source>
        <translation>记录调解</translation>
    </message>
    <message>
        <source>outcome recorded</source>
        <translation>登记调处结果</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>所长审核签结</translation>
    </message>
    <message>
        <source>follow-up recorded</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>intake amended</source>
        <translation>更正受理登记</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>updated from %1</source>
        <translation>从 %1 更新</translation>
    </message>
</context>
<context>
    <name>HospitalList</name>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Agreement since</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>In agreement</source>
        <translation>协议有效</translation>
    </message>
    <message>
        <source>0375-1234567 or 13812345678</source>
        <translation>0375-1234567 或 13812345678</translation>
    </message>
    <message>
        <source>The agreement is in force</source>
        <translation>协议有效</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>New hospital</source>
        <translation>新增医院</translation>
    </message>
    <message>
        <source>Save hospital</source>
        <translation>保存医院</translation>
    </message>
    <message>
        <source>&amp;Hospital</source>
        <translation>医院(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Agreement &amp;since</source>
        <translation>签约日期(&amp;S)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>New agreement hospital</source>
        <translation>新增协议医院</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>HouseholdCorrectionDialog</name>
    <message>
        <source>Correct household No. %1</source>
        <translation>更正第 %1 号户</translation>
    </message>
    <message>
        <source>The grid belongs to the address %1: changing it files the address, and the household living there, under the other grid.</source>
        <translation>网格随地址 %1 而定：更改网格会把该地址及住在这里的住户一并归入另一网格。</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>Household &amp;phone</source>
        <translation>家庭电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>New household</source>
        <translation>新建户</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street / road</source>
        <translation>街路巷</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>户室</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Household phone</source>
        <translation>家庭电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt; (one of them the head of household)</source>
        <translation>&lt;b&gt;家庭成员&lt;/b&gt;（其中一人为户主）</translation>
    </message>
    <message>
        <source>This address is on file with household No. %1: open that household instead.</source>
        <translation>该地址已登记为第 %1 号户，请打开该户。</translation>
    </message>
    <message>
        <source>This address is on file; the new household will use it.</source>
        <translation>该地址已登记，新户将使用该地址。</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>未保存，请更正：</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <source>Relationship</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Moved in / out</source>
        <translation>迁入/迁出</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>走访民警</translation>
    </message>
    <message>
        <source>App</source>
        <translation>反诈APP</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From visit</source>
        <translation>来源走访</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简要情况</translation>
    </message>
    <message>
        <source>Disputes its people are party to</source>
        <translation>本户人员涉及的纠纷</translation>
    </message>
    <message>
        <source>Household history</source>
        <translation>本户变更记录</translation>
    </message>
    <message>
        <source>History of the visit</source>
        <translation>所选走访的变更记录</translation>
    </message>
    <message>
        <source>Record a &amp;visit</source>
        <translation>登记走访(&amp;V)</translation>
    </message>
    <message>
        <source>Co&amp;rrect household…</source>
        <translation>更正本户(&amp;R)…</translation>
    </message>
    <message>
        <source>Void household…</source>
        <translation>作废本户…</translation>
    </message>
    <message>
        <source>Void member…</source>
        <translation>作废成员…</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>添加成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>修改成员(&amp;E)…</translation>
    </message>
    <message>
        <source>Member moves ou&amp;t…</source>
        <translation>成员迁出(&amp;T)…</translation>
    </message>
    <message>
        <source>Open a &amp;dispute from this visit</source>
        <translation>由本次走访登记纠纷(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print visit record</source>
        <translation>打印走访记录(&amp;P)</translation>
    </message>
    <message>
        <source>Void visit…</source>
        <translation>作废走访…</translation>
    </message>
    <message>
        <source>Print household &amp;card</source>
        <translation>打印户情卡(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visits&lt;/b&gt;</source>
        <translation>&lt;b&gt;走访记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;家庭成员&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a household in the list, or press Ctrl+N.</source>
        <translation>请在列表中选择一户，或按 Ctrl+N 新建。</translation>
    </message>
    <message>
        <source>Household No. %1</source>
        <translation>第 %1 号户</translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation>%1 登记</translation>
    </message>
    <message>
        <source>VOID: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Saved visit No. %1.</source>
        <translation>已保存第 %1 号走访。</translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation>已添加成员。</translation>
    </message>
    <message>
        <source>%1 corrected.</source>
        <translation>已更正 %1 的信息。</translation>
    </message>
    <message>
        <source>Household corrected.</source>
        <translation>本户信息已更正。</translation>
    </message>
    <message>
        <source>Void household No. %1</source>
        <translation>作废第 %1 号户</translation>
    </message>
    <message>
        <source>Why is this household voided? It stays on file, marked void, with its members.</source>
        <translation>为什么作废本户？本户及其成员仍留存在档，标为作废。</translation>
    </message>
    <message>
        <source>Household No. %1 voided.</source>
        <translation>第 %1 号户已作废。</translation>
    </message>
    <message>
        <source>Void member %1</source>
        <translation>作废成员 %1</translation>
    </message>
    <message>
        <source>Why is %1 voided? Use this only for a member added by mistake; someone who left moves out instead.</source>
        <translation>为什么作废 %1？仅用于误登记的成员；已离开的人请登记迁出。</translation>
    </message>
    <message>
        <source>%1 voided.</source>
        <translation>%1 已作废。</translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Day %1 moved out (YYYY-MM-DD):</source>
        <translation>%1 的迁出日期（年-月-日）：</translation>
    </message>
    <message>
        <source>%1 moved out.</source>
        <translation>%1 已迁出。</translation>
    </message>
    <message>
        <source>Void visit No. %1</source>
        <translation>作废第 %1 号走访</translation>
    </message>
    <message>
        <source>Why is this visit voided? It stays on file, marked void.</source>
        <translation>作废原因？该记录仍保留，标记为作废。</translation>
    </message>
    <message>
        <source>Visit No. %1 voided.</source>
        <translation>第 %1 号走访已作废。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved dispute No. %1 from visit No. %2.</source>
        <translation>已由第 %2 号走访登记第 %1 号纠纷。</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Hou&amp;seholds</source>
        <translation>住户(&amp;S)</translation>
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation>走访(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>走访覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>My grids</source>
        <translation>我的网格</translation>
    </message>
    <message>
        <source>Only the grids you look after; untick to list every grid</source>
        <translation>只看您负责的网格；取消勾选可列出全部网格</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Any household</source>
        <translation>全部住户</translation>
    </message>
    <message>
        <source>Find: household no., address, a member's name, phone or ID number</source>
        <translation>查找：户编号、地址、成员姓名、电话或身份证号</translation>
    </message>
    <message>
        <source>New household…</source>
        <translation>新建户…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 户</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>全部民警</translation>
    </message>
    <message>
        <source>Open household</source>
        <translation>打开该户</translation>
    </message>
    <message>
        <source>&amp;Print visit record</source>
        <translation>打印走访记录(&amp;P)</translation>
    </message>
    <message>
        <source>Print visit &amp;ledger</source>
        <translation>打印走访台账(&amp;L)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Per grid</source>
        <translation>按网格</translation>
    </message>
    <message>
        <source>Per officer</source>
        <translation>按民警</translation>
    </message>
    <message>
        <source>Whole station</source>
        <translation>全所辖区</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Only flagged households not visited this month</source>
        <translation>仅显示本月未走访的重点关注户</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>走访时间从</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due a visit:&lt;/b&gt; never visited, or not for more than</source>
        <translation>&lt;b&gt;待走访：&lt;/b&gt;从未走访，或超过以下天数未走访</translation>
    </message>
    <message>
        <source>%1 households due a visit</source>
        <translation>%1 户待走访</translation>
    </message>
    <message>
        <source> (the first %1)</source>
        <translation>（仅列出前 %1 户）</translation>
    </message>
    <message>
        <source>Saved household No. %1.</source>
        <translation>已保存第 %1 号户。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Choose a household in the list first.</source>
        <translation>请先在列表中选择一户。</translation>
    </message>
    <message>
        <source>Save the household card as</source>
        <translation>户情卡保存为</translation>
    </message>
    <message>
        <source>Save the visit record as</source>
        <translation>走访记录保存为</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>起始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Save the visit ledger as</source>
        <translation>走访台账保存为</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Checking the file</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Checking row %1 of %2...</source>
        <translation>正在检查第 %1 行，共 %2 行……</translation>
    </message>
    <message>
        <source>Saving %1 rows...</source>
        <translation>正在保存 %1 行……</translation>
    </message>
    <message>
        <source>Checked %1 rows.</source>
        <translation>已检查 %1 行。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import spreadsheet</source>
        <translation>导入表格</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Tick each officer involved (Space ticks the current one)</source>
        <translation>勾选涉及的每位民警（辅警）（空格键勾选当前一项）</translation>
    </message>
    <message>
        <source>Street, house number or landmark</source>
        <translation>街道门牌或标志性地点</translation>
    </message>
    <message>
        <source>Dispute no.</source>
        <translation>纠纷编号</translation>
    </message>
    <message>
        <source>Visit no.</source>
        <translation>走访编号</translation>
    </message>
    <message>
        <source>What happened, in a few sentences</source>
        <translation>简要写明事件经过</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the incident (Ctrl+S)</source>
        <translation>保存事件（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>作废...</translation>
    </message>
    <message>
        <source>Void an incident entered by mistake; the record and its history are kept</source>
        <translation>作废误录的事件；记录及其修改历史均予保留</translation>
    </message>
    <message>
        <source>&amp;Occurred at</source>
        <translation>发生时间(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Doing</source>
        <translation>执勤事项(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;How it happened</source>
        <translation>受侵害方式(&amp;H)</translation>
    </message>
    <message>
        <source>Offi&amp;cers involved</source>
        <translation>涉及民警(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>发生地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>所属网格(&amp;G)</translation>
    </message>
    <message>
        <source>From &amp;dispute</source>
        <translation>起因纠纷(&amp;D)</translation>
    </message>
    <message>
        <source>From &amp;visit</source>
        <translation>起因走访(&amp;V)</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>事件经过(&amp;H)</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（未指定网格）</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新登记事件</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>第 %1 号事件</translation>
    </message>
    <message>
        <source>closed on %1 by %2, reopen it to change it</source>
        <translation>%2 于 %1 结案，如需修改请先重新办理</translation>
    </message>
    <message>
        <source>Incident %1 recorded.</source>
        <translation>第 %1 号事件已登记。</translation>
    </message>
    <message>
        <source>Incident %1 saved.</source>
        <translation>第 %1 号事件已保存。</translation>
    </message>
    <message>
        <source>Void incident</source>
        <translation>作废事件</translation>
    </message>
    <message>
        <source>Why is this incident voided?</source>
        <translation>作废此事件的原因？</translation>
    </message>
    <message>
        <source>Incident voided.</source>
        <translation>事件已作废。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>You have not saved your changes to this incident. Discard them?</source>
        <translation>对此事件的修改尚未保存，是否放弃？</translation>
    </message>
    <message>
        <source>a number, like 87</source>
        <translation>请填写编号，如 87</translation>
    </message>
    <message>
        <source>no such dispute</source>
        <translation>无此纠纷</translation>
    </message>
    <message>
        <source>no such visit</source>
        <translation>无此走访记录</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>执勤事项</translation>
    </message>
    <message>
        <source>How it happened</source>
        <translation>受侵害方式</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>涉及民警</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>发生地点</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <source>From dispute</source>
        <translation>起因纠纷</translation>
    </message>
    <message>
        <source>From visit</source>
        <translation>起因走访</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>How it happened</source>
        <translation>受侵害方式</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>执勤事项</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>涉及民警</translation>
    </message>
    <message>
        <source>Worst outcome</source>
        <translation>最严重后果</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>误工天数</translation>
    </message>
    <message>
        <source>Compensation (yuan)</source>
        <translation>赔偿（元）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (void)</source>
        <translation>%1（已作废）</translation>
    </message>
</context>
<context>
    <name>InjuriesPage</name>
    <message>
        <source>Incidents</source>
        <translation>事件登记</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>统计汇总</translation>
    </message>
    <message>
        <source>Green-channel hospitals</source>
        <translation>绿色通道医院</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>全部受侵害方式</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>办理中和已结案</translation>
    </message>
    <message>
        <source>Filter: number, officer, place, case no. (Ctrl+Shift+F)</source>
        <translation>筛选：编号、民警、地点、案件编号（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>登记事件</translation>
    </message>
    <message>
        <source>Record an officer hurt or wronged on duty (Ctrl+N)</source>
        <translation>登记民警因公受伤或受侵害事件（Ctrl+N）</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Injuries (private)</source>
        <translation>伤情（保密）</translation>
    </message>
    <message>
        <source>Rights protection</source>
        <translation>维权</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Choose an incident in the list first.</source>
        <translation>请先在列表中选择一个事件。</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF 保存为</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>共 %1 起</translation>
    </message>
</context>
<context>
    <name>InjuriesPanel</name>
    <message>
        <source>Private: medical details. Show them only to those whose role allows it.</source>
        <translation>保密：以下为医疗信息，仅限有权限人员查阅。</translation>
    </message>
    <message>
        <source>You may not see medical details.</source>
        <translation>您无权查看医疗信息。</translation>
    </message>
    <message>
        <source>Save injury</source>
        <translation>保存伤情</translation>
    </message>
    <message>
        <source>Officers involved</source>
        <translation>涉及民警（辅警）</translation>
    </message>
    <message>
        <source>e.g. left forearm, face</source>
        <translation>如：左前臂、面部</translation>
    </message>
    <message>
        <source>e.g. bruising, sprain, fracture</source>
        <translation>如：挫伤、扭伤、骨折</translation>
    </message>
    <message>
        <source>How the officer was treated</source>
        <translation>救治情况</translation>
    </message>
    <message>
        <source>Psychological support given</source>
        <translation>心理疏导情况</translation>
    </message>
    <message>
        <source>Most serious &amp;outcome</source>
        <translation>最严重后果(&amp;O)</translation>
    </message>
    <message>
        <source>Days &amp;away</source>
        <translation>误工天数(&amp;A)</translation>
    </message>
    <message>
        <source>Days on &amp;restricted duty</source>
        <translation>限制勤务天数(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Body parts</source>
        <translation>受伤部位(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Nature of injury</source>
        <translation>伤情(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Green channel hospital</source>
        <translation>绿色通道医院(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Treatment</source>
        <translation>救治情况(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Psychological support</source>
        <translation>心理疏导(&amp;P)</translation>
    </message>
    <message>
        <source>(not through the green channel)</source>
        <translation>（未经绿色通道）</translation>
    </message>
    <message>
        <source>Saved the injury of %1.</source>
        <translation>已保存 %1 的伤情。</translation>
    </message>
    <message>
        <source>Most serious outcome</source>
        <translation>最严重后果</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>误工天数</translation>
    </message>
    <message>
        <source>Days on restricted duty</source>
        <translation>限制勤务天数</translation>
    </message>
    <message>
        <source>Body parts</source>
        <translation>受伤部位</translation>
    </message>
    <message>
        <source>Nature of injury</source>
        <translation>伤情</translation>
    </message>
    <message>
        <source>Green channel hospital</source>
        <translation>绿色通道医院</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>救治情况</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>心理疏导</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>InjurySummary</name>
    <message>
        <source>Print the register...</source>
        <translation>打印登记簿...</translation>
    </message>
    <message>
        <source>The year's register with these figures, as a PDF</source>
        <translation>本年度登记簿及统计数据（PDF）</translation>
    </message>
    <message>
        <source>Incidents, officers and injuries count by the day of the incident; payments, legal aid and clarifications by the day they were made.</source>
        <translation>事件、民警和伤情按事件发生日期统计；赔偿、法律援助和澄清正名按办理日期统计。</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>  ·  found on visit No. %1</source>
        <translation>  ·  走访发现（第 %1 号走访）</translation>
    </message>
    <message>
        <source>New dispute</source>
        <translation>新建纠纷</translation>
    </message>
    <message>
        <source>Dispute No. %1</source>
        <translation>纠纷编号 %1</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>Signed off by the chief on %1 (%2) — corrections go through an amendment.</source>
        <translation>所长已于 %1 审核（%2）——如需更正，请通过更正登记。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>You have not saved your changes to this dispute. Discard them?</source>
        <translation>对这条纠纷的修改尚未保存。放弃这些修改吗？</translation>
    </message>
    <message>
        <source>before the day it was received</source>
        <translation>早于受理日期</translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>还剩 %1 天</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <source>Born %1 · %2</source>
        <translation>出生于 %1 · %2</translation>
    </message>
    <message>
        <source>Already on file?</source>
        <translation>是否已有登记？</translation>
    </message>
    <message>
        <source>Party %1 (%2) looks like a person already on file:</source>
        <translation>当事人 %1（%2）似乎已有登记：</translation>
    </message>
    <message>
        <source>Use the existing record?</source>
        <translation>使用已有的记录吗？</translation>
    </message>
    <message>
        <source>Saved dispute No. %1.</source>
        <translation>已保存纠纷编号 %1。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>This dispute was changed by someone else since you opened it, so your changes are not saved and theirs are kept. Press Esc to see their version, then make your changes again.</source>
        <translation>您打开这条纠纷后，他人已修改了它，因此您的修改未保存，保留了对方的修改。请按 Esc 查看对方的版本，再重新修改。</translation>
    </message>
    <message>
        <source>Save amendment…</source>
        <translation>保存更正…</translation>
    </message>
    <message>
        <source>Amending a signed-off dispute: change the details, then save with a reason.</source>
        <translation>正在更正已审核的纠纷：修改内容后，说明理由并保存。</translation>
    </message>
    <message>
        <source>change a detail first</source>
        <translation>请先修改内容</translation>
    </message>
    <message>
        <source>Amend dispute No. %1</source>
        <translation>更正纠纷编号 %1</translation>
    </message>
    <message>
        <source>Why is the signed-off record corrected?</source>
        <translation>为什么更正已审核的记录？</translation>
    </message>
    <message>
        <source>Amendment saved.</source>
        <translation>更正已保存。</translation>
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
    <message>
        <source>Patrol</source>
        <translation>巡逻</translation>
    </message>
    <message>
        <source>Dispute call</source>
        <translation>处置纠纷警情</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>抓捕</translation>
    </message>
    <message>
        <source>Traffic duty</source>
        <translation>交通执勤</translation>
    </message>
    <message>
        <source>Household visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Assault on the officer</source>
        <translation>暴力袭警</translation>
    </message>
    <message>
        <source>Obstruction of duty</source>
        <translation>阻碍执行职务</translation>
    </message>
    <message>
        <source>Traffic accident</source>
        <translation>交通事故</translation>
    </message>
    <message>
        <source>Accident during duty</source>
        <translation>执勤意外</translation>
    </message>
    <message>
        <source>Malicious complaint or false accusation</source>
        <translation>恶意投诉、诬告陷害</translation>
    </message>
    <message>
        <source>Not hurt</source>
        <translation>未受伤</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>现场急救</translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation>就医治疗</translation>
    </message>
    <message>
        <source>Days away from work</source>
        <translation>误工</translation>
    </message>
    <message>
        <source>Restricted duty</source>
        <translation>限制勤务</translation>
    </message>
    <message>
        <source>Hospitalised</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>致残</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>牺牲</translation>
    </message>
    <message>
        <source>Case open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>受侵害事件</translation>
    </message>
    <message>
        <source>of which assaults on officers</source>
        <translation>其中：暴力袭警</translation>
    </message>
    <message>
        <source>of which obstruction of duty</source>
        <translation>其中：阻碍执行职务</translation>
    </message>
    <message>
        <source>of which traffic accidents</source>
        <translation>其中：交通事故</translation>
    </message>
    <message>
        <source>of which accidents during duty</source>
        <translation>其中：执勤意外</translation>
    </message>
    <message>
        <source>of which malicious complaints or false accusations</source>
        <translation>其中：恶意投诉、诬告陷害</translation>
    </message>
    <message>
        <source>Offenders dealt with</source>
        <translation>查处违法人员</translation>
    </message>
    <message>
        <source>Officers granted rights protection</source>
        <translation>依法维权民警（辅警）</translation>
    </message>
    <message>
        <source>Officers hurt</source>
        <translation>受伤民警（辅警）</translation>
    </message>
    <message>
        <source>Days lost away from work</source>
        <translation>误工天数</translation>
    </message>
    <message>
        <source>Days on restricted duty</source>
        <translation>限制勤务天数</translation>
    </message>
    <message>
        <source>Treated through the green channel</source>
        <translation>绿色通道救治</translation>
    </message>
    <message>
        <source>Officers compensated</source>
        <translation>获赔民警（辅警）</translation>
    </message>
    <message>
        <source>Compensation paid (yuan)</source>
        <translation>赔偿（补偿）金额（元）</translation>
    </message>
    <message>
        <source>Legal aid person-times</source>
        <translation>法律援助人次</translation>
    </message>
    <message>
        <source>Officers publicly cleared</source>
        <translation>澄清正名</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Disputes received</source>
        <translation>受理纠纷</translation>
    </message>
    <message>
        <source>Settled by agreement</source>
        <translation>调解化解</translation>
    </message>
    <message>
        <source>Signed off by the chief</source>
        <translation>所长审核结案</translation>
    </message>
    <message>
        <source>Handed up</source>
        <translation>上交（上报）</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>期末在办</translation>
    </message>
    <message>
        <source>Overdue, still open</source>
        <translation>逾期未结</translation>
    </message>
    <message>
        <source>Open, grade A</source>
        <translation>在办A级</translation>
    </message>
    <message>
        <source>Open, grade B</source>
        <translation>在办B级</translation>
    </message>
    <message>
        <source>Open, grade C</source>
        <translation>在办C级</translation>
    </message>
    <message>
        <source>Open, grade D</source>
        <translation>在办D级</translation>
    </message>
    <message>
        <source>Mediation sessions held</source>
        <translation>调解场次</translation>
    </message>
    <message>
        <source>Mediation agreements signed</source>
        <translation>签订调解协议</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>应回访</translation>
    </message>
    <message>
        <source>Follow-ups made</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Agreements found broken</source>
        <translation>发现未履行协议</translation>
    </message>
    <message>
        <source>Household visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Households reached</source>
        <translation>走访户数</translation>
    </message>
    <message>
        <source>Households registered</source>
        <translation>登记户数</translation>
    </message>
    <message>
        <source>Anti-fraud app installs</source>
        <translation>安装国家反诈APP</translation>
    </message>
    <message>
        <source>Disputes found on visits</source>
        <translation>走访发现纠纷</translation>
    </message>
    <message>
        <source>Officer-days on duty</source>
        <translation>在岗人日</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡逻次数</translation>
    </message>
    <message>
        <source>Leave days</source>
        <translation>请假天数</translation>
    </message>
    <message>
        <source>Sick days</source>
        <translation>病假天数</translation>
    </message>
    <message>
        <source>Incidents on duty</source>
        <translation>涉警伤害事件</translation>
    </message>
    <message>
        <source>Days away or on light duty</source>
        <translation>误工及轻岗天数</translation>
    </message>
    <message>
        <source>Legal aid (person-times)</source>
        <translation>法律援助（人次）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Households and addresses</source>
        <translation>户籍与地址</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Injuries on duty</source>
        <translation>因公受伤</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>民警辅警</translation>
    </message>
    <message>
        <source>Lived at</source>
        <translation>居住</translation>
    </message>
    <message>
        <source>Party to a dispute</source>
        <translation>纠纷当事人</translation>
    </message>
    <message>
        <source>Household visited</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Officer hurt</source>
        <translation>民警受伤</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>记录合并</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Under community correction or care</source>
        <translation>社区矫正/监护对象</translation>
    </message>
    <message>
        <source>Key person for disputes</source>
        <translation>矛盾纠纷重点人员</translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation>安全检查</translation>
    </message>
    <message>
        <source>Anti-fraud advice</source>
        <translation>反诈宣传</translation>
    </message>
    <message>
        <source>Dispute screening</source>
        <translation>矛盾纠纷排查</translation>
    </message>
    <message>
        <source>Return visit after a dispute</source>
        <translation>纠纷回访</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>内勤</translation>
    </message>
    <message>
        <source>Instructor / community officer</source>
        <translation>教导员 / 社区民警</translation>
    </message>
    <message>
        <source>Station chief</source>
        <translation>所长</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>督察</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Sign-ins and accounts</source>
        <translation>登录与账户</translation>
    </message>
    <message>
        <source>Prints, exports, medical details seen</source>
        <translation>打印、导出与查看医疗信息</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Other changes to records</source>
        <translation>其他记录修改</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Comfort visit</source>
        <translation>慰问</translation>
    </message>
    <message>
        <source>Compensation payment</source>
        <translation>抚恤赔偿</translation>
    </message>
    <message>
        <source>Station file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Injury on duty</source>
        <translation>因公负伤事件</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>伤情</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <source>Mediation session</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>履行义务</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>警员</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住户成员</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <source>never</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>%1 (%2 days ago)</source>
        <translation>%1（%2 天前）</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>The list was not exported:
%1</source>
        <translation>列表未导出：
%1</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <source> (ID and phone numbers masked)</source>
        <translation>（身份证号和电话号码已遮蔽）</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>StationDesk is locked</source>
        <translation>StationDesk 已锁定</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>The records are hidden. Your unsaved work is kept as it was.</source>
        <translation>记录已隐藏。未保存的内容保持原样。</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StationDesk - %1</source>
        <translation>派出所台账 - %1</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Households &amp; visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Roster &amp; grids</source>
        <translation>警力与网格</translation>
    </message>
    <message>
        <source>Injuries on duty</source>
        <translation>因公负伤</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Making %1 new records searchable…</source>
        <translation>正在为 %1 条新记录建立检索…</translation>
    </message>
    <message>
        <source>The new records are searchable.</source>
        <translation>新记录已可检索。</translation>
    </message>
    <message>
        <source>Making the new records searchable stopped (%1); it goes on at the next start.</source>
        <translation>新记录的检索建立已中止（%1）；下次启动时继续。</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>备份(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Accounts...</source>
        <translation>账户管理(&amp;A)...</translation>
    </message>
    <message>
        <source>Audit &amp;trail...</source>
        <translation>审计日志(&amp;T)...</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>修改我的密码(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet...</source>
        <translation>导入表格(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export list...</source>
        <translation>导出列表(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Cancel edits</source>
        <translation>撤销编辑(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Find anything</source>
        <translation>全局搜索(&amp;F)</translation>
    </message>
    <message>
        <source>Filter this &amp;list</source>
        <translation>筛选本页列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About StationDesk</source>
        <translation>关于派出所台账(&amp;A)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>About StationDesk</source>
        <translation>关于派出所台账</translation>
    </message>
    <message>
        <source>StationDesk %1
The records desk of a community police station.</source>
        <translation>派出所台账 %1
社区派出所的台账管理系统。</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Match the headings</source>
        <translation>对应表头</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>对应栏目</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>尚缺必填栏目：%1</translation>
    </message>
    <message>
        <source>Headings on row %1. Recognised: %2</source>
        <translation>表头在第 %1 行。已识别：%2</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New member of household No. %1</source>
        <translation>第 %1 号户新增成员</translation>
    </message>
    <message>
        <source>Member of household No. %1</source>
        <translation>第 %1 号户成员</translation>
    </message>
    <message>
        <source>%1 is also party to %2 dispute(s) (No. %3): corrections show there too.</source>
        <translation>%1 同时是 %2 起纠纷的当事人（第 %3 号）：更正后纠纷中同步显示。</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <source>Member %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <source>18 digits, the last may be X</source>
        <translation>18位，最后一位可以是X</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID no.</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Born %1 · %2</source>
        <translation>出生 %1 · %2</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>4 to 12 letters or digits</source>
        <translation>4至12位字母或数字</translation>
    </message>
    <message>
        <source>13812345678 or 0375-1234567</source>
        <translation>13812345678 或 0375-1234567</translation>
    </message>
    <message>
        <source>Sits on the two committees of</source>
        <translation>进村“两委”任职：</translation>
    </message>
    <message>
        <source>Active at the station</source>
        <translation>在所在岗</translation>
    </message>
    <message>
        <source>The day the officer joined the station</source>
        <translation>到所工作日期</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the officer (Ctrl+S)</source>
        <translation>保存民警信息 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Drop unsaved edits (Esc)</source>
        <translation>放弃未保存的修改 (Esc)</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Void an officer entered by mistake; the record and its history are kept</source>
        <translation>作废误录的民警；记录及其变更历史仍会保留</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>所属队室</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>责任网格</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>两委任职</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>到所日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离所日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose a village</source>
        <translation>选择村（社区）</translation>
    </message>
    <message>
        <source>New officer</source>
        <translation>新增民警</translation>
    </message>
    <message>
        <source>Two committees</source>
        <translation>村“两委”</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>未保存，请更正：</translation>
    </message>
</context>
<context>
    <name>OfficerTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>所属队室</translation>
    </message>
    <message>
        <source>Grids responsible</source>
        <translation>责任网格</translation>
    </message>
    <message>
        <source>Two committees</source>
        <translation>村“两委”</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>%1 离所</translation>
    </message>
</context>
<context>
    <name>OfficersTab</name>
    <message>
        <source>Filter officers: name, badge, phone, grid</source>
        <translation>筛选民警：姓名、警号、电话、网格</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部队室</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Left the station</source>
        <translation>已离所</translation>
    </message>
    <message>
        <source>Active and left</source>
        <translation>在岗和离所</translation>
    </message>
    <message>
        <source>New officer</source>
        <translation>新增民警</translation>
    </message>
    <message>
        <source>Start a new officer (Ctrl+N)</source>
        <translation>新增一名民警 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>所属队室</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>History of this officer</source>
        <translation>该民警的变更历史</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>The roster sheet of %1 is saved as %2.</source>
        <translation>%1 的值班备勤表已保存为 %2。</translation>
    </message>
    <message>
        <source>Void officer</source>
        <translation>作废民警</translation>
    </message>
    <message>
        <source>Void %1 (entered by mistake)? The record and its history are kept.
An officer who left is not voided: untick Active instead.

Reason:</source>
        <translation>作废 %1（误录）？记录及其变更历史仍会保留。
已离所的民警不应作废，请取消勾选“在岗”。

理由：</translation>
    </message>
    <message>
        <source>%1 is voided.</source>
        <translation>%1 已作废。</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>……另有 %1 个</translation>
    </message>
    <message>
        <source>One village (grid), one police:</source>
        <translation>一村（格）一警：</translation>
    </message>
    <message>
        <source>%1 has no responsible officer</source>
        <translation>%1 没有责任民警</translation>
    </message>
    <message>
        <source>%1 has %2 responsible officers: %3</source>
        <translation>%1 有 %2 名责任民警：%3</translation>
    </message>
    <message>
        <source>1 officer shown</source>
        <translation>显示 1 名民警</translation>
    </message>
    <message>
        <source>%1 officers shown</source>
        <translation>显示 %1 名民警</translation>
    </message>
    <message>
        <source>the new officer</source>
        <translation>新民警</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>You have not saved your changes to %1. Discard them?</source>
        <translation>对 %1 的修改尚未保存，是否放弃？</translation>
    </message>
    <message>
        <source>One village (grid), one police</source>
        <translation>一村（格）一警</translation>
    </message>
    <message>
        <source>These grids already have a responsible officer:</source>
        <translation>以下网格已有责任民警：</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>仍然保存？</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Print agreement…</source>
        <translation>打印调解协议书…</translation>
    </message>
    <message>
        <source>Three copies: one for each party and the station's</source>
        <translation>一式三份：双方当事人各一份，派出所留存一份</translation>
    </message>
    <message>
        <source>Sign off (chief)…</source>
        <translation>所长审核…</translation>
    </message>
    <message>
        <source>The station chief signs off; the record is locked</source>
        <translation>由所长审核；审核后记录锁定</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>登记结果</translation>
    </message>
    <message>
        <source>Record how mediation ended (Ctrl+S)</source>
        <translation>登记调解结果 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Record how mediation ended</source>
        <translation>登记调解结果</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>调解结果(&amp;O)</translation>
    </message>
    <message>
        <source>Referred &amp;to</source>
        <translation>移交至(&amp;T)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>于</translation>
    </message>
    <message>
        <source>What happened, as the parties now agree</source>
        <translation>经双方当事人确认的纠纷事实</translation>
    </message>
    <message>
        <source>Who is responsible, and how far</source>
        <translation>责任方及责任大小</translation>
    </message>
    <message>
        <source>The parties will ask a court to confirm it (within 30 days)</source>
        <translation>当事人将申请人民法院司法确认（30日内）</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Will do</source>
        <translation>履行事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Add obligation</source>
        <translation>添加履行事项</translation>
    </message>
    <message>
        <source>Remove obligation</source>
        <translation>删除履行事项</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>纠纷事实(&amp;F)</translation>
    </message>
    <message>
        <source>Respo&amp;nsibility</source>
        <translation>责任认定(&amp;N)</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>履行事项</translation>
    </message>
    <message>
        <source>Which court, office or committee</source>
        <translation>移交的法院、机关或委员会</translation>
    </message>
    <message>
        <source>e.g. pay 2,000 yuan for the wall</source>
        <translation>如：赔偿围墙损失2000元</translation>
    </message>
    <message>
        <source>Outcome of dispute %1</source>
        <translation>纠纷 %1 的调解结果</translation>
    </message>
    <message>
        <source>Choose a dispute to see its outcome</source>
        <translation>选择一起纠纷以查看其调解结果</translation>
    </message>
    <message>
        <source>Confirmed on %1 by %2. The record is locked; corrections go through an amendment.</source>
        <translation>已由 %2 于 %1 审核。记录已锁定，如需更正请走更正程序。</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Mediation goes on: an earlier agreement was broken.</source>
        <translation>继续调解：此前达成的协议未履行。</translation>
    </message>
    <message>
        <source>No outcome yet: mediation goes on.</source>
        <translation>尚无结果：调解进行中。</translation>
    </message>
    <message>
        <source>Waiting for the station chief's sign-off.</source>
        <translation>等待所长审核。</translation>
    </message>
    <message>
        <source>The agreement signed on %1 was broken on %2.</source>
        <translation>%1 签订的协议于 %2 未被履行。</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 前履行</translation>
    </message>
    <message>
        <source>The parties will ask a court to confirm it by %1.</source>
        <translation>当事人将于 %1 前申请人民法院司法确认。</translation>
    </message>
    <message>
        <source>No court confirmation sought.</source>
        <translation>未申请司法确认。</translation>
    </message>
    <message>
        <source>Why referred</source>
        <translation>移交原因</translation>
    </message>
    <message>
        <source>Why escalated</source>
        <translation>上报原因</translation>
    </message>
    <message>
        <source>Why withdrawn</source>
        <translation>撤回原因</translation>
    </message>
    <message>
        <source>Mediation agreement %1</source>
        <translation>人民调解协议书 %1</translation>
    </message>
    <message>
        <source>Sign off dispute</source>
        <translation>审核纠纷</translation>
    </message>
    <message>
        <source>Sign off dispute %1 as %2?

The record is locked afterwards; corrections then go through an amendment with a reason.</source>
        <translation>以 %2 身份审核纠纷 %1？

审核后记录将锁定，此后的更正须填写理由并走更正程序。</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>移交至</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>移交单位</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>纠纷事实</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任认定</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation>本页没有可导出的列表。</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <source>Name, or search by ID number or phone</source>
        <translation>姓名，或按身份证号、电话查找</translation>
    </message>
    <message>
        <source>18 digits, the last may be X</source>
        <translation>18 位，最后一位可为 X</translation>
    </message>
    <message>
        <source>Not this person</source>
        <translation>不是此人</translation>
    </message>
    <message>
        <source>Enter a new person instead of the one on file</source>
        <translation>登记为新的人员，而不是已有记录中的人</translation>
    </message>
    <message>
        <source>Remove this party</source>
        <translation>删除此当事人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID no.</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>当事人 %1</translation>
    </message>
    <message>
        <source>On file: person %1</source>
        <translation>已有登记：人员 %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>新密码（至少 8 个字符）</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Read only: your role (%1) may read records but not change them.</source>
        <translation>只读：您的角色（%1）可以查阅记录，但不能修改。</translation>
    </message>
    <message>
        <source>Read only: your role (%1) may not change the roster and grids.</source>
        <translation>只读：您的角色（%1）不能修改民警花名册和网格。</translation>
    </message>
    <message>
        <source>Your role (%1) may not print or export records.</source>
        <translation>您的角色（%1）不能打印或导出记录。</translation>
    </message>
    <message>
        <source>Your role (%1) may not sign off disputes; the chief does.</source>
        <translation>您的角色（%1）不能审核签字纠纷，由所长签字。</translation>
    </message>
    <message>
        <source>Your role (%1) may not close or reopen a case; the chief does.</source>
        <translation>您的角色（%1）不能结案或重新开案，由所长办理。</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色（%1）无权进行此操作。</translation>
    </message>
    <message>
        <source>Outside your grids — read only</source>
        <translation>不在您负责的网格内——只读</translation>
    </message>
    <message>
        <source>Read only: your account is linked to no officer's grids; ask the chief to link it.</source>
        <translation>只读：您的账户尚未关联民警及其网格，请所长为您关联。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview - %1</source>
        <translation>打印预览 - %1</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; 上一页</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一页 &gt;</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>另存为 PDF...</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>将%1另存为 PDF</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The PDF could not be written:
%1</source>
        <translation>无法写入 PDF：
%1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>The printer %1 could not be started.</source>
        <translation>无法启动打印机 %1。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Your role may not print or export records.</source>
        <translation>您的角色无权打印或导出记录。</translation>
    </message>
    <message>
        <source>%1 could not be written:
%2</source>
        <translation>无法生成%1：
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1: %2 page(s) sent to the printer</source>
        <translation>%1：已发送 %2 页到打印机</translation>
    </message>
    <message>
        <source>Roster sheet %1</source>
        <translation>%1 周勤务表</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>The week before</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>The week after</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last complete week</source>
        <translation>上一完整周</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>范围(&amp;A)</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Mediation and follow-up</source>
        <translation>调解与回访</translation>
    </message>
    <message>
        <source>Household visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>勤务</translation>
    </message>
    <message>
        <source>Injuries on duty</source>
        <translation>民警执法权益保护</translation>
    </message>
    <message>
        <source>Disputes received and settled, last 12 weeks</source>
        <translation>近12周纠纷受理与化解</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周应回访</translation>
    </message>
    <message>
        <source>By grid</source>
        <translation>分网格</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>责任民警</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>化解期限</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简要案情</translation>
    </message>
    <message>
        <source>Whole station</source>
        <translation>全所</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>（截至今日）</translation>
    </message>
    <message>
        <source>compared with last week and the same week last year</source>
        <translation>与上周（环比）及去年同期（同比）比较</translation>
    </message>
    <message>
        <source>Print weekly report for %1...</source>
        <translation>打印 %1 周报...</translation>
    </message>
    <message>
        <source>last week %1
last year %2</source>
        <translation>上周 %1
去年同期 %2</translation>
    </message>
    <message>
        <source>Settlement rate</source>
        <translation>化解率</translation>
    </message>
    <message>
        <source>vs last week %1
vs last year %2</source>
        <translation>环比 %1
同比 %2</translation>
    </message>
    <message>
        <source>Listed in each dispute's Sessions and Outcome tabs</source>
        <translation>见各纠纷的“调解”和“结果与协议”页</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure</source>
        <translation>点击查看该数字对应的记录</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>逾期未结（%1）</translation>
    </message>
    <message>
        <source>Grid / community</source>
        <translation>网格（社区）</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>责任民警</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>化解</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Households reached</source>
        <translation>走访户数</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>The weekly report could not be written:
%1</source>
        <translation>周报未能生成：
%1</translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation>%1 周报</translation>
    </message>
</context>
<context>
    <name>RightsPanel</name>
    <message>
        <source>e.g. 平公（东）行案字〔2026〕123号</source>
        <translation>如：平公（东）行案字〔2026〕123号</translation>
    </message>
    <message>
        <source>e.g. administrative detention, 10 days</source>
        <translation>如：行政拘留十日</translation>
    </message>
    <message>
        <source>What came of the case</source>
        <translation>案件处理结果</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Persons dealt with</source>
        <translation>处理违法人员数</translation>
    </message>
    <message>
        <source>How they were dealt with</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>保存案件</translation>
    </message>
    <message>
        <source>Case against the offender</source>
        <translation>侵权案件查处</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>案件编号(&amp;N)</translation>
    </message>
    <message>
        <source>Persons dealt &amp;with</source>
        <translation>处理人数(&amp;W)</translation>
    </message>
    <message>
        <source>How dealt with</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>yuan, e.g. 1500 or 1500.50</source>
        <translation>单位：元，如 1500 或 1500.50</translation>
    </message>
    <message>
        <source>the offender, an insurer, the bureau...</source>
        <translation>违法行为人、保险公司、局机关……</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿（补偿）</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>受领人</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>支付方</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>受领人</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation>添加支付</translation>
    </message>
    <message>
        <source>Lawyer or law firm</source>
        <translation>律师或律师事务所</translation>
    </message>
    <message>
        <source>Advice, a complaint drafted, court...</source>
        <translation>法律咨询、代写控告材料、出庭代理……</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>提供日期</translation>
    </message>
    <message>
        <source>Lawyer or firm</source>
        <translation>律师/律师事务所</translation>
    </message>
    <message>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>What was provided</source>
        <translation>援助内容</translation>
    </message>
    <message>
        <source>Add legal aid</source>
        <translation>添加法律援助</translation>
    </message>
    <message>
        <source>How the officer was publicly cleared</source>
        <translation>为民警公开澄清正名的方式</translation>
    </message>
    <message>
        <source>Save clarification</source>
        <translation>保存澄清情况</translation>
    </message>
    <message>
        <source>Clarification (false accusation)</source>
        <translation>澄清正名（恶意投诉、诬告）</translation>
    </message>
    <message>
        <source>Cleared on</source>
        <translation>澄清日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Who visited, e.g. the chief and the instructor</source>
        <translation>慰问人，如：所长、教导员</translation>
    </message>
    <message>
        <source>Comfort visits</source>
        <translation>关爱慰问</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>慰问日期</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>慰问人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>慰问内容</translation>
    </message>
    <message>
        <source>Add visit</source>
        <translation>添加慰问</translation>
    </message>
    <message>
        <source>The chief's name</source>
        <translation>所长姓名</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Reopen...</source>
        <translation>重新办理...</translation>
    </message>
    <message>
        <source>Closing (by the chief)</source>
        <translation>结案（所长）</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>结案人</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Paid in all: %1 yuan in %2 payments</source>
        <translation>合计支付 %1 元，共 %2 笔</translation>
    </message>
    <message>
        <source>%1 person-times in all</source>
        <translation>合计 %1 人次</translation>
    </message>
    <message>
        <source>When and how the officer was publicly cleared.</source>
        <translation>为民警公开澄清正名的时间和方式。</translation>
    </message>
    <message>
        <source>Only an officer falsely accused is publicly cleared.</source>
        <translation>仅对遭恶意投诉、诬告的民警公开澄清正名。</translation>
    </message>
    <message>
        <source>Closed on %1 by %2.</source>
        <translation>%2 于 %1 结案。</translation>
    </message>
    <message>
        <source>Open. The chief closes the case once it has an outcome.</source>
        <translation>办理中。有处理结果后由所长结案。</translation>
    </message>
    <message>
        <source>Case saved.</source>
        <translation>案件已保存。</translation>
    </message>
    <message>
        <source>Payment added.</source>
        <translation>支付已添加。</translation>
    </message>
    <message>
        <source>Legal aid added.</source>
        <translation>法律援助已添加。</translation>
    </message>
    <message>
        <source>Comfort visit added.</source>
        <translation>慰问已添加。</translation>
    </message>
    <message>
        <source>Clarification saved.</source>
        <translation>澄清情况已保存。</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>已结案。</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>重新办理的原因？</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Case reopened.</source>
        <translation>案件已重新办理。</translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <source>Why is this entry voided?</source>
        <translation>作废此记录的原因？</translation>
    </message>
    <message>
        <source>Entry voided.</source>
        <translation>记录已作废。</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role and officer of %1</source>
        <translation>%1 的角色和关联民警</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Officer on the roster</source>
        <translation>关联民警</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Officers</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Week roster</source>
        <translation>周排班</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Name, address, summary, pinyin (zw), or 4+ digits of an ID or phone number</source>
        <translation>姓名、地址、摘要、拼音（如 zw），或身份证号/电话号码中任意4位以上数字</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>疑似重复人员</translation>
    </message>
    <message>
        <source>Type in the box to search every ledger.</source>
        <translation>在搜索框中输入内容，即可在所有台账中查找。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Open in its ledger</source>
        <translation>在所属台账中打开</translation>
    </message>
    <message>
        <source>Print history...</source>
        <translation>打印综合档案...</translation>
    </message>
    <message>
        <source>People recorded twice: the same name with the same phone number or birth date, and no different ID numbers. Merging keeps the first record, moves every link of the second to it and notes the merge in both histories.</source>
        <translation>可能被重复登记的人员：姓名相同，且电话号码或出生日期相同，身份证号不冲突。合并时保留第一条记录，把第二条记录的全部关联移到第一条，并在两条记录的修改历史中注明合并。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>被合并的记录</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Merge...</source>
        <translation>合并...</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Choose a person among the results first.</source>
        <translation>请先在查找结果中选择一个人员。</translation>
    </message>
    <message>
        <source>Save the person's history as</source>
        <translation>综合档案另存为</translation>
    </message>
    <message>
        <source>%1 found; Enter opens the one selected</source>
        <translation>找到 %1 条；按回车打开所选记录</translation>
    </message>
    <message>
        <source>Nothing found for %1</source>
        <translation>没有找到“%1”</translation>
    </message>
    <message>
        <source>%1 newly imported records are not searchable yet.</source>
        <translation>另有 %1 条新导入的记录尚不能检索。</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>出生日期相同</translation>
    </message>
    <message>
        <source>Merge record #%2 into #%1 (%3)? Every dispute, statement, obligation and household of #%2 moves to #%1; #%2 is voided. Both histories keep the merge.</source>
        <translation>将记录 #%2 合并到 #%1（%3）？#%2 的全部纠纷、陈述、履行义务和户籍关联都将移到 #%1，#%2 作废。两条记录的修改历史都会保留这次合并。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>likely duplicate</source>
        <translation>疑似重复登记</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>未合并</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Held at</source>
        <translation>调解时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建调解记录</translation>
    </message>
    <message>
        <source>An empty form for the session being held now</source>
        <translation>为正在进行的调解打开空白表单</translation>
    </message>
    <message>
        <source>Print session record…</source>
        <translation>打印调解笔录…</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存调解记录</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+S)</source>
        <translation>保存调解记录 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Date and &amp;time</source>
        <translation>日期时间(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Mediators</source>
        <translation>调解民警(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Other mediators</source>
        <translation>其他调解人(&amp;O)</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>参加人员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>Result in &amp;words</source>
        <translation>结果说明(&amp;W)</translation>
    </message>
    <message>
        <source>Where exactly, e.g. mediation room 2</source>
        <translation>具体地点，如：2号调解室</translation>
    </message>
    <message>
        <source>Tick the officers who mediated (space ticks)</source>
        <translation>勾选参与调解的民警（按空格键勾选）</translation>
    </message>
    <message>
        <source>People's mediators, village cadres… by name</source>
        <translation>人民调解员、村干部等，写明姓名</translation>
    </message>
    <message>
        <source>Who else was there</source>
        <translation>其他在场人员</translation>
    </message>
    <message>
        <source>What each side stated</source>
        <translation>各方陈述</translation>
    </message>
    <message>
        <source>What was agreed, or where the sides still differ</source>
        <translation>达成的一致意见，或仍存在的分歧</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 次调解</numerusform>
        </translation>
    </message>
    <message>
        <source>What %1 said</source>
        <translation>%1 的陈述</translation>
    </message>
    <message>
        <source>Signed off on %1: the sessions can no longer be changed.</source>
        <translation>已于 %1 审核：调解记录不能再修改。</translation>
    </message>
    <message>
        <source>Choose a dispute to see its mediation sessions</source>
        <translation>选择一起纠纷以查看其调解记录</translation>
    </message>
    <message>
        <source>New mediation session of dispute %1</source>
        <translation>纠纷 %1 的新调解记录</translation>
    </message>
    <message>
        <source>Session %1 of dispute %2 (correcting)</source>
        <translation>纠纷 %2 的第 %1 次调解（更正中）</translation>
    </message>
    <message>
        <source>Session %1 saved.</source>
        <translation>第 %1 次调解记录已保存。</translation>
    </message>
    <message>
        <source>Session %1 corrected.</source>
        <translation>第 %1 次调解记录已更正。</translation>
    </message>
    <message>
        <source>Mediation session record %1</source>
        <translation>调解笔录 %1</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Other mediators</source>
        <translation>其他调解人</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Result in words</source>
        <translation>结果说明</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>自动（跟随系统语言）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>选择(&amp;H)...</translation>
    </message>
    <message>
        <source>Keep backups on a second disk or a USB drive: a copy on the same disk is lost with it.</source>
        <translation>请把备份放在另一块硬盘或U盘上：与数据库在同一块硬盘上的备份会随硬盘一起丢失。</translation>
    </message>
    <message>
        <source>A new language applies the next time StationDesk starts.</source>
        <translation>更改的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lock the window after idle</source>
        <translation>空闲多久后锁定窗口</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>派出所名称</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist (is the drive plugged in?).</source>
        <translation>备份文件夹 %1 不存在（U盘或硬盘是否已插好？）。</translation>
    </message>
    <message>
        <source>StationDesk may not write in the backup folder %1.</source>
        <translation>StationDesk 无权写入备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The station needs a name.</source>
        <translation>请填写派出所名称。</translation>
    </message>
</context>
<context>
    <name>ShiftEditor</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Patrols that day (0 when off duty)</source>
        <translation>当天巡逻次数（不在岗填0）</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡逻次数</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>This account is locked after 5 failed sign-ins. Try again after %1, or ask an administrator to reset the password.</source>
        <translation>连续 5 次登录失败，此账户已锁定。请在 %1 之后再试，或请系统管理员重置密码。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Sign in to StationDesk</source>
        <translation>登录 StationDesk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Demo station: sign in as admin, chief, clerk, instructor or auditor, each with the password demo.</source>
        <translation>演示数据：可用 admin、chief、clerk、instructor 或 auditor 登录，密码均为 demo。</translation>
    </message>
</context>
<context>
    <name>StartCheck</name>
    <message>
        <source>Checking the station file…</source>
        <translation>正在检查本所数据文件…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Settled by agreement</source>
        <translation>调解化解</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit to household No. %1</source>
        <translation>走访第 %1 号户</translation>
    </message>
    <message>
        <source>What was found: problems, risks, disputes</source>
        <translation>走访发现：问题、隐患、矛盾纠纷</translation>
    </message>
    <message>
        <source>The national anti-fraud app was installed on this visit</source>
        <translation>本次走访安装了国家反诈中心APP</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需要后续跟进</translation>
    </message>
    <message>
        <source>What follow-up, by when</source>
        <translation>跟进事项及时限</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>事由(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Officers (Space ticks)</source>
        <translation>走访民警（空格勾选）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Found</source>
        <translation>发现情况(&amp;F)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>未保存，请更正：</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>走访民警</translation>
    </message>
    <message>
        <source>Anti-fraud app</source>
        <translation>反诈APP</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现情况</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>所属队室</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>责任网格</translation>
    </message>
    <message>
        <source>Duty
days</source>
        <translation>在岗
天数</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡逻
次数</translation>
    </message>
    <message>
        <source>no shift</source>
        <translation>未排班</translation>
    </message>
    <message>
        <source>Double-click or F2 to change</source>
        <translation>双击或按 F2 修改</translation>
    </message>
    <message>
        <source>On duty · patrols</source>
        <translation>在岗 · 巡逻</translation>
    </message>
    <message>
        <source>Officers on duty that day · patrols that day (officers shown)</source>
        <translation>当天在岗民警数 · 当天巡逻次数（仅计列表中的民警）</translation>
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>The week before (Alt+Left)</source>
        <translation>上一周 (Alt+←)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>The week after (Alt+Right)</source>
        <translation>下一周 (Alt+→)</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部队室</translation>
    </message>
    <message>
        <source>Filter by name, badge or grid (Ctrl+Shift+F)</source>
        <translation>按姓名、警号或网格筛选 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Print roster sheet...</source>
        <translation>打印值班备勤表…</translation>
    </message>
    <message>
        <source>Preview and print this week's roster sheet (Ctrl+P)</source>
        <translation>预览并打印本周值班备勤表（Ctrl+P）</translation>
    </message>
    <message>
        <source>Double-click a day, or press F2 or Enter, to change it. Leave and sick days are shaded, the weekend tinted. The bottom line counts officers on duty · patrols per day.</source>
        <translation>双击某天或按 F2、回车键修改。请假和病假显示底纹，周末着色。末行统计每天在岗民警数 · 巡逻次数。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>所属队室</translation>
    </message>
    <message>
        <source>The day was not changed:
%1</source>
        <translation>当天排班未修改：
%1</translation>
    </message>
    <message>
        <source>Shift not changed</source>
        <translation>排班未修改</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>This station file is already open in another StationDesk window:
%1

Only one window may work on a station file at a time, so that no one's changes are lost. Switch to that window, or close it and start StationDesk again.</source>
        <translation>此数据库文件已在另一个 StationDesk 窗口中打开：
%1

同一时间只能有一个窗口使用同一个数据库文件，以免有人的修改丢失。请切换到那个窗口，或关闭它后重新启动 StationDesk。</translation>
    </message>
    <message>
        <source>The backup is restored: the records are as they were on %1.
The damaged file is kept, untouched, as
%2</source>
        <translation>备份已恢复：数据回到 %1 时的状态。
损坏的文件原样保留为
%2</translation>
    </message>
    <message>
        <source>StationDesk found damage in the station file
%1:</source>
        <translation>StationDesk 发现数据库文件已损坏
%1：</translation>
    </message>
    <message>
        <source>The newest good backup holds the records as they were on %1 (%2). Anything entered after that would have to be entered again. The damaged file is kept aside, never overwritten.</source>
        <translation>最新的完好备份保存的是 %1 时的数据（%2）。此后录入的内容需要重新录入。损坏的文件会被移到一旁保留，绝不覆盖。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>No good backup of this file was found.</source>
        <translation>没有找到此文件的完好备份。</translation>
    </message>
    <message>
        <source>Open the file as it is</source>
        <translation>按原样打开文件</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>it is on a network share</source>
        <translation>它位于网络共享上</translation>
    </message>
    <message>
        <source>it is in a cloud-synced folder</source>
        <translation>它位于云同步文件夹中</translation>
    </message>
    <message>
        <source>it is on a mapped network drive</source>
        <translation>它位于映射的网络驱动器上</translation>
    </message>
    <message>
        <source>it is on a network file system</source>
        <translation>它位于网络文件系统上</translation>
    </message>
    <message>
        <source>The station file %1 is not in a safe place: %2.

SQLite, which keeps the records, cannot lock a file safely there, and a sync program may copy it half-written, so records can be lost. Keep the station file on this computer's own disk, and put backups on the shared or USB drive instead (File &gt; Settings).</source>
        <translation>数据库文件 %1 所在位置不安全：%2。

保存台账的 SQLite 在那里无法可靠地锁定文件，同步软件也可能复制到写了一半的文件，导致记录丢失。请把数据库文件放在本机硬盘上，把备份放到共享盘或U盘上（“文件 &gt; 设置”）。</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Backup failed; the records are untouched: %1</source>
        <translation>备份失败，台账数据没有受到影响：%1</translation>
    </message>
    <message>
        <source>The backup at closing could not be made; the records are untouched.
%1</source>
        <translation>关闭时未能完成备份，台账数据没有受到影响。
%1</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>无权操作：%1</translation>
    </message>
    <message>
        <source>The daily check found damage in the station file
%1:</source>
        <translation>每日检查发现数据库文件已损坏
%1：</translation>
    </message>
    <message>
        <source>Do not enter new records. Restore the newest good backup from File &gt; Backups (the file as it is now is kept aside), or close StationDesk: its next start checks the file again and offers the newest good backup.</source>
        <translation>请不要再录入新记录。请在“文件 &gt; 备份”中恢复最新的完好备份（现在的文件会另行保留），或关闭 StationDesk：下次启动时会再次检查该文件，并提供最新的完好备份。</translation>
    </message>
    <message>
        <source>StationDesk was not closed properly last time; the full check found every saved record sound.</source>
        <translation>StationDesk 上次没有正常关闭；完整检查确认所有已保存的记录完好无损。</translation>
    </message>
</context>
</TS>