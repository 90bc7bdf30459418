using System.Reflection;
using System.Reflection.Emit;

namespace SupervisionModels.Declarative.Compilation;

/// <summary>
/// The CLR types of a model file's derived facts. The engine stores and joins facts by type, as it does a C# model's
/// derived records; here each fact declared in the file becomes a small sealed class with one public field per
/// declared field (no code of its own: its only members are the fields and a parameterless constructor).
/// </summary>
public static class DerivedFactTypes
{
    /// <summary>Defines one type per fact of <paramref name="facts"/> (name → field names and types, in order).</summary>
    public static IReadOnlyDictionary<string, Type> Define(string modelId, IReadOnlyList<(string Name, IReadOnlyList<(string Field, Type Type)> Fields)> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var types = new Dictionary<string, Type>(StringComparer.Ordinal);
        if (facts.Count == 0)
        {
            return types;
        }

        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName($"SupervisionModels.Declarative.Facts.{modelId}"), AssemblyBuilderAccess.Run);
        var module = assembly.DefineDynamicModule("facts");
        foreach (var (name, fields) in facts)
        {
            var type = module.DefineType($"SupervisionModels.Declarative.Facts.{modelId}.{name}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
            foreach (var (field, fieldType) in fields)
            {
                type.DefineField(field, fieldType, FieldAttributes.Public);
            }

            type.DefineDefaultConstructor(MethodAttributes.Public);
            types[name] = type.CreateType();
        }

        return types;
    }
}
