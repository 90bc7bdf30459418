using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SupervisionModels.Hosting.Confinement;

/// <summary>
/// Checks a source plugin against <see cref="PluginApiPolicy"/> from its semantic model, the way an analyzer would:
/// every name the code binds (invocations, member access, object creation, typeof, attributes, base types, type
/// arguments), implicit <c>new()</c>, <c>dynamic</c>, and the <c>unsafe</c>, <c>fixed</c> and <c>extern</c>
/// keywords, pointer and function pointer types. Each refusal is an error at the name's line and column.
/// </summary>
internal static class SourceConfinement
{
    private const string MessageFormat = "{0}: '{1}' may not be used by a model plugin; see {2}";

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> Descriptors = ConfinementRules.All.ToImmutableDictionary(
        r => r.Id,
        r => new DiagnosticDescriptor(r.Id, $"Plugins may not use {r.Category}", MessageFormat, "Confinement", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: r.HelpLink));

    private static readonly SymbolDisplayFormat MemberFormat = SymbolDisplayFormat.CSharpErrorMessageFormat
        .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType);

    /// <summary>The refusals in <paramref name="compilation"/>'s syntax trees, in tree and position order.</summary>
    public static IReadOnlyList<Diagnostic> Check(Compilation compilation, CancellationToken cancellationToken = default)
    {
        var found = new List<Diagnostic>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot(cancellationToken);

            // using directives only name namespaces and aliases; what they bring in is checked where it is used.
            foreach (var node in root.DescendantNodes(n => n is not UsingDirectiveSyntax))
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (node)
                {
                    case UsingDirectiveSyntax:
                        break;
                    case SimpleNameSyntax name:
                        CheckName(name, model, compilation, found);
                        break;
                    case ImplicitObjectCreationExpressionSyntax creation when model.GetSymbolInfo(creation, cancellationToken).Symbol is { } constructor:
                        CheckSymbol(constructor, creation.NewKeyword.GetLocation(), compilation, found);
                        break;
                    case PointerTypeSyntax pointer:
                        Report(ConfinementRules.Unsafe, pointer.GetLocation(), pointer.ToString(), found);
                        break;
                    case FunctionPointerTypeSyntax functionPointer:
                        Report(ConfinementRules.NativeCode, functionPointer.GetLocation(), "delegate*", found);
                        break;
                }
            }

            foreach (var token in root.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.UnsafeKeyword) || token.IsKind(SyntaxKind.FixedKeyword))
                {
                    Report(ConfinementRules.Unsafe, token.GetLocation(), token.Text, found);
                }
                else if (token.IsKind(SyntaxKind.ExternKeyword) && token.Parent is not ExternAliasDirectiveSyntax)
                {
                    Report(ConfinementRules.NativeCode, token.GetLocation(), token.Text, found);
                }
            }
        }

        return found
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToArray();
    }

    private static void CheckName(SimpleNameSyntax name, SemanticModel model, Compilation compilation, List<Diagnostic> found)
    {
        var info = model.GetSymbolInfo(name);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        if (symbol is null)
        {
            // dynamic binds as a type, not a symbol, in some positions.
            if (model.GetTypeInfo(name).Type is IDynamicTypeSymbol)
            {
                Report(ConfinementRules.Reflection, name.GetLocation(), "dynamic", found);
            }

            return;
        }

        if (symbol is ITypeSymbol && IsQualifierOfCheckedMember(name, model))
        {
            return; // File in File.ReadAllText: the member is reported, once
        }

        CheckSymbol(symbol, name.GetLocation(), compilation, found);
    }

    private static bool IsQualifierOfCheckedMember(SimpleNameSyntax name, SemanticModel model)
    {
        // The type is the whole qualifier: File in File.X, or System.IO.File in System.IO.File.X.
        ExpressionSyntax qualifier = name.Parent is MemberAccessExpressionSyntax own && own.Name == name ? own : name;
        return qualifier.Parent is MemberAccessExpressionSyntax access && access.Expression == qualifier
            && model.GetSymbolInfo(access.Name).Symbol is IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol;
    }

    private static void CheckSymbol(ISymbol symbol, Location location, Compilation compilation, List<Diagnostic> found)
    {
        switch (symbol)
        {
            case IDynamicTypeSymbol:
                Report(ConfinementRules.Reflection, location, "dynamic", found);
                return;
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return; // reported from the syntax
            case IArrayTypeSymbol array:
                CheckSymbol(array.ElementType, location, compilation, found);
                return;
            case INamedTypeSymbol type:
                Check(type.OriginalDefinition, null, false, type, location, compilation, found);
                return;
            case IMethodSymbol method:
                var definition = (method.ReducedFrom ?? method).OriginalDefinition;
                Check(definition.ContainingType, definition.MetadataName, FindsMembersByName(definition), definition, location, compilation, found);
                return;
            case IPropertySymbol or IFieldSymbol or IEventSymbol when symbol.ContainingType is { } containing:
                Check(containing.OriginalDefinition, symbol.MetadataName, false, symbol.OriginalDefinition, location, compilation, found);
                return;
            default:
                return; // locals, parameters, labels, namespaces, type parameters, range variables
        }
    }

    private static void Check(INamedTypeSymbol? type, string? member, bool findsByName, ISymbol shown, Location location, Compilation compilation, List<Diagnostic> found)
    {
        if (type is null || type.TypeKind == TypeKind.Error || SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
        {
            return; // the plugin's own code, or a name that does not bind (the compiler reports it)
        }

        var outermost = type;
        while (outermost.ContainingType is { } outer)
        {
            outermost = outer;
        }

        var ns = outermost.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : "";
        var rule = PluginApiPolicy.Check(new ApiReference(type.ContainingAssembly?.Name, ns, outermost.MetadataName, member, findsByName));
        if (rule is not null)
        {
            Report(rule, location, shown.ToDisplayString(MemberFormat), found);
        }
    }

    // Expression.Call(instance, "GetType"), Expression.Property(x, "Assembly"): reflection spelled as expression trees.
    private static bool FindsMembersByName(IMethodSymbol method) =>
        method.Parameters.Any(p => p.Type.SpecialType == SpecialType.System_String && p.Name.EndsWith("Name", StringComparison.Ordinal));

    private static void Report(ConfinementRule rule, Location location, string shown, List<Diagnostic> found) =>
        found.Add(Diagnostic.Create(Descriptors[rule.Id], location, rule.Category, shown, rule.HelpLink));
}
