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

    private readonly FactColumn[] _columns;
    private readonly Func<object[], int, object> _create;

    public FactMaterializer(FactSchema schema, IReadOnlyList<FactColumn> columns)
    {
        _columns = columns.ToArray();
        var arrays = Expression.Parameter(typeof(object[]), "arrays");
        var row = Expression.Parameter(typeof(int), "row");
        var bindings = new List<MemberBinding>();
        for (var i = 0; i < _columns.Length; i++)
        {
            var property = _columns[i].Property;
            var array = Expression.Convert(Expression.ArrayIndex(arrays, Expression.Constant(i)), property.PropertyType.MakeArrayType());
            Expression value = Expression.ArrayIndex(array, row);
            if (property.PropertyType == typeof(string) && !_columns[i].IsNullable)
            {
                value = Expression.Coalesce(value, Expression.Constant(string.Empty)); // a non-nullable text column reads null as ""
            }

            bindings.Add(Expression.Bind(property, value));
        }

        var body = Expression.Convert(Expression.MemberInit(Expression.New(schema.RecordType), bindings), typeof(object));
        _create = Expression.Lambda<Func<object[], int, object>>(body, arrays, row).Compile();
    }

    /// <summary>The records of a batch.</summary>
    public object[] Materialize(ColumnBatch batch)
    {
        var arrays = new object[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            arrays[i] = GetColumn.MakeGenericMethod(_columns[i].Property.PropertyType).Invoke(batch, [_columns[i].Name])!;
        }

        var facts = new object[batch.RowCount];
        for (var r = 0; r < facts.Length; r++)
        {
            facts[r] = _create(arrays, r);
        }

        return facts;
    }
}
