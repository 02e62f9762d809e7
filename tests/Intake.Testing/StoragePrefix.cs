namespace Intake.Testing;

/// <summary>A fresh storage prefix (lower-case letters only, as table names demand) so tests sharing one Azurite never meet.</summary>
public static class StoragePrefix
{
    public static string New(char kind) =>
        kind + new string(Guid.NewGuid().ToString("N")[..10].Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + 'a') : c).ToArray());
}
