using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SupervisionModels.Hosting.Confinement;

/// <summary>One API a plugin DLL references that the allow-list refuses.</summary>
/// <param name="Rule">The refusal's id and category.</param>
/// <param name="Api">What is referenced: <c>System.IO.File.ReadAllText</c>, or <c>libc!getpid (P/Invoke)</c>.</param>
internal sealed record MetadataRefusal(ConfinementRule Rule, string Api)
{
    /// <summary><c>path: error SMPxxxx: category: 'api' may not be used by a model plugin; see …</c> (metadata has no line).</summary>
    public string Format(string path, string severity) =>
        $"{path}: {severity} {Rule.Id}: {Rule.Category}: '{Api}' may not be used by a model plugin; see {Rule.HelpLink}";
}

/// <summary>
/// Checks a plugin DLL against <see cref="PluginApiPolicy"/> from its metadata, without loading it: every type
/// reference, every member reference (calls, fields, <c>ldtoken</c> of expression trees, attribute constructors), and
/// every method imported from native code (the P/Invoke table). What a DLL's code can reach outside itself is exactly
/// these tables, since IL names every external member through them; what it does with its own types is its own.
/// </summary>
internal static class AssemblyConfinement
{
    /// <summary>
    /// The refusals of the DLL at <paramref name="path"/> and of the dependencies it ships beside it (which its load
    /// context would load on demand, so they are checked the same way; their refusals name the dependency's file).
    /// </summary>
    public static IReadOnlyList<MetadataRefusal> Check(string path)
    {
        var found = new List<MetadataRefusal>();
        var checkedFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Path.GetFullPath(path) };
        Check(path, prefix: "", found, checkedFiles);
        return found.OrderBy(r => r.Rule.Id, StringComparer.Ordinal).ThenBy(r => r.Api, StringComparer.Ordinal).ToArray();
    }

    private static void Check(string path, string prefix, List<MetadataRefusal> found, HashSet<string> checkedFiles)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(ConfinementRule? rule, string api)
        {
            if (rule is not null && seen.Add(rule.Id + " " + api))
            {
                found.Add(new MetadataRefusal(rule, prefix + api));
            }
        }

        // An assembly the plugin ships beside it is plugin code: its types are allowed here, and it is checked itself.
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var dependencies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.AssemblyReferences)
        {
            var name = reader.GetString(reader.GetAssemblyReference(handle).Name);
            var file = Path.Combine(folder, name + ".dll");
            if (!Plugins.SharedAssemblies.IsShared(name) && File.Exists(file))
            {
                dependencies.Add(name);
                if (checkedFiles.Add(file))
                {
                    Check(file, Path.GetFileName(file) + ": ", found, checkedFiles);
                }
            }
        }

        foreach (var handle in reader.TypeReferences)
        {
            var type = Describe(reader, handle);
            if (type.Assembly is not null && dependencies.Contains(type.Assembly))
            {
                continue;
            }

            Add(PluginApiPolicy.Check(new ApiReference(type.Assembly, type.Namespace, type.Outermost, null)), type.FullName);
        }

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (DeclaringType(reader, member.Parent) is not { } type)
            {
                continue; // a member of the DLL's own types (vararg call sites) or of a module
            }

            if (type.Assembly is not null && dependencies.Contains(type.Assembly))
            {
                continue;
            }

            var name = reader.GetString(member.Name);
            var byName = type.Namespace == "System.Linq.Expressions" && name is "Call" or "Property" or "Field" or "PropertyOrField"
                && member.GetKind() == MemberReferenceKind.Method && TakesString(member);
            Add(PluginApiPolicy.Check(new ApiReference(type.Assembly, type.Namespace, type.Outermost, name, byName)), $"{type.FullName}.{name}");
        }

        foreach (var handle in reader.MethodDefinitions)
        {
            var method = reader.GetMethodDefinition(handle);
            if ((method.Attributes & MethodAttributes.PinvokeImpl) == 0)
            {
                continue;
            }

            var import = method.GetImport();
            var module = import.Module.IsNil ? "?" : reader.GetString(reader.GetModuleReference(import.Module).Name);
            var entry = import.Name.IsNil ? reader.GetString(method.Name) : reader.GetString(import.Name);
            Add(ConfinementRules.NativeCode, $"{module}!{entry} (P/Invoke)");
        }
    }

    private sealed record TypeName(string? Assembly, string Namespace, string Outermost, string FullName);

    private static TypeName? DeclaringType(MetadataReader reader, EntityHandle parent)
    {
        switch (parent.Kind)
        {
            case HandleKind.TypeReference:
                return Describe(reader, (TypeReferenceHandle)parent);
            case HandleKind.TypeSpecification:
                // A member of a constructed generic type (List<int>.Add): the generic definition decides.
                var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
                if (blob.ReadSignatureTypeCode() == SignatureTypeCode.GenericTypeInstance)
                {
                    blob.ReadSignatureTypeCode(); // class or value type
                    var definition = blob.ReadTypeHandle();
                    return definition.Kind == HandleKind.TypeReference ? Describe(reader, (TypeReferenceHandle)definition) : null;
                }

                return null;
            default:
                return null;
        }
    }

    private static TypeName Describe(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            var outer = Describe(reader, (TypeReferenceHandle)type.ResolutionScope);
            return outer with { FullName = outer.FullName + "+" + name };
        }

        var ns = reader.GetString(type.Namespace);
        string? assembly = type.ResolutionScope.Kind == HandleKind.AssemblyReference
            ? reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name)
            : null;
        return new TypeName(assembly, ns, name, ns.Length == 0 ? name : ns + "." + name);
    }

    private static bool TakesString(MemberReference member)
    {
        var signature = member.DecodeMethodSignature(IsStringProvider.Instance, genericContext: null);
        return signature.ParameterTypes.Any(p => p);
    }

    /// <summary>Decodes signature types to "is it string?", all a check needs of a parameter.</summary>
    private sealed class IsStringProvider : ISignatureTypeProvider<bool, object?>
    {
        public static IsStringProvider Instance { get; } = new();

        public bool GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode == PrimitiveTypeCode.String;

        public bool GetArrayType(bool elementType, ArrayShape shape) => false;

        public bool GetByReferenceType(bool elementType) => false;

        public bool GetFunctionPointerType(MethodSignature<bool> signature) => false;

        public bool GetGenericInstantiation(bool genericType, ImmutableArray<bool> typeArguments) => false;

        public bool GetGenericMethodParameter(object? genericContext, int index) => false;

        public bool GetGenericTypeParameter(object? genericContext, int index) => false;

        public bool GetModifiedType(bool modifier, bool unmodifiedType, bool isRequired) => unmodifiedType;

        public bool GetPinnedType(bool elementType) => false;

        public bool GetPointerType(bool elementType) => false;

        public bool GetSZArrayType(bool elementType) => false;

        public bool GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => false;

        public bool GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => false;

        public bool GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => false;
    }
}
