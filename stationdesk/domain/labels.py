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

INCIDENT_ACTIVITIES = {
    "patrol": QT_TRANSLATE_NOOP("Label", "Patrol"),
    "dispute_call": QT_TRANSLATE_NOOP("Label", "Dispute call"),
    "arrest": QT_TRANSLATE_NOOP("Label", "Arrest"),
    "traffic_duty": QT_TRANSLATE_NOOP("Label", "Traffic duty"),
    "household_visit": QT_TRANSLATE_NOOP("Label", "Household visit"),
    "other": QT_TRANSLATE_NOOP("Label", "Other"),
}

INCIDENT_CAUSES = {
    "assault": QT_TRANSLATE_NOOP("Label", "Assault on the officer"),
    "obstruction": QT_TRANSLATE_NOOP("Label", "Obstruction of duty"),
    "traffic_accident": QT_TRANSLATE_NOOP("Label", "Traffic accident"),
    "duty_accident": QT_TRANSLATE_NOOP("Label", "Accident during duty"),
    "false_accusation": QT_TRANSLATE_NOOP("Label", "Malicious complaint or false accusation"),
}

# From the least to the most serious: an injury records the most serious one.
INJURY_OUTCOMES = {
    "none": QT_TRANSLATE_NOOP("Label", "Not hurt"),
    "first_aid": QT_TRANSLATE_NOOP("Label", "First aid"),
    "treatment": QT_TRANSLATE_NOOP("Label", "Medical treatment"),
    "days_away": QT_TRANSLATE_NOOP("Label", "Days away from work"),
    "restricted_duty": QT_TRANSLATE_NOOP("Label", "Restricted duty"),
    "hospitalised": QT_TRANSLATE_NOOP("Label", "Hospitalised"),
    "disabled": QT_TRANSLATE_NOOP("Label", "Disabled"),
    "death": QT_TRANSLATE_NOOP("Label", "Died"),
}

INCIDENT_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Label", "Case open"),
    "closed": QT_TRANSLATE_NOOP("Label", "Case closed"),
}

# The figures a bureau asks for (see injury_ledger.InjuryFigures), in the order printed.
INJURY_FIGURES = {
    "incidents": QT_TRANSLATE_NOOP("Label", "Incidents"),
    "assault": QT_TRANSLATE_NOOP("Label", "of which assaults on officers"),
    "obstruction": QT_TRANSLATE_NOOP("Label", "of which obstruction of duty"),
    "traffic_accident": QT_TRANSLATE_NOOP("Label", "of which traffic accidents"),
    "duty_accident": QT_TRANSLATE_NOOP("Label", "of which accidents during duty"),
    "false_accusation": QT_TRANSLATE_NOOP(
        "Label", "of which malicious complaints or false accusations"
    ),
    "offenders_dealt": QT_TRANSLATE_NOOP("Label", "Offenders dealt with"),
    "officers_protected": QT_TRANSLATE_NOOP("Label", "Officers granted rights protection"),
    "officers_hurt": QT_TRANSLATE_NOOP("Label", "Officers hurt"),
    "days_away": QT_TRANSLATE_NOOP("Label", "Days lost away from work"),
    "days_restricted": QT_TRANSLATE_NOOP("Label", "Days on restricted duty"),
    "green_channel": QT_TRANSLATE_NOOP("Label", "Treated through the green channel"),
    "officers_compensated": QT_TRANSLATE_NOOP("Label", "Officers compensated"),
    "compensation_fen": QT_TRANSLATE_NOOP("Label", "Compensation paid (yuan)"),
    "legal_aid_person_times": QT_TRANSLATE_NOOP("Label", "Legal aid person-times"),
    "clarifications": QT_TRANSLATE_NOOP("Label", "Officers publicly cleared"),
    "closed": QT_TRANSLATE_NOOP("Label", "Cases closed"),
}

FIGURES = {
    "disputes.received": QT_TRANSLATE_NOOP("Label", "Disputes received"),
    "disputes.settled": QT_TRANSLATE_NOOP("Label", "Settled by agreement"),
    "disputes.confirmed": QT_TRANSLATE_NOOP("Label", "Signed off by the chief"),
    "disputes.referred": QT_TRANSLATE_NOOP("Label", "Referred on"),
    "disputes.escalated": QT_TRANSLATE_NOOP("Label", "Handed up"),
    "disputes.withdrawn": QT_TRANSLATE_NOOP("Label", "Withdrawn"),
    "disputes.open": QT_TRANSLATE_NOOP("Label", "Open at the end of the period"),
    "disputes.overdue_open": QT_TRANSLATE_NOOP("Label", "Overdue, still open"),
    "disputes.open_grade_A": QT_TRANSLATE_NOOP("Label", "Open, grade A"),
    "disputes.open_grade_B": QT_TRANSLATE_NOOP("Label", "Open, grade B"),
    "disputes.open_grade_C": QT_TRANSLATE_NOOP("Label", "Open, grade C"),
    "disputes.open_grade_D": QT_TRANSLATE_NOOP("Label", "Open, grade D"),
    "mediation.sessions": QT_TRANSLATE_NOOP("Label", "Mediation sessions held"),
    "mediation.agreements": QT_TRANSLATE_NOOP("Label", "Mediation agreements signed"),
    "followups.due": QT_TRANSLATE_NOOP("Label", "Follow-ups due"),
    "followups.done": QT_TRANSLATE_NOOP("Label", "Follow-ups made"),
    "followups.broken": QT_TRANSLATE_NOOP("Label", "Agreements found broken"),
    "visits.visits": QT_TRANSLATE_NOOP("Label", "Household visits"),
    "visits.households": QT_TRANSLATE_NOOP("Label", "Households reached"),
    "visits.households_total": QT_TRANSLATE_NOOP("Label", "Households registered"),
    "visits.anti_fraud": QT_TRANSLATE_NOOP("Label", "Anti-fraud app installs"),
    "visits.disputes_found": QT_TRANSLATE_NOOP("Label", "Disputes found on visits"),
    "roster.duty_days": QT_TRANSLATE_NOOP("Label", "Officer-days on duty"),
    "roster.patrols": QT_TRANSLATE_NOOP("Label", "Patrols"),
    "roster.leave_days": QT_TRANSLATE_NOOP("Label", "Leave days"),
    "roster.sick_days": QT_TRANSLATE_NOOP("Label", "Sick days"),
    "injuries.incidents": QT_TRANSLATE_NOOP("Label", "Incidents on duty"),
    "injuries.officers_hurt": QT_TRANSLATE_NOOP("Label", "Officers hurt"),
    "injuries.days_lost": QT_TRANSLATE_NOOP("Label", "Days away or on light duty"),
    "injuries.compensation_fen": QT_TRANSLATE_NOOP("Label", "Compensation paid (yuan)"),
    "injuries.legal_aid": QT_TRANSLATE_NOOP("Label", "Legal aid (person-times)"),
}

NEW = QT_TRANSLATE_NOOP("Label", "new")
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
    "sibling": QT_TRANSLATE_NOOP("Label", "Brother or sister"),
    "other_relative": QT_TRANSLATE_NOOP("Label", "Other relative"),
    "tenant": QT_TRANSLATE_NOOP("Label", "Tenant"),
    "other": QT_TRANSLATE_NOOP("Label", "Other"),
}

RESIDENT_FLAGS = {
    "elderly_alone": QT_TRANSLATE_NOOP("Label", "Elderly living alone"),
    "left_behind_child": QT_TRANSLATE_NOOP("Label", "Left-behind child"),
    "disability": QT_TRANSLATE_NOOP("Label", "Person with a disability"),
    "under_care": QT_TRANSLATE_NOOP("Label", "Under community correction or care"),
    "key_person": QT_TRANSLATE_NOOP("Label", "Key person for disputes"),
}

VISIT_PURPOSES = {
    "safety_check": QT_TRANSLATE_NOOP("Label", "Safety check"),
    "anti_fraud": QT_TRANSLATE_NOOP("Label", "Anti-fraud advice"),
    "dispute_screening": QT_TRANSLATE_NOOP("Label", "Dispute screening"),
    "return_visit": QT_TRANSLATE_NOOP("Label", "Return visit after a dispute"),
    "other": QT_TRANSLATE_NOOP("Label", "Other"),
}

ROLE_NAMES = {
    "clerk": QT_TRANSLATE_NOOP("Label", "Clerk"),
    "instructor": QT_TRANSLATE_NOOP("Label", "Instructor / community officer"),
    "chief": QT_TRANSLATE_NOOP("Label", "Station chief"),
    "auditor": QT_TRANSLATE_NOOP("Label", "Auditor"),
    "admin": QT_TRANSLATE_NOOP("Label", "Administrator"),
}

TRAIL_GROUPS = {
    "accounts": QT_TRANSLATE_NOOP("Label", "Sign-ins and accounts"),
    "access": QT_TRANSLATE_NOOP("Label", "Prints, exports, medical details seen"),
    "imports": QT_TRANSLATE_NOOP("Label", "Imports"),
    "changes": QT_TRANSLATE_NOOP("Label", "Other changes to records"),
}

# What each kind of audit entry is about.
RECORD_KINDS = {
    "accounts": QT_TRANSLATE_NOOP("Label", "Account"),
    "addresses": QT_TRANSLATE_NOOP("Label", "Address"),
    "agreements": QT_TRANSLATE_NOOP("Label", "Agreement"),
    "comfort_visits": QT_TRANSLATE_NOOP("Label", "Comfort visit"),
    "compensation_payments": QT_TRANSLATE_NOOP("Label", "Compensation payment"),
    "database": QT_TRANSLATE_NOOP("Label", "Station file"),
    "disputes": QT_TRANSLATE_NOOP("Label", "Dispute"),
    "exports": QT_TRANSLATE_NOOP("Label", "Export"),
    "followups": QT_TRANSLATE_NOOP("Label", "Follow-up"),
    "grids": QT_TRANSLATE_NOOP("Label", "Grid"),
    "hospitals": QT_TRANSLATE_NOOP("Label", "Hospital"),
    "households": QT_TRANSLATE_NOOP("Label", "Household"),
    "incidents": QT_TRANSLATE_NOOP("Label", "Injury on duty"),
    "injuries": QT_TRANSLATE_NOOP("Label", "Injury"),
    "legal_aid": QT_TRANSLATE_NOOP("Label", "Legal aid"),
    "mediation_sessions": QT_TRANSLATE_NOOP("Label", "Mediation session"),
    "obligations": QT_TRANSLATE_NOOP("Label", "Obligation"),
    "officers": QT_TRANSLATE_NOOP("Label", "Officer"),
    "people": QT_TRANSLATE_NOOP("Label", "Person"),
    "residents": QT_TRANSLATE_NOOP("Label", "Resident"),
    "settings": QT_TRANSLATE_NOOP("Label", "Settings"),
    "shifts": QT_TRANSLATE_NOOP("Label", "Shift"),
    "visits": QT_TRANSLATE_NOOP("Label", "Visit"),
}

YES = QT_TRANSLATE_NOOP("Label", "yes")
NO = QT_TRANSLATE_NOOP("Label", "no")

ZH = {
    "Sign-ins and accounts": "登录与账户",
    "Prints, exports, medical details seen": "打印、导出与查看医疗信息",
    "Imports": "导入",
    "Other changes to records": "其他记录修改",
    "Account": "账户",
    "Address": "地址",
    "Agreement": "调解协议",
    "Comfort visit": "慰问",
    "Compensation payment": "抚恤赔偿",
    "Station file": "数据文件",
    "Dispute": "纠纷",
    "Export": "导出",
    "Follow-up": "回访",
    "Grid": "网格",
    "Hospital": "医院",
    "Household": "住户",
    "Injury on duty": "因公负伤事件",
    "Injury": "伤情",
    "Legal aid": "法律援助",
    "Mediation session": "调解记录",
    "Obligation": "履行义务",
    "Officer": "警员",
    "Person": "人员",
    "Resident": "住户成员",
    "Settings": "设置",
    "Shift": "班次",
    "Visit": "走访",
    "new": "新增",
    "Clerk": "内勤",
    "Instructor / community officer": "教导员 / 社区民警",
    "Station chief": "所长",
    "Auditor": "督察",
    "Administrator": "系统管理员",
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
    "Patrol": "巡逻",
    "Dispute call": "处置纠纷警情",
    "Arrest": "抓捕",
    "Traffic duty": "交通执勤",
    "Household visit": "入户走访",
    "Assault on the officer": "暴力袭警",
    "Obstruction of duty": "阻碍执行职务",
    "Traffic accident": "交通事故",
    "Accident during duty": "执勤意外",
    "Malicious complaint or false accusation": "恶意投诉、诬告陷害",
    "Not hurt": "未受伤",
    "First aid": "现场急救",
    "Medical treatment": "就医治疗",
    "Days away from work": "误工",
    "Restricted duty": "限制勤务",
    "Hospitalised": "住院",
    "Disabled": "致残",
    "Died": "牺牲",
    "Case open": "办理中",
    "Case closed": "已结案",
    "Incidents": "受侵害事件",
    "of which assaults on officers": "其中：暴力袭警",
    "of which obstruction of duty": "其中：阻碍执行职务",
    "of which traffic accidents": "其中：交通事故",
    "of which accidents during duty": "其中：执勤意外",
    "of which malicious complaints or false accusations": "其中：恶意投诉、诬告陷害",
    "Offenders dealt with": "查处违法人员",
    "Officers granted rights protection": "依法维权民警（辅警）",
    "Officers hurt": "受伤民警（辅警）",
    "Days lost away from work": "误工天数",
    "Days on restricted duty": "限制勤务天数",
    "Treated through the green channel": "绿色通道救治",
    "Officers compensated": "获赔民警（辅警）",
    "Compensation paid (yuan)": "赔偿（补偿）金额（元）",
    "Legal aid person-times": "法律援助人次",
    "Officers publicly cleared": "澄清正名",
    "Cases closed": "已结案",
    "Disputes received": "受理纠纷",
    "Settled by agreement": "调解化解",
    "Signed off by the chief": "所长审核结案",
    "Handed up": "上交（上报）",
    "Open at the end of the period": "期末在办",
    "Overdue, still open": "逾期未结",
    "Open, grade A": "在办A级",
    "Open, grade B": "在办B级",
    "Open, grade C": "在办C级",
    "Open, grade D": "在办D级",
    "Mediation sessions held": "调解场次",
    "Mediation agreements signed": "签订调解协议",
    "Follow-ups due": "应回访",
    "Follow-ups made": "已回访",
    "Agreements found broken": "发现未履行协议",
    "Household visits": "入户走访",
    "Households reached": "走访户数",
    "Households registered": "登记户数",
    "Anti-fraud app installs": "安装国家反诈APP",
    "Disputes found on visits": "走访发现纠纷",
    "Officer-days on duty": "在岗人日",
    "Patrols": "巡逻次数",
    "Leave days": "请假天数",
    "Sick days": "病假天数",
    "Incidents on duty": "涉警伤害事件",
    "Days away or on light duty": "误工及轻岗天数",
    "Legal aid (person-times)": "法律援助（人次）",
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
    "Brother or sister": "兄弟姐妹",
    "Other relative": "其他亲属",
    "Tenant": "租户",
    "Elderly living alone": "独居老人",
    "Left-behind child": "留守儿童",
    "Person with a disability": "残疾人",
    "Under community correction or care": "社区矫正/监护对象",
    "Key person for disputes": "矛盾纠纷重点人员",
    "Safety check": "安全检查",
    "Anti-fraud advice": "反诈宣传",
    "Dispute screening": "矛盾纠纷排查",
    "Return visit after a dispute": "纠纷回访",
}


def label(text: str, lang: str) -> str:
    """`text` in `lang` ('zh' or 'en')."""
    return ZH.get(text, text) if lang == "zh" else text
