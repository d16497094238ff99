"""Draw 57's own pools: names, bodies, professions, titles and wording, plus the context type."""

from __future__ import annotations

import csv
import functools
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
if not DATA.exists():
    DATA = Path("/tmp/shared/data")


@dataclass
class Ctx:
    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int = 0
    used: list[str] = field(default_factory=list)

    def pick(self, name: str, options: list | tuple):  # noqa: ANN201
        """A random option, recording which variant of which list was used."""
        i = self.rng.randrange(len(options))
        self.used.append(f"{name}#{i}")
        return options[i]

    def variant(self, etype: str) -> str:
        vs = VARIANTS[f"t57.layout.{etype}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t57.layout.{etype}#{v}")
        return v


FAMILIES = {
    "training_certificate": "tc57",
    "sign_in_sheet": "sign57",
    "training_notice": "notice57",
    "journal_article": "jour57",
    "book": "book57",
    "patent_certificate": "pat57",
    "award_certificate": "award57",
    "project_completion": "proj57",
    "qualification_certificate": "qual57",
    "other": "misc57",
}

VARIANTS: dict[str, list[str]] = {
    "t57.layout.training_certificate": [
        "landscape",
        "table",
        "eplatform",
        "twoline",
        "hoursproof",
        "booklet",
    ],
    "t57.layout.sign_in_sheet": ["plain", "twocol", "sessions", "register", "spill"],
    "t57.layout.training_notice": ["wenhao", "schedule", "receipt", "invite", "brief"],
    "t57.layout.journal_article": ["first", "firstsup", "cover", "toc", "firstcomma"],
    "book57": [],
    "t57.layout.book": ["cover", "copyright", "board", "translated", "cipfull"],
    "t57.layout.patent_certificate": ["classic", "eprint", "utility", "design", "compact"],
    "t57.layout.award_certificate": ["single", "team", "competition", "paper", "teaching"],
    "t57.layout.project_completion": ["jieti", "yanshou", "opinion", "table", "letter"],
    "t57.layout.qualification_certificate": ["diploma", "degree", "courses", "selfstudy", "computer"],
    "t57.layout.other": ["conference", "lecture", "rural", "mentor", "volunteer"],
}
del VARIANTS["book57"]

# ---- cities ------------------------------------------------------------------------------------
CITIES = {
    "yiyang-2018": {
        "years": (2017, 2018, 2019),
        "province": "湖南省",
        "city": "益阳市",
        "rs": "益阳市人力资源和社会保障局",
        "rs_prov": "湖南省人力资源和社会保障厅",
        "doc": "益人社发",
        "doc2": "益人社函",
        "counties": ["桃江县", "安化县", "南县", "沅江市", "赫山区", "资阳区", "大通湖区"],
        "gov": "益阳市人民政府",
        "gov_prov": "湖南省人民政府",
        "univ": ["湖南农业大学", "湖南城市学院", "长沙理工大学", "湖南中医药大学", "中南大学"],
        "exam": "湖南省高等教育自学考试委员会",
        "place": [
            "益阳市会议中心",
            "益阳职业技术学院报告厅",
            "市委党校学术报告厅",
            "湖南城市学院图书馆报告厅",
        ],
    },
    "taian-2022": {
        "years": (2021, 2022, 2023),
        "province": "山东省",
        "city": "泰安市",
        "rs": "泰安市人力资源和社会保障局",
        "rs_prov": "山东省人力资源和社会保障厅",
        "doc": "泰人社字",
        "doc2": "泰人社发",
        "counties": ["新泰市", "肥城市", "宁阳县", "东平县", "泰山区", "岱岳区"],
        "gov": "泰安市人民政府",
        "gov_prov": "山东省人民政府",
        "univ": ["山东农业大学", "泰山医学院", "山东第一医科大学", "泰山学院", "山东科技大学"],
        "exam": "山东省高等教育自学考试委员会",
        "place": ["泰安市人才发展中心", "泰山学院学术报告厅", "泰安市委党校报告厅", "岱岳区职教中心"],
    },
}

# profession: (key, yiyang bureau, taian bureau, person units, course topics, project/paper topics)
PROFESSIONS = [
    (
        "竹业",
        "益阳市林业局",
        "泰安市林业保护发展服务中心",
        ["桃江县竹业发展中心", "益阳竹木制品有限公司"],
        ["竹材重组与胶合工艺", "竹纤维复合材料应用", "竹产业标准化生产"],
        ["竹材炭化热处理", "重组竹地板防霉", "竹缠绕复合管"],
    ),
    (
        "莲业",
        "益阳市农业农村局",
        "泰安市农业农村局",
        ["南县湘莲产业中心", "沅江市农技推广站"],
        ["湘莲高产栽培技术", "莲田病虫害绿色防控", "莲子采后加工"],
        ["湘莲品种选育", "莲田稻鱼综合种养", "莲子剥壳"],
    ),
    (
        "水库",
        "益阳市水利局",
        "泰安市水利局",
        ["安化县柘溪水库管理所", "东平湖管理服务中心"],
        ["大坝安全监测与评价", "土石坝渗流分析", "水库防汛调度"],
        ["土石坝渗压监测", "混凝土坝裂缝修补", "水库泄洪闸门"],
    ),
    (
        "口腔",
        "益阳市卫生健康委员会",
        "泰安市卫生健康委员会",
        ["益阳市中心医院口腔科", "泰安市口腔医院"],
        ["口腔种植修复新进展", "儿童龋病预防", "根管治疗规范化"],
        ["种植体周围炎", "牙周基础治疗", "隐形矫治器"],
    ),
    (
        "物理",
        "益阳市教育局",
        "泰安市教育局",
        ["益阳市第一中学", "泰安第一中学"],
        ["高中物理新课程标准解读", "物理实验创新设计", "核心素养导向教学"],
        ["高中物理实验教学", "电磁感应演示", "物理建模能力"],
    ),
    (
        "公路",
        "益阳市交通运输局",
        "泰安市交通运输局",
        ["赫山区农村公路管理站", "宁阳县公路事业发展中心"],
        ["农村公路养护技术规范", "沥青路面预防性养护", "公路安全生命防护工程"],
        ["农村公路路基加固", "水泥路面裂缝", "山区公路边坡"],
    ),
    (
        "药物警戒",
        "益阳市市场监督管理局",
        "泰安市市场监督管理局",
        ["益阳市第三人民医院药剂科", "泰安市中心医院药学部"],
        ["药物警戒质量管理规范", "药品不良反应监测与评价", "临床合理用药"],
        ["抗菌药物不良反应", "药品不良反应信号", "中药注射剂安全"],
    ),
    (
        "消防",
        "益阳市应急管理局",
        "泰安市应急管理局",
        ["益阳市消防救援支队", "泰安市消防救援支队"],
        ["建筑防火设计规范", "消防设施检测维护", "火灾风险评估"],
        ["高层建筑防排烟", "消防给水系统", "电气火灾监控"],
    ),
    (
        "蚕桑",
        "益阳市农业农村局",
        "泰安市农业农村局",
        ["沅江市蚕桑技术推广站", "肥城市蚕桑服务站"],
        ["家蚕良种繁育", "桑园病虫害防治", "小蚕共育技术"],
        ["家蚕微粒子病检测", "桑叶饲料化利用", "省力化养蚕"],
    ),
    (
        "康复",
        "益阳市卫生健康委员会",
        "泰安市卫生健康委员会",
        ["益阳市康复医院", "泰安市中医医院康复科"],
        ["脑卒中康复评定", "运动疗法新技术", "儿童康复治疗"],
        ["脑卒中偏瘫步行训练", "颈椎病康复", "吞咽障碍训练"],
    ),
    (
        "统计",
        "益阳市统计局",
        "泰安市统计局",
        ["资阳区统计局", "岱岳区统计局"],
        ["统计法治与数据质量", "国民经济核算方法", "统计调查制度"],
        ["县域经济统计监测", "农村住户调查", "统计数据质量评估"],
    ),
    (
        "泰山茶",
        "益阳市农业农村局",
        "泰安市农业农村局",
        ["安化县黑茶产业办", "泰山区茶叶站"],
        ["茶园绿色高效栽培", "北方茶树越冬防护", "名优绿茶加工"],
        ["名优绿茶加工工艺", "茶园覆盖越冬", "茶叶品质评价"],
    ),
    (
        "心理",
        "益阳市卫生健康委员会",
        "泰安市卫生健康委员会",
        ["益阳市第二人民医院心理科", "泰安市精神卫生中心"],
        ["心理咨询伦理与督导", "青少年心理危机干预", "认知行为疗法"],
        ["青少年抑郁筛查", "心理危机干预", "团体心理辅导"],
    ),
    (
        "变电",
        "国网益阳供电公司",
        "国网泰安供电公司",
        ["国网益阳供电公司变电检修中心", "国网泰安供电公司运维检修部"],
        ["智能变电站运维技术", "继电保护与自动化", "变电设备状态检修"],
        ["变压器油色谱在线监测", "GIS局部放电", "变电站巡检机器人"],
    ),
]

SURNAMES = list(
    "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
DOUBLE = ["欧阳", "司马", "诸葛", "上官", "皇甫"]
GIVEN = list(
    "建国伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰志红文斌宇浩凯鹏飞鑫琳欣怡晨雪梅婷丹燕俊峰海波春光立新晓东卫兵玲辉德福"
)


def name(rng: random.Random, style: int | None = None) -> str:
    s = rng.random() if style is None else style
    if s == 2 or (style is None and s < 0.07):
        return rng.choice(DOUBLE) + "".join(rng.sample(GIVEN, 2))
    if s == 1 or (style is None and s < 0.25):
        return rng.choice(SURNAMES) + rng.choice(GIVEN)
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2))


def names(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        x = name(rng)
        if x not in out and not any(x in o or o in x for o in out):
            out.append(x)
    return out


PRESSES = [
    ("中国林业出版社", "5038", "北京"),
    ("中国农业出版社", "109", "北京"),
    ("中国水利水电出版社", "5170", "北京"),
    ("人民卫生出版社", "117", "北京"),
    ("高等教育出版社", "04", "北京"),
    ("人民交通出版社", "114", "北京"),
    ("化学工业出版社", "122", "北京"),
    ("中国电力出版社", "5198", "北京"),
    ("中国统计出版社", "5037", "北京"),
    ("湖南科学技术出版社", "5357", "长沙"),
    ("山东科学技术出版社", "5331", "济南"),
    ("科学出版社", "03", "北京"),
]

JOURNAL_PICK = [
    "林业科学",
    "农业工程学报",
    "水利学报",
    "中华口腔医学杂志",
    "物理学报",
    "中国公路学报",
    "药学学报",
    "中国安全科学学报",
    "中国康复医学杂志",
    "中国卫生统计",
    "茶叶科学",
    "心理学报",
    "电力系统自动化",
    "岩土工程学报",
    "园艺学报",
    "中国农业科学",
    "高电压技术",
]


JOURNAL_BY_PROF = {
    "竹业": ["林业科学"],
    "莲业": ["园艺学报", "中国农业科学"],
    "水库": ["水利学报", "岩土工程学报"],
    "口腔": ["中华口腔医学杂志"],
    "物理": ["物理学报"],
    "公路": ["中国公路学报", "岩土工程学报"],
    "药物警戒": ["药学学报"],
    "消防": ["中国安全科学学报"],
    "蚕桑": ["中国农业科学"],
    "康复": ["中国康复医学杂志"],
    "统计": ["中国卫生统计"],
    "泰山茶": ["茶叶科学"],
    "心理": ["心理学报"],
    "变电": ["电力系统自动化", "高电压技术"],
}


def journal_for(rng: random.Random, key: str) -> dict:
    rows = [j for j in journals() if j["name"] in JOURNAL_BY_PROF.get(key, [])] or journals()
    return rng.choice(rows)


def _norm(s: str) -> str:
    s = re.sub(r"（[^）]*）|\([^)]*\)", "", s)
    return re.sub(r"[\W_]", "", s)


@functools.cache
def journals() -> list[dict]:
    rows = list(csv.DictReader((DATA / "journals-cscd.csv").open(encoding="utf-8")))
    cn = {}
    for r in csv.DictReader((DATA / "journals-cn.csv").open(encoding="utf-8")):
        cn.setdefault(_norm(r["name"]), set()).update(x for x in r["levels"].split(";") if x)
    out = []
    for r in rows:
        if r["database"] != "core" or r["name"] not in JOURNAL_PICK:
            continue
        extra = cn.get(_norm(r["name"]), set())
        levels = ["cscd"] + [x for x in ("pku_core", "cssci") if x in extra]
        out.append({"name": r["name"], "issn": r["issn"], "cn": r["cn"], "levels": levels})
    return out


def levels_for(name_: str) -> list[str]:
    for j in journals():
        if j["name"] == name_:
            return j["levels"]
    raise KeyError(name_)


# ---- check digits -------------------------------------------------------------------------------
def zl_check(d12: str) -> str:
    """Check digit of a 12-digit Chinese patent application number (weights 2..9,2..5; mod 11, 10 -> X)."""
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    r = sum(int(c) * x for c, x in zip(d12, w, strict=True)) % 11
    return "X" if r == 10 else str(r)


def issn_digit(d7: str) -> str:
    r = sum(int(c) * w for c, w in zip(d7, range(8, 1, -1), strict=True)) % 11
    c = (11 - r) % 11
    return "X" if c == 10 else str(c)


def isbn_digit(d12: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


# ---- dates ---------------------------------------------------------------------------------------
CN_DIG = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    if n < 10:
        return "十" if n == 10 else CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "")


def cn_year(y: int) -> str:
    return "".join(CN_DIG[int(c)] for c in str(y))


def date_forms(iso: str) -> list[str]:
    """Every printed form this draw uses for a date (check.py looks for one of them)."""
    p = [int(x) for x in iso.split("-")]
    y, m = p[0], p[1]
    if len(p) == 2:
        return [
            f"{y}年{m}月",
            f"{y}年{m:02d}月",
            f"{y}.{m:02d}",
            f"{y}-{m:02d}",
            f"{cn_year(y)}年{cn_num(m)}月",
        ]
    d = p[2]
    return [
        f"{y}年{m}月{d}日",
        f"{y}年{m:02d}月{d:02d}日",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}.{m:02d}.{d:02d}",
        f"{y}/{m:02d}/{d:02d}",
        f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日",
    ]


def fmt(iso: str, style: int) -> str:
    return date_forms(iso)[style % len(date_forms(iso))]
