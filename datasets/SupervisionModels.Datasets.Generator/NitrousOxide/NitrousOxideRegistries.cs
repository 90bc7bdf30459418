namespace SupervisionModels.Datasets.Generator.NitrousOxide;

/// <summary>
/// The small registers of the nitrous-oxide model (a prefecture has hundreds of licences and carriers, a few thousand
/// venues): held whole, background and scenario rows together, and written sorted by key.
/// </summary>
internal sealed class NitrousOxideRegistries
{
    public List<HazardousChemicalPermit> Permits { get; } = [];

    public List<HazardousChemicalUser> Users { get; } = [];

    public List<TransportPermit> TransportPermits { get; } = [];

    public List<TransportVehicle> TransportVehicles { get; } = [];

    public List<TransportWorker> Workers { get; } = [];

    public List<Venue> Venues { get; } = [];
}
