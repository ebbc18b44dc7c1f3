namespace Clustering.Testing;

/// <summary>
/// Waits for something another thread makes true (a push over SignalR) without sleeping a fixed
/// time: it polls a condition and gives up with the given message after a generous deadline.
/// </summary>
public static class Eventually
{
    public static async Task True(Func<bool> condition, string because, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("timed out waiting until " + because);
            }
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
