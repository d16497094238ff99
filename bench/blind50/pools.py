"""Draw 50's pools: the context, layout families and wording variants, people, places, professions, journals,
publishers, date forms and check digits (Kaifeng 2016 and Tai'an 2022 audit)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

DRAW = 50

# ---- layout families per evidence type ---------------------------------------------------------------
FAMILIES: dict[str, tuple[str, ...]] = {
    "training_certificate": ("portrait_seal", "landscape_online", "booklet_record", "app_ecert", "chat_forward",
                             "hours_letter"),
    "sign_in_sheet": ("hand_table", "landscape_split", "am_pm", "two_page", "app_export", "meeting_sign"),
    "training_notice": ("red_head", "web_print", "invitation", "schedule", "wechat_article", "meeting_receipt"),
    "journal_article": ("first_page", "cover_toc", "toc_only", "db_record", "cover_first", "twocol_cite"),
    "book": ("cover", "title_cip", "cip_only", "board_grid", "translation", "opac_phone"),
    "patent_certificate": ("invention_portrait", "two_page_scan", "register_query", "chat_photo",
                           "utility_landscape", "design_cert"),
    "award_certificate": ("gov_portrait", "honor_landscape", "social_science", "competition", "booklet_bureau",
                          "copy_annotated"),
    "project_completion": ("cert_portrait", "table_form", "landscape_seal", "system_print", "app_ecert",
                           "booklet_two_page"),
    "qualification_certificate": ("graduation", "master_degree", "doctor_degree", "postgraduate_courses",
                                  "self_study", "computer_exam"),
    "other": ("cpd_register", "appointment", "acceptance_letter", "fee_receipt", "unit_proof", "title_cert"),
}  # fmt: skip
PREFIX = {
    "training_certificate": "tc", "sign_in_sheet": "sign", "training_notice": "notice",
    "journal_article": "journal", "book": "book", "patent_certificate": "patent", "award_certificate": "award",
    "project_completion": "project", "qualification_certificate": "qual", "other": "other",
}  # fmt: skip

# wording variants (a builder picks one through Ctx.pick, which records the choice as a template)
VARIANTS: dict[str, list[str]] = {f"t{DRAW}.layout.{t}": list(v) for t, v in FAMILIES.items()}
VARIANTS.update({
    "t50.tc.heading": ["结业证书", "培训证书", "合格证书", "结 业 证 书", "培训合格证书"],
    "t50.tc.verb": ["参加", "参加了", "完成"],
    "t50.tc.close": ["经考核合格，特发此证。", "完成全部课程，考核合格，准予结业。", "学习期满，成绩合格，特发此证。",
                     "经考试考核合格，颁发此证。"],
    "t50.tc.hours": ["培训学时：{h}学时", "计{h}学时", "共计 {h} 学时", "学时：{h}"],
    "t50.sign.head": ["签到表", "签 到 表", "学员签到表", "参训人员签到表"],
    "t50.notice.lead": ["为进一步提升全市{who}业务水平，", "为贯彻落实专业技术人员继续教育有关要求，",
                        "根据年度培训计划安排，", "为做好{who}知识更新工作，"],
    "t50.award.close": ["特发此证，以资鼓励。", "特颁发此证书。", "以资鼓励。", "特发此证。"],
    "t50.proj.close": ["经审核，准予结题。特发此证。", "经专家鉴定，同意结题。", "已完成研究任务，准予结题。",
                       "经评审，予以结项。"],
    "t50.date.cert": ["cn", "cn0", "upper", "dot", "upper"],
    "t50.date.doc": ["cn", "dot", "dash", "iso", "cn0", "slash"],
    "t50.names.sep": ["、", "，", "  ", "；", " "],
})  # fmt: skip

# ---- people -------------------------------------------------------------------------------------------
SURNAMES = {
    "王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "赵": "Zhao", "黄": "Huang",
    "周": "Zhou", "吴": "Wu", "徐": "Xu", "孙": "Sun", "胡": "Hu", "朱": "Zhu", "高": "Gao", "郭": "Guo",
    "马": "Ma", "宋": "Song", "郑": "Zheng", "韩": "Han", "冯": "Feng", "于": "Yu", "董": "Dong", "程": "Cheng",
    "曹": "Cao", "袁": "Yuan", "邓": "Deng", "许": "Xu", "傅": "Fu", "彭": "Peng", "吕": "Lyu", "苏": "Su",
    "蒋": "Jiang", "贾": "Jia", "丁": "Ding", "魏": "Wei", "薛": "Xue", "阎": "Yan", "潘": "Pan", "杜": "Du",
    "夏": "Xia", "田": "Tian", "任": "Ren", "姜": "Jiang", "范": "Fan", "石": "Shi", "姚": "Yao", "孔": "Kong",
    "白": "Bai", "崔": "Cui", "康": "Kang", "毛": "Mao", "秦": "Qin", "史": "Shi", "侯": "Hou", "孟": "Meng",
    "段": "Duan", "雷": "Lei", "尹": "Yin", "常": "Chang", "武": "Wu", "乔": "Qiao", "牛": "Niu", "岳": "Yue",
    "聂": "Nie", "申": "Shen", "靳": "Jin", "翟": "Zhai", "晁": "Chao", "亓": "Qi", "房": "Fang", "尚": "Shang",
    "鹿": "Lu", "展": "Zhan", "路": "Lu", "邢": "Xing", "耿": "Geng", "焦": "Jiao", "甄": "Zhen", "庞": "Pang",
}  # fmt: skip
COMPOUND = {"欧阳": "Ouyang", "司马": "Sima", "上官": "Shangguan", "诸葛": "Zhuge", "皇甫": "Huangfu",
            "公孙": "Gongsun", "端木": "Duanmu", "东方": "Dongfang"}  # fmt: skip
GIVEN = {
    "建": "jian", "国": "guo", "明": "ming", "华": "hua", "军": "jun", "伟": "wei", "芳": "fang", "娜": "na",
    "敏": "min", "静": "jing", "丽": "li", "强": "qiang", "磊": "lei", "洋": "yang", "艳": "yan", "勇": "yong",
    "杰": "jie", "娟": "juan", "涛": "tao", "超": "chao", "霞": "xia", "平": "ping", "刚": "gang", "桂": "gui",
    "英": "ying", "晓": "xiao", "峰": "feng", "宇": "yu", "鹏": "peng", "辉": "hui", "婷": "ting", "雪": "xue",
    "琳": "lin", "浩": "hao", "博": "bo", "志": "zhi", "红": "hong", "梅": "mei", "兰": "lan", "春": "chun",
    "秋": "qiu", "海": "hai", "波": "bo", "斌": "bin", "亮": "liang", "颖": "ying", "倩": "qian", "瑞": "rui",
    "凯": "kai", "璐": "lu", "佳": "jia", "欣": "xin", "怡": "yi", "晨": "chen", "振": "zhen", "东": "dong",
    "永": "yong", "庆": "qing", "书": "shu", "立": "li", "新": "xin", "广": "guang", "德": "de", "学": "xue",
    "泽": "ze", "子": "zi", "轩": "xuan", "帆": "fan", "思": "si", "雨": "yu", "嘉": "jia", "慧": "hui",
    "淑": "shu", "秀": "xiu", "云": "yun", "凤": "feng", "岩": "yan", "松": "song", "森": "sen", "翠": "cui",
    "彦": "yan", "卫": "wei", "利": "li", "民": "min", "胜": "sheng", "俊": "jun", "良": "liang", "继": "ji",
    "琦": "qi", "蕾": "lei", "莹": "ying", "鑫": "xin", "岱": "dai", "汴": "bian", "岚": "lan", "昊": "hao",
    "晗": "han", "朝": "chao", "玮": "wei", "楠": "nan", "菲": "fei", "冉": "ran", "硕": "shuo", "珂": "ke",
}  # fmt: skip
FOREIGN_AUTHORS = [("[美]", "约翰·R.哈特曼", "John R. Hartman"), ("[英]", "彼得·W.克罗斯", "Peter W. Cross"),
                   ("[德]", "克劳斯·施密特", "Klaus Schmidt"), ("[澳]", "安德鲁·麦克莱恩", "Andrew McLean"),
                   ("[日]", "佐藤健一", "Kenichi Sato"), ("[加]", "玛丽·L.杜邦", "Mary L. Dupont")]  # fmt: skip


def person_name(rng: random.Random, taken: set[str] | None = None) -> str:
    """A 2-4 character name (compound surnames give the 4-character ones), unique within `taken`."""
    taken = taken if taken is not None else set()
    given = list(GIVEN)
    while True:
        r = rng.random()
        if r < 0.08:
            name = rng.choice(list(COMPOUND)) + "".join(rng.sample(given, rng.choice((1, 2, 2))))
        elif r < 0.36:
            name = rng.choice(list(SURNAMES)) + rng.choice(given)
        else:
            name = rng.choice(list(SURNAMES)) + "".join(rng.sample(given, 2))
        if name not in taken:
            taken.add(name)
            return name


def names(rng: random.Random, n: int, taken: set[str] | None = None) -> list[str]:
    taken = taken if taken is not None else set()
    return [person_name(rng, taken) for _ in range(n)]


def pinyin(name: str) -> str:
    """`WANG Jianguo` style romanisation for English bylines."""
    for sur, py in COMPOUND.items():
        if name.startswith(sur):
            return py.upper() + " " + "".join(GIVEN[c] for c in name[len(sur) :]).capitalize()
    return SURNAMES[name[0]].upper() + " " + "".join(GIVEN[c] for c in name[1:]).capitalize()


# ---- places, audits and organisations --------------------------------------------------------------
@dataclass(frozen=True)
class City:
    key: str
    name: str  # 开封市
    short: str  # 开封
    prov: str  # 河南省
    prov_short: str  # 河南
    policy: str
    years: tuple[int, ...]
    id_prefix: str
    postcode: str
    districts: tuple[str, ...]
    doc_abbr: str  # 汴 / 泰
    party_school: str
    universities: tuple[str, ...]
    hospitals: tuple[str, ...]
    platforms: tuple[str, ...]
    venues: tuple[str, ...]
    health: str  # the health commission of those years


KAIFENG = City(
    "kaifeng", "开封市", "开封", "河南省", "河南", "kaifeng-2016", (2015, 2016), "410203", "475000",
    ("鼓楼区", "龙亭区", "顺河回族区", "禹王台区", "祥符区", "杞县", "通许县", "尉氏县", "兰考县"), "汴",
    "中共开封市委党校", ("河南大学", "开封大学", "黄河水利职业技术学院"),
    ("开封市中心医院", "开封市第二人民医院", "开封市眼病医院"),
    ("汴梁专技在线", "中原继教云课堂", "豫才学习网"),
    ("开封市行政学院三楼报告厅", "开封大学图书馆学术报告厅", "市水利局五楼会议室", "汴京饭店二楼多功能厅",
     "开封市人力资源市场培训中心"),
    "开封市卫生和计划生育委员会",
)  # fmt: skip
TAIAN = City(
    "taian", "泰安市", "泰安", "山东省", "山东", "taian-2022", (2021, 2022), "370902", "271000",
    ("泰山区", "岱岳区", "新泰市", "肥城市", "宁阳县", "东平县"), "泰",
    "中共泰安市委党校", ("山东农业大学", "泰山学院", "山东第一医科大学", "泰山职业技术学院"),
    ("泰安市中心医院", "泰安市妇幼保健院", "泰安市立医院"),
    ("泰山专技云学堂", "岱宗继教在线", "齐鲁专技学习港"),
    ("泰安市委党校第二教学楼报告厅", "泰山学院明德楼会议室", "岱岳区政务服务中心培训室", "泰山国际会议中心B厅",
     "线上（腾讯会议）"),
    "泰安市卫生健康委员会",
)  # fmt: skip
CITIES = (KAIFENG, TAIAN)


# ---- professions ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Profession:
    key: str
    who: str  # 执业药师
    titles: tuple[str, ...]  # 职称
    units: tuple[str, ...]  # workplaces; {c} is the city's short name
    bureau: str  # the municipal bureau of the trade; {c}
    society: str  # a provincial / municipal society; {p} province short, {c} city short
    topics: tuple[str, ...]  # training topics
    journals: tuple[str, ...]
    articles: tuple[str, ...]
    patents: tuple[tuple[str, str], ...]  # (kind, title)
    awards: tuple[str, ...]  # award project names
    books: tuple[tuple[str, str], ...]  # (title, publisher key)
    projects: tuple[str, ...]
    majors: tuple[str, ...]  # 专业 for diplomas / self-study
    degree: tuple[str, str, str]  # (学科/领域, 硕士学位名, 博士学位名)


PROFESSIONS: tuple[Profession, ...] = (
    Profession(
        "pharm", "执业药师", ("主管药师", "执业药师", "副主任药师", "药师"),
        ("{c}市百信大药房连锁有限公司", "{c}市仁和堂医药连锁有限公司", "{c}市中心医院药学部"),
        "开封市食品药品监督管理局|泰安市市场监督管理局", "{c}市药学会",
        ("零售药店处方审核与合理用药", "药品经营质量管理规范（GSP）实务", "社区药学服务与慢病用药管理",
         "中药饮片鉴别与调剂规范", "★药物警戒与不良反应监测"),
        ("中国药学杂志", "中国中药杂志"),
        ("连锁药店药学服务质量评价指标体系的构建", "基于处方前置审核的门诊不合理用药干预效果分析",
         "金银花药材中绿原酸含量测定方法的改进", "县域零售药店抗菌药物销售现状调查"),
        (("utility_model", "一种药店用防潮中药饮片斗柜"), ("invention", "一种用于口服液体制剂分装的定量装置"),
         ("design", "药品陈列架（社区药房用）")),
        ("零售药店药学服务标准化体系建设与推广", "道地药材质量追溯关键技术研究与应用"),
        (("社区药房药学服务实务", "yiyao"), ("常用中药饮片鉴别图谱", "yiyao")),
        ("连锁药店执业药师配备与药学服务能力提升研究", "基层医疗机构中药饮片质量控制研究"),
        ("药学", "中药学", "临床药学"), ("药学", "药学硕士", "理学博士"),
    ),
    Profession(
        "water", "水利工程技术人员", ("工程师", "高级工程师", "助理工程师"),
        ("{c}市水利勘测设计院", "{c}市黄河河务局", "{c}市引黄灌溉管理处"),
        "{c}市水利局", "{p}省水利学会",
        ("水利工程建设质量与安全监督", "小型水库大坝安全鉴定技术", "★河湖长制与河道管理实务",
         "高效节水灌溉工程设计与运行", "水利工程施工监理规范解读"),
        ("水利学报", "水利水电科技进展"),
        ("引黄灌区渠系水利用系数测算方法比较研究", "黄河下游堤防渗透稳定性数值分析",
         "平原水库防渗结构长期性能监测与评价", "基于遥感的灌区蒸散发估算及节水潜力分析"),
        (("utility_model", "一种渠道闸门启闭防卡装置"), ("invention", "一种堤防隐患探测用电阻率测量方法"),
         ("utility_model", "一种便携式明渠流量测量装置")),
        ("黄河下游引黄灌区节水改造关键技术与应用", "平原河网水系连通与水生态修复技术研究"),
        (("引黄灌区工程管理与维护", "huanghe"), ("小型水利工程施工技术", "shuili")),
        ("引黄灌区渠道衬砌冻胀破坏机理研究", "城市河道生态护岸技术应用研究"),
        ("水利水电工程", "农业水利工程", "水文与水资源工程"), ("水利工程", "工程硕士", "工学博士"),
    ),
    Profession(
        "vet", "执业兽医", ("兽医师", "高级兽医师", "执业兽医师"),
        ("{c}市动物疫病预防控制中心", "{c}市畜牧兽医服务中心", "{c}市动物卫生监督所"),
        "开封市畜牧局|泰安市农业农村局", "{p}省畜牧兽医学会",
        ("★非洲猪瘟防控与生物安全", "动物检疫规程与实务", "兽药残留监控与合理使用", "奶牛乳房炎综合防治技术",
         "重大动物疫病应急处置"),
        ("畜牧兽医学报",),
        ("★规模化猪场非洲猪瘟生物安全防控体系评价", "奶牛隐性乳房炎病原菌分离鉴定与耐药性分析",
         "鸡新城疫抗体水平监测及免疫效果评估"),
        (("utility_model", "一种畜禽养殖用自动消毒喷雾装置"), ("invention", "一种禽用中药复方饮水剂及其制备方法")),
        ("规模化猪场重大疫病综合防控技术集成与示范", "肉羊高效健康养殖关键技术推广"),
        (("基层动物防疫实用技术", "nongye"), ("畜禽常见病诊治图解", "nongye")),
        ("规模化羊场布鲁氏菌病净化技术研究", "基层兽药使用风险评估与监管对策研究"),
        ("动物医学", "动物科学", "畜牧兽医"), ("兽医", "兽医硕士", "农学博士"),
    ),
    Profession(
        "acct", "会计人员", ("会计师", "高级会计师", "助理会计师"),
        ("{c}市财政国库支付中心", "{c}市第一建筑工程有限公司财务部", "{c}市公共资源交易中心"),
        "{c}市财政局", "{c}市会计学会",
        ("★政府会计制度实务", "★新收入准则解读与应用", "管理会计指引体系", "内部控制规范与风险管理",
         "★个人所得税改革与纳税筹划", "会计信息化与财务共享"),
        (),
        (),
        (),
        ("行政事业单位内部控制评价体系研究", "县级财政预算绩效管理实践研究"),
        (("★政府会计实务操作指南", "caijing"), ("行政事业单位会计核算实务", "caijing"), ("企业内部控制案例分析", "caijing")),
        ("★政府会计制度下高校财务报告编制研究", "县域国有企业全面预算管理研究"),
        ("会计学", "财务管理", "审计学"), ("会计", "会计硕士", "管理学博士"),
    ),
    Profession(
        "forest", "林业技术人员", ("林业工程师", "高级工程师", "助理工程师"),
        ("{c}市林业技术推广站", "{c}市国有林场", "{c}市森林病虫害防治检疫站"),
        "开封市林业局|泰安市自然资源和规划局", "{p}省林学会",
        ("林业有害生物监测与防控", "森林防火与应急处置", "退化林分修复技术", "林木种苗质量检验",
         "国土绿化与森林质量精准提升"),
        ("林业科学",),
        ("黄河故道沙区杨树人工林土壤养分变化特征", "美国白蛾在平原林网中的扩散规律及防控",
         "侧柏人工林间伐对林下植物多样性的影响"),
        (("utility_model", "一种林业用苗木移栽保土器"), ("invention", "一种松材线虫病疫木快速检测方法"),
         ("utility_model", "一种高枝修剪用伸缩锯")),
        ("黄河故道防护林体系提质增效技术研究与示范", "泰山侧柏古树群保护与复壮技术"),
        (("平原林网营造与管护", "linye"), ("林业有害生物识别图鉴", "linye")),
        ("沙地杨树速生丰产林水肥耦合技术研究", "城市森林碳汇计量监测研究"),
        ("林学", "森林保护", "园林"), ("林业", "林业硕士", "农学博士"),
    ),
    Profession(
        "radio", "放射科医师", ("主治医师", "副主任医师", "医师", "主任医师"),
        ("{c}市中心医院医学影像科", "{c}市人民医院放射科", "{c}市中医院影像中心"),
        "{h}", "{c}市医学会放射学分会",
        ("CT低剂量扫描技术与质量控制", "胸部影像诊断进展", "放射防护与辐射安全", "磁共振临床应用新进展",
         "急诊影像诊断规范"),
        ("中华放射学杂志",),
        ("低剂量CT在基层肺癌筛查中的应用价值", "双能CT对痛风性关节炎的诊断效能分析",
         "磁共振扩散加权成像在前列腺癌诊断中的应用"),
        (("utility_model", "一种CT检查用儿童体位固定装置"), ("utility_model", "一种放射科用可移动铅防护屏")),
        ("基层医院胸部CT质控体系的建立与推广", "人工智能辅助肺结节筛查的临床应用研究"),
        (("基层医院影像诊断手册", "renwei"), ("CT检查技术规范与质量控制", "renwei")),
        ("肺结节CT影像组学特征与病理关系研究", "县域医共体远程影像诊断模式研究"),
        ("医学影像学", "临床医学", "医学影像技术"), ("影像医学与核医学", "医学硕士", "医学博士"),
    ),
    Profession(
        "teach", "教师", ("一级教师", "高级教师", "二级教师", "讲师"),
        ("{c}市实验幼儿园", "{c}市第二职业中等专业学校", "{c}市第三实验小学", "{c}市财经学校"),
        "{c}市教育局", "{c}市教育学会",
        ("★幼儿园保育教育质量评估指南解读", "★中等职业学校课程思政教学设计", "幼儿园一日活动组织与指导", "小学科学探究式教学",
         "教师信息技术应用能力提升", "职业院校“双师型”教师能力建设"),
        (),
        (),
        (),
        ("幼儿园自主游戏观察与指导策略研究", "中职学校产教融合实训教学模式探索"),
        (("幼儿园区域活动设计与指导", "gaojiao"), ("小学科学实验教学指导", "gaojiao")),
        ("幼儿园户外自主游戏中教师支持策略的研究", "★中职汽修专业“岗课赛证”融通教学研究"),
        ("学前教育", "小学教育", "机械设计制造及其自动化"), ("教育", "教育硕士", "教育学博士"),
    ),
    Profession(
        "survey", "测绘技术人员", ("测绘工程师", "高级工程师", "助理工程师"),
        ("{c}市测绘院", "{c}市不动产登记中心", "{c}市国土空间规划勘测院"),
        "开封市国土资源局|泰安市自然资源和规划局", "{p}省测绘学会",
        ("不动产权籍调查技术规程", "无人机倾斜摄影测量实务", "★第三次全国国土调查成果应用", "测绘地理信息安全保密",
         "北斗CORS系统应用"),
        ("测绘学报",),
        ("无人机倾斜摄影在农村房地一体确权中的精度分析", "城市CORS网络RTK高程拟合方法研究",
         "基于点云的古建筑三维重建方法"),
        (("utility_model", "一种测绘用可调节三脚架对中装置"), ("invention", "一种基于倾斜影像的建筑物轮廓提取方法")),
        ("市域国土空间基础信息平台建设关键技术", "农村房地一体不动产确权登记技术集成与应用"),
        (("不动产测绘实务", "cehui"), ("无人机航测技术与应用", "cehui")),
        ("城区沉降InSAR监测与预警研究", "★实景三维城市建设技术路线研究"),
        ("测绘工程", "地理信息科学", "遥感科学与技术"), ("测绘工程", "工程硕士", "工学博士"),
    ),
    Profession(
        "power", "电网工程技术人员", ("工程师", "高级工程师", "助理工程师"),
        ("国网{c}供电公司", "{c}市供电公司运维检修部", "国网{c}供电公司调度控制中心"),
        "{c}市发展和改革委员会", "{p}省电机工程学会",
        ("配电网自动化运维技术", "变电站智能巡检", "新能源并网与调度", "电力安全工作规程（配电部分）",
         "带电作业技术"),
        ("电网技术",),
        ("县域配电网分布式光伏接入承载力评估", "基于红外图像的变电设备缺陷识别方法", "10kV架空线路故障定位方法改进"),
        (("utility_model", "一种配电柜用带电显示闭锁装置"), ("invention", "一种配电网故障区段快速定位方法"),
         ("utility_model", "一种绝缘杆作业用辅助支架")),
        ("县域配电网高比例光伏接入关键技术与应用", "变电站设备状态智能感知与诊断系统"),
        (("配电网运维检修实用技术", "dianli"), ("变电站巡检作业指导", "dianli")),
        ("农网台区低电压综合治理研究", "配电网接地故障选线技术研究"),
        ("电气工程及其自动化", "电力系统自动化技术", "自动化"), ("电气工程", "工程硕士", "工学博士"),
    ),
    Profession(
        "museum", "文物保护人员", ("文博馆员", "副研究馆员", "助理馆员"),
        ("{c}市博物馆", "{c}市文物保护研究所", "{c}市档案馆"),
        "开封市文物局|泰安市文化和旅游局", "{p}省文物保护学会",
        ("馆藏文物预防性保护", "可移动文物普查数据管理", "古建筑修缮与保护工程", "档案数字化与安全管理",
         "博物馆社会教育活动策划"),
        (),
        (),
        (("design", "文物囊匣（仿古书函式）"),),
        ("馆藏青铜器病害调查与保护修复", "城市古建筑群数字化档案建设"),
        (("馆藏文物预防性保护实务", "wenwu"), ("城市古建筑图录", "wenwu")),
        ("宋代城市遗址出土瓷器保护研究", "馆藏纸质文物脱酸技术研究"),
        ("文物保护技术", "考古学", "档案学"), ("文物与博物馆", "文物与博物馆硕士", "历史学博士"),
    ),
    Profession(
        "eye", "眼科医师", ("主治医师", "副主任医师", "主任医师"),
        ("{c}市眼科医院", "{c}市人民医院眼科", "{c}市中心医院眼科"),
        "{h}", "{c}市医学会眼科学分会",
        ("儿童青少年近视防控适宜技术", "糖尿病视网膜病变筛查", "白内障超声乳化手术技巧", "青光眼诊疗规范",
         "眼底激光治疗新进展"),
        ("中华眼科杂志",),
        ("学龄儿童近视进展与户外活动时间的相关性研究", "基层糖尿病视网膜病变人工智能筛查的应用评价",
         "小切口白内障手术后角膜内皮变化观察"),
        (("utility_model", "一种眼科检查用下颌托消毒装置"), ("utility_model", "一种儿童视力筛查用遮眼板")),
        ("县域儿童青少年近视综合防控模式研究与推广", "糖尿病视网膜病变分级筛查体系建设"),
        (("儿童近视防控实用手册", "renwei"), ("基层眼底病诊疗图谱", "renwei")),
        ("低浓度阿托品控制儿童近视进展的临床研究", "基层眼科远程会诊模式研究"),
        ("眼视光医学", "临床医学", "眼视光学"), ("眼科学", "医学硕士", "医学博士"),
    ),
    Profession(
        "seed", "农艺师", ("农艺师", "高级农艺师", "助理农艺师"),
        ("{c}市农业科学院", "{c}市种子管理站", "{c}市农业技术推广中心"),
        "开封市农业局|泰安市农业农村局", "{p}省作物学会",
        ("小麦新品种选育与良种繁育", "种子质量检验技术", "★玉米大豆带状复合种植技术", "农作物病虫害绿色防控",
         "品种区域试验规范"),
        ("作物学报", "江苏农业学报"),
        ("黄淮麦区小麦品种籽粒产量与品质性状的关联分析", "播期与密度对夏玉米产量形成的影响",
         "花生高油酸新品系的农艺性状评价"),
        (("invention", "一种小麦种子活力快速检测方法"), ("utility_model", "一种田间小区播种用定量排种器")),
        ("黄淮海小麦高产稳产新品种选育及应用", "花生高油酸品种选育与配套栽培技术推广"),
        (("小麦良种繁育技术", "nongye"), ("主要农作物品种试验技术", "nongye")),
        ("小麦抗赤霉病种质资源鉴定与创新", "夏玉米机收籽粒品种筛选研究"),
        ("农学", "种子科学与工程", "植物保护"), ("作物栽培学与耕作学", "农学硕士", "农学博士"),
    ),
    Profession(
        "env", "环境监测技术人员", ("工程师", "高级工程师", "助理工程师"),
        ("{c}市环境监测站", "{c}市生态环境监控中心", "{c}市环境科学研究所"),
        "开封市环境保护局|泰安市生态环境局", "{p}省环境科学学会",
        ("环境空气自动监测运维质控", "地表水采样与分析规范", "排污许可与执法监测", "土壤污染状况详查技术",
         "挥发性有机物监测技术"),
        ("中国环境监测",),
        ("城市环境空气PM2.5组分特征及来源解析", "黄河干流断面水质自动监测数据有效性评价",
         "县域农田土壤重金属污染评价方法比较"),
        (("utility_model", "一种地表水分层采样器"), ("invention", "一种水中氨氮快速测定方法")),
        ("城市大气复合污染成因与精准治理技术", "饮用水水源地水质预警监测体系建设"),
        (("环境监测实验室质量管理", "huanjing"), ("水质自动监测站运维手册", "huanjing")),
        ("城市臭氧污染特征与前体物控制研究", "县域地下水污染风险评估研究"),
        ("环境工程", "环境科学", "环境监测"), ("环境工程", "工程硕士", "工学博士"),
    ),
    Profession(
        "met", "气象技术人员", ("工程师", "高级工程师", "助理工程师"),
        ("{c}市气象局", "{c}市气象台", "{c}市人工影响天气办公室"),
        "{c}市气象局", "{p}省气象学会",
        ("短时临近预报技术", "★气象灾害风险普查", "人工影响天气作业安全", "农业气象服务", "雷电灾害防御"),
        ("气象", "应用气象学报"),
        ("冷涡背景下强对流天气的雷达回波特征分析", "冬小麦干热风气象指标的修订与检验", "城市暴雨内涝风险区划研究"),
        (("utility_model", "一种自动气象站用防雷接地装置"), ("utility_model", "一种人影作业火箭架防护罩")),
        ("黄淮地区强对流天气精细化预报技术研究", "特色农业气象灾害监测预警服务系统"),
        (("基层气象服务实务", "qixiang"), ("农业气象灾害防御指南", "qixiang")),
        ("短时强降水临近预报方法研究", "冬小麦关键生育期气象灾害风险评估"),
        ("大气科学", "应用气象学", "大气探测"), ("气象", "理学硕士", "理学博士"),
    ),
    Profession(
        "nurse", "护理人员", ("主管护师", "护师", "副主任护师"),
        ("{c}市老年养护院", "{c}市社会福利院", "{c}市中心医院老年病科", "{c}市康复医院"),
        "{h}", "{c}市护理学会",
        ("老年综合评估与照护", "失能老人压力性损伤预防", "医养结合机构护理管理", "阿尔茨海默病照护技能",
         "安宁疗护实践"),
        ("中华护理杂志",),
        ("医养结合机构失能老人跌倒风险因素分析", "社区老年人衰弱筛查与干预效果评价", "养老机构护理人员职业倦怠调查"),
        (("utility_model", "一种卧床老人翻身辅助垫"), ("utility_model", "一种防走失老人腕带")),
        ("医养结合模式下失能老人分级照护体系构建", "老年人跌倒预防综合干预方案推广"),
        (("老年照护实用技术", "renwei"), ("医养结合护理管理手册", "renwei")),
        ("养老机构失智老人非药物干预研究", "居家老人延续护理服务模式研究"),
        ("护理学", "老年服务与管理", "护理"), ("护理", "护理硕士", "医学博士"),
    ),
    Profession(
        "civil", "工程监理人员", ("工程师", "高级工程师", "助理工程师"),
        ("{c}市建设工程质量监督站", "{c}市交通工程监理有限公司", "{c}市公路事业发展中心"),
        "{c}市住房和城乡建设局", "{p}省土木建筑学会",
        ("建设工程监理规范实务", "★危大工程安全管理", "桥梁定期检查与技术状况评定", "装配式建筑施工质量控制",
         "公路工程试验检测"),
        ("土木工程学报",),
        ("中小跨径装配式梁桥铰缝病害成因与加固评价", "高填方路基工后沉降预测方法比较", "既有砌体结构抗震加固效果分析"),
        (("utility_model", "一种桥梁裂缝宽度检测辅助装置"), ("invention", "一种预制梁铰缝灌浆密实度检测方法"),
         ("utility_model", "一种建筑工地用可移动防护栏")),
        ("中小跨径桥梁病害快速检测与加固成套技术", "装配式建筑施工质量智能监管平台"),
        (("桥梁检测与评定实务", "jianzhu"), ("建设工程监理案例分析", "jianzhu")),
        ("农村公路桥梁技术状况评定方法研究", "超高层建筑施工监测技术研究"),
        ("土木工程", "道路桥梁与渡河工程", "工程管理"), ("土木工程", "工程硕士", "工学博士"),
    ),
)  # fmt: skip

# ---- journals (real CSCD 2025-2026 core rows; pku_core from journals-cn.csv; 主管 as printed) --------------
# key: (name, issn, cn, en name, 主管 before 2018, 主管 from 2018, 主办, first-volume year, issues a year)
JOURNALS: dict[str, tuple[str, str, str, str, str | None, str | None, str, int, int]] = {
    "中国药学杂志": ("中国药学杂志", "1001-2494", "11-2162/R", "Chinese Pharmaceutical Journal", "中国科学技术协会",
                     "中国科学技术协会", "中国药学会", 1965, 24),
    "中国中药杂志": ("中国中药杂志", "1001-5302", "11-2272/R", "China Journal of Chinese Materia Medica",
                     "中国科学技术协会", "中国科学技术协会", "中国药学会", 1975, 24),
    "水利学报": ("水利学报", "0559-9350", "11-1882/TV", "Journal of Hydraulic Engineering", "中国科学技术协会",
                 "中国科学技术协会", "中国水利学会  中国水利水电科学研究院", 1969, 12),
    "水利水电科技进展": ("水利水电科技进展", "1006-7647", "32-1439/TV",
                         "Advances in Science and Technology of Water Resources", "中华人民共和国教育部",
                         "中华人民共和国教育部", "河海大学", 1980, 6),
    "畜牧兽医学报": ("畜牧兽医学报", "0366-6964", "11-1985/S", "Acta Veterinaria et Zootechnica Sinica",
                     "中国科学技术协会", "中国科学技术协会", "中国畜牧兽医学会", 1969, 12),
    "林业科学": ("林业科学", "1001-7488", "11-1908/S", "Scientia Silvae Sinicae", "中国科学技术协会",
                 "中国科学技术协会", "中国林学会", 1964, 12),
    "中华放射学杂志": ("中华放射学杂志", "1005-1201", "11-2149/R", "Chinese Journal of Radiology",
                       "中国科学技术协会", "中国科学技术协会", "中华医学会", 1966, 12),
    "测绘学报": ("测绘学报", "1001-1595", "11-2089/P", "Acta Geodaetica et Cartographica Sinica",
                 "中国科学技术协会", "中国科学技术协会", "中国测绘地理信息学会", 1971, 12),
    "电网技术": ("电网技术", "1000-3673", "11-2410/TM", "Power System Technology", None, None,
                 "国家电网有限公司", 1976, 12),
    "中华眼科杂志": ("中华眼科杂志", "0412-4081", "11-2142/R", "Chinese Journal of Ophthalmology",
                     "中国科学技术协会", "中国科学技术协会", "中华医学会", 1964, 12),
    "作物学报": ("作物学报", "0496-3490", "11-1809/S", "Acta Agronomica Sinica", "中国科学技术协会",
                 "中国科学技术协会", "中国作物学会  中国农业科学院作物科学研究所", 1974, 12),
    "江苏农业学报": ("江苏农业学报", "1000-4440", "32-1213/S", "Jiangsu Journal of Agricultural Sciences",
                     "江苏省农业科学院", "江苏省农业科学院", "江苏省农业科学院", 1984, 6),
    "中国环境监测": ("中国环境监测", "1002-6002", "11-2861/X", "Environmental Monitoring in China",
                     "中华人民共和国环境保护部", "中华人民共和国生态环境部", "中国环境监测总站", 1984, 6),
    "气象": ("气象", "1000-0526", "11-2282/P", "Meteorological Monthly", "中国气象局", "中国气象局",
             "国家气象中心", 1974, 12),
    "应用气象学报": ("应用气象学报", "1001-7313", "11-2690/P", "Journal of Applied Meteorological Science",
                     "中国气象局", "中国气象局", "中国气象科学研究院", 1989, 6),
    "中华护理杂志": ("中华护理杂志", "0254-1769", "11-2234/R", "Chinese Journal of Nursing", "中国科学技术协会",
                     "中国科学技术协会", "中华护理学会", 1965, 12),
    "土木工程学报": ("土木工程学报", "1000-131X", "11-2120/TU", "China Civil Engineering Journal",
                     "中国科学技术协会", "中国科学技术协会", "中国土木工程学会", 1967, 12),
}  # fmt: skip
PKU_CORE = frozenset(JOURNALS)  # every journal drawn is in 北大核心（2023） by name in journals-cn.csv
PROVINCIAL_ZHUGUAN = ("江苏省农业科学院",)


def zhuguan(key: str, year: int) -> str | None:
    j = JOURNALS[key]
    return j[4] if year < 2018 else j[5]


def journal_levels(key: str, year: int, zhuguan_printed: bool) -> list[str]:
    """cscd (every row is CSCD core), pku_core by name, and national/provincial only from a printed 主管 line."""
    levels = ["cscd"]
    if key in PKU_CORE:
        levels.append("pku_core")
    zg = zhuguan(key, year)
    if zhuguan_printed and zg:
        levels.append("provincial" if zg in PROVINCIAL_ZHUGUAN else "national")
    return levels


# ---- publishers (ISBN prefix group-publisher as used on their books) -------------------------------------
PUBLISHERS: dict[str, tuple[str, str, str]] = {
    # key: (name, ISBN "978-7-PPPP", city)
    "yiyao": ("中国医药科技出版社", "978-7-5214", "北京"),
    "huanghe": ("黄河水利出版社", "978-7-5509", "郑州"),
    "shuili": ("中国水利水电出版社", "978-7-5170", "北京"),
    "nongye": ("中国农业出版社", "978-7-109", "北京"),
    "caijing": ("中国财政经济出版社", "978-7-5223", "北京"),
    "linye": ("中国林业出版社", "978-7-5219", "北京"),
    "renwei": ("人民卫生出版社", "978-7-117", "北京"),
    "gaojiao": ("高等教育出版社", "978-7-04", "北京"),
    "cehui": ("测绘出版社", "978-7-5030", "北京"),
    "dianli": ("中国电力出版社", "978-7-5198", "北京"),
    "wenwu": ("文物出版社", "978-7-5010", "北京"),
    "huanjing": ("中国环境出版集团", "978-7-5111", "北京"),
    "qixiang": ("气象出版社", "978-7-5029", "北京"),
    "jianzhu": ("中国建筑工业出版社", "978-7-112", "北京"),
    "henan_kj": ("河南科学技术出版社", "978-7-5725", "郑州"),
    "shandong_kj": ("山东科学技术出版社", "978-7-5723", "济南"),
}  # fmt: skip


# ---- check digits -----------------------------------------------------------------------------------
def zl_check(digits12: str) -> str:
    """Check digit of a 12-digit Chinese patent application number (weights 2..9,2..5, mod 11; 10 -> X)."""
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    r = sum(int(d) * k for d, k in zip(digits12, w, strict=True)) % 11
    return "X" if r == 10 else str(r)


def issn_digit(digits7: str) -> str:
    r = (11 - sum(int(d) * (8 - i) for i, d in enumerate(digits7)) % 11) % 11
    return "X" if r == 10 else str(r)


def isbn_digit(digits12: str) -> str:
    return str((10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits12)) % 10) % 10)


def isbn(rng: random.Random, prefix: str) -> str:
    """A hyphenated ISBN-13 under a publisher prefix, e.g. 978-7-5170-4821-6."""
    body_len = 12 - len(prefix.replace("-", ""))
    title = "".join(str(rng.randrange(10)) for _ in range(body_len))
    digits = prefix.replace("-", "") + title
    return f"{prefix}-{title}-{isbn_digit(digits)}"


def patent_number(rng: random.Random, year: int, kind: str) -> str:
    twelve = f"{year}{ {'invention': 1, 'utility_model': 2, 'design': 3}[kind] }{rng.randrange(10**7):07d}"
    return f"ZL{twelve}.{zl_check(twelve)}"


# ---- dates ------------------------------------------------------------------------------------------
CN_DIGIT = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGIT[tens]) + "十" + (CN_DIGIT[ones] if ones else "")


def cn_year(y: int) -> str:
    return "".join(CN_DIGIT[int(c)] for c in str(y))


def fmt_date(d: dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    return {
        "cn": f"{y}年{m}月{dd}日",
        "cn0": f"{y}年{m:02d}月{dd:02d}日",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "dot1": f"{y}.{m}.{dd}",
        "dash": f"{y}-{m}-{dd}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "slash": f"{y}/{m}/{dd}",
        "upper": f"{cn_year(y)}年{_cn_num(m)}月{_cn_num(dd)}日",
        "spaced": f"{y} 年 {m} 月 {dd} 日",
    }[style]


def fmt_month(y: int, m: int, style: str) -> str:
    return {"cn": f"{y}年{m}月", "dot": f"{y}.{m:02d}", "upper": f"{cn_year(y)}年{_cn_num(m)}月",
            "dash": f"{y}-{m:02d}"}[style]  # fmt: skip


def all_date_forms(iso: str, partial: bool = False) -> list[str]:
    """Every printed form of an ISO date (or YYYY-MM month) the draw uses; `partial` adds the forms a range's
    second date takes when it shares the first date's year (7月7日, 07.07) or month (7日)."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 2:
        y, m = parts
        return [fmt_month(y, m, s) for s in ("cn", "dot", "upper", "dash")] + [f"{y}年{m:02d}月"]
    d = dt.date(*parts)
    forms = [fmt_date(d, s) for s in ("cn", "cn0", "dot", "dot1", "dash", "iso", "slash", "upper", "spaced")]
    forms.append(f"{d.year}/{d.month:02d}/{d.day:02d}")
    if partial:
        forms += [f"{d.month}月{d.day}日", f"{d.month:02d}月{d.day:02d}日", f"{d.month:02d}.{d.day:02d}",
                  f"{d.month}.{d.day}", f"{d.month:02d}-{d.day:02d}", f"{d.day}日",
                  f"{_cn_num(d.month)}月{_cn_num(d.day)}日", f"{_cn_num(d.day)}日"]  # fmt: skip
    return [f.replace(" ", "") for f in forms]


def period_text(a: dt.date, b: dt.date, style: str) -> str:
    """A training period as printed: 2016年7月5日至7日, 2022.03.14-2022.03.16, 2021年9月10日—12日 ..."""
    if a == b:
        return fmt_date(
            a, {"range_cn": "cn", "range_dot": "dot", "range_full": "cn", "range_dash": "iso"}[style]
        )
    if style == "range_cn":
        if a.year == b.year and a.month == b.month:
            return f"{a.year}年{a.month}月{a.day}日至{b.day}日"
        return f"{a.year}年{a.month}月{a.day}日至{b.month}月{b.day}日"
    if style == "range_dot":
        return f"{fmt_date(a, 'dot')}-{fmt_date(b, 'dot')}"
    if style == "range_dash":
        return f"{fmt_date(a, 'iso')} 至 {fmt_date(b, 'iso')}"
    return f"{fmt_date(a, 'cn')}—{fmt_date(b, 'cn')}"


def rand_date(rng: random.Random, year: int, lo: int = 1, hi: int = 12) -> dt.date:
    m = rng.randint(lo, hi)
    return dt.date(year, m, rng.randint(1, 28))


def workday_after(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


# ---- the builder's context ----------------------------------------------------------------------------
@dataclass
class Ctx:
    """What a builder needs: its random stream, fonts, draw, document number `k` and the per-seed layout
    offset; `used` records the wording variants chosen (the document's templates)."""

    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int
    used: list[str] = field(default_factory=list)

    @property
    def sans(self) -> str:
        """A sans face for app and web chrome (an embeddable one in a text PDF)."""
        return "microhei" if self.pdf_text else self.rng.choice(("noto_sans", "microhei"))

    def layout(self, etype: str) -> str:
        """This document's layout family: consecutive documents of a type walk through all six."""
        fams = VARIANTS[f"t{DRAW}.layout.{etype}"]
        v = fams[(self.k + self.offset) % len(fams)]
        self.used.append(f"t{DRAW}.layout.{etype}:{v}")
        return v

    def pick(self, name: str) -> str:
        opts = VARIANTS[name]
        i = self.rng.randrange(len(opts))
        self.used.append(f"{name}:{i}")
        return opts[i]

    def choice(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def city(self) -> City:
        return self.rng.choice(CITIES)

    def year(self, city: City) -> int:
        return self.rng.choice(city.years)

    def profession(self, need: str | None = None) -> Profession:
        pool = [p for p in PROFESSIONS if not need or getattr(p, need)]
        return self.rng.choice(pool)


def unit(p: Profession, c: City, rng: random.Random) -> str:
    return rng.choice(p.units).format(c=c.short)


def bureau(p: Profession, c: City) -> str:
    """The municipal bureau of the trade, as it was named in the audit's years."""
    if "|" in p.bureau:
        return p.bureau.split("|")[0 if c.key == "kaifeng" else 1]
    return p.bureau.format(c=c.short, h=c.health)


def era(seq: Any, c: City) -> list[Any]:
    """Items of a pool that existed in the city's audit years (★ marks things from 2017 on)."""
    out = []
    for item in seq:
        parts = (item,) if isinstance(item, str) else tuple(item)
        marked = any(isinstance(x, str) and x.startswith("★") for x in parts)
        if marked and c.key == "kaifeng":
            continue
        clean = tuple(x.lstrip("★") if isinstance(x, str) else x for x in parts)
        out.append(clean[0] if isinstance(item, str) else clean)
    return out


def society(p: Profession, c: City) -> str:
    return p.society.format(c=c.short, p=c.prov_short)
