using Intake.Adapters.Export;

namespace Intake.Integration.Tests.Export;

public sealed class HandOffStreamTests
{
    [Fact]
    public async Task Everything_written_reaches_the_inner_stream_in_order()
    {
        var content = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7)).ToArray();
        using var inner = new MemoryStream();
        await using var handOff = new HandOffStream(inner, chunkBytes: 1000, CancellationToken.None);

        for (var offset = 0; offset < content.Length; offset += 777)
        {
            await handOff.WriteAsync(content.AsMemory(offset, Math.Min(777, content.Length - offset)));
        }

        await handOff.CompleteAsync();

        Assert.Equal(content, inner.ToArray());
    }

    [Fact]
    public async Task The_inner_streams_failure_reaches_the_writer()
    {
        await using var handOff = new HandOffStream(new FailingStream(), chunkBytes: 10, CancellationToken.None);

        var error = await Assert.ThrowsAsync<IOException>(async () =>
        {
            for (var i = 0; i < 1000; i++)
            {
                await handOff.WriteAsync(new byte[10]);
            }

            await handOff.CompleteAsync();
        });
        Assert.Equal("disk full", error.Message);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("disk full");
    }
}
