using Kamaelia.Http.View;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Kamaelia.Http.Tests.View;

/// <summary>A user's own ASP.NET Core application with the live view mapped, listening on a free port of 127.0.0.1.</summary>
internal sealed class ViewApp : IAsyncDisposable
{
    private ViewApp(WebApplication app, Uri address)
    {
        App = app;
        Client = new HttpClient { BaseAddress = address, Timeout = Limits.Wait };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<ViewApp> StartAsync(string pattern = "/kamaelia", Action<KamaeliaViewOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapKamaeliaView(pattern, configure);
        await app.StartAsync();
        return new ViewApp(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
