"""Draw 8's own context, variant lists, people, organisations, topics and check digits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import isbn13_check, issn_check, patent_check

# ---- variants -------------------------------------------------------------------------------
# Layout families: every variant is drawn once per len(variants) documents of its type.
VARIANTS: dict[str, list[str]] = {
    "t8.layout.train": ["plaque", "platform", "ledger", "booklet", "gongxu", "credit"],
    "t8.layout.sign": ["roster", "brush", "pairs", "halfday", "meeting", "long"],
    "t8.layout.notice": ["redhead", "letter", "invite", "agenda", "annex", "wechat"],
    "t8.layout.paper": ["front", "bilingual", "columns", "cover", "contents", "plain"],
    "t8.layout.book": ["cip", "board", "title", "cover", "translation", "monograph"],
    "t8.layout.patent": ["invention", "utility", "design", "electronic", "spread", "legacy"],
    "t8.layout.award": ["science", "social", "teaching", "contest", "team", "honor"],
    "t8.layout.project": ["certificate", "proof", "acceptance", "closure", "appraisal", "monthly"],
    "t8.layout.qual": ["master", "doctor", "diploma", "courses", "selfstudy", "computer"],
    "t8.layout.other": ["invoice", "receipt", "appoint", "idcard", "letter", "payslip"],
    "t8.word.date": ["cn", "cn0", "han", "dot", "dash", "slash"],
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
        """The layout variant of this document (cycled, so every variant is drawn)."""
        name = f"t8.layout.{family}"
        vs = VARIANTS[name]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{name}:{v}")
        return v

    def pick(self, name: str, options: list[Any]) -> Any:
        """A wording choice, recorded by its name and index."""
        i = self.rng.randrange(len(options))
        self.used.append(f"t8.word.{name}:{i}")
        return options[i]

    def date_style(self, allow_han: bool = True) -> str:
        styles = (
            VARIANTS["t8.word.date"] if allow_han else [s for s in VARIANTS["t8.word.date"] if s != "han"]
        )
        s = self.rng.choice(styles)
        self.used.append(f"t8.word.date:{s}")
        return s

    def seed(self) -> int:
        return self.rng.randrange(1 << 30)


# ---- check digits ---------------------------------------------------------------------------
def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- dates ----------------------------------------------------------------------------------
def day(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randrange(start, dt.date(y1, 12, 20).toordinal()))


def after(d: dt.date, lo: int, hi: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


# ---- people ---------------------------------------------------------------------------------
FAMILY = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴莫孔向汤"
)
DOUBLE_FAMILY = ["欧阳", "端木", "司徒", "上官", "尉迟", "长孙", "闻人", "南宫"]
GIVEN_CHARS = list(
    "建国志强秀英丽娟海涛俊杰晓东雪梅文博子涵宇轩思远佳怡婉婷振华立新德明玉兰春燕永红桂芳鹏飞洪波"
    "雅琴静怡嘉欣浩然一鸣梓萱明轩诗雨晨曦书瑶铭泽若汐慧敏国栋卫东红霞亚楠天佑少华建平凤英绍辉"
)
MINORITY = ["巴特尔", "乌兰图雅", "阿依努尔", "扎西顿珠", "格桑卓玛", "其木格", "吉格木德", "那仁花"]


def person_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        r = rng.random()
        if r < 0.04:
            n = rng.choice(MINORITY)
        elif r < 0.1:
            n = (
                rng.choice(DOUBLE_FAMILY)
                + rng.choice(GIVEN_CHARS)
                + rng.choice(["", rng.choice(GIVEN_CHARS)])
            )
        elif r < 0.38:
            n = rng.choice(FAMILY) + rng.choice(GIVEN_CHARS)
        else:
            n = rng.choice(FAMILY) + rng.choice(GIVEN_CHARS) + rng.choice(GIVEN_CHARS)
        if n not in taken and len(set(n)) == len(n):
            taken.add(n)
            return n


def people(rng: random.Random, n: int) -> list[str]:
    taken: set[str] = set()
    return [person_name(rng, taken) for _ in range(n)]


FOREIGN = [
    ("美", "约翰·W.米勒"), ("英", "大卫·哈里森"), ("德", "克劳斯·施密特"), ("日", "佐藤健一"),
    ("法", "皮埃尔·勒菲弗"), ("美", "苏珊·B.卡特"), ("加", "罗伯特·麦克唐纳"), ("澳", "彼得·斯图尔特"),
]  # fmt: skip


# ---- places and organisations ---------------------------------------------------------------
PROVINCE_CITIES = {
    "湖南": ["长沙", "株洲", "湘潭", "衡阳", "岳阳", "常德", "益阳", "郴州"],
    "山东": ["济南", "青岛", "烟台", "潍坊", "泰安", "德州", "临沂", "聊城"],
    "河南": ["郑州", "开封", "洛阳", "新乡", "南阳", "许昌", "商丘", "信阳"],
    "江西": ["南昌", "九江", "赣州", "宜春", "上饶", "吉安"],
    "四川": ["成都", "绵阳", "德阳", "宜宾", "南充", "乐山"],
    "河北": ["石家庄", "保定", "唐山", "邯郸", "沧州", "廊坊"],
    "安徽": ["合肥", "芜湖", "蚌埠", "安庆", "阜阳", "六安"],
    "湖北": ["武汉", "宜昌", "襄阳", "荆州", "黄石", "孝感"],
}
COUNTIES = ["桃江", "安化", "宁乡", "平江", "沂水", "莒县", "兰考", "固始", "都昌", "南部", "涿州", "寿县"]

WORKPLACE_PATTERNS = [
    "{c}市第一人民医院", "{c}市中心医院", "{c}市中医院", "{c}市妇幼保健院", "{c}市疾病预防控制中心",
    "{c}市第三中学", "{c}市实验小学", "{c}职业技术学院", "{c}市农业科学研究所", "{c}市水利水电勘测设计院",
    "{c}市建筑设计研究院有限公司", "{c}市自然资源和规划局", "{c}市林业科学研究所", "{c}市市政工程管理处",
    "{c}市气象局", "{c}市环境监测站", "{c}市畜牧水产事务中心", "{c}市公路建设养护中心",
]  # fmt: skip
COLLEGES = [
    "{p}农业大学", "{p}师范大学", "{p}中医药大学", "{p}理工大学", "{p}科技大学", "{p}工程学院", "{p}财经大学",
]  # fmt: skip
SCHOOLS = ["机械工程学院", "信息科学与工程学院", "资源环境学院", "经济管理学院", "土木工程学院", "医学院",
           "化学化工学院", "教育科学学院", "农学院", "材料科学与工程学院"]  # fmt: skip
ZIPS = {
    "湖南": "41",
    "山东": "25",
    "河南": "45",
    "江西": "33",
    "四川": "61",
    "河北": "05",
    "安徽": "23",
    "湖北": "43",
}


def place(rng: random.Random) -> tuple[str, str]:
    p = rng.choice(sorted(PROVINCE_CITIES))
    return p, rng.choice(PROVINCE_CITIES[p])


def workplace(rng: random.Random, city: str) -> str:
    return rng.choice(WORKPLACE_PATTERNS).format(c=city)


def college(rng: random.Random, prov: str) -> str:
    return rng.choice(COLLEGES).format(p=prov)


def zipcode(rng: random.Random, prov: str) -> str:
    return ZIPS[prov] + f"{rng.randrange(10000):04d}"


TITLES_PRO = ["工程师", "高级工程师", "助理工程师", "主治医师", "副主任医师", "主管护师", "一级教师", "高级教师",
              "讲师", "副教授", "农艺师", "高级农艺师", "经济师", "会计师", "副研究员"]  # fmt: skip

# ---- training topics ------------------------------------------------------------------------
PRO_TOPICS = [
    "基层医疗机构慢性病规范化管理", "装配式建筑施工质量控制", "智慧农业与设施园艺新技术", "中小学课堂教学评价改革",
    "水利工程安全鉴定与除险加固", "国土空间规划编制技术", "临床合理用药与药物警戒", "畜禽疫病防控新技术",
    "BIM技术在工程管理中的应用", "新课标背景下的大单元教学设计", "公路桥梁养护与加固技术", "危重症护理技能提升",
    "环境监测质量保证与质量控制", "林业有害生物监测与防治", "财务数字化转型与内部控制", "地质灾害隐患排查技术",
]  # fmt: skip
PUB_TOPICS = [
    "专业技术人员职业道德与诚信建设", "数字经济与数字化转型", "习近平新时代中国特色社会主义思想专题",
    "人工智能与科技创新", "专业技术人员心理健康与压力管理", "知识产权保护与运用", "生态文明建设与绿色发展",
    "乡村振兴战略解读", "法治政府建设与依法行政", "网络安全与个人信息保护",
]  # fmt: skip
NEUTRAL_TOPICS = [
    "继续教育能力提升", "高层次人才研修", "青年骨干人才培养", "业务能力提升", "知识更新工程高级研修", "新技术推广应用",
]  # fmt: skip

# ---- papers, patents, projects, awards ------------------------------------------------------
PAPER_TITLES = [
    "基于改进YOLOv5的{x}缺陷检测方法", "{x}对土壤微生物群落结构的影响", "不同施肥模式下{x}产量与品质比较",
    "{x}患者术后康复护理效果分析", "基于熵权TOPSIS的{x}评价研究", "{x}的数值模拟与试验验证",
    "深度学习在{x}中的应用研究", "{x}时空演变特征及驱动因素", "{x}力学性能的试验研究",
    "{x}风险评估模型构建与应用", "乡村振兴背景下{x}发展路径研究", "{x}中重金属污染特征与来源解析",
]  # fmt: skip
PAPER_X = ["输电线路绝缘子", "稻田", "设施番茄", "老年髋部骨折", "城市韧性", "隧道围岩", "滑坡位移预测",
           "长江中游城市群", "再生混凝土", "城市内涝", "县域特色产业", "湖泊沉积物", "光伏组件", "油茶林"]  # fmt: skip
KEYWORDS = ["数值模拟", "影响因素", "评价体系", "深度学习", "试验研究", "优化设计", "空间分布", "机理分析",
            "风险评估", "对策建议", "临床疗效", "相关性分析"]  # fmt: skip
PATENT_TITLES = [
    "一种{x}及其制备方法", "一种基于物联网的{x}监测系统", "一种便于拆装的{x}", "一种{x}用固定装置",
    "一种{x}的检测方法", "{x}智能控制装置", "一种多功能{x}", "一种新型{x}支架",
]  # fmt: skip
PATENT_X = ["护理床", "灌溉管道", "土壤采样器", "混凝土试块", "输液架", "桥梁伸缩缝", "果树修剪", "污水处理",
            "秸秆粉碎", "教学演示", "配电柜", "病虫害诱捕", "钢筋笼", "中药饮片"]  # fmt: skip
DESIGN_TITLES = [
    "茶具（山水）",
    "包装盒（农产品）",
    "台灯（竹韵）",
    "座椅（折叠式）",
    "展示架",
    "输液瓶贴（医用）",
]
PROJECT_TITLES = [
    "{x}关键技术研究与示范", "{x}的机制研究", "基于大数据的{x}研究", "{x}推广应用", "{x}体系构建研究",
    "新时代{x}路径研究", "{x}模式创新与实践",
]  # fmt: skip
PROJECT_X = ["丘陵山区农机化", "县域医共体建设", "中小学劳动教育", "红壤区水土保持", "城乡供水一体化",
             "基层社会治理", "职业教育产教融合", "重大慢病早筛", "传统村落保护", "智慧交通信号优化"]  # fmt: skip
BOOK_TITLES = [
    "{x}实用技术", "{x}理论与实践", "{x}操作规范", "{x}概论", "{x}案例分析", "{x}研究", "{x}手册",
]  # fmt: skip
BOOK_X = ["现代农业", "临床护理", "建筑工程施工", "水土保持", "中小学班主任工作", "环境监测", "基层卫生管理",
          "土木工程材料", "畜禽养殖", "公共财政", "地质灾害防治", "信息技术教学"]  # fmt: skip
FOREIGN_BOOKS = ["创新的本质", "循证护理实践", "可持续城市设计", "精益建造", "教学的勇气", "土壤物理学"]

# publishers and their real ISBN group-7 registrant prefixes
PUBLISHERS = [
    ("人民卫生出版社", "117", "北京"), ("科学出版社", "03", "北京"), ("高等教育出版社", "04", "北京"),
    ("清华大学出版社", "302", "北京"), ("机械工业出版社", "111", "北京"), ("化学工业出版社", "122", "北京"),
    ("中国农业出版社", "109", "北京"), ("电子工业出版社", "121", "北京"), ("中国建筑工业出版社", "112", "北京"),
    ("人民邮电出版社", "115", "北京"), ("北京大学出版社", "301", "北京"), ("浙江大学出版社", "308", "杭州"),
    ("武汉大学出版社", "307", "武汉"), ("上海交通大学出版社", "313", "上海"), ("中国水利水电出版社", "5170", "北京"),
    ("社会科学文献出版社", "5201", "北京"), ("中国林业出版社", "5219", "北京"), ("湖南科学技术出版社", "5710", "长沙"),
]  # fmt: skip


def isbn(rng: random.Random, prefix: str) -> str:
    body = 12 - 4 - len(prefix)
    title = f"{rng.randrange(10**body):0{body}d}"
    d12 = "9787" + prefix + title
    return f"978-7-{prefix}-{title}-{isbn_digit(d12)}"
