namespace Axon.Tests.Boxes;

public sealed class ArrivalsTests
{
    [Fact]
    public void AnInboxCountsEveryArrivalAcrossGrowingAndCollectionWhileTheOutboxCountsNone()
    {
        var producer = new Typed<int, int>();
        var consumer = new Typed<int, int>();
        producer.Link(producer.Out, consumer.In);

        // 100 arrivals with collections between them: the storage grows several times and its indices move on.
        for (var i = 0; i < 100; i++)
        {
            producer.Out.Send(i);
            if (i % 3 == 0)
            {
                consumer.In.TryRecv(out _);
            }
        }

        Assert.Equal(100u, consumer.In.Arrivals);
        Assert.Equal(100 - 34, consumer.In.Count);
        Assert.Equal(0u, producer.Out.Arrivals);
        Assert.Equal(Enumerable.Range(34, 66), consumer.In.Peek());
    }

    [Fact]
    public void MessagesKeepTheirOrderWhenTheStorageGrowsWithItsIndicesPastTheStart()
    {
        var producer = new Typed<int, int>();
        var consumer = new Typed<int, int>();
        producer.Link(producer.Out, consumer.In);
        var taken = new List<int>();

        // Send three and take two at a time, so that each growth happens with the oldest message mid-buffer.
        var next = 0;
        for (var round = 0; round < 40; round++)
        {
            for (var i = 0; i < 3; i++)
            {
                producer.Out.Send(next++);
            }

            for (var i = 0; i < 2; i++)
            {
                taken.Add(consumer.In.Recv());
            }
        }

        while (consumer.In.TryRecv(out var rest))
        {
            taken.Add(rest);
        }

        Assert.Equal(Enumerable.Range(0, 120), taken);
        Assert.Equal(120u, consumer.In.Arrivals);
    }
}
