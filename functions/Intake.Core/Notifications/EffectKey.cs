namespace Intake.Core.Notifications;

/// <summary>
/// The rule every <see cref="IMailSender"/> holds for an idempotency key (an effect id): it is written into a mail header and a storage
/// row, so it must be short, one line and printable.
/// </summary>
public static class EffectKey
{
    public const int MaxLength = 256;

    public static void Require(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxLength || key.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            throw new ArgumentException($"An idempotency key must be 1–{MaxLength} printable characters without spaces.", nameof(key));
        }
    }
}
