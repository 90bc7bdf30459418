using System.Runtime.CompilerServices;

// The benchmark measures the text path in place (Utf8Prefilter, Utf8TextScan) against today's, one thread.
[assembly: InternalsVisibleTo("SupervisionModels.Benchmarks")]
