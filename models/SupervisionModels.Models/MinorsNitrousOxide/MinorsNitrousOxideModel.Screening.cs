using SupervisionModels.Datasets;
using SupervisionModels.Models;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>第〇步 关键词筛查 (domain §2.3 step 0).</summary>
public sealed partial class MinorsNitrousOxideModel
{
    private static void Screening(IModelContext context, Settings s)
    {
        var sale = s.SaleTerms;
        var transport = s.TransportTerms;
        var minors = s.MinorTerms;
        var channels = s.ChannelTerms;
        var bulkUnits = s.BulkUnits;
        var bulkQuantity = (decimal)s.BulkQuantity;

        // The words of the article also name innocent things: hospital sedation, a bakery's cream chargers, airsoft
        // "气弹", helium "笑气球". Such records are set aside before anything is built on them.
        context.Rule("D01", "排除：简要案情载明医用、烘焙自用、玩具枪气弹、氦气球等正当或无关用途", r => r
            .Match<PoliceCase>()
            .WhereText(c => c.Summary, s.Exclude)
            .Derive(c => new InnocentUse(c.PoliceCaseNo)));

        // A record about another drug (methamphetamine, heroin, ketamine…) that never names nitrous oxide is not this
        // model's: the classifier may find N2O paraphrases, never turn an ordinary drug case into one. A mention that
        // denies the substance (现场未查获笑气) is no mention: hard data's ketamine records that say so passed D25 before.
        var substanceTerms = s.Substance.Terms;
        context.Rule("D25", "排除：简要案情载明甲基苯丙胺、海洛因、氯胺酮等其他毒品，且未载明一氧化二氮及其别称（“未查获笑气”一类否定的提及不算载明）", r => r
            .Match<PoliceCase>()
            .WhereText(c => c.Summary, s.OtherDrugs)
            .Where(c => !Texts.ContainsAffirmed(c.Summary, substanceTerms))
            .Derive(c => new OtherDrugCase(c.PoliceCaseNo)));

        context.Rule("D02", "筛查警情：简要案情同时命中物质词与行为词（或经文本分类器判定相关），且不属正当用途或其他毒品案件", r => r
            .Match<PoliceCase>()
            .WhereText(c => c.Summary, s.Substance, s.Text)
            .WhereText(c => c.Summary, s.Action, s.Text)
            .Not<InnocentUse, string>(c => c.PoliceCaseNo, x => x.CaseNo)
            .Not<OtherDrugCase, string>(c => c.PoliceCaseNo, x => x.CaseNo)
            .Derive(c => new NitrousOxideCase(
                c.PoliceCaseNo,
                c.EventTime,
                c.AreaCode,
                c.Place,
                c.VenueId,
                c.VehiclePlate,
                Texts.ContainsAny(c.Summary, sale) || Texts.ContainsAny(c.Cause, sale),
                c.VehiclePlate != null || Texts.ContainsAny(c.Summary, transport) || Texts.ContainsAny(c.Cause, transport),
                // "未发现向个人或未成年人销售" clears a seller, it does not accuse it (hard data's licensed distributors).
                Texts.ContainsAffirmed(c.Summary, minors),
                Texts.ContainsAny(c.Summary, channels) || Texts.IsOneOf(c.SeizedUnit, bulkUnits) || c.SeizedQty >= bulkQuantity,
                Suppliers.NamedIn(c.Summary))));
    }
}
