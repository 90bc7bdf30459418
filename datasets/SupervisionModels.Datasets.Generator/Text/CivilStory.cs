using SupervisionModels.Datasets.Generator.Court;

namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>
/// The cause-specific middle of a civil document: claims, defence, findings, reasoning and orders (or the mediation
/// agreement). A story is created per case with its own details, so the structured header and the text agree.
/// </summary>
internal abstract class CivilStory
{
    /// <summary>The plaintiff's claims and the facts and reasons (原告诉称).</summary>
    public abstract void Claims(Composer c, CaseHeader h);

    /// <summary>The facts the court found (经审理查明), restating the story in the court's words.</summary>
    public abstract void Findings(Composer c, CaseHeader h);

    /// <summary>The court's reasoning (本院认为) ending with the legal basis.</summary>
    public abstract void Reasoning(Composer c, CaseHeader h);

    /// <summary>The operative part (判决如下) items.</summary>
    public abstract void Orders(Composer c, CaseHeader h);

    /// <summary>The mediation agreement items (双方当事人自愿达成如下协议).</summary>
    public virtual void Agreement(Composer c, CaseHeader h)
    {
        c.Add("一、被告").Add(h.Defendant.ShortName).Add("于").Date(h.Decided.AddDays(c.Rng.Between(10, 90))).Add("前支付原告").Add(h.Plaintiff.ShortName)
            .Add("款项").Yuan(h.Awarded ?? 0m).Add("；").Line().Add("二、原告").Add(h.Plaintiff.ShortName).Add("放弃其他诉讼请求。").Line();
    }

    /// <summary>The defence (被告辩称): contested, admitted, or absent.</summary>
    public virtual void Defence(Composer c, CaseHeader h)
    {
        var d = h.Defendant.ShortName;
        if (h.Default)
        {
            c.Add("被告").Add(d).One("未到庭，亦未提交书面答辩意见。", "未作答辩。", "未到庭应诉，亦未提交证据。").Line();
        }
        else if (h.Admitted)
        {
            c.Add("被告").Add(d).One("辩称，", "答辩称，").One(
                "对原告主张的事实无异议，因经营困难暂时无力偿还，同意分期还款。",
                "被告对原告主张的事实无异议，愿意承担还款责任。",
                "对欠款事实及数额均无异议，请求法院依法处理。").Line();
        }
        else
        {
            c.Add("被告").Add(d).One("辩称，", "答辩称，").Add(ContestedDefence(c)).Line();
        }
    }

    protected virtual string ContestedDefence(Composer c) => c.Rng.Pick([
        "原告主张的数额不实，部分款项已经偿还，请求依法驳回原告的不当诉讼请求。",
        "双方之间确有往来，但原告主张的利息过高，不应支持。",
        "原告起诉已超过诉讼时效，请求驳回原告的诉讼请求。",
        "原告提交的证据不能证明其主张，被告不应承担责任。",
    ]);

    /// <summary>The evidence paragraph: what was submitted and how the other side responded.</summary>
    public virtual void Evidence(Composer c, CaseHeader h, IReadOnlyList<string> exhibits)
    {
        c.One("本案审理过程中，", "庭审中，", "为证明其主张，").Add("原告").Add(h.Plaintiff.ShortName).One("向本院提交了以下证据：", "提交了如下证据：");
        for (var i = 0; i < exhibits.Count; i++)
        {
            c.Add((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Add('.').Add(exhibits[i]).Add(i == exhibits.Count - 1 ? "。" : "；");
        }

        if (h.Default)
        {
            c.Add("被告").Add(h.Defendant.ShortName).One("未到庭质证，视为放弃质证的权利。", "经合法传唤未到庭，视为放弃举证、质证的权利。");
        }
        else if (h.Admitted)
        {
            c.Add("被告").Add(h.Defendant.ShortName).One("对上述证据均无异议。", "对证据的真实性、合法性、关联性均无异议。");
        }
        else
        {
            c.Add("被告").Add(h.Defendant.ShortName).One("对证据的真实性无异议，但对证明目的有异议。", "对部分证据提出异议。", "质证认为，上述证据不能达到原告的证明目的。");
        }

        c.One("本院对当事人无异议的证据予以确认并在卷佐证。", "本院经审查，对上述证据的真实性予以确认。", "").Line();
    }

    protected static void DelayClause(Composer c, CaseHeader h) =>
        c.One("如果未按本判决指定的期间履行给付金钱义务，应当依照", "如未按本判决指定的期间履行给付金钱义务，应当依照")
            .Add(Laws.Procedure(h.Decided)).Add(Laws.DelayInterest(h.Decided)).Add("之规定，加倍支付迟延履行期间的债务利息。").Line();

    protected static void Basis(Composer c, CaseHeader h, string substantive)
    {
        c.One("依照", "依据", "综上，依照").Add(substantive).Add('，').Add(Laws.Procedure(h.Decided)).Add(Laws.Evidence(h.Decided));
        if (h.Default)
        {
            c.Add('、').Add(Laws.DefaultJudgment(h.Decided));
        }

        c.One("之规定，判决如下：", "的规定，判决如下：").Line();
    }
}
