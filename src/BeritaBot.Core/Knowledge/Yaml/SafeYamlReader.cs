using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BeritaBot.Core.Knowledge.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YamlNode"/> tree from the parser's event stream. Anchors and aliases
/// are refused outright: knowledge files never need them, and refusing them is what makes an alias bomb
/// ("billion laughs") harmless. Depth and node count are capped for the same reason.
/// </summary>
internal static class SafeYamlReader
{
    private const int MaxDepth = 32;
    private const int MaxNodes = 200_000;

    /// <param name="lineOffset">Lines before this text in its file (front matter starts after the opening ---).</param>
    public static YamlNode? Read(string text, int lineOffset = 0)
    {
        var parser = new Parser(new StringReader(text));
        var state = new ReadState(parser, lineOffset);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = state.ReadNode(0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                throw new YamlReadException(state.LineOf(parser.Current), "more than one YAML document; expected one");
            }

            return root;
        }
        catch (YamlException ex)
        {
            throw new YamlReadException((int)ex.Start.Line + lineOffset, "malformed YAML: " + FirstSentence(ex.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser throws this (not a YamlException) for some unterminated flow collections.
            throw new YamlReadException(state.LineOf(parser.Current), "malformed YAML: an inline list or mapping ([...] or {...}) is not closed properly");
        }
    }

    private static string FirstSentence(string message)
    {
        // YamlDotNet prefixes its messages with "(Line: x, Col: y, ...)": the location is reported separately.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith('(') ? message[(close + 3)..] : message;
    }

    private sealed class ReadState(IParser parser, int lineOffset)
    {
        private int _nodes;

        public int LineOf(ParsingEvent? e) => e is null ? lineOffset : (int)e.Start.Line + lineOffset;

        public YamlNode ReadNode(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new YamlReadException(LineOf(parser.Current), $"YAML nested deeper than {MaxDepth} levels");
            }

            if (++_nodes > MaxNodes)
            {
                throw new YamlReadException(LineOf(parser.Current), $"YAML has more than {MaxNodes} nodes");
            }

            var current = parser.Current;
            switch (current)
            {
                case AnchorAlias alias:
                    throw new YamlReadException(LineOf(alias), $"YAML aliases (*{alias.Value}) are not allowed in knowledge files");
                case NodeEvent { Anchor.IsEmpty: false } anchored:
                    throw new YamlReadException(LineOf(anchored), $"YAML anchors (&{anchored.Anchor}) are not allowed in knowledge files");
                case YamlDotNet.Core.Events.Scalar scalar:
                    parser.MoveNext();
                    var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
                    return YamlNode.Scalar(scalar.Value, LineOf(scalar), isNull);
                case SequenceStart start:
                    {
                        parser.MoveNext();
                        var node = YamlNode.Sequence(LineOf(start));
                        while (!parser.TryConsume<SequenceEnd>(out _))
                        {
                            node.Items.Add(ReadNode(depth + 1));
                        }

                        return node;
                    }

                case MappingStart start:
                    {
                        parser.MoveNext();
                        var node = YamlNode.Mapping(LineOf(start));
                        while (!parser.TryConsume<MappingEnd>(out _))
                        {
                            var key = ReadNode(depth + 1);
                            var value = ReadNode(depth + 1);
                            node.Pairs.Add(new(key, value));
                        }

                        return node;
                    }

                default:
                    throw new YamlReadException(LineOf(current), "unexpected YAML content");
            }
        }
    }
}
