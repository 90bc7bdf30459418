using System.Linq.Expressions;
using System.Reflection;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Runtime.Planning;

/// <summary>
/// Walks rule expressions to learn which columns of which datasets a run must load. A column is needed when an
/// expression reads its property; when an expression uses a whole dataset record (passes it on, stores it in a
/// derived fact) every column of that dataset is needed, because the engine cannot see what will read it later.
/// </summary>
internal sealed class ColumnCollector : ExpressionVisitor
{
    private readonly Dictionary<Type, HashSet<string>> _columns = [];
    private readonly HashSet<Type> _wholeRecords = [];

    /// <summary>Columns read by member access, per dataset record type.</summary>
    public IReadOnlyDictionary<Type, HashSet<string>> Columns => _columns;

    /// <summary>Dataset record types used whole somewhere.</summary>
    public IReadOnlySet<Type> WholeRecords => _wholeRecords;

    /// <summary>Visits the body of <paramref name="lambda"/> (its parameters are not a use).</summary>
    public void Collect(LambdaExpression? lambda)
    {
        if (lambda is not null)
        {
            Visit(lambda.Body);
        }
    }

    /// <summary>Notes that a derived fact type holds dataset records in its properties: those datasets are needed whole.</summary>
    public void CollectDerivedType(Type factType)
    {
        foreach (var property in factType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            foreach (var t in Flatten(property.PropertyType))
            {
                if (FactSchema.IsDataset(t))
                {
                    _wholeRecords.Add(t);
                }
            }
        }
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        Visit(node.Body); // a nested lambda's parameters (g.Sum(x => x.Amount)) are declarations, not uses
        return node;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Member is PropertyInfo property && node.Expression is not null && FactSchema.TryGet(node.Expression.Type) is { } schema
            && schema.Columns.FirstOrDefault(c => c.Property.Name == property.Name) is { } column)
        {
            Add(schema.RecordType, column.Name);

            // The record reached by a parameter or a tuple field is only read through this column, not used whole.
            switch (node.Expression)
            {
                case ParameterExpression:
                    return node;
                case MemberExpression { Expression: { } inner }:
                    Visit(inner);
                    return node;
                default:
                    Visit(node.Expression);
                    return node;
            }
        }

        return base.VisitMember(node);
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is ParameterExpression or MemberExpression && FactSchema.IsDataset(node.Type))
        {
            _wholeRecords.Add(node.Type);
        }

        return base.Visit(node);
    }

    private void Add(Type type, string column)
    {
        if (!_columns.TryGetValue(type, out var set))
        {
            _columns[type] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(column);
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        if (type.IsArray)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return t;
            }
        }
    }
}
