namespace BeritaBot.Core.Evaluation.Calibration;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares). The model is
/// small (a bias and a weight per feature) and the data a few tens of thousands of rows, so the exact Hessian is
/// cheap and the fit converges in a handful of steps, with no learning rate to tune.
/// </summary>
public static class LogisticRegression
{
    /// <returns>The bias and the weights.</returns>
    /// <param name="lambda">The L2 penalty on the weights (not on the bias).</param>
    /// <param name="sampleWeights">Per row, how much it counts (null: 1 each).</param>
    /// <param name="signs">Per weight, +1 when it must not be negative, −1 when it must not be positive, 0 when free
    /// (null: all free). A weight the fit would put on the wrong side is held at zero and the rest are fitted again,
    /// until every weight keeps its side.</param>
    public static (double Bias, double[] Weights) Fit(
        IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, double lambda, IReadOnlyList<double>? sampleWeights = null, IReadOnlyList<int>? signs = null, int maxIterations = 50)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        if (rows.Count == 0)
        {
            throw new ArgumentException("No rows to fit.", nameof(rows));
        }

        var n = rows[0].Length + 1;
        var held = new bool[n];
        while (true)
        {
            var beta = Newton(rows, labels, lambda, sampleWeights, held, maxIterations);
            var wrongSide = Enumerable.Range(1, n - 1)
                .Where(i => !held[i] && signs is not null && signs[i - 1] * beta[i] < 0)
                .ToArray();
            if (wrongSide.Length == 0)
            {
                return (beta[0], beta[1..]);
            }

            foreach (var i in wrongSide)
            {
                held[i] = true;
            }
        }
    }

    /// <param name="held">Coefficients kept at zero (index 0 is the bias).</param>
    private static double[] Newton(
        IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, double lambda, IReadOnlyList<double>? sampleWeights, bool[] held, int maxIterations)
    {
        var n = held.Length;
        var beta = new double[n];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            for (var r = 0; r < rows.Count; r++)
            {
                var x = rows[r];
                var weight = sampleWeights?[r] ?? 1.0;
                var p = Predict(beta, x);
                var error = (labels[r] ? 1.0 : 0.0) - p;
                var curvature = Math.Max(p * (1 - p), 1e-9) * weight;
                for (var i = 0; i < n; i++)
                {
                    var xi = i == 0 ? 1.0 : x[i - 1];
                    gradient[i] += weight * error * xi;
                    for (var j = 0; j <= i; j++)
                    {
                        hessian[i, j] += curvature * xi * (j == 0 ? 1.0 : x[j - 1]);
                    }
                }
            }

            for (var i = 1; i < n; i++)
            {
                gradient[i] -= lambda * beta[i];
                hessian[i, i] += lambda;
            }

            for (var i = 0; i < n; i++)
            {
                hessian[i, i] += 1e-9;
                for (var j = i + 1; j < n; j++)
                {
                    hessian[i, j] = hessian[j, i];
                }
            }

            // A held coefficient's row and column become the identity's, so its step is zero and it stays at zero.
            for (var i = 0; i < n; i++)
            {
                if (!held[i])
                {
                    continue;
                }

                gradient[i] = 0;
                for (var j = 0; j < n; j++)
                {
                    hessian[i, j] = 0;
                    hessian[j, i] = 0;
                }

                hessian[i, i] = 1;
            }

            var step = Solve(hessian, gradient);
            var largest = 0.0;
            for (var i = 0; i < n; i++)
            {
                beta[i] += step[i];
                largest = Math.Max(largest, Math.Abs(step[i]));
            }

            if (largest < 1e-7)
            {
                break;
            }
        }

        return beta;
    }

    public static double Predict(double bias, double[] weights, ReadOnlySpan<double> x)
    {
        var z = bias;
        for (var i = 0; i < weights.Length; i++)
        {
            z += weights[i] * x[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    private static double Predict(double[] beta, double[] x)
    {
        var z = beta[0];
        for (var i = 0; i < x.Length; i++)
        {
            z += beta[i + 1] * x[i];
        }

        return 1 / (1 + Math.Exp(-Math.Clamp(z, -40, 40)));
    }

    /// <summary>Gaussian elimination with partial pivoting; the system is small and positive definite.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            if (pivot != col)
            {
                for (var k = 0; k < n; k++)
                {
                    (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
                }

                (v[col], v[pivot]) = (v[pivot], v[col]);
            }

            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= factor * m[col, k];
                }

                v[row] -= factor * v[col];
            }
        }

        var x = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = v[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= m[row, k] * x[k];
            }

            x[row] = sum / m[row, row];
        }

        return x;
    }
}
