"""Wording pools of blind draw 61 (Dezhou 2017, Yiyang 2018), its context type and layout variants."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

VARIANTS: dict[str, list[str]] = {
    "t61.layout.training_certificate": ["band", "table", "letter", "twoline", "card"],
    "t61.layout.sign_in_sheet": ["grid", "twocol", "meeting", "daily", "roster"],
    "t61.layout.training_notice": ["redhead", "schedule", "invite", "receipt", "plain"],
    "t61.layout.journal_article": ["first", "firstfund", "toc", "covertoc", "enfirst"],
    "t61.layout.book": ["cover", "cip", "title", "copyright", "translation"],
    "t61.layout.patent_certificate": ["invention", "utility", "design", "utility2", "invention2"],
    "t61.layout.award_certificate": ["gov", "dept", "society", "team", "contest"],
    "t61.layout.project_completion": ["jieti", "yanshou", "table", "letter", "members"],
    "t61.layout.qualification_certificate": ["graduation", "master", "selfstudy", "computer", "courses"],
    "t61.layout.other": ["teach", "mentor", "expert", "visit", "rural"],
}
SHORT = {
    "training_certificate": "cert", "sign_in_sheet": "sign", "training_notice": "notice",
    "journal_article": "paper", "book": "book", "patent_certificate": "patent", "award_certificate": "award",
    "project_completion": "proj", "qualification_certificate": "qual", "other": "other",
}  # fmt: skip


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


SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = (
    "建国 丽娟 海涛 晓燕 志强 春梅 玉兰 国栋 秀英 立新 红霞 振华 桂芳 文斌 雪莲 永刚 金凤 德胜 淑珍 明远 "
    "宏伟 翠萍 学军 婷婷 小川 卫东 凤琴 庆林 晨阳 若曦 思远 佳怡 博文 一鸣 子涵 浩然 欣怡 俊杰 梦洁 家豪 "
    "光辉 美玲 长青 书华 兆丰 秋菊 润生 玉洁 维民 锦程"
).split()

CITIES = {
    "dezhou": {
        "policy": "dezhou-2017", "year": 2017, "prov": "山东省", "city": "德州市",
        "counties": ["乐陵市", "禹城市", "齐河县", "平原县", "夏津县", "武城县", "庆云县", "临邑县", "宁津县",
                     "德城区", "陵城区"],
        "hrss": "德州市人力资源和社会保障局", "gov": "德州市人民政府", "prov_gov": "山东省人民政府",
        "prov_hrss": "山东省人力资源和社会保障厅", "docno": "德人社字〔2017〕{n}号",
    },
    "yiyang": {
        "policy": "yiyang-2018", "year": 2018, "prov": "湖南省", "city": "益阳市",
        "counties": ["沅江市", "南县", "桃江县", "安化县", "赫山区", "资阳区"],
        "hrss": "益阳市人力资源和社会保障局", "gov": "益阳市人民政府", "prov_gov": "湖南省人民政府",
        "prov_hrss": "湖南省人力资源和社会保障厅", "docno": "益人社函〔2018〕{n}号",
    },
}  # fmt: skip

# profession -> (dezhou-ish bureau suffix, training topics, paper titles, patent titles, project titles)
PROFS: dict[str, dict[str, list[str] | str]] = {
    "solar": {"field": "太阳能热利用", "dept": "工业和信息化局",
              "topics": ["太阳能热水器集热器制造工艺", "真空管太阳能热水系统安装规范", "平板集热器质量检测技术"],
              "papers": ["真空管集热器热性能衰减的试验研究", "太阳能热水系统与空气源热泵耦合运行分析"],
              "patents": ["一种真空管太阳能热水器防冻排空装置", "一种平板集热器吸热板焊接夹具"],
              "projects": ["家用太阳能热水器水箱保温层优化研究", "太阳能集热器智能除垢技术开发"]},
    "hvac": {"field": "暖通空调", "dept": "住房和城乡建设局",
             "topics": ["中央空调系统节能运行与调试", "多联机空调工程施工质量控制", "冷水机组能效检测"],
             "papers": ["大型商场中央空调冷冻水系统变流量改造", "寒冷地区空气源热泵除霜控制策略"],
             "patents": ["一种中央空调风机盘管冷凝水防溢装置", "一种风管保温层快速包覆工具"],
             "projects": ["公共建筑中央空调系统能耗监测平台", "地源热泵空调系统运行优化研究"]},
    "cotton": {"field": "棉花纤维检验", "dept": "市场监督管理局",
               "topics": ["棉花公证检验仪器化操作", "纺织品质量监督抽查技术", "纤维含量定量分析方法"],
               "papers": ["HVI大容量纤维测试仪检测棉花马克隆值的比对研究", "机采棉异性纤维含量与成纱质量关系"],
               "patents": ["一种棉花取样器", "一种纱线条干检测用导纱架"],
               "projects": ["棉花质量追溯体系建设研究", "机采棉加工质量检验技术规范研究"]},
    "seed": {"field": "种子繁育", "dept": "农业农村局",
             "topics": ["小麦新品种选育与区域试验", "大豆良种繁育技术", "农作物种子质量检验"],
             "papers": ["黄淮海麦区小麦品种抗倒伏性鉴定", "夏大豆高产品种农艺性状相关分析"],
             "patents": ["一种小麦穗行播种器", "一种大豆种子分级筛选装置"],
             "projects": ["优质强筋小麦新品种选育", "高蛋白大豆品种繁育及推广"]},
    "bearing": {"field": "轴承与汽车零部件加工", "dept": "工业和信息化局",
                "topics": ["轴承套圈精密磨削工艺", "汽车零部件数控加工质量控制", "滚动轴承振动检测"],
                "papers": ["汽车轮毂轴承单元预紧力对疲劳寿命的影响", "制动鼓铸件加工变形控制方法"],
                "patents": ["一种轴承套圈沟道超精研装置", "一种汽车半轴花键加工定位夹具"],
                "projects": ["第三代轮毂轴承单元开发", "商用车制动鼓轻量化设计与制造"]},
    "water": {"field": "农村饮水安全", "dept": "水利局",
              "topics": ["农村饮水安全工程运行管理", "村镇供水水质检测", "小型水厂消毒工艺"],
              "papers": ["农村集中供水工程水质达标影响因素分析", "村镇水厂二氧化氯消毒副产物控制"],
              "patents": ["一种农村供水管网末端余氯自动检测装置", "一种小型净水设备反冲洗装置"],
              "projects": ["农村饮水安全巩固提升工程运行机制研究", "村镇供水水质在线监测系统"]},
    "grid": {"field": "电网调度", "dept": "发展和改革委员会",
             "topics": ["电网调度运行与事故处理", "配电网自动化技术", "新能源并网调度"],
             "papers": ["含分布式光伏的县域配电网调度策略", "地区电网负荷预测方法比较"],
             "patents": ["一种配电网故障定位装置", "一种变电站倒闸操作防误锁具"],
             "projects": ["县级电网调控一体化系统建设", "地区电网无功电压优化控制研究"]},
    "emerg": {"field": "急诊医学", "dept": "卫生健康委员会",
              "topics": ["急诊急救技能培训", "心肺复苏与创伤急救", "院前急救规范化处置"],
              "papers": ["急性心肌梗死患者院前急救时间与预后分析", "急诊胸痛中心建设对救治效率的影响"],
              "patents": ["一种急诊用可调式输液架", "一种院前急救颈托固定装置"],
              "projects": ["基层胸痛中心急救网络建设研究", "急诊分诊信息化系统的应用研究"]},
    "infect": {"field": "医院感染管理", "dept": "卫生健康委员会",
               "topics": ["医院感染预防与控制", "消毒供应中心规范化管理", "多重耐药菌感染防控"],
               "papers": ["县级医院重症监护室多重耐药菌感染监测分析", "手卫生依从性干预效果评价"],
               "patents": ["一种医用手卫生监测提醒装置", "一种消毒供应器械转运箱"],
               "projects": ["基层医院感染监测信息系统建设", "导管相关血流感染防控集束化措施研究"]},
    "dental": {"field": "口腔医学", "dept": "卫生健康委员会",
               "topics": ["口腔种植修复技术", "儿童龋病防治", "根管治疗规范化操作"],
               "papers": ["显微根管治疗下颌磨牙的临床疗效观察", "学龄儿童窝沟封闭防龋效果随访"],
               "patents": ["一种口腔科用可调节吸唾器", "一种牙科印模托盘"],
               "projects": ["农村学龄儿童口腔健康干预研究", "种植体周围炎综合治疗研究"]},
    "pharm": {"field": "药学", "dept": "市场监督管理局",
              "topics": ["医院药学服务与合理用药", "药品质量检验技术", "临床药师处方审核"],
              "papers": ["基层医院抗菌药物处方点评结果分析", "高效液相色谱法测定中药制剂中黄芩苷含量"],
              "patents": ["一种药房用分药盒", "一种口服液体药物定量分装器"],
              "projects": ["县域医共体合理用药监测研究", "中药饮片质量快速检测方法研究"]},
    "mecha": {"field": "机电一体化教学", "dept": "教育局",
              "topics": ["中职机电一体化专业教学能力提升", "PLC应用技术实训教学", "工业机器人实训"],
              "papers": ["中职机电专业理实一体化教学模式探索", "可编程控制器实训装置的设计与应用"],
              "patents": ["一种机电实训用可拆装传动演示台", "一种PLC教学实验箱"],
              "projects": ["中职机电技术应用课程体系改革", "工业机器人实训基地建设研究"]},
    "special": {"field": "特殊教育", "dept": "教育局",
                "topics": ["特殊教育教师专业能力培训", "融合教育与随班就读", "孤独症儿童康复训练"],
                "papers": ["县域随班就读支持保障体系建设研究", "培智学校生活语文课程校本化实施"],
                "patents": ["一种特殊教育用感统训练器", "一种听障学生用振动提示装置"],
                "projects": ["县域融合教育资源中心建设研究", "培智学校劳动技能课程开发"]},
    "library": {"field": "图书馆学", "dept": "文化和旅游局",
                "topics": ["公共图书馆数字资源建设", "古籍保护与修复", "全民阅读推广"],
                "papers": ["县级公共图书馆总分馆制建设实践", "基层图书馆古籍普查与保护"],
                "patents": ["一种图书馆用图书消毒柜", "一种书架层板高度调节装置"],
                "projects": ["县域公共图书馆总分馆服务体系研究", "地方文献数字化整理"]},
    "stats": {"field": "统计", "dept": "统计局",
              "topics": ["统计业务能力与数据质量", "经济普查数据处理", "统计执法与依法统计"],
              "papers": ["县域经济统计数据质量评估方法", "农村住户调查抽样误差分析"],
              "patents": ["一种统计调查用手持数据采集终端支架", "一种调查问卷分类存放柜"],
              "projects": ["县域经济高质量发展统计监测研究", "统计数据质量控制体系研究"]},
    "civil": {"field": "土木工程监理", "dept": "住房和城乡建设局",
              "topics": ["建设工程监理规范与实务", "深基坑工程安全监理", "装配式建筑质量监理"],
              "papers": ["装配式混凝土结构套筒灌浆质量检测方法", "软土地区深基坑支护变形监测分析"],
              "patents": ["一种建筑工程用钢筋保护层厚度检测尺", "一种混凝土试块养护架"],
              "projects": ["装配式建筑施工质量监理要点研究", "住宅工程质量通病防治研究"]},
    "highway": {"field": "公路养护", "dept": "交通运输局",
                "topics": ["公路养护技术规范", "沥青路面预防性养护", "桥梁检测与加固"],
                "papers": ["沥青路面就地热再生技术在干线公路的应用", "农村公路桥梁病害调查与加固对策"],
                "patents": ["一种公路裂缝灌缝机", "一种路面坑槽快速修补装置"],
                "projects": ["干线公路沥青路面预防性养护技术研究", "农村公路养护管理机制研究"]},
    "ricefish": {"field": "稻渔综合种养", "dept": "农业农村局",
                 "topics": ["稻渔综合种养技术", "稻田养殖小龙虾技术", "水产健康养殖"],
                 "papers": ["稻虾共作模式下水体氮磷变化研究", "洞庭湖区稻田养鱼效益分析"],
                 "patents": ["一种稻田养虾用防逃围网", "一种稻田投饵装置"],
                 "projects": ["稻虾综合种养技术示范推广", "洞庭湖区稻鱼共生模式研究"]},
    "bamboo": {"field": "竹笋加工", "dept": "林业局",
               "topics": ["竹笋保鲜与加工技术", "竹林丰产培育", "林产品质量安全"],
               "papers": ["毛竹春笋软包装加工工艺优化", "竹笋干制过程中营养成分变化"],
               "patents": ["一种竹笋剥壳机", "一种竹笋蒸煮杀青装置"],
               "projects": ["毛竹笋用林高效培育技术推广", "竹笋精深加工关键技术研究"]},
    "camellia": {"field": "油茶", "dept": "林业局",
                 "topics": ["油茶高产栽培技术", "茶油加工与质量控制", "油茶低产林改造"],
                 "papers": ["油茶籽压榨工艺对茶油品质的影响", "安化县油茶低产林改造效果调查"],
                 "patents": ["一种油茶果脱壳机", "一种茶油压榨滤油装置"],
                 "projects": ["油茶良种高效栽培示范", "冷榨茶油加工工艺研究"]},
    "vet": {"field": "兽医防疫", "dept": "农业农村局",
            "topics": ["动物疫病防控技术", "非洲猪瘟防控", "兽医实验室检测"],
            "papers": ["规模猪场猪瘟抗体水平监测分析", "基层动物防疫体系运行现状调查"],
            "patents": ["一种兽用连续注射器", "一种畜禽采血保定架"],
            "projects": ["重大动物疫病区域化防控研究", "规模养殖场生物安全防控技术推广"]},
}  # fmt: skip

# journal rows copied from /tmp/shared/data/journals-cscd.csv (all "core"); levels add journals-cn.csv lists
JOURNALS: dict[str, tuple[str, str, str, list[str]]] = {
    "solar": ("制冷学报", "0253-4339", "11-2182/TB", ["cscd", "pku_core"]),
    "hvac": ("制冷学报", "0253-4339", "11-2182/TB", ["cscd", "pku_core"]),
    "cotton": ("棉花学报", "1002-7807", "41-1163/S", ["cscd", "pku_core"]),
    "seed": ("麦类作物学报", "1009-1041", "61-1359/S", ["cscd", "pku_core"]),
    "bearing": ("汽车工程", "1000-680X", "11-2221/U", ["cscd", "pku_core"]),
    "water": ("中国给水排水", "1000-4602", "12-1073/TU", ["cscd", "pku_core"]),
    "grid": ("电网技术", "1000-3673", "11-2410/TM", ["cscd", "pku_core"]),
    "emerg": ("中华急诊医学杂志", "1671-0282", "11-4656/R", ["cscd", "pku_core"]),
    "infect": ("中国感染控制杂志", "1671-9638", "43-1390/R", ["cscd", "pku_core"]),
    "dental": ("华西口腔医学杂志", "1000-1182", "51-1169/R", ["cscd", "pku_core"]),
    "pharm": ("中国药学杂志", "1001-2494", "11-2162/R", ["cscd", "pku_core"]),
    "mecha": ("汽车工程", "1000-680X", "11-2221/U", ["cscd", "pku_core"]),
    "special": ("中国卫生统计", "1002-3674", "21-1153/R", ["cscd", "pku_core"]),
    "library": ("中国卫生统计", "1002-3674", "21-1153/R", ["cscd", "pku_core"]),
    "stats": ("中国卫生统计", "1002-3674", "21-1153/R", ["cscd", "pku_core"]),
    "civil": ("土木工程学报", "1000-131X", "11-2120/TU", ["cscd", "pku_core"]),
    "highway": ("公路交通科技", "1002-0268", "11-2279/U", ["cscd", "pku_core"]),
    "ricefish": ("水产学报", "1000-0615", "31-1283/S", ["cscd", "pku_core"]),
    "bamboo": ("林产化学与工业", "0253-2417", "32-1149/S", ["cscd", "pku_core"]),
    "camellia": ("中国油料作物学报", "1007-9084", "42-1429/S", ["cscd", "pku_core"]),
    "vet": ("畜牧兽医学报", "0366-6964", "11-1985/S", ["cscd", "pku_core"]),
}
PUBLISHERS = ["中国农业出版社", "化学工业出版社", "中国建筑工业出版社", "人民卫生出版社", "机械工业出版社",
              "中国水利水电出版社", "湖南科学技术出版社", "山东科学技术出版社", "中国林业出版社",
              "人民交通出版社", "中国统计出版社", "国家图书馆出版社"]  # fmt: skip
PUB_PREFIX = {"中国农业出版社": "978-7-109", "化学工业出版社": "978-7-122", "中国建筑工业出版社": "978-7-112",
              "人民卫生出版社": "978-7-117", "机械工业出版社": "978-7-111", "中国水利水电出版社": "978-7-5170",
              "湖南科学技术出版社": "978-7-5710", "山东科学技术出版社": "978-7-5331",
              "中国林业出版社": "978-7-5219", "人民交通出版社": "978-7-114", "中国统计出版社": "978-7-5037",
              "国家图书馆出版社": "978-7-5013"}  # fmt: skip
CERT_TITLES = ["培训合格证书", "结业证书", "学时证明", "继续教育证书", "学习证明"]
HOUR_WORDS = ["学时", "课时", "小时"]
GRADES = ["一等奖", "二等奖", "三等奖"]


def issn_digit(seven: str) -> str:
    s = sum(int(c) * w for c, w in zip(seven, range(8, 1, -1), strict=True))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def isbn_digit(twelve: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(twelve))
    return str((10 - s % 10) % 10)


def zl_check(twelve: str) -> str:
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    r = sum(int(c) * x for c, x in zip(twelve, w, strict=True)) % 11
    return "X" if r == 10 else str(r)
