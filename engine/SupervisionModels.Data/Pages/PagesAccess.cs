using System.Runtime.CompilerServices;

// The page reader is internal to the data layer: the runtime's text scan uses it, the tests check it against
// Parquet.Net, and the benchmark measures it. No plugin or tool sees it.
[assembly: InternalsVisibleTo("SupervisionModels.Runtime")]
[assembly: InternalsVisibleTo("SupervisionModels.Engine.Tests")]
[assembly: InternalsVisibleTo("SupervisionModels.Benchmarks")]
