using SupervisionModels.Datasets;
using SupervisionModels.Rules;
using SupervisionModels.Models;
using static SupervisionModels.BuiltIn.JudicialAid.JudicialAidParameters;

namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>
/// SM0003 司法救助线索筛查 — the 菏泽单县 model: victims of crimes (and the close relatives of victims who died) whose
/// case is an aid situation of 《人民检察院开展国家司法救助工作细则》, who were not compensated, not at serious fault and
/// not already aided, and who are on a hardship register (低保/特困, 残疾, 防返贫监测, 困难妇女). Read top to bottom the
/// rules are the screening of domain §3.3: the candidate pool, the equality joins to each register at the case date,
/// the eligibility filters, then the signals that rank the leads (§3.4).
/// </summary>
public sealed partial class JudicialAidModel : SupervisionModel
{
    /// <summary>The name under which a text classifier for case summaries is registered.</summary>
    public const string ClassifierName = "SM0003.text";

    /// <inheritdoc/>
    public override ModelDescriptor Descriptor { get; } = new(
        ModelIds.JudicialAid,
        "司法救助线索筛查",
        ModelCategory.ComplaintsAndAid,
        "1.0.0",
        "以检察机关刑事案件被害人（及死亡被害人的近亲属）为主表，按身份证号与民政低保特困、残联持证残疾人、乡村振兴防返贫监测、妇联困难妇女名单等值关联，"
        + "筛出案件属国家司法救助情形、加害人未足额赔偿、被害人无重大过错、本案未获救助且案发时或案发后在困难群体名单内的人员，推送控告申诉检察部门核实救助。")
    {
        HelpText = HelpPages.For(ModelIds.JudicialAid),
        Datasets =
        [
            typeof(ProcuratorateCase), typeof(CasePerson), typeof(SocialAssistance), typeof(DisabledPerson),
            typeof(PovertyMonitoring), typeof(WomenFederationAid), typeof(JudicialAidGrant),
        ],
    };

    /// <inheritdoc/>
    public override IReadOnlyList<ModelParameter> Parameters => All;

    /// <inheritdoc/>
    public override void Initialize(IModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = new TextOptions(ClassifierName)
        {
            Enabled = context.GetValue(UseClassifier),
            AcceptAbove = context.GetValue(ClassifierAccept),
            DemoteBelow = context.GetValue(ClassifierDemote),
        };
        var asOf = ParseAsOf(context.GetValue(AsOfDate));

        RegisterPool(context, asOf);
        RegisterRegisters(context);
        RegisterUnlisted(context);
        RegisterSituations(context);
        RegisterHardship(context);
        RegisterTiming(context, asOf);
        RegisterText(context, text);
        context.LeadWhen(context.GetValue(MinScore));
    }

    /// <summary>The lead's subject: the candidate, a person, as 被害人 or 被害人近亲属.</summary>
    public static Subject Person(AidCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new Subject(candidate.Key, candidate.Name, SubjectKind.Person, candidate.Role);
    }
}
