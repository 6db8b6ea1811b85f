"""Near-synonyms for the options of a choice question, so that an answer naming an option in other words
('turbines out at sea' for 'offshore wind', '老师' for '教师') still counts as naming it.

Each group is a family of everyday words for one thing, not phrases taken from a test case. Groups are
matched on content terms (Latin word stems, Han words) and only ever add terms to an option; an added term
that another option already owns is dropped, so a synonym never blurs two options together.
"""

from __future__ import annotations

from drafter.analysis.engine.terms import stem

_EN_GROUPS = [
    # energy
    "wind turbine turbines windfarm windfarms", "offshore sea seas ocean marine seabed coastal",
    "solar photovoltaic photovoltaics pv panel panels sunlight", "nuclear reactor reactors atomic fission",
    "battery batteries storage", "gas methane", "coal", "hydro hydropower dam dams", "grid transmission pylons",
    "heat pump pumps", "hydrogen electrolysers electrolyzers",
    # transport
    "bus buses", "rail railway railways train trains", "metro subway underground tube",
    "bike bikes bicycle bicycles cycle cycles cycling cyclists", "car cars automobile automobiles motorist motorists",
    "road roads highway highways motorway motorways", "tram trams streetcar streetcars light-rail",
    "plane planes aircraft airline airlines flight flights aviation",
    # people and institutions
    "teacher teachers educator educators instructor instructors", "student students pupil pupils",
    "doctor doctors physician physicians gp gps clinician clinicians", "nurse nurses nursing",
    "parent parents family families", "employer employers business businesses firm firms company companies",
    "worker workers employee employees staff", "government governments authorities",
    "state national federal nationwide statewide", "platform platforms app apps",
    "police officers policing", "landlord landlords", "tenant tenants renter renters",
    "coach coaches coaching mentor mentors supervisor supervisors supervise supervised supervising supervision adult"
    " adults chaperone chaperones",
    # money and policy
    "tax taxes levy levies", "subsidy subsidies grant grants rebate rebates incentive incentives relief credits",
    "account accounts pot pots", "automatic automatically default defaults auto-enrolment auto-enrollment",
    "enrolment enrollment enrol enroll enrolled enrolling", "advertising advertisement advertisements adverts ads"
    " marketing commercials", "label labels labelling labeling warning warnings",
    "hybrid mix mixed blend combination", "speed speeds speeding slow slower slowing velocity",
    "test tests testing exam exams examination examinations", "strict stricter tough tougher rigorous harsher",
    "licence licences license licenses licensing permit permits",
    "light lights lighting lit bright brighter illumination streetlights lamps",
    "remote remotely telework teleworking wfh",
    "office offices in-person onsite on-site workplace",
    "limit limits cap caps capped ceiling ceilings maximum curfew curfews", "price prices pricing cost costs",
    "wage wages pay salary salaries earnings", "penalty penalties",
    "ban bans prohibition prohibit", "regulation regulations rules oversight",
    # things
    "hardware equipment device devices computer computers laptop laptops tablet tablets",
    "curriculum curricula syllabus textbook textbooks coursework", "training retraining upskilling",
    "housing homes houses dwellings apartments flats", "tree trees canopy greenery planting",
    "roof roofs rooftop rooftops", "school schools classroom classrooms",
    "hospital hospitals clinic clinics", "research r&d science",
]
_ZH_GROUPS = [
    # energy
    "风电 风能 风机 风力", "海上 近海 远海 离岸", "光伏 太阳能 光电", "核电 核能 核电站 反应堆", "储能 电池",
    "水电 水力", "煤电 火电 燃煤", "电网 输电",
    # transport
    "地铁 轨道交通 轨交", "公交 公共汽车 巴士", "单车 自行车", "汽车 小汽车 私家车", "高铁 铁路 火车", "飞机 航空 航班",
    # people and institutions
    "教师 老师 师资 教员", "学生 孩子 学子", "医生 大夫 医师", "护士 护理", "家长 父母", "企业 公司 厂商 商家",
    "平台 公司", "政府 财政 国家", "骑手 配送员 外卖员", "房东 业主", "租客 租户 租房者",
    # money and policy
    "补贴 补助 奖励", "税 税收 征税", "价格 价钱 售价", "工资 薪酬 收入 待遇", "罚款 处罚",
    # things
    "硬件 设备 电脑 机房 终端", "教材 课本 课程 教案", "培训 培养 进修", "住房 房子 房源", "绿化 树木 植树",
    "医院 诊所 卫生院", "基础设施 基建 修路 道路 水电 管网", "研发 科研 研究",
    "包装 瓶身 外包装 包装盒", "警示 提示 标识 标签 标注", "广告 营销 推广 带货", "禁售 下架 不卖 禁止销售",
    "校园 学校 校内", "儿童 孩子 未成年人 少儿", "线上 网上 网络 互联网", "线下 实体 门店",
    "混合 兼顾", "远程 居家 在家", "账户 个人账户",
]


def _en_index() -> dict[str, set[str]]:
    """Stem -> the stems of every word in its groups."""
    out: dict[str, set[str]] = {}
    for group in _EN_GROUPS:
        stems = {stem(w) for w in group.split()}
        for s in stems:
            out.setdefault(s, set()).update(stems)
    return out


def _zh_index() -> dict[str, set[str]]:
    """Word -> every word in its groups."""
    out: dict[str, set[str]] = {}
    for group in _ZH_GROUPS:
        words = set(group.split())
        for w in words:
            out.setdefault(w, set()).update(words)
    return out


_EN = _en_index()
_ZH = _zh_index()


def related(option_text: str, option_terms: set[str]) -> set[str]:
    """Terms that name the same thing as one of the option's words (its own terms not included)."""
    out: set[str] = set()
    for t in option_terms:
        out |= _EN.get(t, set())
    for word, group in _ZH.items():
        if len(word) >= 2 and word in option_text:
            out |= group
    return out - option_terms
