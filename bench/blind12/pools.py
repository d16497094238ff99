"""Draw 12's context, pools of people, places and organisations, date printing and check digits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind import common

# ---- layout families: every variant is drawn once per len(variants) documents -----------------
VARIANTS: dict[str, list[str]] = {
    "t12.layout.cert": ["spread", "platform", "ledger", "letter", "inkform", "badge"],
    "t12.layout.sign": ["roster", "paired", "session", "export", "booklet"],
    "t12.layout.notice": ["redfile", "invitation", "agenda", "portal", "pencilled", "feed"],
    "t12.layout.journal": ["opening", "frontcover", "contents", "coverplus", "database", "numbered"],
    "t12.layout.book": ["cover", "cip", "flyleaf", "translated", "board", "solo"],
    "t12.layout.patent": ["classic", "eform", "register", "design", "gazette"],
    "t12.layout.award": ["province", "socsci", "team", "contest", "harvest", "county"],
    "t12.layout.project": ["closing", "attest", "acceptance", "roll", "system"],
    "t12.layout.qual": ["diploma", "master", "doctor", "courses", "selfexam", "computer"],
    "t12.layout.other": ["titlecert", "receipt", "appraisal", "lecturelog", "workproof"],
}

DATE_STYLES = ("cn", "cn0", "han", "dot", "dash", "slash", "hano")


@dataclass
class Ctx:
    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int
    used: list[str] = field(default_factory=list)
    style: str = ""

    def variant(self, family: str) -> str:
        vs = VARIANTS[f"t12.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t12.layout.{family}#{v}")
        return v

    def pick(self, tag: str, items: list[Any] | tuple[Any, ...]) -> Any:
        i = self.rng.randrange(len(items))
        self.used.append(f"t12.{tag}#{i}")
        return items[i]

    def date_style(self, allowed: tuple[str, ...] = DATE_STYLES) -> str:
        self.style = self.pick("date", allowed)
        return self.style

    def d(self, day: dt.date, style: str | None = None) -> str:
        return fmt_date(day, style or self.style or "cn")

    def m(self, y: int, mo: int, style: str | None = None) -> str:
        return fmt_month(y, mo, style or self.style or "cn")


# ---- check digits (shared) ------------------------------------------------------------------
def zl_check(digits12: str) -> str:
    return common.patent_check(digits12)


def issn_digit(d7: str) -> str:
    return common.issn_check(d7)


def isbn_digit(d12: str) -> str:
    return common.isbn13_check(d12)


# ---- dates ----------------------------------------------------------------------------------
HAN = "〇一二三四五六七八九"


def han_year(y: int, zero: str = "〇") -> str:
    return "".join(HAN[int(c)] for c in str(y)).replace("〇", zero)


def han_num(n: int) -> str:
    if n < 10:
        return HAN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else HAN[tens]) + "十" + (HAN[ones] if ones else "")


def fmt_date(d: dt.date, style: str) -> str:
    if style in ("han", "hano"):
        z = "〇" if style == "han" else "○"
        return f"{han_year(d.year, z)}年{han_num(d.month)}月{han_num(d.day)}日"
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dash": d.isoformat(),
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
    }[style]


def fmt_month(y: int, m: int, style: str) -> str:
    if style in ("han", "hano"):
        return f"{han_year(y, '〇' if style == 'han' else '○')}年{han_num(m)}月"
    return {
        "cn": f"{y}年{m}月",
        "cn0": f"{y}年{m:02d}月",
        "dot": f"{y}.{m:02d}",
        "dash": f"{y}-{m:02d}",
        "slash": f"{y}/{m:02d}",
    }[style]


def span(a: dt.date, b: dt.date, style: str, joiner: str = "至") -> str:
    """A period; CJK styles drop the repeated year (and month) from the end."""
    if style in ("cn", "cn0") and a.year == b.year:
        p = style == "cn0"
        mm = f"{b.month:02d}" if p else str(b.month)
        dd = f"{b.day:02d}" if p else str(b.day)
        tail = f"{dd}日" if a.month == b.month else f"{mm}月{dd}日"
        return fmt_date(a, style) + joiner + tail
    return fmt_date(a, style) + joiner + fmt_date(b, style)


def day_in(rng: random.Random, y: int, months: tuple[int, int] = (1, 12)) -> dt.date:
    return dt.date(y, rng.randint(*months), rng.randint(1, 28))


def later(d: dt.date, lo: int, hi: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


# ---- people ---------------------------------------------------------------------------------
SURNAMES = (
    "李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟"
    "汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪"
    "严牛温芦季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游"
    "阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵栾鞠宫初"
)
COMPOUND = ("欧阳", "司徒", "上官", "端木", "东方", "尉迟")
GIVEN = (
    "书瑞泽昊晗楠蕾昕倩彬翔锐博悦琦珂航坤淼雯鑫硕璐菲睿晶钰妍岩朔冉蓓凡丹群旭峰军红霞艳宁卫庆学兵德元茂桂景秀兆"
    "振维玲娅琰颖慧琪瑶嘉铭皓轩宸逸涵诗雨春夏冬梅兰竹菊松柏杉林森国家强民安泰和平清正立志远明亮光辉永长延寿福禄"
)
ETHNIC = ("阿布都热西提", "古丽娜尔", "格桑卓嘎", "乌兰图雅", "白音仓", "吉木乃", "扎西顿珠", "娜仁高娃")


def person_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        r = rng.random()
        if r < 0.03:
            nm = rng.choice(ETHNIC)
        elif r < 0.09:
            nm = rng.choice(COMPOUND) + rng.choice(GIVEN) + ("" if rng.random() < 0.5 else rng.choice(GIVEN))
        else:
            nm = rng.choice(SURNAMES) + rng.choice(GIVEN) + ("" if rng.random() < 0.3 else rng.choice(GIVEN))
        if nm not in taken and len(set(nm)) == len(nm):
            taken.add(nm)
            return nm


def people(rng: random.Random, n: int) -> list[str]:
    taken: set[str] = set()
    return [person_name(rng, taken) for _ in range(n)]


FOREIGN = (
    ("美", "罗伯特·J.哈里斯", "Robert J. Harris"),
    ("英", "简·威尔金森", "Jane Wilkinson"),
    ("德", "克劳斯·施密特", "Klaus Schmidt"),
    ("日", "佐藤健一", "Kenichi Sato"),
    ("美", "苏珊·M.米勒", "Susan M. Miller"),
    ("澳", "彼得·汤普森", "Peter Thompson"),
    ("加", "马克·安德森", "Mark Anderson"),
    ("法", "让-皮埃尔·勒鲁", "Jean-Pierre Leroux"),
)

# ---- places and organisations ---------------------------------------------------------------
AREAS = {
    "德州": ("山东", ("德城区", "陵城区", "禹城市", "乐陵市", "齐河县", "平原县", "夏津县", "武城县", "庆云县", "临邑县")),
    "烟台": ("山东", ("芝罘区", "福山区", "莱山区", "牟平区", "蓬莱区", "龙口市", "莱阳市", "莱州市", "招远市", "海阳市")),
    "开封": ("河南", ("龙亭区", "祥符区", "兰考县", "杞县", "通许县", "尉氏县")),
    "泰安": ("山东", ("泰山区", "岱岳区", "新泰市", "肥城市", "宁阳县", "东平县")),
    "益阳": ("湖南", ("资阳区", "赫山区", "沅江市", "南县", "桃江县", "安化县")),
}  # fmt: skip
CITY_UNITS = (
    "中心医院", "第二人民医院", "口腔医院", "中心血站", "急救中心", "疾病预防控制中心", "第五中学", "第一实验学校",
    "特殊教育学校", "农业技术推广中心", "农业科学院", "动物疫病预防控制中心", "气象局", "水文中心", "生态环境监测中心",
    "城市规划设计研究院", "公路事业发展中心", "住房和城乡建设服务中心", "图书馆", "群众艺术馆", "技师学院",
    "市场监管综合检验检测中心", "妇女儿童医院", "园林绿化服务中心",
)  # fmt: skip
COUNTY_UNITS = (
    "人民医院", "中医医院", "第一中学", "实验中学", "农业农村局", "林业发展中心", "水利事业服务中心",
    "畜牧兽医服务中心", "疾病预防控制中心", "职业中等专业学校", "妇幼保健计划生育服务中心",
)  # fmt: skip
COLLEGES = {
    "德州": ("德州学院", "德州职业技术学院"),
    "烟台": ("烟台大学", "鲁东大学", "山东工商学院", "滨州医学院"),
    "开封": ("河南大学", "黄河水利职业技术学院", "开封大学"),
    "泰安": ("山东农业大学", "泰山学院", "山东第一医科大学"),
    "益阳": ("湖南城市学院", "益阳医学高等专科学校", "湖南工艺美术职业学院"),
}
UNIVERSITIES = (
    "青岛科技大学", "中国海洋大学", "河南工业大学", "郑州大学", "湖南农业大学", "中南林业科技大学", "山东建筑大学",
    "济南大学", "聊城大学", "曲阜师范大学", "华中农业大学", "西北农林科技大学", "湖南师范大学", "河南农业大学",
    "山东理工大学", "长沙理工大学", "河南科技大学", "青岛农业大学",
)  # fmt: skip


@dataclass(frozen=True)
class Place:
    city: str
    province: str
    county: str


def place(rng: random.Random) -> Place:
    city = rng.choice(list(AREAS))
    prov, counties = AREAS[city]
    return Place(city, prov, rng.choice(counties))


def workplace(rng: random.Random, pl: Place) -> str:
    if rng.random() < 0.35:
        return pl.county + rng.choice(COUNTY_UNITS)
    return pl.city + "市" + rng.choice(CITY_UNITS)


def college(rng: random.Random, pl: Place) -> str:
    return rng.choice(COLLEGES[pl.city])


# ---- fields of work: (societies, public topics or professional topics, project topics, patent subjects) ----
FIELDS = {
    "med": {
        "society": ("医学会", "护理学会", "医师协会", "预防医学会"),
        "topics": (
            "基层常见慢性病规范化管理",
            "急危重症护理新进展",
            "医院感染防控实务",
            "超声诊断新技术应用",
            "儿童青少年近视防控适宜技术",
            "社区高血压分级诊疗",
            "合理用药与药学监护",
        ),
        "projects": (
            "县域医共体慢病管理模式研究",
            "老年髋部骨折围手术期护理路径的优化研究",
            "基层医院抗菌药物使用监测与干预研究",
            "糖尿病足早期筛查技术推广",
        ),
        "patents": (
            "一种可调节的输液架固定装置",
            "一种护理用翻身辅助垫",
            "一种医用棉签分装盒",
            "一种伤口引流管固定贴",
            "一种雾化吸入面罩",
        ),
    },
    "agri": {
        "society": ("农学会", "畜牧兽医学会", "植物保护学会", "农业技术推广协会"),
        "topics": (
            "设施蔬菜绿色高效栽培技术",
            "小麦玉米病虫害统防统治",
            "畜禽养殖废弃物资源化利用",
            "高标准农田建设与管理",
            "丘陵山区果园机械化",
            "土壤改良与测土配方施肥",
        ),
        "projects": (
            "盐碱地冬枣提质增效栽培技术研究",
            "黄河滩区小麦节水稳产技术集成与示范",
            "肉牛秸秆饲料化利用技术推广",
            "稻虾综合种养模式优化研究",
        ),
        "patents": (
            "一种大棚自动卷帘控制装置",
            "一种果树枝条粉碎还田机",
            "一种便携式土壤取样器",
            "一种畜禽饮水自动加药装置",
            "一种水稻育秧盘",
        ),
    },
    "eng": {
        "society": ("土木建筑学会", "水利学会", "测绘地理信息学会", "公路学会"),
        "topics": (
            "装配式建筑施工质量控制",
            "BIM技术在市政工程中的应用",
            "水土保持监测技术",
            "城市地下管网运维管理",
            "既有建筑节能改造技术",
            "实景三维数据生产与应用",
        ),
        "projects": (
            "黄泛区粉土路基压实质量控制技术研究",
            "中小河流堤防隐患快速探测方法研究",
            "老旧小区海绵化改造效果评估",
            "装配式混凝土节点连接性能试验研究",
        ),
        "patents": (
            "一种混凝土试块养护架",
            "一种建筑外墙保温板锚固件",
            "一种管道检测机器人行走机构",
            "一种测量用三脚架调平装置",
            "一种渠道衬砌施工模板",
        ),
    },
    "edu": {
        "society": ("教育学会", "教育技术协会", "心理学会", "职业教育学会"),
        "topics": (
            "新课标背景下的大单元教学设计",
            "中小学教师信息技术应用能力提升",
            "学生心理危机识别与干预",
            "作业设计与评价改革",
            "职业院校教师双师素质提升",
            "劳动教育课程实施",
        ),
        "projects": (
            "初中数学分层作业设计的实践研究",
            "农村小学整本书阅读推进策略研究",
            "中职学校产教融合育人机制研究",
            "高中物理实验探究能力培养研究",
        ),
        "patents": (
            "一种教学用可折叠黑板支架",
            "一种物理实验用斜面小车装置",
            "一种多功能书写板",
            "一种化学实验废液收集装置",
            "一种课桌收纳挂钩",
        ),
    },
}
PUBLIC_TOPICS = (
    "数字经济与创新驱动发展", "专业技术人员职业道德与诚信建设", "黄河流域生态保护和高质量发展", "知识产权保护与运用",
    "乡村振兴战略解读", "网络安全与个人信息保护", "人工智能赋能产业发展", "安全生产与应急管理", "心理健康与压力调适",
)  # fmt: skip


def field_of_work(rng: random.Random) -> tuple[str, dict[str, tuple[str, ...]]]:
    key = rng.choice(list(FIELDS))
    return key, FIELDS[key]


def society(rng: random.Random, pl: Place, fld: dict[str, tuple[str, ...]], level: str = "city") -> str:
    s = rng.choice(fld["society"])
    return (pl.city + "市" if level == "city" else pl.province + "省") + s


# ---- journals -------------------------------------------------------------------------------
REGION = {"37": "山东", "41": "河南", "43": "湖南", "42": "湖北", "32": "江苏", "33": "浙江", "44": "广东",
          "51": "四川", "61": "陕西", "21": "辽宁", "22": "吉林", "23": "黑龙江", "13": "河北", "14": "山西",
          "34": "安徽", "35": "福建", "36": "江西", "52": "贵州", "53": "云南", "62": "甘肃", "46": "海南"}  # fmt: skip
NATIONAL_BODIES = ("中国科学技术协会", "教育部", "中国科学院", "农业农村部", "国家卫生健康委员会", "水利部",
                   "自然资源部", "中国气象局")  # fmt: skip
PROVINCIAL_BODIES = ("{p}省教育厅", "{p}省科学技术协会", "{p}省农业科学院", "{p}省卫生健康委员会")


def journal(rng: random.Random) -> common.Journal:
    return rng.choice(common.journals())


def supervising(rng: random.Random, j: common.Journal) -> tuple[str, str]:
    """A 主管 body consistent with the CN's region code, and its level."""
    region = REGION.get(j.cn[:2])
    if region and rng.random() < 0.6:
        return rng.choice(PROVINCIAL_BODIES).format(p=region), "provincial"
    return rng.choice(NATIONAL_BODIES), "national"


# ---- publishers: (name, ISBN registrant prefix after 978-7, city) ---------------------------
PUBLISHERS = (
    ("化学工业出版社", "122", "北京"), ("中国农业出版社", "109", "北京"), ("人民卫生出版社", "117", "北京"),
    ("科学出版社", "03", "北京"), ("机械工业出版社", "111", "北京"), ("中国建筑工业出版社", "112", "北京"),
    ("高等教育出版社", "04", "北京"), ("山东科学技术出版社", "5331", "济南"), ("河南科学技术出版社", "5349", "郑州"),
    ("湖南科学技术出版社", "5710", "长沙"), ("中国水利水电出版社", "5226", "北京"), ("中国林业出版社", "5219", "北京"),
    ("电子工业出版社", "121", "北京"), ("黄河水利出版社", "5509", "郑州"), ("中国农业科学技术出版社", "5116", "北京"),
    ("山东教育出版社", "5701", "济南"), ("湖南教育出版社", "5539", "长沙"),
)  # fmt: skip


def isbn(rng: random.Random, prefix: str) -> str:
    rest = "".join(str(rng.randint(0, 9)) for _ in range(8 - len(prefix)))
    d12 = "9787" + prefix + rest
    return f"978-7-{prefix}-{rest}-{isbn_digit(d12)}"


def zl_number(rng: random.Random, year: int, kind: str) -> str:
    digit = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    d12 = f"{year}{digit}{rng.randint(0, 9999999):07d}"
    return f"ZL{d12}.{zl_check(d12)}"


def cert_no(rng: random.Random, n: int = 8, prefix: str = "") -> str:
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(n))
