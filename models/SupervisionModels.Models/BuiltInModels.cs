using System.Reflection;

namespace SupervisionModels.BuiltIn;

/// <summary>The assembly of the built-in supervision models, for hosts that load them.</summary>
public static class BuiltInModels
{
    /// <summary>This assembly.</summary>
    public static Assembly Assembly => typeof(BuiltInModels).Assembly;
}
