using System.Linq.Expressions;
using System.Reflection;
using SupervisionModels.Data;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Runtime.Facts;

/// <summary>
/// Turns a column batch into records with only the loaded columns filled, through one compiled constructor per
/// (record type, column set): no reflection per row, and no memory for columns the run does not read.
/// </summary>
internal sealed class FactMaterializer
{
    private static readonly MethodInfo GetColumn = typeof(ColumnBatch).GetMethod(nameof(ColumnBatch.Get))!;

    private readonly Func<ColumnBatch, object>[] _getColumns;
    private readonly Func<object[], int, object> _create;
    private readonly FactColumn[] _columns;

    public FactMaterializer(FactSchema schema, IReadOnlyList<FactColumn> columns)
    {
        var loaded = columns.ToArray();
        _columns = loaded;
        _getColumns = loaded.Select(CompileGetColumn).ToArray();
        _create = CompileCreate(schema, loaded);
    }

    /// <summary>The records of a batch.</summary>
    public object[] Materialize(ColumnBatch batch)
    {
        var arrays = Arrays(batch);
        var facts = new object[batch.RowCount];
        for (var r = 0; r < facts.Length; r++)
        {
            facts[r] = _create(arrays, r);
        }

        return facts;
    }

    /// <summary>
    /// The records of the rows of a batch that pass <paramref name="filter"/>, and each record's row in the batch. The
    /// filter reads the column arrays, so a row it drops never becomes an object. A row whose filter throws is kept:
    /// the rule that runs the same condition reports the error, with its model and rule, as it always has.
    /// </summary>
    public (List<object> Facts, int[] Rows) Materialize(ColumnBatch batch, RowFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var arrays = Arrays(batch);
        var facts = new List<object>();
        var rows = new List<int>();
        for (var r = 0; r < batch.RowCount; r++)
        {
            object? fact = null;
            bool passes;
            try
            {
                if (filter.OverColumns is { } overColumns)
                {
                    passes = overColumns(arrays, r);
                }
                else
                {
                    // A condition that reads more than columns (a computed property, the record itself): built, then tested.
                    fact = _create(arrays, r);
                    passes = filter.OverRecord(fact);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                passes = true;
            }

            if (passes)
            {
                facts.Add(fact ?? _create(arrays, r));
                rows.Add(r);
            }
        }

        return (facts, rows.ToArray());
    }

    /// <summary>The conditions as one filter: over the column arrays when each reads only loaded columns of its record.</summary>
    public RowFilter Filter(IReadOnlyList<LambdaExpression> conditions)
    {
        var overRecord = conditions.Select(c => SupervisionModels.Runtime.Execution.BindingCompiler.OverFact<bool>(c)).ToArray();
        var rewritten = conditions.Select(OverColumns).ToArray();
        Func<object[], int, bool>? overColumns = null;
        if (rewritten.All(c => c is not null))
        {
            var arrays = Expression.Parameter(typeof(object[]), "arrays");
            var row = Expression.Parameter(typeof(int), "row");
            var body = rewritten.Select(c => (Expression)Expression.Invoke(c!, arrays, row)).Aggregate(Expression.OrElse);
            overColumns = Expression.Lambda<Func<object[], int, bool>>(body, arrays, row).Compile();
        }

        return new RowFilter(overColumns, fact => overRecord.Any(c => c(fact)));
    }

    /// <summary><c>t =&gt; t.A == 1 &amp;&amp; t.B != null</c> as <c>(arrays, row) =&gt; ((int[])arrays[i])[row] == 1 &amp;&amp; …</c>, or null.</summary>
    private Expression<Func<object[], int, bool>>? OverColumns(LambdaExpression condition)
    {
        if (condition.Parameters.Count != 1 || condition.ReturnType != typeof(bool))
        {
            return null;
        }

        var arrays = Expression.Parameter(typeof(object[]), "arrays");
        var row = Expression.Parameter(typeof(int), "row");
        var rewriter = new ColumnReads(condition.Parameters[0], _columns, arrays, row);
        var body = rewriter.Visit(condition.Body);
        return rewriter.UsesRecord ? null : Expression.Lambda<Func<object[], int, bool>>(body, arrays, row);
    }

    private object[] Arrays(ColumnBatch batch)
    {
        var arrays = new object[_getColumns.Length];
        for (var i = 0; i < _getColumns.Length; i++)
        {
            arrays[i] = _getColumns[i](batch);
        }

        return arrays;
    }

    /// <summary>The value a record built from the arrays would hold in column <paramref name="i"/>.</summary>
    private static Expression ValueOf(FactColumn column, int i, ParameterExpression arrays, ParameterExpression row)
    {
        var property = column.Property;
        var array = Expression.Convert(Expression.ArrayIndex(arrays, Expression.Constant(i)), property.PropertyType.MakeArrayType());
        Expression value = Expression.ArrayIndex(array, row);
        if (property.PropertyType == typeof(string) && !column.IsNullable)
        {
            value = Expression.Coalesce(value, Expression.Constant(string.Empty)); // a non-nullable text column reads null as ""
        }

        return value;
    }

    /// <summary>Replaces reads of loaded columns of the condition's record with array reads; notes any other use of it.</summary>
    private sealed class ColumnReads(ParameterExpression record, FactColumn[] columns, ParameterExpression arrays, ParameterExpression row) : ExpressionVisitor
    {
        public bool UsesRecord { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == record && node.Member is PropertyInfo property)
            {
                var i = Array.FindIndex(columns, c => c.Property == property);
                if (i >= 0)
                {
                    return ValueOf(columns[i], i, arrays, row);
                }
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            UsesRecord |= node == record;
            return node;
        }
    }

    /// <summary><c>batch =&gt; batch.Get&lt;T&gt;(name)</c> for the column's type, compiled once rather than invoked by reflection per batch.</summary>
    private static Func<ColumnBatch, object> CompileGetColumn(FactColumn column)
    {
        var batch = Expression.Parameter(typeof(ColumnBatch), "batch");
        var call = Expression.Call(batch, GetColumn.MakeGenericMethod(column.Property.PropertyType), Expression.Constant(column.Name));
        return Expression.Lambda<Func<ColumnBatch, object>>(Expression.Convert(call, typeof(object)), batch).Compile();
    }

    private static Func<object[], int, object> CompileCreate(FactSchema schema, FactColumn[] columns)
    {
        var arrays = Expression.Parameter(typeof(object[]), "arrays");
        var row = Expression.Parameter(typeof(int), "row");
        var bindings = new List<MemberBinding>();
        for (var i = 0; i < columns.Length; i++)
        {
            bindings.Add(Expression.Bind(columns[i].Property, ValueOf(columns[i], i, arrays, row)));
        }

        var body = Expression.Convert(Expression.MemberInit(Expression.New(schema.RecordType), bindings), typeof(object));
        return Expression.Lambda<Func<object[], int, object>>(body, arrays, row).Compile();
    }
}

/// <summary>A dataset's row conditions, over a batch's column arrays when they allow it, else over built records.</summary>
/// <param name="OverColumns">True when the row passes some condition, reading the column arrays; null if a condition reads more.</param>
/// <param name="OverRecord">The same, over a built record.</param>
internal sealed record RowFilter(Func<object[], int, bool>? OverColumns, Func<object, bool> OverRecord);
