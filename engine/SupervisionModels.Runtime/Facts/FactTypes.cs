using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Runtime.Facts;

/// <summary>Small helpers about fact types.</summary>
internal static class FactTypes
{
    public static bool IsDataset(Type type) => FactSchema.IsDataset(type);
}
