"""Which of the ten evidence types a document is, from the titles and field labels it prints."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.text import Row

# (pattern, weight). A cue counts once per document; a cue in a title row counts double.
# Weights were set by hand against the golden files; they are data, kept together here for review.
CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "training_certificate": (
        (
            r"结业证书|培训证书|培训合格证|学时证明|学时证书|继续教育证书|继续教育合格证|培训结业证|学习证明|结业证明|"
            # the certificate's noun after what it certifies: 学时认定证明, 在线学习证书, 继续教育学时登记证明
            r"(?:学\s*时|学\s*分|培\s*训|学\s*习|继续教育|进\s*修|研\s*修)[\u4e00-\u9fff]{0,4}(?:证\s*书|证\s*明)$"
            # a platform's record of one person's study: '学员学习档案'
            r"|(?:学员)?(?:学习|研修|学时)档案$",
            4.0,
        ),
        # the labels of a training record: who took part, in what, and the hours granted
        # (参训人员 is not one: a notice names its audience so)
        (r"受\s*训\s*人|学习项目|培训名称|培训项目|学习内容|培训班名称", 1.5),
        (r"合格证书|培训.{0,6}证\s*书$", 1.5),
        # a learning app's page of one's certificate ('我的证书', '证书详情')
        (r"^\s*我的(?:证书|学时)\s*$|^\s*<?\s*证书详情\s*$", 2.5),
        (r"公需科目|专业科目|公需课|专业课|继续教育", 1.2),
        (
            r"(?:共计|累计|获得|计)\s*\d+(?:\.\d+)?\s*学时|\d+(?:\.\d+)?\s*学时|学\s*时\s*[:：]"
            r"|(?:获得|认定|折合|登记|授予|总|合计)\s*学\s*[时分]",
            1.5,
        ),
        (
            r"参加了?.{0,30}(?:培训|学习|课程|研修)|完成了?.{0,30}(?:学习|培训)|准予结业|考核合格|成绩合格",
            1.5,
        ),
        (r"特发此证|特此证明", 0.8),
        # a record's table of studies: what was studied, its hours, who taught it ('培训内容 类别 学时 施教机构')
        (
            r"^[^，。；,;]*(?:(?:培训内容|课程名称|培训项目|学习内容)[^，。；,;]{0,20}学\s*时|学\s*时[^，。；,;]{0,20}"
            r"(?:施教机构|培训机构|发证机构))[^，。；,;]*$",
            1.5,
        ),
    ),
    "sign_in_sheet": (
        # (an app's export: '签到详情', '已签到9人')
        (
            r"(?:参加|参会|参训|与会)人员\s*签\s*[名字]\s*[:：]?\s*$|签到明细|签到人数|[（(]\s*签\s*到\s*[)）]|签\s*到\s*表|签\s*到\s*[册簿]|签到单|考勤表|考\s*勤(?:登记)?[簿册]|参会人员名单|签到详情|签到记录|签到统计|已签到\s*\d+\s*人|参会明细|^\s*签\s*到\s*$|[\u4e00-\u9fff”\"]签\s*到$",
            5.0,
        ),
        # a group chat's chain of names answering a call to sign in ('#接龙 …培训会签到表' / '1. X' / '2. Y')
        (r"^#?\s*接\s*龙.{0,40}签", 5.0),
        (r"签\s*名|签\s*到", 1.5),
        (r"序\s*号.{0,20}姓\s*名|姓\s*名.{0,30}(?:单\s*位|签\s*名|科\s*室|职\s*称)", 1.5),
    ),
    "training_notice": (
        (
            r"通\s*知$|【\s*(?:会议|培训|学习)?\s*通\s*知\s*】|^\s*[【「\[]?\s*通\s*知\s*[】」\]]|第[一二三四]轮通知|关于.{2,40}的通知|邀\s*请\s*函|日程安排|课程表|课程安排|日程表|(?:培训|会议|研修|学习)日程$|会议议程|议程安排|培训安排|培训方案",
            4.0,
        ),
        (
            r"各有关单位|各.{0,6}(?:单位|医院|学校)[:：,，]|现将.{0,20}通知如下|报名|回执|联系人|请于|参会",
            1.5,
        ),
        (r"培训时间|培训地点|会议时间|会议地点|报到", 1.0),
        # When OCR loses the title, the letter's own wording still says it is an invitation or a notice.
        (r"诚邀|敬请|尊敬的|欢迎参加|拨冗|请您准时参加|请准时参加", 1.5),
        # an e-mail whose subject says it is a notice ('主 题：会议通知：…')
        (r"^主\s*题\s*[:：]\s*(?:会议|培训)?通知", 4.0),
        (r"定于|拟于|具体安排如下|通知如下|有关事项", 1.5),
        (r"培训对象|参训人员|开班|报送|报名|回执", 1.5),
    ),
    "journal_article": (
        (r"ISSN|国际标准连续出版物号", 2.5),
        (r"\bCN\s*\d{2}\s*-|国内统一连续出版物号|刊\s*号", 2.0),
        (r"^(?:目次|目录|CONTENTS)$", 4.0),
        (r"目\s*次|目\s*录|CONTENTS", 1.5),
        (r"摘\s*要|关键词|中图分类号|文献标识码|文章编号|Abstract|Key\s*words|DOI", 1.5),
        (r"学报|杂志|期刊|月刊|双月刊|季刊|半月刊|旬刊|Journal", 1.5),
        (r"第\s*\d+\s*卷|第\s*\d+\s*期|Vol\.|No\.", 1.0),
        (r"主\s*管|主\s*办", 0.6),
    ),
    "book": (
        (r"ISBN|I\s*S\s*B\s*N", 3.0),
        (r"出版社|出版发行", 1.5),
        (r"图书在版编目|CIP|定\s*价|印\s*次|版\s*次|开\s*本|印\s*张|字\s*数", 1.5),
        (r"主\s*编|副\s*主\s*编|编\s*委|编\s*著|[著译]$", 1.2),
    ),
    "patent_certificate": (
        (r"(?:发明|实用新型|外观设计)?专\s*(?:利|fll|禾刂)\s*证\s*书", 5.0),
        (r"专\s*(?:利|fll|禾刂)\s*号|ZL\s*\d|授权公告日|专利申请日|专利权人", 2.0),
        (r"发明人|设计人|国家知识产权局|发\s*明\s*名\s*称|实用新型名称", 1.5),
    ),
    "award_certificate": (
        (r"获\s*奖\s*证\s*书|荣\s*誉\s*证\s*书|奖\s*励\s*证\s*书|获奖证明", 5.0),
        (r"[一二三特]\s*等\s*奖|优秀奖|金奖|银奖|铜奖|进步奖|成果奖|科学技术奖|发明奖", 2.0),
        (r"为表彰|予以表彰|特发此证|荣获|获奖项目|完成人|获奖者|颁发", 1.2),
    ),
    "project_completion": (
        (
            r"结\s*题\s*证\s*书|结\s*题\s*证\s*明|结项证书|验收证书|鉴定证书|成果登记证书|"
            r"(?:结\s*题|结\s*项)\s*(?:审\s*批|验\s*收|申\s*请|鉴\s*定|登\s*记)\s*表",  # ('科研项目结题审批表')
            5.0,
        ),
        (r"课题|项目编号|课题编号|项目负责人|课题负责人|课题组成员|项目组成员|准予结题|结题", 2.0),
    ),
    "qualification_certificate": (
        (r"毕\s*业\s*证\s*书|学\s*位\s*证\s*书|学士学位|硕士学位|博士学位", 5.0),
        # What a phone photo leaves of them: 毕 证书, 硕 学位, 博土学位.
        (r"^(?:[^结]{0,8})?毕\s*\S?\s*证\s*书$|[硕博]\s*[士土]?\s*学\s*位|学位条例", 3.0),
        (
            r"自学考试|单科合格|计算机应用能力考试|计算机应用能力|职称计算机|计算机(?:等级|水平)考试|研究生课程|"
            r"课程进修班",
            4.5,
        ),
        # the diploma's record on the national register (学信网), printed in its place
        (r"学历证书电子注册备案表|学历电子注册备案|学籍在线验证报告|学位在线验证报告", 5.0),
        # a query's result of one diploma or degree ('学信网 学历查询结果' over '姓名 学历 专业 毕业院校 …')
        (r"学信网|学[历位](?:证书)?(?:信息)?查询|学历信息|毕业院校|学位授予单位", 3.0),
        (r"学\s*制|专\s*业|层\s*次|准予毕业|授予.{0,20}学位|考试科目|考试模块|模\s*块", 1.2),
        (r"准予毕|修完.{0,12}课程|本科学习|研究生学习", 1.5),
    ),
}
OTHER_PRIOR = 2.0  # the score 'other' gets for free, so a document with weak cues stays uncertain
_COMPILED = {t: tuple((re.compile(p, re.IGNORECASE), w) for p, w in cues) for t, cues in CUES.items()}


@dataclass(frozen=True)
class Classification:
    evidence_type: str
    confidence: float
    scores: dict[str, float]
    title_row: Row | None


def _is_heading(row: Row) -> bool:
    return len(row.compact) <= 30 and not re.search(r"[,，。;；]", row.text)


def _title_rows(rows: Sequence[Row]) -> set[int]:
    """Rows that look like a title: short headings printed taller than the body, or the first heading of a page."""
    out: set[int] = set()
    for page in dict.fromkeys(r.page for r in rows):
        idx = [i for i, r in enumerate(rows) if r.page == page]
        heights = sorted(rows[i].bbox()[3] - rows[i].bbox()[1] for i in idx)
        median = heights[len(heights) // 2]
        top = [i for i in idx[:8] if _is_heading(rows[i])]
        out |= {i for i in top if rows[i].bbox()[3] - rows[i].bbox()[1] >= 1.25 * median}
        out |= set(top[:1])
        # a notice's own heading under a site's or a platform's banner ('关于开展…的通知')
        out |= {i for i in idx[:6] if re.fullmatch(r"\s*关于.{2,60}的(?:通知|邀请函)\s*", rows[i].text)}
    return out


def _joined_heading(rows: Sequence[Row], titles: set[int]) -> tuple[int, str] | None:
    """The first page's top two rows read as one title, when both are short headings."""
    if len(rows) < 2 or rows[1].page != rows[0].page or not (_is_heading(rows[0]) and _is_heading(rows[1])):
        return None
    # short rows both, or a long heading whose last characters wrapped ('…研修班学员签' / '到表')
    if 0 not in titles or (len(rows[0].compact) + len(rows[1].compact) > 24 and len(rows[1].compact) > 4):
        return None
    return 0, rows[0].compact + rows[1].compact


def score(rows: Sequence[Row]) -> tuple[dict[str, float], Row | None]:
    titles = _title_rows(rows)
    scores: dict[str, float] = {}
    best_title: tuple[float, Row | None] = (0.0, None)
    heading = _joined_heading(rows, titles)
    for etype, cues in _COMPILED.items():
        total = 0.0
        for pattern, weight in cues:
            hit = next((i for i, r in enumerate(rows) if pattern.search(r.compact)), None)
            if hit is None and heading is not None and weight >= 4 and pattern.search(heading[1]):
                hit = heading[0]  # a title printed on two rows ('专业技术人员继续教育' / '证书')
            if hit is None:
                continue
            in_title = hit in titles and weight >= 4
            total += weight * (2 if in_title else 1)
            if in_title and weight > best_title[0]:
                best_title = (weight, rows[hit])
        scores[etype] = total
    return scores, best_title[1]


def classify(rows: Sequence[Row]) -> Classification:
    """Softmax over cue scores with a fixed prior for 'other': weak evidence gives a low confidence."""
    scores, title_row = score(rows)
    scores = _tie_breaks(scores, rows)
    logits = dict(scores)
    logits["other"] = OTHER_PRIOR
    top = max(logits.values())
    exps = {t: math.exp(v - top) for t, v in logits.items()}
    norm = sum(exps.values())
    best = max(exps, key=lambda t: exps[t])
    return Classification(best, round(exps[best] / norm, 3), scores, title_row)


def _tie_breaks(scores: dict[str, float], rows: Sequence[Row]) -> dict[str, float]:
    # A 研究生课程结业证书 or an exam 合格证 is a qualification although it says 结业/合格.
    text = "".join(r.compact for r in rows[:12])
    head = "".join(r.compact for r in rows[:2])  # the heading, over one or two rows
    out = dict(scores)
    if re.search(r"研究生课程|自学考试|计算机应用能力|计算机(?:等级|水平)考试|学位证书|毕业证书", text):
        out["training_certificate"] -= 4.0
    if re.search(r"结\s*题", text):
        out["training_certificate"] -= 2.0
        out["award_certificate"] -= 2.0
    if re.search(r"专利证书", text):
        out["award_certificate"] -= 2.0
    whole = "".join(r.compact for r in rows)
    # A schedule's table (日期 时间 内容) belongs to a notice; a certificate lists no sessions.
    if any(re.search(r"日\s*期.{0,6}时\s*间.{0,8}(?:内\s*容|课\s*程|安\s*排|主\s*讲)", r.text) for r in rows):
        out["training_certificate"] -= 4.0
    # A notice promises the certificate ('培训结束后颁发结业证书'); the certificate itself does not say so.
    if re.search(r"(?:颁发|发放|核发)\s*(?:结业|培训|合格|学时)?\s*证\s*[书明]|结束后.{0,8}证\s*书", whole):
        out["training_certificate"] -= 4.0
    # A notice of training names a training, a meeting or a course; a letter asking for papers, a notice of
    # building works or the minutes of a meeting (纪要) are no training notice, however they are worded.
    named = re.search(r"培训|研修|进修|会议|讲座|学习|论坛|研讨|课程|班|报告会|年会|继续教育|邀\s*请", whole)
    if not named or re.search(r"纪\s*要", text):
        out["training_notice"] = min(out["training_notice"], 1.0)
    # A letter of introduction or recommendation (headed 介绍信, 推荐函, or asking 贵处 to receive its bearer)
    # sends someone to a training or vouches for them; it is no notice and no certificate.
    # A paper's acceptance letter (录用通知, 用稿通知) promises a publication; it is not one, nor a notice.
    if re.search(r"录用通知|用稿通知|录用证明|录用函", head):
        for etype in ("journal_article", "training_notice"):
            out[etype] = min(out[etype], 1.0)
    # A professional's own register of the year's studies (继续教育学时登记表/登记证书: a dated row per training,
    # a total) sums up many proofs; it certifies no one training, and a reviewer asks for the proofs it lists.
    register = re.search(r"继续教育.{0,4}登记(?:表|证书|册|簿)", head) or re.search(
        r"继续教育.{0,4}登记$", rows[0].compact if rows else ""
    )
    if register and (sum(1 for r in rows if re.search(r"(?:19|20)\d{2}\s*[.\-/年]\s*\d{1,2}", r.text)) >= 3):
        for etype in ("training_notice", "training_certificate", "sign_in_sheet"):
            out[etype] = min(out[etype], 1.0)
    # A sheet or notice of a meeting that is no training (a workers' congress, a party or shareholders' meeting, an
    # election) proves no training hours.
    if re.search(
        r"职工代表大会|职代会|党员大会|党支部.{0,4}会议|股东大会|选举大会|工会会员大会", text
    ) and not re.search(r"培训|研修|进修|讲座|学习班|继续教育|学时", whole):
        for etype in ("sign_in_sheet", "training_notice", "training_certificate"):
            out[etype] = min(out[etype], 1.0)
    # A reply slip sent back on its own (…参会回执 over the rows filled in) asks for a place; it proves no training.
    if re.search(r"回\s*执$", rows[0].compact if rows else "") and not re.search(r"通\s*知|邀\s*请", whole):
        out["training_notice"] = min(out["training_notice"], 1.0)
    # A notice publishing the projects signed off (关于公布…结题名单的通知) is the proof of their completion.
    # (under a web page's header and site menu, the heading may be the third or fourth row)
    if re.search(r"关于公布.{0,40}(?:结题|结项|验收|鉴定).{0,8}名单", "".join(r.compact for r in rows[:4])):
        out["training_notice"] = min(out["training_notice"], 1.0)
        out["project_completion"] = max(out["project_completion"], 6.0)
    # An annual appraisal form (年度考核登记表) says its holder took part in training; it proves no training;
    # nor does a log the professional filled in (登记表 … 填表人) and no one has yet signed off.
    self_filled = re.search(r"登记表", head) and re.search(r"填表人", whole)
    # A work summary (个人工作总结) tells of the trainings its writer took; it proves none.
    if self_filled or re.search(
        # nor does a letter from the employer saying where its holder works (在职证明, 工作证明, 任职证明)
        # (nor a reflection on what was learnt: 心得体会, 学习体会)
        r"年度考核|考核登记表|考核表|述职报告|工作总结|个人总结|在职证明|在岗证明|工作证明|任职证明|收入证明|"
        r"心得体会|学习心得|培训心得|学习体会|培训体会|培训总结|学习总结|研修总结",
        head,
    ):
        # (its 本人签名 signs the form: it is no sheet of signatures either)
        for etype in ("training_notice", "training_certificate", "sign_in_sheet"):
            out[etype] = min(out[etype], 1.0)
    # A proof of a stay as a visiting scholar (访问学者, 访学, or months of 进修 in the unit that certifies it) or
    # of service away from one's post (服务基层, 支医, 支教, 挂职, 援疆 …) is no training's certificate, though
    # the stay was spent 研修; nor is a proof that its holder taught (讲座证明: '…应邀为我单位主讲…', a
    # teacher's 聘任证明, a 带教证明 or a 指导青年…证明), one of study abroad (出国（境）培训证明, whose hours
    # the approval of the stay sets), or an employer's log of self-study (自学学习档案, 自学登记): the notices
    # credit each by rules of its own (授课, 出国学习, 自学类), which a reviewer applies.
    stayed = re.search(
        r"访问学(?:习|者)|访学|(?:服务|支援)基层|基层服务|支\s*[医教农]|挂\s*职|援[藏疆外]|三援|对口支援|特派员",
        head,
    ) or re.search(r"以访问学者身份|在我(?:院|单位|中心|所)[^。]{0,20}?进修", text)
    lectured = (
        re.search(
            r"(?:讲座|授课|讲课|讲学)证明|聘任|聘请|聘书|兼职教师|特聘|带教|导师|指导(?:青年|新进|年轻)|传帮带|师带徒",
            head,
        )
        or ("证明" in head and re.search(r"应邀[^。]{0,30}?(?:主讲|授课|讲授|讲学)", text))
        # (or the one who guided a younger colleague: '…在本单位担任方振同志的业务指导老师')
        or re.search(r"担任[^。]{0,20}?(?:指导老师|指导教师|带教老师|导师)", text)
    )
    abroad = re.search(r"出[国境]|境外", head)
    self_study = re.search(r"自学(?!考试)[^。]{0,8}?(?:档案|登记|记录)", head)
    if stayed or lectured or abroad or self_study:
        for etype in ("training_notice", "training_certificate", "sign_in_sheet"):
            out[etype] = min(out[etype], 1.0)
    if stayed and not re.search(r"结\s*题|结\s*项|验\s*收|鉴\s*定", head):
        # (nor is a stay's proof a project's completion for the 课题研究 its holder took part in)
        out["project_completion"] = min(out["project_completion"], 1.0)
    # The minutes of a training meeting (会议记录) listing who attended (参加人员：…) prove attendance, as a
    # sign-in sheet does.
    if (
        re.search(r"会议记录", head)
        and re.search(r"(?:参加|参会|出席)人员\s*[:：]\s*[\u4e00-\u9fff]", whole)
        and re.search(r"会议(?:名称|主题)\s*[:：][^，。；]*(?:培训|研修|讲座|学习班|交流会)", whole)
    ):
        out["sign_in_sheet"] = max(out["sign_in_sheet"], 6.0)
    # A notice forwarded in a chat, its heading wrapped inside its sentence near the top ('【转发】关于举办…' /
    # '培训的通知。'); a certificate quoting its notice's title (根据《关于举办…的通知》) is no notice.
    upper = "".join(r.compact for r in rows[:8])
    if re.search(r"(?<![《〈“\"])关于(?:举办|召开|开展|组织)[^。；》]{2,60}?的通知", upper) and not re.search(
        r"结\s*题|结\s*项|验\s*收|名单的通知", whole
    ):
        out["training_notice"] = max(out["training_notice"], out["training_certificate"] + 1.0)
    # An application to go and study (外出学习审批单) or a record of a lesson observed (听课记录) names a
    # training or a 课题 (a lesson's topic); it proves neither a training nor a project.
    # Nor does a training's registration form (headed …报名表), filled in before it.
    form = re.search(r"报名(?:登记|回执)?表$|回执表$", rows[0].compact) if rows else None
    if (
        form or re.search(r"审批[单表]|申请表|申请单|听课记录|评课记录|学习笔记|会议记录|教案", head)
    ) and not re.search(r"结\s*题|结\s*项|验\s*收|鉴\s*定", head):
        for etype in ("training_notice", "training_certificate", "project_completion"):
            out[etype] = min(out[etype], 1.0)
    # A project's task book or contract (任务书, 合同书), its application or its opening report starts a project;
    # it proves no completion.
    top = "".join(r.compact for r in rows[:4])
    if re.search(r"任务书|合同书|申报书|申请书|开题报告|立项通知", top) and not re.search(
        r"结\s*题|结\s*项|验\s*收|鉴\s*定", top
    ):
        out["project_completion"] = min(out["project_completion"], 1.0)
    # An invoice or a receipt for a fee (发票, 支付成功, 缴费凭证, a 非税收入缴款书) proves a payment, not a training.
    # (a payment app's bill: '账单详情' over the amount, '当前状态 支付成功' a few rows down)
    paid = re.search(r"账单详情|交易单号|商户全称", upper) and re.search(r"支付成功|交易成功|付款成功", upper)
    if paid or re.search(r"发\s*票|支付成功|缴费成功|付款成功|缴费凭证|收\s*据|缴\s*款\s*书", top):
        for etype in ("training_notice", "training_certificate", "sign_in_sheet"):
            out[etype] = min(out[etype], 1.0)
    # A patent office's notice that an application was received (受理通知书) grants nothing yet.
    if re.search(r"受理通知书|缴费通知书|审查意见通知书", top):
        out["patent_certificate"] = min(out["patent_certificate"], 1.0)
    letter = any(re.fullmatch(r"(?:单位)?(?:介\s*绍|推\s*荐)\s*(?:信|函)", r.compact) for r in rows[:3])
    if letter or re.search(r"前往贵(?:处|单位|中心|校|院|局|会|部)|请予?以?接洽", whole):
        for etype in ("training_notice", "training_certificate"):
            out[etype] = min(out[etype], 1.0)
    return out
