using SupervisionModels.Datasets;

namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>The words of the datasets and of the leads that SM0003's rules compare against.</summary>
public static class AidVocabulary
{
    /// <summary>The victim's role in <see cref="CasePerson.Role"/>, and the lead's role for a living victim.</summary>
    public const string VictimRole = "被害人";

    /// <summary>A close relative's role in <see cref="CasePerson.Role"/>.</summary>
    public const string RelativeRole = "近亲属";

    /// <summary>The lead's role for the close relative of a victim who died.</summary>
    public const string RelativeLeadRole = "被害人近亲属";

    /// <summary><see cref="ProcuratorateCase.VictimFault"/> that bars aid (对案件发生有重大过错).</summary>
    public const string MajorFault = "重大";

    /// <summary><see cref="ProcuratorateCase.CivilExecStatus"/> when enforcement ended without payment (终本).</summary>
    public const string EnforcementEnded = "终结本次执行";

    /// <summary><see cref="DisabledPerson.Status"/> of a certificate in force.</summary>
    public const string CertificateValid = "有效";

    /// <summary><see cref="WomenFederationAid.Status"/> of a woman still on the register.</summary>
    public const string OnRegister = "在册";

    /// <summary>
    /// The monitored household types of the rural-revitalisation register (防返贫监测对象). A plain 脱贫户 is not one: it
    /// was lifted out of poverty and is not under monitoring, so it is no hardship flag by itself.
    /// </summary>
    public static bool IsMonitored(string householdStatus) =>
        householdStatus is "脱贫不稳定户" or "边缘易致贫户" or "突发严重困难户";

    /// <summary>True when the offender paid nothing or cannot pay, or enforcement of the civil award ended (终本).</summary>
    public static bool IsUnpaid(string offenderPaid, string civilExecStatus) =>
        offenderPaid is CompensationStatuses.None or CompensationStatuses.Unable || civilExecStatus == EnforcementEnded;
}

/// <summary>The hardship categories a lead is tagged with (the four key groups of the Shan county model, plus minors).</summary>
public static class HardshipCategories
{
    /// <summary>民政 最低生活保障 or 特困人员供养.</summary>
    public const string Subsistence = "低保/特困";

    /// <summary>残联 持证残疾人, grade 1–3.</summary>
    public const string Disability = "残疾";

    /// <summary>乡村振兴 防返贫监测对象.</summary>
    public const string Monitored = "防返贫监测";

    /// <summary>妇联 困难妇女.</summary>
    public const string Women = "困难妇女";

    /// <summary>No register: the case summary says the victim fell into hardship and is not yet on any list.</summary>
    public const string SummaryOnly = "摘要载明困难（未入名单）";
}
