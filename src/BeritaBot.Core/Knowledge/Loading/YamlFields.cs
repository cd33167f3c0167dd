using System.Globalization;
using BeritaBot.Core.Knowledge.Yaml;

namespace BeritaBot.Core.Knowledge.Loading;

/// <summary>Typed access to a YAML mapping's fields, reporting every type mismatch with its line.</summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);
    private readonly string _file;
    private readonly ProblemCollector _problems;

    public YamlFields(YamlNode mapping, string file, ProblemCollector problems)
    {
        _file = file;
        _problems = problems;
        foreach (var (key, value) in mapping.Pairs)
        {
            if (key.Kind != YamlNodeKind.Scalar)
            {
                problems.Error(file, key.Line, "a field name must be plain text");
                continue;
            }

            if (!_fields.TryAdd(key.Value!, (key, value)))
            {
                problems.Error(file, key.Line, $"field '{key.Value}' appears twice");
            }
        }
    }

    public int LineOf(string name, int fallback) => _fields.TryGetValue(name, out var f) ? f.Key.Line : fallback;

    public void WarnUnknown(IReadOnlySet<string> known, string what)
    {
        foreach (var (name, (key, _)) in _fields)
        {
            if (!known.Contains(name))
            {
                _problems.Warning(_file, key.Line, $"unknown {what} field '{name}' is ignored (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
            }
        }
    }

    public string? Text(string name, bool required, int fallbackLine)
    {
        if (!_fields.TryGetValue(name, out var f) || f.Value.IsNull)
        {
            if (required)
            {
                _problems.Error(_file, LineOf(name, fallbackLine), $"'{name}' is required");
            }

            return null;
        }

        if (f.Value.Kind != YamlNodeKind.Scalar)
        {
            _problems.Error(_file, f.Value.Line, $"'{name}' must be a text value, not {f.Value.Describe()}");
            return null;
        }

        var value = f.Value.Value!.Trim();
        if (value.Length == 0 && required)
        {
            _problems.Error(_file, f.Value.Line, $"'{name}' must not be empty");
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    public DateOnly? Date(string name) => Date(name, out _);

    /// <summary>An ISO date: a day (2020-11-10), a month (2023-09) or a year (2023), as precise as the articles are.</summary>
    public DateOnly? Date(string name, out DatePrecision precision)
    {
        precision = DatePrecision.Day;
        var text = Text(name, required: false, fallbackLine: 1);
        if (text is null)
        {
            return null;
        }

        (string Format, DatePrecision Precision)[] formats =
            [("yyyy-MM-dd", DatePrecision.Day), ("yyyy-MM", DatePrecision.Month), ("yyyy", DatePrecision.Year)];
        foreach (var (format, p) in formats)
        {
            if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                precision = p;
                return date;
            }
        }

        _problems.Error(_file, _fields[name].Value.Line, $"'{name}' must be an ISO date like 2020-11-10 (or 2023-09, or 2023), not '{text}'");
        return null;
    }

    /// <summary>A list of non-empty strings, each with its line. A single text value is accepted as a one-item list.</summary>
    public IReadOnlyList<(string Value, int Line)>? List(string name, bool required, int fallbackLine)
    {
        if (!_fields.TryGetValue(name, out var f) || f.Value.IsNull)
        {
            if (required)
            {
                _problems.Error(_file, LineOf(name, fallbackLine), $"'{name}' is required");
            }

            return required ? null : [];
        }

        if (f.Value.Kind == YamlNodeKind.Scalar)
        {
            return [(f.Value.Value!.Trim(), f.Value.Line)];
        }

        if (f.Value.Kind != YamlNodeKind.Sequence)
        {
            _problems.Error(_file, f.Value.Line, $"'{name}' must be a list, not {f.Value.Describe()}");
            return null;
        }

        var items = new List<(string, int)>();
        foreach (var item in f.Value.Items)
        {
            if (item.Kind != YamlNodeKind.Scalar || item.IsNull || string.IsNullOrWhiteSpace(item.Value))
            {
                _problems.Error(_file, item.Line, $"every item of '{name}' must be non-empty text");
                continue;
            }

            items.Add((item.Value.Trim(), item.Line));
        }

        if (items.Count == 0 && required)
        {
            _problems.Error(_file, f.Value.Line, $"'{name}' must have at least one item");
            return null;
        }

        return items;
    }
}
