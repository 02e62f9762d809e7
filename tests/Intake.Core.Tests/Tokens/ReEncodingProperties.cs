using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intake.Core.Tokens;

namespace Intake.Core.Tests.Tokens;

/// <summary>
/// A token has one spelling. Each re-encoding here decodes, under a lenient base64 decoder, to the
/// very bytes of a valid token — and is refused, while the canonical spelling is accepted.
/// </summary>
public sealed class ReEncodingProperties
{
    private static readonly LinkTokenSigner Signer = new(Encoding.UTF8.GetBytes("a property key that is long enough for 256 bits"));
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Property(Arbitrary = [typeof(ReEncodingArbitraries)], MaxTest = 400)]
    public bool A_re_encoded_token_is_refused_and_its_canonical_spelling_accepted(ReEncoded sample)
    {
        var canonical = Signer.Sign(sample.Token);
        var respelled = sample.Apply(canonical);
        return respelled != canonical
            && Lenient(respelled).SequenceEqual(Lenient(canonical))
            && Signer.Check(canonical, Now).IsValid
            && Signer.Check(respelled, Now).Status == TokenStatus.Malformed;
    }

    [Fact]
    public void Padding_is_refused()
    {
        var token = Signer.Sign(Sample());
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        Assert.Equal(TokenStatus.Malformed, Signer.Check(token + "=", Now).Status);
        Assert.Equal(TokenStatus.Malformed, Signer.Check(token[..dot] + "==" + token[dot..], Now).Status);
    }

    [Fact]
    public void Non_zero_bits_after_the_last_byte_are_refused()
    {
        // A 32-byte MAC is 43 characters: the last one carries two unused bits.
        var token = Signer.Sign(Sample());
        var respelled = ReEncoded.SetTrailingBits(token, 1);
        Assert.NotEqual(token, respelled);
        Assert.Equal(Lenient(token), Lenient(respelled));
        Assert.Equal(TokenStatus.Malformed, Signer.Check(respelled, Now).Status);
    }

    [Fact]
    public void The_standard_alphabet_and_whitespace_are_refused()
    {
        var token = Signer.Sign(Sample() with { Nonce = new string('?', 40) });
        Assert.Contains("_", token, StringComparison.Ordinal);
        Assert.Equal(TokenStatus.Malformed, Signer.Check(token.Replace('_', '/').Replace('-', '+'), Now).Status);
        Assert.Equal(TokenStatus.Malformed, Signer.Check(token[..10] + " " + token[10..], Now).Status);
        Assert.Equal(TokenStatus.Malformed, Signer.Check(token + "\n", Now).Status);
    }

    private static LinkToken Sample() => new("R-0123-4567-89", "verify", TokenAudience.Person, Now.AddDays(1), "n", true);

    /// <summary>What a forgiving decoder makes of the text: whitespace and padding dropped, either alphabet, trailing bits ignored.</summary>
    internal static byte[] Lenient(string token)
    {
        var bytes = new List<byte>();
        foreach (var part in token.Split('.'))
        {
            var buffer = 0;
            var bits = 0;
            foreach (var c in part)
            {
                var value = c switch
                {
                    >= 'A' and <= 'Z' => c - 'A',
                    >= 'a' and <= 'z' => c - 'a' + 26,
                    >= '0' and <= '9' => c - '0' + 52,
                    '-' or '+' => 62,
                    '_' or '/' => 63,
                    _ => -1,
                };
                if (value < 0)
                {
                    continue;
                }

                buffer = (buffer << 6) | value;
                bits += 6;
                if (bits >= 8)
                {
                    bits -= 8;
                    bytes.Add((byte)(buffer >> bits));
                    buffer &= (1 << bits) - 1;
                }
            }

            bytes.Add((byte)'.');
        }

        return [.. bytes];
    }
}

/// <summary>A token to sign, and one way to re-spell its text without changing what it decodes to.</summary>
public sealed record ReEncoded(LinkToken Token, int Kind, int Position, int Bits)
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public string Apply(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        return (Kind % 5) switch
        {
            0 => Position % 2 == 0 ? token + new string('=', 1 + (Bits % 2)) : token[..dot] + new string('=', 1 + (Bits % 2)) + token[dot..],
            1 => SetTrailingBits(token, Bits),
            2 => token.Replace('-', '+').Replace('_', '/') is var standard && standard != token ? standard : token + "=",
            3 => Insert(token, Position, " \t\r\n"[Bits % 4]),
            _ => token[..dot] + "=" + token[dot..] + "=",
        };
    }

    /// <summary>Sets the unused low bits of the MAC's last character (43 characters: 2 spare bits) to a non-zero value.</summary>
    public static string SetTrailingBits(string token, int bits)
    {
        var last = Alphabet.IndexOf(token[^1], StringComparison.Ordinal);
        var changed = (last & ~0b11) | (1 + (Math.Abs(bits) % 3));
        return token[..^1] + Alphabet[changed];
    }

    private static string Insert(string token, int position, char space)
    {
        var at = Math.Abs(position) % (token.Length + 1);
        return token[..at] + space + token[at..];
    }
}

public static class ReEncodingArbitraries
{
    private static readonly string[] Actions = ["verify", "answer", "approve", "reject", "status", "download", "overview", "confirm-task"];

    public static Arbitrary<ReEncoded> ReEncoded()
    {
        var text = Gen.ArrayOf(Gen.Elements("abcXYZ019-_.:/?+= åäöé€".ToCharArray())).Select(chars => new string(chars));
        var token =
            from scope in text
            from action in Gen.Elements(Actions)
            from audience in Gen.Elements(TokenAudience.Person, TokenAudience.Staff, TokenAudience.Source)
            from hours in Gen.Choose(1, 24 * 400)
            from nonce in text
            from single in Gen.Elements(true, false)
            select new LinkToken(scope, action, audience, new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero).AddHours(hours), nonce, single);
        return (from t in token
                from kind in Gen.Choose(0, 4)
                from position in Gen.Choose(0, 10_000)
                from bits in Gen.Choose(0, 100)
                select new ReEncoded(t, kind, position, bits)).ToArbitrary();
    }
}
