namespace SupervisionModels.Datasets.Generator.JudicialAid;

/// <summary>A procuratorate criminal case with its victims, relatives, suspects and witnesses.</summary>
internal sealed record ProcuratorateBundle(ProcuratorateCase Case, IReadOnlyList<CasePerson> Persons);
