using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BeritaBot.Core.Matching.Scoring;

/// <summary>
/// How confident the matcher is that a candidate card answers the question: a logistic model,
/// <c>p = σ(bias + Σ weightᵢ × featureᵢ)</c>, over the <see cref="MatchFeature"/> values. Fitted by the
/// <c>calibrate</c> command on labelled questions from several coverages and stored, with what it was fitted on, in
/// <c>scoring-model.json</c>. Candidates are ranked by their <see cref="Fit"/>: the same sum without
/// <see cref="MatchFeature.Margin"/> and <see cref="MatchFeature.NotCovered"/>, which depend on the other candidates
/// and on what the card leaves open rather than on how well it matches. Optional <see cref="Trees"/> then correct the
/// whole linear score for combinations of features a sum cannot weigh: <c>p = σ(linear + trees(features, linear))</c>.
/// </summary>
public sealed record ScoringModel
{
    public const string ResourceName = "BeritaBot.Core.Matching.Scoring.scoring-model.json";

    public static int FeatureCount { get; } = Enum.GetValues<MatchFeature>().Length;

    private static readonly Lazy<ScoringModel> Shipped = new(LoadShipped);

    /// <summary>The model bundled with the build, or the file <see cref="OverrideVariable"/> names.</summary>
    public static ScoringModel Default => Shipped.Value;

    /// <summary>Bumped when the features change meaning, so a model fitted on other features is refused.</summary>
    public const int FeatureVersion = 1;

    public int Version { get; init; } = FeatureVersion;

    public double Bias { get; init; }

    /// <summary>Per feature name; a missing feature weighs nothing.</summary>
    public IReadOnlyDictionary<string, double> Weights
    {
        get => _named;
        init
        {
            // Kept as a vector too, set here rather than cached lazily: a `with` copy must not carry the old vector.
            _named = value;
            WeightVector = Enum.GetValues<MatchFeature>().Select(f => value.GetValueOrDefault(f.ToString())).ToArray();
        }
    }

    private readonly IReadOnlyDictionary<string, double> _named = new Dictionary<string, double>();

    /// <summary>Boosted trees fitted after the weights, or null for the logistic model alone.</summary>
    public DecisionTrees? Trees { get; init; }

    /// <summary>Answer when the best card's probability of being right is at least this.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>The L2 penalty the weights were fitted with.</summary>
    public double Regularisation { get; init; }

    /// <summary>When and on what it was fitted, with the cross-validated figures (for the record, not read back).</summary>
    public JsonElement? Fitted { get; init; }

    /// <summary>The weights indexed by <see cref="MatchFeature"/>.</summary>
    [JsonIgnore]
    public double[] WeightVector { get; private init; } = new double[Enum.GetValues<MatchFeature>().Length];

    /// <summary>The ranking score: everything but the margin and the not-covered claim.</summary>
    public double Fit(ReadOnlySpan<double> features) =>
        Linear(features)
        - (WeightVector[(int)MatchFeature.Margin] * features[(int)MatchFeature.Margin])
        - (WeightVector[(int)MatchFeature.NotCovered] * features[(int)MatchFeature.NotCovered]);

    /// <summary>The whole linear score, margin and not-covered claim included.</summary>
    public double Linear(ReadOnlySpan<double> features)
    {
        var w = WeightVector;
        var sum = Bias;
        for (var i = 0; i < features.Length; i++)
        {
            sum += w[i] * features[i];
        }

        return sum;
    }

    /// <summary>What the trees add to a linear score, 0 without trees.</summary>
    public double Adjustment(ReadOnlySpan<double> features, double linear) => Trees?.Adjust(features, linear) ?? 0;

    public double Probability(ReadOnlySpan<double> features)
    {
        var linear = Linear(features);
        return Sigmoid(linear + Adjustment(features, linear));
    }

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    public static ScoringModel Parse(string json)
    {
        var model = JsonSerializer.Deserialize<ScoringModel>(json, JsonOptions)
            ?? throw new InvalidDataException("The scoring model file is empty.");
        if (model.Version != FeatureVersion)
        {
            throw new InvalidDataException($"The scoring model was fitted on feature version {model.Version}; this build reads version {FeatureVersion}. Run 'calibrate' again.");
        }

        var unknown = model.Weights.Keys.Where(k => !Enum.TryParse<MatchFeature>(k, out _)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidDataException($"The scoring model names features this build does not have: {string.Join(", ", unknown)}.");
        }

        model.Trees?.Validate();
        return model;
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    /// <summary>Names a model file to use instead of the bundled one, so a refit can be evaluated without a rebuild.</summary>
    public const string OverrideVariable = "BERITABOT_SCORING_MODEL";

    private static ScoringModel LoadShipped()
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } path)
        {
            return Parse(File.ReadAllText(path));
        }

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The build lacks its scoring model ({ResourceName}).");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
