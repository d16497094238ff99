"""Draw 7's context, pools and small helpers: names (with pinyin for English bylines), places, workplaces,
issuers, publishers, topics and titles, date wording and check digits. Written for this draw alone."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

# ---- layout variants: every family's variants are cycled by k (so each shows once per len(variants) docs)
VARIANTS: dict[str, list[str]] = {
    "t7.layout.cert": ["landscape", "online", "coursetable", "letter", "photo", "gongxu"],
    "t7.layout.sign": ["grid", "pages", "twin", "book", "ampm", "days"],
    "t7.layout.notice": ["redhead", "annex", "invite", "schedule", "wechat"],
    "t7.layout.journal": ["first", "bilingual", "cover", "toc", "bracket", "twocol"],
    "t7.layout.book": ["cover", "cip", "board", "translation", "titlepage"],
    "t7.layout.patent": ["invention", "utility", "design", "electronic", "compact"],
    "t7.layout.award": ["scitech", "social", "teaching", "contest", "table"],
    "t7.layout.proj": ["certificate", "proof", "table", "acceptance", "month"],
    "t7.layout.qual": ["master", "doctor", "graduation", "courses", "selfstudy", "computer"],
    "t7.layout.other": ["invoice", "receipt", "appoint", "idcard", "approval", "titlecert"],
    "t7.date": ["cn", "cn0", "dot", "dash", "hz", "slash"],
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
        vs = VARIANTS[f"t7.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t7.layout.{family}:{v}")
        return v

    def pick(self, name: str, options: list[Any]) -> Any:
        """A wording choice, recorded as used."""
        i = self.rng.randrange(len(options))
        self.used.append(f"{name}:{i}")
        return options[i]

    def seed(self) -> int:
        return self.rng.randrange(1 << 30)


# ---- check digits -----------------------------------------------------------------------------
def zl_check(d12: str) -> str:
    s = sum(int(c) * w for c, w in zip(d12, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True)) % 11
    return "X" if s == 10 else str(s)


def issn_digit(d7: str) -> str:
    c = (11 - sum(int(ch) * (8 - i) for i, ch in enumerate(d7)) % 11) % 11
    return "X" if c == 10 else str(c)


def isbn_digit(d12: str) -> str:
    return str((10 - sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(d12)) % 10) % 10)


# ---- names ------------------------------------------------------------------------------------
SURNAMES = [
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
    ("赵", "Zhao"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("朱", "Zhu"), ("马", "Ma"),
    ("胡", "Hu"), ("郭", "Guo"), ("林", "Lin"), ("何", "He"), ("高", "Gao"), ("罗", "Luo"), ("郑", "Zheng"),
    ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"),
    ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"),
    ("潘", "Pan"), ("袁", "Yuan"), ("蔡", "Cai"), ("蒋", "Jiang"), ("余", "Yu"), ("于", "Yu"), ("杜", "Du"),
    ("叶", "Ye"), ("程", "Cheng"), ("魏", "Wei"), ("苏", "Su"), ("吕", "Lyu"), ("丁", "Ding"), ("任", "Ren"),
    ("卢", "Lu"), ("姚", "Yao"), ("沈", "Shen"), ("钟", "Zhong"), ("姜", "Jiang"), ("崔", "Cui"), ("谭", "Tan"),
    ("陆", "Lu"), ("范", "Fan"), ("汪", "Wang"), ("廖", "Liao"), ("石", "Shi"), ("金", "Jin"), ("贾", "Jia"),
    ("夏", "Xia"), ("付", "Fu"), ("方", "Fang"), ("邹", "Zou"), ("熊", "Xiong"), ("白", "Bai"), ("孟", "Meng"),
    ("秦", "Qin"), ("邱", "Qiu"), ("侯", "Hou"), ("江", "Jiang"), ("尹", "Yin"), ("薛", "Xue"), ("闫", "Yan"),
    ("段", "Duan"), ("雷", "Lei"), ("龙", "Long"), ("黎", "Li"), ("史", "Shi"), ("陶", "Tao"), ("贺", "He"),
    ("毛", "Mao"), ("郝", "Hao"), ("顾", "Gu"), ("龚", "Gong"), ("邵", "Shao"), ("万", "Wan"), ("覃", "Qin"),
    ("武", "Wu"), ("钱", "Qian"), ("戴", "Dai"), ("严", "Yan"), ("莫", "Mo"), ("孔", "Kong"), ("向", "Xiang"),
    ("常", "Chang"), ("汤", "Tang"), ("康", "Kang"), ("易", "Yi"), ("乔", "Qiao"), ("赖", "Lai"), ("文", "Wen"),
]  # fmt: skip
COMPOUND = [("欧阳", "Ouyang"), ("司马", "Sima"), ("上官", "Shangguan"), ("诸葛", "Zhuge"), ("皇甫", "Huangfu"),
            ("令狐", "Linghu"), ("慕容", "Murong"), ("东方", "Dongfang")]  # fmt: skip
GIVEN = {
    "建": "jian", "国": "guo", "军": "jun", "伟": "wei", "芳": "fang", "敏": "min", "静": "jing", "丽": "li",
    "强": "qiang", "磊": "lei", "洋": "yang", "艳": "yan", "勇": "yong", "杰": "jie", "娟": "juan", "涛": "tao",
    "明": "ming", "超": "chao", "秀": "xiu", "霞": "xia", "平": "ping", "刚": "gang", "桂": "gui", "英": "ying",
    "华": "hua", "玉": "yu", "兰": "lan", "红": "hong", "志": "zhi", "文": "wen", "辉": "hui", "鹏": "peng",
    "飞": "fei", "浩": "hao", "宇": "yu", "晨": "chen", "欣": "xin", "怡": "yi", "雪": "xue", "梅": "mei",
    "林": "lin", "斌": "bin", "波": "bo", "宁": "ning", "亮": "liang", "慧": "hui", "婷": "ting", "琳": "lin",
    "海": "hai", "峰": "feng", "春": "chun", "晓": "xiao", "东": "dong", "云": "yun", "博": "bo", "凯": "kai",
    "倩": "qian", "颖": "ying", "佳": "jia", "思": "si", "雨": "yu", "晶": "jing", "立": "li", "新": "xin",
    "永": "yong", "荣": "rong", "德": "de", "福": "fu", "清": "qing", "泽": "ze", "嘉": "jia", "俊": "jun",
    "茂": "mao", "毅": "yi", "昊": "hao", "睿": "rui", "彤": "tong", "璐": "lu", "莉": "li", "蕾": "lei",
    "振": "zhen", "宏": "hong", "金": "jin", "松": "song", "瑞": "rui", "玲": "ling", "菲": "fei", "翔": "xiang",
    "庆": "qing", "卫": "wei", "冬": "dong", "锋": "feng", "楠": "nan", "萍": "ping", "燕": "yan", "阳": "yang",
    "岚": "lan", "轩": "xuan", "航": "hang", "远": "yuan", "帆": "fan", "星": "xing", "成": "cheng", "龙": "long",
}  # fmt: skip
GIVEN_CHARS = list(GIVEN)
FOREIGN_FIRST = [
    "约翰",
    "玛丽",
    "大卫",
    "托马斯",
    "安娜",
    "迈克尔",
    "罗伯特",
    "苏珊",
    "理查德",
    "凯瑟琳",
    "马克",
    "劳拉",
]
FOREIGN_LAST = [
    "米勒",
    "哈里森",
    "克拉克",
    "贝克",
    "霍夫曼",
    "施密特",
    "伍德",
    "福斯特",
    "卡特",
    "莫里斯",
    "韦伯",
]
NATION = ["美", "英", "德", "加", "澳"]


def person_name(rng: random.Random, taken: set[str]) -> str:
    for _ in range(200):
        sn = rng.choice(COMPOUND)[0] if rng.random() < 0.05 else rng.choice(SURNAMES)[0]
        n = 1 if rng.random() < 0.3 else 2
        nm = sn + "".join(rng.choice(GIVEN_CHARS) for _ in range(n))
        if len(set(nm)) == len(nm) and nm not in taken:
            taken.add(nm)
            return nm
    raise RuntimeError("name pool exhausted")


def people(rng: random.Random, n: int, taken: set[str] | None = None) -> list[str]:
    taken = set() if taken is None else taken
    return [person_name(rng, taken) for _ in range(n)]


def pinyin(nm: str) -> str:
    """`张建国` -> `ZHANG Jianguo` style parts (surname, given)."""
    for sn, py in COMPOUND + SURNAMES:
        if nm.startswith(sn):
            given = "".join(GIVEN[c] for c in nm[len(sn) :])
            return f"{py} {given.capitalize()}"
    return nm


def foreign_name(rng: random.Random) -> str:
    return f"{rng.choice(FOREIGN_FIRST)}·{rng.choice(FOREIGN_LAST)}"


# ---- places -----------------------------------------------------------------------------------
# (province, city, county, phone area code)
PLACES = [
    ("湖南", "常德", "桃源县", "0736"), ("湖南", "岳阳", "平江县", "0730"), ("山东", "聊城", "莘县", "0635"),
    ("山东", "潍坊", "寿光市", "0536"), ("河南", "新乡", "辉县市", "0373"), ("河南", "周口", "鹿邑县", "0394"),
    ("湖北", "荆州", "监利市", "0716"), ("江西", "赣州", "瑞金市", "0797"), ("安徽", "阜阳", "临泉县", "0558"),
    ("四川", "绵阳", "三台县", "0816"), ("河北", "邢台", "宁晋县", "0319"), ("江苏", "盐城", "东台市", "0515"),
    ("浙江", "金华", "东阳市", "0579"), ("广西", "桂林", "阳朔县", "0773"), ("山西", "运城", "永济市", "0359"),
    ("陕西", "宝鸡", "凤翔区", "0917"), ("云南", "曲靖", "宣威市", "0874"), ("吉林", "四平", "梨树县", "0434"),
]  # fmt: skip
PROV_SUFFIX = {"广西": "壮族自治区"}


def prov_full(p: str) -> str:
    return p + PROV_SUFFIX.get(p, "省")


def place(rng: random.Random) -> tuple[str, str, str, str]:
    return rng.choice(PLACES)


# ---- domains: workplaces, titles, topics ------------------------------------------------------
DOMAINS: dict[str, dict[str, list[str]]] = {
    "med": {
        "units": [
            "{c}市中心医院",
            "{c}市第二人民医院",
            "{x}人民医院",
            "{c}市妇幼保健院",
            "{c}市疾病预防控制中心",
            "{x}中医医院",
            "{c}市精神卫生中心",
            "{x}{t}镇卫生院",
        ],
        "ranks": ["主治医师", "副主任医师", "主管护师", "护师", "主管药师", "主任医师", "主管技师"],
        "topics": [
            "急危重症护理",
            "慢性病综合防控",
            "基层合理用药",
            "院内感染防控",
            "老年综合评估",
            "心肺复苏与急救",
            "临床营养支持",
            "医疗质量安全管理",
            "基层中医适宜技术",
            "儿童保健规范化管理",
        ],
        "objects": [
            "2型糖尿病患者",
            "老年髋部骨折患者",
            "社区高血压人群",
            "腹腔镜胆囊切除术患者",
            "早产儿",
            "慢性阻塞性肺疾病患者",
            "脑卒中后吞咽障碍患者",
            "血液透析患者",
        ],
        "methods": [
            "延续性护理",
            "多学科协作模式",
            "加速康复外科理念",
            "个案管理",
            "中药穴位贴敷",
            "健康教育路径",
            "远程随访",
            "Logistic回归模型",
        ],
        "effects": ["生活质量", "血糖控制", "术后并发症", "自我管理能力", "住院时间", "焦虑抑郁情绪"],
        "devices": ["输液架固定装置", "护理床护栏", "换药推车", "医用冷敷袋", "引流管固定器", "便携式采血箱"],
        "books": [
            "基层常见病诊疗手册",
            "临床护理操作规范",
            "社区卫生服务实务",
            "急诊急救技术",
            "合理用药指导",
        ],
    },
    "edu": {
        "units": [
            "{c}市第三中学",
            "{c}市实验小学",
            "{x}第一中学",
            "{c}市职业中专",
            "{c}职业技术学院",
            "{x}{t}镇中心小学",
            "{c}市教育科学研究所",
            "{c}市特殊教育学校",
        ],
        "ranks": ["一级教师", "高级教师", "二级教师", "讲师", "副教授", "正高级教师"],
        "topics": [
            "信息技术应用能力提升",
            "新课程标准解读",
            "班主任工作能力",
            "心理健康教育",
            "作业设计与评价",
            "大单元教学设计",
            "劳动教育实施",
            "家校协同育人",
            "课堂教学评价",
        ],
        "objects": ["初中数学", "小学语文", "高中物理", "中职学生", "农村寄宿制学校", "小学英语", "高职院校"],
        "methods": [
            "项目式学习",
            "思维导图",
            "分层作业",
            "翻转课堂",
            "情境教学",
            "学习共同体",
            "核心素养导向",
        ],
        "effects": ["学习兴趣", "课堂参与度", "阅读能力", "问题解决能力", "学业负担", "自主学习能力"],
        "devices": ["多功能教学演示架", "实验器材收纳柜", "可调节课桌", "物理力学演示仪", "书写坐姿矫正器"],
        "books": [
            "课堂教学设计与案例",
            "班主任工作艺术",
            "中小学心理辅导",
            "校本课程开发指南",
            "教育科研方法",
        ],
    },
    "eng": {
        "units": [
            "{c}市建筑设计研究院有限公司",
            "{c}市水利水电勘测设计院",
            "{c}市公路管理局",
            "{c}市市政工程处",
            "{c}市自然资源和规划局",
            "{x}住房和城乡建设局",
            "{c}市特种设备检验所",
            "{c}市电力勘察设计院",
        ],
        "ranks": ["工程师", "高级工程师", "助理工程师", "正高级工程师"],
        "topics": [
            "装配式建筑技术",
            "BIM技术应用",
            "建设工程质量安全",
            "水土保持监测",
            "国土空间规划",
            "桥梁检测与加固",
            "海绵城市建设",
            "特种设备安全管理",
            "智慧水利",
        ],
        "objects": [
            "高填方路基",
            "深基坑支护",
            "小型水库大坝",
            "城市供水管网",
            "装配式叠合板",
            "沥青路面",
            "既有建筑外墙",
            "山区公路边坡",
        ],
        "methods": ["有限元模拟", "无人机倾斜摄影", "BIM技术", "灰色关联分析", "层次分析法", "遥感监测"],
        "effects": ["沉降变形", "渗流稳定性", "施工质量", "承载性能", "能耗水平", "运维效率"],
        "devices": [
            "钢筋定位装置",
            "混凝土养护喷淋系统",
            "边坡位移监测装置",
            "管道检测机器人",
            "模板加固夹具",
        ],
        "books": ["建筑施工技术", "工程测量实务", "水利工程管理", "道路工程检测", "建筑结构抗震设计"],
    },
    "agr": {
        "units": [
            "{c}市农业科学研究院",
            "{x}农业技术推广中心",
            "{c}市畜牧水产事务中心",
            "{x}林业局",
            "{c}市农产品质量安全检测中心",
            "{x}{t}镇农业综合服务站",
            "{c}市植保植检站",
        ],
        "ranks": ["农艺师", "高级农艺师", "畜牧师", "兽医师", "林业工程师", "推广研究员"],
        "topics": [
            "高标准农田建设",
            "绿色种养循环",
            "农作物病虫害绿色防控",
            "畜禽养殖污染治理",
            "设施蔬菜栽培",
            "乡村振兴产业发展",
            "油茶低产林改造",
            "农产品质量安全",
        ],
        "objects": ["双季稻", "设施番茄", "油茶林", "生猪规模养殖场", "冬小麦", "柑橘果园", "稻虾共作田"],
        "methods": ["测土配方施肥", "水肥一体化", "生物防治", "秸秆还田", "绿色防控技术", "轻简化栽培"],
        "effects": ["产量", "土壤有机质", "病虫害发生", "经济效益", "品质性状", "氮肥利用率"],
        "devices": ["秸秆粉碎还田装置", "果树修剪工具", "育苗穴盘", "智能灌溉控制器", "畜禽饮水加热器"],
        "books": ["现代农业实用技术", "果树栽培与管理", "畜禽疫病防治", "农技推广实务", "绿色蔬菜生产"],
    },
    "fin": {
        "units": [
            "{c}市财政局",
            "{x}审计局",
            "{c}市税务局第二分局",
            "{c}市国有资产投资控股集团有限公司",
            "{c}市统计局",
            "{c}市城市建设投资有限公司",
            "{x}医疗保障事务中心",
        ],
        "ranks": ["会计师", "高级会计师", "经济师", "统计师", "审计师", "高级经济师"],
        "topics": [
            "政府会计制度",
            "预算绩效管理",
            "内部控制建设",
            "新个人所得税政策",
            "管理会计实务",
            "国有资产管理",
            "数字化财务转型",
        ],
        "objects": ["行政事业单位", "县级公立医院", "国有企业", "高校科研经费", "乡镇财政", "中小企业"],
        "methods": ["全面预算管理", "业财融合", "大数据审计", "平衡计分卡", "作业成本法"],
        "effects": ["资金使用效益", "财务风险", "内部控制质量", "绩效评价结果", "成本管控"],
        "devices": ["票据装订机", "凭证收纳盒", "档案密集架"],
        "books": ["政府会计实务", "内部控制与风险管理", "预算绩效管理实务", "财务分析方法"],
    },
}
DOMAIN_KEYS = list(DOMAINS)


def unit(rng: random.Random, dom: str, pl: tuple[str, str, str, str]) -> str:
    towns = ["城关", "石门", "新塘", "青山", "白沙", "柳林", "永安", "双河"]
    return rng.choice(DOMAINS[dom]["units"]).format(c=pl[1], x=pl[2], t=rng.choice(towns))


def paper_title(rng: random.Random, dom: str) -> str:
    d = DOMAINS[dom]
    o, m, e = rng.choice(d["objects"]), rng.choice(d["methods"]), rng.choice(d["effects"])
    return rng.choice([
        f"{m}对{o}{e}的影响", f"基于{m}的{o}{e}研究", f"{o}{e}影响因素分析", f"{m}在{o}中的应用效果",
        f"{o}{e}现状调查及对策研究", f"{m}改善{o}{e}的实践探索", f"{o}中{m}应用的若干问题探讨",
    ])  # fmt: skip


def project_title(rng: random.Random, dom: str) -> str:
    d = DOMAINS[dom]
    o, m, e = rng.choice(d["objects"]), rng.choice(d["methods"]), rng.choice(d["effects"])
    return rng.choice([
        f"{m}提升{o}{e}的实践研究", f"{o}{e}评价体系构建研究", f"{m}在{o}中的推广应用",
        f"基于{m}的{o}管理模式研究", f"{o}{e}提升路径研究",
    ])  # fmt: skip


def patent_title(rng: random.Random, dom: str) -> str:
    dev = rng.choice(DOMAINS[dom]["devices"])
    adj = rng.choice(["可拆卸式", "便携式", "多功能", "自动化", "可调节", "新型", "智能", "防滑"])
    return rng.choice([f"一种{adj}{dev}", f"一种{dev}", f"一种{dev}及其使用方法", f"{adj}{dev}"])


def design_title(rng: random.Random) -> str:
    return rng.choice(["包装盒（茶叶）", "展示架（农产品）", "宣传手册架", "输液瓶托", "教具（几何模型）",
                       "收纳盒（医用）", "灯具（护眼）", "标识牌（水利）", "果篮", "工具箱（维修）"])  # fmt: skip


# ---- issuers ---------------------------------------------------------------------------------
def hr_bureau(pl: tuple[str, str, str, str]) -> str:
    return f"{pl[1]}市人力资源和社会保障局"


DEPT = {
    "med": ["{c}市卫生健康委员会", "{c}市医学会", "{P}护理学会", "{c}市中心医院继续医学教育科"],
    "edu": ["{c}市教育局", "{c}市教师发展中心", "{P}中小学教师继续教育中心", "{x}教育局"],
    "eng": ["{c}市住房和城乡建设局", "{c}市水利局", "{P}土木建筑学会", "{c}市交通运输局"],
    "agr": ["{c}市农业农村局", "{P}农学会", "{c}市林业局", "{x}农业农村局"],
    "fin": ["{c}市财政局", "{P}会计学会", "{c}市审计局", "{c}市总会计师协会"],
}


def dept(rng: random.Random, dom: str, pl: tuple[str, str, str, str]) -> str:
    return rng.choice(DEPT[dom]).format(c=pl[1], P=prov_full(pl[0]), x=pl[2])


PLATFORMS = ["{P}专业技术人员继续教育网络学院", "{c}市专业技术人员继续教育在线学习平台",
             "{P}专业技术人员继续教育基地（{c}）", "华夏继教在线学习中心", "{c}市人才发展服务中心"]  # fmt: skip


def platform(rng: random.Random, pl: tuple[str, str, str, str]) -> str:
    return rng.choice(PLATFORMS).format(c=pl[1], P=prov_full(pl[0]))


# publishers with their ISBN registrant prefixes
PUBLISHERS = [
    ("人民卫生出版社", "北京", "117"), ("科学出版社", "北京", "03"), ("高等教育出版社", "北京", "04"),
    ("中国农业出版社", "北京", "109"), ("机械工业出版社", "北京", "111"), ("化学工业出版社", "北京", "122"),
    ("中国建筑工业出版社", "北京", "112"), ("电子工业出版社", "北京", "121"), ("清华大学出版社", "北京", "302"),
    ("湖南科学技术出版社", "长沙", "5710"), ("山东科学技术出版社", "济南", "5723"), ("河南科学技术出版社", "郑州", "5725"),
    ("中国医药科技出版社", "北京", "5214"), ("经济科学出版社", "北京", "5218"), ("吉林大学出版社", "长春", "5692"),
    ("西南交通大学出版社", "成都", "5643"), ("延边大学出版社", "延吉", "5688"),
]  # fmt: skip

UNIVERSITIES = [
    ("中南大学", "湖南"), ("山东大学", "山东"), ("郑州大学", "河南"), ("武汉理工大学", "湖北"), ("南昌大学", "江西"),
    ("安徽医科大学", "安徽"), ("西南科技大学", "四川"), ("河北农业大学", "河北"), ("扬州大学", "江苏"),
    ("浙江师范大学", "浙江"), ("广西大学", "广西"), ("山西财经大学", "山西"), ("长安大学", "陕西"),
    ("昆明理工大学", "云南"), ("吉林农业大学", "吉林"), ("湖南师范大学", "湖南"), ("青岛大学", "山东"),
]  # fmt: skip
SUBJECTS = {
    "med": ["护理学", "临床医学", "公共卫生", "药学", "中西医结合临床"],
    "edu": ["教育学", "学科教学（数学）", "学科教学（语文）", "心理健康教育", "职业技术教育"],
    "eng": ["土木工程", "水利工程", "交通运输工程", "测绘科学与技术", "建筑与土木工程"],
    "agr": ["作物学", "农业推广", "园艺学", "兽医", "林学"],
    "fin": ["会计学", "工商管理", "财政学", "审计", "应用经济学"],
}
DEGREE_WORD = {
    "med": ("医学", "护理"), "edu": ("教育学", "教育"), "eng": ("工学", "工程"), "agr": ("农学", "农业"),
    "fin": ("管理学", "会计"),
}  # fmt: skip

# ---- dates -----------------------------------------------------------------------------------
CN_DIGITS = "〇一二三四五六七八九"


def cn_n(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else CN_DIGITS[t]) + "十" + (CN_DIGITS[o] if o else "")


def cn_y(y: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def fmt_date(d: dt.date, style: str) -> str:
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dash": f"{d.year}-{d.month:02d}-{d.day:02d}",
        "hz": f"{cn_y(d.year)}年{cn_n(d.month)}月{cn_n(d.day)}日",
        "slash": f"{d.year}/{d.month}/{d.day}",
    }[style]


def fmt_month(y: int, m: int, style: str) -> str:
    if style == "hz":
        return f"{cn_y(y)}年{cn_n(m)}月"
    if style in ("dot", "dash", "slash"):
        return f"{y}.{m:02d}" if style == "dot" else f"{y}-{m:02d}" if style == "dash" else f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def fmt_range(a: dt.date, b: dt.date, style: str, rng: random.Random) -> str:
    if a == b:
        return fmt_date(a, style)
    if style in ("dot", "dash", "slash"):
        return f"{fmt_date(a, style)}{rng.choice(['—', '-', '至', '~'])}{fmt_date(b, style)}"
    if style == "hz":
        return f"{fmt_date(a, 'hz')}至{fmt_date(b, 'hz')}"
    if a.year == b.year and a.month == b.month and rng.random() < 0.5:
        return (
            f"{fmt_date(a, style)}至{b.day:02d}日" if style == "cn0" else f"{fmt_date(a, style)}至{b.day}日"
        )
    if a.year == b.year and rng.random() < 0.4:
        return f"{fmt_date(a, style)}—{b.month}月{b.day}日"
    return f"{fmt_date(a, style)}至{fmt_date(b, style)}"


def rand_day(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def iso(d: dt.date) -> str:
    return d.isoformat()
