using System.IO.Compression;
using SupervisionModels.Text.Persistence;

namespace SupervisionModels.Text.Tests;

public sealed class MlTextClassifierTests : IDisposable
{
    private static readonly Lazy<TrainedClassifier> LazyTrained = new(() =>
        TextClassifierTrainer.Train("SM0001", RealTexts.Split("SM0001").Train, new TextClassifierOptions()));

    private readonly TempDir _temp = new();

    private static TrainedClassifier Trained => LazyTrained.Value;

    private static IReadOnlyList<string> HeldOutTexts => RealTexts.Split("SM0001").HeldOut.Select(e => e.Text).ToList();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void SaveThenLoad_GivesTheSameProbabilitiesAndDescription()
    {
        // Arrange
        var path = _temp.File("SM0001.text.zip");
        using var inMemory = Trained.CreateClassifier();

        // Act
        Trained.Save(path);
        using var loaded = MlTextClassifier.Load("SM0001.text", path);

        // Assert
        Assert.Equal(HeldOutTexts.Select(inMemory.PredictProbability), HeldOutTexts.Select(loaded.PredictProbability));
        Assert.Equal("SM0001.text", loaded.Name);
        Assert.Equal("SM0001", loaded.ModelId);
        Assert.Equal(Trained.Options, loaded.Options);
        Assert.Equal(Trained.TrainingMetrics, loaded.TrainingMetrics);
    }

    [Fact]
    public void Save_OverAnExistingFile_ReplacesItWholeAndLeavesNoTemporaryFile()
    {
        // Arrange
        var path = _temp.File("model.zip");
        File.WriteAllText(path, "an older file");

        // Act
        Trained.Save(path);

        // Assert: a small zip of a manifest and the ML.NET model, and nothing else in the folder.
        Assert.Equal([path], Directory.GetFiles(_temp.Path));
        Assert.InRange(new FileInfo(path).Length, 1, 300 * 1024);
        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(["classifier.json", "model.mlnet.zip"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Save_TheSameModelTwice_WritesIdenticalBytes()
    {
        // Arrange
        var first = _temp.File("first.zip");
        var second = _temp.File("second.zip");

        // Act
        Trained.Save(first);
        Trained.Save(second);

        // Assert
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void PredictProbability_FromManyThreadsAtOnce_EqualsSequentialPredictions()
    {
        // Arrange
        var texts = HeldOutTexts;
        using var classifier = Trained.CreateClassifier();
        var sequential = texts.Select(classifier.PredictProbability).ToArray();
        var parallel = new double[texts.Count * 4];

        // Act: each text scored four times, by up to eight threads sharing the classifier.
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = classifier.PredictProbability(texts[i % texts.Count]));

        // Assert
        Assert.Equal(Enumerable.Range(0, parallel.Length).Select(i => sequential[i % texts.Count]), parallel);
    }

    [Fact]
    public void PredictProbability_AnyText_IsAProbability()
    {
        // Arrange
        using var classifier = Trained.CreateClassifier();

        // Act
        var probabilities = new[] { "", " ", "ＡＢＣ", new string('笑', 100_000), "容留他人吸毒" }.Select(classifier.PredictProbability).ToArray();

        // Assert
        Assert.All(probabilities, p => Assert.InRange(p, 0.0, 1.0));
    }

    [Fact]
    public void PredictProbability_AfterDispose_Throws()
    {
        // Arrange
        var classifier = Trained.CreateClassifier();

        // Act
        classifier.Dispose();

        // Assert
        Assert.Throws<ObjectDisposedException>(() => classifier.PredictProbability("容留他人吸毒"));
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingTheFile()
    {
        // Arrange
        var path = _temp.File("missing.zip");

        // Act
        var error = Assert.Throws<ClassifierFileException>(() => MlTextClassifier.Load("SM0001.text", path));

        // Assert
        Assert.Equal(path, error.FilePath);
        Assert.Equal($"Classifier model {path}: the file does not exist.", error.Message);
    }

    [Fact]
    public void Load_AFileThatIsNotAModel_ThrowsNamingTheFile()
    {
        // Arrange
        var path = _temp.File("not-a-model.zip");
        File.WriteAllText(path, "PK but not really a zip");

        // Act
        var error = Assert.Throws<ClassifierFileException>(() => MlTextClassifier.Load("SM0001.text", path));

        // Assert
        Assert.StartsWith($"Classifier model {path}: it is not a readable classifier model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AZipWithoutAManifest_ThrowsNamingTheEntry()
    {
        // Arrange
        var path = _temp.File("empty.zip");
        using (ZipFile.Open(path, ZipArchiveMode.Create))
        {
        }

        // Act
        var error = Assert.Throws<ClassifierFileException>(() => MlTextClassifier.Load("SM0001.text", path));

        // Assert
        Assert.Equal($"Classifier model {path}: the entry classifier.json is missing.", error.Message);
    }

    [Fact]
    public void DefaultName_IsTheModelIdDotText() => Assert.Equal("SM0001.text", MlTextClassifier.DefaultName("SM0001"));
}
