using Axon.Tests.Support;

namespace Axon.Tests.Services;

public sealed class TrackerConcurrencyTests
{
    [Fact]
    public void ParallelRegistrationsOfDistinctNamesAllSucceed()
    {
        const int Count = 2000;
        var tracker = new CoordinatingAssistantTracker();
        var providers = Enumerable.Range(0, Count).Select(_ => new Idle()).ToArray();

        Parallel.For(0, Count, i => tracker.RegisterService($"svc{i}", providers[i], "inbox"));

        Assert.Equal(Count, tracker.ServicesRegistered().Count);
        for (var i = 0; i < Count; i++)
        {
            Assert.Same(providers[i], tracker.RetrieveService($"svc{i}").Component);
        }
    }

    [Fact]
    public void ParallelRegistrationsOfOneNameLetExactlyOneWin()
    {
        const int Contenders = 64;
        var tracker = new CoordinatingAssistantTracker();
        var providers = Enumerable.Range(0, Contenders).Select(_ => new Idle()).ToArray();
        var winners = 0;
        var refused = 0;

        Parallel.For(0, Contenders, i =>
        {
            try
            {
                tracker.RegisterService("only", providers[i], "inbox");
                Interlocked.Increment(ref winners);
            }
            catch (ServiceAlreadyExistsException)
            {
                Interlocked.Increment(ref refused);
            }
        });

        Assert.Equal(1, winners);
        Assert.Equal(Contenders - 1, refused);
        Assert.Contains(tracker.RetrieveService("only").Component, providers);
    }

    [Fact]
    public void ParallelTrackingRegistrationAndDeregistrationKeepTheTablesConsistent()
    {
        const int Count = 1000;
        var tracker = new CoordinatingAssistantTracker();
        var provider = new Idle();

        Parallel.For(0, Count, i =>
        {
            tracker.TrackValue($"v{i}", i);
            tracker.RegisterService($"s{i}", provider, "inbox");
            tracker.UpdateValue($"v{i}", i * 2);
            if (i % 2 == 0)
            {
                tracker.DeregisterService($"s{i}");
            }
        });

        Assert.Equal(Count, tracker.InformationItemsLogged().Count);
        Assert.Equal(Count / 2, tracker.ServicesRegistered().Count);
        Assert.All(Enumerable.Range(0, Count), i => Assert.Equal(i * 2, tracker.RetrieveValue($"v{i}")));
    }
}
