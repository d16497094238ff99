"""Draw 49's context, variant lists, layout families, name/place/topic pools, dates and check digits.

Everything here was written for this draw (Yiyang 2018 / Yantai 2020 audit): pharmacists, water engineers,
veterinarians, accountants, forestry technicians, radiologists, teachers, surveyors, power-grid engineers and
museum conservators, and the bodies that train them."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

# ---- layout families (six per evidence type) and other variant lists ---------------------------------------
FAMILIES: dict[str, dict[str, str]] = {
    "training_certificate": {
        "portrait-seal": "portrait 结业证书, red frame, number top right, body paragraph, seal over the issuer",
        "booklet-2p": "two-page scan of a booklet: embossed cover, then a landscape inner spread with photo box",
        "app-cert": "phone screenshot of an online platform's 我的证书 page with the certificate card",
        "course-table": "学时证明 with a 课程/类别/学时/考核 table and a total row",
        "query-print": "browser print-out of a 学时 query result (URL, print time, 1/1 footer)",
        "chat-forward": "chat screenshot: a certificate image forwarded into a work group",
    },
    "sign_in_sheet": {
        "grid-hand": "ruled roster, names and signatures handwritten",
        "day-ticks": "printed roster with 上午/下午 tick columns for each training day",
        "two-block": "landscape sheet, two 序号/姓名/签名 blocks side by side",
        "multipage": "two pages, the second headed （续） with 第2页 共2页",
        "lecture": "学术讲座 sign-in: speaker above the table, 科室 and arrival time columns",
        "app-export": "print-out of an electronic QR check-in export, masked phone numbers",
    },
    "training_notice": {
        "red-header": "红头文件: red organisation banner, 文号, red rule, numbered sections, seal",
        "invitation": "邀请函 of an academic meeting, handwritten addressee, reply details",
        "schedule": "日程安排 table (日期/时间/内容/主讲) under a short heading",
        "web-notice": "browser print-out of a notice on an association website, 发布时间 line",
        "wechat-article": "phone screenshot of an official-account article",
        "notice-receipt": "two pages: the notice, then 附件 报名回执 table",
    },
    "journal_article": {
        "first-page": "an article's first page: header, byline with affiliation markers, abstract, footnotes",
        "cover-toc": "two pages: journal cover with ISSN/CN box, then the 目录 page",
        "cover-toc-first": "three pages: cover, 目录, the article's first page",
        "db-print": "browser print-out of a literature database's article detail page",
        "header-first": "first page with a bilingual running header block and a two-column body",
        "masthead-first": "two pages: the 版权页/编委会 grid, then the article's first page",
    },
    "book": {
        "cover": "front cover: title (sometimes on two lines), editors, publisher",
        "copyright": "版权页: CIP block, 版次/印次, 开本, ISBN, 定价",
        "title-board": "three pages: 扉页, 版权页, 编委会 grid",
        "translation": "two pages: 扉页 of a translation (原著 author and translators), 版权页",
        "cover-copyright": "two pages: cover, then 版权页",
        "catalog-web": "browser print-out of a publisher's book detail page",
    },
    "patent_certificate": {
        "classic": "portrait certificate with spaced labels (发 明 人, 专 利 号), director's signature, seal",
        "utility": "实用新型专利证书 with a light guilloche frame and 第1页（共2页） footer",
        "two-page": "two pages: certificate, then the page listing applicants/inventors and fee notes",
        "e-cert": "electronic certificate with QR code and 授权公告号",
        "register-query": "browser print-out of a patent register query",
        "certified-copy": "design-patent copy annotated 与原件一致 with a unit seal over the text",
    },
    "award_certificate": {
        "province-sci": "provincial 科学技术进步奖 certificate, 第N完成人, issuer 省人民政府",
        "city-landscape": "landscape municipal award with the team list",
        "social-science": "社会科学优秀成果奖 certificate, upright seal",
        "competition": "competition (教学能力/技能比赛) certificate from a bureau",
        "team-list": "bureau award to one person, with the full 主要完成人 list",
        "booklet-2p": "two pages: red booklet cover 荣誉证书, then the inner page",
    },
    "project_completion": {
        "certificate": "结题证书 with 负责人 and 成员 lines",
        "approval-form": "two pages: 结题审批表 table and expert/department opinions",
        "letter": "a 证明 letter from a hospital/school research office",
        "system-print": "browser print-out of a 科研管理系统 project record",
        "landscape": "landscape 结项证书 with spaced heading, 主持人 and 主要参与人",
        "member-table": "portrait certificate with a members table (序号/姓名/单位/分工)",
    },
    "qualification_certificate": {
        "diploma": "毕业证书 with photo box, Chinese-numeral dates, 校(院)长",
        "degree": "学位证书 (硕士/博士) from a 学位评定委员会",
        "computer-exam": "计算机应用能力考试合格证 with a module table",
        "self-study": "自学考试单科合格证书 with course table",
        "postgrad": "研究生课程进修班结业证书",
        "verify-print": "browser print-out of an electronic 学历 registration record",
    },
    "other": {
        "register-book": "继续教育登记证书 inner page (年度/内容/学时/盖章)",
        "receipt": "培训费 receipt with amount in words",
        "acceptance": "论文录用通知 from an editorial office",
        "appointment": "聘书",
        "notes": "handwritten 学习笔记 page",
        "reply-slip": "参会回执 table with a unit seal",
    },
}

PREFIX = {
    "training_certificate": "cert",
    "sign_in_sheet": "sign",
    "training_notice": "notice",
    "journal_article": "journal",
    "book": "book",
    "patent_certificate": "patent",
    "award_certificate": "award",
    "project_completion": "project",
    "qualification_certificate": "qual",
    "other": "other",
}

VARIANTS: dict[str, list[Any]] = {f"t49.layout.{t}": list(v) for t, v in FAMILIES.items()}
VARIANTS.update(
    {
        "t49.colon": ["：", "：", ":", "： "],
        "t49.frame": [0, 1, 2, 3],
        "t49.region": ["yy", "yt"],
        "t49.date": ["cn", "cn0", "dot", "dash", "dash1", "slash"],
        "t49.date.award": ["upper", "upper", "cn", "upperz"],
        "t49.period": ["zhi", "dash", "full", "dot"],
        "t49.hours": ["共计{h}学时", "{h}学时", "学时：{h}", "计{h}个学时"],
        "t49.paren": ["（）", "()"],
        "t49.pageno": ["第 {n} 页 共 {t} 页", "- {n} -", "{n}/{t}", "第{n}页"],
    }
)

# ---- people -------------------------------------------------------------------------------------------------
SURNAMES = (
    "王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo "
    "何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng "
    "曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 杜du 叶ye 程cheng 苏su 魏wei 吕lyu "
    "丁ding 任ren 沈shen 姚yao 卢lu 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia "
    "付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 段duan 雷lei 侯hou 龙long "
    "黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 覃qin 戴dai 孔kong 曲qu 隋sui 栾luan 宫gong 初chu "
    "迟chi 衣yi 鞠ju 文wen 伍wu 符fu 颜yan 聂nie 柳liu 辛xin 牟mou 宁ning"
).split()
COMPOUND = "欧阳ouyang 司马sima 上官shangguan 诸葛zhuge 端木duanmu 皇甫huangfu 慕容murong 令狐linghu".split()
GIVEN = (
    "伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao "
    "明ming 超chao 秀xiu 霞xia 平ping 刚gang 桂gui 英ying 华hua 玉yu 兰lan 红hong 建jian 国guo 志zhi "
    "文wen 斌bin 辉hui 鹏peng 宇yu 浩hao 凯kai 俊jun 峰feng 琳lin 婷ting 雪xue 晓xiao 海hai 波bo "
    "宁ning 欣xin 怡yi 佳jia 悦yue 慧hui 倩qian 颖ying 瑶yao 晨chen 帆fan 思si 雨yu 梦meng 蕾lei 菲fei "
    "璐lu 薇wei 嘉jia 轩xuan 泽ze 睿rui 博bo 铭ming 航hang 锋feng 毅yi 琦qi 瑞rui 春chun 秋qiu 冬dong "
    "梅mei 松song 德de 昌chang 荣rong 福fu 永yong 庆qing 成cheng 立li 新xin 光guang 亮liang 炜wei 岚lan "
    "蓉rong 莉li 萍ping 燕yan 凤feng 丹dan 露lu 晶jing 媛yuan 彬bin 翔xiang 健jian 坤kun 晖hui 程cheng "
    "舒shu 曼man 琴qin 君jun 霖lin 湘xiang 沅yuan 鲁lu 胶jiao 蔚wei 涵han 杉shan 楠nan 森sen 渊yuan"
).split()
PINYIN: dict[str, str] = {}
for _tok in SURNAMES + COMPOUND + GIVEN:
    _zh = "".join(c for c in _tok if not c.isascii())
    PINYIN[_zh] = _tok[len(_zh) :]
SUR = [t[:1] for t in SURNAMES]
SUR2 = [t[:2] for t in COMPOUND]
GIV = [t[:1] for t in GIVEN]

# foreign authors of translated books (transliterated, with nationality)
FOREIGN = [
    ("美", "约翰·米勒"), ("英", "大卫·汤普森"), ("德", "汉斯·韦伯"), ("日", "佐藤健一"),
    ("澳", "彼得·格林"), ("加", "玛丽·柯林斯"), ("法", "让·杜邦"), ("美", "苏珊·赖特"),
]  # fmt: skip

# ---- places -----------------------------------------------------------------------------------------------
REGIONS: dict[str, dict[str, Any]] = {
    "yy": {
        "prov": "湖南省", "p": "湖南", "city": "益阳市", "c": "益阳", "policy": "yiyang-2018",
        "years": (2017, 2018, 2018, 2018), "zip": "413000", "tel": "0737",
        "counties": ["赫山区", "资阳区", "沅江市", "南县", "桃江县", "安化县", "大通湖区"],
        "roads": ["康富路", "桃花仑路", "龙洲路", "秀峰路", "金花湖路", "梓山路"],
        "univ": ["湖南城市学院", "益阳职业技术学院", "湖南农业大学", "中南林业科技大学", "湖南中医药大学"],
        "school": "中共益阳市委党校", "hosp": ["益阳市中心医院", "益阳市第一中医医院", "益阳市第三人民医院"],
        "platform": ["湘继教在线学习平台", "益阳专技云课堂", "潇湘专技学堂"],
        "grid": "国网益阳供电公司",
    },
    "yt": {
        "prov": "山东省", "p": "山东", "city": "烟台市", "c": "烟台", "policy": "yantai-2020",
        "years": (2019, 2020, 2020, 2020), "zip": "264000", "tel": "0535",
        "counties": ["芝罘区", "莱山区", "福山区", "牟平区", "蓬莱区", "龙口市", "莱阳市", "莱州市", "招远市",
                     "栖霞市", "海阳市"],
        "roads": ["南大街", "观海路", "港城西大街", "迎春大街", "红旗中路", "长江路"],
        "univ": ["鲁东大学", "烟台大学", "山东商务职业学院", "烟台职业学院", "滨州医学院"],
        "school": "中共烟台市委党校", "hosp": ["烟台毓璜顶医院", "烟台山医院", "烟台市中医医院"],
        "platform": ["胶东专技学堂", "烟台继教云课堂", "鲁东专技在线"],
        "grid": "国网烟台供电公司",
    },
}  # fmt: skip

# ---- professions ------------------------------------------------------------------------------------------
# units/orgs use {c} city short, {C} city, {p} province short, {P} province, {x} a county.
PROFS: dict[str, dict[str, Any]] = {
    "pharm": {
        "titles": ["主管药师", "药师", "副主任药师", "执业药师"],
        "units": ["{C}中心医院药剂科", "{C}{x}人民医院药学部", "{c}老百姓大药房连锁有限公司", "{x}中医医院药剂科",
                  "{C}妇幼保健院药剂科"],
        "orgs": ["{P}药学会", "{C}卫生健康委员会", "{C}药学会", "{P}执业药师协会", "{C}市场监督管理局"],
        "topics": ["医院药学服务能力提升", "临床合理用药与处方点评", "抗菌药物临床应用管理", "中药饮片质量控制",
                   "药物警戒与不良反应监测", "执业药师药学服务规范"],
        "journals": ["zgyxzz", "yxxb"],
        "papers": ["基于处方点评的门诊抗菌药物使用合理性分析", "某三甲医院静脉用药调配中心差错原因分析及对策",
                   "临床药师参与老年多重用药管理的实践与效果评价", "HPLC法同时测定复方丹参片中4种成分的含量",
                   "质子泵抑制剂超说明书用药情况调查与干预"],
        "patents": ["一种药房用药品分装装置", "一种便于清洗的中药煎煮锅", "一种静脉用药调配用防护操作台",
                    "一种带计时提醒功能的分药盒"],
        "projects": ["县域医共体药学服务同质化模式研究", "基层医疗机构抗菌药物使用监测体系构建",
                     "中药饮片临方炮制质量评价研究"],
        "books": ["临床合理用药手册", "基层药师实用药学服务指南", "常用中药饮片鉴别图谱"],
        "majors": [("药学", "中南大学", "医学"), ("临床药学", "中国药科大学", "理学"), ("中药学", "湖南中医药大学", "医学")],
        "depts": ["药剂科", "药学部", "临床药学室", "静配中心"],
    },
    "water": {
        "titles": ["水利工程师", "高级工程师", "助理工程师", "工程师"],
        "units": ["{C}水利水电勘测设计院", "{x}水利局", "{C}河道管理处", "{C}水文水资源勘测中心", "{x}水利工程建设管理站"],
        "orgs": ["{C}水利局", "{P}水利学会", "{P}水利厅", "{C}水利学会", "河海大学继续教育学院"],
        "topics": ["小型水库安全运行管理", "河长制湖长制业务", "水利工程质量与安全生产监督", "农村饮水安全工程建设管理",
                   "水土保持监测技术", "防汛抢险技术"],
        "journals": ["slxb", "slsdkjjz", "szybh"],
        "papers": ["洞庭湖区堤防渗流稳定分析与加固措施研究", "基于遥感的小流域水土流失动态监测",
                   "中小河流洪水预报模型参数率定方法比较", "胶东地区地下水超采区治理效果评价",
                   "病险水库除险加固工程防渗墙质量检测"],
        "patents": ["一种水利工程用防汛挡水装置", "一种渠道淤泥清理装置", "一种水位自动监测浮标", "一种堤坝渗漏检测装置"],
        "projects": ["洞庭湖区农村供水水质保障技术研究", "小型水库雨水情测报与预警系统开发", "河湖岸线生态修复技术示范"],
        "books": ["小型水库运行管理实务", "农村水利工程建设与管理", "堤防工程险情识别与抢护"],
        "majors": [("水利水电工程", "河海大学", "工学"), ("水文与水资源工程", "长沙理工大学", "工学"),
                   ("农业水利工程", "山东农业大学", "工学")],
        "depts": ["工程管理科", "规划设计室", "水政监察大队", "防汛办"],
    },
    "vet": {
        "titles": ["兽医师", "高级兽医师", "执业兽医师", "助理兽医师"],
        "units": ["{x}畜牧水产事务中心", "{C}动物疫病预防控制中心", "{x}动物卫生监督所", "{c}某牧业有限公司兽医室",
                  "{x}农业农村局"],
        "orgs": ["{C}农业农村局", "{P}畜牧兽医学会", "{C}畜牧兽医学会", "{P}动物疫病预防控制中心"],
        "topics": ["非洲猪瘟防控技术", "基层兽医实验室检测技术", "动物检疫规范操作", "兽药残留监控与安全用药",
                   "规模猪场生物安全", "执业兽医继续教育"],
        "journals": ["xmsyxb", "zgxmsy"],
        "papers": ["规模猪场非洲猪瘟生物安全防控措施效果评估", "某地区奶牛乳房炎病原菌分离鉴定及耐药性分析",
                   "鸡传染性支气管炎病毒流行株S1基因序列分析", "肉鸭养殖场抗菌药物使用现状调查",
                   "羊小反刍兽疫免疫抗体监测结果分析"],
        "patents": ["一种兽用注射器固定装置", "一种畜禽养殖用消毒喷雾装置", "一种动物采血保定架", "一种仔猪保温箱"],
        "projects": ["生猪养殖场非洲猪瘟综合防控技术集成示范", "基层动物疫病监测网络化管理研究", "肉牛常见病综合防治技术推广"],
        "books": ["基层兽医实用技术手册", "猪病诊断与防治图谱", "动物检疫实务"],
        "majors": [("动物医学", "湖南农业大学", "农学"), ("预防兽医学", "山东农业大学", "农学"), ("畜牧兽医", "青岛农业大学", "农学")],
        "depts": ["检测室", "防疫科", "检疫科"],
    },
    "acct": {
        "titles": ["会计师", "高级会计师", "助理会计师", "审计师"],
        "units": ["{C}财政局", "{x}教育局财务室", "{c}城市建设投资集团有限公司", "{C}第一中学", "{c}港务集团财务部"],
        "orgs": ["{C}财政局", "{P}财政厅", "{C}会计学会", "{P}注册会计师协会"],
        "topics": ["政府会计制度实务", "管理会计应用指引", "新收入准则解读", "个人所得税改革与纳税实务",
                   "内部控制规范实施", "财会监督与会计信息质量"],
        "journals": [],
        "papers": [],
        "patents": [],
        "projects": ["县级行政事业单位内部控制评价研究", "政府会计制度在公立医院的应用研究"],
        "books": ["政府会计制度实务操作指南", "行政事业单位内部控制案例"],
        "majors": [("会计学", "湖南大学", "管理学"), ("财务管理", "山东财经大学", "管理学"), ("会计", "湖南工商大学", "管理学")],
        "depts": ["财务科", "会计核算中心", "审计科"],
    },
    "forest": {
        "titles": ["林业工程师", "高级工程师", "助理工程师", "林业技术员"],
        "units": ["{x}林业局", "{C}林业科学研究所", "{x}国有林场", "{C}自然资源和规划局", "{x}林业站"],
        "orgs": ["{C}林业局", "{P}林业局", "{P}林学会", "中南林业科技大学", "{C}自然资源和规划局"],
        "topics": ["林业有害生物防控", "松材线虫病疫情防治", "森林防火与扑救", "林木良种繁育技术",
                   "油茶丰产栽培", "国土绿化与森林抚育"],
        "journals": ["lykx", "lykxyj", "sjlyyj"],
        "papers": ["马尾松林松材线虫病疫木除治效果调查", "不同施肥处理对油茶幼林生长的影响",
                   "杨树人工林林下植被多样性研究", "昆嵛山黑松林火险等级区划研究", "楠竹林分结构与碳储量估算"],
        "patents": ["一种林木病虫害监测诱捕器", "一种苗木移栽用挖穴装置", "一种林区防火隔离带清理装置", "一种树干注药器"],
        "projects": ["松材线虫病绿色防控技术集成与示范", "油茶低产林改造技术推广", "楠竹林下经济模式研究"],
        "books": ["林业有害生物识别与防治", "油茶高效栽培技术", "森林抚育实用技术"],
        "majors": [("林学", "中南林业科技大学", "农学"), ("森林保护", "北京林业大学", "农学"), ("园林", "山东农业大学", "农学")],
        "depts": ["森防站", "营林科", "资源管理科"],
    },
    "radio": {
        "titles": ["主治医师", "放射技师", "主管技师", "副主任医师"],
        "units": ["{C}中心医院放射科", "{x}人民医院影像科", "{C}第三人民医院医学影像科", "{x}中医医院放射科"],
        "orgs": ["{P}医学会放射学分会", "{C}医学会", "{C}卫生健康委员会", "{P}放射卫生协会"],
        "topics": ["CT低剂量扫描技术规范", "放射诊疗辐射防护", "肺结节影像诊断", "急诊影像诊断进展",
                   "磁共振检查安全管理", "医学影像质量控制"],
        "journals": ["zhfsxzz", "fsxsj", "zgyxyx"],
        "papers": ["低剂量CT在肺结节筛查中的应用价值", "能谱CT对肝脏局灶性病变的鉴别诊断价值",
                   "膝关节半月板损伤MRI表现与关节镜对照分析", "急性缺血性脑卒中CT灌注成像的临床应用",
                   "乳腺X线摄影质量控制与辐射剂量分析"],
        "patents": ["一种放射科用患者体位固定装置", "一种CT检查用防护围裙", "一种便于消毒的X光片观片灯",
                    "一种磁共振检查用耳部防护罩"],
        "projects": ["基于深度学习的肺结节CT辅助诊断研究", "县级医院影像质控体系建设研究", "儿童CT检查剂量优化研究"],
        "books": ["基层医学影像诊断手册", "CT检查技术与质量控制", "急诊影像诊断图解"],
        "majors": [("医学影像学", "中南大学", "医学"), ("影像医学与核医学", "山东大学", "医学"), ("医学影像技术", "滨州医学院", "理学")],
        "depts": ["放射科", "CT室", "MR室", "介入科"],
    },
    "teach": {
        "titles": ["一级教师", "二级教师", "高级讲师", "讲师", "高级教师"],
        "units": ["{C}机关幼儿园", "{x}职业中专", "{C}第二幼儿园", "{C}工业职业技术学校", "{x}实验幼儿园"],
        "orgs": ["{C}教育局", "{P}教育厅", "{C}教育科学研究院", "{C}职业教育研究室"],
        "topics": ["幼儿园保教质量提升", "中职学校教师教学能力提升", "幼儿园游戏活动设计", "职业教育课程思政",
                   "信息化教学设计与实施", "学前教育政策法规"],
        "journals": [],
        "papers": [],
        "patents": [],
        "projects": ["幼儿园自主游戏中教师支持策略研究", "中职学校1+X证书制度实施路径研究", "区域学前教育质量评估研究"],
        "books": ["幼儿园游戏活动设计与指导", "中职课程思政教学案例集"],
        "majors": [("学前教育", "湖南师范大学", "教育学"), ("教育学", "鲁东大学", "教育学"), ("职业技术教育", "天津大学", "教育学")],
        "depts": ["教务处", "保教部", "教研组"],
    },
    "survey": {
        "titles": ["测绘工程师", "注册测绘师", "助理工程师", "高级工程师"],
        "units": ["{C}测绘院", "{C}自然资源和规划局测绘科", "{c}勘测规划设计有限公司", "{x}不动产登记中心"],
        "orgs": ["{P}测绘地理信息学会", "{C}自然资源和规划局", "{P}自然资源厅", "武汉大学测绘学院"],
        "topics": ["不动产测绘技术规范", "实景三维建设", "无人机航测与倾斜摄影", "国土空间规划基础数据",
                   "CORS系统应用", "测绘成果质量管理"],
        "journals": ["chxb"],
        "papers": ["无人机倾斜摄影在农村宅基地确权中的精度分析", "基于CORS的城市控制网改造与精度评定",
                   "多源数据融合的实景三维建模方法", "InSAR技术在矿区地表沉降监测中的应用"],
        "patents": ["一种测绘用便携式三脚架", "一种无人机航测用像控点标志", "一种野外测量用测距仪保护装置"],
        "projects": ["城区实景三维模型构建与更新机制研究", "农村不动产权籍调查技术方法研究"],
        "books": ["不动产测绘实务", "无人机航测作业指南"],
        "majors": [("测绘工程", "武汉大学", "工学"), ("地理信息科学", "山东科技大学", "理学"), ("遥感科学与技术", "中南大学", "工学")],
        "depts": ["外业一组", "地籍科", "数据中心"],
    },
    "power": {
        "titles": ["电气工程师", "高级工程师", "助理工程师", "技师"],
        "units": ["{G}运维检修部", "{G}{x}供电中心", "{G}调度控制中心", "{c}某电力工程有限公司"],
        "orgs": ["{G}", "{P}电机工程学会", "{P}电力公司培训中心", "{C}电力行业协会"],
        "topics": ["配电网带电作业安全", "继电保护与自动化", "电力安全工作规程", "新能源并网技术",
                   "智能变电站运维", "配电自动化系统应用"],
        "journals": ["dwjs"],
        "papers": ["含分布式光伏的配电网电压越限治理策略", "基于改进粒子群算法的配电网无功优化",
                   "10kV架空线路雷击跳闸原因分析及防治", "智能变电站二次回路状态监测方法"],
        "patents": ["一种配电柜散热除尘装置", "一种带电作业用绝缘操作杆", "一种电缆沟巡检机器人", "一种变压器油位监测装置"],
        "projects": ["农村配电网台区智能化改造技术研究", "海岛微电网运行控制技术研究"],
        "books": ["配电网运维实用技术", "变电站倒闸操作实务"],
        "majors": [("电气工程及其自动化", "长沙理工大学", "工学"), ("电力系统及其自动化", "山东大学", "工学")],
        "depts": ["运检一班", "调度班", "配电班"],
    },
    "relic": {
        "titles": ["文博馆员", "副研究馆员", "助理馆员", "研究馆员"],
        "units": ["{C}博物馆", "{x}文物管理所", "{C}文物保护中心", "{C}文化和旅游局"],
        "orgs": ["{P}文物局", "{C}文化和旅游局", "{P}博物馆学会", "{C}博物馆"],
        "topics": ["馆藏文物预防性保护", "可移动文物普查与定级", "青铜器修复技术", "纸质文物保护修复",
                   "博物馆社会教育", "田野考古技术"],
        "journals": [],
        "papers": [],
        "patents": ["一种文物展柜恒湿装置", "一种纸质文物修复用压平工作台", "一种青铜器除锈清洗装置"],
        "projects": ["馆藏铁器文物锈蚀机理与保护研究", "地方民俗文物数字化保护研究"],
        "books": ["馆藏文物预防性保护实务", "地方博物馆陈列设计"],
        "majors": [("文物与博物馆学", "山东大学", "历史学"), ("考古学", "湖南大学", "历史学")],
        "depts": ["保管部", "陈列部", "修复室"],
    },
}  # fmt: skip

# Public-subject (公需科目) topics, by region/year flavour.
PUBLIC_TOPICS = {
    "yy": ["加快开放强省建设", "专业技术人员职业道德与能力建设", "习近平新时代中国特色社会主义思想",
           "知识产权保护与运用", "大数据与网络安全"],
    "yt": ["我省八大发展战略", "习近平新时代中国特色社会主义思想", "专业技术人员职业道德和能力建设",
           "疫情防控与公共卫生安全", "信息化及网络安全", "乡村振兴战略"],
}  # fmt: skip

# ---- journals: real CSCD core rows (journals-cn/cscd/intl in ../shared/data) -------------------------------
# key: (name, issn, cn, english, volume in 2018, issues a year, 主管 or None, 主办, levels from the lists)
JOURNALS: dict[str, tuple[Any, ...]] = {
    "slxb": ("水利学报", "0559-9350", "11-1882/TV", "Journal of Hydraulic Engineering", 49, 12,
             "中国科学技术协会", "中国水利学会  中国水利水电科学研究院", ("cscd", "pku_core")),
    "slsdkjjz": ("水利水电科技进展", "1006-7647", "32-1439/TV", "Advances in Science and Technology of Water Resources",
                 38, 6, "中华人民共和国教育部", "河海大学", ("cscd", "pku_core")),
    "szybh": ("水资源保护", "1004-6933", "32-1356/TV", "Water Resources Protection", 34, 6, None, "河海大学",
              ("cscd", "pku_core")),
    "xmsyxb": ("畜牧兽医学报", "0366-6964", "11-1985/S", "Acta Veterinaria et Zootechnica Sinica", 49, 12,
               "中国科学技术协会", "中国畜牧兽医学会", ("cscd", "pku_core")),
    "zgxmsy": ("中国畜牧兽医", "1671-7236", "11-4843/S", "China Animal Husbandry & Veterinary Medicine", 45, 12,
               None, None, ("cscd", "pku_core")),
    "zgyxzz": ("中国药学杂志", "1001-2494", "11-2162/R", "Chinese Pharmaceutical Journal", 53, 24,
               "中国科学技术协会", "中国药学会", ("cscd", "pku_core")),
    "yxxb": ("药学学报", "0513-4870", "11-2163/R", "Acta Pharmaceutica Sinica", 53, 12, "中国科学技术协会",
             "中国药学会  中国医学科学院药物研究所", ("cscd", "pku_core")),
    "lykx": ("林业科学", "1001-7488", "11-1908/S", "Scientia Silvae Sinicae", 54, 12, "中国科学技术协会",
             "中国林学会", ("cscd", "pku_core")),
    "lykxyj": ("林业科学研究", "1001-1498", "11-1221/S", "Forest Research", 31, 6, "国家林业和草原局",
               "中国林业科学研究院", ("cscd", "pku_core")),
    "sjlyyj": ("世界林业研究", "1001-4241", "11-2080/S", "World Forestry Research", 31, 6, "国家林业和草原局",
               "中国林业科学研究院科技信息研究所", ("cscd", "pku_core")),
    "zhfsxzz": ("中华放射学杂志", "1005-1201", "11-2149/R", "Chinese Journal of Radiology", 52, 12,
                "中国科学技术协会", "中华医学会", ("cscd", "pku_core")),
    "fsxsj": ("放射学实践", "1000-0313", "42-1208/R", "Radiologic Practice", 33, 12, "中华人民共和国教育部",
              "华中科技大学同济医学院", ("cscd", "pku_core")),
    "zgyxyx": ("中国医学影像学杂志", "1005-5185", "11-3154/R", "Chinese Journal of Medical Imaging", 26, 12, None,
               None, ("cscd", "pku_core")),
    "chxb": ("测绘学报", "1001-1595", "11-2089/P", "Acta Geodaetica et Cartographica Sinica", 47, 12,
             "中国科学技术协会", "中国测绘学会", ("cscd", "pku_core")),
    "dwjs": ("电网技术", "1000-3673", "11-2410/TM", "Power System Technology", 42, 12, None, None,
             ("cscd", "pku_core")),
}  # fmt: skip
NATIONAL_ZHUGUAN = {"中国科学技术协会", "中华人民共和国教育部", "国家林业和草原局"}

PUBLISHERS = [
    ("中国农业出版社", "109"), ("人民卫生出版社", "117"), ("化学工业出版社", "122"), ("中国水利水电出版社", "5170"),
    ("中国林业出版社", "5219"), ("测绘出版社", "5030"), ("中国电力出版社", "5198"), ("湖南科学技术出版社", "5710"),
    ("山东科学技术出版社", "5331"), ("中国财政经济出版社", "5223"), ("文物出版社", "5010"), ("湖南师范大学出版社", "5648"),
    ("中国医药科技出版社", "5214"), ("黄河水利出版社", "5509"),
]  # fmt: skip
PUB_CITY = {
    "湖南科学技术出版社": "长沙",
    "湖南师范大学出版社": "长沙",
    "山东科学技术出版社": "济南",
    "黄河水利出版社": "郑州",
}
PROF_PUBS = {
    "pharm": ["人民卫生出版社", "中国医药科技出版社", "化学工业出版社"],
    "water": ["中国水利水电出版社", "黄河水利出版社"],
    "vet": ["中国农业出版社", "化学工业出版社"],
    "acct": ["中国财政经济出版社"],
    "forest": ["中国林业出版社", "中国农业出版社"],
    "radio": ["人民卫生出版社", "湖南科学技术出版社", "山东科学技术出版社"],
    "teach": ["湖南师范大学出版社"],
    "survey": ["测绘出版社"],
    "power": ["中国电力出版社"],
    "relic": ["文物出版社"],
}


# ---- check digits -----------------------------------------------------------------------------------------
def zl_check(digits12: str) -> str:
    """Check character of a 12-digit Chinese patent application number."""
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    r = sum(int(d) * x for d, x in zip(digits12, w, strict=True)) % 11
    return "X" if r == 10 else str(r)


def issn_digit(digits7: str) -> str:
    s = sum(int(d) * w for d, w in zip(digits7, range(8, 1, -1), strict=True))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


def isbn_digit(digits12: str) -> str:
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits12))
    return str((10 - s % 10) % 10)


# ---- dates ------------------------------------------------------------------------------------------------
CN_DIGITS = "〇一二三四五六七八九"


def cn_year(y: int, zero: str = "〇") -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y)).replace("〇", zero)


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + ("" if ones == 0 else CN_DIGITS[ones])


def fmt_date(d: date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    return {
        "cn": f"{y}年{m}月{dd}日",
        "cn0": f"{y}年{m:02d}月{dd:02d}日",
        "cnsp": f"{y} 年 {m} 月 {dd} 日",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "dot1": f"{y}.{m}.{dd}",
        "dash": f"{y}-{m:02d}-{dd:02d}",
        "dash1": f"{y}-{m}-{dd}",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "upper": f"{cn_year(y)}年{cn_num(m)}月{cn_num(dd)}日",
        "upperz": f"{cn_year(y, '零')}年{cn_num(m)}月{cn_num(dd)}日",
    }[style]


def fmt_month(y: int, m: int, style: str) -> str:
    return {
        "cn": f"{y}年{m}月",
        "cn0": f"{y}年{m:02d}月",
        "dot": f"{y}.{m:02d}",
        "dash": f"{y}-{m:02d}",
        "upper": f"{cn_year(y)}年{cn_num(m)}月",
        "upperz": f"{cn_year(y, '零')}年{cn_num(m)}月",
    }[style]


def iso(d: date) -> str:
    return d.isoformat()


def all_date_forms(value: str, partial: bool = False) -> list[str]:
    """Every way this draw prints an ISO date (or a YYYY-MM month); `partial` adds the month-day tails a
    period end may be shortened to (至3月10日, -03.10, 至10日)."""
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:])
        forms = [fmt_month(y, m, s) for s in ("cn", "cn0", "dot", "dash", "upper", "upperz")]
        return forms + [f"{y}.{m}", f"{y}年{m}月第"]
    d = date.fromisoformat(value)
    styles = ("cn", "cn0", "cnsp", "dot", "dot1", "dash", "dash1", "slash", "upper", "upperz")
    forms = [fmt_date(d, s) for s in styles] + [
        f"{d.year}/{d.month}/{d.day}",
        f"{d.year}年{d.month}月{d.day}号",
    ]
    if partial:
        forms += [f"{d.month}月{d.day}日", f"{d.month:02d}月{d.day:02d}日", f"{d.month:02d}.{d.day:02d}",
                  f"{d.month}.{d.day}", f"至{d.day}日", f"—{d.day}日", f"-{d.day}日", f"{cn_num(d.month)}月{cn_num(d.day)}日",
                  f"{d.month}月{d.day}号"]  # fmt: skip
    return forms


# ---- the context a builder draws with ---------------------------------------------------------------------
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
    _names: set[str] = field(default_factory=set)

    # variants
    def pick(self, name: str) -> Any:
        v = self.rng.choice(VARIANTS[name])
        self.used.append(f"{name}={v}")
        return v

    def layout(self, etype: str) -> str:
        v = VARIANTS[f"t49.layout.{etype}"][(self.k + self.offset) % len(VARIANTS[f"t49.layout.{etype}"])]
        self.used.append(f"t49.layout.{etype}={v}")
        return v

    def choice(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def seed(self) -> int:
        return self.rng.randrange(1 << 30)

    def sample(self, seq: Any, n: int) -> list[Any]:
        return self.rng.sample(list(seq), n)

    # people
    def name(self, length: int | None = None) -> str:
        for _ in range(200):
            n = length or self.rng.choices((2, 3, 4), (16, 76, 8))[0]
            if n == 4:
                s = self.rng.choice(SUR2) + "".join(self.rng.choice(GIV) for _ in range(2))
            elif n == 3 and self.rng.random() < 0.04:
                s = self.rng.choice(SUR2) + self.rng.choice(GIV)
            else:
                s = self.rng.choice(SUR) + "".join(self.rng.choice(GIV) for _ in range(n - 1))
            if len(set(s[1:])) < len(s[1:]):
                continue
            if s in self._names or any(s in o or o in s for o in self._names):
                continue
            self._names.add(s)
            return s
        raise RuntimeError("name pool exhausted")

    def names(self, n: int, length: int | None = None) -> list[str]:
        return [self.name(length) for _ in range(n)]

    # places and fields
    def region(self) -> dict[str, Any]:
        return REGIONS[self.pick("t49.region")]

    def prof(self, need: str | None = None) -> tuple[str, dict[str, Any]]:
        keys = [k for k, v in PROFS.items() if not need or v[need]]
        key = self.rng.choice(keys)
        self.used.append(f"t49.prof={key}")
        return key, PROFS[key]

    def fill(self, tmpl: str, reg: dict[str, Any]) -> str:
        return tmpl.format(
            c=reg["c"], C=reg["city"], p=reg["p"], P=reg["prov"], x=self.rng.choice(reg["counties"]),
            G=reg["grid"],
        )  # fmt: skip

    def year(self, reg: dict[str, Any]) -> int:
        return self.rng.choice(reg["years"])

    def day(self, year: int, months: tuple[int, int] = (1, 12)) -> date:
        start = date(year, months[0], 1)
        end = date(year, months[1], 28)
        return start + timedelta(days=self.rng.randrange((end - start).days + 1))

    def colon(self) -> str:
        return self.pick("t49.colon")

    def paren(self, s: str) -> str:
        p = self.pick("t49.paren")
        return p[0] + s + p[1]


def pinyin_name(name: str, style: int = 0) -> str:
    """ZHANG Wei / Zhang Wei / Ouyang Xiaofeng for an English byline."""
    sur = name[:2] if name[:2] in SUR2 else name[:1]
    giv = name[len(sur) :]
    ps = PINYIN.get(sur, "x")
    pg = "".join(PINYIN.get(c, "x") for c in giv)
    if style == 0:
        return f"{ps.upper()} {pg.capitalize()}"
    return f"{ps.capitalize()} {pg.capitalize()}"
