namespace Clustering.Grains;

internal static class WriteOrStartAfresh
{
    /// <summary>
    /// Writes the state; if the write fails (storage down, or it landed but the answer was lost),
    /// the activation is dropped before the error goes back, so the caller's retry meets a fresh
    /// activation read from storage instead of one whose memory is ahead of what was stored (it
    /// would answer "already done" for a change storage never took).
    /// </summary>
    public static async Task WriteOrDeactivate<T>(this IPersistentState<T> state, IGrainBase grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
