using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Output;

/// <summary>
/// The rows of one stream laid out on numbered slots. Background rows are generated from their slot alone (on any
/// thread); scenarios reserve slots and put their rows there, so planted rows sit among the others, take identifiers
/// and dates from the same sequence, and cannot be found by their position. Optionally the slots map to dates
/// (a timeline) so that identifiers and dates rise together.
/// </summary>
internal sealed class SlotPlan<T>
{
    private readonly Dictionary<long, List<T>> _reserved = [];
    private readonly Dictionary<long, List<T>> _inserted = [];
    private readonly DateOnly _start;
    private readonly int _days;

    public SlotPlan(long count, DateOnly? start = null, DateOnly? end = null)
    {
        Count = count;
        _start = start ?? default;
        _days = start is { } s && end is { } e ? e.DayNumber - s.DayNumber + 1 : 0;
    }

    public long Count { get; }

    public bool TryGet(long slot, out List<T> rows) => _reserved.TryGetValue(slot, out rows!);

    /// <summary>Rows inserted before the row of <paramref name="slot"/> (the slot keeps its background row).</summary>
    public bool TryGetInserted(long slot, out List<T> rows) => _inserted.TryGetValue(slot, out rows!);

    /// <summary>Inserts a row before the background row of a random slot: for streams keyed by something else (a person).</summary>
    public void InsertRandom(Rng rng, T row) => Insert(rng.NextLong(Count), row);

    public void Insert(long slot, T row)
    {
        if (!_inserted.TryGetValue(slot, out var rows))
        {
            rows = [];
            _inserted[slot] = rows;
        }

        rows.Add(row);
    }

    /// <summary>The date of a slot on the timeline.</summary>
    public DateOnly DateOf(long slot) => _days == 0
        ? throw new InvalidOperationException("This slot plan has no timeline.")
        : _start.AddDays((int)(slot * _days / Count));

    /// <summary>Reserves a free slot chosen uniformly at random.</summary>
    public long ReserveRandom(Rng rng)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var slot = rng.NextLong(Count);
            if (!_reserved.ContainsKey(slot))
            {
                _reserved[slot] = [];
                return slot;
            }
        }

        throw new InvalidOperationException($"No free slot among {Count}: the scale is too small for its scenarios.");
    }

    /// <summary>Reserves the free slot nearest the one dated <paramref name="date"/>.</summary>
    public long ReserveAt(DateOnly date)
    {
        var target = Math.Clamp((long)(date.DayNumber - _start.DayNumber) * Count / Math.Max(1, _days), 0, Count - 1);
        for (long d = 0; d < Count; d++)
        {
            foreach (var slot in new[] { target + d, target - d })
            {
                if (slot >= 0 && slot < Count && !_reserved.ContainsKey(slot))
                {
                    _reserved[slot] = [];
                    return slot;
                }
            }
        }

        throw new InvalidOperationException($"No free slot among {Count}: the scale is too small for its scenarios.");
    }

    /// <summary>Replaces a row put earlier at <paramref name="slot"/>.</summary>
    public void Replace(long slot, T oldRow, T newRow)
    {
        var rows = _reserved[slot];
        var i = rows.IndexOf(oldRow);
        if (i < 0)
        {
            throw new InvalidOperationException($"Slot {slot} does not hold the row to replace.");
        }

        rows[i] = newRow;
    }

    /// <summary>Puts a row at a reserved slot (a slot may hold several rows: a case and its persons).</summary>
    public void Put(long slot, T row)
    {
        if (!_reserved.TryGetValue(slot, out var rows))
        {
            throw new InvalidOperationException($"Slot {slot} was not reserved.");
        }

        rows.Add(row);
    }
}
