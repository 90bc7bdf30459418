using SupervisionModels.Datasets.Generator.Court;

namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>
/// The parts every judgment shares (domain §4.4): head, party block, course of the trial, fee, appeal notice and
/// signature, each with several phrasings.
/// </summary>
internal static class JudgmentSkeleton
{
    private static readonly string[] Occupations = ["农民", "个体工商户", "无固定职业", "职工", "司机", "退休职工", "务工人员", "个体经营者"];

    public static void Head(Composer c, CaseHeader h)
    {
        c.Add(h.Block.CourtName).Line().Add(h.DocType).Line().Add(h.CaseNo).Line();
    }

    public static void Parties(Composer c, CaseHeader h)
    {
        foreach (var p in h.Parties)
        {
            Party(c, p);
        }
    }

    public static void Party(Composer c, CaseParty p)
    {
        c.Add(p.Role).One("：", "：", "");
        if (p.Role == "公诉机关")
        {
            c.Add(p.Name).Add('。').Line();
            return;
        }

        c.Add(p.Name);
        if (p.IsPerson)
        {
            c.Add('，').Add(p.Gender ?? "男");
            if (p.BirthDate is { } birth)
            {
                c.Add('，').Date(birth).One("出生", "生", "出生");
            }

            c.Add('，').Add(c.Chance(0.985) ? "汉族" : "回族");
            if (c.Chance(0.35))
            {
                c.Add('，').Add(c.Rng.Pick(Occupations));
            }

            if (p.IdNo is { } id && c.Chance(0.12))
            {
                c.Add("，公民身份号码").Add(id[..6]).Add("********").Add(id[^4..]);
            }

            if (p.Address is { } address)
            {
                c.One("，住", "，住", "，户籍地").Add(address);
            }

            c.Add('。').Line();
        }
        else
        {
            if (p.Address is { } address)
            {
                c.One("，住所地", "，住所地", "，住所：").Add(address);
            }

            if (p.CreditCode is { } code && c.Chance(0.4))
            {
                c.Add("，统一社会信用代码").Add(code);
            }

            c.Add('。').Line();
            if (p.LegalRep is { } rep)
            {
                c.One("法定代表人：", "法定代表人", "负责人：").Add(rep).Add('，').Add(p.LegalRepTitle ?? c.Rng.Pick(["该公司经理", "该公司执行董事", "该公司总经理", "董事长"])).Add('。').Line();
            }
        }

        if (p.Agent is { } agent)
        {
            c.Add("委托诉讼代理人：").Add(agent).Add('，').Add(p.AgentFirm ?? "").Add('。').Line();
        }
    }

    /// <summary>The course of the trial (审理经过) for a civil first-instance case.</summary>
    public static void CivilCourse(Composer c, CaseHeader h)
    {
        var p = h.Plaintiff;
        var d = h.Defendant;
        c.Add("原告").Add(p.ShortName).Add("与被告").Add(d.ShortName).Add(h.Cause).Add("一案，本院于").Date(h.Filing).One("立案后", "立案受理后", "受理后");
        if (h.Procedure == "简易程序")
        {
            c.One("，依法适用简易程序", "，依法适用简易程序，由审判员" + h.Judge + "独任审判", "，依法适用简易程序");
        }
        else if (h.Procedure == "小额诉讼程序")
        {
            c.Add("，依法适用小额诉讼程序");
        }
        else
        {
            c.One("，依法适用普通程序", "，依法组成合议庭", "，依法适用普通程序，组成合议庭");
        }

        c.One("，公开开庭进行了审理。", "，于" + ChineseFormat.Date(h.Filing.AddDays(c.Rng.Between(12, 40))) + "公开开庭进行了审理。", "，公开开庭审理了本案。");
        c.Add("原告").Add(p.ShortName);
        if (p.Agent is { } agent)
        {
            c.One("及其委托诉讼代理人", "的委托诉讼代理人").Add(agent);
        }

        if (h.Default)
        {
            c.One("到庭参加诉讼，被告", "到庭参加了诉讼，被告").Add(d.ShortName)
                .One("经本院传票传唤，无正当理由拒不到庭参加诉讼", "经本院合法传唤，无正当理由未到庭", "经公告送达开庭传票，未到庭参加诉讼")
                .One("，本院依法缺席审理。", "。", "，本院依法缺席判决。");
        }
        else
        {
            c.Add("、被告").Add(d.ShortName);
            if (d.Agent is { } dAgent)
            {
                c.Add("的委托诉讼代理人").Add(dAgent);
            }

            c.One("到庭参加诉讼。", "均到庭参加了诉讼。", "到庭参加诉讼。");
        }

        c.One("本案现已审理终结。", "本案现已审理终结。", "", "本案依法进行了审理，现已审理终结。").Line();
    }

    /// <summary>
    /// Sometimes a procedural paragraph: rights notice, the court's warning about false litigation, evidence exchange,
    /// a witness. Free of every model keyword, so it never turns a paraphrased text into a keyword hit.
    /// </summary>
    public static void ProceduralNote(Composer c)
    {
        if (!c.Chance(0.35))
        {
            return;
        }

        c.Add(c.Rng.Pick([
            "庭审前，本院依法向双方当事人告知了诉讼权利义务，并释明了诉讼风险。",
            "庭审中，本院依法告知当事人诉讼权利义务及虚假诉讼的法律后果，双方当事人均表示知晓，并签署了诚信诉讼承诺书。",
            "本案审理过程中，本院组织双方当事人进行了证据交换，双方对对方提交的证据发表了质证意见。",
            "审理中，原告申请证人出庭作证，证人到庭陈述了其所知悉的情况，并接受了双方当事人的询问。",
            "因被告下落不明，本院依法向其公告送达了起诉状副本、应诉通知书、举证通知书及开庭传票。",
            "本案在审理过程中，本院依法组织双方进行调解，因双方意见分歧较大，调解未果。",
        ])).Line();
    }

    public static void Fee(Composer c, CaseHeader h, string payer)
    {
        if (h.Fee is not { } fee)
        {
            return;
        }

        var full = h.Procedure == "普通程序" && !h.IsMediation && !h.IsWithdrawal ? fee : fee * 2;
        c.Add("案件受理费").Add(ChineseFormat.Yuan(full));
        if (full != fee)
        {
            c.One("，减半收取", "，因适用简易程序减半收取", "，减半收取计").Add(ChineseFormat.Yuan(fee));
        }

        if (c.Chance(0.15))
        {
            c.Add("，保全费").Add(ChineseFormat.Yuan(Math.Min(5000m, 30m + Math.Round((h.Claim ?? 0m) * 0.01m))));
        }

        c.Add("，由").Add(payer).One("负担。", "承担。", "负担。").Line();
    }

    public static void AppealNotice(Composer c, CaseHeader h, string documentWord = "判决")
    {
        var area = h.Block.Area;
        c.One("如不服本", "如不服本", "当事人如不服本").Add(documentWord)
            .One("，可以在", "，可在").Add(documentWord).Add("书送达之日起十五日内，向本院递交上诉状，并按对方当事人").One("的人数", "或者代表人的人数").Add("提出副本，上诉于").Add(area.IntermediateCourtName).Add('。').Line();
    }

    public static void Signature(Composer c, CaseHeader h, bool panel)
    {
        if (panel)
        {
            c.Add("审判长　").Add(h.Judge).Line().Add("审判员　").Add(Colleague(c, "李")).Line().Add(c.Chance(0.5) ? "人民陪审员　" : "审判员　").Add(Colleague(c, "王")).Line();
        }
        else
        {
            c.Add("审判员　").Add(h.Judge).Line();
        }

        c.Add(ChineseFormat.SignatureDate(h.Decided)).Line();
        if (c.Chance(0.2))
        {
            c.Add("本件与原本核对无异").Line();
        }

        if (c.Chance(0.3))
        {
            c.Add("法官助理　").Add(Colleague(c, "孙")).Line();
        }

        c.Add("书记员　").Add(h.Clerk);
    }

    private static string Colleague(Composer c, string fallbackSurname)
    {
        string[] given = ["伟", "静", "敏", "磊", "芳", "军", "丽", "涛", "燕", "鹏", "洁", "强", "娜", "琳", "浩", "婷"];
        string[] surnames = ["王", "李", "张", "刘", "孙", "陈", "杨", "赵", "徐", "马", "高", "于", fallbackSurname];
        return c.Rng.Pick(surnames) + c.Rng.Pick(given) + (c.Chance(0.6) ? c.Rng.Pick(given) : string.Empty);
    }
}
