"""Words and dates of the printed forms, in English with Simplified Chinese.

Fixed choices of the ledgers (shift kinds, teams, officer kinds) come from
`stationdesk.domain.labels`; this table holds only what the forms add.
"""

from __future__ import annotations

from datetime import date, datetime

from stationdesk.domain import labels

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
