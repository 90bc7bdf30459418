using SupervisionModels.Datasets.Generator.Court;

namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>Assembles a civil first-instance judgment, mediation paper or withdrawal ruling from the skeleton and a story.</summary>
internal static class CivilJudgmentWriter
{
    public static string Write(Composer c, CaseHeader h, CivilStory story)
    {
        JudgmentSkeleton.Head(c, h);
        JudgmentSkeleton.Parties(c, h);
        if (h.IsWithdrawal)
        {
            Withdrawal(c, h);
        }
        else if (h.IsMediation)
        {
            Mediation(c, h, story);
        }
        else
        {
            JudgmentSkeleton.CivilCourse(c, h);
            JudgmentSkeleton.ProceduralNote(c);
            story.Claims(c, h);
            story.Defence(c, h);
            story.Findings(c, h);
            story.Reasoning(c, h);
            story.Orders(c, h);
            JudgmentSkeleton.Fee(c, h, c.Chance(0.8) ? "被告" + h.Defendant.ShortName : "原告" + h.Plaintiff.ShortName + "负担" + ChineseFormat.Yuan(Math.Round((h.Fee ?? 0m) * 0.2m)) + "，被告" + h.Defendant.ShortName);
            JudgmentSkeleton.AppealNotice(c, h);
            JudgmentSkeleton.Signature(c, h, h.Procedure == "普通程序");
        }

        return c.Take();
    }

    private static void Mediation(Composer c, CaseHeader h, CivilStory story)
    {
        c.Add("原告").Add(h.Plaintiff.ShortName).Add("与被告").Add(h.Defendant.ShortName).Add(h.Cause).Add("一案，本院于").Date(h.Filing).Add("立案后，依法适用").Add(h.Procedure == "普通程序" ? "普通程序" : "简易程序").One("进行了审理。", "审理。", "，公开开庭进行了审理。").Line();
        story.Claims(c, h);
        c.One("本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：", "本案在审理过程中，经本院调解，当事人自愿达成如下协议：", "审理中，经本院主持调解，双方自愿达成协议如下：").Line();
        story.Agreement(c, h);
        JudgmentSkeleton.Fee(c, h, c.Chance(0.6) ? "被告" + h.Defendant.ShortName : "原告" + h.Plaintiff.ShortName);
        c.One("上述协议，不违反法律规定，本院予以确认。", "双方当事人达成的协议，符合有关法律规定，本院予以确认。").Line()
            .One("本调解协议经双方当事人签字，即具有法律效力。", "本调解书经双方当事人签收后，即具有法律效力。").Line();
        JudgmentSkeleton.Signature(c, h, false);
    }

    private static void Withdrawal(Composer c, CaseHeader h)
    {
        c.Add("原告").Add(h.Plaintiff.ShortName).Add("与被告").Add(h.Defendant.ShortName).Add(h.Cause).Add("一案，本院于").Date(h.Filing).Add("立案。原告").Add(h.Plaintiff.ShortName).Add("于").Date(h.Decided.AddDays(-c.Rng.Between(1, 10)))
            .Add("向本院提出撤诉申请").One("，理由是双方已自行和解。", "。", "，称被告已履行完毕。").Line()
            .Add("本院认为，原告").Add(h.Plaintiff.ShortName).Add("的撤诉申请系其真实意思表示，且不违反法律规定，依法应予准许。依照《中华人民共和国民事诉讼法》第").Add(Laws.CivilCode(h.Decided) ? "一百四十八条" : "一百四十五条").Add("规定，裁定如下：").Line()
            .Add("准许原告").Add(h.Plaintiff.ShortName).Add("撤回起诉。").Line();
        JudgmentSkeleton.Fee(c, h, "原告" + h.Plaintiff.ShortName);
        JudgmentSkeleton.Signature(c, h, false);
    }

    /// <summary>A second-instance judgment: the appeal against a first-instance case, reusing that case's story for the facts.</summary>
    public static string WriteAppeal(Composer c, CaseHeader h, CaseHeader original, CivilStory story)
    {
        JudgmentSkeleton.Head(c, h);
        JudgmentSkeleton.Parties(c, h);
        var appellant = h.Plaintiff.ShortName;
        var appellee = h.Defendant.ShortName;
        c.Add("上诉人").Add(appellant).Add("因与被上诉人").Add(appellee).Add(h.Cause).Add("一案，不服").Add(original.Block.CourtName).Add(original.CaseNo).Add("民事判决，向本院提起上诉。本院于").Date(h.Filing)
            .Add("立案后，依法组成合议庭").One("，开庭进行了审理。", "进行了审理。", "，经过阅卷、调查和询问当事人，不开庭进行了审理。").Add("本案现已审理终结。").Line()
            .Add(appellant).Add("上诉请求：").One("撤销一审判决，依法改判驳回被上诉人的诉讼请求。", "撤销原判，发回重审或依法改判。", "依法改判上诉人少承担责任。")
            .Add("事实和理由：").One("一审判决认定事实不清，证据不足。", "一审适用法律错误。", "一审认定的数额明显过高。").Line()
            .Add(appellee).One("辩称，一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。", "答辩称，同意一审判决。").Line();
        story.Findings(c, original);
        c.Add("本院二审期间，当事人").One("没有提交新证据。", "未提交新的证据。").Add("本院对一审查明的事实予以确认。").Line();
        var upheld = h.ClosingMode == "维持原判";
        c.Add("本院认为，").Add(upheld ? "一审判决认定事实清楚，适用法律正确，上诉人的上诉理由不能成立，应予驳回。" : "一审判决认定的部分数额缺乏证据支持，本院予以纠正。")
            .Add("依照《中华人民共和国民事诉讼法》第").Add(Laws.CivilCode(h.Decided) ? "一百七十七条" : "一百七十条").Add("第一款第").Add(upheld ? "一" : "二").Add("项规定，判决如下：").Line()
            .Add(upheld ? "驳回上诉，维持原判。" : "一、撤销" + original.Block.CourtName + original.CaseNo + "民事判决；二、被上诉人承担的数额调整为" + ChineseFormat.Yuan(h.Awarded ?? 0m) + "。").Line();
        JudgmentSkeleton.Fee(c, h, "上诉人" + appellant);
        c.Add("本判决为终审判决。").Line();
        JudgmentSkeleton.Signature(c, h, true);
        return c.Take();
    }
}
