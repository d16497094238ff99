"""Draw 46's own pools: people, workplaces, organisers, topics, date styles, layout families and page helpers.

Everything here was written afresh for this draw (Dezhou and Yiyang, 2018-2024)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind.common import isbn13_check, issn_check, journals, patent_check, supervisor
from bench.blind.page import Page, width_mm

DRAW = 46


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


# ---- check digits (the test asks the pools for them) ----------------------------------------
def zl_check(d12: str) -> str:
    return patent_check(d12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- layout families ------------------------------------------------------------------------
FAMILIES: dict[str, tuple[str, list[str]]] = {
    "training_certificate": ("cert", ["framed", "landscape", "table", "app", "bilingual", "twopage"]),
    "sign_in_sheet": ("signin", ["grid", "split", "wide", "handonly", "dingtalk", "twopage"]),
    "training_notice": ("notice", ["redhead", "schedule", "invite", "web", "annotated", "roster"]),
    "journal_article": ("journal", ["firstpage", "cover", "toc", "twocol", "cnki", "bundle"]),
    "book": ("book", ["cover", "copyright", "titlepage", "translation", "board", "twopage"]),
    "patent_certificate": ("patent", ["classic", "utility", "design", "query", "electronic", "twopage"]),
    "award_certificate": ("award", ["personal", "team", "contest", "government", "society", "landscape"]),
    "project_completion": ("proj", ["certificate", "letter", "form", "landscape", "handfilled", "twopage"]),
    "qualification_certificate": ("qual", ["diploma", "master", "doctor", "courses", "selfstudy", "computer"]),
    "other": ("misc", ["receipt", "signup", "leave", "report", "employment", "idcopy"]),
}
VARIANTS: dict[str, list[str]] = {f"t{DRAW}.layout.{t}": v for t, (_, v) in FAMILIES.items()}


def variant(ctx: Ctx, etype: str) -> tuple[str, str]:
    """(layout name, variant) for document k: the variants cycle from the draw's offset."""
    fam, vs = FAMILIES[etype]
    v = vs[(ctx.k + ctx.offset) % len(vs)]
    ctx.used.append(f"t{DRAW}.layout.{etype}#{v}")
    return f"{fam}{DRAW}-{v}", v


def pick(ctx: Ctx, name: str, seq: list) -> object:  # noqa: ANN001
    i = ctx.rng.randrange(len(seq))
    ctx.used.append(f"t{DRAW}.{name}#{i}")
    return seq[i]


# ---- people ---------------------------------------------------------------------------------
SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"
)
RARE = list("訾亓逯郇冼寇禚阚钮郗庹晏佘匡符揭栾隋宫巩滕蔺邴昝扈鞠")
COMPOUND = ["欧阳", "司马", "上官", "端木", "诸葛", "公孙", "尉迟", "东方"]
GIVEN = list(
    "浩宇子轩梓涵欣怡思远佳琪一诺雨桐俊杰晓峰海涛文博明远清扬志强建华丽娟秀英桂芳春燕玉梅国栋立新卫红永刚德胜"
    "晨曦鹏程嘉欣若汐宏亮振宇雅婷凤霞金龙兰芝淑华瑞雪书豪景行云帆慧敏晶莹楠"
)


def name(rng: random.Random, used: set[str]) -> str:
    for _ in range(80):
        r = rng.random()
        if r < 0.06:
            n = rng.choice(COMPOUND) + rng.choice(GIVEN) + rng.choice(GIVEN)  # four characters
        elif r < 0.16:
            n = rng.choice(RARE) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))
        else:
            n = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2, 2])))
        if len(set(n)) == len(n) and n not in used:
            used.add(n)
            return n
    raise RuntimeError("names exhausted")


def names(ctx: Ctx, k: int) -> list[str]:
    used: set[str] = set()
    return [name(ctx.rng, used) for _ in range(k)]


# ---- places, fields, organisations ----------------------------------------------------------
CITIES = {
    "德州": ("山东", ["德城区", "陵城区", "乐陵市", "禹城市", "齐河县", "平原县", "夏津县", "武城县", "庆云县", "临邑县", "宁津县"]),
    "益阳": ("湖南", ["赫山区", "资阳区", "沅江市", "南县", "桃江县", "安化县"]),
}
COUNTY_CITY = {"德州": ["乐陵市", "禹城市"], "益阳": ["沅江市"]}
STREETS = {"德州": ["东方红路", "三八路", "天衢路", "湖滨大道", "德兴大道"], "益阳": ["康富路", "桃花仑路", "梓山路", "龙洲路", "金山路"]}

# fields: (key, trainee title, topics, workplaces, majors, paper/book/patent/project words)
FIELDS: dict[str, dict[str, list[str]]] = {
    "solar": {
        "job": ["光伏工程师", "新能源工程师"],
        "topic": ["分布式光伏电站设计与并网技术", "光伏组件衰减检测与运维", "储能系统安全管理", "太阳能热利用工程实务",
                  "光伏电站智能运维与故障诊断"],
        "work": ["{c}市新能源发展有限公司", "{c}皇明太阳能科技有限公司", "{c}市电力勘测设计院", "{c}晶阳光伏科技有限公司"],
        "major": ["新能源科学与工程", "电气工程及其自动化", "热能与动力工程"],
        "paper": ["基于改进粒子群算法的光伏阵列最大功率点跟踪", "鲁西北地区分布式光伏系统发电性能实测分析",
                  "平板型太阳能集热器热性能影响因素研究", "光储一体化微电网能量调度策略"],
        "book": ["光伏电站运行与维护", "太阳能热利用技术", "分布式光伏工程设计手册"],
        "patent": ["一种光伏组件自动清扫装置", "一种太阳能集热管防冻循环系统", "一种可调倾角光伏支架", "光伏逆变器散热外壳"],
        "project": ["县域屋顶分布式光伏消纳能力评估", "农光互补电站运行效益研究"],
    },
    "psych": {
        "job": ["精神科医师", "心理治疗师"],
        "topic": ["精神障碍诊疗规范与合理用药", "抑郁障碍的规范化诊治", "严重精神障碍患者社区管理", "儿童青少年心理危机干预",
                  "睡眠障碍的认知行为治疗"],
        "work": ["{c}市精神卫生中心", "{c}市第二人民医院", "{c}市康宁医院", "{c}市人民医院心理科"],
        "major": ["精神病与精神卫生学", "临床医学", "应用心理学"],
        "paper": ["首发精神分裂症患者认知功能与社会功能的相关性", "老年抑郁症患者睡眠质量及其影响因素",
                  "重复经颅磁刺激辅助治疗难治性抑郁症的疗效观察", "社区严重精神障碍患者服药依从性调查"],
        "book": ["精神科护理与康复", "基层精神卫生服务指南", "心理危机干预实务"],
        "patent": ["一种精神科用防自伤约束带", "一种心理测评用交互终端", "一种病房用防护型床头柜"],
        "project": ["严重精神障碍患者家庭照护负担研究", "中学生抑郁情绪筛查与干预模式"],
    },
    "lab": {
        "job": ["临床检验技师", "检验科主管技师"],
        "topic": ["临床检验质量管理与室内质控", "血细胞形态学检验", "临床微生物检验与耐药监测", "即时检验（POCT）规范管理",
                  "分子诊断技术临床应用"],
        "work": ["{c}市人民医院检验科", "{c}市中心医院", "{c}市妇幼保健院", "{c}市疾病预防控制中心"],
        "major": ["医学检验技术", "临床检验诊断学", "卫生检验与检疫"],
        "paper": ["血清降钙素原联合C反应蛋白在脓毒症早期诊断中的价值", "全自动血细胞分析仪复检规则的建立与验证",
                  "耐碳青霉烯类肺炎克雷伯菌的分布及耐药性分析", "糖化血红蛋白检测的室间质评结果分析"],
        "book": ["临床检验操作规程", "检验科质量管理手册", "血细胞形态学图谱"],
        "patent": ["一种检验科用试管振荡架", "一种血液标本离心防溅装置", "一种尿液标本自动分装器"],
        "project": ["基层医院检验结果互认质量保障体系研究", "脓毒症早期预警标志物筛选"],
    },
    "itedu": {
        "job": ["信息技术教师", "中学一级教师"],
        "topic": ["新课标下信息科技课程教学设计", "人工智能教育与编程教学", "中小学教师信息技术应用能力提升",
                  "Python程序设计教学实践", "智慧课堂建设与应用"],
        "work": ["{c}市第一中学", "{c}市实验中学", "{c}市第二实验小学", "{c}市职业中等专业学校"],
        "major": ["计算机科学与技术", "教育技术学", "软件工程"],
        "paper": ["项目式学习在初中信息科技教学中的应用", "基于图形化编程的小学计算思维培养路径",
                  "人工智能启蒙课程的校本开发与实施", "信息技术与学科教学深度融合的实践研究"],
        "book": ["中学信息科技教学设计案例", "Python编程与计算思维", "智慧课堂教学实务"],
        "patent": ["一种教学用多媒体讲台", "一种计算机教室线缆收纳装置", "一种可折叠平板电脑支架"],
        "project": ["县域初中信息科技学科项目式教学研究", "小学人工智能教育课程资源开发"],
    },
    "cotton": {
        "job": ["农艺师", "棉花栽培技术员"],
        "topic": ["棉花轻简化栽培技术", "盐碱地棉花高产栽培", "棉花病虫害绿色防控", "棉花机械化采收配套技术",
                  "麦后直播棉栽培管理"],
        "work": ["{c}市农业技术推广中心", "{c}市农业科学研究院", "{c}县棉花生产技术指导站", "{c}市农业农村局"],
        "major": ["农学", "作物栽培学与耕作学", "植物保护"],
        "paper": ["黄河流域棉区棉花轻简化栽培技术集成与应用", "不同种植密度对短季棉产量及品质的影响",
                  "盐碱地棉花覆膜播种出苗率试验研究", "棉铃虫绿色防控技术示范效果分析"],
        "book": ["棉花高效栽培技术", "棉花病虫害识别与防治", "盐碱地作物栽培"],
        "patent": ["一种棉花打顶装置", "一种棉花种子包衣机", "一种棉田滴灌带回收装置"],
        "project": ["鲁西北棉区短季棉品种筛选与配套栽培", "棉花化学封顶技术示范推广"],
    },
    "env": {
        "job": ["环境监测工程师", "生态环境监测员"],
        "topic": ["环境空气自动监测运维管理", "水质监测质量保证与质量控制", "挥发性有机物监测技术", "土壤污染状况调查与监测",
                  "生态环境监测数据弄虚作假防范"],
        "work": ["{c}市生态环境监测中心", "{c}市环境保护科学研究所", "{c}市生态环境局", "{c}市环境监测站"],
        "major": ["环境工程", "环境科学", "分析化学"],
        "paper": ["德州市大气PM2.5化学组分特征及来源解析", "洞庭湖区地表水总磷时空分布特征",
                  "地下水中挥发性有机物测定方法比较", "城市建成区夜间噪声监测结果分析"],
        "book": ["环境监测实用技术", "水环境监测质量控制", "大气颗粒物监测与评价"],
        "patent": ["一种水质采样器", "一种大气采样管防雨罩", "一种土壤分层采样装置"],
        "project": ["南洞庭湖湿地水质变化与生态风险评估", "县域大气污染源排放清单编制"],
    },
    "news": {
        "job": ["记者", "编辑"],
        "topic": ["新闻舆论工作与融媒体传播", "新闻采编业务能力提升", "全媒体记者短视频制作", "新闻职业道德与法律法规",
                  "主题报道策划与实践"],
        "work": ["{c}日报社", "{c}市融媒体中心", "{c}广播电视台", "{c}晚报社"],
        "major": ["新闻学", "汉语言文学", "广播电视学"],
        "paper": ["地市级党报融媒体转型的路径探索", "短视频时代县级融媒体中心的传播力建设",
                  "突发公共事件中地方媒体的舆论引导", "地方党报乡村振兴报道的叙事策略"],
        "book": ["新闻采访与写作实务", "融媒体新闻编辑", "地方新闻史话"],
        "patent": ["一种采访用便携式收音装置", "一种新闻直播用稳定器"],
        "project": ["地市媒体深度融合发展路径研究", "县级融媒体中心公共服务功能研究"],
    },
    "social": {
        "job": ["社会工作师", "助理社会工作师"],
        "topic": ["社会工作专业方法与技巧", "困境儿童关爱保护服务", "社区养老服务与社会工作", "社会救助政策与实务",
                  "基层社会治理与社工站建设"],
        "work": ["{c}市民政局", "{c}市社会福利院", "{c}阳光社会工作服务中心", "{c}市救助管理站"],
        "major": ["社会工作", "社会学", "公共事业管理"],
        "paper": ["乡镇社工站参与农村留守老人服务的实践", "社会工作介入困境儿童家庭支持的路径",
                  "政府购买社会工作服务的绩效评估", "社区矫正对象社会支持网络构建"],
        "book": ["社会工作实务", "社区社会工作", "老年社会工作"],
        "patent": ["一种社区养老用智能呼叫装置", "一种便携式助行器"],
        "project": ["乡镇社工站服务效能评估研究", "农村留守儿童关爱服务体系研究"],
    },
}
FIELD_KEYS = list(FIELDS)


def field_of(ctx: Ctx) -> tuple[str, dict[str, list[str]]]:
    k = ctx.rng.choice(FIELD_KEYS)
    return k, FIELDS[k]


def city(ctx: Ctx) -> str:
    return ctx.rng.choice(["德州", "益阳"])


def workplace(ctx: Ctx, fd: dict[str, list[str]], c: str) -> str:
    return ctx.rng.choice(fd["work"]).format(c=c)


def organiser(ctx: Ctx, fk: str, c: str) -> str:
    """Who organises training for a field."""
    p = CITIES[c][0]
    opts = {
        "solar": [f"{p}省太阳能行业协会", f"{p}省可再生能源学会", f"{c}市科学技术协会", "中国光伏行业协会"],
        "psych": [f"{p}省医学会精神医学分会", f"{c}市卫生健康委员会", f"{c}市精神卫生中心", f"{p}省心理卫生协会"],
        "lab": [f"{c}市疾病预防控制中心", f"{p}省临床检验中心", f"{p}省医学会检验医学分会", f"{c}市临床检验质量控制中心"],
        "itedu": ["德州学院" if c == "德州" else "湖南城市学院", f"{c}市教育局", f"{c}市教育科学研究院",
                  "益阳师范高等专科学校" if c == "益阳" else "德州职业技术学院"],
        "cotton": [f"{c}市农业农村局", f"{p}省棉花学会", f"{c}市农业技术推广中心", f"{p}省农学会"],
        "env": [f"{c}市生态环境局", f"{p}省环境科学学会", f"{p}省生态环境监测中心", f"{c}市生态环境监测中心"],
        "news": [f"{p}省新闻工作者协会", f"{c}市委宣传部", f"{c}日报社", f"中共{c}市委党校"],
        "social": [f"{c}市民政局", f"{p}省社会工作联合会", f"{c}市社会工作协会", f"中共{c}市委党校"],
    }[fk]
    return ctx.rng.choice(opts)


PUBLIC_TOPICS = ["专业技术人员职业道德与诚信建设", "数字经济与创新驱动发展", "习近平新时代中国特色社会主义思想专题",
                 "专业技术人员心理健康与压力管理", "知识产权保护与科技成果转化", "安全生产法律法规解读"]
PLATFORMS = ["山东专业技术人员继续教育公共服务平台", "湖南省专业技术人员继续教育网", "好医生继续医学教育平台",
             "国家智慧教育公共服务平台", "华医网"]


# ---- dates ----------------------------------------------------------------------------------
HZ = "〇一二三四五六七八九"


def hz_num(n: int) -> str:
    if n < 10:
        return HZ[n]
    if n < 20:
        return "十" + (HZ[n % 10] if n % 10 else "")
    return HZ[n // 10] + "十" + (HZ[n % 10] if n % 10 else "")


def hz_year(y: int) -> str:
    return "".join(HZ[int(c)] for c in str(y))


DATE_STYLES = ["iso", "cn", "cn_pad", "hz", "dot", "dot_pad", "slash_pad", "slash"]


def fd(d: dt.date, style: str) -> str:
    y, m, n = d.year, d.month, d.day
    return {
        "iso": d.isoformat(),
        "cn": f"{y}年{m}月{n}日",
        "cn_pad": f"{y}年{m:02d}月{n:02d}日",
        "hz": f"{hz_year(y)}年{hz_num(m)}月{hz_num(n)}日",
        "dot": f"{y}.{m}.{n}",
        "dot_pad": f"{y}.{m:02d}.{n:02d}",
        "slash_pad": f"{y}/{m:02d}/{n:02d}",
        "slash": f"{y}/{m}/{n}",
    }[style]


def fm(y: int, m: int, style: str) -> str:
    return {
        "iso": f"{y}-{m:02d}",
        "cn": f"{y}年{m}月",
        "cn_pad": f"{y}年{m:02d}月",
        "hz": f"{hz_year(y)}年{hz_num(m)}月",
        "dot": f"{y}.{m}",
        "dot_pad": f"{y}.{m:02d}",
        "slash_pad": f"{y}/{m:02d}",
        "slash": f"{y}/{m}",
    }[style]


def frange(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    """A period; in the 年月日 styles the end drops a repeated year (and month)."""
    if style in ("cn", "cn_pad") and a.year == b.year and a != b:
        pad = style == "cn_pad"
        if a.month == b.month:
            tail = f"{b.day:02d}日" if pad else f"{b.day}日"
        else:
            tail = f"{b.month:02d}月{b.day:02d}日" if pad else f"{b.month}月{b.day}日"
        return fd(a, style) + sep + tail
    if a == b:
        return fd(a, style)
    return fd(a, style) + sep + fd(b, style)


def date_forms(iso: str) -> list[str]:
    """Every printed form a truth date may take in this draw."""
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:])
        return [fm(y, m, s) for s in DATE_STYLES]
    d = dt.date.fromisoformat(iso)
    return [fd(d, s) for s in DATE_STYLES]


def date_style(ctx: Ctx) -> str:
    return pick(ctx, "date", DATE_STYLES)  # type: ignore[return-value]


def rdate(ctx: Ctx, y0: int = 2019, y1: int = 2024) -> dt.date:
    return dt.date(ctx.rng.randint(y0, y1), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))


def later(d: dt.date, a: int, b: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(a, b))


def hours_s(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)


# ---- noise ----------------------------------------------------------------------------------
def phone_no(ctx: Ctx, c: str) -> str:
    area = "0534" if c == "德州" else "0737"
    return f"{area}-{ctx.rng.randint(2000000, 8999999)}"


def mobile(ctx: Ctx) -> str:
    return f"1{ctx.rng.choice('3578')}{ctx.rng.randint(0, 9)}****{ctx.rng.randint(1000, 9999)}"


def address(ctx: Ctx, c: str) -> str:
    return f"{CITIES[c][0]}省{c}市{ctx.rng.choice(STREETS[c])}{ctx.rng.randint(1, 1800)}号"


def serial(ctx: Ctx, prefix: str = "") -> str:
    return prefix + "".join(str(ctx.rng.randint(0, 9)) for _ in range(ctx.rng.choice([8, 10, 12])))


# ---- page helpers ---------------------------------------------------------------------------
def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float, indent: bool = True,
         lead: float = 1.75) -> float:
    return pg.wrap(x, y, w, s, size, ctx.body, lead=lead, indent=size * 0.3528 * 2 if indent else 0.0)


def qr(pg: Page, x: float, y: float, s: float, seed: int, caption: str, ctx: Ctx) -> None:
    """A QR-code-like block with its caption below."""
    rng = random.Random(seed)
    pg.rect(x, y, x + s, y + s, 0.3)
    n = 15
    c = s / n
    for i in range(n):
        for j in range(n):
            corner = (i < 4 and j < 4) or (i < 4 and j > n - 5) or (i > n - 5 and j < 4)
            if corner or rng.random() < 0.45:
                pg.rect(x + i * c, y + j * c, x + (i + 1) * c, y + (j + 1) * c, 0, (20, 20, 20), (20, 20, 20))
    pg.text(x + s / 2, y + s + 1.5, caption, 7.5, ctx.body, "c", (90, 90, 90))


def phone_page(ctx: Ctx, app: str, clock: str | None = None) -> tuple[Page, float]:
    """A phone screenshot: status bar and the app's title bar. Returns (page, y below the bar)."""
    pg = Page(w=76.0, h=160.0, bg=(245, 245, 245))
    pg.rect(0, 0, 76, 7, 0, fill=(250, 250, 250))
    pg.text(4, 1.5, clock or f"{ctx.rng.randint(7, 22)}:{ctx.rng.randint(0, 59):02d}", 7.5, ctx.body)
    pg.text(72, 1.5, f"5G  {ctx.rng.randint(18, 99)}%", 7.5, ctx.body, "r")
    pg.rect(0, 7, 76, 17, 0, fill=(255, 255, 255))
    pg.text(4, 10, "<", 10, ctx.body)
    pg.text(38, 10, app, 9.5, ctx.bold, "c")
    pg.text(72, 10, "···", 9.5, ctx.body, "r")
    pg.line(0, 17, 76, 17, 0.2, (210, 210, 210))
    return pg, 21.0


def browser_page(ctx: Ctx, url: str, site: str) -> tuple[Page, float]:
    pg = Page(w=280.0, h=190.0)
    pg.rect(0, 0, 280, 9, 0, fill=(222, 225, 230))
    pg.rect(40, 1.8, 230, 7.4, 0, fill=(255, 255, 255))
    pg.text(43, 2.6, url, 8, ctx.body, color=(60, 60, 60))
    pg.rect(0, 9, 280, 24, 0, fill=(20, 70, 140))
    pg.text(14, 12.5, site, 15, ctx.bold, color=(255, 255, 255))
    return pg, 30.0


def fit(s: str, font: str, size: float, w: float) -> float:
    """The largest size <= `size` at which `s` fits in `w` mm."""
    while size > 7 and width_mm(s, font, size) > w:
        size -= 0.5
    return size


def journal_pick(ctx: Ctx):  # noqa: ANN201
    js = journals()
    return js[ctx.rng.randrange(len(js))]


def journal_levels(ctx: Ctx, j, with_supervisor: bool) -> tuple[list[str], str | None]:  # noqa: ANN001
    levels = list(j.base_levels)
    sup = None
    if with_supervisor:
        sup, lv = supervisor(ctx.rng, j)
        levels.append(lv)
    return levels, sup
