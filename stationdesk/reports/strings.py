"""Words and dates of the printed forms, in English with Simplified Chinese.

Fixed choices of the ledgers (shift kinds, teams, officer kinds) come from
`stationdesk.domain.labels`; this table holds only what the forms add.
"""

from __future__ import annotations

from datetime import date, datetime

from stationdesk.domain import labels

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
