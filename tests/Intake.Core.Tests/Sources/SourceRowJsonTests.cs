using System.Buffers;
using System.Text;
using System.Text.Json;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Sources;

public sealed class SourceRowJsonTests
{
    [Fact]
    public void A_written_row_reads_back_with_typed_values_in_order()
    {
        var row = new SourceRow([
            new("id", 7L), new("name", "Maija \"M\" Meikäläinen"), new("total", 1890.5m), new("paid", true),
            new("refunded", false), new("note", null), new("at", new DateOnly(2025, 11, 20))]);

        var read = SourceRowJson.Read(Write(row));

        Assert.Equal(["id", "name", "total", "paid", "refunded", "note", "at"], read.Fields.Select(f => f.Key));
        Assert.Equal(7L, read.Get("id"));
        Assert.Equal("Maija \"M\" Meikäläinen", read.Get("name"));
        Assert.Equal(1890.5m, read.Get("total"));
        Assert.Equal(true, read.Get("paid"));
        Assert.Equal(false, read.Get("refunded"));
        Assert.Null(read.Get("note"));
        Assert.Equal("2025-11-20", read.Get("at"));
    }

    [Fact]
    public void Nested_values_are_kept_as_their_json_text()
    {
        var read = SourceRowJson.Read("""{"tags":["a", "b"],"address":{"city":"Turku"},"after":1}"""u8);

        Assert.Equal("""["a", "b"]""", read.Get("tags"));
        Assert.Equal("""{"city":"Turku"}""", read.Get("address"));
        Assert.Equal(1L, read.Get("after"));
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"a\":1")]
    [InlineData("")]
    public void Anything_but_a_json_object_is_rejected(string line) =>
        Assert.ThrowsAny<JsonException>(() => SourceRowJson.Read(Encoding.UTF8.GetBytes(line)));

    private static byte[] Write(SourceRow row)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            SourceRowJson.Write(writer, row);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
