namespace SupervisionModels.Datasets;

/// <summary>Every dataset record type of the project, in the order the schema pages list them.</summary>
public static class DatasetRecordTypes
{
    /// <summary>The record types: court side, registries, nitrous-oxide sources, judicial-aid sources.</summary>
    public static IReadOnlyList<Type> All { get; } =
    [
        typeof(Judgment), typeof(JudgmentParty), typeof(EnforcementCase), typeof(AssetDisposal),
        typeof(Enterprise), typeof(Vehicle), typeof(PlateAuction),
        typeof(PoliceCase), typeof(PolicePerson), typeof(HazardousChemicalPermit), typeof(HazardousChemicalUser),
        typeof(TransportPermit), typeof(TransportVehicle), typeof(TransportWorker), typeof(Waybill),
        typeof(Venue), typeof(LodgingCheckin),
        typeof(ProcuratorateCase), typeof(CasePerson), typeof(WomenFederationAid), typeof(DisabledPerson),
        typeof(SocialAssistance), typeof(PovertyMonitoring), typeof(JudicialAidGrant),
    ];
}
