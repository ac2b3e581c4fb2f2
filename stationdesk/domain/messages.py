"""The messages of the layers below the window, in Simplified Chinese (no Qt).

The domain, the store and the importer explain bad input in English ("a name has at most 30
characters"). `localize` turns such a message into Chinese for a window or a command line
running in Chinese: an exact message is looked up in `ZH`; a message with values is matched
against the templates of `ZH` ("a name has at most {n} characters") and its values carried over,
each value itself localized (so nouns and nested reasons come out Chinese too); messages joined
with "; " or ", " and "where: reason" pairs are localized part by part. A message not in the
table comes back unchanged, never an error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from stationdesk.errors import ValidationError

ZH: dict[str, str] = {
    # -- errors.py -------------------------------------------------------------------------
    "there is no {kind} with id {id}": "没有编号为 {id} 的{kind}",
    "this {kind} was changed by someone else since you opened it;"
    " reopen it to see their changes": "您打开此{kind}后，已有其他人修改过；请重新打开查看其修改",
    # record kinds named in messages
    "record": "记录",
    "dispute": "纠纷",
    "disputes": "纠纷",
    "household": "住户",
    "households": "住户",
    "incident": "事件",
    "injury": "伤情记录",
    "person": "人员",
    "people": "人员",
    "resident": "住户成员",
    "residents": "住户成员",
    "visit": "走访记录",
    "visits": "走访记录",
    "officer": "警员",
    "officers": "警员",
    "grid": "网格",
    "grids": "网格",
    "session": "调解记录",
    "account": "账号",
    "address": "地址",
    "compensation_payments": "补偿记录",
    "legal_aid": "法律援助记录",
    "comfort_visits": "慰问记录",
    # tables as a record missing from them is named ("there is no injurie with id 3")
    "addresse": "地址",
    "agreement": "调解协议",
    "comfort_visit": "慰问记录",
    "compensation_payment": "补偿记录",
    "followup": "回访记录",
    "hospital": "医院",
    "injurie": "伤情记录",
    "mediation_session": "调解记录",
    "obligation": "履行事项",
    "shift": "班次",
    "memory": "内存",
    # -- access.py: "a clerk may not sign off disputes" -------------------------------------
    "{article} {role} may not {doing}": "{role}无权{doing}",
    "clerk": "内勤",
    "instructor": "教导员/社区民警",
    "chief": "所长",
    "auditor": "督察",
    "admin": "管理员",
    "read records": "查看记录",
    "read the history": "查看修改历史",
    "read the station's audit trail": "查看本所审计日志",
    "change records": "修改记录",
    "print or export records": "打印或导出记录",
    "sign off disputes": "审核签结纠纷",
    "close injury cases": "办结受伤案件",
    "see medical details": "查看医疗信息",
    "export records in full (unmasked)": "导出完整记录（不脱敏）",
    "manage accounts": "管理账号",
    "change the roster and grids": "修改警员名册和网格",
    "make or restore backups": "备份或恢复数据",
    "change the station's settings": "修改本所设置",
    # -- accounts.py -----------------------------------------------------------------------
    "must be at least {n} characters": "至少 {n} 个字符",
    "must be at most {n} characters": "最多 {n} 个字符",
    "must not be the user name": "不能与用户名相同",
    "2 to 32 letters, digits, dots, dashes or underscores": (
        "应为 2 至 32 位字母、数字、点、连字符或下划线"
    ),
    "wrong user name or password": "用户名或密码错误",
    "this account is locked after {n} failed sign-ins;"
    " try again after {time}": "连续 {n} 次登录失败，账号已锁定；请于 {time} 后再试",
    "sign in first": "请先登录",
    "is not your current password": "不是您当前的密码",
    "does not match the new password": "与新密码不一致",
    "is one of {roles}": "应为以下之一：{roles}",
    "the first account must be an administrator": "第一个账号必须是管理员",
    "{name} is already taken": "用户名 {name} 已被占用",
    "you cannot disable your own account": "不能停用自己的账号",
    "the station needs an active administrator": "本所至少需要一个在用的管理员账号",
    "only an administrator may manage an administrator's account": "只有管理员可以管理管理员账号",
    # -- dates.py --------------------------------------------------------------------------
    "write a date like 2026-03-01": "日期请写成 2026-03-01 的格式",
    "'{value}' is not a date; {hint}": "“{value}”不是日期；{hint}",
    "{year}-{month}-{day} does not exist": "没有 {year}-{month}-{day} 这一天",
    "write a date and time like 2026-03-01 14:30": "日期时间请写成 2026-03-01 14:30 的格式",
    "'{value}' is not a date and time; {hint}": "“{value}”不是日期时间；{hint}",
    # -- demo.py ---------------------------------------------------------------------------
    "{path} already exists; the demo never overwrites a file": (
        "{path} 已存在；演示数据不会覆盖已有文件"
    ),
    # -- dispute_ledger.py / injury_ledger.py ----------------------------------------------
    "cannot sort by {column}": "不能按 {column} 排序",
    # -- dispute_records.py ----------------------------------------------------------------
    "a date is required": "请填写日期",
    "cannot be before {date}": "不能早于 {date}",
    "cannot be after {date}": "不能晚于 {date}",
    "{what} is required": "请填写{what}",
    "{what} has at most {n} characters": "{what}最多 {n} 个字",
    "choose a {what}: {choices}": "请选择{what}：{choices}",
    "choose the grid the dispute belongs to": "请选择纠纷所属网格",
    "say why the dispute is grade {grade}": "请说明定为 {grade} 级的理由",
    "choose the responsible officer": "请选择责任民警",
    "way received": "受理方式",
    "category": "类别",
    "the place": "地点",
    "a summary": "简要情况",
    "risk grade": "风险等级",
    "the reason": "理由",
    "role": "当事人身份",
    "the date and time of the session is required": "请填写调解日期和时间",
    "a session cannot be before the dispute was received ({date})": (
        "调解日期不能早于纠纷受理日期（{date}）"
    ),
    "a session cannot be in the future": "调解日期不能晚于今天",
    "place": "调解地点",
    "session result": "调解结果",
    "participants": "参加人员",
    "the result": "结果",
    "outcome": "结果",
    "referral": "移交去向",
    "where it was referred": "移交单位",
    "an agreement needs its facts and obligations": "调解协议须写明事实和履行事项",
    "the facts": "纠纷事实",
    "the responsibility": "责任认定",
    "an agreement needs at least one obligation: who does what by when": (
        "调解协议至少需要一项履行事项：谁、在何时之前、做什么"
    ),
    "{where}: choose one of the parties": "{where}：请选择一方当事人",
    "obligation {n}": "第 {n} 项履行事项",
    "what is to be done": "履行内容",
    "the dispute cannot be received in the future": "受理日期不能晚于今天",
    "the deadline cannot be before the day it was received ({date})": (
        "办结期限不能早于受理日期（{date}）"
    ),
    "cannot be before the dispute was received ({date})": "不能早于纠纷受理日期（{date}）",
    "cannot be due before the agreement is signed ({date})": (
        "履行期限不能早于协议签订日期（{date}）"
    ),
    # -- disputes.py -----------------------------------------------------------------------
    "say why the record is amended": "请说明更正理由",
    "cannot amend {fields}": "不能更正：{fields}",
    "nothing to amend": "没有需要更正的内容",
    "say why the dispute is voided": "请说明作废该纠纷的理由",
    "say why the session is voided": "请说明作废该调解记录的理由",
    "the dispute is already {status}": "该纠纷已{status}",
    "settled": "调解成功",
    "referred": "移交",
    "escalated": "上报",
    "withdrawn": "撤回",
    "confirmed": "审核签结",
    "only a dispute with an outcome can be signed off": "只有已有结果的纠纷才能审核签结",
    "say who signs it off": "请填写审核签结人",
    "choose a village or community, or a grid within one": "请选择村/社区或其下的网格",
    "choose an officer still serving at the station": "请选择仍在本所任职的警员",
    "there is no visit {id}": "没有编号为 {id} 的走访记录",
    "a dispute has two or more parties": "纠纷至少要有两方当事人",
    "party {n}": "当事人 {n}",
    "{where} ({name})": "{where}（{name}）",
    "{where}: choose a person or enter their details": "{where}：请选择人员或填写其信息",
    "{where}: there is no person with id {id}": "{where}：没有编号为 {id} 的人员",
    "{name} is already a party": "{name} 已是当事人",
    "only a dispute with an outcome has those details": "只有已有结果的纠纷才有这些内容",
    "name at least one mediator": "请至少填写一名调解人",
    "there is no officer with id {id}": "没有编号为 {id} 的警员",
    "a statement belongs to one of the parties": "陈述必须属于某一方当事人",
    "only an agreement reached has an agreement": "只有达成协议的纠纷才有调解协议",
    "say how the agreement was broken": "请说明协议未履行的情况",
    "the notes": "备注",
    "the dispute was signed off on {date} and is locked;"
    " correct it with an amendment and a reason": (
        "该纠纷已于 {date} 审核签结并锁定；如需修改，请提交更正并说明理由"
    ),
    # -- grids.py --------------------------------------------------------------------------
    "say why the node is voided": "请说明作废理由",
    "void the nodes below it first": "请先作废其下级",
    "{name} is voided": "{name} 已作废",
    "a village group or grid has no nodes below it": "村民小组或网格没有下级",
    # -- household_ledger.py ---------------------------------------------------------------
    "no such flag: {flag}": "没有这个标记：{flag}",
    "{start} is after {end}": "开始日期 {start} 晚于结束日期 {end}",
    # -- household_records.py --------------------------------------------------------------
    "the street or road is required": "请填写街道或路名",
    "choose the grid the address is in": "请选择地址所在网格",
    "at most {n} characters": "最多 {n} 个字",
    "relationship": "与户主关系",
    "the day {what} cannot be in the future": "{what}日期不能晚于今天",
    "moved in": "迁入",
    "moved out": "迁出",
    "registered": "登记",
    "of the visit": "走访",
    "a household has at least one member, its head": "一户至少要有一名成员，即户主",
    "choose the head of household among the members": "请在成员中选定户主",
    "a household has one head; choose another relationship for the others": (
        "一户只能有一名户主；请为其他成员选择别的关系"
    ),
    "officer {id} is not serving at the station": "警员 {id} 不在本所任职",
    "choose the household visited": "请选择走访的住户",
    "choose the officer(s) who went": "请选择参加走访的警员",
    "say what follow-up is needed": "请说明需要的后续工作",
    "purpose": "走访事由",
    "what was found": "发现情况",
    "the follow-up": "后续工作",
    # -- households.py ---------------------------------------------------------------------
    "say why the household is voided": "请说明作废该住户的理由",
    "its people are party to dispute {id}{more}; a household with disputes stays on file": (
        "该户人员是 {id} 号纠纷{more}的当事人；涉及纠纷的住户须保留在册"
    ),
    "and {n} more": "（另有 {n} 起）",
    "it has {n} visit(s) on file; void the visits first"
    " if they were recorded by mistake": "该户有 {n} 条走访记录；如系误录，请先作废走访记录",
    "the household already has a head": "该户已有户主",
    "make another member head before voiding the head": "作废户主前，请先将其他成员设为户主",
    "the head is the only member; void the household instead": (
        "户主是该户唯一成员；请改为作废该住户"
    ),
    "a household needs its head; make another member head first": (
        "一户必须有户主；请先将其他成员设为户主"
    ),
    "{name} has already moved out": "{name} 已迁出",
    "cannot be before the day they moved in ({date})": "不能早于迁入日期（{date}）",
    "make another member head before the head moves out": "户主迁出前，请先将其他成员设为户主",
    "say why the visit is voided": "请说明作废该走访记录的理由",
    "dispute {id} was opened from this visit; it stays on file": (
        "{id} 号纠纷由此次走访登记；该走访记录须保留在册"
    ),
    "{name} already has household {id}; open it instead": "{name} 已有住户记录 {id}；请打开该记录",
    "{name} is listed twice": "{name} 重复列出",
    "there is no household {id}": "没有编号为 {id} 的住户",
    "member {n}": "第 {n} 名成员",
    # -- idnumbers.py ----------------------------------------------------------------------
    "an ID number has 18 characters, not {n}": "身份证号码应为 18 位，不是 {n} 位",
    "the first 17 characters of an ID number are digits": "身份证号码前 17 位应为数字",
    "the last character of an ID number is a digit or X": "身份证号码最后一位应为数字或 X",
    "an ID number starts with a province code; {code} is not one": (
        "身份证号码应以省级行政区划代码开头；{code} 不是"
    ),
    "birth date {date} does not exist": "出生日期 {date} 不存在",
    "birth date {date} is in the future": "出生日期 {date} 晚于今天",
    "birth date {date} is before {earliest}": "出生日期 {date} 早于 {earliest}",
    "the check digit should be {right}, not {given}": "校验码应为 {right}，不是 {given}",
    "area is 6 digits and sequence 0 to 499": "地区码为 6 位数字，顺序码为 0 至 499",
    # -- injuries.py -----------------------------------------------------------------------
    "injury {id} is void": "伤情记录 {id} 已作废",
    "say why the incident is voided": "请说明作废该事件的理由",
    "choose one of the station's agreement hospitals": "请选择本所的绿色通道协议医院",
    "only an officer falsely accused is publicly cleared": "只有被诬告的民警才需澄清正名",
    "how the officer was cleared": "澄清正名情况",
    "a case is closed with its outcome: say what came of it first": (
        "办结案件须写明处理结果：请先填写结果"
    ),
    "say who closes the case": "请填写办结人",
    "say why the case is reopened": "请说明重新启动案件的理由",
    "the case is not closed": "该案件尚未办结",
    "the officer paid is one of those involved in the incident": (
        "获补偿的民警须是事件涉及的民警之一"
    ),
    "who visited": "慰问人",
    "what was done": "慰问内容",
    "{table} entries are not voided here": "此处不能作废{table}",
    "say why the entry is voided": "请说明作废理由",
    "name the officer or officers involved": "请填写涉及的民警",
    "{name} joined the station on {joined}, after the incident on {day}": (
        "{name} 于 {joined} 入所，晚于事件日期 {day}"
    ),
    "{name} had left the station on {left}, before the incident on {day}": (
        "{name} 已于 {left} 离所，早于事件日期 {day}"
    ),
    "{name} is already on the list": "{name} 已在名单中",
    "you may not see or change medical details": "您无权查看或修改医疗信息",
    "the case was closed on {date} by {who}; reopen it to change it": (
        "该案件已于 {date} 由 {who} 办结；如需修改，请重新启动"
    ),
    "an officer who was paid compensation stays on the incident": "已获补偿的民警不能从事件中移除",
    # -- injury_records.py -----------------------------------------------------------------
    "the hospital's name": "医院名称",
    "the contact": "联系人",
    "the address": "地址",
    "duty": "执勤任务",
    "cause": "受伤原因",
    "what happened": "事发经过",
    "say when it happened": "请填写事发时间",
    "an incident cannot be in the future": "事发时间不能晚于现在",
    "an incident is after 2000": "事发时间应在 2000 年以后",
    "days away": "休息天数",
    "days on restricted duty": "轻岗天数",
    "the body parts": "受伤部位",
    "the nature": "伤情性质",
    "the treatment": "救治情况",
    "the support": "心理疏导情况",
    "an officer who was not hurt has no days away": "未受伤的民警没有休息天数",
    "an officer who was not hurt has no restricted duty": "未受伤的民警没有轻岗天数",
    "an officer who was not hurt was not treated": "未受伤的民警没有救治医院",
    "say how many days the officer was away": "请填写民警休息的天数",
    "say how many days of restricted duty": "请填写轻岗天数",
    "'{value}' is not a number of {what}": "“{value}”不是有效的{what}",
    "{what} cannot be negative": "{what}不能为负数",
    "{what} are at most {n}": "{what}最多 {n} 天",
    "the case number": "案件编号",
    "how they were dealt with": "处理情况",
    "the outcome": "处理结果",
    "choose the officer paid": "请选择获补偿的民警",
    "who paid": "支付方",
    "person-times are 1 to {n}": "人次应为 1 至 {n}",
    "the lawyer or firm": "律师或律师事务所",
    "what was provided": "援助内容",
    # -- money.py --------------------------------------------------------------------------
    "an amount is required": "请填写金额",
    "'{value}' is not an amount of yuan like 1500 or 1500.50": (
        "“{value}”不是金额，请写成 1500 或 1500.50 这样的元数"
    ),
    "an amount has at most two decimals (fen)": "金额最多保留两位小数（到分）",
    "an amount paid is more than 0 yuan": "支付金额应大于 0 元",
    "{amount} yuan is more than any one payment can be": "{amount} 元超出单笔支付的上限",
    # -- people.py -------------------------------------------------------------------------
    "choose male or female": "请选择男或女",
    "the address is too long": "地址太长",
    "the birth date is in the future": "出生日期晚于今天",
    "the ID number says {sex}": "身份证号码显示为{sex}",
    "male": "男性",
    "female": "女性",
    "the ID number says born {date}": "身份证号码显示出生日期为 {date}",
    "say why the record is voided": "请说明作废该记录的理由",
    "ID number {number} is already recorded for {name} (person {id})": (
        "身份证号码 {number} 已登记为 {name}（人员编号 {id}）"
    ),
    # -- people_merge.py -------------------------------------------------------------------
    "say why the merge is undone": "请说明撤销合并的理由",
    "choose two different records to merge": "请选择两条不同的记录进行合并",
    "person {id} is void": "人员 {id} 已作废",
    "the two records have different ID numbers: not the same person": (
        "两条记录的身份证号码不同：不是同一个人"
    ),
    "both records live in a household now: move one out first": (
        "两条记录现在都登记在住户中：请先将其中一人迁出"
    ),
    "person {id} was not merged into another record": "人员 {id} 没有被合并到其他记录",
    "person {id} has no record of the merge": "人员 {id} 没有合并记录",
    # -- roster.py -------------------------------------------------------------------------
    "the day an officer joined cannot be in the future": "入所日期不能晚于今天",
    "an officer joins before leaving": "入所日期应早于离所日期",
    "choose police or auxiliary police": "请选择民警或辅警",
    "choose one of the two teams and one room": "请选择“两队一室”中的一个",
    "choose the village whose committee the officer sits on": "请选择该警员任职“两委”的村",
    "say why the officer is voided": "请说明作废该警员的理由",
    "badge number {badge} belongs to another officer": "警号 {badge} 已属于其他警员",
    "the officer was already on duty in an incident on {day}": (
        "该警员 {day} 已在事件中执勤，入所日期不能晚于该日"
    ),
    "choose a village or community for the committee seat": "请为“两委”任职选择村或社区",
    "no grid with id {id}": "没有编号为 {id} 的网格",
    "'{value}' is not a shift; choose one of {choices}": "“{value}”不是班次；请选择：{choices}",
    "'{value}' is not one of {choices}": "“{value}”不是可选项；请选择：{choices}",
    "the last day is before the first day": "截止日期早于起始日期",
    "patrols per day are 0 to {n}": "每日巡逻次数应为 0 至 {n}",
    "an officer off duty has no patrols": "不在岗的警员没有巡逻次数",
    "{grid} has no responsible officer": "{grid} 没有责任民警",
    "{grid} has {n} responsible officers: {names}": "{grid} 有 {n} 名责任民警：{names}",
    # -- rules.py --------------------------------------------------------------------------
    "a name is required": "请填写姓名",
    "a name has at most {n} characters": "姓名最多 {n} 个字",
    "a phone number is required": "请填写电话号码",
    "not a phone number: 11 digits starting with 1, or a landline like 0375-1234567": (
        "电话号码不正确：应为以1开头的11位手机号码，或如0375-1234567的固定电话"
    ),
    "a badge number is required": "请填写警号",
    "a badge number is 4 to 12 letters or digits": "警号应为 4 至 12 位字母或数字",
    # -- weekly_report.py / weeks.py -------------------------------------------------------
    "no grid is called '{name}'": "没有名为“{name}”的网格",
    "{week} has not started yet": "{week} 还没有开始",
    "'{value}' is not an ISO week; write it like 2026-W47": (
        "“{value}”不是 ISO 周；请写成 2026-W47 的格式"
    ),
    "{year} has no ISO week {week}": "{year} 年没有第 {week} 周",
    # -- spreadsheets ----------------------------------------------------------------------
    "{value} is not a date; {hint}": "{value} 不是日期；{hint}",
    "Excel stored the ID number as a number and lost its last digits ({value});"
    " format the column as text and type it again": (
        "Excel 把身份证号码存成了数字，后几位已丢失（{value}）；请把该列设为文本格式后重新输入"
    ),
    "the number is masked (****); import from a full export or the original ledger": (
        "号码已脱敏（****）；请从完整导出文件或原始台账导入"
    ),
    "the ID number shows as {value}: Excel turned it into a number and its last digits"
    " are lost; format the column as text and type it again": (
        "身份证号码显示为 {value}：Excel 把它变成了数字，后几位已丢失；"
        "请把该列设为文本格式后重新输入"
    ),
    "the ID number has 17 digits: its final X was lost (Excel drops it); type it again as text": (
        "身份证号码只有 17 位：末位的 X 丢失了（Excel 会去掉它）；请以文本格式重新输入"
    ),
    "'{value}' is not yes or no; write 是 or 否": "“{value}”不是“是”或“否”；请填写 是 或 否",
    "'{value}' is not a {what}; write one of {choices}": (
        "“{value}”不是有效的{what}；请填写以下之一：{choices}"
    ),
    "already in the ledger as dispute {id}": "台账中已有此纠纷（编号 {id}）",
    "way of receiving": "受理方式",
    "risk grade (A to D)": "风险等级（A 至 D）",
    "a name": "姓名",
    "a grid needs its village: fill every level above": "网格须有所属村：请填写所有上级",
    "grid {path} is already recorded as written": "网格 {path} 已按所填内容登记",
    "an ID number is required to import a resident": "导入住户成员须有身份证号码",
    "an address": "地址",
    "sex": "性别",
    "relationship to the head": "与户主关系",
    "the same ID number is on row {row}": "第 {row} 行有相同的身份证号码",
    "this ID number belongs to a voided record": "此身份证号码属于一条已作废的记录",
    "the rows at {address} name different grids": "{address} 的各行所填网格不一致",
    "this address is recorded in another grid": "此地址已登记在其他网格",
    "the head at {address} is {head} (row {row}), not {name}": (
        "{address} 的户主是 {head}（第 {row} 行），不是 {name}"
    ),
    "already a resident of this household": "已是该户成员",
    "{name} lives at another address (household {id}); record the move out there first": (
        "{name} 住在其他地址（住户 {id}）；请先在该处登记迁出"
    ),
    "{file}: no row of headings found; the first row of the table names its columns"
    " (see `stationdesk template {kind}`)": (
        "{file}：没有找到表头行；表格第一行应为各列的列名（参见 `stationdesk template {kind}`）"
    ),
    "{file}: required columns missing: {columns}": "{file}：缺少必需的列：{columns}",
    "cannot import '{kind}'; choose one of {kinds}": "不能导入“{kind}”；请选择：{kinds}",
    "a grid is required": "请填写网格",
    "there is no grid {path}": "没有网格 {path}",
    "there is no grid named {name}": "没有名为 {name} 的网格",
    "{n} grids are named {name} ({paths}); write the whole path": (
        "有 {n} 个网格名为 {name}（{paths}）；请填写完整路径"
    ),
    "there is no officer named {name}": "没有名为 {name} 的警员",
    "{n} officers are named {name}; write the badge number instead": (
        "有 {n} 名警员名为 {name}；请改填警号"
    ),
    "officer {badge} is already recorded as written": "警员 {badge} 已按所填内容登记",
    "a badge number": "警号",
    "kind": "类别",
    "team": "所属队室",
    "{file}: cannot read {suffix}; use one of {suffixes}": (
        "{file}：不能读取 {suffix}；请使用以下格式之一：{suffixes}"
    ),
    "a file without a suffix": "没有扩展名的文件",
    "{path} does not exist": "{path} 不存在",
    "{file} is not a readable spreadsheet: {reason}": "{file} 不是可读取的表格文件：{reason}",
    "this visit is already recorded": "此次走访已登记",
    "no household is recorded at this address; import the household first": (
        "此地址没有登记住户；请先导入住户"
    ),
    "{file}: write .xlsx or .csv": "{file}：请保存为 .xlsx 或 .csv",
    # the import's report (spreadsheets/report.py)
    "row {row}, {column}": "第 {row} 行，{column}",
    "row {row}": "第 {row} 行",
    "skipped, {reason}: rows {rows}": "已跳过（{reason}）：第 {rows} 行",
    "{file} (read as {encoding}): {n} rows": "{file}（按 {encoding} 编码读取）：共 {n} 行",
    "{file}: {n} rows": "{file}：共 {n} 行",
    "would add {what}": "将新增 {what}",
    "added {what}": "已新增 {what}",
    "would update {what}": "将更新 {what}",
    "updated {what}": "已更新 {what}",
    "nothing": "无",
    "{n} rows already recorded": "{n} 行已登记过",
    "{n} bad rows": "{n} 行有错",
    "nothing was imported because of the bad rows": "因有错误行，未导入任何内容",
    "the bad rows are in {path}": "错误行已另存到 {path}",
    "making {n} new records searchable…": "正在为 {n} 条新记录建立检索…",
    "{file}: cancelled; nothing was imported": "{file}：已取消，未导入任何内容",
    "{n} bad rows; nothing was imported (fix them, or use --skip-bad to import the good rows)": (
        "{n} 行有错，未导入任何内容（请改正，或加 --skip-bad 只导入正确的行）"
    ),
    "{n} disputes": "纠纷 {n} 起",
    "{n} households": "住户 {n} 户",
    "{n} people": "人员 {n} 人",
    "{n} residents": "住户成员 {n} 人",
    "{n} visits": "走访 {n} 次",
    "{n} grids": "网格 {n} 个",
    "{n} officers": "警员 {n} 名",
    # -- store -----------------------------------------------------------------------------
    "database disk image is malformed ({reason})": "数据库文件已损坏（{reason}）",
    "{file} is damaged or not a station database: {reason}": (
        "{file} 已损坏或不是本所数据库：{reason}"
    ),
    "the backup folder {path} cannot be reached (is the drive plugged in?)": (
        "无法访问备份文件夹 {path}（驱动器是否已连接？）"
    ),
    "no backup was made: {reason}": "未能备份：{reason}",
    "the copy failed its check, so it was not kept: {reason}": "副本未通过检查，已丢弃：{reason}",
    "no backup was made: the disk holding {path} is full": "未能备份：{path} 所在的磁盘已满",
    "an in-memory station cannot be restored": "内存中的数据库不能恢复",
    "{file} is damaged and was not restored: {reason}": "{file} 已损坏，未恢复：{reason}",
    "{file} was written by a newer StationDesk; update first": (
        "{file} 由更新版本的 StationDesk 写入；请先升级"
    ),
    "the restore failed, the records are unchanged: {reason}": (
        "恢复失败，记录未作任何改动：{reason}"
    ),
    "no safety copy could be made, nothing was restored: {reason}": (
        "无法制作安全副本，未恢复任何内容：{reason}"
    ),
    "there is no table {table}; tables are made only by migrations": (
        "没有数据表 {table}；数据表只能由迁移创建"
    ),
    "the new {table} record got no id": "新{table}记录没有获得编号",
    "{kind} {id} is void": "{kind} {id} 已作废",
    "{kind} {id} is already void": "{kind} {id} 已经作废",
    "nothing was saved: the disk holding {path} is full;"
    " free space and save again": "未保存：{path} 所在的磁盘已满；请腾出空间后重新保存",
    "nothing was saved: the station file {path} is read-only": "未保存：数据文件 {path} 是只读的",
    "nothing was saved: another program is writing to the station file;"
    " save again": "未保存：另一个程序正在写入数据文件；请重新保存",
    "nothing was saved: the station file {path} cannot be written"
    " (was its drive removed?)": "未保存：无法写入数据文件 {path}（驱动器是否已移除？）",
    "no station database at {path}": "{path} 处没有本所数据库",
    "{file} is not a usable station database: {reason}": "{file} 不是可用的本所数据库：{reason}",
    "{file} was written by a newer StationDesk (schema v{version});"
    " update the app": "{file} 由更新版本的 StationDesk 写入（数据结构 v{version}）；请升级程序",
    "{path} already exists; move it away and start again": "{path} 已存在；请将其移走后重新开始",
    "the damaged file could not be kept aside: {reason}": "无法另存已损坏的文件：{reason}",
    "the disk holding {path} is full": "{path} 所在的磁盘已满",
    "StationDesk may not write in {path} (the folder is read-only)": (
        "StationDesk 无法写入 {path}（文件夹是只读的）"
    ),
    "the folder {path} cannot be reached (is the drive plugged in?)": (
        "无法访问文件夹 {path}（驱动器是否已连接？）"
    ),
    "{path} could not be written: {reason}": "无法写入 {path}：{reason}",
    "the file changed after StationDesk last closed it, and not through StationDesk"
    " (it may be damaged, or edited by another program)": (
        "该文件在 StationDesk 上次关闭后被改动过，且不是通过 StationDesk 改动的"
        "（可能已损坏，或被其他程序编辑过）"
    ),
    # -- cli -------------------------------------------------------------------------------
    "there is no backup file {path}": "没有备份文件 {path}",
    "{file} is damaged and cannot be restored: {reason}": "{file} 已损坏，不能用于恢复：{reason}",
    "the station is open in a StationDesk window (process {pid}): restore from its"
    " File > Backups, or close it first": (
        "本所数据正在 StationDesk 窗口中打开（进程 {pid}）：请在该窗口的“文件 > 备份”中恢复，"
        "或先关闭窗口"
    ),
    "restore replaces the station's records: add --yes to confirm": (
        "恢复会替换本所的全部记录：请加上 --yes 确认"
    ),
    "this station has accounts: give --user NAME (or set {variable})": (
        "本所已启用账号：请用 --user 用户名 指定用户（或设置 {variable}）"
    ),
    "no password given (type it, or set {variable} for a scheduled task)": (
        "没有提供密码（请输入密码；计划任务可设置 {variable}）"
    ),
    "no password given (type it, or set {variable})": (
        "没有提供密码（请输入密码，或设置 {variable}）"
    ),
    "the two passwords are not the same": "两次输入的密码不一致",
    "say what to change: --role, --officer or --no-officer": (
        "请说明要修改什么：--role、--officer 或 --no-officer"
    ),
    "there is no account {name}": "没有账号 {name}",
    "there is no officer {name} on the roster": "花名册上没有警员 {name}",
    "--officer: {reason}": "--officer：{reason}",
    "an instructor's account must be linked to an officer on the roster, whose grids it"
    " may change records in": "教导员账号必须关联花名册上的一名警员，只能修改该警员所管网格的记录",
    "an instructor may only change records in their own grids (网格)": (
        "教导员只能修改自己所管网格的记录"
    ),
    "an instructor may only change records in their own grids (网格); {name} is not one of them": (
        "教导员只能修改自己所管网格的记录；{name} 不在其中"
    ),
    "this instructor account is linked to no officer on the roster, so it has no grids;"
    " ask the chief to link it": (
        "此教导员账号未关联花名册上的警员，因此没有所管网格；请所长为其关联"
    ),
    "the check character is computed from 17 digits": "校验码由前 17 位数字算出",
    "rows added without their audit entries: {tables}": "有记录未写入修改记录：{tables}",
    "folder {path} does not exist": "文件夹 {path} 不存在",
    "--from {start} is after --to {end}": "--from {start} 晚于 --to {end}",
    "say where to write the PDF with -o FILE.pdf, or use --json": (
        "请用 -o 文件名.pdf 指定 PDF 的保存位置，或使用 --json"
    ),
    "type something to search for": "请输入要查询的内容",
    "--disputes is a number of disputes, 0 or more": "--disputes 应为纠纷数量，0 或以上",
    "--households is a number of households, 0 or more": "--households 应为住户数量，0 或以上",
    "unknown kind '{kind}'; choose one of {kinds}": "没有“{kind}”这一类；请选择：{kinds}",
    "integrity: {reason}": "完整性检查：{reason}",
    "audit protection trigger {name} is missing": "修改记录保护触发器 {name} 缺失",
    "audit entries {first} to {last} are missing": "修改记录第 {first} 至 {last} 条缺失",
    "audit entry {n} does not follow entry {before}": "修改记录第 {n} 条与第 {before} 条接不上",
    "audit entry {n} ({kind} {id}, {action}) was altered": (
        "修改记录第 {n} 条（{kind} {id}，{action}）被篡改"
    ),
}

# Field names of ValidationError as a Chinese line names them ("phone: ..." -> "电话：...");
# a dotted name ("parties.0.phone") is named by its last word.
FIELDS_ZH: dict[str, str] = {
    "account": "账号",
    "username": "用户名",
    "full_name": "姓名",
    "password": "密码",
    "old": "当前密码",
    "new": "新密码",
    "repeated": "确认新密码",
    "role": "角色",
    "officer": "关联民警",
    "record": "记录",
    "reason": "理由",
    "changes": "更正",
    "status": "状态",
    "name": "姓名",
    "sex": "性别",
    "id_number": "身份证号码",
    "birth_date": "出生日期",
    "phone": "电话",
    "address": "地址",
    "person": "人员",
    "parties": "当事人",
    "received_on": "受理日期",
    "received_how": "受理方式",
    "category": "类别",
    "grid": "网格",
    "grid_id": "网格",
    "grid_ids": "网格",
    "place": "地点",
    "summary": "简要情况",
    "risk_grade": "风险等级",
    "risk_reason": "定级理由",
    "officer_id": "责任民警",
    "officer_ids": "民警",
    "deadline": "办结期限",
    "held_at": "调解时间",
    "mediator_ids": "调解人",
    "participants": "参加人员",
    "result": "结果",
    "kind": "类别",
    "on": "日期",
    "referred_to": "移交去向",
    "referred_where": "移交单位",
    "agreement": "调解协议",
    "facts": "事实",
    "obligations": "履行事项",
    "what": "内容",
    "due_on": "履行期限",
    "household": "住户",
    "household_id": "住户",
    "members": "成员",
    "relationship": "与户主关系",
    "moved_in_on": "迁入日期",
    "moved_out_on": "迁出日期",
    "resident": "住户成员",
    "visited_on": "走访日期",
    "purpose": "走访事由",
    "found": "发现情况",
    "followup_note": "后续工作",
    "notes": "备注",
    "badge_no": "警号",
    "team": "所属队室",
    "joined_on": "入所日期",
    "left_on": "离所日期",
    "patrols": "巡逻次数",
    "injury": "伤情记录",
    "incident": "事件",
    "occurred_at": "事发时间",
    "description": "事发经过",
    "days_away": "休息天数",
    "days_restricted": "轻岗天数",
    "hospital_id": "医院",
    "amount_fen": "金额",
    "paid_on": "支付日期",
    "given_on": "援助日期",
    "period": "时段",
    "sort": "排序",
    "parent": "上级",
    "village": "村",
}

# What a placeholder matches: a number for those that only hold one (so "{n} people" never
# swallows a sentence); for most, any text without "; " or ": " (a value never holds a clause,
# so "{what} is required" does not take "party 1: a name is required"); a reason, anything.
_NUMBER = r"\d+"
_COUNT = r"\d{1,3}(?:,\d{3})+|\d+"  # counts are written with thousands separators
_PATTERNS = {
    "n": _COUNT,
    "id": _NUMBER,
    "row": _NUMBER,
    "more": r"(?: and \d+ more)?",
    "reason": ".+?",
}
_ANY = r"(?:(?!; |: ).)+?"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class _Template:
    needle: str  # its longest fixed text: a message without it is not tried against it
    pattern: re.Pattern[str]
    chinese: str


def _compile(english: str) -> _Template:
    """A template as a regex whose named groups are its placeholders."""
    fixed, names = _PLACEHOLDER.split(english)[::2], _PLACEHOLDER.findall(english)
    parts = [re.escape(fixed[0])]
    for name, text in zip(names, fixed[1:], strict=True):
        parts.append(f"(?P<{name}>{_PATTERNS.get(name, _ANY)})")
        parts.append(re.escape(text))
    return _Template(max(fixed, key=len), re.compile("".join(parts), re.DOTALL), ZH[english])


@cache
def _templates() -> tuple[_Template, ...]:
    """The templates with values, the most specific (most fixed text) first."""
    with_values = [english for english in ZH if _PLACEHOLDER.search(english)]
    with_values.sort(key=lambda english: -len(_PLACEHOLDER.sub("", english)))
    return tuple(_compile(english) for english in with_values)


def localize(message: str, lang: str) -> str:
    """`message` in `lang`: Chinese for "zh" where the table knows it, else unchanged."""
    if lang != "zh":
        return message
    return _chinese(message)


def localize_errors(errors: Mapping[str, str], lang: str) -> dict[str, str]:
    """A ValidationError's reasons by field, each in `lang`."""
    return {name: localize(reason, lang) for name, reason in errors.items()}


def field_name(name: str, lang: str) -> str:
    """How a line names a ValidationError's field in `lang`."""
    if lang != "zh":
        return name
    words = [word for word in name.split(".") if not word.isdigit()]
    return FIELDS_ZH.get(name) or FIELDS_ZH.get(words[-1] if words else name, name)


def error_lines(error: BaseException, lang: str) -> list[str]:
    """An error's message in `lang`; a ValidationError's, one "field: reason" per field."""
    if not isinstance(error, ValidationError):
        return [localize(str(error), lang)]
    colon = "：" if lang == "zh" else ": "
    reasons = localize_errors(error.errors, lang)
    return [f"{field_name(name, lang)}{colon}{reason}" for name, reason in reasons.items()]


def error_text(error: BaseException, lang: str) -> str:
    """An error's message in `lang` on one line (as the command line prints it)."""
    return ("；" if lang == "zh" else "; ").join(error_lines(error, lang))


@lru_cache(maxsize=4096)
def _chinese(message: str) -> str:
    if message in ZH:
        return ZH[message]
    for template in _templates():
        if template.needle in message:
            match = template.pattern.fullmatch(message)
            if match:
                return _filled(template.chinese, match.groupdict())
    return _joined(message)


def _filled(chinese: str, values: dict[str, str]) -> str:
    """The Chinese template with each value, itself localized, in its place."""
    shown = {name: _chinese(value.strip()) for name, value in values.items()}
    return _PLACEHOLDER.sub(lambda match: shown[match.group(1)], chinese)


def _joined(message: str) -> str:
    """A message made of parts, part by part: clauses joined by "; ", then "where: reason",
    then a list joined by ", " (only when every item is known). Unknown parts stay English."""
    for english, chinese, whole in (("; ", "；", False), (": ", "：", False), (", ", "、", True)):
        parts = message.split(english, 1 if english == ": " else -1)
        if len(parts) == 1:
            continue
        shown = [_chinese(part) for part in parts]
        changed = [a != b for a, b in zip(parts, shown, strict=True)]
        if all(changed) if whole else any(changed):
            return chinese.join(shown)
        return message
    return message
