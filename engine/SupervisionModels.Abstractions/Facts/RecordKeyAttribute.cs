namespace SupervisionModels.Facts;

/// <summary>
/// Marks the property that identifies a row of a dataset (a case number, a credit code, a permit number). Evidence
/// cites records by this key, so it is always loaded. A dataset record has exactly one.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class RecordKeyAttribute : Attribute;
