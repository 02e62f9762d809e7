namespace Intake.Core.Tests.Inbound;

/// <summary>Lines of a reply: what the person wrote (never empty, never quote-like) and quoted history.</summary>
public sealed record ReplyLines(IReadOnlyList<(string Text, bool Quoted)> Lines)
{
    public override string ToString() => string.Join(" / ", Lines.Select(line => line.Text));
}
