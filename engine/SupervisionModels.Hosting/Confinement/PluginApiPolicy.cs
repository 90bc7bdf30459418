using SupervisionModels.Hosting.Plugins;

namespace SupervisionModels.Hosting.Confinement;

/// <summary>A reference from plugin code to an API outside the plugin, as both checkers see it.</summary>
/// <param name="Assembly">The simple name of the assembly that defines it, when known (metadata always knows; source knows too).</param>
/// <param name="Namespace">The namespace of the outermost type (<c>System.IO</c>).</param>
/// <param name="TypeName">The outermost type's metadata name (<c>List`1</c>, <c>Environment</c> for <c>Environment.SpecialFolder</c>).</param>
/// <param name="Member">The member's name (<c>ReadAllText</c>, <c>.ctor</c>), or null for a reference to the type itself.</param>
/// <param name="FindsMembersByName">True when the member looks a member up by a string (<c>Expression.Call(instance, "GetType")</c>).</param>
internal readonly record struct ApiReference(string? Assembly, string Namespace, string TypeName, string? Member, bool FindsMembersByName = false);

/// <summary>
/// The allow-list of what plugin code may reference: the plugin API and the dataset records, BCL collections, LINQ,
/// strings and text, math, dates, regular expressions and globalization. Everything else is refused; the category
/// only chooses the id of the refusal (<see cref="ConfinementRules"/>), so an API nobody thought of is refused too,
/// with the generic <c>SMP0001</c>.
/// </summary>
internal static class PluginApiPolicy
{
    private static readonly HashSet<string> AllowedNamespaces = new(StringComparer.Ordinal)
    {
        "System.Collections", "System.Collections.Generic", "System.Collections.ObjectModel", "System.Collections.Immutable",
        "System.Collections.Frozen", "System.Collections.Specialized", "System.Linq", "System.Text", "System.Text.RegularExpressions",
        "System.Globalization", "System.Numerics", "System.Diagnostics.CodeAnalysis",
    };

    // The System types a model needs: primitives, strings, math, dates, delegates, tuples, spans, the usual exceptions.
    private static readonly HashSet<string> AllowedSystemTypes = new(StringComparer.Ordinal)
    {
        "Object", "String", "Char", "Boolean", "Byte", "SByte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Int128", "UInt128",
        "Half", "Single", "Double", "Decimal", "Math", "MathF", "Convert", "BitConverter", "Enum", "ValueType", "Void", "Nullable", "Nullable`1",
        "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "TimeSpan", "DayOfWeek", "DateTimeKind", "TimeZoneInfo", "Guid", "Version",
        "StringComparison", "StringComparer", "StringSplitOptions", "MidpointRounding", "Index", "Range", "HashCode", "Array", "ArraySegment`1",
        "Span`1", "ReadOnlySpan`1", "Memory`1", "ReadOnlyMemory`1", "MemoryExtensions", "Lazy`1", "Tuple", "Predicate`1", "Comparison`1", "Converter`2",
        "IComparable", "IComparable`1", "IEquatable`1", "IFormattable", "IFormatProvider", "ISpanFormattable", "IDisposable", "ICloneable",
        "Attribute", "AttributeUsageAttribute", "AttributeTargets", "FlagsAttribute", "ObsoleteAttribute", "ParamArrayAttribute", "FormattableString",
        "Exception", "ArgumentException", "ArgumentNullException", "ArgumentOutOfRangeException", "InvalidOperationException", "FormatException",
        "NotSupportedException", "NotImplementedException", "OverflowException", "DivideByZeroException", "KeyNotFoundException", "IndexOutOfRangeException",
        "Delegate", "MulticastDelegate", "Type", "Environment",
    };

    /// <summary>The rule that refuses <paramref name="api"/>, or null when plugins may use it.</summary>
    public static ConfinementRule? Check(ApiReference api)
    {
        if (api.Assembly is not null && SharedAssemblies.IsShared(api.Assembly))
        {
            return null;
        }

        var ns = api.Namespace;
        var type = api.TypeName;
        var member = api.Member;
        return ns switch
        {
            "System" => CheckSystem(type, member),
            "System.Linq.Expressions" => api.FindsMembersByName ? ConfinementRules.Reflection : null,
            "System.Runtime.CompilerServices" => CheckCompilerServices(type, member),
            "System.Runtime.InteropServices" => CheckInterop(type),
            "System.Diagnostics" => type.StartsWith("Process", StringComparison.Ordinal) ? ConfinementRules.Process
                : IsDebuggerAttribute(type) ? null : ConfinementRules.NotAllowed,
            "System.Threading" when type is "Monitor" or "Interlocked" or "Volatile" or "Lock" => null, // lock statements, counters: no thread of their own
            "System.Reflection" when IsCompilerEmittedReflection(type, member) => null,
            "System.Runtime.Versioning" when type.EndsWith("Attribute", StringComparison.Ordinal) => null, // [assembly: TargetFramework]
            "System.Security" when type is "UnverifiableCodeAttribute" => ConfinementRules.Unsafe, // what /unsafe stamps on a module
            _ when AllowedNamespaces.Contains(ns) => null,
            _ when InNamespace(ns, "System.IO") => ConfinementRules.FileSystem,
            _ when InNamespace(ns, "System.Net") => ConfinementRules.Network,
            _ when InNamespace(ns, "System.Threading") => ConfinementRules.Threads,
            _ when InNamespace(ns, "System.Reflection") || InNamespace(ns, "System.Runtime.Loader") => ConfinementRules.Reflection,
            _ => ConfinementRules.NotAllowed,
        };
    }

    private static ConfinementRule? CheckSystem(string type, string? member)
    {
        switch (type)
        {
            case "Environment":
                return member is "Exit" or "FailFast" ? ConfinementRules.Exit
                    : member is null or "NewLine" ? null
                    : ConfinementRules.Environment;
            case "AppContext":
                return ConfinementRules.Environment;
            case "Console":
                return ConfinementRules.FileSystem;
            case "RuntimeTypeHandle" or "RuntimeMethodHandle" or "RuntimeFieldHandle" when member is null:
                return null; // in the signatures of typeof, expression trees and array initialisers (ldtoken)
            case "Activator" or "AppDomain" or "RuntimeTypeHandle" or "RuntimeMethodHandle" or "RuntimeFieldHandle" or "TypedReference":
                return ConfinementRules.Reflection;
            case "GC" or "GCSettings" or "GCMemoryInfo" or "WeakReference" or "WeakReference`1":
                return ConfinementRules.Memory;
            case "IntPtr" or "UIntPtr":
                return ConfinementRules.Unsafe;
            case "Object" when member is "GetType" or "MemberwiseClone":
                return ConfinementRules.Reflection;
            case "Type":
                // typeof(T) compiles to GetTypeFromHandle, and == on types to the operators; every other member reflects.
                return member is null or "GetTypeFromHandle" or "op_Equality" or "op_Inequality" ? null : ConfinementRules.Reflection;
            case "Delegate" or "MulticastDelegate":
                return member is null or ".ctor" or "Combine" or "Remove" ? null : ConfinementRules.Reflection;
            default:
                return AllowedSystemTypes.Contains(type) || IsFuncOrAction(type) || type.StartsWith("ValueTuple", StringComparison.Ordinal)
                    || type.StartsWith("Tuple`", StringComparison.Ordinal)
                    ? null
                    : ConfinementRules.NotAllowed;
        }
    }

    // The attributes and helpers the C# compiler emits for ordinary code (nullable annotations, records, string
    // interpolation, array and collection initialisers, extension methods) are allowed; async machinery is a task.
    private static ConfinementRule? CheckCompilerServices(string type, string? member)
    {
        if (type is "Unsafe")
        {
            return ConfinementRules.Unsafe;
        }

        if (type.Contains("Async", StringComparison.Ordinal) || type.Contains("Awaite", StringComparison.Ordinal) || type.Contains("Awaitable", StringComparison.Ordinal))
        {
            return ConfinementRules.Threads;
        }

        if (type is "RuntimeHelpers")
        {
            return member is null or "InitializeArray" or "CreateSpan" or "GetSubArray" or "EnsureSufficientExecutionStack" ? null : ConfinementRules.Unsafe;
        }

        return type is "ModuleInitializerAttribute" or "SkipLocalsInitAttribute" or "UnsafeAccessorAttribute" ? ConfinementRules.NotAllowed : null;
    }

    private static ConfinementRule CheckInterop(string type) => type switch
    {
        "Marshal" or "GCHandle" or "MemoryMarshal" or "CollectionsMarshal" or "SafeHandle" or "NativeMemory" => ConfinementRules.Memory,
        _ => ConfinementRules.NativeCode,
    };

    // Expression trees (the fluent API takes them) compile to ldtoken + GetMethodFromHandle and casts to MethodInfo;
    // an SDK build stamps [assembly: AssemblyVersion…], and indexers get [DefaultMember]. None of these reflects by name.
    private static bool IsCompilerEmittedReflection(string type, string? member) =>
        (type is "MethodBase" && member is null or "GetMethodFromHandle")
        || (type is "FieldInfo" && member is null or "GetFieldFromHandle")
        || (type is "MethodInfo" or "ConstructorInfo" or "PropertyInfo" or "MemberInfo" && member is null)
        || (type is "DefaultMemberAttribute" or "AssemblyMetadataAttribute" || (type.StartsWith("Assembly", StringComparison.Ordinal) && type.EndsWith("Attribute", StringComparison.Ordinal)));

    private static bool IsDebuggerAttribute(string type) =>
        type is "DebuggableAttribute" or "DebuggerBrowsableState"
        || (type.StartsWith("Debugger", StringComparison.Ordinal) && type.EndsWith("Attribute", StringComparison.Ordinal));

    private static bool IsFuncOrAction(string type) =>
        type is "Action" || type.StartsWith("Action`", StringComparison.Ordinal) || type.StartsWith("Func`", StringComparison.Ordinal);

    private static bool InNamespace(string ns, string root) =>
        ns == root || (ns.StartsWith(root, StringComparison.Ordinal) && ns.Length > root.Length && ns[root.Length] == '.');
}
