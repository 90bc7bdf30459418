namespace SupervisionModels.Text.Featurization;

/// <summary>
/// Reusable buffers for one featurisation at a time, so that scoring thousands of texts allocates almost nothing.
/// Not thread-safe: each thread or pooled scorer has its own.
/// </summary>
internal sealed class FeatureScratch
{
    private char[] _chars = new char[1024];
    private int[] _hashes = new int[2048];
    private int[] _sortBuffer = new int[2048];
    private int[] _indices = new int[1024];
    private float[] _values = new float[1024];

    /// <summary>How many features the last featurisation produced.</summary>
    public int Count { get; set; }

    /// <summary>The feature indices, ascending; the first <see cref="Count"/> are valid.</summary>
    public int[] Indices => _indices;

    /// <summary>The feature values; the first <see cref="Count"/> are valid.</summary>
    public float[] Values => _values;

    public char[] Chars(int length) => Ensure(ref _chars, length);

    public int[] Hashes(int length) => Ensure(ref _hashes, length);

    public int[] SortBuffer(int length) => Ensure(ref _sortBuffer, length);

    public (int[] Indices, float[] Values) Output(int length) => (Ensure(ref _indices, length), Ensure(ref _values, length));

    /// <summary>Copies the features out into arrays of their own (training keeps every example's vector).</summary>
    public (int[] Indices, float[] Values) ToArrays() => (_indices[..Count], _values[..Count]);

    private static T[] Ensure<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[Math.Max(length, array.Length * 2)];
        }

        return array;
    }
}
