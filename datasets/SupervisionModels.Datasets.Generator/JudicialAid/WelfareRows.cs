using SupervisionModels.Datasets.Generator.Output;

namespace SupervisionModels.Datasets.Generator.JudicialAid;

/// <summary>
/// The welfare registers, streamed by person: background membership is a pure function of the person (so other
/// generators can ask whether someone is on a list), and scenario rows are inserted at random persons' positions.
/// </summary>
internal sealed class WelfareRows(long backgroundPersons)
{
    public SlotPlan<SocialAssistance> Assistance { get; } = new(backgroundPersons);

    public SlotPlan<DisabledPerson> Disabled { get; } = new(backgroundPersons);

    public SlotPlan<PovertyMonitoring> Monitoring { get; } = new(backgroundPersons);

    public SlotPlan<WomenFederationAid> Women { get; } = new(backgroundPersons);
}
