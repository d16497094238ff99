"""Draw 15's context, pools (people, places, workplaces, issuers, topics), date printing and page helpers."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind import common
from bench.blind.page import Page, width_mm

# ---- layout families: every variant is drawn once per len(variants) documents -----------------------
VARIANTS: dict[str, list[str]] = {
    "t15.layout.training_certificate": ["jieye", "online", "landscape", "handform", "course", "booklet"],
    "t15.layout.sign_in_sheet": ["grid", "twohalf", "lecture", "days", "pages", "ward"],
    "t15.layout.training_notice": ["redhead", "invite", "schedule", "phone", "receipt", "annotated"],
    "t15.layout.journal_article": ["firstpage", "cover", "toc", "bilingual", "pair", "spread"],
    "t15.layout.book": ["cover", "cip", "board", "translation", "boxed"],
    "t15.layout.patent_certificate": ["modern", "older", "design", "gazette", "copy"],
    "t15.layout.award_certificate": ["paper", "scitech", "team", "contest", "social", "bilingual"],
    "t15.layout.project_completion": ["certificate", "proof", "acceptance", "handform", "monthly", "roll"],
    "t15.layout.qualification_certificate": [
        "diploma",
        "degree",
        "zikao",
        "courses",
        "computer",
        "doctor_en",
    ],
    "t15.layout.other": ["employment", "invoice", "appraisal", "title", "leave"],
    "t15.date": ["cjk", "cjk0", "hanzi", "hanzi_o", "dot", "iso", "slash"],
}
PREFIX = {
    "training_certificate": "train15",
    "sign_in_sheet": "sign15",
    "training_notice": "notice15",
    "journal_article": "journal15",
    "book": "book15",
    "patent_certificate": "patent15",
    "award_certificate": "award15",
    "project_completion": "project15",
    "qualification_certificate": "qual15",
    "other": "other15",
}

BLUE = (25, 45, 140)
INK = (15, 15, 15)
RED = (190, 25, 30)
GREY = (110, 110, 110)


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

    def variant(self, etype: str) -> str:
        fam = f"t15.layout.{etype}"
        v = VARIANTS[fam][(self.k + self.offset) % len(VARIANTS[fam])]
        self.used.append(f"{fam}#{v}")
        return v

    def layout(self, etype: str, v: str) -> str:
        return f"{PREFIX[etype]}-{v}"

    def pick(self, seq: list[Any] | tuple[Any, ...]) -> Any:
        return self.rng.choice(list(seq))

    def dstyle(self, allowed: list[str] | None = None) -> str:
        s = self.pick(allowed or VARIANTS["t15.date"])
        self.used.append(f"t15.date#{s}")
        return s

    def person(self, used: set[str]) -> str:
        return person(self.rng, used)

    def people(self, n: int, used: set[str] | None = None) -> list[str]:
        used = set() if used is None else used
        return [person(self.rng, used) for _ in range(n)]

    def seed(self) -> int:
        return self.rng.randrange(1 << 30)


# ---- check digits (shared helpers) -------------------------------------------------------------
def zl_check(digits12: str) -> str:
    return common.patent_check(digits12)


def issn_digit(d7: str) -> str:
    return common.issn_check(d7)


def isbn_digit(d12: str) -> str:
    return common.isbn13_check(d12)


# ---- dates ---------------------------------------------------------------------------------------
HZ = "〇一二三四五六七八九"


def hz_year(y: int, zero: str = "〇") -> str:
    return "".join(HZ[int(c)] for c in str(y)).replace("〇", zero)


def hz_num(n: int) -> str:
    if n < 10:
        return HZ[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else HZ[tens]) + "十" + (HZ[ones] if ones else "")


def dfmt(d: dt.date, style: str) -> str:
    if style == "cjk":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cjk0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style in ("hanzi", "hanzi_o"):
        z = "〇" if style == "hanzi" else "○"
        return f"{hz_year(d.year, z)}年{hz_num(d.month)}月{hz_num(d.day)}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


def mfmt(y: int, m: int, style: str) -> str:
    if style in ("hanzi", "hanzi_o"):
        return f"{hz_year(y, '〇' if style == 'hanzi' else '○')}年{hz_num(m)}月"
    if style == "dot":
        return f"{y}.{m:02d}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "slash":
        return f"{y}/{m:02d}"
    if style == "cjk0":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def span(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    if style in ("cjk", "cjk0") and a.year == b.year:
        pad = style == "cjk0"
        if a.month == b.month:
            tail = f"{b.day:02d}日" if pad else f"{b.day}日"
        else:
            tail = f"{b.month:02d}月{b.day:02d}日" if pad else f"{b.month}月{b.day}日"
        return dfmt(a, style) + sep + tail
    return dfmt(a, style) + sep + dfmt(b, style)


def day(rng: random.Random, y0: int = 2016, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def iso(d: dt.date) -> str:
    return d.isoformat()


def ym(y: int, m: int) -> str:
    return f"{y}-{m:02d}"


# ---- people ----------------------------------------------------------------------------------------
FAMILY = list(
    "张王李赵刘陈孙周吴郑冯褚卫蒋沈韩杨朱秦尤许何吕施孔曹严华金魏陶姜戚谢邹喻柏窦章苏潘葛范彭郎鲁韦昌马苗凤花方"
    "俞任袁柳鲍史唐费岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明"
    "臧计伏成戴谈宋庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯管"
    "卢莫房裘缪干解应宗丁宣邓郁单杭洪包诸左石崔吉龚程邢裴陆荣翁荀羊惠甄曲封储靳邴段焦巴牧车侯宓蓬全班仰秋仲伊宫"
)
DOUBLE = ["欧阳", "上官", "司徒", "诸葛", "尉迟", "公孙", "端木", "令狐"]
GIVEN1 = list(
    "峰岩松涛波澜玲珑琪瑶璐瑾瑜璇珂蕾蓓蕊茜莹莉菲薇芸芮苗萌雯霏霖露晗晖昕昊旭晟曦彤彬杉楠桐梓栋桦森淼"
)
GIVEN2 = list(
    "泽洪洁润清源渊沛浩淳锐铭钧锋鑫鸿鹏翔翼飞腾跃卓越超群宏远志恒毅诚信仁义礼智德善祥瑞福康宁安泰和"
)
GIVEN3 = list("秀兰桂芝凤英霞燕红梅丽敏静娟华玉春冬海军建民国庆振兴学文世杰家明广平胜利长青永贵树林")
ETHNIC = ["阿不都热合曼", "古丽米拉", "乌兰图雅", "格桑拉姆", "布和巴雅尔", "吐尔逊", "央金"]


def person(rng: random.Random, used: set[str]) -> str:
    for _ in range(80):
        r = rng.random()
        if r < 0.03:
            n = rng.choice(ETHNIC)
        else:
            fam = rng.choice(DOUBLE) if r < 0.08 else rng.choice(FAMILY)
            pools = [GIVEN1, GIVEN2, GIVEN3]
            k = rng.choice([1, 2, 2, 2]) if len(fam) == 1 else rng.choice([1, 1, 2])
            n = fam + "".join(rng.choice(rng.choice(pools)) for _ in range(k))
        if n not in used:
            used.add(n)
            return n
    raise RuntimeError("names exhausted")


def id_number(rng: random.Random, area: str, born: dt.date) -> str:
    body = f"{area}{born:%Y%m%d}{rng.randint(100, 999)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w, strict=True)) % 11
    return body + "10X98765432"[s]


def masked_id(idn: str) -> str:
    return idn[:6] + "********" + idn[-4:]


# ---- places --------------------------------------------------------------------------------------
# city -> (province, its county-level places, area code of the city, postcode)
CITIES: dict[str, tuple[str, list[str], str, str]] = {
    "德州": (
        "山东",
        ["德城区", "陵城区", "乐陵市", "禹城市", "齐河县", "平原县", "夏津县", "武城县", "庆云县"],
        "371400",
        "253000",
    ),
    "烟台": (
        "山东",
        ["芝罘区", "莱山区", "福山区", "龙口市", "莱阳市", "招远市", "栖霞市", "海阳市", "蓬莱区"],
        "370600",
        "264000",
    ),
    "泰安": ("山东", ["泰山区", "岱岳区", "新泰市", "肥城市", "宁阳县", "东平县"], "370900", "271000"),
    "开封": (
        "河南",
        ["龙亭区", "鼓楼区", "祥符区", "尉氏县", "杞县", "通许县", "兰考县"],
        "410200",
        "475000",
    ),
    "益阳": ("湖南", ["赫山区", "资阳区", "沅江市", "南县", "桃江县", "安化县"], "430900", "413000"),
    "潍坊": ("山东", ["奎文区", "寿光市", "青州市", "诸城市"], "370700", "261000"),
    "洛阳": ("河南", ["西工区", "偃师区", "孟津区", "宜阳县"], "410300", "471000"),
    "常德": ("湖南", ["武陵区", "鼎城区", "津市市", "桃源县"], "430700", "415000"),
}
FIVE = ["德州", "烟台", "泰安", "开封", "益阳"]


def city(ctx: Ctx) -> str:
    return ctx.pick(FIVE) if ctx.rng.random() < 0.8 else ctx.pick(list(CITIES))


def province(c: str) -> str:
    return CITIES[c][0]


def county(ctx: Ctx, c: str) -> str:
    return ctx.pick(CITIES[c][1])


WORK_COUNTY = [
    "{x}人民医院",
    "{x}中医医院",
    "{x}妇幼保健计划生育服务中心",
    "{x}第一实验学校",
    "{x}第二高级中学",
    "{x}职业中等专业学校",
    "{x}农业技术推广中心",
    "{x}动物疫病预防控制中心",
    "{x}自然资源和规划局",
    "{x}住房和城乡建设局",
    "{x}水利局水利工程建设服务中心",
    "{x}林业发展服务中心",
    "{x}市场监督管理局",
    "{x}疾病预防控制中心",
]
WORK_CITY = [
    "{c}市立医院",
    "{c}市第二人民医院",
    "{c}市农业科学研究院",
    "{c}市建筑工程质量安全服务中心",
    "{c}市水文中心",
    "{c}市实验中学",
    "{c}市广播电视台",
    "{c}市气象局",
    "{c}市特种设备检验研究院",
    "{c}市公路事业发展中心",
]


def workplace(ctx: Ctx, c: str | None = None) -> str:
    c = c or city(ctx)
    if ctx.rng.random() < 0.55:
        x = county(ctx, c)
        x = x if x.endswith(("市", "县")) else f"{c}市{x}"
        return ctx.pick(WORK_COUNTY).format(x=x)
    return ctx.pick(WORK_CITY).format(c=c)


COLLEGES = {
    "德州": ["德州学院", "德州职业技术学院", "德州科技职业学院"],
    "烟台": ["鲁东大学", "烟台大学", "滨州医学院烟台校区", "烟台职业学院", "山东工商学院"],
    "泰安": ["山东农业大学", "泰山学院", "山东第一医科大学", "泰山职业技术学院"],
    "开封": ["河南大学", "黄河水利职业技术学院", "开封大学"],
    "益阳": ["湖南城市学院", "益阳医学高等专科学校", "益阳职业技术学院", "湖南科技职业学院"],
    "潍坊": ["潍坊学院", "潍坊医学院"],
    "洛阳": ["河南科技大学", "洛阳师范学院"],
    "常德": ["湖南文理学院"],
}
TITLES_PRO = ["主治医师", "副主任医师", "主管护师", "农艺师", "高级农艺师", "工程师", "高级工程师", "一级教师",
              "高级教师", "助理工程师", "畜牧师", "会计师", "主管药师", "讲师", "副教授", "经济师"]  # fmt: skip

# topics: (title, category hint "public"/"professional")
PUBLIC_TOPICS = [
    "数字经济与数字化转型",
    "黄河流域生态保护和高质量发展",
    "专业技术人员职业道德与诚信建设",
    "知识产权保护与运用",
    "乡村振兴战略与县域经济发展",
    "网络安全与个人信息保护",
    "人工智能与新质生产力",
    "专业技术人员心理健康与压力调适",
    "法治政府建设与依法行政",
    "新发展理念与高质量发展",
    "科技创新与成果转化",
]
PRO_TOPICS = [
    "基层医疗机构医院感染防控实务",
    "小麦赤霉病绿色综合防控技术",
    "建筑工程施工质量安全管理规范",
    "中小学信息技术与学科教学深度融合",
    "公路桥梁检测与加固技术",
    "双季稻机插秧绿色高效栽培",
    "畜禽养殖废弃物资源化利用",
    "急危重症护理新进展",
    "政府会计制度与新准则解读",
    "苹果矮砧密植集约栽培",
    "大樱桃设施栽培与病虫害防治",
    "安化黑茶加工工艺与质量控制",
    "泰山茶标准化生产技术",
    "菊花新品种选育与栽培",
    "高中语文整本书阅读教学",
    "水土保持监测与生态修复",
    "慢性病健康管理与家庭医生签约服务",
    "特种设备安全监察与检验",
    "农村饮水安全工程运行管理",
    "儿童青少年近视防控适宜技术",
]
SPEAKER_TITLES = ["教授", "研究员", "主任医师", "高级工程师", "博士", "副教授", "正高级教师", "推广研究员"]
ROOMS = ["学术报告厅", "二楼多功能厅", "三楼会议室", "培训中心第一教室", "行政楼五楼会议室", "综合楼报告厅"]


def department(ctx: Ctx, c: str, kind: str) -> str:
    """A city-level government department issuing training (kind: hr/health/edu/agri/build)."""
    return {
        "hr": f"{c}市人力资源和社会保障局",
        "health": f"{c}市卫生健康委员会",
        "edu": f"{c}市教育局",
        "agri": f"{c}市农业农村局",
        "build": f"{c}市住房和城乡建设局",
        "sci": f"{c}市科学技术局",
    }[kind]


def dept_for(topic: str) -> str:
    if topic in PUBLIC_TOPICS:
        return "hr"
    if any(w in topic for w in ("稻", "麦", "苹果", "樱桃", "茶", "菊", "畜禽", "饮水", "水土")):
        return "agri"
    if any(w in topic for w in ("教学", "阅读", "学科")):
        return "edu"
    if any(w in topic for w in ("医", "护理", "病", "健康", "近视", "感染")):
        return "health"
    if any(w in topic for w in ("建筑", "桥梁", "特种")):
        return "build"
    return "hr"


# ---- page helpers ----------------------------------------------------------------------------------
def mm(size: float) -> float:
    return size * 0.3528


def center(pg: Page, y: float, s: str, size: float, font: str, color: tuple[int, int, int] = INK) -> float:
    pg.text(pg.w / 2, y, s, size, font, "c", color)
    return y + mm(size) * 1.7


def spaced(s: str, gap: str = " ") -> str:
    return gap.join(s)


def fit(s: str, font: str, size: float, width: float) -> float:
    """The largest size <= `size` at which `s` fits in `width` mm."""
    while size > 7 and width_mm(s, font, size) > width:
        size -= 0.5
    return size


def kv(pg: Page, x: float, y: float, pairs: list[tuple[str, str]], size: float, font: str,
       lab_w: float | None = None, colon: str = "：", lead: float = 2.1, vfont: str | None = None,
       vcolor: tuple[int, int, int] = INK) -> float:  # fmt: skip
    for lab, val in pairs:
        if lab_w is None:
            w = pg.text(x, y, lab + colon, size, font)
            pg.text(x + w, y, val, size, vfont or font, color=vcolor)
        else:
            pg.text(x, y, lab + colon, size, font)
            pg.text(x + lab_w, y, val, size, vfont or font, color=vcolor)
        y += mm(size) * lead
    return y


def border(pg: Page, kind: int, color: tuple[int, int, int] = (160, 120, 50)) -> None:
    m = 9.0
    if kind == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 2.5, m + 2.5, pg.w - m - 2.5, pg.h - m - 2.5, 0.35, color)
    elif kind == 2:
        pg.rect(m, m, pg.w - m, pg.h - m, 4.0, color)
    elif kind == 3:
        for i in range(4):
            pg.rect(m + i * 1.2, m + i * 1.2, pg.w - m - i * 1.2, pg.h - m - i * 1.2, 0.25, color)


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 14.0, align: str = "l",
         color: tuple[int, int, int] = BLUE) -> float:  # fmt: skip
    """Handwritten fill-in, slightly off the baseline."""
    return pg.text(
        x + ctx.rng.uniform(-0.8, 0.8), y + ctx.rng.uniform(-0.8, 0.5), s, size, ctx.hand, align, color
    )


def issuer_block(pg: Page, ctx: Ctx, lines: list[str], y: float, xr: float | None = None,
                 size: float = 13.0, seal: str | None = None, r: float = 20.0) -> float:  # fmt: skip
    xr = pg.w - 25 if xr is None else xr
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - wmax / 2
    yy = y
    for s in lines:
        pg.text(cx, yy, s, size, ctx.body, "c")
        yy += mm(size) * 1.9
    if seal:
        pg.seal(cx + ctx.rng.uniform(-6, 6), y + ctx.rng.uniform(0, 6), r, seal[:18], ctx.seed())
    return yy


def qr(pg: Page, ctx: Ctx, x: float, y: float, s: float = 22.0) -> None:
    """A QR-code-like block of modules with three finder squares."""
    n = 21
    c = s / n
    for i in range(n):
        for j in range(n):
            fi = i if i < 7 else i - (n - 7) if i >= n - 7 else -1
            fj = j if j < 7 else j - (n - 7) if j >= n - 7 else -1
            if fi >= 0 and fj >= 0 and not (i >= n - 7 and j >= n - 7):
                on = fi in (0, 6) or fj in (0, 6) or (2 <= fi <= 4 and 2 <= fj <= 4)
            else:
                on = ctx.rng.random() < 0.45
            if on:
                pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0, fill=(20, 20, 20))


def photo_box(
    pg: Page, x: float, y: float, font: str, w: float = 25.0, h: float = 33.0, label: str = ""
) -> None:
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), fill=(236, 238, 242))
    pg.rect(x + w * 0.3, y + h * 0.18, x + w * 0.7, y + h * 0.52, 0, fill=(200, 204, 212))
    pg.rect(x + w * 0.15, y + h * 0.58, x + w * 0.85, y + h, 0, fill=(200, 204, 212))
    if label:
        pg.text(x + w / 2, y + h + 1.5, label, 7, font, "c", GREY)


def en_wrap(
    pg: Page, x: float, y: float, width: float, s: str, size: float, font: str, lead: float = 1.5
) -> float:
    """Flow English text by words; returns the y below it."""
    cur = ""
    for w in s.split(" "):
        nxt = f"{cur} {w}" if cur else w
        if cur and width_mm(nxt, font, size) > width:
            pg.text(x, y, cur, size, font)
            y += mm(size) * lead
            cur = w
        else:
            cur = nxt
    if cur:
        pg.text(x, y, cur, size, font)
        y += mm(size) * lead
    return y


DEGREE_UNIS = ["山东农业大学", "山东第一医科大学", "鲁东大学", "烟台大学", "河南大学", "河南农业大学", "湖南农业大学",
               "湖南师范大学", "湖南科技大学"]  # fmt: skip
DOCTOR_UNIS = ["山东农业大学", "河南大学", "湖南农业大学", "湖南师范大学", "郑州大学", "山东大学", "中南大学"]
