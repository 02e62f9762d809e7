using System.Text;

namespace Intake.Integration.Tests.Inbound;

/// <summary>
/// Writes a multipart/form-data body the way SendGrid's Inbound Parse posts it: text fields with no
/// Content-Type of their own (their charset is named only in the <c>charsets</c> field) and files
/// with a file name and type. Field values are raw bytes, so a test can post ISO-8859-1.
/// </summary>
internal sealed class FormPost
{
    private const string Boundary = "xYzZY";
    private readonly MemoryStream body = new();

    public string ContentType => $"multipart/form-data; boundary={Boundary}";

    public FormPost Field(string name, string value, Encoding? encoding = null) =>
        Field(name, (encoding ?? Encoding.UTF8).GetBytes(value));

    public FormPost Field(string name, byte[] value)
    {
        Ascii($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n");
        body.Write(value);
        Ascii("\r\n");
        return this;
    }

    public FormPost File(string name, string fileName, string contentType, byte[] content)
    {
        Ascii($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"\r\nContent-Type: {contentType}\r\n\r\n");
        body.Write(content);
        Ascii("\r\n");
        return this;
    }

    /// <summary>The body so far, without the closing boundary: the head of a generated post.</summary>
    public byte[] Head() => body.ToArray();

    public static byte[] Closing => Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n");

    public MemoryStream Build()
    {
        var complete = new MemoryStream();
        complete.Write(body.ToArray());
        Ascii(complete, $"--{Boundary}--\r\n");
        complete.Position = 0;
        return complete;
    }

    private void Ascii(string text) => Ascii(body, text);

    private static void Ascii(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));
}
