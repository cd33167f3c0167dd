namespace BeritaBot.Benchmarks;

/// <summary>Everything <c>--scale</c> measures at one size (times in microseconds unless named otherwise).</summary>
internal sealed record ScaleResult
{
    public string MachineLoad { get; init; } = string.Empty;

    public int Cards { get; init; }

    public int Phrasings { get; init; }

    public int Questions { get; init; }

    public double LoadMs { get; init; }

    public double IndexBuildMs { get; init; }

    public double ManagedMb { get; init; }

    public double WorkingSetMb { get; init; }

    public int AskCount { get; init; }

    public double AskMedianUs { get; init; }

    public double AskP99Us { get; init; }

    public double AskMaxUs { get; init; }

    public double AskIntrinsicP99Us { get; init; }

    public double AskOver1MsShare { get; init; }

    public double NoiseMedianUs { get; init; }

    public double NoiseP99Us { get; init; }

    public double NoiseOver1MsShare { get; init; }

    public int KeystrokeCount { get; init; }

    public double KeystrokeMedianUs { get; init; }

    public double KeystrokeP99Us { get; init; }

    public double KeystrokeMaxUs { get; init; }

    public double QpsOneThread { get; init; }

    public double QpsTwoThreads { get; init; }

    public double ReloadMedianMs { get; init; }

    public double ReloadMaxMs { get; init; }

    public int LoadedReloads { get; init; }

    public int LoadedQuestions { get; init; }

    public int LoadedFailures { get; init; }

    public double LoadedMaxMs { get; init; }

    public double LoadedMaxDuringReloadMs { get; init; }

    public double LoadedP99DuringReloadMs { get; init; }

    public int LoadedOver50Ms { get; init; }

    public double LoadedGcPauseMs { get; init; }

    public int InScope { get; init; }

    public double OursTop1 { get; init; }

    public double OursAnsweredCorrectly { get; init; }

    public double OursOutOfScopeDeclined { get; init; }

    public IReadOnlyDictionary<string, double> OursTop1ByCategory { get; init; } = new Dictionary<string, double>();

    public int BaselineSample { get; init; }

    public double BaselineMedianMs { get; init; }

    public double OursOnSampleMedianUs { get; init; }

    public double SpeedRatio { get; init; }

    public double BaselineTop1OnSample { get; init; }

    public double OursTop1OnSample { get; init; }
}
