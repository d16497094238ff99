"""Pools of draw 59: people, bodies, professions, journals, the context type and the check-digit helpers."""

from __future__ import annotations

import csv
import functools
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

SURNAMES = list(
    "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙贺顾毛郝龚邵万覃武钱严莫孔向常汤康易乔"
)
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "皇甫", "令狐"]
GIVEN = list(
    "建国华明丽静敏军勇艳杰涛斌超霞平刚桂英芳玲燕红梅兰秀娟志强磊洋鹏飞辉宇浩然慧颖婷晓雪琳俊峰海波振东文博思远佳怡子轩梓涵雨欣若曦春生秋菊德胜永福玉珍光荣新民湘益汴楠"
)


def name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.06:
        return rng.choice(COMPOUND) + "".join(rng.choice(GIVEN) for _ in range(2))
    if r < 0.3:
        return rng.choice(SURNAMES) + rng.choice(GIVEN)
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)


def names(rng: random.Random, n: int, avoid: tuple[str, ...] = ()) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        s = name(rng)
        if s not in out and s not in avoid and not any(s in o or o in s for o in out):
            out.append(s)
    return out


# city -> (policy, years, province, city name, short code for 文号, counties, hospital/school words)
CITIES = {
    "kaifeng": {
        "policy": "kaifeng-2016",
        "years": (2015, 2016, 2017),
        "prov": "河南省",
        "city": "开封市",
        "wh": "汴人社",
        "counties": [
            "杞县",
            "通许县",
            "尉氏县",
            "兰考县",
            "祥符区",
            "鼓楼区",
            "龙亭区",
            "顺河回族区",
            "禹王台区",
        ],
        "schools": ["开封大学", "开封市行政学院", "开封市文化艺术学院", "开封市建设学校", "河南大学"],
        "press": [
            "河南科学技术出版社",
            "河南人民出版社",
            "河南大学出版社",
            "黄河水利出版社",
            "中原农民出版社",
        ],
    },
    "yiyang": {
        "policy": "yiyang-2018",
        "years": (2017, 2018, 2019),
        "prov": "湖南省",
        "city": "益阳市",
        "wh": "益人社发",
        "counties": ["沅江市", "南县", "桃江县", "安化县", "赫山区", "资阳区", "大通湖区"],
        "schools": [
            "益阳职业技术学院",
            "湖南城市学院",
            "益阳医学高等专科学校",
            "湖南农业大学",
            "湖南师范大学",
        ],
        "press": [
            "湖南科学技术出版社",
            "湖南人民出版社",
            "湖南师范大学出版社",
            "中南大学出版社",
            "湖南大学出版社",
        ],
    },
}

# profession: (city, label, 行业主管 bureau suffix, subject, topics, unit kinds)
PROFESSIONS = [
    (
        "yiyang",
        "黑茶加工工程师",
        "农业委员会",
        "茶学",
        ["安化黑茶渥堆发酵", "茯砖茶发花工艺", "千两茶踩制", "黑毛茶初制"],
        "茶业有限公司",
    ),
    (
        "yiyang",
        "竹产品工程师",
        "林业局",
        "林产化工",
        ["毛竹重组材", "竹纤维板热压", "竹炭制备", "楠竹笋保鲜"],
        "竹业科技有限公司",
    ),
    (
        "yiyang",
        "莲藕水生作物农艺师",
        "农业委员会",
        "作物栽培",
        ["南县籽莲高产栽培", "稻虾共作", "芡实育苗", "藕带采收"],
        "农业技术推广中心",
    ),
    (
        "yiyang",
        "洞庭湖湿地生态工程师",
        "林业局",
        "生态学",
        ["东洞庭湖候鸟栖息地", "湿地植被恢复", "欧美黑杨清退", "湖区水质监测"],
        "湿地保护区管理局",
    ),
    (
        "yiyang",
        "苎麻纺织技术员",
        "经济和信息化委员会",
        "纺织工程",
        ["苎麻脱胶", "苎麻纱线细化", "麻棉混纺织物", "苎麻生物脱胶"],
        "麻纺织有限公司",
    ),
    (
        "kaifeng",
        "花生育种农艺师",
        "农业局",
        "作物遗传育种",
        ["高油酸花生", "花生黄曲霉抗性", "花生连作障碍", "麦套花生"],
        "农业科学研究所",
    ),
    (
        "kaifeng",
        "菊花园艺师",
        "林业局",
        "园林植物",
        ["开封菊花品种", "悬崖菊造型", "菊花扦插繁殖", "菊花白锈病"],
        "园林绿化管理处",
    ),
    (
        "kaifeng",
        "宋代建筑保护工程师",
        "文物局",
        "文物保护",
        ["开封铁塔琉璃构件", "繁塔砖雕", "宋式木构斗拱", "古建筑彩画"],
        "文物保护研究所",
    ),
    (
        "kaifeng",
        "引黄灌溉工程师",
        "水利局",
        "水利工程",
        ["黑岗口引黄灌区", "渠系衬砌", "引黄泥沙处理", "灌区节水改造"],
        "水利工程管理处",
    ),
    (
        "kaifeng",
        "结核病防治医师",
        "卫生和计划生育委员会",
        "临床医学",
        ["耐多药肺结核", "结核潜伏感染筛查", "学校结核病疫情", "结核分枝杆菌快速检测"],
        "结核病防治所",
    ),
    (
        "yiyang",
        "放射医学技师",
        "卫生和计划生育委员会",
        "医学影像技术",
        ["低剂量CT扫描", "数字X线摄影质量控制", "磁共振伪影", "介入放射防护"],
        "中心医院",
    ),
    (
        "kaifeng",
        "小学音乐教师",
        "教育局",
        "音乐教育",
        ["小学合唱教学", "豫剧进课堂", "奥尔夫音乐教学法", "竖笛教学"],
        "实验小学",
    ),
    (
        "yiyang",
        "小学音乐教师",
        "教育局",
        "音乐教育",
        ["小学合唱教学", "花鼓戏进校园", "柯达伊教学法", "乡村学校音乐课"],
        "小学",
    ),
    (
        "kaifeng",
        "消防安全工程师",
        "公安消防支队",
        "消防工程",
        ["古建筑群消防", "高层建筑疏散", "电气火灾预防", "火灾自动报警系统"],
        "消防技术服务有限公司",
    ),
    (
        "yiyang",
        "税务会计师",
        "财政局",
        "会计",
        ["营改增纳税申报", "企业所得税汇算清缴", "增值税发票管理", "个人所得税改革"],
        "会计师事务所",
    ),
    (
        "kaifeng",
        "税务会计师",
        "财政局",
        "会计",
        ["营改增纳税申报", "小微企业税收优惠", "政府会计准则", "内部控制"],
        "税务师事务所",
    ),
    (
        "yiyang",
        "农村公路桥梁工程师",
        "交通运输局",
        "桥梁与隧道工程",
        ["农村公路危桥改造", "空心板梁铰缝", "石拱桥加固", "桥梁荷载试验"],
        "公路建设养护中心",
    ),
    (
        "kaifeng",
        "农村公路桥梁工程师",
        "交通运输局",
        "道路桥梁工程",
        ["农村公路危桥改造", "预应力空心板", "桥梁伸缩缝病害", "沥青路面养护"],
        "公路管理局",
    ),
    (
        "yiyang",
        "广播电视工程师",
        "文化广电新闻出版局",
        "广播电视工程",
        ["地面数字电视", "应急广播系统", "高清演播室", "有线电视光纤网络"],
        "广播电视台",
    ),
    (
        "kaifeng",
        "广播电视工程师",
        "文化广电新闻出版局",
        "广播电视工程",
        ["地面数字电视", "村村通直播卫星", "IP化播出系统", "广播发射机维护"],
        "广播电视台",
    ),
]

PUBLIC_COURSES = {
    "kaifeng": [
        "树立五大发展理念推进全面深化改革",
        "习近平关于科技创新论述摘编",
        "以文化+引领经济社会融合创新",
        "深入开展“两学一做”推动全面从严治党",
        "专业技术人员创新能力建设",
        "供给侧结构性改革",
    ],
    "yiyang": [
        "加快开放强省建设",
        "党的十九大精神解读",
        "专业技术人员职业道德",
        "乡村振兴战略",
        "大数据时代的互联网信息安全",
        "“一带一路”与开放型经济",
    ],
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
    offset: int = 0
    used: list[str] = field(default_factory=list)

    def variant(self, etype: str) -> str:
        vs = VARIANTS[f"t59.layout.{etype}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t59.layout.{etype}.{v}")
        return v


FAMILIES = {
    "training_certificate": "cert59",
    "sign_in_sheet": "sign59",
    "training_notice": "notice59",
    "journal_article": "journal59",
    "book": "book59",
    "patent_certificate": "patent59",
    "award_certificate": "award59",
    "project_completion": "project59",
    "qualification_certificate": "qual59",
    "other": "other59",
}
VARIANTS = {
    "t59.layout.training_certificate": ["jieye", "xueshi", "ecert", "table", "booklet", "twoline"],
    "t59.layout.sign_in_sheet": ["plain", "twocol", "sessions", "book", "meeting"],
    "t59.layout.training_notice": ["tongzhi", "fujian", "huizhi", "yaoqing", "richeng"],
    "t59.layout.journal_article": ["first", "firstab", "cover", "toc", "footnote", "twocolumn"],
    "t59.layout.book": ["cover", "copyright", "board", "translated", "cipfull"],
    "t59.layout.patent_certificate": ["invention", "utility", "design", "eprint", "semicolon"],
    "t59.layout.award_certificate": ["sci", "social", "contest", "paper", "teaching", "team"],
    "t59.layout.project_completion": ["jieti", "yanshou", "yijian", "table", "proof"],
    "t59.layout.qualification_certificate": ["biye", "master", "doctor", "yanxiu", "zikao", "computer"],
    "t59.layout.other": ["meeting", "lecture", "zhiyi", "sanyuan", "dengji"],
}


# ---- check digits -----------------------------------------------------------------------------
def zl_check(digits12: str) -> str:
    """Chinese patent application number check digit (weights 2..9 cycling, mod 11, 10 -> X)."""
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(d) * w[i] for i, d in enumerate(digits12)) % 11
    return "X" if s == 10 else str(s)


def issn_digit(seven: str) -> str:
    s = sum(int(d) * (8 - i) for i, d in enumerate(seven))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


def isbn_digit(twelve: str) -> str:
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(twelve))
    return str((10 - s % 10) % 10)


# ---- journals ----------------------------------------------------------------------------------
def _norm(s: str) -> str:
    return re.sub(r"[\s《》（）()·\-—:：,，]", "", s)


@functools.cache
def cn_levels() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with (SHARED / "data" / "journals-cn.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lv = set(re.findall(r"[a-z_]+", row["levels"] or ""))
            out.setdefault(_norm(row["name"]), set()).update(lv)
    return out


@functools.cache
def journals() -> list[tuple[str, str, str, list[str]]]:
    """CSCD core Chinese-titled journals: (name, issn, cn, levels)."""
    rows = []
    with (SHARED / "data" / "journals-cscd.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["database"] != "core" or not re.fullmatch(r"[\u4e00-\u9fff]{3,12}", row["name"]):
                continue
            if not re.fullmatch(r"\d{2}-\d{4}/[A-Z0-9]+", row["cn"]):
                continue
            lv = cn_levels().get(_norm(row["name"]), set())
            levels = ["cscd"] + [x for x in ("pku_core", "cssci") if x in lv]
            rows.append((row["name"], row["issn"], row["cn"], levels))
    return rows


AGRI_WORDS = (
    "农",
    "茶",
    "林",
    "园艺",
    "作物",
    "生态",
    "湿地",
    "水利",
    "灌溉",
    "纺织",
    "医",
    "放射",
    "影像",
    "结核",
    "建筑",
    "文物",
    "桥",
    "公路",
    "交通",
    "广播",
    "电视",
    "消防",
    "安全",
    "会计",
    "音乐",
    "教育",
    "植物",
    "土",
)


SUBJECT_WORDS = {
    "茶学": ("茶", "农业", "食品"),
    "林产化工": ("林", "木材", "竹"),
    "作物栽培": ("作物", "农", "水生"),
    "生态学": ("生态", "湿地", "环境", "湖泊"),
    "纺织工程": ("纺织", "材料"),
    "作物遗传育种": ("作物", "育种", "农"),
    "园林植物": ("园艺", "植物", "园林", "林"),
    "文物保护": ("建筑", "文物", "考古"),
    "水利工程": ("水利", "灌溉", "水"),
    "临床医学": ("结核", "中华", "医学"),
    "医学影像技术": ("放射", "影像", "医"),
    "音乐教育": ("声学", "师范大学学报", "大学学报"),
    "消防工程": ("消防", "安全", "火灾"),
    "会计": ("管理", "系统工程", "大学学报"),
    "桥梁与隧道工程": ("桥", "公路", "交通"),
    "道路桥梁工程": ("桥", "公路", "交通"),
    "广播电视工程": ("电视", "广播", "电子", "通信"),
}


@functools.cache
def topical_journals(subject: str = "") -> list[tuple[str, str, str, list[str]]]:
    js = journals()
    for w in SUBJECT_WORDS.get(subject, ()):
        hit = [j for j in js if w in j[0]]
        if len(hit) >= 2:
            return hit
    return [j for j in js if any(w in j[0] for w in AGRI_WORDS)] or js
