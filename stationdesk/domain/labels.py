"""Fixed choices of the ledgers and their labels, in English with Simplified Chinese.

`QT_TRANSLATE_NOOP` marks each label for Qt's lupdate without importing Qt; the window
translates them through its .qm file (context "Label"), while printed forms and the
command line use `label()` with the same Chinese table.
"""

from __future__ import annotations

CONTEXT = "Label"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns it unchanged."""
    del context
    return text


OFFICER_KINDS = {
    "police": QT_TRANSLATE_NOOP("Label", "Police officer"),
    "auxiliary": QT_TRANSLATE_NOOP("Label", "Auxiliary police"),
}

TEAMS = {
    "community": QT_TRANSLATE_NOOP("Label", "Community policing team"),
    "case": QT_TRANSLATE_NOOP("Label", "Case-handling team"),
    "command": QT_TRANSLATE_NOOP("Label", "Integrated command room"),
}

SHIFT_KINDS = {
    "day": QT_TRANSLATE_NOOP("Label", "Day"),
    "night": QT_TRANSLATE_NOOP("Label", "Night"),
    "standby": QT_TRANSLATE_NOOP("Label", "Standby"),
    "rest": QT_TRANSLATE_NOOP("Label", "Rest"),
    "leave": QT_TRANSLATE_NOOP("Label", "Leave"),
    "sick": QT_TRANSLATE_NOOP("Label", "Sick"),
}

ON_DUTY_SHIFTS = frozenset({"day", "night", "standby"})

GRID_LEVELS = {
    1: QT_TRANSLATE_NOOP("Label", "Street / town"),
    2: QT_TRANSLATE_NOOP("Label", "Village / community"),
    3: QT_TRANSLATE_NOOP("Label", "Village group / grid"),
}

SEXES = {
    "male": QT_TRANSLATE_NOOP("Label", "Male"),
    "female": QT_TRANSLATE_NOOP("Label", "Female"),
}

DISPUTE_CATEGORIES = {
    "marriage_family": QT_TRANSLATE_NOOP("Label", "Marriage and family"),
    "neighbours": QT_TRANSLATE_NOOP("Label", "Neighbours"),
    "land_forest": QT_TRANSLATE_NOOP("Label", "Land and forest"),
    "contract": QT_TRANSLATE_NOOP("Label", "Contract"),
    "damages": QT_TRANSLATE_NOOP("Label", "Damages"),
    "labour": QT_TRANSLATE_NOOP("Label", "Labour"),
    "property_management": QT_TRANSLATE_NOOP("Label", "Property management"),
    "other": QT_TRANSLATE_NOOP("Label", "Other"),
}

RECEIVED_HOW = {
    "walk_in": QT_TRANSLATE_NOOP("Label", "Walk-in"),
    "call_110": QT_TRANSLATE_NOOP("Label", "110 call"),
    "visit": QT_TRANSLATE_NOOP("Label", "Found on a household visit"),
    "village_committee": QT_TRANSLATE_NOOP("Label", "Referred by the village committee"),
    "other": QT_TRANSLATE_NOOP("Label", "Other"),
}

RISK_GRADES = {
    "A": QT_TRANSLATE_NOOP("Label", "Grade A"),
    "B": QT_TRANSLATE_NOOP("Label", "Grade B"),
    "C": QT_TRANSLATE_NOOP("Label", "Grade C"),
    "D": QT_TRANSLATE_NOOP("Label", "Grade D"),
}

RISK_GRADE_HINTS = {
    "A": QT_TRANSLATE_NOOP("Label", "May turn violent or collective"),
    "B": QT_TRANSLATE_NOOP("Label", "Tense, may escalate"),
    "C": QT_TRANSLATE_NOOP("Label", "Ordinary"),
    "D": QT_TRANSLATE_NOOP("Label", "Minor"),
}

DISPUTE_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Label", "Open"),
    "settled": QT_TRANSLATE_NOOP("Label", "Settled"),
    "referred": QT_TRANSLATE_NOOP("Label", "Referred"),
    "escalated": QT_TRANSLATE_NOOP("Label", "Escalated"),
    "withdrawn": QT_TRANSLATE_NOOP("Label", "Withdrawn"),
    "confirmed": QT_TRANSLATE_NOOP("Label", "Signed off"),
}

DISPUTE_OUTCOMES = {
    "agreement": QT_TRANSLATE_NOOP("Label", "Agreement reached"),
    "referred": QT_TRANSLATE_NOOP("Label", "Referred on"),
    "escalated": QT_TRANSLATE_NOOP("Label", "Escalated to the county bureau"),
    "withdrawn": QT_TRANSLATE_NOOP("Label", "Withdrawn by the parties"),
}

REFERRED_TO = {
    "court": QT_TRANSLATE_NOOP("Label", "People's court"),
    "labour_arbitration": QT_TRANSLATE_NOOP("Label", "Labour arbitration"),
    "village_committee": QT_TRANSLATE_NOOP("Label", "Village committee"),
    "other": QT_TRANSLATE_NOOP("Label", "Other"),
}

PARTY_ROLES = {
    "applicant": QT_TRANSLATE_NOOP("Label", "Applicant"),
    "respondent": QT_TRANSLATE_NOOP("Label", "Respondent"),
    "third_party": QT_TRANSLATE_NOOP("Label", "Third party"),
}

SESSION_PLACES = {
    "station": QT_TRANSLATE_NOOP("Label", "Police station"),
    "police_room": QT_TRANSLATE_NOOP("Label", "Community police room"),
    "on_site": QT_TRANSLATE_NOOP("Label", "On site"),
    "other": QT_TRANSLATE_NOOP("Label", "Other"),
}

SESSION_RESULTS = {
    "agreed": QT_TRANSLATE_NOOP("Label", "Agreed"),
    "partly_agreed": QT_TRANSLATE_NOOP("Label", "Partly agreed"),
    "not_agreed": QT_TRANSLATE_NOOP("Label", "No agreement"),
}

FOLLOWUP_KINDS = {
    "visit": QT_TRANSLATE_NOOP("Label", "Home visit"),
    "phone": QT_TRANSLATE_NOOP("Label", "Phone call"),
}

FOLLOWUP_REASONS = {
    "grade": QT_TRANSLATE_NOOP("Label", "Return visit by risk grade"),
    "obligation": QT_TRANSLATE_NOOP("Label", "Obligation due"),
    "court_confirmation": QT_TRANSLATE_NOOP("Label", "Court confirmation"),
}

SEARCH_KINDS = {
    "people": QT_TRANSLATE_NOOP("Label", "People"),
    "households": QT_TRANSLATE_NOOP("Label", "Households and addresses"),
    "disputes": QT_TRANSLATE_NOOP("Label", "Disputes"),
    "visits": QT_TRANSLATE_NOOP("Label", "Visits"),
    "injuries": QT_TRANSLATE_NOOP("Label", "Injuries on duty"),
    "officers": QT_TRANSLATE_NOOP("Label", "Officers"),
}

TIMELINE_EVENTS = {
    "moved_in": QT_TRANSLATE_NOOP("Label", "Lived at"),
    "dispute": QT_TRANSLATE_NOOP("Label", "Party to a dispute"),
    "visit": QT_TRANSLATE_NOOP("Label", "Household visited"),
    "injury": QT_TRANSLATE_NOOP("Label", "Officer hurt"),
    "merge": QT_TRANSLATE_NOOP("Label", "Records merged"),
    "unmerge": QT_TRANSLATE_NOOP("Label", "Merge undone"),
}

RELATIONSHIPS = {
    "head": QT_TRANSLATE_NOOP("Label", "Head of household"),
    "spouse": QT_TRANSLATE_NOOP("Label", "Spouse"),
    "child": QT_TRANSLATE_NOOP("Label", "Child"),
    "parent": QT_TRANSLATE_NOOP("Label", "Parent"),
    "grandchild": QT_TRANSLATE_NOOP("Label", "Grandchild"),
    "grandparent": QT_TRANSLATE_NOOP("Label", "Grandparent"),
    "sibling": QT_TRANSLATE_NOOP("Label", "Sibling"),
    "other_relative": QT_TRANSLATE_NOOP("Label", "Other relative"),
    "tenant": QT_TRANSLATE_NOOP("Label", "Tenant"),
    "other": QT_TRANSLATE_NOOP("Label", "Other"),
}

VISIT_PURPOSES = {
    "safety_check": QT_TRANSLATE_NOOP("Label", "Safety check"),
    "anti_fraud": QT_TRANSLATE_NOOP("Label", "Anti-fraud advice"),
    "dispute_screening": QT_TRANSLATE_NOOP("Label", "Dispute screening"),
    "return_visit": QT_TRANSLATE_NOOP("Label", "Return visit"),
    "other": QT_TRANSLATE_NOOP("Label", "Other"),
}

YES = QT_TRANSLATE_NOOP("Label", "yes")
NO = QT_TRANSLATE_NOOP("Label", "no")

ZH = {
    "yes": "是",
    "no": "否",
    "Police officer": "民警",
    "Auxiliary police": "辅警",
    "Community policing team": "社区警务队",
    "Case-handling team": "办案队",
    "Integrated command room": "综合指挥室",
    "Day": "白班",
    "Night": "夜班",
    "Standby": "备勤",
    "Rest": "休息",
    "Leave": "请假",
    "Sick": "病假",
    "Street / town": "街道/乡镇",
    "Village / community": "村/社区",
    "Village group / grid": "村民小组/网格",
    "Male": "男",
    "Female": "女",
    "Marriage and family": "婚姻家庭",
    "Neighbours": "邻里纠纷",
    "Land and forest": "山林土地",
    "Contract": "合同纠纷",
    "Damages": "损害赔偿",
    "Labour": "劳动争议",
    "Property management": "物业纠纷",
    "Other": "其他",
    "Walk-in": "群众来访",
    "110 call": "110接警",
    "Found on a household visit": "走访发现",
    "Referred by the village committee": "村委会移交",
    "Grade A": "A级",
    "Grade B": "B级",
    "Grade C": "C级",
    "Grade D": "D级",
    "May turn violent or collective": "可能引发暴力或群体性事件",
    "Tense, may escalate": "矛盾较尖锐，可能激化",
    "Ordinary": "一般",
    "Minor": "轻微",
    "Open": "调处中",
    "Settled": "已化解",
    "Referred": "已移交",
    "Escalated": "已上报",
    "Withdrawn": "已撤回",
    "Signed off": "已审核",
    "Agreement reached": "达成调解协议",
    "Referred on": "移交处理",
    "Escalated to the county bureau": "上报县局",
    "Withdrawn by the parties": "当事人撤回",
    "People's court": "人民法院",
    "Labour arbitration": "劳动仲裁",
    "Village committee": "村（居）委会",
    "Applicant": "申请人",
    "Respondent": "被申请人",
    "Third party": "第三人",
    "Police station": "派出所",
    "Community police room": "警务室",
    "On site": "现场",
    "Agreed": "达成一致",
    "Partly agreed": "部分达成一致",
    "No agreement": "未达成一致",
    "Home visit": "上门回访",
    "Phone call": "电话回访",
    "Return visit by risk grade": "按风险等级回访",
    "Obligation due": "履行期限届满",
    "Court confirmation": "司法确认",
    "People": "人员",
    "Households and addresses": "户籍与地址",
    "Disputes": "矛盾纠纷",
    "Visits": "走访",
    "Injuries on duty": "因公受伤",
    "Officers": "民警辅警",
    "Lived at": "居住",
    "Party to a dispute": "纠纷当事人",
    "Household visited": "入户走访",
    "Officer hurt": "民警受伤",
    "Records merged": "记录合并",
    "Merge undone": "撤销合并",
    "Head of household": "户主",
    "Spouse": "配偶",
    "Child": "子女",
    "Parent": "父母",
    "Grandchild": "孙子女",
    "Grandparent": "祖父母",
    "Sibling": "兄弟姐妹",
    "Other relative": "其他亲属",
    "Tenant": "租户",
    "Safety check": "安全检查",
    "Anti-fraud advice": "反诈宣传",
    "Dispute screening": "矛盾排查",
    "Return visit": "回访",
}


def label(text: str, lang: str) -> str:
    """`text` in `lang` ('zh' or 'en')."""
    return ZH.get(text, text) if lang == "zh" else text
