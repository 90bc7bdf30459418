namespace SupervisionModels.Datasets.Generator.NitrousOxide;

/// <summary>A police case or incident with the persons recorded in it.</summary>
internal sealed record PoliceBundle(PoliceCase Case, IReadOnlyList<PolicePerson> Persons);
