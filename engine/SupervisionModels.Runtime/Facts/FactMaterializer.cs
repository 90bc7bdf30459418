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

    public FactMaterializer(FactSchema schema, IReadOnlyList<FactColumn> columns)
    {
        var loaded = columns.ToArray();
        _getColumns = loaded.Select(CompileGetColumn).ToArray();
        _create = CompileCreate(schema, loaded);
    }

    /// <summary>The records of a batch.</summary>
    public object[] Materialize(ColumnBatch batch)
    {
        var arrays = new object[_getColumns.Length];
        for (var i = 0; i < _getColumns.Length; i++)
        {
            arrays[i] = _getColumns[i](batch);
        }

        var facts = new object[batch.RowCount];
        for (var r = 0; r < facts.Length; r++)
        {
            facts[r] = _create(arrays, r);
        }

        return facts;
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
            var property = columns[i].Property;
            var array = Expression.Convert(Expression.ArrayIndex(arrays, Expression.Constant(i)), property.PropertyType.MakeArrayType());
            Expression value = Expression.ArrayIndex(array, row);
            if (property.PropertyType == typeof(string) && !columns[i].IsNullable)
            {
                value = Expression.Coalesce(value, Expression.Constant(string.Empty)); // a non-nullable text column reads null as ""
            }

            bindings.Add(Expression.Bind(property, value));
        }

        var body = Expression.Convert(Expression.MemberInit(Expression.New(schema.RecordType), bindings), typeof(object));
        return Expression.Lambda<Func<object[], int, object>>(body, arrays, row).Compile();
    }
}
