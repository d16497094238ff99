"""Pools for blind draw 52 (Kaifeng 2016 / Tai'an 2022 audit): the context, layout and wording variants,
people, places, professions, real CSCD journals, dates and check digits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

TYPES = (
    "training_certificate", "sign_in_sheet", "training_notice", "journal_article", "book",
    "patent_certificate", "award_certificate", "project_completion", "qualification_certificate", "other",
)  # fmt: skip

SHORT = {
    "training_certificate": "tc", "sign_in_sheet": "ss", "training_notice": "tn", "journal_article": "ja",
    "book": "book", "patent_certificate": "pt", "award_certificate": "aw", "project_completion": "pc",
    "qualification_certificate": "qc", "other": "ot",
}  # fmt: skip

FAMILIES: dict[str, tuple[str, ...]] = {
    "training_certificate": ("portrait-seal", "landscape-grid", "booklet-inner", "phone-ecert", "browser-archive",
                             "chat-forward"),
    "sign_in_sheet": ("table-hand", "landscape-ampm", "twin-columns", "desk-photo", "two-page", "register-book"),
    "training_notice": ("red-head", "schedule-table", "invitation", "web-print", "phone-article", "with-receipt"),
    "journal_article": ("first-page", "cover-digest", "contents", "database-print", "cover-and-first",
                        "open-spread"),
    "book": ("cover", "title-copyright", "copyright-cip", "board-grid", "translation", "scan-spread"),
    "patent_certificate": ("classic", "e-certificate", "phone-query", "gazette-print", "with-abstract",
                           "design-cert"),
    "award_certificate": ("portrait-honor", "landscape-red", "team-list", "contest", "social-science",
                          "booklet-spread"),
    "project_completion": ("cert-portrait", "approval-form", "list-print", "landscape-members", "phone-ecert",
                           "two-page"),
    "qualification_certificate": ("graduation", "degree", "self-study", "pg-courses", "computer-exam",
                                  "registry-print"),
    "other": ("appointment", "fee-receipt", "title-cert", "photo-caption", "travel-form", "member-card"),
}  # fmt: skip

VARIANTS: dict[str, tuple[str, ...]] = {f"t52.layout.{t}": fams for t, fams in FAMILIES.items()}
VARIANTS.update(
    {
        "t52.colon": ("：", ":", "： "),
        "t52.tc.word": ("结业证书", "培训证书", "合格证书", "学时证明"),
        "t52.tc.closing": ("特发此证。", "特此证明。", "特发此证书。"),
        "t52.notice.word": ("通知", "通 知"),
        "t52.award.word": ("荣誉证书", "获奖证书", "证  书"),
        "t52.pc.word": ("结题证书", "结项证书", "结题证明"),
        "t52.footer": ("none", "pageno", "printed", "url"),
    }
)

# ---- people --------------------------------------------------------------------------------------
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
    "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安"
    "颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项"
    "曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵解强柴华车冉房边"
)
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "慕容", "东方", "皇甫", "令狐", "公孙", "端木")
GIVEN = (
    "建国志强秀英桂兰海燕丽华文静晓东永刚红梅俊杰宏伟雪梅婷婷明辉晓燕春生立新玉洁国庆振华淑芬爱民子涵浩然"
    "雨轩佳怡梓萱一鸣思远欣怡若曦亚楠金凤学军新民德胜继红慧敏晨阳宇航嘉琪泽宇书豪天翼凯瑞晓丽凤英向阳冬梅"
    "丹丹鑫磊瑞祥润泽秋菊兆丰庆云世杰长江连生永福昭阳梦瑶静怡青松朝晖安琪雅琴家豪靖宇明远少华红霞海涛玉梅"
)
ONE = "磊伟勇军杰涛斌超鹏浩亮强刚平辉敏静丽艳娟霞燕芳萍红琳颖倩莹雯慧婧璐晶蕾琦瑶峰岩彬凯"


def person_name(rng: random.Random, length: int | None = None) -> str:
    n = length or rng.choice((2, 3, 3, 3, 3, 2, 3, 4))
    if n == 4:
        return rng.choice(COMPOUND) + _given2(rng)
    s = rng.choice(SURNAMES)
    return s + (rng.choice(ONE) if n == 2 else _given2(rng))


def _given2(rng: random.Random) -> str:
    i = rng.randrange(len(GIVEN) // 2)
    return GIVEN[2 * i : 2 * i + 2]


def names(rng: random.Random, n: int, lengths: tuple[int, ...] | None = None) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        nm = person_name(rng, lengths[len(out)] if lengths else None)
        if nm not in out and not any(nm in o or o in nm for o in out):
            out.append(nm)
    return out


# ---- places and audits ---------------------------------------------------------------------------
CITIES: dict[str, dict[str, Any]] = {
    "kaifeng": {
        "policy": "kaifeng-2016", "year": 2016, "prov": "河南省", "p": "河南", "city": "开封市", "c": "开封",
        "abbr": "汴", "counties": ("祥符区", "尉氏县", "杞县", "通许县", "兰考县", "龙亭区", "鼓楼区", "禹王台区"),
        "school": "中共开封市委党校", "univ": ("河南大学", "开封大学", "黄河水利职业技术学院"), "grad_univ": ("河南大学",),
        "tel": "0371", "pabbr": "豫",
        "hospital": ("开封市中心医院", "开封市第二人民医院", "河南大学淮河医院"),
        "road": ("宋城路", "汉兴路", "东京大道", "金明大道", "夷山大街", "魏都路"),
    },
    "taian": {
        "policy": "taian-2022", "year": 2022, "prov": "山东省", "p": "山东", "city": "泰安市", "c": "泰安",
        "abbr": "泰", "counties": ("泰山区", "岱岳区", "新泰市", "肥城市", "宁阳县", "东平县"),
        "school": "中共泰安市委党校", "univ": ("山东农业大学", "泰山学院", "山东第一医科大学"),
        "grad_univ": ("山东农业大学", "山东第一医科大学"), "tel": "0538", "pabbr": "鲁",
        "hospital": ("泰安市中心医院", "泰安市妇幼保健院", "山东第一医科大学第二附属医院"),
        "road": ("东岳大街", "泰山大街", "灵山大街", "岱宗大街", "迎胜路", "龙潭路"),
    },
}  # fmt: skip

PLATFORMS = {
    "kaifeng": (("汴梁继教在线", "kfjj.bianxue-edu.cn"), ("豫才学堂专技人员学习平台", "www.yucaixt.com")),
    "taian": (("岱宗云课堂", "ta.daizongyun.cn"), ("齐鲁专技学苑", "sdta.qlzjxy.com")),
}

# ---- professions ----------------------------------------------------------------------------------
# orgs: training organisers ({P} province, {C} city, {c} city short); work: workplaces
PROFESSIONS: list[dict[str, Any]] = [
    {
        "key": "grain", "job": "粮油储藏工程师", "titles": ("助理工程师", "工程师", "高级工程师"),
        "orgs": ("{P}粮食和物资储备局", "{C}粮食和物资储备局", "{P}粮油学会", "{C}粮食行业协会"),
        "work": ("{C}国家粮食储备库", "中央储备粮{c}直属库有限公司", "{C}粮食质量检测中心", "{cty}粮食购销有限公司"),
        "train": ("粮食仓储“四合一”储粮技术升级培训班", "低温绿色储粮技术研修班", "粮油质量安全检验技能培训",
                  "粮食仓储企业安全生产管理培训", "智慧粮库信息化建设专题培训"),
        "paper": ("高大平房仓横向通风降温效果研究", "浅圆仓玉米内环流控温储藏试验", "氮气气调储粮对小麦品质的影响",
                  "基于多参数测温的粮堆发热预警方法", "稻谷低温储藏过程中脂肪酸值变化规律"),
        "patent": ("一种粮仓用横向通风管道组件", "一种粮堆多点测温电缆固定装置", "一种平房仓防鼠挡板",
                   "一种储粮害虫诱集检测器", "一种粮面自动平整机器人"),
        "project": ("平原地区高大平房仓控温储粮技术集成与示范", "粮食储备库智能化管理系统研发",
                    "小麦收购质量快速检测方法研究"),
        "book": ("粮油储藏技术实务", "粮食仓储安全生产读本", "绿色储粮技术问答"),
        "journals": ("中国粮油学报", "农业工程学报"),
        "degree": ("粮食工程", "食品科学与工程"), "modules": ("粮油储藏学", "粮食品质分析", "储粮害虫防治"),
    },
    {
        "key": "dental", "job": "口腔修复技师", "titles": ("技士", "主管技师", "副主任技师"),
        "orgs": ("{P}口腔医学会", "{C}卫生健康委员会", "{hospital}", "{C}口腔医院"),
        "work": ("{C}口腔医院", "{hospital}口腔科", "{cty}人民医院", "{c}美佳义齿制作有限公司"),
        "train": ("口腔修复工艺新技术新材料培训班", "数字化义齿设计与CAD/CAM加工研修班", "全瓷修复体制作规范化培训",
                  "口腔种植上部修复技工流程培训", "口腔诊疗感染防控专题讲座"),
        "paper": ("数字化印模在后牙全冠修复中的精度评价", "氧化锆全瓷冠边缘适合性的体外研究",
                  "3D打印树脂暂时冠的临床应用观察", "种植体上部结构被动就位的技工处理",
                  "老年无牙颌患者全口义齿排牙方法比较"),
        "patent": ("一种义齿模型修整夹持装置", "一种口腔技工用蜡型加热笔", "一种可调式咬合架",
                   "一种全瓷冠烧结托盘", "一种义齿抛光粉尘收集罩"),
        "project": ("数字化口腔修复技工流程标准化研究", "基层医院活动义齿质量控制体系建设"),
        "book": ("口腔修复工艺学实训教程", "义齿制作技术图解", "数字化口腔修复技术"),
        "journals": ("华西口腔医学杂志",),
        "degree": ("口腔医学", "口腔医学技术"), "modules": ("口腔解剖生理学", "口腔修复学", "口腔材料学"),
    },
    {
        "key": "broadcast", "job": "广播电视工程师", "titles": ("助理工程师", "工程师", "高级工程师"),
        "orgs": ("{P}广播电视局", "{C}广播电视台", "{P}广播电视协会", "{C}文化广电和旅游局"),
        "work": ("{C}广播电视台", "{cty}融媒体中心", "{C}广播电视发射台", "{P}有线电视网络集团{c}分公司"),
        "train": ("广播电视安全播出技术培训班", "地面数字电视发射系统维护培训", "县级融媒体中心技术平台建设研修班",
                  "4K超高清制播技术专题培训", "应急广播体系建设与运维培训"),
        "paper": ("中波发射机自动化监控系统设计", "县级融媒体中心IP化播出系统改造实践",
                  "应急广播终端远程管理方案研究", "地面数字电视单频网同步调试方法", "4K演播室信号系统的设计与实现"),
        "patent": ("一种发射机房散热导风装置", "一种演播室灯光吊杆快速锁紧结构", "一种应急广播音柱防雨罩",
                   "一种射频同轴电缆接头防水组件", "一种广播信号监测告警终端"),
        "project": ("县级融媒体中心云平台建设与应用", "农村应急广播“村村响”运维模式研究"),
        "book": ("广播电视发射技术", "融媒体技术平台运维手册", "应急广播系统建设与维护"),
        "journals": ("通信学报",),
        "degree": ("广播电视工程", "通信工程"), "modules": ("电视原理", "数字信号处理", "广播电视网络技术"),
    },
    {
        "key": "special_ed", "job": "特殊教育教师", "titles": ("二级教师", "一级教师", "高级教师"),
        "orgs": ("{C}教育局", "{P}教育厅", "{C}特殊教育学校", "{univ}教育科学学院"),
        "work": ("{C}特殊教育学校", "{cty}特殊教育学校", "{C}启智学校", "{C}聋哑学校"),
        "train": ("特殊教育教师康复训练技能培训", "孤独症儿童教育干预专题研修班", "融合教育资源教室建设培训",
                  "培智学校课程标准解读培训", "送教上门教师能力提升培训"),
        "paper": ("培智学校生活语文校本课程开发实践", "孤独症儿童社交技能干预的个案研究", "随班就读学生支持体系的构建",
                  "听障学生书面语表达能力调查", "特殊教育学校家校合作现状分析"),
        "patent": ("一种感统训练用平衡踏板", "一种聋哑学生教学用手语演示架", "一种培智学生认知训练拼板",
                   "一种康复训练用可调节站立架"),
        "project": ("培智学校生活适应课程的开发与实施", "区域推进融合教育的实践研究", "特殊儿童送教上门服务模式研究"),
        "book": ("特殊儿童康复训练指导", "培智学校生活语文教学设计", "融合教育实践手册"),
        "journals": ("心理学报",),
        "degree": ("特殊教育", "教育学"), "modules": ("特殊教育概论", "儿童发展心理学", "特殊儿童评估"),
    },
    {
        "key": "aqua", "job": "水产养殖技术员", "titles": ("助理农艺师", "农艺师", "高级农艺师"),
        "orgs": ("{C}农业农村局", "{P}水产技术推广总站", "{P}水产学会", "{univ}"),
        "work": ("{C}水产技术推广站", "{cty}农业技术推广中心", "{cty}渔业站", "{c}黄河鲤鱼良种场"),
        "train": ("池塘工程化循环水养殖技术培训班", "黄河鲤健康养殖技术培训", "水产养殖用药减量行动培训",
                  "稻渔综合种养技术研修班", "水产苗种生产与病害防控培训"),
        "paper": ("池塘工程化循环水养殖黄河鲤生长性能研究", "稻渔综合种养模式下克氏原螯虾养殖效益分析",
                  "草鱼出血病免疫防控效果观察", "盐碱水域南美白对虾养殖试验", "鲟鱼工厂化养殖水质调控技术"),
        "patent": ("一种池塘底部增氧盘", "一种养殖池投饵浮框", "一种鱼苗计数分装装置", "一种网箱残饵收集器"),
        "project": ("黄河鲤池塘生态养殖技术示范推广", "稻渔综合种养技术集成与推广", "水产养殖尾水生态处理技术研究"),
        "book": ("淡水鱼类健康养殖技术", "稻渔综合种养实用技术", "水产动物疾病防治图谱"),
        "journals": ("水产学报", "中国水产科学"),
        "degree": ("水产养殖学", "水族科学与技术"), "modules": ("鱼类增养殖学", "水产动物营养与饲料学", "水生生物学"),
    },
    {
        "key": "fire", "job": "消防安全工程师", "titles": ("助理工程师", "工程师", "高级工程师"),
        "orgs": ("{C}应急管理局", "{C}消防救援支队", "{P}消防协会", "{P}安全生产协会"),
        "work": ("{C}消防救援支队", "{c}安泰消防技术服务有限公司", "{C}应急管理综合行政执法支队", "{cty}应急管理局"),
        "train": ("建筑消防设施检测维护技术培训", "危险化学品企业安全管理人员培训", "注册消防工程师继续教育面授班",
                  "高层建筑火灾防控专题培训", "消防安全评估技术研修班"),
        "paper": ("高层住宅疏散楼梯间烟气控制效果模拟", "老旧小区电动自行车火灾风险评估", "大型商业综合体消防设施维护管理",
                  "仓储物流建筑自动喷水灭火系统选型分析", "基于物联网的社会单位消防安全监管"),
        "patent": ("一种消防栓压力远程监测装置", "一种应急疏散指示灯防拆外壳", "一种消防水带快速收卷器",
                   "一种灭火器巡检定位标签支架", "一种电缆桥架防火封堵模块"),
        "project": ("城市老旧小区火灾风险评估与防控研究", "化工园区应急救援能力评估体系构建"),
        "book": ("建筑消防设施检测技术", "消防安全评估实务", "社会单位消防安全管理指南"),
        "journals": ("中国安全科学学报",),
        "degree": ("消防工程", "安全工程"), "modules": ("燃烧学", "建筑防火", "消防给水工程"),
    },
    {
        "key": "planning", "job": "城乡规划设计师", "titles": ("助理工程师", "工程师", "高级工程师"),
        "orgs": ("{C}自然资源和规划局", "{P}城市规划学会", "{P}自然资源厅", "{univ}建筑学院"),
        "work": ("{C}规划设计研究院", "{C}自然资源和规划局", "{c}城建规划勘测设计有限公司", "{cty}自然资源局"),
        "train": ("国土空间规划编制技术培训班", "村庄规划编制实务培训", "历史文化街区保护规划研修班",
                  "城市更新与详细规划专题培训", "国土空间规划“一张图”实施监督系统培训"),
        "paper": ("黄河沿线历史城区风貌保护规划策略", "县域国土空间总体规划中的村庄分类方法", "老旧街区微更新的公众参与机制",
                  "城市体检评估指标体系构建与应用", "山地城市绿道网络规划研究"),
        "patent": ("一种规划测绘用三脚架调平装置", "一种城市沙盘模型拼接件", "一种图纸展示用滑轨架"),
        "project": ("历史文化名城保护利用规划研究", "乡村振兴背景下村庄规划编制技术指引研究", "城市更新单元划定方法研究"),
        "book": ("村庄规划编制实务", "国土空间规划技术导则解读", "历史街区保护与更新"),
        "journals": ("城市规划",),
        "degree": ("城乡规划", "人文地理与城乡规划"), "modules": ("城市规划原理", "城市设计", "国土空间规划"),
    },
    {
        "key": "rural_doc", "job": "乡村医生", "titles": ("医士", "医师", "主治医师"),
        "orgs": ("{C}卫生健康委员会", "{hospital}", "{C}基层卫生协会", "{P}卫生健康委员会"),
        "work": ("{cty}{town}镇卫生院", "{cty}{town}镇{village}村卫生室", "{cty}人民医院", "{cty}中医院"),
        "train": ("乡村医生常见病诊疗规范培训", "基本公共卫生服务项目实务培训", "慢性病签约服务能力提升培训班",
                  "基层中医适宜技术推广培训", "乡村医生急诊急救技能培训"),
        "paper": ("农村高血压患者家庭医生签约管理效果分析", "村卫生室合理用药现状调查", "基层2型糖尿病患者随访管理实践",
                  "农村老年人跌倒风险及干预", "乡村医生中医适宜技术应用情况调查"),
        "patent": ("一种村医出诊用便携药箱", "一种输液架防倾倒底座", "一种血压计袖带收纳装置"),
        "project": ("农村慢性病签约服务模式研究", "村卫生室标准化建设与运行机制研究"),
        "book": ("乡村医生实用手册", "基层常见病诊疗指南", "农村基本公共卫生服务实务"),
        "journals": ("卫生研究", "中国公共卫生"),
        "degree": ("临床医学", "预防医学"), "modules": ("内科学", "预防医学", "全科医学概论"),
    },
    {
        "key": "logistics", "job": "物流工程师", "titles": ("助理工程师", "工程师", "高级工程师"),
        "orgs": ("{C}交通运输局", "{P}物流与交通运输协会", "{C}商务局", "{univ}交通学院"),
        "work": ("{c}内陆港物流园有限公司", "{C}公路货运站", "{c}铁路货场", "{c}保税物流中心"),
        "train": ("多式联运与内陆港运营管理培训", "危险货物道路运输安全培训", "冷链物流技术与管理研修班",
                  "智慧物流园区建设专题培训", "物流企业安全生产标准化培训"),
        "paper": ("内陆港公铁联运集装箱堆场布局优化", "冷链物流园区能耗分析与节能措施", "城市配送车辆路径优化算法应用",
                  "危险货物道路运输风险分级方法", "物流园区信息平台架构设计"),
        "patent": ("一种集装箱锁具快速拆装工具", "一种托盘货物绑扎带张紧器", "一种冷藏车厢温度记录仪支架",
                   "一种叉车货叉防滑套"),
        "project": ("内陆港多式联运组织模式研究", "城乡冷链物流网络布局规划研究"),
        "book": ("多式联运实务", "冷链物流管理", "物流园区规划与运营"),
        "journals": ("交通运输工程学报",),
        "degree": ("物流工程", "交通运输"), "modules": ("物流系统工程", "运筹学", "供应链管理"),
    },
    {
        "key": "coach", "job": "体育教练员", "titles": ("三级教练", "二级教练", "一级教练"),
        "orgs": ("{C}体育局", "{P}体育局", "{C}体育运动学校", "{univ}体育学院"),
        "work": ("{C}体育运动学校", "{C}业余体校", "{C}全民健身中心", "{cty}体育事业发展中心"),
        "train": ("青少年体能训练方法培训班", "田径项目教练员岗位培训", "运动损伤预防与康复专题培训",
                  "青少年足球教练员等级培训", "反兴奋剂知识教育培训"),
        "paper": ("青少年短跑运动员专项力量训练效果研究", "业余体校武术套路训练负荷监控", "功能性训练对青少年游泳运动员的影响",
                  "基层体校教练员执教能力调查", "少儿足球小场地比赛训练法实践"),
        "patent": ("一种田径训练用起跑器", "一种可调高度跨栏架", "一种跳远沙坑平整耙", "一种运动员体能测试计时门"),
        "project": ("青少年体能训练标准化体系研究", "体教融合背景下业余训练模式研究"),
        "book": ("青少年体能训练指导", "田径运动训练教程", "运动损伤预防与康复"),
        "journals": ("心理学报",),
        "degree": ("运动训练", "体育教育"), "modules": ("运动训练学", "运动生理学", "体育心理学"),
    },
]  # fmt: skip

TOWNS = ("朱仙", "陈留", "八里湾", "范县", "良庄", "满庄", "岗李", "曲沟", "大营", "天宝", "房村", "马庄")
VILLAGES = ("王庄", "李寨", "前营", "后河", "东岗", "西楼", "北街", "南屯")

PUBLIC_TRAIN = (
    "专业技术人员职业道德与诚信建设",
    "黄河流域生态保护和高质量发展专题",
    "数字经济与创新驱动发展",
    "专业技术人员心理健康与压力管理",
    "知识产权保护与运用",
    "网络安全与个人信息保护",
)

# ---- real CSCD core journals (journals-cscd.csv), levels from journals-cn.csv and, where we print it,
# a 主管 line of 中国科学技术协会 (national) ----------------------------------------------------------------
JOURNALS: dict[str, dict[str, Any]] = {
    "中国粮油学报": {"issn": "1003-0174", "cn": "11-2864/TS", "lv": ["cscd", "pku_core"],
                     "sponsor": "中国粮油学会", "chief": "中国科学技术协会"},
    "农业工程学报": {"issn": "1002-6819", "cn": "11-2047/S", "lv": ["cscd", "pku_core"],
                     "sponsor": "中国农业工程学会", "chief": "中国科学技术协会"},
    "华西口腔医学杂志": {"issn": "1000-1182", "cn": "51-1169/R", "lv": ["cscd", "pku_core"],
                         "sponsor": "四川大学", "chief": None},
    "通信学报": {"issn": "1000-436X", "cn": "11-2102/TN", "lv": ["cscd", "pku_core"],
                 "sponsor": "中国通信学会", "chief": "中国科学技术协会"},
    "心理学报": {"issn": "0439-755X", "cn": "11-1911/B", "lv": ["cscd", "cssci", "pku_core"],
                 "sponsor": "中国心理学会", "chief": "中国科学技术协会"},
    "水产学报": {"issn": "1000-0615", "cn": "31-1283/S", "lv": ["cscd", "pku_core"],
                 "sponsor": "中国水产学会", "chief": "中国科学技术协会"},
    "中国水产科学": {"issn": "1005-8737", "cn": "11-3446/S", "lv": ["cscd"], "sponsor": None, "chief": None},
    "中国安全科学学报": {"issn": "1003-3033", "cn": "11-2865/X", "lv": ["cscd", "pku_core"],
                         "sponsor": "中国职业安全健康协会", "chief": "中国科学技术协会"},
    "城市规划": {"issn": "1002-1329", "cn": "11-2378/TU", "lv": ["cscd", "cssci", "pku_core"],
                 "sponsor": "中国城市规划学会", "chief": "中国科学技术协会"},
    "卫生研究": {"issn": "1000-8020", "cn": "11-2158/R", "lv": ["cscd", "pku_core"], "sponsor": None, "chief": None},
    "中国公共卫生": {"issn": "1001-0580", "cn": "21-1234/R", "lv": ["cscd", "pku_core"], "sponsor": None,
                     "chief": None},
    "交通运输工程学报": {"issn": "1671-1637", "cn": "61-1369/U", "lv": ["cscd", "pku_core"], "sponsor": None,
                         "chief": None},
}  # fmt: skip

PUBLISHERS = (
    ("中国农业出版社", "978-7-109"), ("化学工业出版社", "978-7-122"), ("人民卫生出版社", "978-7-117"),
    ("中国建筑工业出版社", "978-7-112"), ("河南科学技术出版社", "978-7-5349"), ("山东科学技术出版社", "978-7-5331"),
    ("华东师范大学出版社", "978-7-5760"), ("人民交通出版社股份有限公司", "978-7-114"), ("中国轻工业出版社", "978-7-5184"),
    ("应急管理出版社", "978-7-5020"), ("人民体育出版社", "978-7-5009"), ("河南大学出版社", "978-7-5649"),
    ("中国广播影视出版社", "978-7-5043"),
)  # fmt: skip
BOOK_PUBS = {
    "grain": ("中国轻工业出版社", "河南科学技术出版社", "中国农业出版社", "化学工业出版社"),
    "dental": ("人民卫生出版社", "河南科学技术出版社", "山东科学技术出版社"),
    "broadcast": ("中国广播影视出版社",),
    "special_ed": ("华东师范大学出版社", "河南大学出版社"),
    "aqua": ("中国农业出版社", "化学工业出版社", "山东科学技术出版社"),
    "fire": ("应急管理出版社", "化学工业出版社"),
    "planning": ("中国建筑工业出版社",),
    "rural_doc": ("人民卫生出版社", "山东科学技术出版社", "河南科学技术出版社"),
    "logistics": ("人民交通出版社股份有限公司",),
    "coach": ("人民体育出版社",),
}
CONTESTS = {  # profession -> (competition, 参赛项目 choices)
    "grain": ("粮油保管员职业技能竞赛", ("粮情检测与分析", "储粮机械通风操作", "粮油质量检验")),
    "dental": ("口腔修复工职业技能竞赛", ("全瓷冠堆塑", "可摘局部义齿排牙", "数字化全冠设计")),
    "broadcast": ("广播电视机务员职业技能竞赛", ("发射机故障排除", "播出系统应急切换")),
    "special_ed": (
        "特殊教育教师教学能力大赛",
        ("认识钟表（生活语文）", "精细动作训练（康复训练）", "认识人民币（生活数学）"),
    ),
    "aqua": ("水生动物病害防治员职业技能竞赛", ("鱼病诊断与用药", "水质检测")),
    "fire": ("消防设施操作员职业技能竞赛", ("火灾报警控制器操作", "消防给水设施检查")),
    "planning": ("城乡规划设计竞赛", ("传统村落保护更新设计", "老旧街区微更新设计")),
    "rural_doc": ("乡村医生岗位技能竞赛", ("心肺复苏", "中医适宜技术操作", "慢病随访")),
    "logistics": ("物流服务师职业技能竞赛", ("仓储作业优化", "配送路线设计")),
    "coach": ("青少年体育教练员执教能力大赛", ("田径训练课设计", "足球训练课展示")),
}
FOREIGN_AUTHORS = (
    "[美] 约翰·W.卡特",
    "[英] 露西·哈丁",
    "[日] 田中健一",
    "[德] 马库斯·韦伯",
    "[澳] 彼得·格林",
)


# ---- check digits ---------------------------------------------------------------------------------
def zl_check(digits: str) -> str:
    """Check digit of a 12-digit (or 8-digit) Chinese patent application number."""
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    s = sum(int(c) * w[i] for i, c in enumerate(digits)) % 11
    return "X" if s == 10 else str(s)


def issn_digit(seven: str) -> str:
    s = sum(int(c) * (8 - i) for i, c in enumerate(seven))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def isbn_digit(twelve: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(twelve))
    return str((10 - s % 10) % 10)


def make_isbn(rng: random.Random, prefix: str) -> str:
    """A hyphenated ISBN-13 under a publisher prefix (978-7-PPP) with a valid check digit."""
    pub_len = len(prefix.split("-")[2])
    title = "".join(str(rng.randrange(10)) for _ in range(8 - pub_len))
    digits = prefix.replace("-", "") + title
    return f"{prefix}-{title}-{isbn_digit(digits)}"


def make_zl(rng: random.Random, year: int, kind: str) -> str:
    code = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    body = f"{year}{code}{rng.randrange(10**7):07d}"
    return f"ZL{body}.{zl_check(body)}"


# ---- dates ----------------------------------------------------------------------------------------
CN_DIGITS = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    if n < 10:
        return "十" if n == 10 else CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_year(y: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def fmt_date(d: dt.date, style: str) -> str:
    y, m, day = d.year, d.month, d.day
    return {
        "cn": f"{y}年{m}月{day}日",
        "cn0": f"{y}年{m:02d}月{day:02d}日",
        "dot": f"{y}.{m:02d}.{day:02d}",
        "dot1": f"{y}.{m}.{day}",
        "dash": f"{y}-{m}-{day}",
        "iso": f"{y}-{m:02d}-{day:02d}",
        "slash": f"{y}/{m:02d}/{day:02d}",
        "han": f"{cn_year(y)}年{cn_num(m)}月{cn_num(day)}日",
    }[style]


def fmt_month(y: int, m: int, style: str) -> str:
    return {"cn": f"{y}年{m}月", "cn0": f"{y}年{m:02d}月", "dot": f"{y}.{m:02d}", "dash": f"{y}-{m:02d}",
            "han": f"{cn_year(y)}年{cn_num(m)}月"}[style]  # fmt: skip


DATE_STYLES = ("cn", "cn0", "dot", "dot1", "dash", "iso", "slash")


def all_date_forms(iso: str) -> set[str]:
    """Every printed form a truth date (YYYY-MM-DD or YYYY-MM) may take in this draw."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 2:
        return {fmt_month(parts[0], parts[1], s) for s in ("cn", "cn0", "dot", "dash", "han")}
    d = dt.date(*parts)
    return {fmt_date(d, s) for s in (*DATE_STYLES, "han")}


def rand_date(rng: random.Random, year: int, m0: int = 1, m1: int = 12) -> dt.date:
    start = dt.date(year, m0, 1)
    end = dt.date(year, m1, 28)
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def hours_str(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)


# ---- the context ----------------------------------------------------------------------------------
@dataclass
class Ctx:
    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int = 0
    used: list[str] = field(default_factory=list)

    def pick(self, name: str) -> str:
        v = self.rng.choice(VARIANTS[name])
        self.used.append(f"{name}={v}")
        return v

    def layout(self, etype: str) -> str:
        fams = FAMILIES[etype]
        v = fams[(self.k + self.offset) % len(fams)]
        self.used.append(f"t52.layout.{etype}={v}")
        return v

    def choice(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    def city(self) -> dict[str, Any]:
        return CITIES[self.rng.choice(("kaifeng", "taian"))]

    def prof(self) -> dict[str, Any]:
        return self.rng.choice(PROFESSIONS)

    def fill(self, tpl: str, city: dict[str, Any]) -> str:
        rng = self.rng
        return tpl.format(
            P=city["prov"], C=city["city"], c=city["c"], cty=rng.choice(city["counties"]),
            hospital=rng.choice(city["hospital"]), univ=rng.choice(city["univ"]), town=rng.choice(TOWNS),
            village=rng.choice(VILLAGES),
        )  # fmt: skip

    def org(self, prof: dict[str, Any], city: dict[str, Any]) -> str:
        return self.fill(self.rng.choice(prof["orgs"]), city)

    def work(self, prof: dict[str, Any], city: dict[str, Any]) -> str:
        return self.fill(self.rng.choice(prof["work"]), city)


# ---- pinyin of every character the name pools use (for English bylines) ----------------------------
_PY = (
    "王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao "
    "林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian "
    "董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lyu 丁ding 任ren 沈shen 姚yao 卢lu "
    "姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou "
    "孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 黎li 贺he 顾gu 毛mao "
    "郝hao 龚gong 邵shao 万wan 钱qian 覃qin 武wu 戴dai 孔kong 汤tang 庞pang 樊fan 兰lan 殷yin 施shi 陶tao 洪hong "
    "翟zhai 安an 颜yan 倪ni 严yan 牛niu 温wen 芦lu 季ji 俞yu 章zhang 鲁lu 葛ge 伍wu 申shen 尤you 毕bi 聂nie "
    "柴chai 焦jiao 向xiang 柳liu 邢xing 岳yue 齐qi 沿yan 梅mei 莫mo 庄zhuang 辛xin 管guan 祝zhu 左zuo 涂tu 谷gu "
    "祁qi 时shi 舒shu 耿geng 牟mou 卜bu 路lu 詹zhan 关guan 苗miao 凌ling 费fei 纪ji 靳jin 盛sheng 童tong 欧ou "
    "甄zhen 项xiang 曲qu 成cheng 游you 阳yang 裴pei 席xi 卫wei 查zha 屈qu 鲍bao 位wei 霍huo 翁weng 隋sui 植zhi "
    "甘gan 景jing 薄bo 单shan 包bao 司si 柏bai 宁ning 柯ke 阮ruan 桂gui 闵min 解xie 强qiang 华hua 车che 冉ran "
    "房fang 边bian 上shang 官guan 诸zhu 慕mu 容rong 东dong 皇huang 甫fu 令ling 狐hu 公gong 端duan 木mu 建jian "
    "国guo 志zhi 秀xiu 英ying 海hai 燕yan 丽li 文wen 静jing 晓xiao 永yong 刚gang 红hong 俊jun 杰jie 宏hong 伟wei "
    "雪xue 婷ting 明ming 辉hui 春chun 生sheng 立li 新xin 玉yu 洁jie 庆qing 振zhen 淑shu 芬fen 爱ai 民min 子zi "
    "涵han 浩hao 然ran 雨yu 轩xuan 佳jia 怡yi 梓zi 萱xuan 一yi 鸣ming 思si 远yuan 欣xin 若ruo 曦xi 亚ya 楠nan "
    "凤feng 学xue 军jun 德de 胜sheng 继ji 慧hui 敏min 晨chen 宇yu 航hang 嘉jia 琪qi 泽ze 书shu 豪hao 天tian 翼yi "
    "凯kai 瑞rui 冬dong 丹dan 鑫xin 磊lei 祥xiang 润run 秋qiu 菊ju 兆zhao 丰feng 云yun 世shi 长chang 连lian 福fu "
    "昭zhao 梦meng 瑶yao 青qing 松song 朝zhao 晖hui 雅ya 琴qin 家jia 靖jing 少shao 霞xia 涛tao 勇yong 斌bin "
    "超chao 鹏peng 亮liang 平ping 艳yan 娟juan 芳fang 萍ping 琳lin 颖ying 倩qian 莹ying 雯wen 婧jing 璐lu 晶jing "
    "蕾lei 琦qi 峰feng 岩yan 彬bin"
)
PINYIN = {item[0]: item[1:] for item in _PY.split()}


def pinyin_name(name: str) -> str:
    """`张晓东` -> `ZHANG Xiaodong` (compound surnames kept together), as journals print English bylines."""
    sur = 2 if name[:2] in COMPOUND else 1
    fam = "".join(PINYIN[c] for c in name[:sur]).upper()
    giv = "".join(PINYIN[c] for c in name[sur:])
    return f"{fam} {giv.capitalize()}"
