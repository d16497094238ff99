"""Draw 5's context, variant table, name/unit/issuer/topic pools and check-digit helpers."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import isbn13_check, issn_check, patent_check

# Layout variants per family (the layout of a record is `<family>5-<variant>`); each is drawn once per
# len(variants) documents of its type.
VARIANTS: dict[str, list[str]] = {
    "t5.layout.tcert": ["jieye", "photo", "online", "ledger", "card", "letter"],
    "t5.layout.sign": ["roster", "handcol", "paired", "meeting", "pages", "halfday"],
    "t5.layout.notice": ["redhead", "annex", "invite", "agenda", "wechat", "receipt"],
    "t5.layout.journal": ["first", "bilingual", "cover", "toc", "spaced", "footer"],
    "t5.layout.book": ["cip", "board", "title", "translation", "cover", "boxed"],
    "t5.layout.patent": ["classic", "electronic", "booklet", "framed", "copy"],
    "t5.layout.award": ["government", "socsci", "team", "contest", "teaching", "county"],
    "t5.layout.project": ["jieti", "proof", "acceptance", "jiexiang", "ranked"],
    "t5.layout.qual": ["graduate", "master", "doctor", "courses", "selfstudy", "computer"],
    "t5.layout.other": ["invoice", "receipt", "appoint", "idcard", "titlecert", "workproof"],
}


@dataclass
class Ctx:
    """What a builder needs: its random stream, fonts, and where it sits in the draw."""

    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int
    used: list[str] = field(default_factory=list)
    _names: set[str] = field(default_factory=set)

    def layout(self, family: str) -> str:
        """The layout variant for this document: a fixed cycle over the family's variants."""
        vs = VARIANTS[f"t5.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t5.layout.{family}={v}")
        return v

    def pick(self, label: str, options: list[Any] | tuple[Any, ...]) -> Any:
        i = self.rng.randrange(len(options))
        self.used.append(f"t5.{label}={i}")
        return options[i]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def name(self) -> str:
        while True:
            n = _one_name(self.rng)
            if n not in self._names:
                self._names.add(n)
                return n

    def names(self, n: int) -> list[str]:
        return [self.name() for _ in range(n)]

    def date(self, y0: int = 2017, y1: int = 2024) -> dt.date:
        a = dt.date(y0, 1, 1).toordinal()
        return dt.date.fromordinal(self.rng.randrange(a, dt.date(y1, 12, 28).toordinal()))


# ---- people -------------------------------------------------------------------------------------
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
RARE_SURNAMES = "滕岳栾邢冀阎牛聂鲁庞樊殷詹焦柴翟单"
DOUBLE_SURNAMES = ("欧阳", "尉迟", "司徒", "端木", "钟离", "宇文", "长孙", "闻人")
GIVEN_CHARS = (
    "建国华明丽敏静伟芳娜秀英军磊洋勇艳杰娟涛超霞平刚桂兰玉红飞鹏辉玲晶斌宇浩凯婷雪琳燕峰强志"
    "文俊佳欣怡晨阳思源梓涵子轩雨萱一鸣博文嘉懿亦菲天佑书瑶宏远立新振兴德胜海波春梅秋菊冬青晓东"
    "永福国庆卫东秀珍淑芬凤英桂芝宝山长江金龙振华耀祖维嘉家豪诗雨若曦语桐梦琪泽宇皓轩锦程"
)
MINORITY_NAMES = ("阿依古丽", "热合曼", "巴特尔", "其木格", "扎西顿珠", "央金卓玛", "乌兰图雅", "买买提江")


def _one_name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.03:
        return rng.choice(MINORITY_NAMES)
    if r < 0.07:
        sur = rng.choice(DOUBLE_SURNAMES)
    elif r < 0.14:
        sur = rng.choice(RARE_SURNAMES)
    else:
        sur = rng.choice(SURNAMES)
    if rng.random() < 0.3:
        return sur + rng.choice(GIVEN_CHARS)
    return sur + rng.choice(GIVEN_CHARS) + rng.choice(GIVEN_CHARS)


FOREIGN_AUTHORS = (
    ("美", "戴维·R.安德森", "David R. Anderson"),
    ("英", "玛格丽特·霍尔", "Margaret Hall"),
    ("德", "克劳斯·施密特", "Klaus Schmidt"),
    ("日", "佐藤健一", "Kenichi Sato"),
    ("法", "皮埃尔·勒菲弗", "Pierre Lefebvre"),
    ("加", "詹妮弗·吴", "Jennifer Woo"),
    ("澳", "彼得·麦克唐纳", "Peter MacDonald"),
)
TITLES_PRO = ("助理工程师", "工程师", "高级工程师", "讲师", "副教授", "主治医师", "副主任医师", "主管护师",
              "中学一级教师", "高级教师", "经济师", "会计师", "助理研究员", "副研究员", "农艺师", "高级农艺师")  # fmt: skip

# ---- places and units -----------------------------------------------------------------------
# (province, short, city list)
PLACES = (
    ("山东省", "鲁", ("济南市", "德州市", "烟台市", "泰安市", "潍坊市", "临沂市")),
    ("河南省", "豫", ("郑州市", "开封市", "洛阳市", "新乡市", "南阳市")),
    ("湖南省", "湘", ("长沙市", "益阳市", "常德市", "岳阳市", "衡阳市")),
    ("江苏省", "苏", ("南京市", "徐州市", "扬州市", "盐城市")),
    ("河北省", "冀", ("石家庄市", "保定市", "邯郸市", "沧州市")),
    ("湖北省", "鄂", ("武汉市", "宜昌市", "襄阳市", "荆州市")),
    ("四川省", "川", ("成都市", "绵阳市", "南充市", "宜宾市")),
    ("安徽省", "皖", ("合肥市", "芜湖市", "安庆市", "阜阳市")),
)
COUNTIES = (
    "平原县",
    "宁津县",
    "桃源县",
    "安化县",
    "兰考县",
    "尉氏县",
    "东平县",
    "莱阳市",
    "沅江市",
    "通许县",
)
UNIT_KINDS = (
    "{c}第一人民医院", "{c}中医医院", "{c}妇幼保健院", "{c}疾病预防控制中心", "{c}第二中学", "{c}实验小学",
    "{c}农业技术推广中心", "{c}水利勘测设计院", "{c}建筑设计研究院", "{c}自然资源和规划局", "{c}气象局",
    "{c}畜牧兽医站", "{c}公路事业发展中心", "{c}职业技术学校", "{c}林业科学研究所", "{c}环境监测站",
)  # fmt: skip
COLLEGES = ("{p}农业大学", "{p}师范大学", "{p}中医药大学", "{p}理工大学", "{p}财经学院", "{p}医学院")
PROVINCE_PLAIN = {"山东省": "山东", "河南省": "河南", "湖南省": "湖南", "江苏省": "江苏", "河北省": "河北",
                  "湖北省": "湖北", "四川省": "四川", "安徽省": "安徽"}  # fmt: skip
ZIPS = {"山东省": "250", "河南省": "450", "湖南省": "410", "江苏省": "210", "河北省": "050", "湖北省": "430",
        "四川省": "610", "安徽省": "230"}  # fmt: skip


def place(ctx: Ctx) -> tuple[str, str]:
    prov, _, cities = ctx.rng.choice(PLACES)
    return prov, ctx.rng.choice(cities)


def unit(ctx: Ctx, city: str | None = None) -> str:
    city = city or place(ctx)[1]
    return ctx.rng.choice(UNIT_KINDS).format(c=city)


def college(ctx: Ctx, prov: str | None = None) -> str:
    prov = prov or place(ctx)[0]
    return ctx.rng.choice(COLLEGES).format(p=PROVINCE_PLAIN[prov])


def company(ctx: Ctx, city: str) -> str:
    head = ctx.rng.choice(("丰泽", "禾盛", "恒通", "瑞科", "宏图", "绿源", "中恒", "鑫达", "汇智", "远航"))
    tail = ctx.rng.choice(("农业科技", "机械制造", "环保科技", "电子科技", "生物工程", "建材", "智能装备"))
    return f"{city[:-1]}{head}{tail}有限公司"


# ---- training ---------------------------------------------------------------------------------
TRAIN_TOPICS = (
    "基层卫生人员慢性病管理能力提升", "中小学教师信息技术应用能力提升", "农业技术人员绿色防控技术",
    "工程建设领域质量安全管理", "会计人员政府会计制度实务", "乡村振兴战略与农业农村现代化",
    "护理人员急危重症护理技术", "水利工程运行管理与防汛抢险", "数字经济与数字化转型", "专业技术人员职业道德与诚信建设",
    "知识产权保护与科技成果转化", "心理健康与压力调适", "生态环境监测技术规范", "中医药适宜技术推广应用",
    "建筑节能与绿色建筑设计", "畜禽疫病防控与兽药安全使用",
)  # fmt: skip
PUBLIC_TOPICS = ("习近平新时代中国特色社会主义思想专题", "总体国家安全观", "数字经济与数字化转型",
                 "专业技术人员职业道德与诚信建设", "心理健康与压力调适", "知识产权保护与科技成果转化")  # fmt: skip
PLATFORMS = ("{p}专业技术人员继续教育网络学院", "{p}人才网络培训学院", "{p}继续教育公共服务平台",
             "国家专业技术人员继续教育网络平台")  # fmt: skip
TRAIN_ISSUERS = ("{c}人力资源和社会保障局", "{c}卫生健康委员会", "{c}教育局", "{c}农业农村局", "{c}住房和城乡建设局",
                 "{c}财政局", "{c}水利局", "{p}继续医学教育委员会", "{c}科学技术协会", "{c}医学会")  # fmt: skip
VENUES = ("市委党校报告厅", "市人社局培训中心三楼", "{c}宾馆二楼会议室", "市职业技术学院图书馆报告厅",
          "市第一人民医院门诊楼十二楼学术厅", "农业科技园区培训楼")  # fmt: skip

# ---- research and publication -------------------------------------------------------------------
RESEARCH = (
    "玉米秸秆还田对土壤有机碳的影响", "基于深度学习的输电线路缺陷识别", "县域医共体慢病管理模式",
    "黄河下游滩区生态修复技术", "新时代乡村教师专业发展路径", "小麦条锈病绿色防控关键技术",
    "装配式建筑节点抗震性能", "农村饮水安全工程长效运行机制", "智慧课堂环境下的初中数学教学",
    "老年高血压患者居家护理干预", "城市内涝风险评估与预警", "设施蔬菜水肥一体化技术",
    "基层财政预算绩效管理", "非物质文化遗产数字化保护", "中药材规范化种植与质量追溯",
    "高寒地区混凝土耐久性", "生猪养殖粪污资源化利用", "地方高校产教融合机制",
)  # fmt: skip
PAPER_PATTERNS = ("{t}研究", "{t}的试验研究", "{t}分析", "{t}的实践与思考", "{t}及其应用", "{t}探析",
                  "基于实测数据的{t}研究", "{t}的调查与对策")  # fmt: skip
ENGLISH_TITLES = ("Study on {t}", "Analysis of {t}", "Research and Practice of {t}")
BOOK_PATTERNS = ("{t}", "{t}理论与实践", "{t}技术手册", "{t}实用指南", "{t}研究")
PATENT_INVENTIONS = (
    "一种秸秆粉碎还田装置", "一种输电线路巡检无人机的避障方法", "一种中药材烘干设备及其控制方法",
    "一种污水处理用絮凝剂的制备方法", "一种装配式建筑墙板连接结构", "一种基于图像识别的病虫害监测系统",
    "一种医用输液报警装置", "一种土壤墒情监测方法及系统", "一种混凝土养护喷淋装置", "一种畜禽粪便发酵罐",
)  # fmt: skip
PATENT_UTILITY = ("一种便携式土壤取样器", "一种新型教学用磁力黑板", "一种护理用翻身辅助垫", "一种水渠清淤装置",
                  "一种可调节式测量支架", "一种温室卷帘机防护罩", "一种医用标本转运箱")  # fmt: skip
PATENT_DESIGN = ("农用喷雾器（手持式）", "教学演示箱", "输液架挂钩", "智能水表外壳", "种子包装袋", "护理推车")
PUBLISHERS = (
    ("科学出版社", "北京", "03", 6), ("高等教育出版社", "北京", "04", 6), ("人民卫生出版社", "北京", "117", 5),
    ("机械工业出版社", "北京", "111", 5), ("化学工业出版社", "北京", "122", 5), ("电子工业出版社", "北京", "121", 5),
    ("清华大学出版社", "北京", "302", 5), ("北京大学出版社", "北京", "301", 5), ("中国农业出版社", "北京", "109", 5),
    ("中国建筑工业出版社", "北京", "112", 5), ("人民邮电出版社", "北京", "115", 5),
    ("中国水利水电出版社", "北京", "5170", 4), ("湖南科学技术出版社", "长沙", "5710", 4),
    ("山东科学技术出版社", "济南", "5723", 4),
)  # fmt: skip


def paper_title(ctx: Ctx) -> tuple[str, str]:
    t = ctx.rng.choice(RESEARCH)
    return ctx.pick("paper.pattern", PAPER_PATTERNS).format(t=t), t


# ---- check digits -----------------------------------------------------------------------------
def zl_check(digits12: str) -> str:
    """The check character of a 12-digit CNIPA application number."""
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


def fake_id(ctx: Ctx, birth: dt.date) -> str:
    """A made-up 18-character resident ID with a valid GB 11643 check character."""
    head = ctx.rng.choice(("371402", "410221", "430902", "371426", "320102"))
    seq = f"{ctx.rng.randrange(100, 999)}"
    d17 = f"{head}{birth:%Y%m%d}{seq}"
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return d17 + "10X98765432"[sum(int(c) * k for c, k in zip(d17, w, strict=True)) % 11]
