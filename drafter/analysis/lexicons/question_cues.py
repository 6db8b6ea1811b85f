"""The pattern tables that say what a question asks: a figure (and in what unit) or a yes or no.

questions.py reads a question with them; the order of UNITS matters (the first unit whose pattern matches wins)."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A question asking for a figure: how many, how much, what share, which year.
NUMBER_Q = {
    "zh": re.compile(r"多大(?:比例|比重|规模|程度|年龄|年纪|岁数)?|多少|几成|百分之几|占比|哪一年|哪年|何年|何时"
                     r"|什么时候|几年"
                     r"|多久|多长时间|什么水平|多高|多低|多远|多长|几倍|多快|几岁|什么年龄|哪个年龄|(?<!哪)几(?:个|次|家|天|周|月"
                     r"|万|亿|千|百)(?!方面)|(?:大约|大概)(?:能|会)?(?:达到|是|为|有|在)(?:多|几)"),
    "en": re.compile(r"\bwhat multiple\b|\bby (?:roughly |about |approximately |around )?what factor\b"
                     r"|\bhow (?:many|much|long|soon|big|large|high|fast|far|old|often|low|small|steep|expensive"
                     r"|costly|heavy|deep|tall|wide|quickly)\b"
                     r"|\bwhat (?:(?!(?:role|kind|type|sort|part)\b)[\w-]+ ){0,3}?"
                     r"(?:year|share|percentage"
                     r"|proportion|fraction|level|number|percent|size|portion|rate|decade|age|amount|price|cost|sum"
                     r"|figure|total|temperature|speed|height|date|fee|charge|fine|fare|levy|toll|salary|wage|budget"
                     r"|premium|multiple|limit|threshold|ceiling)s?\b|\bwhich (?:year|decade|age)\b|\bby when\b"
                     r"|\bwhat(?:'s|’s| is| would be| should be) the (?:longest|shortest|maximum|minimum)\b"
                     # 'what is the most public money it should commit…?' (md-tune48)
                     r"|\bwhat(?:'s|’s| is| would be| should be) the (?:most|least|highest|lowest) (?:[\w-]+ ){0,2}?"
                     r"(?:money|amount|sum|spending|funding|budget)\b"
                     r"|\bwhen (?:will|would|could|might|does|do|is|can)\b|\b(?:in|by) (?:roughly |approximately "
                     r"|about )?what year\b"
                     # "…, what should a 12-month busking licence cost the performer?": the price asked for
                     r"|\bwhat (?:should|would|will|does|do|might|could|ought to) (?:[\w'’-]+ ){1,8}?cost\b"
                     # "What is the longest a patient should wait …, in weeks?": the unit asked for makes it a figure
                     r"|,\s*in (?:calendar |working )?(?:days|weeks|months|minutes|hours|years|percent|pounds|dollars"
                     r"|euros|milligrams|grams|kilograms|metres|meters|kilometres|miles|decibels)\b[^?？]{0,60}[?？]?\s*$",
                     _I),
}
YESNO_Q = {
    "zh": re.compile(r"[吗么][？?]?\s*$|是否|能否|会否|可否|是不是|会不会|能不能|该不该|要不要|有没有|对不对|好不好"
                     r"|行不行|可不可以|应不应(?:该|当)?|需不需要|值不值得|合不合理|允不允许|准不准|用不用"),
    "en": re.compile(r"(?:^|[,;:]\s*)(?:should|will|would|is|are|do|does|did|can|could|has|have|was|were|shall|may"
                     r"|might"
                     r"|must|isn't|aren't|won't|doesn't)\b", _I),
}
UNITS = [
    ("multiple", re.compile(r"多少倍|几倍|\bhow many times\b|\bwhat (?:[\w-]+ ){0,3}?multiple\b|\b(?:by )?what factor\b"
                            r"|\bhow many-?fold\b|\btimes (?:more|as|higher|larger|bigger|cheaper|costlier)\b", _I)),
    ("year", re.compile(r"哪一年|哪年|何年|何时|什么时候|what year|which year|by when|when (?:will|would|could|might"
                        r"|does|do|is)"
                        r"|what decade", _I)),
    # months are counted in years (figtokens): '几个月', 'how many months', 'the longest … should stay up'
    ("years", re.compile(r"几年|多少年|多久|多长时间|几个月|多少个月|how many years|how many months|how long"
                         r"|how soon", _I)),
    # '…, in milligrams of alcohol per 100 millilitres of blood?': the measure named, whatever it is per
    ("mg", re.compile(r"\bmilligrams?\b|\bmg\b|毫克", _I)),
    # 'How many gigawatts of onshore wind…?' (md-tune48)
    ("gw", re.compile(r"\bgigawatts?\b|\bGW\b", _I)),
    ("mw", re.compile(r"\bmegawatts?\b|\bMW\b", _I)),
    # "What missed-collection rate, per 100,000 collections, …?": a rate per a base is a count of that base, not a
    # percentage
    ("count", re.compile(r"\brates?\b[^?.]{0,30}?\bper (?:[\d,]*\d|(?:a |one )?(?:hundred|thousand|million))\b", _I)),
    ("percent", re.compile(r"比例|比重|占比|百分之几|几成|百分比|[率](?:大约|最终)?(?:会|能)?(?:是|为|在|达到"
                           r"|稳定在)?(?:多少|多大|多高|什么水平)"
                           r"|率[^，。？?]{0,10}(?:多少|多大|多高|什么水平)|\bshare\b|percent|percentage|proportion"
                           r"|fraction"
                           r"|\brate\b|how much (?:\w+ ){0,4}(?:rise|fall|grow"
                           r"|increase|drop|decline|shrink|go up|go down)", _I)),
    # hours are counted in minutes (figtokens), so that '一个半小时' and '90分钟' compare
    ("minutes", re.compile(r"多少(?:个)?小时|几(?:个)?小时|多少(?:个)?钟头|how many hours"
                           r"|how much time (?:a|per) day|多少分钟|几分钟|how many minutes", _I)),
    ("days", re.compile(r"(?<!星期)几天|多少天|几个?(?:工作日|星期|礼拜)|多少个?(?:工作日|星期|礼拜)"
                        r"|几周(?!岁)|多少周(?!岁)"
                        r"|how many (?:\w+ )?(?:days|weeks)"
                        # '…a first routine check-up, in weeks?': the unit asked for, said at the end
                        r"|\bin (?:calendar |working )?(?:days|weeks)\s*[?？]?\s*$", _I)),
    # '禁止向多少周岁以下的未成年人销售': 周岁 is an age, not 周 (weeks)
    # 'What is the longest scaffolding should stay up…?': a duration (after 'days', so that '…, in weeks?' stays days)
    ("years", re.compile(r"\bthe (?:longest|shortest|maximum time|minimum time)\b(?=[^?]{0,80}\b(?:stay|wait|last"
                         r"|remain|run|be left|keep|take)\b)", _I)),
    ("age", re.compile(r"年龄|年纪|岁数|几岁|多少岁|几周岁|多少周岁|\bages?\b(?!-)|\bhow old\b", _I)),
    # '博士招生人数每年增长多少比较合适' (md-tune47): a yearly change asked for is a rate, whatever is counted
    ("percent", re.compile(r"(?:每年|年均|逐年)(?:增长|增加|提高|扩大|下降|减少|降低)(?:了)?(?:大约|大概)?多少")),
    # '日均就餐人次大约要达到多少': the counted thing named before 多少 (before '中等规模' can read as money)
    ("count", re.compile(r"(?:人次|人数|户数|家数|个数|数量|次数)[^，。？?]{0,12}(?:多少|几)")),
    # '招生规模应该在现有基础上增加多少': a change asked for with no unit named is a share, not an amount of money
    ("percent", re.compile(r"(?:增加|提高|增长|扩大|扩招|减少|降低|下降|压缩|缩减|上调|下调)(?:了)?(?:大约|大概)?多少"
                           r"(?![钱元块万亿人个名所家台辆次天年月周小分])")),
    # '票价定在多少元' (md-tune63): an amount of money asked for by its unit
    ("money", re.compile(r"规模|多少钱|多少(?:元|块|万元|亿元|美元|英镑)"
                         r"|金额|投资额|营收|产值|GDP|市值|税收|收入|支出|开支|成本|费用|预算|花费|资金|罚款"
                         r"|how much money|dollars|pounds|euros|market size|revenue|\$|£|€|worth|\bcosts?\b|\bspend"
                         r"|\bbudget"
                         r"|\bfunding\b|\bprice\b|\b(?:fee|charge|fine|fare|levy|toll|salary|wage|premium)s?\b"
                         r"|\bpenalty\b|\bpenalties\b", _I)),
    ("count", re.compile(r"多少(?:人|个|辆|家|台|座|名|位|头|只|所|套|艘|架|场|万|亿|课时|节)|how many", _I)),
]


# Words that open a clause other than a course of action ('as Paris did', 'in cities', 'perhaps'): a chunk that opens
# on one of them is no option of a verb-phrase list.
NOT_A_VERB = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "your", "my",
    "his", "her", "as", "in", "at", "for", "with", "by", "from", "to", "of", "on", "and", "but", "if", "when",
    "where", "while", "which", "who", "whom", "whose", "even", "especially", "including", "like", "such", "perhaps",
    "maybe", "say", "e.g", "i.e", "not", "only", "just", "also", "then", "so", "than", "there", "it", "they", "we",
    "you", "he", "she", "i"})
