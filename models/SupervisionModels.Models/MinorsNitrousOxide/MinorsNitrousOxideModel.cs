using SupervisionModels.Datasets;
using SupervisionModels.Models;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>
/// SM0002 未成年人“笑气”滥用 — the 烟台龙口 model (domain §2): police records mentioning nitrous oxide (笑气) and its
/// trade names, collided with the hazardous-chemical licences, the dangerous-goods transport permits, vehicles and crews,
/// the waybills, the venue register and the hotel check-ins. It gives four kinds of lead, each naming its kind:
/// 非法销售者 (sellers without a valid licence), 非法运输者 (carriers and drivers without the dangerous-goods permits),
/// 场所 (entertainment and lodging venues where minors inhaled), and 未成年人 (the minors, for 帮教 and 督促监护).
/// Read top to bottom, the rule groups are the prosecutors' method: screen, then each kind, each rule one sentence.
/// </summary>
public sealed partial class MinorsNitrousOxideModel : SupervisionModel
{
    /// <summary>The name the model's text classifier is registered under.</summary>
    public const string ClassifierName = "SM0002.text";

    private const string PoliceSource = "police_cases";
    private const string WaybillSource = "waybills";

    /// <inheritdoc/>
    public override ModelDescriptor Descriptor { get; } = new(
        ModelIds.MinorsNitrousOxide,
        "未成年人“笑气”滥用",
        ModelCategory.Minors,
        "1.0.0",
        "以公安警情、案件中涉“笑气”（一氧化二氮）的记录为线头，与危化品经营许可、危险货物道路运输许可及车辆、从业人员资格、电子运单、娱乐及住宿场所登记和入住登记碰撞，发现无证销售者、无资质运输者、容留未成年人吸食的场所，以及需帮教的吸食未成年人。")
    {
        HelpText = HelpPages.For(ModelIds.MinorsNitrousOxide),
        Datasets =
        [
            typeof(PoliceCase), typeof(PolicePerson), typeof(HazardousChemicalPermit), typeof(Waybill), typeof(TransportPermit),
            typeof(TransportVehicle), typeof(TransportWorker), typeof(Vehicle), typeof(Venue), typeof(LodgingCheckin),
        ],
    };

    /// <inheritdoc/>
    public override void Initialize(IModelContext context)
    {
        var settings = Settings.From(context);
        Screening(context, settings);
        Sellers(context, settings);
        Transporters(context, settings);
        Venues(context, settings);
        Minors(context, settings);

        // No rule is required of every lead: the four kinds stand on different rules, and each kind's core pair (a
        // screened record and a registry gap) reaches the minimum while one signal alone does not.
        context.LeadWhen(context.GetValue(MinScore));
    }
}
