"""Draw 9's context, word pools and check digits (written for this draw alone)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind.common import isbn13_check, issn_check, patent_check

# ---- layout variants per family: every variant is drawn once per len(variants) documents -------------
VARIANTS: dict[str, list[str]] = {
    "t9.layout.cert": ["frame", "platform", "gongxu", "form", "proof", "landscape"],
    "t9.layout.sign": ["grid", "pair", "meeting", "pages", "days"],
    "t9.layout.notice": ["redhead", "invite", "agenda", "annex", "web"],
    "t9.layout.jart": ["first", "bilingual", "cover", "toc", "column"],
    "t9.layout.book": ["cip", "titlecip", "board", "translation", "cover"],
    "t9.layout.pat": ["paper", "electronic", "wide", "plain"],
    "t9.layout.award": ["science", "social", "teaching", "contest", "team", "honor"],
    "t9.layout.proj": ["cert", "proof", "accept", "form", "letter"],
    "t9.layout.qual": ["degree", "diploma", "courses", "selfstudy", "computer", "photo"],
    "t9.layout.other": ["invoice", "receipt", "appoint", "idcard", "intro", "transcript"],
}


def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- people ---------------------------------------------------------------------------------------
SURNAMES = (
    "赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章苏潘葛奚范彭郎鲁韦昌马"
    "苗凤方俞任袁柳鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于傅皮卞齐康伍余顾孟黄穆萧尹姚邵汪祁毛狄米贝"
    "明臧计成戴宋庞熊纪舒屈项祝董梁杜阮蓝闵席季贾路江童颜郭梅盛林钟徐邱骆高夏蔡田樊胡凌霍虞万柯卢莫房"
)
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "公孙", "夏侯")
GIVEN = (
    "国建志明永春秀华英玉兰芳丽静敏军平伟强勇刚峰磊鹏飞涛斌超浩宇轩然晨曦思雨欣怡佳琪梓涵子墨一诺"
    "文博海洋立新卫东红梅桂珍淑琴素云玉霞凤英秋菊冬梅晓燕晓东振华振国德胜德明学军学文庆丰庆云长青"
    "俊杰嘉豪瑞霖锦程雅婷慧敏婉清若曦书瑶梦洁诗涵铭泽宏伟"
)


def person_name(rng: random.Random, used: set[str]) -> str:
    for _ in range(200):
        sur = rng.choice(COMPOUND) if rng.random() < 0.05 else rng.choice(SURNAMES)
        n = 1 if rng.random() < 0.3 else 2
        nm = sur + "".join(rng.choice(GIVEN) for _ in range(n))
        if nm not in used and len(set(nm)) == len(nm):
            used.add(nm)
            return nm
    raise RuntimeError("name pool exhausted")


# ---- places and workplaces ------------------------------------------------------------------------
CITIES = (
    ("山东", "聊城"), ("山东", "潍坊"), ("山东", "临沂"), ("山东", "济宁"), ("山东", "淄博"), ("山东", "日照"),
    ("湖南", "常德"), ("湖南", "岳阳"), ("湖南", "株洲"), ("湖南", "衡阳"), ("河南", "洛阳"), ("河南", "许昌"),
    ("河南", "新乡"), ("河南", "商丘"), ("江苏", "盐城"), ("江苏", "淮安"), ("河北", "邢台"), ("河北", "沧州"),
    ("安徽", "芜湖"), ("安徽", "蚌埠"), ("湖北", "宜昌"), ("湖北", "襄阳"), ("四川", "绵阳"), ("四川", "南充"),
)  # fmt: skip
DISTRICTS = ("东城", "西湖", "开发", "高新", "北关", "南湖", "城关", "河西", "新华", "文昌")
UNIT_FORMS = (
    "{c}市第{n}人民医院", "{c}市中医医院", "{c}市疾病预防控制中心", "{c}市妇幼保健院", "{c}市第{n}中学",
    "{c}市{d}区实验小学", "{c}职业技术学院", "{c}市农业技术推广中心", "{c}市水利勘测设计院",
    "{c}市建筑设计研究院有限公司", "{c}市气象局", "{c}市环境监测站", "{c}市{d}区人民医院",
    "{c}市林业科学研究所", "{c}市公路事业发展中心", "{c}市畜牧兽医服务中心", "{c}市图书馆",
    "{c}市城乡规划设计院", "{c}市{d}区教师发展中心", "{c}市产品质量检验所",
)  # fmt: skip
CN_DIGITS = "一二三四五六七八九"


def city(rng: random.Random) -> tuple[str, str]:
    return rng.choice(CITIES)


def workplace(rng: random.Random, c: str | None = None) -> str:
    c = c or city(rng)[1]
    return rng.choice(UNIT_FORMS).format(c=c, n=rng.choice(CN_DIGITS[:5]), d=rng.choice(DISTRICTS))


UNIVERSITIES = (
    "山东农业大学", "湖南师范大学", "河南科技大学", "江苏大学", "安徽医科大学", "湘潭大学", "郑州大学",
    "青岛科技大学", "长沙理工大学", "河北工业大学", "南京林业大学", "华中农业大学", "西南石油大学",
    "济南大学", "扬州大学", "中南林业科技大学", "燕山大学", "三峡大学",
)  # fmt: skip

# ---- subjects -------------------------------------------------------------------------------------
FIELDS = {
    "medical": ("基层慢性病规范化管理", "院内感染防控实务", "急危重症救治技术", "合理用药与处方点评",
                "中医适宜技术推广应用", "护理质量与患者安全"),
    "teaching": ("新课标下的大单元教学设计", "中小学心理健康教育", "信息技术与学科教学融合",
                 "职业院校“双师型”教师能力提升", "课堂观察与教学诊断"),
    "engineering": ("建设工程质量安全管理", "装配式建筑施工技术", "水利工程运行管理",
                    "智慧交通与公路养护技术", "城市更新与规划设计"),
    "agri": ("高标准农田建设技术", "畜禽疫病综合防控", "林业有害生物防治", "设施蔬菜绿色生产技术",
             "农产品质量安全检测"),
    "public": ("习近平新时代中国特色社会主义思想专题", "专业技术人员职业道德与诚信建设",
               "数字经济与数字化转型", "乡村振兴战略实践", "知识产权保护与运用", "人工智能赋能产业发展",
               "专业技术人员心理健康与压力调适", "总体国家安全观"),
}  # fmt: skip


def topic(rng: random.Random, kind: str | None = None) -> tuple[str, str]:
    kind = kind or rng.choice(("medical", "teaching", "engineering", "agri"))
    return kind, rng.choice(FIELDS[kind])


PAPER_A = (
    "糖尿病肾病",
    "高寒草甸土壤",
    "城市内涝",
    "冬小麦",
    "装配式混凝土节点",
    "农村留守儿童",
    "锂离子电池",
    "黄河下游湿地",
    "老年高血压",
    "桥梁健康监测",
    "大豆根瘤菌",
    "职业院校课堂",
    "玉米秸秆",
    "地下水硝酸盐",
)
PAPER_B = ("风险因素分析", "时空分布特征", "影响机制研究", "优化设计方法", "临床疗效观察", "评价指标体系构建",
           "数值模拟研究", "实证研究", "试验研究", "应用效果评价")  # fmt: skip
PAPER_M = (
    "深度学习",
    "改进粒子群算法",
    "结构方程模型",
    "高通量测序",
    "有限元分析",
    "遥感反演",
    "多源数据融合",
)


def paper_title(rng: random.Random) -> str:
    a, b, m = rng.choice(PAPER_A), rng.choice(PAPER_B), rng.choice(PAPER_M)
    return rng.choice((f"{a}{b}", f"基于{m}的{a}{b}", f"{a}的{b}：以{rng.choice(CITIES)[1]}为例"))


OBJECTS = (
    "秸秆粉碎还田装置",
    "输液管路固定夹",
    "混凝土试块养护箱",
    "果树修剪升降平台",
    "智能温室通风窗",
    "教学用磁力黑板",
    "桥梁伸缩缝清理机",
    "土壤采样器",
    "病床护栏",
    "水质在线监测浮标",
    "粮仓测温电缆",
)
ADJ = ("便携式", "可调节", "自动", "多功能", "防滑", "组合式", "智能", "折叠式")
DESIGNS = ("茶具", "台灯", "包装盒", "座椅", "水杯", "显示屏支架", "路灯", "儿童书桌")


def patent_title(rng: random.Random, kind: str) -> str:
    if kind == "design":
        return f"{rng.choice(DESIGNS)}（{rng.choice(('一', '二', 'A型', 'S-1'))}）"
    base = rng.choice(ADJ) + rng.choice(OBJECTS)
    if kind == "invention" and rng.random() < 0.4:
        return f"一种{base}及其使用方法"
    return f"一种{base}"


PUBLISHERS = (
    ("科学出版社", "北京", "978-7-03"), ("人民卫生出版社", "北京", "978-7-117"),
    ("中国农业出版社", "北京", "978-7-109"), ("高等教育出版社", "北京", "978-7-04"),
    ("化学工业出版社", "北京", "978-7-122"), ("中国建筑工业出版社", "北京", "978-7-112"),
    ("山东科学技术出版社", "济南", "978-7-5331"), ("湖南科学技术出版社", "长沙", "978-7-5710"),
    ("河南人民出版社", "郑州", "978-7-215"), ("东南大学出版社", "南京", "978-7-5641"),
)  # fmt: skip
BOOK_TITLES = ("基层常见病诊疗手册", "中小学课堂教学案例精选", "现代农业实用技术", "水利工程施工与管理",
               "公共卫生应急管理概论", "装配式建筑技术指南", "果树病虫害绿色防控", "高血压社区管理实践",
               "乡村规划理论与方法", "土壤肥料学实验教程", "职业教育课程开发")  # fmt: skip
FOREIGN = (
    ("美", "约翰·史密斯"),
    ("英", "大卫·布朗"),
    ("德", "汉斯·穆勒"),
    ("日", "佐藤健一"),
    ("法", "皮埃尔·杜邦"),
)


# ---- dates ----------------------------------------------------------------------------------------
HAN = "〇一二三四五六七八九"


def han_num(n: int) -> str:
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def date_s(d: dt.date, style: str) -> str:
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "han":
        return "".join(HAN[int(c)] for c in str(d.year)) + f"年{han_num(d.month)}月{han_num(d.day)}日"
    raise ValueError(style)


def month_s(y: int, m: int, style: str) -> str:
    if style == "han":
        return "".join(HAN[int(c)] for c in str(y)) + f"年{han_num(m)}月"
    if style == "dot":
        return f"{y}.{m:02d}"
    return f"{y}年{m}月"


def rdate(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


# ---- context --------------------------------------------------------------------------------------
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
    taken: set[str] = field(default_factory=set)

    def layout(self, family: str) -> str:
        key = f"t9.layout.{family}"
        vs = VARIANTS[key]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{key}:{v}")
        return v

    def name(self) -> str:
        return person_name(self.rng, self.taken)

    def names(self, n: int) -> list[str]:
        return [self.name() for _ in range(n)]

    def ds(self, d: dt.date, styles: tuple[str, ...] = ("cn", "cn0", "dot", "dash", "han")) -> str:
        return date_s(d, self.rng.choice(styles))

    def choice(self, seq):  # noqa: ANN001, ANN201
        return self.rng.choice(seq)
