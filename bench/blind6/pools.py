"""Draw 6's context, variant registry, people/organisation pools, date wording and check digits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import cn_num, cn_year, isbn13_check, issn_check, patent_check

# ---- variant registry --------------------------------------------------------------------------
# Layout families are drawn in turn (every variant once per len(variants) documents of a type);
# wording variants are drawn at random. Every pick is recorded in ctx.used.
VARIANTS: dict[str, list[Any]] = {
    "t6.layout.cert": ["jieye", "platform", "ledger", "photo", "public", "letter", "credit"],
    "t6.layout.sign": ["grid", "meeting", "split", "twoday", "export"],
    "t6.layout.notice": ["redhead", "annex", "invite", "agenda", "mobile", "plain"],
    "t6.layout.journal": ["head", "english", "cover", "contents", "twocol", "coverfirst"],
    "t6.layout.book": ["cip", "board", "title", "translation", "cover"],
    "t6.layout.patent": ["invention", "utility", "design", "electronic", "older"],
    "t6.layout.award": ["scitech", "socsci", "teaching", "contest", "roster", "ranked"],
    "t6.layout.project": ["jieti", "jiexiang", "yanshou", "proof", "bulletin"],
    "t6.layout.qual": ["degree", "graduate", "courses", "selfstudy", "computer", "vocation"],
    "t6.layout.other": ["invoice", "receipt", "appoint", "idcard", "minutes", "workproof"],
    "t6.date": ["arabic", "padded", "chinese", "dots", "dash", "slash"],
    "t6.colon": ["：", ":", "　"],
    "t6.frame": [0, 1, 2, 3, 4],
}


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

    def layout(self, family: str) -> str:
        """The family's layout variant for this document, in turn by k."""
        name = f"t6.layout.{family}"
        vs = VARIANTS[name]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{name}={v}")
        return v

    def pick(self, name: str) -> Any:
        v = self.rng.choice(VARIANTS[name])
        self.used.append(f"{name}={v}")
        return v

    def choice(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def seed(self) -> int:
        return self.rng.randrange(1_000_000)


# ---- check digits --------------------------------------------------------------------------------
def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- people --------------------------------------------------------------------------------------
SURN = list(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦许何吕施张孔曹严华金魏陶姜谢邹喻柏水窦章云苏潘葛范彭郎鲁韦"
    "马苗凤方俞任袁柳鲍史唐费廉岑薛雷贺倪汤殷罗毕郝邬安常乐于傅齐康伍余顾孟黄穆萧尹姚邵汪祁毛狄米"
    "贝明臧计伏成戴谈宋庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄江童颜郭梅盛林钟徐邱骆高夏蔡田樊胡"
    "凌霍虞万柯卢莫房解应宗丁宣邓单杭洪包左石崔龚程邢裴陆荣翁荀甄曲封储靳段富巫乌焦巴牧车侯全班秋"
)
DOUBLE_SURN = ["欧阳", "司徒", "端木", "尉迟", "长孙", "宇文", "澹台", "南宫", "钟离", "独孤", "闻人", "申屠"]
GIV = list(
    "伟芳娜敏静秀丽强磊军洋勇艳杰涛明超霞平刚桂英华玉兰萍红鹏飞鑫波宁建国志文辉俊峰晨晓雪梅琳浩宇"
    "欣怡子涵思远嘉豪雨轩博文瑞婷婧颖琦璐昊天泽楠佳慧诗语梓萱皓然一鸣海燕春生秋实立新卫东振华永康"
    "德胜庆丰宏亮晶莹凯旋蕾蓓锦程韬略旭东雅琴淑贞凤霞金凤国庆建华红梅丽娟少华志强海涛小龙晓光毅然"
)
ETHNIC = [
    "阿依古丽",
    "热依汗古",
    "买买提江",
    "巴特尔",
    "格桑卓玛",
    "次仁旺堆",
    "乌兰图雅",
    "扎西顿珠",
    "吐尔逊江",
]
FOREIGN = [
    ("美", "约翰·C.麦克斯韦尔"), ("英", "彼得·M.森奇"), ("德", "克劳斯·施瓦布"), ("日", "稻盛和夫"),
    ("美", "罗伯特·K.默顿"), ("法", "让-皮埃尔·勒布朗"), ("加", "亨利·明茨伯格"), ("美", "琳达·希尔"),
    ("英", "安东尼·吉登斯"), ("日", "大前研一"), ("澳", "詹姆斯·卡梅伦·怀特"), ("美", "丹尼尔·平克"),
]  # fmt: skip


def person_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        r = rng.random()
        if r < 0.05:
            n = rng.choice(ETHNIC)
        elif r < 0.11:
            n = rng.choice(DOUBLE_SURN) + rng.choice(GIV) + (rng.choice(GIV) if rng.random() < 0.4 else "")
        elif r < 0.42:
            n = rng.choice(SURN) + rng.choice(GIV)
        else:
            n = rng.choice(SURN) + rng.choice(GIV) + rng.choice(GIV)
        if n not in taken and len(set(n)) == len(n):
            taken.add(n)
            return n


def people(rng: random.Random, k: int, taken: set[str] | None = None) -> list[str]:
    taken = set() if taken is None else taken
    return [person_name(rng, taken) for _ in range(k)]


def gender(rng: random.Random) -> str:
    return rng.choice("男女")


# ---- places and organisations ----------------------------------------------------------------------
CITIES: list[tuple[str, str]] = [
    ("山东", "德州"), ("山东", "烟台"), ("山东", "泰安"), ("河南", "开封"), ("湖南", "益阳"), ("山东", "潍坊"),
    ("河南", "洛阳"), ("湖南", "常德"), ("江苏", "盐城"), ("安徽", "蚌埠"), ("河北", "邢台"), ("湖北", "襄阳"),
    ("四川", "绵阳"), ("江西", "九江"), ("浙江", "台州"), ("山西", "长治"), ("湖南", "岳阳"), ("陕西", "宝鸡"),
]  # fmt: skip
PROV_ABBR = {"山东": "鲁", "河南": "豫", "湖南": "湘", "江苏": "苏", "安徽": "皖", "河北": "冀", "湖北": "鄂", "四川": "川",
             "江西": "赣", "浙江": "浙", "山西": "晋", "广西": "桂", "陕西": "陕"}  # fmt: skip
COUNTIES = ["临邑县", "齐河县", "宁阳县", "尉氏县", "桃江县", "安化县", "杞县", "肥城市", "龙口市", "平原县", "南县",
            "东平县", "兰考县", "沅江市"]  # fmt: skip
UNIT_FORMS = [
    "{c}市第{n}人民医院", "{c}市中心医院", "{c}市{x}中学", "{c}市农业科学研究院", "{c}市水利勘测设计院",
    "{c}市疾病预防控制中心", "{c}职业技术学院", "{c}市市政工程管理处", "{c}市第{n}实验小学",
    "{c}市气象局", "{c}市林业保护发展中心", "{c}市建筑设计研究院有限公司", "{c}市妇幼保健院",
    "{k}人民医院", "{k}农业农村局", "{k}第{n}中学", "{c}市畜牧兽医服务中心", "{c}市环境监测站",
    "{c}市城乡规划编制研究中心", "{c}市中医医院", "{c}市特种设备检验研究院", "{c}学院",
]  # fmt: skip
SCHOOL_X = ["实验", "第一", "第二", "育才", "外国语", "滨河", "开发区", "新华"]
UNIVS = [
    "山东农业大学", "河南大学", "湖南师范大学", "山东科技大学", "郑州大学", "中南大学", "烟台大学",
    "青岛大学", "湘潭大学", "济南大学", "河南农业大学", "长沙理工大学", "鲁东大学", "曲阜师范大学",
    "山东师范大学", "湖南农业大学", "河南理工大学", "聊城大学", "江南大学", "西南交通大学",
]  # fmt: skip
SCHOOLS = [
    "机械工程学院", "土木工程学院", "农学院", "化学化工学院", "信息科学与工程学院", "医学院",
    "经济管理学院", "教育学院", "资源与环境学院", "动物科技学院", "文学院", "公共管理学院",
]  # fmt: skip


def city(rng: random.Random) -> tuple[str, str]:
    return rng.choice(CITIES)


def unit(rng: random.Random, c: str | None = None) -> str:
    c = c or rng.choice(CITIES)[1]
    return rng.choice(UNIT_FORMS).format(c=c, n=cn_num(rng.randint(1, 6)), x=rng.choice(SCHOOL_X),
                                         k=rng.choice(COUNTIES))  # fmt: skip


# ---- subject matter -------------------------------------------------------------------------------
PAPER_FORMS = [
    "{f}{a}研究", "基于大数据的{f}{a}", "{f}{a}的实践与思考", "{f}{a}关键技术研究", "浅析{f}{a}",
    "{f}{a}现状及对策", "{f}中{a}的应用", "新形势下{f}{a}探讨", "{f}{a}影响因素分析",
    "{f}{a}模型构建与验证", "{f}{a}试验研究", "关于{f}{a}的若干问题",
]  # fmt: skip
INVENTIONS = [
    "一种{f}用{d}", "一种{f}{d}及其使用方法", "{f}{d}", "一种基于物联网的{f}{d}", "一种便携式{f}{d}",
    "一种{f}{d}的制备方法", "多功能{f}{d}", "一种可调节{f}{d}",
]  # fmt: skip
DEVICES = [
    "监测装置", "喷淋系统", "清洗设备", "固定支架", "检测仪", "取样器", "防护罩", "控制系统",
    "输送装置", "分拣机构", "消毒柜", "培养箱",
]  # fmt: skip
DESIGNS = ["包装盒（茶叶）", "教学挂图架", "灯具（庭院）", "水杯（保温）", "展示柜", "书包（儿童）", "花盆"]
# Fields of work with the aspects that go with them (so a title reads like a real one).
SUBJECTS: list[tuple[list[str], list[str]]] = [
    (["设施蔬菜", "冬小麦", "玉米", "果园", "中药材", "茶园", "设施草莓"],
     ["病虫害绿色防控", "水肥一体化", "标准化生产", "质量安全监测", "高产栽培技术", "品种选育"]),
    (["淡水养殖", "生猪养殖", "肉牛养殖", "蛋鸡养殖"], ["疫病防控", "健康养殖", "饲料配方优化", "粪污资源化利用"]),
    (["城市供水管网", "装配式建筑", "高速公路沥青路面", "桥梁桩基", "城市燃气管道", "老旧小区"],
     ["检测技术", "优化设计", "运行维护", "安全风险预警", "数字化管理", "改造技术"]),
    (["中小河流", "农村饮水工程", "灌区", "水库大坝"], ["综合治理", "运行管理", "水质监测", "除险加固"]),
    (["基层医疗", "慢性病管理", "儿童龋齿", "老年护理", "院感防控", "急诊急救"],
     ["健康管理", "服务体系构建", "风险评估", "综合干预", "规范化管理", "质量控制"]),
    (["初中数学", "高中物理", "小学语文", "职业教育", "智慧课堂", "幼儿园游戏活动", "高中英语"],
     ["教学模式改革", "人才培养", "信息化建设", "课堂评价", "作业设计", "核心素养培育"]),
    (["电力配网", "光伏电站", "风电场", "变电站"], ["运行维护", "安全风险预警", "节能改造", "故障诊断"]),
    (["森林防火", "土壤重金属", "湿地保护", "城市扬尘"], ["综合治理", "风险评估", "监测技术", "生态修复"]),
    (["县域经济", "乡村旅游", "社区养老", "农村电商", "基层财务"], ["协同发展", "精准施策", "服务体系构建", "内部控制"]),
]  # fmt: skip
FIELDS = sorted({f for fs, _ in SUBJECTS for f in fs})
ASPECTS = sorted({a for _, a_s in SUBJECTS for a in a_s})


def subject(rng: random.Random, groups: tuple[int, ...] | None = None) -> tuple[str, str]:
    """A field and an aspect that belongs with it (from the given SUBJECTS groups, or any)."""
    fs, a_s = SUBJECTS[rng.choice(groups)] if groups else rng.choice(SUBJECTS)
    return rng.choice(fs), rng.choice(a_s)


TRAINING_TOPICS = [
    "专业技术人员创新能力提升", "专业技术人员职业道德与诚信建设", "数字经济与数字化转型",
    "{f}{a}新技术", "{f}{a}专题", "人工智能与行业应用", "乡村振兴战略解读", "心理健康与压力管理",
    "知识产权保护与运用", "安全生产与应急管理", "{f}{a}高级研修", "新时代专业技术人员素质提升",
    "科研项目申报与管理实务", "{f}{a}技术推广", "依法治国与法治素养",
]  # fmt: skip
PUBLIC_TOPICS = [
    "专业技术人员职业道德与诚信建设", "数字经济与数字化转型", "乡村振兴战略解读", "心理健康与压力管理",
    "知识产权保护与运用", "依法治国与法治素养", "新时代专业技术人员素质提升", "习近平新时代中国特色社会主义思想概论",
    "总体国家安全观", "生态文明建设", "人工智能与数字经济发展",
]  # fmt: skip


def topic(rng: random.Random) -> str:
    f, a = subject(rng)
    return rng.choice(TRAINING_TOPICS).format(f=f, a=a)


def pro_topic(rng: random.Random) -> str:
    """A professional (专业科目) course: a field and an aspect."""
    f, a = subject(rng)
    return f + a + rng.choice(["", "新技术", "专题", "实务", "案例分析"])


def course_name(rng: random.Random, suffixes: list[str]) -> str:
    """A training's name: a topic and a suffix, without doubling a word the topic already ends with."""
    t = topic(rng)
    for end in ("研修", "专题", "新技术", "推广"):
        if t.endswith(end):
            t = t[: -len(end)] if rng.random() < 0.5 else t
            break
    suf = rng.choice([x for x in suffixes if not (t.endswith(x[:2]))] or ["班"])
    return t + suf


def paper_title(rng: random.Random, groups: tuple[int, ...] | None = None) -> str:
    f, a = subject(rng, groups)
    return rng.choice(PAPER_FORMS).format(f=f, a=a)


# ---- dates ----------------------------------------------------------------------------------------
def day(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    a = dt.date(y0, 1, 1)
    return a + dt.timedelta(days=rng.randrange((dt.date(y1, 12, 31) - a).days))


def cn_day(n: int) -> str:
    return cn_num(n)


def fdate(d: dt.date, style: str) -> str:
    if style == "padded":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "chinese":
        return f"{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"
    if style == "dots":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    return f"{d.year}年{d.month}月{d.day}日"


def fmonth(y: int, m: int, style: str) -> str:
    if style == "chinese":
        return f"{cn_year(y)}年{cn_num(m)}月"
    if style in ("dots", "dash", "slash"):
        return f"{y}{'.' if style == 'dots' else '-' if style == 'dash' else '/'}{m:02d}"
    if style == "padded":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def frange(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    """A period as printed; the second date drops the repeated year (and month) in the Chinese styles."""
    if a == b:
        return fdate(a, style)
    if style in ("dots", "dash", "slash"):
        return f"{fdate(a, style)}{sep}{fdate(b, style)}"
    first = fdate(a, style)
    if style == "chinese":
        if a.year == b.year and a.month == b.month:
            return f"{first}{sep}{cn_num(b.day)}日"
        return f"{first}{sep}{fdate(b, style)}"
    if a.year == b.year:
        tail = f"{b.month:02d}月{b.day:02d}日" if style == "padded" else f"{b.month}月{b.day}日"
        return f"{first}{sep}{tail}"
    return f"{first}{sep}{fdate(b, style)}"


def iso(d: dt.date) -> str:
    return d.isoformat()


def ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


# ---- numbers ---------------------------------------------------------------------------------------
def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def cert_no(rng: random.Random, prefix: str = "") -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{prefix}{rng.randint(2017, 2024)}{digits(rng, 6)}"
    if form == 1:
        return f"{prefix}No.{digits(rng, 8)}"
    if form == 2:
        return f"{prefix}{rng.choice('ABCDJXZ')}{digits(rng, 9)}"
    return f"{prefix}{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 3)}"


def masked_id(rng: random.Random) -> str:
    return f"{rng.choice(['37', '41', '43'])}{digits(rng, 4)}{rng.randint(1965, 1998)}****{digits(rng, 3)}{rng.choice('0123456789X')}"
