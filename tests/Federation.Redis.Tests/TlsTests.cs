using System.Diagnostics;

namespace Federation.Redis.Tests;

public class TlsTests
{
    [Fact]
    public async Task Connects_Over_Tls_With_Ssl_True()
    {
        var dir = Directory.CreateTempSubdirectory("fed-redis-tls").FullName;
        try
        {
            Run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-keyout", Path.Combine(dir, "key.pem"), "-out", Path.Combine(dir, "cert.pem"));
            await using var server = await RedisTestServer.StartTlsAsync(dir);
            // The test's self-signed certificate: accept exactly that one.
            var expected = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(Path.Combine(dir, "cert.pem"));
            var options = Connections.RedisConnectionOptions.Parse($"{server.EndPoint},ssl=true,sslHost=localhost");
            options.CertificateValidation = (_, cert, _, _) => cert is not null && cert.GetCertHashString() == expected.GetCertHashString();
            await using var redis = await RedisClient.ConnectAsync(options);
            var k = RedisTestServer.Key("tls");
            await redis.SetAsync(k, "secret");
            Assert.Equal("secret", await redis.GetAsync(k));

            // Without trusting the certificate the handshake fails with a clear connection error.
            var ex = await Assert.ThrowsAsync<RedisConnectionException>(() => RedisClient.ConnectAsync($"{server.EndPoint},ssl=true,sslHost=localhost"));
            Assert.Contains("Could not connect to Redis at " + server.EndPoint, ex.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}
