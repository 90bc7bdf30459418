namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>Turns a case header and its text into the rows of <c>judgments</c> and <c>judgment_parties</c>.</summary>
internal static class RowMapper
{
    public static void Add(CourtBundle into, CaseHeader h, string text)
    {
        into.Judgments.Add(new Judgment
        {
            CaseNo = h.CaseNo,
            Court = h.Block.CourtName,
            CourtCode = h.Block.CourtCode,
            CaseType = h.Block.CaseType,
            Proceeding = h.Proceeding,
            DocType = h.DocType,
            TrialProcedure = h.Procedure,
            Cause = h.Cause,
            FilingDate = h.Filing,
            JudgmentDate = h.Decided,
            ClosingMode = h.ClosingMode,
            PlaintiffNames = string.Join('、', h.Plaintiffs.Select(p => p.Name)),
            DefendantNames = string.Join('、', h.Defendants.Select(p => p.Name)),
            ClaimAmount = h.Claim,
            AwardedAmount = h.Awarded,
            DefaultJudgment = h.Default,
            DefendantAdmitted = h.Admitted,
            Fee = h.Fee,
            OriginalCaseNo = h.OriginalCaseNo,
            FullText = text,
        });
        for (var i = 0; i < h.Parties.Count; i++)
        {
            var p = h.Parties[i];
            into.Parties.Add(new JudgmentParty
            {
                PartyKey = h.CaseNo + "#" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                CaseNo = h.CaseNo,
                Seq = i + 1,
                Role = p.Role,
                PartyType = p.IsPerson ? "自然人" : p.Role == "公诉机关" ? "机关" : p.Enterprise?.EnterpriseType is "个体工商户" or "律师事务所" ? "非法人组织" : "法人",
                Name = p.Name,
                IdNo = p.IdNo,
                CreditCode = p.CreditCode,
                Gender = p.IsPerson ? p.Gender : null,
                BirthDate = p.IsPerson ? p.BirthDate : null,
                Address = p.Address,
                LegalRep = p.LegalRep,
                Agent = p.Agent,
                AgentFirm = p.AgentFirm,
            });
        }
    }
}
