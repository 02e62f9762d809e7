using System.Text;
using System.Text.RegularExpressions;
using Intake.Core.Requests;

namespace Intake.Core.Inbound;

/// <summary>
/// Reads what the receiving mail server reported about a mail's sender: SendGrid Inbound Parse's
/// <c>SPF</c> and <c>dkim</c> fields, or a raw message's <c>Authentication-Results</c> (RFC 8601)
/// and <c>Received-SPF</c> (RFC 7208) headers. DKIM counts only for a signature of the
/// <c>From</c> domain (or a parent or child of it): anybody can sign with a domain of their own.
/// Only the topmost header is read, the one our own receiving server added; headers further down
/// were written by servers we know nothing about, or by the sender.
/// </summary>
public static partial class SenderAuthenticationReader
{
    private const int MaxChars = 8192;

    /// <summary>SendGrid's fields: <c>SPF</c> is one word (<c>pass</c>, <c>softfail</c>…), <c>dkim</c> like <c>{@example.com : pass, @other.example : fail}</c>.</summary>
    public static SenderAuthentication FromSendGrid(string? spf, string? dkim, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(fromAddress);
        spf = Capped(spf);
        dkim = Capped(dkim);
        var domain = DomainOf(fromAddress);
        var spfResult = spf is null ? AuthenticationResult.Unknown : Word(FirstWord(spf));
        AuthenticationResult dkimResult;
        if (dkim is null)
        {
            dkimResult = AuthenticationResult.Unknown;
        }
        else
        {
            var signatures = DkimEntry().Matches(dkim).Select(match => (Domain: match.Groups["domain"].Value, Result: Word(match.Groups["result"].Value))).ToList();
            dkimResult = ForDomain(signatures, domain);
        }

        return new SenderAuthentication(spfResult, dkimResult);
    }

    /// <summary>The topmost <c>Authentication-Results</c>, else <c>Received-SPF</c> for SPF; what neither says is unknown.</summary>
    public static SenderAuthentication FromHeaders(IEnumerable<KeyValuePair<string, string>> headers, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(fromAddress);
        string? results = null;
        string? receivedSpf = null;
        foreach (var (name, value) in headers)
        {
            if (results is null && string.Equals(name, "Authentication-Results", StringComparison.OrdinalIgnoreCase))
            {
                results = value;
            }
            else if (receivedSpf is null && string.Equals(name, "Received-SPF", StringComparison.OrdinalIgnoreCase))
            {
                receivedSpf = value;
            }
        }

        results = Capped(results);
        receivedSpf = Capped(receivedSpf);
        var spf = AuthenticationResult.Unknown;
        var dkim = AuthenticationResult.Unknown;
        if (results is not null)
        {
            var methods = Methods(WithoutComments(results));
            if (methods.FirstOrDefault(method => method.Name == "spf") is { Name: not null } found)
            {
                spf = found.Result;
            }

            var signatures = methods.Where(method => method.Name == "dkim").Select(method => (Domain: method.Domain ?? string.Empty, method.Result)).ToList();
            dkim = ForDomain(signatures, DomainOf(fromAddress));
        }

        if (spf == AuthenticationResult.Unknown && receivedSpf is not null)
        {
            spf = Word(FirstWord(receivedSpf));
        }

        return new SenderAuthentication(spf, dkim);
    }

    /// <summary>Pass when a signature of the sender's domain verified; fail when signatures were checked but none of those did; none when there were none.</summary>
    private static AuthenticationResult ForDomain(List<(string Domain, AuthenticationResult Result)> signatures, string domain)
    {
        var checkedOnes = signatures.Where(signature => signature.Result != AuthenticationResult.None).ToList();
        if (checkedOnes.Count == 0)
        {
            return AuthenticationResult.None;
        }

        if (checkedOnes.Any(signature => signature.Result == AuthenticationResult.Pass && Aligned(signature.Domain, domain)))
        {
            return AuthenticationResult.Pass;
        }

        return checkedOnes.Any(signature => signature.Result is AuthenticationResult.TempError && Aligned(signature.Domain, domain))
            ? AuthenticationResult.TempError
            : AuthenticationResult.Fail;
    }

    // Relaxed alignment as DMARC has it, without the public suffix list: the same domain, or one inside the other.
    private static bool Aligned(string signer, string domain) =>
        signer.Length > 0 && domain.Length > 0
        && (string.Equals(signer, domain, StringComparison.OrdinalIgnoreCase)
            || domain.EndsWith("." + signer, StringComparison.OrdinalIgnoreCase)
            || signer.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase));

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at < 0 ? string.Empty : address[(at + 1)..].Trim().TrimEnd('.').ToLowerInvariant();
    }

    private static List<(string? Name, AuthenticationResult Result, string? Domain)> Methods(string header)
    {
        var methods = new List<(string? Name, AuthenticationResult Result, string? Domain)>();

        // The first part is the id of the server that checked; each later part is one method's result.
        foreach (var part in header.Split(';').Skip(1))
        {
            var match = MethodResult().Match(part);
            if (!match.Success)
            {
                continue;
            }

            var domain = HeaderDomain().Match(part) is { Success: true } d ? d.Groups["domain"].Value.TrimStart('@') : null;
            if (domain is not null && domain.Contains('@', StringComparison.Ordinal))
            {
                domain = domain[(domain.IndexOf('@', StringComparison.Ordinal) + 1)..];
            }

            methods.Add((match.Groups["method"].Value.ToLowerInvariant(), Word(match.Groups["result"].Value), domain));
        }

        return methods;
    }

    private static string WithoutComments(string value)
    {
        var text = new StringBuilder(value.Length);
        var depth = 0;
        foreach (var c in value)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    // A result header is short; a longer one is read only as far as a real one would go.
    private static string? Capped(string? value) => value is { Length: > MaxChars } ? value[..MaxChars] : value;

    private static string FirstWord(string value) =>
        value.Trim().Split([' ', '\t', '(', ';'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;

    private static AuthenticationResult Word(string word) => word.Trim().ToLowerInvariant() switch
    {
        "pass" => AuthenticationResult.Pass,
        "fail" or "hardfail" => AuthenticationResult.Fail,
        "softfail" => AuthenticationResult.SoftFail,
        "neutral" => AuthenticationResult.Neutral,
        "none" => AuthenticationResult.None,
        "temperror" => AuthenticationResult.TempError,
        "permerror" => AuthenticationResult.PermError,
        // "policy" and anything unknown say nothing we can rely on.
        _ => AuthenticationResult.Unknown,
    };

    [GeneratedRegex(@"@?(?<domain>[A-Za-z0-9][A-Za-z0-9.\-]*)\s*:\s*(?<result>[A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex DkimEntry();

    [GeneratedRegex(@"^\s*(?<method>[A-Za-z][A-Za-z0-9\-]*)\s*=\s*(?<result>[A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex MethodResult();

    [GeneratedRegex(@"header\.(?:d|i)\s*=\s*(?<domain>[^\s;]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeaderDomain();
}
