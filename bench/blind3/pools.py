"""Draw 3's own pools: variant picking, date printing, names, organisations, check digits, journals."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.blind.page import Page, width_mm

VARIANTS: dict[str, list[Any]] = {}


def V(name: str, variants: list[Any]) -> str:
    """Register a list of variants under `name`; `Ctx.p(name)` picks one and records which."""
    assert len(variants) >= 2, name
    assert VARIANTS.setdefault(name, list(variants)) == list(variants), name
    return name


@dataclass
class Ctx:
    rng: random.Random
    body: str
    bold: str
    hand: str = "ukai"
    pdf_text: bool = False
    draw: int = 3
    used: list[str] = field(default_factory=list)
    k: int = 0  # document number within its type: layouts cycle with it
    offset: int = 0

    def p(self, name: str) -> Any:
        vs = VARIANTS[name]
        i = self.rng.randrange(len(vs))
        self.used.append(f"{name}#{i}")
        return vs[i]

    def layout(self, name: str) -> str:
        vs = VARIANTS[name]
        i = (self.k + self.offset) % len(vs)
        self.used.append(f"{name}#{i}")
        return vs[i]

    @property
    def serif(self) -> str:
        return "uming" if self.pdf_text else "noto_serif"

    @property
    def sans(self) -> str:
        return "zenhei" if self.pdf_text else "noto_sans"

    @property
    def sans_bold(self) -> str:
        return "zenhei" if self.pdf_text else "noto_sans_bold"

    @property
    def serif_bold(self) -> str:
        return "uming" if self.pdf_text else "noto_serif_bold"


# ---- dates ---------------------------------------------------------------------------------
DIG = "〇一二三四五六七八九"
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def cn_year(y: int, zero: str = "〇") -> str:
    return "".join(DIG[int(c)] for c in str(y)).replace("〇", zero)


def cn_small(n: int) -> str:
    if n < 10:
        return DIG[n]
    if n < 20:
        return "十" + (DIG[n % 10] if n % 10 else "")
    return DIG[n // 10] + "十" + (DIG[n % 10] if n % 10 else "")


DATE = V(
    "date",
    [
        "cn",  # 2023年5月12日
        "cn_pad",  # 2023年05月12日
        "han",  # 二〇二三年五月十二日
        "han_ling",  # 二零二三年五月十二日
        "dot_nopad",  # 2023.5.12
        "slash",  # 2023/5/12
        "dash_nopad",  # 2023-5-12
        "fullwidth",  # ２０２３年５月１２日
        "dot_space",  # 2023. 5. 12
        "slash_pad",  # 2023/05/12
    ],
)


def fd(d: dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    return {
        "cn": f"{y}年{m}月{dd}日",
        "cn_pad": f"{y}年{m:02d}月{dd:02d}日",
        "han": f"{cn_year(y)}年{cn_small(m)}月{cn_small(dd)}日",
        "han_ling": f"{cn_year(y, '零')}年{cn_small(m)}月{cn_small(dd)}日",
        "dot_nopad": f"{y}.{m}.{dd}",
        "slash": f"{y}/{m}/{dd}",
        "dash_nopad": f"{y}-{m}-{dd}",
        "fullwidth": f"{y}年{m}月{dd}日".translate(FW),
        "dot_space": f"{y}. {m}. {dd}",
        "slash_pad": f"{y}/{m:02d}/{dd:02d}",
    }[style]


def fm(y: int, m: int, style: str) -> str:
    """A month-only date in the same style."""
    return {
        "cn": f"{y}年{m}月",
        "cn_pad": f"{y}年{m:02d}月",
        "han": f"{cn_year(y)}年{cn_small(m)}月",
        "han_ling": f"{cn_year(y, '零')}年{cn_small(m)}月",
        "dot_nopad": f"{y}.{m}",
        "slash": f"{y}/{m}",
        "dash_nopad": f"{y}-{m}",
        "fullwidth": f"{y}年{m}月".translate(FW),
        "dot_space": f"{y}. {m}",
        "slash_pad": f"{y}/{m:02d}",
    }[style]


def frange(a: dt.date, b: dt.date, style: str, sep: str, short: bool = False) -> str:
    """A period as printed; in the CJK styles the end drops the year, and with `short` also a repeated month."""
    if style in ("cn", "cn_pad", "fullwidth") and a.year == b.year:
        pad = style == "cn_pad"
        if short and a.month == b.month:
            tail = f"{b.day:02d}日" if pad else f"{b.day}日"
        else:
            tail = f"{b.month:02d}月{b.day:02d}日" if pad else f"{b.month}月{b.day}日"
        s = fd(a, style) + sep + tail
        return s.translate(FW) if style == "fullwidth" else s
    return fd(a, style) + sep + fd(b, style)


def rdate(rng: random.Random, y0: int = 2017, y1: int = 2025) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


# ---- people ---------------------------------------------------------------------------------
FAMILY = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂焦"
)
FAMILY2 = ["司徒", "端木", "闻人", "尉迟", "万俟", "长孙", "宇文", "南宫", "独孤", "呼延"]
GIVEN1 = list("永晓春海宏志德金国建俊嘉雨子思梦雅晨宗家玉秀佩惠新世成泽锦")
GIVEN2 = list("峰华琳军宁萍蕾莉洁鑫磊彬楠瑶波刚慧岚昊睿翔璐婧婷蓉颖斌骏琦菲薇帆航")
ETHNIC = [
    "旦增尼玛",
    "索朗措姆",
    "阿迪力江",
    "敖登格日",
    "哈斯巴根",
    "格桑卓嘎",
    "次仁央宗",
    "乌兰图雅",
    "吉木乃依",
    "其木格玛",
    "阿不都拉",
    "苏日娜仁",
]


def person_name(rng: random.Random, used: set[str]) -> str:
    for _ in range(80):
        r = rng.random()
        if r < 0.06:
            n = rng.choice(ETHNIC)
        elif r < 0.11:
            n = rng.choice(FAMILY2) + rng.choice(GIVEN1) + rng.choice(GIVEN2)
        elif r < 0.38:
            n = rng.choice(FAMILY) + rng.choice(GIVEN2)
        else:
            n = rng.choice(FAMILY) + rng.choice(GIVEN1) + rng.choice(GIVEN2)
        if n not in used:
            used.add(n)
            return n
    raise RuntimeError("no fresh name")


def people(rng: random.Random, k: int, used: set[str] | None = None) -> list[str]:
    used = set() if used is None else used
    return [person_name(rng, used) for _ in range(k)]


def spaced2(n: str) -> str:
    """Two-character names are often printed with a full-width space between the characters."""
    return n[0] + "\u3000" + n[1] if len(n) == 2 else n


# ---- places and organisations ---------------------------------------------------------------
CITIES = {
    "山东": ["济南", "青岛", "烟台", "德州", "泰安", "聊城", "日照", "滨州", "枣庄", "东营"],
    "河南": ["郑州", "开封", "商丘", "许昌", "平顶山", "周口", "信阳"],
    "湖南": ["长沙", "益阳", "衡阳", "邵阳", "郴州", "娄底", "永州"],
    "江苏": ["南京", "徐州", "扬州", "南通"],
    "湖北": ["武汉", "宜昌", "襄阳"],
}
POST = {c: f"{n:06d}" for c, n in zip(sum(CITIES.values(), []), range(210000, 480000, 9000), strict=False)}
WORKPLACES = [
    "{c}市中心医院",
    "{c}市第三人民医院",
    "{c}市农业技术推广中心",
    "{c}市第四中学",
    "{c}市环境监测站",
    "{c}市公路事业发展中心",
    "{c}市规划设计研究院",
    "{c}市动物疫病预防控制中心",
    "{c}市计量测试所",
    "{c}市气象局",
    "{c}市中心血站",
    "{c}市园林绿化服务中心",
    "{c}市第十一中学",
    "{c}市供水总公司",
    "{c}市水文中心",
]
COLLEGES = {
    "山东": ["山东科技大学", "青岛大学", "聊城大学", "临沂大学", "山东理工大学", "滨州医学院", "潍坊医学院"],
    "河南": ["河南理工大学", "郑州轻工业大学", "信阳师范大学", "商丘师范学院", "许昌学院", "新乡医学院"],
    "湖南": ["湖南科技大学", "长沙理工大学", "衡阳师范学院", "湖南工业大学", "吉首大学", "南华大学"],
    "江苏": ["江苏大学", "扬州大学", "南通大学", "江南大学"],
    "湖北": ["三峡大学", "湖北工业大学", "长江大学"],
}
DEPTS = ["农学院", "医学院", "化学化工学院", "土木工程学院", "信息工程学院", "生命科学学院", "机械工程学院"]


def place(rng: random.Random, provs: tuple[str, ...] = ("山东", "河南", "湖南")) -> tuple[str, str]:
    p = rng.choice(provs)
    return p, rng.choice(CITIES[p])


def workplace(rng: random.Random, city: str) -> str:
    return rng.choice(WORKPLACES).format(c=city)


def college(rng: random.Random, prov: str) -> str:
    return rng.choice(COLLEGES[prov])


# ---- check digits (public algorithms) ---------------------------------------------------------
def zl_check(d12: str) -> str:
    s = sum(int(c) * w for c, w in zip(d12, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True)) % 11
    return "X" if s == 10 else str(s)


def issn_digit(d7: str) -> str:
    c = (11 - sum(int(x) * (8 - i) for i, x in enumerate(d7)) % 11) % 11
    return "X" if c == 10 else str(c)


def isbn_digit(d12: str) -> str:
    return str((10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d12)) % 10) % 10)


# ---- journals (from /work/shared/data) --------------------------------------------------------
DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
_PUNCT = re.compile(r"[\s《》〈〉（）()\[\]【】“”\"'‘’·:：,，.。、;；\-—_/&]+")


@dataclass(frozen=True)
class Journal:
    name: str
    issn: str
    cn: str
    levels: tuple[str, ...]  # catalogue levels only


@functools.cache
def journals() -> tuple[Journal, ...]:
    """CSCD core journals with a plain Chinese name, a valid ISSN and a CN; levels from the three lists."""
    cn_levels: dict[str, set[str]] = {}
    with (DATA / "journals-cn.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = _PUNCT.sub("", row["name"])
            cn_levels.setdefault(key, set()).update(x for x in (row["levels"] or "").split(";") if x)
    intl: dict[str, set[str]] = {}
    with (DATA / "journals-intl.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for k in ("issn", "eissn"):
                if row[k]:
                    intl.setdefault(row[k], set()).add(row["index"])
    out = []
    with (DATA / "journals-cscd.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            nm, issn, cn = row["name"].strip(), row["issn"].strip(), row["cn"].strip()
            if row["database"] != "core" or not re.fullmatch(r"[\u4e00-\u9fff]{4,12}", nm):
                continue
            if not re.fullmatch(r"\d{4}-\d{3}[\dX]", issn) or issn_digit(issn[:4] + issn[5:8]) != issn[-1]:
                continue
            if not re.fullmatch(r"\d{2}-\d{4}/[A-Z0-9]+", cn):
                continue
            key = _PUNCT.sub("", nm)
            if key not in cn_levels:
                continue  # membership of the other lists unknown: skip rather than guess
            lv = (
                {"cscd"}
                | (cn_levels[key] & {"pku_core", "cssci"})
                | (intl.get(issn, set()) & {"sci", "ssci"})
            )
            out.append(
                Journal(
                    nm, issn, cn, tuple(x for x in ("sci", "ssci", "cssci", "cscd", "pku_core") if x in lv)
                )
            )
    return tuple(out)


REGION = {
    "13": "河北",
    "14": "山西",
    "21": "辽宁",
    "22": "吉林",
    "23": "黑龙江",
    "32": "江苏",
    "33": "浙江",
    "34": "安徽",
    "35": "福建",
    "36": "江西",
    "37": "山东",
    "41": "河南",
    "42": "湖北",
    "43": "湖南",
    "44": "广东",
    "51": "四川",
    "52": "贵州",
    "53": "云南",
    "61": "陕西",
    "62": "甘肃",
}
NAT_SUP = [
    "中国科学技术协会",
    "中华人民共和国教育部",
    "中国科学院",
    "农业农村部",
    "工业和信息化部",
    "自然资源部",
]
PROV_SUP = ["{p}省科学技术厅", "{p}省科学技术协会", "{p}省教育厅", "{p}省卫生健康委员会"]


def sponsor(rng: random.Random, j: Journal) -> tuple[str, str]:
    """A printed 主管单位 consistent with the CN region, and the level it implies."""
    region = REGION.get(j.cn[:2])
    if region is None or rng.random() < 0.45:
        return rng.choice(NAT_SUP), "national"
    return rng.choice(PROV_SUP).format(p=region), "provincial"


# ---- small drawing helpers ------------------------------------------------------------------
A4 = (210.0, 297.0)
A4L = (297.0, 210.0)


def lh(size: float, lead: float = 1.6) -> float:
    return size * 0.3528 * lead


def centre(
    pg: Page, y: float, s: str, size: float, font: str, color: tuple[int, int, int] = (20, 20, 20)
) -> float:
    pg.text(pg.w / 2, y, s, size, font, "c", color)
    return y + lh(size)


def letterspace(s: str, gap: str = " ") -> str:
    return gap.join(s)


def fits(s: str, font: str, size: float, w: float) -> bool:
    return width_mm(s, font, size) <= w


def border(pg: Page, kind: str, color: tuple[int, int, int] = (160, 30, 30)) -> None:
    """Decorative certificate borders."""
    if kind == "none":
        return
    m = 9.0
    if kind == "thin":
        pg.rect(m, m, pg.w - m, pg.h - m, 0.4, (60, 60, 60))
    elif kind == "double":
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 2.5, m + 2.5, pg.w - m - 2.5, pg.h - m - 2.5, 0.35, color)
    elif kind == "band":
        pg.rect(m, m, pg.w - m, pg.h - m, 5.0, color)
        pg.rect(m + 5, m + 5, pg.w - m - 5, pg.h - m - 5, 0.3, color)
    elif kind == "corners":
        for x, y, dx, dy in (
            (m, m, 1, 1),
            (pg.w - m, m, -1, 1),
            (m, pg.h - m, 1, -1),
            (pg.w - m, pg.h - m, -1, -1),
        ):
            pg.line(x, y, x + dx * 22, y, 1.2, color)
            pg.line(x, y, x, y + dy * 22, 1.2, color)
            pg.line(x + dx * 3, y + dy * 3, x + dx * 15, y + dy * 3, 0.4, color)
            pg.line(x + dx * 3, y + dy * 3, x + dx * 3, y + dy * 15, 0.4, color)
        pg.rect(m + 1, m + 1, pg.w - m - 1, pg.h - m - 1, 0.25, color)


# ---- romanised names for English bylines ----------------------------------------------------
_PY = (
    "王wang李li张zhang刘liu陈chen杨yang赵zhao黄huang周zhou吴wu徐xu孙sun胡hu朱zhu高gao林lin何he郭guo马ma"
    "罗luo梁liang宋song郑zheng谢xie韩han唐tang冯feng于yu董dong萧xiao程cheng曹cao袁yuan邓deng许xu傅fu沈shen"
    "曾zeng彭peng吕lyu苏su卢lu蒋jiang蔡cai贾jia丁ding魏wei薛xue叶ye阎yan余yu潘pan杜du戴dai夏xia钟zhong汪wang"
    "田tian任ren姜jiang范fan方fang石shi姚yao谭tan廖liao邹zou熊xiong金jin陆lu郝hao孔kong白bai崔cui康kang毛mao"
    "邱qiu秦qin江jiang史shi顾gu侯hou邵shao孟meng龙long万wan段duan钱qian汤tang尹yin黎li易yi常chang武wu乔qiao"
    "贺he赖lai龚gong文wen庞pang樊fan兰lan殷yin施shi陶tao洪hong翟zhai安an颜yan倪ni严yan牛niu温wen芦lu季ji"
    "俞yu章zhang鲁lu葛ge伍wu韦wei申shen尤you毕bi聂nie焦jiao司si徒tu端duan木mu闻wen人ren尉yu迟chi俟qi长zhang"
    "宇yu南nan宫gong独du孤gu呼hu延yan永yong晓xiao春chun海hai宏hong志zhi德de国guo建jian俊jun嘉jia雨yu"
    "子zi思si梦meng雅ya晨chen宗zong家jia玉yu秀xiu佩pei惠hui新xin世shi成cheng泽ze锦jin峰feng华hua琳lin"
    "军jun宁ning萍ping蕾lei莉li洁jie鑫xin磊lei彬bin楠nan瑶yao波bo刚gang慧hui岚lan昊hao睿rui翔xiang璐lu"
    "婧jing婷ting蓉rong颖ying斌bin骏jun琦qi菲fei薇wei帆fan航hang"
)
PINYIN = dict(re.findall(r"([\u4e00-\u9fff])([a-z]+)", _PY))
ETHNIC_EN = {
    "旦增尼玛": "Danzeng Nima",
    "索朗措姆": "Suolang Cuomu",
    "阿迪力江": "Adilijiang",
    "敖登格日": "Aodeng Geri",
    "哈斯巴根": "Hasi Bagen",
    "格桑卓嘎": "Gesang Zhuoga",
    "次仁央宗": "Ciren Yangzong",
    "乌兰图雅": "Wulan Tuya",
    "吉木乃依": "Jimu Naiyi",
    "其木格玛": "Qimu Gema",
    "阿不都拉": "Abudula",
    "苏日娜仁": "Surina Ren",
}


def roman(n: str, style: int = 0) -> str:
    """Pinyin: `ZHANG Xiaohua` (style 0) or `Xiaohua Zhang` (style 1)."""
    if n in ETHNIC_EN:
        return ETHNIC_EN[n]
    fam_len = 2 if n[:2] in FAMILY2 else 1
    fam = "".join(PINYIN[c] for c in n[:fam_len])
    giv = "".join(PINYIN[c] for c in n[fam_len:])
    return f"{fam.upper()} {giv.capitalize()}" if style == 0 else f"{giv.capitalize()} {fam.capitalize()}"
