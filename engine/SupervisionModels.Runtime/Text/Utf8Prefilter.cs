using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace SupervisionModels.Runtime.Text;

/// <summary>
/// Tells, from a text's UTF-8 bytes and without decoding it, whether it may contain any term of a
/// <see cref="KeywordMatcher"/>. Never a false negative: a text the matcher finds a term in always passes (a test
/// checks it on generated texts); texts that pass are decoded and judged by the matcher as before.
/// </summary>
/// <remarks>
/// <para>Each term is searched by a needle that must occur in its raw bytes: the longest run of characters that
/// <see cref="KeywordMatcher.Fold"/> leaves alone (everything but ASCII letters and digits), since a folded text keeps
/// those byte for byte. A term made only of ASCII letters and digits (N2O, MDMA, UN1070) is searched by its rarest
/// character in every form folding turns into it: the ASCII byte, the full-width form, the sub- and superscript
/// digits.</para>
/// <para>Needles of three bytes or more (every Chinese character is three) go through Teddy-style fingerprints (as in
/// Hyperscan and Rust's aho-corasick): three nibble-mask lookups per 16-byte block with one shuffle each, eight
/// buckets, exact verification where a fingerprint fits. ASCII anchor bytes go through one
/// <see cref="SearchValues{T}"/> search, two-byte needles through <c>IndexOf</c>.</para>
/// </remarks>
internal sealed class Utf8Prefilter
{
    private const int Buckets = 8;
    private const int Fingerprint = 4;

    private readonly byte[][] _needles;
    private readonly int[] _fingerprintOffsets;
    private readonly int[][] _bucketNeedles;
    private readonly Vector128<byte>[] _low = new Vector128<byte>[Fingerprint];
    private readonly Vector128<byte>[] _high = new Vector128<byte>[Fingerprint];
    private readonly byte[,] _lowScalar = new byte[Fingerprint, 16];
    private readonly byte[,] _highScalar = new byte[Fingerprint, 16];
    private readonly SearchValues<byte>? _asciiAnchors;
    private readonly byte[][] _shortNeedles;

    private Utf8Prefilter(KeywordMatcher matcher)
    {
        var needles = new List<byte[]>();
        var ascii = new HashSet<byte>();
        var shortNeedles = new List<byte[]>();
        foreach (var term in matcher.Terms)
        {
            foreach (var needle in NeedlesOf(term))
            {
                if (needle.Length >= Fingerprint)
                {
                    needles.Add(needle);
                }
                else if (needle.Length == 1)
                {
                    ascii.Add(needle[0]);
                }
                else
                {
                    shortNeedles.Add(needle);
                }
            }
        }

        _needles = needles.DistinctBy(Convert.ToHexString).ToArray();
        _shortNeedles = shortNeedles.DistinctBy(Convert.ToHexString).ToArray();
        _asciiAnchors = ascii.Count > 0 ? SearchValues.Create(ascii.Order().ToArray()) : null;
        _fingerprintOffsets = _needles.Select(RarestWindow).ToArray();

        // Needles with similar fingerprints share a bucket, so a bucket's masks admit few other byte triples.
        var order = Enumerable.Range(0, _needles.Length)
            .OrderBy(i => _needles[i][_fingerprintOffsets[i] + 2])
            .ThenBy(i => _needles[i][_fingerprintOffsets[i] + 1])
            .ToArray();
        var perBucket = Math.Max(1, (order.Length + Buckets - 1) / Buckets);
        _bucketNeedles = Enumerable.Range(0, Buckets).Select(b => order.Skip(b * perBucket).Take(perBucket).ToArray()).ToArray();
        var low = new byte[Fingerprint][];
        var high = new byte[Fingerprint][];
        for (var k = 0; k < Fingerprint; k++)
        {
            low[k] = new byte[16];
            high[k] = new byte[16];
        }

        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            foreach (var n in _bucketNeedles[bucket])
            {
                for (var k = 0; k < Fingerprint; k++)
                {
                    var b = _needles[n][_fingerprintOffsets[n] + k];
                    low[k][b & 0x0F] |= (byte)(1 << bucket);
                    high[k][b >> 4] |= (byte)(1 << bucket);
                }
            }
        }

        for (var k = 0; k < Fingerprint; k++)
        {
            _low[k] = Vector128.Create(low[k]);
            _high[k] = Vector128.Create(high[k]);
            for (var x = 0; x < 16; x++)
            {
                _lowScalar[k, x] = low[k][x];
                _highScalar[k, x] = high[k][x];
            }
        }
    }

    /// <summary>The pre-filter for a matcher's terms.</summary>
    public static Utf8Prefilter For(KeywordMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        return new Utf8Prefilter(matcher);
    }

    /// <summary>Whether the SIMD path is used on this processor (SSSE3 or ARM64 AdvSimd); otherwise a scalar loop.</summary>
    public static bool IsVectorized => Ssse3.IsSupported || AdvSimd.Arm64.IsSupported;

    /// <summary>How many needles of each kind the terms became, for figures.</summary>
    public (int Fingerprinted, int AsciiAnchors, int Short) NeedleCounts =>
        (_needles.Length, _asciiAnchors is null ? 0 : 1, _shortNeedles.Length);

    /// <summary>False only when no term of the matcher can occur in the text these UTF-8 bytes encode.</summary>
    public bool MayMatch(ReadOnlySpan<byte> utf8) => MayMatch(utf8, IsVectorized);

    /// <summary>As <see cref="MayMatch(ReadOnlySpan{byte})"/>, choosing the SIMD or the scalar loop (tests run both).</summary>
    internal bool MayMatch(ReadOnlySpan<byte> utf8, bool vectorized)
    {
        if (_asciiAnchors is not null && utf8.IndexOfAny(_asciiAnchors) >= 0)
        {
            return true;
        }

        foreach (var needle in _shortNeedles)
        {
            if (utf8.IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return _needles.Length > 0 && (vectorized && IsVectorized ? ScanVector(utf8) : ScanScalar(utf8, 0));
    }

    private bool ScanVector(ReadOnlySpan<byte> text)
    {
        var nibble = Vector128.Create((byte)0x0F);
        ref var start = ref MemoryMarshal.GetReference(text);
        var (low0, low1, low2, low3) = (_low[0], _low[1], _low[2], _low[3]);
        var (high0, high1, high2, high3) = (_high[0], _high[1], _high[2], _high[3]);
        var i = 0;

        // The loop reads 16 + 3 bytes from i; the condition keeps every load inside the text.
        for (; i + 16 + Fingerprint - 1 <= text.Length; i += 16)
        {
            var m = Lookup(Vector128.LoadUnsafe(ref start, (nuint)i), low0, high0, nibble)
                & Lookup(Vector128.LoadUnsafe(ref start, (nuint)(i + 1)), low1, high1, nibble)
                & Lookup(Vector128.LoadUnsafe(ref start, (nuint)(i + 2)), low2, high2, nibble)
                & Lookup(Vector128.LoadUnsafe(ref start, (nuint)(i + 3)), low3, high3, nibble);
            if (m == Vector128<byte>.Zero)
            {
                continue;
            }

            var lanes = ~Vector128.Equals(m, Vector128<byte>.Zero).ExtractMostSignificantBits() & 0xFFFF;
            while (lanes != 0)
            {
                var lane = BitOperations.TrailingZeroCount(lanes);
                lanes &= lanes - 1;
                if (Verify(text, i + lane, m.GetElement(lane)))
                {
                    return true;
                }
            }
        }

        return ScanScalar(text, i);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Lookup(Vector128<byte> bytes, Vector128<byte> low, Vector128<byte> high, Vector128<byte> nibble)
    {
        var lowNibbles = bytes & nibble;
        var highNibbles = Vector128.ShiftRightLogical(bytes.AsUInt16(), 4).AsByte() & nibble;
        return Shuffle(low, lowNibbles) & Shuffle(high, highNibbles);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Shuffle(Vector128<byte> table, Vector128<byte> indices)
    {
        if (Ssse3.IsSupported)
        {
            return Ssse3.Shuffle(table, indices);
        }

        if (AdvSimd.Arm64.IsSupported)
        {
            return AdvSimd.Arm64.VectorTableLookup(table, indices);
        }

        return Vector128.Shuffle(table, indices);
    }

    private bool ScanScalar(ReadOnlySpan<byte> text, int from)
    {
        for (var p = from; p + Fingerprint <= text.Length; p++)
        {
            var m = 0xFF;
            for (var k = 0; k < Fingerprint && m != 0; k++)
            {
                var b = text[p + k];
                m &= _lowScalar[k, b & 0x0F] & _highScalar[k, b >> 4];
            }

            if (m != 0 && Verify(text, p, (byte)m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks the needles of every bucket in <paramref name="buckets"/> whose fingerprint would sit at <paramref name="position"/>.</summary>
    private bool Verify(ReadOnlySpan<byte> text, int position, byte buckets)
    {
        while (buckets != 0)
        {
            var bucket = BitOperations.TrailingZeroCount(buckets);
            buckets &= (byte)(buckets - 1);
            foreach (var n in _bucketNeedles[bucket])
            {
                var start = position - _fingerprintOffsets[n];
                var needle = _needles[n];
                if (start >= 0 && start + needle.Length <= text.Length && text.Slice(start, needle.Length).SequenceEqual(needle))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The byte sequences one of which the raw text holds wherever the folded text holds <paramref name="term"/>.</summary>
    private static IEnumerable<byte[]> NeedlesOf(string term)
    {
        // The longest run of characters folding leaves alone occurs byte for byte in the raw text.
        var best = (Start: 0, Length: 0);
        var runStart = 0;
        for (var i = 0; i <= term.Length; i++)
        {
            if (i == term.Length || char.IsAsciiLetterOrDigit(term[i]))
            {
                var length = i - runStart;
                if (Encoding.UTF8.GetByteCount(term.AsSpan(runStart, length)) > Encoding.UTF8.GetByteCount(term.AsSpan(best.Start, best.Length)))
                {
                    best = (runStart, length);
                }

                runStart = i + 1;
            }
        }

        if (best.Length > 0)
        {
            return [Encoding.UTF8.GetBytes(term.Substring(best.Start, best.Length))];
        }

        // Only ASCII letters and digits: the rarest one (a letter before a digit), in every form that folds into it.
        var anchor = term.MaxBy(AsciiRarity);
        var forms = new List<string> { anchor.ToString(), ((char)(anchor + 0xFEE0)).ToString() };
        if (char.IsAsciiDigit(anchor))
        {
            var digit = anchor - '0';
            forms.Add(((char)('\u2080' + digit)).ToString());
            forms.Add(digit switch
            {
                0 => "\u2070",
                1 => "\u00B9",
                2 => "\u00B2",
                3 => "\u00B3",
                _ => ((char)('\u2070' + digit)).ToString(),
            });
        }

        return forms.Select(f => Encoding.UTF8.GetBytes(f));
    }

    /// <summary>Letters are rarer than digits in judgments (dates, amounts, case numbers); among letters, English frequency.</summary>
    private static int AsciiRarity(char c)
    {
        const string MostFrequentFirst = "EAIONRTSLCUDPMHGBFYWKVXZJQ";
        return char.IsAsciiDigit(c) ? -1 : MostFrequentFirst.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
    }

    /// <summary>
    /// Where in the needle its four-byte fingerprint starts: the last byte of the character before its rarest
    /// character, then that character. A Chinese character's lead byte (E4–E9) says little and its continuation bytes
    /// share their high nibble, so the byte before it is worth about as much as a third byte of the character.
    /// </summary>
    private static int RarestWindow(byte[] needle)
    {
        var text = Encoding.UTF8.GetString(needle);
        var best = 0;
        var bestRarity = int.MinValue;
        var offset = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var start = Math.Max(0, offset - 1);
            if (start + Fingerprint <= needle.Length)
            {
                var rarity = rune.IsBmp ? CharacterFrequency.Rarity((char)rune.Value) : int.MaxValue;
                if (rarity > bestRarity)
                {
                    best = start;
                    bestRarity = rarity;
                }
            }

            offset += rune.Utf8SequenceLength;
        }

        return best;
    }
}
