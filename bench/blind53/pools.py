"""draw 53's context, variant lists and pools: names, organisers, topics, journals, date and number forms.

Two audits are drawn: Kaifeng (Henan, 2016 notice; documents dated 2015-2017, Henan/Kaifeng bodies under
their names of that time, e.g. 河南省粮食局, 开封市公安消防支队) and Tai'an (Shandong, 2022 notice; documents
dated 2021-2023, bodies after the 2018 reform, e.g. 山东省粮食和物资储备局, 泰安市应急管理局)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

# ---- the context a builder draws with ------------------------------------------------------------------


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
    taken: set[str] = field(default_factory=set)

    # variants ---------------------------------------------------------------------------------------
    def pick(self, key: str) -> str:
        """One variant of `key`, recorded in `used` (the document's templates)."""
        v = self.rng.choice(VARIANTS[key])
        self.used.append(f"{key}={v}")
        return v

    def layout(self, etype: str) -> str:
        """The layout family: cycles with k so that every family is drawn in a handful of documents."""
        fams = VARIANTS[f"t53.layout.{etype}"]
        v = fams[(self.k + self.offset) % len(fams)]
        self.used.append(f"t53.layout.{etype}={v}")
        return v

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def choice(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    # people -----------------------------------------------------------------------------------------
    def name(self, length: int | None = None) -> str:
        """A fresh person's name (2-4 characters), never repeated within the document."""
        for _ in range(200):
            n = length or self.rng.choice((2, 3, 3, 3, 3, 2, 3, 4))
            if n == 4:
                s = self.rng.choice(DOUBLE_SURNAMES) + "".join(self.rng.sample(GIVEN, 2))
            elif n == 2:
                s = self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)
            else:
                s = self.rng.choice(SURNAMES) + "".join(self.rng.sample(GIVEN, 2))
            if s not in self.taken and not any(s in t or t in s for t in self.taken):
                self.taken.add(s)
                return s
        raise RuntimeError("name pool exhausted")

    def names(self, n: int) -> list[str]:
        return [self.name() for _ in range(n)]

    # places and dates -------------------------------------------------------------------------------
    def city(self) -> str:
        """kaifeng or taian, fixed per document on first use."""
        if not hasattr(self, "_city"):
            self._city = self.rng.choice(("kaifeng", "taian"))
        return self._city

    def policy(self) -> str:
        return {"kaifeng": "kaifeng-2016", "taian": "taian-2022"}[self.city()]

    def year(self) -> int:
        return self.rng.choice(YEARS[self.city()])

    def date(self, year: int | None = None, m0: int = 1, m1: int = 12) -> dt.date:
        y = year or self.year()
        m = self.rng.randint(m0, m1)
        return dt.date(y, m, self.rng.randint(1, 28))

    def profession(self) -> str:
        if not hasattr(self, "_prof"):
            self._prof = self.rng.choice(tuple(PROFESSIONS))
        return self._prof

    def prof(self) -> dict[str, Any]:
        return PROFESSIONS[self.profession()]

    def org(self, role: str) -> str:
        """An organisation of the document's city for `role` (see ORGS)."""
        return self.rng.choice(ORGS[self.city()][role])

    def seed(self) -> int:
        return self.rng.randrange(1 << 30)


YEARS = {"kaifeng": (2015, 2016, 2016, 2017), "taian": (2021, 2022, 2022, 2023)}
PROVINCE = {"kaifeng": "河南省", "taian": "山东省"}
CITY = {"kaifeng": "开封市", "taian": "泰安市"}

# ---- names ---------------------------------------------------------------------------------------------
SURNAMES = tuple(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "公孙", "尉迟")
GIVEN = tuple(
    "建国振华秀英桂兰德胜晓燕志强海涛文博子涵雨欣佳怡梓轩浩然俊杰丽娟明辉春梅玉洁新民立群永红卫东淑珍"
    "鹏飞思远若曦一鸣晨阳亚楠嘉琪梦瑶宏宇雪峰冬青长林金凤素芳翠萍继伟广田守信荣昌承泽怀瑾书恒慧敏"
)

# ---- variant lists -------------------------------------------------------------------------------------
VARIANTS: dict[str, tuple[str, ...]] = {
    "t53.layout.training_certificate": (
        "portrait_seal", "landscape_border", "booklet_inner", "app_screenshot", "web_printout", "transcript_scan",
    ),
    "t53.layout.sign_in_sheet": (
        "hand_table", "two_page_scan", "qr_export", "twin_columns", "chat_forward", "unit_roster",
    ),
    "t53.layout.training_notice": (
        "red_header", "invitation", "schedule_table", "wechat_article", "web_notice", "notice_with_receipt",
    ),
    "t53.layout.journal_article": (
        "first_page", "cover", "toc", "bilingual_first_page", "database_printout", "cover_and_first_page",
    ),
    "t53.layout.book": (
        "cover", "title_and_copyright", "copyright_page", "board_grid", "phone_copyright", "cover_and_copyright",
    ),
    "t53.layout.patent_certificate": (
        "standard", "spaced_labels", "design_kind", "two_page", "register_copy", "phone_photo",
    ),
    "t53.layout.award_certificate": (
        "gov_portrait", "honor_landscape", "booklet_pair", "rank_line", "e_certificate", "social_science",
    ),
    "t53.layout.project_completion": (
        "certificate", "proof_letter", "acceptance_form", "platform_printout", "landscape_seal", "phone_photo",
    ),
    "t53.layout.qualification_certificate": (
        "graduation", "master_degree", "doctor_degree", "postgraduate_courses", "self_study_exam", "computer_exam",
    ),
    "t53.layout.other": (
        "appointment", "assessment_form", "fee_receipt", "ce_register", "member_card", "expert_letter",
    ),
    "t53.date": ("cn", "cn0", "dot", "dot0", "dash", "dash0", "slash"),
    "t53.colon": ("：", ":", "： "),
    "t53.frame": ("0", "1", "2", "3"),
    "t53.noise": ("none", "fold", "punch", "stain", "handnote"),
}  # fmt: skip

# layout families: the abbreviation a document's `layout` starts with (layout = f"{family}-{variant}")
FAMILIES = {
    "training_certificate": "tc53",
    "sign_in_sheet": "sis53",
    "training_notice": "tn53",
    "journal_article": "ja53",
    "book": "book53",
    "patent_certificate": "pat53",
    "award_certificate": "aw53",
    "project_completion": "pc53",
    "qualification_certificate": "qc53",
    "other": "oth53",
}

# ---- professions: what each audited group trains in, writes, invents and studies ----------------------
PROFESSIONS: dict[str, dict[str, Any]] = {
    "dental": {
        "job": "口腔医学技术", "unit": ("口腔医院义齿加工中心", "义齿制作有限公司", "人民医院口腔科"),
        "trainings": ("数字化口腔修复工艺新技术培训班", "全瓷冠桥CAD/CAM设计与制作研修班",
                      "口腔种植上部结构修复工艺提高班", "义齿加工质量控制与感染防控专题培训"),
        "orgs": {"kaifeng": ("河南省口腔修复工艺学会", "开封市口腔医院", "河南大学第一附属医院"),
                 "taian": ("山东省口腔医学技术协会", "山东第一医科大学附属口腔医院", "泰安市口腔医院")},
        "patents": ("一种义齿模型修整用防尘打磨台", "一种可调式咬合架定位装置", "一种牙科铸造用快速包埋圈"),
        "projects": ("基层口腔修复体加工质量评价体系研究", "数字化印模在可摘局部义齿制作中的应用研究"),
        "books": ("口腔修复工艺实训教程", "数字化义齿设计与制作"),
        "award_projects": ("氧化锆全瓷修复体精准制作关键技术及推广",),
    },
    "grain": {
        "job": "粮油储藏", "unit": ("中央储备粮直属库", "国家粮食储备库", "粮油购销有限公司"),
        "trainings": ("粮食仓储企业安全生产管理培训班", "绿色储粮与低温储粮技术研修班",
                      "粮油保管员职业技能提升培训", "智能化粮库建设与运维专题培训"),
        "orgs": {"kaifeng": ("河南省粮食局", "河南工业大学粮油食品学院", "开封市粮食局"),
                 "taian": ("山东省粮食和物资储备局", "泰安市发展和改革委员会", "山东省粮油检测中心")},
        "patents": ("一种粮仓通风口防虫网装置", "一种散粮深层扦样器", "一种粮面压盖薄膜固定夹"),
        "projects": ("高大平房仓内环流控温储粮技术应用研究", "智能粮情测控系统在基层粮库的推广"),
        "books": ("粮油仓储管理实务", "绿色储粮技术问答"),
        "award_projects": ("中原地区小麦低温储藏保质减损技术集成与示范",),
    },
    "broadcast": {
        "job": "广播电视工程", "unit": ("广播电视台技术中心", "广播电视发射台", "融媒体中心"),
        "trainings": ("应急广播体系建设与运维技术培训班", "地面数字电视发射系统维护研修班",
                      "4K超高清制播技术专题培训", "广播电视安全播出管理培训"),
        "orgs": {"kaifeng": ("河南省新闻出版广电局", "开封市新闻出版广电局", "开封广播电视台"),
                 "taian": ("山东省广播电视局", "泰安市文化和旅游局", "泰安广播电视台")},
        "patents": ("一种发射机房用防雷接地装置", "一种应急广播终端防水音箱", "一种馈线快速对接连接器"),
        "projects": ("县级应急广播平台与村村响系统融合研究", "调频同步广播覆盖盲区测试与优化"),
        "books": ("广播电视发射技术", "应急广播系统运行维护手册"),
        "award_projects": ("县级融媒体中心IP化制播系统建设与应用",),
    },
    "special_ed": {
        "job": "特殊教育", "unit": ("特殊教育学校", "启智学校", "聋哑学校"),
        "trainings": ("孤独症儿童融合教育支持策略研修班", "特殊教育学校送教上门工作培训",
                      "培智学校生活语文课程实施培训", "听障学生手语沟通能力提升培训"),
        "orgs": {"kaifeng": ("开封市教育局", "河南省特殊教育资源中心", "开封大学"),
                 "taian": ("泰安市教育局", "泰山学院教师教育学院", "山东省特殊教育中心")},
        "patents": ("一种培智学生用多感官训练桌", "一种听障儿童发音训练镜", "一种可折叠康复训练扶梯"),
        "projects": ("随班就读学生个别化教育计划实施研究", "培智学校劳动教育课程开发研究"),
        "books": ("融合教育课堂支持策略", "培智学校校本课程开发指南"),
        "award_projects": ("区域推进特殊儿童送教上门的实践探索",),
    },
    "aquaculture": {
        "job": "水产养殖", "unit": ("水产技术推广站", "渔业技术服务中心", "生态渔业合作社"),
        "trainings": ("黄河鲤健康养殖技术培训班", "池塘养殖尾水治理技术培训",
                      "水产苗种繁育与病害防控培训", "稻渔综合种养技术推广培训"),
        "orgs": {"kaifeng": ("河南省水产技术推广站", "开封市畜牧局", "河南师范大学水产学院"),
                 "taian": ("山东省渔业发展和资源养护总站", "泰安市农业农村局", "山东农业大学动物科技学院")},
        "patents": ("一种池塘增氧机浮体支架", "一种鱼苗计数分装装置", "一种养殖尾水三级净化池"),
        "projects": ("黄河滩区池塘工程化循环水养殖模式研究", "大口黑鲈配合饲料替代冰鲜鱼养殖示范"),
        "books": ("淡水鱼类健康养殖技术", "池塘生态养殖实用手册"),
        "award_projects": ("黄河鲤良种选育及池塘健康养殖技术推广",),
    },
    "fire": {
        "job": "消防工程", "unit": ("消防技术服务有限公司", "建筑设计研究院", "消防工程有限公司"),
        "trainings": ("消防设施检测与维护保养技术培训", "高层建筑火灾防控与疏散设计研修班",
                      "注册消防工程师继续教育培训", "电气火灾监控系统应用培训"),
        "orgs": {"kaifeng": ("开封市公安消防支队", "河南省消防协会", "开封市安全生产监督管理局"),
                 "taian": ("泰安市应急管理局", "泰安市消防救援支队", "山东省消防协会")},
        "patents": ("一种消火栓箱用防冻保温套", "一种可伸缩式排烟防火阀", "一种古建筑木构件阻燃涂刷装置"),
        "projects": ("古建筑群消防安全风险评估方法研究", "大型商业综合体中庭烟气控制策略研究"),
        "books": ("建筑消防设施检测实务", "古建筑火灾防控技术"),
        "award_projects": ("古建筑群火灾早期探测与综合防控技术",),
    },
    "planning": {
        "job": "城乡规划", "unit": ("城乡规划设计研究院", "规划勘测设计院", "国土空间规划中心"),
        "trainings": ("国土空间规划编制技术培训班", "历史文化名城保护规划研修班",
                      "城市更新与老旧小区改造专题培训", "村庄规划编制实务培训"),
        "orgs": {"kaifeng": ("开封市城乡规划局", "河南省城乡规划设计研究总院", "河南大学环境与规划学院"),
                 "taian": ("泰安市自然资源和规划局", "山东省城乡规划设计研究院", "山东农业大学资源与环境学院")},
        "patents": ("一种规划测绘用可调式标杆", "一种城市绿地土壤取样器", "一种沙盘模型快速拼装底座"),
        "projects": ("历史文化街区微更新空间策略研究", "中小城市15分钟生活圈配置评价研究"),
        "books": ("历史文化名城保护规划方法", "村庄规划编制技术指引"),
        "award_projects": ("宋都古城历史街区保护与有机更新规划",),
    },
    "rural_doctor": {
        "job": "乡村医生", "unit": ("镇卫生院", "村卫生室", "社区卫生服务中心"),
        "trainings": ("乡村医生常见病诊疗能力提升培训班", "基层高血压糖尿病规范化管理培训",
                      "国家基本公共卫生服务项目培训", "中医适宜技术推广培训班"),
        "orgs": {"kaifeng": ("开封市卫生和计划生育委员会", "开封市中心医院", "河南省基层卫生协会"),
                 "taian": ("泰安市卫生健康委员会", "泰安市中心医院", "山东第一医科大学第二附属医院")},
        "patents": ("一种便携式出诊药箱", "一种可调节输液架", "一种艾灸温控固定带"),
        "projects": ("村医签约服务下慢病随访质量研究", "基层中医适宜技术推广模式研究"),
        "books": ("乡村医生实用临床手册", "基层慢性病管理技能"),
        "award_projects": ("县域医共体慢病一体化管理模式的建立与推广",),
    },
    "port": {
        "job": "物流工程", "unit": ("内陆港务有限公司", "铁路物流园区", "多式联运有限公司"),
        "trainings": ("内陆港集装箱堆场智能调度培训", "多式联运与物流园区运营管理研修班",
                      "危险货物道路运输安全管理培训", "冷链物流技术与标准化培训"),
        "orgs": {"kaifeng": ("开封市交通运输局", "河南省物流与采购联合会", "开封综合保税区管委会"),
                 "taian": ("泰安市交通运输局", "山东省物流与交通运输协会", "泰安市口岸和物流办公室")},
        "patents": ("一种集装箱吊具防摇装置", "一种冷藏箱温度远程监测插头", "一种托盘快速定位导向架"),
        "projects": ("内陆港公铁联运作业组织优化研究", "冷链物流园区能耗监测与评价研究"),
        "books": ("多式联运组织与管理", "物流园区规划与运营"),
        "award_projects": ("内陆港智能闸口与堆场协同调度系统",),
    },
    "coach": {
        "job": "体育教练", "unit": ("业余体育学校", "体育运动学校", "青少年体育俱乐部"),
        "trainings": ("青少年足球教练员岗位培训班", "国家级社会体育指导员培训",
                      "运动员体能训练方法研修班", "青少年游泳教练员继续教育培训"),
        "orgs": {"kaifeng": ("开封市体育局", "河南省体育局", "河南大学体育学院"),
                 "taian": ("泰安市体育局", "山东省体育局", "泰山学院体育学院")},
        "patents": ("一种足球训练用回弹网架", "一种游泳划水力量训练器", "一种可升降跨栏架"),
        "projects": ("青少年足球后备人才选材指标研究", "体教融合背景下业余训练模式研究"),
        "books": ("青少年体能训练指导", "少儿游泳教学训练"),
        "award_projects": ("青少年足球训练负荷监控体系构建与应用",),
    },
}  # fmt: skip

# ---- organisations per audited city --------------------------------------------------------------------
ORGS: dict[str, dict[str, tuple[str, ...]]] = {
    "kaifeng": {
        "hr": ("开封市人力资源和社会保障局", "河南省人力资源和社会保障厅"),
        "party_school": ("中共开封市委党校", "开封市行政学院"),
        "university": ("河南大学", "开封大学", "河南工业大学", "黄河水利职业技术学院"),
        "gov": ("河南省人民政府", "开封市人民政府", "开封市祥符区人民政府", "兰考县人民政府"),
        "kj": ("河南省科学技术厅", "开封市科学技术局"),
        "platform": ("汴梁专技云课堂", "中原继教在线学习平台"),
        "platform_co": ("河南中原智学网络科技有限公司", "开封汴育信息技术有限公司"),
        "county": ("祥符区", "尉氏县", "杞县", "通许县", "兰考县", "鼓楼区", "龙亭区"),
        "road": ("自由路", "中山路", "大梁路", "宋城路", "晋安路", "西环路"),
        "social": ("河南省社会科学界联合会", "开封市社会科学界联合会"),
        "exam": ("河南省高等教育自学考试委员会",),
    },
    "taian": {
        "hr": ("泰安市人力资源和社会保障局", "山东省人力资源和社会保障厅"),
        "party_school": ("中共泰安市委党校", "泰安行政学院"),
        "university": ("山东农业大学", "山东第一医科大学", "泰山学院", "泰山职业技术学院"),
        "gov": ("山东省人民政府", "泰安市人民政府", "肥城市人民政府", "新泰市人民政府"),
        "kj": ("山东省科学技术厅", "泰安市科学技术局"),
        "platform": ("岱宗专技e学堂", "泰山继教通学习平台"),
        "platform_co": ("山东岱岳知行教育科技有限公司", "泰安泰学云信息技术有限公司"),
        "county": ("泰山区", "岱岳区", "新泰市", "肥城市", "宁阳县", "东平县"),
        "road": ("东岳大街", "灵山大街", "泰山大街", "迎胜路", "龙潭路", "擂鼓石大街"),
        "social": ("山东省社会科学界联合会", "泰安市社会科学界联合会"),
        "exam": ("山东省高等教育自学考试委员会",),
    },
}

PUBLICS = (
    "专业技术人员职业道德与诚信建设", "知识产权保护与运用", "专业技术人员创新能力培养与提升",
    "大数据与网络信息安全", "乡村振兴战略解读", "碳达峰碳中和概论", "心理健康与压力管理",
    "数字经济与数字政府建设", "全面依法治国专题讲座", "健康中国战略与全民健康",
)  # fmt: skip

# publishers with their ISBN registrant prefixes (978-7-…)
PUBLISHERS: dict[str, tuple[tuple[str, str], ...]] = {
    "dental": (("人民卫生出版社", "117"), ("河南科学技术出版社", "5349")),
    "grain": (("中国轻工业出版社", "5184"), ("化学工业出版社", "122")),
    "broadcast": (("中国广播影视出版社", "5043"), ("化学工业出版社", "122")),
    "special_ed": (("华东师范大学出版社", "5675"), ("山东科学技术出版社", "5331")),
    "aquaculture": (("中国农业出版社", "109"), ("河南科学技术出版社", "5349")),
    "fire": (("应急管理出版社", "5020"), ("化学工业出版社", "122")),
    "planning": (("中国建筑工业出版社", "112"), ("山东科学技术出版社", "5331")),
    "rural_doctor": (("人民卫生出版社", "117"), ("山东科学技术出版社", "5331")),
    "port": (("人民交通出版社", "114"), ("化学工业出版社", "122")),
    "coach": (("人民体育出版社", "5009"), ("河南科学技术出版社", "5349")),
}

# CSCD core journals (real rows of journals-cscd.csv), with the topics drawn on them and their levels:
# cscd always, plus pku_core / cssci where journals-cn.csv lists the name (check.py re-reads both files).
JOURNALS: tuple[dict[str, Any], ...] = (
    {"name": "华西口腔医学杂志", "issn": "1000-1182", "cn": "51-1169/R", "levels": ["cscd", "pku_core"],
     "en": "West China Journal of Stomatology", "prof": "dental", "host": "四川大学",
     "titles": ("氧化锆全瓷冠边缘适合性的体外研究", "三维打印钴铬合金支架精度的临床评价")},
    {"name": "国际口腔医学杂志", "issn": "1673-5749", "cn": "51-1698/R", "levels": ["cscd"],
     "en": "International Journal of Stomatology", "prof": "dental", "host": "四川大学",
     "titles": ("数字化导板在前牙美学修复中的应用", "椅旁CAD/CAM嵌体修复的三年随访观察")},
    {"name": "中国粮油学报", "issn": "1003-0174", "cn": "11-2864/TS", "levels": ["cscd", "pku_core"],
     "en": "Journal of the Chinese Cereals and Oils Association", "prof": "grain", "host": "中国粮油学会",
     "titles": ("内环流控温对高大平房仓小麦品质的影响", "氮气气调储粮过程中粮堆湿热迁移规律")},
    {"name": "水产学报", "issn": "1000-0615", "cn": "31-1283/S", "levels": ["cscd", "pku_core"],
     "en": "Journal of Fisheries of China", "prof": "aquaculture", "host": "中国水产学会",
     "titles": ("黄河鲤池塘工程化循环水养殖效果分析", "养殖尾水三级净化系统对氮磷去除效果研究")},
    {"name": "渔业科学进展", "issn": "2095-9869", "cn": "37-1466/S", "levels": ["cscd"],
     "en": "Progress in Fishery Sciences", "prof": "aquaculture", "host": "中国水产科学研究院黄海水产研究所",
     "titles": ("大口黑鲈配合饲料替代冰鲜鱼的养殖试验", "不同放养密度对鲫生长及水质的影响")},
    {"name": "海洋渔业", "issn": "1004-2490", "cn": "31-1341/S", "levels": ["cscd", "pku_core"],
     "en": "Marine Fisheries", "prof": "aquaculture", "host": "中国水产科学研究院东海水产研究所",
     "titles": ("稻渔综合种养模式下克氏原螯虾生长特性",)},
    {"name": "城市规划学刊", "issn": "1000-3363", "cn": "31-1938/TU", "levels": ["cscd"],
     "en": "Urban Planning Forum", "prof": "planning", "host": "同济大学",
     "titles": ("历史文化街区微更新的空间策略与实践", "黄河沿岸中小城市滨水空间格局演变")},
    {"name": "城市规划", "issn": "1002-1329", "cn": "11-2378/TU", "levels": ["cscd", "cssci", "pku_core"],
     "en": "City Planning Review", "prof": "planning", "host": "中国城市规划学会",
     "titles": ("中小城市15分钟社区生活圈配置评价", "古城型城市更新中的公共空间再生")},
    {"name": "国际城市规划", "issn": "1673-9493", "cn": "11-5583/TU", "levels": ["cscd", "pku_core"],
     "en": "Urban Planning International", "prof": "planning", "host": "中国城市规划设计研究院",
     "titles": ("国土空间规划背景下村庄分类方法比较",)},
    {"name": "中国安全科学学报", "issn": "1003-3033", "cn": "11-2865/X", "levels": ["cscd", "pku_core"],
     "en": "China Safety Science Journal", "prof": "fire", "host": "中国职业安全健康协会",
     "titles": ("古建筑群火灾风险模糊综合评价方法", "大型商业综合体中庭烟气蔓延数值模拟")},
    {"name": "燃烧科学与技术", "issn": "1006-8740", "cn": "12-1240/TK", "levels": ["cscd", "pku_core"],
     "en": "Journal of Combustion Science and Technology", "prof": "fire", "host": "天津大学",
     "titles": ("木质构件表面阻燃涂层热解特性试验研究",)},
    {"name": "声学学报", "issn": "0371-0025", "cn": "11-2065/O4", "levels": ["cscd", "pku_core"],
     "en": "Acta Acustica", "prof": "broadcast", "host": "中国科学院声学研究所",
     "titles": ("室外应急广播扬声器阵列声场覆盖优化",)},
    {"name": "通信学报", "issn": "1000-436X", "cn": "11-2102/TN", "levels": ["cscd", "pku_core"],
     "en": "Journal on Communications", "prof": "broadcast", "host": "中国通信学会",
     "titles": ("调频同步广播覆盖盲区的测试与优化方法", "地面数字电视单频网时延补偿算法")},
    {"name": "交通运输系统工程与信息", "issn": "1009-6744", "cn": "11-4520/U", "levels": ["cscd", "pku_core"],
     "en": "Journal of Transportation Systems Engineering and Information Technology", "prof": "port",
     "host": "中国系统工程学会", "titles": ("内陆港公铁联运集装箱作业组织优化", "冷链物流园区车辆预约调度模型")},
    {"name": "食品科学", "issn": "1002-6630", "cn": "11-2206/TS", "levels": ["cscd", "pku_core"],
     "en": "Food Science", "prof": "grain", "host": "北京食品科学研究院",
     "titles": ("低温储藏对小麦粉加工品质的影响", "储藏稻谷脂肪酸值变化的近红外快速检测")},
)  # fmt: skip

UNITS_GENERIC = ("人民医院", "职业技术学院", "市政工程设计院", "农业科学院", "技师学院")

# ---- dates ---------------------------------------------------------------------------------------------
_DIG = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    """1..31 in Chinese numerals: 八, 十, 十二, 二十, 二十八, 三十一."""
    if n < 10:
        return _DIG[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIG[tens]) + "十" + (_DIG[ones] if ones else "")


def hanzi_date(d: dt.date | str) -> str:
    """二〇一九年三月八日 (or 二〇二一年九月 for a YYYY-MM string)."""
    if isinstance(d, str):
        y, m = d.split("-")[:2]
        return "".join(_DIG[int(c)] for c in y) + "年" + _cn_num(int(m)) + "月"
    return "".join(_DIG[int(c)] for c in str(d.year)) + "年" + _cn_num(d.month) + "月" + _cn_num(d.day) + "日"


def fmt_date(d: dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    return {
        "cn": f"{y}年{m}月{dd}日",
        "cn0": f"{y}年{m:02d}月{dd:02d}日",
        "dot": f"{y}.{m}.{dd}",
        "dot0": f"{y}.{m:02d}.{dd:02d}",
        "dash": f"{y}-{m}-{dd}",
        "dash0": f"{y}-{m:02d}-{dd:02d}",
        "slash": f"{y}/{m}/{dd}",
        "hanzi": hanzi_date(d),
    }[style]


def fmt_span(a: dt.date, b: dt.date, style: str) -> str:
    """A training period as printed: 2016年5月9日至11日, 2016.05.09-05.11, 2016-5-9至2016-5-11 …"""
    if style in ("cn", "cn0") and a.year == b.year:
        if a.month == b.month:
            return (
                f"{fmt_date(a, style)}至{b.day}日"
                if style == "cn"
                else f"{fmt_date(a, style)}至{b.day:02d}日"
            )
        return f"{fmt_date(a, style)}至{b.month}月{b.day}日"
    sep = "—" if style.startswith("dot") else "至"
    return f"{fmt_date(a, style)}{sep}{fmt_date(b, style)}"


def iso(d: dt.date) -> str:
    return d.isoformat()


def all_date_forms(value: str) -> set[str]:
    """Every way this draw prints an ISO date (YYYY-MM-DD) or a month (YYYY-MM), for the self-check."""
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:])
        return {
            f"{y}年{m}月",
            f"{y}年{m:02d}月",
            f"{y}.{m:02d}",
            f"{y}.{m}",
            f"{y}-{m:02d}",
            hanzi_date(value),
        }
    d = dt.date.fromisoformat(value)
    forms = {fmt_date(d, s) for s in ("cn", "cn0", "dot", "dot0", "dash", "dash0", "slash", "hanzi")}
    # the end of a span printed without its year/month (…至11日, …至6月2日, —05.11)
    forms |= {f"至{d.day}日", f"至{d.day:02d}日", f"至{d.month}月{d.day}日"}
    return forms


# ---- check digits and numbers --------------------------------------------------------------------------
def zl_check(digits12: str) -> str:
    """Check digit of a 12-digit Chinese patent application number (weights 2..9,2..5, mod 11, 10 -> X)."""
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    r = sum(int(c) * k for c, k in zip(digits12, w, strict=True)) % 11
    return "X" if r == 10 else str(r)


def issn_digit(digits7: str) -> str:
    s = sum(int(c) * w for c, w in zip(digits7, range(8, 1, -1), strict=True))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def isbn_digit(digits12: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits12))
    return str((10 - s % 10) % 10)


def patent_number(rng: random.Random, year: int, kind: str) -> tuple[str, str]:
    """(normalised ZL number, printed form): ZL201620345678.9 printed as ZL 2016 2 0345678.9 or plain."""
    digit = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    body = f"{year}{digit}{rng.randrange(10**7):07d}"
    num = f"ZL{body}.{zl_check(body)}"
    printed = rng.choice(
        (num, f"ZL {body}.{zl_check(body)}", f"ZL {body[:4]} {body[4]} {body[5:]}.{num[-1]}")
    )
    return num, printed


def isbn(rng: random.Random, prefix: str) -> str:
    """A hyphenated ISBN-13 with the publisher's registrant prefix and a valid check digit."""
    title = f"{rng.randrange(10 ** (8 - len(prefix))):0{8 - len(prefix)}d}"
    d12 = "9787" + prefix + title
    return f"978-7-{prefix}-{title}-{isbn_digit(d12)}"


def serial(rng: random.Random, head: str, n: int = 8) -> str:
    return head + "".join(str(rng.randrange(10)) for _ in range(n))


def hours_text(h: float) -> str:
    return f"{h:g}"


# ---- pinyin of the name characters (for English bylines: Wang Jianguo, OUYANG Zhiyuan) --------------
_PY_S = (
    "wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han "
    "tang feng yu dong xiao cheng cao yuan deng xu fu shen zeng peng lv su lu jiang cai jia ding wei xue ye yan yu "
    "pan du dai xia zhong wang tian ren jiang fan fang shi yao tan liao zou xiong jin lu hao kong bai cui kang mao "
    "qiu qin jiang shi gu hou shao meng long wan duan lei qian tang yin li yi chang wu qiao he lai gong wen"
).split()
_PY_G = (
    "jian guo zhen hua xiu ying gui lan de sheng xiao yan zhi qiang hai tao wen bo zi han yu xin jia yi zi xuan "
    "hao ran jun jie li juan ming hui chun mei yu jie xin min li qun yong hong wei dong shu zhen peng fei si yuan "
    "ruo xi yi ming chen yang ya nan jia qi meng yao hong yu xue feng dong qing chang lin jin feng su fang cui ping "
    "ji wei guang tian shou xin rong chang cheng ze huai jin shu heng hui min"
).split()
PINYIN: dict[str, str] = dict(zip(SURNAMES, _PY_S, strict=True))
PINYIN_G: dict[str, str] = dict(zip(GIVEN, _PY_G, strict=True))
PINYIN_D = {
    "欧阳": "ouyang",
    "司马": "sima",
    "上官": "shangguan",
    "诸葛": "zhuge",
    "东方": "dongfang",
    "皇甫": "huangfu",
    "令狐": "linghu",
    "慕容": "murong",
    "公孙": "gongsun",
    "尉迟": "yuchi",
}


def pinyin_name(name: str, caps: bool = False) -> str:
    """王建国 -> Wang Jianguo (or WANG Jianguo)."""
    if name[:2] in PINYIN_D:
        sur, given = PINYIN_D[name[:2]], name[2:]
    else:
        sur, given = PINYIN[name[0]], name[1:]
    g = "".join(PINYIN_G.get(c, "") for c in given)
    return f"{sur.upper() if caps else sur.capitalize()} {g.capitalize()}"
