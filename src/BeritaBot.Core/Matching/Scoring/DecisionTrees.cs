using System.Text.Json.Serialization;

namespace BeritaBot.Core.Matching.Scoring;

/// <summary>
/// Small boosted decision trees that correct the logistic model's score for the combinations of evidence a sum
/// cannot weigh: a lone candidate that holds every word of the question is a near miss more often than one among
/// close siblings, and how much a missing word costs depends on how much else the card holds. Each tree reads the
/// features and the logistic score (<see cref="ScoreInput"/>) and adds its leaf's value; the sum, times
/// <see cref="LearningRate"/>, is added to the logistic score before the sigmoid. Fitted by <c>calibrate</c> on the
/// best candidate of each labelled question, after the weights.
/// </summary>
public sealed record DecisionTrees
{
    /// <summary>The name a node uses for the logistic score itself.</summary>
    public const string ScoreInput = "Score";

    public double LearningRate { get; init; }

    public IReadOnlyList<DecisionTree> Trees { get; init; } = [];

    /// <summary>What the trees add to the logistic score of a candidate with these features.</summary>
    public double Adjust(ReadOnlySpan<double> features, double score)
    {
        var sum = 0.0;
        foreach (var tree in Trees)
        {
            sum += tree.Leaf(features, score).Value;
        }

        return LearningRate * sum;
    }

    /// <summary>
    /// The adjustment shared out among the inputs the trees split on: each split on a path passes on the change in
    /// the node's value to its input, so the shares add up to <see cref="Adjust"/> less the trees' root values.
    /// </summary>
    public (double Roots, IReadOnlyDictionary<string, double> Shares) Explain(ReadOnlySpan<double> features, double score)
    {
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        var roots = 0.0;
        foreach (var tree in Trees)
        {
            var at = 0;
            roots += LearningRate * tree.Nodes[0].Value;
            while (!tree.Nodes[at].IsLeaf)
            {
                var node = tree.Nodes[at];
                at = tree.Next(at, features, score);
                shares[node.Input!] = shares.GetValueOrDefault(node.Input!) + (LearningRate * (tree.Nodes[at].Value - node.Value));
            }
        }

        return (roots, shares);
    }

    /// <summary>Every input a node names is a feature of this build or the score.</summary>
    public void Validate()
    {
        foreach (var tree in Trees)
        {
            if (tree.Nodes.Count == 0)
            {
                throw new InvalidDataException("The scoring model has a tree without nodes.");
            }

            foreach (var node in tree.Nodes)
            {
                if (node.IsLeaf)
                {
                    continue;
                }

                if (node.Input != ScoreInput && !Enum.TryParse<MatchFeature>(node.Input, out _))
                {
                    throw new InvalidDataException($"The scoring model's trees split on '{node.Input}', which this build does not have.");
                }

                if (node.Left <= 0 || node.Right <= 0 || node.Left >= tree.Nodes.Count || node.Right >= tree.Nodes.Count)
                {
                    throw new InvalidDataException("The scoring model's trees point at nodes they do not have.");
                }
            }
        }
    }
}

/// <summary>One tree: its nodes, the root first.</summary>
public sealed record DecisionTree
{
    public IReadOnlyList<DecisionNode> Nodes
    {
        get => _nodes;
        init
        {
            // Names are resolved once, when the model is read: candidates are scored on every question.
            _nodes = value;
            _inputs = value.Select(n => n.IsLeaf || n.Input == DecisionTrees.ScoreInput ? -1
                : Enum.TryParse<MatchFeature>(n.Input, out var feature) ? (int)feature : -1).ToArray();
        }
    }

    private readonly IReadOnlyList<DecisionNode> _nodes = [];
    private readonly int[] _inputs = [];

    /// <summary>The leaf a candidate ends in.</summary>
    public DecisionNode Leaf(ReadOnlySpan<double> features, double score)
    {
        var at = 0;
        while (!Nodes[at].IsLeaf)
        {
            at = Next(at, features, score);
        }

        return Nodes[at];
    }

    /// <summary>The node a split at <paramref name="at"/> sends a candidate to.</summary>
    internal int Next(int at, ReadOnlySpan<double> features, double score)
    {
        var node = Nodes[at];
        var value = _inputs[at] < 0 ? score : features[_inputs[at]];
        return value < node.Threshold ? node.Left : node.Right;
    }
}

/// <summary>A split (<see cref="Input"/> below <see cref="Threshold"/> goes <see cref="Left"/>) or, without an input, a leaf.</summary>
/// <param name="Value">The node's own estimate: a leaf's is what the tree adds; a split's is what it would add if it stopped there.</param>
public sealed record DecisionNode(string? Input, double Threshold, int Left, int Right, double Value)
{
    [JsonIgnore]
    public bool IsLeaf => Input is null;
}
