using Axon;

namespace Kamaelia.Hosting;

/// <summary>
/// One top-level component the host runs, as registered: made from the application's services when the host starts,
/// because a component runs only once and what it needs may not be ready when the container is built.
/// </summary>
/// <param name="Create">Makes the component.</param>
internal sealed record SystemRegistration(Func<IServiceProvider, Component> Create);
