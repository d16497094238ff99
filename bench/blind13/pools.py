"""Draw 13's context, layout-variant lists, check digits and the pools of names, places and bodies it draws from."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind.common import isbn13_check, issn_check, patent_check

# layout family -> variants; every variant of a family is drawn once per len(variants) documents
VARIANTS: dict[str, list[str]] = {
    "t13.layout.tc": ["platform", "cmecard", "teacher", "handfill", "screen", "unitletter"],
    "t13.layout.sis": ["grid", "twocol", "twoday", "landscape", "cme", "pages"],
    "t13.layout.tn": ["redhead", "receipt", "invite", "schedule", "webpage", "cmeproject"],
    "t13.layout.ja": ["firstpage", "cover", "contents", "issue", "masthead", "dbprint"],
    "t13.layout.book": ["cover", "cip", "board", "translation", "spread"],
    "t13.layout.pat": ["invention", "utility", "design", "ecert", "register"],
    "t13.layout.aw": ["scitech", "social", "contest", "county", "paper", "booklet"],
    "t13.layout.pc": ["jieti", "leader", "jianding", "register", "jiexiang", "yanshou"],
    "t13.layout.qc": ["diploma", "degree", "pgcourse", "selfexam", "computer", "filing"],
    "t13.layout.ot": ["approval", "receipt", "acceptance", "log", "badge"],
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

    def variant(self, family: str) -> str:
        vs = VARIANTS[f"t13.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t13.layout.{family}#{v}")
        return v

    def layout(self, family: str, variant: str) -> str:
        return f"{family}13-{variant}"

    def pick(self, pool: list, tag: str | None = None):  # noqa: ANN201
        i = self.rng.randrange(len(pool))
        if tag:
            self.used.append(f"t13.{tag}#{i}")
        return pool[i]


def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- dates ---------------------------------------------------------------------------------
CN = "〇一二三四五六七八九"


def cn_small(n: int) -> str:
    if n < 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ("十" if tens == 1 else CN[tens] + "十") + (CN[ones] if ones else "")


def cn_year(y: int, zero: str = "〇") -> str:
    return "".join(CN[int(c)] for c in str(y)).replace("〇", zero)


DATE_STYLES = ["ymd", "ymd0", "dot", "iso", "cn", "cno", "slash0", "sp"]


def fd(d: dt.date, style: str) -> str:
    """A full date as printed in `style`."""
    y, m, dd = d.year, d.month, d.day
    return {
        "ymd": f"{y}年{m}月{dd}日",
        "ymd0": f"{y}年{m:02d}月{dd:02d}日",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "cn": f"{cn_year(y)}年{cn_small(m)}月{cn_small(dd)}日",
        "cno": f"{cn_year(y, '○')}年{cn_small(m)}月{cn_small(dd)}日",
        "slash0": f"{y}/{m:02d}/{dd:02d}",
        "sp": f"{y} 年 {m} 月 {dd} 日",
    }[style]


def fm(y: int, m: int, style: str) -> str:
    """A month-only date as printed in `style`."""
    if style in ("cn", "cno"):
        return f"{cn_year(y, '〇' if style == 'cn' else '○')}年{cn_small(m)}月"
    if style == "dot":
        return f"{y}.{m:02d}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "ymd0":
        return f"{y}年{m:02d}月"
    if style == "sp":
        return f"{y} 年 {m} 月"
    return f"{y}年{m}月"


def span(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    if style in ("ymd", "sp") and a.year == b.year:
        tail = f"{b.month}月{b.day}日" if a.month != b.month else f"{b.day}日"
        return (
            fd(a, style) + sep + (tail if style == "ymd" else tail.replace("月", " 月 ").replace("日", " 日"))
        )
    return fd(a, style) + sep + fd(b, style)


def rdate(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def iso(d: dt.date) -> str:
    return d.isoformat()


def ym(d: dt.date) -> str:
    return f"{d.year}-{d.month:02d}"


# ---- people ---------------------------------------------------------------------------------
XING = list(
    "张王李赵刘陈杨孙周吴郑冯褚卫蒋沈韩朱秦尤许何吕施孔曹严华金魏陶姜谢邹喻柏窦章苏潘葛范彭鲁韦昌马苗方俞任袁柳"
    "鲍史唐薛雷贺倪汤殷罗毕郝安常乐于傅齐康伍余顾孟黄穆萧尹姚邵汪祁毛狄米贝明臧计伏成戴宋庞熊纪舒屈项祝董梁杜阮"
    "蓝闵席季贾路江童颜郭梅盛林钟徐邱骆高夏蔡田胡凌霍虞万柯卢莫房解应宗丁宣邓单杭洪包诸左石崔吉龚程邢裴陆荣翁荀"
)
XING2 = ["司徒", "端木", "独孤", "南宫", "尉迟", "澹台", "呼延", "宇文"]
MING = list(
    "子文博睿泽宇航嘉琪梓涵一诺晨曦雨桐思远书瑶俊杰振宇国栋建华秀英丽华淑芬桂兰玉梅海涛永刚志强红霞春燕晓峰立军"
    "德明婉清若彤景行清扬沐阳安然心怡慧敏雅婷宏亮卫平光辉庆华锦程天佑浩宇铭轩欣妍语桐钰彤紫薇兆丰茂林忠诚守仁"
)
ETHNIC = ["阿不都热合曼", "古丽娜尔", "扎西次仁", "央金卓嘎", "哈斯巴根", "萨仁图雅", "木合塔尔", "吉木萨"]


def person_name(rng: random.Random, used: set[str]) -> str:
    while True:
        r = rng.random()
        if r < 0.04:
            n = rng.choice(ETHNIC)
        elif r < 0.09:
            n = rng.choice(XING2) + rng.choice(MING)
        else:
            n = rng.choice(XING) + "".join(rng.choice(MING) for _ in range(rng.choice((1, 2, 2, 2))))
        if n not in used:
            used.add(n)
            return n


def people(rng: random.Random, n: int) -> list[str]:
    used: set[str] = set()
    return [person_name(rng, used) for _ in range(n)]


# ---- places and bodies ----------------------------------------------------------------------
CITIES = {
    "山东": [
        "济南",
        "青岛",
        "淄博",
        "枣庄",
        "东营",
        "烟台",
        "潍坊",
        "济宁",
        "泰安",
        "日照",
        "临沂",
        "德州",
        "聊城",
        "滨州",
        "菏泽",
    ],
    "河南": ["郑州", "开封", "洛阳", "平顶山", "焦作", "许昌", "漯河", "商丘", "信阳", "周口"],
    "湖南": ["长沙", "株洲", "衡阳", "邵阳", "岳阳", "常德", "益阳", "郴州", "永州", "怀化"],
    "江苏": ["南京", "无锡", "徐州", "常州", "苏州", "南通", "扬州"],
    "河北": ["石家庄", "唐山", "保定", "邯郸", "沧州"],
}
HOME = ("山东", "河南", "湖南")


def city(rng: random.Random, home: bool = True) -> tuple[str, str]:
    prov = rng.choice(HOME if home else tuple(CITIES))
    return prov, rng.choice(CITIES[prov])


WORKPLACES = [
    "{c}市中心医院",
    "{c}市第三人民医院",
    "{c}市妇女儿童医院",
    "{c}市口腔医院",
    "{c}市精神卫生中心",
    "{c}市第七中学",
    "{c}市实验中学",
    "{c}市育才小学",
    "{c}市特殊教育学校",
    "{c}市职业中等专业学校",
    "{c}市农业技术推广中心",
    "{c}市园林绿化服务中心",
    "{c}市气象局",
    "{c}市生态环境监测站",
    "{c}市市政工程设计院",
    "{c}市自然资源和规划勘测院",
    "{c}市产品质量检验研究院",
    "{c}市动物疫病预防控制中心",
    "{c}市公路事业发展中心",
    "{c}市水文中心",
    "{c}市档案馆",
    "{c}市广播电视台",
]


def workplace(rng: random.Random, c: str) -> str:
    return rng.choice(WORKPLACES).format(c=c)


TITLES_PRO = ["主治医师", "副主任医师", "主管护师", "一级教师", "高级教师", "工程师", "高级工程师", "农艺师",
              "助理研究员", "副研究员", "会计师", "馆员", "经济师", "主管药师", "讲师"]  # fmt: skip

UNIVERSITIES = {
    "山东": [
        "山东理工大学",
        "聊城大学",
        "临沂大学",
        "潍坊医学院",
        "滨州医学院",
        "齐鲁工业大学",
        "山东科技大学",
        "济南大学",
    ],
    "河南": ["河南理工大学", "新乡医学院", "信阳师范学院", "洛阳理工学院", "河南工业大学", "郑州轻工业大学"],
    "湖南": ["湖南科技大学", "长沙理工大学", "湖南工业大学", "南华大学", "吉首大学", "湖南文理学院"],
    "江苏": ["江苏大学", "扬州大学", "南通大学", "常州大学"],
    "河北": ["河北工业大学", "燕山大学", "河北农业大学"],
}


def university(rng: random.Random, prov: str | None = None) -> str:
    return rng.choice(UNIVERSITIES[prov or rng.choice(list(UNIVERSITIES))])


SEAL_SAFE = 16


def seal_text(org: str) -> str:
    return org if len(org) <= SEAL_SAFE else org[:SEAL_SAFE]
