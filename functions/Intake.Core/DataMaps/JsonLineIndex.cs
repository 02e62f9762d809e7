using System.Text;
using System.Text.Json;

namespace Intake.Core.DataMaps;

/// <summary>
/// The line on which each field of a JSON document starts, keyed by path (<c>sources[3].lookup.email</c>).
/// <see cref="JsonDocument"/> forgets positions, so one pass of <see cref="Utf8JsonReader"/> records them.
/// </summary>
internal sealed class JsonLineIndex
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    private JsonLineIndex()
    {
    }

    public static JsonLineIndex Build(byte[] utf8, JsonReaderOptions options)
    {
        var index = new JsonLineIndex();
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, options);
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                var line = LineOf(lineStarts, reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1].Property = reader.GetString();
                        index.lines.TryAdd(PathOf(frames), line);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        if (frames.Count > 0 && frames[^1].IsArray)
                        {
                            frames[^1].Index++;
                            index.lines.TryAdd(PathOf(frames), line);
                        }
                        else if (frames.Count == 0)
                        {
                            index.lines.TryAdd(string.Empty, line);
                        }

                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            frames.Add(new Frame { IsArray = reader.TokenType == JsonTokenType.StartArray });
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The document parser reports the syntax error with its own position.
        }

        return index;
    }

    /// <summary>The line of <paramref name="path"/>, or of its nearest recorded parent, or 1.</summary>
    public int LineOf(string path)
    {
        var current = path;
        while (true)
        {
            if (lines.TryGetValue(current, out var line))
            {
                return line;
            }

            if (current.Length == 0)
            {
                return 1;
            }

            current = Parent(current);
        }
    }

    public static string Child(string parent, string property) =>
        parent.Length == 0 ? property : parent + "." + property;

    public static string Item(string parent, int index) =>
        parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private static string PathOf(List<Frame> frames)
    {
        var builder = new StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    builder.Append('[').Append(frame.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                }
            }
            else if (frame.Property is not null)
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(frame.Property);
            }
        }

        return builder.ToString();
    }

    private static List<long> LineStarts(byte[] utf8)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<long> lineStarts, long offset)
    {
        var found = lineStarts.BinarySearch(offset);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    private sealed class Frame
    {
        public bool IsArray { get; init; }

        public int Index { get; set; } = -1;

        public string? Property { get; set; }
    }
}
