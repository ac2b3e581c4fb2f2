"""Words and dates of the printed forms, in English with Simplified Chinese.

Fixed choices of the ledgers (shift kinds, teams, officer kinds) come from
`stationdesk.domain.labels`; this table holds only what the forms add.
"""

from __future__ import annotations

from datetime import date, datetime

from stationdesk.domain import labels
from stationdesk.domain.figures import SIGN_OFF_WINDOW_DAYS

# The agreement's standing clauses, long enough to be named.
AGREEMENT_EFFECT = (
    "This agreement takes effect once every party has signed or thumbprinted it, the mediator"
    " has signed it and the seal is affixed; it binds the parties, who shall carry it out."
)
AGREEMENT_COURT = (
    "The parties may, if they see fit, jointly apply to the competent people's court for"
    " judicial confirmation within {days} days of the agreement taking effect (by {date})."
)
AGREEMENT_COPIES = (
    "This agreement is made in {total} copies: one for each party and one kept by the"
    " station (mediation committee)."
)

WEEK_NOTE = "Weeks are ISO weeks, Monday 00:00 to Sunday 24:00. Voided records are never counted."
CHANGE_NOTE = (
    "Change: against the base in percent; \u201cnew\u201d when the base is 0, a dash when both"
    " are 0. Same week last year: the same ISO week number (week 53 is compared with week 52)."
    " A rate's change is in percentage points (pp)."
)
RATE_NOTE = (
    "Settlement rate: disputes settled by agreement over all disputes that ended in the period"
    " (settled, referred on, handed up or withdrawn). A sign-off counts in the period it was"
    f" made, when it came within {SIGN_OFF_WINDOW_DAYS} days of the outcome."
    " Open, overdue and registered counts are taken at the end of the period; they have no"
    " year-to-date total."
)
COVERAGE_NOTE = "Coverage: households reached in the week over households registered in the grid."

ZH = {
    # shared page
    "Page {page} of {pages}": "第 {page} 页 / 共 {pages} 页",
    "Printed by {actor}": "打印人：{actor}",
    "Printed by {actor} on {time}": "打印人：{actor}　打印时间：{time}",
    "Prepared by": "制表人",
    "Approved by (chief)": "所长审核",
    "Date": "日期",
    # roster sheet
    "Weekly roster sheet": "值班备勤表",
    "Week {week}": "{year}年第{number}周（{week}）",
    "No.": "序号",
    "Name": "姓名",
    "Kind": "类别",
    "Badge": "警号",
    "Phone": "电话",
    "Grids": "责任网格",
    "Duty\ndays": "在岗\n天数",
    "Patrols": "巡逻\n次数",
    "On duty per day": "每日在岗人数",
    "Patrols per day": "每日巡逻次数",
    "Officers of {grids}": "仅列出以下网格的责任人：{grids}",
    "{count} officers": "{count} 人",
    "{place}, {count} grids": "{place}{count}个网格",
    "Legend": "图例",
    "Day, night and standby count as on duty": "白班、夜班、备勤计为在岗",
    "a number after a shift is that day's patrols": "班次后的数字为当日巡逻次数",
    "– no shift entered": "– 未排班",
    "phone numbers masked": "电话号码已脱敏",
    "No officers on the roster": "名单中没有在岗人员",
    # dispute forms (shared)
    "Dispute no.": "纠纷编号",
    "Status": "状态",
    "Received on": "受理日期",
    "Received how": "受理方式",
    "Category": "纠纷类别",
    "Risk grade": "风险等级",
    "Grid": "所属网格",
    "Place": "发生地点",
    "Grade reason": "研判理由",
    "Officer": "责任民警",
    "Deadline": "化解期限",
    "Outcome": "处理结果",
    "Parties": "当事人",
    "Role": "身份",
    "Sex": "性别",
    "ID number": "身份证号码",
    "Address": "住址",
    "Held at": "调解时间",
    "Result": "调解结果",
    "Notes": "情况说明",
    "Mediator": "调解员",
    # registration form
    "Dispute registration form": "矛盾纠纷登记表",
    "Summary of the dispute": "纠纷简要情况",
    "Mediation so far": "调解经过",
    "No mediation session yet.": "尚未开展调解。",
    "Registered by (officer)": "登记民警（签名）",
    " (overdue by {days} days)": "（已逾期 {days} 天）",
    " ({days} days left)": "（剩余 {days} 天）",
    "Being mediated": "正在调处",
    "signed off {date} by {who}": "{date} 经 {who} 审核",
    # session record
    "Mediation session record": "调解笔录",
    "Session": "调解次数",
    "Session {number}": "第 {number} 次",
    "Mediators": "调解人员",
    "Participants": "参加人员",
    "Dispute": "纠纷事由",
    "Statements of the parties": "当事人陈述",
    "(no statement)": "（未作陈述）",
    "Result of the session": "调解结果",
    "The parties have read this record and confirm it is correct.": (
        "以上笔录已交当事人阅看（或向其宣读），确认无误。"
    ),
    "{role} {name} (signature or thumbprint)": "{role} {name}（签名或按指印）",
    "Mediator {name}": "调解员 {name}（签名）",
    "Recorded by": "记录人（签名）",
    # agreement
    "People's mediation agreement": "人民调解协议书",
    "Station's copy": "派出所存档",
    "for {name}": "当事人 {name} 收执",
    "Copy {number} of {total} —": "第{number}份 共{total}份",
    "Agreement no. {agreement}　Dispute no. {dispute}": (
        "协议编号：{agreement}　纠纷编号：{dispute}"
    ),
    "born {date}": "{date}出生",
    "Facts of the dispute": "纠纷主要事实、争议事项",
    "Responsibility": "责任认定",
    "Terms agreed": "协议内容",
    "Through mediation the parties freely agree as follows:": (
        "经调解，双方当事人自愿达成如下协议："
    ),
    " (to be done by {who} by {date})": "（履行人：{who}；履行期限：{date}前）",
    "Effect and court confirmation": "协议效力与司法确认",
    AGREEMENT_EFFECT: (
        "本协议自各方当事人签名或按指印、人民调解员签名并加盖印章之日起生效，"
        "具有法律约束力，当事人应当按照约定履行。"
    ),
    AGREEMENT_COURT: (
        "双方当事人认为有必要的，可以自本协议生效之日起{days}日内（至{date}）"
        "共同向有管辖权的人民法院申请司法确认。"
    ),
    "The parties have said they will apply for judicial confirmation.": (
        "双方当事人已表示将申请司法确认。"
    ),
    AGREEMENT_COPIES: ("本协议一式{total}份，当事人各执一份，派出所（人民调解委员会）留存一份。"),
    "Signed by": "签署人",
    "Signature": "签名",
    "Thumbprint": "按指印",
    "Mediation committee / station (seal)": "人民调解委员会 / 派出所（盖章）",
    # dispute ledger
    "Dispute ledger": "矛盾纠纷排查化解台账",
    "Disputes received {range}": "受理时间：{range}",
    "Summary": "简要案情",
    "Grade": "等级",
    "Sessions": "调解\n次数",
    "Follow-up": "回访情况",
    " (overdue)": "（逾期）",
    "No disputes received in this period": "该期间未受理矛盾纠纷",
    "Agreement broken": "未履行协议",
    "{count} late": "{count} 次逾期未回访",
    "{count} pending": "待回访 {count} 次",
    "Kept": "已履行",
    "Totals": "合计",
    "Received": "受理",
    "Agreements reached": "调解成功",
    "Settlement rate": "化解率",
    "Overdue, still open": "逾期未结",
    # injuries on duty and rights protection
    "Injury-on-duty report": "民警因公受伤（受侵害）情况报告表",
    "Rights-protection case summary": "民警执法权益保护案件情况表",
    "Register of injuries on duty and rights protection": "民警因公受伤及执法权益保护登记簿",
    "Incident no.": "事件编号",
    "Occurred at": "发生时间",
    "On duty": "执勤事项",
    "How it happened": "受侵害方式",
    "Arose from": "起因",
    "Dispute no. {id}": "矛盾纠纷第{id}号",
    "Household visit no. {id}": "入户走访第{id}号",
    "What happened": "事件经过",
    "Officers involved": "涉及民警（辅警）",
    "Name (badge)": "姓名（警号）",
    "Most serious outcome": "最严重后果",
    "Days away": "误工天数",
    "Restricted duty days": "限制勤务天数",
    "Injuries and treatment (private)": "伤情与救治（保密）",
    "PRIVATE: medical details; show only to those whose role allows it": (
        "保密：以下为医疗信息，仅限有权限人员查阅"
    ),
    "Medical details withheld.": "医疗信息不予显示。",
    "Body parts": "受伤部位",
    "Nature of injury": "伤情",
    "Green channel": "绿色通道医院",
    "Treatment": "救治情况",
    "Psychological support": "心理疏导",
    "No": "否",
    "No officer was hurt.": "无民警受伤。",
    "Reported by": "报告人",
    "Chief": "所长",
    "The case against the offender": "侵权案件查处",
    "Case number": "案件编号",
    "Persons dealt with": "处理违法人员数",
    "How they were dealt with": "处理方式",
    "Case outcome": "处理结果",
    "Compensation": "赔偿（补偿）",
    "Paid on": "支付日期",
    "Payer": "支付方",
    "Paid to": "受领人",
    "Injured officer": "受伤民警",
    "Amount": "金额",
    "Total paid": "合计",
    "Legal aid": "法律援助",
    "Given on": "提供日期",
    "Lawyer or firm": "律师/律师事务所",
    "Person-times": "人次",
    "What was provided": "援助内容",
    "Person-times in all": "合计人次",
    "Clarification": "澄清正名",
    "Not yet cleared.": "尚未澄清正名。",
    "Not a false accusation: nothing to clear.": "非恶意投诉、诬告案件，无需澄清。",
    "Comfort visits": "关爱慰问",
    "Visited on": "慰问日期",
    "Visitors": "慰问人",
    "What was done": "慰问内容",
    "None recorded.": "无记录。",
    "Incidents of {year}": "{year}年度",
    "No incidents recorded this year.": "本年度无登记事件。",
    "Officers": "涉及民警",
    "Cleared": "已澄清",
    "Figures for the bureau": "统计数据（与上年对比）",
    "Figure": "项目",
    # weekly report
    "Weekly report": "工作周报",
    " (so far)": "（截至今日）",
    "Area: {scope}": "统计范围：{scope}",
    "Generated {time} by {actor}": "生成时间：{time}　制表：{actor}",
    "vs last week {a}<br/>vs last year {b}": "环比 {a}<br/>同比 {b}",
    "Disputes received and settled, 12 weeks": "近12周纠纷受理与化解",
    "Disputes by category, year to date": "纠纷类别（本年累计）",
    "This year": "今年",
    "Last year": "去年",
    "Household visits per grid, this week": "本周各网格入户走访",
    "No visits recorded this week": "本周未登记入户走访",
    "Figures of the week": "本周主要数据",
    "By grid": "分网格情况",
    "Definitions": "指标说明",
    "Item": "项目",
    "This week": "本周",
    "Last week": "上周",
    "vs last week": "环比",
    "Same week last year": "去年同期",
    "vs last year": "同比",
    "Year to date": "本年累计",
    "Last year to date": "去年同期累计",
    "Year-to-date change": "累计同比",
    "Disputes": "矛盾纠纷",
    "By category": "按类别",
    "By how received": "按受理方式",
    "Mediation and follow-up": "调解与回访",
    "Roster": "勤务",
    "Injuries on duty": "民警执法权益保护",
    "Grid / community": "网格（社区）",
    "Responsible officer": "责任民警",
    "Visits": "走访次数",
    "Households reached / registered": "走访户数/登记户数",
    "Coverage": "覆盖率",
    WEEK_NOTE: "周按ISO周计算，自周一0时至周日24时。已作废的记录一律不计。",
    CHANGE_NOTE: (
        "增减：与基数相比的百分比；基数为0时显示“新增”，两者均为0时显示“—”。"
        "去年同期：去年相同ISO周次（第53周与去年第52周比较）。化解率的增减以百分点（pp）表示。"
    ),
    RATE_NOTE: (
        "化解率：统计期内调解化解数除以同期办结数（化解、移交、上交、撤回）。"
        f"所长审核结案按审核日期统计（限办结后{SIGN_OFF_WINDOW_DAYS}日内的审核）。"
        "在办、逾期未结及登记户数为统计期末时点数，"
        "不计累计。"
    ),
    COVERAGE_NOTE: "覆盖率：本周走访户数除以该网格登记户数。",
    # household forms
    "Found on visit": "来源走访",
    "Visit no. {visit} on {date}, household {household}, {address}": (
        "第{visit}号走访，{date}，第{household}号户，{address}"
    ),
    "Household visit record": "入户走访记录",
    "Household card": "户情登记卡",
    "Household visit ledger": "入户走访台账",
    "Visit no.": "走访编号",
    "Visit date": "走访日期",
    "Household no.": "户编号",
    "Householder": "户主",
    "Visiting officers": "走访民警",
    "Purpose": "走访事由",
    "Anti-fraud app installed": "安装国家反诈中心APP",
    "Members of the household": "家庭成员",
    "What was found": "走访发现情况",
    "Nothing of note.": "未发现异常情况。",
    "Follow-up needed: {what}": "需后续跟进：{what}",
    "No follow-up needed.": "无需后续跟进。",
    "Disputes opened from this visit": "由本次走访登记的矛盾纠纷",
    "None.": "无。",
    "Visiting officer(s)": "走访民警（签名）",
    "Resident visited": "被走访人（签名）",
    "Relationship": "与户主关系",
    "Flags": "重点关注",
    "Moved in": "迁入日期",
    "moved out {date}": "{date}迁出",
    "Registered on": "登记日期",
    "Visit history": "走访记录",
    "Not visited yet.": "尚未走访。",
    "Disputes of its members": "家庭成员涉及的矛盾纠纷",
    "Found": "发现情况",
    "App": "反诈\nAPP",
    "Visits made {range}": "走访时间：{range}",
    "No visits in this period": "该期间没有走访记录",
    "Totals: {visits} visits, {households} households reached, {installs} anti-fraud app"
    " installs, {followups} needing follow-up, {disputes} disputes opened": (
        "合计：走访 {visits} 次，覆盖 {households} 户，安装反诈APP {installs} 户，"
        "需跟进 {followups} 次，登记矛盾纠纷 {disputes} 起"
    ),
    # a person's history
    "A person's whole history": "人员综合档案",
    "Person no.": "人员编号",
    "Birth date": "出生日期",
    "Merged records": "合并记录",
    "History across the ledgers": "各台账记录",
    "Event": "事项",
    "What": "内容",
    "Details": "详情",
    "Nothing recorded about this person yet.": "暂无该人员的记录。",
    "{count} events": "共 {count} 条",
}

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def tr(text: str, lang: str, **values: object) -> str:
    """`text` in `lang` ('zh' or 'en'), with `values` filled in; ledger labels are known too."""
    if lang == "zh":
        text = ZH.get(text) or labels.label(text, lang)
    return text.format(**values) if values else text


def weekday(day: date, lang: str) -> str:
    """Mon / 周一."""
    return (WEEKDAYS_ZH if lang == "zh" else WEEKDAYS)[day.weekday()]


def day_month(day: date, lang: str) -> str:
    """16 Nov / 11月16日."""
    return f"{day.month}月{day.day}日" if lang == "zh" else f"{day.day} {MONTHS[day.month - 1]}"


def full_date(day: date, lang: str) -> str:
    """16 Nov 2026 / 2026年11月16日."""
    if lang == "zh":
        return f"{day.year}年{day_month(day, lang)}"
    return f"{day_month(day, lang)} {day.year}"


def date_range(first: date, last: date, lang: str) -> str:
    """Mon 16 Nov – Sun 22 Nov 2026 / 2026年11月16日—11月22日 (the year once if shared)."""
    if lang == "zh":
        end = day_month(last, lang) if first.year == last.year else full_date(last, lang)
        return f"{full_date(first, lang)}—{end}"
    start = day_month(first, lang) if first.year == last.year else full_date(first, lang)
    return f"{weekday(first, lang)} {start} – {weekday(last, lang)} {full_date(last, lang)}"


def date_time(moment: datetime, lang: str) -> str:
    """25 Nov 2026 14:05 / 2026年11月25日 14:05."""
    return f"{full_date(moment.date(), lang)} {moment:%H:%M}"
