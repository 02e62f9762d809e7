using System.Net;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Intake.Core.Requests;
using Intake.Testing;

namespace Intake.Integration.Tests.Forms;

/// <summary>What the person-facing tests share: fetching a form with its antiforgery token, posting it, reading what was stored.</summary>
internal static partial class PersonWeb
{
    public const string Person = "maija.meikalainen@example.com";

    /// <summary>GETs a page with a form and returns its antiforgery token; the client keeps the cookie.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        var match = TokenField().Match(html);
        Assert.True(match.Success, "The page has no antiforgery field.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static MultipartFormDataContent Multipart(string? token, IEnumerable<KeyValuePair<string, string>> fields, (string FileName, string Type, byte[] Bytes)? mandate = null)
    {
        var content = new MultipartFormDataContent();
        if (token is not null)
        {
            content.Add(new StringContent(token), "__RequestVerificationToken");
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (mandate is { } file)
        {
            var part = new ByteArrayContent(file.Bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.Type);
            content.Add(part, "mandate", file.FileName);
        }

        return content;
    }

    public static FormUrlEncodedContent Encoded(string? token, IEnumerable<KeyValuePair<string, string>> fields) =>
        new(token is null ? fields : fields.Append(new("__RequestVerificationToken", token)));

    /// <summary>A valid access request from the sample person.</summary>
    public static Dictionary<string, string> Access(string email = Person) => new()
    {
        ["type"] = "access",
        ["name"] = "Maija Meikäläinen",
        ["email"] = email,
        ["details"] = "Haluan nähdä tietoni.",
    };

    public static string? Reference(string html) => ReferencePattern().Match(html) is { Success: true } match ? match.Value : null;

    /// <summary>How many requests the host's table holds (one partition each).</summary>
    public static async Task<int> RequestCountAsync(IntakeHost host)
    {
        var table = host.Storage.Table(host.Storage.Options.RequestsTable);
        var partitions = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            partitions.Add(entity.PartitionKey);
        }

        return partitions.Count;
    }

    public static async Task<string> ReadAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    /// <summary>The page as a reader sees the text: the encoder writes every non-ASCII letter as a character reference.</summary>
    public static string Decoded(string html) => WebUtility.HtmlDecode(html);

    public static RequestId Id(string reference) => RequestId.Parse(reference);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}")]
    private static partial Regex ReferencePattern();
}
