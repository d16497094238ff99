"""What trainings, meetings and programmes in draw 16 are about, and who runs them."""

from __future__ import annotations

from bench.blind16.pools import Ctx, Place, county_suffix

PUBLIC = ["数字政府建设与数据要素应用", "新发展理念与高质量发展", "专业技术人员诚信体系建设", "乡村全面振兴专题解读",
          "生成式人工智能应用基础", "安全生产法律法规与应急处置", "黄河流域生态保护和高质量发展", "知识产权保护实务",
          "职场心理调适与健康管理", "习近平法治思想学习纲要", "保守国家秘密基本知识", "碳达峰碳中和基础知识"]  # fmt: skip
FIELDS = {
    "med": ["县域慢病一体化管理", "急诊急救能力提升", "合理用药与处方点评", "基层超声规范化操作", "院内感染防控实务",
            "老年护理与安宁疗护", "儿童哮喘规范化诊治", "中医适宜技术推广", "心电图判读进阶"],
    "edu": ["新课标下初中英语单元整体教学", "高中物理实验教学创新", "小学数学思维课堂构建", "学前儿童行为观察与评价",
            "班主任心理健康教育能力提升", "职业院校课程思政教学设计", "义务教育作业设计与实施", "校园足球教练员"],
    "agr": ["冬小麦节水稳产栽培", "设施蔬菜土壤连作障碍治理", "水稻病虫害统防统治", "生猪健康养殖与疫病防控",
            "果树高效修剪与花果管理", "高标准农田建设管理", "茶叶标准化加工技术"],
    "eng": ["装配式混凝土结构施工质量控制", "城镇燃气管网安全运行", "农村公路养护技术规范", "建设工程造价新规实务",
            "水利工程质量检测技术", "国土空间规划编制方法", "特种设备检验检测新技术", "地质灾害防治工程勘查"],
}  # fmt: skip


def field_of(ctx: Ctx) -> str:
    return ctx.rng.choice(list(FIELDS))


def topic(ctx: Ctx, fld: str) -> str:
    return ctx.rng.choice(FIELDS[fld])


def hr_bureau(pl: Place, level: str = "city") -> str:
    if level == "prov":
        return f"{pl.prov}省人力资源和社会保障厅"
    if level == "county":
        return f"{county_suffix(pl.county)}人力资源和社会保障局"
    return f"{pl.city}市人力资源和社会保障局"


def organiser(ctx: Ctx, pl: Place, fld: str) -> str:
    """A body that runs professional (专业) trainings in this field."""
    c, p = pl.city, pl.prov
    opts = {
        "med": [f"{c}市卫生健康委员会", f"{c}市医学会", f"{p}省护理学会", f"{c}市中心医院", f"{p}省医师协会"],
        "edu": [f"{c}市教育局", f"{c}市教育科学研究院", f"{p}省教师教育学会", f"{c}市教师发展中心"],
        "agr": [f"{c}市农业农村局", f"{p}省农业技术推广总站", f"{c}市农业科学院", f"{p}省农学会"],
        "eng": [f"{c}市住房和城乡建设局", f"{p}省土木建筑学会", f"{c}市交通运输局", f"{p}省水利学会"],
    }[fld]
    return ctx.rng.choice(opts)


PLATFORMS = {
    "山东": "山东省专业技术人员继续教育公共服务平台",
    "河南": "河南省专业技术人员继续教育网络学习平台",
    "湖南": "湖南省专业技术人员继续教育在线",
}
VENUES = ["市委党校报告厅", "学术报告厅（行政楼四楼）", "继续教育中心201教室", "国际会展中心B2厅", "宾馆三楼会议室",
          "门诊楼十二楼多功能厅", "教师进修学校阶梯教室", "农业科技示范园培训中心"]  # fmt: skip
