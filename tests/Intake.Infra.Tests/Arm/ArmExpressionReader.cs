using System.Globalization;

namespace Intake.Infra.Tests.Arm;

/// <summary>
/// Reads and evaluates one ARM template language expression (the text between the outer
/// brackets of <c>"[...]"</c>): function calls, <c>'string'</c> literals with <c>''</c> escapes,
/// integers, <c>.property</c> and <c>[index]</c> access.
/// </summary>
public sealed class ArmExpressionReader
{
    private readonly string text;
    private readonly TemplateScope scope;
    private int position;

    private ArmExpressionReader(string text, TemplateScope scope)
    {
        this.text = text;
        this.scope = scope;
    }

    public static object? Evaluate(string expression, TemplateScope scope)
    {
        var reader = new ArmExpressionReader(expression, scope);
        var value = reader.ReadExpression();
        reader.SkipWhitespace();
        if (!reader.AtEnd)
        {
            throw reader.Error("unexpected text after the expression");
        }

        return value;
    }

    private bool AtEnd => position >= text.Length;

    private object? ReadExpression()
    {
        SkipWhitespace();
        var value = ReadPrimary();
        while (true)
        {
            if (TryConsume('.'))
            {
                value = ArmValue.Member(value, ReadIdentifier());
            }
            else if (TryConsume('['))
            {
                var index = ReadExpression();
                SkipWhitespace();
                Expect(']');
                value = ArmValue.Index(value, index);
            }
            else
            {
                return value;
            }
        }
    }

    private object? ReadPrimary()
    {
        if (AtEnd)
        {
            throw Error("expression ends early");
        }

        var next = text[position];
        if (next == '\'')
        {
            return ReadString();
        }

        if (next == '-' || char.IsAsciiDigit(next))
        {
            return ReadInteger();
        }

        var name = ReadIdentifier();
        SkipWhitespace();
        Expect('(');
        var arguments = new List<object?>();
        SkipWhitespace();
        if (!TryConsume(')'))
        {
            do
            {
                arguments.Add(ReadExpression());
                SkipWhitespace();
            }
            while (TryConsume(','));

            Expect(')');
        }

        return ArmFunctions.Invoke(name, arguments, scope);
    }

    private string ReadString()
    {
        Expect('\'');
        var start = position;
        var value = new System.Text.StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                position = start;
                throw Error("string literal is not closed");
            }

            var next = text[position++];
            if (next != '\'')
            {
                value.Append(next);
            }
            else if (!AtEnd && text[position] == '\'')
            {
                // Two quotes stand for one quote inside a literal.
                value.Append('\'');
                position++;
            }
            else
            {
                return value.ToString();
            }
        }
    }

    private long ReadInteger()
    {
        var start = position;
        if (text[position] == '-')
        {
            position++;
        }

        while (!AtEnd && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        return long.Parse(text.AsSpan(start, position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    private string ReadIdentifier()
    {
        var start = position;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_' || text[position] == '$'))
        {
            position++;
        }

        if (position == start)
        {
            throw Error("expected a name");
        }

        return text[start..position];
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private bool TryConsume(char expected)
    {
        if (!AtEnd && text[position] == expected)
        {
            position++;
            return true;
        }

        return false;
    }

    private void Expect(char expected)
    {
        if (!TryConsume(expected))
        {
            throw Error($"expected '{expected}'");
        }
    }

    private FormatException Error(string problem) =>
        new($"ARM expression [{text}]: {problem} at position {position}.");
}
