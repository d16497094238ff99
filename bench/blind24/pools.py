"""Draw 24's context, layout variants, pools and date printing (written afresh for this draw)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import isbn13_check, issn_check, patent_check

VARIANTS: dict[str, list[str]] = {
    "t24.layout.tc": ["jieye", "wide", "xsproof", "appcard", "blanks", "hege", "sysprint"],
    "t24.layout.sis": ["grid", "pairs", "ampm", "salon", "export", "twopage"],
    "t24.layout.notice": ["redhead", "invite", "agenda", "confcall", "wxshot", "roster", "monthplan"],
    "t24.layout.jour": ["firstpage", "cover", "toc", "bilingual", "mast", "dbprint", "offprint"],
    "t24.layout.book": ["cover", "cip", "flyleaf", "transl", "board", "spread", "pubproof"],
    "t24.layout.pat": ["cnipa", "utility", "register", "wide", "sysrow", "copyok"],
    "t24.layout.award": ["gov", "bureau", "society", "socsci", "team", "contest", "cnmonth"],
    "t24.layout.proj": ["jtcert", "jtproof", "yanshou", "wide", "sysprint", "cnmonth", "jianding"],
    "t24.layout.qual": ["diploma", "master", "doctor", "pgclass", "zikao", "jsj", "xlprint"],
    "t24.layout.other": ["pinshu", "luyong", "zaizhi", "shengao", "shouju", "kaohe"],
}


def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


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
        vs = VARIANTS[f"t24.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{family}24-{v}")
        return v

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def style(self) -> str:
        st = self.pick(DATE_STYLES)
        self.used.append(f"date24:{st}")
        return st

    def seed(self) -> int:
        return self.rng.randrange(1 << 30)


# ---- dates -----------------------------------------------------------------------------------
DATE_STYLES = ("ymd", "pad", "cn", "dot", "dash", "space", "slash", "cno")
_CN = "〇一二三四五六七八九"


def cn_int(n: int) -> str:
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


def cn_year(y: int, zero: str = "〇") -> str:
    return "".join(_CN[int(c)] for c in str(y)).replace("〇", zero)


def fd(d: dt.date, st: str) -> str:
    """A full date as printed in style `st`."""
    y, m, dd = d.year, d.month, d.day
    return {
        "ymd": f"{y}年{m}月{dd}日",
        "pad": f"{y}年{m:02d}月{dd:02d}日",
        "cn": f"{cn_year(y)}年{cn_int(m)}月{cn_int(dd)}日",
        "cno": f"{cn_year(y, '○')}年{cn_int(m)}月{cn_int(dd)}日",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "dash": f"{y}-{m:02d}-{dd:02d}",
        "space": f"{y} 年 {m} 月 {dd} 日",
        "slash": f"{y}/{m:02d}/{dd:02d}",
    }[st]


def fm(y: int, m: int, st: str) -> str:
    """A month as printed in style `st`."""
    return {
        "cn": f"{cn_year(y)}年{cn_int(m)}月",
        "cno": f"{cn_year(y, '○')}年{cn_int(m)}月",
        "dot": f"{y}.{m:02d}",
        "dash": f"{y}-{m:02d}",
        "pad": f"{y}年{m:02d}月",
        "space": f"{y} 年 {m} 月",
    }.get(st, f"{y}年{m}月")


def all_forms(value: str) -> list[str]:
    """Every printed form of an ISO date or month (for the self-check)."""
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 2:
        return [fm(parts[0], parts[1], st) for st in DATE_STYLES]
    d = dt.date(*parts)
    return [fd(d, st) for st in DATE_STYLES]


def day(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def later(d: dt.date, lo: int, hi: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


# ---- people ----------------------------------------------------------------------------------
FAMILY = list(
    "刘王张李陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"
)
GIVEN1 = list("志文建晓俊海红春国德小永玉秀立宏雅新庆少思子家明学世佳若一梦云正宇")
GIVEN2 = list("华平军芳林辉静丽斌敏强勇峰琴颖婷磊杰娜倩鑫超燕涛霞彬锋琳浩蕾洁鹏翔婕睿妍璐茜")
DOUBLE = ["欧阳", "司徒", "诸葛", "尉迟", "长孙", "端木"]


def person_name(rng: random.Random, used: set[str]) -> str:
    while True:
        r = rng.random()
        fam = rng.choice(DOUBLE) if r < 0.05 else rng.choice(FAMILY)
        giv = rng.choice(GIVEN2) if r < 0.35 else rng.choice(GIVEN1) + rng.choice(GIVEN2)
        n = fam + giv
        if n not in used and not any(n in u or u in n for u in used):
            used.add(n)
            return n


def crowd(rng: random.Random, n: int) -> list[str]:
    used: set[str] = set()
    return [person_name(rng, used) for _ in range(n)]


FOREIGN = ["约翰·哈里森", "玛丽·斯通", "彼得·德鲁克森", "迈克尔·波特曼", "大卫·克罗斯比", "安娜·科瓦奇"]
FOREIGN_TAG = ["［美］", "［英］", "［德］", "［加］", "［澳］"]

# ---- places, workplaces, issuers -------------------------------------------------------------
CITIES = {
    "益阳": {
        "prov": "湖南",
        "work": [
            "湖南城市学院", "益阳医学高等专科学校", "益阳职业技术学院", "湖南工艺美术职业学院",
            "益阳市中心医院", "益阳市农业科学研究所", "益阳市建筑设计院有限公司", "益阳市水利水电勘测设计院",
            "益阳市城市规划设计院", "安化县黑茶产业发展中心", "桃江县人民医院", "沅江市农业农村局",
            "益阳天信会计师事务所有限公司", "益阳市统计局", "益阳市审计局", "益阳市第一中学",
        ],
        "univ": ["湖南城市学院", "湖南大学", "湖南师范大学", "中南林业科技大学", "湖南农业大学"],
        "zip": "413000",
    },
    "开封": {
        "prov": "河南",
        "work": [
            "河南大学", "开封大学", "黄河水利职业技术学院", "开封文化艺术职业学院", "开封市中心医院",
            "开封市农林科学研究院", "开封市市政工程设计研究院", "开封市规划勘测设计研究院", "开封市财政局",
            "开封市第二人民医院", "兰考县农业农村局", "尉氏县职业教育中心", "开封正源会计师事务所有限公司",
            "开封市审计局", "杞县人民医院", "开封市水利建筑勘测设计院",
        ],
        "univ": ["河南大学", "郑州大学", "河南农业大学", "河南财经政法大学", "华北水利水电大学"],
        "zip": "475000",
    },
}  # fmt: skip

TITLES_PRO = ["工程师", "高级工程师", "讲师", "副教授", "会计师", "高级会计师", "经济师", "高级经济师", "主治医师",
              "助理研究员", "副研究员", "统计师", "审计师", "农艺师"]  # fmt: skip

PUBLIC_TOPICS = [
    "数字经济与创新驱动发展", "专业技术人员职业道德与诚信建设", "知识产权保护与运用", "人工智能技术应用前沿",
    "乡村振兴战略专题", "专业技术人员心理健康与压力管理", "新发展理念与高质量发展", "数据安全与个人信息保护",
]  # fmt: skip
PRO_TOPICS = [
    "政府会计准则制度解读", "企业所得税汇算清缴实务", "建设工程造价管理实务", "BIM技术在市政设计中的应用",
    "高校教师教学能力提升", "临床合理用药与处方点评", "水利工程质量检测技术", "统计数据质量控制与分析",
    "农作物病虫害绿色防控技术", "内部审计与风险管理", "经济师职业能力提升", "黑茶加工与品质控制技术",
    "城市更新与历史街区保护规划", "高等学校科研项目经费管理",
]  # fmt: skip
COURSE_SUFFIX = ["培训班", "专题培训班", "高级研修班", "继续教育培训班", "专题讲座", "能力提升培训"]


def train_issuers(city: str) -> list[str]:
    p = CITIES[city]["prov"]
    return [
        f"{city}市人力资源和社会保障局", f"{city}市专业技术人员继续教育基地", f"{city}市人力资源培训中心",
        f"{p}省会计学会", f"{city}市财政局", f"{city}市科学技术协会", f"{p}省土木建筑学会",
        f"{CITIES[city]['univ'][0]}继续教育学院", f"{p}省注册会计师协会", f"{city}市统计学会",
    ]  # fmt: skip


PAPER_TITLES = [
    "基于改进YOLOv5的城市道路路面裂缝检测方法", "黑茶渥堆发酵过程中微生物群落演替特征",
    "黄河下游滩区土壤重金属空间分布及风险评价", "政府会计制度下高校预算绩效评价体系构建",
    "北宋东京城水系格局及其变迁", "洞庭湖区稻田氮磷流失特征与减排对策",
    "装配式混凝土框架节点抗震性能试验研究", "数字普惠金融对县域经济增长的影响",
    "基于机器学习的医院门诊量预测模型", "再生骨料透水混凝土力学性能研究",
    "小麦赤霉病抗性QTL定位与分子标记开发", "乡村旅游地居民感知与态度的实证分析",
    "高校科研经费内部控制风险识别与防范", "地下综合管廊结构健康监测系统设计",
    "茶多酚对高脂膳食小鼠肠道菌群的调节作用", "基于熵权TOPSIS的区域创新能力评价",
]  # fmt: skip
BOOK_TITLES = [
    "高校财务管理理论与实践", "黑茶加工与质量安全", "市政道路设计实务", "北宋东京历史文化研究",
    "区域经济发展与产业结构优化", "建设工程造价案例分析", "现代农业病虫害绿色防控", "管理会计应用指引",
    "水工建筑物安全监测", "统计分析方法与SPSS应用", "中原文化与旅游开发", "洞庭湖湿地生态修复",
]  # fmt: skip
PUBLISHERS = {
    "湖南大学出版社": "5667", "河南大学出版社": "5649", "中国财政经济出版社": "5223", "中国建筑工业出版社": "112",
    "科学出版社": "03", "中国农业出版社": "109", "经济科学出版社": "5218", "湖南科学技术出版社": "5710",
    "河南人民出版社": "215", "中国水利水电出版社": "5170", "吉林大学出版社": "5692", "中国统计出版社": "5037",
}  # fmt: skip
PATENT_TITLES = [
    "一种黑茶渥堆发酵温湿度控制装置", "一种市政道路排水检查井防沉降结构", "一种基于深度学习的财务票据识别方法",
    "一种水利工程用渗压监测装置", "一种小麦赤霉病抗性鉴定方法", "一种装配式建筑外墙板连接节点",
    "一种茶叶杀青机余热回收系统", "一种医用输液架防倾倒底座", "一种古建筑木构件无损检测方法",
    "一种农田土壤墒情远程采集终端", "一种高校实验室危化品智能存储柜", "一种再生骨料透水砖及其制备方法",
]  # fmt: skip
PROJECT_TITLES = [
    "益阳黑茶产业数字化转型路径研究", "开封宋文化旅游资源开发与保护研究", "洞庭湖区生态补偿机制研究",
    "黄河下游滩区乡村振兴实现路径研究", "地方高校科研经费绩效管理研究", "基于BIM的市政道路全生命周期管理研究",
    "县域医共体运行效率评价研究", "政府会计制度改革对事业单位财务管理的影响研究",
    "黄河文化融入高校思政教育路径研究", "智慧水利背景下中小型水库安全监测技术研究",
]  # fmt: skip
GRADES = ["一等奖", "二等奖", "三等奖", "二等奖", "三等奖", "特等奖"]
