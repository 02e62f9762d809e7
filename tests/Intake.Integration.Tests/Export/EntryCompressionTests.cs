using Intake.Adapters.Export;
using Intake.Adapters.Export.Zip;

namespace Intake.Integration.Tests.Export;

public sealed class EntryCompressionTests
{
    [Theory]
    [InlineData("report.html")]
    [InlineData("manifest.json")]
    [InlineData("data/webshop-orders.json")]
    [InlineData("data/webshop-orders.csv")]
    [InlineData("notes.txt")]
    public void Text_files_are_deflated(string name) => Assert.Equal(ZipMethod.Deflate, EntryCompression.MethodFor(name));

    [Theory]
    [InlineData("attachments/screenshot.PNG")]
    [InlineData("attachments/scan.pdf")]
    [InlineData("attachments/photo.jpeg")]
    [InlineData("attachments/archive.zip")]
    [InlineData("attachments/letter.docx")]
    public void Files_compressed_already_are_stored(string name) => Assert.Equal(ZipMethod.Stored, EntryCompression.MethodFor(name));
}
