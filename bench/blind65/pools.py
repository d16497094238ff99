"""Blind draw 65's pools: the two cities, the professions, the journals and the layout variants per type."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

VARIANTS: dict[str, tuple[str, ...]] = {
    "t65.layout.training_certificate": ("band", "table", "letter", "twoline", "ecert"),
    "t65.layout.sign_in_sheet": ("grid", "twocol", "meeting", "daily", "roster"),
    "t65.layout.training_notice": ("redhead", "schedule", "invite", "receipt", "forward"),
    "t65.layout.journal_article": ("firstpage", "entitle", "toc", "cover", "column"),
    "t65.layout.book": ("cover", "cip", "title", "copyright", "translation"),
    "t65.layout.patent_certificate": ("invention", "utility", "design", "gazette", "spaced"),
    "t65.layout.award_certificate": ("gov", "dept", "society", "team", "contest"),
    "t65.layout.project_completion": ("jieti", "yanshou", "table", "letter", "members"),
    "t65.layout.qualification_certificate": ("graduation", "master", "selfstudy", "computer", "pgcourses"),
    "t65.layout.other": ("teaching", "mentoring", "review", "visiting", "rural"),
}
SHORT = {
    "training_certificate": "tc", "sign_in_sheet": "sis", "training_notice": "tn", "journal_article": "ja",
    "book": "book", "patent_certificate": "pat", "award_certificate": "aw", "project_completion": "pc",
    "qualification_certificate": "q", "other": "ot",
}  # fmt: skip

CITIES: dict[str, dict[str, Any]] = {
    "taian": {
        "policy": "taian-2022", "year": 2022, "prov": "山东省", "city": "泰安市", "p": "鲁", "c": "泰",
        "counties": ("新泰市", "肥城市", "宁阳县", "东平县", "泰山区", "岱岳区", "泰安高新区"),
        "health": "卫生健康委员会", "agri": "农业农村局", "tour": "文化和旅游局", "drug": "市场监督管理局",
        "edu": "教育局", "sci": "科学技术局", "road": "交通运输局",
        "grid": "国网泰安供电公司", "hospital": "泰安市中心医院", "college": "泰山职业技术学院",
        "unis": ("山东农业大学", "泰山学院", "山东第一医科大学"),
        "platform": "泰安市专业技术人员继续教育平台",
        "public": ("黄河流域生态保护和高质量发展", "专业技术人员职业道德和能力建设", "知识产权保护与运用",
                   "信息化及网络安全"),
        "cnpub": ("山东科学技术出版社", "山东大学出版社"),
    },
    "yiyang": {
        "policy": "yiyang-2018", "year": 2018, "prov": "湖南省", "city": "益阳市", "p": "湘", "c": "益",
        "counties": ("沅江市", "南县", "桃江县", "安化县", "赫山区", "资阳区", "大通湖区"),
        "health": "卫生和计划生育委员会", "agri": "农业委员会", "tour": "旅游外事侨务局",
        "drug": "食品药品监督管理局", "edu": "教育局", "sci": "科学技术局", "road": "交通运输局",
        "grid": "国网益阳供电公司", "hospital": "益阳市中心医院", "college": "益阳职业技术学院",
        "unis": ("湖南城市学院", "湖南农业大学", "湖南师范大学"),
        "platform": "湖南省专业技术人员继续教育网络平台",
        "public": ("加快开放强省建设", "开放型经济与创新发展", "专业技术人员诚信建设"),
        "cnpub": ("湖南科学技术出版社", "湖南师范大学出版社"),
    },
}  # fmt: skip

# Journals: real CSCD core rows; levels as the catalogues give them (check.py re-derives them).
JOURNALS: dict[str, dict[str, Any]] = {
    "中国中药杂志": {"issn": "1001-5302", "cn": "11-2272/R", "pku": True, "zg": "中国科学技术协会", "zb": "中国药学会", "en": "China Journal of Chinese Materia Medica"},
    "中草药": {"issn": "0253-2670", "cn": "12-1108/R", "pku": True, "zg": "中国科学技术协会", "zb": "中国药学会　天津药物研究院", "en": "Chinese Traditional and Herbal Drugs"},
    "中国药学杂志": {"issn": "1001-2494", "cn": "11-2162/R", "pku": True, "zg": "中国科学技术协会", "zb": "中国药学会", "en": "Chinese Pharmaceutical Journal"},
    "中华内分泌代谢杂志": {"issn": "1000-6699", "cn": "31-1282/R", "pku": True, "zg": "中国科学技术协会", "zb": "中华医学会", "en": "Chinese Journal of Endocrinology and Metabolism"},
    "中华神经科杂志": {"issn": "1006-7876", "cn": "11-3694/R", "pku": True, "zg": "中国科学技术协会", "zb": "中华医学会", "en": "Chinese Journal of Neurology"},
    "中华护理杂志": {"issn": "0254-1769", "cn": "11-2234/R", "pku": True, "zg": "中国科学技术协会", "zb": "中华护理学会", "en": "Chinese Journal of Nursing"},
    "中国当代儿科杂志": {"issn": "1008-8830", "cn": "43-1301/R", "pku": True, "zg": "中华人民共和国教育部", "zb": "中南大学", "en": "Chinese Journal of Contemporary Pediatrics"},
    "中华超声影像学杂志": {"issn": "1004-4477", "cn": "13-1148/R", "pku": True, "zg": "中国科学技术协会", "zb": "中华医学会", "en": "Chinese Journal of Ultrasonography"},
    "高电压技术": {"issn": "1003-6520", "cn": "42-1239/TM", "pku": True, "zg": "国家电网有限公司", "zb": "国网电力科学研究院有限公司　中国电机工程学会", "en": "High Voltage Engineering"},
    "电工技术学报": {"issn": "1000-6753", "cn": "11-2188/TM", "pku": True, "zg": "中国科学技术协会", "zb": "中国电工技术学会", "en": "Transactions of China Electrotechnical Society"},
    "中国有色金属学报": {"issn": "1004-0609", "cn": "43-1238/TG", "pku": True, "zg": "中国科学技术协会", "zb": "中国有色金属学会", "en": "The Chinese Journal of Nonferrous Metals"},
    "茶叶科学": {"issn": "1000-369X", "cn": "33-1115/S", "pku": True, "zg": "中国科学技术协会", "zb": "中国茶叶学会　中国农业科学院茶叶研究所", "en": "Journal of Tea Science"},
    "果树学报": {"issn": "1009-9980", "cn": "41-1308/S", "pku": False, "zg": "中国农业科学院", "zb": "中国农业科学院郑州果树研究所", "en": "Journal of Fruit Science"},
    "中国水稻科学": {"issn": "1001-7216", "cn": "33-1146/S", "pku": True, "zg": "中华人民共和国农业农村部", "zb": "中国水稻研究所", "en": "Chinese Journal of Rice Science"},
    "水产学报": {"issn": "1000-0615", "cn": "31-1283/S", "pku": True, "zg": "中国科学技术协会", "zb": "中国水产学会", "en": "Journal of Fisheries of China"},
    "土壤学报": {"issn": "0564-3929", "cn": "32-1119/P", "pku": True, "zg": "中国科学技术协会", "zb": "中国土壤学会", "en": "Acta Pedologica Sinica"},
    "测绘通报": {"issn": "0494-0911", "cn": "11-2246/P", "pku": False, "zg": "中华人民共和国自然资源部", "zb": "测绘出版社", "en": "Bulletin of Surveying and Mapping"},
    "汽车工程": {"issn": "1000-680X", "cn": "11-2221/U", "pku": True, "zg": "中国科学技术协会", "zb": "中国汽车工程学会", "en": "Automotive Engineering"},
    "公路交通科技": {"issn": "1002-0268", "cn": "11-2279/U", "pku": True, "zg": "中华人民共和国交通运输部", "zb": "交通运输部公路科学研究院", "en": "Journal of Highway and Transportation Research and Development"},
    "林业科学": {"issn": "1001-7488", "cn": "11-1908/S", "pku": True, "zg": "中国科学技术协会", "zb": "中国林学会", "en": "Scientia Silvae Sinicae"},
    "中国安全科学学报": {"issn": "1003-3033", "cn": "11-2865/X", "pku": True, "zg": "中国科学技术协会", "zb": "中国职业安全健康协会", "en": "China Safety Science Journal"},
}  # fmt: skip

# Professions: `orgs` are organisers ({city}, {county}, {health}… filled per city), `only` limits a city.
PROFESSIONS: list[dict[str, Any]] = [
    {"key": "mountain", "field": "山岳旅游安全", "orgs": ("{city}{tour}", "{city}旅游协会", "{county}应急管理局"),
     "topics": ("山岳型景区游客安全管理与应急救援", "景区索道及登山步道安全运营", "山地户外运动风险防控"),
     "papers": ("山岳型景区节假日游客拥堵风险评估方法研究", "基于视频客流感知的山地景区登山步道安全预警"),
     "journals": ("中国安全科学学报",), "patents": ("一种山岳景区登山步道防滑警示装置", "一种景区应急救援担架固定架"),
     "books": ("山岳型景区安全管理实务", "景区应急救援工作手册"), "projects": ("山岳型景区客流预警与应急疏散关键技术研究",),
     "units": ("{city}{tour}", "{county}景区管理服务中心")},
    {"key": "stone", "field": "石刻技艺", "orgs": ("{city}文化馆", "{city}工艺美术协会", "{college}"), "only": "taian",
     "topics": ("泰山石刻传统技艺传承与创新", "石雕作品设计与雕刻工艺"), "papers": (), "journals": (),
     "patents": ("一种石材浮雕雕刻用定位夹具",), "books": ("泰山石刻艺术研究",),
     "projects": ("泰山石刻文化资源数字化保护研究",), "units": ("{city}文化馆", "{county}文化和旅游局")},
    {"key": "tea", "field": "泰山茶", "orgs": ("{city}{agri}", "{city}茶叶协会", "{county}农业技术推广中心"), "only": "taian",
     "topics": ("泰山绿茶标准化栽培与加工", "北方茶园越冬管理与绿色防控"), "papers": ("北方茶区不同覆盖方式对茶树越冬冻害的影响", "泰山绿茶炒制工艺对品质成分的影响"),
     "journals": ("茶叶科学",), "patents": ("一种茶叶杀青用滚筒温控装置",), "books": ("泰山茶栽培与加工技术",),
     "projects": ("泰山茶区茶树抗寒栽培技术集成与示范",), "units": ("{county}农业技术推广中心", "{city}农业科学研究院")},
    {"key": "peach", "field": "肥城桃", "orgs": ("{city}{agri}", "肥城市农业农村局", "肥城市果树技术推广站"), "only": "taian",
     "topics": ("肥城桃标准化栽培与病虫害绿色防控", "佛桃高接换优与花果管理"), "papers": ("不同套袋处理对肥城桃果实品质的影响", "肥城桃主要病害发生规律及防控研究"),
     "journals": ("果树学报",), "patents": ("一种桃园用可调节疏果剪",), "books": ("肥城桃优质高效栽培技术",),
     "projects": ("肥城桃种质资源保护与品质提升研究",), "units": ("肥城市果树技术推广站", "肥城市农业农村局")},
    {"key": "anhua", "field": "黑茶加工", "orgs": ("{city}{agri}", "安化县茶业协会", "{city}茶叶学会"), "only": "yiyang",
     "topics": ("安化黑茶加工技术与品质提升", "茯砖茶发花工艺与质量控制"), "papers": ("渥堆时间对安化黑茶主要品质成分的影响", "茯砖茶发花过程中冠突散囊菌的变化规律"),
     "journals": ("茶叶科学",), "patents": ("一种黑茶渥堆发酵用翻堆装置", "一种茯砖茶压制成型模具"), "books": ("安化黑茶加工工艺",),
     "projects": ("安化黑茶标准化加工关键技术研究与示范",), "units": ("安化县茶业局", "安化县农业技术推广中心")},
    {"key": "rice", "field": "水稻制种", "orgs": ("{city}{agri}", "{city}农业科学研究所", "{county}种子管理站"), "only": "yiyang",
     "topics": ("杂交水稻制种关键技术", "水稻种子质量检验与纯度鉴定"), "papers": ("花期调控措施对杂交水稻制种产量的影响", "洞庭湖区双季稻种子活力变化研究"),
     "journals": ("中国水稻科学",), "patents": ("一种杂交水稻制种用赶粉装置",), "books": ("杂交水稻制种技术",),
     "projects": ("杂交水稻机械化制种技术研究",), "units": ("{county}种子管理站", "{city}农业科学研究所")},
    {"key": "fish", "field": "鱼病防治", "orgs": ("{city}畜牧水产局", "{city}水产学会", "大通湖区农业农村局"), "only": "yiyang",
     "topics": ("水产养殖病害防治与规范用药", "池塘养殖尾水治理技术"), "papers": ("草鱼出血病灭活疫苗免疫效果评价", "洞庭湖区养殖黄颡鱼主要细菌性病原分析"),
     "journals": ("水产学报",), "patents": ("一种池塘养殖用鱼病药物投放装置",), "books": ("常见淡水鱼病诊断与防治",),
     "projects": ("大通湖区水产养殖病害监测与绿色防控研究",), "units": ("大通湖区水产技术推广站", "{city}畜牧水产局")},
    {"key": "bamboo", "field": "竹制品", "orgs": ("{city}林业局", "桃江县林业局", "{city}竹产业协会"), "only": "yiyang",
     "topics": ("竹材加工与竹制品设计", "竹林丰产培育技术"), "papers": ("热处理对毛竹竹材物理力学性能的影响",),
     "journals": ("林业科学",), "patents": ("一种竹片自动定厚刨削装置", "竹编收纳盒（六角）"), "books": ("竹材加工与利用技术",),
     "projects": ("桃江楠竹高值化利用技术研究",), "units": ("桃江县林业局", "{city}林业科学研究所")},
    {"key": "tcm", "field": "中药学", "orgs": ("{city}{health}", "{city}中医药学会", "{city}中医医院"),
     "topics": ("中药饮片炮制规范与质量控制", "中药调剂与合理用药"), "papers": ("酒炙对黄精中多糖及皂苷类成分含量的影响", "基于指纹图谱的玉竹饮片质量评价研究"),
     "journals": ("中国中药杂志", "中草药"), "patents": ("一种中药饮片炒制用温控滚筒装置", "一种中药煎药机防溢装置"),
     "books": ("中药饮片炮制技术", "临床中药调剂学"), "projects": ("道地药材玉竹规范化种植与炮制研究",), "units": ("{city}中医医院", "{county}人民医院")},
    {"key": "gmp", "field": "药品生产质量管理", "orgs": ("{city}{drug}", "{city}医药行业协会"),
     "topics": ("药品生产质量管理规范（GMP）实施要点", "无菌药品生产验证与数据可靠性"), "papers": ("无菌制剂生产过程环境监测数据趋势分析", "口服固体制剂清洁验证残留限度的确定方法"),
     "journals": ("中国药学杂志",), "patents": ("一种洁净区传递窗紫外消毒装置",), "books": ("药品GMP实施指南",),
     "projects": ("中药制剂生产过程质量控制关键技术研究",), "units": ("{city}{drug}", "{county}药品检验所")},
    {"key": "endo", "field": "内分泌", "orgs": ("{city}{health}", "{city}医学会", "{hospital}"),
     "topics": ("糖尿病规范化诊疗与胰岛素泵应用", "甲状腺疾病诊治新进展"), "papers": ("2型糖尿病患者血清尿酸水平与颈动脉斑块的相关性分析", "持续葡萄糖监测在妊娠期糖尿病管理中的应用"),
     "journals": ("中华内分泌代谢杂志",), "patents": ("一种胰岛素注射笔针头回收装置",), "books": ("基层糖尿病防治手册",),
     "projects": ("社区2型糖尿病患者分级管理模式研究",), "units": ("{hospital}", "{county}人民医院")},
    {"key": "neuro", "field": "神经内科护理", "orgs": ("{city}护理学会", "{hospital}", "{city}{health}"),
     "topics": ("脑卒中患者早期康复护理", "神经重症护理与吞咽障碍管理"), "papers": ("早期渐进式吞咽训练在急性脑梗死吞咽障碍患者中的应用", "脑卒中后抑郁患者护理干预效果研究"),
     "journals": ("中华护理杂志", "中华神经科杂志"), "patents": ("一种神经内科患者防坠床护理床栏",), "books": ("神经内科护理常规",),
     "projects": ("脑卒中患者延续护理模式的构建与应用",), "units": ("{hospital}", "{county}中医医院")},
    {"key": "neonate", "field": "新生儿护理", "orgs": ("{city}妇幼保健院", "{city}医学会", "{city}{health}"),
     "topics": ("新生儿复苏技术规范化培训", "早产儿营养支持与发育支持护理"), "papers": ("早产儿经鼻高流量湿化氧疗撤离时机的临床研究", "新生儿黄疸经皮胆红素监测的准确性评价"),
     "journals": ("中国当代儿科杂志",), "patents": ("一种新生儿蓝光治疗护眼罩",), "books": ("新生儿护理技术操作规范",),
     "projects": ("早产儿家庭参与式护理模式研究",), "units": ("{city}妇幼保健院", "{county}妇幼保健计划生育服务中心")},
    {"key": "us", "field": "超声医学", "orgs": ("{city}医学会超声医学分会", "{hospital}", "{city}{health}"),
     "topics": ("甲状腺结节超声TI-RADS分类规范", "浅表器官及血管超声诊断技术"), "papers": ("超声造影联合弹性成像对甲状腺微小结节的诊断价值", "床旁肺部超声在新生儿呼吸窘迫综合征中的应用"),
     "journals": ("中华超声影像学杂志",), "patents": ("一种超声探头消毒保护套",), "books": ("浅表器官超声诊断图谱",),
     "projects": ("超声引导下甲状腺结节微波消融疗效评价",), "units": ("{hospital}", "{county}人民医院")},
    {"key": "line", "field": "输电线路运维", "orgs": ("{grid}", "{city}电力行业协会", "{city}电机工程学会"),
     "topics": ("输电线路无人机巡检与缺陷识别", "架空输电线路防雷与防鸟害技术"), "papers": ("基于改进YOLOv5的输电线路绝缘子缺陷检测方法", "山区架空输电线路雷击跳闸风险评估"),
     "journals": ("高电压技术",), "patents": ("一种架空输电线路驱鸟装置", "一种输电线路绝缘子清扫机器人"), "books": ("输电线路运维检修实训教程",),
     "projects": ("山区输电线路智能巡检关键技术研究",), "units": ("{grid}", "{county}供电公司")},
    {"key": "cable", "field": "电线电缆", "orgs": ("{city}质量技术监督局", "{city}电线电缆行业协会"),
     "topics": ("中低压电力电缆生产工艺与质量检测", "电缆附件安装与故障测寻"), "papers": ("交联聚乙烯电缆绝缘老化状态的介电谱评估",),
     "journals": ("电工技术学报",), "patents": ("一种电缆护套挤出冷却水槽", "一种电缆绞线机放线张力控制装置"), "books": ("电线电缆制造工艺",),
     "projects": ("高压交联电缆绝缘在线监测技术研究",), "units": ("{county}电缆有限公司", "{city}产品质量检验所")},
    {"key": "lithium", "field": "有色金属选冶", "orgs": ("{city}自然资源和规划局", "{city}有色金属学会"),
     "topics": ("锂云母选矿工艺与尾矿综合利用", "矿山安全生产与尾矿库管理"), "papers": ("锂云母硫酸盐焙烧-水浸提锂工艺优化", "低品位锂辉石浮选药剂制度研究"),
     "journals": ("中国有色金属学报",), "patents": ("一种锂云母焙烧熟料破碎筛分装置",), "books": ("锂资源选冶技术",),
     "projects": ("低品位含锂矿石综合回收技术研究",), "units": ("{county}矿业有限公司", "{city}地质矿产勘查院")},
    {"key": "soil", "field": "土壤检测", "orgs": ("{city}{agri}", "{city}土壤肥料工作站", "{city}农业科学研究院"),
     "topics": ("耕地质量等级评价与土壤检测技术", "测土配方施肥与土壤改良"), "papers": ("湖区稻田土壤重金属空间分布特征及来源解析", "长期秸秆还田对褐土有机碳组分的影响"),
     "journals": ("土壤学报",), "patents": ("一种土壤样品研磨过筛一体装置",), "books": ("土壤检测实用技术",),
     "projects": ("耕地土壤酸化成因与治理技术研究",), "units": ("{city}土壤肥料工作站", "{county}农业技术推广中心")},
    {"key": "drone", "field": "无人机测绘", "orgs": ("{city}自然资源和规划局", "{city}测绘学会", "{city}测绘院"),
     "topics": ("无人机倾斜摄影测量与实景三维建模", "不动产测绘与无人机航测技术"), "papers": ("无人机倾斜摄影在农村房地一体确权测量中的精度分析",),
     "journals": ("测绘通报",), "patents": ("一种测绘无人机像控点标靶",), "books": ("无人机航测技术与应用",),
     "projects": ("基于无人机影像的农村宅基地快速确权方法研究",), "units": ("{city}测绘院", "{county}自然资源局")},
    {"key": "auto", "field": "汽车维修", "orgs": ("{college}", "{city}{edu}", "{city}机动车维修行业协会"),
     "topics": ("新能源汽车动力电池检测与维修", "汽车电控系统故障诊断"), "papers": ("纯电动汽车动力电池热失控预警方法研究",),
     "journals": ("汽车工程",), "patents": ("一种汽车维修用举升机安全锁止装置", "一种动力电池拆装转运车"), "books": ("新能源汽车维修技术",),
     "projects": ("职业院校新能源汽车专业实训教学改革研究",), "units": ("{college}", "{county}职业中等专业学校")},
    {"key": "road", "field": "农村公路建设", "orgs": ("{city}{road}", "{county}交通运输局", "{city}公路学会"),
     "topics": ("农村公路建设质量管理与养护技术", "“四好农村路”建设与安全生命防护工程"), "papers": ("农村公路水泥稳定碎石基层抗裂性能试验研究",),
     "journals": ("公路交通科技",), "patents": ("一种农村公路路肩培土压实装置",), "books": ("农村公路养护技术手册",),
     "projects": ("农村公路沥青路面预防性养护技术研究",), "units": ("{county}交通运输局", "{city}公路事业发展中心")},
    {"key": "chinese", "field": "小学语文", "orgs": ("{city}{edu}", "{city}教育科学研究院", "{county}教育和体育局"),
     "topics": ("小学语文统编教材教学研讨", "小学语文整本书阅读教学"), "papers": (), "journals": (),
     "patents": (), "books": ("小学语文群文阅读教学设计",), "projects": ("小学语文整本书阅读教学策略研究",),
     "units": ("{county}实验小学", "{city}第一实验小学")},
    {"key": "special", "field": "特殊教育", "orgs": ("{city}{edu}", "{city}特殊教育学校", "{city}残疾人联合会"),
     "topics": ("特殊教育融合教育与个别化教育计划", "孤独症儿童康复训练"), "papers": (), "journals": (),
     "patents": ("一种特殊儿童感统训练平衡板",), "books": ("融合教育课堂实践指导",), "projects": ("随班就读学生支持体系构建研究",),
     "units": ("{city}特殊教育学校", "{county}特殊教育学校")},
    {"key": "library", "field": "图书馆数字化", "orgs": ("{city}图书馆", "{city}文化和旅游局", "{city}图书馆学会"),
     "topics": ("古籍数字化与地方文献保护", "公共图书馆智慧服务建设"), "papers": (), "journals": (),
     "patents": (), "books": ("地方文献数字化实践",), "projects": ("地方文献特色数据库建设研究",),
     "units": ("{city}图书馆", "{county}图书馆")},
]  # fmt: skip

PUBLISHERS: dict[str, tuple[str, str]] = {
    # publisher -> (ISBN publisher prefix after 978-7-, place)
    "人民卫生出版社": ("117", "北京"), "中国农业出版社": ("109", "北京"), "化学工业出版社": ("122", "北京"),
    "中国电力出版社": ("5198", "北京"), "中国医药科技出版社": ("5214", "北京"), "人民交通出版社": ("114", "北京"),
    "山东科学技术出版社": ("5723", "济南"), "山东大学出版社": ("5607", "济南"),
    "湖南科学技术出版社": ("5710", "长沙"), "湖南师范大学出版社": ("5648", "长沙"), "中国林业出版社": ("5219", "北京"),
    "测绘出版社": ("5030", "北京"), "机械工业出版社": ("111", "北京"), "教育科学出版社": ("5191", "北京"),
}  # fmt: skip
FIELD_PUB = {
    "tcm": "中国医药科技出版社", "gmp": "化学工业出版社", "endo": "人民卫生出版社", "neuro": "人民卫生出版社",
    "neonate": "人民卫生出版社", "us": "人民卫生出版社", "line": "中国电力出版社", "cable": "机械工业出版社",
    "road": "人民交通出版社", "bamboo": "中国林业出版社", "drone": "测绘出版社", "auto": "机械工业出版社",
    "chinese": "教育科学出版社", "special": "教育科学出版社", "rice": "中国农业出版社", "fish": "中国农业出版社",
    "soil": "中国农业出版社", "peach": "中国农业出版社",
}  # fmt: skip

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范石廖贾夏韦付方白邹孟熊秦邱侯江尹"
GIVEN = "建国志强海燕晓明丽娜秀英玉兰春梅红霞永刚立新文静慧敏家豪子涵思远雨欣浩然俊杰婷婷佳怡德华国庆桂芳金凤宏伟振华少军丽萍淑珍红梅振宇鹏飞晨曦梦瑶明轩一鸣嘉琪凯文亚楠天宇"


def zl_check(digits12: str) -> str:
    """The check character of a 12-digit Chinese patent application number."""
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    r = sum(int(d) * w for d, w in zip(digits12, weights, strict=True)) % 11
    return "X" if r == 10 else str(r)


def issn_digit(seven: str) -> str:
    r = (11 - sum(int(d) * w for d, w in zip(seven, range(8, 1, -1), strict=True)) % 11) % 11
    return "X" if r == 10 else str(r)


def isbn_digit(twelve: str) -> str:
    return str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(twelve)) % 10) % 10)


@dataclass
class Ctx:
    """What a builder needs: its random stream, fonts, the draw and document number, and the templates used."""

    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int
    used: list[str] = field(default_factory=list)

    def layout(self, etype: str) -> str:
        """The layout variant: cycled by document number, so a few documents cover every variant."""
        key = f"t65.layout.{etype}"
        vs = VARIANTS[key]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{key}.{v}")
        return v

    def pick(self, key: str, seq: Any) -> Any:
        self.used.append(f"t65.{key}")
        return self.rng.choice(list(seq))

    def city(self, only: str | None = None) -> dict[str, Any]:
        name = only or ("taian", "yiyang")[(self.k + self.offset // 5) % 2]
        return CITIES[name]

    def profession(self, city: dict[str, Any], need: str | None = None) -> dict[str, Any]:
        key = "taian" if city["year"] == 2022 else "yiyang"
        pool = [p for p in PROFESSIONS if p.get("only") in (None, key) and (need is None or p[need])]
        return self.pick("profession", pool)
