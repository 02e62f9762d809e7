namespace Intake.Core.Tests.Inbound;

/// <summary>A subject and body assembled from lexicon wordings and everyday filler words.</summary>
public sealed record MailWords(string Subject, string Body)
{
    public override string ToString() => $"[{Subject}] {Body}";
}
