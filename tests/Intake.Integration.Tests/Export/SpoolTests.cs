using System.Text;
using Intake.Adapters.Export.Spooling;

namespace Intake.Integration.Tests.Export;

public sealed class SpoolTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "intake-spool-tests");

    [Fact]
    public async Task The_reader_follows_the_writer_chunk_by_chunk_and_then_sees_the_end()
    {
        using var spool = new Spool(Folder, chunkBytes: 4);
        var buffer = new byte[64];

        spool.Write("abcdef"u8);
        var first = await spool.ReadAsync(0, buffer, CancellationToken.None);
        var waiting = spool.ReadAsync(first, buffer, CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        spool.Write("gh"u8);
        var second = await waiting;
        spool.Complete();
        var third = await spool.ReadAsync(first + second, buffer, CancellationToken.None);
        var end = await spool.ReadAsync(first + second + third, buffer, CancellationToken.None);

        Assert.Equal(4, first);
        Assert.Equal(4, second);
        Assert.Equal(0, third);
        Assert.Equal(0, end);
        Assert.Equal(8, spool.Published);
    }

    [Fact]
    public async Task A_partial_chunk_becomes_readable_when_the_writer_completes()
    {
        using var spool = new Spool(Folder, chunkBytes: 1024);
        var buffer = new byte[64];
        spool.Write("tail"u8);

        var reading = spool.ReadAsync(0, buffer, CancellationToken.None).AsTask();
        spool.Complete();

        Assert.Equal("tail", Encoding.ASCII.GetString(buffer, 0, await reading));
    }

    [Fact]
    public async Task The_reader_gets_the_writers_failure_instead_of_an_end()
    {
        using var spool = new Spool(Folder, chunkBytes: 4);
        var buffer = new byte[64];
        var reading = spool.ReadAsync(0, buffer, CancellationToken.None).AsTask();

        spool.Fail(new InvalidDataException("row 7 is not JSON"));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => reading);
        Assert.Equal("row 7 is not JSON", error.Message);
    }

    [Fact]
    public void The_temporary_file_is_gone_once_the_spool_is_disposed()
    {
        var before = Directory.Exists(Folder) ? Directory.GetFiles(Folder).Length : 0;
        var spool = new Spool(Folder, chunkBytes: 4);
        spool.Write("abcdefgh"u8);
        Assert.Equal(before + 1, Directory.GetFiles(Folder).Length);

        spool.Dispose();

        Assert.Equal(before, Directory.GetFiles(Folder).Length);
    }
}
